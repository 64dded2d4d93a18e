package pipeline

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep/sitrep/examples"
	"github.com/sitrep/sitrep/internal/article"
	"github.com/sitrep/sitrep/internal/read"
)

func TestOffsetsRoundTrip(t *testing.T) {
	res := Run([]string{"../../examples"}, Options{})
	if len(res.Articles) != 0 || len(res.Skips) != 1 {
		// a directory is expanded by read.Expand, not by Run
		t.Fatalf("Run on a directory path: %d articles, %v", len(res.Articles), res.Skips)
	}
	paths, _ := read.Expand([]string{"../../examples"})
	res = Run(paths, Options{Workers: 3})
	if len(res.Articles) != 5 || len(res.Skips) != 0 {
		t.Fatalf("%d articles, skips %v", len(res.Articles), res.Skips)
	}
	for i, a := range res.Articles {
		if a.SourcePath != paths[i] {
			t.Errorf("article %d is %s, want input order (%s)", i, a.SourcePath, paths[i])
		}
		orig, _ := os.ReadFile(a.SourcePath)
		if a.Original != string(orig) {
			t.Fatalf("%s: original text differs from the file", a.SourcePath)
		}
		for _, s := range a.Sentences {
			if s.Start >= s.End || s.End > len(a.Original) {
				t.Fatalf("%s: sentence %d span [%d,%d)", a.SourcePath, s.Index, s.Start, s.End)
			}
			inKept := false
			for _, k := range a.Kept {
				inKept = inKept || (s.Start >= k.Start && s.End <= k.End)
			}
			if !inKept {
				t.Errorf("%s: sentence %d lies outside the kept text: %q", a.SourcePath, s.Index, a.SentenceText(&s))
			}
			for _, tok := range s.Tokens {
				if a.Original[tok.Start:tok.End] != tok.Form || tok.Start < s.Start || tok.End > s.End {
					t.Fatalf("%s: token %q at [%d,%d) does not round-trip", a.SourcePath, tok.Form, tok.Start, tok.End)
				}
			}
		}
	}
}

func TestDuplicateArticlesAreSkipped(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("Iran struck Pakistan on Tuesday."), 0o644)
	os.WriteFile(b, []byte("Iran struck Pakistan on Tuesday."), 0o644)
	res := Run([]string{a, b}, Options{})
	if len(res.Articles) != 1 || len(res.Skips) != 1 || res.Skips[0].Reason != "duplicate of "+a {
		t.Fatalf("articles %d, skips %v", len(res.Articles), res.Skips)
	}
}

func TestPanicInAStageCostsOneInput(t *testing.T) {
	dir := t.TempDir()
	good, bad := filepath.Join(dir, "good.txt"), filepath.Join(dir, "bad.txt")
	os.WriteFile(good, []byte("Pakistan protested."), 0o644)
	os.WriteFile(bad, []byte("Iran insisted."), 0o644)
	res := Run([]string{bad, good}, Options{Workers: 1, Annotate: func(a *article.Article) {
		if a.SourcePath == bad {
			panic("boom")
		}
	}})
	if len(res.Articles) != 1 || res.Articles[0].SourcePath != good || len(res.Skips) != 1 {
		t.Fatalf("articles %v, skips %v", res.Articles, res.Skips)
	}
}

// BenchmarkReadCleanSplit measures the foundation's throughput on the
// bundled examples: parse the bytes, clean, split into sentences and
// tokens. Reported as MB/s of input text.
func BenchmarkReadCleanSplit(b *testing.B) {
	exs := examples.All()
	total := 0
	for _, ex := range exs {
		total += len(ex.Data)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, ex := range exs {
			arts, err := read.Bytes(ex.Name, ex.Data, read.Text)
			if err != nil {
				b.Fatal(err)
			}
			for _, a := range arts {
				Segment(a, Options{})
			}
		}
	}
	b.ReportMetric(float64(b.N*len(exs))/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPrepareAndExtract measures everything per article: the
// foundation, the parse, and event, quote and figure extraction.
func BenchmarkPrepareAndExtract(b *testing.B) {
	exs := examples.All()
	total := 0
	for _, ex := range exs {
		total += len(ex.Data)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, ex := range exs {
			arts, _ := read.Bytes(ex.Name, ex.Data, read.Text)
			PrepareAll(arts, Options{})
		}
	}
	b.ReportMetric(float64(b.N*len(exs))/b.Elapsed().Seconds(), "articles/s")
}
