package event

import (
	"slices"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/cameo"
)

// trig is a word that names an event, with the row it matched.
type trig struct {
	i     int  // the trigger token
	light int  // the light verb the noun is the object of, or -1
	r     *row // matched row
	code  string
	gone  bool      // consumed: embedded under a request or threat
	depth int       // nesting when a trigger's target is another trigger's
	srcs  *[]Actor  // sources, once asked: the event and its target paths all ask
	locs  *[]*Place // locations, once asked
	// between: the sources are the sides named after "between" (the
	// parse named none), each the other's target
	between bool
}

// code finds the sentence's events.
func (s *sent) code() []Event {
	t := s.t
	var trigs []*trig
	byTok := map[int]*trig{}
	for i := 0; i < t.n; i++ {
		r := s.match(i)
		if r == nil {
			continue
		}
		tg := &trig{i: i, light: -1, r: r, code: r.code}
		if t.isNominal(i) || t.upos[i] == "ADJ" || r.pos == 'N' {
			tg.light = s.lightVerb(i)
		}
		trigs = append(trigs, tg)
		byTok[i] = tg
	}
	// A light verb with a pattern of its own ("hold talks", "launch
	// missiles") codes the event; its object noun then does not.
	for _, tg := range trigs {
		if tg.light >= 0 {
			if lv, ok := byTok[tg.light]; ok && !lv.r.embeddedOnly {
				tg.gone = true
			}
		}
	}
	// Requests and threats consume what they embed: what Israel was urged
	// not to do, or what Pyongyang threatened, did not happen.
	embedded := map[*trig]*trig{}
	for _, tg := range trigs {
		if !tg.r.consume && !tg.r.threat && !tg.r.intent && !tg.r.refusal {
			continue
		}
		if tg.r.intent && s.intends(tg, trigs) {
			// "agreed to undertake joint exercises": the intended event
			// is coded as the intention itself (underIntent), as a
			// reciprocal or target-less event where it is one.
			tg.gone = true
			continue
		}
		for _, o := range trigs {
			if o == tg || o.gone || !s.embeds(tg.i, o.i) {
				continue
			}
			o.gone = true
			if !o.r.threat && !o.r.intent && !s.charged(tg.i, o.i) && !s.grievance(o.i, tg.i) {
				if e, ok := embedded[tg]; !ok || o.i < e.i {
					embedded[tg] = o
				}
			}
		}
	}
	// A result ("killing eight people") of another violent event in the
	// same clause is that event, not a second one.
	results := map[*trig]*trig{}
	for _, tg := range trigs {
		if !tg.r.result || tg.gone {
			continue
		}
		for _, o := range trigs {
			// not of an arrest: "killed five militants and captured two"
			// are two deeds
			if o != tg && !o.r.result && violent(o.code) && !strings.HasPrefix(o.code, "17") && (s.t.inSubtree(o.i, tg.i) || s.t.inSubtree(tg.i, o.i) || s.t.head[tg.i] == s.t.head[o.i]) {
				tg.gone = true
				// "Russian aircraft killed 46 civilians in an attack on a
				// village": the result may name who did it, and to whom.
				if results[o] == nil {
					results[o] = tg
				}
				break
			}
		}
	}
	// "carried out an airstrike in Baluchistan, purportedly targeting the
	// bases of Jaish al-Adl": a violent participle that elaborates a
	// violent event is that event; it lends its target when the event
	// has none.
	elab := map[*trig]*trig{}
	for _, o := range trigs {
		if o.gone || !violent(o.code) || !s.participleOf(o.i) {
			continue
		}
		h := s.t.head[o.i]
		for _, tg := range trigs {
			if tg != o && !tg.gone && (tg.i == h || tg.light == h) && violent(tg.code) && !s.silent(tg) {
				o.gone = true
				if elab[tg] == nil {
					elab[tg] = o
				}
			}
		}
	}
	// "staged demonstrations to demand reforms by Suharto's government",
	// "began a hunger strike to protest Sweden's decision": the purpose
	// of a protest is the protest; it names whom the protest is against.
	purpose := map[*trig]*trig{}
	for _, tg := range trigs {
		if tg.gone || !strings.HasPrefix(tg.code, "14") {
			continue
		}
		for _, o := range trigs {
			if o == tg || o.gone || !purposeOf(o.code) {
				continue
			}
			h := s.t.head[o.i]
			if (h == tg.i || h >= 0 && h == tg.light) && (s.t.rel[o.i] == "advcl" || s.t.rel[o.i] == "xcomp") {
				o.gone = true
				if purpose[tg] == nil {
					purpose[tg] = o
				}
			}
		}
	}
	var evs []Event
	for _, tg := range trigs {
		if tg.gone || s.silent(tg) {
			continue
		}
		e := elab[tg]
		if e == nil {
			e = results[tg]
		}
		if e == nil {
			e = purpose[tg]
		}
		got := s.events(tg, embedded[tg], e)
		if len(got) == 0 && e != nil && e.r.result {
			// "Serb forces killed three ethnic Albanians in a gunbattle
			// in Serbia": when the event itself codes to nothing (here
			// Serbia on Serbia), its result is the event.
			got = s.events(e, embedded[e], nil)
		}
		evs = append(evs, got...)
	}
	return dedupEvents(anchored(evs))
}

// silent reports whether a trigger codes nothing where it stands: a row
// that is an event only under a threat or an intention ("vowed to
// respond"), here under none. What elaborates it ("responded by
// targeting Pakistani posts") is then an event of its own.
func (s *sent) silent(tg *trig) bool {
	return tg.r.embeddedOnly && s.underIntent(tg) < 0
}

// anchored drops events in which no actor is anchored to a state or an
// organisation: "rebels kidnapped peacekeepers", "forces struck
// civilians" say too little to place in anyone's record.
func anchored(evs []Event) []Event {
	out := evs[:0]
	for _, e := range evs {
		if anchor(e.Source) || anchor(e.Target) {
			out = append(out, e)
		}
	}
	return out
}

func anchor(a *Actor) bool {
	return a != nil && (a.Country != "" || !isSectorOnly(*a))
}

// purposeOf reports whether an event of code c, in a purpose clause of a
// protest, is what the protest is for: a demand (10), a criticism (11) or
// a protest (14).
func purposeOf(c string) bool {
	return strings.HasPrefix(c, "10") || strings.HasPrefix(c, "11") || strings.HasPrefix(c, "14")
}

// reciprocal reports whether the trigger's object is "each other" or
// "one another", or those words come right after it, wherever the parser
// hung them.
func (s *sent) reciprocal(tg *trig) bool {
	t := s.t
	// "accused each other of…" with "each" hung elsewhere by the parser:
	// the words right after the verb say it
	if k := tg.i + 2; k < t.n && (t.lemma[k-1] == "each" && t.lemma[k] == "other" || t.lemma[k-1] == "one" && t.lemma[k] == "another") {
		return true
	}
	for _, k := range t.kids[tg.i] {
		if t.rel[k] != "obj" && t.rel[k] != "obl" {
			continue
		}
		// "each other" as obj (or "each" + fixed "other")
		if t.lemma[k] == "each" || t.lemma[k] == "one" {
			for _, d := range t.kids[k] {
				if t.lemma[d] == "other" || t.lemma[d] == "another" {
					return true
				}
			}
		}
		if l := t.lemma[k]; l == "other" || l == "another" {
			for _, d := range t.kids[k] {
				if t.lemma[d] == "each" || t.lemma[d] == "one" {
					return true
				}
			}
			if k > 0 && (t.lemma[k-1] == "each" || t.lemma[k-1] == "one") {
				return true
			}
		}
	}
	return false
}

// unattributed reports whether the sentence leaves an attack's perpetrator
// unknown rather than naming it elsewhere: a passive whose agent, if
// any, names no actor ("were killed by an improvised explosive device"),
// or a new event as the subject ("A roadside bombing … killed"). "The
// attack", "which", "its strikes" point to an attack told of elsewhere.
func (s *sent) unattributed(tg *trig) bool {
	t := s.t
	h := tg.i
	if tg.light >= 0 {
		h = tg.light
	}
	if t.isNominal(h) {
		if !indefinite(t, h) {
			return false
		}
		// The attack a noun names is the subject ("A roadside bombing …
		// killed") or where an agentless attack happened ("killed in a
		// car bombing"); as another verb's argument ("Serb forces took
		// part in ethnic cleansing") that verb names who.
		if t.rel[h] == "nsubj" || t.rel[h] == "root" {
			return true
		}
		v := t.head[h]
		return v >= 0 && t.base(h) == "obl" && t.passive(v) && s.agent(v) < 0 && s.violentAt(v)
	}
	if t.passive(h) {
		return true
	}
	// "There were 10 Russian soldiers killed in Ukraine": a participle
	// on the noun it acted on
	if t.rel[h] == "acl" && t.toks[h].XPOS == "VBN" {
		return true
	}
	k := t.child(h, "nsubj")
	return k >= 0 && t.isNominal(k) && t.upos[k] != "PRON" && indefinite(t, k)
}

// indefinite: a noun phrase with "a", "an" or no determiner or
// possessor. The phrase's first word is read too: the parser may hang
// "the" of "the "missile and drone" attack" on a modifier.
func indefinite(t *tree, i int) bool {
	first, _ := t.span(i)
	for k := first; k <= i; k++ {
		if t.rel[k] == "nmod:poss" || t.upos[k] == "DET" && t.lemma[k] != "a" && t.lemma[k] != "an" {
			return false
		}
	}
	return true
}

// byPlaceRoot: codes of the force whose unnamed perpetrator is coded by
// the place (18 assault, 19 fight, 20 mass violence).
func byPlaceRoot(code string) bool {
	return len(code) >= 2 && code[:2] >= "18" && code[:2] <= "20"
}

// violent reports whether code is one of force or violence (15, 17–20).
func violent(code string) bool {
	return len(code) >= 2 && (code[:2] == "15" || code[:2] >= "17" && code[:2] <= "20")
}

// match returns the row token i matches, or nil. Every stage asks it of
// the same words; it is worked out once per word.
func (s *sent) match(i int) *row {
	if s.matched == nil {
		s.matched = make([]*row, s.t.n)
	}
	if s.matched[i] == nil {
		s.matched[i] = noRow
		if r := s.findMatch(i); r != nil {
			s.matched[i] = r
		}
	}
	if s.matched[i] == noRow {
		return nil
	}
	return s.matched[i]
}

// noRow marks a word that matched no row.
var noRow = &row{}

func (s *sent) findMatch(i int) *row {
	t := s.t
	rows := s.p.rows[s.triggerLemma(i)]
	if len(rows) == 0 {
		return nil
	}
	u := t.upos[i]
	isV := u == "VERB"
	isN := u == "NOUN" || u == "PROPN"
	isA := u == "ADJ"
	// The converse slip: "it would free/ADJ 150 prisoners", "Iran
	// strikes/NOUN bases" — a word that takes an object is a verb.
	if !isV && t.child(i, "obj") >= 0 {
		isV = true
	}
	// A tagger that reads "Iran strikes" as a verb still parses it as
	// an object or subject: a verb in a noun's position is tried as one.
	if isV && s.nominalRel(i) {
		isN = true
		if r := s.firstRow(i, rows, 'N'); r != nil {
			return r
		}
	}
	for _, r := range rows {
		switch r.pos {
		case 'V':
			if !isV {
				continue
			}
		case 'N':
			if !isN {
				continue
			}
		case '*':
			if !isV && !isN && !isA {
				continue
			}
		}
		if s.holds(i, r) {
			if r.code == "" {
				return nil
			}
			return r
		}
	}
	return nil
}

// subjectHeads are the words that head who does what token i names: a
// verb's subject, or the agent of a passive verb.
func (s *sent) subjectHeads(i int) []int {
	t := s.t
	if t.passive(i) {
		if ag := s.agent(i); ag >= 0 {
			return t.conjuncts(ag)
		}
		return nil
	}
	var out []int
	for _, k := range t.kids[i] {
		if t.rel[k] == "nsubj" {
			out = append(out, t.conjuncts(k)...)
		}
	}
	return out
}

// triggerLemma is the lemma under which token i is looked up: the
// parser's, or, when that names no trigger, one guessed from the form, so
// that a lemmatiser's slip ("jaile" for "jailed") does not hide an event.
func (s *sent) triggerLemma(i int) string {
	l := s.t.lemma[i]
	if s.p.triggers[l] {
		return l
	}
	f := strings.ToLower(s.t.toks[i].Form)
	for _, c := range lemmaGuesses(f) {
		if s.p.triggers[c] {
			return c
		}
	}
	// "re-establish relations", "re-impose sanctions": doing again is
	// doing, when the verb has no row of its own
	if rest, ok := strings.CutPrefix(l, "re-"); ok && s.p.triggers[rest] {
		return rest
	}
	return l
}

// lemmaGuesses undoes the regular English inflections of a word form.
func lemmaGuesses(f string) []string {
	out := []string{f}
	cut := func(suf, add string) {
		if strings.HasSuffix(f, suf) && len(f) > len(suf)+2 {
			out = append(out, f[:len(f)-len(suf)]+add)
		}
	}
	cut("ies", "y")
	cut("ied", "y")
	cut("es", "")
	cut("s", "")
	cut("ed", "")
	cut("ed", "e")
	cut("d", "")
	cut("ing", "")
	cut("ing", "e")
	// doubled consonants: "shelled", "bombarding" do not need it; "jailed"
	// neither, but "stopped", "planned" do.
	for _, suf := range []string{"ed", "ing"} {
		if strings.HasSuffix(f, suf) && len(f) > len(suf)+3 {
			b := f[:len(f)-len(suf)]
			if b[len(b)-1] == b[len(b)-2] {
				out = append(out, b[:len(b)-1])
			}
		}
	}
	return out
}

// nominalRel reports whether token i stands where nouns stand.
func (s *sent) nominalRel(i int) bool {
	switch s.t.rel[i] {
	case "obj", "nsubj", "nsubj:pass", "iobj", "appos", "compound", "nmod", "nmod:poss":
		return true
	case "obl":
		return s.t.prep(i) != ""
	}
	return false
}

// firstRow returns the first row of part of speech pos that holds at i
// (nil also when that row cancels the word).
func (s *sent) firstRow(i int, rows []*row, pos byte) *row {
	for _, r := range rows {
		if r.pos == pos && s.holds(i, r) {
			if r.code == "" {
				return nil
			}
			return r
		}
	}
	return nil
}

// holds reports whether every condition of r holds at token i.
func (s *sent) holds(i int, r *row) bool {
	t := s.t
	lv := -1
	if r.pos == 'N' || t.isNominal(i) {
		lv = s.lightVerb(i)
	}
	for _, c := range r.conds {
		ok := false
		switch c.kind {
		case "passive":
			ok = t.passive(i)
		case "active":
			ok = !t.passive(i)
		case "obj":
			for _, k := range s.objects(i) {
				if c.words == nil || t.wordIn(k, c.words) {
					ok = true
					break
				}
			}
		case "subj":
			// who acts: the subject, the agent of a passive
			for _, k := range s.subjectHeads(i) {
				if t.wordIn(k, c.words) {
					ok = true
				}
			}
		case "prt":
			ok = t.hasParticle(i, c.words)
		case "!prt":
			ok = !t.hasParticle(i, c.words)
		case "prep":
			ok = s.hasPrep(i, c.words)
			if !ok && lv >= 0 {
				ok = s.hasPrep(lv, c.words)
			}
		case "x":
			for _, k := range t.kids[i] {
				switch t.rel[k] {
				case "xcomp", "ccomp", "acl", "advcl":
					if c.words == nil || c.words[t.lemma[k]] {
						ok = true
					}
				}
			}
		case "!x":
			ok = true
			for _, k := range t.kids[i] {
				switch t.rel[k] {
				case "xcomp", "ccomp":
					if c.words == nil || c.words[t.lemma[k]] {
						ok = false
					}
				}
			}
		case "mod":
			for _, k := range t.kids[i] {
				switch t.base(k) {
				case "amod", "compound", "nmod", "advmod", "obl", "nummod":
					for _, m := range t.conjuncts(k) {
						if t.wordIn(m, c.words) {
							ok = true
						}
					}
				}
			}
			// "airstrikes" split as "air-strikes" or "drone-strike".
			if !ok {
				f := strings.ToLower(t.toks[i].Form)
				if k := strings.IndexAny(f, "-‐"); k > 0 && c.words[f[:k]] {
					ok = true
				}
			}
		case "has":
			ok = t.subtreeHas(i, c.words, 4) || lv >= 0 && t.subtreeHas(lv, c.words, 3)
		case "!has":
			ok = !t.subtreeHas(i, c.words, 4)
		}
		if !ok {
			return false
		}
	}
	return true
}

// hasParticle reports whether verb i has a particle among words (nil:
// any).
func (t *tree) hasParticle(i int, words map[string]bool) bool {
	for _, k := range t.kids[i] {
		if t.rel[k] == "compound:prt" && (words == nil || words[t.lemma[k]]) {
			return true
		}
		// "Libya offered to hand over …": the parser may make a
		// particle right after its verb an adverb.
		if k == i+1 && t.rel[k] == "advmod" && words != nil && words[t.lemma[k]] {
			return true
		}
	}
	return false
}

// objects are what a trigger acts on: a verb's object (its passive
// subject in the passive), a noun's compounds and "of" phrase.
func (s *sent) objects(i int) []int {
	t := s.t
	var out []int
	if t.isVerbal(i) || t.upos[i] == "ADJ" {
		for _, k := range t.kids[i] {
			switch t.rel[k] {
			case "obj", "dobj", "nsubj:pass":
				out = append(out, t.conjuncts(k)...)
				// "provided 25,000 tons of food aid", "lifted a state of
				// emergency": a measure noun's "of" phrase says what.
				what := k
				if k2 := t.contents(k); k2 >= 0 {
					out = append(out, t.conjuncts(k2)...)
					what = k2
				}
				// "suspended aid deliveries", "a military aid program":
				// a carrier noun's compound says what it carries.
				if carrierNouns[t.lemma[what]] {
					out = append(out, t.children(what, "compound")...)
				}
				// "recalling Mudassir Tipu, the country's Ambassador to
				// Iran": the apposition says what the object is.
				out = append(out, t.children(k, "appos")...)
			}
		}
		return out
	}
	for _, k := range t.kids[i] {
		if t.rel[k] == "compound" || t.rel[k] == "nmod" && t.prep(k) == "of" {
			out = append(out, k)
		}
	}
	return out
}

func (s *sent) hasPrep(i int, words map[string]bool) bool {
	t := s.t
	for _, k := range t.kids[i] {
		switch t.base(k) {
		case "obl", "nmod", "advcl", "iobj":
			if s.isTemporal(k) {
				continue // "agreed on Saturday" agreed on nothing
			}
			p := t.prep(k)
			if p == "" {
				p = t.markOf(k)
				// "agreed to provide aid" is an infinitive, not "agreed
				// to a plan" (x= speaks of complements)
				if p == "to" && t.toks[k].XPOS == "VB" {
					p = ""
				}
			}
			if p != "" && (words == nil || words[p]) {
				return true
			}
		}
	}
	return false
}

// condition returns the mark ("if", "unless") of a conditional clause on
// the trigger or its light verb, or "".
func (s *sent) condition(tg *trig) string {
	for _, k := range s.trigKids(tg) {
		if s.t.rel[k] == "advcl" {
			if m := s.t.markOf(k); m == "if" || m == "unless" {
				return m
			}
		}
	}
	return ""
}

// markOf is the subordinator of a clause ("of" in "accused X of
// carrying out").
func (t *tree) markOf(i int) string {
	for _, k := range t.kids[i] {
		if t.rel[k] == "mark" {
			return t.lemma[k]
		}
	}
	return ""
}

// lightVerb returns the light verb a noun is the object of ("carried out
// strikes", "strikes were carried out"), or -1.
func (s *sent) lightVerb(n int) int {
	t := s.t
	k := t.conjHead(n)
	h := t.head[k]
	// "launched 10 days of war games", "carried out a wave of
	// airstrikes": the noun in a measure noun's "of" phrase.
	if h >= 0 && t.base(k) == "nmod" && t.prep(k) == "of" && measureNouns[t.lemma[h]] && t.contents(h) == k {
		k, h = h, t.head[h]
	}
	// "participated in the attack", "was involved in the bombing",
	// "took part in raids", "converged for a rally", "gathered at a
	// protest": the verb's subject did the noun's event.
	if h >= 0 && t.isVerbal(h) && t.base(k) == "obl" && (t.prep(k) == "in" || t.prep(k) == "for" || t.prep(k) == "at") && s.partakes(h) {
		return h
	}
	if h < 0 || !t.isVerbal(h) || !s.p.light[t.lemma[h]] {
		return -1
	}
	switch t.rel[k] {
	case "obj", "nsubj:pass", "xcomp":
		return h
	}
	return -1
}

// partakes: verb h is one of taking part (@partake), or "take part".
func (s *sent) partakes(h int) bool {
	t := s.t
	if s.p.partake[t.lemma[h]] {
		return true
	}
	k := t.child(h, "obj")
	return k >= 0 && s.p.partake[t.lemma[h]+" "+t.lemma[k]]
}

// measureNouns name an amount, a span or a kind of what their "of" phrase
// names: "tons of aid", "a series of strikes", "a state of emergency",
// "one of its largest attacks", "dozens of rockets".
var measureNouns = map[string]bool{"ton": true, "tonne": true, "tons": true, "kg": true, "kilogram": true, "worth": true,
	"planeload": true, "truckload": true, "shipload": true, "boatload": true, "cargo": true, "crate": true,
	"amount": true, "shipment": true, "consignment": true, "batch": true, "series": true, "wave": true, "round": true,
	"day": true, "week": true, "month": true, "package": true, "part": true, "set": true, "load": true, "convoy": true,
	"barrage": true, "volley": true, "spate": true, "string": true, "state": true, "number": true, "lot": true,
	"dollar": true, "euro": true, "pound": true, "million": true, "billion": true, "one": true,
	"dozen": true, "hundred": true, "thousand": true, "score": true, "salvo": true,
	// "lifted most of the restrictions"
	"most": true, "some": true, "all": true, "many": true, "half": true, "rest": true, "remainder": true, "majority": true}

// carrierNouns carry what their compound names: "aid deliveries", "an aid
// program", "arms shipments".
var carrierNouns = map[string]bool{"delivery": true, "program": true, "programme": true, "shipment": true,
	"supply": true, "flow": true, "package": true, "convoy": true, "consignment": true, "scheme": true}

// contents is the "of" phrase of a measure noun ("tons of aid": aid), or -1.
func (t *tree) contents(k int) int {
	if !measureNouns[t.lemma[k]] {
		return -1
	}
	for _, c := range t.kids[k] {
		if t.base(c) == "nmod" && t.prep(c) == "of" {
			return c
		}
	}
	return -1
}

// embeds reports whether trigger o lies in what trigger i embeds: its
// complement clauses, its object, or the noun's clause ("the right to
// respond").
func (s *sent) embeds(i, o int) bool {
	t := s.t
	for _, k := range t.kids[i] {
		switch t.rel[k] {
		case "xcomp", "ccomp", "acl", "advcl", "obj", "csubj", "nmod", "obl":
			if (t.rel[k] == "nmod" || t.rel[k] == "obl") && t.prep(k) == "" {
				continue
			}
			if t.rel[k] == "advcl" {
				// "a day after warning Tehran": a temporal clause is not
				// what the trigger embeds.
				switch t.markOf(k) {
				case "after", "before", "while", "when", "as", "since", "because":
					continue
				}
			}
			if t.inSubtree(o, k) {
				return true
			}
		}
	}
	// A light verb's noun embeds through the verb: "issue a warning to
	// X not to…".
	return false
}

// grievance reports whether event o lies in what trigger i is over
// ("warned Tehran of serious consequences over its attack"): the cause
// of a threat or demand, which happened, not what it embeds.
func (s *sent) grievance(o, i int) bool {
	t := s.t
	for cur := o; cur >= 0 && cur != i; cur = t.head[cur] {
		if (t.base(cur) == "nmod" || t.base(cur) == "obl") && t.prep(cur) == "over" {
			return true
		}
	}
	return false
}

// charged reports whether a verb of saying or suspicion stands between
// trigger i and the event o it embeds: o is then what someone is said or
// suspected to have done, not what i intends, threatens or refuses
// ("offered to hand over two nationals suspected of blowing up a plane"
// offers no bombing).
func (s *sent) charged(i, o int) bool {
	t := s.t
	for cur := t.head[o]; cur >= 0 && cur != i; cur = t.head[cur] {
		if t.isVerbal(cur) && (s.p.say[t.lemma[cur]] || t.lemma[cur] == "suspect" || s.matchClaim(cur)) {
			return true
		}
	}
	return false
}

// participleOf reports whether token i is a participle clause hanging on
// its head ("…, targeting X", "attacks targeting X").
func (s *sent) participleOf(i int) bool {
	t := s.t
	switch t.rel[i] {
	case "advcl", "acl", "xcomp", "conj":
	default:
		return false
	}
	if t.rel[i] == "conj" {
		return false
	}
	if m := t.markOf(i); m != "" && m != "by" {
		return false
	}
	x := t.toks[i].XPOS
	return x == "VBG" || strings.HasSuffix(strings.ToLower(t.toks[i].Form), "ing")
}

// intends reports whether an event among trigs is the complement of
// tg's verb of intention, and so codes the intention itself.
func (s *sent) intends(tg *trig, trigs []*trig) bool {
	for _, o := range trigs {
		if o != tg && !o.gone && s.underIntent(o) == tg.i {
			return true
		}
	}
	return false
}

// events builds the events of one trigger; emb is the event a threat or
// intention embeds, elab a participle elaborating it.
func (s *sent) events(tg *trig, emb, elab *trig) []Event {
	t := s.t
	r := tg.r
	code := tg.code
	srcs := s.sources(tg)
	var tgts []Actor
	if emb != nil && (r.threat || r.intent || r.refusal) {
		tgts = s.targets(emb)
		switch {
		case r.threat && emb.code != "":
			code = s.p.threatCode(emb.code)
		case r.intent && emb.code != "":
			// codes @intent-map does not list keep their own
			code = emb.code
			if c := prefixMap(s.p.intentTo, emb.code); c != "" {
				code = c
			}
		case r.refusal && emb.code != "":
			// "refused to meet X": the refusal of a meeting, 125
			if c := prefixMap(s.p.refuse, emb.code); c != "" {
				code = c
			}
		}
	}
	// "clashes between protesters and police": the sides are the
	// sources, each the other's target
	if tg.between {
		tgts = nil
	} else {
		if len(tgts) == 0 && strings.HasPrefix(code, "14") {
			tgts = s.protestAim(tg)
		}
		if len(tgts) == 0 {
			tgts = s.targets(tg)
		}
		// What someone was asked or urged to do names whom it concerns when
		// the request's own frame does not: "demanded that the US cancel…".
		if len(tgts) == 0 && emb != nil && r.consume {
			tgts = s.targets(emb)
		}
		// "Thai and Cambodian troops clashed, killing 12 people": sides
		// named together are each other's targets (below), not the targets
		// of what the fighting did.
		if len(tgts) == 0 && elab != nil && !((r.sym || r.mutual) && len(srcs) > 1) {
			tgts = s.targets(elab)
		}
		if len(tgts) == 0 {
			tgts = s.sharedTargets(tg)
		}
		if len(tgts) == 0 && !r.consume && !r.threat && !r.intent && !r.refusal {
			tgts = s.purposeTargets(tg)
		}
	}
	if len(srcs) == 0 && elab != nil && elab.r.result {
		srcs = s.sources(elab)
	}
	if r.swap {
		srcs, tgts = tgts, srcs
	}
	// The modality is worked out only for a trigger that has sources
	// (here, or below once a later rule finds some).
	var mod string // "" until worked out
	var claimant *Actor
	claimVerb, will := -1, false
	if len(srcs) > 0 {
		mod, claimant, claimVerb, will = s.modalityFull(tg)
		srcs = s.ownForces(srcs, tgts, claimant)
	}
	if c := s.soleCountry(); c.Code != "" {
		srcs, tgts = s.ofCountry(srcs, tgts, c), s.ofCountry(tgts, srcs, c)
	} else if c := onlyCountry(srcs, tgts); c != "" && len(s.countriesNamed()) == 0 {
		// "The army said the drone had hit the villagers": a sentence
		// that names no country is about the one its actors, known from
		// the article, are of.
		st := s.stateActor(c)
		srcs, tgts = s.ofCountry(srcs, tgts, st), s.ofCountry(tgts, srcs, st)
	}
	// One consults people and states, not a sector in general ("what it
	// called terrorist groups" is no phone call).
	if strings.HasPrefix(code, "04") && !r.threat && !r.intent {
		var keep []Actor
		for _, a := range tgts {
			if !isSectorOnly(a) {
				keep = append(keep, a)
			}
		}
		tgts = keep
	}
	// "The BLA claimed responsibility for the attack": the attack the
	// article just told of, on whom it was
	if len(tgts) == 0 && (code == "015" || code == "016") {
		tgts = s.attackReferredTo(tg)
	}
	if len(tgts) == 0 && (r.threat || r.other) {
		tgts = s.otherActor(tg.i, srcs)
		// "Moscow would retaliate": against the state the article last
		// told it dealing with. Not for a threat, whose target a careful
		// coder wants named ("reserved the right to retaliate against the
		// attack" threatens no one by name).
		if len(tgts) == 0 && r.other {
			tgts = s.partnerBefore(srcs)
		}
		if len(tgts) == 0 && r.threat {
			tgts = s.attackerOf(tg, srcs)
		}
	}
	// "Tehran and Islamabad accuse each other"
	if s.reciprocal(tg) && len(srcs) > 1 {
		tgts = nil
		r = &row{code: r.code, mutual: true, where: r.where, rev: r.rev}
	}
	loc := s.location(tg)
	srcs, tgts = s.placeEthnic(srcs, loc), s.placeEthnic(tgts, loc)
	// "a police raid in the Russian city of Yekaterinburg": police of no
	// state named are those of where they acted
	if loc != nil && loc.Country != "" {
		srcs = replaceActors(srcs, func(a Actor) (Actor, bool) {
			if isSectorOnly(a) && a.Code == "COP" {
				return withCountry(a, s.countryActor(loc)), true
			}
			return a, false
		})
	}
	if len(srcs) == 0 && len(tgts) > 0 && violent(code) && s.unattributed(tg) {
		srcs = s.attackBefore(tg, tgts, loc)
		if len(srcs) == 0 && loc != nil && loc.Country != "" && byPlaceRoot(code) {
			// "A roadside bombing near Samarra killed one U.S. soldier":
			// an attack whose perpetrator no one names is, as ICEWS codes
			// it (and the PLOVER gold records, though not the PLOVER
			// manual), by unidentified attackers of the country where it
			// happened: an analyst wants the attack in the record.
			a := s.countryActor(loc)
			a.Name, a.Role, a.Kind = "unidentified attackers in "+a.Name, "unidentified", "place"
			srcs = []Actor{a}
			// "A car bomb exploded in Baghdad, killing five people":
			// whom it befell is who it killed, not the place
			if len(tgts) == 1 && tgts[0].Code == a.Country {
				if v := s.victims(tg, loc); len(v) > 0 {
					tgts = v
				}
			}
		}
	}
	if len(srcs) == 0 {
		return nil
	}
	if mod == "" {
		mod, claimant, claimVerb, will = s.modalityFull(tg)
	}
	// "Protesters stormed the embassy in Tehran": people known only as
	// protesters are of the country where they protest.
	if strings.HasPrefix(code, "14") && loc != nil && loc.Country != "" && allSectorOnly(srcs) {
		c := s.countryActor(loc)
		srcs = replaceActors(srcs, func(a Actor) (Actor, bool) { return withCountry(a, c), true })
	}
	var by *Actor
	if mod == "claimed" || mod == "denied" {
		by = claimant
	}
	// An intention is coded as such, as CAMEO and PLOVER do: "wants to
	// help Israel", "will provide aid" (07) are 033, express intent to
	// provide aid; "plans to attack", "will strike" (19) are 138, threaten
	// force; "said it would boycott" a threat too. Codes @intent-map does
	// not list keep their code, with modality "future".
	orig := code
	selfStated := claimant != nil && srcs[0].Country != "" && claimant.Country == srcs[0].Country
	if r.intent {
		mod, by = "future", nil
		if strings.HasPrefix(code, "13") {
			mod = "threatened"
		}
	} else if !r.threat && (s.underIntent(tg) >= 0 || will && mod == "future" || mod == "hypothetical" && selfStated && code >= "10") {
		if c := prefixMap(s.p.intentTo, code); c != "" {
			code = c
		}
		mod, by = "future", nil
		if strings.HasPrefix(code, "13") {
			mod = "threatened"
		}
	}
	// An act announced on a condition the other side can meet is a
	// threat, CAMEO's ultimatum (139) where the act has no threat code of
	// its own: "will withdraw its force from Chad unless the president
	// arranges a ceasefire"; "may halt mediation if cooperation founders"
	// (135). With "if" only a hostile act is one: "will attend if
	// invited" is a plan.
	if m := s.condition(tg); m != "" && !strings.HasPrefix(code, "13") && (mod == "future" || mod == "hypothetical") && (m == "unless" || orig >= "15") {
		code = prefixMap(s.p.intentTo, orig)
		if !strings.HasPrefix(code, "13") {
			code = "139"
		}
		mod, by = "threatened", nil
	}
	if mod == "denied" && s.refusal(tg) {
		if c := prefixMap(s.p.refuse, code); c != "" {
			code, mod, by = c, "asserted", nil
		}
	}
	info, _ := cameo.Lookup(code)
	root := info.Root
	tf, tl := s.timeOf(tg)
	ahead := mod == "future"
	if tf >= 0 {
		if a, known := t.tenseAhead(t.spanHead(tf, tl)); known {
			ahead = a
		}
	}
	first, last := tg.i, tg.i
	trigger := t.toks[tg.i].Form
	if tg.light >= 0 && tg.light < tg.i {
		first = tg.light
	}
	if first != last {
		// the words as written: "large-scale", not "large - scale"
		var b strings.Builder
		for k := first; k <= last; k++ {
			if k > first && t.toks[k].Start > t.toks[k-1].End {
				b.WriteByte(' ')
			}
			b.WriteString(t.toks[k].Form)
		}
		trigger = b.String()
	}
	elsewhere := tf < 0 && s.timesElsewhere(tg)
	mk := func(a, b *Actor) Event {
		return Event{TriggerFirst: first, TriggerLast: last, Start: t.toks[first].Start, End: t.toks[last].End,
			Trigger: trigger, Source: a, Target: b, CAMEO: code, Info: info, Modality: mod, ClaimedBy: by,
			Location: loc, TimeFirst: tf, TimeLast: tl, TimesElsewhere: elsewhere, TimeAhead: ahead, Rule: withActorRows(r.where, a, b)}
	}
	// the event stands without a target: its row's flag, or the
	// threatened or intended event's ("threatened to impose a curfew")
	notarget := r.notarget || emb != nil && emb.r.notarget
	var out []Event
	add := func(a, b Actor) {
		a, b = metonym(a, root, true), metonym(b, root, true)
		if selfLoop(a, b) {
			return
		}
		ac, bc := a, b
		out = append(out, mk(&ac, &bc))
	}
	// People protesting against their own government: people are no
	// organ of their state, so no self-loop.
	againstOwnGovernment := func(a, b Actor) {
		ac := metonym(a, root, true)
		out = append(out, mk(&ac, &b))
	}
	switch {
	case len(tgts) == 0 && (r.sym || r.mutual) && len(srcs) > 1:
		// "X and Y met", "the two navies held joint exercises".
		for _, a := range srcs {
			for _, b := range srcs {
				add(a, b)
			}
		}
	case len(tgts) == 0 && (root == "14" || code == "082"):
		// A protest with no one named against is against the protesters'
		// own state, as CAMEO and PLOVER code domestic dissent, and so is
		// calling one off.
		for _, a := range srcs {
			if a.Country != "" && sectorOf(a) == "" && s.people(a) {
				// "Algerian landowners began a hunger strike": people
				// known only by their nationality protest against their
				// own government.
				againstOwnGovernment(a, ofState(a.Country, "GOV", s.countryName(a.Country)+" government"))
				continue
			}
			if a.Country == "" || sectorOf(a) == "" {
				if r.notarget {
					ac := a
					out = append(out, mk(&ac, nil))
				}
				continue
			}
			add(a, ofState(a.Country, "", s.countryName(a.Country)))
		}
	case len(tgts) == 0 && homeMeasure(code):
		// "Iraq's government is prepared to impose martial law": a
		// curfew or emergency no place is given for is the state's own.
		for _, a := range srcs {
			if a.Country == "" {
				if notarget {
					ac := metonym(a, root, true)
					out = append(out, mk(&ac, nil))
				}
				continue
			}
			add(a, s.population(a.Country))
		}
	case len(tgts) == 0:
		if r.notarget {
			for _, a := range srcs {
				a = metonym(a, root, true)
				ac := a
				out = append(out, mk(&ac, nil))
			}
		}
	case (code == "018" || notarget && (root == "17" || root == "08" || root == "13")) && allSelf(srcs, tgts):
		// "Turkish authorities imposed a curfew in Cizre": a state's
		// curfew or emergency at home falls on its population, and so
		// does the threat of one ("threatened to impose a curfew in
		// Algiers", "will extend the curfew"), and sympathy at home
		// ("President Obama expressed sorrow for the shootings in South
		// Carolina").
		for _, a := range srcs {
			if a.Country != "" {
				add(a, s.population(a.Country))
			}
		}
	default:
		for _, a := range srcs {
			for _, b := range tgts {
				if root == "14" && a.Country != "" && b.Code == a.Country && (a.Code == a.Country && s.people(a) || a.Role == "residents") {
					// "Palestinians protested in Gaza": people protest
					// against their own government.
					b.Code, b.Name = a.Country+"GOV", b.Name+" government"
					againstOwnGovernment(a, b)
					continue
				}
				add(a, b)
				if r.sym {
					add(b, a)
				}
			}
		}
		if r.rev != "" {
			rinfo, _ := cameo.Lookup(r.rev)
			for _, b := range tgts {
				for _, a := range srcs {
					a2, b2 := metonym(b, rinfo.Root, true), metonym(a, rinfo.Root, true)
					if selfLoop(a2, b2) {
						continue
					}
					e := mk(&a2, &b2)
					e.CAMEO, e.Info = r.rev, rinfo
					out = append(out, e)
				}
			}
		}
	}
	if r.sym && code == "190" {
		for i := range out {
			repressionOrRiot(&out[i])
		}
	}
	alleged := by != nil && claimVerb >= 0 && s.p.allege[s.t.lemma[claimVerb]]
	return append(out, accusations(out, by, alleged)...)
}

// repressionOrRiot recodes one direction of a clash between security
// forces and protesters as CAMEO does: the forces' side is violent
// repression (175), the protesters' a violent protest (145), not a
// battle between armies (190).
func repressionOrRiot(e *Event) {
	if e.Source == nil || e.Target == nil {
		return
	}
	code := ""
	switch src, tgt := ownSector(*e.Source), ownSector(*e.Target); {
	case (src == "COP" || src == "MIL") && tgt == "OPP":
		code = "175"
	case src == "OPP" && (tgt == "COP" || tgt == "MIL"):
		code = "145"
	default:
		return
	}
	if info, ok := cameo.Lookup(code); ok {
		e.CAMEO, e.Info = code, info
	}
}

// ownSector is the first sector of an agent's code, with or without a
// country: "KENCOP" and "COP" are police, "SYRMILGOV" the military.
func ownSector(a Actor) string {
	c := a.Code
	if a.Country != "" {
		c = strings.TrimPrefix(c, a.Country)
	}
	return c[:min(3, len(c))]
}

// placeEthnic gives an "ethnic" people the sentence did not place
// (residents) the country where the event happened, when that is another
// state: "ethnic Albanians demonstrated in Serbia" are people of Serbia.
func (s *sent) placeEthnic(as []Actor, loc *Place) []Actor {
	if loc == nil || loc.Country == "" {
		return as
	}
	return replaceActors(as, func(a Actor) (Actor, bool) {
		if a.Role != "ethnic" || a.Country == loc.Country {
			return a, false
		}
		return residentsOf(a, s.t.toks[a.Last].Form, s.countryActor(loc)), true
	})
}

// replaceActors returns as with the actors f replaces, copying as only
// when f replaces one: as may be memoised.
func replaceActors(as []Actor, f func(Actor) (Actor, bool)) []Actor {
	var out []Actor
	for i, a := range as {
		b, ok := f(a)
		if !ok {
			continue
		}
		if out == nil {
			out = append([]Actor(nil), as...)
		}
		out[i] = b
	}
	if out == nil {
		return as
	}
	return out
}

// population is the people of a country as an actor: whom a state's
// curfew or emergency at home falls on.
func (s *sent) population(country string) Actor {
	return ofState(country, "CVL", "people of "+s.countryName(country))
}

// ofState is a country's sector ("" for the state itself) as an actor
// that names no words of the sentence.
func ofState(country, sector, name string) Actor {
	return Actor{Name: name, Code: country + sector, Country: country, Kind: "country", First: -1, Last: -1}
}

// countryName is the gazetteer's name of a country code, or the code.
func (s *sent) countryName(country string) string {
	if c := s.c.g.Country(country); c != nil {
		return c.Name
	}
	return country
}

// homeMeasure reports whether code is a measure a state takes at home
// (restrictions on freedoms, a ban on parties, a curfew, a state of
// emergency or martial law: CAMEO 1721–1724), the threat of one
// (1321–1324) or its easing (081, 0811–0814: "shortened the nightly
// curfew", "lifted the restrictions").
func homeMeasure(code string) bool {
	if code == "081" {
		return true
	}
	if len(code) != 4 || code[3] < '1' || code[3] > '4' {
		return false
	}
	switch code[:3] {
	case "172", "132", "081":
		return true
	}
	return false
}

// accusations are what a report of violence says about the reporter when
// the reporter is the side attacked: a state that says another attacked
// it ("Israel said a mortar bomb was fired at it from Gaza", "Pakistan
// said Iran struck its territory") accuses it (112), as CAMEO and
// PETRARCH code such reports. The attack stays, claimed by the reporter.
// A third party's report is an accusation only when alleged (a verb of
// @allege: "the US claimed that ISIL had attacked Iraq"); said, or told
// by the media or by someone of no known country, what it reports is
// only claimed.
func accusations(evs []Event, by *Actor, alleged bool) []Event {
	if by == nil || by.Country == "" || strings.Contains(sectorOf(*by), "MED") {
		return nil
	}
	info, _ := cameo.Lookup("112")
	// evs are one trigger's events. "French troops have been fighting
	// militants there": a report of fighting the reporter's side takes
	// part in accuses no one.
	for _, e := range evs {
		if e.Source != nil && e.Source.Country == by.Country {
			return nil
		}
	}
	var out []Event
	for _, e := range evs {
		if e.Modality != "claimed" || e.Source == nil || e.Info.Root < "18" || e.Info.Root > "20" || e.Target == nil || e.Target.Country != by.Country && !alleged {
			continue
		}
		a, b := *by, *e.Source
		if selfLoop(a, b) {
			continue
		}
		d := e
		d.Source, d.Target, d.CAMEO, d.Info, d.Modality, d.ClaimedBy = &a, &b, "112", info, "asserted", nil
		row, _, _ := strings.Cut(e.Rule, " | ")
		d.Rule = withActorRows(row+" (a report of violence, an accusation)", &a, &b)
		out = append(out, d)
	}
	return out
}

// withActorRows is an event's rule followed, after " | ", by the
// gazetteer rows its source and target come from.
func withActorRows(rule string, a, b *Actor) string {
	var rows []string
	if a != nil {
		rows = append(rows, a.Sources...)
	}
	if b != nil {
		rows = append(rows, b.Sources...)
	}
	if len(rows) == 0 {
		return rule
	}
	return rule + " | " + strings.Join(uniq(rows), " ")
}

// people reports whether an actor with a bare country code names people of
// that country rather than the state: "Algerian landowners" (a nationality
// adjective on a common noun), "Palestinians", "Iraqi Kurds", or a body
// the gazetteer does not know that a nationality names ("the Nigerian
// Union of Teachers").
func (s *sent) people(a Actor) bool {
	t := s.t
	if a.First < 0 || a.Last < a.First || a.Last >= len(t.toks) {
		return false
	}
	// "…, announced that it has called off a strike": the words of the
	// pronoun's antecedent say who
	if a.First == a.Last && t.upos[a.First] == "PRON" {
		for _, o := range s.antec[a.First] {
			if o.Code == a.Code {
				return s.people(o)
			}
		}
	}
	for k := a.First; k <= a.Last; k++ {
		tk := t.toks[k]
		if tk.UPOS == "NOUN" || tk.XPOS == "NNS" || tk.XPOS == "NNPS" {
			return true
		}
	}
	if h := t.head[a.Last]; h >= 0 && (t.rel[a.Last] == "amod" || t.rel[a.Last] == "compound") && (t.toks[h].UPOS == "NOUN" || t.toks[h].UPOS == "PROPN") {
		return true
	}
	return s.pluralDemonym(a)
}

// pluralDemonym reports whether an actor's words are the plural of its
// country's demonym, which the tagger may take for a singular name:
// "Pakistanis/NNP rallied", "South Koreans/NNP". The gazetteer matched
// them as a demonym ("the Philippines" is a country's name); "Swiss" is
// no plural.
func (s *sent) pluralDemonym(a Actor) bool {
	f := s.t.toks[a.Last].Form
	return a.Kind == "demonym" && strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss")
}

// allSelf reports whether every source–target pair is a state acting on
// itself.
func allSelf(srcs, tgts []Actor) bool {
	for _, a := range srcs {
		for _, b := range tgts {
			if !selfLoop(a, b) {
				return false
			}
		}
	}
	return len(srcs) > 0
}

func uniq(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// stateSectors are the parts of a state; an event between a state and one
// of its own parts is no event between actors.
var stateSectors = map[string]bool{"": true, "GOV": true, "MIL": true, "COP": true, "SPY": true, "JUD": true, "LEG": true, "ELI": true}

// ownForces gives a state's bare organs among srcs the country of the
// state that reports what they did to another country: "Russia's defence
// ministry said air defences had destroyed 788 Ukrainian drones" tells of
// Russia's air defences. What "troops" did in the reporter's own country
// may be the other side's doing, and a group's report is no state's.
func (s *sent) ownForces(srcs, tgts []Actor, claimant *Actor) []Actor {
	if claimant == nil || claimant.Country == "" || !stateSectors[sector3(*claimant)] {
		return srcs
	}
	for _, a := range tgts {
		if a.Country == "" || a.Country == claimant.Country {
			return srcs
		}
	}
	c := s.stateActor(claimant.Country)
	return replaceActors(srcs, func(a Actor) (Actor, bool) {
		if !isSectorOnly(a) || !organSectors[a.Code] {
			return a, false
		}
		return withCountry(a, c), true
	})
}

// ofCountry gives the bare sectors among as country c: "Rebels attacked
// an army post in Kivu" are Congolese rebels and the Congolese army when
// the sentence names no other country. A weapon named alone is no one's
// by that: "its air defences had shot down a drone that entered its
// airspace" does not make the drone Algeria's.
func (s *sent) ofCountry(as, others []Actor, c Actor) []Actor {
	// Who acts on a state's mission abroad ("protesters attacked the
	// French embassy") is not of that state.
	for _, o := range others {
		if abroadRoles[o.Role] && o.Country == c.Country {
			return as
		}
	}
	return replaceActors(as, func(a Actor) (Actor, bool) {
		if !isSectorOnly(a) || a.Code == "" || a.First == a.Last && a.Last >= 0 && a.Last < s.t.n && weapons[s.t.lemma[a.Last]] {
			return a, false
		}
		b := withCountry(a, c)
		return b, !loopsWith(b, others)
	})
}

// onlyCountry is the one country of the actors that have one, or "".
func onlyCountry(lists ...[]Actor) string {
	c := ""
	for _, as := range lists {
		for _, a := range as {
			if a.Country == "" {
				continue
			}
			if c != "" && c != a.Country {
				return ""
			}
			c = a.Country
		}
	}
	return c
}

// soleCountry is the one country a sentence names, through its actors
// and places, as an actor that names it and its gazetteer row for the
// evidence; Code "" when the sentence names none or several. Where an
// organisation is based ("a UK-based group") is not a country the
// sentence is about. It is worked out once per sentence.
func (s *sent) soleCountry() Actor {
	if s.sole == nil {
		a := Actor{First: -1}
		if c := s.findSoleCountry(); c != "" {
			a = s.stateActor(c)
		}
		s.sole = &a
	}
	return *s.sole
}

func (s *sent) findSoleCountry() string {
	if cs := s.countriesNamed(); len(cs) == 1 {
		return cs[0]
	}
	return ""
}

// countriesNamed are the countries the sentence is about, through its
// actors and places, up to two: enough to tell none, one and several.
// It is worked out once per sentence.
func (s *sent) countriesNamed() []string {
	if s.named == nil {
		cs := s.findCountriesNamed()
		s.named = &cs
	}
	return *s.named
}

func (s *sent) findCountriesNamed() []string {
	var cs []string
	add := func(c string) bool {
		if c != "" && !slices.Contains(cs, c) {
			cs = append(cs, c)
		}
		return len(cs) > 1
	}
	for k := range s.actors {
		a := s.ownActor(k)
		// A state's missions abroad ("the French embassy", "the
		// Iranian ambassador") say nothing of where the sentence is; nor
		// does an outlet told something ("a witness told the BBC").
		if a.Country == "" || s.basedIn(a.Last) || abroadRoles[a.Role] || s.borderOf(a.Last) || strings.Contains(sectorOf(a), "MED") {
			continue
		}
		if add(a.Country) {
			return cs
		}
	}
	for _, p := range s.places {
		if p.Entry.Country == "" || s.basedIn(p.Last) {
			continue
		}
		if add(p.Entry.Country) {
			return cs
		}
	}
	return cs
}

// borderOf: the name at token i says whose border is meant, as a
// modifier ("near the Algerian border"), which is no more on its side
// than on the other.
func (s *sent) borderOf(i int) bool {
	t := s.t
	h := t.head[i]
	return h >= 0 && t.lemma[h] == "border" && (t.rel[i] == "amod" || t.rel[i] == "compound")
}

// abroadRoles are the gazetteer roles of a state's people and offices in
// other states.
var abroadRoles = map[string]bool{"embassy": true, "ambassador": true}

// basedIn: the name at token i says where something is based ("UK-based",
// "London-headquartered").
func (s *sent) basedIn(i int) bool {
	if i < 0 || i >= s.t.n {
		return false
	}
	based := func(k int) bool {
		// not the noun: "a French military base in Niamey"
		l := s.t.lemma[k]
		return s.t.upos[k] != "NOUN" && (l == "base" || l == "based" || l == "headquarter" || l == "headquartered")
	}
	// the name hangs on "based", or (with "based" read as the noun's
	// adjective) the word after its hyphen is "based"
	if h := s.t.head[i]; h >= 0 && based(h) {
		return true
	}
	return i+2 < s.t.n && s.t.toks[i+1].Form == "-" && based(i+2)
}

// loopsWith reports whether a would be a self-loop with any of others.
func loopsWith(a Actor, others []Actor) bool {
	for _, o := range others {
		if selfLoop(a, o) {
			return true
		}
	}
	return false
}

// sector3 is an actor's first sector: "GOV" for a defence ministry
// coded GOVMIL.
func sector3(a Actor) string {
	sa := sectorOf(a)
	return sa[:min(3, len(sa))]
}

func sectorOf(a Actor) string {
	if a.Country != "" && strings.HasPrefix(a.Code, a.Country) {
		return a.Code[len(a.Country):]
	}
	return "?"
}

func selfLoop(a, b Actor) bool {
	if a.Code == b.Code {
		return true
	}
	// Unidentified attackers in a state are not the state: their attack
	// on its people or forces is no self-loop.
	if a.Role == "unidentified" || b.Role == "unidentified" {
		return false
	}
	// A state acting on itself ("Pakistan's prime minister ordered an
	// attack on targets in Pakistan"): one side is the bare country and
	// the other an organ of the same state. Two different organs (the
	// legislature and the government) are two actors.
	if a.Country != "" && a.Country == b.Country {
		sa, sb := sector3(a), sector3(b)
		return sa == "" && stateSectors[sb] || sb == "" && stateSectors[sa] || sa == sb
	}
	return false
}

// metonym: a capital that acts in a verbal or diplomatic event is its
// government ("Tehran said", "Islamabad recalled"); in violence it stays
// the country (the city as a target is the country's territory).
func metonym(a Actor, root string, core bool) Actor {
	if a.Kind != "capital" || !core || a.Country == "" {
		return a
	}
	if root != "" && root < "18" && root != "15" {
		a.Code = a.Country + "GOV"
		a.Kind = "agent"
	}
	return a
}

// dedupEvents drops repeats of a (source, target, code) in one sentence,
// keeping the first, with the place a repeat names when the first names
// none.
func dedupEvents(evs []Event) []Event {
	seen := map[string]int{}
	out := evs[:0]
	for _, e := range evs {
		// "recalled its ambassador from Iran and blocked Tehran's envoy":
		// IRN and IRNGOV as targets of one 161 are one event.
		k := e.CAMEO + "|" + codeOf(e.Source) + "|" + countryKey(e.Target)
		if i, ok := seen[k]; ok {
			// "condemned the attack and summoned Pakistan's chargé
			// d'affaires in Tehran": where the repeat says it happened
			if out[i].Location == nil {
				out[i].Location = e.Location
			}
			continue
		}
		seen[k] = len(out)
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].TriggerFirst < out[j].TriggerFirst })
	return out
}

// countryKey is an actor's country, or its code when it has none.
func countryKey(a *Actor) string {
	if a == nil {
		return ""
	}
	if a.Country != "" && (a.Kind == "country" || a.Kind == "capital" || a.Kind == "demonym" || strings.HasPrefix(a.Code, a.Country) && stateSectors[sectorOf(*a)]) {
		return a.Country
	}
	return a.Code
}

func codeOf(a *Actor) string {
	if a == nil {
		return ""
	}
	return a.Code
}

// sharedTargets: "donated and personally delivered goods to Baghdad
// University": a verb with no object of its own shares the object and
// phrases of the verb coordinated after it, which has no subject of its
// own either.
func (s *sent) sharedTargets(tg *trig) []Actor {
	t := s.t
	if tg.light >= 0 || !t.isVerbal(tg.i) || t.child(tg.i, "obj") >= 0 {
		return nil
	}
	for _, k := range t.kids[tg.i] {
		if t.rel[k] == "conj" && t.isVerbal(k) && t.subject(k) < 0 && t.child(k, "obj") >= 0 {
			return s.targets(&trig{i: k, light: -1, r: tg.r, code: tg.code, depth: tg.depth + 1})
		}
	}
	return nil
}

// protestAim is whom a protest defies, named in an "in defiance of",
// "in protest at" phrase: "blocked streets in Hong Kong in defiance of
// Chinese authorities" is against China, wherever it happened.
func (s *sent) protestAim(tg *trig) []Actor {
	t := s.t
	// "anti-French protests", "rallied, chanting anti-French slogans":
	// an anti- word of the protest or of what it chanted or carried
	for _, k := range s.trigKids(tg) {
		ms := []int{k}
		if (t.rel[k] == "advcl" || t.rel[k] == "xcomp") && t.toks[k].XPOS == "VBG" {
			if o := t.child(k, "obj"); o >= 0 {
				ms = t.kids[o]
			}
		}
		for _, m := range ms {
			if a, ok := s.antiActor(m); ok {
				return []Actor{a}
			}
		}
	}
	for _, k := range s.trigKids(tg) {
		if t.base(k) != "obl" && t.base(k) != "nmod" || t.prep(k) != "in" || !aimNouns[t.lemma[k]] {
			continue
		}
		for _, c := range t.kids[k] {
			if t.base(c) == "nmod" && aimPreps[t.prep(c)] {
				if a := s.actorsAt(c); len(a) > 0 {
					return a
				}
			}
		}
	}
	return nil
}

// antiActor is the actor an "anti-" modifier at token m is against
// ("anti-French": France), the gazetteer's match inside the word.
func (s *sent) antiActor(m int) (Actor, bool) {
	t := s.t
	k := s.tokActor[m]
	if t.rel[m] != "amod" && t.rel[m] != "compound" || k < 0 || !strings.HasPrefix(strings.ToLower(t.toks[m].Form), "anti-") {
		return Actor{}, false
	}
	a := fromGaz(s.actors[k])
	return a, a.Code != ""
}

// attackReferredTo is the state the last sentence's attack hit, when
// a definite act of violence in the trigger's for- or in-phrase ("for
// the attack", "in the bombing") refers back to it.
func (s *sent) attackReferredTo(tg *trig) []Actor {
	d := s.ctx
	if d == nil || d.attackAge > 1 || d.attackOn == "" {
		return nil
	}
	t := s.t
	heads := append([]int{tg.i}, s.objects(tg.i)...)
	if tg.light >= 0 {
		heads = append(heads, tg.light)
	}
	for _, h := range heads {
		for _, k := range s.prepArgs(h, map[string]bool{"for": true, "in": true}) {
			if r := s.match(k); r != nil && violent(r.code) && definite[t.det(k)] {
				return s.atPronoun(k, []Actor{s.stateActor(d.attackOn)})
			}
		}
	}
	return nil
}

// victims are whom a participle of violence after the trigger says it
// harmed ("…, killing five people"), at home in the place where it
// happened.
func (s *sent) victims(tg *trig, loc *Place) []Actor {
	t := s.t
	for _, k := range t.kids[tg.i] {
		if t.rel[k] != "advcl" || t.toks[k].XPOS != "VBG" {
			continue
		}
		r := s.match(k)
		if r == nil || !violent(r.code) {
			continue
		}
		sub := &trig{i: k, light: -1, r: r, code: r.code, depth: tg.depth + 1}
		if a := s.targets(sub); len(a) > 0 && allSectorOnly(a) {
			c := s.countryActor(loc)
			return replaceActors(a, func(x Actor) (Actor, bool) { return withCountry(x, c), true })
		}
	}
	return nil
}

// attackerOf is who attacked the sources' state in the last sentence or
// the one before, whom a threat that names nothing is against: "Pakistani
// warplanes bombed villages in Afghanistan… The Taliban government
// vowed to retaliate". A threat against what it names ("reserved the
// right to retaliate against the attack") names no one, as a careful
// coder reads it.
func (s *sent) attackerOf(tg *trig, srcs []Actor) []Actor {
	d := s.ctx
	by := d.recentAttack()
	if by == nil || d.attackOn == "" || by.Country == d.attackOn {
		return nil
	}
	first, last := s.t.span(tg.i)
	for k := first; k <= last; k++ {
		if p := s.t.prep(k); p == "against" || p == "for" {
			return nil
		}
	}
	for _, a := range srcs {
		if a.Country != d.attackOn {
			return nil
		}
	}
	return s.atPronoun(tg.i, []Actor{*by})
}

// trigKids are the dependents of a trigger and of its light verb.
func (s *sent) trigKids(tg *trig) []int {
	if tg.light < 0 {
		return s.t.kids[tg.i]
	}
	return append(append([]int(nil), s.t.kids[tg.i]...), s.t.kids[tg.light]...)
}

var (
	aimNouns = map[string]bool{"defiance": true, "protest": true, "opposition": true, "response": true}
	aimPreps = map[string]bool{"of": true, "at": true, "against": true, "over": true, "to": true}
)

// purposeTargets is whom an event's purpose clause acts on, for an event
// that names no target of its own: "opened fire to disperse the
// demonstrators", "sent troops to help Lebanon".
func (s *sent) purposeTargets(tg *trig) []Actor {
	t := s.t
	for _, k := range s.trigKids(tg) {
		if (t.rel[k] != "advcl" && t.rel[k] != "xcomp") || !t.isVerbal(k) || t.markOf(k) != "to" {
			continue
		}
		if r := s.match(k); r != nil && r.code != "" {
			if a := s.targets(&trig{i: k, light: -1, r: r, code: r.code}); len(a) > 0 {
				return a
			}
			continue
		}
		for _, c := range t.kids[k] {
			if t.rel[c] == "obj" {
				if a := s.actorsAt(c); len(a) > 0 {
					return a
				}
			}
		}
	}
	return nil
}
