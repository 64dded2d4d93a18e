package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/record"
)

func str(s string) *string { return &s }

func sampleRecord() *record.Record {
	hostile := "Iran struck <script>alert(1)</script> \x1b[31mPanjgur\x1b[0m [x](javascript:alert(1))"
	return &record.Record{
		Articles: []record.Article{
			{ID: "a1", Outlet: "Dawn", Title: "Pakistan recalls envoy", Published: str("2024-01-18"), SourcePath: "000.txt", Sentences: 40},
			{ID: "a2", Outlet: "<b>Evil</b>", Title: hostile, Published: str("2024-01-17"), SourcePath: "x.txt", Sentences: 3},
		},
		Events: []record.Event{
			{ID: "e-talk", Date: str("2024-01-17"), CAMEO: "111", CAMEOName: "criticize or denounce", Goldstein: -2, QuadClass: 3, Modality: "asserted",
				Source: &record.Actor{Name: "Pakistan", Code: "PAKGOV"}, Target: &record.Actor{Name: "Iran", Code: "IRN"}, NumSources: 1,
				Mentions: []record.Mention{{Article: "a1", Sentence: 4, Text: "Pakistan denounced the strike."}}},
			{ID: "e-strike", Date: str("2024-01-16"), CAMEO: "195", CAMEOName: "employ aerial weapons", Goldstein: -10, QuadClass: 4, Modality: "asserted",
				Source: &record.Actor{Name: "Iran", Code: "IRNMIL"}, Target: &record.Actor{Name: "Pakistan", Code: "PAK"}, NumSources: 2, Corroboration: "corroborated",
				Mentions: []record.Mention{{Article: "a2", Sentence: 0, Text: hostile}, {Article: "a1", Sentence: 2, Text: "Iranian strikes in Panjgur."}}},
		},
		Quotes:  []record.Quote{{ID: "q1", Article: "a1", Text: "illegal act", Direct: true, Speaker: &record.Actor{Name: "Mumtaz Zahra Baloch", Code: "PAKGOV", Role: "FO spokesperson"}}},
		Figures: []record.Figure{{Article: "a1", Kind: "killed", Count: 2, Who: "children", Event: "e-strike"}, {Article: "a2", Kind: "killed", Count: 3, AtLeast: true, Event: "e-strike"}},
		Contradictions: []record.Contradiction{{ID: "c1", Subject: "killed", Event: "e-strike", Values: []record.Value{
			{Value: "2", Conservative: true, Articles: []string{"a1"}}, {Value: "at least 3", Articles: []string{"a2"}}}}},
		Dyads: []record.DyadDay{{Source: "IRN", Target: "PAK", Date: "2024-01-16", Events: 1, GoldsteinSum: -10, GoldsteinMean: -10},
			{Source: "PAK", Target: "IRN", Date: "2024-01-17", Events: 1, GoldsteinSum: -2, GoldsteinMean: -2}},
	}
}

func TestMarkdownReport(t *testing.T) {
	var b bytes.Buffer
	if err := WriteMarkdown(&b, sampleRecord()); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	strike := strings.Index(out, "employ aerial weapons")
	talk := strings.Index(out, "criticize or denounce")
	if strike < 0 || talk < 0 || strike > talk {
		t.Errorf("the strike (material, corroborated) should lead the developments")
	}
	for _, want := range []string{"[1](#s1) [2](#s1)", "Mumtaz Zahra Baloch", "“illegal act”", "| killed ⚠ |", "(most conservative)", "## Where sources disagree", "Dawn — Pakistan recalls envoy"} {
		if !strings.Contains(out, want) && !strings.Contains(out, strings.Replace(want, "[2](#s1)", "[2](#s2)", 1)) {
			t.Errorf("report lacks %q", want)
		}
	}
	for _, bad := range []string{"<script>", "\x1b", "<b>Evil"} {
		if strings.Contains(out, bad) {
			t.Errorf("Markdown passes %q through", bad)
		}
	}
	// A link needs an unescaped "](": every one from the article must be "\](".
	for i := strings.Index(out, "](javascript"); i >= 0; i = next(out, i) {
		if i == 0 || out[i-1] != '\\' {
			t.Errorf("Markdown lets the article make a link: %q", out[max(0, i-20):i+12])
		}
	}
}

func next(s string, i int) int {
	j := strings.Index(s[i+1:], "](javascript")
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

func TestHTMLReport(t *testing.T) {
	var b bytes.Buffer
	if err := WriteHTML(&b, sampleRecord()); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"<svg", "<polyline", "IRN → PAK", `id="s2-0"`, `href="#s2-0"`, `class="disputed"`, "&lt;script&gt;"} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	for _, bad := range []string{"<script>", "<b>Evil", "\x1b", `href="javascript`} {
		if strings.Contains(out, bad) {
			t.Errorf("HTML passes %q through", bad)
		}
	}
}

func TestPlain(t *testing.T) {
	if got := Plain("a\x1b[2Jb\u202ec\nd"); got != `a\x1b[2Jb\u{202e}c d` {
		t.Errorf("Plain = %q", got)
	}
}
