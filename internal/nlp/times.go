package nlp

import (
	"strings"

	"github.com/sitrep/sitrep/internal/article"
)

// Wire copy puts the time between a subject and its verb: "Albania on
// Friday denounced…", "Pakistan today rejected…". Web text, and so the
// treebanks the parser learned from, hardly ever does, and the parser
// then reads "Albania on Friday" as one noun phrase and loses the verb.
// (Training on treebank copies with such times, `train --news-times`,
// helps newswire but costs web text; see docs/models.md.) So the
// sentence is parsed without the time phrase, which changes nothing else
// in its structure, and the phrase is hung back on the verb as UD does:
// "today" obl:unmarked, "on Friday" obl with its case.

var weekdayNames = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// weekdays holds weekdayNames in lower case.
var weekdays = func() map[string]bool {
	m := map[string]bool{}
	for _, d := range weekdayNames {
		m[strings.ToLower(d)] = true
	}
	return m
}()

var timeWords = map[string]bool{"today": true, "yesterday": true, "tonight": true}

var dayParts = map[string]bool{"night": true, "morning": true, "evening": true, "afternoon": true}

// preverbalTime finds a time phrase right after a word that can end a
// subject and right before a lower-case word (the verb, or its
// auxiliary): tokens a..b, or -1, -1.
func preverbalTime(toks []article.Token) (int, int) {
	for a := 1; a < len(toks)-1; a++ {
		b := timeAt(toks, a)
		if b < 0 || b+1 >= len(toks) {
			continue
		}
		prev, next := toks[a-1].Form, toks[b+1].Form
		if !wordLike(prev) || strings.ToLower(prev) == prev && len(prev) < 3 || !lowerWord(next) {
			continue
		}
		return a, b
	}
	return -1, -1
}

// timeAt returns the last token of a time phrase starting at i, or -1:
// "today", "on Friday", "on Friday night", "Friday", "last week".
func timeAt(toks []article.Token, i int) int {
	w := strings.ToLower(toks[i].Form)
	day := func(j int) int {
		if j >= len(toks) || !weekdays[strings.ToLower(toks[j].Form)] || !capitalised(toks[j].Form) {
			return -1
		}
		if j+1 < len(toks) && dayParts[strings.ToLower(toks[j+1].Form)] {
			return j + 1
		}
		return j
	}
	switch {
	case timeWords[w]:
		return i
	case w == "on":
		return day(i + 1)
	case weekdays[w]:
		return day(i)
	case w == "last" || w == "this":
		if i+1 < len(toks) {
			switch strings.ToLower(toks[i+1].Form) {
			case "week", "month", "year", "weekend":
				return i + 1
			}
		}
	}
	return -1
}

func capitalised(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

func wordLike(s string) bool {
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return true
		}
	}
	return false
}

func lowerWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// annotateAround parses toks without the time phrase a..b and puts the
// phrase back on the verb that follows it. It reports false, leaving
// toks alone, when what follows is not read as a verb or auxiliary.
func (m *Model) annotateAround(toks []article.Token, a, b int) bool {
	n := b - a + 1
	rest, keep := without(toks, a, n)
	m.annotate(rest)
	next := rest[a]
	verb := a // 0-based index in rest
	switch {
	case next.UPOS == "VERB":
	case next.UPOS == "AUX" && next.Head > 0 && rest[next.Head-1].UPOS == "VERB":
		verb = next.Head - 1
	default:
		return false
	}
	copyBack(toks, rest, keep)
	hangTime(toks, a, b, keep[verb]+1)
	return true
}

// hangTime gives the time phrase a..b the analysis the treebanks give its
// few and fixed words and hangs it on the verb vh (1-based). Its head is
// its last word ("today", "Friday", "night", "week").
func hangTime(toks []article.Token, a, b, vh int) {
	for k := a; k <= b; k++ {
		w := strings.ToLower(toks[k].Form)
		tk := &toks[k]
		tk.Head, tk.Feats = b+1, "_"
		switch {
		case w == "on":
			tk.Lemma, tk.UPOS, tk.XPOS, tk.Rel = "on", "ADP", "IN", "case"
		case w == "last":
			tk.Lemma, tk.UPOS, tk.XPOS, tk.Rel = "last", "ADJ", "JJ", "amod"
		case w == "this":
			tk.Lemma, tk.UPOS, tk.XPOS, tk.Rel = "this", "DET", "DT", "det"
		case weekdays[w]:
			tk.Lemma, tk.UPOS, tk.XPOS, tk.Rel, tk.Feats = tk.Form, "PROPN", "NNP", "compound", "Number=Sing"
		default: // today, yesterday, tonight, night, week, …
			tk.Lemma, tk.UPOS, tk.XPOS, tk.Rel, tk.Feats = w, "NOUN", "NN", "compound", "Number=Sing"
		}
	}
	toks[b].Head, toks[b].Rel = vh, "obl:unmarked"
	if strings.ToLower(toks[a].Form) == "on" {
		toks[b].Rel = "obl"
	}
}

// without is a copy of the sentence less its n tokens at a, with the
// index in the whole sentence of each token kept.
func without(toks []article.Token, a, n int) ([]article.Token, []int) {
	return keepOnly(toks, func(i int) bool { return i < a || i >= a+n })
}

// keepOnly is a copy of the sentence with only the tokens keep accepts,
// and the index in the whole sentence of each.
func keepOnly(toks []article.Token, keep func(i int) bool) ([]article.Token, []int) {
	rest := make([]article.Token, 0, len(toks))
	idx := make([]int, 0, len(toks))
	for i := range toks {
		if keep(i) {
			rest = append(rest, toks[i])
			idx = append(idx, i)
		}
	}
	return rest, idx
}

// copyBack copies the analysis of rest, a part of the sentence whose
// tokens are at indices idx of the whole, onto those tokens, heads
// renumbered.
func copyBack(toks, rest []article.Token, idx []int) {
	for i, t := range rest {
		k := idx[i]
		if t.Head > 0 {
			t.Head = idx[t.Head-1] + 1
		}
		toks[k].Lemma, toks[k].UPOS, toks[k].XPOS, toks[k].Feats = t.Lemma, t.UPOS, t.XPOS, t.Feats
		toks[k].Head, toks[k].Rel = t.Head, t.Rel
	}
}

// "contribute up to 4,000 troops", "Up to 100 ethnic Albanians
// demonstrated": the parser, which saw "up to" before a number a handful
// of times in training and as often after a phrasal verb ("add up to"),
// reads the troops as the goal of "contribute up" and loses the object.
// Such a sentence is parsed without "up to", which then modifies the
// amount as the treebanks have it: "up" advmod of the counted noun (or of
// the number standing alone), "to" fixed on "up".

// upToNumber returns the index of "up" in "up to" followed by a number,
// or -1.
func upToNumber(toks []article.Token) int {
	for i := 0; i+2 < len(toks); i++ {
		if strings.EqualFold(toks[i].Form, "up") && strings.EqualFold(toks[i+1].Form, "to") && isNumber(toks[i+2].Form) {
			return i
		}
	}
	return -1
}

// isNumber reports whether a word is a cardinal in digits ("4,000",
// "1.5") or a number word.
func isNumber(w string) bool {
	digit := false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r == ',' || r == '.':
		default:
			return numberWords[strings.ToLower(w)]
		}
	}
	return digit
}

var numberWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "dozens": true, "hundreds": true, "thousands": true,
	"twenty": true, "thirty": true, "forty": true, "fifty": true, "hundred": true, "thousand": true}

// annotateUpTo annotates toks without "up to" at i (the rest as Annotate
// does) and hangs the two words on the amount.
func (m *Model) annotateUpTo(toks []article.Token, i int) {
	rest, keep := without(toks, i, 2)
	m.Annotate(rest)
	copyBack(toks, rest, keep)
	num := i + 2
	h := num + 1 // 1-based head: the number itself
	if toks[num].Rel == "nummod" && toks[num].Head > 0 {
		h = toks[num].Head
	}
	up, to := &toks[i], &toks[i+1]
	up.Lemma, up.UPOS, up.XPOS, up.Feats, up.Head, up.Rel = "up", "ADP", "IN", "ExtPos=ADV", h, "advmod"
	to.Lemma, to.UPOS, to.XPOS, to.Feats, to.Head, to.Rel = "to", "ADP", "IN", "_", i+1, "fixed"
}

// Wire copy also puts a bare time after the verb or its object, before
// the rest of the clause: "issued a stern reminder Saturday to Iraq",
// "lifted Friday a day-old blockade", "agreed to share information Friday
// on missing people". The parser, which saw such a time mostly at the
// end of a clause, reads it as a noun the next phrase hangs on ("to
// Iraq" a modifier of "Saturday") and loses the phrase. Such a sentence
// too is parsed without the time, which is hung back on the verb that
// governs the word before it.

// notBeforeTime are words after which a weekday or "today" is no bare
// time phrase: it is a noun ("the Friday opening", "until today") or part
// of a longer phrase ("late Sunday", "on Friday").
var notBeforeTime = map[string]bool{"the": true, "a": true, "an": true, "on": true, "last": true, "next": true,
	"this": true, "that": true, "every": true, "each": true, "by": true, "until": true, "till": true,
	"since": true, "of": true, "from": true, "before": true, "after": true, "late": true, "early": true,
	"through": true, "to": true, "and": true, "or": true, "for": true, "'s": true, "’s": true}

// postverbalTime finds a bare time phrase ("Saturday", "Friday night",
// "today", "yesterday") after a word that is not part of a noun or
// prepositional phrase with it and before the clause goes on: tokens
// a..b, or -1, -1.
func postverbalTime(toks []article.Token) (int, int) {
	for a := 1; a < len(toks)-1; a++ {
		w := strings.ToLower(toks[a].Form)
		if !timeWords[w] && !weekdays[w] {
			continue
		}
		b := timeAt(toks, a)
		if b < 0 || b+1 >= len(toks) {
			continue
		}
		prev, next := toks[a-1].Form, toks[b+1].Form
		if !wordLike(prev) || notBeforeTime[strings.ToLower(prev)] || !wordLike(next) || next == "'s" || next == "’s" {
			continue
		}
		return a, b
	}
	return -1, -1
}

// annotateAfter parses toks without the time phrase a..b (the rest as
// Annotate does) and hangs the phrase on the verb that governs the word
// before it. It reports false, leaving toks alone, when no verb does.
func (m *Model) annotateAfter(toks []article.Token, a, b int) bool {
	n := b - a + 1
	rest, keep := without(toks, a, n)
	m.Annotate(rest)
	v := a - 1 // 0-based index in rest, the same in toks
	for steps := 0; rest[v].UPOS != "VERB"; steps++ {
		if rest[v].Head == 0 || steps > len(rest) {
			return false
		}
		v = rest[v].Head - 1
	}
	if v >= a {
		// the governing verb comes after the phrase: the phrase is no
		// time of a clause already under way
		return false
	}
	copyBack(toks, rest, keep)
	hangTime(toks, a, b, v+1)
	return true
}
