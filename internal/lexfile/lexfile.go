// Package lexfile reads the word-list data files of the extraction
// stages (speech verbs, role words, number words, …): one entry a line,
// "#" comments and blank lines skipped, a line's fields its TAB-separated
// columns in a .tsv file and its words otherwise.
package lexfile

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// File is one data file and what to do with each of its lines.
type File struct {
	Name string
	Line func(fields []string) error
}

// Load reads each file present in fsys. A missing file is passed over:
// a user's directory holds only the files it extends.
func Load(fsys fs.FS, files []File) error {
	for _, f := range files {
		data, err := fs.ReadFile(fsys, f.Name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return err
		}
		if err := EachLine(f.Name, data, f.Line); err != nil {
			return err
		}
	}
	return nil
}

// EachLine calls fn with the fields of every line of data that is not
// blank or a comment; an error names the file and line.
func EachLine(name string, data []byte, fn func([]string) error) error {
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		var fields []string
		if filepath.Ext(name) == ".tsv" {
			for _, c := range strings.Split(line, "\t") {
				if c = strings.TrimSpace(c); c != "" {
					fields = append(fields, c)
				}
			}
		} else {
			fields = strings.Fields(line)
		}
		if err := fn(fields); err != nil {
			return fmt.Errorf("%s:%d: %v", name, n, err)
		}
	}
	return sc.Err()
}

// Layers loads the embedded files under dir of embedded, then, when user
// is not "", the files of the user's directory on top: load adds what a
// file system holds to the lists being built.
func Layers(embedded fs.FS, dir, user string, load func(fs.FS) error) error {
	sub, err := fs.Sub(embedded, dir)
	if err != nil {
		return err
	}
	if err := load(sub); err != nil {
		return err
	}
	if user == "" {
		return nil
	}
	return load(os.DirFS(user))
}
