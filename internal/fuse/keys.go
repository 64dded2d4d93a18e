package fuse

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/record"
)

// Keys returns an article's story keys, most telling first: the names it
// repeats (capitalised words not opening a sentence, folded to lower
// case) and the countries of its events' actors. They depend on the
// article alone, which keeps story grouping independent of order.
func Keys(a record.Article, events []record.Event) []string {
	counts := map[string]int{}
	for _, e := range events {
		for _, c := range []string{country(e.Source), country(e.Target)} {
			if c != "" {
				counts["@"+c] += 2
			}
		}
	}
	text := a.Title + ".\n" + a.Text
	sentenceStart := true
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			if r == '.' || r == '!' || r == '?' || r == '\n' || r == '"' || r == '“' || r == ':' || r == '•' {
				sentenceStart = true
			}
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r2) && r2 != '-' {
				break
			}
			j += n2
		}
		word := text[i:j]
		if unicode.IsUpper(r) && !sentenceStart && utf8.RuneCountInString(word) >= 3 && !isAllUpperShort(word) {
			counts[strings.ToLower(word)]++
		}
		sentenceStart = false
		i = j
	}
	keys := make([]string, 0, len(counts))
	for k, c := range counts {
		if c >= 2 { // a name said once is not what the article is about
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if len(keys) > 10 {
		keys = keys[:10]
	}
	return keys
}

// isAllUpperShort passes over shouted short words that are not names in
// running text ("THE", "AND" in all-caps ledes).
func isAllUpperShort(w string) bool {
	if len(w) > 4 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	switch w {
	case "THE", "AND", "FOR", "BUT", "NOT", "WITH", "THIS", "THAT", "FROM":
		return true
	}
	return false
}
