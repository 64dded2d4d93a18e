package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/article"
)

// TestSeedArticles splits the five real seed articles and checks
// boundaries that exercise headlines, datelines, bullets, captions,
// quotations and layout.
func TestSeedArticles(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("seed articles not found in %s (they live outside the repository)", seedDir)
	}
	split := map[string][]article.Sentence{}
	texts := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)[:3]
		a := &article.Article{Original: string(b)}
		Split(a)
		if err := checkSentences(a.Original, 0, len(a.Original), a.Sentences); err != nil {
			t.Errorf("%s: %v", f, err)
		}
		for _, s := range a.Sentences {
			if !hasWordToken(s.Tokens) {
				t.Errorf("%s: sentence %d %q has no word, only marks", name, s.Index, a.SentenceText(&s))
			}
		}
		split[name], texts[name] = a.Sentences, a.Original
	}

	// want lists sentences, exactly, that a seed must contain, with their
	// Heading flag.
	want := []struct {
		seed, sentence string
		heading        bool
	}{
		{"000", "• FO says reserves right to retaliate; US condemns Iran strikes in Pakistan, Iraq and Syria; Beijing urges restraint", true},
		{"000", "• Islamabad recalls its ambassador; Iranian envoy asked ‘not to return’; all high-level visits cancelled", true},
		{"000", "Iranian strikes", true},
		{"000", "Tehran’s ‘damage control’ efforts", true},
		{"000", "“So we do condemn those strikes.", false},
		{"000", "He said Balochistan strikes were Iran’s response to the Rask attack.", false},
		{"000", "Published in Dawn, January 18th, 2024", true},
		{"001", "Pakistan hit back against ‘unacceptable’ Iran air attacks?", false},
		{"001", "“We consider both Iran and Pakistan as close neighbors and major Islamic countries,” she added.", false},
		{"002", "Pakistan recalls ambassador from Tehran, blocks Iran's envoy after air strike", true},
		{"002", "AFP , Wednesday 17 Jan 2024", true},
		{"002", "Pakistani spox", true},
		{"002", "'Common threat'", true},
		{"002", "\"This plunges Pakistan-Iran ties -- a delicate relationship even in the best of times -- into serious crisis.\"", false},
		{"002", "The foreign ministry recalled its ambassador from Tehran and said Iran's envoy -- currently on a visit home -- would not be allowed to return to Islamabad.", false},
		{"003", "Pakistan decided to recall its ambassador, halt bilateral relations, and issue a warning about its right to respond to any act that it believes to be illegal by Iran because it sees this as a flagrant violation of its sovereignty and international law.", false},
		{"004", "Photo: IRNA", true},
		{"004", "Islamabad Launches Retaliatory Airstrike in Response to Tehran Attack", true},
		{"004", "The Taliban, the ruling regime in Afghanistan, considered the situation alarming and called on both countries to “exercise restraint.”", false},
	}
	for _, w := range want {
		sents, ok := split[w.seed]
		if !ok {
			t.Errorf("seed %s missing", w.seed)
			continue
		}
		found := false
		for _, s := range sents {
			if texts[w.seed][s.Start:s.End] == w.sentence {
				found = true
				if s.Heading != w.heading {
					t.Errorf("seed %s: %q has Heading %v, want %v", w.seed, w.sentence, s.Heading, w.heading)
				}
			}
		}
		if !found {
			t.Errorf("seed %s: no sentence %q; near it: %q", w.seed, w.sentence, near(texts[w.seed], sents, w.sentence))
		}
	}

	// The quotation that closes with an opening mark keeps it, and the
	// next paragraph starts clean.
	if s := find(texts["004"], split["004"], "“We are also willing"); s == nil || !strings.HasSuffix(texts["004"][s.Start:s.End], "if both sides so wish. “") {
		t.Errorf("seed 004: quotation ending in a stray “ split wrongly: %v", s)
	}
}

func hasWordToken(toks []article.Token) bool {
	for _, tok := range toks {
		r, _ := utf8.DecodeRuneInString(tok.Form)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// find returns the sentence containing the first occurrence of fragment.
func find(text string, sents []article.Sentence, fragment string) *article.Sentence {
	at := strings.Index(text, fragment)
	for i := range sents {
		if sents[i].Start <= at && at < sents[i].End {
			return &sents[i]
		}
	}
	return nil
}

// near returns the sentences around where want starts, for failure messages.
func near(text string, sents []article.Sentence, want string) []string {
	at := strings.Index(text, want)
	var out []string
	for _, s := range sents {
		if at >= 0 && s.End > at-1 && s.Start < at+len(want)+1 {
			out = append(out, text[s.Start:s.End])
		}
	}
	return out
}
