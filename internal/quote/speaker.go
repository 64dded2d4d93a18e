package quote

import (
	"strings"
)

// Kinds of things that can speak.
const (
	kPerson  = "person"
	kOrg     = "org"
	kCountry = "country"
	kGroup   = "group"
	kDoc     = "doc"
)

// nominal is a name, an actor or a role phrase in a sentence.
type nominal struct {
	first, last int // token range, inclusive
	name        string
	code        string
	country     string
	role        string
	kind        string
	gender      byte
	proper      bool // a proper name, not a role phrase ("the ministry")
	inPP        bool // the object of a preposition ("in Iraq") or a possessor ("Iran's claim")
	subj        bool // a verb follows: the subject of a clause
	fromGaz     bool
}

// entity is something the article mentions and may refer back to.
type entity struct {
	name     string
	code     string
	country  string
	role     string
	kind     string
	gender   byte
	proper   bool
	mentions []mentionAt // every mention, in text order
	keys     []string    // folded name words, for "Ms Baloch" → Mumtaz Zahra Baloch
	// folded forms of the name, kept with it because find compares them
	// for every mention
	fname, flast, fwhole string
	nwords               int
}

func (e *entity) setName(name string) {
	e.name = name
	ws := strings.Fields(name)
	e.nwords = len(ws)
	e.fname = foldName(name)
	e.fwhole = foldName(strings.Join(ws, ""))
	e.flast = ""
	if len(ws) > 0 {
		e.flast = foldName(ws[len(ws)-1])
	}
	e.keys = nameKeys(name)
}

type mentionAt struct {
	s, t int // sentence (doc.sents index) and last token
	inPP bool
	subj bool // the subject of a verb: what "it" and "she" most often mean
}

// memory is the discourse state: who has been mentioned and who spoke.
type memory struct {
	ents        []*entity
	lastSpeaker *entity
	lastSpoke   int // sentence of lastSpeaker's last speech
	speakers    []spoke
}

type spoke struct {
	e *entity
	s int
}

// nameFolder drops the marks that spell one name several ways
// ("Amir-Abdollahian", "Amirabdollahian").
var nameFolder = strings.NewReplacer("-", "", "‐", "", "’", "", "'", "", ".", "")

func foldName(s string) string {
	return nameFolder.Replace(strings.ToLower(s))
}

// nameKeys are the folded words of a name that a later short mention may
// use: every word, and the halves of hyphenated ones.
func nameKeys(name string) []string {
	var keys []string
	for _, w := range strings.Fields(name) {
		keys = append(keys, foldName(w))
		if strings.Contains(w, "-") {
			for _, p := range strings.Split(w, "-") {
				if len(p) > 2 {
					keys = append(keys, foldName(p))
				}
			}
		}
	}
	return keys
}

// find returns the entity a name refers to, if the article has named it:
// same code and name, or (for people) a name whose last word is the last
// word of the known full name ("Miller" → Matthew Miller).
func (m *memory) find(n nominal) *entity {
	fn := foldName(n.name)
	for i := len(m.ents) - 1; i >= 0; i-- {
		e := m.ents[i]
		if e.fname == fn && fn != "" {
			return e
		}
	}
	if !n.proper {
		return nil
	}
	words := strings.Fields(n.name)
	if len(words) == 0 {
		return nil
	}
	last := foldName(words[len(words)-1])
	whole := foldName(strings.Join(words, ""))
	for i := len(m.ents) - 1; i >= 0; i-- {
		e := m.ents[i]
		if e.kind != kPerson && n.kind == kPerson {
			continue
		}
		if n.kind != kPerson && n.kind != "" && e.kind != n.kind {
			continue
		}
		if !e.proper {
			continue
		}
		if e.nwords == 0 {
			continue
		}
		elast := e.flast
		if elast == last || elast == whole || e.fwhole == whole {
			return e
		}
		for _, k := range e.keys {
			if k == last && len(k) > 3 && len(words) == 1 {
				return e
			}
		}
		// a short name seen first, the full one now ("Abdollahian", then
		// "Hossein Amir-Abdollahian")
		if e.nwords == 1 && len(elast) > 3 {
			for _, k := range nameKeys(n.name) {
				if k == elast {
					return e
				}
			}
		}
	}
	return nil
}

// register records a nominal's mention and returns its entity.
func (m *memory) register(n nominal, at mentionAt) *entity {
	e := m.find(n)
	if e == nil {
		e = &entity{kind: n.kind, proper: n.proper}
		e.setName(n.name)
		m.ents = append(m.ents, e)
	} else {
		// keep the longest name seen ("Mumtaz Zahra Baloch" over "Baloch")
		if n.proper && len(n.name) > len(e.name) && e.proper {
			e.setName(n.name)
		}
		// move to the end: recency
		for i, x := range m.ents {
			if x == e {
				copy(m.ents[i:], m.ents[i+1:])
				m.ents[len(m.ents)-1] = e
				break
			}
		}
	}
	bare := len(e.code) == 3 && e.country == "" // a sector with no country: "GOV"
	if n.code != "" && (e.code == "" || len(n.code) > len(e.code) && (strings.HasPrefix(n.code, e.code) || bare)) {
		e.code = n.code
	}
	if e.country == "" {
		e.country = n.country
	}
	if e.role == "" {
		e.role = n.role
	}
	if e.gender == 0 {
		e.gender = n.gender
	}
	if e.kind == "" {
		e.kind = n.kind
	}
	e.mentions = append(e.mentions, at)
	return e
}

// nominals finds the names, actors and role phrases of a sentence, in
// text order, outside quotations (inQ marks quoted tokens).
func (d *doc) nominals(si int, inQ []bool) []nominal {
	st := d.sents[si]
	toks := st.Tokens
	var out []nominal
	covered := make([]bool, len(toks))
	// gazetteer actors first: they carry codes
	for _, m := range st.actors {
		if m.first < 0 || m.last >= len(toks) || m.first > m.last {
			continue
		}
		// a one-word place right after a given name is a surname:
		// "Valeska Paris", "George Washington"
		if m.first == m.last && m.first > 0 && (m.kind == "capital" || m.kind == "place") {
			p := toks[m.first-1].Form
			if isCap(p) && isWord(p) && !d.lx.notNames[p] && !d.lx.orgWords[p] && !d.isRoleOrTitle(p) && !d.coveredBy(st, m.first-1) {
				continue
			}
		}
		if inQ != nil && inQ[m.first] {
			continue
		}
		n := nominal{first: m.first, last: m.last, code: m.code, country: m.country, role: m.role, fromGaz: true, proper: true}
		switch {
		case m.kind == "person":
			n.kind, n.name = kPerson, m.name
		case m.holder != "":
			n.kind, n.name = kPerson, m.holder
			if m.holderCode != "" {
				n.code = m.holderCode
			}
		case m.kind == "country":
			n.kind, n.name = kCountry, m.name
		case m.kind == "capital":
			// A capital that speaks or acts is its government.
			n.kind, n.name = kOrg, d.text(si, m.first, m.last)
			if m.country != "" && len(n.code) <= 3 {
				n.code = m.country + "GOV"
			}
		case m.kind == "demonym" || m.kind == "place":
			continue
		case m.kind == "agent":
			n.name = d.text(si, m.first, m.last)
			n.proper = false
			n.kind = kOrg
			if rw, ok := d.roleOf(st, m.first, m.last); ok {
				n.kind = rw.kind
				n.gender = rw.gender
			} else if rw, ok := d.lx.roles[lastWord(m.role)]; ok {
				n.kind = rw.kind
				n.gender = rw.gender
			} else if d.allCapitalised(st, m.first, m.last) {
				n.proper = true // a name the gazetteer files as an agent: "IRNA", "Dawn"
			}
		default:
			n.kind, n.name = kOrg, m.name
			if n.name == "" {
				n.name = d.text(si, m.first, m.last)
			}
		}
		// a person named inside a composed actor ("Foreign Office
		// spokesperson Mumtaz Zahra Baloch") keeps the role's gender
		if rw, ok := d.roleOf(st, m.first, m.last); ok && n.gender == 0 {
			n.gender = rw.gender
		}
		n.gender = d.titleGender(st, m.first, n.gender)
		n.inPP = d.inPP(st, m.first)
		out = append(out, n)
		for k := m.first; k <= m.last; k++ {
			covered[k] = true
		}
	}
	// then runs of capitalised words the gazetteer does not know
	for i := 0; i < len(toks); i++ {
		if covered[i] || (inQ != nil && inQ[i]) {
			continue
		}
		f := toks[i].Form
		if !isCap(f) || !isWord(f) || d.lx.notNames[f] {
			continue
		}
		j := i
		for j+1 < len(toks) && !covered[j+1] && !(inQ != nil && inQ[j+1]) {
			nf := toks[j+1].Form
			if isCap(nf) && isWord(nf) && !d.lx.notNames[nf] {
				j++
				continue
			}
			// joiners inside names: Amir-Abdollahian, Jaish al-Adl, Ministry of Foreign Affairs
			if j+2 < len(toks) && isCap(toks[j+2].Form) && isWord(toks[j+2].Form) && !covered[j+2] {
				if nf == "-" && toks[j+1].Start == toks[j].End || nf == "&" || nameParticle[strings.ToLower(nf)] {
					j += 2
					continue
				}
				if nf == "of" && d.hasOrgWord(st, i, j) {
					j += 2
					continue
				}
			}
			break
		}
		// "Diplomatic sources", "Senior researcher Mu Li": a capitalised
		// first word of a sentence before a lower-case role word is an
		// adjective, not a name
		if i == j && i == 0 && j+1 < len(toks) {
			if _, role := d.lx.roles[st.low[j+1]]; role && !isCap(toks[j+1].Form) {
				continue
			}
			if w := st.low[0]; strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") {
				continue
			}
		}
		n := d.runNominal(si, i, j)
		if n.name != "" {
			n.inPP = d.inPP(st, i)
			out = append(out, n)
		}
		i = j
	}
	// role phrases: "the spokesperson", "a senior official", "analysts"
	for i, w := range st.low {
		if covered[i] || (inQ != nil && inQ[i]) {
			continue
		}
		rw, ok := d.lx.roles[w]
		if !ok || isCap(toks[i].Form) && i > 0 && isCap(toks[i-1].Form) {
			continue
		}
		// the head of the phrase: skip when a noun follows ("ministry statement")
		if i+1 < len(toks) {
			if _, more := d.lx.roles[st.low[i+1]]; more {
				continue
			}
		}
		s := i
		for s > 0 && !covered[s-1] && !(inQ != nil && inQ[s-1]) && (isAdjLike(st.low[s-1]) || st.low[s-1] == "-") && !st.verbWord(s-1) && !d.isSpeechVerbAt(st, s-1) && !determiners[st.low[s-1]] {
			s--
		}
		if s > 0 && !covered[s-1] && determiners[st.low[s-1]] {
			s--
		}
		n := nominal{first: s, last: i, name: d.text(si, s, i), kind: rw.kind, gender: rw.gender, role: w, inPP: d.inPP(st, s)}
		out = append(out, n)
	}
	sortNominals(out)
	for i := range out {
		n := &out[i]
		k := n.last + 1
		for k < len(toks) && (st.low[k] == "also" || st.low[k] == "however" || st.low[k] == "then" || len(st.low[k]) > 4 && strings.HasSuffix(st.low[k], "ly") && !isCap(toks[k].Form)) {
			k++
		}
		if k < len(toks) {
			w := st.low[k]
			switch {
			case w == "'s" || w == "’s":
				n.inPP = true // a possessor modifies; it is not what the clause is about
			case st.verbWord(k) || d.isSpeechVerbAt(st, k) || len(w) > 4 && strings.HasSuffix(w, "ed") && !isCap(toks[k].Form):
				n.subj = true
				n.inPP = false // "after Tehran also launched …": a subject, whatever precedes
			}
		}
	}
	// a name right after role words the gazetteer knows ("FM Abdollahian",
	// "State Department spokesman Matthew Miller") is a person with that role
	for i := 1; i < len(out); i++ {
		p, n := out[i-1], &out[i]
		if n.fromGaz || p.last != n.first-1 || p.proper || p.kind != kPerson || n.kind != "" && n.kind != kPerson {
			continue
		}
		n.kind = kPerson
		if n.role == "" {
			n.role = p.role
		}
		if n.gender == 0 {
			n.gender = p.gender
		}
		if n.code == "" {
			n.code, n.country = p.code, p.country
		}
	}
	return out
}

var nameParticle = map[string]bool{
	"al": true, "el": true, "ul": true, "bin": true, "ibn": true, "bint": true, "abu": true,
	"de": true, "da": true, "di": true, "du": true, "van": true, "von": true, "der": true,
	"la": true, "le": true, "o": true, "-": false, "e": true, "ud": true, "ud-": true,
}

// isAdjLike: lower-case words allowed inside a role phrase before its head.
func lastWord(s string) string {
	ws := strings.Fields(strings.ToLower(s))
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

func isAdjLike(w string) bool {
	if w == "" || prepositions[w] || finiteWords[w] || w == "and" || w == "or" || w == "that" || w == "who" || w == "which" {
		return false
	}
	if _, ok := betweenWords[w]; ok {
		return false
	}
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r == '-') {
			return false
		}
	}
	return len(w) > 1
}

func sortNominals(ns []nominal) {
	for i := 1; i < len(ns); i++ {
		for j := i; j > 0 && ns[j].first < ns[j-1].first; j-- {
			ns[j], ns[j-1] = ns[j-1], ns[j]
		}
	}
}

func (d *doc) text(si, first, last int) string {
	st := d.sents[si]
	if first < 0 || last >= len(st.Tokens) || first > last {
		return ""
	}
	return d.a.Original[st.Tokens[first].Start:st.Tokens[last].End]
}

func (d *doc) hasOrgWord(st *sent, i, j int) bool {
	for k := i; k <= j && k < len(st.Tokens); k++ {
		if d.lx.orgWords[st.Tokens[k].Form] {
			return true
		}
	}
	return false
}

// roleOf finds the role word heading (or ending) tokens [first, last].
func (d *doc) roleOf(st *sent, first, last int) (roleWord, bool) {
	var best roleWord
	found := false
	for k := first; k <= last && k < len(st.low); k++ {
		if rw, ok := d.lx.roles[st.low[k]]; ok {
			best, found = rw, true
		}
	}
	return best, found
}

// titleGender looks for a gendered title right before token i.
func (d *doc) titleGender(st *sent, i int, g byte) byte {
	for k := i; k >= 0 && k >= i-2; k-- {
		if tg, ok := d.lx.titles[st.Tokens[k].Form]; ok && tg != 0 {
			return tg
		}
	}
	return g
}

// inPP reports whether the phrase starting at token i is a preposition's
// object ("in Iraq", "of the Taliban Ministry").
func (d *doc) inPP(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := st.low[k]
		if prepositions[w] {
			return true
		}
		if !determiners[w] && !isAdjLike(w) && w != "'s" && w != "’s" {
			return false
		}
	}
	return false
}

// runNominal classifies a run of capitalised words [i, j]: a person's name
// (with any title or role words before it split off), or an organisation.
func (d *doc) runNominal(si, i, j int) nominal {
	st := d.sents[si]
	toks := st.Tokens
	n := nominal{first: i, last: j, proper: true}
	// titles and capitalised role words at the front: "Foreign Minister
	// Hossein Amir-Abdollahian", "Mr Kakar", "Professor Cres Eastman"
	k := i
	var role []string
	for k <= j {
		f := toks[k].Form
		g, isTitle := d.lx.titles[f]
		_, isRole := d.lx.roles[strings.ToLower(f)]
		if isTitle || isRole || (d.lx.orgWords[f] && k < j && !d.orgTail(st, k, j)) {
			if g != 0 {
				n.gender = g
			}
			if rw, ok := d.lx.roles[strings.ToLower(f)]; ok && rw.gender != 0 {
				n.gender = rw.gender
			}
			role = append(role, f)
			k++
			continue
		}
		break
	}
	if k > j {
		// only role words: "Foreign Minister", "Spokesperson"
		n.name = d.text(si, i, j)
		n.proper = false
		n.kind = kPerson
		if rw, ok := d.lx.roles[strings.ToLower(toks[j].Form)]; ok {
			n.kind = rw.kind
			n.gender = rw.gender
		} else if d.hasOrgWord(st, i, j) {
			n.kind = kOrg
		}
		n.role = strings.ToLower(strings.Join(role, " "))
		return n
	}
	n.role = strings.ToLower(strings.Join(role, " "))
	n.first = k
	n.name = d.text(si, k, j)
	words := 0
	allCaps := true
	for x := k; x <= j; x++ {
		if isWord(toks[x].Form) {
			words++
			if strings.ToUpper(toks[x].Form) != toks[x].Form {
				allCaps = false
			}
		}
	}
	switch {
	case d.hasOrgWord(st, k, j):
		n.kind = kOrg
	case allCaps:
		n.kind = kOrg // IRNA, WHO, CBC
	case len(role) > 0 || words >= 2:
		n.kind = kPerson
	default:
		n.kind = "" // one word: a surname, or an organisation we do not know
	}
	if k > i {
		n.gender = d.titleGender(st, k-1, n.gender)
	}
	return n
}

// orgTail reports whether a run [k, j] ends in an organisation word, so
// that its capitalised words are an organisation's name, not a title.
func (d *doc) orgTail(st *sent, k, j int) bool {
	return d.lx.orgWords[st.Tokens[j].Form]
}

func (d *doc) allCapitalised(st *sent, first, last int) bool {
	for k := first; k <= last; k++ {
		if f := st.Tokens[k].Form; isWord(f) && !isCap(f) {
			return false
		}
	}
	return true
}

func (d *doc) isRoleOrTitle(w string) bool {
	if _, ok := d.lx.titles[w]; ok {
		return true
	}
	_, ok := d.lx.roles[strings.ToLower(w)]
	return ok
}

// coveredBy reports whether token k belongs to a gazetteer actor.
func (d *doc) coveredBy(st *sent, k int) bool {
	for _, m := range st.actors {
		if m.first <= k && k <= m.last {
			return true
		}
	}
	return false
}
