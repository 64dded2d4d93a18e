// Package pipeline runs sitrep's stages in order over a set of inputs:
// read → clean → annotate (sentences, tokens, parse) → extract → fuse,
// and assembles the record. It owns no analysis of its own; it is the
// plumbing that makes the stages one program.
package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/sitrep/sitrep/internal/article"
	"github.com/sitrep/sitrep/internal/clean"
	"github.com/sitrep/sitrep/internal/fuse"
	"github.com/sitrep/sitrep/internal/nlp"
	"github.com/sitrep/sitrep/internal/read"
	"github.com/sitrep/sitrep/internal/segment"
)

// Options configure a run.
type Options struct {
	Read    read.Options
	Cleaner *clean.Cleaner // nil: the embedded rules
	Workers int            // 0: one per CPU
	// Annotate, when set, is called on every prepared article after the
	// parser, for stages under test or added by a program embedding sitrep.
	Annotate func(*article.Article)
	// Progress, when set, is told how many inputs are done out of how many.
	Progress func(done, total int)
	// StoreOnly makes Run only segment articles, for storing them: no
	// parse, no extraction, no contributions.
	StoreOnly bool
	// KeepTokens keeps every sentence's tokens after extraction (for
	// CoNLL-U output). Without it they are dropped as soon as an article's
	// contribution is made, so a large run holds only what the record needs.
	KeepTokens bool
}

// Result is what a run produced: articles in input order with their
// contributions to the record (Contributions[i] is Articles[i]'s; nil
// with StoreOnly), and what was skipped with reasons.
type Result struct {
	Articles      []*article.Article
	Contributions []*fuse.Article
	Skips         []read.Skip
}

// ID is an article's identity: a hash of its text as read, so the same
// article from two files or two runs is one article.
func ID(original string) string {
	sum := sha256.Sum256([]byte(original))
	return hex.EncodeToString(sum[:8])
}

// Prepare cleans (unless already cleaned), identifies and segments a, then
// runs the annotator.
func Prepare(a *article.Article, opt Options) {
	Segment(a, opt)
	Parse(a)
	if opt.Annotate != nil {
		opt.Annotate(a)
	}
}

// Segment is the cheap part of Prepare: identify, clean (unless already
// cleaned) and split into sentences and tokens. It is all that storing an
// article needs; the parse and extraction are redone from the text.
func Segment(a *article.Article, opt Options) {
	if a.ID == "" {
		a.ID = ID(a.Original)
	}
	if a.Kept == nil {
		c := opt.Cleaner
		if c == nil {
			c = clean.Default()
		}
		c.Clean(a)
	}
	segment.Split(a)
}

// Parse tags, lemmatises and parses every sentence of a with the embedded
// model. The model is part of the binary, so failing to load it is a
// broken build, not bad input.
func Parse(a *article.Article) {
	m, err := nlp.Default()
	if err != nil {
		panic("sitrep: the embedded parser model does not load: " + err.Error())
	}
	for i := range a.Sentences {
		m.Annotate(a.Sentences[i].Tokens)
	}
}

// PrepareAll prepares articles that were read some other way (from a
// database, from the bundled examples) and makes their contributions,
// dropping tokens as Run does.
func PrepareAll(arts []*article.Article, opt Options) []*fuse.Article {
	contribs := make([]*fuse.Article, len(arts))
	for i, a := range arts {
		Prepare(a, opt)
		contribs[i] = Contribution(a)
		if !opt.KeepTokens {
			for j := range a.Sentences {
				a.Sentences[j].Tokens = nil
			}
		}
	}
	return contribs
}

// Run reads and prepares every input path, in parallel, keeping input
// order in the result. An input that fails is skipped with its reason;
// the others go on. Articles whose text repeats an earlier one are
// skipped as duplicates.
func Run(paths []string, opt Options) Result {
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type output struct {
		arts     []*article.Article
		contribs []*fuse.Article
		skips    []read.Skip
	}
	outs := make([]output, len(paths))
	jobs := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				arts, contribs, skips := readOne(paths[i], opt)
				outs[i] = output{arts, contribs, skips}
				if opt.Progress != nil {
					mu.Lock()
					done++
					opt.Progress(done, len(paths))
					mu.Unlock()
				}
			}
		}()
	}
	for i := range paths {
		jobs <- i
	}
	close(jobs)
	wg.Wait()

	var res Result
	seen := map[string]string{}
	for _, o := range outs {
		res.Skips = append(res.Skips, o.skips...)
		for i, a := range o.arts {
			if first, dup := seen[a.ID]; dup {
				res.Skips = append(res.Skips, read.Skip{Path: a.SourcePath, Reason: "duplicate of " + first})
				continue
			}
			seen[a.ID] = a.SourcePath
			res.Articles = append(res.Articles, a)
			res.Contributions = append(res.Contributions, o.contribs[i])
		}
	}
	return res
}

// readOne reads, prepares and extracts one input. A panic in a stage (a
// bug that a hostile text triggered) costs that input only, never the run.
func readOne(path string, opt Options) (arts []*article.Article, contribs []*fuse.Article, skips []read.Skip) {
	defer func() {
		if r := recover(); r != nil {
			arts, contribs = nil, nil
			skips = append(skips, read.Skip{Path: path, Reason: fmt.Sprintf("internal error while analysing (please report): %v", r)})
		}
	}()
	arts, skips = read.File(path, opt.Read)
	for _, a := range arts {
		if opt.StoreOnly {
			Segment(a, opt)
			contribs = append(contribs, nil)
			continue
		}
		Prepare(a, opt)
		contribs = append(contribs, Contribution(a))
		if !opt.KeepTokens {
			for i := range a.Sentences {
				a.Sentences[i].Tokens = nil
			}
		}
	}
	return arts, contribs, skips
}

// ProgressWriter returns a Progress function that redraws one status
// line on w; meant for a terminal.
func ProgressWriter(w io.Writer) func(done, total int) {
	return func(done, total int) {
		fmt.Fprintf(w, "\r%d/%d inputs", done, total)
		if done == total {
			fmt.Fprintln(w)
		}
	}
}
