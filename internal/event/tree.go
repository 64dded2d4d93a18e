package event

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/article"
	"github.com/sitrep/sitrep/internal/dates"
)

// tree is a sentence's dependency parse in a form that is safe to walk:
// heads out of range and cycles (a parser bug or a hostile input) are cut,
// so every walk up from a token ends at a root within n steps.
type tree struct {
	toks  []article.Token
	n     int
	head  []int    // 0-based; -1 for a root
	rel   []string // normalised relation: UD v2 names, lower case
	lemma []string // lower case; the form when the parser gave none
	upos  []string
	kids  [][]int
}

// v1 maps UD v1 relation names (the PETRARCH suites' gold parses use
// them) to their v2 equivalents; the coder reads v2.
var v1 = map[string]string{
	"dobj": "obj", "nsubjpass": "nsubj:pass", "auxpass": "aux:pass", "csubjpass": "csubj:pass",
	"name": "flat", "mwe": "fixed", "neg": "advmod",
}

func newTree(toks []article.Token) *tree {
	n := len(toks)
	t := &tree{toks: toks, n: n, head: make([]int, n), rel: make([]string, n),
		lemma: make([]string, n), upos: make([]string, n), kids: make([][]int, n)}
	for i, tk := range toks {
		h := tk.Head - 1
		if h < -1 || h >= n || h == i {
			h = -1
		}
		t.head[i] = h
		r := strings.ToLower(tk.Rel)
		if v, ok := v1[r]; ok {
			r = v
		}
		t.rel[i] = r
		l := tk.Lemma
		if l == "" || l == "_" {
			l = tk.Form
		}
		t.lemma[i] = strings.ToLower(l)
		u := tk.UPOS
		if u == "CONJ" {
			u = "CCONJ"
		}
		t.upos[i] = u
	}
	// Cut cycles: a token whose walk up does not reach a root within n
	// steps becomes a root itself.
	state := make([]uint8, n) // 0 unvisited, 1 on the current path, 2 done
	for i := 0; i < n; i++ {
		var path []int
		j := i
		for j >= 0 && state[j] == 0 {
			state[j] = 1
			path = append(path, j)
			j = t.head[j]
		}
		if j >= 0 && state[j] == 1 {
			t.head[j] = -1 // j closes a cycle
		}
		for _, k := range path {
			state[k] = 2
		}
	}
	for i := 0; i < n; i++ {
		if h := t.head[i]; h >= 0 {
			t.kids[h] = append(t.kids[h], i)
		}
	}
	// Repairs of parses that wire copy gets wrong, in this order.
	t.repairModifierCoordination()
	t.repairSplitModifiers()
	t.repairTwoSubjects()
	t.repairCoordinatedSubordinates()
	t.repairPostnominalAdjectives()
	t.repairSubordinators()
	t.repairNumberParticiple()
	t.repairLedCompounds()
	t.repairSoleIndirectObject()
	t.repairOpposedTo()
	t.repairWeekdayPhrases()
	t.repairParticles()
	t.repairPrepositionVerbs()
	t.repairMemorandum()
	t.repairNumberBeforeNoun()
	t.repairPunctuationHeads()
	t.repairTimeClauses()
	t.repairTerritoryConjuncts()
	t.repairShiftedObjects()
	t.repairObjectAgents()
	t.repairLooseConjuncts()
	t.repairOrphans()
	t.repairParticipleObjects()
	t.repairListRoot()
	t.repairListAppositions()
	t.repairPredicateConjuncts()
	t.repairClauseSubjects()
	t.repairWhereClauses()
	t.repairRelativeConjuncts()
	t.repairBareObliques()
	t.repairPredicativeObjects()
	t.repairGerundSubjects()
	t.repairApproximateSubjects()
	t.repairComparativeCounts()
	t.repairCasedObjects()
	t.repairChargeClauses()
	t.repairAdjectiveObjects()
	t.repairSmallClauses()
	t.repairConsequences()
	t.repairShotDead()
	t.repairBorderCrossings()
	t.repairCalledOn()
	t.repairNeighbouring()
	// v1 parses attach obliques to verbs as nmod; v2 calls them obl.
	for i := 0; i < n; i++ {
		if h := t.head[i]; h >= 0 && t.isVerbal(h) {
			switch t.rel[i] {
			case "nmod":
				t.rel[i] = "obl"
			case "nmod:tmod":
				t.rel[i] = "obl:tmod"
			case "nmod:npmod":
				t.rel[i] = "obl:npmod"
			case "nmod:agent":
				t.rel[i] = "obl:agent"
			}
		}
	}
	return t
}

// repairPunctuationHeads repairs a misparse.
// "Pakistan launched airstrikes in Iran, a day after warning Tehran…":
// the parser hung "a day" on the sentence's full stop. Punctuation heads
// nothing; its dependents belong to what it hangs on, a noun there, with
// no preposition, as a bare adverbial of the verb.
func (t *tree) repairPunctuationHeads() {
	for h := 0; h < t.n; h++ {
		v := t.head[h]
		if t.upos[h] != "PUNCT" || v < 0 || len(t.kids[h]) == 0 {
			continue
		}
		kids := append([]int(nil), t.kids[h]...)
		// a preposition hung there goes with the noun after it
		// ("denounced as an ugly crime…" with "as" and "crime" both on
		// the full stop)
		for _, c := range kids {
			if t.rel[c] != "case" {
				continue
			}
			for _, n := range kids {
				if n > c && t.isNominal(n) {
					t.move(c, n)
					break
				}
			}
		}
		for _, k := range kids {
			if t.head[k] != h {
				continue
			}
			t.move(k, v)
			if t.isNominal(k) && t.isVerbal(v) {
				t.rel[k] = "obl"
				if t.child(k, "case") < 0 {
					t.rel[k] = "obl:unmarked"
				}
				// "struck what New Delhi said was a camp" with "what" on
				// the full stop: a free relative is no adverbial; it is
				// the object of a verb that has none.
				if t.lemma[k] == "what" && k > v && t.child(v, "obj") < 0 && !t.passive(v) {
					t.rel[k] = "obj"
				}
			}
		}
	}
}

// repairTimeClauses repairs a misparse.
// "launched airstrikes, a day after warning Tehran": the parser read
// the clause after "a day" as the day's modifier. A clause opened by a
// subordinator on a measure of time ("a day after", "hours before") is
// the clause the time is measured from, an adverbial of the verb the
// time modifies.
func (t *tree) repairTimeClauses() {
	for a := 0; a < t.n; a++ {
		d := t.head[a]
		if d < 0 || t.rel[a] != "acl" || !t.isVerbal(a) || !temporal[t.lemma[d]] || t.head[d] < 0 || !t.isVerbal(t.head[d]) {
			continue
		}
		if !subordinators[t.markOf(a)] {
			continue
		}
		t.rel[a] = "advcl"
		t.move(a, t.head[d])
	}
}

// repairTerritoryConjuncts repairs a misparse.
// "missile attacks on spy headquarters and terrorist targets in Syria,
// and Iraq's autonomous Kurdistan region": the parser coordinated the
// region with the attacks. A territory is no conjunct of a noun that is
// not one when that noun's prepositional phrase comes between them: it
// goes with that phrase, the last one before it.
func (t *tree) repairTerritoryConjuncts() {
	for c := 0; c < t.n; c++ {
		x := t.head[c]
		if x < 0 || t.rel[c] != "conj" || t.upos[c] != "NOUN" || !isTerritory(t.lemma[c]) || isTerritory(t.lemma[x]) || !t.isNominal(x) {
			continue
		}
		k := -1
		for _, d := range t.kids[x] {
			if d > x && d < c && (t.base(d) == "nmod" || t.base(d) == "obl") && t.prep(d) != "" && t.upos[d] != "PROPN" {
				k = d
			}
		}
		if k >= 0 {
			t.move(c, k)
		}
	}
}

// repairRelativeConjuncts repairs a misparse.
// "called FM Jilani, who is in Kampala, Uganda, to attend…": the parser
// coordinated the relative clause's predicate ("Kampala") and the place
// after it ("Uganda") with the noun the clause describes, which made the
// minister, Kampala and Uganda three people called. A conjunct whose
// subject is a relative pronoun before it is a relative clause of the
// noun. (The name that follows it after a comma only, "Kampala,
// Uganda", repairLooseConjuncts has already put in apposition.)
func (t *tree) repairRelativeConjuncts() {
	for c := 0; c < t.n; c++ {
		x := t.head[c]
		if x < 0 || x > c || t.rel[c] != "conj" || !t.isNominal(x) {
			continue
		}
		subj := t.child(c, "nsubj", "nsubj:pass")
		if subj < 0 || subj > c || subj < x || !relPronouns[t.lemma[subj]] || t.child(c, "cc") >= 0 {
			continue
		}
		t.rel[c] = "acl:relcl"
	}
}

// repairShiftedObjects repairs a misparse.
// "Albania denounced as an ugly crime Serbia's suppression of the
// unrest": news moves a long object after the verb's as-phrase, and the
// parser hangs it on the as-phrase's noun without a preposition. A
// verb with an as-phrase and no object has as its object a noun hung
// that way after the phrase's noun.
func (t *tree) repairShiftedObjects() {
	for k := 0; k < t.n; k++ {
		v := t.head[k]
		if v < 0 || !t.isVerbal(v) || t.base(k) != "obl" && t.base(k) != "nmod" || t.prep(k) != "as" || t.child(v, "obj") >= 0 {
			continue
		}
		for _, d := range t.kids[k] {
			if d > k && t.rel[d] == "nmod" && t.prep(d) == "" && t.isNominal(d) {
				t.rel[d] = "obj"
				t.move(d, v)
				break
			}
		}
	}
}

// repairObjectAgents repairs a misparse.
// "Iran condemned the strikes by the United States": the parser hung
// the by-phrase on the verb, where it names an agent only in the
// passive. A by-phrase right after the object of an active verb,
// naming someone (a name, or a noun with a determiner or in the plural,
// not a time or a measure: "by Friday", "by half"), is the object's
// agent.
func (t *tree) repairObjectAgents() {
	for b := 0; b < t.n; b++ {
		v := t.head[b]
		if v < 0 || t.base(b) != "obl" || t.prep(b) != "by" || !t.isVerbal(v) || t.passive(v) {
			continue
		}
		o := t.child(v, "obj")
		if o < 0 || t.upos[o] != "NOUN" {
			continue
		}
		named := t.upos[b] == "PROPN" || t.upos[b] == "NOUN" && (t.plural(b) || t.det(b) != "")
		if !named || temporal[t.lemma[b]] || t.child(b, "nummod") >= 0 || measureWords[t.lemma[b]] {
			continue
		}
		_, end := t.span(o)
		if lo, _ := t.span(b); lo != end+1 {
			continue
		}
		t.move(b, o)
		t.rel[b] = "nmod"
	}
}

// measureWords are nouns of amount a by-phrase with a determiner may
// give ("by a third", "by a wide margin"); "by half" and "by 10 percent"
// name no one anyway.
var measureWords = map[string]bool{"third": true, "quarter": true, "margin": true, "degree": true, "amount": true}

// repairLooseConjuncts repairs a misparse.
// "Thai and Cambodian troops clashed…, killing at least 12 people,
// mostly Thai civilians, officials said": the parser made "civilians" a
// conjunct of "troops", a side in the fighting. A coordination ends with
// its conjunction ("A, B and C"); a noun hung as the last conjunct with
// no conjunction of its own or among its fellows, right after a comma
// that follows another noun, says more of that noun.
func (t *tree) repairLooseConjuncts() {
	for c := 2; c < t.n; c++ {
		h := t.head[c]
		if h < 0 || t.rel[c] != "conj" || !t.isNominal(c) || !t.isNominal(h) || h > c {
			continue
		}
		lo, _ := t.span(c)
		p := t.openingComma(lo)
		if p < 1 {
			continue
		}
		n := p - 1
		if n == h || !t.isNominal(n) || t.inSubtree(n, c) {
			continue
		}
		all := t.conjuncts(h)
		if all[len(all)-1] != c || slices.ContainsFunc(all, func(k int) bool { return t.child(k, "cc") >= 0 }) {
			continue
		}
		t.move(c, n)
		t.rel[c] = "appos"
	}
}

// repairGluedConjuncts repairs a misparse. "A drone strike killed 85
// civilians gathered/VBD for a festival in Kaduna": the parser made
// "gathered" a second verb coordinated with "killed". Verbs are
// coordinated by a conjunction or a comma; a past form with neither,
// no subject or object of its own and nothing between it and the first
// verb's object is a participle modifying that object. It runs after
// repairReportAppos, which gives a verb of saying back the subject the
// parser hung elsewhere (", the defence ministry said,").
func (t *tree) repairGluedConjuncts() {
	for c := 1; c < t.n; c++ {
		h := t.head[c]
		if h < 0 || h > c || t.rel[c] != "conj" || t.upos[c] != "VERB" || t.toks[c].XPOS != "VBD" && t.toks[c].XPOS != "VBN" {
			continue
		}
		if t.subject(c) >= 0 || t.child(c, "obj", "cc", "aux", "aux:pass") >= 0 {
			continue
		}
		o := t.child(h, "obj")
		if o < 0 || o > c || t.rel[c-1] == "punct" || t.upos[c-1] == "CCONJ" {
			continue
		}
		if _, end := t.span(o); end != c-1 {
			continue
		}
		t.rel[c] = "acl"
		t.move(c, o)
	}
}

// repairListRoot repairs a misparse. "Mali, Burkina Faso and Niger
// recalled their ambassadors": the parser made the first name the root
// and the verb, with the rest of the list as its subject, a parataxis of
// it. A root name followed by a comma and a coordinated subject of its
// own dependent verb is that subject's first conjunct.
func (t *tree) repairListRoot() {
	r := t.root()
	if r < 0 || r+2 >= t.n || t.upos[r] != "PROPN" || t.toks[r+1].Form != "," {
		return
	}
	for _, v := range t.kids[r] {
		if !t.isVerbal(v) || v < r {
			continue
		}
		sj := t.child(v, "nsubj", "nsubj:pass")
		if sj < 0 || len(t.children(sj, "conj")) == 0 {
			continue
		}
		if lo, _ := t.span(sj); lo != r+2 && lo != r+1 { // the comma may be the subject's
			continue
		}
		t.rel[v] = "root"
		t.move(v, -1)
		for _, k := range append([]int(nil), t.kids[r]...) {
			if k > r+1 {
				t.move(k, v)
			}
		}
		t.rel[r] = t.rel[sj]
		t.move(r, v)
		for _, c := range append([]int(nil), t.children(sj, "conj")...) {
			t.move(c, r)
		}
		t.rel[sj] = "conj"
		t.move(sj, r)
		t.move(r+1, sj)
		return
	}
}

// repairParticipleObjects repairs a misparse. "Colombia turned back two
// US military planes carrying deported migrants": the parser made the
// planes the subject of "carrying", an adverbial clause, and left
// "turned back" without an object. A verb with no object, followed
// (past its particle or adverbs) by an -ing clause with a subject and no
// subordinator, has that subject as its object, and the clause modifies
// it unless a comma sets the clause off.
func (t *tree) repairParticipleObjects() {
	for a := 0; a < t.n; a++ {
		v := t.head[a]
		if v < 0 || v > a || t.rel[a] != "advcl" || t.toks[a].XPOS != "VBG" || t.child(a, "mark") >= 0 || t.child(v, "obj") >= 0 {
			continue
		}
		sj := t.child(a, "nsubj")
		if sj < 0 || !t.isNominal(sj) {
			continue
		}
		lo, _ := t.span(sj)
		gap := true
		for i := v + 1; i < lo; i++ {
			if t.head[i] != v || t.rel[i] != "advmod" && t.rel[i] != "compound:prt" {
				gap = false
			}
		}
		if !gap {
			continue
		}
		t.rel[sj] = "obj"
		t.move(sj, v)
		// "labelled Jaish al-Adl a terrorist organisation, saying the
		// group…": after a comma the clause stays the verb's
		if t.commaBefore(a) {
			continue
		}
		t.rel[a] = "acl"
		t.move(a, sj)
		// ", saying migrants must be treated with dignity" is the
		// verb's, not the planes'
		for _, c := range t.children(a, "conj") {
			if t.toks[c].XPOS == "VBG" && t.commaBefore(c) {
				t.rel[c] = "advcl"
				t.move(c, v)
			}
		}
	}
}

// repairOrphans repairs a misparse. "Forces arrested First Vice
// President Riek Machar at his home": the parser hung the name as an
// "orphan" (a relation for ellipsis) on the noun of the phrase after it.
// "Katz accused President Recep Tayyip Erdogan of breaking agreements":
// it made Erdogan the subject of "agreements". A noun so hung on a
// verb's oblique, before the oblique's preposition, where the verb has
// no object, is the verb's object: a noun has no subject without a
// copula.
func (t *tree) repairOrphans() {
	for k := 0; k < t.n; k++ {
		h := t.head[k]
		if h <= k || !t.isNominal(k) || t.base(h) != "obl" {
			continue
		}
		switch {
		case t.rel[k] == "orphan":
		case t.rel[k] == "nsubj" && t.isNominal(h) && t.child(h, "cop") < 0:
			if c := t.child(h, "case"); c < 0 || k > c {
				continue
			}
		default:
			continue
		}
		v := t.head[h]
		if v < 0 || v > k || !t.isVerbal(v) || t.child(v, "obj") >= 0 {
			continue
		}
		t.rel[k] = "obj"
		t.move(k, v)
	}
}

// repairListAppositions repairs a misparse.
// "Saudi Arabia, the United Arab Emirates, Egypt and Bahrain severed
// relations": the parser read the second name of the list as an
// apposition of the first, and the UAE was lost. A name in apposition
// between commas, followed by a conjunct of the same head with no
// conjunction of its own (the middle of a list "A, B, C and D"), is a
// conjunct too. "Iran's foreign minister, Hossein Amir-Abdollahian, and
// his Pakistani counterpart" stays: what follows has its "and".
func (t *tree) repairListAppositions() {
	for a := 1; a < t.n; a++ {
		h := t.head[a]
		if h < 0 || h > a || t.rel[a] != "appos" || t.upos[a] != "PROPN" {
			continue
		}
		// the span may or may not hold the commas around it
		lo, end := t.span(a)
		if t.openingComma(lo) < 0 {
			continue
		}
		if t.toks[end].Form == "," {
			end--
		}
		if end+2 >= t.n || t.toks[end+1].Form != "," {
			continue
		}
		next := -1
		for _, k := range t.kids[h] {
			if k > end && t.rel[k] == "conj" {
				next = k
				break
			}
		}
		if next < 0 || t.child(next, "cc") >= 0 {
			continue
		}
		if lo, _ := t.span(next); lo > end+2 {
			continue
		}
		t.rel[a] = "conj"
	}
}

// repairPredicateConjuncts repairs a misparse.
// "Vucic denied that Serbia was involved and blamed Kosovo for the
// violence": the parser hung "blamed" on "involved", so that Serbia
// blamed Kosovo, and only in Vucic's denial. A verb with tense and no
// subject coordinates with a verb of its kind, not with a predicate
// adjective or noun: hung on one that is a complement clause, it is a
// second verb of the clause above, when that verb has its tense.
func (t *tree) repairPredicateConjuncts() {
	for c := 0; c < t.n; c++ {
		h := t.head[c]
		x := t.toks[c].XPOS
		if h < 0 || t.rel[c] != "conj" || t.upos[c] != "VERB" || x != "VBD" && x != "VBZ" || t.subject(c) >= 0 {
			continue
		}
		if t.isVerbal(h) || t.child(h, "cop") < 0 || t.rel[h] != "ccomp" {
			continue
		}
		if p := t.head[h]; p >= 0 && t.upos[p] == "VERB" && t.toks[p].XPOS == x {
			t.move(c, p)
		}
	}
}

// repairClauseSubjects repairs a misparse.
// "The OAS condemned the intrusion, and Brazil, Colombia and Argentina
// expressed solidarity with Mexico": the parser made the three states
// conjuncts of "intrusion", and "expressed" a second verb with no
// subject, so that the OAS condemned them. A verb with tense and no
// subject, coordinated with a verb and right after nouns hung as
// conjuncts of that verb's object from a ", and" on, has those nouns as
// its subject: the second clause of the sentence.
func (t *tree) repairClauseSubjects() {
	for v := 1; v < t.n; v++ {
		h := t.head[v]
		if h < 0 || t.rel[v] != "conj" || t.upos[v] != "VERB" || !finite[t.toks[v].XPOS] || t.subject(v) >= 0 || !t.isVerbal(h) {
			continue
		}
		o := t.child(h, "obj")
		if o < 0 || o > v {
			continue
		}
		conj := t.children(o, "conj")
		if len(conj) == 0 {
			continue
		}
		if _, end := t.span(conj[len(conj)-1]); end != v-1 {
			continue
		}
		// the second clause starts at the last conjunct opened by a
		// comma and a conjunction
		first := -1
		for i, k := range conj {
			if c := t.child(k, "cc"); c > 0 && c < k && t.toks[c-1].Form == "," {
				first = i
			}
		}
		if first < 0 {
			continue
		}
		subj := conj[first]
		t.moveLeading(subj, v, "cc", "punct")
		for _, k := range conj[first+1:] {
			t.move(k, subj)
		}
		t.rel[subj] = "nsubj"
		t.move(subj, v)
	}
}

// repairWhereClauses repairs a misparse.
// "France would withdraw its troops from Mali, where they have been
// fighting militants": the parser hung the where-clause on "withdraw",
// as though the fighting were part of the plan. A clause opened by
// "where" right after a comma and a noun says what happens at that
// noun's place: it is the noun's relative clause.
func (t *tree) repairWhereClauses() {
	for w := 2; w < t.n; w++ {
		v := t.head[w]
		if t.lemma[w] != "where" || t.rel[w] != "advmod" || v <= w || t.toks[w-1].Form != "," || t.rel[v] != "advcl" {
			continue
		}
		n := w - 2
		if !t.isNominal(n) || t.head[v] < 0 || !t.inSubtree(n, t.head[v]) || n == t.head[v] {
			continue
		}
		if lo, _ := t.span(v); lo < w-1 {
			continue
		}
		t.move(v, n)
		t.rel[v] = "acl:relcl"
	}
}

// repairBareObliques repairs a misparse.
// "Hours later, American and British warplanes struck Houthi radar
// sites": after an opening time phrase the tagger read "struck" as a
// participle, and the parser made its object an oblique with no
// preposition; "its forces had shot down five Indian fighter jets" the
// same after a particle. An oblique with no preposition is rare in English
// outside time and measure phrases; a noun right after an active verb
// with no object, hung on it that way, is its object.
func (t *tree) repairBareObliques() {
	for k := 0; k < t.n; k++ {
		v := t.head[k]
		if v < 0 || v > k || t.rel[k] != "obl" || !t.isVerbal(v) || t.upos[k] != "NOUN" && t.upos[k] != "PROPN" {
			continue
		}
		if t.child(k, "case") >= 0 || temporal[t.lemma[k]] || t.child(v, "obj") >= 0 || t.passive(v) {
			continue
		}
		lo, _ := t.span(k)
		last := v // the verb's last word: its particle in "shot down five jets"
		if p := v + 1; p < lo && t.head[p] == v && t.rel[p] == "compound:prt" {
			last = p
		}
		if lo != last+1 {
			continue
		}
		marked := false
		for j := lo; j < k; j++ {
			marked = marked || t.upos[j] == "ADP" || t.upos[j] == "SCONJ"
		}
		if !marked {
			t.rel[k] = "obj"
		}
	}
}

// repairPredicativeObjects repairs a misparse.
// "He called the security of Pakistan the security of Iran": the parser
// gave "called" two objects, and with one the verb reads as a telephone
// call to Pakistan. The second noun after a verb of naming ("call",
// "label", "brand") says what the first is: a complement, not a second
// object.
func (t *tree) repairPredicativeObjects() {
	for v := 0; v < t.n; v++ {
		if !namingVerbs[t.lemma[v]] {
			continue
		}
		objs := t.children(v, "obj")
		if len(objs) == 2 && objs[0] > v {
			t.rel[objs[1]] = "xcomp"
		}
	}
}

// namingVerbs take an object and a noun that names it.
var namingVerbs = map[string]bool{"call": true, "name": true, "label": true, "brand": true, "dub": true, "term": true, "declare": true, "deem": true, "consider": true}

// repairGerundSubjects repairs a misparse. "Petro suspended talks after
// fighting between the rebels and the dissidents killed 80 people": the
// parser read "after fighting …" as the clause and "killed" as a second
// verb of Petro's. A tensed verb with no subject and no conjunction of
// its own, coordinated with the verb of a subordinate -ing clause that
// has neither subject nor object and ends right before it, is the
// clause's verb: the -ing form is its subject, and the subordinator its.
func (t *tree) repairGerundSubjects() {
	for v := 1; v < t.n; v++ {
		h := t.head[v]
		if h < 0 || h > v || t.rel[v] != "conj" || t.upos[v] != "VERB" || !finite[t.toks[v].XPOS] || t.subject(v) >= 0 || t.child(v, "cc") >= 0 {
			continue
		}
		for _, g := range t.children(h, "advcl") {
			m := t.child(g, "mark")
			if g > v || m < 0 || m > g || t.toks[g].XPOS != "VBG" || t.subject(g) >= 0 || t.child(g, "obj") >= 0 {
				continue
			}
			if _, end := t.span(g); end != v-1 {
				continue
			}
			t.rel[v] = "advcl"
			t.move(m, v)
			t.rel[g] = "nsubj"
			t.move(g, v)
			break
		}
	}
}

// repairApproximateSubjects repairs a misparse. "Around 30 armed men
// attacked a police patrol": the parser took "around" for a preposition
// and the men for an oblique of the verb, which was left with no
// subject. A counted noun so marked before a verb with no subject is the
// subject, and the word an adverb of its number.
func (t *tree) repairApproximateSubjects() {
	for k := 0; k < t.n; k++ {
		v := t.head[k]
		if v < k || t.base(k) != "obl" || !t.isVerbal(v) || t.subject(v) >= 0 || t.passive(v) {
			continue
		}
		c, num := t.markedCount(k)
		if c < 0 || !approximators[t.lemma[c]] {
			continue
		}
		t.rel[c] = "advmod"
		t.move(c, num)
		t.rel[k] = "nsubj"
	}
}

// markedCount is the preposition and the number of a counted noun k
// whose number the preposition comes before ("around 30 men", "than a
// dozen missiles"): words that bound the number, taken for a
// preposition. -1, -1 when k is no such noun.
func (t *tree) markedCount(k int) (c, num int) {
	c, num = t.child(k, "case"), t.child(k, "nummod")
	if c < 0 || num < 0 || c > num {
		return -1, -1
	}
	return c, num
}

// repairComparativeCounts repairs a misparse. "Iran launched more than a
// dozen ballistic missiles at two bases": the parser took "more" for the
// object, and the missiles for an oblique hung on it by "than". The
// counted noun stands where the comparative stood, which modifies the
// number, as in "more than 40 missiles".
func (t *tree) repairComparativeCounts() {
	for m := 0; m < t.n; m++ {
		if x := t.toks[m].XPOS; x != "JJR" && x != "RBR" || !comparatives[strings.ToLower(t.toks[m].Form)] || t.head[m] < 0 {
			continue
		}
		for _, k := range t.kids[m] {
			c, num := t.markedCount(k)
			if k < m || c < 0 || t.lemma[c] != "than" {
				continue
			}
			t.takePlace(k, m, "advmod")
			t.move(m, num)
			t.rel[c] = "fixed"
			t.move(c, m)
			break
		}
	}
}

// repairCasedObjects repairs a misparse. "recaptured Wad Madani, the
// capital of Gezira state, from the paramilitary Rapid Support Forces":
// the parser took the from-phrase for a second object. A verb's object
// has no preposition: one that has is an oblique.
func (t *tree) repairCasedObjects() {
	for k := 0; k < t.n; k++ {
		if v := t.head[k]; v < 0 || t.rel[k] != "obj" || !t.isVerbal(v) {
			continue
		}
		if c := t.child(k, "case"); c >= 0 && c < k && t.upos[c] == "ADP" {
			t.rel[k] = "obl"
		}
	}
}

// repairChargeClauses repairs a misparse. "Sudan accused Ethiopian
// forces of killing seven soldiers": the parser hung the clause of the
// charge on the one charged, as it would a description of them. A verb
// of charging takes the charge itself: an of-clause on its object is
// the verb's.
func (t *tree) repairChargeClauses() {
	for k := 0; k < t.n; k++ {
		o := t.head[k]
		if o < 0 || t.rel[k] != "acl" || t.markOf(k) != "of" || t.rel[o] != "obj" {
			continue
		}
		if v := t.head[o]; v >= 0 && chargeVerbs[t.lemma[v]] {
			t.rel[k] = "advcl"
			t.move(k, v)
		}
	}
}

// comparatives make a number a lower or upper bound ("more than a dozen").
var comparatives = map[string]bool{"more": true, "fewer": true, "less": true}

// repairAdjectiveObjects repairs a misparse. "Vucic denied that Serbia
// was involved and blamed Kurti for the violence": the parser hung
// "Kurti" and "for the violence" on "involved", so that "blamed" had no
// object, and was left in the clause Vucic denied. An adjective takes no
// object: one after a verb coordinated with the adjective is that verb's,
// and so is what follows it.
func (t *tree) repairAdjectiveObjects() {
	for o := 0; o < t.n; o++ {
		a := t.head[o]
		if a < 0 || t.rel[o] != "obj" || t.upos[a] != "ADJ" {
			continue
		}
		v := -1
		for _, c := range t.children(a, "conj") {
			if c < o && t.upos[c] == "VERB" && t.child(c, "obj") < 0 {
				v = c
			}
		}
		if v < 0 {
			continue
		}
		for _, k := range append([]int(nil), t.kids[a]...) {
			if k >= o {
				t.move(k, v)
			}
		}
	}
	// "…that Serbia was involved and blamed Kurti": a past verb with no
	// subject or auxiliary, coordinated with an adjective that a verb
	// takes as its clause, is that verb's second deed, not the clause's
	for a := 0; a < t.n; a++ {
		r := t.head[a]
		if r < 0 || t.upos[a] != "ADJ" || t.rel[a] != "ccomp" || t.child(a, "cop") < 0 || t.subject(r) < 0 {
			continue
		}
		for _, c := range t.children(a, "conj") {
			if t.upos[c] == "VERB" && (t.toks[c].XPOS == "VBD" || t.toks[c].XPOS == "VBN") && t.subject(c) < 0 && t.child(c, "aux") < 0 && t.child(c, "aux:pass") < 0 {
				t.move(c, r)
			}
		}
	}
}

// repairSmallClauses repairs a misparse. "Security forces captured one
// alive": the parser made "one" the subject of "alive", a clause of
// "captured", which was left with no object. An adjective complement
// with a subject, of a verb with no object, says how the verb found its
// object: the subject is the verb's object.
func (t *tree) repairSmallClauses() {
	for a := 0; a < t.n; a++ {
		v := t.head[a]
		if v < 0 || t.rel[a] != "xcomp" || t.upos[a] != "ADJ" || t.child(a, "cop") >= 0 || !t.isVerbal(v) || t.child(v, "obj") >= 0 {
			continue
		}
		if n := t.child(a, "nsubj"); n >= 0 && n < a {
			t.rel[n] = "obj"
			t.move(n, v)
		}
	}
}

// repairConsequences repairs a misparse. "Ukraine's military
// intelligence suggested it had given the rebels information, prompting
// Mali to cut ties with Kyiv": the parser hung "prompting" on "given",
// inside what was suggested, so that Mali's cut read as a claim. A
// consequence told after a comma at the end of a clause that a verb
// takes is the reporter's: it hangs on that verb.
func (t *tree) repairConsequences() {
	for a := 0; a < t.n; a++ {
		v := t.head[a]
		if v < 0 || t.rel[a] != "advcl" || t.toks[a].XPOS != "VBG" || !consequences[t.lemma[a]] || !t.commaBefore(a) || t.child(a, "mark") >= 0 {
			continue
		}
		if t.rel[v] != "ccomp" || t.head[v] < 0 {
			continue
		}
		t.move(a, t.head[v])
	}
}

// repairShotDead repairs a mistagging. "Mozambican police shot dead at
// least 30 people", "Gunmen shot dead five villagers": the tagger often
// takes "shot" before "dead" for a noun, the killers for its modifier and
// the killed for its dependent or its head. "shot dead" is the verb: the
// word before it its subject, the phrase after its object.
func (t *tree) repairShotDead() {
	for x := 1; x+2 < t.n; x++ {
		if !strings.EqualFold(t.toks[x].Form, "shot") || !strings.EqualFold(t.toks[x+1].Form, "dead") || t.upos[x] == "VERB" {
			continue
		}
		sj, o := -1, -1
		for _, k := range t.kids[x] {
			if k < x && (t.isNominal(k) || t.upos[k] == "ADJ") {
				sj = k
			}
			if k > x+1 && o < 0 && t.isNominal(k) {
				o = k
			}
		}
		if h := t.head[x]; o < 0 && h > x+1 && t.isNominal(h) {
			// the killed taken for the head: "shot" takes their place
			t.rel[x] = t.rel[h]
			t.move(x, t.head[h])
			o = h
		}
		if sj < 0 && t.rel[x] == "conj" && t.child(x, "cc") >= 0 {
			// "crossed the border on Saturday and shot dead three
			// soldiers": the second verb of the clause, taken for a
			// conjunct of the noun before it, and the killed hung
			// elsewhere with "dead" on them
			v := t.verbAbove(x)
			if d := t.head[x+1]; o < 0 && d > x+1 && t.isNominal(d) {
				o = d
			}
			if v < 0 || o < 0 {
				continue
			}
			t.move(x, v)
		} else if sj < 0 || o < 0 {
			continue
		}
		t.upos[x], t.lemma[x] = "VERB", "shoot"
		t.rel[o] = "obj"
		t.move(o, x)
		if sj >= 0 {
			t.upos[sj] = "NOUN"
			t.rel[sj] = "nsubj"
		}
	}
}

// verbAbove is the nearest verb k hangs under, or -1.
func (t *tree) verbAbove(k int) int {
	v := t.head[k]
	for v >= 0 && !t.isVerbal(v) {
		v = t.head[v]
	}
	return v
}

// repairBorderCrossings repairs a mistagging. "closed its main border
// crossing with Mozambique": the tagger took "crossing" for a participle
// of "border", so that what was closed was the border and the crossing
// was with Mozambique. A "crossing" right after the noun it hangs on is
// the noun the phrase is about: "border crossing".
func (t *tree) repairBorderCrossings() {
	for c := 1; c < t.n; c++ {
		b := t.head[c]
		if b != c-1 || t.rel[c] != "acl" || t.upos[b] != "NOUN" || t.child(c, "obj") >= 0 {
			continue
		}
		if f := t.toks[c].Form; !strings.EqualFold(f, "crossing") && !strings.EqualFold(f, "crossings") {
			continue
		}
		t.takePlace(c, b, "compound")
		for _, k := range t.kids[c] {
			if t.rel[k] == "obl" {
				t.rel[k] = "nmod"
			}
		}
		t.upos[c], t.lemma[c] = "NOUN", "crossing"
	}
}

// repairCalledOn repairs a misparse. "Ivory Coast called on Burkina Faso
// to release the two gendarmes": the parser took "on" for a subordinator
// and Burkina Faso for the subject of "release". A "to" clause opened by
// "on" or "upon" too, with a subject after it, is the verb's complement,
// and its subject what the preposition governs.
func (t *tree) repairCalledOn() {
	for a := 0; a < t.n; a++ {
		v := t.head[a]
		if v < 0 || t.rel[a] != "advcl" {
			continue
		}
		on, to, n := -1, false, t.child(a, "nsubj")
		for _, m := range t.children(a, "mark") {
			switch t.lemma[m] {
			case "on", "upon":
				on = m
			case "to":
				to = true
			}
		}
		if on < 0 || !to || n < 0 || n > a {
			continue
		}
		if lo, _ := t.span(n); lo != on+1 {
			continue
		}
		t.rel[on] = "case"
		t.move(on, n)
		t.rel[n] = "obl"
		t.move(n, v)
		t.rel[a] = "xcomp"
	}
}

// repairNeighbouring repairs a mistagging. "accused neighbouring Chad of
// allowing weapons…": the tagger took "neighbouring" for a verb with Chad
// its object. Before the noun it governs it is that noun's adjective, and
// the noun takes its place.
func (t *tree) repairNeighbouring() {
	for a := 0; a+1 < t.n; a++ {
		o := a + 1
		if t.upos[a] != "VERB" || t.lemma[a] != "neighbour" && t.lemma[a] != "neighbor" || t.head[o] != a || t.rel[o] != "obj" {
			continue
		}
		t.takePlace(o, a, "amod")
		t.upos[a] = "ADJ"
		if t.rel[o] == "xcomp" || t.rel[o] == "advcl" {
			t.rel[o] = "obj"
		}
	}
}

// takePlace makes n stand where old stood: n takes old's head, relation
// and other dependents, and old hangs on n as rel.
func (t *tree) takePlace(n, old int, rel string) {
	for _, k := range append([]int(nil), t.kids[old]...) {
		if k != n {
			t.move(k, n)
		}
	}
	t.rel[n] = t.rel[old]
	t.move(n, t.head[old])
	t.rel[old] = rel
	t.move(old, n)
}

// consequences are the verbs of a result told after the fact:
// "prompting", "sparking", "forcing".
var consequences = map[string]bool{"prompt": true, "spark": true, "trigger": true, "force": true, "lead": true,
	"cause": true, "provoke": true}

// approximators are words that make a number a round one ("around 30",
// "about 200"), which the parser can take for prepositions.
var approximators = map[string]bool{"around": true, "about": true, "some": true, "over": true, "nearly": true, "almost": true, "roughly": true, "approximately": true}

// repairAdjectiveEvents repairs a misparse. "launched a surprise
// offensive against government forces": the tagger took "offensive" for
// an adjective, the complement of "launched", and "a surprise" for the
// object. An adjective complement right after the verb's object, that
// is an event's noun, is the object itself, and the object its modifier.
func (t *tree) repairAdjectiveEvents(eventNoun func(lemma string) bool) {
	for a := 1; a < t.n; a++ {
		v, o := t.head[a], a-1
		if v < 0 || t.upos[a] != "ADJ" || t.rel[a] != "xcomp" || !eventNoun(t.lemma[a]) || t.head[o] != v || t.rel[o] != "obj" || t.upos[o] != "NOUN" {
			continue
		}
		t.takePlace(a, o, "compound")
		t.upos[a] = "NOUN"
	}
}

// repairReportConjuncts repairs a misparse.
// "Pakistan denied that the strike had caused casualties and said its
// air force had scrambled jets": the parser coordinated "said" with
// "caused", inside what Pakistan denied, and the scramble was coded as
// denied. A verb of saying with no subject of its own, coordinated with
// the verb of a clause that a verb of saying or denying reports, is that
// reporting verb's conjunct: one speaker denying and saying. So is a
// verb of threat or intent where the reported clause's subject is an
// event, which threatens and vows nothing: "The SDF said the Turkish
// strikes killed 11 civilians and threatened to respond".
func (t *tree) repairReportConjuncts(reports, stances, events func(lemma string) bool) {
	for c := 0; c < t.n; c++ {
		h := t.head[c]
		if h < 0 || t.rel[c] != "conj" || !t.isVerbal(c) || t.child(c, "nsubj") >= 0 {
			continue
		}
		// "Iran said Pakistan had attacked it and vowed to respond":
		// a simple past after a reported pluperfect is the narrator's
		// again, not the report's
		backshifted := t.toks[c].XPOS == "VBD" && t.child(c, "aux") < 0 && t.hasAux(h, "had") && t.toks[h].XPOS == "VBN"
		if !reports(t.lemma[c]) && !backshifted {
			sj := t.child(h, "nsubj")
			if !stances(t.lemma[c]) || sj < 0 || t.upos[sj] != "NOUN" || !events(t.lemma[sj]) {
				continue
			}
		}
		p := t.head[h]
		if t.rel[h] != "ccomp" || p < 0 || !reports(t.lemma[p]) || t.child(p, "nsubj") < 0 {
			continue
		}
		t.move(c, p)
	}
}

// repairReportAppos repairs a misparse.
// "Russia launched drones at Kyiv early on Sunday, the Ukrainian air
// force said": the parser hung the speaker on the word before it as an
// apposition and left the verb of saying without a subject, so the
// speaker read as a target. A phrase in apposition that ends right
// before a subjectless verb of saying hung above it is that verb's
// subject.
func (t *tree) repairReportAppos(reports func(lemma string) bool) {
	for a := 0; a < t.n; a++ {
		// or as a modifier with no preposition: "closed its border for
		// a month on Monday, Prime Minister Inga Ruginiene said"
		if t.rel[a] != "appos" && !(t.rel[a] == "nmod" && t.prep(a) == "") || t.head[a] < 0 {
			continue
		}
		lo, hi := t.span(a)
		v := hi + 1
		if v >= t.n || lo == 0 || !t.isVerbal(v) || !reports(t.lemma[v]) || t.subject(v) >= 0 ||
			t.openingComma(lo) < 0 || t.head[v] < 0 || !t.inSubtree(a, t.head[v]) {
			continue
		}
		t.move(a, v)
		t.rel[a] = "nsubj"
	}
}

// repairReportRelatives repairs a misparse. "Security forces… captured
// one alive, police spokesman Abdifatah Aden Hassan said": the parser made
// the spokesman the object of "captured" and "Hassan said" a relative
// clause on him, so that the police captured their spokesman. A verb of
// saying in a relative clause whose subject is a name right after the
// noun it hangs on, the noun's phrase opened by a comma, is the speech
// tag of the sentence: the noun titles the name, and what came before
// the comma is what the verb above took.
func (t *tree) repairReportRelatives(reports func(lemma string) bool) {
	for v := 0; v < t.n; v++ {
		k := t.head[v]
		if k < 0 || t.rel[v] != "acl:relcl" || !reports(t.lemma[v]) || t.upos[k] != "NOUN" {
			continue
		}
		n := t.subject(v)
		if n != k+1 || t.upos[n] != "PROPN" || t.child(v, "ccomp", "obj") >= 0 {
			continue
		}
		comma := -1
		for _, m := range t.kids[k] {
			if m < k && t.toks[m].Form == "," {
				comma = m
			}
		}
		if comma < 0 {
			for _, m := range t.kids[k] {
				for _, p := range t.kids[m] {
					if p < k && t.toks[p].Form == "," {
						comma = p
					}
				}
			}
		}
		w := t.head[k]
		if comma < 0 || w < 0 {
			continue
		}
		var before []int
		for _, m := range t.kids[k] {
			if m < comma {
				before = append(before, m)
			}
		}
		// the word before the comma that a noun phrase is built on
		d := -1
		for _, m := range before {
			if d < 0 && (t.upos[m] == "NUM" || t.upos[m] == "NOUN" || t.upos[m] == "PRON" || t.upos[m] == "PROPN") {
				d = m
			}
		}
		if d >= 0 {
			t.rel[d] = t.rel[k]
			t.move(d, w)
			for _, m := range before {
				if m != d {
					t.move(m, d)
				}
			}
		}
		t.move(comma, v)
		t.rel[k] = "nmod:desc"
		t.move(k, n)
		t.rel[v] = "parataxis"
		t.move(v, t.root())
	}
}

// repairModifierCoordination repairs a misparse.
// "launched one of its largest drone and missile attacks", "carried out
// air and ground attacks": the parser made the first modifier the head
// of the phrase and hung the noun they modify on it, or beside it, with
// no preposition. Two bare singular nouns coordinated right before a
// noun with no preposition of its own modify that noun: it takes the
// first one's place and its determiners, and both become its compounds.
func (t *tree) repairModifierCoordination() {
	for c := 3; c < t.n; c++ {
		a, b := c-3, c-1
		cc := a + 1
		if t.upos[c] != "NOUN" || t.child(c, "case") >= 0 || t.upos[cc] != "CCONJ" ||
			t.toks[a].XPOS != "NN" || t.toks[b].XPOS != "NN" || t.upos[a] != "NOUN" || t.upos[b] != "NOUN" {
			continue
		}
		if r := t.base(c); r != "nmod" && r != "obl" {
			continue
		}
		headed := t.head[c] == a && t.head[b] == c && t.rel[b] == "compound"     // "drone and missile attacks"
		beside := t.head[c] == t.head[a] && t.head[b] == a && t.rel[b] == "conj" // "air and ground attacks"
		if !headed && !beside {
			continue
		}
		h, r := t.head[a], t.rel[a]
		t.move(c, h)
		t.rel[c] = r
		t.moveLeading(a, c)
		t.move(a, c)
		t.rel[a] = "compound"
		t.coordinate(b, a, cc)
	}
}

// repairSplitModifiers repairs a misparse. "cut diplomatic and trade
// ties with Qatar": the parser made the adjective the verb's complement
// and the noun a second verb of the clause, coordinated with the first.
// An adjective right after a verb, followed by "and" and a noun
// conjunct of that verb with no subject or object of its own, modifies
// the noun, which is the verb's object.
func (t *tree) repairSplitModifiers() {
	for a := 1; a+2 < t.n; a++ {
		v, cc := t.head[a], a+1
		if v != a-1 || t.rel[a] != "xcomp" || t.upos[a] != "ADJ" || t.upos[cc] != "CCONJ" || t.child(v, "obj") >= 0 {
			continue
		}
		c := -1
		for _, k := range t.children(v, "conj") {
			if k > cc && t.upos[k] == "NOUN" && t.head[cc] == k && t.child(k, "nsubj", "obj") < 0 {
				c = k
				break
			}
		}
		if c < 0 {
			continue
		}
		t.rel[c] = "obj"
		t.rel[a] = "amod"
		t.move(a, c)
	}
}

// repairTwoSubjects repairs a misparse.
// "its demand that Israel ease restrictions" parsed as a relative
// clause with two subjects, "that" and "Israel": a clause has one
// subject, so "that" is the complementizer of a content clause.
func (t *tree) repairTwoSubjects() {
	n := t.n
	for v := 0; v < n; v++ {
		first, second, subjects := -1, -1, 0
		for _, k := range t.kids[v] {
			if t.rel[k] == "nsubj" || t.rel[k] == "nsubj:pass" {
				switch subjects {
				case 0:
					first = k
				case 1:
					second = k
				}
				subjects++
			}
		}
		if subjects != 2 {
			continue
		}
		// kids are in sentence order: "that" comes first
		if t.lemma[first] == "that" {
			t.rel[first] = "mark"
			if t.rel[v] == "acl:relcl" {
				t.rel[v] = "acl"
			}
			continue
		}
		// "The army, which has been fighting the RSF for two years,
		// accused the group": the noun and the relative pronoun both
		// taken for the subject of the relative clause's verb
		if t.relativeSubject(v, first, second) {
			continue
		}
		// "the gang, which Washington designated a terrorist
		// organisation": a relative pronoun before the clause's subject
		// is its object, and an object already there names it
		if (t.lemma[first] == "which" || t.lemma[first] == "whom") && t.rel[v] == "acl:relcl" {
			if o := t.child(v, "obj"); o >= 0 {
				t.rel[o] = "xcomp"
			}
			t.rel[first] = "obj"
			continue
		}
		// "A roadside bombing near Samarra killed two youths" parsed with
		// "near" as a subordinator and Samarra as a second subject: a
		// second subject right after a preposition is the first's
		// prepositional phrase.
		lo, _ := t.span(second)
		if p := lo - 1; p > first && t.head[p] == v && t.rel[p] == "mark" && t.upos[p] == "ADP" && t.isNominal(first) && t.isNominal(second) {
			t.rel[second] = "nmod"
			t.move(second, first)
			t.rel[p] = "case"
			t.move(p, second)
			continue
		}
		// "India and Pakistan had agreed" parsed with both names as
		// subjects and "and" hung on the verb: the names are one
		// coordinated subject.
		_, end := t.span(first)
		if c := end + 1; c == lo-1 && t.upos[c] == "CCONJ" && t.head[c] == v && t.isNominal(first) && t.isNominal(second) {
			// "The foreign ministers of Iran and Pakistan met": after a
			// plural whose phrase ends in a name, a second name is that
			// name's conjunct, not the plural's
			p := t.conjunctIn(first, end, second)
			if p == first {
				t.rel[first] = "nsubj"
				if t.child(v, "aux:pass") >= 0 {
					t.rel[first] = "nsubj:pass"
				}
			}
			t.coordinate(second, p, c)
			continue
		}
		// "A drone strike killed/VBN at least 85 civilians gathered/VBD
		// for a festival" parsed with "killed" as the first subject's
		// modifier and "gathered" as the verb of both: a participle of
		// the first subject with no object, right before the second,
		// is the verb, the second its object, and the later verb a
		// participle modifying it.
		if a := t.lostVerb(first, lo); a >= 0 && v > second && (t.toks[v].XPOS == "VBD" || t.edParticiple(v)) && t.isNominal(second) {
			t.rel[a] = t.rel[v]
			t.move(a, t.head[v])
			t.move(first, a)
			t.rel[second] = "obj"
			t.move(second, a)
			for _, k := range append([]int(nil), t.kids[v]...) {
				// what comes after the verb's own phrase (", officials
				// said", the full stop) is the new verb's
				if r := t.rel[k]; r == "conj" || r == "parataxis" || r == "punct" && k == t.n-1 {
					t.move(k, a)
				}
			}
			t.rel[v] = "acl"
			t.move(v, second)
			continue
		}
		// "United Nations experts say it…" parsed with "Nations" and
		// "experts" as two subjects: a name right before a common noun
		// is the noun's modifier, whose experts they are.
		if end == lo-1 && t.upos[first] == "PROPN" && t.upos[second] == "NOUN" {
			t.rel[first] = "compound"
			t.move(first, second)
		}
	}
}

// relativeSubject repairs "The army, which has been fighting the RSF
// since April 2023, accused the group", parsed with "army" and "which"
// as the two subjects of "fighting" and "accused" as a second verb of
// it (or as a clause of "since", with April its subject). A relative
// pronoun set off by a comma after a noun that is the other subject is
// the relative clause's subject; the first tensed verb of that verb
// after a comma is the sentence's, and the noun its subject.
func (t *tree) relativeSubject(v, first, second int) bool {
	if (t.lemma[second] != "which" && t.lemma[second] != "who") || t.toks[second-1].Form != "," || !t.isNominal(first) {
		return false
	}
	if _, end := t.span(first); end+2 != second {
		return false
	}
	m := -1
	for _, k := range t.kids[v] {
		tensed := finite[t.toks[k].XPOS] || t.toks[k].XPOS == "VBN" && t.child(k, "aux") < 0 && t.child(k, "aux:pass") < 0
		if k > v && m < 0 && t.upos[k] == "VERB" && tensed && (t.rel[k] == "conj" || t.rel[k] == "advcl" || t.rel[k] == "parataxis") {
			if lo, _ := t.span(k); t.openingComma(lo) >= 0 || t.toks[k-1].Form == "," {
				m = k
			}
		}
	}
	if m < 0 {
		return false
	}
	// "since April 2023, accused": a subordinator with a subject of its
	// own was a preposition with its noun
	if s2 := t.subject(m); s2 >= 0 {
		mk := t.child(m, "mark")
		if mk < 0 || mk > s2 || t.upos[s2] != "PROPN" && t.upos[s2] != "NOUN" && t.upos[s2] != "NUM" {
			return false
		}
		t.rel[mk] = "case"
		t.move(mk, s2)
		t.rel[s2] = "obl"
		t.move(s2, v)
	}
	t.rel[m] = t.rel[v]
	t.move(m, t.head[v])
	t.rel[first] = "nsubj"
	t.move(first, m)
	t.rel[v] = "acl:relcl"
	t.move(v, first)
	for _, k := range append([]int(nil), t.kids[v]...) {
		if k > m {
			t.move(k, m) // the full stop, and what comes after the verb
		}
	}
	return true
}

// lostVerb is the participle modifying noun first that ends right before
// token lo and has no object, or -1: the verb repairTwoSubjects gives
// back to the sentence.
func (t *tree) lostVerb(first, lo int) int {
	for _, a := range t.kids[first] {
		if a < first || t.rel[a] != "acl" || t.upos[a] != "VERB" || t.toks[a].XPOS != "VBN" || t.child(a, "obj") >= 0 {
			continue
		}
		if _, end := t.span(a); end == lo-1 {
			return a
		}
	}
	return -1
}

// repairCoordinatedSubordinates repairs a misparse. "The attack came a
// day after Iran and Pakistan held naval drills": the parser read "after
// Iran" as a prepositional phrase and "Pakistan held" as a clause
// coordinated with "came". A verb so coordinated whose subject follows
// "and" right after a phrase opened by a subordinator is the
// subordinate clause, and the phrase's noun the first conjunct of its
// subject; after a plural whose phrase ends in a name ("the foreign
// ministers of Iran and Pakistan met"), that name's.
func (t *tree) repairCoordinatedSubordinates() {
	for v := 0; v < t.n; v++ {
		r := t.head[v]
		if r < 0 || t.rel[v] != "conj" || !t.isVerbal(v) || !t.isVerbal(r) {
			continue
		}
		s2 := t.child(v, "nsubj", "nsubj:pass")
		if s2 < 0 {
			continue
		}
		lo, _ := t.span(s2)
		c := lo - 1
		if c < 1 || t.upos[c] != "CCONJ" || t.head[c] != v {
			continue
		}
		// up from the word before "and" to the phrase a subordinator opens
		h1, sub := -1, -1
		for x := c - 1; x >= 0 && x != r && x != v && t.isNominal(x); x = t.head[x] {
			if p := t.subordinator(x); p >= 0 {
				h1, sub = x, p
				break
			}
			if t.head[x] < 0 {
				break
			}
		}
		if h1 < 0 {
			continue
		}
		partner := t.conjunctIn(h1, c-1, s2)
		t.rel[v] = "advcl"
		t.rel[sub] = "mark"
		t.move(sub, v)
		t.rel[h1] = t.rel[s2]
		t.move(h1, v)
		t.coordinate(s2, partner, c)
	}
}

// conjunctIn is the word of phrase h, ending at end, that a name second
// after "and" is coordinated with: h, or after a plural whose phrase
// ends in a name ("the foreign ministers of Iran and Pakistan"), that
// name.
func (t *tree) conjunctIn(h, end, second int) int {
	name := end
	for t.rel[name] == "flat" && t.head[name] > h {
		name = t.head[name]
	}
	if t.plural(h) && end > h && t.upos[end] == "PROPN" && t.upos[second] == "PROPN" && t.base(t.conjHead(name)) == "nmod" {
		return name
	}
	return h
}

// repairPostnominalAdjectives repairs a misparse. "Troops loyal to the
// Syrian government shelled Turkish positions": the parser made "loyal"
// the root with "Troops" its subject, and "shelled" its conjunct. A root
// adjective with no copula, a subject before it and an oblique after,
// followed by a finite verb with no subject hung on it (as a clause, a
// conjunct with no "and" or a parataxis), modifies its subject; the
// verb is the root and its subject the adjective's.
func (t *tree) repairPostnominalAdjectives() {
	for a := 0; a < t.n; a++ {
		if t.head[a] >= 0 || t.upos[a] != "ADJ" || t.child(a, "cop") >= 0 {
			continue
		}
		n, o, v := t.child(a, "nsubj"), t.child(a, "obl"), t.child(a, "advcl", "conj", "parataxis")
		if n < 0 || n > a || o < a || v < o || !finite[t.toks[v].XPOS] || !t.isNominal(o) || t.child(v, "mark", "cc", "nsubj") >= 0 {
			continue
		}
		t.rel[v], t.rel[a], t.rel[n] = "root", "amod", "nsubj"
		t.move(v, -1)
		t.move(n, v)
		t.move(a, n)
		for _, k := range append([]int(nil), t.kids[a]...) {
			if k > v { // the full stop
				t.move(k, v)
			}
		}
	}
}

// repairSubordinators repairs a misparse.
// "The release came as Israel announced it would free…": the parser
// read "as Israel" as a prepositional phrase and "announced" as a
// second verb of "came", without a subject. A subordinator's noun
// right before a finite verb that has no subject is that verb's
// subject, and the clause the subordinator's.
func (t *tree) repairSubordinators() {
	n := t.n
	toks := t.toks
	for nk := 0; nk < n; nk++ {
		p := t.subordinator(nk)
		if p < 0 || !t.isNominal(nk) {
			continue
		}
		_, end := t.span(nk)
		v := end + 1
		// "closed the crossing after protesters set fire to trucks",
		// with "set" read as a participle hung on the full stop: the
		// parser found no place for it
		lost := v < n && t.head[v] >= 0 && t.upos[t.head[v]] == "PUNCT" && toks[v].XPOS == "VBN" && t.child(v, "aux") < 0
		if v >= n || t.upos[v] != "VERB" || !finite[toks[v].XPOS] && !lost {
			continue
		}
		// "officials said, hours after Ukrainian drones struck a
		// refinery": the parser made the measure of time the verb's
		// subject and the clause's subject its modifier. The time
		// measures the clause, which modifies what it modified.
		if sj := t.subject(v); sj >= 0 {
			if sj != t.head[nk] || !temporal[t.lemma[sj]] || t.rel[sj] != "nsubj" {
				continue
			}
			t.rel[sj] = "obl:npmod"
		} else if lost {
			w := t.verbAbove(nk)
			if w < 0 || t.inSubtree(w, v) {
				continue
			}
			t.move(v, w)
		} else if h := t.head[v]; h != t.head[nk] && (t.rel[v] != "conj" || t.child(v, "cc") >= 0 || !t.inSubtree(nk, h)) {
			// A verb with no subject hangs where the phrase hangs, or
			// ("blocked Tehran's envoy from returning after an Iranian
			// air strike killed two children") is a conjunct with no
			// conjunction of the clause the phrase sits in; it stays
			// there, as the clause's adverbial.
			continue
		}
		t.rel[v] = "advcl"
		t.rel[nk] = "nsubj"
		t.move(nk, v)
		t.rel[p] = "mark"
		t.move(p, v)
	}
}

// repairNumberParticiple repairs a misparse.
// "helped the two exiled dissidents": the parser read "the two" as
// the subject of "exiled" and the dissidents as its object, a clause
// complementing "helped". A number right before a participle right
// before a common noun is that noun's number, and the participle its
// adjective; the noun takes the clause's place as the object.
func (t *tree) repairNumberParticiple() {
	n := t.n
	toks := t.toks
	for v := 0; v+1 < n; v++ {
		if t.upos[v] != "VERB" || toks[v].XPOS != "VBD" && toks[v].XPOS != "VBN" || v == 0 {
			continue
		}
		num, obj, h := v-1, v+1, t.head[v]
		if t.upos[num] != "NUM" || t.head[num] != v || t.base(num) != "nsubj" || t.upos[obj] != "NOUN" || t.head[obj] != v || t.rel[obj] != "obj" {
			continue
		}
		if h < 0 || !t.isVerbal(h) || t.rel[v] != "ccomp" && t.rel[v] != "xcomp" {
			continue
		}
		t.move(obj, h)
		for _, k := range append([]int(nil), t.kids[num]...) {
			t.move(k, obj)
		}
		t.rel[num] = "nummod"
		t.move(num, obj)
		for _, k := range append([]int(nil), t.kids[v]...) {
			if t.base(k) == "obl" {
				t.rel[k] = "nmod"
			}
			t.move(k, obj)
		}
		t.rel[v] = "amod"
		t.move(v, obj)
	}
}

// repairLedCompounds repairs a misparse.
// "Vietnamese-led forces", "a US-led coalition": the parser hangs the
// leader on "led", out of the noun's reach. Forces a state leads are
// coded as that state's, as event coders do, so the leader modifies
// the noun.
func (t *tree) repairLedCompounds() {
	n := t.n
	toks := t.toks
	for v := 2; v < n; v++ {
		nn, x := t.head[v], v-2
		if strings.ToLower(toks[v].Form) != "led" || toks[v-1].XPOS != "HYPH" || nn <= v || !t.isNominal(nn) {
			continue
		}
		if t.upos[x] != "PROPN" && t.upos[x] != "ADJ" || t.head[x] != v && t.head[x] != nn {
			continue
		}
		t.rel[x] = "amod"
		t.move(x, nn)
	}
}

// repairSoleIndirectObject repairs a misparse.
// "would allow the return of U.N. inspectors" parsed with "the
// return" as an indirect object: a verb's only object, when it is a
// thing (a common noun with an article), is its direct one.
func (t *tree) repairSoleIndirectObject() {
	n := t.n
	for v := 0; v < n; v++ {
		if t.isVerbal(v) && t.child(v, "obj") < 0 {
			if k := t.child(v, "iobj"); k >= 0 && t.upos[k] == "NOUN" && t.child(k, "det") >= 0 {
				t.rel[k] = "obj"
			}
		}
	}
}

// repairOpposedTo repairs a misparse.
// "Israel is opposed to French mediation": the participle is an
// adjective and its subject the one who opposes, as in "Israel
// opposes French mediation" (not so with an agent: "is opposed by").
func (t *tree) repairOpposedTo() {
	n := t.n
	toks := t.toks
	for v := 0; v < n; v++ {
		if t.lemma[v] != "oppose" || toks[v].XPOS != "VBN" {
			continue
		}
		to, by := false, false
		for _, k := range t.kids[v] {
			switch t.prep(k) {
			case "to":
				to = true
			case "by":
				by = true
			}
		}
		if !to || by {
			continue
		}
		for _, k := range t.kids[v] {
			switch t.rel[k] {
			case "nsubj:pass":
				t.rel[k] = "nsubj"
			case "aux:pass":
				t.rel[k] = "cop"
			}
		}
	}
}

// repairWeekdayPhrases repairs a misparse.
// "launched a mediation effort on Saturday between the Emirates and
// Saudi Arabia": a day names no one and takes no phrase of its own
// but "of"; a phrase the parser hung on the day of a verb is the
// verb's.
func (t *tree) repairWeekdayPhrases() {
	n := t.n
	for w := 0; w < n; w++ {
		h := t.head[w]
		if _, day := dates.Weekday(t.toks[w].Form); !day || h < 0 || !t.isVerbal(h) || t.base(w) != "obl" && t.base(w) != "nmod" {
			continue
		}
		for _, k := range append([]int(nil), t.kids[w]...) {
			if k > w && t.rel[k] == "nmod" && t.prep(k) != "" && t.prep(k) != "of" {
				t.move(k, h)
			}
		}
	}
}

// repairParticles repairs a misparse: a particle right after a verb
// that takes it ("hand over", "break off") read as a word of its own.
// "Handed over 700 kg of medicine": "over" is the particle, not "more
// than". "Was breaking off diplomatic relations with Ecuador": "off" is
// the particle, not the preposition of an oblique, and the oblique is
// the object.
func (t *tree) repairParticles() {
	for v := 0; v+1 < t.n; v++ {
		p := v + 1
		if !t.isVerbal(v) || !particleVerbs[t.lemma[p]][t.lemma[v]] || t.head[p] == v {
			continue
		}
		switch t.rel[p] {
		case "advmod":
		case "case":
			// "pulled out of the deal": with a preposition of its own
			// after the particle the oblique stays one
			o := t.head[p]
			if o < 0 || t.head[o] != v || t.base(o) != "obl" {
				continue
			}
			if len(t.children(o, "case")) == 1 { // p is its only one
				t.rel[o] = "obj"
			}
		default:
			continue
		}
		t.rel[p] = "compound:prt"
		t.move(p, v)
	}
}

// repairPrepositionVerbs repairs a misparse: "called on Beijing to stop
// its provocations" read "on" as a particle and "Beijing" as the verb's
// open complement. After a verb that takes the word as a preposition,
// not a particle, the noun phrase right after it is its oblique.
func (t *tree) repairPrepositionVerbs() {
	for v := 0; v+2 < t.n; v++ {
		p := v + 1
		if !t.isVerbal(v) || !prepositionVerbs[t.lemma[p]][t.lemma[v]] || t.head[p] != v || t.rel[p] != "compound:prt" {
			continue
		}
		// the noun phrase's head: the first word after p hung on v,
		// with every word between hung on it
		n := p + 1
		for n < t.n && t.head[n] != v {
			if t.head[n] <= n {
				n = t.n
			}
			n++
		}
		if n >= t.n || !t.isNominal(n) || t.rel[n] != "xcomp" && t.rel[n] != "obj" {
			continue
		}
		t.rel[n], t.rel[p] = "obl", "case"
		t.move(p, n)
	}
}

// prepositionVerbs are, for a preposition, the verbs that take it as one.
var prepositionVerbs = map[string]map[string]bool{
	"on":   {"call": true},
	"upon": {"call": true},
}

// repairMemorandum repairs a misparse. "Signed a memorandum of
// understanding with Somaliland": the parser read "understanding" as a
// gerund clause that has the with-phrase. It is the noun of the
// memorandum's name, and the with-phrase the memorandum's.
func (t *tree) repairMemorandum() {
	for u := 1; u < t.n; u++ {
		m := t.head[u]
		if m < 0 || t.lemma[m] != "memorandum" || t.rel[u] != "acl" || !strings.EqualFold(t.toks[u].Form, "understanding") || t.markOf(u) != "of" {
			continue
		}
		t.rel[u], t.upos[u], t.lemma[u] = "nmod", "NOUN", "understanding"
		for _, k := range append([]int(nil), t.kids[u]...) {
			switch {
			case t.rel[k] == "mark":
				t.rel[k] = "case"
			case k > u && t.base(k) == "obl":
				t.rel[k] = "nmod"
				t.move(k, m)
			}
		}
	}
}

// repairNumberBeforeNoun repairs a misparse.
// "granted asylum to 18 Rwandan rebels" parsed as "to 18" and a
// second, caseless phrase "Rwandan rebels": a number that heads a
// prepositional phrase and ends it, right before a sibling noun
// phrase with no preposition, counts that noun.
func (t *tree) repairNumberBeforeNoun() {
	n := t.n
	for k := 0; k+1 < n; k++ {
		h := t.head[k]
		if t.upos[k] != "NUM" || h < 0 || t.base(k) != "obl" && t.base(k) != "nmod" || t.prep(k) == "" {
			continue
		}
		if _, end := t.span(k); end != k {
			continue
		}
		for _, m := range t.kids[h] {
			if m <= k || !t.isNominal(m) || t.upos[m] == "PRON" || t.prep(m) != "" || t.base(m) != "obl" && t.base(m) != "nmod" {
				continue
			}
			if lo, _ := t.span(m); lo != k+1 {
				continue
			}
			c := t.child(k, "case")
			t.move(c, m)
			t.rel[k] = "nummod"
			t.move(k, m)
			break
		}
	}
}

// finiteParticiples repairs a clause the parser read as a participle on
// its subject noun: "Thousands of Iraqi Kurds demonstrated in Kirkuk…,
// witnesses said", "Palestinian prisoners rioted…, police sources said".
// Wire copy ends a clause with who reports it, or has no other verb, and
// the parser, reading the past tense as a participle, made the noun the
// complement of "said", its second subject, or the root. A noun is no
// clausal complement or root, and a verb has one subject: the verb is the
// clause, the noun its subject. Only where the verb is active: it has an
// object, or active reports whether its event stands without one ("the
// prisoners rioted") or is reciprocal with a with-phrase ("troops clashed
// with rebels"); "soldiers killed in the attack" stays a passive.
func (t *tree) finiteParticiples(active func(lemma, form string, with bool) bool) {
	// "Klibi undertook mediation mission": a verb with tense read as the
	// adjective of the noun after it, right after a word that may be its
	// subject (not "the two exiled dissidents"), has that noun as its
	// object, in the noun's place.
	for v := 1; v < t.n; v++ {
		m := t.head[v]
		if t.upos[v] != "VERB" || t.rel[v] != "amod" || m <= v || !t.isNominal(m) {
			continue
		}
		// "…, and security forces fired/VBN tear gas at demonstrators",
		// with the noun after the participle hung on the plural: the
		// plural is the subject, and the verb takes its place.
		if sb := v - 1; t.plural(sb) && t.head[m] == sb && t.edParticiple(v) {
			t.rel[v], t.rel[sb], t.rel[m] = t.rel[sb], "nsubj", "obj"
			t.move(v, t.head[sb])
			t.move(sb, v)
			t.move(m, v)
			for _, k := range append([]int(nil), t.kids[sb]...) {
				if k > v {
					t.move(k, v)
					if t.rel[k] == "nmod" {
						t.rel[k] = "obl"
					}
				}
			}
			continue
		}
		// "after Iran's Revolutionary Guards attacked/VBN targets": a
		// plural noun modifies no noun through a participle, so a
		// participle after a plural read as a modifier of the noun
		// after it is that plural's verb as well.
		if !finite[t.toks[v].XPOS] && !(t.plural(v-1) && t.head[v-1] == m && t.edParticiple(v)) {
			continue
		}
		if u := t.upos[v-1]; u != "PROPN" && u != "NOUN" && u != "PRON" {
			continue
		}
		t.rel[v], t.rel[m] = t.rel[m], "obj"
		t.move(v, t.head[m])
		t.move(m, v)
		for _, k := range append([]int(nil), t.kids[m]...) {
			if k < v { // the noun's words before the verb are not the object's
				t.move(k, v)
				if k == v-1 { // the word before the verb, its subject
					t.rel[k] = "nsubj"
					if p := t.child(k, "case"); p >= 0 && p < k && subordinators[t.lemma[p]] {
						t.rel[p] = "mark"
						t.move(p, v)
					}
				}
			}
		}
	}
	for nk := 0; nk < t.n; nk++ {
		r := t.head[nk]
		// "a day after the Pakistani and Iranian navies conducted
		// joint exercises": a subordinator read as the noun's
		// preposition opens the clause instead.
		sub := t.subordinator(nk)
		// "…poured into South Ossetia, and Russian warplanes bombed/VBN
		// targets": a noun hung as a conjunct of a verb is a second
		// clause's subject
		clause := r >= 0 && t.rel[nk] == "conj" && t.isVerbal(r) && nk > r
		if !t.isNominal(nk) || r >= 0 && sub < 0 && !clause && !(nk < r && (t.rel[nk] == "ccomp" || t.base(nk) == "nsubj" && t.laterSubject(r, nk))) {
			continue
		}
		cands := t.kids[nk]
		if r < 0 {
			// "Thousands of demonstrators protesting the election
			// results clashed with police": a root noun's verb may
			// hang deeper, on the last noun of the subject's own
			// clause
			cands = t.deepClauses(nk)
		}
		for _, a := range cands {
			if a < nk || t.upos[a] != "VERB" || !t.misreadClause(a, active) {
				continue
			}
			// the verb takes the noun's place: the root, the
			// complement of the reporting verb or the subordinate clause
			switch {
			case r < 0:
				t.rel[a] = "root"
			case sub >= 0:
				t.rel[a] = "advcl"
				t.rel[sub] = "mark"
				t.move(sub, a)
			case clause:
				t.rel[a] = "conj"
				t.moveLeading(nk, a, "cc", "punct")
			default:
				t.rel[a] = "ccomp"
			}
			t.move(a, r)
			t.rel[nk] = "nsubj"
			t.move(nk, a)
			break
		}
	}
}

// repairProgressiveAdjectives repairs a misparse. "It was also severing
// relations with Ukraine": the tagger read the progressive as an
// adjective, and the parser made "relations" a predicate noun with
// "severing" its modifier. An -ing word that verbOf knows as a verb's
// form, modifying a predicate noun with a subject and nothing of the
// noun's but adverbs between the copula and it, is the clause's verb,
// the copula its auxiliary and the noun its object. A determiner ("was
// a growing threat") or a possessor keeps the noun phrase.
func (t *tree) repairProgressiveAdjectives(verbOf func(form string) string) {
	for g := 0; g < t.n; g++ {
		m := t.head[g]
		if m <= g || t.rel[g] != "amod" || t.upos[g] != "ADJ" || !t.isNominal(m) {
			continue
		}
		form := strings.ToLower(t.toks[g].Form)
		cop := t.child(m, "cop")
		if !strings.HasSuffix(form, "ing") || cop < 0 || cop > g || t.child(m, "nsubj") < 0 {
			continue
		}
		between := false
		for _, k := range t.kids[m] {
			if k > cop && k < m && k != g && t.rel[k] != "advmod" {
				between = true
			}
		}
		l := verbOf(form)
		if between || l == "" {
			continue
		}
		t.upos[g], t.lemma[g] = "VERB", l
		t.rel[g], t.rel[m] = t.rel[m], "obj"
		t.move(g, t.head[m])
		t.move(m, g)
		for _, k := range append([]int(nil), t.kids[m]...) {
			if k < g {
				t.move(k, g)
				if k == cop {
					t.rel[k] = "aux"
				}
			}
		}
	}
}

// edParticiple reports whether token i is a past participle in -ed, the
// form a regular past tense shares.
func (t *tree) edParticiple(i int) bool {
	return t.toks[i].XPOS == "VBN" && strings.HasSuffix(strings.ToLower(t.toks[i].Form), "ed")
}

// plural reports whether token i is a plural noun.
func (t *tree) plural(i int) bool { x := t.toks[i].XPOS; return x == "NNS" || x == "NNPS" }

// subordinator returns the subordinator the parser read as the
// preposition of oblique or modifying noun nk ("after the navies"), or -1.
func (t *tree) subordinator(nk int) int {
	if nk < 0 || t.head[nk] < 0 || t.base(nk) != "obl" && t.base(nk) != "nmod" {
		return -1
	}
	for _, p := range t.kids[nk] {
		if p < nk && t.rel[p] == "case" && subordinators[t.lemma[p]] {
			return p
		}
	}
	return -1
}

// deepClauses are the candidates for the verb the parser lost under
// root noun nk: its dependents, then the participles hung deeper in its
// subtree whose clause ends the sentence, last first.
func (t *tree) deepClauses(nk int) []int {
	out := append([]int(nil), t.kids[nk]...)
	for a := t.n - 1; a > nk; a-- {
		if t.rel[a] != "acl" || t.head[a] == nk || !t.inSubtree(a, nk) {
			continue
		}
		// only a participle that ends the sentence's words
		if _, end := t.span(a); end < t.n-2 {
			continue
		}
		out = append(out, a)
	}
	return out
}

// misreadClause reports whether verb a, a dependent of a noun, is the
// noun's clause: a past tense read as a participle (finiteParticiples),
// or a verb with tense (or an auxiliary) and no subject hung on a name
// as a part of it or an aside ("Pakistan President Mohammad Zia-Ul-Haq
// rejected an offer", "Arab League Secretary General Chadli Klibi
// undertook a mission").
func (t *tree) misreadClause(a int, active func(lemma, form string, with bool) bool) bool {
	x := t.toks[a].XPOS
	// a verb with an auxiliary has tense too: "Hossein Amir-Abdollahian
	// will meet his Saudi counterpart"
	if (finite[x] || t.child(a, "aux") >= 0) && nameParts[t.rel[a]] {
		return t.subject(a) < 0
	}
	if t.rel[a] != "acl" {
		return false
	}
	// "A Turkish drone struck near the airport": a weapon with no one
	// said to have hit it struck where the phrase says
	if h := t.head[a]; weapons[t.lemma[h]] && hitVerbs[t.lemma[a]] && t.child(a, "obl:agent") < 0 && !slices.ContainsFunc(t.kids[a], func(k int) bool { return t.prep(k) == "by" }) {
		return true
	}
	if x != "VBD" && !t.edParticiple(a) {
		return false
	}
	// an object, or the tagger's own past tense (not a participle)
	// on a root noun's clause: "The first contingent of 400 Kenyan
	// police officers arrived in Port-au-Prince"
	if t.child(a, "obj") >= 0 || x == "VBD" {
		return true
	}
	// a with-phrase, or sides named together ("police and protesters
	// clashed", "Thai and Cambodian troops clashed"), make a reciprocal
	// verb's clause
	with := t.coordinated(t.head[a]) || slices.ContainsFunc(t.kids[a], func(k int) bool { return t.base(k) == "obl" && t.prep(k) == "with" })
	return active(t.lemma[a], t.toks[a].Form, with)
}

// hitVerbs are what a weapon does to where it lands.
var hitVerbs = map[string]bool{"strike": true, "hit": true, "slam": true, "crash": true, "land": true, "explode": true}

// coordinated reports whether noun h names more than one: it has
// conjuncts, or modifiers that do ("Thai and Cambodian troops").
func (t *tree) coordinated(h int) bool {
	if h < 0 {
		return false
	}
	for _, k := range t.kids[h] {
		if t.rel[k] == "conj" && t.isNominal(k) || t.rel[k] == "amod" && t.child(k, "conj") >= 0 {
			return true
		}
	}
	return false
}

// nameParts are the relations the parser may give a name's verb when it
// reads the verb as more of the name.
var nameParts = map[string]bool{"flat": true, "compound": true, "appos": true, "parataxis": true, "dep": true, "nmod:desc": true}

// subordinators are the words that may open an adverbial clause and that
// the parser may take for a preposition.
var subordinators = map[string]bool{"as": true, "after": true, "before": true, "since": true, "until": true, "because": true}

// finite are the tags of a verb with tense.
var finite = map[string]bool{"VBD": true, "VBZ": true, "VBP": true}

// subject returns i's subject, or -1.
func (t *tree) subject(i int) int {
	for _, k := range t.kids[i] {
		if t.base(k) == "nsubj" || t.base(k) == "csubj" {
			return k
		}
	}
	return -1
}

// laterSubject reports whether v has a subject after its dependent k.
func (t *tree) laterSubject(v, k int) bool {
	for _, j := range t.kids[v] {
		if j > k && t.base(j) == "nsubj" {
			return true
		}
	}
	return false
}

// move makes h the head of k (-1: a root), keeping every kids list in sentence order.
func (t *tree) move(k, h int) {
	if old := t.head[k]; old >= 0 {
		kids := t.kids[old][:0]
		for _, j := range t.kids[old] {
			if j != k {
				kids = append(kids, j)
			}
		}
		t.kids[old] = kids
	}
	t.head[k] = h
	if h < 0 {
		return
	}
	kids := t.kids[h]
	at := len(kids)
	for i, j := range kids {
		if j > k {
			at = i
			break
		}
	}
	kids = append(kids, 0)
	copy(kids[at+1:], kids[at:])
	kids[at] = k
	t.kids[h] = kids
}

func (t *tree) isVerbal(i int) bool { return t.upos[i] == "VERB" || t.upos[i] == "AUX" }

func (t *tree) isNominal(i int) bool {
	switch t.upos[i] {
	case "NOUN", "PROPN", "PRON", "NUM":
		return true
	}
	return false
}

// base is the relation without its subtype: "nsubj" for "nsubj:pass".
func (t *tree) base(i int) string {
	r := t.rel[i]
	if k := strings.IndexByte(r, ':'); k >= 0 {
		return r[:k]
	}
	return r
}

// wordIn reports whether token i's lemma or lower-case form is in words:
// the lemmatizer may leave either ("measures" beside "curfew").
func (t *tree) wordIn(i int, words map[string]bool) bool {
	return words[t.lemma[i]] || words[strings.ToLower(t.toks[i].Form)]
}

// child returns the first dependent of i with relation rel (exact), or -1.
func (t *tree) child(i int, rels ...string) int {
	for _, k := range t.kids[i] {
		for _, r := range rels {
			if t.rel[k] == r {
				return k
			}
		}
	}
	return -1
}

// children returns the dependents of i whose relation is one of rels;
// a rel ending in ":" matches any subtype ("obl:" matches obl, obl:agent).
func (t *tree) children(i int, rels ...string) []int {
	var out []int
	for _, k := range t.kids[i] {
		for _, r := range rels {
			if t.rel[k] == r || strings.HasSuffix(r, ":") && (t.rel[k] == r[:len(r)-1] || strings.HasPrefix(t.rel[k], r)) {
				out = append(out, k)
				break
			}
		}
	}
	return out
}

// prep returns the preposition of a nominal dependent i ("against" for
// "against Iran"), lower case, "" if none. Multiword prepositions are
// joined: "according to" gives "according to" only through fixed.
func (t *tree) prep(i int) string {
	for _, k := range t.kids[i] {
		if t.rel[k] == "case" {
			p := t.lemma[k]
			for _, f := range t.kids[k] {
				if t.rel[f] == "fixed" {
					p += " " + t.lemma[f]
				}
			}
			return p
		}
	}
	// Some parses hang the preposition on the governor ("mark" in v1
	// clausal obliques); a bare "'s" is a possessive, not a preposition.
	return ""
}

// passive reports whether verb i is in the passive voice.
func (t *tree) passive(i int) bool {
	for _, k := range t.kids[i] {
		switch t.rel[k] {
		case "nsubj:pass", "aux:pass", "csubj:pass":
			return true
		}
	}
	return false
}

// inRelativeWithout reports whether k is inside a relative clause that
// i is not in.
func (t *tree) inRelativeWithout(k, i int) bool {
	for h, steps := k, 0; h >= 0 && steps <= t.n; h, steps = t.head[h], steps+1 {
		if t.rel[h] == "acl:relcl" && !t.inSubtree(i, h) {
			return true
		}
	}
	return false
}

// inSubtree reports whether j is i or below i.
func (t *tree) inSubtree(j, i int) bool {
	for s := 0; j >= 0 && s <= t.n; s++ {
		if j == i {
			return true
		}
		j = t.head[j]
	}
	return false
}

// det is the lemma of i's determiner, "" if it has none.
func (t *tree) det(i int) string {
	if d := t.child(i, "det"); d >= 0 {
		return t.lemma[d]
	}
	return ""
}

// span is the token range of i's subtree.
func (t *tree) span(i int) (int, int) {
	lo, hi := i, i
	stack := []int{i}
	for len(stack) > 0 {
		k := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if k < lo {
			lo = k
		}
		if k > hi {
			hi = k
		}
		stack = append(stack, t.kids[k]...)
	}
	return lo, hi
}

// subtreeHas reports whether some token within depth levels below i
// (i included) has a lemma in words, not descending into relative clauses
// or other clauses with a subject of their own beyond the first level.
func (t *tree) subtreeHas(i int, words map[string]bool, depth int) bool {
	if words[t.lemma[i]] || words[strings.ToLower(t.toks[i].Form)] {
		return true
	}
	if depth == 0 {
		return false
	}
	for _, k := range t.kids[i] {
		if t.rel[k] == "acl:relcl" || t.rel[k] == "parataxis" {
			continue
		}
		if t.subtreeHas(k, words, depth-1) {
			return true
		}
	}
	return false
}

// conjuncts returns i and the tokens coordinated with it ("India and
// Pakistan": India, Pakistan), in order.
func (t *tree) conjuncts(i int) []int {
	out := []int{i}
	for s := 0; s < len(out) && s < t.n; s++ {
		for _, k := range t.kids[out[s]] {
			if t.rel[k] == "conj" {
				out = append(out, k)
			}
		}
	}
	return out
}

// conjHead climbs from a conjunct to the first conjunct of its
// coordination.
func (t *tree) conjHead(i int) int {
	for s := 0; t.rel[i] == "conj" && t.head[i] >= 0 && s < t.n; s++ {
		i = t.head[i]
	}
	return i
}

// openingComma is the comma that opens a phrase whose words start at
// lo: its first word, or the word before it (the parser may hang the
// comma either way); -1 for none.
func (t *tree) openingComma(lo int) int {
	if t.toks[lo].Form == "," {
		return lo
	}
	if lo > 0 && t.toks[lo-1].Form == "," {
		return lo - 1
	}
	return -1
}

// moveLeading hangs on h the dependents of k that come before it, those
// with one of rels when rels are given.
func (t *tree) moveLeading(k, h int, rels ...string) {
	for _, d := range append([]int(nil), t.kids[k]...) {
		if d < k && (len(rels) == 0 || slices.Contains(rels, t.rel[d])) {
			t.move(d, h)
		}
	}
}

// particleVerbs are, by particle, the verbs that take it as one: "hand
// over", "break off relations", "call off talks", "cut off supplies".
var particleVerbs = map[string]map[string]bool{
	"over": {"hand": true, "turn": true},
	"off":  {"break": true, "call": true, "cut": true, "seal": true, "cordon": true, "fend": true, "ward": true, "shut": true},
	"out":  {"pull": true, "walk": true, "back": true, "carry": true},
}

// root is the first token with no head, -1 for none.
func (t *tree) root() int {
	for i := 0; i < t.n; i++ {
		if t.head[i] < 0 {
			return i
		}
	}
	return -1
}

// commaBefore reports whether the phrase i heads is set off by a comma
// before it.
func (t *tree) commaBefore(i int) bool {
	lo, _ := t.span(i)
	return t.openingComma(lo) >= 0
}

// coordinate makes k a conjunct of h, with cc its conjunction.
func (t *tree) coordinate(k, h, cc int) {
	t.rel[k] = "conj"
	t.move(k, h)
	t.rel[cc] = "cc"
	t.move(cc, k)
}

// hasAux reports whether verb i has the auxiliary form f ("had", not
// "having").
func (t *tree) hasAux(i int, f string) bool {
	for _, k := range t.kids[i] {
		if t.rel[k] == "aux" && strings.EqualFold(t.toks[k].Form, f) {
			return true
		}
	}
	return false
}

// spanHead is the token a span of words hangs on: the head of its word
// whose head lies outside it; -1 for none.
func (t *tree) spanHead(lo, hi int) int {
	for k := lo; k <= hi && k < t.n; k++ {
		if h := t.head[k]; h < lo || h > hi {
			return h
		}
	}
	return -1
}

// tenseAhead reports, for the word a time phrase hangs on, whether that
// time is to come, and whether the word's tense says at all: a verb with
// "will" or "would" (in reports, the speaker's "will"), or an infinitive,
// speaks of what is to come ("will meet on Friday", "agreed to meet on
// Friday"); a past tense or a perfect of what was ("met on Thursday",
// "had met on Thursday"). Anything else (a noun, a present tense) does
// not say.
func (t *tree) tenseAhead(h int) (ahead, known bool) {
	if h < 0 || !t.isVerbal(h) {
		return false, false
	}
	if will, would := t.futureAux(h); will || would {
		return true, true
	}
	if t.markOf(h) == "to" {
		// "ratified Sweden's bid to join NATO on Tuesday", "signed
		// agreements to normalise relations on Tuesday": an infinitive
		// that completes a past verb's object took the time that is
		// the past verb's
		p := t.head[h]
		if p >= 0 && t.isNominal(p) && t.rel[h] == "acl" && t.rel[p] == "obj" {
			p = t.head[p]
		} else if p < 0 || t.rel[h] != "xcomp" || t.child(p, "obj") < 0 || objectControl[t.lemma[p]] {
			// "urged Pakistan to meet on Friday": what the object is
			// to do is to come
			return true, true
		}
		return p < 0 || t.toks[p].XPOS != "VBD", true
	}
	switch t.toks[h].XPOS {
	case "VBD":
		return false, true
	case "VBN":
		for _, k := range t.kids[h] {
			if t.rel[k] == "aux" && t.lemma[k] == "have" {
				return false, true
			}
		}
	}
	return false, false
}

// futureAux reports whether h has the auxiliary of the future ("will",
// "shall") and whether it has "would".
func (t *tree) futureAux(h int) (will, would bool) {
	for _, k := range t.kids[h] {
		if t.rel[k] == "aux" {
			switch t.lemma[k] {
			case "will", "shall", "'ll", "wo":
				will = true
			case "would":
				would = true
			}
		}
	}
	return will, would
}
