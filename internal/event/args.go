package event

import (
	"slices"
	"strings"
)

// objectControl verbs give their object, not their subject, to an open
// complement: "urged Israel to…", "accused Iran of violating…".
var objectControl = map[string]bool{
	"urge": true, "ask": true, "call": true, "order": true, "force": true, "allow": true, "accuse": true,
	"blame": true, "press": true, "pressure": true, "persuade": true, "encourage": true, "tell": true,
	"warn": true, "request": true, "invite": true, "help": true, "condemn": true, "criticize": true,
	"criticise": true, "charge": true, "bar": true, "block": true, "prevent": true, "stop": true,
	"prompt": true, "compel": true, "oblige": true, "cause": true, "lead": true, "push": true, "drive": true,
}

// purposeToo are object-control verbs whose "to" clause may as well be
// the subject's purpose.
var purposeToo = map[string]bool{"call": true, "stop": true, "block": true, "bar": true, "prevent": true}

// sources returns the actors who carry out a trigger's event. The event
// and the target paths that must not loop back to its source (atHome,
// owned nouns, complements) all ask; it is worked out once per trigger.
// With none found, a reciprocal noun's sides named after "between" are
// the sources, and the trigger is marked as between them.
func (s *sent) sources(tg *trig) []Actor {
	if tg.srcs == nil {
		// "Petro suspended talks after fighting between the rebels and
		// the dissidents killed 80": sides the trigger names itself
		// outrank a subject it would only inherit, so they are asked
		// first; otherwise only when no one is found ("fighting between
		// two of Tripoli's armed groups": one plural between them is
		// both sides, and no one else is a side)
		own := s.ownBetween(tg)
		var a []Actor
		if !own {
			a = s.findSources(tg)
		}
		if len(a) == 0 {
			a = s.betweenSides(tg)
			tg.between = len(a) > 0
		}
		if len(a) == 0 && own {
			a = s.findSources(tg)
		}
		tg.srcs = &a
	}
	return *tg.srcs
}

func (s *sent) findSources(tg *trig) []Actor {
	if tg.light >= 0 {
		if a := s.nominalOwnSource(tg.i); len(a) > 0 {
			return a
		}
		// "Hezbollah was involved in the attack": who took part is the
		// passive's subject
		if t := s.t; t.passive(tg.light) && s.partakes(tg.light) {
			if k := t.child(tg.light, "nsubj:pass"); k >= 0 {
				return s.actorsAt(k)
			}
		}
		return s.subjects(tg.light, 0)
	}
	if !s.nominalTrig(tg) {
		a := s.subjects(tg.i, 0)
		// "US condemns Iran strikes": a headline's noun compound read as
		// a verb; the actor right before the trigger is its agent when
		// the parse gives no better one.
		// Not for a participle of force, whose noun was acted on
		// ("soldiers killed in Ukraine"); others may be a verb read
		// wrong ("Russia's foreign ministry called/VBN on Iran").
		// Nor for a verb whose subject is what it befell: "Thousands of
		// pagers used by members of Hezbollah exploded".
		if (len(a) == 0 || allSectorOnly(a)) && tg.i > 0 && !(s.participle(tg.i) && violent(tg.code)) && !unaccusatives[s.t.lemma[tg.i]] {
			if k := s.tokActor[tg.i-1]; k >= 0 && !s.isPlaceOnly(tg.i-1) {
				if b := s.ownActor(k); b.Country != "" && s.actors[k].Last == tg.i-1 {
					return []Actor{b}
				}
			}
		}
		return a
	}
	if a := s.nominalSource(tg.i); len(a) > 0 || !tg.r.sym {
		return a
	}
	return s.fellIn(tg.i)
}

// unaccusatives are verbs whose subject is what the event befell, not
// who did it: "the pagers exploded", "the plane crashed".
var unaccusatives = map[string]bool{"explode": true, "crash": true, "sink": true, "collapse": true, "burn": true}

// fellIn is the side that a reciprocal noun's with-phrase fought, named
// as the people who fell in it: "Twenty Indian soldiers were killed in a
// clash with Chinese troops", "three protesters died in clashes with
// police" tell of a clash between the soldiers' side and the troops'.
// With no with-phrase, the fallen of two sides are the sides: "Ten
// soldiers and 19 cartel members were killed in the clashes".
func (s *sent) fellIn(n int) []Actor {
	k := s.fallen(n)
	if k < 0 {
		return nil
	}
	a := s.actorsAt(k)
	if s.subArg(n, "with") < 0 && len(dedupActors(a)) < 2 {
		return nil
	}
	return a
}

// fallen is who died or was harmed in the event noun n, -1 if n is not
// where someone fell: "Two brothers died during a police raid", "three
// soldiers were killed in a clash".
func (s *sent) fallen(n int) int {
	t := s.t
	v := t.head[n]
	if p := t.prep(n); v < 0 || t.base(n) != "obl" || p != "in" && p != "during" {
		return -1
	}
	switch {
	case t.passive(v):
		if s.violentAt(v) {
			return t.child(v, "nsubj:pass")
		}
	case t.lemma[v] == "die":
		return t.child(v, "nsubj")
	}
	return -1
}

// betweenSides are the sides of a reciprocal noun named after "between":
// "clashes between Armenia and Azerbaijan", "the prisoner swap between
// Russia and Ukraine", "a meeting between Iran's top security official
// and the Saudi national security adviser" are each side's towards the
// other, whatever verb tells of them ("took place", "resumed"), and so
// are those of a verb's reciprocal object when no one is said to act
// ("talks between Russia and Ukraine were held").
func (s *sent) betweenSides(tg *trig) []Actor {
	if !tg.r.sym && !tg.r.mutual {
		return nil
	}
	t := s.t
	nouns := []int{tg.i}
	if !s.nominalTrig(tg) {
		// "talks between Russia and Ukraine were held": the verb's
		// object names the sides
		if k := t.child(tg.i, "obj", "nsubj:pass"); k >= 0 {
			nouns = append(nouns, k)
		}
	}
	for _, n := range nouns {
		if k := s.subArg(n, "between"); k >= 0 {
			return s.actorsAt(k)
		}
	}
	return nil
}

// ownBetween reports whether a reciprocal trigger names its sides after
// "between" on itself and has no subject of its own.
func (s *sent) ownBetween(tg *trig) bool {
	if tg.light >= 0 || (!tg.r.sym && !tg.r.mutual) {
		return false
	}
	return s.t.child(tg.i, "nsubj", "nsubj:pass") < 0 && s.subArg(tg.i, "between") >= 0
}

// splitConjuncts are the actors of the last conjunct of a subject the
// parser split off: "The US, Russia, and Switzerland met" can come with
// "Switzerland" as a second nsubj after an "and" of the verb's own.
func (s *sent) splitConjuncts(v, first int) []Actor {
	t := s.t
	cc := -1
	var out []Actor
	for _, k := range t.kids[v] {
		switch {
		case k <= first || k > v:
		case t.rel[k] == "cc":
			cc = k
		case t.rel[k] == "nsubj" && cc >= 0 && cc < k:
			out = append(out, s.actorsAt(k)...)
		}
	}
	return out
}

// nominalTrig reports whether a trigger is read as a noun: it matched a
// noun row (whatever the tagger said), or a "*" row on a noun.
func (s *sent) nominalTrig(tg *trig) bool {
	switch tg.r.pos {
	case 'N':
		return true
	case 'V':
		return false
	}
	return s.t.isNominal(tg.i)
}

// subjects returns the subject actors of verb v, looking through passive
// agents, coordination, control and participle clauses.
func (s *sent) subjects(v, depth int) []Actor {
	t := s.t
	if v < 0 || depth > 6 {
		return nil
	}
	if t.passive(v) || s.participle(v) {
		if ag := s.agent(v); ag >= 0 {
			return s.actorsAt(ag)
		}
		// "a mortar bomb was fired at it from the Gaza Strip": with no
		// agent, where fire came from is who fired it.
		if r := s.match(v); r != nil && violent(r.code) {
			for _, k := range s.prepArgs(v, map[string]bool{"from": true}) {
				if a := s.actorsAt(k); len(a) > 0 {
					return a
				}
				if j := s.placeAt(k, 2); j >= 0 {
					return []Actor{s.countryActor(s.placeOf(j))}
				}
			}
		}
	} else {
		// The parser sometimes splits a subject into two ("Human rights
		// organization Amnesty International demanded…" gives two
		// nsubj): the first that names an actor is the subject, better
		// one that names whose it is ("The rebel | Kurdistan Workers'
		// Party issued…") than a bare sector.
		subj := false
		var sector []Actor
		for _, k := range t.kids[v] {
			if t.rel[k] == "nsubj" || t.rel[k] == "csubj" {
				a := s.actorsAt(k)
				if len(a) == 0 && t.isNominal(k) {
					// A nominal event as subject: "Iran's strikes killed…";
					// its agent is the actor.
					a = s.nominalSource(k)
				}
				if len(a) > 0 && allSectorOnly(a) && sector == nil {
					sector = a
				} else if len(a) > 0 && !allSectorOnly(a) {
					return append(a, s.splitConjuncts(v, k)...)
				}
				subj = true
			}
		}
		if subj {
			return sector
		}
		// "expl" subjects ("there were…") name no one.
		if t.child(v, "expl") >= 0 {
			return nil
		}
	}
	h := t.head[v]
	passive := t.passive(v) || s.participle(v)
	if h < 0 {
		if !passive && depth == 0 {
			return s.leftSubject(v)
		}
		return nil
	}
	if a := s.inherited(v, h, depth); len(a) > 0 {
		return a
	}
	if !passive && depth == 0 {
		switch t.rel[v] {
		case "parataxis", "root", "dep", "amod", "acl", "ccomp", "conj", "advcl", "xcomp":
			return s.leftSubject(v)
		}
	}
	return nil
}

// inherited is the subject a verb with none of its own takes from the
// clause it hangs on.
func (s *sent) inherited(v, h, depth int) []Actor {
	t := s.t
	switch t.rel[v] {
	case "conj":
		// "recalled its ambassador and blocked Tehran's envoy"
		// "Jaish al-Adl is blacklisted by Iran and has carried out
		// attacks": an active conjunct of a passive shares its passive
		// subject, not its agent.
		if t.passive(h) && !t.passive(v) {
			if k := t.child(h, "nsubj:pass"); k >= 0 {
				return s.actorsAt(k)
			}
			return nil
		}
		return s.subjects(h, depth+1)
	case "xcomp":
		if objectControl[t.lemma[h]] {
			for _, k := range t.kids[h] {
				if t.rel[k] == "obj" {
					return s.actorsAt(k)
				}
			}
		}
		// "Bush was scheduled to meet…": a raising passive passes its
		// passive subject down.
		if t.passive(h) && s.agent(h) < 0 {
			if k := t.child(h, "nsubj:pass"); k >= 0 {
				return s.actorsAt(k)
			}
		}
		if t.isVerbal(h) || t.upos[h] == "ADJ" {
			return s.subjects(h, depth+1)
		}
		return s.nominalSource(h)
	case "advcl":
		// "accused Iran of violating…", "jailed a student for helping…":
		// the object of the governing verb is the doer.
		// "prompting Mali's junta to cut ties": the parser's advcl for
		// an object-control verb's open complement; but "called FM
		// Jilani to attend…", "stopped the convoy to search it" can be
		// the subject's purpose.
		// "accusing it of complicity by arming the RSF": how the charge
		// says the accused did it
		if m := t.markOf(v); m == "of" || m == "for" || m == "to" && objectControl[t.lemma[h]] && !purposeToo[t.lemma[h]] || m == "by" && chargeVerbs[t.lemma[h]] {
			for _, k := range t.kids[h] {
				if t.rel[k] == "obj" {
					return s.actorsAt(k)
				}
			}
		}
		// "would not stop the war until Hamas was destroyed", "retaliated
		// after it was attacked": who does the main clause's act is not
		// the agent of a passive clause hung on it.
		if t.passive(v) {
			return nil
		}
		if t.isVerbal(h) {
			return s.subjects(h, depth+1)
		}
	case "acl":
		// "militants … having crossed over" (active participle: the noun
		// acts); a passive participle's noun is acted on.
		if !t.passive(v) && !strings.HasSuffix(t.toks[v].XPOS, "VBN") {
			return s.actorsAt(h)
		}
	case "acl:relcl":
		return nil
	}
	return nil
}

// namesSomeone reports whether gazetteer actor k names an actor of its
// own with a country or a name, not a bare sector ("missiles") nor only a
// patron ("pro-Russia").
func (s *sent) namesSomeone(k int) bool {
	a := s.ownActor(k)
	return a.Code != "" && !isSectorOnly(a)
}

// leftSubject is the fallback subject of a verb the parse gave none
// (a dateline swallowed it, a participle hangs on the wrong word): the
// nearest actor before the verb that is not inside a prepositional phrase
// or another verb's object.
func (s *sent) leftSubject(v int) []Actor {
	t := s.t
	for k := v - 1; k >= 0 && v-k <= 12; k-- {
		if t.upos[k] == "VERB" && t.child(k, "nsubj") >= 0 && !t.inSubtree(v, k) {
			return nil // another clause with its own subject lies between
		}
		if s.tokActor[k] < 0 || s.isPlaceOnly(k) || !s.namesSomeone(s.tokActor[k]) {
			// A generic agent word ("the ministry", "missiles") is too
			// weak a guess.
			continue
		}
		h := k
		// climb to the head of the actor's noun phrase
		for step := 0; step < 4 && t.head[h] >= 0 && s.tokActor[t.head[h]] == s.tokActor[k]; step++ {
			h = t.head[h]
		}
		// "a day after the Pakistani and Iranian navies conducted…": a
		// subordinator read as a preposition swallows the subject of the
		// clause right after it.
		swallowed := adjacentBefore(t, h, v) && subordinator[t.prep(h)]
		switch t.rel[h] {
		case "obj", "iobj", "nsubj:pass":
			continue
		case "obl", "nmod":
			if p := t.prep(h); p != "" && !swallowed {
				continue
			}
		}
		if hasCase(t, h) && !swallowed {
			continue
		}
		if a := s.actorsAt(h); len(a) > 0 {
			return a
		}
	}
	return nil
}

var subordinator = map[string]bool{"after": true, "before": true, "as": true, "since": true, "until": true, "when": true, "while": true}

// adjacentBefore reports whether only adverbs and auxiliaries stand
// between the noun h and the verb v.
func adjacentBefore(t *tree, h, v int) bool {
	if h >= v {
		return false
	}
	for k := h + 1; k < v; k++ {
		switch t.upos[k] {
		case "ADV", "AUX", "PART":
		default:
			return false
		}
	}
	return true
}

// hasCase reports whether h carries a preposition (not a possessive 's).
func hasCase(t *tree, h int) bool {
	for _, k := range t.kids[h] {
		if t.rel[k] == "case" && t.lemma[k] != "'s" && t.lemma[k] != "’s" && t.upos[k] == "ADP" {
			return true
		}
	}
	return false
}

// premodSource is the actor among the words just before a noun, in its
// noun phrase ("Iranian missile and drone strikes" when the parse hangs
// "Iranian" on "missile").
func (s *sent) premodSource(n int) []Actor {
	t := s.t
	for k := n - 1; k >= 0 && n-k <= 6; k-- {
		switch t.upos[k] {
		case "ADJ", "NOUN", "PROPN", "CCONJ", "NUM", "PART":
		default:
			return nil
		}
		if t.upos[k] == "PART" && t.lemma[k] != "'s" && t.lemma[k] != "’s" {
			return nil
		}
		if j := s.tokActor[k]; j >= 0 && !s.isPlaceOnly(k) {
			if s.namesSomeone(j) {
				return []Actor{s.ownActor(j)}
			}
		}
	}
	return nil
}

// participle reports whether v is a past participle modifying a noun
// ("officials accused of…"): passive in meaning though it has no
// auxiliary.
func (s *sent) participle(v int) bool {
	t := s.t
	return (t.rel[v] == "acl" || t.rel[v] == "amod") && strings.HasSuffix(t.toks[v].XPOS, "VBN") && t.child(v, "nsubj") < 0
}

// agent returns the by-phrase of a passive verb, or -1.
func (s *sent) agent(v int) int {
	t := s.t
	for _, k := range t.kids[v] {
		if t.rel[k] == "obl:agent" || t.rel[k] == "nmod:agent" {
			return k
		}
		if (t.base(k) == "obl" || t.base(k) == "nmod") && t.prep(k) == "by" {
			return k
		}
	}
	return -1
}

// nominalOwnSource is the agent a noun names itself: "Iran's strikes",
// "Iranian strikes", "strikes by Iran", "Iran strikes".
func (s *sent) nominalOwnSource(n int) []Actor {
	t := s.t
	for _, rels := range [][]string{{"nmod:poss"}, {"amod", "compound"}} {
		for _, k := range t.kids[n] {
			if !hasRel(t.rel[k], rels) {
				continue
			}
			if s.isPlaceOnly(k) {
				continue
			}
			var a []Actor
			if t.rel[k] == "nmod:poss" && (pronouns[t.lemma[k]] || t.upos[k] == "PRON") {
				a = s.antecedent(k)
			} else {
				a = s.actorsAtDepth(k, 1)
			}
			// "military exercises", "government forces": a sector word
			// classifies the noun; it names no one. But an organ's name
			// before an act says who did it: "an army drone strike", "a
			// police raid" are the army's and the police's, of the state
			// the sentence or else the article is about.
			if len(a) > 0 && t.rel[k] == "compound" && isSectorOnly(a[0]) && s.organWord(k) {
				if len(s.countriesNamed()) > 0 {
					return a // the sentence's country, if one (ofCountry)
				}
				if b, ok := s.ctx.resolve(a[0], true); ok {
					return []Actor{b}
				}
			}
			if len(a) > 0 && !(t.rel[k] != "nmod:poss" && isSectorOnly(a[0])) {
				return a
			}
		}
	}
	for _, k := range t.kids[n] {
		if (t.base(k) == "nmod" || t.rel[k] == "obl:agent") && t.prep(k) == "by" {
			if a := s.actorsAt(k); len(a) > 0 {
				return a
			}
		}
		// "breach of Pakistan's sovereignty by Iran" with the by-phrase
		// hung on the of-phrase
		if t.base(k) == "nmod" && t.prep(k) == "of" {
			for _, b := range t.kids[k] {
				if t.base(b) == "nmod" && t.prep(b) == "by" {
					if a := s.actorsAt(b); len(a) > 0 {
						return a
					}
				}
			}
		}
	}
	// "attacks carried out by Iran": the agent of a passive participle.
	for _, k := range t.kids[n] {
		if t.rel[k] == "acl" && s.p.light[t.lemma[k]] {
			if ag := s.agent(k); ag >= 0 {
				return s.actorsAt(ag)
			}
		}
	}
	return nil
}

// nominalSource is a noun event's agent: its own, or that of the light
// verb it is the object of.
func (s *sent) nominalSource(n int) []Actor {
	if a := s.nominalOwnSource(n); len(a) > 0 {
		return a
	}
	if lv := s.lightVerb(n); lv >= 0 {
		return s.subjects(lv, 0)
	}
	return s.premodSource(n)
}

// ownerMarks are the participles that, hyphenated to a name before
// them, say whose a ship or a company is.
var ownerMarks = map[string]bool{"flagged": true, "owned": true, "registered": true, "operated": true}

// organNouns are the names of a state's organs that, before the name of
// an act, say who did it.
var organNouns = map[string]bool{"army": true, "police": true, "government": true, "navy": true}

// organWord reports whether compound k is an organ's name, or has one
// of its own ("army" in "an army drone strike").
func (s *sent) organWord(k int) bool {
	t := s.t
	if t.upos[k] == "NOUN" && organNouns[t.lemma[k]] {
		return true
	}
	c := t.child(k, "compound")
	return c >= 0 && c < k && t.upos[c] == "NOUN" && organNouns[t.lemma[c]]
}

// isPlaceOnly reports whether token k names a place and no actor
// ("Balochistan strikes": the place struck, not the striker).
func (s *sent) isPlaceOnly(k int) bool {
	if s.tokActor[k] >= 0 {
		return false
	}
	j := s.tokPlace[k]
	return j >= 0 && s.places[j].Entry.Kind == "place"
}

var (
	verbPreps = map[string]bool{"against": true, "on": true, "upon": true, "at": true, "with": true, "into": true, "to": true, "toward": true, "towards": true}
	nounPreps = map[string]bool{"on": true, "against": true, "at": true, "to": true, "with": true, "toward": true, "towards": true, "of": true, "upon": true}
)

// compPreps are the prepositions that name whom a complement's action
// concerns: "to hand over to Britain", "aid for Romania".
var compPreps = map[string]bool{"to": true, "for": true, "with": true, "into": true, "toward": true, "towards": true}

// compRow reads a complement as a verb's target frame: its object, its
// indirect object, a to/for/with-phrase, or its own complement in turn.
var compRow = &row{targets: []targetSpec{{rel: "obj"}, {rel: "iobj"}, {rel: "prep", preps: compPreps}, {rel: "comp"}}}

// ownedNounRow reads the phrases of a noun its possessor owns ("his
// commitment to the Zambian people") for whom it concerns.
var ownedNounRow = &row{targets: []targetSpec{{rel: "prep", preps: nounPreps}}}

// compRowNoObj is compRow without the object, for when the object is the
// promiser's own ("agreed to re-open its borders to UN peacekeepers").
var compRowNoObj = &row{targets: compRow.targets[1:]}

// toComplement reports whether k is an open "to"-complement of its head:
// an xcomp or, by the parser's slip, an advcl marked "to".
func (t *tree) toComplement(k int) bool {
	return t.rel[k] == "xcomp" || t.rel[k] == "advcl" && t.markOf(k) == "to"
}

// locRoot: codes whose target may be the place where they happened.
func locRoot(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "14", "15", "17", "18", "19", "20":
		return true
	}
	return false
}

// targets returns a trigger's target actors.
func (s *sent) targets(tg *trig) []Actor {
	t := s.t
	specs := tg.r.targets
	nominal := s.nominalTrig(tg)
	if len(specs) == 0 {
		if nominal {
			specs = []targetSpec{{rel: "prep", preps: nounPreps}, {rel: "iobj"}}
		} else {
			specs = []targetSpec{{rel: "obj"}, {rel: "iobj"}, {rel: "prep", preps: verbPreps}}
		}
	}
	if locRoot(tg.code) {
		hasLoc := false
		for _, sp := range specs {
			hasLoc = hasLoc || sp.rel == "loc"
		}
		if !hasLoc {
			specs = append(append([]targetSpec(nil), specs...), targetSpec{rel: "loc"})
		}
	}
	for _, sp := range specs {
		var cands []int
		switch sp.rel {
		case "obj":
			if !nominal {
				for _, k := range t.kids[tg.i] {
					if t.rel[k] == "obj" && !t.passive(tg.i) || t.rel[k] == "nsubj:pass" {
						cands = append(cands, k)
						if sp.sub != "" {
							cands = append(cands, t.children(k, "appos")...)
						}
					}
				}
				if len(cands) == 0 && (t.rel[tg.i] == "acl" || t.rel[tg.i] == "amod") && (t.passive(tg.i) || strings.HasSuffix(t.toks[tg.i].XPOS, "VBN")) && t.head[tg.i] >= 0 {
					// "a house struck by an Iranian missile", "attacked
					// targets in Iraq": the noun a participle describes
					// was acted on.
					cands = append(cands, t.head[tg.i])
				}
			} else {
				for _, k := range t.kids[tg.i] {
					if t.rel[k] == "compound" && !s.isPlaceOnly(k) {
						continue
					}
				}
			}
		case "iobj":
			cands = t.children(tg.i, "iobj")
			// "Israel's bombardment has killed 24,000 Palestinians": a
			// noun event that is the subject of a verb hit that verb's
			// object.
			if nominal && t.rel[tg.i] == "nsubj" && t.head[tg.i] >= 0 {
				cands = append(cands, t.children(t.head[tg.i], "obj")...)
			}
		case "xsubj":
			// "urged Pakistan and Iran to exercise restraint" parsed with
			// the urged as the complement's subject
			for _, k := range t.kids[tg.i] {
				switch t.rel[k] {
				case "xcomp", "ccomp", "advcl", "acl":
					if t.rel[k] == "advcl" && t.markOf(k) != "to" {
						continue // "…, saying both should…" is not the urged
					}
					if t.rel[k] == "acl" && t.markOf(k) != "that" {
						continue // "its demand that Israel ease…", not "a plan to…"
					}
					for _, c := range t.kids[k] {
						if t.rel[c] == "nsubj" || t.rel[c] == "nsubj:pass" {
							cands = append(cands, c)
						}
					}
				}
			}
		case "comp":
			// "agreed to re-open its borders to UN peacekeepers", "is
			// willing to send material to help defend Saudi Arabia": the
			// complement's own arguments, through a chain of them.
			if tg.depth < 3 {
				srcs := s.sources(tg)
				for _, k := range t.kids[tg.i] {
					if !t.toComplement(k) {
						continue
					}
					for _, r := range []*row{compRow, compRowNoObj} {
						sub := &trig{i: k, light: -1, r: r, code: tg.code, depth: tg.depth + 1}
						// a bare sector ("officials", "forces") names no
						// party, and the promiser's own is none either
						if a := s.targets(sub); len(a) > 0 && !allSectorOnly(a) && !allLoop(a, srcs) {
							return a
						}
					}
				}
			}
			continue
		case "prep":
			cands = s.prepArgs(tg.i, sp.preps)
			if tg.light >= 0 {
				cands = append(cands, s.prepArgs(tg.light, sp.preps)...)
			}
			// "The move followed Iran's strikes against Jaish al-Adl" with
			// the against-phrase hung on the verb: directional
			// prepositions belong to the event noun.
			if nominal && tg.light < 0 && t.head[tg.i] >= 0 && t.rel[tg.i] == "obj" && s.match(t.head[tg.i]) == nil {
				for _, k := range s.prepArgs(t.head[tg.i], sp.preps) {
					switch t.prep(k) {
					case "against", "on", "upon":
						cands = append(cands, k)
					}
				}
			}
			// "held talks with X", "ratified an agreement with Y": the
			// phrase often hangs on the object. Not for verdicts on an
			// event ("condemned the attack on X" does not condemn X).
			if !nominal && !tg.r.claim {
				for _, o := range s.objects(tg.i) {
					cands = append(cands, s.prepArgs(o, sp.preps)...)
					// "lifted the restrictions it imposed on Australian
					// goods": or on the clause that tells of the object
					for _, r := range t.children(o, "acl:relcl") {
						cands = append(cands, s.prepArgs(r, sp.preps)...)
					}
				}
			}
		case "loc":
			// "Two Azerbaijani brothers died during a police raid in
			// Yekaterinburg": who fell in it, before where it was
			if nominal && violent(tg.code) && !tg.r.sym && !tg.r.mutual {
				if a := s.actorsAt(s.fallen(tg.i)); len(a) > 0 {
					return a
				}
			}
			// "an attack targeting non-Muslims at a mall in Kenya": a
			// violent participle names whom a violent noun hit.
			if nominal && violent(tg.code) && depthOK(tg) {
				for _, k := range t.kids[tg.i] {
					if t.rel[k] != "acl" {
						continue
					}
					if r := s.match(k); r != nil && violent(r.code) {
						sub := &trig{i: k, light: -1, r: r, code: r.code, depth: tg.depth + 1}
						if a := s.targets(sub); len(a) > 0 {
							return a
						}
					}
				}
			}
			if p := s.location(tg); p != nil && p.Country != "" {
				if o := s.civilianPlace(tg); o >= 0 {
					return []Actor{civiliansAt(s.countryActor(p), t.toks[o].Form)}
				}
				return s.locTargets(tg, s.countryActor(p))
			}
			continue
		}
		for _, c := range cands {
			c = s.freeRel(c)
			// "targeted the airport with a Burkan missile": what an act
			// is done with is its instrument, not its target
			if sp.sub == "" && t.prep(c) == "with" && weapons[t.lemma[c]] {
				continue
			}
			// "A US drone strike at Baghdad airport killed Soleimani": the
			// place an event noun's at-phrase names is where it was,
			// when the verb it is the subject of names whom it hit
			if nominal && t.prep(c) == "at" && s.placeAt(c, 2) >= 0 && t.rel[tg.i] == "nsubj" && t.head[tg.i] >= 0 && t.child(t.head[tg.i], "obj") >= 0 {
				continue
			}
			if sp.sub != "" {
				c = s.subArg(c, sp.sub)
				if c < 0 {
					continue
				}
			}
			if a := s.actorsAt(c); len(a) > 0 {
				// "reneged on his commitment to the Zambian people": a
				// noun the source owns is no target; whom it concerns is
				// in the noun's own phrase.
				if poss := t.child(c, "nmod:poss"); poss >= 0 && t.upos[poss] == "PRON" && depthOK(tg) {
					if srcs := s.sources(tg); allLoop(a, srcs) {
						sub := &trig{i: c, light: -1, r: ownedNounRow, code: tg.code, depth: tg.depth + 1}
						if b := s.targets(sub); len(b) > 0 && !allLoop(b, srcs) {
							return b
						}
					}
				}
				// "missile attacks on spy headquarters and terrorist
				// targets in Syria": a target named only by a sector word
				// is better known by the country where it was hit.
				if allSectorOnly(a) && locRoot(tg.code) {
					if p := s.location(tg); p != nil && p.Country != "" {
						if h := s.atHome(tg, p, a); h != nil {
							return h
						}
						return s.locTargets(tg, s.countryActor(p))
					}
					if p := s.deepPlace(tg); p != nil {
						if h := s.atHome(tg, p, a); h != nil {
							return h
						}
						return []Actor{s.countryActor(p)}
					}
				}
				return a
			}
			// "Pakistani troops attacked militant hideouts in Balochistan":
			// what a sector word classifies is, at home, that sector.
			if locRoot(tg.code) {
				if sector := s.classifier(c); len(sector) > 0 {
					if p := s.location(tg); p != nil && p.Country != "" {
						if h := s.atHome(tg, p, sector); h != nil {
							return h
						}
					}
				}
			}
			// "Russia shelled Kharkiv", "shelled the outskirts of
			// Kharkiv": a place attacked is its country, as is a place
			// left ("withdraw from southern Lebanon"), sanctioned
			// ("sanctions on Iraqi Kurdistan") or dealt with ("an
			// agreement with the breakaway region of Somaliland").
			if (sp.rel == "obj" || sp.rel == "prep") && sp.sub == "" {
				if j := s.placeAt(c, 2); j >= 0 {
					if p := s.placeOf(j); p.Country != "" {
						return s.locTargets(tg, s.countryActor(p))
					}
				}
			}
			if ev := s.match(c); ev != nil && sp.sub == "" && c != tg.i {
				// "condemned Iran's strikes": the target of a verdict on
				// an event is the event's agent; "claimed responsibility
				// for an attack on X": the target is the attack's.
				if tg.r.claim {
					if a := s.nominalOwnSource(c); len(a) > 0 {
						return a
					}
					if a := s.doneBefore(c, ev); len(a) > 0 {
						return a
					}
				} else if depthOK(tg) {
					sub := &trig{i: c, light: -1, r: ev, code: ev.code, depth: tg.depth + 1}
					if a := s.targets(sub); len(a) > 0 {
						return a
					}
				}
			}
		}
	}
	return nil
}

// atHome is the sector-only actors a, acted on where the trigger's
// sources are a state's own organs, its people, or of no country, as that
// state's sectors: "Nigerian police arrested protesters in Lagos" are
// Nigerian protesters, not Nigeria, which would make the arrest a state
// acting on itself; "Iraqi militants attacked police in Baghdad" attacked
// Iraq's police; "a journalist has been killed in Beirut" is a Lebanese
// journalist. nil when the place is abroad to the sources or a is empty.
func (s *sent) atHome(tg *trig, p *Place, a []Actor) []Actor {
	if len(a) == 0 {
		return nil
	}
	c := s.countryActor(p)
	// an attack no one is named for is by unidentified attackers of
	// the place (events), at home there too
	srcs := s.sources(tg)
	byPlace := len(srcs) == 0 && byPlaceRoot(tg.code) && s.unattributed(tg)
	if !byPlace && !fromCountry(c.Country, srcs) && !allSectorOnly(srcs) {
		return nil
	}
	return replaceActors(a, func(x Actor) (Actor, bool) { return withCountry(x, c), true })
}

// fromCountry reports whether one of as is of country c.
func fromCountry(c string, as []Actor) bool {
	if c == "" {
		return false
	}
	for _, a := range as {
		if a.Country == c {
			return true
		}
	}
	return false
}

// classifier is the sector a bare sector word modifying noun k names
// ("militant hideouts", "rebel positions"), or nil.
func (s *sent) classifier(k int) []Actor {
	t := s.t
	for _, m := range t.kids[k] {
		if t.rel[m] != "amod" && t.rel[m] != "compound" {
			continue
		}
		if got := s.actorsAtDepth(m, 1); len(got) > 0 && allSectorOnly(got) {
			return got
		}
	}
	return nil
}

// onArmedGroups reports whether violent event e was on armed groups: its
// target is one, or its trigger's object is classified as theirs
// ("rebel positions", "militant hideouts").
func (s *sent) onArmedGroups(e Event) bool {
	if armedGroupSectors[sectorOf(*e.Target)] {
		return true
	}
	t := s.t
	for k := e.TriggerFirst; k <= e.TriggerLast && k < t.n; k++ {
		for _, o := range s.objects(k) {
			if c := s.classifier(o); len(c) > 0 && armedGroupSectors[c[0].Code] {
				return true
			}
		}
	}
	return false
}

// armedGroupSectors are the sectors of armed men who are no state's.
var armedGroupSectors = map[string]bool{"REB": true, "UAF": true, "RAD": true, "CRM": true}

// violentAt reports whether token i is a trigger of force or violence.
func (s *sent) violentAt(i int) bool {
	r := s.match(i)
	return r != nil && violent(r.code)
}

func depthOK(tg *trig) bool { return tg.depth < 3 }

// allLoop reports whether every actor of as would be a self-loop with
// one of others.
func allLoop(as, others []Actor) bool {
	for _, a := range as {
		if !loopsWith(a, others) {
			return false
		}
	}
	return len(as) > 0
}

func allSectorOnly(as []Actor) bool {
	for _, a := range as {
		if !isSectorOnly(a) {
			return false
		}
	}
	return len(as) > 0
}

// stateActor is country as an actor that names no words of the
// sentence, with its gazetteer row for the evidence.
func (s *sent) stateActor(country string) Actor {
	return s.countryActor(&Place{Country: country, First: -1, Last: -1})
}

// countryActor is the state a place belongs to, as an actor.
func (s *sent) countryActor(p *Place) Actor {
	a := Actor{Name: p.Name, Code: p.Country, Country: p.Country, Kind: "country",
		First: p.First, Last: p.Last, Start: p.Start, End: p.End}
	if c := s.c.g.Country(p.Country); c != nil {
		a.Name = c.Name
		if c.Source != "" {
			a.Sources = []string{c.Source}
		}
	}
	return a
}

// freeRel resolves a free relative to what it names: "what it described
// as bases" is the bases, "what it called terrorists" the terrorists,
// "what it said were Hezbollah targets" the targets.
func (s *sent) freeRel(c int) int {
	t := s.t
	if c < 0 || t.lemma[c] != "what" {
		return c
	}
	for _, r := range t.kids[c] {
		if t.rel[r] != "acl:relcl" && t.rel[r] != "acl" {
			continue
		}
		for _, k := range t.kids[r] {
			if (t.base(k) == "obl" || t.base(k) == "nmod") && t.prep(k) == "as" || t.rel[k] == "xcomp" || t.rel[k] == "obj" && k != c ||
				t.rel[k] == "ccomp" && t.isNominal(k) && t.child(k, "cop") >= 0 {
				return k
			}
		}
	}
	return c
}

// civilianPlaces are places where people live, gather or are cared for:
// violence that hits one ("Syrian jets bombed a market in Idlib") hits
// the people of the place, not the state, whoever did it.
var civilianPlaces = map[string]bool{"market": true, "village": true, "home": true, "house": true,
	"hospital": true, "clinic": true, "school": true, "mosque": true, "church": true, "temple": true,
	"neighbourhood": true, "neighborhood": true, "bakery": true, "shelter": true, "wedding": true,
	"funeral": true, "marketplace": true, "residence": true, "beach": true, "restaurant": true, "hotel": true,
	"cafe": true, "café": true, "stadium": true}

// civilianPlace is the object of violent trigger tg that names a
// civilian place and no one's, or -1. Taking or besieging a place (191,
// 192) is against the state that holds it.
func (s *sent) civilianPlace(tg *trig) int {
	t := s.t
	if !byPlaceRoot(tg.code) || strings.HasPrefix(tg.code, "191") || strings.HasPrefix(tg.code, "192") {
		return -1
	}
	var cands []int
	if t.isNominal(tg.i) && tg.light < 0 {
		cands = s.prepArgs(tg.i, map[string]bool{"on": true, "at": true, "against": true})
	} else {
		cands = s.objects(tg.i)
	}
	for _, o := range cands {
		if civilianPlaces[t.lemma[o]] && s.tokActor[o] < 0 && len(s.actorsAt(o)) == 0 {
			return o
		}
	}
	return -1
}

// civiliansAt is the people of the state c, hit at the place word
// names: "a market in Idlib" is Syria's civilians.
func civiliansAt(c Actor, word string) Actor {
	return Actor{Name: c.Name + " civilians (" + word + ")", Code: c.Country + "CVL", Country: c.Country, Role: "civilians", Kind: "agent",
		First: c.First, Last: c.Last, Start: c.Start, End: c.End, Sources: c.Sources}
}

// locTargets: all the countries of coordinated places ("attacks in Iraq
// and Syria").
func (s *sent) locTargets(tg *trig, first Actor) []Actor {
	out := []Actor{first}
	for _, p := range s.locations(tg) {
		if p.Country != "" && p.Country != first.Country {
			out = append(out, s.countryActor(p))
		}
	}
	return dedupActors(out)
}

// prepArgs returns the prepositional dependents of i with one of preps.
func (s *sent) prepArgs(i int, preps map[string]bool) []int {
	t := s.t
	var out []int
	for _, k := range t.kids[i] {
		switch t.base(k) {
		case "obl", "nmod", "iobj":
		default:
			continue
		}
		if t.rel[k] == "nmod:poss" || t.rel[k] == "obl:tmod" || t.rel[k] == "nmod:tmod" {
			continue
		}
		if p := t.prep(k); p != "" && (preps == nil || preps[p]) {
			out = append(out, k)
		}
	}
	return out
}

// subArg follows a sub-relation from an argument: the possessor, the
// adjective, or a prepositional phrase of a noun (or of its apposition).
func (s *sent) subArg(c int, sub string) int {
	// "of>from": a path of dependents, one step at a time
	if first, rest, ok := strings.Cut(sub, ">"); ok {
		if c = s.subArg(c, first); c < 0 {
			return -1
		}
		return s.subArg(c, rest)
	}
	t := s.t
	kids := t.kids[c]
	for _, a := range t.children(c, "appos") {
		kids = append(append([]int(nil), kids...), t.kids[a]...)
	}
	sector := -1 // "a criminal Israeli aggression": a sector adjective, if no one is named
	for _, k := range kids {
		switch sub {
		case "poss":
			if t.rel[k] == "nmod:poss" {
				return k
			}
		case "amod":
			if (t.rel[k] == "amod" || t.rel[k] == "compound") && (s.tokActor[k] >= 0 || len(s.actorsAtDepth(k, 0)) > 0) {
				if t.upos[k] == "ADJ" && allSectorOnly(s.actorsAtDepth(k, 0)) {
					if sector < 0 {
						sector = k
					}
					continue
				}
				return k
			}
			// "a British-flagged tanker", "an Israeli-owned ship": the
			// flag or the owner says whose it is
			if (t.rel[k] == "amod" || t.rel[k] == "compound") && ownerMarks[t.lemma[k]] {
				for _, m := range t.kids[k] {
					if (t.rel[m] == "amod" || t.rel[m] == "compound") && s.tokActor[m] >= 0 {
						return m
					}
				}
			}
		default:
			if (t.base(k) == "nmod" || t.base(k) == "obl") && t.prep(k) == sub {
				return k
			}
		}
	}
	if sector >= 0 {
		return sector
	}
	// "part of a military aid program for Bosnia": a measure noun's
	// contents have the phrases
	if k := t.contents(c); k >= 0 && sub != "of" {
		return s.subArg(k, sub)
	}
	return -1
}

// otherActor is the fallback target of a threat or warning that names no
// target: the one actor of the sentence that is not the source.
func (s *sent) otherActor(i int, srcs []Actor) []Actor {
	src := map[string]bool{}
	for _, a := range srcs {
		src[a.Country] = true
		src[a.Code] = true
	}
	var found []Actor
	for k := range s.actors {
		a := s.ownActor(k)
		if a.Country == "" || src[a.Country] || src[a.Code] {
			continue
		}
		found = append(found, a)
	}
	found = dedupActors(found)
	if len(found) == 1 {
		return found
	}
	return nil
}

// partnerBefore is the state the article last told the sources' state
// acting with or on, or being acted on by: "Russia's foreign ministry
// summoned the U.S. ambassador… Zakharova said Moscow would retaliate".
func (s *sent) partnerBefore(srcs []Actor) []Actor {
	if s.ctx == nil || len(srcs) == 0 {
		return nil
	}
	c := srcs[0].Country
	for _, a := range srcs[1:] {
		if a.Country != c {
			return nil
		}
	}
	// learn stores no partner of "" and gives the partners no words of
	// this sentence (First, Last -1)
	p, ok := s.ctx.partner[c]
	if !ok {
		return nil
	}
	return []Actor{p}
}

// locPreps introduce the place where something happened.
var locPreps = map[string]bool{"in": true, "inside": true, "outside": true, "near": true, "at": true, "across": true, "within": true, "over": true, "throughout": true, "along": true, "on": true, "off": true}

// innerPlaces are the places named in the locative phrases of noun c,
// as indices into places. A noun the parser hung on c without a
// preposition lends its phrases too: "on \"spy headquarters\" and
// \"terrorist\" targets in Syria" read with "targets" on "headquarters".
// So does the name of c that the gazetteer does not know: "in the
// village of Tudun Biri in Kaduna state".
func (s *sent) innerPlaces(c int) []int {
	t := s.t
	ds := s.withNameKids(c)
	for _, d := range t.kids[c] {
		if t.rel[d] == "nmod" && t.upos[d] == "NOUN" && t.prep(d) == "" && s.tokActor[d] < 0 {
			ds = append(append([]int(nil), ds...), t.kids[d]...)
		}
	}
	var out []int
	for _, d := range ds {
		if (t.base(d) != "nmod" && t.base(d) != "obl") || !locPreps[t.prep(d)] {
			continue
		}
		for _, dc := range t.conjuncts(d) {
			if j := s.placeAt(dc, 2); j >= 0 {
				out = append(out, j)
			}
		}
	}
	return out
}

// placeInPhrases is the first place, in sentence order, named in a
// locative phrase anywhere under token a, or -1.
func (s *sent) placeInPhrases(a int) int {
	t := s.t
	lo, hi := t.span(a)
	for i := lo; i <= hi; i++ {
		j := s.tokPlace[i]
		if j < 0 || !t.inSubtree(i, a) {
			continue
		}
		for h := i; h != a && h >= 0; h = t.head[h] {
			if (t.base(h) == "obl" || t.base(h) == "nmod") && locPreps[t.prep(h)] {
				return j
			}
		}
	}
	return -1
}

// withNameKids are the dependents of h and of its name, when the
// gazetteer does not know the name: "the town of Laukkai in Myanmar"
// says where the town is through "Laukkai".
func (s *sent) withNameKids(h int) []int {
	t := s.t
	ks := t.kids[h]
	for _, d := range t.kids[h] {
		if t.rel[d] == "nmod" && t.upos[d] == "PROPN" && t.prep(d) == "of" && s.tokPlace[d] < 0 && s.tokActor[d] < 0 {
			ks = append(append([]int(nil), ks...), t.kids[d]...)
		}
	}
	return ks
}

// location returns where the event happened: the first place named in a
// locative phrase of the trigger, its light verb or its object.
func (s *sent) location(tg *trig) *Place {
	ps := s.locations(tg)
	if len(ps) == 0 {
		return nil
	}
	return ps[0]
}

// locations are the places of a trigger's locative phrases, in order;
// the event and its target paths all ask, so they are found once.
func (s *sent) locations(tg *trig) []*Place {
	if tg.locs == nil {
		ps := s.findLocations(tg)
		tg.locs = &ps
	}
	return *tg.locs
}

func (s *sent) findLocations(tg *trig) []*Place {
	t := s.t
	heads := []int{tg.i}
	if tg.light >= 0 {
		heads = append(heads, tg.light)
	}
	for _, k := range s.objects(tg.i) {
		heads = append(heads, k, s.freeRel(k))
	}
	for _, k := range t.kids[tg.i] {
		switch {
		case t.rel[k] == "acl" && (s.p.light[t.lemma[k]] || s.violentAt(k)):
			// "attacks carried out by Iran in Syria": the participle's place
			heads = append(heads, k)
		case t.isVerbal(tg.i) && t.base(k) == "obl" && t.prep(k) == "with" && t.upos[k] == "NOUN":
			// "hit back with strikes on hideouts in Iran": the place of
			// what the event was done with
			heads = append(heads, k)
		}
	}
	if (t.rel[tg.i] == "amod" || t.rel[tg.i] == "acl") && t.head[tg.i] >= 0 && t.isVerbal(tg.i) {
		heads = append(heads, t.head[tg.i])
	}
	if tg.light < 0 && t.rel[tg.i] == "nsubj" && t.head[tg.i] >= 0 {
		heads = append(heads, t.head[tg.i])
	}
	// "killed in Israeli shelling in the east of Gaza": a noun event in an
	// adverbial of a verb happened where the verb did.
	if tg.light < 0 && t.isNominal(tg.i) && (t.base(tg.i) == "obl" || t.base(tg.i) == "nmod") && t.head[tg.i] >= 0 && t.isVerbal(t.head[tg.i]) {
		heads = append(heads, t.head[tg.i])
	}
	// "A minefield explosion near Samarra killed two youths": where the
	// subject, a happening that names no one, took place is where the
	// verb's event did.
	if tg.light < 0 && t.isVerbal(tg.i) {
		if k := t.child(tg.i, "nsubj"); k >= 0 && t.upos[k] == "NOUN" && s.tokActor[k] < 0 {
			heads = append(heads, k)
		}
	}
	var out []*Place
	seen := map[int]bool{}
	for _, h := range heads {
		for _, k := range s.withNameKids(h) {
			switch t.base(k) {
			case "obl", "nmod":
			default:
				continue
			}
			// "airstrikes against terrorist hideouts in Iran": what the
			// event is against is no place, but where it is, is
			against := t.prep(k) == "against"
			if !locPreps[t.prep(k)] && !against {
				continue
			}
			for _, c := range t.conjuncts(k) {
				j := -1
				if !against {
					j = s.placeAt(c, 2)
				}
				// "sanctions on three US defence companies": a country
				// modifying someone says whose they are, not where; but
				// "strikes on Iranian military bases" hit Iran
				if j >= 0 && j != s.tokPlace[c] && s.places[j].Entry.Kind == "country" && s.tokActor[c] >= 0 && !locRoot(tg.code) {
					j = -1
				}
				if j < 0 && (s.isTemporal(c) || isTerritory(t.lemma[c]) || t.upos[c] == "NOUN" && s.tokActor[c] < 0 && !(t.prep(k) == "on" && strings.HasPrefix(tg.code, "04"))) {
					// "in recent days in Syria and Iraq", "rioted at this
					// jail in northern Israel"; but a meeting "on the
					// unrest in Iran" is about Iran, not in it
					for _, jj := range s.innerPlaces(c) {
						if !seen[jj] {
							seen[jj] = true
							out = append(out, s.placeOf(jj))
						}
					}
				}
				if j < 0 {
					// "on Iranian soil", "in Pakistani territory". A
					// border is placed only by whose it is ("its border",
					// "Pakistan's border"): "near the Algerian border" is
					// as likely on this side of it as on Algeria's; and
					// "across its border" is the other side of it.
					if p := t.prep(k); t.lemma[c] == "border" && (p == "across" || p == "beyond" || t.child(c, "nmod:poss") < 0) {
						continue
					}
					if a := s.actorsAtDepth(c, 1); len(a) > 0 && a[0].Country != "" && isTerritory(t.lemma[c]) {
						out = append(out, &Place{Name: t.toks[c].Form, Country: a[0].Country, First: c, Last: c, Start: t.toks[c].Start, End: t.toks[c].End})
					}
					continue
				}
				if seen[j] {
					continue
				}
				seen[j] = true
				out = append(out, s.placeOf(j))
			}
		}
	}
	// "killed 85 civilians gathered for a festival in the village of
	// Tudun Biri in Kaduna state": where the victims of violence were,
	// as a participle of theirs says, is where the violence happened,
	// when no phrase of the event's own names a place.
	if len(out) == 0 && t.isVerbal(tg.i) && byPlaceRoot(tg.code) {
		for _, o := range s.objects(tg.i) {
			for _, a := range t.kids[o] {
				if t.rel[a] != "acl" || t.upos[a] != "VERB" {
					continue
				}
				if j := s.placeInPhrases(a); j >= 0 {
					out = append(out, s.placeOf(j))
					return out
				}
			}
		}
	}
	// "attend the Beijing Olympics", "bombed the Kabul airport": a place
	// named as a compound of what the event acts on, when no phrase names
	// one; not the nationality of people acted on ("killed three US
	// servicemen") nor of what they own.
	if len(out) == 0 && !t.isNominal(tg.i) {
		for _, o := range s.objects(tg.i) {
			// "ended the 2015 Algiers peace agreement": an accord named
			// after where it was signed is dealt with anywhere
			if s.tokActor[o] >= 0 || namedAccords[t.lemma[o]] {
				continue
			}
			for _, k := range t.kids[o] {
				if t.rel[k] != "compound" || k > o {
					continue
				}
				// a country so named is whose the object is ("rejected
				// a US invitation"), not where
				if j := s.placeAt(k, 0); j >= 0 && !seen[j] && s.places[j].Entry.Kind != "country" {
					seen[j] = true
					out = append(out, s.placeOf(j))
				}
			}
		}
	}
	return out
}

// namedAccords are the agreements news names after the city they were
// made in ("the Minsk agreements", "the Algiers accord").
var namedAccords = map[string]bool{"agreement": true, "accord": true, "accords": true, "deal": true, "treaty": true,
	"pact": true, "protocol": true, "process": true, "format": true, "declaration": true, "convention": true}

// deepPlace looks further for where a violent event happened: a place
// in an in-phrase anywhere below the trigger (or its light verb), for a
// target named only by a sector word ("terrorist targets in Syria" when
// the parse hangs the targets on the verb).
func (s *sent) deepPlace(tg *trig) *Place {
	t := s.t
	root := tg.i
	if tg.light >= 0 {
		root = tg.light
	}
	var found *Place
	var walk func(i, depth int)
	walk = func(i, depth int) {
		if found != nil || depth > 3 {
			return
		}
		for _, k := range t.kids[i] {
			if t.rel[k] == "acl:relcl" || t.rel[k] == "parataxis" || t.rel[k] == "ccomp" {
				continue
			}
			if (t.base(k) == "obl" || t.base(k) == "nmod") && (t.prep(k) == "in" || t.prep(k) == "inside") {
				if j := s.placeAt(k, 2); j >= 0 {
					if p := s.placeOf(j); p.Country != "" {
						found = p
						return
					}
				}
			}
			walk(k, depth+1)
		}
	}
	walk(root, 0)
	return found
}

func isTerritory(l string) bool {
	switch l {
	case "soil", "territory", "land", "airspace", "border", "side", "province", "region", "city", "town", "village", "area":
		return true
	}
	return false
}

// modalityFull is modality, also telling which verb makes the event a
// claim (-1 for none, or "according to") and whether the event is
// announced with "will" (or a reported "would", the same "will" in
// indirect speech): the mark of an intention, as opposed to a mere
// schedule ("is due to").
func (s *sent) modalityFull(tg *trig) (string, *Actor, int, bool) {
	t := s.t
	heads := []int{tg.i}
	if tg.light >= 0 {
		heads = append(heads, tg.light)
	}
	negated := false
	for _, h := range heads {
		if s.negated(h) {
			negated = true
		}
	}
	// Walk up the clauses above the trigger: a denial, a report, a modal
	// or a plan there colours the event.
	var claimBy *Actor
	claimVerb := -1
	claimed, denied, hypo, future := false, negated, false, false
	will, would := false, false
	modalHeads := heads // the verbs whose auxiliaries say how sure
	for _, h := range heads {
		if s.modal(h, s.p.hypo) {
			hypo = true
		}
		if s.modal(h, s.p.future) {
			future = true
		}
		wl, wd := t.futureAux(h)
		will, would = will || wl, would || wd
	}
	cur := heads[len(heads)-1]
	for step := 0; step < t.n; step++ {
		par := t.head[cur]
		if par < 0 {
			break
		}
		rel := t.rel[cur]
		l := t.lemma[par]
		mark := t.markOf(cur)
		// "accused Iran of violating…": a clause marked "of" is what
		// the verb charges
		clausal := rel == "ccomp" || rel == "xcomp" || rel == "parataxis" || rel == "advcl" && (mark == "that" || mark == "" || mark == "of" || mark == "by" && chargeVerbs[l]) || rel == "obj" || rel == "csubj" || rel == "nsubj"
		if clausal {
			switch {
			// "…had failed, blaming Addis Ababa", "denied the report,
			// accusing Pakistan of lying": a participle set off by a
			// comma says more; it is not what is denied
			case s.p.deny[l] && rel != "nsubj" && !(rel == "advcl" && mark == "" && t.commaBefore(cur)):
				denied = true
			// A verdict on an event ("condemned Iran's strikes") takes
			// it as given; only what a verdict states in a clause
			// ("accused Iran of violating…") is its claim.
			// The speaker is no part of what is said: "The United
			// States, which has carried out drone strikes…, said…".
			// Nor is a participle set off by a comma what is said:
			// "suggested it had given the rebels information, prompting
			// Mali to cut ties" tells what followed.
			case (s.p.say[l] || s.matchClaim(par) && rel != "obj") && rel != "nsubj" && !(rel == "advcl" && mark == "" && t.commaBefore(cur)):
				if !claimed {
					claimed, claimVerb = true, par
					if a := s.subjects(par, 0); len(a) > 0 {
						ac := a[0]
						claimBy = &ac
					}
				}
			case s.p.hypo[l]:
				hypo = true
			case s.p.future[l] && rel == "xcomp":
				future = true
			}
			if s.modal(par, s.p.hypo) && !claimed {
				hypo = true
				// "said Tehran would continue to support": the reported
				// "would" of the verb the event is the complement of
				if rel == "xcomp" {
					_, wd := t.futureAux(par)
					would = would || wd
					modalHeads = append(modalHeads, par)
				}
			}
			if s.modal(par, s.p.future) && !claimed && rel == "xcomp" {
				future = true
			}
		}
		// "had no intention of threatening Greece", "has no plans to
		// attack": an act a noun of intention names in its clause is
		// denied when the noun is negated, planned or possible as the
		// noun says when not ("plans to attack", "the risk of attacking")
		if rel == "acl" && t.isNominal(par) && !claimed && (mark == "to" || mark == "of") {
			switch {
			case t.det(par) == "no":
				denied = true
			case s.p.future[l]:
				future = true
			case s.p.hypo[l]:
				hypo = true
			}
		}
		// "will meet in Zurich to discuss trade": what a plan is for is
		// no more done than the plan; a purpose clause takes the
		// modality of the verb it serves.
		if rel == "advcl" && mark == "to" && !claimed {
			if s.modal(par, s.p.hypo) {
				hypo = true
			}
			if s.modal(par, s.p.future) {
				future = true
				wl, _ := t.futureAux(par)
				will = will || wl
			}
		}
		cur = par
	}
	if by := s.accordingTo(tg); by != nil && !claimed {
		claimed, claimBy = true, by
	}
	// "Israel announced it would free…": in reported speech "would" is
	// the speaker's "will", not a hypothesis.
	if would && claimed && !negated {
		onlyWould := true
		for _, h := range modalHeads {
			for _, k := range t.kids[h] {
				if t.rel[k] == "aux" && s.p.hypo[t.lemma[k]] && t.lemma[k] != "would" {
					onlyWould = false
				}
			}
		}
		if onlyWould {
			hypo, future, will = false, true, true
		}
	}
	// A threat row's event is the threat: it stands as made unless
	// denied ("did not threaten", "had no intention of threatening").
	if tg.r.threat && !denied {
		return "threatened", nil, -1, false
	}
	switch {
	case denied:
		return "denied", claimBy, claimVerb, will
	case hypo:
		return "hypothetical", claimBy, claimVerb, will
	case future:
		return "future", claimBy, claimVerb, will
	case claimed:
		return "claimed", claimBy, claimVerb, will
	}
	return "asserted", nil, -1, will
}

// matchClaim reports whether token i is a trigger whose row makes what it
// embeds a claim ("accused X of…").
func (s *sent) matchClaim(i int) bool {
	r := s.match(i)
	return r != nil && r.claim
}

// negated reports whether h carries a negation: "not", "never", a "no"
// determiner on its object or subject, "none of…" as its subject.
func (s *sent) negated(h int) bool {
	t := s.t
	for _, k := range t.kids[h] {
		l := t.lemma[k]
		switch t.rel[k] {
		case "advmod", "neg", "aux", "cc:preconj":
			if s.p.neg[l] {
				return true
			}
		case "nsubj", "nsubj:pass", "obj":
			if l == "none" || l == "nobody" || l == "nothing" {
				return true
			}
			for _, d := range t.kids[k] {
				if t.rel[d] == "det" && (t.lemma[d] == "no" || t.lemma[d] == "neither") {
					return true
				}
			}
		case "det":
			if l == "no" {
				return true
			}
		}
		if strings.Contains(t.toks[k].Feats, "Polarity=Neg") && (t.rel[k] == "advmod" || t.rel[k] == "aux") {
			return true
		}
	}
	return false
}

// modal reports whether h has an auxiliary, adjective or governing word
// from set: "would strike", "a possible retaliation".
func (s *sent) modal(h int, set map[string]bool) bool {
	t := s.t
	for _, k := range t.kids[h] {
		switch t.rel[k] {
		case "aux", "mark", "amod", "advmod":
			if set[t.lemma[k]] {
				return true
			}
		}
	}
	// "a response is possible": the noun is the subject of a modal adjective.
	if p := t.head[h]; p >= 0 && t.rel[h] == "nsubj" && t.upos[p] == "ADJ" && set[t.lemma[p]] {
		return true
	}
	return false
}

// accordingTo finds "according to X" in the trigger's clause.
func (s *sent) accordingTo(tg *trig) *Actor {
	t := s.t
	cur := tg.i
	if tg.light >= 0 {
		cur = tg.light
	}
	for step := 0; cur >= 0 && step < t.n; step++ {
		for _, k := range t.kids[cur] {
			if t.base(k) != "obl" && t.base(k) != "nmod" && t.base(k) != "advmod" {
				continue
			}
			p := t.prep(k)
			if p == "according to" || p == "to" && s.hasChild(k, "according") || t.lemma[k] == "according" {
				arg := k
				if t.lemma[k] == "according" {
					for _, c := range t.kids[k] {
						if t.base(c) == "obl" || t.base(c) == "nmod" {
							arg = c
						}
					}
				}
				if a := s.actorsAt(arg); len(a) > 0 {
					ac := a[0]
					return &ac
				}
			}
		}
		cur = t.head[cur]
	}
	return nil
}

func (s *sent) hasChild(i int, lemma string) bool {
	for _, k := range s.t.kids[i] {
		if s.t.lemma[k] == lemma {
			return true
		}
	}
	return false
}

// temporal words head a time expression.
var temporal = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true,
	"morning": true, "afternoon": true, "evening": true, "night": true, "overnight": true, "weekend": true,
	"today": true, "yesterday": true, "tomorrow": true, "tonight": true, "earlier": true, "later": true,
	"hour": true, "hours": true, "dawn": true, "midnight": true, "noon": true,
}

// timeOf finds the temporal modifier of the event: of the trigger, its
// light verb or, for a noun, the verb it depends on.
func (s *sent) timeOf(tg *trig) (int, int) {
	t := s.t
	for _, h := range s.timeHeads(tg) {
		for _, k := range t.kids[h] {
			r := t.rel[k]
			ok := false
			switch {
			case (r == "obl:tmod" || r == "nmod:tmod" || r == "obl:npmod" || r == "obl:unmarked" || r == "nmod:unmarked" || r == "nmod:npmod") && s.isTemporal(k):
				ok = true
			case (r == "nmod:poss" || r == "compound" || r == "amod") && h == tg.i && t.isNominal(h) && s.isTemporal(k) && !s.duration(k):
				// "last night's breach", "the December raid"; not "a
				// two-day visit"
				ok = true
			case (t.base(k) == "obl" || t.base(k) == "nmod") && s.isTemporal(k):
				switch t.prep(k) {
				case "on", "in", "at", "during", "since", "by", "before", "after", "until", "last", "from", "":
					ok = true
				}
			case r == "advmod" && temporal[t.lemma[k]]:
				ok = true
			}
			if ok {
				return t.span(k)
			}
		}
	}
	// A time the parser hung on a clause that only describes an
	// argument and is no event is the event's ("fired missiles at bases
	// hosting US troops early on Wednesday").
	for _, h := range s.timeHeads(tg) {
		for _, o := range t.kids[h] {
			if t.base(o) != "obl" && t.base(o) != "obj" {
				continue
			}
			for _, k := range t.kids[o] {
				if t.rel[k] == "acl" && t.isVerbal(k) {
					if r := s.match(k); r != nil && r.code != "" {
						continue
					}
					for _, m := range t.kids[k] {
						if t.base(m) == "obl" && s.isTemporal(m) && (t.prep(m) == "on" || t.prep(m) == "at") {
							return t.span(m)
						}
					}
				}
			}
		}
	}
	// "killed 100 civilians in the town of Axum in November": a place
	// has no time of its own; one hung on the place the event happened
	// in is the event's. So is one hung on any noun on the way from the
	// event down to its place ("killed 85 civilians gathered for a
	// festival in the village of Tudun Biri in Kaduna state on Sunday
	// night"), unless a clause on the way is an event of its own.
	if k := s.timeOnPlacePath(tg); k >= 0 {
		return t.span(k)
	}
	// A parse that hangs the clause on its time or on a dateline:
	// "Meanwhile on Wednesday, Beijing urged…" with "urged" under
	// "Wednesday"; "ISLAMABAD: Pakistan on Wednesday downgraded…" with
	// "downgraded" and "on Wednesday" both under "ISLAMABAD".
	if h := t.head[tg.i]; h >= 0 && (t.rel[tg.i] == "dep" || t.rel[tg.i] == "parataxis" || t.rel[tg.i] == "acl" || t.rel[tg.i] == "acl:relcl") {
		if s.isTemporal(h) && h < tg.i {
			lo := h
			for _, k := range t.kids[h] {
				if k < lo && (t.rel[k] == "case" || t.rel[k] == "det" || t.rel[k] == "amod") {
					lo = k
				}
			}
			return lo, h
		}
		if t.head[h] < 0 && t.upos[h] == "PROPN" && h < tg.i && t.rel[tg.i] != "acl" && t.rel[tg.i] != "acl:relcl" {
			// the dateline's own modifiers, or those of the subject
			// the parse set beside it ("ISLAMABAD: Pakistan on
			// Wednesday …")
			cands := t.kids[h]
			for _, k := range t.kids[h] {
				if t.rel[k] == "appos" {
					cands = append(append([]int(nil), cands...), t.kids[k]...)
				}
			}
			for _, k := range cands {
				if k < tg.i && (t.base(k) == "nmod" || t.base(k) == "obl") && s.isTemporal(k) {
					return t.span(k)
				}
			}
		}
	}
	return s.soleTime(tg)
}

// soleTime is the one time expression of a sentence that has exactly one
// ("ISLAMABAD: Pakistan on Wednesday downgraded…" with "on Wednesday"
// hung on the wrong word): a news sentence's single date is its event's.
// Not one inside a relative clause that tg is not in: "The army, which
// has been fighting the RSF since April 2023, accused…" dates the
// fighting, not the accusation.
func (s *sent) soleTime(tg *trig) (int, int) {
	t := s.t
	first, last := -1, -1
	for k := 0; k < t.n; k++ {
		if !s.timePhraseHead(k) {
			continue
		}
		switch t.base(k) {
		case "obl", "nmod", "advmod", "dep", "appos":
		default:
			continue
		}
		lo, hi := t.span(k)
		if hi-lo > 6 {
			continue
		}
		if first >= 0 && (lo != first || hi != last) {
			return -1, -1 // two times: which one is the event's is unclear
		}
		first, last = lo, hi
	}
	if first >= 0 && t.inRelativeWithout(first, tg.i) {
		return -1, -1
	}
	return first, last
}

// timeOnPlacePath is a time phrase hung on a noun between trigger tg and
// the place where its event happened, or -1.
func (s *sent) timeOnPlacePath(tg *trig) int {
	t := s.t
	p := s.location(tg)
	if p == nil || p.First < 0 || p.First >= t.n || !t.inSubtree(p.First, tg.i) {
		return -1
	}
	for h := t.head[p.First]; h >= 0 && h != tg.i; h = t.head[h] {
		if t.isVerbal(h) {
			if r := s.match(h); r != nil && r.code != "" {
				return -1
			}
			continue
		}
		for _, k := range t.kids[h] {
			if t.base(k) == "nmod" && s.isTemporal(k) && (t.prep(k) == "in" || t.prep(k) == "on" || t.prep(k) == "during") {
				return k
			}
		}
	}
	return -1
}

// timeHeads are the words an event's own time may hang on: the
// trigger, its light verb and, as parsers often hang the time on the
// subject that precedes it ("Pakistan on Wednesday downgraded…"), their
// subjects.
func (s *sent) timeHeads(tg *trig) []int {
	t := s.t
	heads := []int{tg.i}
	if tg.light >= 0 {
		heads = append(heads, tg.light)
	}
	for _, h := range heads {
		for _, k := range t.kids[h] {
			if t.rel[k] == "nsubj" || t.rel[k] == "nsubj:pass" {
				heads = append(heads, k)
			}
		}
	}
	// "seized power on Wednesday, placing Bongo under house arrest": a
	// participle that goes on with the clause shares its time
	if v := t.head[tg.i]; v >= 0 && tg.light < 0 && t.rel[tg.i] == "advcl" && t.toks[tg.i].XPOS == "VBG" && t.child(tg.i, "mark") < 0 && t.isVerbal(v) {
		heads = append(heads, v)
	}
	return heads
}

// timesElsewhere reports whether the sentence has time expressions and
// each one modifies, before it, a noun other than the trigger, its light
// verb or their subjects ("blamed Hamas for the October 7 attack",
// "in retaliation for last week's strike"), or is in a relative clause
// the trigger is not in: they date that noun's or that clause's event.
func (s *sent) timesElsewhere(tg *trig) bool {
	t := s.t
	own := s.timeHeads(tg)
	found := false
	for k := 0; k < t.n; k++ {
		if !s.timePhraseHead(k) {
			continue
		}
		found = true
		// "The army, which has been fighting the RSF since April 2023,
		// accused…": a time in a relative clause the trigger is not in
		if t.inRelativeWithout(k, tg.i) {
			continue
		}
		h := t.head[k]
		switch t.rel[k] {
		case "compound", "amod", "nmod:poss":
		default:
			return false
		}
		if h < k || slices.Contains(own, h) || t.upos[h] != "NOUN" {
			return false
		}
	}
	return found
}

// timePhraseHead reports whether k heads a time phrase: it is temporal
// and its head is not ("January" in "17 January 2024" hangs on "17",
// which is temporal too).
func (s *sent) timePhraseHead(k int) bool {
	return s.isTemporal(k) && !(s.t.head[k] >= 0 && s.isTemporal(s.t.head[k]))
}

// isTemporal reports whether k heads a time expression: a weekday, month,
// time unit or a year-like number.
func (s *sent) isTemporal(k int) bool {
	t := s.t
	if t.wordIn(k, temporal) {
		return true
	}
	f := t.toks[k].Form
	if len(f) == 4 && f[0] >= '1' && f[0] <= '2' && isDigits(f) {
		return true
	}
	for _, c := range t.kids[k] {
		if t.rel[c] == "nummod" || t.rel[c] == "compound" {
			// but a counted unit says how long ("a three-month truce"),
			// not when
			if temporal[t.lemma[c]] && !(t.upos[k] == "NOUN" && s.duration(c)) {
				return true
			}
		}
		// "on 18 January 2024" parsed with the day number as the head
		if len(f) <= 2 && isDigits(f) && months[strings.ToLower(t.toks[c].Form)] {
			return true
		}
	}
	return false
}

// duration reports whether time word k is a counted unit modifying a
// noun: "two-day" in "a two-day visit" says how long, not when.
func (s *sent) duration(k int) bool {
	t := s.t
	return t.rel[k] == "compound" && t.child(k, "nummod") >= 0 && !months[t.lemma[k]]
}

var months = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// underIntent returns the verb of intention a trigger is the complement
// of ("wants to attack", "is ready to mediate"), when the intention's
// subject is the event's (no object in between: "wants Putin to attack"
// is a request), or -1.
func (s *sent) underIntent(tg *trig) int {
	t := s.t
	h := tg.i
	if tg.light >= 0 {
		h = tg.light
	}
	h = t.conjHead(h)
	p := t.head[h]
	if p < 0 {
		return -1
	}
	if !t.toComplement(h) || !s.intention(p) {
		return -1
	}
	if t.child(p, "obj") >= 0 {
		return -1
	}
	return p
}

// intention reports whether token p is a word of intention: its lemma
// is in @intent, or, for a passive participle, its form ("is prepared
// to", "is committed to": someone prepared to act is willing, someone who
// prepared to act got ready).
func (s *sent) intention(p int) bool {
	t := s.t
	if s.p.intent[t.lemma[p]] {
		return true
	}
	return t.toks[p].XPOS == "VBN" && t.child(p, "aux:pass") >= 0 && s.p.intent[strings.ToLower(t.toks[p].Form)]
}

// refusal reports whether a negated event is a refusal: "will not",
// "would not", "cannot" rather than a report that it did not happen.
func (s *sent) refusal(tg *trig) bool {
	t := s.t
	h := tg.i
	if tg.light >= 0 {
		h = tg.light
	}
	for _, k := range t.kids[h] {
		if t.rel[k] == "aux" {
			switch t.lemma[k] {
			case "will", "would", "shall", "can", "could", "wo", "ca":
				return true
			}
		}
	}
	// "failed to reach agreement": the event was refused, not denied
	if t.rel[h] == "xcomp" && t.head[h] >= 0 && t.lemma[t.head[h]] == "fail" {
		return true
	}
	return false
}
