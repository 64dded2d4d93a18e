package nlp

import (
	"strings"
	"testing"
)

func TestPreverbalTime(t *testing.T) {
	cases := []struct {
		text string
		a, b int
	}{
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
	for _, c := range cases {
		a, b := preverbalTime(tokens(strings.Fields(c.text)...))
		if a != c.a || b != c.b {
			t.Errorf("%q: got %d..%d, want %d..%d", c.text, a, b, c.a, c.b)
		}
	}
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
