package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/sitrep/sitrep/internal/actor"
	"github.com/sitrep/sitrep/internal/article"
	"github.com/sitrep/sitrep/internal/dates"
	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/figure"
	"github.com/sitrep/sitrep/internal/fuse"
	"github.com/sitrep/sitrep/internal/quote"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/when"
)

func init() { extract = extractAll }

// stages are the extraction stages' shared, read-only state, built once.
var stages struct {
	once  sync.Once
	g     *actor.Gazetteer
	coder *event.Coder
	err   error
}

func loadStages() (*actor.Gazetteer, *event.Coder) {
	stages.once.Do(func() {
		stages.g, stages.err = actor.Default()
		if stages.err == nil {
			stages.coder, stages.err = event.New(stages.g, nil)
		}
	})
	if stages.err != nil {
		// Embedded data that does not load is a broken build.
		panic("sitrep: the embedded dictionaries do not load: " + stages.err.Error())
	}
	return stages.g, stages.coder
}

// extractAll codes events, finds quotes and figures in a, and turns them
// into record entries (offsets in characters) for fusion.
func extractAll(a *article.Article, co *article.CharOffsets, c *fuse.Article) {
	g, coder := loadStages()
	outlet := c.Article.Outlet

	evs := coder.Code(a, a.Published)
	days := EventDates(a, a.Published, evs)
	for i, e := range evs {
		if e.Source != nil && e.Target != nil && e.Source.Code == e.Target.Code {
			continue // an actor acting on itself is a misreading, not an event
		}
		c.Events = append(c.Events, eventRecord(a, co, e, fmt.Sprintf("e%d", i), outlet, days[i]))
	}

	qs := quote.Extract(a, g, a.Published)
	for _, q := range qs {
		rq := record.Quote{
			ID:      "q-" + shortID(a.ID, q.Start),
			Article: a.ID,
			Text:    q.Text(a),
			Start:   co.Char(q.Start),
			End:     co.Char(q.End),
			Direct:  q.Direct,
		}
		if q.Speaker != nil {
			rq.Speaker = &record.Actor{Name: q.Speaker.Name, Code: q.Speaker.Code, Country: q.Speaker.Country, Role: q.Speaker.Role}
		}
		c.Quotes = append(c.Quotes, rq)
	}

	for _, f := range figure.ExtractWith(a, g, a.Published, qs, nil) {
		rf := record.Figure{
			ID:       "f-" + shortID(a.ID, f.Start),
			Article:  a.ID,
			Kind:     f.Kind,
			Count:    f.Count,
			AtLeast:  f.AtLeast,
			Who:      f.Who,
			Country:  f.Country,
			Place:    f.PlaceName,
			Sentence: f.Sentence,
			Start:    co.Char(f.Start),
			End:      co.Char(f.End),
		}
		if f.Place != nil && rf.Place == "" {
			rf.Place = f.Place.Name
		}
		if f.ClaimedBy != nil {
			rf.ClaimedBy = &record.Actor{Name: f.ClaimedBy.Name, Code: f.ClaimedBy.Code, Country: f.ClaimedBy.Country, Role: f.ClaimedBy.Role}
		}
		c.Figures = append(c.Figures, rf)
	}
	fuse.LinkFigures(c.Events, c.Figures)
}

func shortID(article string, offset int) string {
	sum := sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d", article, offset)))
	return hex.EncodeToString(sum[:6])
}

func eventRecord(a *article.Article, co *article.CharOffsets, e event.Event, id, outlet, date string) record.Event {
	sn := &a.Sentences[sentencePos(a, e.Sentence)]
	r := record.Event{
		ID:         id,
		CAMEO:      e.CAMEO,
		CAMEOName:  e.Info.Name,
		PLOVER:     e.Info.PLOVER,
		PLOVERMode: e.Info.PLOVERMode,
		Goldstein:  e.Info.Goldstein,
		QuadClass:  e.Info.QuadClass,
		Modality:   e.Modality,
		Source:     actorRecord(e.Source),
		Target:     actorRecord(e.Target),
		ClaimedBy:  actorRecord(e.ClaimedBy),
		Mentions: []record.Mention{{
			Article:  a.ID,
			Sentence: e.Sentence,
			Start:    co.Char(e.Start),
			End:      co.Char(e.End),
			Trigger:  e.Trigger,
			Text:     strings.Join(strings.Fields(a.SentenceText(sn)), " "),
			Rule:     e.Rule,
		}},
		Sources: []string{},
	}
	if outlet != "" {
		r.Sources = append(r.Sources, outlet)
	}
	if l := e.Location; l != nil {
		r.Location = &record.Location{Name: l.Name, Country: l.Country}
		if l.HasCoords {
			lat, lon := l.Lat, l.Lon
			r.Location.Lat, r.Location.Lon = &lat, &lon
		}
	}
	if date != "" {
		r.Date = &date
	}
	return r
}

// sentencePos finds the position of sentence index i in a.Sentences.
func sentencePos(a *article.Article, i int) int {
	if i >= 0 && i < len(a.Sentences) && a.Sentences[i].Index == i {
		return i
	}
	for p := range a.Sentences {
		if a.Sentences[p].Index == i {
			return p
		}
	}
	return 0
}

func actorRecord(x *event.Actor) *record.Actor {
	if x == nil {
		return nil
	}
	return &record.Actor{Name: x.Name, Code: x.Code, Country: x.Country, Role: x.Role}
}

// EventDates resolves the date each of an article's events happened,
// for events in article order as event.Coder.Code gives them; "" where
// the text does not say. published (YYYY-MM-DD) is the reference date of
// times counted from the time of writing ("on Tuesday", "last month").
func EventDates(a *article.Article, published string, evs []event.Event) []string {
	ref, hasRef := time.Time{}, false
	if t, err := time.Parse("2006-01-02", published); err == nil {
		ref, hasRef = t, true
	}
	out := make([]string, len(evs))
	// before is the last day an earlier sentence dated an event on:
	// "Iran struck on Tuesday. Two days later, Pakistan…"; zero for none
	var before, last time.Time
	sentence := -1
	var sn *article.Sentence
	var text string
	// the sentence's time expressions, found once for events whose time
	// is ahead (TimeAhead) and once for the others ("on Tuesday" ahead
	// or past)
	var times [2]*sentenceTimes
	for i, e := range evs {
		if e.Sentence != sentence {
			if !last.IsZero() {
				before = last
			}
			sentence, last = e.Sentence, time.Time{}
			sn = &a.Sentences[sentencePos(a, e.Sentence)]
			text = a.SentenceText(sn)
			times = [2]*sentenceTimes{}
		}
		f := 0
		if e.TimeAhead {
			f = 1
		}
		if times[f] == nil {
			times[f] = findTimes(text, ref, f == 1)
		}
		d, p := eventDate(text, sn, times[f], e, ref, hasRef, before)
		out[i] = when.Format(d, p)
		if p == when.Day {
			last = d
		}
	}
	return out
}

// sentenceTimes are a sentence's time expressions, as when.Find gives
// them, and which of them open a clause (opensClause).
type sentenceTimes struct {
	all   []when.Match
	opens []bool
}

func findTimes(text string, ref time.Time, future bool) *sentenceTimes {
	st := &sentenceTimes{all: when.Find(text, ref, future)}
	st.opens = make([]bool, len(st.all))
	for k, m := range st.all {
		st.opens[k] = m.Kind == when.Relative && opensClause(text[m.Start:m.End])
	}
	return st
}

// eventDate resolves the event's temporal modifier against the
// publication date. A relative one ("a day earlier", "hours later")
// counts from the sentence's other date when it has one ("recalled on
// Wednesday … after a strike a day earlier"), else from the day an
// earlier sentence dated an event on (before, zero if none), else from
// publication. An event in the clause a relative time opens ("two days
// after Iran struck") is what the time counts from: it happened that long
// before the other, and the nearest such time before the event is its
// own, wherever the parse hangs it. Without a publication date only
// dates that name their year are trusted. text is the sentence's, and
// the offsets compared are in it; precision None is no date.
func eventDate(text string, sn *article.Sentence, st *sentenceTimes, e event.Event, ref time.Time, hasRef bool, before time.Time) (time.Time, when.Precision) {
	all := st.all
	at := e.Start - sn.Start
	opening := func(k int) bool { return st.opens[k] && all[k].End <= at }
	// "Tuesday's attack came a day after the Guards attacked targets":
	// the clause the event is in
	clause := -1
	for k := range all {
		if opening(k) {
			clause = k
		}
	}
	var start, end int
	switch {
	case e.TimeFirst >= 0 && e.TimeLast >= e.TimeFirst && e.TimeLast < len(sn.Tokens):
		start, end = sn.Tokens[e.TimeFirst].Start-sn.Start, sn.Tokens[e.TimeLast].End-sn.Start
		if clause >= 0 && all[clause].Start >= end {
			// "shelled Chad on Thursday, two days after Chadian troops
			// attacked": Thursday is the shelling's day
			start, end = all[clause].Start, all[clause].End
		}
	case len(all) == 1 && all[0].Kind != when.Relative && !e.TimesElsewhere:
		// No modifier attached to the trigger, but the sentence speaks of
		// one time only: the event's, unless it dates another noun.
		start, end = all[0].Start, all[0].End
	case clause >= 0:
		start, end = all[clause].Start, all[clause].End
	default:
		return time.Time{}, when.None
	}
	for k, m := range all {
		if m.End <= start || m.Start >= end || m.Precision == when.None {
			continue
		}
		if !hasRef && !(m.Kind == when.Absolute && dates.HasYear(text[m.Start:m.End])) {
			return time.Time{}, when.None
		}
		if m.Kind != when.Relative {
			return m.Date, m.Precision
		}
		if opening(k) {
			// "a day after the navies' exercises and only hours after
			// the meeting": the meeting is hours before
			m = all[clause]
			m.Days = -m.Days
		}
		// a relative time gets here only with a publication date
		from := ref
		if !before.IsZero() {
			from = before
		}
		for _, other := range all {
			if other.Kind != when.Relative && other.Precision == when.Day {
				from = other.Date
				break
			}
		}
		return m.Shift(from), m.Precision
	}
	return time.Time{}, when.None
}

// opensClause reports whether a relative time ends in a subordinator
// ("two days after", "hours before") and so opens the clause of the
// event it counts from; "the day after" is an adverb ("On the day
// after, …").
func opensClause(phrase string) bool {
	f := strings.Fields(strings.ToLower(phrase))
	return len(f) > 1 && f[0] != "the" && (f[len(f)-1] == "after" || f[len(f)-1] == "before")
}
