package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	_ "modernc.org/sqlite"             // registers the "sqlite" driver

	"github.com/sitrep/sitrep/internal/article"
)

// dialect is what differs between the SQL databases sitrep stores into.
type dialect struct {
	name       string
	migrations []string            // applied in order, each once; append, never edit
	bind       func(string) string // rewrites ? placeholders for the driver
}

// schemaV1 is migration 1 (articles and their sentences, offsets in
// bytes of the original) for both databases; {{serial}} and {{false}}
// are what the two spell differently.
const schemaV1 = `CREATE TABLE articles (
	seq              {{serial}},
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
	byte_start INTEGER NOT NULL,
	byte_end   INTEGER NOT NULL,
	heading    BOOLEAN NOT NULL DEFAULT {{false}},
	text       TEXT NOT NULL,
	PRIMARY KEY (article_id, idx)
);`

// spell fills a schema template with one database's words.
func spell(schema string, words ...string) string {
	return strings.NewReplacer(words...).Replace(schema)
}

var sqliteDialect = dialect{
	name:       "SQLite",
	bind:       func(q string) string { return q },
	migrations: []string{spell(schemaV1, "{{serial}}", "INTEGER PRIMARY KEY AUTOINCREMENT", "{{false}}", "0")},
}

var postgresDialect = dialect{
	name: "PostgreSQL",
	bind: func(q string) string {
		var b strings.Builder
		n := 0
		for _, r := range q {
			if r == '?' {
				n++
				b.WriteString("$" + strconv.Itoa(n))
				continue
			}
			b.WriteRune(r)
		}
		return b.String()
	},
	migrations: []string{spell(schemaV1, "{{serial}}", "BIGSERIAL PRIMARY KEY", "{{false}}", "false")},
}

// SQL is a Store in an SQL database: SQLite (embedded, the default) or
// PostgreSQL (for teams and scale). The statements are the same; the
// dialect supplies the schema and the placeholder style.
type SQL struct {
	db *sql.DB
	d  dialect
}

// Open opens the database a --db value names: a postgres:// or
// postgresql:// URL, or else the path of an SQLite file (created if
// absent; ":memory:" for a throwaway one).
func Open(target string) (*SQL, error) {
	if strings.HasPrefix(target, "postgres://") || strings.HasPrefix(target, "postgresql://") {
		return OpenPostgres(target)
	}
	return OpenSQLite(target)
}

// OpenSQLite opens (creating if needed) the SQLite database at path and
// brings its schema up to date.
func OpenSQLite(path string) (*SQL, error) {
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
	return open(db, sqliteDialect, path)
}

// OpenPostgres connects to the PostgreSQL server a URL names and brings
// the schema up to date.
func OpenPostgres(url string) (*SQL, error) {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return nil, err
	}
	return open(db, postgresDialect, redact(url))
}

// redact hides a password in a URL shown in an error.
func redact(url string) string {
	at := strings.LastIndex(url, "@")
	scheme := strings.Index(url, "://")
	if at < 0 || scheme < 0 {
		return url
	}
	user := url[scheme+3 : at]
	if i := strings.Index(user, ":"); i >= 0 {
		return url[:scheme+3] + user[:i] + ":***" + url[at:]
	}
	return url
}

func open(db *sql.DB, d dialect, name string) (*SQL, error) {
	s := &SQL{db: db, d: d}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return s, nil
}

// SchemaVersion returns how many migrations the database has had.
func (s *SQL) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.db.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v)
	return v, err
}

// migrate brings the schema up to date, one transaction per migration.
// On PostgreSQL an advisory lock keeps two sitreps starting at once from
// migrating together.
func (s *SQL) migrate(ctx context.Context) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("cannot connect: %w", err)
	}
	defer conn.Close()
	if s.d.name == postgresDialect.name {
		if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock(736172)`); err != nil {
			return err
		}
		defer conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock(736172)`)
	}
	if _, err := conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("not a usable %s database: %w", s.d.name, err)
	}
	var v int
	err = conn.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		if _, err := conn.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (0)`); err != nil {
			return err
		}
	} else if err != nil {
		return err
	}
	if v > len(s.d.migrations) {
		return fmt.Errorf("database schema version %d is newer than this sitrep knows (%d); upgrade sitrep", v, len(s.d.migrations))
	}
	for i := v; i < len(s.d.migrations); i++ {
		tx, err := conn.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, s.d.migrations[i]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %d: %w", i+1, err)
		}
		if _, err := tx.ExecContext(ctx, s.d.bind(`UPDATE schema_version SET version = ?`), i+1); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}

// Put implements Store. Two writers putting the same article at once is
// safe: the insert does nothing for the second.
func (s *SQL) Put(ctx context.Context, a *article.Article) (bool, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback() // no-op after Commit
	bylines, _ := json.Marshal(nonNil(a.Bylines))
	kept, _ := json.Marshal(a.Kept)
	removed, _ := json.Marshal(a.Removed)
	res, err := tx.ExecContext(ctx, s.d.bind(`INSERT INTO articles
		(id, source_path, url, title, outlet, published, published_source, bylines, language, original, kept, removed, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`),
		a.ID, a.SourcePath, a.URL, a.Title, a.Outlet, nullable(a.Published), nullable(a.PublishedSource),
		string(bylines), a.Language, a.Original, string(kept), string(removed), time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return false, err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return false, err
	}
	stmt, err := tx.PrepareContext(ctx, s.d.bind(`INSERT INTO sentences (article_id, idx, byte_start, byte_end, heading, text) VALUES (?, ?, ?, ?, ?, ?)`))
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
func (s *SQL) Articles(ctx context.Context) ([]*article.Article, error) {
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
func (s *SQL) Count(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n)
	return n, err
}

// Close implements Store.
func (s *SQL) Close() error { return s.db.Close() }

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
