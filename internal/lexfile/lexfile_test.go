package lexfile

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func TestLayersAndLines(t *testing.T) {
	embedded := fstest.MapFS{
		"data/verbs.tsv": {Data: []byte("# comment\nsay\tspeech verb\n\n")},
		"data/words.txt": {Data: []byte("alpha beta\n")},
	}
	user := t.TempDir()
	os.WriteFile(filepath.Join(user, "verbs.tsv"), []byte("assert\tclaim\n"), 0o644) // words.txt absent: fine
	var verbs, words [][]string
	load := func(fsys fs.FS) error {
		return Load(fsys, []File{
			{Name: "verbs.tsv", Line: func(f []string) error { verbs = append(verbs, f); return nil }},
			{Name: "words.txt", Line: func(f []string) error { words = append(words, f); return nil }},
		})
	}
	if err := Layers(embedded, "data", user, load); err != nil {
		t.Fatal(err)
	}
	if len(verbs) != 2 || verbs[0][1] != "speech verb" || verbs[1][0] != "assert" {
		t.Errorf("verbs = %q (TSV columns, embedded then user)", verbs)
	}
	if len(words) != 1 || len(words[0]) != 2 {
		t.Errorf("words = %q (a .txt line is its words)", words)
	}
	err := EachLine("x.tsv", []byte("ok\nbad\n"), func(f []string) error {
		if f[0] == "bad" {
			return os.ErrInvalid
		}
		return nil
	})
	if err == nil || !strings.HasPrefix(err.Error(), "x.tsv:2:") {
		t.Errorf("error %v does not name file and line", err)
	}
}
