package nlp

import (
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/conllu"
)

func TestNewsTimes(t *testing.T) {
	src := `# text = Pakistan has recalled its ambassador.
1	Pakistan	Pakistan	PROPN	NNP	Number=Sing	3	nsubj	_	_
2	has	have	AUX	VBZ	_	3	aux	_	_
3	recalled	recall	VERB	VBN	_	0	root	_	_
4	its	its	PRON	PRP$	_	5	nmod:poss	_	_
5	ambassador	ambassador	NOUN	NN	Number=Sing	3	obj	_	SpaceAfter=No
6	.	.	PUNCT	.	_	3	punct	_	_

# text = Recalled, he was.
1	Recalled	recall	VERB	VBN	_	0	root	_	_
2	,	,	PUNCT	,	_	1	punct	_	_
3	he	he	PRON	PRP	_	1	nsubj	_	_
4	was	be	AUX	VBD	_	1	cop	_	_

`
	ss, err := conllu.Read(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	for seed := int64(1); seed <= 4; seed++ {
		out := NewsTimes(ss, seed)
		if len(out) != 1 {
			t.Fatalf("seed %d: %d copies, want 1 (the second sentence's subject follows its verb)", seed, len(out))
		}
		s := out[0]
		if err := conllu.Check(&s); err != nil {
			t.Fatalf("seed %d: copy is not a tree: %v", seed, err)
		}
		ws := s.Words()
		var forms []string
		for _, w := range ws {
			forms = append(forms, w.Form)
		}
		// The time goes between "Pakistan" and "has", hung on the verb.
		if ws[0].Form != "Pakistan" || ws[len(ws)-4].Form != "has" && ws[len(ws)-5].Form != "has" {
			t.Fatalf("seed %d: %v", seed, forms)
		}
		verb, times := "", 0
		for _, w := range ws {
			if w.Deprel == "root" {
				verb = w.ID
			}
		}
		for _, w := range ws {
			if w.Deprel == "obl" || w.Deprel == "obl:unmarked" {
				times++
				if w.Head != verb {
					t.Errorf("seed %d: time %q hangs on %s, not the verb %s", seed, w.Form, w.Head, verb)
				}
			}
		}
		if times != 1 || len(ws) < 7 {
			t.Errorf("seed %d: want one time phrase added: %v", seed, forms)
		}
		for _, w := range ws {
			if w.Form == "Pakistan" && w.Head != verb {
				t.Errorf("seed %d: subject now hangs on %s, want %s: %v", seed, w.Head, verb, forms)
			}
		}
		if ss[0].Tokens[2].ID != "3" || len(ss[0].Tokens) != 6 {
			t.Fatal("the original sentence was changed")
		}
	}
}
