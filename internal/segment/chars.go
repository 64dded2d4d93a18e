package segment

import (
	"unicode"
	"unicode/utf8"
)

// ASCII character classes, looked up in a table so the common case never
// goes through the unicode package.
const (
	clsSpace uint8 = 1 << iota
	clsUpper
	clsLower
	clsDigit
	clsLineBreak
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for _, c := range " \t\n\v\f\r" {
		t[c] |= clsSpace
	}
	for _, c := range "\n\v\f\r" {
		t[c] |= clsLineBreak
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] |= clsUpper
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] |= clsLower
	}
	for c := '0'; c <= '9'; c++ {
		t[c] |= clsDigit
	}
	return t
}()

// runeAt decodes the rune at s[i]. An invalid byte decodes as
// utf8.RuneError with size 1, so every byte is consumed exactly once.
func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeBefore decodes the rune that ends at s[i], or returns (0, 0) at the
// start of s.
func runeBefore(s string, i int) (rune, int) {
	if i <= 0 {
		return 0, 0
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// isSpace reports whether r separates tokens. Beyond unicode.IsSpace it
// counts the invisible zero-width space, word joiner and byte-order mark,
// which scraped news text scatters between words and which no reader
// would call a character of the text.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&clsSpace != 0
	}
	switch r {
	case '\u200B', '\u2060', '\uFEFF', '\u180E':
		return true
	}
	return unicode.IsSpace(r)
}

// isWordRune reports whether r belongs inside a word: letters, digits and
// combining marks, plus invisible format characters (soft hyphen, joiners)
// and bytes that are not valid UTF-8, which are most often mis-decoded
// letters.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&(clsUpper|clsLower|clsDigit) != 0
	}
	if r == utf8.RuneError {
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) ||
		(unicode.Is(unicode.Cf, r) && !isSpace(r))
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&clsDigit != 0
	}
	return unicode.IsDigit(r)
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&clsUpper != 0
	}
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&clsLower != 0
	}
	return unicode.IsLower(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&(clsUpper|clsLower) != 0
	}
	return unicode.IsLetter(r)
}

// isQuote reports whether r is a quotation mark. Direction is not trusted:
// news text often closes a quote with an opening mark.
func isQuote(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '‘', '’', '«', '»', '‹', '›', '„', '‟', '`':
		return true
	}
	return false
}

func isOpenBracket(r rune) bool  { return r == '(' || r == '[' || r == '{' }
func isCloseBracket(r rune) bool { return r == ')' || r == ']' || r == '}' }

// isSentenceFinal reports whether r ends a sentence on its own.
func isSentenceFinal(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '…' || r == '‼' || r == '⁇' || r == '⁈' || r == '⁉'
}

// isBulletRune reports whether r marks a list item wherever it stands.
func isBulletRune(r rune) bool {
	switch r {
	case '•', '◦', '▪', '▫', '‣', '⁃', '●', '○', '■', '□', '►', '▶', '▸', '◆', '◇', '❖', '✓', '✔', '➤', '→', '·':
		return true
	}
	return false
}

// isDashBullet reports whether r marks a list item when it opens a line
// and is followed by a space ("- item", "* item", "— item").
func isDashBullet(r rune) bool {
	return r == '-' || r == '*' || r == '–' || r == '—' || r == '+'
}

// lineBreaks counts the line breaks in gap, which holds only spaces. CR LF
// counts once; a paragraph separator counts twice, as a blank line.
func lineBreaks(gap string) int {
	n := 0
	for i := 0; i < len(gap); {
		c := gap[i]
		if c < utf8.RuneSelf {
			if asciiClass[c]&clsLineBreak != 0 && !(c == '\r' && i+1 < len(gap) && gap[i+1] == '\n') {
				n++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(gap[i:])
		switch r {
		case '\u0085', '\u2028':
			n++
		case '\u2029':
			n += 2
		}
		i += size
	}
	return n
}
