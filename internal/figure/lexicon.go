package figure

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
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
		sub, _ := fs.Sub(dataFS, "data")
		defaultLex = newLexicon()
		defaultLexErr = defaultLex.load(sub)
	})
	return defaultLex, defaultLexErr
}

// LoadLexicon returns the embedded lists extended by the files of dir.
func LoadLexicon(dir string) (*Lexicon, error) {
	sub, _ := fs.Sub(dataFS, "data")
	lx := newLexicon()
	if err := lx.load(sub); err != nil {
		return nil, err
	}
	if err := lx.load(os.DirFS(dir)); err != nil {
		return nil, err
	}
	return lx, nil
}

func newLexicon() *Lexicon {
	return &Lexicon{numbers: map[string]numWord{}, units: map[string]unit{}, notCounted: map[string]bool{}, currency: map[string]bool{}}
}

func (lx *Lexicon) load(fsys fs.FS) error {
	files := []struct {
		name string
		line func([]string) error
	}{
		{"numbers.tsv", func(f []string) error {
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
		{"qualifiers.tsv", func(f []string) error {
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
		{"events.tsv", func(f []string) error {
			if len(f) < 3 || f[2] != "before" && f[2] != "after" {
				return fmt.Errorf("want PHRASE KIND before|after")
			}
			lx.events = append(lx.events, eventPhrase{strings.Fields(strings.ToLower(f[0])), f[1], f[2] == "after"})
			return nil
		}},
		{"units.tsv", func(f []string) error {
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
		{"not_counted.txt", func(f []string) error { lx.notCounted[strings.ToLower(f[0])] = true; return nil }},
		{"currency.txt", func(f []string) error { lx.currency[f[0]] = true; return nil }},
	}
	for _, file := range files {
		data, err := fs.ReadFile(fsys, file.name)
		if err != nil {
			if os.IsNotExist(err) || strings.Contains(err.Error(), "not exist") {
				continue
			}
			return err
		}
		if err := eachLine(file.name, data, file.line); err != nil {
			return err
		}
	}
	return nil
}

func eachLine(name string, data []byte, fn func([]string) error) error {
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		var fields []string
		if filepath.Ext(name) == ".tsv" {
			for _, c := range strings.Split(line, "\t") {
				if c = strings.TrimSpace(c); c != "" {
					fields = append(fields, c)
				}
			}
		} else {
			fields = strings.Fields(line)
		}
		if err := fn(fields); err != nil {
			return fmt.Errorf("%s:%d: %v", name, n, err)
		}
	}
	return sc.Err()
}
