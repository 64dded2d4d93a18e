package actor

import (
	"strings"

	"github.com/sitrep/sitrep/internal/article"
)

// role of a mention inside a composed actor.
type element uint8

const (
	elCountry  element = iota // country, demonym, capital: gives the country
	elSector                  // agent word naming a sector: "foreign ministry", "army"
	elInherit                 // agent word taking the sector before it: "spokesperson", "commander"
	elModifier                // "caretaker", "senior": skipped
	elFormer                  // "former": the actor is an elite, not the office
	elPerson                  // a person: the code is the person's
	elGroup                   // group, IGO, NGO, PETRARCH actor: the code is the organisation's
	elPlace                   // places are not actors and end a chain
)

func elementOf(e *Entry) element {
	switch e.Kind {
	case "country", "demonym", "capital":
		return elCountry
	case "agent":
		switch e.Combine {
		case "inherit":
			return elInherit
		case "modifier":
			return elModifier
		case "former":
			return elFormer
		}
		return elSector
	case "person", "actor":
		return elPerson
	case "place":
		return elPlace
	}
	return elGroup
}

// glue is what stands between two mentions.
type glue uint8

const (
	glueNone  glue = iota // nothing: "Pakistani Foreign Office"
	gluePoss              // "Pakistan's foreign ministry"
	glueOf                // "the Ministry of Foreign Affairs of Pakistan"
	glueParen             // "Foreign Office (FO) spokesperson"
	glueBreak             // anything else ends the actor
)

// follows reports whether next may continue an actor whose last element is
// prev, across g.
func follows(prev, next element, prevKind string, g glue) bool {
	if next == elPlace {
		return false
	}
	switch g {
	case glueNone, glueParen:
		switch prev {
		case elModifier, elFormer:
			return true
		case elCountry:
			// A demonym may stand before a name ("Pakistani Foreign
			// Minister Jalil Abbas Jilani"); a country's name may not
			// ("Afghanistan Asif Durrani" is two things).
			return next != elCountry && !(next == elPerson && prevKind != "demonym")
		case elSector, elInherit:
			return next != elCountry && next != elGroup
		case elGroup:
			return next != elCountry && next != elGroup && next != elFormer
		}
	case gluePoss:
		return (prev == elCountry || prev == elGroup) && next != elCountry && next != elGroup
	case glueOf:
		return (prev == elSector || prev == elInherit) && (next == elCountry || next == elGroup)
	}
	return false
}

// Actors composes the sentence's mentions into actors. A country (or its
// demonym or capital) combines with the role words that follow it, with or
// without a possessive ("Pakistan's foreign ministry", "the Pakistani
// Foreign Office", "Iranian Revolutionary Guards"), role words combine with
// a following person ("Foreign Minister Hossein Amir-Abdollahian") and with
// a country after "of" ("the Ministry of Foreign Affairs of Pakistan"). A
// named person's or organisation's own code wins over what the role words
// would give; otherwise the code is the country's plus the sector of the
// last role word. A capital alone stays the country's code (IRN) with Kind
// "capital": whether Tehran the city or Tehran the government acted is the
// event coder's decision. Places are never actors.
func (g *Gazetteer) Actors(toks []article.Token, date string) []Actor {
	return g.Compose(toks, g.Match(toks, date), date)
}

// Compose is Actors for a caller that already has the sentence's mentions
// from Match and needs both, so the sentence is matched once.
func (g *Gazetteer) Compose(toks []article.Token, ms []Mention, date string) []Actor {
	var out []Actor
	for i := 0; i < len(ms); {
		if elementOf(ms[i].Entry) == elPlace {
			i++
			continue
		}
		chain := []int{i}
		var evidence []int // parenthetical restatements: "(IRGC)", "(FO)"
		closed := false
		j := i
		for !closed && j+1 < len(ms) {
			last, next := ms[j], j+1
			gap := gapWords(toks, last, ms[next])
			if parenthetical(toks, last) {
				gap = strings.TrimSpace(strings.TrimPrefix(gap, ")"))
			}
			// A parenthesised mention right after restates what precedes
			// it ("Revolutionary Guard (IRGC)"): keep it as evidence and
			// look past it.
			if gap == "(" && parenthetical(toks, ms[next]) {
				evidence = append(evidence, next)
				j = next
				continue
			}
			gl := classifyGap(gap)
			prev := elementOf(ms[chain[len(chain)-1]].Entry)
			nextEl := elementOf(ms[next].Entry)
			if !follows(prev, nextEl, ms[chain[len(chain)-1]].Entry.Kind, gl) || facilityName(toks, ms[chain[len(chain)-1]], ms[next]) {
				break
			}
			// "leaders of Egypt's Muslim Brotherhood": the country after
			// "of" possesses the organisation after it; the role words
			// are the organisation's, and the country is evidence.
			if gl == glueOf && nextEl == elCountry && next+1 < len(ms) && elementOf(ms[next+1].Entry) == elGroup &&
				classifyGap(gapWords(toks, ms[next], ms[next+1])) == gluePoss {
				evidence = append(evidence, next)
				chain = append(chain, next+1)
				j = next + 1
				break
			}
			chain = append(chain, next)
			j = next
			closed = nextEl == elPerson || gl == glueOf
		}
		if a, ok := g.actorOf(ms, chain, evidence, date); ok {
			out = append(out, a)
		}
		i = j + 1
	}
	return out
}

// facilityName reports whether a demonym and the facility word after it
// are a name ("the Indonesian Hospital in Gaza"), capitalised, which says
// nothing of who owns it, rather than a description ("an Indonesian
// field hospital").
func facilityName(toks []article.Token, prev, next Mention) bool {
	if prev.Entry.Kind != "demonym" || next.Entry.Kind != "agent" || !facilitySectors[next.Entry.Sector] {
		return false
	}
	f := toks[next.First].Form
	return f != "" && f[0] >= 'A' && f[0] <= 'Z'
}

// facilitySectors are the sectors whose agent words also name a facility
// ("hospital", "university").
var facilitySectors = map[string]bool{"HLH": true, "EDU": true}

// actorOf builds the actor of a chain of mentions.
func (g *Gazetteer) actorOf(ms []Mention, chain, evidence []int, date string) (Actor, bool) {
	first, last := ms[chain[0]], ms[chain[len(chain)-1]]
	for _, k := range evidence {
		if ms[k].End > last.End {
			last = ms[k]
		}
	}
	a := Actor{First: first.First, Last: last.Last, Start: first.Start, End: last.End}
	var country, bound *Entry // the country named; the country an institution belongs to
	var person, org *Entry
	var sector, inherited string
	var roleWords []string
	var office string
	former, meaningful := false, false
	all := append(append([]int(nil), chain...), evidence...)
	for _, k := range chain {
		e := ms[k].Entry
		switch elementOf(e) {
		case elCountry:
			if country == nil {
				country = e
			}
			meaningful = true
		case elSector:
			sector = e.Sector
			roleWords = addWord(roleWords, e.Name)
			if e.Country != "" {
				bound = g.countries[e.Country]
			}
			if len(e.Offices) > 0 {
				office = e.Name
			}
			meaningful = true
		case elInherit:
			if inherited == "" {
				inherited = e.Sector
			}
			roleWords = addWord(roleWords, e.Name)
			if len(e.Offices) > 0 {
				office = e.Name
			}
			meaningful = true
		case elFormer:
			former = true
		case elPerson:
			person = e
			meaningful = true
		case elGroup:
			if org == nil {
				org = e
			}
			meaningful = true
		}
	}
	if !meaningful {
		return a, false
	}
	for _, k := range all {
		a.Entries = append(a.Entries, ms[k].Entry)
	}
	// Entries in text order: evidence sits between chain members.
	for i := 1; i < len(a.Entries); i++ {
		for j := i; j > 0 && ms[all[j]].Start < ms[all[j-1]].Start; j-- {
			a.Entries[j], a.Entries[j-1] = a.Entries[j-1], a.Entries[j]
			all[j], all[j-1] = all[j-1], all[j]
		}
	}
	a.Role = strings.Join(roleWords, " ")
	if former && a.Role != "" {
		a.Role = "former " + a.Role
	}
	switch {
	case person != nil:
		a.Name, a.Code, a.Country, a.Kind = person.Name, person.Code, person.Country, person.Kind
		// The person's title, unless the person is out of office and
		// the text says what office they held.
		if a.Role == "" || !person.fallback {
			a.Role = person.Role
		}
		// "Bolivian President Evo Morales resigned", read after his
		// term: the office the text titles him with, not an elite's
		sec := sector
		if sec == "" {
			sec = inherited
		}
		if person.fallback && !former && sec != "" && (country == nil || country.Country == person.Country) {
			a.Code = person.Country + sec
		}
	case org != nil:
		a.Name, a.Code, a.Country, a.Kind = org.Name, org.Code, org.Country, org.Kind
	default:
		c := country
		if bound != nil {
			c = bound
		}
		if sector == "" {
			sector = inherited
		}
		if former && (sector != "" || c != nil) {
			sector = "ELI"
		}
		switch {
		case c != nil && sector != "":
			a.Kind = "agent"
			a.Name = strings.TrimSpace(g.countryName(c) + " " + a.Role)
		case c != nil:
			a.Kind = c.Kind
			a.Name = g.countryName(c)
			if c.Kind == "capital" {
				a.Name, a.Role = c.Name, "capital"
			}
		default:
			a.Kind = "agent"
			a.Name = a.Role
		}
		if c != nil {
			a.Country = c.Country
		}
		a.Code = a.Country + sector
	}
	if person == nil && office != "" {
		// A group's office holders serve its country ("Taliban foreign
		// minister"); an IGO's are filed under its code.
		holderCountry := a.Country
		if holderCountry == "" && org != nil {
			holderCountry = org.Code
		}
		if holderCountry != "" {
			a.Holder = g.Person(holderCountry, office, date)
		}
	}
	return a, a.Code != ""
}

// addWord appends a role word unless it repeats the last one ("smugglers
// drug smugglers").
func addWord(words []string, w string) []string {
	if len(words) > 0 && words[len(words)-1] == w {
		return words
	}
	return append(words, w)
}

// countryName is the name of a country, demonym or capital entry's country.
func (g *Gazetteer) countryName(e *Entry) string {
	if c := g.countries[e.Country]; c != nil {
		return c.Name
	}
	return e.Name
}

// parenthetical reports whether a mention is the whole of a parenthesis:
// "(IRGC)".
func parenthetical(toks []article.Token, m Mention) bool {
	return m.First > 0 && m.Last+1 < len(toks) &&
		toks[m.First-1].Form == "(" && toks[m.Last+1].Form == ")" &&
		m.Start == toks[m.First].Start && m.End == toks[m.Last].End
}

// gapWords is the text between two mentions, words joined by spaces.
func gapWords(toks []article.Token, a, b Mention) string {
	var words []string
	add := func(t article.Token, lo, hi int) {
		lo, hi = max(0, min(lo-t.Start, len(t.Form))), max(0, min(hi-t.Start, len(t.Form)))
		if lo < hi {
			if s := strings.TrimSpace(t.Form[lo:hi]); s != "" {
				words = append(words, s)
			}
		}
	}
	if a.Last == b.First {
		add(toks[a.Last], a.End, b.Start)
		return strings.Join(words, " ")
	}
	add(toks[a.Last], a.End, toks[a.Last].End)
	for k := a.Last + 1; k < b.First; k++ {
		add(toks[k], toks[k].Start, toks[k].End)
	}
	add(toks[b.First], toks[b.First].Start, b.Start)
	return strings.Join(words, " ")
}

// classifyGap classifies the words between two mentions.
func classifyGap(gap string) glue {
	switch strings.ToLower(gap) {
	case "":
		return glueNone
	case "'s", "’s", "'", "’":
		return gluePoss
	case "of", "of the":
		return glueOf
	}
	if strings.HasPrefix(gap, "(") && strings.HasSuffix(gap, ")") && len(strings.Fields(gap)) <= 6 && strings.Count(gap, "(") == 1 {
		return glueParen
	}
	return glueBreak
}
