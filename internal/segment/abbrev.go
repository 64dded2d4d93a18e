package segment

import (
	_ "embed"
	"strings"
)

// abbrevKind says how an abbreviation's period behaves.
type abbrevKind uint8

const (
	notAbbrev abbrevKind = iota
	// abbrevTitle precedes a name (Mr., Gen., vs., e.g.): within a line it
	// never ends a sentence.
	abbrevTitle
	// abbrevNumber is an abbreviation only before a number (No. 10).
	abbrevNumber
	// abbrevPlain usually sits mid-sentence (U.S., Inc., Jan., a.m.) but may
	// end one; a boundary follows only before a typical sentence opener.
	abbrevPlain
	// abbrevInitial is a single capital letter (George W. Bush).
	abbrevInitial
)

//go:embed abbreviations.txt
var abbreviationList string

// abbreviations maps a word (without its period) to its kind.
var abbreviations = func() map[string]abbrevKind {
	kinds := map[string]abbrevKind{"title": abbrevTitle, "number": abbrevNumber, "plain": abbrevPlain}
	m := make(map[string]abbrevKind, 200)
	for _, line := range strings.Split(abbreviationList, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		word, kind, ok := strings.Cut(line, " ")
		k, known := kinds[strings.TrimSpace(kind)]
		if !ok || !known {
			panic("segment: bad line in abbreviations.txt: " + line)
		}
		m[word] = k
	}
	return m
}()

// classifyAbbrev returns the kind of word (the text before a period), or
// notAbbrev. It never sees the period itself.
func classifyAbbrev(word string) abbrevKind {
	if word == "" {
		return notAbbrev
	}
	if k, ok := abbreviations[word]; ok {
		return k
	}
	if len(word) == 1 && isUpper(rune(word[0])) {
		return abbrevInitial
	}
	if r, n := runeAt(word, 0); n == len(word) && isUpper(r) {
		return abbrevInitial // a non-ASCII capital initial (Ö.)
	}
	if isDottedAbbrev(word) {
		if word == "e.g" || word == "i.e" || word == "E.g" || word == "I.e" {
			return abbrevTitle
		}
		return abbrevPlain
	}
	return notAbbrev
}

// isDottedAbbrev reports whether word is letters in groups of at most two
// separated by single periods, with at least one period: U.S, e.g, a.m,
// Ph.D, U.S.A. Longer groups (ahram.org) are names, not abbreviations.
func isDottedAbbrev(word string) bool {
	group, dots := 0, 0
	for i := 0; i < len(word); {
		r, n := runeAt(word, i)
		i += n
		switch {
		case r == '.':
			if group == 0 {
				return false
			}
			group = 0
			dots++
		case isLetter(r):
			group++
			if group > 2 {
				return false
			}
		default:
			return false
		}
	}
	return dots > 0 && group > 0
}

// sentenceOpeners are capitalised words that usually begin a sentence and
// rarely follow an abbreviation inside one ("in the U.S. The army" ends a
// sentence; "U.S. Army" does not).
var sentenceOpeners = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`
		A An The This That These Those There Here It Its He She His Her Him
		They Their Them We Our You Your I My Me
		But And Or So Yet Nor For Then Thus Also Still However Meanwhile
		Moreover Furthermore Instead Nevertheless Nonetheless Later Earlier
		In On At By With From To Of As After Before Since Until During
		Under Over Despite Although Though While When Where If Once Because
		Unless Whether What Who Whom Whose Which Why How
		Some Many Most Several Few All Both Each Every Another Other Others
		No None Not Neither Either One Two Three Such
		Is Are Was Were Has Have Had Do Does Did Will Would Can Could
		Should May Might Must Let`) {
		m[w] = true
	}
	return m
}()
