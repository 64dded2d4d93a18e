package figure

import (
	"strings"
)

// excluded reports numbers that are never figures, whatever follows them:
// dates, years, times, ages, money, identifiers, phone numbers, fractions.
// Units after the number (durations, percentages) are judged in figureAt.
func (x *extractor) excluded(n number) bool {
	toks, low := x.st.Tokens, x.low
	f := toks[n.first].Form
	prev, next := "", ""
	if n.first > 0 {
		prev = low[n.first-1]
	}
	if n.last+1 < len(low) {
		next = low[n.last+1]
	}
	// times and scores glued in one token: 10:30
	if strings.ContainsAny(f, ":/") {
		return true
	}
	// dates: "January 18", "18 January 2024", "April 12, 1981"
	if months[prev] || months[next] {
		return true
	}
	if !n.words && n.value >= 1000 && n.value <= 2100 && !strings.Contains(f, ",") && !strings.Contains(f, ".") {
		// a year unless a plural noun follows ("1709 schoolchildren")
		if !(n.last+1 < len(low) && isPluralNoun(toks[n.last+1].Form) && !months[next]) {
			return true
		}
		if prev == "in" || prev == "since" || prev == "until" || prev == "by" || prev == "from" {
			return true
		}
	}
	// ages: "aged 42", "age of 7", "Thomas Sam, 42, and"
	if prev == "aged" || prev == "age" || n.first >= 2 && low[n.first-1] == "of" && low[n.first-2] == "age" {
		return true
	}
	if prev == "," && n.first >= 2 && isCapWord(toks[n.first-2].Form) && isWordTok(toks[n.first-2].Form) && (next == "," || next == ")" || next == "and" || next == ".") && !n.words {
		return true
	}
	// money: "$5 million", "Rs 100"
	if n.first > 0 && x.lx.currency[toks[n.first-1].Form] {
		return true
	}
	if strings.HasPrefix(f, "$") || strings.HasPrefix(f, "€") || strings.HasPrefix(f, "£") {
		return true
	}
	// identifiers: "Resolution 2334", "Vostok 1", "STS-135", "No. 5", "Pad 39A"
	if n.first > 0 && !n.words {
		p := toks[n.first-1]
		if p.Form == "#" || prev == "no." || prev == "number" || prev == "no" {
			return true
		}
		if (p.Form == "-" || p.Form == "‐") && n.first >= 2 && isCapWord(toks[n.first-2].Form) && toks[n.first-2].End == p.Start && p.End == toks[n.first].Start {
			return true
		}
		if isCapWord(p.Form) && isWordTok(p.Form) && !months[prev] && !x.countWord(prev) {
			if n.first-1 == 0 || !isQuoteMark(toks[n.first-2].Form) && toks[n.first-2].Form != ":" {
				return true
			}
		}
	}
	if n.last+1 < len(toks) && !n.words {
		nx := toks[n.last+1]
		// "39A", glued letters after a number make a name
		if nx.Start == toks[n.last].End && isWordTok(nx.Form) && len(nx.Form) == 1 && isCapWord(nx.Form) {
			return true
		}
	}
	// phone numbers: "+92 51 1234567", three numbers in a row, "555-1234"
	if prev == "+" {
		return true
	}
	if !n.words && n.last+1 < len(toks) {
		if _, ok := parseDigits(toks[n.last+1].Form); ok && !strings.Contains(toks[n.last+1].Form, ",") {
			return true
		}
	}
	if !n.words && n.first > 0 {
		if _, ok := parseDigits(toks[n.first-1].Form); ok {
			return true
		}
	}
	if !n.words && next == "-" && n.last+2 < len(toks) && len(toks[n.last+2].Form) >= 4 && len(f) >= 3 {
		if _, ok := parseDigits(toks[n.last+2].Form); ok {
			return true
		}
	}
	// fractions: "two-thirds", "three quarters"
	k := n.last + 1
	if k < len(low) && low[k] == "-" {
		k++
	}
	if k < len(low) {
		switch low[k] {
		case "third", "thirds", "quarter", "quarters", "half", "halves", "fifths", "tenths":
			return true
		}
	}
	return false
}

// isPluralNoun: a lower-case word that looks like a plural noun, or a
// plural that does not end in s.
func isPluralNoun(s string) bool {
	if !isWordTok(s) || isCapWord(s) && strings.ToUpper(s) != s {
		return irregularPlural[strings.ToLower(s)]
	}
	l := strings.ToLower(s)
	return irregularPlural[l] || len(l) > 2 && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss")
}

var irregularPlural = map[string]bool{
	"people": true, "children": true, "schoolchildren": true, "men": true, "women": true,
	"personnel": true, "police": true, "troops": true, "militia": true, "staff": true,
	"cattle": true, "livestock": true, "aircraft": true, "civilians": true,
}

// countWord reports a word that may stand before a count: a word of a
// qualifier ("About 70", "Some 3,000") or of an event ("Killing 5").
func (x *extractor) countWord(w string) bool {
	for _, q := range x.lx.qualifiers {
		for _, qw := range q {
			if qw == w {
				return true
			}
		}
	}
	for _, e := range x.lx.events {
		for _, ew := range e.words {
			if ew == w {
				return true
			}
		}
	}
	switch w {
	case "all", "the", "these", "those", "another", "only", "just", "including", "among", "and", "or", "but", "between", "from", "of", "by", "to":
		return true
	}
	return false
}
