package segment

import (
	"reflect"
	"testing"
)

func TestTokenize(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		// Clitics, with either apostrophe.
		{"Iran's envoy", []string{"Iran", "'s", "envoy"}},
		{"Iran’s envoy", []string{"Iran", "’s", "envoy"}},
		{"don't can't won't isn't", []string{"do", "n't", "ca", "n't", "wo", "n't", "is", "n't"}},
		{"don’t DON'T", []string{"do", "n’t", "DO", "N'T"}},
		{"they're we've I'm she'll he'd", []string{"they", "'re", "we", "'ve", "I", "'m", "she", "'ll", "he", "'d"}},
		{"cannot gonna Wanna", []string{"can", "not", "gon", "na", "Wan", "na"}},
		{"the nations' border", []string{"the", "nations", "'", "border"}},
		{"charge d’affaires O'Brien", []string{"charge", "d’affaires", "O'Brien"}},
		{"the U.S.'s role", []string{"the", "U.S.", "'s", "role"}},

		// Punctuation and symbols.
		{"Stop, he said; then: go!", []string{"Stop", ",", "he", "said", ";", "then", ":", "go", "!"}},
		{"“Stop,” he said.", []string{"“", "Stop", ",", "”", "he", "said", "."}},
		{"‘not to return’", []string{"‘", "not", "to", "return", "’"}},
		{"(IRGC) [1]", []string{"(", "IRGC", ")", "[", "1", "]"}},
		{"wait... what?! no…", []string{"wait", "...", "what", "?!", "no", "…"}},
		{"envoy -- home -- won't", []string{"envoy", "--", "home", "--", "wo", "n't"}},
		{"strike—the first", []string{"strike", "—", "the", "first"}},
		{"• FO says", []string{"•", "FO", "says"}},

		// Numbers and units.
		{"$5 and 70% and £3", []string{"$", "5", "and", "70", "%", "and", "£", "3"}},
		{"24,285 3.5 1,000,000 5:30 9/11", []string{"24,285", "3.5", "1,000,000", "5:30", "9/11"}},
		{"1.2m 900km 5pm $5bn", []string{"1.2", "m", "900", "km", "5", "pm", "$", "5", "bn"}},
		{"18th 1990s 2nd 3D", []string{"18th", "1990s", "2nd", "3D"}},

		// Abbreviations keep their period; a full stop does not join.
		{"Mr. Khan, Lt. Col. Ali, U.S. and U.N. at 5 p.m.", []string{"Mr.", "Khan", ",", "Lt.", "Col.", "Ali", ",", "U.S.", "and", "U.N.", "at", "5", "p.m."}},
		{"No. 10 but said no.", []string{"No.", "10", "but", "said", "no", "."}},
		{"J. R. R. Tolkien", []string{"J.", "R.", "R.", "Tolkien"}},
		{"Acme Inc.. Next", []string{"Acme", "Inc.", ".", "Next"}},
		{"etc...", []string{"etc", "..."}},
		{"ended.The", []string{"ended", ".", "The"}},

		// Hyphens: split except after bound prefixes and in digit groups.
		{"anti-Iranian non-state e-mail co-founder", []string{"anti-Iranian", "non-state", "e-mail", "co-founder"}},
		{"high-level Amir-Abdollahian al-Adl", []string{"high", "-", "level", "Amir", "-", "Abdollahian", "al", "-", "Adl"}},
		{"35-member 2012-2013 3-4", []string{"35", "-", "member", "2012", "-", "2013", "3", "-", "4"}},
		{"call 713-853-3989 now", []string{"call", "713-853-3989", "now"}},
		{"pre- and post-war", []string{"pre-", "and", "post-war"}},
		{"non-state-run", []string{"non-state", "-", "run"}},

		// Web forms stay whole, less trailing sentence punctuation.
		{"See https://www.dawn.com/news/1806?x=1.", []string{"See", "https://www.dawn.com/news/1806?x=1", "."}},
		{"(www.ahram.org.eg/News/1.aspx)", []string{"(", "www.ahram.org.eg/News/1.aspx", ")"}},
		{"mail press@mofa.gov.pk.", []string{"mail", "press@mofa.gov.pk", "."}},
		{"@ForeignOfficePk: #Pakistan #1", []string{"@ForeignOfficePk", ":", "#Pakistan", "#", "1"}},
		{"dawn.com reported", []string{"dawn.com", "reported"}},

		// Beyond ASCII.
		{"Évariste naïve Ličen 谿山琴况", []string{"Évariste", "naïve", "Ličen", "谿山琴况"}},
		{"a\u00a0b\u200bc", []string{"a", "b", "c"}},
	}
	for _, c := range cases {
		toks := Tokenize(c.text, 0, len(c.text))
		if err := checkTokens(c.text, 0, len(c.text), toks); err != nil {
			t.Errorf("Tokenize(%q): %v", c.text, err)
		}
		if got := forms(toks); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Tokenize(%q)\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

func TestTokenizeOffsets(t *testing.T) {
	text := "xx Iran’s “envoy” xx"
	toks := Tokenize(text, 3, len(text)-3)
	want := []struct {
		form       string
		start, end int
	}{
		{"Iran", 3, 7}, {"’s", 7, 11}, {"“", 12, 15}, {"envoy", 15, 20}, {"”", 20, 23},
	}
	if len(toks) != len(want) {
		t.Fatalf("got %q, want %d tokens", forms(toks), len(want))
	}
	for i, w := range want {
		if toks[i].Form != w.form || toks[i].Start != w.start || toks[i].End != w.end {
			t.Errorf("token %d = %q [%d,%d), want %q [%d,%d)", i, toks[i].Form, toks[i].Start, toks[i].End, w.form, w.start, w.end)
		}
	}
}

func TestTokenizeStopsAtSpanEnd(t *testing.T) {
	// A word, URL or number running past the span is cut at its end.
	text := "see https://dawn.com and 24,285"
	for end := 1; end <= len(text); end++ {
		for _, tok := range Tokenize(text, 0, end) {
			if tok.End > end {
				t.Fatalf("Tokenize(%q, 0, %d) returned %q ending at %d", text, end, tok.Form, tok.End)
			}
		}
	}
}
