package figure

import (
	"strings"

	"github.com/sitrep/sitrep/internal/quote"
)

var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"jan.": true, "feb.": true, "aug.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true,
}

// words before a number that make it refer back to things already known,
// not count them: "the two countries", "its three neighbours".
var referring = map[string]bool{
	"the": true, "these": true, "those": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "my": true, "your": true, "'s": true, "’s": true, "both": true,
	"each": true, "every": true, "first": true, "last": true, "next": true,
}

// words that end a counted noun phrase.
var npStop = map[string]bool{
	"of": true, "in": true, "on": true, "at": true, "for": true, "from": true, "to": true, "by": true,
	"with": true, "and": true, "or": true, "but": true, "who": true, "which": true, "that": true,
	"were": true, "was": true, "are": true, "is": true, "have": true, "has": true, "had": true,
	"will": true, "would": true, "aboard": true, "ago": true, "later": true, "earlier": true,
	"each": true, "apiece": true, "more": true, "less": true, "after": true, "before": true,
	"during": true, "since": true, "near": true, "inside": true, "across": true, "into": true,
	"while": true, "as": true, "than": true, "against": true, "over": true, "under": true,
	"including": true, "among": true, "between": true, "there": true, "here": true, "so": true,
	"out": true, "up": true, "off": true, "too": true, "be": true, "been": true, "being": true,
	"not": true, "also": true, "had been": true, "alone": true, "already": true, "still": true,
	"about": true, "around": true, "because": true, "if": true, "when": true, "where": true,
	"the": true, "a": true, "an": true, "their": true, "its": true, "his": true, "her": true,
}

// modifiers dropped from Who: "two innocent children" are children.
var whoDrop = map[string]bool{"innocent": true, "other": true, "more": true, "further": true, "additional": true}

// figureAt builds the figure of number n, or reports that n is no figure.
func (x *extractor) figureAt(n number) (Figure, bool) {
	toks, low := x.st.Tokens, x.low
	if x.excluded(n) || n.value > 1e12 {
		return Figure{}, false // more than any count of people or things
	}
	f := Figure{Count: int(n.value + 0.5), Sentence: x.st.Index, Start: toks[n.first].Start, End: toks[n.last].End}
	if n.vague {
		f.AtLeast, f.Approx = true, true
	}
	// qualifier before: "at least", "nearly", "all"
	qStart := n.first
	if n.first > 0 && low[n.first-1] == "all" {
		qStart = n.first - 1 // "all seven astronauts"
	}
	if q, s, ok := x.qualifierBefore(qStart); ok {
		f.AtLeast = f.AtLeast || q&qAtLeast != 0
		f.Approx = f.Approx || q&qApprox != 0
		f.AtMost = q&qAtMost != 0
		qStart = s
	}
	f.Start = toks[qStart].Start
	// a definite reference, not a count: "the two countries"; but a size
	// stays a size ("the 35-member delegation")
	hyphen := n.last+2 < len(low) && low[n.last+1] == "-"
	if qStart > 0 && !hyphen {
		p := low[qStart-1]
		// "the other two", "its remaining three"; but "other 15 shells" counts
		if referring[p] || (p == "other" || p == "remaining") && qStart > 1 && referring[low[qStart-2]] {
			return Figure{}, false
		}
	}
	// a range: 7 to 9, 7-9, 7 or 8, between 7 and 9
	last := n.last
	if last+2 < len(low) && (low[last+1] == "to" || low[last+1] == "-" || low[last+1] == "–" || low[last+1] == "or" || low[last+1] == "and" && qStart > 0 && low[qStart-1] == "between") {
		if m, ok := x.parseNumber(last + 2); ok && m.value > n.value && !m.vague {
			f.Max = int(m.value + 0.5)
			last = m.last
			hyphen = last+2 < len(low) && low[last+1] == "-"
			if qStart > 0 && low[qStart-1] == "between" {
				qStart--
				f.Start = toks[qStart].Start
			}
		}
	}
	j := last + 1
	// "a 35-member delegation", "131-page document", "900km": units and compounds
	if hyphen {
		w := low[last+2]
		if u, ok := x.lx.units[w]; ok {
			if u.typ != "measure" {
				return Figure{}, false // 7-year-old, one-day, 10-percent
			}
			f.Kind = u.norm
			f.Rule = "measure"
			f.End = toks[last+2].End
			x.markUsed(n.first, last+2)
			return x.finish(f, last+3), true
		}
		if w == "strong" {
			// "a 1,000-strong force": the noun after counts
			j = last + 3
		} else if isWordTok(w) && !isCapWord(toks[last+2].Form) {
			f.Kind = plural(w)
			f.Rule = "compound"
			f.End = toks[last+2].End
			x.markUsed(n.first, last+2)
			return x.finish(f, last+3), true
		} else {
			return Figure{}, false // STS-135 and the like end up here rarely; "7-Eleven"
		}
	}
	if j < len(low) {
		if u, ok := x.lx.units[toks[j].Form]; ok || x.lx.units[low[j]].typ != "" {
			if !ok {
				u = x.lx.units[low[j]]
			}
			switch u.typ {
			case "time", "share", "money":
				return Figure{}, false
			case "measure":
				if u.norm == "m" && toks[j].Form != "m" && low[j] != "metres" && low[j] != "meters" {
					break
				}
				f.Kind = u.norm
				f.Rule = "measure"
				f.End = toks[j].End
				// what is measured: "900km long border", "border of 1,000 km"
				k := j + 1
				if k < len(low) && (low[k] == "long" || low[k] == "wide" || low[k] == "deep" || low[k] == "high") {
					k++
				}
				if k < len(low) && isWordTok(toks[k].Form) && !npStop[low[k]] && !isCapWord(toks[k].Form) {
					f.Kind = low[k] + " " + u.norm
					f.End = toks[k].End
				} else if noun := x.nounBefore(qStart); noun != "" {
					f.Kind = noun + " " + u.norm
				}
				x.markUsed(n.first, j)
				x.skipConversion(j + 1)
				return x.finish(f, j+1), true
			}
		}
	}
	// the counted words
	np0 := j
	if j < len(low) && low[j] == "of" {
		if n.value == 1 && !n.vague {
			return Figure{}, false // "one of the …"
		}
		j++
		for j < len(low) && (referring[low[j]] || low[j] == "them") {
			if low[j] == "them" {
				break
			}
			j++
		}
	}
	headK, whoWords := x.countedNP(j)
	if j > np0 && headK >= 0 && !isPluralNoun(toks[headK].Form) && !strings.HasSuffix(toks[headK].Form, "s") {
		return Figure{}, false // "Article 51 of the Charter"
	}
	if headK >= 0 {
		head := low[headK]
		if x.lx.notCounted[head] {
			return Figure{}, false
		}
		if u, ok := x.lx.units[head]; ok && u.typ == "time" {
			return Figure{}, false
		}
		f.Who = strings.Join(whoWords, " ")
		f.End = toks[headK].End
	}
	end := j
	if headK >= 0 {
		end = headK + 1
	}
	x.markUsed(n.first, end-1)
	// what happened to them
	kind, rule := x.eventBefore(qStart), "before"
	parts, after := x.breakdown(f, n, end, headK)
	if len(parts) > 1 && parts[0].Count == f.Count && low[end] == "and" {
		// "three women and four children were killed": one figure of 7
		sum := 0
		for _, p := range parts {
			sum += p.Count
		}
		f.Count = sum
		f.Breakdown = parts
		f.End = toks[after-1].End
		f.Who = ""
		end = after
	} else if len(parts) > 0 {
		f.Breakdown = parts // ", including three women and four children,"
		end = after
	}
	if kind == "" {
		kind, rule = x.eventAfter(end), "after"
	}
	switch {
	case kind != "":
		f.Kind = kind
		f.Rule = "count:" + kind + ":" + rule
	case headK >= 0:
		f.Kind = strings.ToLower(toks[headK].Form)
		if isCapWord(toks[headK].Form) && strings.ToUpper(toks[headK].Form) != toks[headK].Form {
			f.Kind = toks[headK].Form // "Palestinians"
		}
		f.Rule = "count:generic"
	default:
		return Figure{}, false // a bare number: nothing says what it counts
	}
	if n.value == 1 && !n.vague && (f.Rule == "count:generic" || n.words && np0 == j && headK < 0) {
		return Figure{}, false // "one" counts only a casualty ("one person was killed")
	}
	return x.finish(f, end), true
}

// finish adds where the figure is, whose it is and the country of those
// counted.
func (x *extractor) finish(f Figure, from int) Figure {
	f.ClaimedBy = x.claimant(f)
	if x.g != nil {
		x.locate(&f, from)
	}
	return f
}

func plural(w string) string {
	switch {
	case strings.HasSuffix(w, "s"):
		return w
	case strings.HasSuffix(w, "y") && len(w) > 2 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "x"):
		return w + "es"
	}
	return w + "s"
}

func (x *extractor) markUsed(a, b int) {
	for k := a; k <= b && k < len(x.used); k++ {
		if k >= 0 {
			x.used[k] = true
		}
	}
}

// skipConversion marks a bracketed conversion after a measure as used:
// "1,000 kilometres (620 miles)".
func (x *extractor) skipConversion(k int) {
	if k < len(x.low) && x.low[k] == "(" {
		for j := k + 1; j < len(x.low) && j < k+6; j++ {
			x.used[j] = true
			if x.low[j] == ")" {
				break
			}
		}
	}
}

// nounBefore returns the noun before "of" that a measure belongs to
// ("a border of nearly 1,000 kilometres").
func (x *extractor) nounBefore(k int) string {
	if k >= 2 && x.low[k-1] == "of" && isWordTok(x.st.Tokens[k-2].Form) && !npStop[x.low[k-2]] {
		return x.low[k-2]
	}
	return ""
}

// qualifierBefore matches a qualifier phrase ending right before token k.
func (x *extractor) qualifierBefore(k int) (qualFlags, int, bool) {
	best, bestLen := qualFlags(0), 0
	for i, q := range x.lx.qualifiers {
		n := len(q)
		if k-n < 0 || n <= bestLen {
			continue
		}
		ok := true
		for m, w := range q {
			if x.low[k-n+m] != w {
				ok = false
				break
			}
		}
		if ok {
			best, bestLen = x.lx.qualFlags[i], n
		}
	}
	if bestLen == 0 {
		return 0, k, false
	}
	return best, k - bestLen, true
}

// countedNP reads the counted words from token j: adjectives and nouns up
// to a preposition, verb, conjunction or punctuation. It returns the head
// (-1 when there is none) and the words that say who, less demonyms and
// evaluative adjectives.
func (x *extractor) countedNP(j int) (int, []string) {
	toks, low := x.st.Tokens, x.low
	head := -1
	var who []string
	for k := j; k < len(low) && k < j+6; k++ {
		f := toks[k].Form
		if isQuoteMark(f) {
			continue
		}
		if !isWordTok(f) || npStop[low[k]] || x.isEventWord(k) {
			break
		}
		if _, ok := x.parseNumber(k); ok {
			break
		}
		// a verb after the counted words ("locations were hit") ends them;
		// without a parse, -ed and -ing words do
		if x.st.Tokens[k].UPOS == "VERB" || x.st.Tokens[k].UPOS == "AUX" || x.st.Tokens[k].UPOS == "" && k > j && (strings.HasSuffix(low[k], "ed") || strings.HasSuffix(low[k], "ing")) && !isCapWord(f) {
			break
		}
		head = k
		if !whoDrop[low[k]] && !x.isDemonym(k) {
			who = append(who, f)
		}
		// the counted noun is the first plural: "11 Iranian security
		// officers", "two billion people live …"
		if isPluralNoun(f) {
			break
		}
	}
	return head, who
}

func (x *extractor) isDemonym(k int) bool {
	f := x.st.Tokens[k].Form
	if !isCapWord(f) {
		return false
	}
	if x.g == nil {
		return strings.HasSuffix(f, "ian") || strings.HasSuffix(f, "ese") || strings.HasSuffix(f, "i") || strings.HasSuffix(f, "ish")
	}
	for _, m := range x.g.Match(x.st.Tokens[k:k+1], x.date) {
		if m.Entry != nil && m.Entry.Kind == "demonym" {
			return true
		}
	}
	return false
}

// isEventWord reports an "after" event phrase starting at k ("10 dead").
func (x *extractor) isEventWord(k int) bool {
	for _, e := range x.lx.events {
		if e.after && len(e.words) == 1 && e.words[0] == x.low[k] {
			return true
		}
	}
	return false
}

// eventBefore matches an event phrase ending right before token k,
// skipping determiners like "all" ("killing all seven astronauts").
func (x *extractor) eventBefore(k int) string {
	for k > 0 && (x.low[k-1] == "all" || x.low[k-1] == "some" || isQuoteMark(x.st.Tokens[k-1].Form) || x.low[k-1] == "the") {
		k--
	}
	best, bestLen := "", 0
	for _, e := range x.lx.events {
		if e.after {
			continue
		}
		n := len(e.words)
		if k-n < 0 || n <= bestLen {
			continue
		}
		ok := true
		for m, w := range e.words {
			if x.low[k-n+m] != w {
				ok = false
				break
			}
		}
		if ok {
			best, bestLen = e.kind, n
		}
	}
	return best
}

// eventAfter matches an event phrase at token k or a little after it:
// "were killed", "lost their lives", "have reportedly been killed",
// skipping a bracket or a ", including …," aside.
func (x *extractor) eventAfter(k int) string {
	low := x.low
	for k < len(low) && (isQuoteMark(x.st.Tokens[k].Form) || low[k] == "reportedly" || low[k] == "also" || low[k] == "all" || low[k] == "have" && k+1 < len(low) && low[k+1] == "reportedly") {
		k++
	}
	best, bestLen := "", 0
	for _, e := range x.lx.events {
		if !e.after {
			continue
		}
		n := len(e.words)
		if k+n > len(low) || n <= bestLen {
			continue
		}
		ok := true
		for m, w := range e.words {
			if low[k+m] != w {
				ok = false
				break
			}
		}
		if ok {
			best, bestLen = e.kind, n
		}
	}
	return best
}

// breakdown reads parts after a counted phrase ending at token end:
// "… and four children" (more parts of one figure) or ", including three
// women and four children," (parts of this figure). It returns the parts
// (the figure itself first for the "and" form) and where they end.
func (x *extractor) breakdown(f Figure, n number, end, headK int) ([]Part, int) {
	low := x.low
	if headK < 0 || end >= len(low) {
		return nil, end
	}
	first := Part{Count: f.Count, Who: strings.Join(strings.Fields(f.Who), " ")}
	switch {
	case low[end] == "and":
		parts := []Part{first}
		k := end
		for k < len(low) && (low[k] == "and" || low[k] == ",") {
			m, ok := x.parseNumber(k + 1)
			if !ok || x.eventBefore(k+1) != "" {
				break
			}
			h, who := x.countedNP(m.last + 1)
			if h < 0 {
				break
			}
			parts = append(parts, Part{Count: int(m.value + 0.5), Who: strings.Join(who, " ")})
			x.markUsed(k+1, h)
			k = h + 1
		}
		if len(parts) > 1 {
			return parts, k
		}
	case low[end] == "," && end+1 < len(low) && (low[end+1] == "including" || low[end+1] == "among" && end+2 < len(low) && low[end+2] == "them"):
		k := end + 2
		if low[end+1] == "among" {
			k = end + 3
		}
		var parts []Part
		for k < len(low) {
			m, ok := x.parseNumber(k)
			if !ok {
				break
			}
			h, who := x.countedNP(m.last + 1)
			if h < 0 {
				break
			}
			parts = append(parts, Part{Count: int(m.value + 0.5), Who: strings.Join(who, " ")})
			x.markUsed(k, h)
			k = h + 1
			if k < len(low) && (low[k] == "and" || low[k] == ",") && k+1 < len(low) {
				if _, ok := x.parseNumber(k + 1); ok {
					k++
					continue
				}
			}
			break
		}
		if len(parts) > 0 {
			if k < len(low) && low[k] == "," {
				k++
			}
			return parts, k
		}
	}
	return nil, end
}

// claimant is the speaker of the innermost quote holding the figure.
func (x *extractor) claimant(f Figure) *quote.Speaker {
	var best *quote.Quote
	for i := range x.quotes {
		q := &x.quotes[i]
		if q.Start <= f.Start && f.End <= q.End+2 && q.Speaker != nil {
			if best == nil || q.End-q.Start < best.End-best.Start {
				best = q
			}
		}
	}
	if best == nil {
		return nil
	}
	sp := *best.Speaker
	return &sp
}

// locate sets Country from a demonym among the counted words and Place
// from a place named after the figure ("in Panjgur").
func (x *extractor) locate(f *Figure, from int) {
	toks := x.st.Tokens
	for _, m := range x.g.Match(toks, x.date) {
		if m.Entry == nil {
			continue
		}
		if m.Start >= f.Start && m.End <= f.End && (m.Entry.Kind == "demonym" || m.Entry.Kind == "country") && f.Country == "" {
			f.Country = m.Entry.Country
			if f.Country == "" {
				f.Country = m.Entry.Code
			}
		}
		if m.First >= from && m.First > 0 && f.Place == nil && (m.Entry.Kind == "place" || m.Entry.Kind == "capital" || m.Entry.Kind == "country") {
			p := x.low[m.First-1]
			if p == "the" && m.First > 1 {
				p = x.low[m.First-2]
			}
			if p == "in" || p == "near" || p == "at" {
				f.Place = m.Entry
				f.PlaceName = x.a.Original[m.Start:m.End]
				if f.Country == "" && m.Entry.Kind != "country" {
					f.Country = m.Entry.Country
				}
			}
		}
	}
}
