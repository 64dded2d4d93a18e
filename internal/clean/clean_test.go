package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/sitrep/sitrep/internal/article"
)

func seed(t *testing.T, prefix string) *article.Article {
	t.Helper()
	paths, _ := filepath.Glob("../../examples/" + prefix + "_*.txt")
	if len(paths) != 1 {
		t.Fatalf("example %s not found", prefix)
	}
	b, err := os.ReadFile(paths[0])
	if err != nil {
		t.Fatal(err)
	}
	a := &article.Article{Original: string(b), SourcePath: paths[0]}
	Clean(a)
	checkSpans(t, a)
	return a
}

// checkSpans asserts that kept and removed spans lie in the text, in
// order, without overlap, and together cover every non-space character.
func checkSpans(t *testing.T, a *article.Article) {
	t.Helper()
	covered := make([]bool, len(a.Original))
	mark := func(s article.Span, what string) {
		if s.Start < 0 || s.End > len(a.Original) || s.Start > s.End {
			t.Fatalf("%s span %v out of range", what, s)
		}
		for i := s.Start; i < s.End; i++ {
			if covered[i] {
				t.Fatalf("%s span %v overlaps another at %d", what, s, i)
			}
			covered[i] = true
		}
	}
	for _, k := range a.Kept {
		mark(k, "kept")
	}
	for _, r := range a.Removed {
		mark(r.Span, "removed")
	}
	for i, r := range a.Original {
		if !unicode.IsSpace(r) && !covered[i] {
			t.Fatalf("character %q at %d neither kept nor removed", r, i)
		}
	}
}

func removedWith(a *article.Article, reason string) string {
	var b strings.Builder
	for _, r := range a.Removed {
		if r.Reason == reason {
			b.WriteString(a.Text(r.Span))
			b.WriteString("\n")
		}
	}
	return b.String()
}

func TestSeedDawn(t *testing.T) {
	a := seed(t, "000")
	if a.Outlet != "Dawn" || a.Published != "2024-01-18" || a.PublishedSource != "text" {
		t.Errorf("outlet %q published %q (%s)", a.Outlet, a.Published, a.PublishedSource)
	}
	side := removedWith(a, "sidebar")
	for _, h := range []string{"Border clashes", "Penalising the dutiful", "Students in Kyrgyzstan", "Heat warnings", "Updated 18 May, 2024"} {
		if !strings.Contains(side, h) {
			t.Errorf("sidebar headline %q not removed as sidebar", h)
		}
		if strings.Contains(a.CleanText(), h) {
			t.Errorf("sidebar headline %q still in the text", h)
		}
	}
	if !strings.Contains(removedWith(a, "caption"), "A SCREEN grab shows") || strings.Contains(a.CleanText(), "SCREEN grab") {
		t.Error("repeated photo caption not removed")
	}
	if !strings.Contains(removedWith(a, "publication line"), "Published in Dawn") {
		t.Error("publication line not removed")
	}
	if strings.Join(a.Bylines, "|") != "Syed Irfan Raza|Saleem Shahid" {
		t.Errorf("bylines = %q", a.Bylines)
	}
	clean := a.CleanText()
	for _, keep := range []string{"• FO says reserves right to retaliate", "ISLAMABAD: Pakistan on Wednesday downgraded", "to counter terrorism."} {
		if !strings.Contains(clean, keep) {
			t.Errorf("article text lost %q", keep)
		}
	}
}

func TestSeedAnalysisSite(t *testing.T) {
	a := seed(t, "001")
	if !strings.Contains(removedWith(a, "widget"), "Print Friendly, PDF & Email") || strings.Contains(a.CleanText(), "Print Friendly") {
		t.Error("print widget not removed")
	}
	if a.Published != "2024-01-18" || a.PublishedSource != "inferred" {
		t.Errorf("published %q (%s), want 2024-01-18 inferred from the text", a.Published, a.PublishedSource)
	}
	if a.Title != "Pakistan hit back against ‘unacceptable’ Iran air attacks?" {
		t.Errorf("title = %q", a.Title)
	}
}

func TestSeedAhram(t *testing.T) {
	a := seed(t, "002")
	if a.Outlet != "Ahram Online" || a.Published != "2024-01-17" || a.PublishedSource != "text" {
		t.Errorf("outlet %q published %q (%s)", a.Outlet, a.Published, a.PublishedSource)
	}
	if len(a.Bylines) != 1 || a.Bylines[0] != "AFP" {
		t.Errorf("bylines = %q", a.Bylines)
	}
	if a.Title != "Pakistan recalls ambassador from Tehran, blocks Iran's envoy after air strike" {
		t.Errorf("title = %q", a.Title)
	}
	clean := a.CleanText()
	for _, gone := range []string{"Short link:", "Photo courtesy of Geo News", "Pakistani spox", "AFP , Wednesday"} {
		if strings.Contains(clean, gone) {
			t.Errorf("text keeps %q", gone)
		}
	}
	if !strings.Contains(clean, "Pakistan recalled its ambassador from Iran Wednesday") {
		t.Error("lead paragraph lost")
	}
}

func TestSeedWithoutFurnitureKeepsEverything(t *testing.T) {
	a := seed(t, "003")
	if len(a.Removed) != 0 {
		t.Errorf("removed %+v from an article that has nothing to remove", a.Removed)
	}
	if a.Published != "" || a.Title != "" {
		t.Errorf("invented metadata: published %q title %q", a.Published, a.Title)
	}
}

func TestSeedPhotoCredit(t *testing.T) {
	a := seed(t, "004")
	if removedWith(a, "caption") != "Photo: IRNA\n" {
		t.Errorf("captions removed: %q", removedWith(a, "caption"))
	}
	if a.Title != "Islamabad Launches Retaliatory Airstrike in Response to Tehran Attack" {
		t.Errorf("title = %q", a.Title)
	}
}

func TestRepeatedHeadlineKeepsOneCopy(t *testing.T) {
	a := &article.Article{Original: "Iran strikes Pakistan\n\nIran strikes Pakistan\n\nIran struck targets in Pakistan on Tuesday, officials said.\n"}
	Clean(a)
	checkSpans(t, a)
	if a.Title != "Iran strikes Pakistan" || strings.Count(a.CleanText(), "Iran strikes Pakistan") != 1 {
		t.Errorf("title %q, text %q", a.Title, a.CleanText())
	}
}

func TestEndMarkerEarlyOnlyDropsItsLine(t *testing.T) {
	body := strings.Repeat("Pakistan recalled its ambassador from Iran on Wednesday. ", 20)
	a := &article.Article{Original: "Comments\n" + body + "\n"}
	Clean(a)
	if !strings.Contains(a.CleanText(), "Pakistan recalled") {
		t.Fatalf("an end marker at the top wiped the article: %q", a.CleanText())
	}
}

func TestUserRules(t *testing.T) {
	p := filepath.Join(t.TempDir(), "mine.tsv")
	os.WriteFile(p, []byte("# my site\ndrop\tprefix\tSponsored:\tadvert\n"), 0o644)
	c, err := New(p)
	if err != nil {
		t.Fatal(err)
	}
	a := &article.Article{Original: "Iran struck Pakistan on Tuesday.\nSponsored: buy things\nPakistan protested.\n"}
	c.Clean(a)
	if removedWith(a, "advert") != "Sponsored: buy things\n" {
		t.Errorf("user rule not applied: %+v", a.Removed)
	}
	if _, err := New(writeTemp(t, "drop\tsomewhere\tx\ty\n")); err == nil {
		t.Error("a rule with an unknown match kind was accepted")
	}
}

func writeTemp(t *testing.T, s string) string {
	p := filepath.Join(t.TempDir(), "r.tsv")
	os.WriteFile(p, []byte(s), 0o644)
	return p
}

func FuzzClean(f *testing.F) {
	f.Add("Title\n\nBody text.\nPublished in X, January 1st, 2024\nA\n1 May, 2024\nB\n2 May, 2024\n")
	f.Add("\u00a0\u00a0x\u00a0\n\n\r\n")
	f.Fuzz(func(t *testing.T, s string) {
		a := &article.Article{Original: s}
		Clean(a)
		checkSpans(t, a)
	})
}
