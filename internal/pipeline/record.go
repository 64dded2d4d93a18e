package pipeline

import (
	"github.com/sitrep/sitrep/internal/article"
	"github.com/sitrep/sitrep/internal/fuse"
	"github.com/sitrep/sitrep/internal/record"
)

// Generator names the program in every record.
const Generator = "sitrep"

// RecordOf fuses contributions into the record; articles keep the order
// of contribs.
func RecordOf(contribs []*fuse.Article) *record.Record {
	f := fuse.New()
	for _, c := range contribs {
		f.Add(c)
	}
	rec := f.Record()
	rec.Generator = Generator
	// Articles appear in input order, as the reader gave them; fusion
	// orders the rest by content.
	byID := map[string]record.Article{}
	for _, a := range rec.Articles {
		byID[a.ID] = a
	}
	rec.Articles = rec.Articles[:0]
	for _, c := range contribs {
		if ra, ok := byID[c.Article.ID]; ok {
			rec.Articles = append(rec.Articles, ra)
			delete(byID, c.Article.ID)
		}
	}
	return rec
}

// Contribution is what one article brings to fusion: its description and
// everything extracted from it, with offsets in characters.
func Contribution(a *article.Article) *fuse.Article {
	// Offsets in the record are characters; the index is built once
	// for the article and its extractions.
	co := article.NewCharOffsets(a.Original)
	ra := articleRecord(a, co)
	c := &fuse.Article{Article: ra}
	extract(a, co, c)
	c.Keys = fuse.Keys(ra, c.Events)
	return c
}

// extract runs the extraction stages on a. It is a variable so that the
// stages plug in from their own file.
var extract = func(a *article.Article, co *article.CharOffsets, c *fuse.Article) {}

func articleRecord(a *article.Article, co *article.CharOffsets) record.Article {
	clean := a.CleanText()
	ra := record.Article{
		ID:         a.ID,
		SourcePath: a.SourcePath,
		URL:        a.URL,
		Title:      a.Title,
		Outlet:     a.Outlet,
		Bylines:    a.Bylines,
		Language:   a.Language,
		Chars:      len([]rune(clean)),
		Sentences:  len(a.Sentences),
		Text:       clean,
		Kept:       make([][2]int, 0, len(a.Kept)),
		Removed:    make([]record.Removed, 0, len(a.Removed)),
	}
	if ra.Bylines == nil {
		ra.Bylines = []string{}
	}
	if a.Published != "" {
		p, src := a.Published, a.PublishedSource
		ra.Published, ra.PublishedSource = &p, &src
	}
	for _, k := range a.Kept {
		ra.Kept = append(ra.Kept, [2]int{co.Char(k.Start), co.Char(k.End)})
	}
	for _, r := range a.Removed {
		ra.Removed = append(ra.Removed, record.Removed{
			Start: co.Char(r.Start), End: co.Char(r.End), Reason: r.Reason, Text: a.Text(r.Span),
		})
	}
	return ra
}
