// Package web serves a database's situation record over HTTP: a JSON API
// for tools and a web UI for people, where every event links to the
// sentences that report it.
package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"sort"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/internal/article"
	"github.com/sitrep/sitrep/internal/fuse"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/read"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/report"
	"github.com/sitrep/sitrep/internal/store"
)

// MaxUpload bounds one posted article.
const MaxUpload = 16 << 20

// Server answers HTTP requests from one store.
type Server struct {
	db  store.Store
	opt pipeline.Options

	mu       sync.Mutex
	count    int // articles in the store when the cache was made
	articles map[string]*article.Article
	contribs []*fuse.Article
	rec      *record.Record
}

// New returns a server over db.
func New(db store.Store, opt pipeline.Options) *Server {
	return &Server{db: db, opt: opt}
}

// Handler returns the routes:
//
//	GET  /                      the situation report (HTML)
//	GET  /articles/{id}         one article, its sentences and what was found in them
//	GET  /api/record            the record (docs/json.md)
//	GET  /api/events            the fused events
//	GET  /api/articles/{id}     one article's entry in the record
//	POST /api/articles          store an article: text/plain, text/html or news-please JSON
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.reportPage)
	mux.HandleFunc("GET /articles/{id}", s.articlePage)
	mux.HandleFunc("GET /api/record", s.apiRecord)
	mux.HandleFunc("GET /api/events", s.apiEvents)
	mux.HandleFunc("GET /api/articles/{id}", s.apiArticle)
	mux.HandleFunc("POST /api/articles", s.apiIngest)
	return securityHeaders(mux)
}

// securityHeaders: pages show untrusted article text; they run no script
// and load nothing from elsewhere, and the browser is told so.
func securityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
		h.ServeHTTP(w, r)
	})
}

// state returns the record of the store, recomputed when the number of
// stored articles has changed (articles are only ever added).
func (s *Server) state(ctx context.Context) (*record.Record, map[string]*article.Article, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	n, err := s.db.Count(ctx)
	if err != nil {
		return nil, nil, err
	}
	if s.rec != nil && n == s.count {
		return s.rec, s.articles, nil
	}
	arts, err := s.db.Articles(ctx)
	if err != nil {
		return nil, nil, err
	}
	opt := s.opt
	opt.KeepTokens = false
	s.contribs = pipeline.PrepareAll(arts, opt)
	s.rec = pipeline.RecordOf(s.contribs)
	s.articles = map[string]*article.Article{}
	for _, a := range arts {
		s.articles[a.ID] = a
	}
	s.count = n
	return s.rec, s.articles, nil
}

func (s *Server) fail(w http.ResponseWriter, err error) {
	http.Error(w, "internal error: "+report.Plain(err.Error()), http.StatusInternalServerError)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

func (s *Server) apiRecord(w http.ResponseWriter, r *http.Request) {
	rec, _, err := s.state(r.Context())
	if err != nil {
		s.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, rec)
}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) {
	rec, _, err := s.state(r.Context())
	if err != nil {
		s.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, rec.Events)
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	rec, _, err := s.state(r.Context())
	if err != nil {
		s.fail(w, err)
		return
	}
	for _, a := range rec.Articles {
		if a.ID == r.PathValue("id") {
			writeJSON(w, http.StatusOK, a)
			return
		}
	}
	http.NotFound(w, r)
}

// apiIngest stores one posted article. The body's type says its format;
// a bad body gets 400 with the reason, as the command line would print.
func (s *Server) apiIngest(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxUpload))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			http.Error(w, fmt.Sprintf("article larger than %d bytes", MaxUpload), http.StatusRequestEntityTooLarge)
			return
		}
		http.Error(w, "could not read the body", http.StatusBadRequest)
		return
	}
	format := read.Text
	switch ct := r.Header.Get("Content-Type"); {
	case strings.HasPrefix(ct, "text/html"):
		format = read.HTML
	case strings.HasPrefix(ct, "application/json"):
		format = read.JSON
	}
	name := r.URL.Query().Get("name")
	if name == "" {
		name = "upload"
	}
	arts, err := read.Bytes(name, body, format)
	if err != nil {
		http.Error(w, "skipped: "+report.Plain(err.Error()), http.StatusBadRequest)
		return
	}
	type stored struct {
		ID    string `json:"id"`
		Added bool   `json:"added"`
	}
	var out []stored
	for _, a := range arts {
		pipeline.Segment(a, s.opt)
		added, err := s.db.Put(r.Context(), a)
		if err != nil {
			s.fail(w, err)
			return
		}
		out = append(out, stored{a.ID, added})
	}
	writeJSON(w, http.StatusCreated, out)
}

func (s *Server) reportPage(w http.ResponseWriter, r *http.Request) {
	rec, _, err := s.state(r.Context())
	if err != nil {
		s.fail(w, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := report.WriteHTML(w, rec, report.LinkArticles); err != nil {
		s.fail(w, err)
	}
}

// sentenceView is one sentence of the article page.
type sentenceView struct {
	Index    int
	Text     string
	Findings []string // what was found in it
	Marked   bool
}

func (s *Server) articlePage(w http.ResponseWriter, r *http.Request) {
	rec, arts, err := s.state(r.Context())
	if err != nil {
		s.fail(w, err)
		return
	}
	id := r.PathValue("id")
	a, ok := arts[id]
	if !ok {
		http.NotFound(w, r)
		return
	}
	var meta record.Article
	for _, ra := range rec.Articles {
		if ra.ID == id {
			meta = ra
		}
	}
	findings := map[int][]string{}
	for _, e := range rec.Events {
		for _, m := range e.Mentions {
			if m.Article == id {
				findings[m.Sentence] = append(findings[m.Sentence], fmt.Sprintf("event %s: %s → %s, CAMEO %s %s (%s)%s",
					e.ID, actorName(e.Source), actorName(e.Target), e.CAMEO, e.CAMEOName, e.Modality, ruleNote(m.Rule)))
			}
		}
	}
	for _, f := range rec.Figures {
		if f.Article == id {
			findings[f.Sentence] = append(findings[f.Sentence], fmt.Sprintf("figure: %s %d %s", f.Kind, f.Count, f.Who))
		}
	}
	view := struct {
		Meta      record.Article
		Sentences []sentenceView
		Removed   []record.Removed
	}{Meta: meta, Removed: meta.Removed}
	for _, sn := range a.Sentences {
		f := findings[sn.Index]
		sort.Strings(f)
		view.Sentences = append(view.Sentences, sentenceView{Index: sn.Index, Text: report.Plain(a.SentenceText(&sn)), Findings: f, Marked: len(f) > 0})
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := articleTmpl.Execute(w, view); err != nil {
		s.fail(w, err)
	}
}

func actorName(a *record.Actor) string {
	if a == nil {
		return "?"
	}
	return a.Name + " (" + a.Code + ")"
}

func ruleNote(rule string) string {
	if rule == "" {
		return ""
	}
	return " — rule " + rule
}

var articleTmpl = template.Must(template.New("article").Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{if .Meta.Title}}{{.Meta.Title}}{{else}}Article {{.Meta.ID}}{{end}}</title>
<style>
body{font:15px/1.6 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
.s{padding:.1rem .2rem} .mark{background:#fff4c2} :target{outline:2px solid #e67e22}
.f{font-size:.85em;color:#555;margin:.1rem 0 .6rem 1.5rem} .meta{color:#666} .rm{color:#999;font-size:.85em}
</style></head><body>
<p><a href="/">← report</a></p>
<h1>{{if .Meta.Title}}{{.Meta.Title}}{{else}}(no headline){{end}}</h1>
<p class="meta">{{if .Meta.Outlet}}{{.Meta.Outlet}}{{else}}unknown outlet{{end}}{{with .Meta.Published}}, {{.}}{{end}} · <code>{{.Meta.SourcePath}}</code> · id {{.Meta.ID}}</p>
{{range .Sentences}}<div id="s{{.Index}}" class="s{{if .Marked}} mark{{end}}"><sup>{{.Index}}</sup> {{.Text}}</div>
{{if .Findings}}<ul class="f">{{range .Findings}}<li>{{.}}</li>{{end}}</ul>{{end}}{{end}}
{{with .Removed}}<h2>Removed by cleaning</h2><ul class="rm">{{range .}}<li>{{.Reason}}: {{.Text}}</li>{{end}}</ul>{{end}}
</body></html>`))
