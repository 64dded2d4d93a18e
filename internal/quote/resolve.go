package quote

import (
	"strings"
)

// ref is a resolved speaker: the entity and how it was found.
type ref struct {
	e          *entity
	via        string
	start, end int // bytes of the words naming it here; -1 when found by reference
}

// clause barriers: a subject never reaches back across these words.
var barrierWords = map[string]bool{
	"that": true, "which": true, "who": true, "whom": true, "what": true, "where": true,
	"when": true, "while": true, "because": true, "if": true, "but": true, "as": true,
	"although": true, "though": true, "so": true, "and": true, "or": true, "whose": true,
	"whether": true, "unless": true, "whereas": true, "yet": true, "nor": true,
	"after": true, "before": true, "since": true, "until": true, "once": true,
}

// adjunct openers: a comma-separated piece starting with one of these is an
// adverbial, not the subject ("Besides the diplomatic response, …").
var adjunctWords = map[string]bool{
	"besides": true, "meanwhile": true, "however": true, "moreover": true, "furthermore": true,
	"earlier": true, "later": true, "separately": true, "similarly": true, "also": true,
	"subsequently": true, "then": true, "now": true, "today": true, "yesterday": true,
	"last": true, "next": true, "finally": true, "still": true, "instead": true,
	"indeed": true, "previously": true, "initially": true,
}

// stretchBefore returns the start of the words that can hold the subject
// of the verb at token v: back to a clause barrier, a quotation mark or a
// finite verb, at most 30 tokens.
func (d *doc) stretchBefore(si, v int, inQ []bool) int {
	st := d.sents[si]
	k := v - 1
	for ; k >= 0 && v-k <= 30; k-- {
		w := st.low[k]
		f := st.Tokens[k].Form
		if markKind(f) != qNone || (inQ != nil && inQ[k]) || f == ";" || f == ":" || f == "—" || f == "--" {
			break
		}
		if barrierWords[w] {
			// ", and Chairman of …" keeps an appositive chain going
			if w == "and" && k > 0 && st.Tokens[k-1].Form == "," && k+1 < v && isCap(st.Tokens[k+1].Form) {
				continue
			}
			break
		}
		if st.verbWord(k) && !betweenWords[w] {
			break
		}
		if d.isSpeechVerbAt(st, k) && k < v-1 {
			break
		}
	}
	return k + 1
}

// segments splits [s, e) at commas.
func (d *doc) segments(si, s, e int) [][2]int {
	st := d.sents[si]
	var out [][2]int
	a := s
	for k := s; k < e; k++ {
		if st.Tokens[k].Form == "," {
			if k > a {
				out = append(out, [2]int{a, k})
			}
			a = k + 1
		}
	}
	if e > a {
		out = append(out, [2]int{a, e})
	}
	return out
}

func (d *doc) isAdjunct(st *sent, seg [2]int) bool {
	w := st.low[seg[0]]
	if prepositions[w] || adjunctWords[w] || w == "according" || barrierWords[w] {
		return true
	}
	if strings.HasSuffix(w, "ing") && !isCap(st.Tokens[seg[0]].Form) {
		return true
	}
	if strings.HasSuffix(w, "ing") && seg[0] == 0 {
		return true // "Speaking in the parents' defense, …"
	}
	if strings.HasSuffix(w, "ly") && seg[1]-seg[0] == 1 {
		return true
	}
	if weekdays[w] || d.lx.notNames[st.Tokens[seg[0]].Form] && seg[1]-seg[0] <= 2 && !isPronounWord(w) && !determiners[w] {
		return true
	}
	return false
}

func isPronounWord(w string) bool {
	switch w {
	case "he", "she", "it", "they", "we", "i":
		return true
	}
	return false
}

// subjectOf finds who is speaking with the verb at token v (its subject
// before it), resolving references. ok is false when no subject is found.
func (d *doc) subjectOf(si, v int, inQ []bool, mem *memory, noms []nominal) (ref, bool) {
	st := d.sents[si]
	// skip adverbs, auxiliaries and "on Wednesday" between subject and verb
	k := v - 1
	for k >= 0 {
		w := st.low[k]
		if betweenWords[w] || len(w) > 4 && strings.HasSuffix(w, "ly") && !isCap(st.Tokens[k].Form) {
			k--
			continue
		}
		if weekdays[w] && k > 0 && st.low[k-1] == "on" {
			k -= 2
			continue
		}
		break
	}
	if k < 0 {
		return ref{}, false
	}
	if isPronounWord(st.low[k]) {
		return d.resolvePronoun(si, k, mem, noms)
	}
	s := d.stretchBefore(si, k+1, inQ)
	return d.speakerIn(si, s, k+1, inQ, mem, noms)
}

// speakerIn picks the subject among the comma-separated pieces of [s, e):
// the first piece that is not an adverbial; the pieces after it are
// appositions that may give the role and the code.
func (d *doc) speakerIn(si, s, e int, inQ []bool, mem *memory, noms []nominal) (ref, bool) {
	st := d.sents[si]
	if s >= e {
		return ref{}, false
	}
	segs := d.segments(si, s, e)
	head := -1
	for i, sg := range segs {
		if d.isAdjunct(st, sg) {
			continue
		}
		head = i
		break
	}
	if head < 0 {
		return ref{}, false
	}
	hs := segs[head]
	for hs[1]-hs[0] > 1 && (betweenWords[st.low[hs[1]-1]] || st.low[hs[1]-1] == "-") {
		hs[1]-- // "It also", "Pakistan has"
	}
	if hs[1]-hs[0] == 1 && isPronounWord(st.low[hs[0]]) {
		return d.resolvePronoun(si, hs[0], mem, noms)
	}
	var appos [][2]int
	if head+1 < len(segs) {
		appos = segs[head+1:]
	}
	if r, ok := d.analyse(si, hs, appos, mem, noms); ok {
		return r, true
	}
	// "Confirming the attack, Iran's official news agency, IRNA, reported":
	// a first piece with no one in it is an adverbial the lists missed
	for i := head + 1; i < len(segs); i++ {
		if r, ok := d.analyse(si, segs[i], segs[i+1:], mem, noms); ok {
			return r, true
		}
	}
	return ref{}, false
}

// analyse turns the subject's words into a speaker.
func (d *doc) analyse(si int, hs [2]int, appos [][2]int, mem *memory, noms []nominal) (ref, bool) {
	st := d.sents[si]
	in := func(n nominal, sg [2]int) bool { return n.first >= sg[0] && n.last < sg[1] }
	var person, org, role, platform *nominal
	for i := range noms {
		n := &noms[i]
		if !in(*n, hs) {
			continue
		}
		if d.lx.platforms[strings.ToLower(n.name)] {
			platform = n
			continue
		}
		localPP := false
		for t := hs[0]; t < n.first; t++ {
			if prepositions[st.low[t]] {
				localPP = true
			}
		}
		switch {
		case n.proper && (n.kind == kPerson || n.kind == "" && d.knownPerson(mem, *n)):
			if person == nil && !localPP {
				person = n
			}
		case n.proper:
			if org == nil && !localPP {
				org = n
			}
		default:
			if role == nil && !localPP {
				role = n
			}
		}
	}
	_ = platform
	// a statement or report belongs to whoever issued it: "Cornyn's
	// statement", "a statement from the Ministry of Foreign Affairs"
	if person == nil && org == nil && role != nil && role.kind == kDoc {
		for i := range noms {
			n := &noms[i]
			if !in(*n, hs) || n == role || !(n.proper || n.code != "" && n.kind != kDoc) {
				continue
			}
			if n.kind == kPerson || n.kind == "" && d.knownPerson(mem, *n) {
				person = n
			} else {
				org = n
			}
			break
		}
	}
	var pick *nominal
	via := "named"
	switch {
	case person != nil:
		pick = person
	case org != nil:
		pick = org
	case role != nil:
		pick = role
		via = "role"
	default:
		// a bare noun phrase: "analysts", "Iranian media", "diplomatic sources"
		if hs[1]-hs[0] <= 6 && d.hasRoleWord(st, hs) {
			n := nominal{first: hs[0], last: hs[1] - 1, name: d.text(si, hs[0], hs[1]-1), kind: kGroup}
			pick = &n
			via = "role"
		}
	}
	if pick == nil {
		return ref{}, false
	}
	// "Iran's official news agency, IRNA, reported": a name in apposition
	// names what the role phrase describes
	if !pick.proper && len(appos) > 0 {
		for i := range noms {
			m := noms[i]
			if m.proper && m.first == appos[0][0] && m.last == appos[0][1]-1 && m.kind != kPerson == (pick.kind != kPerson) {
				if m.code == "" {
					m.code, m.country = pick.code, pick.country
				}
				if m.role == "" {
					m.role = strings.ToLower(pick.name)
				}
				pick, via = &m, "named"
				break
			}
		}
	}
	n := *pick
	// the role words or the actor that go with a name: "Foreign Office
	// spokesperson Mumtaz Zahra Baloch", "Matthew Miller, US State
	// Department spokesman"
	if n.proper && (n.code == "" || n.role == "" || n.gender == 0) {
		for _, sg := range append([][2]int{hs}, appos...) {
			for i := range noms {
				m := noms[i]
				if !in(m, sg) || m.first == n.first {
					continue
				}
				if n.code == "" && m.code != "" && !(m.proper && m.kind == kPerson) {
					n.code, n.country = m.code, m.country
				}
				if n.role == "" && !m.proper {
					n.role = strings.ToLower(m.name)
				}
				if n.gender == 0 && m.gender != 0 && m.kind == kPerson {
					n.gender = m.gender
				}
			}
			if rw, ok := d.roleOf(st, sg[0], sg[1]-1); ok && n.gender == 0 && n.kind == kPerson {
				n.gender = rw.gender
			}
		}
	}
	if !n.proper {
		if e, how := d.refer(si, n, mem); e != nil {
			e.mentions = append(e.mentions, mentionAt{si, n.last, false, true})
			return ref{e: e, via: how, start: -1, end: -1}, true
		}
	}
	if n.kind == "" {
		if d.knownPerson(mem, n) {
			n.kind = kPerson
		} else {
			n.kind = kOrg
		}
	}
	name := n.name
	if !n.proper {
		name = stripDeterminer(name)
	}
	n.name = name
	// a bare sector ("GOV" for "a senior official", "Gwadar Deputy
	// Commissioner") takes its country from a place named with it, else
	// from the side that spoke just before
	if n.country == "" && len(n.code) == 3 {
		c := ""
		for _, sg := range append([][2]int{hs}, appos...) {
			if c = d.res.countryIn(st.Tokens, sg[0], sg[1]-1); c != "" {
				break
			}
		}
		if c == "" && mem.lastSpeaker != nil && si-mem.lastSpoke <= 3 && mem.lastSpeaker.country != "" {
			c = mem.lastSpeaker.country
		}
		if c != "" {
			n.country, n.code = c, c+n.code
		}
	}
	e := mem.register(n, mentionAt{si, n.last, false, true})
	return ref{e: e, via: via, start: st.Tokens[n.first].Start, end: st.Tokens[n.last].End}, true
}

func stripDeterminer(s string) string {
	low := strings.ToLower(s)
	for _, d := range []string{"the ", "a ", "an "} {
		if strings.HasPrefix(low, d) {
			return s[len(d):]
		}
	}
	return s
}

func (d *doc) hasRoleWord(st *sent, sg [2]int) bool {
	_, ok := d.roleOf(st, sg[0], sg[1]-1)
	return ok
}

func (d *doc) knownPerson(mem *memory, n nominal) bool {
	n.kind = kPerson
	e := mem.find(n)
	return e != nil && e.kind == kPerson
}

// refer resolves a role phrase that points back ("the spokesperson", "the
// ministry", "the statement", "the country") to what it names. Indefinite
// phrases ("a senior official", "analysts") stand for themselves.
func (d *doc) refer(si int, n nominal, mem *memory) (*entity, string) {
	low := strings.ToLower(n.name)
	definite := strings.HasPrefix(low, "the ") || strings.HasPrefix(low, "this ") || strings.HasPrefix(low, "that ")
	if st := d.sents[si]; n.first > 0 && n.first < len(st.low) {
		switch st.low[n.first-1] {
		case "the", "this", "that":
			definite = true
		}
	}
	head := n.role
	if head == "" {
		ws := strings.Fields(low)
		if len(ws) > 0 {
			head = ws[len(ws)-1]
		}
	}
	at := mentionAt{s: si, t: n.first}
	country := n.country
	if country == "" && len(n.code) >= 6 {
		country = n.code[:3]
	}
	sameCountry := func(e *entity) bool {
		return country == "" || e.country == country || strings.HasPrefix(e.code, country)
	}
	switch n.kind {
	case kDoc:
		// a statement speaks for the body that last spoke; a news agency
		// reports statements rather than issuing them
		issued := head == "statement" || head == "communique" || head == "communiqué" || head == "release" || head == "readout" || head == "letter"
		if issued {
			if e := mem.recentSpeaker(si, 6, func(e *entity) bool {
				return e.kind != kPerson && e.kind != kGroup && !strings.Contains(e.code, "MED")
			}); e != nil {
				return e, "statement"
			}
		}
		if mem.lastSpeaker != nil && si-mem.lastSpoke <= 6 && mem.lastSpeaker.kind != kPerson && mem.lastSpeaker.kind != kGroup {
			return mem.lastSpeaker, "statement"
		}
		if definite && mem.lastSpeaker != nil && si-mem.lastSpoke <= 2 {
			return mem.lastSpeaker, "statement"
		}
		return nil, ""
	case kCountry:
		if !definite {
			return nil, ""
		}
		if mem.lastSpeaker != nil && si-mem.lastSpoke <= 2 && mem.lastSpeaker.country != "" {
			return mem.countryEntity(mem.lastSpeaker), "role"
		}
		if e := mem.recent(at, 5, func(e *entity) bool { return e.kind == kCountry }); e != nil {
			return e, "role"
		}
		return nil, ""
	case kPerson:
		if !definite {
			return nil, ""
		}
		if e := mem.recent(at, 8, func(e *entity) bool {
			return e.kind == kPerson && sameCountry(e) && e.role != "" && strings.Contains(strings.ToLower(e.role), head)
		}); e != nil {
			return e, "role"
		}
		if mem.lastSpeaker != nil && mem.lastSpeaker.kind == kPerson && si-mem.lastSpoke <= 4 && n.code == "" {
			return mem.lastSpeaker, "role"
		}
		return nil, ""
	case kOrg:
		if !definite {
			return nil, ""
		}
		if e := mem.recent(at, 12, func(e *entity) bool {
			return e.kind == kOrg && sameCountry(e) && (strings.Contains(strings.ToLower(e.name), head) || strings.Contains(strings.ToLower(e.role), head))
		}); e != nil {
			return e, "role"
		}
		return nil, ""
	}
	return nil, ""
}

// countryEntity returns the entity of an entity's country.
func (m *memory) countryEntity(e *entity) *entity {
	if e.kind == kCountry {
		return e
	}
	for i := len(m.ents) - 1; i >= 0; i-- {
		if m.ents[i].kind == kCountry && m.ents[i].country == e.country {
			return m.ents[i]
		}
	}
	c := &entity{code: e.country, country: e.country, kind: kCountry, proper: true}
	c.setName(e.country)
	m.ents = append(m.ents, c)
	return c
}

// recent returns the entity mentioned last before at, within maxBack
// sentences, that ok accepts: subjects of the current or previous sentence
// first, then mentions outside prepositional phrases, then any.
func (m *memory) recent(at mentionAt, maxBack int, ok func(*entity) bool) *entity {
	for pass := 0; pass < 3; pass++ {
		var best *entity
		var bestAt mentionAt
		for _, e := range m.ents {
			if !ok(e) {
				continue
			}
			for i := len(e.mentions) - 1; i >= 0; i-- {
				mt := e.mentions[i]
				if !(mt.s < at.s || mt.s == at.s && mt.t < at.t) || at.s-mt.s > maxBack {
					continue
				}
				if pass == 0 && (!mt.subj || at.s-mt.s > 1) || pass == 1 && mt.inPP {
					continue
				}
				if best == nil || mt.s > bestAt.s || mt.s == bestAt.s && mt.t > bestAt.t {
					best, bestAt = e, mt
				}
				break
			}
		}
		if best != nil {
			return best
		}
	}
	return nil
}

// resolvePronoun finds what he, she, it or they at token k refers to: the
// most recent compatible mention, preferring those outside prepositional
// phrases; a resolved he or she fixes the person's gender.
func (d *doc) resolvePronoun(si, k int, mem *memory, noms []nominal) (ref, bool) {
	st := d.sents[si]
	p, ok := d.lx.pronouns[st.low[k]]
	if !ok || p.kind == "self" {
		return ref{}, false
	}
	at := mentionAt{s: si, t: k}
	var accept func(*entity) bool
	switch p.kind {
	case "person":
		accept = func(e *entity) bool {
			return e.kind == kPerson && (e.gender == 0 || p.gender == 0 || e.gender == p.gender)
		}
	case "thing":
		accept = func(e *entity) bool { return e.kind == kOrg || e.kind == kCountry || e.kind == kDoc }
	default: // they
		accept = func(e *entity) bool { return e.kind == kGroup || e.kind == kOrg || e.kind == kCountry }
	}
	e := mem.recent(at, 6, accept)
	if e == nil {
		return ref{}, false
	}
	if e.gender == 0 && p.gender != 0 {
		e.gender = p.gender
	}
	e.mentions = append(e.mentions, mentionAt{si, k, false, true})
	return ref{e: e, via: "pronoun", start: -1, end: -1}, true
}

// npAfter returns the end of the noun phrase that starts at token i: up
// to the end of the sentence, a clause barrier, a verb, or a preposition
// other than those that continue a name ("spokesman for the Taliban
// Ministry of Foreign Affairs", "a statement from the ministry"). A comma
// ends it unless an apposition closed by another comma follows
// ("Mumtaz Zahra Baloch, the spokesperson for the Foreign Ministry, and
// …").
func (d *doc) npAfter(si, i int, inQ []bool) int {
	st := d.sents[si]
	k := i
	for ; k < len(st.Tokens) && k-i < 25; k++ {
		w := st.low[k]
		f := st.Tokens[k].Form
		if markKind(f) != qNone || (inQ != nil && inQ[k]) || f == "." || f == ";" || f == ":" || f == "!" || f == "?" || f == "—" {
			break
		}
		if f == "," {
			if !d.apposition(si, k+1) {
				break
			}
			continue
		}
		if k > i && (barrierWords[w] || st.verbWord(k)) {
			break
		}
		if k > i && prepositions[w] && w != "of" && w != "for" && w != "at" {
			if !((w == "from" || w == "by") && d.isDocWord(st.low[k-1])) {
				break
			}
		}
		if k > i && d.isSpeechVerbAt(st, k) {
			break
		}
	}
	for k > i && (st.Tokens[k-1].Form == "," || st.Tokens[k-1].Form == "(") {
		k--
	}
	return k
}

func (d *doc) isDocWord(w string) bool { return d.lx.roles[w].kind == kDoc }

// apposition reports whether the words from k to the next comma are an
// apposition: short, verbless, not opening with "and".
func (d *doc) apposition(si, k int) bool {
	st := d.sents[si]
	if k >= len(st.Tokens) || st.low[k] == "and" || st.low[k] == "or" {
		return false
	}
	for j := k; j < len(st.Tokens) && j-k <= 12; j++ {
		f := st.Tokens[j].Form
		if f == "," {
			return j > k
		}
		if f == "." || markKind(f) != qNone || st.verbWord(j) || d.isSpeechVerbAt(st, j) {
			return false
		}
		if w := st.low[j]; len(w) > 4 && strings.HasSuffix(w, "ed") && j > 0 && st.low[j-1] != "-" {
			return false
		}
	}
	return false
}

// coordinated reports whether the verb at v follows "and"/"but"/"or": its
// subject is the subject of the clause before ("The foreign ministry
// recalled its ambassador and said …").
func (d *doc) coordinated(si, v int) bool {
	st := d.sents[si]
	k := v - 1
	for k >= 0 && (betweenWords[st.low[k]] || len(st.low[k]) > 4 && strings.HasSuffix(st.low[k], "ly")) {
		k--
	}
	return k >= 0 && (st.low[k] == "and" || st.low[k] == "but" || st.low[k] == "or")
}

// recentSpeaker is the last entity that spoke, within maxBack sentences of
// si, that ok accepts.
func (m *memory) recentSpeaker(si, maxBack int, ok func(*entity) bool) *entity {
	for i := len(m.speakers) - 1; i >= 0; i-- {
		sp := m.speakers[i]
		if si-sp.s > maxBack {
			break
		}
		if ok(sp.e) {
			return sp.e
		}
	}
	return nil
}
