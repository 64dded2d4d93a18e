package nlp

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/article"
)

// spanCase is a sentence and the tokens a..b a finder should return.
type spanCase struct {
	text string
	a, b int
}

// checkSpans runs find on each case's tokens.
func checkSpans(t *testing.T, find func([]article.Token) (int, int), cases []spanCase) {
	t.Helper()
	for _, c := range cases {
		a, b := find(tokens(strings.Fields(c.text)...))
		if a != c.a || b != c.b {
			t.Errorf("%q: got %d..%d, want %d..%d", c.text, a, b, c.a, c.b)
		}
	}
}

func TestPreverbalTime(t *testing.T) {
	cases := []spanCase{
		{"Albania on Friday denounced it", 1, 2},
		{"Albania on Friday night denounced it", 1, 3},
		{"Pakistan today rejected it", 1, 1},
		{"Iran last week struck them", 1, 2},
		{"Iran Tuesday struck them", 1, 1},
		{"Today Iran struck them", -1, -1},            // nothing before the time
		{"Iran struck them on Friday", -1, -1},        // nothing after it
		{"Iran on Friday . It rained", -1, -1},        // no word after
		{"Iran on friday struck them", -1, -1},        // a weekday is capitalised
		{"They met on Friday Iranian envoys", -1, -1}, // the next word is a name
	}
	checkSpans(t, preverbalTime, cases)
}

// The sentence parsed around its time phrase is still one tree over all
// its words, with the offsets it came with.
func TestAnnotateAroundIsATree(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Albania on Friday night denounced Serbia 's suppression of the unrest .",
		"The Iranian foreign ministry yesterday summoned the Pakistani envoy .",
		"He said on Friday that it works .",
		"Iran last week has been struck .",
		"Iran on Friday sent up to 4,000 troops and up to five ships .",
		"The total rose up to 5",
		"Chirac issued a stern reminder Saturday to Iraq that it must cooperate .",
		"Iran on Friday struck Pakistan today in Panjgur .",
		"Pakistan on Friday launched “ highly coordinated ” airstrikes against \" terrorist \" targets .",
		"He said : “ We will respond . ”",
	} {
		toks := tokens(strings.Fields(text)...)
		starts := make([]int, len(toks))
		for i := range toks {
			starts[i] = toks[i].Start
		}
		m.Annotate(toks)
		roots := 0
		for i, tk := range toks {
			if tk.Start != starts[i] {
				t.Errorf("%q: token %d moved", text, i)
			}
			if tk.Head == 0 {
				roots++
			}
			if tk.Head < 0 || tk.Head > len(toks) || tk.Head == i+1 || tk.Rel == "" || tk.UPOS == "" {
				t.Errorf("%q: token %d %q: head %d rel %q", text, i, tk.Form, tk.Head, tk.Rel)
			}
			// no cycles: every word reaches the root
			h, steps := i+1, 0
			for h != 0 && steps <= len(toks) {
				h = toks[h-1].Head
				steps++
			}
			if h != 0 {
				t.Errorf("%q: token %d is on a cycle", text, i)
			}
		}
		if roots != 1 {
			t.Errorf("%q: %d roots", text, roots)
		}
	}
}

// "up to" before an amount modifies the amount; the verb keeps its
// object ("contribute up to 4,000 troops" was read as "contribute up",
// with the troops as its goal).
func TestUpToNumber(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	toks := tokens(strings.Fields("France is ready to contribute up to 4,000 troops to the force .")...)
	m.Annotate(toks)
	const contribute, up, to, troops = 4, 5, 6, 8
	if toks[troops].Rel != "obj" || toks[troops].Head != contribute+1 {
		t.Errorf("troops: %s of %d, want obj of %d", toks[troops].Rel, toks[troops].Head, contribute+1)
	}
	if toks[up].Rel != "advmod" || toks[up].Head != troops+1 || toks[to].Rel != "fixed" || toks[to].Head != up+1 {
		t.Errorf("up: %s of %d, to: %s of %d", toks[up].Rel, toks[up].Head, toks[to].Rel, toks[to].Head)
	}
	for _, c := range []struct {
		text string
		want int
	}{
		{"contribute up to 4,000 troops", 1},
		{"Up to five ships", 0},
		{"went up to the roof", -1},
		{"up to", -1},
	} {
		if got := upToNumber(tokens(strings.Fields(c.text)...)); got != c.want {
			t.Errorf("upToNumber(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

func TestPostverbalTime(t *testing.T) {
	cases := []spanCase{
		{"Chirac issued a reminder Saturday to Iraq", 4, 4},
		{"Israel lifted Friday a blockade", 2, 2},
		{"Israel lifted Friday night a blockade", 2, 3},
		{"They met today in Geneva", 2, 2},
		{"Iran struck them on Friday in Panjgur", -1, -1}, // "on Friday" is a phrase the parser knows
		{"He left late Sunday when it rained", -1, -1},    // part of a longer time
		{"the Friday opening of the Games", -1, -1},       // a noun's modifier
		{"Iran struck them Friday", -1, -1},               // at the end, nothing to lose
		{"until today 's talks", -1, -1},
	}
	checkSpans(t, postverbalTime, cases)
}

// A bare time after the object no longer takes the phrase after it:
// "to Iraq" stays on what it belongs to, and the time hangs on the verb.
func TestAnnotatePostverbalTime(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	toks := tokens(strings.Fields("Chirac issued a stern reminder Saturday to Iraq .")...)
	m.Annotate(toks)
	const issued, saturday, iraq = 1, 5, 7
	if toks[saturday].Head != issued+1 || toks[saturday].Rel != "obl:unmarked" {
		t.Errorf("Saturday: %s of %d, want obl:unmarked of %d", toks[saturday].Rel, toks[saturday].Head, issued+1)
	}
	if toks[iraq].Head == saturday+1 {
		t.Errorf("Iraq hangs on Saturday")
	}
}
