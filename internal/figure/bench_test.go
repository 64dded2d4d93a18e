package figure_test

import (
	"testing"

	"github.com/sitrep/sitrep/examples"
	"github.com/sitrep/sitrep/internal/actor"
	"github.com/sitrep/sitrep/internal/article"
	"github.com/sitrep/sitrep/internal/figure"
	"github.com/sitrep/sitrep/internal/quote"
	"github.com/sitrep/sitrep/internal/read"
)

// BenchmarkExtract finds the figures of the five bundled example articles
// per iteration (their quotes found once, as the pipeline shares them).
func BenchmarkExtract(b *testing.B) {
	var arts []*article.Article
	n := 0
	for _, ex := range examples.All() {
		as, err := read.Bytes(ex.Name, ex.Data, read.Text)
		if err != nil {
			b.Fatal(err)
		}
		prepare(as[0])
		arts = append(arts, as[0])
		n += len(ex.Data)
	}
	g, _ := actor.Default()
	qs := make([][]quote.Quote, len(arts))
	for i, a := range arts {
		qs[i] = quote.Extract(a, g, "2024-01-18")
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, a := range arts {
			figure.ExtractWith(a, g, "2024-01-18", qs[j], nil)
		}
	}
}
