package quote

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/article"
	"github.com/sitrep/sitrep/internal/segment"
)

// fakeGaz is a tiny gazetteer: names (as token sequences) with kinds and
// codes, so that speaker codes can be tested without the real data.
type fakeGaz struct{ entries []fakeEntry }

type fakeEntry struct {
	words               []string
	kind, code, country string
	role                string
}

func (f fakeGaz) actors(toks []article.Token) []mention {
	var out []mention
	for i := 0; i < len(toks); i++ {
		best := -1
		for ei, e := range f.entries {
			if i+len(e.words) > len(toks) || (best >= 0 && len(e.words) <= len(f.entries[best].words)) {
				continue
			}
			ok := true
			for k, w := range e.words {
				if toks[i+k].Form != w {
					ok = false
					break
				}
			}
			if ok {
				best = ei
			}
		}
		if best < 0 {
			continue
		}
		e := f.entries[best]
		last := i + len(e.words) - 1
		out = append(out, mention{first: i, last: last, start: toks[i].Start, end: toks[last].End,
			name: strings.Join(e.words, " "), code: e.code, country: e.country, kind: e.kind, role: e.role})
		i = last
	}
	return out
}

func (fakeGaz) person(string, string) (string, string, bool) { return "", "", false }

func (f fakeGaz) countryIn(toks []article.Token, first, last int) string {
	for _, m := range f.actors(toks) {
		if m.first >= first && m.last <= last && m.country != "" {
			return m.country
		}
	}
	return ""
}

var testGaz = fakeGaz{entries: []fakeEntry{
	{words: []string{"Pakistan"}, kind: "country", code: "PAK", country: "PAK"},
	{words: []string{"Iran"}, kind: "country", code: "IRN", country: "IRN"},
	{words: []string{"Tehran"}, kind: "capital", code: "IRN", country: "IRN", role: "capital"},
	{words: []string{"Ali", "Khan"}, kind: "person", code: "PAKGOV", country: "PAK"},
	{words: []string{"Maria", "Lopez"}, kind: "person", code: "ESPGOV", country: "ESP"},
	{words: []string{"IRNA"}, kind: "agent", code: "IRNGOVMED", country: "IRN"},
	{words: []string{"Foreign", "Ministry"}, kind: "agent", code: "PAKGOV", country: "PAK", role: "foreign ministry"},
	{words: []string{"X"}, kind: "agent", code: "MED", role: "X"},
}}

// art builds an article from text the way the pipeline does (one kept
// span, sentences and tokens, no parse).
func art(text string) *article.Article {
	a := &article.Article{Original: text, Kept: []article.Span{{Start: 0, End: len(text)}}}
	segment.Split(a)
	return a
}

func run(t *testing.T, text string) (*article.Article, []Quote) {
	t.Helper()
	lx, err := DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	a := art(text)
	return a, extract(a, lx, testGaz)
}

func directs(qs []Quote) []Quote {
	var out []Quote
	for _, q := range qs {
		if q.Direct {
			out = append(out, q)
		}
	}
	return out
}

func indirects(qs []Quote) []Quote {
	var out []Quote
	for _, q := range qs {
		if !q.Direct {
			out = append(out, q)
		}
	}
	return out
}

func speakerName(q Quote) string {
	if q.Speaker == nil {
		return ""
	}
	return q.Speaker.Name
}

// want checks the direct quotes: their texts (without a trailing comma)
// and speakers, in order.
func wantDirect(t *testing.T, text string, want ...string) []Quote {
	t.Helper()
	a, qs := run(t, text)
	ds := directs(qs)
	if len(ds) != len(want)/2 {
		var got []string
		for _, q := range ds {
			got = append(got, q.Text(a)+" / "+speakerName(q))
		}
		t.Fatalf("%q: %d direct quotes %q, want %d", text, len(ds), got, len(want)/2)
	}
	for i, q := range ds {
		if got := q.Text(a); got != want[2*i] {
			t.Errorf("%q: quote %d is %q, want %q", text, i, got, want[2*i])
		}
		if got := speakerName(q); got != want[2*i+1] {
			t.Errorf("%q: quote %d speaker %q, want %q (rule %s)", text, i, got, want[2*i+1], q.Rule)
		}
	}
	return ds
}

func TestQuoteStyles(t *testing.T) {
	t.Run("straight marks", func(t *testing.T) {
		wantDirect(t, `"We will respond," Ali Khan said.`, "We will respond", "Ali Khan")
	})
	t.Run("curly marks", func(t *testing.T) {
		wantDirect(t, `“We will respond,” Ali Khan said.`, "We will respond", "Ali Khan")
	})
	t.Run("several sentences", func(t *testing.T) {
		qs := wantDirect(t, `“We will respond. We are ready,” Ali Khan said.`, "We will respond. We are ready", "Ali Khan")
		if qs[0].LastSentence == qs[0].Sentence {
			t.Errorf("a quote over two sentences has Sentence %d = LastSentence", qs[0].Sentence)
		}
	})
	t.Run("several paragraphs", func(t *testing.T) {
		qs := wantDirect(t, "Ali Khan said: “We will respond.\n\n“We are ready.”", "We will respond.", "Ali Khan", "We are ready.", "Ali Khan")
		if qs[1].Prev != 0 {
			t.Errorf("the second paragraph's part has Prev %d, want 0", qs[1].Prev)
		}
	})
	t.Run("split by the attribution", func(t *testing.T) {
		qs := wantDirect(t, "Ali Khan spoke on Monday. “We will respond,” he said, “and we are ready.”",
			"We will respond", "Ali Khan", "and we are ready.", "Ali Khan")
		if qs[1].Prev != 0 {
			t.Errorf("the second part has Prev %d, want 0", qs[1].Prev)
		}
	})
	t.Run("fragment in reported speech", func(t *testing.T) {
		a, qs := run(t, `Ali Khan said the strike was an “act of war” and would be answered.`)
		ds := directs(qs)
		if len(ds) != 1 || ds[0].Text(a) != "act of war" || speakerName(ds[0]) != "Ali Khan" {
			t.Fatalf("direct %+v", ds)
		}
		in := indirects(qs)
		if len(in) != 1 || !strings.HasPrefix(in[0].Text(a), "the strike was") || speakerName(in[0]) != "Ali Khan" {
			t.Fatalf("indirect %+v", in)
		}
	})
	t.Run("nested single quotes", func(t *testing.T) {
		wantDirect(t, `“They call it ‘defence’, but it is war,” Ali Khan said.`, "They call it ‘defence’, but it is war", "Ali Khan")
	})
	t.Run("closing mark missing at paragraph end", func(t *testing.T) {
		wantDirect(t, "Ali Khan said: “We will respond in kind.\n\nThe talks ended.", "We will respond in kind.", "Ali Khan")
	})
	t.Run("closed by an opening mark", func(t *testing.T) {
		wantDirect(t, "Ali Khan said, adding: “We will respond in kind. “\n\nThe talks ended.", "We will respond in kind.", "Ali Khan")
	})
	t.Run("closed by an opening mark glued to the word", func(t *testing.T) {
		wantDirect(t, "Ali Khan said: “We will respond in kind.“ The talks ended.", "We will respond in kind.", "Ali Khan")
	})
	t.Run("fragment never closed", func(t *testing.T) {
		a, qs := run(t, "Ali Khan and Maria Lopez discussed the need for “better ties between the states. The talks ended on Monday.")
		ds := directs(qs)
		if len(ds) != 1 || ds[0].Text(a) != "better ties between the states." {
			t.Fatalf("got %d quotes %+v", len(ds), ds)
		}
	})
	t.Run("opening mark missing", func(t *testing.T) {
		wantDirect(t, "We will respond in kind,” Ali Khan said.", "We will respond in kind", "Ali Khan")
	})
	t.Run("single marks as quotation marks", func(t *testing.T) {
		wantDirect(t, "‘We will respond,’ Ali Khan said.", "We will respond", "Ali Khan")
	})
	t.Run("apostrophes are no marks", func(t *testing.T) {
		wantDirect(t, "The nations’ leaders met. “We will respond,” Ali Khan said of Iran’s strikes.", "We will respond", "Ali Khan")
	})
}

func TestNotQuotes(t *testing.T) {
	for _, text := range []string{
		"Pakistan launched “highly coordinated” airstrikes against “terrorist hideouts” in Iran.",
		"The Pakistani strike mission was named “Marg Bar Sarmachar” by the army.",
		"The phrase “Marg Bar” translates to “death to”.",
		"It was known as “the Army of Justice” in the region.",
		"‘Exercise restraint’\n\nThe call came on Monday.",
		"Sources\n\n\"Border talks stall again\" — Dawn, January 19, 2024",
		"The attack was described as “barbaric” in the press.",
		"Iran launched missile attacks on \"spy headquarters\" and \"terrorist\" targets in Syria.",
	} {
		a, qs := run(t, text)
		if ds := directs(qs); len(ds) != 0 {
			t.Errorf("%q: %d quotes, first %q (%s); want none", text, len(ds), ds[0].Text(a), ds[0].Rule)
		}
	}
}

func TestScareQuoteWithSpeakerIsAQuote(t *testing.T) {
	// the same kind of word in quotation marks, but a speaker is given
	wantDirect(t, "Ali Khan urged both sides to exercise “restraint” after the strikes.", "restraint", "Ali Khan")
	wantDirect(t, "Ali Khan described the attack as “barbaric” on Monday.", "barbaric", "Ali Khan")
}

func TestIndirectSpeech(t *testing.T) {
	cases := []struct{ text, clause, speaker string }{
		{"Ali Khan said that Iran cares much about peace.", "Iran cares much about peace", "Ali Khan"},
		{"Ali Khan said Pakistan reserved the right to retaliate.", "Pakistan reserved the right to retaliate", "Ali Khan"},
		{"According to IRNA, three people were killed in the strike.", "three people were killed in the strike", "IRNA"},
		{"Three people were killed in the strike, according to IRNA.", "Three people were killed in the strike", "IRNA"},
		{"Ali Khan spoke on Monday. Islamabad had decided to suspend all visits, he added.", "Islamabad had decided to suspend all visits", "Ali Khan"},
		{"Ali Khan told reporters the talks had failed.", "the talks had failed", "Ali Khan"},
		{"Pakistan condemned the strike, saying it violated its airspace.", "it violated its airspace", "Pakistan"},
		{"Ali Khan announced on Monday that the envoy would be recalled.", "the envoy would be recalled", "Ali Khan"},
	}
	for _, c := range cases {
		a, qs := run(t, c.text)
		in := indirects(qs)
		found := false
		for _, q := range in {
			if q.Text(a) == c.clause {
				found = true
				if speakerName(q) != c.speaker {
					t.Errorf("%q: speaker %q, want %q", c.text, speakerName(q), c.speaker)
				}
			}
		}
		if !found {
			var got []string
			for _, q := range in {
				got = append(got, q.Text(a))
			}
			t.Errorf("%q: reported clauses %q, want %q", c.text, got, c.clause)
		}
	}
}

func TestNotIndirect(t *testing.T) {
	for _, text := range []string{
		"Ali Khan warned of the consequences of the attack.",
		"Ali Khan asked officials how the papers came to be on the street.",
		"Ali Khan called on both countries to exercise restraint.",
		"The group has claimed bombings and kidnappings in the past.",
		"Iran's claims were rejected by the court.",
	} {
		a, qs := run(t, text)
		if in := indirects(qs); len(in) > 0 {
			t.Errorf("%q: reported clause %q (%s), want none", text, in[0].Text(a), in[0].Rule)
		}
	}
}

func TestSpeakerPatterns(t *testing.T) {
	cases := []struct{ name, text, speaker, via string }{
		{"X said", "“We will respond,” Ali Khan said.", "Ali Khan", "named"},
		{"said X", "“We will respond,” said Ali Khan.", "Ali Khan", "named"},
		{"X told reporters", "“We will respond,” Ali Khan told reporters.", "Ali Khan", "named"},
		{"X said in a statement", "“We will respond,” Ali Khan said in a statement on Monday.", "Ali Khan", "named"},
		{"X said:", "Ali Khan said: “We will respond.”", "Ali Khan", "named"},
		{"according to X", "“We will respond,” according to IRNA.", "IRNA", "according-to"},
		{"X, the spokesperson for Y, said", "“We will respond,” Ali Khan, the spokesperson for the interior ministry, said.", "Ali Khan", "named"},
		{"in a post on X", "In a post on X, Ali Khan wrote: “We will respond.”", "Ali Khan", "named"},
		{"said on X", "“We will respond,” Ali Khan said on X.", "Ali Khan", "named"},
		{"in the words of X", "In the words of Ali Khan, “we will respond.”", "Ali Khan", "named"},
		{"she said", "Maria Lopez met the press. “We will respond,” she said.", "Maria Lopez", "pronoun"},
		{"he added", "“We will respond,” Ali Khan said. “We are ready,” he added.", "Ali Khan", "pronoun"},
		{"she by title", "Ms Lopez met Mr Khan on Monday. “We will respond,” she said.", "Lopez", "pronoun"},
		{"he by title", "Ms Lopez met Mr Khan on Monday. “We will respond,” he said.", "Khan", "pronoun"},
		{"she by role word", "Spokeswoman Anna Berg met Director John Smith. “We will respond,” she said.", "Anna Berg", "pronoun"},
		{"he by role word", "Spokesman John Smith met Director Anna Berg. “We will respond,” he said.", "John Smith", "pronoun"},
		{"the spokesperson", "Spokesperson Anna Berg spoke on Monday. “We will respond,” the spokesperson said.", "Anna Berg", "role"},
		{"the ministry stated", "The Foreign Ministry condemned the strike. “We will respond,” the ministry stated.", "Foreign Ministry", "role"},
		{"the statement said", "The Foreign Ministry condemned the strike. “We will respond,” the statement said.", "Foreign Ministry", "statement"},
		{"it added", "The Foreign Ministry condemned the strike. “We will respond,” it added.", "Foreign Ministry", "pronoun"},
		{"standing alone", "“We will respond,” Ali Khan said.\n\n“We are ready.”", "Ali Khan", "continuity"},
		{"capital is its government", "Tehran said the strike was an “act of war”.", "Tehran", "named"},
		{"unknown person", "“We will respond,” Michael Kugelman, director of the institute, said.", "Michael Kugelman", "named"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, qs := run(t, c.text)
			ds := directs(qs)
			if len(ds) == 0 {
				t.Fatalf("%q: no quote", c.text)
			}
			q := ds[len(ds)-1]
			if q.Speaker == nil {
				t.Fatalf("%q: %q has no speaker (%s)", c.text, q.Text(a), q.Rule)
			}
			if q.Speaker.Name != c.speaker || q.Speaker.Via != c.via {
				t.Errorf("%q: speaker %q via %s, want %q via %s (%s)", c.text, q.Speaker.Name, q.Speaker.Via, c.speaker, c.via, q.Rule)
			}
			named := q.Speaker.Start >= 0
			if named != (c.via == "named" || c.via == "according-to") {
				t.Errorf("%q: speaker span [%d,%d) for via %s", c.text, q.Speaker.Start, q.Speaker.End, c.via)
			}
			if named && !strings.Contains(a.Original[q.Speaker.Start:q.Speaker.End], strings.Fields(c.speaker)[0]) {
				t.Errorf("%q: speaker span %q", c.text, a.Original[q.Speaker.Start:q.Speaker.End])
			}
		})
	}
}

func TestSpeakerCodes(t *testing.T) {
	cases := []struct{ text, code string }{
		{"“We will respond,” Ali Khan said.", "PAKGOV"},
		{"Tehran said the strike was an “act of war”.", "IRNGOV"}, // a capital that speaks is its government
		{"“We will respond,” the Foreign Ministry said.", "PAKGOV"},
		{"Maria Lopez arrived. “We will respond,” she said.", "ESPGOV"},
		{"“We will respond,” according to IRNA.", "IRNGOVMED"},
		{"“We will respond,” Ali Khan said on X.", "PAKGOV"}, // X the platform is no speaker
	}
	for _, c := range cases {
		_, qs := run(t, c.text)
		ds := directs(qs)
		if len(ds) != 1 || ds[0].Speaker == nil {
			t.Fatalf("%q: %+v", c.text, ds)
		}
		if ds[0].Speaker.Code != c.code {
			t.Errorf("%q: code %q, want %q", c.text, ds[0].Speaker.Code, c.code)
		}
	}
}

func TestOffsetsAreTheQuotedWords(t *testing.T) {
	text := "Ali Khan said: “We will respond.” Then he left. “Not now,” he said."
	a, qs := run(t, text)
	for _, q := range qs {
		if q.Start < 0 || q.End > len(text) || q.Start >= q.End {
			t.Fatalf("bad span %+v", q)
		}
		s := a.Original[q.Start:q.End]
		if strings.ContainsAny(s[:1], "“\"") || strings.HasSuffix(s, "”") {
			t.Errorf("span %q includes a quotation mark", s)
		}
	}
}

func TestNoGazetteer(t *testing.T) {
	a := art("“We will respond,” Ali Khan said.")
	qs := Extract(a, nil, "")
	if len(qs) != 1 || qs[0].Speaker == nil || qs[0].Speaker.Name != "Ali Khan" || qs[0].Speaker.Code != "" {
		t.Fatalf("%+v", qs)
	}
}

func TestRemovedTextIsIgnored(t *testing.T) {
	text := "“Buy now,” the advert said.\n\n“We will respond,” Ali Khan said."
	a := &article.Article{Original: text}
	cut := strings.Index(text, "\n\n") + 2
	a.Kept = []article.Span{{Start: cut, End: len(text)}}
	a.Removed = []article.Removed{{Span: article.Span{Start: 0, End: cut}, Reason: "widget"}}
	segment.Split(a)
	lx, _ := DefaultLexicon()
	qs := extract(a, lx, testGaz)
	if len(qs) != 1 || qs[0].Start < cut {
		t.Fatalf("quotes from removed text: %+v", qs)
	}
}

func TestParsedTokensAreUsed(t *testing.T) {
	// "claims" is a noun or a verb: with a parse that says VERB the
	// reported clause is found even without "that"
	a := art("Iran claims Pakistan launched the strike.")
	st := &a.Sentences[0]
	tags := []struct{ upos, xpos string }{{"PROPN", "NNP"}, {"VERB", "VBZ"}, {"PROPN", "NNP"}, {"VERB", "VBD"}, {"DET", "DT"}, {"NOUN", "NN"}, {"PUNCT", "."}}
	for i := range st.Tokens {
		st.Tokens[i].UPOS, st.Tokens[i].XPOS = tags[i].upos, tags[i].xpos
		st.Tokens[i].Head = 2
	}
	lx, _ := DefaultLexicon()
	qs := extract(a, lx, testGaz)
	if len(qs) != 1 || qs[0].Text(a) != "Pakistan launched the strike" {
		t.Fatalf("%+v", qs)
	}
	// the same words tagged as a noun phrase report nothing
	st.Tokens[1].UPOS, st.Tokens[1].XPOS = "NOUN", "NNS"
	if qs := extract(a, lx, testGaz); len(qs) != 0 {
		t.Fatalf("a noun reported speech: %+v", qs)
	}
}

func TestPersonNamedLikeAPlace(t *testing.T) {
	// "Tehran" is a capital in the test gazetteer; here it is a surname
	a, qs := run(t, "Sara Tehran, a former member, spoke to reporters. Tehran said the group had lied to her.")
	in := indirects(qs)
	if len(in) != 1 || speakerName(in[0]) != "Sara Tehran" || in[0].Speaker.Code != "" {
		t.Fatalf("%+v %q", in, in[0].Text(a))
	}
}
