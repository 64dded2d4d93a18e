// Package examples bundles the example articles that "sitrep demo"
// analyses, so the demo needs no files beside the binary.
package examples

import (
	"embed"
	"io/fs"
	"sort"
)

//go:embed *.txt
var files embed.FS

// Article is one bundled example.
type Article struct {
	Name string
	Data []byte
}

// All returns the bundled articles in name order.
func All() []Article {
	names, _ := fs.Glob(files, "*.txt")
	sort.Strings(names)
	out := make([]Article, 0, len(names))
	for _, n := range names {
		b, _ := files.ReadFile(n)
		out = append(out, Article{Name: "examples/" + n, Data: b})
	}
	return out
}
