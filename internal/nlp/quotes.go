package nlp

import "github.com/sitrep/sitrep/internal/article"

// News copy puts scare quotes around a few words it does not vouch for:
// launched "highly coordinated" airstrikes against "terrorist hideouts",
// attacks on "spy headquarters" and "terrorist" targets. The parser,
// which saw quotation marks mostly around whole quotations, reads the
// marks as clause boundaries: "coordinated" becomes a clause with the
// airstrikes as its object, and "launched" loses them. The words inside
// are an ordinary part of the sentence, so the sentence is parsed
// without the marks, and each mark is hung back, as the treebanks have
// it, on the head of the words it encloses.

// maxScareQuote is the longest run of words taken for a scare quote; a
// longer quotation is left to the parser as it is.
const maxScareQuote = 4

// isQuoteMark reports whether a token is a double quotation mark.
func isQuoteMark(f string) bool {
	switch f {
	case "\"", "\u201c", "\u201d", "``", "''", "\u201e":
		return true
	}
	return false
}

// scareQuotes returns the sentence's scare quotes as pairs of mark
// indices: marks around one to maxScareQuote words, none of them
// punctuation, the first in lower case, with a word before the pair and
// a token after it. Marks that open or close a quotation at the edge of
// the sentence or around a clause are not among them, nor marks around a
// name ("the phrase \"Marg Bar\""), which show where the name ends.
func scareQuotes(toks []article.Token) [][2]int {
	var pairs [][2]int
	open := -1
	for i := range toks {
		if !isQuoteMark(toks[i].Form) {
			continue
		}
		if open < 0 {
			open = i
			continue
		}
		o, c := open, i
		open = -1
		if c-o-1 < 1 || c-o-1 > maxScareQuote || o == 0 || c+1 >= len(toks) || !wordLike(toks[o-1].Form) || !lowerInitial(toks[o+1].Form) {
			continue
		}
		plain := true
		for k := o + 1; k < c; k++ {
			plain = plain && wordLike(toks[k].Form)
		}
		if plain {
			pairs = append(pairs, [2]int{o, c})
		}
	}
	return pairs
}

// annotateUnquoted parses toks without the marks of the scare quotes
// (the rest as Annotate does) and hangs each mark on the head of the
// words it encloses.
func (m *Model) annotateUnquoted(toks []article.Token, pairs [][2]int) {
	mark := make([]bool, len(toks))
	for _, p := range pairs {
		mark[p[0]], mark[p[1]] = true, true
	}
	rest, keep := keepOnly(toks, func(i int) bool { return !mark[i] })
	m.Annotate(rest)
	copyBack(toks, rest, keep)
	for _, p := range pairs {
		lo, hi := p[0]+1, p[1]-1
		head := lo
		for k := lo; k <= hi; k++ {
			if h := toks[k].Head - 1; h < lo || h > hi {
				head = k
				break
			}
		}
		for j, xpos := range [2]string{"``", "''"} {
			t := &toks[p[j]]
			t.Lemma, t.UPOS, t.XPOS, t.Feats, t.Head, t.Rel = `"`, "PUNCT", xpos, "_", head+1, "punct"
		}
	}
}

func lowerInitial(s string) bool { return s != "" && s[0] >= 'a' && s[0] <= 'z' }
