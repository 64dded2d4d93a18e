package event

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/article"
	"github.com/sitrep/sitrep/internal/conllu"
)

// shared is the project's companion directory of anchors; a fresh clone
// does not have it.
var shared = filepath.Join("..", "..", "..", "shared", "anchors")

func needShared(t *testing.T, rel string) string {
	t.Helper()
	p := filepath.Join(shared, rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s is absent (../shared is not beside this clone): skipping", p)
	}
	return p
}

type suiteRecord struct {
	ID       string `json:"id"`
	Date     string `json:"date"`
	Text     string `json:"text"`
	Expected []struct {
		Source, Target, Code string
	} `json:"expected"`
	Parse string `json:"parse"`
}

// goldTokens builds tokens from a record's CoNLL-U parse.
func goldTokens(text, parse string) []article.Token {
	ss, err := conllu.Read(strings.NewReader(parse + "\n"))
	if err != nil {
		return nil
	}
	var toks []article.Token
	pos := 0
	for si := range ss {
		base := len(toks)
		for _, w := range ss[si].Words() {
			h := w.HeadIndex()
			if h > 0 {
				h += base
			}
			st, en := pos, pos
			if k := strings.Index(text[pos:], w.Form); k >= 0 && k < 40 {
				st, en = pos+k, pos+k+len(w.Form)
				pos = en
			}
			toks = append(toks, article.Token{Form: w.Form, Start: st, End: en, Lemma: w.Lemma, UPOS: w.UPOS, XPOS: w.XPOS, Feats: w.Feats, Head: h, Rel: w.Deprel})
		}
	}
	return toks
}

// TestGSRGoldParses codes PETRARCH-2's GSR validation records on their own
// gold parses with sitrep's dictionaries and guards the root-level F1
// (country, country, CAMEO root). Many of the suite's expectations follow
// PETRARCH's own conventions (see the package report), so the floor is
// well under UD-PETRARCH's 0.85.
func TestGSRGoldParses(t *testing.T) {
	path := needShared(t, "petrarch/suites/petr2_gsr_validation.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c := coder(t)
	var tp, found, expected int
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var r suiteRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		date := ""
		if len(r.Date) == 8 {
			date = r.Date[:4] + "-" + r.Date[4:6] + "-" + r.Date[6:]
		}
		toks := goldTokens(r.Text, r.Parse)
		var got []string
		for _, e := range c.Sentence(toks, date) {
			checkEvent(t, e, toks)
			got = append(got, first(SuiteCode(e.Source), 3)+first(SuiteCode(e.Target), 3)+e.CAMEO[:2])
		}
		left := map[string]int{}
		for _, g := range got {
			left[g]++
		}
		for _, x := range r.Expected {
			k := first(x.Source, 3) + first(x.Target, 3) + x.Code[:2]
			if left[k] > 0 {
				left[k]--
				tp++
			}
		}
		found += len(got)
		expected += len(r.Expected)
	}
	p, rc := float64(tp)/float64(max(found, 1)), float64(tp)/float64(max(expected, 1))
	f1 := 2 * p * rc / max(p+rc, 1e-9)
	t.Logf("GSR on gold parses, root level: P %.3f R %.3f F1 %.3f", p, rc, f1)
	if f1 < 0.45 {
		t.Errorf("root-level F1 %.3f fell below 0.45", f1)
	}
}
