package figure

import (
	"testing"

	"github.com/sitrep/sitrep/internal/article"
	"github.com/sitrep/sitrep/internal/quote"
	"github.com/sitrep/sitrep/internal/segment"
)

// FuzzExtract feeds arbitrary text and odd parses to the figure extractor:
// no panic, and every figure points into its sentence.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"At least 9 people, including three women and four children, were killed.",
		"between 7 and and 9 - - 10 to",
		"a dozen dozens of hundreds of thousands of tens of",
		"1,2,3 4.5.6 +92 51 1234567 $5m 10:30 7-year-old",
		"twenty - - four hundred and and",
		"a",
		"",
	} {
		f.Add(s, uint8(1))
	}
	lx, err := DefaultLexicon()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, seed uint8) {
		a := &article.Article{Original: text, Kept: []article.Span{{Start: 0, End: len(text)}}}
		segment.Split(a)
		r := int(seed)
		for i := range a.Sentences {
			for j := range a.Sentences[i].Tokens {
				if seed%2 == 1 {
					r = (r*17 + 3) % 251
					a.Sentences[i].Tokens[j].UPOS = []string{"VERB", "NOUN", "NUM", ""}[r%4]
				}
			}
		}
		qs := quote.Extract(a, nil, "")
		for _, fg := range ExtractWith(a, nil, "", qs, lx) {
			if fg.Start < 0 || fg.End > len(text) || fg.Start >= fg.End {
				t.Fatalf("figure span [%d,%d) in %d bytes", fg.Start, fg.End, len(text))
			}
			s := a.Sentences[fg.Sentence]
			if fg.Start < s.Start || fg.End > s.End {
				t.Fatalf("figure [%d,%d) outside its sentence [%d,%d)", fg.Start, fg.End, s.Start, s.End)
			}
			if fg.Count < 0 || fg.Max != 0 && fg.Max < fg.Count {
				t.Fatalf("count %d max %d", fg.Count, fg.Max)
			}
		}
	})
}
