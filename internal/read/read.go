// Package read turns input paths into articles: plain text, HTML, and
// news-please JSON / JSON Lines, from files, directories or standard input.
//
// Reading never stops at a bad input: each one that cannot be used becomes
// a Skip with a reason, and the others are still returned.
package read

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/article"
)

// DefaultMaxBytes bounds one article file (and one JSON Lines record). No
// news article comes near it; a file that does is a dump or a mistake, and
// reading it whole would only cost memory.
const DefaultMaxBytes = 16 << 20

// Skip is an input that could not be used, and why.
type Skip struct {
	Path   string
	Reason string
}

func (s Skip) String() string { return s.Path + ": " + s.Reason }

// Options tune reading.
type Options struct {
	MaxBytes int64     // per file or JSONL line; 0 means DefaultMaxBytes
	Stdin    io.Reader // what "-" reads; nil means os.Stdin
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

// Format is an input format.
type Format int

const (
	Unknown Format = iota
	Text
	HTML
	JSON  // one news-please object, or an array of them
	JSONL // one object a line
)

// articleExts are the extensions read when walking a directory; other
// files in a directory (READMEs, images) are passed over silently.
var articleExts = map[string]Format{
	".txt": Text, ".text": Text,
	".html": HTML, ".htm": HTML, ".xhtml": HTML,
	".json":  JSON,
	".jsonl": JSONL, ".ndjson": JSONL,
}

// Expand lists the files named by args: files as given, directories
// recursively (article extensions only, sorted, hidden entries skipped),
// and "-" for standard input.
func Expand(args []string) ([]string, []Skip) {
	var paths []string
	var skips []Skip
	for _, arg := range args {
		if arg == "-" {
			paths = append(paths, arg)
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			skips = append(skips, Skip{arg, describeOSError(err)})
			continue
		}
		if !info.IsDir() {
			paths = append(paths, arg)
			continue
		}
		var found []string
		err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				skips = append(skips, Skip{p, describeOSError(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			name := d.Name()
			if p != arg && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				if _, ok := articleExts[strings.ToLower(filepath.Ext(name))]; ok {
					found = append(found, p)
				}
			}
			return nil
		})
		if err != nil {
			skips = append(skips, Skip{arg, describeOSError(err)})
		}
		sort.Strings(found)
		paths = append(paths, found...)
	}
	return paths, skips
}

func describeOSError(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	return err.Error()
}

// File reads one input path ("-" for standard input) and returns its
// articles (a JSONL file may hold many) and the parts that were skipped.
func File(path string, opt Options) ([]*article.Article, []Skip) {
	var data []byte
	var err error
	if path == "-" {
		in := opt.Stdin
		if in == nil {
			in = os.Stdin
		}
		data, err = readLimited(in, opt.maxBytes())
	} else {
		data, err = readFileLimited(path, opt.maxBytes())
	}
	if err != nil {
		return nil, []Skip{{path, err.Error()}}
	}
	format := formatOf(path, data)
	if format == JSONL {
		return jsonLines(path, data, opt)
	}
	a, err := Bytes(path, data, format)
	if err != nil {
		return nil, []Skip{{path, err.Error()}}
	}
	return a, nil
}

// Bytes parses the content of one file in a known format. JSON may hold
// several articles (an array); the others hold one.
func Bytes(path string, data []byte, format Format) ([]*article.Article, error) {
	switch format {
	case HTML:
		a, err := fromHTML(path, data)
		if err != nil {
			return nil, err
		}
		return []*article.Article{a}, nil
	case JSON:
		return fromJSONFile(path, data)
	case JSONL:
		as, skips := jsonLines(path, data, Options{})
		if len(as) == 0 && len(skips) > 0 {
			return nil, errors.New(skips[0].Reason)
		}
		return as, nil
	default:
		a, err := fromText(path, data)
		if err != nil {
			return nil, err
		}
		return []*article.Article{a}, nil
	}
}

func readFileLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, errors.New(describeOSError(err))
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, errors.New("is a directory")
	}
	if info.Mode().IsRegular() && info.Size() > limit {
		return nil, tooLarge(info.Size(), limit)
	}
	return readLimited(f, limit)
}

func readLimited(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read error: %v", err)
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(-1, limit)
	}
	return data, nil
}

func tooLarge(size, limit int64) error {
	if size < 0 {
		return fmt.Errorf("too large (more than %s; the limit is --max-bytes)", humanBytes(limit))
	}
	return fmt.Errorf("too large (%s, the limit is %s; see --max-bytes)", humanBytes(size), humanBytes(limit))
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// formatOf decides the format from the extension, or from the content
// when the extension says nothing (stdin, unknown names).
func formatOf(path string, data []byte) Format {
	if f, ok := articleExts[strings.ToLower(filepath.Ext(path))]; ok {
		return f
	}
	head := bytes.TrimLeft(data, " \t\r\n\ufeff")
	if len(head) > 512 {
		head = head[:512]
	}
	lower := bytes.ToLower(head)
	switch {
	case bytes.HasPrefix(lower, []byte("<!doctype html")), bytes.HasPrefix(lower, []byte("<html")),
		bytes.Contains(lower, []byte("<body")), bytes.Contains(lower, []byte("<head")):
		return HTML
	case bytes.HasPrefix(head, []byte("[")):
		return JSON
	case bytes.HasPrefix(head, []byte("{")):
		// One object spread over lines is JSON; one object a line is JSONL.
		if line, _, found := bytes.Cut(bytes.TrimSpace(data), []byte("\n")); found && bytes.HasSuffix(bytes.TrimSpace(line), []byte("}")) {
			return JSONL
		}
		return JSON
	}
	return Text
}

// checkText rejects content that is not usable article text and returns
// it as a string, with a trailing incomplete UTF-8 sequence (a file cut
// short mid-character) trimmed and reported in truncated.
func checkText(data []byte) (text string, truncated int, err error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if len(bytes.TrimSpace(data)) == 0 {
		return "", 0, errors.New("empty: no text")
	}
	if bytes.IndexByte(data, 0) >= 0 || controlShare(data) > 0.05 {
		return "", 0, errors.New("binary content, not text")
	}
	if !utf8.Valid(data) {
		cut := validPrefixAfterTruncation(data)
		if cut < 0 {
			return "", 0, fmt.Errorf("not valid UTF-8 (first bad byte at offset %d); convert it to UTF-8 first", firstInvalid(data))
		}
		truncated = len(data) - cut
		data = data[:cut]
	}
	return string(data), truncated, nil
}

// controlShare is the share of C0 control bytes other than whitespace, a
// cheap test for binary files that happen to contain no NUL.
func controlShare(data []byte) float64 {
	n := len(data)
	if n > 8192 {
		data = data[:8192]
	}
	bad := 0
	for _, b := range data {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != '\v' {
			bad++
		}
	}
	return float64(bad) / float64(len(data))
}

// validPrefixAfterTruncation returns the length of data without its final
// incomplete UTF-8 sequence when that is the only problem, or -1.
func validPrefixAfterTruncation(data []byte) int {
	for cut := len(data) - 1; cut >= 0 && cut >= len(data)-3; cut-- {
		if utf8.RuneStart(data[cut]) {
			if utf8.Valid(data[:cut]) && !utf8.FullRune(data[cut:]) {
				return cut
			}
			return -1
		}
	}
	return -1
}

func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

func fromText(path string, data []byte) (*article.Article, error) {
	text, truncated, err := checkText(data)
	if err != nil {
		return nil, err
	}
	a := &article.Article{SourcePath: path, Original: text}
	if truncated > 0 {
		a.Removed = append(a.Removed, article.Removed{Span: article.Span{Start: len(text), End: len(text)}, Reason: fmt.Sprintf("truncated: %d bytes of an incomplete character at the end", truncated)})
	}
	return a, nil
}

// lineScanner splits JSON Lines without a line-length cap of its own; the
// caller checks each line against MaxBytes.
func jsonLines(path string, data []byte, opt Options) ([]*article.Article, []Skip) {
	var out []*article.Article
	var skips []Skip
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), len(data)+1)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		name := fmt.Sprintf("%s#%d", path, n)
		if int64(len(line)) > opt.maxBytes() {
			skips = append(skips, Skip{name, tooLarge(int64(len(line)), opt.maxBytes()).Error()})
			continue
		}
		a, err := fromJSONObject(name, line)
		if err != nil {
			skips = append(skips, Skip{name, err.Error()})
			continue
		}
		out = append(out, a)
	}
	if len(out) == 0 && len(skips) == 0 {
		skips = append(skips, Skip{path, "empty: no JSON lines"})
	}
	return out, skips
}
