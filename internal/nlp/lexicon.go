package nlp

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strings"
	"sync"
)

// The word-class lexicon says which open classes an English word can
// belong to at all: "ally" is a noun or a verb, never an adverb, whatever
// its "-ly" suggests; "abandon" is a verb or a noun, not a preposition.
// The tagger's scores decide among the classes the lexicon allows; the
// lexicon only overrules a tag it rules out, for words the treebanks
// seldom or never show. It is drawn from WordNet 3.0's index and
// exception files (see data/wordnet.tsv.gz's header and NOTICE;
// data/gen_wordnet.go makes the file).

// Word-class bits.
const (
	lexNoun uint8 = 1 << iota
	lexVerb
	lexAdj
	lexAdv
)

type lexicon struct {
	words map[string]uint8 // lemma or irregular form → classes
}

//go:embed data/wordnet.tsv.gz
var embeddedLexicon []byte

func loadLexicon(r io.Reader) (*lexicon, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("nlp: lexicon: %w", err)
	}
	lx := &lexicon{words: make(map[string]uint8, 90000)}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		w, cls, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("nlp: lexicon: bad line %q", line)
		}
		var b uint8
		for _, c := range cls {
			switch c {
			case 'n':
				b |= lexNoun
			case 'v':
				b |= lexVerb
			case 'a':
				b |= lexAdj
			case 'r':
				b |= lexAdv
			}
		}
		lx.words[strings.TrimPrefix(w, "=")] |= b
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("nlp: lexicon: %w", err)
	}
	return lx, nil
}

var (
	lexOnce sync.Once
	lexDef  *lexicon
)

// defaultLexicon is the embedded lexicon, read on first use.
func defaultLexicon() *lexicon {
	lexOnce.Do(func() {
		lx, err := loadLexicon(bytes.NewReader(embeddedLexicon))
		if err != nil {
			panic(err) // the embedded file is part of the build
		}
		lexDef = lx
	})
	return lexDef
}

// classes returns the word classes of a lower-case word form: its own
// entry and those of the lemmas a regular inflection leads back to. 0
// means the lexicon does not know the word.
func (lx *lexicon) classes(w string) uint8 {
	b := lx.words[w]
	has := func(stem string, want uint8) bool { return stem != "" && lx.words[stem]&want != 0 }
	cut := func(suf string) string {
		if s, ok := strings.CutSuffix(w, suf); ok && len(s) >= 2 {
			return s
		}
		return ""
	}
	undouble := func(s string) string {
		if n := len(s); n >= 3 && s[n-1] == s[n-2] {
			return s[:n-1]
		}
		return ""
	}
	// plural nouns and third-person verbs
	for _, st := range []string{cut("s"), cut("es"), y(cut("ies"))} {
		if strings.HasSuffix(w, "ss") {
			break
		}
		if has(st, lexNoun) {
			b |= lexNoun
		}
		if has(st, lexVerb) {
			b |= lexVerb
		}
	}
	// past forms and participles: verbs, and adjectives in use
	for _, st := range []string{cut("ed"), cut("d"), y(cut("ied")), undouble(cut("ed"))} {
		if has(st, lexVerb) {
			b |= lexVerb | lexAdj
		}
	}
	// -ing forms: verbs, nouns and adjectives in use
	for _, st := range []string{cut("ing"), e(cut("ing")), undouble(cut("ing"))} {
		if has(st, lexVerb) {
			b |= lexVerb | lexNoun | lexAdj
		}
	}
	// comparatives and superlatives
	for _, st := range []string{cut("er"), cut("est"), e(cut("er")), e(cut("est")), y(cut("ier")), y(cut("iest")), undouble(cut("er")), undouble(cut("est"))} {
		if has(st, lexAdj|lexAdv) {
			b |= lx.words[st] & (lexAdj | lexAdv)
		}
	}
	return b
}

func y(s string) string {
	if s == "" {
		return ""
	}
	return s + "y"
}

func e(s string) string {
	if s == "" {
		return ""
	}
	return s + "e"
}

// allowedBy reports whether UPOS u is possible for a word of classes b.
// Proper nouns, numbers and symbols are not the lexicon's business.
func allowedBy(u string, b uint8) bool {
	switch u {
	case "NOUN":
		return b&lexNoun != 0
	case "VERB":
		return b&lexVerb != 0
	case "ADJ":
		return b&lexAdj != 0
	case "ADV":
		return b&lexAdv != 0
	}
	return false
}
