package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalize maps a surface form to the form the features and lexicons
// see: curly quotes and apostrophes become straight ones and dashes and
// ellipses their ASCII spellings, because the tokenizer keeps the text's
// typography while the treebanks are mostly straight-quoted.
func normalize(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '\u0060':
			b.WriteByte('\'')
		case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
			b.WriteByte('"')
		case '\u2013', '\u2014', '\u2015', '\u2012':
			b.WriteString("--")
		case '\u2010', '\u2011', '\u2212':
			b.WriteByte('-')
		case '\u2026':
			b.WriteString("...")
		case '\u00A0':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// featForm is the normalized form with every digit replaced by '0', so
// that "1990" and "2024" share their evidence.
func featForm(norm string) string {
	i := strings.IndexAny(norm, "123456789")
	if i < 0 {
		return norm
	}
	b := []byte(norm)
	for j := i; j < len(b); j++ {
		if b[j] >= '1' && b[j] <= '9' {
			b[j] = '0'
		}
	}
	return string(b)
}

// shape summarizes a word's character classes: "Xx" for "Iran", "d" for
// "2024", "X.X." for "U.S.", with runs collapsed and a marker for length.
func shape(s string) string {
	var b [24]byte
	n := 0
	var last byte
	count := 0
	for _, r := range s {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = 'o'
		}
		count++
		if c == last {
			continue
		}
		last = c
		if n < len(b) {
			b[n] = c
			n++
		}
	}
	switch {
	case count <= 3:
		return string(b[:n]) + "1"
	case count <= 6:
		return string(b[:n]) + "2"
	}
	return string(b[:n])
}

// Hashing: features are 64-bit keys built from small integers and string
// hashes, so the hot path neither concatenates strings nor uses string
// maps. The constants are the splitmix64 ones.

func mix(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// strHash is FNV-1a of s, finished with mix; stable across runs and
// platforms, unlike hash/maphash.
func strHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return mix(h)
}

func f1(t, a uint64) uint64       { return mix(t*0x9E3779B97F4A7C15 ^ a) }
func f2(t, a, b uint64) uint64    { return mix(f1(t, a) ^ b*0xC2B2AE3D27D4EB4F) }
func f3(t, a, b, c uint64) uint64 { return mix(f2(t, a, b) ^ c*0x165667B19E3779F9) }
func f4(t, a, b, c, d uint64) uint64 {
	return mix(f3(t, a, b, c) ^ d*0x27D4EB2F165667C5)
}

// suffix returns the last n runes of s (all of s when shorter).
func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return s[i:]
}

// prefix returns the first n runes of s.
func prefix(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	return s[:i]
}
