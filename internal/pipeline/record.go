package pipeline

import (
	"github.com/sitrep/sitrep/internal/article"
	"github.com/sitrep/sitrep/internal/record"
)

// Generator names the program in every record.
const Generator = "sitrep"

// Record assembles the situation record of prepared articles.
func Record(arts []*article.Article) *record.Record {
	rec := &record.Record{
		Generator:      Generator,
		Articles:       make([]record.Article, 0, len(arts)),
		Events:         []record.Event{},
		Quotes:         []record.Quote{},
		Figures:        []record.Figure{},
		Contradictions: []record.Contradiction{},
	}
	for _, a := range arts {
		rec.Articles = append(rec.Articles, articleRecord(a))
	}
	return rec
}

func articleRecord(a *article.Article) record.Article {
	co := article.NewCharOffsets(a.Original)
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
