package quote_test

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/quote"
)

// TestHeldOutTextsMatchGUM rebuilds the held-out texts from the GUM
// treebank, when ../shared is there, and checks the copies in testdata.
func TestHeldOutTextsMatchGUM(t *testing.T) {
	ud := filepath.Join(repoRoot, "..", "shared", "ud")
	if _, err := os.Stat(ud); err != nil {
		t.Skipf("skipping: %s is not there (the shared treebanks live beside the project, not in it)", ud)
	}
	docs := map[string]string{}
	for _, f := range []string{"en_gum-ccby-dev.conllu", "en_gum-ccby-test.conllu"} {
		fh, err := os.Open(filepath.Join(ud, f))
		if err != nil {
			t.Fatal(err)
		}
		var cur string
		var b strings.Builder
		newpar := false
		flush := func() {
			if cur != "" {
				docs[cur] = b.String() + "\n"
			}
			b.Reset()
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "# newdoc id = "):
				flush()
				cur = ""
				if id := strings.TrimPrefix(line, "# newdoc id = "); strings.HasPrefix(id, "GUM_news_") {
					cur = id
				}
				newpar = false
			case line == "# newpar" || strings.HasPrefix(line, "# newpar "):
				newpar = true
			case strings.HasPrefix(line, "# text = ") && cur != "":
				if b.Len() > 0 {
					if newpar {
						b.WriteString("\n\n")
					} else {
						b.WriteString(" ")
					}
				}
				b.WriteString(strings.TrimPrefix(line, "# text = "))
				newpar = false
			}
		}
		flush()
		fh.Close()
	}
	files, _ := filepath.Glob(filepath.Join(repoRoot, "testdata/gold/heldout/*.txt"))
	if len(files) < 3 {
		t.Fatalf("%d held-out texts, want 3 to 5", len(files))
	}
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		want, ok := docs[id]
		if !ok {
			t.Errorf("%s: no GUM news document %s", f, id)
			continue
		}
		got, _ := os.ReadFile(f)
		if string(got) != want {
			t.Errorf("%s differs from the text rebuilt from GUM", f)
		}
	}
}

// TestGoldQuotesAreInTheirArticles checks the gold itself: every quote's
// words occur in its article, so that a miss is the extractor's.
func TestGoldQuotesAreInTheirArticles(t *testing.T) {
	for _, p := range []string{"testdata/gold/quotes/seeds.json", "testdata/gold/heldout"} {
		gs, err := quote.LoadGold(filepath.Join(repoRoot, p))
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range gs {
			data, err := os.ReadFile(g.Path)
			if err != nil {
				t.Fatal(err)
			}
			text := " " + strings.Join(quote.Words(string(data)), " ") + " "
			for _, q := range g.Quotes {
				if !strings.Contains(text, " "+strings.Join(quote.Words(q.Text), " ")+" ") {
					t.Errorf("%s: gold quote %q is not in the article", g.File, q.Text)
				}
			}
		}
	}
}

func TestMatchingRules(t *testing.T) {
	if o := quote.Overlap(quote.Words("We will respond, and soon."), quote.Words("“We will respond”")); o != 0.6 {
		t.Errorf("overlap %v, want 0.6", o)
	}
	code := "PAK"
	g := &quote.GoldSpeaker{Name: "Mumtaz Zahra Baloch", Aka: []string{"spokesperson"}, Code: &code}
	for _, c := range []struct {
		name string
		ok   bool
	}{{"Baloch", true}, {"Ms. Baloch", false}, {"Mumtaz Zahra Baloch", true}, {"the spokesperson", true}, {"Zakharova", false}, {"", false}} {
		if got := quote.NameMatches(c.name, g); got != c.ok {
			t.Errorf("NameMatches(%q) = %v", c.name, got)
		}
	}
	if !quote.CodeMatches("PAKGOV", g) || quote.CodeMatches("IRNGOV", g) || quote.CodeMatches("", g) {
		t.Error("code prefixes")
	}
}
