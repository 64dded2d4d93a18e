package actor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/article"
)

// seedSentences tokenises the seed articles into rough sentences (lines,
// split at ". "), the unit the pipeline matches.
func seedSentences(b *testing.B) [][]article.Token {
	files, _ := filepath.Glob("../../../shared/seeds/*.txt")
	if len(files) == 0 {
		b.Skip("../../../shared/seeds not present")
	}
	var out [][]article.Token
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text := string(data)
		start := 0
		for i := 0; i <= len(text); i++ {
			if i == len(text) || text[i] == '\n' || strings.HasPrefix(text[i:], ". ") {
				if i > start {
					toks := tokenize(text[start:i], true)
					for k := range toks {
						toks[k].Start += start
						toks[k].End += start
					}
					if len(toks) > 0 {
						out = append(out, toks)
					}
				}
				start = i + 1
			}
		}
	}
	return out
}

func benchmarkSeeds(b *testing.B, f func(g *Gazetteer, toks []article.Token)) {
	g, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	sents := seedSentences(b)
	ntok := 0
	for _, s := range sents {
		ntok += len(s)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			f(g, s)
		}
	}
	b.ReportMetric(float64(len(sents)), "sentences/op")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*ntok), "ns/token")
}

// BenchmarkMatchSeeds matches every sentence of the five seed articles.
func BenchmarkMatchSeeds(b *testing.B) {
	benchmarkSeeds(b, func(g *Gazetteer, toks []article.Token) { g.Match(toks, "2024-01-17") })
}

// BenchmarkActorsSeeds also composes actors.
func BenchmarkActorsSeeds(b *testing.B) {
	benchmarkSeeds(b, func(g *Gazetteer, toks []article.Token) { g.Actors(toks, "2024-01-17") })
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
