// Package when finds the temporal expressions of a sentence and resolves
// them to calendar dates against a reference date, usually the article's
// publication date: "on Tuesday", "Tuesday night", "a day earlier",
// "two days after", "last month", "earlier this week", "on 18 January
// 2024". It answers with the precision the text supports: a day, a month,
// or nothing.
package when

import (
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/dates"
)

// Precision says how much of a date the text supports.
type Precision int

const (
	None Precision = iota
	Month
	Day
)

// Kind says what a date is relative to.
type Kind int

const (
	// Absolute dates name the calendar ("18 January 2024", "January 18").
	Absolute Kind = iota
	// Deictic dates count from the time of writing ("on Tuesday",
	// "yesterday", "last month").
	Deictic
	// Relative dates count from another event ("a day earlier", "two
	// days after"); Days holds the offset from that anchor.
	Relative
)

// Match is one temporal expression in a text.
type Match struct {
	Start, End int // byte span of the expression
	Kind       Kind
	Precision  Precision
	Date       time.Time // resolved; for Relative, resolved against the reference date
	Days       int       // for Relative: days after (+) or before (-) the anchor
}

// Value is the date as the JSON contract writes it: YYYY-MM-DD, YYYY-MM,
// or "" when the precision is None.
func (m Match) Value() string { return Format(m.Date, m.Precision) }

// Format writes t at precision p.
func Format(t time.Time, p Precision) string {
	switch p {
	case Day:
		return t.Format("2006-01-02")
	case Month:
		return t.Format("2006-01")
	}
	return ""
}

// Shift resolves a Relative match against another date.
func (m Match) Shift(anchor time.Time) time.Time { return anchor.AddDate(0, 0, m.Days) }

// word is a lower-cased word of the text with its span.
type word struct {
	w          string
	start, end int
	capital    bool // written with a capital letter
}

func split(s string) []word {
	var out []word
	start := -1
	for i := 0; i <= len(s); i++ {
		inWord := i < len(s) && (isLetter(s[i]) || isDigit(s[i]) || (s[i] == '-' && start >= 0))
		if inWord && start < 0 {
			start = i
		}
		if !inWord && start >= 0 {
			w := strings.TrimRight(s[start:i], "-")
			out = append(out, word{strings.ToLower(w), start, start + len(w), s[start] >= 'A' && s[start] <= 'Z'})
			start = -1
		}
	}
	return out
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"several": 0, "few": 0, "couple": 2,
}

// parts of a day that may follow a weekday or "yesterday".
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// Find returns the temporal expressions of s, resolved against ref (the
// publication date). future says the time sought is to come ("will meet
// on Friday"): a bare weekday counts forward, and a day and month may lie
// after ref (nearYear).
func Find(s string, ref time.Time, future bool) []Match {
	ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	var out []Match
	// Complete dates first: they are unambiguous.
	taken := make([]bool, len(s)+1)
	for _, m := range dates.Find(s) {
		t, err := time.Parse("2006-01-02", m.Date)
		if err != nil {
			continue
		}
		out = append(out, Match{Start: m.Start, End: m.End, Kind: Absolute, Precision: Day, Date: t})
		for i := m.Start; i < m.End; i++ {
			taken[i] = true
		}
	}
	ws := split(s)
	for i := 0; i < len(ws); i++ {
		if taken[ws[i].start] {
			continue
		}
		m, n, ok := at(ws, i, ref, future)
		if !ok {
			continue
		}
		m.Start, m.End = ws[i].start, ws[i+n-1].end
		out = append(out, m)
		i += n - 1
	}
	sortMatches(out)
	return mergeWeekdayDates(s, out)
}

// mergeWeekdayDates joins a weekday to the date that follows it
// ("Thursday morning, January 18"): the date decides, the weekday only
// confirms it.
func mergeWeekdayDates(s string, ms []Match) []Match {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Kind == Deictic && m.Precision == Day && i+1 < len(ms) && ms[i+1].Kind == Absolute &&
			strings.Trim(s[m.End:ms[i+1].Start], " ,") == "" && ms[i+1].Date.Weekday() == weekdayOf(s[m.Start:m.End]) {
			ms[i+1].Start = m.Start
			continue
		}
		out = append(out, m)
	}
	return out
}

// weekdayOf returns the weekday a phrase starts with, or -1.
func weekdayOf(phrase string) time.Weekday {
	ws := split(phrase)
	if len(ws) > 0 {
		if d, ok := dates.Weekday(ws[0].w); ok {
			return d
		}
	}
	return -1
}

func sortMatches(ms []Match) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// at reads an expression starting at word i; n is how many words it took.
func at(ws []word, i int, ref time.Time, future bool) (m Match, n int, ok bool) {
	w := ws[i].w
	next := func(k int) string {
		if i+k < len(ws) {
			return ws[i+k].w
		}
		return ""
	}
	day := func(t time.Time) Match { return Match{Kind: Deictic, Precision: Day, Date: t} }
	withPart := func(n int) int { // "Tuesday night", "yesterday morning"
		if dayParts[next(n)] {
			return n + 1
		}
		return n
	}
	switch w {
	case "today", "tonight":
		return day(ref), withPart(1), true
	case "yesterday":
		return day(ref.AddDate(0, 0, -1)), withPart(1), true
	case "tomorrow":
		return day(ref.AddDate(0, 0, 1)), withPart(1), true
	case "overnight":
		// Reported the next day: the night before publication.
		return day(ref.AddDate(0, 0, -1)), 1, true
	case "last", "this", "next", "earlier", "later":
		return relativeUnit(ws, i, ref)
	}
	if wd, isDay := dates.Weekday(w); isDay && len(w) > 3 {
		return day(weekday(ref, wd, future)), withPart(1), true
	}
	// "January 18" / "18 January" without a year: in the year nearYear
	// gives. Month names are capitalised in news; "may" and "march" otherwise
	// are a verb and a noun.
	if mo := dates.Month(w); mo != 0 && len(w) >= 3 && ws[i].capital {
		if d, ok := dates.Day(next(1)); ok {
			return Match{Kind: Absolute, Precision: Day, Date: nearYear(ref, mo, d, future)}, 2, true
		}
		if y, ok := dates.Year(next(1)); ok {
			return Match{Kind: Absolute, Precision: Month, Date: time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC)}, 2, true
		}
		// "in March last year", "in March this year"
		if next(2) == "year" && (next(1) == "last" || next(1) == "this") {
			y := ref.Year()
			if next(1) == "last" {
				y--
			}
			return Match{Kind: Deictic, Precision: Month, Date: time.Date(y, mo, 1, 0, 0, 0, 0, time.UTC)}, 3, true
		}
		// A month alone ("in December", "the December raid"): the most
		// recent one. Sentence-initial "May"/"March" are too often a
		// modal or a noun to count.
		if i > 0 || (w != "may" && w != "march") {
			return Match{Kind: Deictic, Precision: Month, Date: recentMonth(ref, mo)}, 1, true
		}
		return Match{}, 0, false
	}
	if d, ok := dates.Day(w); ok {
		if mo := dates.Month(next(1)); mo != 0 {
			return Match{Kind: Absolute, Precision: Day, Date: nearYear(ref, mo, d, future)}, 2, true
		}
	}
	// "a day earlier", "two days after", "hours before", "the previous day"
	if cnt, isNum := count(w); isNum {
		unit := next(1)
		if days, ok := unitDays(unit); ok {
			switch next(2) {
			case "earlier", "before", "ago", "previously", "prior":
				return Match{Kind: Relative, Precision: Day, Days: -cnt * days, Date: ref.AddDate(0, 0, -cnt*days)}, 3, true
			case "later", "after":
				return Match{Kind: Relative, Precision: Day, Days: cnt * days, Date: ref.AddDate(0, 0, cnt*days)}, 3, true
			}
		}
	}
	if w == "hours" || w == "minutes" {
		switch next(1) {
		case "earlier", "before", "later", "after":
			return Match{Kind: Relative, Precision: Day, Date: ref}, 2, true
		}
	}
	if w == "the" {
		switch next(1) + " " + next(2) {
		case "previous day", "day before", "preceding day":
			return Match{Kind: Relative, Precision: Day, Days: -1, Date: ref.AddDate(0, 0, -1)}, 3, true
		case "next day", "following day", "day after":
			return Match{Kind: Relative, Precision: Day, Days: 1, Date: ref.AddDate(0, 0, 1)}, 3, true
		}
		if d, ok := dates.Day(next(1)); ok && next(1) != "" && !isDigit(next(1)[len(next(1))-1]) {
			// "the 16th": a day of the current month, or the last one.
			t := time.Date(ref.Year(), ref.Month(), d, 0, 0, 0, 0, time.UTC)
			if t.After(ref.AddDate(0, 0, 7)) {
				t = t.AddDate(0, -1, 0)
			}
			return Match{Kind: Absolute, Precision: Day, Date: t}, 2, true
		}
	}
	return Match{}, 0, false
}

// relativeUnit reads "last month", "this week", "earlier this week",
// "next Tuesday", "last night", "later this month".
func relativeUnit(ws []word, i int, ref time.Time) (Match, int, bool) {
	w := ws[i].w
	n := 1
	if (w == "earlier" || w == "later") && i+1 < len(ws) && ws[i+1].w == "this" {
		n = 2
		w = "this"
	} else if w == "earlier" || w == "later" {
		return Match{}, 0, false
	}
	if i+n >= len(ws) {
		return Match{}, 0, false
	}
	unit := ws[i+n].w
	n++
	month := func(t time.Time) Match { return Match{Kind: Deictic, Precision: Month, Date: t} }
	switch unit {
	case "night":
		if w == "last" {
			return Match{Kind: Deictic, Precision: Day, Date: ref.AddDate(0, 0, -1)}, n, true
		}
		if w == "this" {
			return Match{Kind: Deictic, Precision: Day, Date: ref}, n, true
		}
	case "morning", "afternoon", "evening":
		if w == "this" {
			return Match{Kind: Deictic, Precision: Day, Date: ref}, n, true
		}
	case "week":
		// A week is finer than a month but not a day: say the month when
		// the whole week lies in one.
		t := ref
		switch w {
		case "last":
			t = ref.AddDate(0, 0, -7)
		case "next":
			t = ref.AddDate(0, 0, 7)
		}
		start := t.AddDate(0, 0, -int((t.Weekday()+6)%7))
		if start.Month() == start.AddDate(0, 0, 6).Month() {
			return month(start), n, true
		}
		return Match{Kind: Deictic, Precision: None, Date: t}, n, true
	case "month":
		switch w {
		case "last":
			return month(firstOfMonth(ref).AddDate(0, -1, 0)), n, true
		case "next":
			return month(firstOfMonth(ref).AddDate(0, 1, 0)), n, true
		default:
			return month(firstOfMonth(ref)), n, true
		}
	case "year":
		return Match{Kind: Deictic, Precision: None, Date: ref}, n, true
	}
	if wd, isDay := dates.Weekday(unit); isDay && len(unit) > 3 {
		t := weekday(ref, wd, w == "next")
		if w == "last" && t.Equal(ref) {
			t = t.AddDate(0, 0, -7)
		}
		return Match{Kind: Deictic, Precision: Day, Date: t}, n, true
	}
	if mo := dates.Month(unit); mo != 0 && len(unit) >= 3 {
		t := recentMonth(ref, mo)
		if w == "next" {
			t = time.Date(ref.Year(), mo, 1, 0, 0, 0, 0, time.UTC)
			if !t.After(ref) {
				t = t.AddDate(1, 0, 0)
			}
		}
		return month(t), n, true
	}
	return Match{}, 0, false
}

func firstOfMonth(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
}

// weekday is the most recent day named wd on or before ref; with future,
// the next one on or after ref.
func weekday(ref time.Time, wd time.Weekday, future bool) time.Time {
	if future {
		return ref.AddDate(0, 0, int((wd-ref.Weekday()+7)%7))
	}
	return ref.AddDate(0, 0, -int((ref.Weekday()-wd+7)%7))
}

// recentMonth is the most recent month mo that has begun by ref.
func recentMonth(ref time.Time, mo time.Month) time.Time {
	t := time.Date(ref.Year(), mo, 1, 0, 0, 0, 0, time.UTC)
	if t.After(ref) {
		t = t.AddDate(-1, 0, 0)
	}
	return t
}

// nearYear places a day and month without a year in the year that puts
// it closest to ref (news reports the recent past and near future). What
// a sentence tells as done is not after ref: "its October 7 attack" in
// April is last October's. A day of slack allows for a dateline ahead of
// the publication date's time zone.
func nearYear(ref time.Time, mo time.Month, d int, future bool) time.Time {
	best, latest := time.Time{}, ref.AddDate(0, 0, 1)
	for _, y := range []int{ref.Year() - 1, ref.Year(), ref.Year() + 1} {
		t := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
		if !future && t.After(latest) {
			continue
		}
		if best.IsZero() || absDays(t, ref) < absDays(best, ref) {
			best = t
		}
	}
	return best
}

func absDays(a, b time.Time) float64 {
	d := a.Sub(b).Hours() / 24
	if d < 0 {
		return -d
	}
	return d
}

func count(w string) (int, bool) {
	if n, ok := numberWords[w]; ok && n > 0 {
		return n, true
	}
	n := 0
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return 0, false
		}
		n = n*10 + int(w[i]-'0')
	}
	return n, len(w) > 0 && len(w) <= 3
}

func unitDays(u string) (int, bool) {
	switch u {
	case "day", "days":
		return 1, true
	case "week", "weeks":
		return 7, true
	}
	return 0, false
}
