package fuse

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/record"
)

func str(s string) *string { return &s }

func actor(code string) *record.Actor {
	return &record.Actor{Name: code, Code: code, Country: code[:3]}
}

// ev builds one extracted event of an article.
func ev(id, date, src, tgt, cameo string, quad int, sentence int) record.Event {
	e := record.Event{ID: id, Source: actor(src), Target: actor(tgt), CAMEO: cameo, CAMEOName: cameoNames[cameo], QuadClass: quad, Goldstein: -10, Modality: "asserted",
		Mentions: []record.Mention{{Sentence: sentence, Start: sentence * 100, End: sentence*100 + 5, Trigger: "x"}}}
	if date != "" {
		e.Date = str(date)
	}
	return e
}

var cameoNames = map[string]string{"195": "Employ aerial weapons", "190": "Use conventional military force"}

const crisisText = "Iran struck Pakistan. Pakistan recalled its envoy from Iran. Officials in Islamabad and Tehran spoke. Pakistan and Iran traded blame."

func art(id, outlet, published string, events ...record.Event) *Article {
	a := record.Article{ID: id, Outlet: outlet, Text: crisisText}
	if published != "" {
		a.Published = str(published)
	}
	for i := range events {
		events[i].Mentions[0].Article = id
	}
	return &Article{Article: a, Events: events, Keys: Keys(a, events)}
}

func TestOneEventFiveOutlets(t *testing.T) {
	var arts []*Article
	for i, outlet := range []string{"Dawn", "AFP", "Reuters", "Al Jazeera", "IRNA"} {
		arts = append(arts, art(fmt.Sprintf("a%d", i), outlet, "2024-01-17",
			ev("e1", "2024-01-16", "IRNMIL", "PAK", "195", 4, i+1)))
	}
	rec := Fuse(arts)
	if len(rec.Events) != 1 {
		t.Fatalf("%d events, want 1", len(rec.Events))
	}
	e := rec.Events[0]
	if e.NumMentions != 5 || e.NumArticles != 5 || e.NumSources != 5 || len(e.Sources) != 5 || e.Corroboration != "wide" {
		t.Errorf("counts: mentions %d articles %d sources %d %v (%s)", e.NumMentions, e.NumArticles, e.NumSources, e.Sources, e.Corroboration)
	}
	if len(rec.Stories) != 1 || len(rec.Stories[0].Articles) != 5 {
		t.Errorf("stories = %+v", rec.Stories)
	}
}

func TestDistinctEventsStayDistinct(t *testing.T) {
	a := art("a1", "Dawn", "2024-01-18",
		ev("iran-strike", "2024-01-16", "IRNMIL", "PAK", "195", 4, 1),
		ev("pak-strike", "2024-01-18", "PAKMIL", "IRN", "195", 4, 2),
		ev("us-condemns", "2024-01-17", "USAGOV", "IRN", "122", 3, 3),
		ev("pak-condemns", "2024-01-17", "PAKGOV", "IRN", "122", 3, 4),
		ev("iran-strike-again", "2024-01-20", "IRNMIL", "PAK", "195", 4, 5), // four days later: another strike
		ev("pak-recall", "2024-01-18", "PAKGOV", "IRN", "161", 4, 6),        // material conflict, but not the strike
		ev("iran-occupies", "2024-01-16", "IRNMIL", "PAK", "192", 4, 7),     // force on the strike's day, but taking ground is no strike
	)
	b := art("b1", "AFP", "2024-01-18",
		ev("strike", "2024-01-16", "IRNMIL", "PAK", "190", 4, 1),  // the same strike, coded at the root
		ev("protest", "2024-01-17", "PAKGOV", "IRN", "111", 3, 2), // same dyad, another kind of act
	)
	rec := Fuse([]*Article{a, b})
	if len(rec.Events) != 8 {
		for _, e := range rec.Events {
			date := "no date"
			if e.Date != nil {
				date = *e.Date
			}
			t.Logf("%s %s>%s %s %s", e.ID, e.Source.Code, e.Target.Code, e.CAMEO, date)
		}
		t.Fatalf("%d events, want 8", len(rec.Events))
	}
	var merged *record.Event
	for i := range rec.Events {
		if rec.Events[i].NumMentions == 2 {
			merged = &rec.Events[i]
		}
	}
	if merged == nil || merged.Source.Code != "IRNMIL" || *merged.Date != "2024-01-16" || merged.CAMEO != "195" || merged.CAMEOName != "Employ aerial weapons" {
		t.Fatalf("the Iranian strike reported twice was not fused: %+v", merged)
	}
	for i := 1; i < len(rec.Events); i++ { // a timeline
		if *rec.Events[i].Date < *rec.Events[i-1].Date {
			t.Errorf("events not in date order")
		}
	}
}

// Measures are counted one by one: an airspace closed to a state and an
// envoy recalled from it are two events, and a general "reduced
// relations" joins neither; a denunciation and an accusation are one
// reaction.
func TestMeasuresStayDistinct(t *testing.T) {
	a := art("a1", "Dawn", "2025-04-07",
		ev("airspace", "2025-04-06", "DZAGOV", "MLI", "163", 4, 1),
		ev("recall", "2025-04-06", "DZAGOV", "MLI", "161", 4, 2),
		ev("denounce", "2025-04-06", "MLIGOV", "DZA", "111", 3, 3),
		ev("accuse", "2025-04-06", "MLIGOV", "DZA", "112", 3, 4),
	)
	b := art("b1", "AFP", "2025-04-07",
		ev("reduce", "2025-04-06", "DZAGOV", "MLI", "160", 4, 1),
	)
	rec := Fuse([]*Article{a, b})
	codes := map[string]int{}
	for _, e := range rec.Events {
		codes[e.CAMEO] += e.NumMentions
	}
	if len(rec.Events) != 4 || codes["111"]+codes["112"] != 2 || codes["163"] != 1 || codes["161"] != 1 || codes["160"] != 1 {
		for _, e := range rec.Events {
			t.Logf("%s %s>%s %s ×%d", e.ID, e.Source.Code, e.Target.Code, e.CAMEO, e.NumMentions)
		}
		t.Fatalf("%d events, want 4 (the airspace, the recall, the reduced relations, one reaction)", len(rec.Events))
	}
}

// A date known to the month is one event with a day in that month and
// another with a day in any other.
func TestMonthDatesKeepEventsApart(t *testing.T) {
	a := art("a1", "Dawn", "2021-11-22",
		ev("recall", "2021-08", "CHNGOV", "LTU", "161", 4, 1),
		ev("downgrade", "2021-11-21", "CHNGOV", "LTU", "161", 4, 2),
		ev("expel", "2021-09", "CHNGOV", "LTU", "161", 4, 3),
	)
	b := art("b1", "AFP", "2021-11-22",
		ev("recall-day", "2021-08-10", "CHNGOV", "LTU", "161", 4, 1),
	)
	rec := Fuse([]*Article{a, b})
	if len(rec.Events) != 3 {
		t.Fatalf("%d events, want 3 (the recall in August told twice, an expulsion in September, the downgrade in November)", len(rec.Events))
	}
	for _, e := range rec.Events {
		if want := map[string]int{"2021-08-10": 2, "2021-09": 1, "2021-11-21": 1}[*e.Date]; e.NumMentions != want {
			t.Errorf("event dated %s has %d mentions, want %d", *e.Date, e.NumMentions, want)
		}
	}
}

func TestContradictions(t *testing.T) {
	fig := func(article, kind string, n int, atLeast bool, event, who string) record.Figure {
		return record.Figure{ID: article + kind, Article: article, Kind: kind, Count: n, AtLeast: atLeast, Event: event, Who: who}
	}
	a := art("a1", "Ahram Online", "2024-01-18", ev("s", "2024-01-18", "PAKMIL", "IRN", "195", 4, 1))
	a.Figures = []record.Figure{fig("a1", "killed", 7, false, "s", "people"), fig("a1", "border km", 900, false, "", "border")}
	b := art("b1", "Tehran Times", "2024-01-18", ev("x", "2024-01-18", "PAKMIL", "IRN", "190", 4, 3))
	b.Figures = []record.Figure{fig("b1", "killed", 9, true, "x", "non-Iranians"), fig("b1", "border km", 1000, true, "", "border")}
	c := art("c1", "Dawn", "2024-01-18", ev("d", "2024-01-17", "PAKMIL", "IRN", "195", 4, 2))
	c.Figures = []record.Figure{fig("c1", "killed", 24285, true, "", "Palestinians")} // another war: not compared
	rec := Fuse([]*Article{a, b, c})
	if len(rec.Events) != 1 {
		t.Fatalf("%d events, want 1", len(rec.Events))
	}
	subjects := map[string]record.Contradiction{}
	for _, ct := range rec.Contradictions {
		subjects[ct.Subject] = ct
	}
	killed, ok := subjects["killed"]
	if !ok || killed.Event != rec.Events[0].ID || len(killed.Values) != 2 {
		t.Fatalf("death toll contradiction: %+v", rec.Contradictions)
	}
	for _, v := range killed.Values {
		if (v.Value == "7") != v.Conservative {
			t.Errorf("value %q conservative=%v; the lowest (7) is the conservative one", v.Value, v.Conservative)
		}
		if len(v.Outlets) != 1 {
			t.Errorf("value %q outlets %v", v.Value, v.Outlets)
		}
	}
	if _, ok := subjects["border km"]; !ok {
		t.Error("border length contradiction not found")
	}
	if d, ok := subjects["date"]; !ok || len(d.Values) != 2 {
		t.Error("the 17th vs the 18th not reported as a date contradiction")
	}
	for _, f := range rec.Figures {
		if f.Article == "b1" && f.Kind == "killed" && f.Event != rec.Events[0].ID {
			t.Errorf("figure not tied to the fused event: %q", f.Event)
		}
	}
}

func TestNoContradictionWithinOneArticleOrOneValue(t *testing.T) {
	a := art("a1", "Dawn", "2024-01-18", ev("s", "2024-01-16", "IRNMIL", "PAK", "195", 4, 1))
	a.Figures = []record.Figure{{Article: "a1", Kind: "killed", Count: 2, Event: "s"}}
	b := art("b1", "AFP", "2024-01-18", ev("s", "2024-01-16", "IRNMIL", "PAK", "195", 4, 1))
	b.Figures = []record.Figure{{Article: "b1", Kind: "killed", Count: 2, Event: "s"}}
	if rec := Fuse([]*Article{a, b}); len(rec.Contradictions) != 0 {
		t.Errorf("agreeing sources reported as contradicting: %+v", rec.Contradictions)
	}
}

func TestStoriesSeparateCrises(t *testing.T) {
	other := func(id string) *Article {
		a := record.Article{ID: id, Outlet: "X", Published: str("2024-01-17"),
			Text: "Sudan's army fought the Rapid Support Forces in Khartoum. The Rapid Support Forces shelled Omdurman. Khartoum residents fled Omdurman and Khartoum."}
		e := []record.Event{ev("f", "2024-01-16", "SDNMIL", "SDNREB", "190", 4, 1)}
		e[0].Mentions[0].Article = id
		return &Article{Article: a, Events: e, Keys: Keys(a, e)}
	}
	arts := []*Article{
		art("a1", "Dawn", "2024-01-17", ev("e", "2024-01-16", "IRNMIL", "PAK", "195", 4, 1)),
		other("s1"),
		art("a2", "AFP", "2024-01-18", ev("e", "2024-01-16", "IRNMIL", "PAK", "195", 4, 1)),
		other("s2"),
	}
	rec := Fuse(arts)
	if len(rec.Stories) != 2 {
		t.Fatalf("%d stories, want 2: %+v", len(rec.Stories), rec.Stories)
	}
	for _, s := range rec.Stories {
		if len(s.Articles) != 2 || s.Articles[0][0] != s.Articles[1][0] {
			t.Errorf("story mixes crises: %v", s.Articles)
		}
	}
	late := other("s3")
	late.Article.Published = str("2024-06-01") // months later: another story
	if rec := Fuse(append(arts, late)); len(rec.Stories) != 3 {
		t.Errorf("an article months later joined an old story")
	}
}

func synthetic(r *rand.Rand, nStories, perStory int) []*Article {
	var out []*Article
	countries := []string{"IRN", "PAK", "AFG", "IRQ", "SYR", "ISR", "LBN", "YEM", "SDN", "UKR", "RUS", "CHN"}
	for s := 0; s < nStories; s++ {
		src, tgt := countries[s%len(countries)], countries[(s/len(countries)+1+s)%len(countries)]
		if src == tgt {
			tgt = "USA"
		}
		names := []string{"Alpha" + letters(s), "Bravo" + letters(s), "Charlie" + letters(s)}
		// A fortnight apart: stories about one dyad in the same week are
		// one story, which is not what the benchmark is about.
		pub := time.Date(2000, 1, 3, 0, 0, 0, 0, time.UTC).AddDate(0, 0, 14*s).Format("2006-01-02")
		for i := 0; i < perStory; i++ {
			text := fmt.Sprintf("Forces in %s struck %s. Officials in %s and %s said %s was hit. %s and %s traded blame.",
				names[0], names[1], names[0], names[2], names[1], names[2], names[0])
			a := record.Article{ID: fmt.Sprintf("s%05d-a%03d", s, i), Outlet: fmt.Sprintf("outlet%d", r.Intn(50)), Published: str(pub), Text: text}
			var evs []record.Event
			for k := 0; k < 3; k++ {
				e := ev(fmt.Sprint(k), pub, src+"MIL", tgt+"GOV", []string{"195", "112", "042"}[k], []int{4, 3, 1}[k], k+1)
				if k == 2 { // and a visit the other way
					e.Source, e.Target = actor(tgt+"GOV"), actor(src+"GOV")
				}
				e.Mentions[0].Article = a.ID
				evs = append(evs, e)
			}
			out = append(out, &Article{Article: a, Events: evs, Keys: Keys(a, evs)})
		}
	}
	return out
}

// letters spells n in letters, so that synthetic place names differ
// (keys are made of letters only).
func letters(n int) string {
	s := ""
	for {
		s += string(rune('a' + n%26))
		n /= 26
		if n == 0 {
			return s
		}
	}
}

func TestOrderIndependentAndIncremental(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	arts := synthetic(r, 12, 8)
	want := marshal(t, Fuse(arts))
	for trial := 0; trial < 5; trial++ {
		shuffled := append([]*Article(nil), arts...)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		f := New()
		for i, a := range shuffled {
			f.Add(a)
			if i == len(shuffled)/2 {
				f.Record() // a record taken midway must not disturb the rest
			}
		}
		f.Add(shuffled[0]) // a repeat changes nothing
		if got := marshal(t, f.Record()); got != want {
			t.Fatalf("trial %d: fusing in another order gives another record", trial)
		}
	}
	rec := Fuse(arts)
	if len(rec.Stories) != 12 || len(rec.Events) != 12*3 {
		t.Errorf("%d stories, %d events; want 12 and 36", len(rec.Stories), len(rec.Events))
	}
}

func marshal(t *testing.T, rec *record.Record) string {
	b, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestDyadSeries(t *testing.T) {
	rec := Fuse([]*Article{art("a1", "Dawn", "2024-01-18",
		ev("s", "2024-01-16", "IRNMIL", "PAK", "195", 4, 1),
		ev("t", "2024-01-16", "IRNGOV", "PAK", "112", 3, 2),
	)})
	if len(rec.Dyads) != 1 {
		t.Fatalf("dyads = %+v", rec.Dyads)
	}
	d := rec.Dyads[0]
	if d.Source != "IRN" || d.Target != "PAK" || d.Date != "2024-01-16" || d.Events != 2 || d.GoldsteinSum != -20 || d.GoldsteinMean != -10 {
		t.Errorf("dyad day = %+v", d)
	}
}

func TestKeys(t *testing.T) {
	// Sentence-initial words and shouted articles are not names; a name
	// said once is not a key.
	k := Keys(record.Article{Title: "Pakistan recalls envoy", Text: "THE Pakistan army said. Iran and Pakistan met. Then Tehran and Pakistan met Tehran. Officials said. Then Officials left with Tehran."}, nil)
	if strings.Join(k, ",") != "pakistan,tehran" {
		t.Errorf("keys = %v", k)
	}
}

func benchmarkFuse(b *testing.B, articles int) {
	arts := synthetic(rand.New(rand.NewSource(1)), articles/100, 100)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rec := Fuse(arts)
		if len(rec.Stories) != articles/100 {
			b.Fatalf("%d stories", len(rec.Stories))
		}
	}
	b.ReportMetric(float64(articles)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkFuse1k(b *testing.B)   { benchmarkFuse(b, 1000) }
func BenchmarkFuse10k(b *testing.B)  { benchmarkFuse(b, 10000) }
func BenchmarkFuse100k(b *testing.B) { benchmarkFuse(b, 100000) }

func TestLinkFigures(t *testing.T) {
	strike := record.Event{ID: "strike", QuadClass: 4, Mentions: []record.Mention{{Sentence: 2, Start: 100}}}
	talk := record.Event{ID: "talk", QuadClass: 3, Mentions: []record.Mention{{Sentence: 4, Start: 300}}}
	other := record.Event{ID: "other", QuadClass: 4, Mentions: []record.Mention{{Sentence: 9, Start: 900}}}
	figs := []record.Figure{
		{Kind: "killed", Sentence: 4, Start: 310},     // two sentences after the strike
		{Kind: "injured", Sentence: 9, Start: 950},    // same sentence as another strike
		{Kind: "killed", Sentence: 20, Start: 2000},   // far from any strike
		{Kind: "missiles", Sentence: 2, Start: 120},   // not a casualty count
		{Kind: "killed", Sentence: 2, Event: "given"}, // already tied
	}
	LinkFigures([]record.Event{strike, talk, other}, figs)
	want := []string{"strike", "other", "", "", "given"}
	for i, f := range figs {
		if f.Event != want[i] {
			t.Errorf("figure %d tied to %q, want %q", i, f.Event, want[i])
		}
	}

	// The side that gives a toll counts its own dead.
	pakStrike := record.Event{ID: "pak", QuadClass: 4, Source: actor("PAKMIL"), Target: actor("IRN"), Mentions: []record.Mention{{Sentence: 3}}}
	irnStrike := record.Event{ID: "irn", QuadClass: 4, Source: actor("IRNMIL"), Target: actor("PAK"), Mentions: []record.Mention{{Sentence: 4}}}
	figs = []record.Figure{
		{Kind: "killed", Sentence: 6, ClaimedBy: &record.Actor{Code: "IRNGOVMED", Country: "IRN"}},
		{Kind: "killed", Sentence: 6, ClaimedBy: &record.Actor{Code: "PAK", Country: "PAK"}},
	}
	LinkFigures([]record.Event{pakStrike, irnStrike}, figs)
	want = []string{"pak", "irn"}
	for i, f := range figs {
		if f.Event != want[i] {
			t.Errorf("figure %d tied to %q, want %q", i, f.Event, want[i])
		}
	}
}

func TestUndatedArticlesJoinTheirStory(t *testing.T) {
	undated := art("u1", "X", "", ev("e", "", "IRNMIL", "PAK", "195", 4, 1))
	arts := []*Article{
		art("a1", "Dawn", "2024-01-17", ev("e", "2024-01-16", "IRNMIL", "PAK", "195", 4, 1)),
		undated,
	}
	rec := Fuse(arts)
	if len(rec.Stories) != 1 || len(rec.Events) != 1 || rec.Events[0].NumArticles != 2 {
		t.Fatalf("an undated report of the same crisis stands apart: %d stories, %d events", len(rec.Stories), len(rec.Events))
	}
	lone := &Article{Article: record.Article{ID: "z9", Text: "Unrelated words about Quux and Zork. Quux met Zork."}}
	lone.Keys = Keys(lone.Article, nil)
	if rec := Fuse(append(arts, lone)); len(rec.Stories) != 2 {
		t.Errorf("an undated article with nothing in common joined a story")
	}
}

func TestContestedTarget(t *testing.T) {
	a := art("a1", "ISPR", "2024-01-18", ev("s", "2024-01-18", "PAKMIL", "IRNREB", "195", 4, 1))
	b := art("b1", "IRNA", "2024-01-18", ev("s", "2024-01-18", "PAKMIL", "IRNCVL", "190", 4, 1))
	c := art("c1", "AFP", "2024-01-18", ev("s", "2024-01-18", "PAKMIL", "IRNUAF", "195", 4, 1))
	rec := Fuse([]*Article{a, b, c})
	if len(rec.Events) != 1 {
		t.Fatalf("%d events", len(rec.Events))
	}
	var target *record.Contradiction
	for i := range rec.Contradictions {
		if rec.Contradictions[i].Subject == "target" {
			target = &rec.Contradictions[i]
		}
	}
	if target == nil || len(target.Values) != 3 {
		t.Fatalf("militants vs civilians not reported: %+v", rec.Contradictions)
	}
	// Two descriptions of armed men are detail, not a dispute.
	if rec := Fuse([]*Article{a, c}); len(rec.Contradictions) != 0 {
		t.Errorf("REB vs UAF reported as contested: %+v", rec.Contradictions)
	}
}

func TestOneTriggerSeveralEvents(t *testing.T) {
	// "US condemns Iran strikes in Pakistan, Iraq and Syria": one trigger,
	// three strikes; and a meeting coded in both directions.
	mk := func(id, src, tgt, cameo string, quad int) record.Event {
		e := ev(id, "2024-01-16", src, tgt, cameo, quad, 4)
		e.Mentions[0].Start = 120
		return e
	}
	rec := Fuse([]*Article{art("a1", "Dawn", "2024-01-17",
		mk("p", "IRNMIL", "PAK", "195", 4), mk("i", "IRNMIL", "IRQ", "195", 4), mk("s", "IRNMIL", "SYR", "195", 4),
		mk("m1", "PAKGOV", "IRNGOV", "040", 1), mk("m2", "IRNGOV", "PAKGOV", "040", 1),
	)})
	if len(rec.Events) != 5 {
		t.Fatalf("%d events, want 5", len(rec.Events))
	}
	for _, e := range rec.Events {
		if e.NumMentions != 1 || e.Source.Code == e.Target.Code {
			t.Errorf("event %s>%s %s has %d mentions", e.Source.Code, e.Target.Code, e.CAMEO, e.NumMentions)
		}
	}
}

// Militants known by a transnational group's code (Islamic State in
// Somalia, IMGMUSISI of Somalia) are on the armed side of a domestic
// dyad, as militants named otherwise are: one strike told two ways.
func TestTransnationalGroupsAreArmed(t *testing.T) {
	is := ev("c1", "2024-01-16", "SOMMIL", "SOMUAF", "190", 4, 1)
	is.Target = &record.Actor{Name: "Islamic State", Code: "IMGMUSISI", Country: "SOM"}
	a := art("a1", "Dawn", "2024-01-17", is)
	b := art("b1", "AFP", "2024-01-17", ev("c2", "2024-01-16", "SOMMIL", "SOMUAF", "190", 4, 2))
	if rec := Fuse([]*Article{a, b}); len(rec.Events) != 1 {
		t.Fatalf("%d events, want 1", len(rec.Events))
	}
}

func TestDomesticDyadsKeepTheirSides(t *testing.T) {
	// "Protesters clashed with police in Tehran", coded both ways, and
	// the police again in a second outlet: the country dyad is IRN>IRN
	// for all three, but only the two police mentions are one event.
	a := art("a1", "Dawn", "2024-01-17",
		ev("c1", "2024-01-16", "IRNOPP", "IRNCOP", "190", 4, 1),
		ev("c2", "2024-01-16", "IRNCOP", "IRNOPP", "190", 4, 1))
	b := art("b1", "AFP", "2024-01-17", ev("c3", "2024-01-16", "IRNCOP", "IRNOPP", "190", 4, 2))
	rec := Fuse([]*Article{a, b})
	if len(rec.Events) != 2 {
		t.Fatalf("%d events, want 2", len(rec.Events))
	}
	for _, e := range rec.Events {
		if e.Source.Code == e.Target.Code {
			t.Errorf("event %s>%s: one actor on both sides", e.Source.Code, e.Target.Code)
		}
		if e.Source.Code == "IRNCOP" && e.NumMentions != 2 {
			t.Errorf("police on protesters: %d mentions, want 2", e.NumMentions)
		}
	}
}

// One domestic fight told from each side within the state (the army on
// the region's forces, the region's leader accusing the government) is
// one event whose target is not its source.
func TestMergedTargetIsNotTheSource(t *testing.T) {
	a := art("a1", "Dawn", "2024-12-12",
		ev("k", "2024-12-11", "SOMMIL", "SOMGOV", "190", 4, 1),
		ev("a", "2024-12-11", "SOMGOV", "SOMMIL", "190", 4, 2))
	rec := Fuse([]*Article{a})
	if len(rec.Events) != 1 {
		t.Fatalf("%d events, want 1", len(rec.Events))
	}
	if e := rec.Events[0]; e.Target == nil || e.Source.Code == e.Target.Code {
		t.Errorf("event %s>%v: one actor on both sides", e.Source.Code, e.Target)
	}
}

// Across countries the country dyad joins mentions, but an armed group's
// act and its state's stay two: "Hezbollah blamed Israel", "Lebanon's
// government condemned Israel".
func TestArmedGroupAndStateStayApart(t *testing.T) {
	a := art("a1", "Dawn", "2024-09-18",
		ev("h", "2024-09-18", "LBNREB", "ISR", "112", 3, 1),
		ev("g", "2024-09-18", "LBNGOV", "ISR", "111", 3, 2))
	b := art("b1", "AFP", "2024-09-18", ev("s", "2024-09-18", "LBN", "ISR", "111", 3, 1))
	rec := Fuse([]*Article{a, b})
	if len(rec.Events) != 2 {
		t.Fatalf("%d events, want 2 (the group's, and the state's told twice)", len(rec.Events))
	}
}
