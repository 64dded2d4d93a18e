package report

import (
	"fmt"
	"net/url"
	"reflect"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/record"
)

// view is what a report shows, computed once from a record and rendered
// as Markdown or HTML. Strings here are raw (untrusted) text; each
// renderer escapes them for its format.
type view struct {
	Articles     int
	Outlets      []string
	First, Last  string
	Developments []eventLine
	Timeline     []eventLine
	Speakers     []speakerQuotes
	Casualties   []figureLine
	Others       []figureLine
	Disputes     []disputeLine
	Sources      []sourceLine
	Dyads        []dyadSeries
}

// cite is a reference to an article in the Sources list.
type cite struct {
	N        int    // 1-based position in Sources
	Sentence int    // -1 for the article as a whole
	Anchor   string // "s3" or "s3-12": the article, or one of its sentences
	Href     string // where the citation links to in HTML
}

type eventLine struct {
	ID        string
	Date      string
	Source    string
	Target    string
	Action    string // "use conventional military force (CAMEO 190)"
	Modality  string
	ClaimedBy string
	Place     string
	Level     string // corroboration
	Evidence  string // one sentence reporting it
	EvCite    cite
	Cites     []cite
}

type speakerQuotes struct {
	Speaker string
	Quotes  []quoteLine
}

type quoteLine struct {
	Text   string
	Direct bool
	Cite   cite
}

type figureLine struct {
	Kind, Value, Who, Claimed, Event string
	Disputed                         bool
	Cite                             cite
}

type disputeLine struct {
	Subject string
	Event   string
	Values  []disputeValue
}

type disputeValue struct {
	Value        string
	Conservative bool
	Cites        []cite
}

type sourceLine struct {
	N                        int
	Anchor                   string
	Href                     string // the article's own page, when served
	Outlet, Title, Published string
	Path, URL                string
	Sentences                int
	Removed                  string
}

type dyadSeries struct {
	Source, Target string
	Days           []record.DyadDay
}

// maxDevelopments is how many events lead the report.
const maxDevelopments = 8

func buildView(rec *record.Record, linkArticles bool) *view {
	v := &view{Articles: len(rec.Articles)}
	num := map[string]int{}
	outletSeen := map[string]bool{}
	for i, a := range rec.Articles {
		num[a.ID] = i + 1
		if a.Outlet != "" && !outletSeen[a.Outlet] {
			outletSeen[a.Outlet] = true
			v.Outlets = append(v.Outlets, a.Outlet)
		}
		if a.Published != nil {
			if v.First == "" || *a.Published < v.First {
				v.First = *a.Published
			}
			if *a.Published > v.Last {
				v.Last = *a.Published
			}
		}
		reasons := map[string]bool{}
		var rs []string
		for _, r := range a.Removed {
			if !reasons[r.Reason] {
				reasons[r.Reason] = true
				rs = append(rs, r.Reason)
			}
		}
		href := ""
		if linkArticles {
			href = "/articles/" + url.PathEscape(a.ID)
		}
		v.Sources = append(v.Sources, sourceLine{
			N: i + 1, Anchor: fmt.Sprintf("s%d", i+1), Href: href, Outlet: a.Outlet, Title: a.Title, Published: deref(a.Published),
			Path: a.SourcePath, URL: a.URL, Sentences: a.Sentences, Removed: strings.Join(rs, ", "),
		})
	}
	citeOf := func(article string, sentence int) cite {
		n := num[article]
		c := cite{N: n, Sentence: sentence, Anchor: fmt.Sprintf("s%d", n)}
		if sentence >= 0 {
			c.Anchor = fmt.Sprintf("s%d-%d", n, sentence)
		}
		c.Href = "#" + c.Anchor
		if linkArticles {
			// Served: the article page shows the sentence in its text.
			c.Href = "/articles/" + url.PathEscape(article)
			if sentence >= 0 {
				c.Href += fmt.Sprintf("#s%d", sentence)
			}
		}
		return c
	}
	line := func(e record.Event) eventLine {
		l := eventLine{ID: e.ID, Date: deref(e.Date), Source: actorText(e.Source), Target: actorText(e.Target),
			Action: actionText(e), Modality: e.Modality, Level: e.Corroboration}
		if e.ClaimedBy != nil {
			l.ClaimedBy = actorText(e.ClaimedBy)
		}
		if e.Location != nil {
			l.Place = e.Location.Name
		}
		seen := map[int]bool{}
		for i, m := range e.Mentions {
			c := citeOf(m.Article, m.Sentence)
			if i == 0 {
				l.Evidence, l.EvCite = m.Text, c
			}
			if !seen[c.N] {
				seen[c.N] = true
				l.Cites = append(l.Cites, c)
			}
		}
		sort.Slice(l.Cites, func(i, j int) bool { return l.Cites[i].N < l.Cites[j].N })
		return l
	}
	for i, e := range ranked(rec.Events) {
		if i == maxDevelopments {
			break
		}
		v.Developments = append(v.Developments, line(e))
	}
	for _, e := range rec.Events { // the record is in timeline order
		v.Timeline = append(v.Timeline, line(e))
	}

	bySpeaker := map[string]int{}
	for _, q := range rec.Quotes {
		name := "Unattributed"
		if q.Speaker != nil {
			name = actorText(q.Speaker)
			if q.Speaker.Role != "" {
				name += ", " + q.Speaker.Role
			}
		}
		i, ok := bySpeaker[name]
		if !ok {
			i = len(v.Speakers)
			bySpeaker[name] = i
			v.Speakers = append(v.Speakers, speakerQuotes{Speaker: name})
		}
		v.Speakers[i].Quotes = append(v.Speakers[i].Quotes, quoteLine{Text: q.Text, Direct: q.Direct, Cite: citeOf(q.Article, -1)})
	}

	disputedEvents := map[string]bool{}
	for _, c := range rec.Contradictions {
		d := disputeLine{Subject: c.Subject, Event: c.Event}
		for _, val := range c.Values {
			dv := disputeValue{Value: val.Value, Conservative: val.Conservative}
			for _, a := range val.Articles {
				dv.Cites = append(dv.Cites, citeOf(a, -1))
			}
			d.Values = append(d.Values, dv)
		}
		v.Disputes = append(v.Disputes, d)
		disputedEvents[c.Event+"\x00"+c.Subject] = true
	}
	for _, f := range rec.Figures {
		value := fmt.Sprint(f.Count)
		if f.AtLeast {
			value = "at least " + value
		}
		fl := figureLine{Kind: f.Kind, Value: value, Who: f.Who, Event: f.Event, Cite: citeOf(f.Article, -1),
			Disputed: disputedEvents[f.Event+"\x00"+f.Kind]}
		if f.ClaimedBy != nil {
			fl.Claimed = actorText(f.ClaimedBy)
		}
		if casualty[f.Kind] {
			v.Casualties = append(v.Casualties, fl)
		} else {
			v.Others = append(v.Others, fl)
		}
	}

	series := map[string]int{}
	for _, d := range rec.Dyads {
		k := d.Source + ">" + d.Target
		i, ok := series[k]
		if !ok {
			i = len(v.Dyads)
			series[k] = i
			v.Dyads = append(v.Dyads, dyadSeries{Source: d.Source, Target: d.Target})
		}
		v.Dyads[i].Days = append(v.Dyads[i].Days, d)
	}
	plainStrings(reflect.ValueOf(v).Elem())
	return v
}

// plainStrings makes every string of the view safe for a terminal (see
// Plain): a view holds only display text, and escaping it here once
// covers every renderer, on top of each format's own escaping.
func plainStrings(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if v.CanSet() {
			v.SetString(Plain(v.String()))
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			plainStrings(v.Field(i))
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			plainStrings(v.Index(i))
		}
	}
}

var casualty = map[string]bool{"killed": true, "injured": true, "missing": true, "arrested": true, "displaced": true}

func actorText(a *record.Actor) string {
	if a == nil {
		return "(unknown)"
	}
	if a.Name == "" {
		return a.Code
	}
	if a.Code == "" {
		return a.Name
	}
	return a.Name + " (" + a.Code + ")"
}

func actionText(e record.Event) string {
	if e.CAMEOName != "" {
		return e.CAMEOName + " (CAMEO " + e.CAMEO + ")"
	}
	return "CAMEO " + e.CAMEO
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
