package figure

import (
	"testing"

	"github.com/sitrep/sitrep/internal/article"
	"github.com/sitrep/sitrep/internal/quote"
	"github.com/sitrep/sitrep/internal/segment"
)

func art(text string) *article.Article {
	a := &article.Article{Original: text, Kept: []article.Span{{Start: 0, End: len(text)}}}
	segment.Split(a)
	return a
}

// figs extracts without a gazetteer: the patterns must work on tokens.
func figs(text string) (*article.Article, []Figure) {
	a := art(text)
	return a, Extract(a, nil, "")
}

func TestFigurePatterns(t *testing.T) {
	cases := []struct {
		text      string
		kind      string
		count     int
		atLeast   bool
		approx    bool
		atMost    bool
		max       int
		who       string
		textOfFig string
	}{
		{text: "The strike killed 11 people on Monday.", kind: "killed", count: 11, who: "people", textOfFig: "11 people"},
		{text: "The strike killed two children.", kind: "killed", count: 2, who: "children"},
		{text: "Twenty-four soldiers were killed in the raid.", kind: "killed", count: 24, who: "soldiers"},
		{text: "The bombardment has killed at least 24,285 Palestinians.", kind: "killed", count: 24285, atLeast: true, who: "Palestinians", textOfFig: "at least 24,285 Palestinians"},
		{text: "About 1.2 million people were displaced by the fighting.", kind: "displaced", count: 1200000, approx: true},
		{text: "Dozens of people were injured in the blast.", kind: "injured", count: 12, atLeast: true, approx: true},
		{text: "Hundreds of protesters were arrested overnight.", kind: "arrested", count: 100, atLeast: true, approx: true},
		{text: "Police arrested a dozen protesters.", kind: "arrested", count: 12},
		{text: "More than 50 people went missing after the flood.", kind: "missing", count: 50, atLeast: true},
		{text: "Up to 10 civilians were wounded.", kind: "injured", count: 10, atMost: true},
		{text: "Between 7 and 9 people were killed.", kind: "killed", count: 7, max: 9},
		{text: "Seven to nine people were killed.", kind: "killed", count: 7, max: 9},
		{text: "The attack killed 7-9 people.", kind: "killed", count: 7, max: 9},
		{text: "The deaths of 11 Iranian security officers were confirmed.", kind: "killed", count: 11, who: "security officers"},
		{text: "Four security personnel were martyred in Panjgur.", kind: "killed", count: 4},
		{text: "Two “innocent children” died as a result of the strike.", kind: "killed", count: 2, who: "children"},
		{text: "The army fired about 70 missiles at the base.", kind: "missiles", count: 70, approx: true},
		{text: "Pakistan hit seven locations of the group.", kind: "locations", count: 7},
		{text: "The 35-member delegation returned home.", kind: "members", count: 35},
		{text: "The countries share a roughly 900km long border.", kind: "border km", count: 900, approx: true},
		{text: "They share a border of nearly 1,000 kilometres (620 miles).", kind: "border km", count: 1000, approx: true},
		{text: "Iran has violated the borders of three of its neighbours.", kind: "neighbours", count: 3},
		{text: "More than three million people live in the region.", kind: "people", count: 3000000, atLeast: true},
		{text: "The blast killed all five inside.", kind: "killed", count: 5},
		{text: "The fighting displaced some 3,000 families.", kind: "displaced", count: 3000, approx: true},
	}
	for _, c := range cases {
		a, fs := figs(c.text)
		if len(fs) != 1 {
			t.Errorf("%q: %d figures %+v, want 1", c.text, len(fs), fs)
			continue
		}
		f := fs[0]
		if f.Kind != c.kind || f.Count != c.count || f.AtLeast != c.atLeast || f.Approx != c.approx || f.AtMost != c.atMost || f.Max != c.max {
			t.Errorf("%q: got %s %d at_least=%v approx=%v at_most=%v max=%d (%s)", c.text, f.Kind, f.Count, f.AtLeast, f.Approx, f.AtMost, f.Max, f.Rule)
		}
		if c.who != "" && f.Who != c.who {
			t.Errorf("%q: who %q, want %q", c.text, f.Who, c.who)
		}
		if c.textOfFig != "" && a.Original[f.Start:f.End] != c.textOfFig {
			t.Errorf("%q: span %q, want %q", c.text, a.Original[f.Start:f.End], c.textOfFig)
		}
		if f.Sentence != 0 {
			t.Errorf("%q: sentence %d", c.text, f.Sentence)
		}
	}
}

func TestBreakdown(t *testing.T) {
	_, fs := figs("Three women and four children were killed by the strikes.")
	if len(fs) != 1 || fs[0].Count != 7 || fs[0].Kind != "killed" || len(fs[0].Breakdown) != 2 ||
		fs[0].Breakdown[0] != (Part{3, "women"}) || fs[0].Breakdown[1] != (Part{4, "children"}) {
		t.Fatalf("%+v", fs)
	}
	_, fs = figs("At least nine non-Iranians, including three women and four children, lost their lives.")
	if len(fs) != 1 || fs[0].Count != 9 || !fs[0].AtLeast || fs[0].Kind != "killed" || len(fs[0].Breakdown) != 2 {
		t.Fatalf("parts of a figure must not be figures of their own: %+v", fs)
	}
	_, fs = figs("The strikes killed four people and wounded six others.")
	if len(fs) != 2 || fs[0].Kind != "killed" || fs[0].Count != 4 || fs[1].Kind != "injured" || fs[1].Count != 6 {
		t.Fatalf("two figures with their own verbs: %+v", fs)
	}
}

func TestNotFigures(t *testing.T) {
	for _, text := range []string{
		"A 7-year-old girl was injured.",
		"Omar Farooq, 42, and his brother Bilal, 36, were released.",
		"The girl, aged 9, was unhurt.",
		"The group was founded in 2012.",
		"In January 2023, the attacks resumed.",
		"The strike took place on January 18.",
		"The strike took place on 18 January 2024.",
		"The meeting started at 10:30 on Monday.",
		"The meeting started at 10 am.",
		"About 70 percent of them were women.",
		"Only 10 per cent of salt is iodised.",
		"Turnout reached 45% on Sunday.",
		"It was the 39th mission of the shuttle.",
		"One of the attackers escaped.",
		"Call +92 51 1234567 for details.",
		"Call 555-1234 for details.",
		"The council passed Resolution 2334 last year.",
		"Article 51 of the Charter allows self-defence.",
		"Section 3 of the law applies.",
		"The convoy used highway N-25 that morning.",
		"The envoy flew on Flight 712 to Doha.",
		"The drone exploded 40 seconds after launch.",
		"The two countries share a border.",
		"It came two days after the strike.",
		"The navies held a one-day exercise.",
		"The aid package is worth $5 million.",
		"There are two reasons for the delay.",
		"Two-thirds of the town was destroyed.",
		"On one hand, the talks failed.",
	} {
		a, fs := figs(text)
		for _, f := range fs {
			t.Errorf("%q: figure %s %d from %q (%s)", text, f.Kind, f.Count, a.Original[f.Start:f.End], f.Rule)
		}
	}
}

func TestClaimants(t *testing.T) {
	cases := []struct{ text, claimant string }{
		{"According to IRNA, three people were killed.", "IRNA"},
		{"Three people were killed, according to the health ministry.", "health ministry"},
		{"Pakistan said the strike killed two children.", "Pakistan"},
		{"“The strike killed two children,” Ali Khan said.", "Ali Khan"},
		{"The strike killed two children.", ""},
	}
	for _, c := range cases {
		_, fs := figs(c.text)
		if len(fs) != 1 {
			t.Fatalf("%q: %+v", c.text, fs)
		}
		got := ""
		if fs[0].ClaimedBy != nil {
			got = fs[0].ClaimedBy.Name
		}
		if got != c.claimant {
			t.Errorf("%q: claimant %q, want %q", c.text, got, c.claimant)
		}
	}
}

func TestMostConservative(t *testing.T) {
	fs := []Figure{
		{Kind: "killed", Count: 9, AtLeast: true},
		{Kind: "killed", Count: 7, ClaimedBy: &quote.Speaker{Name: "IRNA"}},
		{Kind: "injured", Count: 3},
		{Kind: "killed", Count: 7},
	}
	f, ok := MostConservative(fs, "killed")
	if !ok || f.Count != 7 || f.ClaimedBy == nil {
		t.Fatalf("%+v %v", f, ok)
	}
	if _, ok := MostConservative(fs, "missing"); ok {
		t.Fatal("no missing figure, yet one was found")
	}
}

func TestSentenceAndOffsets(t *testing.T) {
	a, fs := figs("Talks failed. The strike killed 11 people.")
	if len(fs) != 1 || fs[0].Sentence != 1 || a.Original[fs[0].Start:fs[0].End] != "11 people" {
		t.Fatalf("%+v", fs)
	}
}

func TestOtherCounts(t *testing.T) {
	if _, fs := figs("Six shells hit the area and other 15 shells fell nearby."); len(fs) != 2 || fs[1].Count != 15 {
		t.Errorf("%+v", fs)
	}
	if _, fs := figs("The other two ships returned to port."); len(fs) != 0 {
		t.Errorf("%+v", fs)
	}
}
