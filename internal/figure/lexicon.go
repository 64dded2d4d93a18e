package figure

import (
	"embed"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/internal/lexfile"
)

// The word lists live in data/ so that users can extend them; LoadLexicon
// adds the files of a directory laid out the same way to the embedded
// ones.
//
//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

type numWord struct {
	value float64
	typ   string // unit, mult, vague, dozen
}

type qualFlags uint8

const (
	qAtLeast qualFlags = 1 << iota
	qApprox
	qAtMost
)

type eventPhrase struct {
	words []string
	kind  string
	after bool
}

type unit struct {
	typ  string // time, share, money, measure
	norm string
}

// Lexicon holds the figure extractor's word lists.
type Lexicon struct {
	numbers    map[string]numWord
	qualifiers [][]string
	qualFlags  []qualFlags
	events     []eventPhrase
	units      map[string]unit
	notCounted map[string]bool
	currency   map[string]bool
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

// LoadLexicon returns the embedded lists extended by the files of dir.
func LoadLexicon(dir string) (*Lexicon, error) {
	lx := newLexicon()
	if err := lexfile.Layers(dataFS, "data", dir, lx.load); err != nil {
		return nil, err
	}
	return lx, nil
}

func newLexicon() *Lexicon {
	return &Lexicon{numbers: map[string]numWord{}, units: map[string]unit{}, notCounted: map[string]bool{}, currency: map[string]bool{}}
}

func (lx *Lexicon) load(fsys fs.FS) error {
	files := []lexfile.File{
		{Name: "numbers.tsv", Line: func(f []string) error {
			if len(f) < 3 {
				return fmt.Errorf("want WORD VALUE TYPE")
			}
			v, err := strconv.ParseFloat(f[1], 64)
			if err != nil {
				return err
			}
			lx.numbers[strings.ToLower(f[0])] = numWord{v, f[2]}
			return nil
		}},
		{Name: "qualifiers.tsv", Line: func(f []string) error {
			if len(f) < 2 {
				return fmt.Errorf("want PHRASE FLAGS")
			}
			var q qualFlags
			for _, w := range strings.Split(f[1], ",") {
				switch strings.TrimSpace(w) {
				case "atleast":
					q |= qAtLeast
				case "approx":
					q |= qApprox
				case "atmost":
					q |= qAtMost
				default:
					return fmt.Errorf("unknown flag %q", w)
				}
			}
			lx.qualifiers = append(lx.qualifiers, strings.Fields(strings.ToLower(f[0])))
			lx.qualFlags = append(lx.qualFlags, q)
			return nil
		}},
		{Name: "events.tsv", Line: func(f []string) error {
			if len(f) < 3 || f[2] != "before" && f[2] != "after" {
				return fmt.Errorf("want PHRASE KIND before|after")
			}
			lx.events = append(lx.events, eventPhrase{strings.Fields(strings.ToLower(f[0])), f[1], f[2] == "after"})
			return nil
		}},
		{Name: "units.tsv", Line: func(f []string) error {
			if len(f) < 2 {
				return fmt.Errorf("want WORD TYPE [NORMAL]")
			}
			u := unit{typ: f[1]}
			if len(f) > 2 {
				u.norm = f[2]
			}
			lx.units[f[0]] = u
			if _, ok := lx.units[strings.ToLower(f[0])]; !ok {
				lx.units[strings.ToLower(f[0])] = u
			}
			return nil
		}},
		{Name: "not_counted.txt", Line: func(f []string) error { lx.notCounted[strings.ToLower(f[0])] = true; return nil }},
		{Name: "currency.txt", Line: func(f []string) error { lx.currency[f[0]] = true; return nil }},
	}
	return lexfile.Load(fsys, files)
}
