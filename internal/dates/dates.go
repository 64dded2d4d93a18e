// Package dates finds calendar dates written out in news text ("January
// 18th, 2024", "17 Jan 2024", "Wednesday, 17 January 2024", "2024-01-17")
// and returns them as ISO dates. It handles explicit dates only; relative
// expressions ("a day earlier") are resolved by the event stage against a
// publication date.
package dates

import (
	"strings"
	"time"
)

// Match is a date found in text: the byte span and the ISO date.
type Match struct {
	Start, End int
	Date       string // YYYY-MM-DD, or YYYY-MM when the text gives no day
}

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// Month returns the month a word names ("Jan", "January", "Jan."), or 0.
func Month(word string) time.Month {
	word = strings.TrimSuffix(word, ".")
	if len(word) < 3 || len(word) > 9 {
		return 0
	}
	return months[lowerASCII(word)]
}

// lowerASCII lower-cases a short word without allocating when it is
// already lower case (the common case for non-month words).
func lowerASCII(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
	"sun":      time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wed": time.Wednesday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
	"fri": time.Friday, "sat": time.Saturday,
}

// Weekday returns the weekday a word names and whether it names one.
func Weekday(word string) (time.Weekday, bool) {
	d, ok := weekdays[strings.ToLower(strings.TrimSuffix(word, "."))]
	return d, ok
}

// word is a run of letters or digits in the text, with its span.
type word struct {
	s          string
	start, end int
}

// words splits s into runs of ASCII letters and digits; everything else
// separates them. Dates are written in ASCII, so this is all Find needs.
func words(s string) []word {
	var out []word
	start := -1
	kind := 0 // 1 letters, 2 digits
	flush := func(i int) {
		if start >= 0 {
			out = append(out, word{s[start:i], start, i})
			start = -1
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		k := 0
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			k = 1
		case c >= '0' && c <= '9':
			k = 2
		}
		if k == 0 || (start >= 0 && k != kind && !(kind == 2 && k == 1)) {
			flush(i)
		}
		if k != 0 && start < 0 {
			start, kind = i, k
		}
	}
	flush(len(s))
	return out
}

// Day parses "18", "18th", "1st" as a day of the month.
func Day(w string) (int, bool) {
	n, rest := 0, w
	for len(rest) > 0 && rest[0] >= '0' && rest[0] <= '9' {
		n = n*10 + int(rest[0]-'0')
		rest = rest[1:]
		if n > 31 {
			return 0, false
		}
	}
	if len(rest) == len(w) || n < 1 {
		return 0, false
	}
	switch strings.ToLower(rest) {
	case "", "st", "nd", "rd", "th":
		return n, true
	}
	return 0, false
}

// Year parses a four-digit year between 1900 and 2199.
func Year(w string) (int, bool) {
	if len(w) != 4 {
		return 0, false
	}
	n := 0
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return 0, false
		}
		n = n*10 + int(w[i]-'0')
	}
	return n, n >= 1900 && n <= 2199
}

// gapOK reports whether only spaces, commas and full stops separate two
// words of one date.
func gapOK(s string, from, to int) bool {
	if to-from > 4 {
		return false
	}
	for i := from; i < to; i++ {
		switch s[i] {
		case ' ', ',', '.', '\t':
		default:
			return false
		}
	}
	return true
}

func valid(y int, m time.Month, d int) bool {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d && t.Month() == m
}

// Find returns the complete dates (with a year) written in s, in order.
// A weekday directly before a date is included in its span.
func Find(s string) []Match {
	if !HasYear(s) {
		return nil
	}
	ws := words(s)
	var out []Match
	for i := 0; i < len(ws); i++ {
		m, ok := at(s, ws, i)
		if !ok {
			continue
		}
		if i > 0 {
			if _, isDay := Weekday(ws[i-1].s); isDay && gapOK(s, ws[i-1].end, ws[i].start) {
				m.Start = ws[i-1].start
			}
		}
		out = append(out, m)
		for i+1 < len(ws) && ws[i+1].start < m.End {
			i++
		}
	}
	return out
}

// at tries to read a date starting at word i.
func at(s string, ws []word, i int) (Match, bool) {
	next := func(j int) (word, bool) {
		if j >= len(ws) || !gapOK(s, ws[j-1].end, ws[j].start) {
			return word{}, false
		}
		return ws[j], true
	}
	w := ws[i]
	// ISO: 2024-01-18
	if y, ok := Year(w.s); ok && w.end+6 <= len(s) && s[w.end] == '-' {
		if t, err := time.Parse("2006-01-02", s[w.start:min(w.end+6, len(s))]); err == nil && y > 0 {
			return Match{w.start, w.end + 6, t.Format("2006-01-02")}, true
		}
	}
	// 18 January 2024
	if d, ok := Day(w.s); ok {
		if mw, ok := next(i + 1); ok {
			if mo := Month(mw.s); mo != 0 {
				if yw, ok := next(i + 2); ok {
					if y, ok := Year(yw.s); ok && valid(y, mo, d) {
						return Match{w.start, yw.end, iso(y, mo, d)}, true
					}
				}
			}
		}
	}
	// January 18th, 2024 / January 2024
	if mo := Month(w.s); mo != 0 && len(w.s) >= 3 {
		if dw, ok := next(i + 1); ok {
			if d, ok := Day(dw.s); ok {
				if yw, ok := next(i + 2); ok {
					if y, ok := Year(yw.s); ok && valid(y, mo, d) {
						return Match{w.start, yw.end, iso(y, mo, d)}, true
					}
				}
			}
		}
	}
	return Match{}, false
}

// HasYear reports whether s has a run of exactly four digits, without
// which no complete date can be written; most lines have none.
func HasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			continue
		}
		if run == 4 {
			return true
		}
		run = 0
	}
	return run == 4
}

func iso(y int, m time.Month, d int) string {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
}

// Parse reads s as one date, allowing a weekday and surrounding
// punctuation; it fails if s holds anything else.
func Parse(s string) (string, bool) {
	ms := Find(s)
	if len(ms) != 1 {
		return "", false
	}
	rest := strings.Trim(s[:ms[0].Start]+s[ms[0].End:], " ,.;:|-\t")
	if rest != "" {
		return "", false
	}
	return ms[0].Date, true
}
