package fuse

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/cameo"
	"github.com/sitrep/sitrep/internal/record"
)

// mention is one article's report of an event, before fusion.
type mention struct {
	ev      record.Event // as extracted, with the article's mention(s)
	article string
	key     string // order-independent identity: article, sentence, start
}

// fuseStory merges the events of one story and ties figures to them.
func fuseStory(storyID string, arts []*Article, outlet map[string]string) ([]record.Event, []record.Figure, []record.Contradiction) {
	var ms []mention
	for _, a := range arts {
		for _, e := range a.Events {
			ms = append(ms, mention{ev: e, article: a.Article.ID, key: mentionKey(a.Article.ID, e)})
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].key < ms[j].key })

	// Block by directed country dyad, then join compatible mentions.
	uf := newUnionFind()
	blocks := map[string][]int{}
	for i, m := range ms {
		uf.add(m.key)
		b := country(m.ev.Source) + ">" + country(m.ev.Target)
		blocks[b] = append(blocks[b], i)
	}
	for _, idx := range blocks {
		for x := 0; x < len(idx); x++ {
			for y := x + 1; y < len(idx); y++ {
				if compatible(ms[idx[x]].ev, ms[idx[y]].ev) {
					uf.union(ms[idx[x]].key, ms[idx[y]].key)
				}
			}
		}
	}
	groups := map[string][]mention{}
	for _, m := range ms {
		r := uf.find(m.key)
		groups[r] = append(groups[r], m)
	}
	var roots []string
	for r := range groups {
		roots = append(roots, r)
	}
	sort.Strings(roots)

	var events []record.Event
	var contradictions []record.Contradiction
	localToFused := map[string]string{} // article ID + local event ID → fused ID
	for _, r := range roots {
		group := groups[r] // already in key order
		e, cs := merge(storyID, group, outlet)
		events = append(events, e)
		contradictions = append(contradictions, cs...)
		for _, m := range group {
			localToFused[m.article+"\x00"+m.ev.ID] = e.ID
		}
	}

	var figures []record.Figure
	for _, a := range arts {
		for _, f := range a.Figures {
			if f.Event != "" {
				f.Event = localToFused[a.Article.ID+"\x00"+f.Event]
			}
			figures = append(figures, f)
		}
	}
	contradictions = append(contradictions, figureContradictions(storyID, figures, outlet)...)
	return events, figures, contradictions
}

// mentionKey identifies a mention by content, so that fusion never
// depends on input order. One trigger can carry several events ("strikes
// in Pakistan, Iraq and Syria"; a meeting coded both ways), so the key
// holds the dyad and the code as well as the place in the text.
func mentionKey(article string, e record.Event) string {
	src, tgt := code(e.Source), code(e.Target)
	if len(e.Mentions) == 0 {
		return fmt.Sprintf("%s\x00%s\x00%s>%s\x00%s", article, e.ID, src, tgt, e.CAMEO)
	}
	m := e.Mentions[0]
	return fmt.Sprintf("%s\x00%06d\x00%08d\x00%s>%s\x00%s\x00%s", article, m.Sentence, m.Start, src, tgt, e.CAMEO, e.ID)
}

// country is an actor's country, or the country part of its code.
func country(a *record.Actor) string {
	switch {
	case a == nil:
		return ""
	case a.Country != "":
		return a.Country
	case len(a.Code) >= 3:
		return a.Code[:3]
	}
	return a.Code
}

// compatible reports whether two mentions of one directed dyad can be
// the same event: the same kind of action, the same kinds of actor
// within one country, dates no more than a day apart. Places are not
// compared: a place read off "strikes in Pakistan, Iraq and Syria" is
// often the wrong one of the list, and a dyad rarely has two such events
// a day in different countries.
func compatible(a, b record.Event) bool {
	if !sameAction(a, b) || !sameSides(a, b) {
		return false
	}
	if da, db := dayOf(a.Date), dayOf(b.Date); !da.IsZero() && !db.IsZero() {
		diff := da.Sub(db)
		if diff < -24*time.Hour || diff > 24*time.Hour {
			return false
		}
	}
	return samePeriod(a.Date, b.Date)
}

// samePeriod: a date known only to the month or year ("last month",
// "in August") is compatible with a date within it and no other; the
// recall "in August" and the downgrade "on Sunday" in November are two
// events. An unknown date is compatible with any.
func samePeriod(a, b *string) bool {
	if a == nil || b == nil {
		return true
	}
	x, y := *a, *b
	if len(x) > len(y) {
		x, y = y, x
	}
	// two days are compared to the day above
	return len(x) == 10 || strings.HasPrefix(y, x)
}

// sameSides: within one country the country dyad says nothing of who
// acted on whom, so the kinds of actor on each side must agree: police
// clashing with protesters and protesters clashing with police are two
// events, not one with the police on both sides; a group's attack on the
// state and the state's strike on the group are two. The kind is coarse
// (the state, armed groups, the people), so "Iran" and "Iran's military"
// striking "militants" and "rebels" stay one strike told two ways; across
// countries the country dyad is enough, but for whether the source is an
// armed group.
func sameSides(a, b record.Event) bool {
	if country(a.Source) != country(a.Target) {
		// across countries, an armed group's act and its state's (or
		// its people's) are still two: "Hezbollah blamed Israel" and
		// "Lebanon's government condemned Israel"
		return (Side(code(a.Source)) == "armed") == (Side(code(b.Source)) == "armed")
	}
	return Side(code(a.Source)) == Side(code(b.Source)) && Side(code(a.Target)) == Side(code(b.Target))
}

func code(a *record.Actor) string {
	if a == nil {
		return ""
	}
	return a.Code
}

// Side is the kind of actor a CAMEO actor code names, from its sector:
// "state" (the bare country, its government, forces, police, courts),
// "armed" (the other armed sectors of armedSector: rebels, insurgents,
// unidentified armed groups, criminals, and the transnational armed
// groups coded IMG, "IMGMUSISI", whose sector is their first three
// letters) or "people". Fusion keeps the sides of a domestic dyad apart
// by it.
func Side(code string) string {
	sector := ""
	switch {
	case strings.HasPrefix(code, "IMG"):
		sector = "IMG"
	case len(code) >= 6:
		sector = code[3:6]
	}
	switch {
	case stateSector[sector]:
		return "state"
	case armedSector(sector):
		return "armed"
	}
	return "people"
}

var stateSector = map[string]bool{"": true, "GOV": true, "MIL": true, "COP": true, "SPY": true, "JUD": true, "LEG": true}

// sameAction: the same CAMEO root, or both violence (roots 18–20: an
// "air strike", an "attack" and "killed" are one strike told three ways).
// Other material conflict is not violence: recalling an ambassador (16)
// and striking (19) on the same day are two events. Nor is taking or
// sealing off ground a strike: "captured the village" (192, occupy) and
// "launched drones" (195) in one war report are two events, though both
// are force.
//
// Measures are counted one by one: closing airspace to a state's flights
// (163) and recalling an envoy from it (161) in one sentence are two
// events, as are two kinds of coercion (17). The root's general code
// ("reduced relations", 160) joins neither: it would join both. Words
// are not counted so: a denunciation (111) and an accusation (112) of
// one strike are one reaction.
func sameAction(a, b record.Event) bool {
	ba, bb := cameo.Base(a.CAMEO), cameo.Base(b.CAMEO)
	if holdsGround[ba] || holdsGround[bb] {
		return ba == bb
	}
	ra, rb := cameo.Root(a.CAMEO), cameo.Root(b.CAMEO)
	if violent[ra] && violent[rb] {
		return true
	}
	if ra == rb && measures[ra] {
		return ba == bb
	}
	return ra == rb
}

// measures are the roots whose codes below them are different acts:
// 16 reduce relations, 17 coerce.
var measures = map[string]bool{"16": true, "17": true}

var violent = map[string]bool{"18": true, "19": true, "20": true}

// holdsGround are the codes of force that take or close off ground:
// 191 blockade, 192 occupy territory.
var holdsGround = map[string]bool{"191": true, "192": true}

func dayOf(d *string) time.Time {
	if d == nil || len(*d) != 10 {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", *d)
	if err != nil {
		return time.Time{}
	}
	return t
}

// merge makes one event of a group of mentions.
func merge(storyID string, group []mention, outlet map[string]string) (record.Event, []record.Contradiction) {
	first := group[0]
	e := record.Event{
		ID:    "ev-" + shortHash(first.key),
		Story: storyID,
	}
	// The representative coding is the most reported one; ties go to the
	// more specific code, then the smaller, so no order decides.
	codes := tally(group, func(m mention) string { return m.ev.CAMEO })
	best := pick(codes, moreSpecific)
	for _, m := range group {
		if m.ev.CAMEO == best {
			e.CAMEO, e.CAMEOName, e.PLOVER, e.PLOVERMode, e.Goldstein, e.QuadClass = m.ev.CAMEO, m.ev.CAMEOName, m.ev.PLOVER, m.ev.PLOVERMode, m.ev.Goldstein, m.ev.QuadClass
			break
		}
	}
	e.Source = pickActor(group, func(m mention) *record.Actor { return m.ev.Source })
	// The target is picked among those other than the source: mentions
	// that tell one domestic fight from each side (the army attacked the
	// region's forces; the region says the government attacked it) would
	// otherwise make an actor act on itself.
	e.Target = pickActor(group, func(m mention) *record.Actor {
		if t := m.ev.Target; t != nil && (e.Source == nil || t.Code != e.Source.Code) {
			return t
		}
		return nil
	})
	e.Location = pickLocation(group)

	// Modality: a report that asserts the event outweighs the rest.
	mods := tally(group, func(m mention) string { return m.ev.Modality })
	if mods["asserted"] > 0 {
		e.Modality = "asserted"
	} else {
		e.Modality = pick(mods, func(a, b string) bool { return a < b })
	}
	for _, m := range group {
		if m.ev.Modality == e.Modality && m.ev.ClaimedBy != nil {
			e.ClaimedBy = m.ev.ClaimedBy
			break
		}
	}

	var cs []record.Contradiction
	dates := tally(group, func(m mention) string {
		if m.ev.Date == nil {
			return ""
		}
		return *m.ev.Date
	})
	delete(dates, "")
	if len(dates) > 0 {
		// The most reported date; ties to the more precise, then earlier.
		d := pick(dates, func(a, b string) bool { return len(a) > len(b) || len(a) == len(b) && a < b })
		e.Date = &d
		if c, ok := dateContradiction(e.ID, group, outlet); ok {
			cs = append(cs, c)
		}
	}
	if c, ok := targetContradiction(e.ID, group, outlet); ok {
		cs = append(cs, c)
	}

	articles := map[string]bool{}
	sources := map[string]bool{}
	for _, m := range group {
		articles[m.article] = true
		sources[outlet[m.article]] = true
		e.Mentions = append(e.Mentions, m.ev.Mentions...)
	}
	for s := range sources {
		e.Sources = append(e.Sources, s)
	}
	sort.Strings(e.Sources)
	e.NumMentions = len(e.Mentions)
	e.NumArticles = len(articles)
	e.NumSources = len(sources)
	switch {
	case e.NumSources >= 4:
		e.Corroboration = "wide"
	case e.NumSources >= 2:
		e.Corroboration = "corroborated"
	default:
		e.Corroboration = "single"
	}
	return e, cs
}

// moreSpecific orders codes by detail: "195" before "190" (a root's
// generic code), "IRNMIL" before "IRN"; equal detail by value.
func moreSpecific(a, b string) bool {
	sa, sb := len(strings.TrimRight(a, "0")), len(strings.TrimRight(b, "0"))
	if sa != sb {
		return sa > sb
	}
	return a < b
}

func tally(group []mention, f func(mention) string) map[string]int {
	t := map[string]int{}
	for _, m := range group {
		t[f(m)]++
	}
	return t
}

// pick returns the most frequent value, breaking ties with better.
func pick(t map[string]int, better func(a, b string) bool) string {
	best, n := "", -1
	for v, c := range t {
		if c > n || c == n && better(v, best) {
			best, n = v, c
		}
	}
	return best
}

func pickActor(group []mention, f func(mention) *record.Actor) *record.Actor {
	byCode := map[string]*record.Actor{}
	t := map[string]int{}
	for _, m := range group {
		if a := f(m); a != nil {
			t[a.Code]++
			if prev, ok := byCode[a.Code]; !ok || a.Name < prev.Name {
				byCode[a.Code] = a
			}
		}
	}
	if len(t) == 0 {
		return nil
	}
	return byCode[pick(t, moreSpecific)]
}

func pickLocation(group []mention) *record.Location {
	t := map[string]int{}
	byName := map[string]*record.Location{}
	for _, m := range group {
		if l := m.ev.Location; l != nil {
			t[l.Name]++
			if prev, ok := byName[l.Name]; !ok || prev.Lat == nil && l.Lat != nil {
				byName[l.Name] = l
			}
		}
	}
	if len(t) == 0 {
		return nil
	}
	// More reports first; then the place with coordinates, then by name.
	return byName[pick(t, func(a, b string) bool {
		if (byName[a].Lat != nil) != (byName[b].Lat != nil) {
			return byName[a].Lat != nil
		}
		return a < b
	})]
}

// values collects, for each distinct value, the articles and outlets
// that give it, in a stable order.
type values map[string]map[string]bool // value → article IDs

func (v values) add(value, article string) {
	if v[value] == nil {
		v[value] = map[string]bool{}
	}
	v[value][article] = true
}

// contradiction reports v as a contradiction when two or more values
// come from different articles.
func (v values) contradiction(id, subject, event string, outlet map[string]string, conservative string) (record.Contradiction, bool) {
	if len(v) < 2 {
		return record.Contradiction{}, false
	}
	c := record.Contradiction{ID: "ct-" + shortHash(id+"\x00"+subject), Subject: subject, Event: event}
	var keys []string
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		val := record.Value{Value: k, Conservative: k == conservative}
		outs := map[string]bool{}
		for a := range v[k] {
			val.Articles = append(val.Articles, a)
			outs[outlet[a]] = true
		}
		sort.Strings(val.Articles)
		for o := range outs {
			val.Outlets = append(val.Outlets, o)
		}
		sort.Strings(val.Outlets)
		c.Values = append(c.Values, val)
	}
	return c, true
}

func dateContradiction(eventID string, group []mention, outlet map[string]string) (record.Contradiction, bool) {
	v := values{}
	for _, m := range group {
		if m.ev.Date != nil && len(*m.ev.Date) == 10 {
			v.add(*m.ev.Date, m.article)
		}
	}
	if !fromSeveralArticles(v) {
		return record.Contradiction{}, false
	}
	return v.contradiction(eventID, "date", eventID, outlet, "")
}

// targetContradiction: the same strike, told by one source as hitting
// armed men and by another as hitting civilians. Other differences in the
// target's code (REB or UAF for one group) are detail, not dispute.
func targetContradiction(eventID string, group []mention, outlet map[string]string) (record.Contradiction, bool) {
	v := values{}
	civilians, armed := false, false
	for _, m := range group {
		if violent[cameo.Root(m.ev.CAMEO)] && m.ev.Target != nil && len(m.ev.Target.Code) > 3 {
			switch sector := m.ev.Target.Code[3:]; {
			case strings.HasPrefix(sector, "CVL"):
				civilians = true
			case armedSector(sector):
				armed = true
			default:
				continue
			}
			v.add(m.ev.Target.Code, m.article)
		}
	}
	if !civilians || !armed || !fromSeveralArticles(v) {
		return record.Contradiction{}, false
	}
	return v.contradiction(eventID, "target", eventID, outlet, "")
}

func armedSector(s string) bool {
	for _, p := range []string{"REB", "UAF", "INS", "SEP", "MIL", "SPY", "CRM", "IMG"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// fromSeveralArticles: a contradiction is between sources, so it needs
// at least two values from at least two different articles.
func fromSeveralArticles(v values) bool {
	if len(v) < 2 {
		return false
	}
	seen := map[string]bool{}
	for _, arts := range v {
		for a := range arts {
			seen[a] = true
		}
	}
	return len(seen) >= 2
}

// casualtyKinds are compared only within one event: "two killed" in one
// strike does not contradict "24,285 killed" in another war.
var casualtyKinds = map[string]bool{"killed": true, "injured": true, "missing": true, "arrested": true, "displaced": true}

// figureContradictions compares the figures of a story: casualty counts
// tied to the same event, and other quantities of the same kind and
// subject ("border km" 900 vs nearly 1,000).
func figureContradictions(storyID string, figs []record.Figure, outlet map[string]string) []record.Contradiction {
	groups := map[string]values{}
	lowest := map[string]int{}
	lowestVal := map[string]string{}
	subject := map[string]string{}
	event := map[string]string{}
	for _, f := range figs {
		var g string
		switch {
		case casualtyKinds[f.Kind] && f.Event != "":
			g = f.Event + "\x00" + f.Kind
		case casualtyKinds[f.Kind]:
			continue
		default:
			g = storyID + "\x00" + f.Kind + "\x00" + strings.ToLower(f.Who)
		}
		if groups[g] == nil {
			groups[g] = values{}
			lowest[g] = -1
		}
		val := figureValue(f)
		groups[g].add(val, f.Article)
		if lowest[g] < 0 || f.Count < lowest[g] || f.Count == lowest[g] && val < lowestVal[g] {
			lowest[g], lowestVal[g] = f.Count, val
		}
		subject[g] = f.Kind
		event[g] = f.Event
	}
	var keys []string
	for g := range groups {
		keys = append(keys, g)
	}
	sort.Strings(keys)
	var out []record.Contradiction
	for _, g := range keys {
		if !fromSeveralArticles(groups[g]) {
			continue
		}
		if c, ok := groups[g].contradiction(g, subject[g], event[g], outlet, lowestVal[g]); ok {
			out = append(out, c)
		}
	}
	return out
}

func figureValue(f record.Figure) string {
	if f.AtLeast {
		return fmt.Sprintf("at least %d", f.Count)
	}
	return fmt.Sprint(f.Count)
}

// sortEvents orders events as a timeline: by date (unknown last), then
// by ID.
func sortEvents(es []record.Event) {
	sort.SliceStable(es, func(i, j int) bool {
		di, dj := "~", "~"
		if es[i].Date != nil {
			di = *es[i].Date
		}
		if es[j].Date != nil {
			dj = *es[j].Date
		}
		if di != dj {
			return di < dj
		}
		return es[i].ID < es[j].ID
	})
}

// dyadSeries sums Goldstein scores per directed country dyad and day.
func dyadSeries(es []record.Event) []record.DyadDay {
	type key struct{ s, t, d string }
	acc := map[key]*record.DyadDay{}
	for _, e := range es {
		s, t := country(e.Source), country(e.Target)
		if s == "" || t == "" || e.Date == nil || len(*e.Date) != 10 {
			continue
		}
		k := key{s, t, *e.Date}
		d := acc[k]
		if d == nil {
			d = &record.DyadDay{Source: s, Target: t, Date: *e.Date}
			acc[k] = d
		}
		d.Events++
		d.GoldsteinSum += e.Goldstein
	}
	out := make([]record.DyadDay, 0, len(acc))
	for _, d := range acc {
		d.GoldsteinMean = d.GoldsteinSum / float64(d.Events)
		out = append(out, *d)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Source+a.Target != b.Source+b.Target {
			return a.Source+">"+a.Target < b.Source+">"+b.Target
		}
		return a.Date < b.Date
	})
	return out
}

// weekNumber counts weeks since 1970-01-05 (a Monday).
func weekNumber(date string) (int, bool) {
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return 0, false
	}
	return int(t.Sub(time.Date(1970, 1, 5, 0, 0, 0, 0, time.UTC)).Hours()/24) / 7, true
}

// unionFind groups string IDs; the representative of a group is its
// smallest ID, so the result never depends on the order of unions.
type unionFind struct{ parent map[string]string }

func newUnionFind() *unionFind { return &unionFind{parent: map[string]string{}} }

func (u *unionFind) add(x string) {
	if _, ok := u.parent[x]; !ok {
		u.parent[x] = x
	}
}

func (u *unionFind) find(x string) string {
	root := x
	for u.parent[root] != root {
		root = u.parent[root]
	}
	for u.parent[x] != root { // path compression
		next := u.parent[x]
		u.parent[x] = root
		x = next
	}
	return root
}

func (u *unionFind) union(a, b string) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
}
