package segment

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/article"
)

// Tokenize splits text[start:end] into tokens whose offsets point into
// text. Out-of-range bounds are clamped. It does not know where sentences
// end, so a final abbreviation keeps its period ("the U.S."); Sentences
// splits that period off when the abbreviation ends a sentence, as the
// treebanks do.
//
// Conventions follow the English Web Treebank and GUM:
//   - clitics split: Iran's → Iran 's, don't → do n't, can't → ca n't,
//     they're → they 're (either apostrophe); cannot → can not,
//     gonna → gon na; a plural possessive's apostrophe stands alone
//   - hyphenated compounds split (high - level, Amir - Abdollahian) unless
//     the first part is a bound prefix (anti-Iranian, e-mail, co-founder)
//     or the parts are digit groups (713-853-3989)
//   - numbers stay whole (24,285 3.5 5:30 9/11) but a unit letter after a
//     number splits (1.2m → 1.2 m, 900km → 900 km; 1990s and 18th stay)
//   - abbreviations keep their period (U.S., Mr., a.m.)
//   - each punctuation mark or symbol is a token ($ 5, 70 %), except runs:
//     ... -- !! ?! *** and the like are one token
//   - URLs, e-mail addresses, @handles and #hashtags are one token
//   - a bullet (•) is a punctuation token of its own
func Tokenize(text string, start, end int) []article.Token {
	buf := getSpans()
	defer putSpans(buf)
	start, end = clampSpan(len(text), start, end)
	spans := tokenSpans(buf, text, start, end)
	toks := make([]article.Token, len(spans))
	for i, sp := range spans {
		toks[i] = article.Token{Form: text[sp.start:sp.end], Start: sp.start, End: sp.end}
	}
	return toks
}

// span is a token's byte range while the tokenizer and splitter work on
// it: 16 bytes rather than a Token's 136, in a buffer reused across calls,
// so the only allocations left are the tokens handed to the caller.
type span struct{ start, end int }

var spanPool = sync.Pool{New: func() any { b := make([]span, 0, 1024); return &b }}

func getSpans() *[]span { return spanPool.Get().(*[]span) }

func putSpans(b *[]span) {
	if cap(*b) <= 1<<20 { // do not pin the buffer of a giant input
		spanPool.Put(b)
	}
}

// tokenSpans appends the tokens of text[start:end] (already clamped) to
// (*buf)[:0] and returns them.
func tokenSpans(buf *[]span, text string, start, end int) []span {
	t := tokenizer{s: text[:end], toks: (*buf)[:0]}
	for i := start; i < end; {
		if c := t.s[i]; c == ' ' || c == '\n' {
			i++
			continue
		}
		r, n := runeAt(t.s, i)
		if isSpace(r) {
			i += n
			continue
		}
		i = t.token(i, r, n)
	}
	*buf = t.toks
	return t.toks
}

func clampSpan(n, start, end int) (int, int) {
	end = min(max(end, 0), n)
	if start < 0 {
		start = 0
	}
	if start > end {
		start = end
	}
	return start, end
}

// tokenizer appends the token spans of s to toks. s ends at the span's
// end, so no lookahead can cross it.
type tokenizer struct {
	s    string
	toks []span
}

func (t *tokenizer) emit(start, end int) {
	if start < end {
		t.toks = append(t.toks, span{start, end})
	}
}

// token scans the token or tokens that begin with rune r (n bytes) at i and
// returns the offset after them.
func (t *tokenizer) token(i int, r rune, n int) int {
	s := t.s
	if isWordRune(r) {
		if (r == 'h' || r == 'H' || r == 'w' || r == 'W' || r == 'f' || r == 'F') && hasURLPrefix(s[i:]) {
			return t.url(i)
		}
		return t.word(i)
	}
	switch r {
	case '.', '!', '?', '…', '‼', '⁇', '⁈', '⁉':
		// A run of final marks is one token: ... ?! !!! …
		j := i + n
		for j < len(s) {
			r2, n2 := runeAt(s, j)
			if !isSentenceFinal(r2) {
				break
			}
			j += n2
		}
		t.emit(i, j)
		return j
	case '@', '#':
		// @handle, #hashtag: the name is letters, digits and underscores.
		// "#1" is a sign and a number.
		j := i + 1
		if r == '#' && (j == len(s) || !isLetter(runeAfter(s, j))) {
			break
		}
		if r == '@' {
			if e := emailEnd(s, i); e > 0 {
				t.emit(i, e) // "@paulhastings.com", an address without its name
				return e
			}
		}
		for j < len(s) {
			r2, n2 := runeAt(s, j)
			if !isWordRune(r2) && r2 != '_' {
				break
			}
			j += n2
		}
		if j > i+1 {
			t.emit(i, j)
			return j
		}
	case '\'', '’':
		// A clitic after a token that took the period ('s in U.S.'s).
		if i > 0 && !isSpace(runeBeforeRune(s, i)) {
			if c := cliticAt(s, i); c > 0 {
				t.emit(i, i+c)
				return i + c
			}
		}
	case ':', ';', '=':
		if j := emoticonEnd(s, i); j > 0 {
			t.emit(i, j)
			return j
		}
	}
	// Runs of one repeated mark are one token: -- --- *** === >> '' ``.
	j := i + n
	if isRunMark(r) {
		for j < len(s) {
			r2, n2 := runeAt(s, j)
			if r2 != r {
				break
			}
			j += n2
		}
	}
	t.emit(i, j)
	return j
}

func runeAfter(s string, i int) rune {
	r, _ := runeAt(s, i)
	return r
}

func runeBeforeRune(s string, i int) rune {
	r, _ := runeBefore(s, i)
	return r
}

// isRunMark reports whether repeats of r form one token.
func isRunMark(r rune) bool {
	switch r {
	case '-', '—', '–', '*', '=', '_', '~', '<', '>', '+', '^', '#', '\'', '`', '/', '\\', '|', '$':
		return true
	}
	return false
}

// emoticonEnd returns the end of a :) ;-) =( style emoticon at i that stands
// alone, or 0.
func emoticonEnd(s string, i int) int {
	j := i + 1
	if j < len(s) && s[j] == '-' {
		j++
	}
	if j >= len(s) {
		return 0
	}
	switch s[j] {
	case ')', '(', 'D', 'P', 'p':
	default:
		return 0
	}
	j++
	if j < len(s) {
		if r, _ := runeAt(s, j); !isSpace(r) && !isSentenceFinal(r) && r != ',' {
			return 0
		}
	}
	return j
}

func hasURLPrefix(s string) bool {
	if len(s) < 5 || (s[1]|0x20 != 't' && s[1]|0x20 != 'w') {
		return false // most words: "he", "was", "from"
	}
	for _, p := range [...]string{"http://", "https://", "www.", "ftp://"} {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// url emits the URL starting at i: everything up to the next space, less
// trailing punctuation that belongs to the sentence.
func (t *tokenizer) url(i int) int {
	s := t.s
	j := i
	for j < len(s) {
		r, n := runeAt(s, j)
		if isSpace(r) || r == '"' || r == '<' || r == '>' || r == '“' || r == '”' {
			break
		}
		j += n
	}
	// Trailing punctuation belongs to the sentence, except a closing
	// parenthesis the URL itself opened (Wikipedia addresses).
	opens, closes := strings.Count(s[i:j], "("), strings.Count(s[i:j], ")")
	for j > i {
		r, n := runeBefore(s, j)
		if r == ')' {
			if closes <= opens {
				break
			}
			closes--
		} else if !strings.ContainsRune(".,;:!?'’]}", r) {
			break
		}
		j -= n
	}
	t.emit(i, j)
	return j
}

// word scans a run of word characters starting at i, with the joiners that
// can stand inside a word, and emits it as one or more tokens.
func (t *tokenizer) word(i int) int {
	s := t.s
	piece := i       // start of the part not yet emitted
	segment := i     // start of the current period- or hyphen-separated part
	apostrophe := -1 // where an inner apostrophe was last taken in
	j := i
scan:
	for j < len(s) {
		// Fast path: a run of ASCII letters and digits.
		for j < len(s) && s[j] < utf8.RuneSelf && asciiClass[s[j]]&(clsUpper|clsLower|clsDigit) != 0 {
			j++
		}
		if j == len(s) {
			break
		}
		r, n := runeAt(s, j)
		if isWordRune(r) {
			j += n
			continue
		}
		if r == '-' && (j+1 == len(s) || isSpace(runeAfter(s, j+1))) && hangingHyphen(s[piece:j], s[j+1:]) {
			j++
			break
		}
		if j+n >= len(s) {
			break // a joiner needs a word character after it
		}
		next, _ := runeAt(s, j+n)
		prev, _ := runeBefore(s, j)
		switch r {
		case '.':
			if !isWordRune(next) || !dotInsideWord(s[segment:j], prev, next) {
				break scan
			}
			j += n
			segment = j
		case ',':
			// Thousands separators: 24,285 but not "3,four".
			if !isDigit(prev) || !isDigit(next) {
				break scan
			}
			j += n
		case ':', '/':
			// Times, ratios, dates: 5:30 9/11 11/28/2000.
			if !isDigit(prev) || !isDigit(next) {
				break scan
			}
			j += n
		case '&':
			// AT&T, PG&E, Q&A: short letter groups only.
			if !isLetter(prev) || !isLetter(next) || j-segment > 3 {
				break scan
			}
			j += n
		case '_':
			if !isWordRune(next) {
				break scan
			}
			j += n
		case '\'', '’':
			// Kept inside for now (O'Brien, d’affaires); clitics are split
			// off when the piece is emitted.
			if !isLetter(prev) || !isLetter(next) {
				break scan
			}
			apostrophe = j
			j += n
		case '@':
			if piece == i {
				if e := emailEnd(s, j); e > 0 {
					t.emit(i, e)
					return e
				}
			}
			break scan
		case '-', '\u2010', '\u2011':
			if !isWordRune(next) {
				break scan
			}
			if !keepHyphen(s[piece:j], s[j+n:]) {
				t.emitWord(piece, j, apostrophe >= piece)
				t.emit(j, j+n)
				piece = j + n
			}
			j += n
			segment = j
		default:
			break scan
		}
	}
	// Take the period if the last part is an abbreviation: "Mr.", "U.S.",
	// "No. 10". A period that starts an ellipsis ("etc...") stays off,
	// but one followed by a lone full stop ("Inc..") is taken.
	if j < len(s) && s[j] == '.' && !strings.HasPrefix(s[j+1:], "..") {
		switch classifyAbbrev(s[piece:j]) {
		case notAbbrev:
		case abbrevNumber:
			if nextNonSpaceIsDigit(s, j+1) {
				j++
			}
		default:
			j++
		}
	}
	t.emitWord(piece, j, apostrophe >= piece)
	return j
}

// dotInsideWord decides whether a period between word characters is part
// of the word (U.S, e.g, 3.5, ahram.org) or a missing space after a full
// stop ("said.The").
func dotInsideWord(before string, prev, next rune) bool {
	if isDigit(prev) && isDigit(next) {
		return true
	}
	if !isUpper(next) || len(before) < 3 {
		return true
	}
	// "said.The", "2024.The": a word of three or more characters with a
	// lowercase letter or a digit, then a capital. All-capital groups
	// (NATO.INT) stay joined.
	for k := 0; k < len(before); k++ {
		if c := before[k]; c < 0x80 && asciiClass[c]&(clsLower|clsDigit) != 0 {
			return false
		}
	}
	return true
}

// hangingHyphen reports whether a hyphen followed by a space stays on the
// word before it, as EWT and GUM keep it: a suspended compound ("pre- and
// post-war", "two- or three-year") or a word cut off in speech ("th-").
// Otherwise the hyphen is a dash written short ("reviews- the best").
func hangingHyphen(word, after string) bool {
	if word == "" || !isLetter(runeBeforeRune(word, len(word))) {
		return false
	}
	if len(word) <= 3 || isBoundPrefix(word) {
		return true
	}
	after = strings.TrimLeft(after, " ")
	for _, conj := range [...]string{"and ", "or ", "to "} {
		if strings.HasPrefix(after, conj) {
			return true
		}
	}
	return false
}

// boundPrefixes are the prefixes after which EWT and GUM keep a hyphenated
// word whole (anti-Iranian, co-founder, e-mail); other compounds split at
// the hyphen (high - level, al - Adl, Amir - Abdollahian).
var boundPrefixes = map[string]bool{
	"e": true, "non": true, "re": true, "anti": true, "mid": true, "co": true,
	"pro": true, "pre": true, "post": true, "cross": true, "over": true,
	"counter": true, "multi": true, "ex": true, "semi": true, "sub": true,
	"mini": true, "neo": true, "socio": true, "psycho": true, "un": true,
	"inter": true, "intra": true, "ultra": true, "extra": true, "mis": true,
	"bi": true, "tri": true, "micro": true, "macro": true, "pseudo": true,
	"trans": true, "hyper": true, "de": true,
}

// keepHyphen decides whether the hyphen after before (the word so far,
// since the last split) joins it to after (the text following the hyphen).
func keepHyphen(before, after string) bool {
	if isBoundPrefix(before) {
		return true
	}
	// Digit groups such as telephone numbers and extensions (713-853-3989,
	// 3-5213) stay whole; short ranges (3-4) and years (2012-13) split, as
	// in EWT.
	lastGroup := before
	if k := strings.LastIndexAny(before, "-\u2010\u2011"); k >= 0 {
		lastGroup = before[k+1:]
	}
	nextGroup := 0
	for nextGroup < len(after) && after[nextGroup] >= '0' && after[nextGroup] <= '9' {
		nextGroup++
	}
	if nextGroup == 0 || !allDigits(lastGroup) {
		return false
	}
	if len(lastGroup) != len(before) {
		return true // already inside a phone number
	}
	if len(before) == 4 && nextGroup <= 4 && (before[0] == '1' || before[0] == '2') {
		return false // a span of years
	}
	return nextGroup >= 4 || (len(before) >= 3 && nextGroup >= 3)
}

// isBoundPrefix reports whether word, in any case, is a bound prefix.
func isBoundPrefix(word string) bool {
	n := len(word)
	if n > 7 {
		return false
	}
	var buf [7]byte
	for k := 0; k < n; k++ {
		c := word[k]
		if c >= 0x80 {
			return false
		}
		buf[k] = c | 0x20 // lower-cases letters, the only thing a prefix holds
	}
	return boundPrefixes[string(buf[:n])]
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for k := 0; k < len(s); k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return true
}

func nextNonSpaceIsDigit(s string, i int) bool {
	for i < len(s) {
		r, n := runeAt(s, i)
		if !isSpace(r) {
			return isDigit(r)
		}
		i += n
	}
	return false
}

// emailEnd returns the end of an e-mail address whose @ is at s[at], or 0.
// The domain needs a period and ends before trailing punctuation.
func emailEnd(s string, at int) int {
	j := at + 1
	for j < len(s) {
		r, n := runeAt(s, j)
		if !isWordRune(r) && r != '_' && r != '.' && r != '-' {
			break
		}
		j += n
	}
	for j > at+1 && (s[j-1] == '.' || s[j-1] == '-') {
		j--
	}
	if dot := strings.LastIndexByte(s[at:j], '.'); dot <= 1 {
		return 0 // no domain, or a domain starting with a period
	}
	return j
}

// emitWord emits s[start:end], a word without joiners at its edges, split
// into UD words: clitics (Iran's → Iran 's), fused forms (cannot → can not)
// and a unit after a number (1.2m → 1.2 m). Only a word that took in an
// apostrophe can hold a clitic.
func (t *tokenizer) emitWord(start, end int, hasApostrophe bool) {
	if start >= end {
		return
	}
	if hasApostrophe {
		if k := cliticStart(t.s[start:end]); k > 0 {
			t.emitHost(start, start+k)
			t.emit(start+k, end)
			return
		}
	}
	t.emitHost(start, end)
}

// emitHost emits s[start:end], a word with no clitic, split where a fused
// form or a number with its unit is two words.
func (t *tokenizer) emitHost(start, end int) {
	if start >= end {
		return
	}
	w := t.s[start:end]
	switch len(w) {
	case 5, 6:
		if k := fusedSplit(w); k > 0 {
			t.emit(start, start+k)
			t.emit(start+k, end)
			return
		}
	}
	if k := unitStart(w); k > 0 {
		t.emit(start, start+k)
		t.emit(start+k, end)
		return
	}
	t.emit(start, end)
}

// cliticStart returns where a clitic suffix of w begins, or 0: n't, 's,
// 'm, 'd, 're, 've, 'll, with either apostrophe.
func cliticStart(w string) int {
	// n't / n’t
	for _, apo := range [...]string{"'", "’"} {
		suffix := len(apo) + 2
		if len(w) > suffix && (w[len(w)-1] == 't' || w[len(w)-1] == 'T') &&
			w[len(w)-suffix+1:len(w)-1] == apo &&
			(w[len(w)-suffix] == 'n' || w[len(w)-suffix] == 'N') {
			return len(w) - suffix
		}
	}
	k := strings.LastIndexAny(w, "'’")
	if k <= 0 {
		return 0
	}
	_, an := runeAt(w, k)
	switch strings.ToLower(w[k+an:]) {
	case "s", "m", "d", "re", "ve", "ll":
		return k
	}
	return 0
}

// cliticAt returns the length of a clitic ('s, 're, ...) standing at s[i]
// with no word after it, or 0.
func cliticAt(s string, i int) int {
	_, an := runeAt(s, i)
	j := i + an
	for j < len(s) && j-i-an < 3 && s[j] < 0x80 && asciiClass[s[j]]&(clsLower|clsUpper) != 0 {
		j++
	}
	if j < len(s) {
		if r, _ := runeAt(s, j); isWordRune(r) {
			return 0
		}
	}
	switch strings.ToLower(s[i+an : j]) {
	case "s", "m", "d", "re", "ve", "ll":
		return j - i
	}
	return 0
}

// fusedSplit returns where a fused form splits in two, as EWT and GUM
// split it (cannot → can not, gonna → gon na), or 0.
func fusedSplit(w string) int {
	switch w[0] | 0x20 {
	case 'c', 'g', 'w', 'o':
	default:
		return 0
	}
	var buf [6]byte
	for k := 0; k < len(w); k++ {
		buf[k] = w[k] | 0x20
	}
	switch string(buf[:len(w)]) {
	case "cannot":
		return 3
	case "gonna", "wanna", "gotta", "outta":
		return 3
	}
	return 0
}

// unitStart returns where a unit or multiplier written straight after a
// number begins (1.2m, 900km, 5pm, $5bn), or 0. Ordinals, decades and
// single letters that name versions or grades (18th, 1990s, 4a) stay.
func unitStart(w string) int {
	if w[0] < '0' || w[0] > '9' {
		return 0
	}
	k := 0
	for k < len(w) && (w[k] >= '0' && w[k] <= '9' || w[k] == '.' || w[k] == ',' || w[k] == ':') {
		k++
	}
	if k == len(w) || w[k-1] < '0' || w[k-1] > '9' {
		return 0
	}
	for m := k; m < len(w); m++ {
		if w[m] >= 0x80 || asciiClass[w[m]]&(clsLower|clsUpper) == 0 {
			return 0
		}
	}
	switch unit := strings.ToLower(w[k:]); {
	case unit == "s" || unit == "st" || unit == "nd" || unit == "rd" || unit == "th":
		return 0
	case len(unit) == 1 && unit != "m" && unit != "k" && unit != "b" && unit != "x":
		return 0
	}
	return k
}
