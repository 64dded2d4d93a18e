package quote_test

import (
	"testing"

	"github.com/sitrep/sitrep/examples"
	"github.com/sitrep/sitrep/internal/actor"
	"github.com/sitrep/sitrep/internal/article"
	"github.com/sitrep/sitrep/internal/quote"
	"github.com/sitrep/sitrep/internal/read"
)

func benchArticles(b *testing.B) []*article.Article {
	var arts []*article.Article
	for _, ex := range examples.All() {
		as, err := read.Bytes(ex.Name, ex.Data, read.Text)
		if err != nil {
			b.Fatal(err)
		}
		prepare(as[0])
		arts = append(arts, as[0])
	}
	return arts
}

// BenchmarkExtract extracts the quotes of the five bundled example
// articles (about 35 KB) per iteration, with the gazetteer when it loads.
func BenchmarkExtract(b *testing.B) {
	arts := benchArticles(b)
	g, _ := actor.Default()
	n := 0
	for _, a := range arts {
		n += len(a.Original)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			quote.Extract(a, g, "2024-01-18")
		}
	}
}
