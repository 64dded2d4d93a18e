// Package figure finds the counts an article reports — people killed,
// injured, missing, arrested or displaced, and other quantities (missiles,
// sites, a border's length) — with who gives them.
//
// A figure is a cardinal number that says how many people or things there
// are, or how long a distance is: "killed two children", "at least 24,285
// Palestinians", "three women and four children were killed" (7, in two
// parts), "seven locations", "a roughly 900km long border", "dozens of
// people" (12, approximate, as ACLED codes "dozens"). Kind is what
// happened to those counted (killed, injured, missing, arrested,
// displaced, kidnapped) when a word says so, else the counted noun
// ("locations", "members" for "a 35-member delegation") or, for a length,
// the noun and its unit ("border km").
//
// Never a figure: ages ("a 7-year-old girl", "Thomas Sam, 42,"), years,
// dates and times, durations ("73 seconds", "a one-day exercise"),
// percentages and shares ("70 percent of them"), money, ordinals, "one of
// the …", identifiers ("Resolution 2334", "STS-135", "Vostok 1"), phone
// numbers, fractions, numbers that refer back to known things rather than
// count them ("the two countries", "both sides") and counts of abstractions
// ("two things"). A unit conversion in brackets ("1,000 kilometres (620
// miles)") is the same figure again and is not repeated.
//
// ClaimedBy is the speaker of the innermost quote (package quote) that
// contains the figure: "according to IRNA, …", "Pakistan said the strike
// killed two children", or a quotation.
package figure

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/internal/actor"
	"github.com/sitrep/sitrep/internal/article"
	"github.com/sitrep/sitrep/internal/quote"
)

// Part is one part of a figure that the text breaks down: "three women
// and four children" are parts 3 women and 4 children of 7.
type Part struct {
	Count int
	Who   string
}

// Figure is one count the article reports.
type Figure struct {
	Kind    string // killed, injured, missing, arrested, displaced, kidnapped, or what is counted
	Count   int
	AtLeast bool // "at least", "more than", "dozens"
	Approx  bool // "nearly", "about", "roughly", "dozens"
	AtMost  bool // "up to", "fewer than"
	Max     int  // the upper end of a range ("7 to 9" is Count 7, Max 9); 0 when no range
	Who     string
	Country string // ISO-3166 alpha-3 of those counted, "" when unknown
	// Breakdown lists the parts the text gives ("including three women and
	// four children"); their sum need not be Count.
	Breakdown []Part
	Place     *actor.Entry // where, when the gazetteer knows the place
	PlaceName string       // where, as written
	ClaimedBy *quote.Speaker
	Sentence  int // index into Article.Sentences
	Start     int // bytes: the number with its qualifier and counted words
	End       int
	Rule      string
}

// Extract returns the figures of a's kept sentences in text order, with
// their claimants from quote.Extract.
func Extract(a *article.Article, g *actor.Gazetteer, date string) []Figure {
	return ExtractWith(a, g, date, quote.Extract(a, g, date), nil)
}

// ExtractWith is Extract with the article's quotes already found and a
// lexicon of the caller's (nil: the embedded one).
func ExtractWith(a *article.Article, g *actor.Gazetteer, date string, quotes []quote.Quote, lx *Lexicon) []Figure {
	if a == nil {
		return nil
	}
	if lx == nil {
		var err error
		if lx, err = DefaultLexicon(); err != nil {
			panic("figure: embedded lexicon: " + err.Error())
		}
	}
	x := &extractor{a: a, lx: lx, g: g, date: date, quotes: quotes}
	for i := range a.Sentences {
		x.sentence(i)
	}
	return x.out
}

type extractor struct {
	a      *article.Article
	lx     *Lexicon
	g      *actor.Gazetteer
	date   string
	quotes []quote.Quote
	out    []Figure

	// per sentence
	st   *article.Sentence
	low  []string
	used []bool // tokens already part of a figure
}

// number is a number found at some tokens.
type number struct {
	first, last int // token range of the number words
	value       float64
	vague       bool
	words       bool // spelled out ("two"), not digits
}

var digitsRe = func(s string) bool {
	if s == "" {
		return false
	}
	dot, comma := false, false
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
		case r == ',' && i > 0 && i < len(s)-1:
			comma = true
		case r == '.' && i > 0 && i < len(s)-1 && !dot:
			dot = true
		default:
			return false
		}
	}
	if comma {
		// thousands separators: 24,285 / 1,000,000
		parts := strings.Split(strings.SplitN(s, ".", 2)[0], ",")
		if len(parts[0]) > 3 {
			return false
		}
		for _, p := range parts[1:] {
			if len(p) != 3 {
				return false
			}
		}
	}
	return true
}

func parseDigits(s string) (float64, bool) {
	if !digitsRe(s) {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	return v, err == nil
}

// parseNumber reads a number starting at token k.
func (x *extractor) parseNumber(k int) (number, bool) {
	toks, low := x.st.Tokens, x.low
	n := number{first: k, last: k}
	if k < 0 || k >= len(toks) {
		return n, false
	}
	if v, ok := parseDigits(toks[k].Form); ok {
		n.value = v
	} else if w, ok := x.lx.numbers[low[k]]; ok {
		n.words = true
		switch w.typ {
		case "unit":
			n.value = w.value
			// twenty-four, twenty four
			if w.value >= 20 && w.value < 100 {
				j := k + 1
				if j < len(low) && low[j] == "-" {
					j++
				}
				if j < len(low) {
					if u, ok := x.lx.numbers[low[j]]; ok && u.typ == "unit" && u.value < 10 && u.value > 0 {
						n.value += u.value
						n.last = j
					}
				}
			}
		case "vague":
			n.value, n.vague = w.value, true
			// tens of thousands, hundreds of thousands
		case "dozen":
			n.value = w.value
		default:
			return n, false // "hundred" alone
		}
	} else if (low[k] == "a" || low[k] == "an") && k+1 < len(low) {
		w, ok := x.lx.numbers[low[k+1]]
		if !ok || (w.typ != "mult" && w.typ != "dozen") || w.value < 12 {
			return n, false
		}
		n.value, n.last, n.words = w.value, k+1, true
	} else if low[k] == "tens" && k+2 < len(low) && low[k+1] == "of" {
		w, ok := x.lx.numbers[low[k+2]]
		if !ok || w.typ != "vague" {
			return n, false
		}
		n.value, n.last, n.vague, n.words = w.value*10, k+2, true, true
	} else {
		return n, false
	}
	// multipliers: 1.2 million, two billion, one hundred and twenty, two dozen
	for !n.vague && n.last+1 < len(low) {
		j := n.last + 1
		w, ok := x.lx.numbers[low[j]]
		if !ok || w.typ != "mult" && w.typ != "dozen" {
			break
		}
		n.value *= w.value
		n.last = j
		// "one hundred and twenty"
		if w.value == 100 && j+2 < len(low) && low[j+1] == "and" {
			if u, ok := x.lx.numbers[low[j+2]]; ok && u.typ == "unit" {
				n.value += u.value
				n.last = j + 2
			}
		}
	}
	// "hundreds of thousands of"
	if n.vague && n.last+2 < len(low) && low[n.last+1] == "of" {
		if w, ok := x.lx.numbers[low[n.last+2]]; ok && w.typ == "vague" && w.value > 1 {
			n.value *= w.value
			n.last += 2
		}
	}
	return n, true
}

func (x *extractor) sentence(si int) {
	a := x.a
	st := &a.Sentences[si]
	if len(st.Tokens) == 0 {
		return
	}
	x.st = st
	x.low = make([]string, len(st.Tokens))
	for i, t := range st.Tokens {
		x.low[i] = strings.ToLower(t.Form)
	}
	x.used = make([]bool, len(st.Tokens))
	for k := 0; k < len(st.Tokens); k++ {
		if x.used[k] {
			continue
		}
		n, ok := x.parseNumber(k)
		if !ok {
			continue
		}
		if f, ok := x.figureAt(n); ok {
			x.out = append(x.out, f)
		}
		k = max(k, n.last)
	}
}

// isCapWord reports a capitalised word.
func isCapWord(s string) bool {
	r := []rune(s)
	return len(r) > 0 && unicode.IsUpper(r[0])
}

func isWordTok(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func isQuoteMark(s string) bool {
	switch s {
	case "\"", "“", "”", "'", "‘", "’", "«", "»", "``", "''":
		return true
	}
	return false
}
