package quote

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/internal/lexfile"
)

// The word lists live in data/ so that users can extend them without
// touching code; Lexicon.Load reads a directory laid out the same way and
// adds its lines to the embedded ones.
//
//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// verbFlags say what a speech verb can do in a sentence.
type verbFlags uint16

const (
	vClause   verbFlags = 1 << iota // "X said (that) CLAUSE"
	vObj                            // "told reporters (that)": an addressee may come first
	vFragment                       // governs a quoted fragment: "called it an “act of war”"
	vFinal                          // "CLAUSE, X said."
	vPart                           // ", saying …" takes the sentence's speaker
	vEvent                          // a speech act with no content: "issued a statement"
)

var flagNames = map[string]verbFlags{
	"clause": vClause, "obj": vObj, "fragment": vFragment, "final": vFinal,
	"part": vPart, "event": vEvent, "-": 0,
}

// verbForm is one inflected form of a speech verb or one phrase.
type verbForm struct {
	lemma     string
	words     []string // lower-cased; one word for verbs
	flags     verbFlags
	ambiguous bool // also a noun: needs a VERB tag or a following "that"
	ing       bool // the -ing form (participle)
}

type roleWord struct {
	kind   string // person, org, doc, country, group
	gender byte   // 'M', 'F' or 0
}

// Lexicon holds the word lists the extractor uses.
type Lexicon struct {
	verbs     map[string][]verbForm // first word (lower-case) → forms starting with it
	roles     map[string]roleWord   // lower-case role word
	titles    map[string]byte       // title as written → gender (0 unknown)
	pronouns  map[string]roleWord   // lower-case pronoun → gender and kind
	platforms map[string]bool       // lower-case platform name
	mentions  [][]string            // lower-cased words before a name-mention
	orgWords  map[string]bool       // capitalised organisation words
	notNames  map[string]bool       // capitalised words that are no names
}

var (
	defaultLex     *Lexicon
	defaultLexErr  error
	defaultLexOnce sync.Once
)

// DefaultLexicon returns the embedded word lists.
func DefaultLexicon() (*Lexicon, error) {
	defaultLexOnce.Do(func() {
		defaultLex = newLexicon()
		defaultLexErr = lexfile.Layers(dataFS, "data", "", defaultLex.load)
	})
	return defaultLex, defaultLexErr
}

// LoadLexicon returns the embedded lists extended by the files of dir
// (same names and formats as internal/quote/data; missing files are fine).
func LoadLexicon(dir string) (*Lexicon, error) {
	lx := newLexicon()
	if err := lexfile.Layers(dataFS, "data", dir, lx.load); err != nil {
		return nil, err
	}
	return lx, nil
}

func newLexicon() *Lexicon {
	return &Lexicon{
		verbs: map[string][]verbForm{}, roles: map[string]roleWord{},
		titles: map[string]byte{}, pronouns: map[string]roleWord{},
		platforms: map[string]bool{}, orgWords: map[string]bool{}, notNames: map[string]bool{},
	}
}

func gender(s string) byte {
	switch s {
	case "M", "F":
		return s[0]
	}
	return 0
}

func (lx *Lexicon) load(fsys fs.FS) error {
	files := []lexfile.File{
		{Name: "speech_verbs.tsv", Line: lx.verbLine},
		{Name: "speech_phrases.tsv", Line: lx.phraseLine},
		{Name: "roles.tsv", Line: func(f []string) error {
			if len(f) < 2 {
				return fmt.Errorf("want WORD KIND [GENDER]")
			}
			rw := roleWord{kind: f[1]}
			if len(f) > 2 {
				rw.gender = gender(f[2])
			}
			lx.roles[strings.ToLower(f[0])] = rw
			return nil
		}},
		{Name: "titles.tsv", Line: func(f []string) error {
			g := byte(0)
			if len(f) > 1 {
				g = gender(f[1])
			}
			lx.titles[f[0]] = g
			return nil
		}},
		{Name: "pronouns.tsv", Line: func(f []string) error {
			if len(f) < 3 {
				return fmt.Errorf("want PRONOUN GENDER KIND")
			}
			lx.pronouns[strings.ToLower(f[0])] = roleWord{kind: f[2], gender: gender(f[1])}
			return nil
		}},
		{Name: "platforms.txt", Line: func(f []string) error {
			lx.platforms[strings.ToLower(strings.Join(f, " "))] = true
			return nil
		}},
		{Name: "mention_words.txt", Line: func(f []string) error {
			lx.mentions = append(lx.mentions, lowerAll(f))
			return nil
		}},
		{Name: "org_words.txt", Line: func(f []string) error { lx.orgWords[f[0]] = true; return nil }},
		{Name: "not_names.txt", Line: func(f []string) error { lx.notNames[f[0]] = true; return nil }},
	}
	return lexfile.Load(fsys, files)
}

func parseFlags(s string) (verbFlags, error) {
	var f verbFlags
	for _, w := range strings.Split(s, ",") {
		v, ok := flagNames[strings.TrimSpace(w)]
		if !ok {
			return 0, fmt.Errorf("unknown flag %q", w)
		}
		f |= v
	}
	return f, nil
}

func (lx *Lexicon) verbLine(f []string) error {
	if len(f) < 2 {
		return fmt.Errorf("want LEMMA<TAB>FORMS<TAB>FLAGS")
	}
	flags := vClause | vFragment
	if len(f) > 2 {
		var err error
		if flags, err = parseFlags(f[2]); err != nil {
			return err
		}
	}
	for _, form := range strings.Fields(f[1]) {
		vf := verbForm{lemma: f[0], flags: flags}
		if strings.HasSuffix(form, "?") {
			vf.ambiguous = true
			form = strings.TrimSuffix(form, "?")
		}
		form = strings.ToLower(form)
		vf.words = []string{form}
		vf.ing = strings.HasSuffix(form, "ing")
		lx.verbs[form] = append(lx.verbs[form], vf)
	}
	return nil
}

func (lx *Lexicon) phraseLine(f []string) error {
	if len(f) < 1 {
		return fmt.Errorf("want PHRASE<TAB>FLAGS")
	}
	flags := vClause | vFragment
	if len(f) > 1 {
		var err error
		if flags, err = parseFlags(f[1]); err != nil {
			return err
		}
	}
	words := lowerAll(strings.Fields(f[0]))
	vf := verbForm{lemma: strings.Join(words, " "), words: words, flags: flags}
	vf.ing = strings.HasSuffix(words[0], "ing")
	lx.verbs[words[0]] = append(lx.verbs[words[0]], vf)
	return nil
}

func lowerAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(w)
	}
	return out
}
