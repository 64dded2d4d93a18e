package segment

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/article"
)

// treebankDir holds the UD English treebanks, shared read-only next to the
// repository.
const treebankDir = "../../../shared/ud"

// goldSentence is one treebank sentence: its raw text and the byte spans of
// its gold words in that text.
type goldSentence struct {
	text  string
	spans [][2]int
}

// readTreebank reads the sentences of a CoNLL-U file whose words can be
// found in order in the "# text" line. A multiword token whose parts spell
// it ("don't" = do + n't) contributes its parts; one whose parts do not
// ("its" = it + s in EWT's typo analyses) contributes its surface form.
func readTreebank(t testing.TB, path string) []goldSentence {
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("treebank %s not available: %v", path, err)
	}
	defer f.Close()

	var out []goldSentence
	var text string
	var units []string
	var mwt []string // parts of the multiword token being read
	mwtForm, mwtLeft := "", 0
	flush := func() {
		if text == "" || len(units) == 0 {
			text, units = "", nil
			return
		}
		g := goldSentence{text: text}
		pos := 0
		for _, u := range units {
			for pos < len(text) && (text[pos] == ' ' || text[pos] == '\t') {
				pos++
			}
			if !strings.HasPrefix(text[pos:], u) {
				g.spans = nil // forms and text disagree; leave the sentence out
				break
			}
			g.spans = append(g.spans, [2]int{pos, pos + len(u)})
			pos += len(u)
		}
		if g.spans != nil {
			out = append(out, g)
		}
		text, units = "", nil
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			flush()
		case strings.HasPrefix(line, "# text = "):
			text = strings.TrimPrefix(line, "# text = ")
		case line[0] == '#':
		default:
			cols := strings.SplitN(line, "\t", 3)
			if len(cols) < 2 || strings.Contains(cols[0], ".") {
				continue // empty nodes have no surface
			}
			if a, b, ok := strings.Cut(cols[0], "-"); ok {
				from, _ := strconv.Atoi(a)
				to, _ := strconv.Atoi(b)
				mwtForm, mwtLeft, mwt = cols[1], to-from+1, mwt[:0]
				continue
			}
			if mwtLeft > 0 {
				mwt = append(mwt, cols[1])
				if mwtLeft--; mwtLeft == 0 {
					if strings.Join(mwt, "") == mwtForm {
						units = append(units, mwt...)
					} else {
						units = append(units, mwtForm)
					}
				}
				continue
			}
			units = append(units, cols[1])
		}
	}
	flush()
	return out
}

// viaSentences tokenizes text as Split does, with sentence-final
// abbreviations giving up their period.
func viaSentences(text string) []article.Token {
	var toks []article.Token
	for _, s := range Sentences(text, 0, len(text)) {
		toks = append(toks, s.Tokens...)
	}
	return toks
}

func viaTokenize(text string) []article.Token { return Tokenize(text, 0, len(text)) }

// treebankF1 tokenizes each sentence with tokenize and scores the token
// spans against the gold word spans.
func treebankF1(sents []goldSentence, tokenize func(string) []article.Token, report func(g goldSentence, missed, extra []string)) (f1 float64, gold, predicted, correct int) {
	for _, g := range sents {
		want := make(map[[2]int]bool, len(g.spans))
		for _, s := range g.spans {
			want[s] = true
		}
		gold += len(g.spans)
		got := make(map[[2]int]bool)
		var extra []string
		for _, tok := range tokenize(g.text) {
			span := [2]int{tok.Start, tok.End}
			got[span] = true
			predicted++
			if want[span] {
				correct++
			} else {
				extra = append(extra, tok.Form)
			}
		}
		if report != nil && len(extra) > 0 {
			var missed []string
			for _, s := range g.spans {
				if !got[s] {
					missed = append(missed, g.text[s[0]:s[1]])
				}
			}
			report(g, missed, extra)
		}
	}
	p := float64(correct) / float64(predicted)
	r := float64(correct) / float64(gold)
	return 2 * p * r / (p + r), gold, predicted, correct
}

// TestTreebankTokenization measures agreement with the gold tokenization
// of the EWT development set (and GUM's, reported only), so that a parser
// trained on those treebanks reads tokens shaped as it learned them.
func TestTreebankTokenization(t *testing.T) {
	ewt := readTreebank(t, treebankDir+"/en_ewt-ud-dev.conllu")
	if len(ewt) < 1500 {
		t.Fatalf("read only %d EWT dev sentences; the reader is broken", len(ewt))
	}
	verbose := os.Getenv("SEGMENT_TREEBANK_ERRORS") != ""
	report := func(g goldSentence, missed, extra []string) {
		if verbose {
			t.Logf("%q\n\tmissed %q\n\textra  %q", g.text, missed, extra)
		}
	}
	f1, gold, pred, correct := treebankF1(ewt, viaSentences, report)
	t.Logf("EWT dev: %d sentences, token F1 %.4f (gold %d, predicted %d, correct %d)", len(ewt), f1, gold, pred, correct)
	const floor = 0.985
	if f1 < floor {
		t.Errorf("EWT dev token F1 %.4f is below the floor %.3f", f1, floor)
	}
	// Tokenize alone keeps the period on a sentence-final abbreviation,
	// which EWT splits off; it scores a little lower.
	f1, _, _, _ = treebankF1(ewt, viaTokenize, nil)
	t.Logf("EWT dev, Tokenize alone: token F1 %.4f", f1)
	if f1 < floor {
		t.Errorf("EWT dev token F1 of Tokenize %.4f is below the floor %.3f", f1, floor)
	}

	if gum := readTreebank(t, treebankDir+"/en_gum-ccby-dev.conllu"); len(gum) > 0 {
		f1, _, _, _ := treebankF1(gum, viaSentences, report)
		t.Logf("GUM dev: %d sentences, token F1 %.4f", len(gum), f1)
		if f1 < floor {
			t.Errorf("GUM dev token F1 %.4f is below the floor %.3f", f1, floor)
		}
	}
}

// readParagraphs returns the paragraphs of a CoNLL-U file as lists of
// sentence texts, split at "# newpar" and "# newdoc" comments. Only
// documents whose id contains docFilter are kept.
func readParagraphs(t testing.TB, path, docFilter string) [][]string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("treebank %s not available: %v", path, err)
	}
	var paras [][]string
	var cur []string
	keep := false
	for _, line := range strings.Split(string(data), "\n") {
		switch {
		case strings.HasPrefix(line, "# newdoc"):
			keep = strings.Contains(line, docFilter)
			fallthrough
		case strings.HasPrefix(line, "# newpar"):
			if len(cur) > 0 {
				paras = append(paras, cur)
			}
			cur = nil
		case strings.HasPrefix(line, "# text = ") && keep:
			cur = append(cur, strings.TrimPrefix(line, "# text = "))
		}
	}
	if len(cur) > 0 {
		paras = append(paras, cur)
	}
	return paras
}

// sentenceBoundaryF1 joins each paragraph's sentences with a space, splits
// the result and scores the sentence end offsets found against the gold
// ones.
func sentenceBoundaryF1(paras [][]string, report func(got []string, want []string)) (f1 float64, gold int) {
	var predicted, correct int
	for _, p := range paras {
		text := strings.Join(p, " ")
		want := make(map[int]bool)
		end := 0
		for _, s := range p {
			end += len(s)
			want[end] = true
			end++
		}
		gold += len(p)
		sents := Sentences(text, 0, len(text))
		predicted += len(sents)
		ok := len(sents) == len(p)
		var got []string
		for _, s := range sents {
			got = append(got, text[s.Start:s.End])
			if want[s.End] {
				correct++
			} else {
				ok = false
			}
		}
		if !ok && report != nil {
			report(got, p)
		}
	}
	prec := float64(correct) / float64(predicted)
	rec := float64(correct) / float64(gold)
	return 2 * prec * rec / (prec + rec), gold
}

// TestTreebankSentences measures sentence boundaries against GUM, whose
// paragraphs are mostly edited prose (news, biographies, textbooks), and
// EWT, whose web text (unpunctuated e-mail and forum posts, lower-case
// sentence starts) sets a lower bar. Joining a paragraph's sentences with
// spaces loses line breaks, so headings run into the next sentence here
// though they would not in an article.
func TestTreebankSentences(t *testing.T) {
	verbose := os.Getenv("SEGMENT_TREEBANK_ERRORS") != ""
	report := func(got, want []string) {
		if verbose {
			t.Logf("got  %q\nwant %q", got, want)
		}
	}
	for _, c := range []struct {
		file, docs string
		floor      float64
	}{
		{"en_gum-ccby-dev.conllu", "GUM_news", 0.97},
		{"en_gum-ccby-train.conllu", "GUM_news", 0.97},
		{"en_gum-ccby-dev.conllu", "", 0.97},
		{"en_ewt-ud-dev.conllu", "", 0.90},
	} {
		paras := readParagraphs(t, treebankDir+"/"+c.file, c.docs)
		f1, gold := sentenceBoundaryF1(paras, report)
		t.Logf("%s %q: %d sentences, boundary F1 %.4f", c.file, c.docs, gold, f1)
		if f1 < c.floor {
			t.Errorf("%s %q: sentence boundary F1 %.4f is below the floor %.2f", c.file, c.docs, f1, c.floor)
		}
	}
}
