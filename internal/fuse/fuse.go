// Package fuse turns what each article reports into one record across
// articles: it groups articles into stories, merges the mentions of the
// same event (one event, five outlets), finds where sources contradict
// each other (7 killed or at least 9; the 15th or the 16th), and builds
// the per-dyad conflict–cooperation series.
//
// Fusion is independent of the order in which articles arrive: every
// grouping is a connected component over keys that depend on one article
// (or one mention) alone, and every choice among candidates is broken by
// content, never by position. A Fuser can take articles one at a time;
// its record is the same as fusing them all at once.
package fuse

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/record"
)

// Article is one article's contribution: its description and what was
// extracted from it. Event IDs are local to the article; figures refer to
// them in Figure.Event.
type Article struct {
	Article record.Article
	Events  []record.Event
	Quotes  []record.Quote
	Figures []record.Figure
	// Keys are the article's story keys, most telling first (see Keys).
	Keys []string
}

// Fuser accumulates articles and fuses them on demand.
type Fuser struct {
	articles map[string]*Article // by article ID
	stories  *unionFind          // over article IDs
	buckets  map[string]string   // story bucket key → first article ID seen in it
}

// New returns an empty Fuser.
func New() *Fuser {
	return &Fuser{articles: map[string]*Article{}, stories: newUnionFind(), buckets: map[string]string{}}
}

// Add adds one article. Adding an article already present (same ID)
// changes nothing.
func (f *Fuser) Add(a *Article) {
	id := a.Article.ID
	if _, dup := f.articles[id]; dup {
		return
	}
	f.articles[id] = a
	f.stories.add(id)
	for _, b := range storyBuckets(a) {
		if other, ok := f.buckets[b]; ok {
			f.stories.union(id, other)
		} else {
			f.buckets[b] = id
		}
	}
}

// Fuse is New, Add for each article, and Record.
func Fuse(arts []*Article) *record.Record {
	f := New()
	for _, a := range arts {
		f.Add(a)
	}
	return f.Record()
}

// storyKeyCount is how many of an article's keys take part in grouping:
// two articles are in one story when they share a pair of their top keys
// and were published in the same or neighbouring weeks.
const storyKeyCount = 5

// storyBuckets are the buckets an article falls in: one per pair of its
// top keys and per week (its own and the next, so that neighbouring weeks
// meet). Sharing any bucket puts two articles in one story. Undated
// articles share buckets among themselves; Record then attaches them to
// the dated story they have most pairs in common with.
func storyBuckets(a *Article) []string {
	weeks := []string{"nodate"}
	if w, ok := articleWeek(a); ok {
		weeks = []string{strconv.Itoa(w), strconv.Itoa(w + 1)}
	}
	var out []string
	for _, p := range keyPairs(a) {
		for _, w := range weeks {
			out = append(out, w+"\x00"+p)
		}
	}
	return out
}

func articleWeek(a *Article) (int, bool) {
	if p := a.Article.Published; p != nil {
		return weekNumber(*p)
	}
	return 0, false
}

// keyPairs are the pairs of an article's top keys.
func keyPairs(a *Article) []string {
	keys := a.Keys
	if len(keys) > storyKeyCount {
		keys = keys[:storyKeyCount]
	}
	var out []string
	for i := 0; i < len(keys); i++ {
		for j := i + 1; j < len(keys); j++ {
			k1, k2 := keys[i], keys[j]
			if k2 < k1 {
				k1, k2 = k2, k1
			}
			out = append(out, k1+"\x00"+k2)
		}
	}
	return out
}

// storyRoots returns each article's story: its component, or for an
// undated component, the dated component it shares most key pairs with
// (ties to the smallest root), when it shares any.
func (f *Fuser) storyRoots() map[string]string {
	roots := map[string]string{}
	dated := map[string]bool{}
	for id, a := range f.articles {
		r := f.stories.find(id)
		roots[id] = r
		if _, ok := articleWeek(a); ok {
			dated[r] = true
		}
	}
	byPair := map[string]map[string]bool{} // key pair → dated roots
	for id, a := range f.articles {
		if r := roots[id]; dated[r] {
			for _, p := range keyPairs(a) {
				if byPair[p] == nil {
					byPair[p] = map[string]bool{}
				}
				byPair[p][r] = true
			}
		}
	}
	shared := map[string]map[string]int{} // undated root → dated root → pairs in common
	for id, a := range f.articles {
		r := roots[id]
		if dated[r] {
			continue
		}
		if shared[r] == nil {
			shared[r] = map[string]int{}
		}
		for _, p := range keyPairs(a) {
			for d := range byPair[p] {
				shared[r][d]++
			}
		}
	}
	attach := map[string]string{}
	for r, counts := range shared {
		best, n := "", 0
		for d, c := range counts {
			if c > n || c == n && d < best {
				best, n = d, c
			}
		}
		if n > 0 {
			attach[r] = best
		}
	}
	for id, r := range roots {
		if d, ok := attach[r]; ok {
			roots[id] = d
		}
	}
	return roots
}

// Record fuses everything added so far.
func (f *Fuser) Record() *record.Record {
	rec := &record.Record{
		Generator: "sitrep",
		Articles:  []record.Article{}, Events: []record.Event{}, Quotes: []record.Quote{},
		Figures: []record.Figure{}, Contradictions: []record.Contradiction{},
		Stories: []record.Story{}, Dyads: []record.DyadDay{},
	}
	// Stories, each with its articles in ID order.
	members := map[string][]string{}
	for id, root := range f.storyRoots() {
		members[root] = append(members[root], id)
	}
	var groups [][]string
	for _, ids := range members {
		sort.Strings(ids)
		groups = append(groups, ids)
	}
	sort.Slice(groups, func(i, j int) bool { return groups[i][0] < groups[j][0] })

	outlet := map[string]string{}
	for id, a := range f.articles {
		outlet[id] = sourceName(a.Article)
	}
	for _, ids := range groups {
		storyID := "st-" + shortHash(ids[0])
		arts := make([]*Article, len(ids))
		for i, id := range ids {
			arts[i] = f.articles[id]
			rec.Articles = append(rec.Articles, arts[i].Article)
			rec.Quotes = append(rec.Quotes, arts[i].Quotes...)
		}
		events, figures, contradictions := fuseStory(storyID, arts, outlet)
		rec.Events = append(rec.Events, events...)
		rec.Figures = append(rec.Figures, figures...)
		rec.Contradictions = append(rec.Contradictions, contradictions...)
		rec.Stories = append(rec.Stories, story(storyID, arts, events))
	}
	sortEvents(rec.Events)
	rec.Dyads = dyadSeries(rec.Events)
	return rec
}

func story(id string, arts []*Article, events []record.Event) record.Story {
	s := record.Story{ID: id, Articles: []string{}, Events: []string{}}
	for _, a := range arts {
		s.Articles = append(s.Articles, a.Article.ID)
		if p := a.Article.Published; p != nil {
			if s.First == nil || *p < *s.First {
				v := *p
				s.First = &v
			}
			if s.Last == nil || *p > *s.Last {
				v := *p
				s.Last = &v
			}
		}
	}
	for _, e := range events {
		s.Events = append(s.Events, e.ID)
	}
	// The title of the story is the headline of its earliest article
	// that has one (ties by ID), a stand-in until summaries exist.
	best := ""
	bestDate := "9999"
	for _, a := range arts {
		if a.Article.Title == "" {
			continue
		}
		d := "9998"
		if a.Article.Published != nil {
			d = *a.Article.Published
		}
		if d < bestDate {
			best, bestDate = a.Article.Title, d
		}
	}
	s.Title = best
	return s
}

// sourceName is how an article's source is named in sources[]: its
// outlet, or failing that its web host or file name.
func sourceName(a record.Article) string {
	if a.Outlet != "" {
		return a.Outlet
	}
	if a.URL != "" {
		host := a.URL
		if i := strings.Index(host, "://"); i >= 0 {
			host = host[i+3:]
		}
		if i := strings.IndexAny(host, "/?#"); i >= 0 {
			host = host[:i]
		}
		return strings.TrimPrefix(host, "www.")
	}
	p := a.SourcePath
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		p = p[i+1:]
	}
	return p
}

func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:6])
}
