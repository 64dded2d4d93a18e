package quote

import (
	"testing"

	"github.com/sitrep/sitrep/internal/article"
	"github.com/sitrep/sitrep/internal/segment"
)

// FuzzExtract feeds arbitrary text, arbitrary kept spans and arbitrary
// parses to the extractor: it must not panic, and every quote must point
// into the text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		`“We will respond,” she said, “and soon.”`,
		"Ali Khan said: “We will respond.\n\n“We are ready.",
		`"unclosed "nested 'single ' marks" said X, according to`,
		"’’‘‘“”””“““ said said said according to to",
		"According to IRNA, three people were killed, Ali Khan said.",
		"\"\n\"\n\"",
		"said",
		"",
	} {
		f.Add(s, uint8(0), uint8(3))
	}
	lx, err := DefaultLexicon()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, cut, seed uint8) {
		a := &article.Article{Original: text}
		if n := len(text); n > 0 && cut > 0 {
			c := int(cut) % n
			a.Kept = []article.Span{{Start: 0, End: c}, {Start: c, End: n}}
		} else {
			a.Kept = []article.Span{{Start: 0, End: len(text)}}
		}
		segment.Split(a)
		// an odd parse: heads and tags from the seed, some out of range
		r := int(seed)
		tags := []string{"VERB", "NOUN", "AUX", "PROPN", "", "ADJ"}
		for i := range a.Sentences {
			for j := range a.Sentences[i].Tokens {
				if seed%2 == 1 {
					r = (r*31 + 7) % 251
					tk := &a.Sentences[i].Tokens[j]
					tk.UPOS = tags[r%len(tags)]
					tk.XPOS = []string{"VBD", "NN", "VBZ", ""}[r%4]
					tk.Head = r%9 - 2
				}
			}
		}
		for _, res := range []resolver{noResolver{}, testGaz} {
			qs := extract(a, lx, res)
			for i, q := range qs {
				if q.Start < 0 || q.End > len(text) || q.Start >= q.End {
					t.Fatalf("quote %d span [%d,%d) in %d bytes", i, q.Start, q.End, len(text))
				}
				if q.Sentence > q.LastSentence || q.LastSentence >= len(a.Sentences) {
					t.Fatalf("quote %d sentences %d..%d of %d", i, q.Sentence, q.LastSentence, len(a.Sentences))
				}
				if q.Prev >= len(qs) || q.Prev == i {
					t.Fatalf("quote %d Prev %d", i, q.Prev)
				}
				if sp := q.Speaker; sp != nil && (sp.Start > sp.End || sp.End > len(text) || (sp.Start < 0) != (sp.End < 0)) {
					t.Fatalf("speaker span [%d,%d)", sp.Start, sp.End)
				}
			}
		}
	})
}
