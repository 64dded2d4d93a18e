// Package conllu reads and writes CoNLL-U files, the format of the
// Universal Dependencies treebanks the tagger and parser learn from.
//
// Reading keeps every line of a sentence (comments, multiword token
// ranges such as "1-2", empty nodes such as "8.1") so that Write gives
// back the file byte for byte; Words gives the syntactic words that
// training and evaluation work on.
package conllu

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Token is one token line: the ten CoNLL-U columns as written, "_" for
// an empty field.
type Token struct {
	ID, Form, Lemma, UPOS, XPOS, Feats, Head, Deprel, Deps, Misc string
}

// IsRange reports whether t is a multiword token line such as "1-2",
// which spans syntactic words but is not one.
func (t *Token) IsRange() bool { return strings.IndexByte(t.ID, '-') >= 0 }

// IsEmpty reports whether t is an empty node such as "8.1" of the
// enhanced graph, which has no place in the basic tree.
func (t *Token) IsEmpty() bool { return strings.IndexByte(t.ID, '.') >= 0 }

// IsWord reports whether t is a syntactic word of the basic tree.
func (t *Token) IsWord() bool { return !t.IsRange() && !t.IsEmpty() }

// HeadIndex returns the head as a number (0 for the root), or -1 when
// the column is not a number.
func (t *Token) HeadIndex() int {
	h, err := strconv.Atoi(t.Head)
	if err != nil {
		return -1
	}
	return h
}

// Sentence is one sentence: its comment lines (without the newline, "#"
// included) and its token lines in file order.
type Sentence struct {
	Comments []string
	Tokens   []Token
}

// Words returns the syntactic words of s (token ranges and empty nodes
// left out), in order; word i has ID i+1 in a well-formed file.
func (s *Sentence) Words() []Token {
	ws := make([]Token, 0, len(s.Tokens))
	for i := range s.Tokens {
		if s.Tokens[i].IsWord() {
			ws = append(ws, s.Tokens[i])
		}
	}
	return ws
}

// Comment returns the value of a "# key = value" comment, or "".
func (s *Sentence) Comment(key string) string {
	for _, c := range s.Comments {
		rest, ok := strings.CutPrefix(c, "#")
		if !ok {
			continue
		}
		k, v, ok := strings.Cut(rest, "=")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// Read parses a CoNLL-U stream. Sentences are separated by blank lines;
// a final sentence without its blank line is accepted.
func Read(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var (
		out  []Sentence
		cur  Sentence
		open bool
		line int
	)
	for sc.Scan() {
		line++
		l := sc.Text()
		switch {
		case l == "":
			if open {
				out = append(out, cur)
			}
			cur, open = Sentence{}, false
		case strings.HasPrefix(l, "#"):
			if len(cur.Tokens) > 0 {
				return out, fmt.Errorf("conllu: line %d: comment after token lines", line)
			}
			cur.Comments = append(cur.Comments, l)
			open = true
		default:
			f := strings.Split(l, "\t")
			if len(f) != 10 {
				return out, fmt.Errorf("conllu: line %d: %d columns, want 10", line, len(f))
			}
			cur.Tokens = append(cur.Tokens, Token{f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]})
			open = true
		}
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("conllu: line %d: %w", line+1, err)
	}
	if open {
		out = append(out, cur)
	}
	return out, nil
}

// ReadFile reads the CoNLL-U file at path.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	ss, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ss, nil
}

// Write writes sentences in CoNLL-U, each followed by a blank line.
func Write(w io.Writer, ss []Sentence) error {
	bw := bufio.NewWriter(w)
	for i := range ss {
		for _, c := range ss[i].Comments {
			bw.WriteString(c)
			bw.WriteByte('\n')
		}
		for j := range ss[i].Tokens {
			t := &ss[i].Tokens[j]
			for k, f := range [10]string{t.ID, t.Form, t.Lemma, t.UPOS, t.XPOS, t.Feats, t.Head, t.Deprel, t.Deps, t.Misc} {
				if k > 0 {
					bw.WriteByte('\t')
				}
				if f == "" {
					f = "_"
				}
				bw.WriteString(f)
			}
			bw.WriteByte('\n')
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// ErrNotWord is returned by Check for a sentence whose word IDs are not
// 1, 2, 3, ... in order.
var ErrNotWord = errors.New("conllu: word IDs are not consecutive from 1")

// Check verifies that the syntactic words of s are numbered 1..n and
// that every head is a number in 0..n, the shape the parser needs.
func Check(s *Sentence) error {
	ws := s.Words()
	for i := range ws {
		if ws[i].ID != strconv.Itoa(i+1) {
			return ErrNotWord
		}
		if h := ws[i].HeadIndex(); h < 0 || h > len(ws) {
			return fmt.Errorf("conllu: word %s: bad head %q", ws[i].ID, ws[i].Head)
		}
	}
	return nil
}
