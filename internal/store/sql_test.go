package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/internal/article"
)

func sample(id string, sentences int) *article.Article {
	a := &article.Article{
		ID: id, SourcePath: id + ".txt", Title: "T " + id, Outlet: "Dawn",
		Published: "2024-01-18", PublishedSource: "text", Bylines: []string{"AFP"},
		Original: "Iran struck. Pakistan replied.",
		Kept:     []article.Span{{Start: 0, End: 30}},
		Removed:  []article.Removed{{Span: article.Span{Start: 30, End: 30}, Reason: "widget"}},
	}
	for i := 0; i < sentences; i++ {
		a.Sentences = append(a.Sentences, article.Sentence{Index: i, Start: 0, End: 12})
	}
	return a
}

// backend is a database to run the store tests against: each call of
// open returns the same database (to test reopening).
type backend struct {
	name string
	open func(t *testing.T) (*SQL, error)
}

// backends are SQLite always, and PostgreSQL when SITREP_TEST_POSTGRES
// names a server (CI sets it; .ci/run starts the server). Each test gets a
// fresh schema of its own on the server.
func backends(t *testing.T) []backend {
	dir := t.TempDir()
	bs := []backend{{"sqlite", func(t *testing.T) (*SQL, error) { return OpenSQLite(filepath.Join(dir, "s.db")) }}}
	url := os.Getenv("SITREP_TEST_POSTGRES")
	if url == "" {
		t.Log("PostgreSQL not tested: set SITREP_TEST_POSTGRES=postgres://… to run these tests against a server")
		return bs
	}
	schema := fmt.Sprintf("sitrep_test_%d", time.Now().UnixNano())
	admin, err := sql.Open("pgx", url)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := admin.Exec(`CREATE SCHEMA ` + schema); err != nil {
		t.Fatalf("PostgreSQL at SITREP_TEST_POSTGRES: %v", err)
	}
	t.Cleanup(func() {
		admin.Exec(`DROP SCHEMA ` + schema + ` CASCADE`)
		admin.Close()
	})
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	scoped := url + sep + "search_path=" + schema
	return append(bs, backend{"postgres", func(t *testing.T) (*SQL, error) { return Open(scoped) }})
}

func TestPutIsIdempotent(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) { testPutIsIdempotent(t, b) })
	}
}

func testPutIsIdempotent(t *testing.T, b backend) {
	ctx := context.Background()
	db, err := b.open(t)
	if err != nil {
		t.Fatal(err)
	}
	if added, err := db.Put(ctx, sample("a1", 2)); err != nil || !added {
		t.Fatalf("first Put: %v %v", added, err)
	}
	if added, err := db.Put(ctx, sample("a1", 2)); err != nil || added {
		t.Fatalf("second Put of the same article: added=%v err=%v", added, err)
	}
	db.Close()

	// Reopening runs no migration twice and keeps the data.
	db, err = b.open(t)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if v, _ := db.SchemaVersion(ctx); v != len(db.d.migrations) {
		t.Errorf("schema version %d, want %d", v, len(db.d.migrations))
	}
	if added, _ := db.Put(ctx, sample("a1", 2)); added {
		t.Error("re-ingest after reopening added the article again")
	}
	arts, err := db.Articles(ctx)
	if err != nil || len(arts) != 1 {
		t.Fatalf("Articles = %d, %v", len(arts), err)
	}
	got := arts[0]
	if got.Title != "T a1" || got.Published != "2024-01-18" || got.PublishedSource != "text" ||
		len(got.Bylines) != 1 || len(got.Kept) != 1 || len(got.Removed) != 1 || got.Removed[0].Reason != "widget" {
		t.Errorf("round trip lost fields: %+v", got)
	}
	var n int
	db.db.QueryRow(`SELECT count(*) FROM sentences`).Scan(&n)
	if n != 2 {
		t.Errorf("%d sentences stored, want 2", n)
	}
}

func TestInterruptedIngestLeavesWholeArticles(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) { testInterruptedIngest(t, b) })
	}
}

func testInterruptedIngest(t *testing.T, b backend) {
	db, err := b.open(t)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	if _, err := db.Put(ctx, sample("done", 3)); err != nil {
		t.Fatal(err)
	}
	cancel() // the run is interrupted before the next article lands
	if _, err := db.Put(ctx, sample("cut", 3)); err == nil {
		t.Fatal("Put on a cancelled context succeeded")
	}
	db.Close()

	db, err = b.open(t)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var orphans int
	db.db.QueryRow(`SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles)`).Scan(&orphans)
	var cut int
	db.db.QueryRow(`SELECT count(*) FROM articles WHERE id = 'cut'`).Scan(&cut)
	if orphans != 0 || cut != 0 {
		t.Fatalf("interrupted Put left %d orphan sentences, %d partial articles", orphans, cut)
	}
	// The next run completes the ingest.
	ctx = context.Background()
	for _, id := range []string{"done", "cut"} {
		db.Put(ctx, sample(id, 3))
	}
	if n, _ := db.Count(ctx); n != 2 {
		t.Errorf("after the second run %d articles, want 2", n)
	}
}

func TestConcurrentPutsOfOneArticle(t *testing.T) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			db, err := b.open(t)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			added := make(chan bool, 8)
			for i := 0; i < 8; i++ {
				go func() {
					ok, err := db.Put(context.Background(), sample("same", 2))
					if err != nil {
						t.Error(err)
					}
					added <- ok
				}()
			}
			n := 0
			for i := 0; i < 8; i++ {
				if <-added {
					n++
				}
			}
			if n != 1 {
				t.Errorf("%d of 8 concurrent Puts of one article added it, want 1", n)
			}
		})
	}
}

func TestOpenNamesTheBackend(t *testing.T) {
	if got := redact("postgres://me:secret@db:5432/x"); got != "postgres://me:***@db:5432/x" {
		t.Errorf("redact = %q", got)
	}
	if _, err := Open("postgres://nobody:pw@127.0.0.1:1/none?connect_timeout=1"); err == nil || strings.Contains(err.Error(), "pw@") {
		t.Errorf("unreachable server: err = %v (and the password must not show)", err)
	}
}

func TestRefusesNewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.db")
	db, err := OpenSQLite(path)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	raw, _ := sql.Open("sqlite", path)
	raw.Exec(`UPDATE schema_version SET version = 99`)
	raw.Close()
	if _, err := OpenSQLite(path); err == nil {
		t.Fatal("opened a database from a newer sitrep")
	}
}

func TestNotADatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "junk.db")
	if err := os.WriteFile(path, []byte("this is plainly not an SQLite database file, just text long enough to look like one"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenSQLite(path); err == nil {
		t.Fatal("opened a file that is not a database")
	}
}
