// Package store keeps articles in a database so that a corpus can be
// built up over many runs and exported whole. The embedded default is
// SQLite (pure Go, no server); other back ends implement the same Store.
//
// What is stored is the article as read and cleaned (text, metadata, kept
// and removed spans, sentences). Everything sitrep derives from it is
// recomputed on export, so improving a stage improves old data too.
package store

import (
	"context"

	"github.com/sitrep/sitrep/internal/article"
)

// Store is a database of articles.
type Store interface {
	// Put stores a unless an article with the same ID is already there;
	// it reports whether a was new. A Put is atomic: an interrupted run
	// leaves either the whole article or nothing.
	Put(ctx context.Context, a *article.Article) (bool, error)
	// Articles returns every stored article in the order first stored.
	Articles(ctx context.Context) ([]*article.Article, error)
	// Count returns how many articles are stored.
	Count(ctx context.Context) (int, error)
	Close() error
}
