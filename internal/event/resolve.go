package event

import (
	"slices"
	"strings"

	"github.com/sitrep/sitrep/internal/actor"
	"github.com/sitrep/sitrep/internal/article"
)

// sent is the working state for one sentence.
type sent struct {
	c        *Coder
	p        *Patterns
	t        *tree
	toks     []article.Token
	date     string
	actors   []actor.Actor
	own      []Actor         // actors less their patron modifiers (ownActor), by index
	tokActor []int           // token → index in actors, -1
	places   []actor.Mention // mentions of places, capitals and countries
	tokPlace []int           // token → index in places, -1
	memo     map[int][]Actor // actorsAt results
	busy     map[int]bool    // guards pronoun resolution against loops
	antec    map[int][]Actor // pronoun → antecedent, at the antecedent's words
	ctx      *docContext     // the article so far; nil for a lone sentence
	sole     *Actor          // soleCountry's answer, once asked; Code "" for none
	named    *[]string       // countriesNamed's answer, once asked
	matched  []*row          // each word's pattern row (match), once asked; noRow for none
}

func newSent(c *Coder, toks []article.Token, date string) *sent {
	s := &sent{c: c, p: c.p, t: newTree(toks), toks: toks, date: date,
		memo: map[int][]Actor{}, busy: map[int]bool{}, antec: map[int][]Actor{}}
	s.t.finiteParticiples(c.p.activeUse)
	s.t.repairProgressiveAdjectives(c.p.verbOf)
	s.t.repairAdjectiveEvents(c.p.nounTrigger)
	reports := func(l string) bool { return c.p.say[l] || c.p.deny[l] }
	stances := func(l string) bool { return c.p.intent[l] || c.p.threatens(l) }
	s.t.repairReportConjuncts(reports, stances, c.p.IsTrigger)
	s.t.repairReportAppos(reports)
	s.t.repairReportRelatives(reports)
	s.t.repairGluedConjuncts()
	n := len(toks)
	s.tokActor = make([]int, n)
	s.tokPlace = make([]int, n)
	for i := range s.tokActor {
		s.tokActor[i], s.tokPlace[i] = -1, -1
	}
	ms := c.g.Match(toks, date)
	s.actors = s.withoutFacilityNames(c.g.Compose(toks, ms, date))
	s.own = make([]Actor, len(s.actors))
	for k := range s.actors {
		s.own[k] = s.withoutPatron(k)
	}
	for k, a := range s.actors {
		for i := max(0, a.First); i <= a.Last && i < n; i++ {
			if s.tokActor[i] < 0 {
				s.tokActor[i] = k
			}
		}
	}
	for _, m := range ms {
		if m.Entry == nil {
			continue
		}
		switch m.Entry.Kind {
		case "place", "capital", "country":
		default:
			continue
		}
		if s.inName(m, ms) {
			continue
		}
		s.places = append(s.places, m)
	}
	s.indexPlaces()
	return s
}

// withoutFacilityNames drops the titles that begin the name of a place
// built for people: "King Khalid International Airport", "Prince Sultan
// Air Base" name no king and no prince.
func (s *sent) withoutFacilityNames(as []actor.Actor) []actor.Actor {
	t := s.t
	out := as[:0] // Compose gives a fresh slice; filter it in place
	for _, a := range as {
		if a.Kind == "agent" && a.Last >= 0 && a.Last+1 < t.n {
			j := a.Last + 1
			for j < t.n && isCapitalised(t.toks[j].Form) && !namedFacilities[t.lemma[j]] && (t.upos[j] == "PROPN" || t.toks[j].XPOS == "NNP") {
				j++
			}
			if j > a.Last+1 && j < t.n && namedFacilities[t.lemma[j]] && isCapitalised(t.toks[j].Form) {
				continue
			}
		}
		out = append(out, a)
	}
	return out
}

// namedFacilities are the last words of the names of places built for
// people or traffic.
var namedFacilities = map[string]bool{"airport": true, "base": true, "university": true, "hospital": true, "stadium": true,
	"mosque": true, "bridge": true, "causeway": true, "street": true, "square": true, "port": true, "school": true, "college": true}

// inName reports whether place mention m is one word inside a name the
// gazetteer does not know, between capitalised words of it: the "Aden"
// of "police spokesman Abdifatah Aden Hassan".
func (s *sent) inName(m actor.Mention, ms []actor.Mention) bool {
	t := s.t
	if m.First != m.Last || m.First < 1 || m.Last+1 >= t.n {
		return false
	}
	name := func(i int) bool {
		if t.upos[i] != "PROPN" || !isCapitalised(t.toks[i].Form) || s.tokActor[i] >= 0 {
			return false
		}
		for _, o := range ms {
			if o.First <= i && i <= o.Last {
				return false
			}
		}
		return true
	}
	return name(m.First-1) && name(m.Last+1)
}

// indexPlaces maps each token to the place mention it is part of.
func (s *sent) indexPlaces() {
	for i := range s.tokPlace {
		s.tokPlace[i] = -1
	}
	for k, m := range s.places {
		for i := max(0, m.First); i <= m.Last && i < len(s.tokPlace); i++ {
			// The most specific place wins a token: a place over a country.
			if j := s.tokPlace[i]; j < 0 || placeRank(m.Entry.Kind) < placeRank(s.places[j].Entry.Kind) {
				s.tokPlace[i] = k
			}
		}
	}
}

// learnNames records the people the sentence introduces by an office of
// a known state and a name the gazetteer does not know: "Niger's
// President Mohamed Bazoum", "Congo's foreign minister, Therese Kayikwamba
// Wagner". The name is two to four capitalised words right after the
// office (a comma between allowed), none of them part of an actor. It
// records, by surname, the people the gazetteer knows by full name too.
func (s *sent) learnNames(names map[string]Actor) {
	t := s.t
	for k := range s.actors {
		a := s.ownActor(k)
		// A person the gazetteer knows by full name is named again by
		// surname: "Japanese Foreign Minister Taro Kono … Kono met".
		if a.Kind == "person" && a.Country != "" && a.Last > a.First && t.upos[a.Last] == "PROPN" && isCapitalised(t.toks[a.Last].Form) {
			names[t.toks[a.Last].Form] = a
			continue
		}
		if a.Kind != "agent" || a.Role == "" || a.Last < 0 {
			continue
		}
		// "Kosovo police killed three of the attackers, Prime Minister
		// Albin Kurti said": an office named without its state is of
		// the one state the sentence names; in a sentence that names
		// none, of the article's lead state (titled).
		if a.Country == "" {
			c := s.soleCountry()
			if c.Code == "" {
				c = s.reportedState(a.Last)
			}
			if c.Code != "" {
				a = withCountry(a, c)
			} else if b, ok := s.ctx.titled(a); ok && len(s.countriesNamed()) == 0 {
				a = b
			} else {
				continue
			}
		}
		i := a.Last + 1
		if i < t.n && t.toks[i].Form == "," {
			i++
		}
		j := i
		for j < t.n && j-i < 4 && t.upos[j] == "PROPN" && s.tokActor[j] < 0 && s.tokPlace[j] < 0 && isCapitalised(t.toks[j].Form) {
			j++
		}
		if j-i < 2 || j < t.n && t.upos[j] == "PROPN" {
			continue
		}
		var parts []string
		for m := i; m < j; m++ {
			parts = append(parts, t.toks[m].Form)
		}
		p := a
		p.Name = strings.Join(parts, " ")
		p.Kind = "person"
		names[t.toks[j-1].Form] = p
	}
}

// reportedState is the state whose act the holder of the office at h
// reports, in a sentence that names several: "Algeria cut ties with
// Morocco, Foreign Minister Ramtane Lamamra said" is Algeria's minister.
// The office (or the name it titles) is the subject of a verb of saying
// tagged on a clause whose subject is a state or its government. Code ""
// when there is no such report.
func (s *sent) reportedState(h int) Actor {
	t := s.t
	none := Actor{First: -1}
	for h >= 0 && (t.rel[h] == "nmod:desc" || t.rel[h] == "compound" || t.rel[h] == "flat") {
		h = t.head[h]
	}
	v := -1
	if h >= 0 {
		v = t.head[h]
	}
	if v < 0 || t.rel[h] != "nsubj" || !s.p.say[t.lemma[v]] {
		return none
	}
	c := t.head[v]
	switch t.rel[v] {
	case "parataxis", "advcl", "conj":
	default:
		return none
	}
	if c < 0 {
		return none
	}
	k := t.child(c, "nsubj")
	if k < 0 {
		return none
	}
	a := s.actorsAt(k)
	if len(a) != 1 || a[0].Country == "" || !stateSectors[sectorOf(a[0])] {
		return none
	}
	return s.stateActor(a[0].Country)
}

// knownNames makes actors of the people earlier sentences introduced
// (learnNames), where this one names them again by surname or in full
// and the gazetteer knows no actor there; a place of one word with the
// name gives way.
func (s *sent) knownNames() {
	if s.ctx == nil || len(s.ctx.names) == 0 {
		return
	}
	t := s.t
	for i := 0; i < t.n; i++ {
		p, ok := s.ctx.names[t.toks[i].Form]
		if !ok || s.tokActor[i] >= 0 || t.upos[i] != "PROPN" || i+1 < t.n && t.upos[i+1] == "PROPN" {
			continue
		}
		// "Kono met his counterpart": the person the article named is
		// meant, not a place of the name (a district of Sierra Leone)
		if j := s.tokPlace[i]; j >= 0 {
			if s.places[j].First != i || s.places[j].Last != i {
				continue
			}
			s.places = append(s.places[:j:j], s.places[j+1:]...)
			s.indexPlaces()
		}
		first := i
		for first > 0 && t.upos[first-1] == "PROPN" && s.tokActor[first-1] < 0 && strings.Contains(p.Name, t.toks[first-1].Form) {
			first--
		}
		k := len(s.actors)
		s.actors = append(s.actors, actor.Actor{First: first, Last: i, Start: t.toks[first].Start, End: t.toks[i].End,
			Name: p.Name, Code: p.Code, Country: p.Country, Role: p.Role, Kind: "person"})
		p.First, p.Last, p.Start, p.End = first, i, t.toks[first].Start, t.toks[i].End
		s.own = append(s.own, p)
		for m := first; m <= i; m++ {
			s.tokActor[m] = k
		}
	}
}

func isCapitalised(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

func placeRank(kind string) int {
	switch kind {
	case "place":
		return 0
	case "capital":
		return 1
	}
	return 2
}

// fromGaz turns a gazetteer actor into an event actor.
func fromGaz(a actor.Actor) Actor {
	e := Actor{Name: a.Name, Code: a.Code, Country: a.Country, Role: a.Role, Kind: a.Kind,
		First: a.First, Last: a.Last, Start: a.Start, End: a.End}
	for _, en := range a.Entries {
		if en != nil && en.Source != "" {
			e.Sources = append(e.Sources, en.Source)
		}
	}
	// A PETRARCH dictionary actor with a bare three-letter code is a state
	// the gazetteer does not list (the validation suites' fictional
	// Arnor, ARN): it composes with agents like a country.
	if e.Country == "" && e.Kind == "actor" && len(e.Code) == 3 && !strings.HasPrefix(e.Code, "IGO") && !strings.HasPrefix(e.Code, "NGO") && !strings.HasPrefix(e.Code, "IMG") {
		e.Country = e.Code
	}
	return e
}

var pronouns = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "him": true, "her": true, "them": true,
	"his": true, "its": true, "their": true, "hers": true, "theirs": true, "we": true, "our": true,
	"us": true, "i": true, "my": true, "me": true, "itself": true, "themselves": true, "himself": true, "herself": true,
}

// relational nouns name a party by its relation to another: "Greece's
// partners" are not Greece.
var relational = map[string]bool{"partner": true, "member": true, "ally": true, "counterpart": true, "rival": true, "enemy": true, "foe": true, "adversary": true}

var relPronouns = map[string]bool{"which": true, "that": true, "who": true, "whom": true, "whose": true}

// countryNouns stand for the state of whatever possesses or modifies them:
// "his country", "the Iranian government".
var countryNouns = map[string]string{
	"country": "", "nation": "", "state": "", "government": "GOV", "administration": "GOV",
	"regime": "GOV", "authorities": "GOV", "authority": "GOV", "leadership": "GOV",
}

// isSectorOnly reports whether code is a bare agent code with no country.
func isSectorOnly(a Actor) bool { return a.Country == "" && a.Kind == "agent" }

// actorsAt returns the actors an argument headed by token h names: the
// actor whose words include h, or one named by its modifiers ("Houthi
// targets", "bases of Jaish al-Adl", "his country's forces"), and those of
// its conjuncts ("India and Pakistan"). Places are not actors.
func (s *sent) actorsAt(h int) []Actor {
	if h < 0 || h >= s.t.n {
		return nil
	}
	if v, ok := s.memo[h]; ok {
		return v
	}
	s.memo[h] = nil // a cycle through modifiers ends here
	out := s.conjunctActors(h, 2, true)
	s.memo[h] = out
	return out
}

// conjunctActors resolves each conjunct of h at depth. described: a
// conjunct that names no actor itself is a description of the first
// ("China, close partners of Iran and Pakistan, urged…" parsed as a
// coordination), not a second actor; a name the gazetteer does not know,
// after a title it does, names one ("Erdogan and Greek Prime Minister
// Kyriakos Mitsotakis"), and so does a count ("Ten soldiers and 19
// cartel members").
func (s *sent) conjunctActors(h, depth int, described bool) []Actor {
	var out []Actor
	for _, k := range s.t.conjuncts(h) {
		if k != h && s.t.rel[k] != "conj" {
			continue
		}
		if described && k != h && s.tokActor[k] < 0 && s.t.upos[k] != "PRON" && !s.titled(k) && s.t.child(k, "nummod") < 0 {
			continue
		}
		out = append(out, s.actorsOne(k, depth)...)
	}
	return dedupActors(shareCountry(out))
}

// titled reports whether name k has a title before it that the
// gazetteer knows: "Greek Prime Minister" before "Kyriakos Mitsotakis".
func (s *sent) titled(k int) bool {
	for _, j := range s.t.kids[k] {
		if s.t.titleOf(j, k) && s.tokActor[j] >= 0 {
			return true
		}
	}
	return false
}

// titleOf reports whether word k, a dependent of name h, is a title
// before it: "Judge" of "Judge Alejandro Rivera".
func (t *tree) titleOf(k, h int) bool {
	return t.upos[h] == "PROPN" && k < h && (t.rel[k] == "compound" || t.rel[k] == "nmod:desc")
}

// shareCountry gives the bare agents of a coordination the country of
// their conjuncts: "Iranian missiles and drones" are Iranian drones too.
func shareCountry(as []Actor) []Actor {
	country := ""
	for _, a := range as {
		if a.Country != "" {
			if country != "" && country != a.Country {
				return as // several countries: nothing to share
			}
			country = a.Country
		}
	}
	if country == "" {
		return as
	}
	for i, a := range as {
		if isSectorOnly(a) {
			as[i].Country = country
			as[i].Code = country + a.Code
		}
	}
	return as
}

func dedupActors(as []Actor) []Actor {
	var out []Actor
	seen := map[string]bool{}
	for _, a := range as {
		if a.Code == "" || seen[a.Code] {
			continue
		}
		seen[a.Code] = true
		out = append(out, a)
	}
	return out
}

// alone reports whether word h is no part of a longer name the
// gazetteer knows: it names no actor, or one of that word alone with no
// words of a name ("the Umma party") or of whose it is ("parties to the
// conflict in Iraq"), only determiners, numbers and adjectives ("all
// parties", "the two warring parties"; "Iranian parties" are named by
// their country).
func (s *sent) alone(h int) bool {
	t := s.t
	k := s.tokActor[h]
	if k < 0 {
		return true
	}
	if s.actors[k].First != h || s.actors[k].Last != h {
		return false
	}
	for _, d := range t.kids[h] {
		switch t.rel[d] {
		case "det", "det:predet", "nummod", "punct", "case": // "called on all parties"
		case "amod":
			if u := t.upos[d]; u != "ADJ" && u != "VERB" {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// quantifiers pick out part of what their of-phrase names: "none of the
// nationals of Pakistan", "some of the militants".
var quantifiers = map[string]bool{"none": true, "some": true, "all": true, "many": true, "most": true, "one": true,
	"each": true, "several": true, "any": true, "both": true, "dozens": true, "hundreds": true, "thousands": true, "scores": true,
	// the lemmatizer's forms of "Tens of thousands of students"
	"ten": true, "tens": true, "dozen": true, "hundred": true, "thousand": true, "million": true, "millions": true,
	"group": true, "crowd": true, "crowds": true, "band": true}

// actorsOne resolves one conjunct.
func (s *sent) actorsOne(h, depth int) []Actor {
	t := s.t
	lem := t.lemma[h]
	if a := s.groupReferredTo(h); a != nil {
		return []Actor{*a}
	}
	// "Coalition warplanes struck…" after "the Saudi-led coalition": the
	// coalition the article named, by the state that leads it
	if lem == "coalition" && s.tokActor[h] < 0 && s.ctx != nil && s.ctx.coalition != nil && !s.ledBy(h) {
		return s.atPronoun(h, []Actor{*s.ctx.coalition})
	}
	// "killed three of the attackers": a number counts who the of-phrase names
	if (quantifiers[lem] || t.upos[h] == "NUM") && s.tokActor[h] < 0 && depth > 0 {
		for _, k := range t.kids[h] {
			if t.base(k) == "nmod" && t.prep(k) == "of" {
				got := s.actorsAtDepth(k, depth)
				// "thousands of students throughout Indonesia": the
				// place may hang on the quantifier.
				if len(got) == 1 && isSectorOnly(got[0]) {
					if c := s.whereFrom(h); c != nil {
						got = []Actor{withCountry(got[0], *c)}
					}
				}
				return got
			}
		}
	}
	if c := s.countedBefore(h); c >= 0 && depth > 0 {
		return s.atPronoun(h, s.actorsAtDepth(c, depth-1))
	}
	if got := s.examples(h, depth); len(got) > 0 {
		return got
	}
	if a := s.attackersReferredTo(h); a != nil {
		return []Actor{*a}
	}
	if weapons[lem] && depth > 0 {
		// "a missile fired by rebels": arms name no one; who used
		// them does.
		if got := s.wielder(h, depth); len(got) > 0 {
			return got
		}
		if got := s.usedBefore(h, depth); len(got) > 0 {
			return got
		}
	}
	if s.p.generic[lem] && s.alone(h) {
		// "both sides", "the two countries", "all parties": a group the
		// sentence does not name; a possessive may still name it
		// ("Pakistan's side"). A name the word is part of is a name
		// ("the Pakistan People's Party").
		if c := s.modifierActor(h, depth); len(c) > 0 && countryNouns[lem] == "" && (lem == "country" || lem == "nation") {
			return countryLevel(c, "")
		}
		// "Haiti's government declared… after gangs stormed the
		// country's largest prisons": "the country" is the one the
		// sentence names, or in a sentence naming none the article's lead
		if (lem == "country" || lem == "nation") && t.toks[h].XPOS == "NN" && t.det(h) == "the" {
			if c := s.soleCountry(); c.Code != "" {
				return s.atPronoun(h, []Actor{c})
			}
			if s.ctx != nil && s.ctx.lead != nil && len(s.countriesNamed()) == 0 {
				return s.atPronoun(h, []Actor{*s.ctx.lead})
			}
		}
		return nil
	}
	if t.upos[h] == "PRON" || pronouns[lem] && s.tokActor[h] < 0 {
		if relPronouns[lem] {
			return s.relAntecedent(h)
		}
		if pronouns[lem] {
			return s.antecedent(h)
		}
		return nil
	}
	if relPronouns[lem] && s.tokActor[h] < 0 && t.upos[h] != "NOUN" && t.upos[h] != "PROPN" {
		return s.relAntecedent(h)
	}
	if k := s.tokActor[h]; k >= 0 && !heldBy(t.toks[h].Form) && s.ownActor(k).Code != "" {
		a := s.ownActor(k)
		if b, ok := s.officeInApposition(h, a); ok {
			return []Actor{b}
		}
		named := false // a facility's name, whose demonym names no owner
		if isSectorOnly(a) {
			// "its forces", "the Iranian foreign ministry" when the
			// gazetteer did not compose them: the country comes from a
			// possessor or modifier outside the actor's words, or from
			// where the agent is ("a court in Guyana", "dissidents from
			// Myanmar", "the mayor of Nablus").
			c := s.modifierActor(h, depth)
			// "the attackers from the Allied Democratic Forces (ADF)": a
			// group in apposition is who they are, as a possessor is
			owned := t.child(h, "nmod:poss") >= 0 || t.child(h, "appos") >= 0
			// "the Saudi Teaching Maternal Hospital in El Fasher", "the
			// Indonesian Hospital in Gaza": a demonym in a facility's name
			// names no owner
			if len(c) > 0 && c[0].Kind == "demonym" && !owned && isCapitalised(t.toks[h].Form) && facilities[strings.ToLower(t.lemma[h])] {
				c, named = nil, true
			}
			// "forces loyal to Khalifa Haftar" are his as "Haftar's
			// forces" are
			if l := s.loyalTo(h, depth); len(l) > 0 {
				c, owned = l, true
			}
			// "its warships" after the EU, "its fighters" after
			// Al-Shabaab: an organisation's or a group's own forces are
			// coded as it, as the gazetteer codes "NATO forces" and
			// "Hezbollah fighters". "Al-Qaeda-linked rebels" are not
			// Al-Qaeda. "the gang's leader", "the rebels' commander": an
			// office of armed men who are no state's is theirs.
			theirs := len(c) > 0 && owned && ((c[0].Kind == "igo" || c[0].Kind == "group" || leadsGroup(c[0])) && armedSectors[a.Code] ||
				a.Code == "GOV" && isSectorOnly(c[0]) && armedGroupSectors[c[0].Code])
			if theirs {
				b := c[0]
				b.Sources = append(append([]string(nil), b.Sources...), a.Sources...)
				b.First, b.Last, b.Start, b.End = a.First, a.Last, a.Start, a.End
				a = b
			} else if len(c) > 0 && c[0].Country != "" {
				a = withCountry(a, c[0])
			} else if c := s.whereFrom(h); c != nil {
				a = withCountry(a, *c)
			} else if depth == 2 {
				// only for the argument itself, not for its modifiers
				if b, ok := s.ctx.resolve(a, s.organ(h)); ok {
					a = b
				}
			}
		}
		if r, ok := s.residents(h, a); ok {
			return []Actor{r}
		}
		out := []Actor{a}
		if named {
			return out
		}
		// "Pakistani and Indian troops": the gazetteer composed "Indian
		// troops"; the coordinated demonym gives a second actor.
		out = append(out, s.coordinatedModifiers(h, a)...)
		out = append(out, s.ofConjuncts(h, a)...)
		return out
	}
	if sector, ok := countryNouns[lem]; ok {
		if c := s.modifierActor(h, depth); len(c) > 0 {
			return countryLevel(c, sector)
		}
		return nil
	}
	if depth <= 0 {
		return nil
	}
	got := s.modifierActor(h, depth)
	// "militant bases in Pakistan": a generic agent named by a modifier
	// takes the country of where the noun is.
	if len(got) == 1 && isSectorOnly(got[0]) {
		if c := s.whereFrom(h); c != nil {
			got = []Actor{withCountry(got[0], *c)}
		} else if a, ok := s.ctx.titled(got[0]); ok && depth == 2 && t.upos[h] == "PROPN" {
			got = []Actor{a}
		}
	}
	if len(got) == 0 && documents[lem] {
		got = s.issuer(h)
	}
	return got
}

// officeInApposition is the office an apposition gives a person whom
// the gazetteer has out of office on the article's date: "Qassem
// Soleimani, the commander of Iran's Quds Force", killed the day the
// article reports, held the office the text names.
func (s *sent) officeInApposition(h int, a Actor) (Actor, bool) {
	if a.Kind != "person" || a.Role != actor.OutOfOffice {
		return a, false
	}
	for _, k := range s.t.children(h, "appos") {
		for _, b := range s.actorsAt(k) {
			if b.Country == a.Country && b.Code != b.Country && stateSectors[sectorOf(b)] {
				b.Name, b.First, b.Last, b.Start, b.End = a.Name, a.First, a.Last, a.Start, a.End
				b.Sources = append(append([]string(nil), a.Sources...), b.Sources...)
				return b, true
			}
		}
	}
	return a, false
}

// countedBefore is, for a bare number that is a verb's object, the
// object the verb coordinated before it counted: "killed five militants
// and captured two" captured two militants. -1 when h is no such number.
func (s *sent) countedBefore(h int) int {
	t := s.t
	v := t.head[h]
	if t.upos[h] != "NUM" || s.tokActor[h] >= 0 || t.rel[h] != "obj" || v < 0 || t.rel[v] != "conj" {
		return -1
	}
	for _, k := range t.kids[h] {
		if t.rel[k] != "amod" { // "captured one alive"
			return -1
		}
	}
	o := t.child(t.head[v], "obj")
	if o < 0 || o > h {
		return -1
	}
	if t.upos[o] == "NUM" || t.child(o, "nummod") >= 0 {
		return o
	}
	return -1
}

// examplePreps introduce the members a plural names: "neighbouring
// governments, including Brazil and Chile", "countries such as Egypt".
var examplePreps = map[string]bool{"include": true, "including": true, "such as": true}

// examples are the actors a plural that names no one itself is given by
// ("neighbouring governments, including Brazil and Chile" are Brazil's
// and Chile's governments): who acts is who is named.
func (s *sent) examples(h, depth int) []Actor {
	t := s.t
	if depth <= 0 || t.toks[h].XPOS != "NNS" {
		return nil
	}
	sector := ""
	if k := s.tokActor[h]; k >= 0 {
		a := s.ownActor(k)
		if !isSectorOnly(a) {
			return nil
		}
		sector = a.Code
	}
	for _, k := range t.kids[h] {
		if t.base(k) != "nmod" || !examplePreps[t.prep(k)] {
			continue
		}
		got := s.actorsAtDepth(k, depth-1)
		for i, a := range got {
			if sector != "" && a.Country != "" && a.Code == a.Country {
				got[i].Code = a.Country + sector
				got[i].Sources = append(append([]string(nil), a.Sources...), s.ownActor(s.tokActor[h]).Sources...)
			}
		}
		return got
	}
	return nil
}

// attackerNouns name those who carried out an attack.
var attackerNouns = map[string]bool{"attacker": true, "assailant": true, "gunman": true}

// attackersReferredTo is who "the attackers" at h are: who carried out
// the attack the last sentence or the one before told of ("Al-Shabaab
// militants attacked a beach… Security forces killed five of the
// attackers"). nil when h is not such a definite description, or no one
// attack was told of.
func (s *sent) attackersReferredTo(h int) *Actor {
	by := s.ctx.recentAttack()
	if by == nil || !attackerNouns[s.t.lemma[h]] {
		return nil
	}
	// "the attackers", and "five attackers" of those the article told of
	if !definite[s.t.det(h)] && (s.t.det(h) != "" || s.t.child(h, "nummod") < 0) {
		return nil
	}
	for _, k := range s.t.kids[h] {
		switch s.t.rel[k] {
		case "det", "case", "punct", "nummod":
		default:
			return nil // "the attackers' leader", "the attackers from Chad": the phrase says more
		}
	}
	a := s.atPronoun(h, []Actor{*by})[0]
	return &a
}

// chargeVerbs take what someone is charged with in an "of" phrase or
// clause that the parser may hang on the one charged: "accused the group
// of genocide", "accused the mission of failing to protect civilians".
var chargeVerbs = map[string]bool{"accuse": true, "charge": true, "suspect": true, "convict": true, "acquit": true, "absolve": true}

// chargeOf reports whether k, an "of" phrase of h ("of genocide"), is
// the charge of a verb of charging whose object h is, not more of h's own
// description. (An of-clause so hung, "of failing to…", the tree gives
// the verb: repairChargeClauses.)
func (s *sent) chargeOf(h, k int) bool {
	t := s.t
	v := t.head[h]
	return v >= 0 && t.rel[h] == "obj" && chargeVerbs[t.lemma[v]] && t.prep(k) == "of" && len(s.actorsAtDepth(k, 1)) == 0
}

// groupNouns are the words news uses to refer back to an armed group or
// movement it has named: "Hezbollah said… the group fired".
var groupNouns = map[string]bool{"group": true, "militia": true, "movement": true, "organisation": true, "organization": true}

// igoNouns are the words news uses to refer back to an international
// organisation it has named: "ECOWAS said… The bloc has imposed
// sanctions".
var igoNouns = map[string]bool{"bloc": true, "alliance": true, "grouping": true, "mission": true}

// groupReferredTo is the group "the group" at h refers back to: the last
// group the article named before this sentence ("the bloc": the last
// international organisation). nil when h is no such bare definite
// description, or none was named.
func (s *sent) groupReferredTo(h int) *Actor {
	t := s.t
	if s.ctx == nil || t.upos[h] != "NOUN" {
		return nil
	}
	ref := s.ctx.group
	if igoNouns[t.lemma[h]] {
		ref = s.ctx.igo
	} else if !groupNouns[t.lemma[h]] {
		return nil
	}
	if ref == nil || !s.organ(h) {
		return nil
	}
	// The words may name a sector ("the militant group", "the
	// paramilitary group") or the group's home ("the Somali Islamist
	// group"), not another actor.
	describes := func(j int) bool {
		a := s.ownActor(j)
		return a.Code == "" || isSectorOnly(a) || a.Code == ref.Country || a.Country == ref.Country && a.Kind == "agent" && armedGroupSectors[sectorOf(a)]
	}
	if j := s.tokActor[h]; j >= 0 && !describes(j) {
		return nil
	}
	for _, k := range t.kids[h] {
		switch t.rel[k] {
		case "det", "amod", "punct": // "the militant group"
		case "compound", "flat":
			// "the al - Qaeda - linked group": a patron, split off
			if j := s.tokActor[k]; j < 0 || !describes(j) {
				return nil
			}
		case "nmod", "acl":
			if !s.chargeOf(h, k) {
				return nil
			}
		default:
			return nil // "the group of protesters", "the Wagner group": the phrase says more
		}
	}
	a := s.atPronoun(h, []Actor{*ref})[0]
	return &a
}

// documents are the words for what an actor issues and that then speaks
// for it: "a report released in Kigali alleged…".
var documents = map[string]bool{"report": true, "statement": true, "communique": true, "communiqué": true,
	"letter": true, "declaration": true, "resolution": true, "study": true, "document": true}

// issuer is who issued the document h, from the participle that says so:
// its agent ("a report released by the government"), or else the state
// where it was issued, as a capital stands for its government ("a
// statement issued in Tehran").
func (s *sent) issuer(h int) []Actor {
	t := s.t
	for _, v := range t.kids[h] {
		if t.rel[v] != "acl" || t.toks[v].XPOS != "VBN" {
			continue
		}
		if a := s.agent(v); a >= 0 {
			if got := s.actorsAtDepth(a, 1); len(got) > 0 {
				return got
			}
		}
		for _, k := range t.kids[v] {
			if t.base(k) != "obl" || t.prep(k) != "in" && t.prep(k) != "from" {
				continue
			}
			if c := s.stateAt(k); c != nil {
				return []Actor{*c}
			}
		}
	}
	return nil
}

// whereFrom is the state of a place or country an agent is in, from or of.
func (s *sent) whereFrom(h int) *Actor {
	t := s.t
	for _, k := range t.kids[h] {
		// "Darfur rebels", "Gaza militants": a place named as a
		// compound modifier.
		if t.rel[k] == "compound" && k < h {
			if j := s.tokPlace[k]; j >= 0 && s.places[j].Entry.Kind != "country" {
				if p := s.placeOf(j); p.Country != "" {
					c := s.countryActor(p)
					return &c
				}
			}
			continue
		}
		if t.base(k) != "nmod" && t.base(k) != "acl" {
			continue
		}
		switch t.prep(k) {
		case "in", "from", "of", "at", "throughout", "across":
		default:
			continue
		}
		if c := s.stateAt(k); c != nil {
			return c
		}
	}
	// "to support the government in Tripoli" with the place hung on the
	// verb: a government is the one in the capital right after it
	if v := t.head[h]; v >= 0 && t.rel[h] == "obj" && seats[t.lemma[h]] {
		_, end := t.span(h)
		for _, k := range t.kids[v] {
			if lo, _ := t.span(k); t.base(k) == "obl" && t.prep(k) == "in" && lo == end+1 {
				if j := s.tokActor[k]; j >= 0 && s.ownActor(j).Kind == "capital" {
					c := s.stateActor(s.ownActor(j).Country)
					return &c
				}
			}
		}
	}
	return nil
}

// seats are the words for a state's government named by where it sits:
// "the government in Tripoli", "the authorities in Kabul".
var seats = map[string]bool{"government": true, "authorities": true, "authority": true, "administration": true, "regime": true}

// stateAt is the state a phrase names, as an actor ("in Kigali", "of the
// Rwandan capital", "from Myanmar"), or nil.
func (s *sent) stateAt(k int) *Actor {
	if a := s.actorsAtDepth(k, 1); len(a) > 0 && a[0].Country != "" {
		c := countryLevel(a[:1], "")[0]
		return &c
	}
	if j := s.placeAt(k, 2); j >= 0 {
		if p := s.placeOf(j); p.Country != "" {
			c := s.countryActor(p)
			return &c
		}
	}
	return nil
}

// ownActor is the gazetteer actor k, less a leading patron modifier:
// "Al-Qaeda-linked rebels" are rebels, "Iran-backed militias" militias,
// not al-Qaeda or Iran. A country named only as a patron or an enemy is
// no actor at all. The coder reads the sentence's actors through it.
func (s *sent) ownActor(k int) Actor { return s.own[k] }

func (s *sent) withoutPatron(k int) Actor {
	a := s.actors[k]
	if a.First < 0 || a.First >= len(s.toks) || a.Last >= len(s.toks) {
		return fromGaz(a)
	}
	e := s.patronEnd(a.First, a.Last, a.Start)
	if e < 0 {
		return fromGaz(a)
	}
	if e < a.Last {
		b, _ := s.actorEndingAt(e+1, a.Last)
		return b
	}
	return Actor{}
}

// actorEndingAt is the gazetteer's actor of tokens from..to read on
// their own, if one ends at to.
func (s *sent) actorEndingAt(from, to int) (Actor, bool) {
	sub := s.toks[from : to+1]
	for _, b := range s.c.g.Actors(sub, s.date) {
		if b.Last == len(sub)-1 {
			b.First += from
			b.Last += from
			return fromGaz(b), true
		}
	}
	return Actor{}, false
}

// patronEnd is the last token of a patron modifier that an actor starting
// at token first (byte start) begins with or is part of, or -1. "anti-"
// and "pro-" name the group's enemy or patron ("pro-Russia rebels",
// "anti-Iranian militants"), as does a country before "-backed",
// "-linked" and the like, written as one token or as three ("Russian -
// backed separatists", "al - Qaeda - linked group"): the country is not
// the group's own.
func (s *sent) patronEnd(first, last, start int) int {
	toks := s.toks
	f := strings.ToLower(toks[first].Form)
	if (strings.HasPrefix(f, "anti-") || strings.HasPrefix(f, "pro-")) && start > toks[first].Start || linkedBy(f) {
		return first
	}
	joined := func(i int) bool { // a hyphen token joins tokens i and i+2
		return i >= 0 && i+2 < len(toks) && isHyphen(toks[i+1].Form)
	}
	if joined(first - 2) {
		switch strings.ToLower(toks[first-2].Form) {
		case "pro", "anti":
			return first
		}
	}
	if joined(first) && linkedBy("-"+toks[first+2].Form) {
		return first + 2
	}
	if last > first && joined(last) && linkedBy("-"+toks[last+2].Form) {
		return last + 2
	}
	return -1
}

func isHyphen(f string) bool { return f == "-" || f == "\u2010" || f == "\u2011" }

func linkedBy(form string) bool {
	f := strings.ToLower(form)
	for _, suf := range []string{"-linked", "-backed", "-allied", "-affiliated", "-inspired", "-aligned", "-supported", "-sponsored", "-funded", "-armed", "-trained"} {
		if strings.HasSuffix(f, suf) {
			return true
		}
	}
	return false
}

// heldBy marks a modifier that says who holds a place, not who acts:
// "a government-held part of Aleppo", "Israeli-occupied sector".
func heldBy(form string) bool {
	f := strings.ToLower(form)
	for _, suf := range []string{"-held", "-controlled", "-occupied", "-run", "-administered", "-ruled", "-dominated"} {
		if strings.HasSuffix(f, suf) {
			return true
		}
	}
	return false
}

// modifierActor looks for an actor among the modifiers of h: possessor,
// compound, adjective, "of" phrase, apposition, flat name.
func (s *sent) modifierActor(h, depth int) []Actor {
	t := s.t
	if depth <= 0 {
		return nil
	}
	order := [][]string{{"nmod:poss"}, {"compound", "flat", "appos", "nmod:desc"}, {"amod"}, {"nmod"}}
	if relational[t.lemma[h]] {
		// "its European Community partners", "NATO-member Norway": the
		// possessor is the other side of the relation, and a name in
		// apposition is the one meant.
		order = [][]string{{"flat", "appos", "nmod:desc"}, {"compound"}, {"amod"}, {"nmod"}}
	}
	for _, rels := range order {
		for _, k := range t.kids[h] {
			if !hasRel(t.rel[k], rels) || heldBy(t.toks[k].Form) {
				continue
			}
			// a word of the same gazetteer actor adds nothing
			if s.tokActor[k] >= 0 && s.tokActor[k] == s.tokActor[h] {
				continue
			}
			if t.rel[k] == "nmod" {
				// "a camp for Congolese refugees" is the refugees' camp
				if p := t.prep(k); p != "of" && !(p == "for" && facilities[t.lemma[h]]) {
					continue
				}
			}
			var got []Actor
			if t.rel[k] == "nmod:poss" && (pronouns[t.lemma[k]] || t.upos[k] == "PRON") {
				got = s.antecedent(k)
			} else {
				got = s.actorsAtDepth(k, depth-1)
			}
			// "a military response", "missile strikes": a bare sector
			// word modifying a noun classifies it; it names no one. Before
			// a name it is the person's title: "Judge Alejandro Rivera".
			title := t.titleOf(k, h)
			// "the studio of the broadcaster" is the broadcaster's, as
			// "the broadcaster's studio" is; but "the killing of a girl"
			// is an event done to her
			owner := t.rel[k] == "nmod" && t.prep(k) == "of" && t.det(k) != "" && s.match(h) == nil
			// Members are of what names them: "cartel members".
			if len(got) > 0 && t.rel[k] != "nmod:poss" && t.rel[k] != "appos" && !title && !owner && !memberNouns[t.lemma[h]] && allSectorOnly(got) {
				continue
			}
			if len(got) > 0 {
				return got
			}
		}
	}
	return nil
}

// memberNouns name people by what they belong to.
var memberNouns = map[string]bool{"member": true, "operative": true, "affiliate": true}

// weapons are arms that someone fires, flies or plants, and weaponUse the
// participles that say who did: "a missile fired by rebels", "drones
// launched by the Houthis", "a bomb planted by militants". A participle
// of making or supplying ("a drone supplied by Iran") names someone else.
var (
	weapons = map[string]bool{"missile": true, "rocket": true, "drone": true, "warplane": true, "jet": true,
		"bomber": true, "aircraft": true, "helicopter": true, "plane": true, "shell": true, "mortar": true,
		"bomb": true, "grenade": true, "mine": true, "projectile": true, "munition": true}
	weaponUse = map[string]bool{"fire": true, "launch": true, "fly": true, "operate": true, "drop": true,
		"plant": true, "detonate": true, "lob": true, "throw": true, "shoot": true, "pilot": true, "use": true}
)

// wielder is who used the weapon h, from the agent of a participle of use
// on it, also under a verb of belief: "a missile believed to be fired by
// rebels".
func (s *sent) wielder(h, depth int) []Actor {
	t := s.t
	for _, v := range t.kids[h] {
		if t.rel[v] != "acl" || !t.isVerbal(v) {
			continue
		}
		if !weaponUse[t.lemma[v]] {
			x := t.child(v, "xcomp")
			if x < 0 || !weaponUse[t.lemma[x]] {
				continue
			}
			v = x
		}
		if a := s.agent(v); a >= 0 {
			return s.actorsAtDepth(a, depth)
		}
	}
	return nil
}

// usedBefore is who used the weapons a definite noun refers back to:
// "The Houthis fired two missiles at a tanker… The missiles struck the
// ship" were the Houthis' missiles. A noun that names its own owner
// ("the Iranian missiles") is not referring back.
func (s *sent) usedBefore(h, depth int) []Actor {
	if s.ctx == nil {
		return nil
	}
	if as := s.referredBack(h, s.ctx.weapons[s.t.lemma[h]]); len(as) > 0 && len(s.modifierActor(h, depth)) == 0 {
		return as
	}
	return nil
}

// doneBefore is who did the violence a definite event noun refers back
// to: "Rebels shelled a camp on Monday… The UN condemned the shelling"
// condemns the rebels. The noun must name the same act as the earlier
// event ("shelling" and "shelled", "the strikes" and "struck"), not just
// any violence: "the attack" after a report of two is no one's. After a
// report of one attack, the words for any attack refer to it: "Israel
// carried out an air strike in Doha… Qatar condemned the attack".
func (s *sent) doneBefore(n int, r *row) []Actor {
	if s.ctx == nil || !violent(r.code) || s.t.child(n, "nmod:poss") >= 0 {
		return nil
	}
	doers, told := s.ctx.violence[actStem(s.t.lemma[n])]
	if as := s.referredBack(n, doers); len(as) > 0 {
		return as
	}
	// unless the article told of an attack by that word whose doer it
	// did not say ("hours after an attack near Ankara")
	if by := s.ctx.recentAttack(); !told && by != nil && anyAttack[s.t.lemma[n]] {
		return s.referredBack(n, []Actor{*by})
	}
	return nil
}

// anyAttack are the nouns that name an attack of any kind, whatever
// weapon it used ("bombed… the strikes").
var anyAttack = map[string]bool{"attack": true, "assault": true, "aggression": true, "strike": true, "airstrike": true, "raid": true}

// referredBack is as, named at the definite noun h that refers back to
// them ("the missiles", "the shelling"); nil when h is not definite.
func (s *sent) referredBack(h int, as []Actor) []Actor {
	if len(as) == 0 || !definite[s.t.det(h)] {
		return nil
	}
	return s.atPronoun(h, as)
}

// attackBefore is who did the harm an agentless report of it tells
// ("At least 15 people were wounded in Kyiv"), when one of the two
// sentences before told of one side's violence against the country where
// it happened or whose people it harmed ("Russia fired 14 missiles and
// 250 drones at Ukraine").
func (s *sent) attackBefore(tg *trig, tgts []Actor, loc *Place) []Actor {
	d := s.ctx
	by := d.recentAttack()
	if by == nil {
		return nil
	}
	on := loc != nil && loc.Country == d.attackOn
	for _, a := range tgts {
		if a.Country != "" && a.Country != d.attackOn {
			return nil
		}
		on = on || a.Country == d.attackOn
	}
	if !on {
		return nil
	}
	return s.atPronoun(tg.i, []Actor{*by})
}

// actStem is what a verb and its nouns of violence share: "shelling" and
// "shell", "bombing" and "bomb", "airstrike" and "strike".
func actStem(lemma string) string {
	if len(lemma) > 6 && strings.HasSuffix(lemma, "ing") {
		lemma = strings.TrimSuffix(lemma, "ing")
	}
	// "the abduction" after "abducted"
	if strings.HasSuffix(lemma, "ction") {
		lemma = strings.TrimSuffix(lemma, "ion")
	}
	// "the kidnapping" after "kidnapped": "kidnapp" and "kidnap"
	if n := len(lemma); n > 3 && lemma[n-1] == lemma[n-2] {
		lemma = lemma[:n-1]
	}
	return strings.TrimPrefix(lemma, "air")
}

// armedSectors are the sectors of those who fight for a state, an
// organisation or a group.
var armedSectors = map[string]bool{"MIL": true, "UAF": true, "REB": true}

// ledBy reports whether noun h says who leads it: "the Saudi-led
// coalition".
func (s *sent) ledBy(h int) bool {
	for _, k := range s.t.kids[h] {
		if s.t.rel[k] == "amod" && (s.t.lemma[k] == "led" || strings.HasSuffix(s.t.lemma[k], "-led")) {
			return true
		}
	}
	return false
}

// loyalTo is whom noun h is said to be loyal to: "forces loyal to the
// government".
func (s *sent) loyalTo(h, depth int) []Actor {
	t := s.t
	for _, d := range t.kids[h] {
		if t.rel[d] != "amod" || t.lemma[d] != "loyal" {
			continue
		}
		// the to-phrase on the adjective, or on the noun after it
		for _, o := range append(append([]int(nil), t.kids[d]...), t.kids[h]...) {
			if (t.base(o) == "obl" || t.base(o) == "nmod") && t.prep(o) == "to" {
				return s.actorsAtDepth(o, depth)
			}
		}
	}
	return nil
}

// leadsGroup reports whether a is a person coded as the armed group he
// leads ("Haftar's forces" are the LNA's).
func leadsGroup(a Actor) bool {
	return a.Kind == "person" && len(a.Code) > 3 && (strings.HasSuffix(a.Code, "REB") || strings.HasSuffix(a.Code, "UAF") || strings.HasPrefix(a.Code, "IMG"))
}

// organ reports whether h names one state's organ the reader knows: a
// definite singular ("the army", "the police"), not "troops" or "the
// soldiers", who may be anyone's. Police need no article: "Police fired
// on demonstrators" and "Security forces killed five of the attackers"
// are the police of the country reported on; nor does what the
// government owns ("government forces", "government aircraft", "federal
// troops").
func (s *sent) organ(h int) bool {
	t := s.t
	if t.det(h) == "" && s.barePolice(h) {
		return true
	}
	for _, k := range t.kids[h] {
		if (t.rel[k] == "compound" || t.rel[k] == "amod") && k < h && (t.lemma[k] == "government" || t.lemma[k] == "federal") {
			return true
		}
	}
	return t.toks[h].XPOS == "NN" && t.det(h) == "the"
}

// barePolice reports whether h names police and nothing else: no
// modifier outside the words of the gazetteer's police ("Police",
// "Security forces", not "Somali police" or "its security forces").
func (s *sent) barePolice(h int) bool {
	t := s.t
	k := s.tokActor[h]
	if t.lemma[h] != "police" && (k < 0 || s.ownActor(k).Code != "COP") {
		return false
	}
	for _, m := range t.kids[h] {
		switch t.rel[m] {
		case "nmod:poss", "amod", "compound":
			if k < 0 || s.tokActor[m] != k {
				return false
			}
		}
	}
	return true
}

// definite determiners refer to what the reader already knows.
var definite = map[string]bool{"the": true, "these": true, "those": true, "this": true, "that": true}

// wielders is who the sentence says used its weapons: the subject of
// "fired missiles", the agent of "missiles were fired by", keyed by the
// weapon's lemma.
func (s *sent) wielders() map[string][]Actor {
	t := s.t
	var out map[string][]Actor
	for k := 0; k < t.n; k++ {
		v := t.head[k]
		if !weapons[t.lemma[k]] || v < 0 || !weaponUse[t.lemma[v]] {
			continue
		}
		by := -1
		switch {
		case t.rel[k] == "obj" && !t.passive(v):
			by = t.child(v, "nsubj")
		case t.rel[k] == "nsubj:pass":
			by = s.agent(v)
		}
		if a := s.actorsAt(by); len(a) > 0 && !allSectorOnly(a) {
			if out == nil {
				out = map[string][]Actor{}
			}
			out[t.lemma[k]] = a
		}
	}
	return out
}

// facilities are places built for people, whose for-phrase names whose
// they are.
var facilities = map[string]bool{"camp": true, "shelter": true, "school": true, "hospital": true, "clinic": true,
	"home": true, "hostel": true, "centre": true, "center": true, "orphanage": true}

func hasRel(r string, rels []string) bool {
	for _, x := range rels {
		if r == x {
			return true
		}
	}
	return false
}

// actorsAtDepth is actorsAt with a bound on how far modifiers are followed.
func (s *sent) actorsAtDepth(h, depth int) []Actor { return s.conjunctActors(h, depth, false) }

// coordinatedModifiers finds the other halves of "Pakistani and Indian
// troops": a demonym or country coordinated with one inside actor a.
func (s *sent) coordinatedModifiers(h int, a Actor) []Actor {
	t := s.t
	var out []Actor
	sector := ""
	if a.Country != "" && len(a.Code) > 3 && strings.HasPrefix(a.Code, a.Country) {
		sector = a.Code[len(a.Country):]
	}
	for _, m := range t.kids[h] {
		if t.rel[m] != "amod" && t.rel[m] != "compound" {
			continue
		}
		for _, c := range t.conjuncts(m) {
			if c == m && s.tokActor[c] >= 0 && s.tokActor[c] == s.tokActor[h] {
				continue
			}
			k := s.tokActor[c]
			if k < 0 || k == s.tokActor[h] {
				continue
			}
			o := s.ownActor(k)
			if o.Country == "" || o.Country == a.Country {
				continue
			}
			if o.Kind == "country" || o.Kind == "demonym" || o.Kind == "capital" {
				o.Code = o.Country + sector
			}
			out = append(out, o)
		}
	}
	return out
}

// ofConjuncts finds the other countries of "the embassies of Rwanda,
// France and Belgium" and "diplomats from Argentina, Chile and Peru":
// the gazetteer composed the role words with the first country after
// "of" or "from"; each country coordinated with it has the same organ.
func (s *sent) ofConjuncts(h int, a Actor) []Actor {
	t := s.t
	k := s.tokActor[h]
	var out []Actor
	for _, m := range t.kids[h] {
		if t.base(m) != "nmod" || t.prep(m) != "of" && t.prep(m) != "from" {
			continue
		}
		cs := t.conjuncts(m)[1:]
		if len(cs) == 0 {
			continue // "the embassy of Rwanda": nothing to add, no lookup
		}
		var role Actor
		if s.tokActor[m] == k {
			of := t.child(m, "case")
			if of <= a.First { // the preposition, "of" or "from"
				return nil
			}
			r, ok := s.actorEndingAt(a.First, of-1)
			if !ok {
				return nil
			}
			role = r
		} else if j := s.tokActor[m]; j >= 0 && s.ownActor(j).Country == a.Country && s.ownActor(j).Kind == "country" {
			// the role words alone, their country from the phrase
			role = s.ownActor(k)
		}
		if role.Code == "" || !isSectorOnly(role) {
			return nil
		}
		for _, c := range cs {
			j := s.tokActor[c]
			if j < 0 || j == k {
				continue
			}
			if o := s.ownActor(j); o.Country != "" && o.Country != a.Country && (o.Kind == "country" || o.Kind == "capital") {
				out = append(out, withCountry(role, o))
			}
		}
	}
	return out
}

// residents: a people named by a nationality noun ("Albanians", "Serbs")
// that the sentence places in another state are that state's people:
// "Ethnic Albanians in south Serbia", "the Albanians of southern Serbia",
// "Bosnian Serbs" are people of Serbia and of Bosnia (code CVL, the name
// keeps who they are), not the states of Albania and Serbia. An "ethnic"
// people the sentence does not place is marked (Role "ethnic") for the
// event to place by where it happened ("ethnic Albanians demonstrated in
// Serbia"). ok is false when h names no such people.
func (s *sent) residents(h int, a Actor) (Actor, bool) {
	t := s.t
	// "the Albanian population of the province", "the Serb minority":
	// a people settled where they live, whatever state their name is of
	settled := a.Country != "" && a.Code == a.Country+"CVL" && a.First <= h && h <= a.Last && settledNouns[t.lemma[h]]
	if !settled && (a.Kind != "demonym" || a.Code != a.Country || a.Last != h || t.toks[h].XPOS != "NNS" && t.toks[h].XPOS != "NNPS") {
		return a, false
	}
	var home *Actor
	ethnic := false
	for _, m := range t.kids[h] {
		if t.rel[m] != "amod" && t.rel[m] != "compound" || m > h {
			continue
		}
		if t.lemma[m] == "ethnic" {
			ethnic = true
			continue
		}
		// "Bosnian Serbs"; not "Pakistani and Indian troops"
		if k := s.tokActor[m]; k >= 0 && k != s.tokActor[h] && len(t.children(m, "conj")) == 0 {
			if o := s.ownActor(k); o.Country != "" && o.Country != a.Country && (o.Kind == "demonym" || o.Kind == "country") {
				c := s.stateActor(o.Country)
				home = &c
			}
		}
	}
	if home == nil {
		if c := s.whereFrom(h); c != nil && c.Country != a.Country {
			home = c
		}
	}
	if home == nil {
		if !ethnic && !settled {
			return a, false
		}
		a.Role = "ethnic"
		return a, true
	}
	return residentsOf(a, t.toks[h].Form, *home), true
}

// settledNouns name a people by where they live.
var settledNouns = map[string]bool{"population": true, "minority": true, "minorities": true}

// residentsOf is people a, named by the word form, as people of the
// state home: "Albanians of Serbia", SRBCVL.
func residentsOf(a Actor, form string, home Actor) Actor {
	return Actor{Name: form + " of " + home.Name, Code: home.Country + "CVL", Country: home.Country, Role: "residents", Kind: a.Kind,
		First: a.First, Last: a.Last, Start: a.Start, End: a.End,
		Sources: append(append([]string(nil), a.Sources...), home.Sources...)}
}

// withCountry gives a bare agent a country: "forces" + Pakistan → PAKMIL.
func withCountry(a, c Actor) Actor {
	a.Country = c.Country
	a.Code = c.Country + a.Code
	if c.Name != "" {
		a.Name = strings.TrimSpace(c.Name + " " + a.Name)
	}
	if c.First >= 0 && c.First < a.First {
		a.First, a.Start = c.First, c.Start
	}
	a.Sources = append(append([]string(nil), c.Sources...), a.Sources...)
	return a
}

// countryLevel reduces actors to their states, plus a sector.
func countryLevel(as []Actor, sector string) []Actor {
	var out []Actor
	for _, a := range as {
		if a.Country == "" {
			continue
		}
		c := a
		c.Code = a.Country + sector
		c.Kind = "country"
		out = append(out, c)
	}
	return out
}

// antecedent resolves a personal pronoun to the subject of a clause above
// it: "Iran said it had hit…", "Tehran's top diplomat insisted his
// country's forces…", and the speaker of a quote ("We have seen…, Miller
// said"). Only the sentence itself is searched.
func (s *sent) antecedent(p int) []Actor {
	if v, ok := s.antec[p]; ok {
		return s.atPronoun(p, v)
	}
	if s.busy[p] {
		return nil
	}
	s.busy[p] = true
	defer delete(s.busy, p)
	t := s.t
	var out []Actor
	f := strings.ToLower(t.toks[p].Form)
	reflexive := strings.HasSuffix(f, "self") || strings.HasSuffix(f, "selves")
	cur := p
	for step := 0; step < t.n && out == nil; step++ {
		par := t.head[cur]
		if par < 0 {
			break
		}
		// "Pakistan said Iran had threatened it": a pronoun that is an
		// argument of a verb is not that verb's subject (that would be
		// "itself"); its antecedent is further up.
		if step == 0 && !reflexive && t.isVerbal(par) {
			if b := t.base(p); b == "obj" || b == "iobj" || b == "obl" {
				// "Sudan filed a case against the UAE, accusing it": the
				// participle's subject is Sudan's, so "it" is another
				// the clause above named
				if a := s.otherNamedAbove(p, par); len(a) > 0 {
					out = a
					break
				}
				cur = par
				continue
			}
		}
		// "Pakistan said Iran attacked its border posts": who attacks
		// attacks another's, so the owner of what a violent verb hits
		// is not its subject, unless the sentence says so ("its own").
		if step == 1 && t.rel[p] == "nmod:poss" && t.isVerbal(par) && (t.base(cur) == "obj" || t.base(cur) == "obl") && !(p+1 < t.n && t.wordIn(p+1, ownWords)) {
			if s.violentAt(par) {
				cur = par
				continue
			}
		}
		for _, k := range t.kids[par] {
			if k == cur || t.inSubtree(p, k) {
				continue
			}
			if r := t.rel[k]; r != "nsubj" && r != "nsubj:pass" {
				continue
			}
			if pronouns[t.lemma[k]] && s.tokActor[k] < 0 { // "US" is no "us"
				if a := s.antecedent(k); len(a) > 0 {
					out = a
				}
				break
			}
			// "UN experts say it controls the group": "it" is not the
			// experts; look further up.
			if pluralFor(t, p, k) {
				break
			}
			if a := s.actorsAt(k); len(a) > 0 {
				// "Senegal's president said French troops would leave his
				// country": "his" is no troops'; look further up.
				if personal[t.lemma[p]] && !slices.ContainsFunc(a, func(b Actor) bool { return pronounFits(t.lemma[p], b) }) {
					break
				}
				out = a
			} else if singularPronoun[t.lemma[p]] && t.wordIn(k, bodyNouns) {
				// "The group, which rejected the deal, said it…": the
				// pronoun is the body the sentence names, though no
				// one knows which; not whoever the article named last
				s.antec[p] = nil
				return nil
			}
			break
		}
		cur = par
	}
	// A parse that hangs the pronoun's clause oddly still leaves the
	// nearest subject before it as the best guess ("…as Israel announced
	// it would free…").
	if out == nil {
		for k := p - 1; k >= 0; k-- {
			if (t.rel[k] == "nsubj" || t.rel[k] == "nsubj:pass") && (!pronouns[t.lemma[k]] || s.tokActor[k] >= 0) &&
				!pluralFor(t, p, k) {
				if a := s.actorsAt(k); len(a) > 0 {
					out = a
					break
				}
			}
		}
	}
	// "The EU launched a naval mission… Its warships shot down…": a
	// pronoun with nothing to refer to in its own sentence refers to the
	// subject of the one before.
	// Failing that, the one who said it: "Lithuania closed its border,
	// Prime Minister Inga Ruginiene said. She accused Minsk…".
	if out == nil && s.ctx != nil {
		for _, as := range [][]Actor{s.ctx.subject, s.ctx.speaker} {
			for _, a := range as {
				if pronounFits(t.lemma[p], a) {
					a.First, a.Last = -1, -1 // words of another sentence
					out = append(out, a)
				}
			}
			if out != nil {
				break
			}
		}
	}
	s.antec[p] = out
	return s.atPronoun(p, out)
}

// otherNamedAbove is, for pronoun p the object of par, a verb with no
// subject of its own that shares the subject of the verb it hangs on,
// the nearest actor before p that verb names other than as its subject.
func (s *sent) otherNamedAbove(p, par int) []Actor {
	t := s.t
	h := t.head[par]
	if h < 0 || t.subject(par) >= 0 || !t.isVerbal(h) {
		return nil
	}
	switch t.rel[par] {
	case "advcl", "xcomp", "conj":
	default:
		return nil
	}
	subj := t.subject(h)
	if subj < 0 {
		return nil
	}
	// what the verb acted on first ("a case against the UAE"), then
	// anyone else it names, not where it acted ("at the ICJ")
	o := t.child(h, "obj")
	for _, inObj := range []bool{true, false} {
		for k := p - 1; k > h; k-- {
			if t.inSubtree(k, par) || t.inSubtree(k, subj) || !t.inSubtree(k, h) || !t.isNominal(k) || s.tokActor[k] < 0 {
				continue
			}
			if inObj != (o >= 0 && t.inSubtree(k, o)) {
				continue
			}
			if a := s.actorsAt(k); len(a) > 0 && !pluralFor(t, p, k) {
				return a
			}
		}
	}
	return nil
}

// bodyNouns name a body of people an "it" may stand for: the nouns
// that refer back to a group, and a few more that never do.
var bodyNouns = func() map[string]bool {
	m := map[string]bool{"faction": true, "outfit": true, "network": true}
	for w := range groupNouns {
		m[w] = true
	}
	return m
}()

// ownWords mark a possessive as the subject's own: "its own".
var ownWords = map[string]bool{"own": true}

// personal are the pronouns that refer to a person only.
var personal = map[string]bool{"he": true, "him": true, "his": true, "himself": true, "she": true, "her": true, "hers": true, "herself": true}

// singularPronoun are the pronouns that cannot refer to a plural common
// noun ("experts", "officials").
var singularPronoun = map[string]bool{"it": true, "its": true, "itself": true}

// pluralFor reports whether noun k is a plural common noun or heads a
// coordination, which pronoun p cannot refer to: "UN experts say it…".
func pluralFor(t *tree, p, k int) bool {
	if !singularPronoun[t.lemma[p]] {
		return false
	}
	// "Saudi Arabia, the UAE, Egypt and Bahrain severed relations with
	// Qatar, accusing it of…": several named together are no "it"
	return t.toks[k].XPOS == "NNS" || t.child(k, "conj") >= 0
}

// pronounFits reports whether a pronoun can refer to a: "he" and "she"
// to a person, "it" and "they" to anything else. First-person pronouns
// refer to the speaker, whom the sentence before need not name.
// An office one person holds ("Lithuania's prime minister said… She
// accused Minsk") is a person too.
func pronounFits(pron string, a Actor) bool {
	if personal[pron] {
		return a.Kind == "person" || personOffice(a)
	}
	switch pron {
	case "it", "its", "itself", "they", "them", "their", "theirs", "themselves":
		return a.Kind != "person"
	}
	return false
}

// officeHolders are the last words of agents' roles that one person
// holds: "prime minister", "foreign ministry spokesperson", "army chief".
var officeHolders = map[string]bool{"minister": true, "president": true, "leader": true, "chief": true,
	"king": true, "prince": true, "spokesperson": true, "spokesman": true, "ambassador": true,
	"governor": true, "commander": true, "general": true, "counterpart": true, "official": true,
	"speaker": true, "adviser": true, "judge": true}

// personOffice reports whether agent a is an office one person holds.
func personOffice(a Actor) bool {
	r := strings.ToLower(a.Role)
	if i := strings.LastIndexByte(r, ' '); i >= 0 {
		r = r[i+1:]
	}
	return a.Kind == "agent" && officeHolders[r]
}

// atPronoun is the antecedent as pronoun p names it: the actor, pointing
// at the pronoun rather than at the antecedent's words.
func (s *sent) atPronoun(p int, as []Actor) []Actor {
	res := make([]Actor, 0, len(as))
	for _, a := range as {
		a.First, a.Last = p, p
		a.Start, a.End = s.toks[p].Start, s.toks[p].End
		res = append(res, a)
	}
	return res
}

// relAntecedent resolves a relative pronoun to the noun its clause
// modifies: "the strikes, which Tehran claims targeted…".
func (s *sent) relAntecedent(p int) []Actor {
	t := s.t
	cur := p
	for step := 0; step < t.n; step++ {
		par := t.head[cur]
		if par < 0 {
			return nil
		}
		if t.rel[cur] == "acl:relcl" || t.rel[cur] == "acl" {
			return s.nounAgent(par)
		}
		cur = par
	}
	return nil
}

// nounAgent is who a noun is about when it is the antecedent of a
// relative clause: the actor it names, or the agent of the event it names
// ("the Iranian strikes, which…").
func (s *sent) nounAgent(n int) []Actor {
	if a := s.actorsAt(n); len(a) > 0 {
		return a
	}
	return s.nominalSource(n)
}

// placeAt returns the most specific place named at or under token h
// (through compounds, possessors and "of" phrases), or -1.
func (s *sent) placeAt(h, depth int) int {
	t := s.t
	if h < 0 || h >= t.n {
		return -1
	}
	best := s.tokPlace[h]
	if depth <= 0 {
		return best
	}
	for _, k := range t.kids[h] {
		r := t.rel[k]
		if r == "compound" || r == "flat" || r == "appos" || r == "nmod:poss" || r == "amod" || (r == "nmod" && t.prep(k) == "of") {
			if j := s.placeAt(k, depth-1); j >= 0 && (best < 0 || placeRank(s.places[j].Entry.Kind) < placeRank(s.places[best].Entry.Kind)) {
				best = j
			}
		}
	}
	return best
}

func (s *sent) placeOf(j int) *Place {
	m := s.places[j]
	e := m.Entry
	p := &Place{Name: e.Name, Country: e.Country, First: m.First, Last: m.Last, Start: m.Start, End: m.End}
	if e.Kind == "country" && p.Country == "" {
		p.Country = e.Code
	}
	if e.Lat != 0 || e.Lon != 0 {
		p.Lat, p.Lon, p.HasCoords = e.Lat, e.Lon, true
	}
	return p
}
