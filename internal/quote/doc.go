package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/article"
)

// mention is an actor the gazetteer found in a sentence, reduced to what
// speaker resolution needs. It decouples the extractor from the gazetteer
// so that tests can run with a fake one.
type mention struct {
	first, last int // token range, inclusive
	start, end  int // bytes
	name        string
	code        string
	country     string
	role        string
	kind        string // the gazetteer's kind: person, country, capital, igo, group, agent, …
	holder      string // the person holding the office the role names, when known
	holderCode  string
}

// resolver is the part of the gazetteer the extractor uses.
type resolver interface {
	// actors returns the actors of a sentence's tokens, in text order.
	actors(toks []article.Token) []mention
	// person returns who held role in country on the article's date.
	person(country, role string) (name, code string, ok bool)
	// countryIn returns the country of a place, capital, country or
	// demonym named in tokens [first, last], "" if none.
	countryIn(toks []article.Token, first, last int) string
}

// noResolver is used when no gazetteer is given: speakers are then found by
// the patterns alone, without codes.
type noResolver struct{}

func (noResolver) actors([]article.Token) []mention             { return nil }
func (noResolver) person(string, string) (string, string, bool) { return "", "", false }
func (noResolver) countryIn([]article.Token, int, int) string   { return "" }

// sent is one kept sentence with what the extractor derives from it once.
type sent struct {
	*article.Sentence
	idx    int      // index into article.Sentences
	para   int      // paragraph number
	low    []string // lower-cased token forms
	actors []mention
	parsed bool // tokens carry a dependency parse
}

// doc is the article as the extractor sees it.
type doc struct {
	a     *article.Article
	lx    *Lexicon
	res   resolver
	sents []*sent
}

func newDoc(a *article.Article, lx *Lexicon, res resolver) *doc {
	d := &doc{a: a, lx: lx, res: res}
	para := 0
	for i := range a.Sentences {
		s := &a.Sentences[i]
		if len(s.Tokens) == 0 || s.Start < 0 || s.End > len(a.Original) || s.Start > s.End {
			continue
		}
		if len(d.sents) > 0 {
			prev := d.sents[len(d.sents)-1]
			if prev.End > s.Start || strings.ContainsAny(a.Original[prev.End:s.Start], "\n\r") || !sameKept(a, prev.End, s.Start) {
				para++
			}
		}
		st := &sent{Sentence: s, idx: i, para: para, low: make([]string, len(s.Tokens))}
		parsed := true
		for k, t := range s.Tokens {
			st.low[k] = strings.ToLower(t.Form)
			if t.Head < 0 || t.Head > len(s.Tokens) || t.UPOS == "" {
				parsed = false
			}
		}
		st.parsed = parsed && len(s.Tokens) > 0
		st.actors = res.actors(s.Tokens)
		d.sents = append(d.sents, st)
	}
	return d
}

// sameKept reports whether bytes a and b lie in the same kept span; a kept
// span boundary is always a paragraph boundary.
func sameKept(a *article.Article, x, y int) bool {
	if len(a.Kept) == 0 {
		return true
	}
	for _, k := range a.Kept {
		if x >= k.Start && x <= k.End {
			return y >= k.Start && y <= k.End
		}
	}
	return false
}

// Token shape helpers.

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isCap(s string) bool {
	r := firstRune(s)
	return unicode.IsUpper(r)
}

func isWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func isPunct(s string) bool { return s != "" && !isWord(s) }

// quote mark shapes
const (
	qNone = iota
	qDouble
	qSingle
)

func markKind(form string) int {
	switch form {
	case "\"", "“", "”", "„", "«", "»", "``", "''", "‟", "〝", "〞", "＂":
		return qDouble
	case "'", "‘", "’", "‚", "‹", "›", "‛":
		return qSingle
	}
	return qNone
}

var prepositions = map[string]bool{
	"of": true, "in": true, "on": true, "at": true, "for": true, "from": true, "to": true,
	"with": true, "by": true, "about": true, "against": true, "into": true, "over": true,
	"under": true, "after": true, "before": true, "during": true, "between": true, "among": true,
	"near": true, "across": true, "through": true, "via": true, "within": true, "without": true,
	"towards": true, "toward": true, "upon": true, "amid": true, "despite": true, "like": true,
	"than": true, "since": true, "until": true, "onto": true, "behind": true, "beyond": true,
}

var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"its": true, "his": true, "her": true, "their": true, "our": true, "my": true, "your": true,
	"some": true, "many": true, "several": true, "other": true, "another": true, "both": true,
	"each": true, "every": true, "all": true, "no": true, "any": true,
}

// adverbs and auxiliaries that may stand between a subject and its verb.
var betweenWords = map[string]bool{
	"also": true, "has": true, "have": true, "had": true, "is": true, "was": true, "were": true,
	"are": true, "will": true, "would": true, "then": true, "later": true, "again": true,
	"however": true, "further": true, "previously": true, "earlier": true, "already": true,
	"separately": true, "meanwhile": true, "today": true, "yesterday": true, "once": true,
	"not": true, "n't": true, "did": true, "does": true, "do": true, "had been": true,
	"never": true, "still": true, "too": true, "had also": true, "could": true, "may": true,
	"might": true, "should": true, "must": true, "can": true, "been": true, "even": true,
	"only": true, "just": true, "now": true, "first": true, "last": true, "rather": true,
}

var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// auxiliaries and common finite verbs: enough to tell that a stretch of
// words is a clause when there is no parse.
var finiteWords = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "can": true, "could": true, "may": true, "might": true,
	"should": true, "must": true, "shall": true, "does": true, "did": true, "do": true,
	"'s": true, "’s": true, "'re": true, "’re": true, "'ll": true, "’ll": true, "'ve": true, "’ve": true,
	"ca": true, "wo": true, "'d": true, "’d": true, "am": true,
}

// irregular past forms, for finding a clause's verb without a parse.
var irregularPast = map[string]bool{
	"came": true, "went": true, "took": true, "made": true, "gave": true, "left": true,
	"hit": true, "saw": true, "met": true, "held": true, "told": true, "said": true, "found": true,
	"got": true, "kept": true, "led": true, "lost": true, "put": true, "ran": true, "sent": true,
	"set": true, "shot": true, "spent": true, "stood": true, "struck": true, "thought": true,
	"knew": true, "began": true, "brought": true, "built": true, "bought": true, "caught": true,
	"fell": true, "felt": true, "fled": true, "flew": true, "fought": true, "grew": true,
	"heard": true, "hid": true, "laid": true, "meant": true, "paid": true, "rose": true,
	"sought": true, "sold": true, "spoke": true, "stole": true, "swept": true, "taught": true,
	"threw": true, "understood": true, "won": true, "wrote": true, "broke": true, "chose": true,
	"drove": true, "ate": true, "forgot": true, "froze": true, "bore": true, "beat": true,
	"became": true, "blew": true, "cut": true, "dealt": true, "drew": true, "fed": true,
	"hurt": true, "let": true, "lay": true, "lit": true, "overtook": true, "quit": true,
	"rode": true, "rang": true, "shut": true, "slew": true, "spread": true, "swore": true,
	"withdrew": true, "woke": true, "wounded": true, "killed": true,
}

// looksFinite reports whether the words of a sentence in [i, j) contain a
// finite verb.
func (st *sent) looksFinite(i, j int) bool {
	for k := max(i, 0); k < j && k < len(st.Tokens); k++ {
		if st.finiteAt(k, i) {
			return true
		}
	}
	return false
}

// finiteAt reports whether token k is a finite verb: the parse's, when
// there is one, else a word that can only be one. from is where the clause
// starts (a word right at its start is its subject, not its verb).
func (st *sent) finiteAt(k, from int) bool {
	t := st.Tokens[k]
	// the parse adds verbs the word lists cannot see ("Iran cares"), but
	// does not veto them: a tagger still learning calls "the attack
	// targeted" a participle
	if st.parsed && (t.UPOS == "VERB" || t.UPOS == "AUX") && (t.XPOS == "VBD" || t.XPOS == "VBZ" || t.XPOS == "VBP" || t.XPOS == "MD") {
		return true
	}
	w := st.low[k]
	prev := ""
	if k > 0 {
		prev = st.low[k-1]
	}
	if w == "'s" || w == "’s" {
		// "it's" is "it is"; "Iran's" is a possessive
		return isPronounWord(prev) || prev == "there" || prev == "that" || prev == "what" || prev == "who"
	}
	if finiteWords[w] || irregularPast[w] {
		return true
	}
	if len(w) >= 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && k > from && prev != "-" && !isCap(t.Form) {
		return true
	}
	// "Iran cares", "the group operates": a -s word right after a name or
	// a pronoun
	if k > from && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !isCap(t.Form) {
		if isCap(st.Tokens[k-1].Form) || prev == "it" || prev == "he" || prev == "she" || prev == "that" || prev == "which" || prev == "who" || len(prev) > 4 && strings.HasSuffix(prev, "ly") {
			return true
		}
	}
	return false
}

// clauseAt reports whether [c, e) reads as a clause with its own subject:
// a finite verb comes within 15 words, after a noun-like word (not "and",
// a comma or a preposition: "bombings and kidnapped members" is a list),
// and no question word stands before it ("a response to what they saw").
// Asides between dashes are skipped.
func (st *sent) clauseAt(c, e int) bool {
	aside := false
	last := ""
	for k := c; k < e && k < len(st.Tokens) && k-c <= 15; k++ {
		f := st.Tokens[k].Form
		if f == "--" || f == "—" || f == "–" {
			aside = !aside
			continue
		}
		if aside || markKind(f) != qNone {
			continue
		}
		w := st.low[k]
		if k > c && last != "" && st.finiteAt(k, c) {
			return last != "" && last != "and" && last != "or" && last != "," && !prepositions[last] && !articleLike[last]
		}
		switch w {
		case "what", "how", "why", "where", "whether", "when":
			return false
		}
		last = w
	}
	return false
}

type tokenT = article.Token

// articleLike words need a noun after them; "both", "all" and "some" can
// stand alone as a subject ("both should …").
var articleLike = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "these": true, "those": true,
	"its": true, "his": true, "her": true, "their": true, "our": true, "my": true, "your": true,
}

// verbWord reports a word that can only be a verb: an auxiliary, a modal
// or an irregular past ("'s" only after a pronoun: "Iran's" is no verb).
func (st *sent) verbWord(k int) bool {
	w := st.low[k]
	if w == "'s" || w == "’s" {
		return k > 0 && (isPronounWord(st.low[k-1]) || st.low[k-1] == "there" || st.low[k-1] == "that")
	}
	return finiteWords[w] || irregularPast[w]
}
