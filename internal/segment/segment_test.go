package segment

import (
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/article"
)

// sentenceTexts splits text whole and returns each sentence's text.
func sentenceTexts(t *testing.T, text string) []string {
	t.Helper()
	sents := Sentences(text, 0, len(text))
	if err := checkSentences(text, 0, len(text), sents); err != nil {
		t.Fatalf("invariant broken on %q: %v", text, err)
	}
	out := make([]string, len(sents))
	for i, s := range sents {
		out[i] = text[s.Start:s.End]
	}
	return out
}

func forms(toks []article.Token) []string {
	out := make([]string, len(toks))
	for i, tok := range toks {
		out[i] = tok.Form
	}
	return out
}

func TestSentences(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		// Abbreviations.
		{"titles", "Mr. Khan met Mrs. Baloch, Ms. Zahra and Dr. Memon. They spoke.",
			[]string{"Mr. Khan met Mrs. Baloch, Ms. Zahra and Dr. Memon.", "They spoke."}},
		{"ranks", "Gen. Asim Munir and Lt. Col. Ahmed Sharif spoke. Gov. Kakar, Sen. Rehman and Rep. Lee listened.",
			[]string{"Gen. Asim Munir and Lt. Col. Ahmed Sharif spoke.", "Gov. Kakar, Sen. Rehman and Rep. Lee listened."}},
		{"countries", "The U.S. and the U.N. urged calm. The U.K. Foreign Office agreed.",
			[]string{"The U.S. and the U.N. urged calm.", "The U.K. Foreign Office agreed."}},
		{"months", "It began on Jan. 16 and ended on Feb. 2. Talks resumed in Sept. last year.",
			[]string{"It began on Jan. 16 and ended on Feb. 2.", "Talks resumed in Sept. last year."}},
		{"times", "The strike came at 3 a.m. Tuesday and talks at 5 p.m. Wednesday failed. Both sides blamed each other.",
			[]string{"The strike came at 3 a.m. Tuesday and talks at 5 p.m. Wednesday failed.", "Both sides blamed each other."}},
		{"number sign", "He spoke at No. 10 Downing Street. He said no. Then he left.",
			[]string{"He spoke at No. 10 Downing Street.", "He said no.", "Then he left."}},
		{"latin", "Pakistan vs. Iran is one rivalry, e.g. Kashmir, i.e. a border, etc. and more. It persists.",
			[]string{"Pakistan vs. Iran is one rivalry, e.g. Kashmir, i.e. a border, etc. and more.", "It persists."}},
		{"companies", "Acme Inc. and Smith Co. opened an office on St. Mark St. in London. It closed.",
			[]string{"Acme Inc. and Smith Co. opened an office on St. Mark St. in London.", "It closed."}},
		{"abbreviation ends sentence", "The envoy flew to the U.S. The talks failed.",
			[]string{"The envoy flew to the U.S.", "The talks failed."}},
		{"abbreviation at end of text", "The envoy flew to the U.S.",
			[]string{"The envoy flew to the U.S."}},

		// Initials.
		{"initials", "J. R. R. Tolkien wrote it. George W. Bush read it. A. Q. Khan denied it.",
			[]string{"J. R. R. Tolkien wrote it.", "George W. Bush read it.", "A. Q. Khan denied it."}},

		// Numbers.
		{"numbers", "Growth was 3.5 percent. At least 24,285 people died. The fund lost $1.2m in 2023. 2024 began badly.",
			[]string{"Growth was 3.5 percent.", "At least 24,285 people died.", "The fund lost $1.2m in 2023.", "2024 began badly."}},
		{"numbered list item", "1. Recall the ambassador\n2. Expel the envoy",
			[]string{"1. Recall the ambassador", "2. Expel the envoy"}},

		// Quotation marks.
		{"straight quote closes sentence", `He said "no." Then he left.`,
			[]string{`He said "no."`, "Then he left."}},
		{"straight quote opens sentence", `He left. "We go," she said.`,
			[]string{"He left.", `"We go," she said.`}},
		{"comma inside quote", "“It breaks the law,” she said. Next came questions.",
			[]string{"“It breaks the law,” she said.", "Next came questions."}},
		{"curly quote closes sentence", "“Stop.” The army moved on.",
			[]string{"“Stop.”", "The army moved on."}},
		{"single quotes", "‘Stop.’ The army moved. 'Go.' They went.",
			[]string{"‘Stop.’", "The army moved.", "'Go.'", "They went."}},
		{"question in quote then lower case", `"Why?" he asked. Nobody answered.`,
			[]string{`"Why?" he asked.`, "Nobody answered."}},
		{"closing mark missing", "They discussed the need for “enhanced coordination. Ambassador Qomi also held talks.",
			[]string{"They discussed the need for “enhanced coordination.", "Ambassador Qomi also held talks."}},
		{"opening mark used to close", "“We are willing to help if both sides so wish. “ The Taliban agreed.",
			[]string{"“We are willing to help if both sides so wish. “", "The Taliban agreed."}},
		{"opening mark used to close before blank line", "“We are willing to help if both sides so wish. “\n\nThe Taliban agreed.",
			[]string{"“We are willing to help if both sides so wish. “", "The Taliban agreed."}},
		{"multi-sentence quotation", "“So we do condemn those strikes. We have seen Iran violate borders,” Miller said.",
			[]string{"“So we do condemn those strikes.", "We have seen Iran violate borders,” Miller said."}},

		// Ellipses and dashes.
		{"ellipsis before capital", "He paused... Then he spoke. Wait… What?",
			[]string{"He paused...", "Then he spoke.", "Wait…", "What?"}},
		{"ellipsis mid-sentence", "He said the rest ... was lost.",
			[]string{"He said the rest ... was lost."}},
		{"double hyphen", "Iran's envoy -- currently on a visit home -- would not be allowed to return. He stayed.",
			[]string{"Iran's envoy -- currently on a visit home -- would not be allowed to return.", "He stayed."}},
		{"em dash", "The strike—the first in years—killed two. Iran — defiant — denied it.",
			[]string{"The strike—the first in years—killed two.", "Iran — defiant — denied it."}},

		// Other final marks.
		{"question and exclamation", "Why did Iran strike? Analysts disagree! Some blame Jaish al-Adl.",
			[]string{"Why did Iran strike?", "Analysts disagree!", "Some blame Jaish al-Adl."}},
		{"missing space after full stop", "The talks ended.The envoy left.",
			[]string{"The talks ended.", "The envoy left."}},
		{"reference marks stay with their sentence", "He died in 2014.[3] His work lives on. [4] It is taught.",
			[]string{"He died in 2014.[3]", "His work lives on. [4]", "It is taught."}},

		// Layout.
		{"headline and dateline",
			"Pakistan recalls ambassador from Tehran, blocks Iran's envoy after air strike\n\nAFP , Wednesday 17 Jan 2024\n\nPakistan recalled its ambassador.",
			[]string{"Pakistan recalls ambassador from Tehran, blocks Iran's envoy after air strike", "AFP , Wednesday 17 Jan 2024", "Pakistan recalled its ambassador."}},
		{"bullets",
			"• FO says reserves right to retaliate; US condemns Iran strikes\n• Islamabad recalls its ambassador\n\nISLAMABAD: Pakistan on Wednesday downgraded ties.",
			[]string{"• FO says reserves right to retaliate; US condemns Iran strikes", "• Islamabad recalls its ambassador", "ISLAMABAD:", "Pakistan on Wednesday downgraded ties."}},
		{"datelines open the lead",
			"KYIV, Ukraine (AP) — Russia launched drones overnight.\n\nWASHINGTON (Reuters) - The envoy left.",
			[]string{"KYIV, Ukraine (AP) —", "Russia launched drones overnight.", "WASHINGTON (Reuters) -", "The envoy left."}},
		{"capitals and a dash that are no dateline",
			"NATO leaders met - and agreed.\n\nUS: a short note.\n\nThe UN said: Talks resume today.",
			[]string{"NATO leaders met - and agreed.", "US: a short note.", "The UN said: Talks resume today."}},
		{"dash bullets", "- first item\n- second item",
			[]string{"- first item", "- second item"}},
		{"blank line without punctuation", "The talks ended without a\n\nstatement from either side.",
			[]string{"The talks ended without a", "statement from either side."}},
		{"line after full stop", "He left.\nShe stayed.",
			[]string{"He left.", "She stayed."}},
		{"heading on its own line", "Iranian strikes\nThe Iranian strikes targeted militant bases.",
			[]string{"Iranian strikes", "The Iranian strikes targeted militant bases."}},
		{"caption line", "Pakistani spox\nBaloch addressing a briefing. Photo courtesy of Geo News",
			[]string{"Pakistani spox", "Baloch addressing a briefing.", "Photo courtesy of Geo News"}},
		{"wrapped before lower case", "The minister said the strikes were\nunacceptable and would be answered.",
			[]string{"The minister said the strikes were\nunacceptable and would be answered."}},
		{"wrapped after function word", "Talks were held between the\nPakistani and Iranian ministers.",
			[]string{"Talks were held between the\nPakistani and Iranian ministers."}},
		{"wrapped after comma", "Pakistan, which shares a long border,\nIran and Afghanistan, is wary.",
			[]string{"Pakistan, which shares a long border,\nIran and Afghanistan, is wary."}},
		{"hard-wrapped paragraph",
			"Pakistan recalled its ambassador from Iran on Wednesday and\nblocked the envoy from returning after a strike killed two\nchildren, the Foreign Office said, adding that Prime Minister\nKakar would return from Davos. He cut his trip short.",
			[]string{"Pakistan recalled its ambassador from Iran on Wednesday and\nblocked the envoy from returning after a strike killed two\nchildren, the Foreign Office said, adding that Prime Minister\nKakar would return from Davos.", "He cut his trip short."}},
		{"list of headlines is not wrapped prose",
			"Border clashes flare again in Kurram district\nStudents in Kyrgyzstan seek a direct approach\nFederal government needs to boost its revenue",
			[]string{"Border clashes flare again in Kurram district", "Students in Kyrgyzstan seek a direct approach", "Federal government needs to boost its revenue"}},
		{"CRLF line breaks", "Iranian strikes\r\n\r\nThe strikes killed two.\r\nIran denied it.",
			[]string{"Iranian strikes", "The strikes killed two.", "Iran denied it."}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := sentenceTexts(t, c.text); !reflect.DeepEqual(got, c.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", c.text, got, c.want)
			}
		})
	}
}

func TestHeadingFlag(t *testing.T) {
	text := "Islamabad Launches Retaliatory Airstrike\n\n• FO says reserves right\n• Islamabad recalls envoy\n\nPakistan launched strikes. It said so.\nPhoto: IRNA"
	sents := Sentences(text, 0, len(text))
	want := map[string]bool{
		"Islamabad Launches Retaliatory Airstrike": true,
		"• FO says reserves right":                 true,
		"• Islamabad recalls envoy":                true,
		"Pakistan launched strikes.":               false,
		"It said so.":                              false,
		"Photo: IRNA":                              true,
	}
	if len(sents) != len(want) {
		t.Fatalf("got %d sentences, want %d: %q", len(sents), len(want), sentenceTexts(t, text))
	}
	for _, s := range sents {
		got := text[s.Start:s.End]
		if h, ok := want[got]; !ok || h != s.Heading {
			t.Errorf("sentence %q: Heading = %v, want %v (known: %v)", got, s.Heading, h, ok)
		}
	}
}

func TestBulletIsItsOwnToken(t *testing.T) {
	text := "• FO says\n•Islamabad recalls"
	sents := Sentences(text, 0, len(text))
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	for _, s := range sents {
		if s.Tokens[0].Form != "•" {
			t.Errorf("sentence %q: first token %q, want the bullet alone", text[s.Start:s.End], s.Tokens[0].Form)
		}
		for _, tok := range s.Tokens[1:] {
			if strings.Contains(tok.Form, "•") {
				t.Errorf("token %q holds the bullet", tok.Form)
			}
		}
	}
}

func TestSentenceFinalAbbreviationGivesUpItsPeriod(t *testing.T) {
	text := "The envoy flew to the U.S. The Acme Inc. office, at 5 p.m. Friday, stayed shut. Talks went on, etc."
	var got [][]string
	for _, s := range Sentences(text, 0, len(text)) {
		got = append(got, forms(s.Tokens))
	}
	want := [][]string{
		{"The", "envoy", "flew", "to", "the", "U.S", "."},
		{"The", "Acme", "Inc.", "office", ",", "at", "5", "p.m.", "Friday", ",", "stayed", "shut", "."},
		{"Talks", "went", "on", ",", "etc", "."},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokens\n got %q\nwant %q", got, want)
	}
}

func TestSplitKeptSpans(t *testing.T) {
	// Two kept spans around a removed sidebar; the first span ends without
	// punctuation, mid-line, and must still end a sentence.
	orig := "Pakistan recalled its envoy. The talks\nSIDEBAR: Read more\nended in Davos. Iran responded."
	first := strings.Index(orig, "\nSIDEBAR")
	second := strings.Index(orig, "ended")
	a := &article.Article{Original: orig, Kept: []article.Span{{Start: 0, End: first}, {Start: second, End: len(orig)}}}
	Split(a)
	var got []string
	for i, s := range a.Sentences {
		if s.Index != i {
			t.Errorf("sentence %d has Index %d", i, s.Index)
		}
		got = append(got, a.SentenceText(&a.Sentences[i]))
	}
	want := []string{"Pakistan recalled its envoy.", "The talks", "ended in Davos.", "Iran responded."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Split sentences\n got %q\nwant %q", got, want)
	}
	for _, s := range a.Sentences {
		for _, tok := range s.Tokens {
			if strings.Contains(tok.Form, "SIDEBAR") {
				t.Errorf("token %q from a removed span", tok.Form)
			}
		}
	}

	// No kept spans: the whole text is one span.
	b := &article.Article{Original: "One. Two."}
	Split(b)
	if len(b.Sentences) != 2 || b.Sentences[1].Index != 1 || b.SentenceText(&b.Sentences[1]) != "Two." {
		t.Errorf("Split without Kept: got %+v", b.Sentences)
	}
}

func TestSentencesSubspan(t *testing.T) {
	text := "IGNORED. Mr. Khan spoke. He left. IGNORED"
	start := strings.Index(text, "Mr.")
	end := strings.Index(text, " IGNORED")
	sents := Sentences(text, start, end)
	if err := checkSentences(text, start, end, sents); err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 || sents[0].Start != start || sents[1].End != end {
		t.Errorf("got %+v, want two sentences spanning [%d,%d)", sents, start, end)
	}
	// Out-of-range bounds are clamped, not a panic.
	if got := Sentences(text, -5, len(text)+5); len(got) == 0 {
		t.Error("clamped span gave no sentences")
	}
	if got := Sentences(text, 10, 5); got != nil {
		t.Errorf("empty span gave %v", got)
	}
}

// TestTokensDoNotAlias guards the sub-slicing of one token array into
// sentences: appending to one sentence's tokens must not overwrite the
// next sentence's.
func TestTokensDoNotAlias(t *testing.T) {
	text := "One two. Three four."
	sents := Sentences(text, 0, len(text))
	_ = append(sents[0].Tokens, article.Token{Form: "X"})
	if sents[1].Tokens[0].Form != "Three" {
		t.Errorf("appending to sentence 0 changed sentence 1: %q", sents[1].Tokens[0].Form)
	}
}

// A dateline split from the lead is a heading, as an agency-and-date line
// is; the lead sentence is running text.
func TestDatelineIsHeading(t *testing.T) {
	sents := Sentences("ISLAMABAD (AP) — Pakistan recalled its envoy.", 0, 100)
	if len(sents) != 2 || !sents[0].Heading || sents[1].Heading {
		t.Fatalf("want a heading dateline and a running sentence, got %+v", sents)
	}
}
