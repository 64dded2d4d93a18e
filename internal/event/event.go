// Package event is sitrep's event coder: it reads who did what to whom off
// each sentence's dependency parse and codes it in CAMEO, with the
// modality of the report (asserted, claimed, denied, threatened,
// hypothetical, future), the place, and a hook for the date.
//
// What counts as an event is data: data/patterns.tsv maps a trigger word
// (a verb or a noun) in an argument frame to a CAMEO code; users add or
// override rows with their own files (LoadPatterns). Actors come from the
// actor gazetteer. The coder works per article, before events from several
// articles are fused.
//
// Conventions, where CAMEO practice leaves a choice:
//
//   - An event needs a source and a target, both named in the sentence (a
//     pronoun counts when its antecedent is in the sentence). Only
//     protests, force postures and a few other rows flagged notarget stand
//     without a target (PETRARCH's "---").
//   - At least one actor is anchored to a state or an organisation: an
//     event between bare sectors ("rebels kidnapped peacekeepers") is not
//     recorded.
//   - Source and target must differ: an event of a state on itself
//     ("Pakistan's prime minister ordered strikes in Pakistan") is
//     dropped, but a state acting on its own rebels, opposition or
//     civilians is kept (IRN → IRNREB).
//   - Reciprocal events (meetings, clashes, "accuse each other") are coded
//     in both directions, as CAMEO coders did.
//   - A plain statement ("said") is not an event; what it reports may be,
//     with modality "claimed" and the speaker as ClaimedBy.
//   - A threat is coded as the threat (13x, modality "threatened"), not as
//     the threatened event; what someone is urged or asked to do is not an
//     event either.
//   - Intentions are coded as CAMEO and PLOVER code them: what an actor
//     wants, plans, pledges or "will" do is 03x for cooperation (express
//     intent, modality "future") and 13x for force (threaten); a refusal
//     ("would not provide support", "refused to meet") is 12x. An event
//     merely scheduled ("is due to meet") keeps its code, modality "future".
//   - A negated event is "denied"; an event under "deny" too.
//   - What a verdict states in a clause is the verdict's claim ("accused
//     Iran of violating its airspace": the violation, claimed by the
//     accuser); the object of a verdict is taken as given ("condemned
//     Iran's strikes": the strikes, asserted).
//   - Strikes in a place are strikes on its country when no target is
//     named; a protest with no target is against the protesters' state.
//   - What a protest is for ("began a hunger strike to protest Sweden's
//     decision", "demonstrated to demand…") is the protest itself, not a
//     second event: it names whom the protest is against. Any other event
//     that names no target takes the one its purpose clause acts on
//     ("opened fire to disperse the demonstrators").
//   - A capital as the actor of a verbal or diplomatic event stands for
//     its government ("Tehran said" → IRNGOV); as a place it is its country.
package event

import (
	"strings"
	"sync"

	"github.com/sitrep/sitrep/internal/actor"
	"github.com/sitrep/sitrep/internal/article"
	"github.com/sitrep/sitrep/internal/cameo"
)

// Actor is a participant in an event as the sentence names it.
type Actor struct {
	Name    string
	Code    string // CAMEO actor code: "IRN", "PAKGOV", "IGOUNO"; a bare sector ("REB") when the country is unknown
	Country string // ISO alpha-3, "" when unknown or not a state's
	Role    string
	Kind    string // the gazetteer kind that decided the code ("country", "agent", "person", …)
	// First..Last are the tokens that name the actor; for an actor found
	// through a pronoun ("it", "his country"), the pronoun's.
	First, Last int
	Start, End  int      // byte offsets into Article.Original
	Sources     []string // gazetteer rows the code comes from
}

// Place is where an event happened.
type Place struct {
	Name      string
	Country   string
	Lat, Lon  float64
	HasCoords bool // Lat/Lon are known
	First     int  // token range
	Last      int
	Start     int // byte offsets
	End       int
}

// Event is one coded event in one sentence.
type Event struct {
	Sentence     int // index of the sentence in the article
	TriggerFirst int // token range of the words that name the event
	TriggerLast  int
	Start, End   int    // byte offsets of the trigger in Article.Original
	Trigger      string // the trigger's words as written
	Source       *Actor
	Target       *Actor // nil only for codes whose row allows it (protests)
	CAMEO        string
	Info         cameo.Info
	// Modality is "asserted", "claimed" (reported by ClaimedBy),
	// "denied", "threatened", "hypothetical" or "future".
	Modality  string
	ClaimedBy *Actor
	Location  *Place
	// TimeFirst..TimeLast is the token range of a temporal modifier of
	// the event ("on Wednesday", "a day earlier", "last month"), for
	// internal/when to resolve: one attached to the trigger, its light
	// verb or their subject, else the sentence's only time expression;
	// both -1 when there is none.
	TimeFirst, TimeLast int
	// TimesElsewhere is set when the event has no time of its own and
	// every time expression of the sentence dates something else named
	// by a noun ("blamed Hamas for the October 7 attack"): the
	// sentence's only date is then not the event's.
	TimesElsewhere bool
	// TimeAhead is set when the event's time is to come, so that a bare
	// weekday, or a day and month, counts forward. Where the parse hangs
	// the time on a verb, that verb's tense decides: ahead with "will",
	// "would" or an infinitive ("will meet on Friday", "said it would
	// strike on Monday"), not with a past ("met on Thursday and signed a
	// declaration pledging…"). Elsewhere the modality does: "future".
	TimeAhead bool
	// Rule names what coded the event: the pattern row ("patterns.tsv:312"),
	// then, after " | ", the gazetteer rows of the actors.
	Rule string
}

// Coder codes events. It is read-only after New and safe for concurrent
// use.
type Coder struct {
	g *actor.Gazetteer
	p *Patterns
}

// New returns a coder over a gazetteer and a pattern set; nil patterns
// means the embedded ones.
func New(g *actor.Gazetteer, p *Patterns) (*Coder, error) {
	if p == nil {
		var err error
		if p, err = defaultPatterns(); err != nil {
			return nil, err
		}
	}
	return &Coder{g: g, p: p}, nil
}

var (
	defOnce sync.Once
	defPat  *Patterns
	defErr  error
)

func defaultPatterns() (*Patterns, error) {
	defOnce.Do(func() { defPat, defErr = LoadPatterns() })
	return defPat, defErr
}

// Code codes every sentence of a parsed article. date (YYYY-MM-DD, usually
// the publication date) decides date-bounded actors: who was foreign
// minister. g nil means no actors, hence no events.
func Code(a *article.Article, g *actor.Gazetteer, date string) []Event {
	c, err := New(g, nil)
	if err != nil || g == nil {
		return nil
	}
	return c.Code(a, date)
}

// Code codes every sentence of a parsed article.
func (c *Coder) Code(a *article.Article, date string) []Event {
	if a == nil {
		return nil
	}
	var out []Event
	ctx := &docContext{roles: map[string]Actor{}, weapons: map[string][]Actor{}, violence: map[string][]Actor{}, partner: map[string]Actor{}, names: map[string]Actor{}}
	for i := range a.Sentences {
		s := &a.Sentences[i]
		for _, e := range c.sentence(s.Tokens, date, ctx) {
			e.Sentence = s.Index
			out = append(out, e)
		}
	}
	return out
}

// docContext is what earlier sentences of an article tell about later
// ones: whose "foreign ministry" an unqualified "the foreign ministry" is.
type docContext struct {
	roles map[string]Actor // role words → the last actor of a known country named with them
	lead  *Actor           // the first state that acts in the article
	group *Actor           // the last armed group or movement named
	igo   *Actor           // the last international organisation named
	// coalition is the state that leads the last coalition named ("the
	// Saudi-led coalition"), whom a later "the coalition" or "coalition
	// warplanes" name.
	coalition *Actor
	// subject is the actors of the main clause's subject in the sentence
	// before, what a pronoun with no antecedent in its own sentence
	// refers to.
	subject []Actor
	// speaker is who says the sentence before says what it does, when
	// not its subject ("Lithuania closed its border, Prime Minister
	// Inga Ruginiene said"): what "she" in the next may refer to.
	speaker []Actor
	weapons map[string][]Actor // weapon lemma → who the last sentence to say so said used it
	// violence is who did the last act of violence named by a word: its
	// actStem → the event's sources; nil where two did.
	violence map[string][]Actor
	// attack is who did the violence of the last sentence that told of
	// some, when one source did it all to one country (attackOn), and
	// is of a known state or group (attackOn is kept without them);
	// attackAge counts the sentences read since, with none.
	attack    *Actor
	attackOn  string
	attackAge int
	// partner is, for each state, the other state of the last event
	// between the two, as the state itself.
	partner map[string]Actor
	// names are the people the article introduced by their office
	// ("Niger's President Mohamed Bazoum"), though the gazetteer does
	// not know them: surname → the office's actor, named so.
	names map[string]Actor
}

// learn records what sentence s and its events tell the sentences after
// it: the lead state, who did each act of violence and the last attack,
// each state's partner, who used which weapons, the main clause's subject,
// the people introduced by name, the last group and organisation named,
// and whose organs bare role words name.
func (d *docContext) learn(s *sent, evs []Event) {
	for _, e := range evs {
		if d.lead != nil {
			break
		}
		if e.Source == nil || e.Source.Country == "" {
			continue
		}
		// a state's organ, or one at home with it: "Separatist fighters
		// killed five soldiers in Cameroon's Northwest region" is about
		// Cameroon, whose army "the army" then is
		home := e.Target != nil && e.Target.Country == e.Source.Country && e.Source.Role != "unidentified"
		if stateSectors[sectorOf(*e.Source)] || home {
			lead := s.stateActor(e.Source.Country)
			d.lead = &lead
		}
	}
	// One word's events by one source: "the shelling" after "rebels
	// shelled" is theirs; after "clashed", or two strikes by two sides in
	// one sentence, it is no one's in particular.
	// "Security forces killed 21 militants": violence on armed groups is
	// the fight against the attackers
	onGroups := make([]bool, len(evs))
	for i, e := range evs {
		onGroups[i] = violent(e.CAMEO) && e.Target != nil && s.onArmedGroups(e)
	}
	here, twice := map[string][]Actor{}, map[string]bool{}
	responses := true // all the sentence's violence is on armed groups
	for i, e := range evs {
		if e.Source == nil || !violent(e.CAMEO) {
			continue
		}
		// the fight does not make "the killings" theirs when the
		// attackers' were told before
		response := onGroups[i]
		responses = responses && response
		for k := e.TriggerFirst; k <= e.TriggerLast && k < s.t.n; k++ {
			// "killed by security forces during the attack": the attack
			// is someone else's
			if !s.t.isVerbal(k) && !s.t.isNominal(k) || timeAnchors[s.t.prep(k)] {
				continue
			}
			key := actStem(s.t.lemma[k])
			if response && len(d.violence[key]) > 0 {
				continue
			}
			if p := here[key]; len(p) > 0 && p[0].Code != e.Source.Code {
				twice[key] = true
			}
			here[key] = []Actor{*e.Source}
		}
	}
	// "killed at least 39 people in coordinated attacks… Sharif condemned
	// the killings": a word of violence whose event was folded into
	// another's (its result) is that event's source's, when one source
	// did all the sentence's violence. Not one the sentence tells of only
	// to date another (timeAnchors): "struck militants in Iraq, hours
	// after an attack near Ankara killed five" is the attack of someone
	// else, and its words are no one's known.
	one := soleSource(here, twice)
	var anchored []string
	for k := 0; k < s.t.n; k++ {
		if !s.violentAt(k) {
			continue
		}
		key := actStem(s.t.lemma[k])
		switch {
		case timeAnchors[s.t.prep(k)]:
			anchored = append(anchored, key)
		case one != nil && here[key] == nil && !(responses && len(d.violence[key]) > 0):
			here[key] = one
		}
	}
	for _, key := range anchored {
		if _, ok := here[key]; !ok {
			here[key], twice[key] = nil, true
		}
	}
	for key, a := range here {
		if twice[key] {
			a = nil
		}
		d.violence[key] = a
	}
	d.learnAttack(evs, onGroups)
	for _, e := range evs {
		// unidentified attackers in a state are no state's partner
		if e.Source == nil || e.Target == nil || e.Source.Country == "" || e.Target.Country == "" || e.Source.Country == e.Target.Country ||
			e.Source.Role == "unidentified" {
			continue
		}
		d.partner[e.Source.Country] = s.stateActor(e.Target.Country)
		d.partner[e.Target.Country] = s.stateActor(e.Source.Country)
	}
	for w, a := range s.wielders() {
		d.weapons[w] = a
	}
	d.subject, d.speaker = nil, nil
	if i := s.t.root(); i >= 0 {
		if k := s.t.child(i, "nsubj", "nsubj:pass"); k >= 0 {
			d.subject = s.actorsAt(k)
		}
		for _, v := range s.t.kids[i] {
			if r := s.t.rel[v]; (r == "parataxis" || r == "conj" || r == "advcl") && s.p.say[s.t.lemma[v]] {
				if k := s.t.child(v, "nsubj"); k >= 0 {
					d.speaker = s.actorsAt(k)
				}
			}
		}
	}
	s.learnNames(d.names)
	for i := range s.t.toks {
		if s.t.lemma[i] == "coalition" && s.ledBy(i) {
			if a := s.actorsAt(i); len(a) > 0 && a[0].Country != "" {
				c := s.stateActor(a[0].Country)
				d.coalition = &c
			}
		}
	}
	for k := range s.actors {
		a := s.ownActor(k)
		if a.Kind == "group" && a.Code != "" {
			g := a
			d.group = &g
		}
		if a.Kind == "igo" && a.Code != "" {
			g := a
			d.igo = &g
		}
		// Only a state's organs are referred to by their bare names
		// ("the foreign ministry", "the army", "the police"); "the
		// militants" or "missiles" of one sentence are nobody's in the next.
		if a.Country == "" || a.Role == "" || a.Kind != "agent" || !organSectors[sectorOf(a)] {
			continue
		}
		d.roles[strings.ToLower(a.Role)] = a
	}
}

// soleSource is the one source of all the words of violence here, or
// nil when there are none or several.
func soleSource(here map[string][]Actor, twice map[string]bool) []Actor {
	var one []Actor
	for key, a := range here {
		if twice[key] || len(a) == 0 || one != nil && one[0].Code != a[0].Code {
			return nil
		}
		one = a
	}
	return one
}

// learnAttack records the attacker of the sentence's violence, if one
// source told as doing it did it all, to one country: what an agentless
// "15 people were wounded in Kyiv" right after "Russia fired missiles at
// Ukraine" is the result of. Violence on armed groups in a country
// ("struck rebel positions in Idlib", "killed five of the attackers") is
// no attack on the country (onGroups marks those events): the army's
// losses told next were not that attacker's doing, and the attack told
// before is still the last.
func (d *docContext) learnAttack(evs []Event, onGroups []bool) {
	var by *Actor
	on, seen, response := "", false, false
	for i, e := range evs {
		if !violent(e.CAMEO) {
			continue
		}
		if onGroups[i] {
			response = true
			continue
		}
		seen = true
		if e.Source == nil || e.Target == nil || e.Target.Country == "" || e.Modality != "asserted" && e.Modality != "claimed" ||
			by != nil && (by.Code != e.Source.Code || on != e.Target.Country) {
			by = nil
			break
		}
		by, on = e.Source, e.Target.Country
	}
	if !seen {
		// the fight against the attackers is the attack's story still
		if !response {
			d.attackAge++
		}
		return
	}
	d.attack, d.attackOn, d.attackAge = nil, "", 0
	if by == nil {
		return
	}
	// "Jihadist fighters killed 28 soldiers in Benin… JNIM claimed
	// responsibility for the attack": whom an attack by no one known hit
	// is known still
	d.attackOn = on
	// "A gunman stormed the embassy… Police arrested the attacker": an
	// attacker of no country is still the one "the attacker" means
	if by.Country != "" && by.Role != "unidentified" || by.Code == "UAF" {
		a := *by // the event's own actor may change after
		d.attack = &a
	}
}

// recentAttack is who did the attack the last sentence or the one before
// told of, or nil.
func (d *docContext) recentAttack() *Actor {
	if d == nil || d.attackAge > 1 {
		return nil
	}
	return d.attack
}

// timeAnchors introduce an event that dates or frames another.
var timeAnchors = map[string]bool{"after": true, "before": true, "since": true, "following": true, "until": true, "during": true, "amid": true}

// organSectors are the sectors of a state's organs that news names by
// their bare names.
var organSectors = map[string]bool{"GOV": true, "MIL": true, "COP": true}

// resolve gives a bare agent the country of the last actor named with the
// same role words. A government organ is so referred to by any of its
// names ("the foreign ministry", "officials"); the armed forces and the
// police only as one organ (organ: "the army", "the police"), not as
// "troops" or "the soldiers", who may be anyone's.
func (d *docContext) resolve(a Actor, organ bool) (Actor, bool) {
	if d == nil || a.Role == "" || !organSectors[a.Code] || a.Code != "GOV" && !organ {
		return a, false
	}
	p, ok := d.roles[strings.ToLower(a.Role)]
	if !ok {
		// "Pakistan recalled its ambassador… The foreign ministry said":
		// an organ named by its bare name, which no earlier sentence
		// named, is of the state the article's lead is about.
		return d.ofLead(a)
	}
	return withCountry(a, Actor{Country: p.Country, Name: countryNameOf(p), First: -1, Sources: nil}), true
}

// titled gives a government office that titles a person the gazetteer
// does not know ("President William Ruto deployed the army") the state
// the article's lead is about, as resolve gives a bare organ. Not the
// state of the last office so named: that was someone else's.
func (d *docContext) titled(a Actor) (Actor, bool) {
	if a.Country != "" || a.Code != "GOV" {
		return a, false
	}
	return d.ofLead(a)
}

// ofLead gives agent a the state the article's lead is about, if any.
func (d *docContext) ofLead(a Actor) (Actor, bool) {
	if d == nil || d.lead == nil {
		return a, false
	}
	return withCountry(a, *d.lead), true
}

// countryNameOf is the name of an agent's country as composed names give
// it ("Pakistan foreign ministry" → "Pakistan").
func countryNameOf(a Actor) string {
	if a.Role != "" && strings.HasSuffix(a.Name, " "+a.Role) {
		return strings.TrimSuffix(a.Name, " "+a.Role)
	}
	return a.Country
}

// Sentence codes one parsed sentence. Sentence numbers in the result are
// 0; Code sets them.
func (c *Coder) Sentence(toks []article.Token, date string) []Event {
	return c.sentence(toks, date, nil)
}

// sentence codes one sentence with what the article said before it.
func (c *Coder) sentence(toks []article.Token, date string, ctx *docContext) (evs []Event) {
	if c == nil || c.g == nil || len(toks) == 0 {
		return nil
	}
	// The coder must never take the pipeline down: a parse it cannot make
	// sense of costs that sentence's events, nothing more. (The fuzz test
	// calls the unguarded code, so such a panic is still found.)
	defer func() {
		if r := recover(); r != nil {
			evs = nil
		}
	}()
	s := newSent(c, toks, date)
	s.ctx = ctx
	s.knownNames()
	evs = s.code()
	if ctx != nil {
		ctx.learn(s, evs)
	}
	return evs
}
