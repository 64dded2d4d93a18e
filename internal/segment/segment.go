// Package segment splits news text into sentences and tokens, with byte
// offsets into the text exactly as read.
//
// Sentence boundaries come from three sources, strongest first:
//
//  1. Layout. A kept-span edge and a blank line always end a sentence. A
//     single line break ends one unless the text plainly runs on: the next
//     line starts in lower case, the line ends in a comma, hyphen or a word
//     such as "of" or "the", or the paragraph is hard-wrapped prose (three
//     or more lines of similar width). So headlines, datelines, captions
//     and bullet lines, which carry no final punctuation, stand alone.
//  2. Final punctuation: . ! ? … and runs of them, with any quotation marks
//     and closing brackets that follow, when the next word starts a
//     sentence (a capital, a digit, or an opening quote before one).
//  3. Abbreviations: a period that belongs to an abbreviation (Mr., U.S.,
//     Jan., J.) ends a sentence only when the next word is one that
//     typically opens a sentence (The, He, But, ...); titles such as Mr.
//     and Gen. never do within a line.
//
// A bullet at the start of a line (•, ▪, ●, ..., or -, *, +, –, — followed
// by a space) opens a sentence of its own and is kept as a punctuation
// token, so that every character of the text belongs to a token; it is
// never part of a word. Sentences that are whole lines without final
// punctuation, and bullet items, are marked as headings.
//
// Tokens follow the Universal Dependencies English treebanks (EWT, GUM), so
// that a parser trained on them reads familiar input; Tokenize lists the
// conventions. As in EWT, an abbreviation that ends a sentence gives its
// period to the sentence: "to the U.S." ends with the tokens U.S and ".".
package segment

import (
	"slices"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/article"
)

// Split fills a.Sentences from the kept spans a.Kept of a.Original (if
// a.Kept is empty, the whole Original is one kept span). A kept span
// boundary is always a sentence boundary. Sentence.Index counts from 0
// across the article. Tokens get Form/Start/End only.
func Split(a *article.Article) {
	if len(a.Kept) == 0 {
		a.Sentences = Sentences(a.Original, 0, len(a.Original))
		return
	}
	a.Sentences = nil // never write into a slice the caller may still hold
	for _, sp := range a.Kept {
		for _, s := range Sentences(a.Original, sp.Start, sp.End) {
			s.Index = len(a.Sentences)
			a.Sentences = append(a.Sentences, s)
		}
	}
}

// Sentences splits text[start:end] of text into sentences (offsets into
// text), with tokens. Out-of-range bounds are clamped.
func Sentences(text string, start, end int) []article.Sentence {
	buf := getSpans()
	defer putSpans(buf)
	start, end = clampSpan(len(text), start, end)
	toks := tokenSpans(buf, text, start, end)
	if len(toks) == 0 {
		return nil
	}
	sp := splitter{text: text, toks: toks, breaks: make([]uint8, len(toks)), paraFirst: -1}
	for k := 0; k+1 < len(toks); k++ {
		if gap := text[toks[k].end:toks[k+1].start]; len(gap) > 1 || (len(gap) == 1 && gap[0] != ' ') {
			sp.breaks[k] = uint8(min(lineBreaks(gap), 2))
		}
	}
	sp.breaks[len(toks)-1] = 2 // the span's end
	sents := sp.sentences()
	*buf = sp.toks[:0] // keep the buffer if detaching periods grew it
	return sents
}

// splitter holds one span's tokens while sentence boundaries are found.
type splitter struct {
	text string
	toks []span
	// breaks[k] is the number of line breaks between token k and the next,
	// capped at 2 (a blank line); the last token counts as followed by 2.
	breaks []uint8

	// Cache of the last paragraph examined for hard wrapping.
	paraFirst, paraLast int
	paraWrapped         bool
}

func (sp *splitter) sentences() []article.Sentence {
	toks := sp.toks
	// ends holds the last token index of each sentence.
	ends := make([]int, 0, len(toks)/16+1)
	first := 0
	for k := range toks {
		if k == len(toks)-1 || sp.endsAfter(first, k) {
			ends = append(ends, k)
			first = k + 1
		}
	}

	// A dateline that opens a line ("KYIV, Ukraine (AP) —",
	// "ISLAMABAD:") is a sentence of its own, a heading: run into the
	// lead sentence, the parser reads the city as its second subject.
	var datelines map[int]bool
	first = 0
	for n := 0; n < len(ends); n++ {
		e := ends[n]
		if first == 0 || sp.breaks[first-1] > 0 {
			if d := sp.datelineEnd(first, e); d >= 0 {
				ends = slices.Insert(ends, n, d)
				if datelines == nil {
					datelines = map[int]bool{}
				}
				datelines[d] = true
				n++
			}
		}
		first = e + 1
	}

	// A sentence-final abbreviation gives up its period, which becomes the
	// sentence's final punctuation ("in the U.S." → U.S + .), as in EWT.
	var detach []int
	first = 0
	for _, e := range ends {
		if t := sp.terminalBefore(first, e, true); t >= 0 && isAbbrevWithPeriod(sp.form(t)) {
			detach = append(detach, t)
		}
		first = e + 1
	}
	headings := make([]bool, len(ends))
	first = 0
	for n, e := range ends {
		headings[n] = datelines[e] || sp.isHeading(first, e)
		first = e + 1
	}
	if len(detach) > 0 {
		sp.toks, ends = detachPeriods(sp.toks, ends, detach)
		toks = sp.toks
	}

	// Each sentence gets its own exactly sized token slice: small
	// allocations are cheaper than one large one, and a parser appending to
	// one sentence cannot overwrite the next.
	sents := make([]article.Sentence, len(ends))
	first = 0
	for n, e := range ends {
		tokens := make([]article.Token, e+1-first)
		for i := range tokens {
			tk := toks[first+i]
			tokens[i].Form, tokens[i].Start, tokens[i].End = sp.text[tk.start:tk.end], tk.start, tk.end
		}
		sents[n] = article.Sentence{
			Index:   n,
			Start:   toks[first].start,
			End:     toks[e].end,
			Heading: headings[n],
			Tokens:  tokens,
		}
		first = e + 1
	}
	return sents
}

// datelineEnd returns the token that closes a dateline at the start of
// tokens first..last: a place in capitals, perhaps more names, commas and
// an agency in brackets, then a dash or colon ("WASHINGTON (Reuters) -",
// "KYIV, Ukraine (AP) —", "LYON:"), followed by a sentence of at least
// three tokens that opens with a capital or a digit. -1 when there is none.
func (sp *splitter) datelineEnd(first, last int) int {
	if !allCaps(sp.form(first)) {
		return -1
	}
	for k := first + 1; k <= last && k-first <= 10; k++ {
		f := sp.form(k)
		switch f {
		case "—", "–", "-", "--", ":":
			if last-k < 3 || !sp.followedOnLine(k) || !sp.startsUpperOrDigit(k+1) {
				return -1
			}
			return k
		case ",", "(", ")", ".":
			continue
		}
		if !sp.startsUpper(k) {
			return -1
		}
	}
	return -1
}

// allCaps reports whether w has two letters or more and all its letters
// are capitals.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case isLower(r):
			return false
		case isLetter(r):
			n++
		}
	}
	return n >= 2
}

// detachPeriods splits the final period off each token listed in detach
// (ascending), in place, and shifts the sentence ends to match.
func detachPeriods(toks []span, ends, detach []int) ([]span, []int) {
	n := len(toks)
	for range detach {
		toks = append(toks, span{})
	}
	// Move tokens back to front, each by the number of splits before it.
	d := len(detach) - 1
	for k := n - 1; k >= 0 && d >= 0; k-- {
		shift := d + 1
		if detach[d] == k {
			tok := toks[k]
			toks[k+shift] = span{tok.end - 1, tok.end}
			toks[k+shift-1] = span{tok.start, tok.end - 1}
			d--
			continue
		}
		toks[k+shift] = toks[k]
	}
	d = 0
	for e := range ends {
		for d < len(detach) && detach[d] <= ends[e] {
			d++
		}
		ends[e] += d
	}
	return toks, ends
}

// form returns the text of token k.
func (sp *splitter) form(k int) string { return sp.text[sp.toks[k].start:sp.toks[k].end] }

// endsAfter reports whether the sentence that began at token first ends
// after token k (k is not the span's last token).
func (sp *splitter) endsAfter(first, k int) bool {
	switch sp.breaks[k] {
	case 2:
		return true
	case 1:
		return sp.lineBreakEnds(first, k)
	}
	return sp.inlineEnds(first, k)
}

// inlineEnds decides a boundary between tokens k and k+1 on one line.
func (sp *splitter) inlineEnds(first, k int) bool {
	tok := sp.form(k)
	c := tok[0]
	// Fast exit: only final marks, abbreviations, quotes and brackets can
	// close a sentence.
	if c < utf8.RuneSelf && c != '.' && c != '!' && c != '?' && c != '"' && c != '\'' && c != ')' && c != ']' && c != '}' && tok[len(tok)-1] != '.' {
		return false
	}
	t := sp.terminalBefore(first, k, false)
	if t < 0 {
		return false
	}
	next := k + 1
	if sp.isCloser(next, false) || sp.isCitation(next) {
		return false // the boundary comes after the closing marks
	}
	attached := sp.toks[k].end == sp.toks[next].start
	term := sp.form(t)
	if isAbbrevWithPeriod(term) {
		if attached {
			return false
		}
		kind := classifyAbbrev(term[:len(term)-1])
		switch kind {
		case abbrevPlain, abbrevInitial:
			if t < k { // closed a quotation: "... in the U.S." He
				return sp.startsUpper(next)
			}
			w := sp.openingWord(next)
			if kind == abbrevInitial && (w == "A" || w == "I") {
				return false // A. A. Milne, J. I. Packer
			}
			return sentenceOpeners[w]
		}
		return false
	}
	if attached {
		// "said.The": the tokenizer split a full stop missing its space.
		r, _ := utf8.DecodeRuneInString(sp.form(next))
		return t == k && term == "." && isUpper(r)
	}
	if term == "." && t > first && allDigits(sp.form(t-1)) && (t-1 == 0 || sp.breaks[t-2] > 0) {
		return false // a numbered list item: "1. First point"
	}
	if isEllipsis(term) {
		return sp.startsUpper(next)
	}
	return sp.startsSentence(next)
}

// lineBreakEnds decides a boundary at a single line break after token k.
func (sp *splitter) lineBreakEnds(first, k int) bool {
	next := k + 1
	if sp.isBullet(next) {
		return true
	}
	nextLower := sp.startsLower(next)
	if t := sp.terminalBefore(first, k, true); t >= 0 {
		term := sp.form(t)
		if !isAbbrevWithPeriod(term) {
			return !nextLower
		}
		switch classifyAbbrev(term[:len(term)-1]) {
		case abbrevTitle, abbrevNumber:
			return false
		}
		if sp.inlineEnds(first, k) {
			return true
		}
		// Otherwise judge the line by its layout, as if it had no period.
	}
	if nextLower || sp.continuesLine(k) {
		return false
	}
	return !sp.hardWrapped(k)
}

// continuesLine reports whether a line ending in token k plainly runs on
// to the next: it ends in a joining mark or a function word.
func (sp *splitter) continuesLine(k int) bool {
	tok := sp.form(k)
	switch tok {
	case ",", ";", ":", "–", "—", "(", "[", "&", "/", "“", "‘":
		return true
	}
	if tok[len(tok)-1] == '-' {
		return true // "-", "--", or a word hyphenated across the break
	}
	return continuationWords[tok]
}

// continuationWords cannot end a sentence, so a line ending in one breaks
// mid-sentence.
var continuationWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range []string{
		"a", "an", "the", "of", "to", "in", "on", "at", "for", "from", "by",
		"with", "and", "or", "but", "nor", "as", "than", "that", "which",
		"who", "whose", "whom", "is", "are", "was", "were", "be", "been",
		"has", "have", "had", "will", "would", "can", "could", "should",
		"may", "might", "must", "its", "his", "her", "their", "our", "my",
		"your", "this", "these", "those", "into", "onto", "about", "after",
		"before", "between", "against", "during", "under", "over", "said",
		"says", "told", "if", "when", "while", "because", "not",
	} {
		m[w] = true
	}
	return m
}()

// maxClosers bounds the quotation marks, brackets and reference marks
// looked through between a sentence's final mark and its end.
const maxClosers = 6

// terminalBefore walks back from token k over closing quotes and brackets
// (not before token first) and returns the index of the final mark or
// abbreviation they follow, or -1. Within a line, a quotation mark counts
// as closing only when it is attached to the text before it or stands
// free before a space; at a line's end every quotation mark closes.
func (sp *splitter) terminalBefore(first, k int, lineEnd bool) int {
	t := k
	// Real text closes a sentence with a mark or two; the bound keeps a
	// run of thousands of brackets from making the splitter quadratic.
	for steps := 0; t > first && steps < maxClosers; steps++ {
		if c := sp.citationBefore(t); c > 0 && t-c >= first {
			t -= c
			continue
		}
		if !sp.isCloser(t, lineEnd && t == k) {
			break
		}
		t--
	}
	form := sp.form(t)
	r, _ := utf8.DecodeLastRuneInString(form)
	if !isSentenceFinal(r) {
		return -1
	}
	return t
}

// citationBefore returns 3 if tokens t-2..t are a reference mark such as
// "[12]", which belongs to the sentence before it, and 0 otherwise.
func (sp *splitter) citationBefore(t int) int {
	if t < 2 || sp.form(t) != "]" || sp.form(t-2) != "[" || !allDigits(sp.form(t-1)) {
		return 0
	}
	return 3
}

// isCitation reports whether tokens k..k+2 are a reference mark "[12]".
func (sp *splitter) isCitation(k int) bool {
	return k+2 < len(sp.toks) && sp.citationBefore(k+2) == 3
}

// isCloser reports whether token t closes a quotation or bracket.
func (sp *splitter) isCloser(t int, atLineEnd bool) bool {
	form := sp.form(t)
	r, n := utf8.DecodeRuneInString(form)
	if n != len(form) {
		return form == "''" || form == "’’"
	}
	if isCloseBracket(r) {
		return true
	}
	if !isQuote(r) {
		return false
	}
	if atLineEnd || t == len(sp.toks)-1 {
		return true
	}
	attachedBefore := t > 0 && sp.toks[t-1].end == sp.toks[t].start
	spaceAfter := sp.toks[t].end != sp.toks[t+1].start
	return attachedBefore || spaceAfter
}

// isAbbrevWithPeriod reports whether form is a word that took a period
// (U.S., Mr.), rather than punctuation.
func isAbbrevWithPeriod(form string) bool {
	if len(form) < 2 || form[len(form)-1] != '.' {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(form[:len(form)-1])
	return isWordRune(r)
}

func isEllipsis(form string) bool {
	return form == "..." || form == "…" || (len(form) > 3 && form[0] == '.' && form[1] == '.')
}

// startsSentence reports whether token k can open a sentence: a capital
// or uncased letter, a digit, a currency sign, or an opening quote or
// bracket before one of those.
func (sp *splitter) startsSentence(k int) bool {
	r, _ := utf8.DecodeRuneInString(sp.form(k))
	switch {
	case isLetter(r):
		return !isLower(r)
	case isDigit(r):
		return true
	case r == '$' || r == '£' || r == '€' || r == '¥' || r == '₹':
		return true
	case isQuote(r) || isOpenBracket(r) || isBulletRune(r):
		return sp.followedOnLine(k) && sp.startsUpperOrDigit(k+1) && !sp.isCitation(k)
	}
	return false
}

func (sp *splitter) startsUpperOrDigit(k int) bool {
	r, _ := utf8.DecodeRuneInString(sp.form(k))
	return isDigit(r) || (isLetter(r) && !isLower(r))
}

// followedOnLine reports whether another token follows token k on its
// line; a quotation mark with nothing after it on the line opens nothing.
func (sp *splitter) followedOnLine(k int) bool { return sp.breaks[k] == 0 }

// startsUpper reports whether token k, or the word after an opening mark at
// k, starts with a capital.
func (sp *splitter) startsUpper(k int) bool {
	r, _ := utf8.DecodeRuneInString(sp.form(k))
	if (isQuote(r) || isOpenBracket(r)) && sp.followedOnLine(k) {
		r, _ = utf8.DecodeRuneInString(sp.form(k + 1))
	}
	return isLetter(r) && !isLower(r)
}

func (sp *splitter) startsLower(k int) bool {
	r, _ := utf8.DecodeRuneInString(sp.form(k))
	if (isQuote(r) || isOpenBracket(r)) && sp.followedOnLine(k) {
		r, _ = utf8.DecodeRuneInString(sp.form(k + 1))
	}
	return isLower(r)
}

// openingWord returns token k, or the token after an opening quote at k,
// for the sentence-opener test.
func (sp *splitter) openingWord(k int) string {
	form := sp.form(k)
	r, _ := utf8.DecodeRuneInString(form)
	if (isQuote(r) || isOpenBracket(r)) && sp.followedOnLine(k) {
		return sp.form(k + 1)
	}
	return form
}

// isBullet reports whether token k is a list bullet: it opens a line and
// is a bullet sign, or a dash, asterisk or plus followed by a space.
func (sp *splitter) isBullet(k int) bool {
	if k > 0 && sp.breaks[k-1] == 0 {
		return false
	}
	form := sp.form(k)
	r, n := utf8.DecodeRuneInString(form)
	if n != len(form) {
		return false
	}
	if isBulletRune(r) {
		return true
	}
	return isDashBullet(r) && k+1 < len(sp.toks) && sp.toks[k].end < sp.toks[k+1].start && sp.breaks[k] == 0
}

// isHeading reports whether tokens first..last form a bullet item, or a
// whole line without final punctuation.
func (sp *splitter) isHeading(first, last int) bool {
	if sp.isBullet(first) {
		return true
	}
	if first > 0 && sp.breaks[first-1] == 0 {
		return false
	}
	if sp.breaks[last] == 0 {
		return false
	}
	return sp.terminalBefore(first, last, true) < 0
}

// hardWrapped reports whether the paragraph holding token k is prose
// broken into lines of similar width (as in plain-text e-mail and wire
// copy), in which case its single line breaks are not boundaries. It needs
// three or more lines no wider than 120 characters, every line but the
// last at least 60% of the widest, and at least one break before a
// lower-case word, which headline lists and captions lack.
func (sp *splitter) hardWrapped(k int) bool {
	if k >= sp.paraFirst && k <= sp.paraLast {
		return sp.paraWrapped
	}
	first := k
	for first > 0 && sp.breaks[first-1] < 2 {
		first--
	}
	last := k
	for sp.breaks[last] < 2 {
		last++
	}
	sp.paraFirst, sp.paraLast, sp.paraWrapped = first, last, false

	var widths []int
	lowerBreak := false
	lineFirst := first
	for j := first; j <= last; j++ {
		if sp.breaks[j] == 0 {
			continue
		}
		widths = append(widths, utf8.RuneCountInString(sp.text[sp.toks[lineFirst].start:sp.toks[j].end]))
		if j < last && sp.startsLower(j+1) {
			lowerBreak = true
		}
		lineFirst = j + 1
		if len(widths) > 1000 {
			break // enough evidence; bounds the work on pathological input
		}
	}
	if len(widths) < 3 || !lowerBreak {
		return false
	}
	widest := 0
	for _, w := range widths {
		widest = max(widest, w)
	}
	if widest > 120 || widest < 30 {
		return false
	}
	for _, w := range widths[:len(widths)-1] {
		if w*10 < widest*6 {
			return false
		}
	}
	sp.paraWrapped = true
	return true
}
