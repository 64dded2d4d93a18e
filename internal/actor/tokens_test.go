package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/article"
)

// tokenize is the tests' stand-in for the project tokeniser: it splits on
// white space, splits off surrounding punctuation and the possessive "'s"
// as UD does, and keeps hyphenated words whole, so the matcher's own
// splitting of "Amir-Abdollahian" and "Iran-backed" is exercised. With
// splitHyphens it also splits hyphens off, as internal/segment does.
func tokenize(text string, splitHyphens bool) []article.Token {
	var toks []article.Token
	emit := func(s, e int) {
		if s < e {
			toks = append(toks, article.Token{Form: text[s:e], Start: s, End: e})
		}
	}
	isPunct := func(r rune) bool {
		return strings.ContainsRune(`"“”‘’'()[],;:?!.`, r)
	}
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r2) {
				break
			}
			j += n2
		}
		word := text[i:j]
		s, e := i, j
		// leading punctuation
		for s < e {
			r2, n2 := utf8.DecodeRuneInString(text[s:e])
			if !isPunct(r2) {
				break
			}
			emit(s, s+n2)
			s += n2
		}
		// trailing punctuation, kept for the end
		var tail [][2]int
		for e > s {
			r2, n2 := utf8.DecodeLastRuneInString(text[s:e])
			if !isPunct(r2) {
				break
			}
			// keep the period of an abbreviation such as "U.S."
			if r2 == '.' && strings.Count(text[s:e], ".") > 1 {
				break
			}
			if (r2 == '\'' || r2 == '’') && e-n2 > s {
				if p, _ := utf8.DecodeLastRuneInString(text[s : e-n2]); p == 's' {
					tail = append(tail, [2]int{e - n2, e})
					e -= n2
					break
				}
			}
			tail = append(tail, [2]int{e - n2, e})
			e -= n2
		}
		core := text[s:e]
		for _, suf := range []string{"'s", "’s"} {
			if strings.HasSuffix(core, suf) && len(core) > len(suf) {
				tail = append(tail, [2]int{e - len(suf), e})
				e -= len(suf)
				break
			}
		}
		if splitHyphens {
			k := s
			for x := s; x < e; {
				r2, n2 := utf8.DecodeRuneInString(text[x:e])
				if r2 == '-' && x > s && x+n2 < e {
					emit(k, x)
					emit(x, x+n2)
					k = x + n2
				}
				x += n2
			}
			emit(k, e)
		} else {
			emit(s, e)
		}
		for t := len(tail) - 1; t >= 0; t-- {
			emit(tail[t][0], tail[t][1])
		}
		_ = word
		i = j
	}
	return toks
}
