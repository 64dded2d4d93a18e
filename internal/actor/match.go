package actor

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep/sitrep/internal/article"
)

// maxPieces bounds how far one match may reach; the longest names in the
// data ("United Kingdom of Great Britain and Northern Ireland") are shorter.
const maxPieces = 16

// piece is a token, or part of one: the matcher splits "Iran-backed" into
// "Iran", "-", "backed" and "Iran’s" into "Iran", "’s", so that names are
// found whether or not the tokeniser split hyphens and possessives.
type piece struct {
	tok        int
	start, end int
	key        string // Fold of the text
	cased      string // foldCased of the text
	ca, cb     int    // cased is pieces.cased[ca:cb]: consecutive pieces are contiguous there
	joiner     bool   // hyphen, apostrophe or period: may sit inside a name
	poss       bool   // possessive "'s" or "'": ends a name unless the name has an apostrophe there
	upper      bool   // begins with a capital letter or a digit
}

// pieces is a sentence split for matching. The folded forms of all pieces
// live in two shared strings, so splitting costs two allocations per
// sentence rather than two per token.
type pieces struct {
	ps          []piece
	keys, cased string
	kbuf, cbuf  []byte
	ka          []int // key offsets, two per piece, until keys is built
}

func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

func isJoinerRune(r rune) bool {
	return isHyphen(r) || r == '.' || r == '\'' || r == '\u2019' || r == '\u2018' || r == '`' || r == '\u00b7'
}

// isBreakRune separates two names inside one token: "Pakistan–Iran",
// "Iran/Iraq".
func isBreakRune(r rune) bool { return r == '/' || r == '\u2013' || r == '\u2014' || r == '\u2212' }

func splitPieces(toks []article.Token) *pieces {
	n := 0
	for _, t := range toks {
		n += len(t.Form)
	}
	np := len(toks) + len(toks)/4
	sp := &pieces{ps: make([]piece, 0, np), ka: make([]int, 0, 2*np), kbuf: make([]byte, 0, n), cbuf: make([]byte, 0, n)}
	for ti, t := range toks {
		f := t.Form
		if f == "" {
			continue
		}
		if isPossessive(f) {
			sp.add(piece{tok: ti, start: t.Start, end: t.End, poss: true}, f)
			continue
		}
		allJoin := true
		for _, r := range f {
			if !isJoinerRune(r) {
				allJoin = false
				break
			}
		}
		if allJoin {
			sp.add(piece{tok: ti, start: t.Start, end: t.End, joiner: true}, "")
			continue
		}
		pos := 0
		for i := 0; i < len(f); {
			r, n := utf8.DecodeRuneInString(f[i:])
			if (isHyphen(r) || isBreakRune(r)) && i > pos && i+n < len(f) {
				sp.text(ti, t.Start, f, pos, i)
				sp.add(piece{tok: ti, start: t.Start + i, end: t.Start + i + n, joiner: isHyphen(r)}, "")
				pos = i + n
			}
			i += n
		}
		sp.text(ti, t.Start, f, pos, len(f))
	}
	sp.keys, sp.cased = string(sp.kbuf), string(sp.cbuf)
	for i := range sp.ps {
		p := &sp.ps[i]
		p.key = sp.keys[sp.ka[2*i]:sp.ka[2*i+1]]
		p.cased = sp.cased[p.ca:p.cb]
		r, _ := utf8.DecodeRuneInString(p.cased)
		p.upper = !p.poss && (unicode.IsUpper(r) || unicode.IsDigit(r))
	}
	return sp
}

// add appends a piece whose text (for folding) is s.
func (sp *pieces) add(p piece, s string) {
	k := len(sp.kbuf)
	sp.kbuf = foldAppend(sp.kbuf, s, true)
	sp.ka = append(sp.ka, k, len(sp.kbuf))
	p.ca = len(sp.cbuf)
	sp.cbuf = foldAppend(sp.cbuf, s, false)
	p.cb = len(sp.cbuf)
	sp.ps = append(sp.ps, p)
}

// text appends f[a:b] of a token starting at base, splitting off a
// trailing possessive.
func (sp *pieces) text(ti, base int, f string, a, b int) {
	s := f[a:b]
	cut := len(s)
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if len(s) > len(suf) && strings.HasSuffix(s, suf) {
			cut = len(s) - len(suf)
		}
	}
	if cut == len(s) && len(s) > 2 && (s[len(s)-2] == 's' || s[len(s)-2] == 'S') && s[len(s)-1] == '\'' {
		cut = len(s) - 1
	}
	if cut == len(s) && strings.HasSuffix(s, "s’") && len(s) > len("s’") {
		cut = len(s) - len("’")
	}
	sp.add(piece{tok: ti, start: base + a, end: base + a + cut}, s[:cut])
	if cut < len(s) {
		sp.add(piece{tok: ti, start: base + a + cut, end: base + b, poss: true}, s[cut:])
	}
}

func isPossessive(f string) bool {
	switch f {
	case "'s", "’s", "'S", "’S", "'", "’":
		return true
	}
	return false
}

// Match finds the gazetteer's names in a sentence's tokens: longest match
// first, left to right, never overlapping. A name matches only whole
// pieces (so "Niger" is not found in "Nigeria" nor "Iran" in "Iraq"), may
// span tokens whether the text writes it with spaces, hyphens or neither,
// and must satisfy its case rule (so "us" is not the US). date (YYYY-MM-DD)
// picks among date-bounded entries: the office holder of the day, the
// Taliban as insurgents or as government; a person out of office on the
// date is coded as an elite (CCCELI). An empty date means the present:
// rows still open, or for a person or group with none, the most recent row.
func (g *Gazetteer) Match(toks []article.Token, date string) []Mention {
	sp := splitPieces(toks)
	var out []Mention
	for i := 0; i < len(sp.ps); {
		if m, end, ok := g.longestAt(sp, i, date); ok {
			out = append(out, m)
			i = end + 1
			continue
		}
		i++
	}
	preferNamed(out)
	return out
}

// preferNamed picks, for a place name several places share ("Tripoli" in
// Libya and in Lebanon), the one in a country the sentence names when the
// first choice's is not named: "shells crashed into Tripoli, the north
// Lebanese port".
func preferNamed(ms []Mention) {
	// Most sentences have no mention with alternatives: nothing to do.
	if !slices.ContainsFunc(ms, func(m Mention) bool { return len(m.Others) > 0 }) {
		return
	}
	named := map[string]bool{}
	for _, m := range ms {
		if m.Entry != nil && (m.Entry.Kind == "country" || m.Entry.Kind == "demonym") {
			named[m.Entry.Country] = true
		}
	}
	for i, m := range ms {
		if m.Entry == nil || m.Entry.Kind == "country" || m.Entry.Kind == "demonym" || named[m.Entry.Country] {
			continue
		}
		for j, o := range m.Others {
			if (o.Kind == "place" || o.Kind == "capital") && o.Country != "" && named[o.Country] {
				others := append([]*Entry{m.Entry}, m.Others[:j]...)
				ms[i].Entry, ms[i].Others = o, append(others, m.Others[j+1:]...)
				break
			}
		}
	}
}

type candidate struct {
	end  int
	slot int32
	weak int // how many of the weak crossings lie inside this candidate
}

// hasAll reports whether every offset of want is in have (both ascending).
func hasAll(have, want []int) bool {
	k := 0
	for _, w := range want {
		for k < len(have) && have[k] < w {
			k++
		}
		if k == len(have) || have[k] != w {
			return false
		}
	}
	return true
}

// longestAt returns the longest mention starting at piece i.
func (g *Gazetteer) longestAt(sp *pieces, i int, date string) (Mention, int, bool) {
	ps := sp.ps
	p0 := &ps[i]
	if p0.key == "" || p0.joiner || p0.poss {
		return Mention{}, 0, false
	}
	ix := g.ix
	var cands [maxPieces]candidate
	// weak holds the offsets (in the folded name) of word boundaries
	// crossed only because some name has a boundary there; the name that
	// finally matches must have one there itself.
	var weakBuf [maxPieces]int
	weak := weakBuf[:0]
	n := 0
	node := int32(0)
	depth := 0
	sawJoiner := false
	for j := i; j < len(ps) && j < i+maxPieces; j++ {
		p := &ps[j]
		if j > i {
			if p.joiner {
				sawJoiner = true
				continue
			}
			if p.key == "" && !p.poss {
				break
			}
			// A word boundary the name does not have may be crossed
			// after a hyphen or into a capitalised word ("Amir
			// Abdollahian" for "Amirabdollahian"), never into "ran"
			// ("I ran" is not Iran) nor past a possessive.
			sep := ix.nodes[node].sep
			strong := !p.poss && (sawJoiner || p.upper)
			if !strong {
				if !sep {
					break
				}
				weak = append(weak, depth)
			}
			sawJoiner = false
		}
		if node = ix.walk(node, p.key); node < 0 {
			break
		}
		depth += len(p.key)
		if s := ix.nodes[node].slot; s >= 0 {
			cands[n] = candidate{end: j, slot: s, weak: len(weak)}
			n++
		}
	}
	var refs []aliasRef
	for k := n - 1; k >= 0; k-- {
		c := cands[k]
		cased := sp.cased[ps[i].ca:ps[c.end].cb]
		refs = refs[:0]
		for _, r := range ix.slots[c.slot] {
			if !r.lookup && caseOK(r.rule, r.cased, cased) && hasAll(r.seps, weak[:c.weak]) {
				refs = append(refs, r)
			}
		}
		ents, amb, name := g.resolve(refs, date)
		if len(ents) == 0 {
			continue
		}
		m := Mention{
			First: ps[i].tok, Last: ps[c.end].tok,
			Start: ps[i].start, End: ps[c.end].end,
			Entry: ents[0], Others: ents[1:], Alias: name, Ambiguous: amb,
		}
		return m, c.end, true
	}
	return Mention{}, 0, false
}

// resolve picks the entries refs denote on date. Rows of one real-world
// thing (a person's offices, the Taliban before and after August 2021)
// compete by date; distinct things sharing a name all stay, best first.
// It also reports whether the choice is ambiguous and the data's spelling
// of the name.
func (g *Gazetteer) resolve(refs []aliasRef, date string) ([]*Entry, bool, string) {
	if len(refs) == 0 {
		return nil, false, ""
	}
	date = normDate(date)
	var out []*Entry
	ambiguous := false
	for i, r := range refs {
		seen := false
		for _, q := range refs[:i] {
			if q.e.ident == r.e.ident {
				seen = true
				break
			}
		}
		if seen {
			continue
		}
		var rows, fallback []*Entry
		var latest *Entry
		for _, q := range refs[i:] {
			e := q.e
			if e.ident != r.e.ident {
				continue
			}
			switch {
			case e.fallback:
				fallback = append(fallback, e)
			case date != "" && e.ValidOn(date), date == "" && e.To == "":
				rows = append(rows, e)
			}
			if !e.fallback && (latest == nil || e.to > latest.to) {
				latest = e
			}
			if q.ambiguous {
				ambiguous = true
			}
		}
		switch {
		case len(rows) > 0:
		case date != "":
			rows = fallback
		case latest != nil:
			rows = []*Entry{latest}
		}
		out = append(out, rows...)
	}
	// Best first: by kind (a country before its capital of the same
	// name), then in data order.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && better(out[j], out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	if len(out) == 0 {
		return nil, false, ""
	}
	for _, e := range out[1:] {
		if e.Code != out[0].Code {
			ambiguous = true
		}
	}
	name := refs[0].text
	for _, r := range refs {
		if r.e == out[0] {
			name = r.text
			break
		}
	}
	return out, ambiguous, name
}

func better(a, b *Entry) bool {
	if ra, rb := kindRank[a.Kind], kindRank[b.Kind]; ra != rb {
		return ra < rb
	}
	return a.order < b.order
}

// Lookup returns the entries a name denotes on date (YYYY-MM-DD, or "" for
// the present), best first. It folds the name (see Fold) but, unlike
// Match, applies no case rule: the caller already knows it holds a name.
func (g *Gazetteer) Lookup(name, date string) []*Entry {
	slot, ok := g.ix.keys[Fold(name)]
	if !ok {
		return nil
	}
	ents, _, _ := g.resolve(g.ix.slots[slot], date)
	return ents
}

// determiners are dropped from the front of a role phrase given to Person.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true, "her": true, "their": true, "our": true}

// Person returns the person who held an office in a country on a date:
// Person("IRN", "the foreign minister", "2024-01-17") is Hossein
// Amir-Abdollahian. role may be a canonical office ("foreign minister",
// "head of state"), any role word of agents.tsv that names one ("top
// diplomat", "FO spokesperson", "Secretary of State"), or a title as
// people.tsv gives it ("President", "Chancellor"). country is an alpha-3
// code, or an IGO's code for its officials ("IGOUNO"). date "" means
// today. It returns nil when the data knows no such person.
func (g *Gazetteer) Person(country, role, date string) *Entry {
	words := strings.Fields(role)
	for len(words) > 0 && determiners[strings.ToLower(words[0])] {
		words = words[1:]
	}
	key := Fold(strings.Join(words, " "))
	if key == "" {
		return nil
	}
	offices := map[string]bool{key: true}
	if slot, ok := g.ix.keys[key]; ok {
		for _, r := range g.ix.slots[slot] {
			if r.e.Kind == "agent" {
				for _, o := range r.e.Offices {
					offices[Fold(o)] = true
				}
			}
		}
	}
	date = normDate(date)
	var best *Entry
	bestScore := 0
	for _, e := range g.people {
		if e.Country != country && !(e.Country == "" && e.Code == country) {
			continue
		}
		if date == "" && e.To != "" || date != "" && !e.ValidOn(date) {
			continue
		}
		// The title in the very words asked scores 3 ("President" of
		// Iran is Raisi, though "president" also names the office of
		// head of state, which is Khamenei's); an office those words name
		// scores 2; an office or title merely ending with the words
		// ("spokesperson" for "foreign ministry spokesperson") scores 1.
		score := 0
		if Fold(e.Role) == key {
			score = 3
		}
		for _, o := range append([]string{e.Role}, e.Offices...) {
			f := Fold(o)
			switch {
			case score < 2 && offices[f]:
				score = 2
			case score == 0 && f != "" && strings.HasSuffix(f, key):
				score = 1
			}
		}
		if score == 0 {
			continue
		}
		// Among equals the later appointment wins: on a day of transition
		// the new holder is the one news speaks of.
		if score > bestScore || score == bestScore && e.from > best.from {
			best, bestScore = e, score
		}
	}
	return best
}
