package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedDir holds real articles, shared read-only next to the repository.
const seedDir = "../../../shared/seeds"

// sampleText stands in for the seed articles when they are absent.
const sampleText = `Pakistan recalls ambassador from Tehran, blocks Iran's envoy after air strike

AFP , Wednesday 17 Jan 2024

Pakistan recalled its ambassador from Iran on Wednesday and blocked Tehran's envoy from returning to Islamabad after an Iranian air strike killed two children in the west of the country a day earlier. "This violation of Pakistan's sovereignty is completely unacceptable and can have serious consequences," the foreign ministry said. The U.S. State Department said Mr. Miller would brief reporters at 2 p.m. on Jan. 18.

• FO says reserves right to retaliate; US condemns Iran strikes
• Islamabad recalls its ambassador

Israel's bombardment has killed at least 24,285 Palestinians in Gaza, about 70% of them women and children — according to the health ministry -- and 1.2m people have fled.
`

func loadSeeds(tb testing.TB) []string {
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// BenchmarkSplitSeeds measures the splitter and tokenizer together over
// the seed articles, or over a sample paragraph when they are absent.
func BenchmarkSplitSeeds(b *testing.B) {
	texts := loadSeeds(b)
	if len(texts) == 0 {
		texts = []string{strings.Repeat(sampleText, 20)}
	}
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Sentences(t, 0, len(t))
		}
	}
}

// BenchmarkTokenize measures the tokenizer alone.
func BenchmarkTokenize(b *testing.B) {
	texts := loadSeeds(b)
	if len(texts) == 0 {
		texts = []string{strings.Repeat(sampleText, 20)}
	}
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			Tokenize(t, 0, len(t))
		}
	}
}
