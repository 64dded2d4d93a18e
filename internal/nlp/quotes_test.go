package nlp

import (
	"fmt"
	"strings"
	"testing"
)

func TestScareQuotes(t *testing.T) {
	for text, want := range map[string]string{
		`launched “ highly coordinated ” airstrikes against “ terrorist hideouts ” in Iran`: "[[1 4] [7 10]]",
		`attacks on " spy headquarters " and " terrorist " targets`:                         "[[2 5] [7 9]]",
		`“ We will respond , ” he said`:                                                     "[]", // a quotation, not a scare quote
		`the phrase " Marg Bar " is used`:                                                   "[]", // a name
		`he called it “ an act of open war ”`:                                               "[]", // too long
		`he warned of “ consequences ”`:                                                     "[]", // nothing after it
	} {
		if got := fmt.Sprint(scareQuotes(tokens(strings.Fields(text)...))); got != want {
			t.Errorf("%q: got %s, want %s", text, got, want)
		}
	}
}

// Words in scare quotes are parsed as if the marks were not there, and
// each mark hangs on the head of the words it encloses.
func TestAnnotateScareQuotes(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	toks := tokens(strings.Fields("Pakistan launched “ highly coordinated ” airstrikes against “ terrorist hideouts ” in Iran .")...)
	m.Annotate(toks)
	at := func(form string) int {
		for i, tk := range toks {
			if tk.Form == form {
				return i + 1
			}
		}
		t.Fatalf("no %q", form)
		return 0
	}
	if a := toks[at("airstrikes")-1]; a.Head != at("launched") || a.Rel != "obj" {
		t.Errorf("airstrikes: head %d %s, want the object of launched (%d)", a.Head, a.Rel, at("launched"))
	}
	for i, tk := range toks {
		if !isQuoteMark(tk.Form) {
			continue
		}
		if tk.Rel != "punct" || tk.UPOS != "PUNCT" || tk.Lemma != `"` {
			t.Errorf("mark %d: %s %s %q", i, tk.Rel, tk.UPOS, tk.Lemma)
		}
		if h := tk.Head; h != at("coordinated") && h != at("hideouts") {
			t.Errorf("mark %d hangs on %q, not on the quoted words' head", i, toks[h-1].Form)
		}
	}
}
