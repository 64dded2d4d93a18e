package figure

import (
	"encoding/json"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/article"
	"github.com/sitrep/sitrep/internal/quote"
)

// GoldFigure is one figure a reader sees (testdata/gold/figures/README.md).
// Text is a snippet of the article around the number; a found figure must
// overlap one of the snippet's occurrences.
type GoldFigure struct {
	Text      string             `json:"text"`
	Kind      string             `json:"kind"`
	Count     int                `json:"count"`
	AtLeast   bool               `json:"at_least,omitempty"`
	Approx    bool               `json:"approx,omitempty"`
	Max       int                `json:"max,omitempty"`
	Who       string             `json:"who,omitempty"`
	Country   string             `json:"country,omitempty"`
	Breakdown []Part             `json:"breakdown,omitempty"`
	ClaimedBy *quote.GoldSpeaker `json:"claimed_by,omitempty"`
	Note      string             `json:"note,omitempty"`
}

// UnmarshalJSON reads breakdown parts written in lower case.
func (p *Part) UnmarshalJSON(b []byte) error {
	var v struct {
		Count int    `json:"count"`
		Who   string `json:"who"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	p.Count, p.Who = v.Count, v.Who
	return nil
}

// ParseGold reads the "figures" of a gold article (nil when absent).
func ParseGold(raw json.RawMessage) ([]GoldFigure, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	out := []GoldFigure{}
	err := json.Unmarshal(raw, &out)
	return out, err
}

// KindMatches compares kinds ignoring case and a plural -s.
func KindMatches(a, b string) bool {
	norm := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		return strings.TrimSuffix(s, "s")
	}
	return norm(a) == norm(b)
}

// GoldMatch is one gold figure and the figure found for it.
type GoldMatch struct {
	Gold    *GoldFigure
	Found   *Figure // nil: missed
	ClaimOK bool    // the claimant matches (true when the gold names none)
}

// Result scores one article's figures.
type Result struct {
	Matches []GoldMatch
	Extra   []Figure
}

// occurrences finds every place of snippet in the text, folding quotation
// marks and runs of spaces so that a snippet typed with straight quotes
// still matches.
func occurrences(text, snippet string) [][2]int {
	var out [][2]int
	if snippet == "" {
		return nil
	}
	for i := 0; ; {
		j := strings.Index(text[i:], snippet)
		if j < 0 {
			break
		}
		out = append(out, [2]int{i + j, i + j + len(snippet)})
		i += j + 1
	}
	if len(out) > 0 {
		return out
	}
	// folded search: map positions of the folded text back to bytes
	ft, pos := foldWithPos(text)
	fs, _ := foldWithPos(snippet)
	for i := 0; ; {
		j := strings.Index(ft[i:], fs)
		if j < 0 || fs == "" {
			break
		}
		a, b := pos[i+j], pos[i+j+len(fs)-1]+1
		out = append(out, [2]int{a, b})
		i += j + 1
	}
	return out
}

func foldWithPos(s string) (string, []int) {
	var b strings.Builder
	var pos []int
	space := false
	for i, r := range s {
		switch r {
		case '“', '”', '„', '«', '»':
			r = '"'
		case '‘', '’':
			r = '\''
		}
		if r == ' ' || r == '\n' || r == '\t' || r == '\u00a0' {
			if space {
				continue
			}
			space = true
			r = ' '
		} else {
			space = false
		}
		n := b.Len()
		b.WriteRune(r)
		for k := n; k < b.Len(); k++ {
			pos = append(pos, i)
		}
	}
	return b.String(), pos
}

// Compare matches found figures to gold ones, one to one: same kind,
// count and at-least flag, and overlapping the gold snippet.
func Compare(a *article.Article, found []Figure, gold []GoldFigure) Result {
	res := Result{Matches: make([]GoldMatch, len(gold))}
	used := make([]bool, len(found))
	for gi := range gold {
		g := &gold[gi]
		res.Matches[gi] = GoldMatch{Gold: g}
		occ := occurrences(a.Original, g.Text)
		best := -1
		for fi, f := range found {
			if used[fi] || !KindMatches(f.Kind, g.Kind) || f.Count != g.Count || f.AtLeast != g.AtLeast {
				continue
			}
			for _, o := range occ {
				if f.Start < o[1] && o[0] < f.End {
					best = fi
					break
				}
			}
			if best >= 0 {
				break
			}
		}
		if best >= 0 {
			used[best] = true
			m := &res.Matches[gi]
			m.Found = &found[best]
			m.ClaimOK = true
			if g.ClaimedBy != nil {
				c := m.Found.ClaimedBy
				m.ClaimOK = c != nil && quote.NameMatches(c.Name, g.ClaimedBy) && quote.CodeMatches(c.Code, g.ClaimedBy)
			}
		}
	}
	for fi, f := range found {
		if !used[fi] {
			res.Extra = append(res.Extra, f)
		}
	}
	return res
}

// Tally sums results over articles.
type Tally struct {
	Gold, Found, Matched int
	WithClaim, ClaimOK   int // matched figures whose gold names a claimant
}

// Add counts one article's result.
func (t *Tally) Add(r Result) {
	t.Gold += len(r.Matches)
	t.Found += len(r.Extra)
	for _, m := range r.Matches {
		if m.Found == nil {
			continue
		}
		t.Found++
		t.Matched++
		if m.Gold.ClaimedBy != nil {
			t.WithClaim++
			if m.ClaimOK {
				t.ClaimOK++
			}
		}
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Recall and Precision as fractions.
func (t Tally) Recall() float64    { return ratio(t.Matched, t.Gold) }
func (t Tally) Precision() float64 { return ratio(t.Matched, t.Found) }

// MostConservative returns, per ACLED practice for conflicting reports,
// the lowest count among figures of the given kind ("killed"): an "at
// least N" counts as N, a range as its lower end. ok is false when no
// figure has that kind. Ties go to the figure with a claimant, then to the
// earlier one.
func MostConservative(figs []Figure, kind string) (Figure, bool) {
	var cands []Figure
	for _, f := range figs {
		if KindMatches(f.Kind, kind) {
			cands = append(cands, f)
		}
	}
	if len(cands) == 0 {
		return Figure{}, false
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].Count != cands[j].Count {
			return cands[i].Count < cands[j].Count
		}
		return cands[i].ClaimedBy != nil && cands[j].ClaimedBy == nil
	})
	return cands[0], true
}
