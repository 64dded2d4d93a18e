package read

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestPlainText(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "a.txt", []byte("\ufeffPakistan recalled its ambassador.\n"))
	as, skips := File(p, Options{})
	if len(skips) != 0 || len(as) != 1 {
		t.Fatalf("got %d articles, skips %v", len(as), skips)
	}
	if as[0].Original != "Pakistan recalled its ambassador.\n" || as[0].SourcePath != p {
		t.Errorf("article = %+v", as[0])
	}
}

func TestHTML(t *testing.T) {
	as, skips := File("testdata/article.html", Options{})
	if len(skips) != 0 || len(as) != 1 {
		t.Fatalf("got %d articles, skips %v", len(as), skips)
	}
	a := as[0]
	if !strings.Contains(a.Original, "Sistan-Baluchestan province on Thursday") {
		t.Errorf("main text missing: %q", a.Original)
	}
	for _, junk := range []string{"Unrelated story", "Home", "Copyright"} {
		if strings.Contains(a.Original, junk) {
			t.Errorf("extracted text keeps page furniture %q: %q", junk, a.Original)
		}
	}
	if a.Published != "2024-01-18" || a.PublishedSource != "metadata" {
		t.Errorf("published = %q (%s)", a.Published, a.PublishedSource)
	}
	if a.Outlet != "Example News" || !strings.Contains(a.Title, "Pakistan strikes") {
		t.Errorf("outlet %q title %q", a.Outlet, a.Title)
	}
	if len(a.Bylines) != 1 || a.Bylines[0] != "Jane Reporter" {
		t.Errorf("bylines = %q", a.Bylines)
	}
}

func TestBrokenHTMLStillReadsOrSaysWhy(t *testing.T) {
	as, skips := File("testdata/broken.html", Options{})
	if len(as) == 1 {
		if !strings.Contains(as[0].Original, "Pakistan recalled its ambassador") {
			t.Errorf("broken HTML lost its text: %q", as[0].Original)
		}
		return
	}
	if len(skips) != 1 || skips[0].Reason == "" {
		t.Fatalf("broken HTML neither read nor skipped with a reason: %v", skips)
	}
}

func TestNewsPleaseJSON(t *testing.T) {
	as, skips := File("testdata/newsplease.json", Options{})
	if len(skips) != 0 || len(as) != 1 {
		t.Fatalf("got %d articles, skips %v", len(as), skips)
	}
	a := as[0]
	if a.URL != "https://example.org/story" || a.Title != "Pakistan strikes back at Iran" ||
		a.Outlet != "example.org" || a.Published != "2024-01-18" || a.PublishedSource != "metadata" ||
		a.Language != "en" || len(a.Bylines) != 1 || !strings.HasPrefix(a.Original, "ISLAMABAD (AP)") {
		t.Errorf("article = %+v", a)
	}
}

func TestJSONLinesSkipsOnlyBadLines(t *testing.T) {
	as, skips := File("testdata/corpus.jsonl", Options{})
	if len(as) != 2 {
		t.Fatalf("got %d articles, want 2 (lines 1 and 4)", len(as))
	}
	if as[0].SourcePath != "testdata/corpus.jsonl#1" || as[1].SourcePath != "testdata/corpus.jsonl#4" {
		t.Errorf("source paths %q %q", as[0].SourcePath, as[1].SourcePath)
	}
	if as[1].Outlet != "Xinhua" || as[1].Published != "2024-01-18" || as[1].Original != "China urged restraint." {
		t.Errorf("alternative field names not read: %+v", as[1])
	}
	if len(skips) != 2 || !strings.HasSuffix(skips[0].Path, "#2") || !strings.HasSuffix(skips[1].Path, "#5") {
		t.Fatalf("skips = %v, want lines 2 and 5", skips)
	}
	for _, s := range skips {
		if !strings.Contains(s.Reason, "malformed") {
			t.Errorf("reason %q does not say the line is malformed", s.Reason)
		}
	}
}

func TestStdin(t *testing.T) {
	as, skips := File("-", Options{Stdin: strings.NewReader("Iran struck Pakistan.")})
	if len(skips) != 0 || len(as) != 1 || as[0].SourcePath != "-" {
		t.Fatalf("got %v %v", as, skips)
	}
	as, _ = File("-", Options{Stdin: strings.NewReader(`{"maintext": "From stdin.", "title": "T"}` + "\n")})
	if len(as) != 1 || as[0].Title != "T" {
		t.Fatalf("JSON on stdin not sniffed: %+v", as)
	}
}

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "huge.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(100 << 20); err != nil { // sparse: costs no disk
		t.Fatal(err)
	}
	f.Close()
	cases := map[string]struct {
		data []byte
		want string
	}{
		"empty.txt":        {nil, "empty"},
		"blank.txt":        {[]byte(" \n\t\n"), "empty"},
		"binary.txt":       {[]byte("\x7fELF\x02\x01\x01\x00\x00\x00binary"), "binary"},
		"latin1.txt":       {[]byte("Pe\xf1a Nieto said the caf\xe9 was closed."), "UTF-8"},
		"empty.html":       {nil, "empty"},
		"bad.json":         {[]byte(`{"maintext": "x"`), "malformed"},
		"notext.json":      {[]byte(`{"title": "no body"}`), "no article text"},
		"scripts.html":     {[]byte("<html><body><script>var a = 1;</script></body></html>"), "no article text"},
		"controls.txt":     {[]byte(strings.Repeat("\x01\x02\x03 text ", 50)), "binary"},
		"emptylines.jsonl": {[]byte("\n\n"), "empty"},
	}
	for name, c := range cases {
		p := writeFile(t, dir, name, c.data)
		as, skips := File(p, Options{})
		if len(as) != 0 || len(skips) != 1 || !strings.Contains(skips[0].Reason, c.want) {
			t.Errorf("%s: got %d articles, skips %v; want one skip saying %q", name, len(as), skips, c.want)
		}
	}
	as, skips := File(big, Options{})
	if len(as) != 0 || len(skips) != 1 || !strings.Contains(skips[0].Reason, "too large") {
		t.Errorf("100 MB file: got %v %v", as, skips)
	}
	_, skips = File(filepath.Join(dir, "missing.txt"), Options{})
	if len(skips) != 1 || !strings.Contains(skips[0].Reason, "no such file") {
		t.Errorf("missing file: %v", skips)
	}
	_, skips = File("-", Options{Stdin: strings.NewReader(strings.Repeat("x", 2000)), MaxBytes: 1000})
	if len(skips) != 1 || !strings.Contains(skips[0].Reason, "too large") {
		t.Errorf("oversized stdin: %v", skips)
	}
}

func TestTruncatedUTF8KeepsTheText(t *testing.T) {
	data := []byte("Pakistan’s envoy was recalled. The ministry said “") // ends in a whole rune
	data = append(data, "’"[:2]...)                                      // then half of one
	as, skips := File(writeFile(t, t.TempDir(), "cut.txt", data), Options{})
	if len(skips) != 0 || len(as) != 1 {
		t.Fatalf("truncated file: %v %v", as, skips)
	}
	a := as[0]
	if !strings.HasSuffix(a.Original, "said “") {
		t.Errorf("text = %q", a.Original)
	}
	if len(a.Removed) != 1 || !strings.HasPrefix(a.Removed[0].Reason, "truncated") {
		t.Errorf("truncation not recorded: %+v", a.Removed)
	}
}

func TestExpandWalksDirectories(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "b/2.txt", []byte("two"))
	writeFile(t, dir, "a.html", []byte("<p>one</p>"))
	writeFile(t, dir, "c/d/3.jsonl", []byte("{}"))
	writeFile(t, dir, "README.md", []byte("not an article"))
	writeFile(t, dir, ".hidden/4.txt", []byte("hidden"))
	paths, skips := Expand([]string{dir, filepath.Join(dir, "nope"), "-"})
	var rel []string
	for _, p := range paths {
		r, _ := filepath.Rel(dir, p)
		if p == "-" {
			r = "-"
		}
		rel = append(rel, r)
	}
	want := []string{"a.html", "b/2.txt", "c/d/3.jsonl", "-"}
	if strings.Join(rel, " ") != strings.Join(want, " ") {
		t.Errorf("Expand = %v, want %v", rel, want)
	}
	if len(skips) != 1 || !strings.Contains(skips[0].Reason, "no such file") {
		t.Errorf("skips = %v", skips)
	}
}
