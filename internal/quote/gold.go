package quote

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/sitrep/sitrep/internal/article"
)

// Gold data: hand-made answers for a set of articles (format described in
// testdata/gold/quotes/README.md). Quotes are matched by their words, not
// by offsets, so the gold survives changes to the tokenizer and cleaner.

// GoldFile is a gold file: a set of articles, or one article.
type GoldFile struct {
	Comment  string        `json:"comment,omitempty"`
	Articles []GoldArticle `json:"articles"`
}

// GoldArticle is one article's gold. Figures are left raw for package
// figure to read.
type GoldArticle struct {
	File    string          `json:"file"` // relative to the gold file's directory
	Date    string          `json:"date,omitempty"`
	Source  string          `json:"source,omitempty"`
	Quotes  []GoldQuote     `json:"quotes,omitempty"`
	Figures json.RawMessage `json:"figures,omitempty"`

	Path string `json:"-"` // File resolved against the gold file's directory
}

// GoldQuote is one quote a reader sees.
type GoldQuote struct {
	Text    string       `json:"text"`
	Direct  bool         `json:"direct"`
	Speaker *GoldSpeaker `json:"speaker"`
	Note    string       `json:"note,omitempty"`
}

// GoldSpeaker is who said it. Code, when given, is a prefix the found code
// must start with ("PAK" accepts PAKGOV; "PAKGOV" does not accept PAK).
type GoldSpeaker struct {
	Name string   `json:"name"`
	Aka  []string `json:"aka,omitempty"`
	Code *string  `json:"code,omitempty"`
}

// LoadGold reads gold files: a file holding {"articles": [...]}, a file
// holding one article object, or a directory of such files (*.json).
func LoadGold(path string) ([]GoldArticle, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	var files []string
	if st.IsDir() {
		files, _ = filepath.Glob(filepath.Join(path, "*.json"))
		sort.Strings(files)
	} else {
		files = []string{path}
	}
	var out []GoldArticle
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var set GoldFile
		if err := json.Unmarshal(data, &set); err != nil {
			return nil, fmt.Errorf("%s: %v", f, err)
		}
		if set.Articles == nil {
			var one GoldArticle
			if err := json.Unmarshal(data, &one); err != nil {
				return nil, fmt.Errorf("%s: %v", f, err)
			}
			if one.File == "" {
				return nil, fmt.Errorf("%s: neither \"articles\" nor \"file\"", f)
			}
			set.Articles = []GoldArticle{one}
		}
		for _, a := range set.Articles {
			a.Path = filepath.Join(filepath.Dir(f), a.File)
			out = append(out, a)
		}
	}
	return out, nil
}

// Words returns the normalised words of s: lower case, quotation marks and
// apostrophes folded, punctuation dropped. Matching on words makes the gold
// indifferent to which marks and commas a quote's span includes.
func Words(s string) []string {
	var ws []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			ws = append(ws, b.String())
			b.Reset()
		}
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’' || r == '`' || r == '-' || r == '‐':
			// inside words: "don't", "Amir-Abdollahian" stay one word
		default:
			flush()
		}
	}
	flush()
	return ws
}

// Overlap is the length of the longest common run of words of a and b,
// divided by the length of the longer: 1 for the same words, 0.5 when one
// is half of the other.
func Overlap(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	best := 0
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				cur[j] = prev[j-1] + 1
				if cur[j] > best {
					best = cur[j]
				}
			} else {
				cur[j] = 0
			}
		}
		prev, cur = cur, prev
	}
	return float64(best) / float64(max(len(a), len(b)))
}

// NameMatches reports whether a found speaker name names the gold speaker:
// the words of one contain the words of the other (of the name or of an
// alias), ignoring case, articles and punctuation.
func NameMatches(found string, g *GoldSpeaker) bool {
	fw := nameWords(found)
	if len(fw) == 0 {
		return false
	}
	for _, n := range append([]string{g.Name}, g.Aka...) {
		gw := nameWords(n)
		if len(gw) == 0 {
			continue
		}
		if subset(fw, gw) || subset(gw, fw) {
			return true
		}
	}
	return false
}

func nameWords(s string) []string {
	var out []string
	for _, w := range Words(s) {
		if w == "the" || w == "s" || w == "a" || w == "an" {
			continue
		}
		out = append(out, strings.TrimSuffix(w, "s"))
	}
	return out
}

func subset(a, b []string) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// CodeMatches reports whether a found code agrees with the gold speaker's:
// true when the gold gives none.
func CodeMatches(found string, g *GoldSpeaker) bool {
	if g.Code == nil {
		return true
	}
	return strings.HasPrefix(found, *g.Code)
}

// Match is one gold quote and what was found for it.
type Match struct {
	Gold  *GoldQuote
	Found *Quote // nil: missed
	Score float64
}

// Result scores one article's quotes.
type Result struct {
	Matches []Match // one per gold quote, in gold order
	Extra   []Quote // found quotes that match no gold quote
}

// Compare matches found quotes to gold ones, one to one, best overlap
// first; a pair needs an overlap of at least 0.5 and the same Direct.
func Compare(a *article.Article, found []Quote, gold []GoldQuote) Result {
	type cand struct {
		g, f  int
		score float64
	}
	fw := make([][]string, len(found))
	for i, q := range found {
		fw[i] = Words(q.Text(a))
	}
	var cs []cand
	for gi, g := range gold {
		gw := Words(g.Text)
		for fi, q := range found {
			if q.Direct != g.Direct {
				continue
			}
			if s := Overlap(gw, fw[fi]); s >= 0.5 {
				cs = append(cs, cand{gi, fi, s})
			}
		}
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].score > cs[j].score })
	usedG := make([]bool, len(gold))
	usedF := make([]bool, len(found))
	res := Result{Matches: make([]Match, len(gold))}
	for i := range gold {
		res.Matches[i] = Match{Gold: &gold[i]}
	}
	for _, c := range cs {
		if usedG[c.g] || usedF[c.f] {
			continue
		}
		usedG[c.g], usedF[c.f] = true, true
		res.Matches[c.g].Found = &found[c.f]
		res.Matches[c.g].Score = c.score
	}
	for fi, q := range found {
		if !usedF[fi] {
			res.Extra = append(res.Extra, q)
		}
	}
	return res
}

// Tally sums results over articles, direct and indirect apart.
type Tally struct {
	Gold, Found, Matched int
	// among matched quotes whose gold names a speaker
	WithSpeaker, NameOK, CodeOK, BothOK int
}

// Add counts one article's result for quotes with Direct == direct.
func (t *Tally) Add(r Result, direct bool) {
	for _, m := range r.Matches {
		if m.Gold.Direct != direct {
			continue
		}
		t.Gold++
		if m.Found == nil {
			continue
		}
		t.Found++
		t.Matched++
		if m.Gold.Speaker == nil {
			continue
		}
		t.WithSpeaker++
		name, code := false, false
		if sp := m.Found.Speaker; sp != nil {
			name = NameMatches(sp.Name, m.Gold.Speaker)
			code = CodeMatches(sp.Code, m.Gold.Speaker)
		}
		if name {
			t.NameOK++
		}
		if code {
			t.CodeOK++
		}
		if name && code {
			t.BothOK++
		}
	}
	for _, q := range r.Extra {
		if q.Direct == direct {
			t.Found++
		}
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Recall, Precision and Attribution (name and code right) as fractions.
func (t Tally) Recall() float64      { return ratio(t.Matched, t.Gold) }
func (t Tally) Precision() float64   { return ratio(t.Matched, t.Found) }
func (t Tally) Attribution() float64 { return ratio(t.BothOK, t.WithSpeaker) }
