package nlp

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/article"
)

// tagCase is a sentence (tokens separated by spaces), one of its words
// and the tag that word should get.
type tagCase struct {
	text string
	word int
	want string
}

// checkTags annotates each case's sentence and compares the tag that
// tagOf reads off its word.
func checkTags(t *testing.T, tagOf func(article.Token) string, cases []tagCase) {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		toks := tokens(strings.Fields(c.text)...)
		m.Annotate(toks)
		if got := tagOf(toks[c.word]); got != c.want {
			t.Errorf("%q: %q tagged %s, want %s", c.text, toks[c.word].Form, got, c.want)
		}
	}
}

// A sentence's first verb read as a participle but followed by an object
// is its past tense; a participle without an object stays one.
func TestMainVerb(t *testing.T) {
	checkTags(t, func(tk article.Token) string { return tk.XPOS }, []tagCase{
		{"Young Algerians blocked roads leading to the city centre on Sunday .", 2, "VBD"},
		{"The soldiers killed in the attack were buried on Friday .", 2, "VBN"}, // no object: a participle
		{"A man named John Smith arrived in Kabul .", 2, "VBN"},                 // a name in the passive
		{"The supplies reduced last year were restored .", 2, "VBN"},            // a time, not an object
		{"Iraq has reduced food supplies to the camp .", 2, "VBN"},              // the clause has its verb
		{"Israel 's army demolished Palestinian homes in Gaza .", 3, "VBD"},     // read as an adjective
		{"A US - led coalition attacked Houthi targets .", 5, "VBD"},            // "led" is half of a modifier
		{"Government armed militias attacked the village .", 1, "JJ"},           // a finite verb follows
		{"Several armed groups blocked roads leading to the city .", 3, "VBD"},  // an adjective is not the verb
		{"The free rebels blocked roads leading to the city .", 3, "VBD"},
		{"Pakistani troops shot down five Indian drones .", 2, "VBD"},                    // an irregular past, its object after a particle
		{"A US fighter jet shot down a Chinese balloon , the Pentagon said .", 4, "VBD"}, // the past read as a compound's noun
		{"A US fighter jet shot down a Chinese balloon , the Pentagon said .", 5, "RP"},  // and its particle
		{"The drones shot down over the city were Iranian .", 2, "VBN"},                  // no object after the particle
		{"Protesters set fire to the embassy .", 1, "VBD"},                               // an irregular past the tagger reads as a participle
	})
}

// A participle before a noun phrase, listed, after a hyphen or after a
// possessive, is the noun's adjective; a gerund with its object and a
// reduced relative stay verbs.
func TestPrenominal(t *testing.T) {
	checkTags(t, func(tk article.Token) string { return tk.UPOS }, []tagCase{
		{"Syria is willing to withdraw its troops from neighboring Lebanon .", 8, "ADJ"},
		{"Britain promised to continue military aid to war - torn Mozambique .", 9, "ADJ"},
		{"Katsav refused to meet Jordan 's visiting King Abdullah in Tel Aviv .", 6, "ADJ"},
		{"Iran struck Pakistan after attacking Iraq .", 4, "VERB"},
		{"The islands neighboring Andaman were flooded .", 2, "VERB"},
		{"Zambia extradited suspected British militant Haroon Aswad to Britain .", 2, "ADJ"},
		{"Police have detained suspected militants .", 3, "ADJ"},
		{"Police have detained two men .", 2, "VERB"},
		{"Militants tried to assassinate outgoing Prime Minister Iyad Allawi .", 4, "ADJ"},
	})
}

// A French word with an elided article is a noun, or a name when
// capitalised, whatever its ending: "d'affaires" is no verb in -s.
func TestElisions(t *testing.T) {
	checkTags(t, func(tk article.Token) string { return tk.UPOS }, []tagCase{
		{"Iran summoned Pakistan ’s charge d’affaires in Tehran .", 5, "NOUN"},
		{"The army of Côte d'Ivoire said it seized arms .", 4, "PROPN"},
		{"The coup d'état failed .", 2, "NOUN"},
	})
}
