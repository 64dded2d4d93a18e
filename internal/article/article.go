// Package article holds the plain data that flows between sitrep's stages:
// an article as read, what cleaning removed, and its sentences and tokens.
//
// Every offset in this package is a byte offset into Article.Original, the
// text exactly as read (for HTML, the extracted main text; for JSON Lines,
// the article body). Stages never rewrite Original: cleaning records the
// spans it drops, so any offset can be shown against the text a person
// would find in the source file.
package article

import "unicode/utf8"

// Article is one news article and everything the annotate stages add to it.
type Article struct {
	ID              string   // stable content hash (hex), the identity used for de-duplication
	SourcePath      string   // input path as given, plus "#N" for the Nth line of a JSONL file
	URL             string   // canonical address when known
	Title           string   // headline
	Outlet          string   // publisher, e.g. "Dawn"
	Published       string   // YYYY-MM-DD, or "" when unknown
	PublishedSource string   // "metadata", "text" or "inferred"; "" when Published is ""
	Bylines         []string // authors and agencies
	Language        string   // ISO 639-1 when known

	Original string // text as read; all offsets point here

	// Kept are the spans of Original that are article text, in order and
	// non-overlapping; Removed are the spans cleaning dropped, with reasons.
	Kept    []Span
	Removed []Removed

	Sentences []Sentence
}

// Span is a half-open byte range [Start, End) of Article.Original.
type Span struct {
	Start, End int
}

// Removed is a span that cleaning dropped and why.
type Removed struct {
	Span
	Reason string // e.g. "sidebar", "widget", "caption", "dateline", "duplicate"
}

// Sentence is one sentence of the article text.
type Sentence struct {
	Index   int  // position among the article's sentences, from 0
	Start   int  // byte offset into Original
	End     int  // byte offset into Original (exclusive)
	Heading bool // a headline or bullet line rather than running text
	Tokens  []Token
}

// Token is one word or punctuation mark, in Universal Dependencies
// tokenisation ("Iran's" is "Iran" + "'s", "don't" is "do" + "n't").
// The parser fills the analysis fields; Head is 1-based within the
// sentence, 0 for the root.
type Token struct {
	Form  string // surface form as it appears in Original[Start:End]
	Start int
	End   int

	Lemma string
	UPOS  string
	XPOS  string
	Feats string
	Head  int
	Rel   string
}

// Text returns the span's text in a.
func (a *Article) Text(s Span) string { return a.Original[s.Start:s.End] }

// SentenceText returns the text of sentence s.
func (a *Article) SentenceText(s *Sentence) string { return a.Original[s.Start:s.End] }

// CleanText is the article text with every removed span left out: kept
// spans joined by blank lines.
func (a *Article) CleanText() string {
	var n int
	for _, k := range a.Kept {
		n += k.End - k.Start + 2
	}
	buf := make([]byte, 0, n)
	for i, k := range a.Kept {
		if i > 0 {
			buf = append(buf, '\n', '\n')
		}
		buf = append(buf, a.Original[k.Start:k.End]...)
	}
	return string(buf)
}

// CharOffsets converts byte offsets into Original to character (Unicode
// code point) offsets, the unit of the JSON contract. It is built once per
// article and answers in O(log n).
type CharOffsets struct {
	// multi holds the byte offsets of every multi-byte rune; the char
	// offset of byte b is b minus the extra bytes of the runes before it.
	multi []int
	extra []int // cumulative extra bytes after multi[i]
}

// NewCharOffsets indexes text.
func NewCharOffsets(text string) *CharOffsets {
	c := &CharOffsets{}
	total := 0
	for i := 0; i < len(text); {
		_, n := utf8.DecodeRuneInString(text[i:])
		if n > 1 {
			total += n - 1
			c.multi = append(c.multi, i)
			c.extra = append(c.extra, total)
		}
		i += n
	}
	return c
}

// Char returns the character offset of byte offset b.
func (c *CharOffsets) Char(b int) int {
	// number of multi-byte runes starting before b
	lo, hi := 0, len(c.multi)
	for lo < hi {
		m := (lo + hi) / 2
		if c.multi[m] < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return b
	}
	return b - c.extra[lo-1]
}
