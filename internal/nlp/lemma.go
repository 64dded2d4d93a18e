package nlp

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The lemmatizer looks a (form, XPOS) pair up in a lexicon drawn from
// the training data, and for words it has not seen applies the suffix
// rewrite that the training words of the same XPOS and the longest
// shared ending most often took ("-ies" NNS -> "-y", "-pped" VBD -> "-p").

type lemmatizer struct {
	lex   map[lkey]string  // (normalized form, XPOS) -> lemma
	lower map[lkey]string  // (lowercase normalized form, XPOS) -> lemma
	rules map[lkey]rewrite // (lowercase suffix, XPOS) -> rewrite
	words *lexicon         // the word-class lexicon, when the model uses it: checks a rewritten verb
}

// rewrite strips Strip bytes from the end of a form and appends Add.
type rewrite struct {
	Strip int
	Add   string
}

const maxRuleSuffix = 5

// lkey is a lexicon key: a form and a tag. A struct rather than a joined
// string, so that looking a word up allocates nothing.
type lkey struct{ form, tag string }

func lexKey(form, tag string) lkey { return lkey{form, tag} }

func (r rewrite) apply(form string) string {
	if r.Strip > len(form) {
		return form
	}
	return form[:len(form)-r.Strip] + r.Add
}

// rewriteFor is the rewrite that turns form into lemma.
func rewriteFor(form, lemma string) rewrite {
	n := 0
	for n < len(form) && n < len(lemma) && form[n] == lemma[n] {
		n++
	}
	return rewrite{Strip: len(form) - n, Add: lemma[n:]}
}

func properTag(xpos string) bool { return xpos == "NNP" || xpos == "NNPS" }

// lemma returns the lemma of form (as written) with tag xpos.
func (lm *lemmatizer) lemma(form, norm, xpos string) string {
	if l, ok := lm.lex[lexKey(norm, xpos)]; ok {
		return l
	}
	low := strings.ToLower(norm)
	if l, ok := lm.lower[lexKey(low, xpos)]; ok {
		if properTag(xpos) && low != norm {
			// "IRAN" seen as "Iran": keep the case of this text.
			return norm
		}
		return l
	}
	if l, ok := lm.otherVerbTag(low, xpos); ok {
		return l
	}
	base := low
	if properTag(xpos) || hasDigitOrNoLetter(norm) {
		base = norm
	}
	for k := min(maxRuleSuffix, len(base)); k >= 0; k-- {
		if r, ok := lm.rules[lexKey(strings.ToLower(base[len(base)-k:]), xpos)]; ok {
			return lm.knownLemma(low, r.apply(base), xpos)
		}
	}
	return base
}

// knownLemma checks a verb or plural noun lemma a suffix rule made from
// the form low against the word-class lexicon. A rule learned from
// "controlled" → "control" makes "shelled" "shel"; when the lexicon knows
// no such verb but knows the form with the final consonant doubled or
// undoubled, or with an "e" added or dropped ("shell", "rubbed" → "rub"
// not "rubb", "rioted" → "riot" not "riote" as "created" → "create"),
// that is the lemma. Failing those, the form less its plain ending is,
// when the lexicon knows it as a verb: a rule learned from "robbed" →
// "rob" strips "bed", and makes "bombed" "bom" and "climbed" "clim".
// A rule learned from "movies" → "movie" makes "navies" "navie"; when the
// lexicon knows no such noun but knows it in -y, that is the lemma.
func (lm *lemmatizer) knownLemma(low, lemma, xpos string) string {
	if lm.words == nil {
		return lemma
	}
	n := len(lemma)
	if xpos == "NNS" {
		if n > 2 && lemma[n-2:] == "ie" && lm.words.words[lemma]&lexNoun == 0 {
			var buf [32]byte
			y := append(append(buf[:0], lemma[:n-2]...), 'y')
			if lm.words.words[string(y)]&lexNoun != 0 {
				return string(y)
			}
		}
		return lemma
	}
	if !strings.HasPrefix(xpos, "VB") || lm.words.words[lemma]&lexVerb != 0 {
		return lemma
	}
	if n >= 2 {
		// The candidates are built in a stack buffer and looked up
		// without a string of their own; only the one found is
		// allocated.
		var buf [32]byte
		b := append(buf[:0], lemma...)
		if lm.words.words[string(append(b, lemma[n-1]))]&lexVerb != 0 {
			return lemma + lemma[n-1:]
		}
		if lm.words.words[string(append(b, 'e'))]&lexVerb != 0 {
			return lemma + "e"
		}
		if (lemma[n-1] == lemma[n-2] || lemma[n-1] == 'e') && lm.words.words[lemma[:n-1]]&lexVerb != 0 {
			return lemma[:n-1]
		}
	}
	for _, e := range plainEnds[xpos] {
		if stem, ok := strings.CutSuffix(low, e); ok && len(stem) > 1 && lm.words.words[stem]&lexVerb != 0 {
			return stem
		}
	}
	return lemma
}

// plainEnds are the regular endings of each verb tag's forms.
var plainEnds = map[string][]string{"VBD": {"ed"}, "VBN": {"ed"}, "VBG": {"ing"}, "VBZ": {"es", "s"}}

// verbTags are the Penn verb tags, past forms first: a form the tagger
// put under the wrong verb tag is most often a past read as a present
// ("Rebels shot/VBP down"), and "shot" is then "shoot" all the same.
var verbTags = [...]string{"VBD", "VBN", "VBZ", "VBG", "VBP", "VB"}

// otherVerbTag looks a verb form the lexicon does not hold under xpos up
// under the other verb tags, so that a wrong inflection tag does not cost
// an irregular verb its lemma, which the suffix rules cannot recover.
func (lm *lemmatizer) otherVerbTag(low, xpos string) (string, bool) {
	if !strings.HasPrefix(xpos, "VB") {
		return "", false
	}
	for _, tag := range verbTags {
		if tag == xpos {
			continue
		}
		// the training data's own slips ("freed"/VBN → "fre") are
		// no verb the word-class lexicon knows
		if l, ok := lm.lower[lexKey(low, tag)]; ok && (lm.words == nil || lm.words.words[l]&lexVerb != 0) {
			return l, true
		}
	}
	return "", false
}

func hasDigitOrNoLetter(s string) bool {
	letter := false
	for _, r := range s {
		if unicode.IsDigit(r) {
			return true
		}
		if unicode.IsLetter(r) {
			letter = true
		}
	}
	return !letter
}

type lemmaSample struct{ form, xpos, lemma string }

// buildLemmatizer counts the lexicon and the suffix rules. Rules come
// from word types, not tokens, so frequent irregular verbs do not
// outvote the regular pattern that unseen words follow; a rule needs two
// types behind it.
func buildLemmatizer(samples []lemmaSample) *lemmatizer {
	lexCount := map[lkey]map[string]int{}
	lowCount := map[lkey]map[string]int{}
	add := func(m map[lkey]map[string]int, k lkey, v string) {
		c := m[k]
		if c == nil {
			c = map[string]int{}
			m[k] = c
		}
		c[v]++
	}
	types := map[[2]string]map[string]int{}
	for _, s := range samples {
		norm := normalize(s.form)
		add(lexCount, lexKey(norm, s.xpos), s.lemma)
		low := strings.ToLower(norm)
		add(lowCount, lexKey(low, s.xpos), s.lemma)
		k := [2]string{low, s.xpos}
		if types[k] == nil {
			types[k] = map[string]int{}
		}
		types[k][s.lemma]++
	}
	lm := &lemmatizer{lex: best(lexCount), lower: best(lowCount)}
	ruleCount := map[lkey]map[rewrite]int{}
	for k, lemmas := range types {
		low, xpos := k[0], k[1]
		lemma := bestOf(lemmas)
		base := low
		if hasDigitOrNoLetter(low) || !utf8.ValidString(base) {
			continue // numbers and symbols are their own lemmas
		}
		if !properTag(xpos) && strings.ToLower(lemma) != lemma {
			continue // "I", acronyms: no suffix to learn
		}
		// Proper nouns keep their case in the lemma; the rule is learned
		// in lowercase and applied to the form as written.
		rw := rewriteFor(base, strings.ToLower(lemma))
		for j := 0; j <= min(maxRuleSuffix, len(base)); j++ {
			rk := lexKey(base[len(base)-j:], xpos)
			if rw.Strip > j && j < len(base) {
				continue // the rule must rewrite only inside the suffix it is keyed on
			}
			c := ruleCount[rk]
			if c == nil {
				c = map[rewrite]int{}
				ruleCount[rk] = c
			}
			c[rw]++
		}
	}
	lm.rules = map[lkey]rewrite{}
	for k, c := range ruleCount {
		total, bestN := 0, 0
		var br rewrite
		for rw, n := range c {
			total += n
			if n > bestN || n == bestN && (rw.Strip < br.Strip || rw.Strip == br.Strip && rw.Add < br.Add) {
				br, bestN = rw, n
			}
		}
		if total >= 2 {
			lm.rules[k] = br
		}
	}
	return lm
}

// bestOf returns the most frequent key, ties broken alphabetically.
func bestOf(m map[string]int) string {
	var b string
	n := -1
	for k, c := range m {
		if c > n || c == n && k < b {
			b, n = k, c
		}
	}
	return b
}

func best(m map[lkey]map[string]int) map[lkey]string {
	out := make(map[lkey]string, len(m))
	for k, c := range m {
		out[k] = bestOf(c)
	}
	return out
}

// featLexicon predicts UD morphological features from the lowercase
// form and joint tag, falling back on the tag's most frequent features.
type featLexicon struct {
	byForm map[lkey]string // (lowercase normalized form, joint tag) -> feats
	byTag  []string        // joint tag id -> feats
}

func buildFeatLexicon(tags []string, forms []string, tagIDs []int, feats []string) *featLexicon {
	byForm := map[lkey]map[string]int{}
	byTag := make([]map[string]int, len(tags))
	for i, f := range forms {
		k := lexKey(strings.ToLower(normalize(f)), tags[tagIDs[i]])
		if byForm[k] == nil {
			byForm[k] = map[string]int{}
		}
		byForm[k][feats[i]]++
		if byTag[tagIDs[i]] == nil {
			byTag[tagIDs[i]] = map[string]int{}
		}
		byTag[tagIDs[i]][feats[i]]++
	}
	fl := &featLexicon{byForm: map[lkey]string{}, byTag: make([]string, len(tags))}
	for t, m := range byTag {
		fl.byTag[t] = bestOf(m)
		if fl.byTag[t] == "" {
			fl.byTag[t] = "_"
		}
	}
	// Keep only the entries that differ from the tag default: the rest
	// add size and no information.
	for k, m := range byForm {
		f := bestOf(m)
		if id, ok := slices.BinarySearchFunc(tags, k.tag, cmp.Compare); ok && fl.byTag[id] == f {
			continue
		}
		fl.byForm[k] = f
	}
	return fl
}

func (fl *featLexicon) feats(lower string, tag int, tags []string) string {
	if f, ok := fl.byForm[lexKey(lower, tags[tag])]; ok {
		return f
	}
	return fl.byTag[tag]
}
