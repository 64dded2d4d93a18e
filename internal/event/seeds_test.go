package event_test

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/sitrep/sitrep/examples"
	"github.com/sitrep/sitrep/internal/actor"
	"github.com/sitrep/sitrep/internal/article"
	. "github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/nlp"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/read"
)

var (
	seedOnce sync.Once
	seedArts map[string]*article.Article
	seedErr  error
)

// This file is an external test package: it needs internal/pipeline,
// which imports internal/event.

func coder(tb testing.TB) *Coder {
	tb.Helper()
	g, err := actor.Default()
	if err != nil {
		tb.Fatal(err)
	}
	c, err := New(g, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// parsedSeeds returns the seed articles, cleaned, segmented and parsed
// once for all tests and benchmarks.
func parsedSeeds(tb testing.TB) map[string]*article.Article {
	tb.Helper()
	seedOnce.Do(func() {
		var m *nlp.Model
		if m, seedErr = nlp.Default(); seedErr != nil {
			return
		}
		seedArts = map[string]*article.Article{}
		for _, ex := range examples.All() {
			arts, err := read.Bytes(ex.Name, ex.Data, read.Text)
			if err != nil || len(arts) == 0 {
				seedErr = err
				return
			}
			a := arts[0]
			pipeline.Prepare(a, pipeline.Options{Annotate: func(a *article.Article) {
				for i := range a.Sentences {
					m.Annotate(a.Sentences[i].Tokens)
				}
			}})
			seedArts[filepath.Base(ex.Name)] = a
		}
	})
	if seedErr != nil {
		tb.Skipf("the parser model is not available (%v): the seed articles cannot be parsed", seedErr)
	}
	return seedArts
}

// scoreFile codes the articles a gold file names and scores them at the
// root level.
func scoreFile(t *testing.T, c *Coder, gold []GoldEvent, arts map[string]*article.Article) Match {
	t.Helper()
	byDoc := map[string][]GoldEvent{}
	for _, g := range gold {
		byDoc[g.Doc] = append(byDoc[g.Doc], g)
	}
	var total Match
	for doc, gs := range byDoc {
		a := arts[doc]
		if a == nil {
			t.Fatalf("gold names %s, which is not there", doc)
		}
		pub := a.Published
		if pub == "" {
			pub = gs[0].Published
		}
		text := map[int]string{}
		for i := range a.Sentences {
			text[a.Sentences[i].Index] = NormText(a.SentenceText(&a.Sentences[i]))
		}
		var coded []Coded
		for _, e := range c.Code(a, pub) {
			coded = append(coded, Coded{e, text[e.Sentence]})
		}
		m := Score(gs, coded, true)
		total.TP += m.TP
		total.Found += m.Found
		total.Expected += m.Expected
	}
	return total
}

func f1(m Match) (p, r, f float64) {
	if m.Found > 0 {
		p = float64(m.TP) / float64(m.Found)
	}
	if m.Expected > 0 {
		r = float64(m.TP) / float64(m.Expected)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// TestSeedGold guards the coder's quality on the hand-coded seed gold
// (testdata/gold/events/seeds.jsonl): root-level F1 must not fall below
// the floor it has reached.
func TestSeedGold(t *testing.T) {
	arts := parsedSeeds(t)
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "gold", "events", "seeds.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	gold, err := ReadGold("seeds.jsonl", data)
	if err != nil {
		t.Fatal(err)
	}
	m := scoreFile(t, coder(t), gold, arts)
	p, r, f := f1(m)
	t.Logf("seed gold, root level: P %.3f R %.3f F1 %.3f (tp %d, found %d, expected %d)", p, r, f, m.TP, m.Found, m.Expected)
	const floor = 0.75
	if f < floor {
		t.Errorf("seed gold F1 %.3f below the floor %.2f", f, floor)
	}
}

// TestHeldOutGold reports on the held-out articles of other conflicts.
// They are not tuned on; the floor only catches a collapse.
func TestHeldOutGold(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "gold", "events", "heldout")
	data, err := os.ReadFile(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	gold, err := ReadGold("gold.jsonl", data)
	if err != nil {
		t.Fatal(err)
	}
	m, err := nlp.Default()
	if err != nil {
		t.Skipf("the parser model is not available (%v)", err)
	}
	arts := map[string]*article.Article{}
	for _, g := range gold {
		if arts[g.Doc] != nil {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, g.Doc))
		if err != nil {
			t.Fatal(err)
		}
		as, err := read.Bytes(g.Doc, b, read.Text)
		if err != nil || len(as) == 0 {
			t.Fatal(err)
		}
		pipeline.Prepare(as[0], pipeline.Options{Annotate: func(a *article.Article) {
			for i := range a.Sentences {
				m.Annotate(a.Sentences[i].Tokens)
			}
		}})
		arts[g.Doc] = as[0]
	}
	res := scoreFile(t, coder(t), gold, arts)
	p, r, f := f1(res)
	t.Logf("held-out gold, root level: P %.3f R %.3f F1 %.3f (tp %d, found %d, expected %d)", p, r, f, res.TP, res.Found, res.Expected)
	if f < 0.5 {
		t.Errorf("held-out F1 %.3f collapsed below 0.5", f)
	}
}

// BenchmarkCode measures actor and event coding of the parsed seed
// articles; BenchmarkParse the parse it follows. Coding must cost less
// than parsing.
func BenchmarkCode(b *testing.B) {
	arts := parsedSeeds(b)
	c := coder(b)
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			n += len(c.Code(a, "2024-01-18"))
		}
	}
	b.ReportMetric(float64(n)/float64(b.N), "events/op")
}

func BenchmarkParse(b *testing.B) {
	arts := parsedSeeds(b)
	m, _ := nlp.Default()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			for j := range a.Sentences {
				m.Annotate(a.Sentences[j].Tokens)
			}
		}
	}
}
