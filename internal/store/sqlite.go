package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/sitrep/sitrep/internal/article"
)

// migrations are applied in order, each once; the database records how
// many it has had in schema_version. Append, never edit.
var migrations = []string{
	// 1: articles and their sentences.
	`CREATE TABLE articles (
		seq              INTEGER PRIMARY KEY AUTOINCREMENT,
		id               TEXT NOT NULL UNIQUE,
		source_path      TEXT NOT NULL,
		url              TEXT NOT NULL DEFAULT '',
		title            TEXT NOT NULL DEFAULT '',
		outlet           TEXT NOT NULL DEFAULT '',
		published        TEXT,
		published_source TEXT,
		bylines          TEXT NOT NULL DEFAULT '[]',
		language         TEXT NOT NULL DEFAULT '',
		original         TEXT NOT NULL,
		kept             TEXT NOT NULL DEFAULT '[]',
		removed          TEXT NOT NULL DEFAULT '[]',
		ingested_at      TEXT NOT NULL
	);
	CREATE TABLE sentences (
		article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
		idx        INTEGER NOT NULL,
		start      INTEGER NOT NULL,
		end        INTEGER NOT NULL,
		heading    INTEGER NOT NULL DEFAULT 0,
		text       TEXT NOT NULL,
		PRIMARY KEY (article_id, idx)
	);`,
}

// SQLite is the embedded store.
type SQLite struct {
	db *sql.DB
}

// OpenSQLite opens (creating if needed) the database at path and brings
// its schema up to date. Use ":memory:" for a throwaway database.
func OpenSQLite(path string) (*SQLite, error) {
	dsn := "file:" + path + "?_pragma=busy_timeout(5000)&_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"
	if path == ":memory:" {
		dsn = "file::memory:?_pragma=foreign_keys(1)"
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	// One writer at a time is SQLite's model; a single connection also
	// keeps an in-memory database from being one database per connection.
	db.SetMaxOpenConns(1)
	s := &SQLite{db: db}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// SchemaVersion returns how many migrations the database has had.
func (s *SQLite) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.db.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v)
	return v, err
}

func (s *SQLite) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("not a usable SQLite database: %w", err)
	}
	var v int
	err := s.db.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		if _, err := s.db.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (0)`); err != nil {
			return err
		}
	} else if err != nil {
		return err
	}
	if v > len(migrations) {
		return fmt.Errorf("database schema version %d is newer than this sitrep knows (%d); upgrade sitrep", v, len(migrations))
	}
	for i := v; i < len(migrations); i++ {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE schema_version SET version = ?`, i+1); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}

// Put implements Store.
func (s *SQLite) Put(ctx context.Context, a *article.Article) (bool, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback() // no-op after Commit
	var seen int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE id = ?`, a.ID).Scan(&seen); err != nil {
		return false, err
	}
	if seen > 0 {
		return false, nil
	}
	bylines, _ := json.Marshal(nonNil(a.Bylines))
	kept, _ := json.Marshal(a.Kept)
	removed, _ := json.Marshal(a.Removed)
	_, err = tx.ExecContext(ctx, `INSERT INTO articles
		(id, source_path, url, title, outlet, published, published_source, bylines, language, original, kept, removed, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.ID, a.SourcePath, a.URL, a.Title, a.Outlet, nullable(a.Published), nullable(a.PublishedSource),
		string(bylines), a.Language, a.Original, string(kept), string(removed), time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return false, err
	}
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO sentences (article_id, idx, start, end, heading, text) VALUES (?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return false, err
	}
	defer stmt.Close()
	for _, sn := range a.Sentences {
		if _, err := stmt.ExecContext(ctx, a.ID, sn.Index, sn.Start, sn.End, sn.Heading, a.Original[sn.Start:sn.End]); err != nil {
			return false, err
		}
	}
	return true, tx.Commit()
}

// Articles implements Store. Sentences are not filled: they are derived
// from Kept by the segmenter, as on first analysis.
func (s *SQLite) Articles(ctx context.Context) ([]*article.Article, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, source_path, url, title, outlet, published, published_source,
		bylines, language, original, kept, removed FROM articles ORDER BY seq`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*article.Article
	for rows.Next() {
		a := &article.Article{}
		var published, publishedSource sql.NullString
		var bylines, kept, removed string
		if err := rows.Scan(&a.ID, &a.SourcePath, &a.URL, &a.Title, &a.Outlet, &published, &publishedSource,
			&bylines, &a.Language, &a.Original, &kept, &removed); err != nil {
			return nil, err
		}
		a.Published, a.PublishedSource = published.String, publishedSource.String
		if err := errors.Join(json.Unmarshal([]byte(bylines), &a.Bylines), json.Unmarshal([]byte(kept), &a.Kept),
			json.Unmarshal([]byte(removed), &a.Removed)); err != nil {
			return nil, fmt.Errorf("article %s: %w", a.ID, err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Count implements Store.
func (s *SQLite) Count(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n)
	return n, err
}

// Close implements Store.
func (s *SQLite) Close() error { return s.db.Close() }

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
