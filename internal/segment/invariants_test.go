package segment

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/article"
)

// checkTokens reports the first way toks breaks the token invariants for
// text[start:end]: Start < End within the span, Form == text[Start:End],
// in order without overlap, never only spaces, and every non-space
// character of the span inside some token.
func checkTokens(text string, start, end int, toks []article.Token) error {
	prev := start
	for i, tok := range toks {
		if tok.Start >= tok.End || tok.Start < prev || tok.End > end {
			return fmt.Errorf("token %d [%d,%d) out of order or outside [%d,%d) (previous ends %d)", i, tok.Start, tok.End, start, end, prev)
		}
		if tok.Form != text[tok.Start:tok.End] {
			return fmt.Errorf("token %d form %q != text %q", i, tok.Form, text[tok.Start:tok.End])
		}
		if onlySpace(tok.Form) {
			return fmt.Errorf("token %d %q is only spaces", i, tok.Form)
		}
		prev = tok.End
	}
	// Coverage: walk the span rune by rune, as the tokenizer does.
	s := text[:end]
	k := 0
	for i := start; i < end; {
		r, n := runeAt(s, i)
		for k < len(toks) && toks[k].End <= i {
			k++
		}
		if !isSpace(r) && (k == len(toks) || toks[k].Start > i) {
			return fmt.Errorf("character %q at %d is in no token", s[i:i+n], i)
		}
		i += n
	}
	return nil
}

// checkSentences reports the first way sents breaks the sentence
// invariants: indices from 0, in order without overlap, inside the span,
// each spanning exactly its tokens, which obey checkTokens together.
func checkSentences(text string, start, end int, sents []article.Sentence) error {
	var all []article.Token
	prev := start
	for i, s := range sents {
		if s.Index != i {
			return fmt.Errorf("sentence %d has index %d", i, s.Index)
		}
		if s.Start >= s.End || s.Start < prev || s.End > end {
			return fmt.Errorf("sentence %d [%d,%d) out of order or outside [%d,%d)", i, s.Start, s.End, start, end)
		}
		if len(s.Tokens) == 0 {
			return fmt.Errorf("sentence %d has no tokens", i)
		}
		if s.Tokens[0].Start != s.Start || s.Tokens[len(s.Tokens)-1].End != s.End {
			return fmt.Errorf("sentence %d [%d,%d) does not span its tokens [%d,%d)", i, s.Start, s.End, s.Tokens[0].Start, s.Tokens[len(s.Tokens)-1].End)
		}
		if onlySpace(text[s.Start:s.End]) {
			return fmt.Errorf("sentence %d is only spaces", i)
		}
		prev = s.End
		all = append(all, s.Tokens...)
	}
	if len(sents) == 0 && !onlySpace(text[start:end]) {
		return fmt.Errorf("no sentences in non-blank text")
	}
	return checkTokens(text, start, end, all)
}

func onlySpace(s string) bool {
	for i := 0; i < len(s); {
		r, n := runeAt(s, i)
		if !isSpace(r) {
			return false
		}
		i += n
	}
	return true
}

// hardCases are inputs that have broken splitters before; they seed the
// fuzz target and the invariant test.
var hardCases = []string{
	"",
	" \n\t ",
	"Mr. Smith met Dr. Jones in the U.S. The talks ended.",
	"He said \"no.\" Then he left.",
	"“Stop.” The army moved. …the law,” she said. Next",
	"if both sides so wish. “\n\nThe Taliban agreed",
	"Iran's envoy -- currently home -- won't return—yet.",
	"• FO says reserves right\n• Islamabad recalls envoy\n",
	"Pakistan recalls ambassador\n\nAFP , Wednesday 17 Jan 2024\n\nPakistan recalled...",
	"24,285 people; 3.5%; $1.2m; 900km; 5:30 p.m.; No. 10; J. R. R. Tolkien",
	"see https://www.dawn.com/news/1.html, mail press@mofa.gov.pk. @FOPakistan #Iran",
	"U.S.\n", "Mr.", ".", "...", "'", "’s", "'s U.S.'s", "[1]", "1.", "-", "- x", "\r\n\r\n", "a\u2029b",
	"\xff\xfe invalid \xc3 bytes\xe2\x80", "caf\u00e9 na\u0308ive \u200bzero\ufeffwidth",
	"e-mail anti-Iranian high-level 713-853-3989 pre- and post-war",
	"line one is long enough to look like wrapped prose text\nline two continues the thought and runs\nto a third line that ends here.",
	"said.The end.\"Quote\"",
	"x\u00a0y\u2028z",
}

func TestInvariantsHardCases(t *testing.T) {
	for _, text := range hardCases {
		for _, span := range [][2]int{{0, len(text)}, {1, len(text)}, {0, len(text) - 1}, {2, len(text) / 2}} {
			start, end := clampSpan(len(text), span[0], span[1])
			if err := checkTokens(text, start, end, Tokenize(text, start, end)); err != nil {
				t.Errorf("Tokenize(%q, %d, %d): %v", text, start, end, err)
			}
			if err := checkSentences(text, start, end, Sentences(text, start, end)); err != nil {
				t.Errorf("Sentences(%q, %d, %d): %v", text, start, end, err)
			}
		}
	}
}

// FuzzSentences feeds arbitrary bytes and spans to the splitter; it must
// not panic and must keep every invariant.
func FuzzSentences(f *testing.F) {
	for _, text := range hardCases {
		f.Add(text, 0, len(text))
	}
	f.Add("Mr. Smith.\n\nDr. Who", 3, 15)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		start, end = clampSpan(len(text), start, end)
		toks := Tokenize(text, start, end)
		if err := checkTokens(text, start, end, toks); err != nil {
			t.Fatalf("Tokenize(%q, %d, %d): %v", text, start, end, err)
		}
		sents := Sentences(text, start, end)
		if err := checkSentences(text, start, end, sents); err != nil {
			t.Fatalf("Sentences(%q, %d, %d): %v", text, start, end, err)
		}
		// Sentences tokenizes as Tokenize does, except that it may split
		// the period off a sentence-final abbreviation: the covered bytes
		// are the same.
		var covered, want int
		for _, s := range sents {
			for _, tok := range s.Tokens {
				covered += tok.End - tok.Start
			}
		}
		for _, tok := range toks {
			want += tok.End - tok.Start
		}
		if covered != want {
			t.Fatalf("Sentences covers %d bytes, Tokenize %d", covered, want)
		}
		if utf8.ValidString(text) {
			a := &article.Article{Original: text, Kept: []article.Span{{Start: start, End: end}}}
			Split(a)
			if err := checkSentences(text, start, end, a.Sentences); err != nil {
				t.Fatalf("Split: %v", err)
			}
		}
	})
}

// TestPathologicalInputsStayLinear runs inputs built to make a careless
// splitter quadratic; each must finish in a small fraction of the minutes
// a quadratic pass over a quarter megabyte would take.
func TestPathologicalInputsStayLinear(t *testing.T) {
	const n = 1 << 18
	inputs := map[string]string{
		"closing brackets": "He left." + strings.Repeat(")", n),
		"quotes":           "He left." + strings.Repeat(" ”", n/2),
		"citations":        "He left." + strings.Repeat("[1]", n/3),
		"clitics":          "x" + strings.Repeat("'s", n/2),
		"url parentheses":  "http://x.org/" + strings.Repeat(")", n),
		"short lines":      strings.Repeat("A\n", n/2),
		"one long line":    strings.Repeat("word ", n/5),
		"hyphen chain":     strings.Repeat("123-", n/4),
		"dot chain":        strings.Repeat("a.", n/2),
		"at signs":         strings.Repeat("a@b", n/3),
	}
	for name, text := range inputs {
		start := time.Now()
		sents := Sentences(text, 0, len(text))
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%s: %v for %d bytes", name, d, len(text))
		}
		if err := checkSentences(text, 0, len(text), sents); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
