package quote

import "strings"

var addressees = map[string]bool{
	"reporters": true, "journalists": true, "court": true, "media": true, "parliament": true,
	"lawmakers": true, "delegates": true, "the": true, "a": true, "an": true, "his": true,
	"her": true, "their": true, "its": true, "counterpart": true, "audience": true, "crowd": true,
	"press": true, "correspondents": true, "us": true, "him": true, "them": true, "me": true,
}

var whWords = map[string]bool{
	"how": true, "what": true, "why": true, "where": true, "when": true, "whether": true,
	"if": true, "who": true, "which": true,
}

// indirect reads the reported speech of sentence si and records its speech
// events (a speaker who "warned of …" is the last speaker even with no
// clause to report).
func (x *extractor) indirect(si int) {
	d := x.d
	st := d.sents[si]
	if st.Heading {
		return
	}
	noms := x.nominalsOf(si)
	type done struct {
		a, b int
		e    *entity
	}
	var emitted []done
	emit := func(c, e int, r ref, ok bool, rule string) {
		for e > c && isPunct(st.Tokens[e-1].Form) && markKind(st.Tokens[e-1].Form) == qNone {
			e--
		}
		if e <= c || x.allQuoted(si, c, e) {
			return
		}
		// after "that" a clause is certain; otherwise it must read as one
		if !(c > 0 && st.low[c-1] == "that") && !st.clauseAt(c, e) {
			return
		}
		for _, o := range emitted {
			if c >= o.a && e <= o.b && (!ok || o.e == r.e) {
				return
			}
		}
		emitted = append(emitted, done{c, e, r.e})
		x.add(Quote{
			Start: st.Tokens[c].Start, End: st.Tokens[e-1].End,
			Sentence: st.idx, LastSentence: st.idx,
			Direct: false, Speaker: x.speaker(r, ok), Prev: -1, Rule: rule,
		})
		if ok {
			x.spoke(r, si)
		}
	}
	// according to X, CLAUSE / CLAUSE, according to X
	for k := 0; k+2 < len(st.low); k++ {
		if st.low[k] != "according" || st.low[k+1] != "to" || x.inQ[si][k] {
			continue
		}
		e := d.npAfter(si, k+2, x.inQ[si])
		r, ok := d.speakerIn(si, k+2, e, x.inQ[si], x.mem, noms)
		if ok {
			r.via = "according-to"
		}
		if x.atClauseStart(si, k) {
			c := e
			for c < len(st.Tokens) && (st.Tokens[c].Form == "," || st.Tokens[c].Form == ")") {
				c++
			}
			emit(c, x.clauseEnd(si, c), r, ok, "indirect:according-to")
		} else if k > 0 && st.Tokens[k-1].Form == "," {
			emit(0, k-1, r, ok, "indirect:according-to")
		}
	}
	hits := x.hitsOf(si)
	for hi, h := range hits {
		if h.passive || h.vf.flags&(vClause|vEvent|vFragment|vFinal) == 0 {
			continue
		}
		var r ref
		var ok bool
		switch {
		case h.vf.ing && h.vf.flags&vPart != 0:
			if h.v == 0 || h.v > 0 && x.startsSentenceAdjunct(si, h.v) {
				continue // "Speaking at a briefing, …"
			}
			r, ok = x.participleSubject(si, hi)
		case h.vf.ing:
			continue
		default:
			r, ok = x.subject(si, h.v)
		}
		if ok {
			x.spoke(r, si)
		}
		// "CLAUSE, X said." and "CLAUSE, said X."
		if h.vf.flags&vFinal != 0 && !h.vf.ing {
			if c, okF := x.finalFrame(si, h); okF {
				rr, ook := r, ok
				if st.Tokens[h.v-1].Form == "," {
					e := d.npAfter(si, h.end(), x.inQ[si])
					rr, ook = d.speakerIn(si, h.end(), e, x.inQ[si], x.mem, noms)
				}
				emit(0, c, rr, ook, "indirect:final:"+h.vf.lemma)
				if ook {
					x.spoke(rr, si)
				}
				continue
			}
		}
		if h.vf.flags&vClause == 0 {
			continue
		}
		c, okC := x.complementStart(si, h)
		if !okC {
			continue
		}
		emit(c, x.clauseEnd(si, c), r, ok, "indirect:"+h.vf.lemma)
	}
}

// atClauseStart reports whether token k begins the sentence's first
// clause, allowing an adverb or a time phrase before it.
func (x *extractor) atClauseStart(si, k int) bool {
	if k == 0 {
		return true
	}
	st := x.d.sents[si]
	return st.Tokens[k-1].Form == "," && k <= 4
}

func (x *extractor) startsSentenceAdjunct(si, v int) bool {
	st := x.d.sents[si]
	for k := 0; k < v; k++ {
		if isWord(st.Tokens[k].Form) {
			return false
		}
	}
	return true
}

// finalFrame recognises "CLAUSE, X said." : the verb comes after a comma
// and a short subject, only adverbials follow it, and there is no
// quotation in the sentence (that would be a quotation's attribution). It
// returns the comma's token.
func (x *extractor) finalFrame(si int, h hit) (int, bool) {
	d := x.d
	st := d.sents[si]
	for t := range st.Tokens {
		if x.inQ[si][t] {
			return 0, false
		}
	}
	// after the verb: the end, or an adverbial ("on Wednesday", "in a
	// statement"), never what the verb takes ("warned of …")
	if e := h.end(); e < len(st.Tokens) {
		switch st.low[e] {
		case ".", ",", "!", "?", "on", "in", "at", "during", "after", "before", "via", "through", "from", "late", "earlier", "later", "today", "yesterday", "recently":
		default:
			return 0, false
		}
	}
	rest := 0
	for t := h.end(); t < len(st.Tokens); t++ {
		w := st.low[t]
		if finiteWords[w] || w == "that" || w == "," && t+1 < len(st.Tokens) && st.low[t+1] == "adding" {
			return 0, false
		}
		if isWord(st.Tokens[t].Form) {
			rest++
		}
	}
	if rest > 10 {
		return 0, false
	}
	comma := -1
	if h.v > 0 && st.Tokens[h.v-1].Form == "," {
		comma = h.v - 1 // "…, said X."
	} else {
		// "…, she added.", "…, researchers say.": a short verbless subject
		// between the last comma and the verb
		for k := h.v - 1; k >= 0 && h.v-k <= 8; k-- {
			if st.Tokens[k].Form == "," {
				comma = k
				break
			}
			if st.verbWord(k) && !betweenWords[st.low[k]] || markKind(st.Tokens[k].Form) != qNone {
				return 0, false
			}
		}
		if comma <= 0 || comma == h.v-1 {
			return 0, false
		}
	}
	if !st.looksFinite(0, comma) {
		return 0, false
	}
	return comma, true
}

// complementStart finds where the reported clause after a speech verb
// begins: after "that" if it comes soon (past an addressee or a time
// phrase: "told the court that", "announced on 17 January that"), else
// right after the verb, or after the addressee of "told".
func (x *extractor) complementStart(si int, h hit) (int, bool) {
	st := x.d.sents[si]
	n := len(st.Tokens)
	j := h.end()
	c := -1
	for k := j; k < n && k-j <= 14; k++ {
		w := st.low[k]
		if markKind(st.Tokens[k].Form) != qNone || x.inQ[si][k] || w == "." || w == ";" || w == ":" {
			break
		}
		if w == "that" {
			c = k + 1
			break
		}
		if st.verbWord(k) {
			break // a clause began without "that"
		}
	}
	if c < 0 {
		c = j
		if h.vf.flags&vObj != 0 {
			k := j
			addressee := func(k int) bool {
				return k < n && (addressees[st.low[k]] && !articleLike[st.low[k]] || isCap(st.Tokens[k].Form) && isWord(st.Tokens[k].Form))
			}
			for k < n && k-j < 5 {
				if articleLike[st.low[k]] && addressee(k+1) {
					k += 2 // "told the court", "told the BBC"
				} else if addressee(k) {
					k++
				} else {
					break
				}
			}
			if k == j {
				return 0, false // "warned of …", "told to …"
			}
			c = k
		}
	}
	for c < n && st.Tokens[c].Form == "," {
		c++ // "said that, as the parents came from India, …"
	}
	if c >= n {
		return 0, false
	}
	w := st.low[c]
	f := st.Tokens[c].Form
	if c > 0 && st.low[c-1] == "that" {
		// after "that" the clause is certain ("reported that at least nine …")
		return c, !whWords[w] && w != "to"
	}
	if st.verbWord(c) || len(w) > 4 && strings.HasSuffix(w, "ed") && !isCap(f) {
		return 0, false // "which Tehran claims were carried out": no subject of its own
	}
	if isPunct(f) && markKind(f) == qNone || w == "to" || prepositions[w] && w != "after" && w != "despite" || whWords[w] || w == "not" || w == "it" && c+1 < n && st.low[c+1] == "clear" {
		return 0, false
	}
	return c, true
}

// clauseEnd is where a reported clause starting at c stops: the end of the
// sentence, or before ", according to" or a participle that reports
// something else (", denying that …").
func (x *extractor) clauseEnd(si, c int) int {
	st := x.d.sents[si]
	for k := c + 1; k < len(st.Tokens); k++ {
		if st.Tokens[k].Form == ";" {
			return k
		}
		// a quotation closing on a comma, then a participle: "…,” denying"
		if markKind(st.Tokens[k].Form) != qNone && st.Tokens[k-1].Form == "," && k+1 < len(st.Tokens) {
			if vf, ok := x.d.matchVerb(st, k+1); ok && vf.ing && vf.flags&(vClause|vPart) != 0 {
				return k + 1
			}
		}
		if st.Tokens[k].Form != "," || x.inQ[si][k] {
			continue
		}
		if k+2 < len(st.Tokens) && st.low[k+1] == "according" && st.low[k+2] == "to" {
			return k
		}
		if k+1 < len(st.Tokens) {
			if vf, ok := x.d.matchVerb(st, k+1); ok && vf.ing && vf.flags&(vClause|vPart) != 0 {
				return k
			}
		}
	}
	return len(st.Tokens)
}

// allQuoted reports whether a reported clause is, in the main, one
// quotation ("saying that “our response was still evolving”"): then the
// direct quote says it all.
func (x *extractor) allQuoted(si, c, e int) bool {
	st := x.d.sents[si]
	words, quoted := 0, 0
	for k := c; k < e; k++ {
		if isWord(st.Tokens[k].Form) {
			words++
			if x.inQ[si][k] {
				quoted++
			}
		}
	}
	return words > 0 && float64(quoted) >= 0.85*float64(words)
}
