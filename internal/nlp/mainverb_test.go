package nlp

import (
	"strings"
	"testing"
)

// A sentence's first verb read as a participle but followed by an object
// is its past tense; a participle without an object stays one.
func TestMainVerb(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		text string
		word int
		xpos string
	}{
		{"Young Algerians blocked roads leading to the city centre on Sunday .", 2, "VBD"},
		{"The soldiers killed in the attack were buried on Friday .", 2, "VBN"}, // no object: a participle
		{"A man named John Smith arrived in Kabul .", 2, "VBN"},                 // a name in the passive
		{"The supplies reduced last year were restored .", 2, "VBN"},            // a time, not an object
		{"Iraq has reduced food supplies to the camp .", 2, "VBN"},              // the clause has its verb
	}
	for _, c := range cases {
		toks := tokens(strings.Fields(c.text)...)
		m.Annotate(toks)
		if got := toks[c.word].XPOS; got != c.xpos {
			t.Errorf("%q: %q tagged %s, want %s", c.text, toks[c.word].Form, got, c.xpos)
		}
	}
}
