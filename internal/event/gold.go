package event

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/sitrep/sitrep/internal/cameo"
)

// GoldEvent is one hand-coded event of sitrep's event gold
// (testdata/gold/events/README.md describes the format).
type GoldEvent struct {
	Doc       string   `json:"doc"`
	Published string   `json:"published"`
	Snippet   string   `json:"snippet"`
	Source    string   `json:"source"`
	Target    string   `json:"target"`
	Code      string   `json:"code"`
	Alt       []string `json:"alt"`
	AltSource []string `json:"alt_source"`
	AltTarget []string `json:"alt_target"`
	Modality  string   `json:"modality"`
	ClaimedBy string   `json:"claimed_by"`
	Date      string   `json:"date"`
	Location  string   `json:"location"`
	Optional  bool     `json:"optional"`
	Note      string   `json:"note"`
	Line      int      `json:"-"`
}

// ReadGold parses a gold file.
func ReadGold(name string, data []byte) ([]GoldEvent, error) {
	var out []GoldEvent
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		var g GoldEvent
		if err := json.Unmarshal(line, &g); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n, err)
		}
		if g.Doc == "" || g.Snippet == "" || g.Code == "" {
			return nil, fmt.Errorf("%s:%d: doc, snippet and code are required", name, n)
		}
		for _, c := range append([]string{g.Code}, g.Alt...) {
			if !cameo.Valid(c) {
				return nil, fmt.Errorf("%s:%d: %q is not a CAMEO code", name, n, c)
			}
		}
		g.Line = n
		out = append(out, g)
	}
	return out, sc.Err()
}

var spaceRun = regexp.MustCompile(`\s+`)

// NormText makes snippet matching robust to typographic quotes and
// spacing.
func NormText(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "\u00a0", " ").Replace(s)
	return spaceRun.ReplaceAllString(s, " ")
}

// SuiteCode writes an actor as PETRARCH's suites do: an agent of no known
// country is "---" plus its sector, no actor at all "---".
func SuiteCode(a *Actor) string {
	if a == nil || a.Code == "" {
		return "---"
	}
	if a.Country == "" && a.Kind == "agent" {
		return "---" + a.Code
	}
	return a.Code
}

func first(s string, n int) string {
	if len(s) < n {
		return s
	}
	return s[:n]
}

// Coded is an event with the text of its sentence, for scoring.
type Coded struct {
	Event    Event
	Sentence string // normalised (NormText)
}

// Match is the outcome of scoring one document.
type Match struct {
	TP, Found, Expected int
	Pairs               [][2]int // gold index, coded index of each matched required event
	Missed              []int    // gold indexes of required events not found
	Extra               []int    // coded indexes matching no gold event
}

// Score matches a document's coded events against its gold events: same
// sentence (the snippet is in it), same source and target countries (or
// listed alternatives) and the same CAMEO root (rootOnly) or code (else,
// listed alternatives allowed). Required gold events are matched first;
// coded events that match an optional one count neither way.
func Score(gold []GoldEvent, coded []Coded, rootOnly bool) Match {
	used := make([]bool, len(coded))
	optionalHit := make([]bool, len(coded))
	var m Match
	matched := make([]int, len(gold))
	for i := range matched {
		matched[i] = -1
	}
	for pass := 0; pass < 2; pass++ {
		for gi, g := range gold {
			if g.Optional != (pass == 1) {
				continue
			}
			snip := NormText(g.Snippet)
			for ci, c := range coded {
				if used[ci] || !strings.Contains(c.Sentence, snip) {
					continue
				}
				e := c.Event
				if countryIn(e.Source, g.Source, g.AltSource) && countryIn(e.Target, g.Target, g.AltTarget) && codeIn(e.CAMEO, g, rootOnly) {
					used[ci] = true
					optionalHit[ci] = g.Optional
					matched[gi] = ci
					break
				}
			}
		}
	}
	for gi, g := range gold {
		if g.Optional {
			continue
		}
		m.Expected++
		if matched[gi] >= 0 {
			m.TP++
			m.Pairs = append(m.Pairs, [2]int{gi, matched[gi]})
		} else {
			m.Missed = append(m.Missed, gi)
		}
	}
	for ci := range coded {
		if optionalHit[ci] {
			continue
		}
		if !used[ci] {
			m.Extra = append(m.Extra, ci)
		}
	}
	m.Found = m.TP + len(m.Extra)
	return m
}

func countryIn(a *Actor, want string, alt []string) bool {
	c := first(SuiteCode(a), 3)
	if first(want, 3) == c {
		return true
	}
	for _, x := range alt {
		if first(x, 3) == c {
			return true
		}
	}
	return false
}

func codeIn(code string, g GoldEvent, rootOnly bool) bool {
	for _, x := range append([]string{g.Code}, g.Alt...) {
		if rootOnly && first(x, 2) == first(code, 2) || !rootOnly && x == code {
			return true
		}
	}
	return false
}
