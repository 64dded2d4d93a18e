package report

import (
	"strings"
	"unicode"
)

// Plain makes untrusted text safe to print on a terminal or in a single
// line: control characters (escape sequences, bells, carriage returns)
// become visible \x.. escapes or spaces, so article text can never move
// the cursor, recolour the screen or fake other lines.
func Plain(s string) string {
	if !strings.ContainsFunc(s, needsEscape) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t':
			b.WriteByte(' ')
		case needsEscape(r):
			if r < 0x100 {
				b.WriteString(`\x`)
				b.WriteByte("0123456789abcdef"[r>>4])
				b.WriteByte("0123456789abcdef"[r&15])
			} else {
				b.WriteString(`\u{`)
				b.WriteString(strings.ToLower(strings.TrimLeft(hex16(uint32(r)), "0")))
				b.WriteString("}")
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func needsEscape(r rune) bool {
	if r == '\n' || r == '\t' {
		return true
	}
	// Bidirectional overrides can reorder what a reader sees.
	if r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 {
		return true
	}
	return unicode.IsControl(r)
}

func hex16(v uint32) string {
	const digits = "0123456789abcdef"
	var buf [8]byte
	for i := 7; i >= 0; i-- {
		buf[i] = digits[v&15]
		v >>= 4
	}
	return string(buf[:])
}

// Markdown escapes untrusted text for inline use in Markdown: characters
// that would start markup are backslash-escaped, HTML is neutralised, and
// control characters are made visible. Parentheses stay as they are: with
// brackets escaped they cannot form a link.
func Markdown(s string) string {
	s = Plain(s)
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '{', '}', '[', ']', '#', '+', '!', '|', '~', '>':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '<':
			b.WriteString("&lt;")
		case '&':
			b.WriteString("&amp;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
