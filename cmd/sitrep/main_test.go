package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/record"
)

// sitrep runs the command in-process and returns stdout, stderr and the
// exit status.
func sitrep(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, &out, &errb)
	return out.String(), errb.String(), code
}

func decode(t *testing.T, out string) record.Record {
	t.Helper()
	var rec record.Record
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatalf("output is not the JSON record: %v\n%s", err, out)
	}
	return rec
}

func TestAnalyzeExamples(t *testing.T) {
	out, errs, code := sitrep(t, "analyze", "--format", "json", "../../examples")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	rec := decode(t, out)
	if len(rec.Articles) != 5 {
		t.Fatalf("%d articles, want 5", len(rec.Articles))
	}
	byFile := map[string]record.Article{}
	for _, a := range rec.Articles {
		byFile[filepath.Base(a.SourcePath)[:3]] = a
		if a.Sentences == 0 || a.Chars == 0 || a.Text == "" {
			t.Errorf("%s: empty analysis %+v", a.SourcePath, a)
		}
	}
	dawn, ahram := byFile["000"], byFile["002"]
	if dawn.Outlet != "Dawn" || dawn.Published == nil || *dawn.Published != "2024-01-18" {
		t.Errorf("seed 000: outlet %q published %v", dawn.Outlet, dawn.Published)
	}
	if (ahram.Outlet != "Ahram Online" && ahram.Outlet != "AFP") || ahram.Published == nil || *ahram.Published != "2024-01-17" {
		t.Errorf("seed 002: outlet %q published %v", ahram.Outlet, ahram.Published)
	}
	if strings.Contains(dawn.Text, "Border clashes") || !hasRemoved(dawn, "Border clashes") {
		t.Error("seed 000's sidebar headlines are in the text, not in removed")
	}
	analysis := byFile["001"]
	if strings.Contains(analysis.Text, "Print Friendly") || !hasRemoved(analysis, "Print Friendly, PDF & Email") {
		t.Error("seed 001's widget line is in the text, not in removed")
	}
	// Offsets are characters into the original file.
	orig, _ := os.ReadFile(filepath.Join("../../examples", filepath.Base(dawn.SourcePath)))
	runes := []rune(string(orig))
	for _, r := range dawn.Removed {
		if string(runes[r.Start:r.End]) != r.Text {
			t.Errorf("removed span [%d,%d) is %q in the original, record says %q", r.Start, r.End, string(runes[r.Start:r.End]), r.Text)
		}
	}
	var joined []string
	for _, k := range dawn.Kept {
		joined = append(joined, string(runes[k[0]:k[1]]))
	}
	if strings.Join(joined, "\n\n") != dawn.Text {
		t.Error("text is not the kept spans of the original joined by blank lines")
	}
}

func hasRemoved(a record.Article, s string) bool {
	for _, r := range a.Removed {
		if strings.Contains(r.Text, s) {
			return true
		}
	}
	return false
}

func TestBadInputsAreSkippedOthersKept(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", []byte("Pakistan recalled its ambassador from Iran on Wednesday.\n"))
	write("empty.txt", nil)
	write("binary.txt", []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 13})
	write("latin1.txt", []byte("caf\xe9 au lait"))
	write("broken.jsonl", []byte(`{"maintext": "Iran denied it."}`+"\n"+`{"maintext": `+"\n"))
	out, errs, code := sitrep(t, "analyze", dir)
	if code != exitSkipped {
		t.Errorf("exit %d, want %d (some inputs skipped)", code, exitSkipped)
	}
	rec := decode(t, out)
	if len(rec.Articles) != 2 {
		t.Errorf("%d articles, want 2 (good.txt and line 1 of broken.jsonl)", len(rec.Articles))
	}
	for _, name := range []string{"empty.txt", "binary.txt", "latin1.txt", "broken.jsonl#2"} {
		if !strings.Contains(errs, name+": ") {
			t.Errorf("stderr does not name %s:\n%s", name, errs)
		}
	}
	if n := strings.Count(errs, "sitrep: skipped "); n != 4 {
		t.Errorf("%d skip lines, want 4:\n%s", n, errs)
	}
	if _, _, code := sitrep(t, "analyze", filepath.Join(dir, "empty.txt")); code != exitFailure {
		t.Errorf("nothing readable: exit %d, want %d", code, exitFailure)
	}
}

func TestIngestTwiceThenExport(t *testing.T) {
	db := filepath.Join(t.TempDir(), "corpus.db")
	if _, errs, code := sitrep(t, "ingest", "--db", db, "../../examples"); code != exitOK || !strings.Contains(errs, "5 new articles") {
		t.Fatalf("first ingest: exit %d %s", code, errs)
	}
	if _, errs, code := sitrep(t, "ingest", "--db", db, "../../examples"); code != exitOK || !strings.Contains(errs, "0 new articles") {
		t.Fatalf("second ingest: exit %d %s", code, errs)
	}
	out, errs, code := sitrep(t, "export", "--db", db)
	if code != exitOK {
		t.Fatalf("export: exit %d %s", code, errs)
	}
	exported := decode(t, out)
	direct, _, _ := sitrep(t, "analyze", "../../examples")
	analysed := decode(t, direct)
	if len(exported.Articles) != 5 {
		t.Fatalf("export has %d articles", len(exported.Articles))
	}
	for i := range analysed.Articles {
		a, e := analysed.Articles[i], exported.Articles[i]
		if a.ID != e.ID || a.Text != e.Text || a.Sentences != e.Sentences || a.Outlet != e.Outlet {
			t.Errorf("article %d differs after a trip through the store", i)
		}
	}
	if _, _, code := sitrep(t, "export", "--db", filepath.Join(t.TempDir(), "none.db")); code != exitFailure {
		t.Errorf("export of a missing database: exit %d", code)
	}
}

func TestHostileTextIsEscapedInTheReport(t *testing.T) {
	dir := t.TempDir()
	hostile := "Iran struck\x1b[2J\x1b[31m Pakistan <script>alert(1)</script> [x](javascript:alert(1)).\n"
	os.WriteFile(filepath.Join(dir, "h\x1b[1mx.txt"), []byte("Fake headline \x1b]0;owned\x07\n\n"+hostile), 0o644)
	out, errs, _ := sitrep(t, "analyze", "--format", "md", dir)
	for _, bad := range []string{"\x1b", "\x07", "<script>", "](javascript"} {
		if strings.Contains(out, bad) || strings.Contains(errs, bad) {
			t.Errorf("report passes %q through unescaped", bad)
		}
	}
}

func TestUsage(t *testing.T) {
	if _, _, code := sitrep(t, "analyze"); code != exitUsage {
		t.Errorf("no input: exit %d", code)
	}
	if _, _, code := sitrep(t, "analyze", "--format", "pdf", "x"); code != exitUsage {
		t.Errorf("bad format: exit %d", code)
	}
	if _, _, code := sitrep(t, "frobnicate"); code != exitUsage {
		t.Errorf("unknown command: exit %d", code)
	}
}

func TestDemo(t *testing.T) {
	out, errs, code := sitrep(t, "demo")
	if code != exitOK {
		t.Fatalf("demo: exit %d %s", code, errs)
	}
	for _, want := range []string{"# Situation report", "From 5 articles", "Dawn", "Ahram Online"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo report lacks %q", want)
		}
	}
}

// The errata of a PETRARCH suite set records aside in a second score line;
// the first line still scores every record.
func TestEvalEventsErrata(t *testing.T) {
	dir := t.TempDir()
	rec := func(id, text, parse, src, tgt, code string) string {
		b, _ := json.Marshal(map[string]any{"id": id, "date": "20240117", "text": text, "parse": parse,
			"expected": []map[string]string{{"source": src, "target": tgt, "code": code}}})
		return string(b) + "\n"
	}
	parse := "1\tIran\tIran\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n3\tPakistan\tPakistan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
	suite := filepath.Join(dir, "mini.jsonl")
	body := rec("good", "Iran attacked Pakistan", parse, "IRN", "PAK", "190") +
		rec("bad", "Iran attacked Pakistan", parse, "PAK", "IRN", "190")
	if err := os.WriteFile(suite, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	errata := filepath.Join(dir, "errata.tsv")
	if err := os.WriteFile(errata, []byte("# comment\nmini.jsonl\tbad\tthe direction is reversed\nother.jsonl\tgood\tnot this suite\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := sitrep(t, "eval", "events", "--gold-parse", "--errata", errata, "-v", suite)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "(tp 1, found 2, expected 2)") {
		t.Errorf("the first score must count every record:\n%s", out)
	}
	if !strings.Contains(out, "without the 1 records the errata judge wrong: P 1.000  R 1.000") || !strings.Contains(out, "(errata: the direction is reversed)") {
		t.Errorf("the errata line is missing or wrong:\n%s", out)
	}
	if err := os.WriteFile(errata, []byte("mini.jsonl\tbad\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errOut, code := sitrep(t, "eval", "events", "--gold-parse", "--errata", errata, suite); code == exitOK || !strings.Contains(errOut, "errata.tsv:1") {
		t.Errorf("an erratum without a reason must be an error naming its line: exit %d, %s", code, errOut)
	}
}

// TestEvalPloverTarget holds the coder to issue 4's target on the PLOVER
// gold records: type+dyad accuracy of at least 0.70 with sitrep's own
// parse and dictionaries. The records are in ../shared, beside a clone.
func TestEvalPloverTarget(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "anchors", "plover", "PLOVER_GSR_CAMEO.json")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s is absent (../shared is not beside this clone): skipping", path)
	}
	out, errOut, code := sitrep(t, "eval", "plover", path)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var acc float64
	var n int
	for _, l := range strings.Split(out, "\n") {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(l), "type+dyad accuracy:"); ok {
			if _, err := fmt.Sscanf(strings.TrimSpace(rest), "%f (%d)", &acc, &n); err != nil {
				t.Fatalf("cannot read %q: %v", l, err)
			}
		}
	}
	t.Logf("PLOVER type+dyad accuracy %.3f (%d records right)", acc, n)
	if acc < 0.70 {
		t.Errorf("PLOVER type+dyad accuracy %.3f (%d records right) is below the target 0.70:\n%s", acc, n, out)
	}
}
