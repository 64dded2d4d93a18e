package nlp

import (
	"strings"
	"testing"
)

func TestLexiconClasses(t *testing.T) {
	lx := defaultLexicon()
	cases := []struct {
		word string
		want uint8
		not  uint8
	}{
		{"ally", lexNoun | lexVerb, lexAdv}, // never an adverb, "-ly" or not
		{"allies", lexNoun | lexVerb, lexAdv},
		{"abandon", lexVerb, 0},
		{"rejected", lexVerb | lexAdj, 0},
		{"stopped", lexVerb, 0}, // doubled consonant
		{"hoping", lexVerb, 0},  // dropped e
		{"went", lexVerb, 0},    // irregular, from verb.exc
		{"children", lexNoun, 0},
		{"bigger", lexAdj, 0},
		{"qwzxv", 0, lexNoun | lexVerb | lexAdj | lexAdv},
	}
	for _, c := range cases {
		got := lx.classes(c.word)
		if got&c.want != c.want || got&c.not != 0 {
			t.Errorf("%s: classes %04b, want %04b and not %04b", c.word, got, c.want, c.not)
		}
	}
}

// TestLexiconTags: tags the lexicon rules out are replaced by the best
// one it allows. Without it the tagger read "ally" as an adverb for its
// "-ly" and "abandon" after a name as a preposition, and the parses
// around them fell apart.
func TestLexiconTags(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		sent string
		word int // 1-based
		upos string
	}{
		{"Pakistan , a key U.S. ally in the war against terrorism , has refused to deploy peacekeepers .", 6, "NOUN"},
		{"Opposition groups are demanding that President Mugabe abandon his controversial policy .", 8, "VERB"},
	}
	for _, c := range cases {
		toks := tokens(strings.Fields(c.sent)...)
		m.Annotate(toks)
		if got := toks[c.word-1].UPOS; got != c.upos {
			t.Errorf("%q: %s is %s, want %s%s", c.sent, toks[c.word-1].Form, got, c.upos, show(toks))
		}
	}
}

func TestLoadLexiconErrors(t *testing.T) {
	if _, err := loadLexicon(strings.NewReader("not gzip")); err == nil {
		t.Error("a file that is not gzip loaded")
	}
}
