package quote

import "strings"

// direct decides whether span i is someone's quotation and who said it.
func (x *extractor) direct(i int) {
	d := x.d
	sp := x.spans[i]
	openS, openT := sp.first.s, -1
	if sp.open.t >= 0 {
		openS, openT = sp.open.s, sp.open.t
	}
	closeS, closeT := sp.last.s, -1
	if sp.close.t >= 0 {
		closeS, closeT = sp.close.s, sp.close.t
	}
	stO := d.sents[openS]
	full := sp.full || sp.continues
	if openT >= 0 && x.mentionBefore(openS, openT) {
		return
	}
	// a quoted title followed by a dash and its source: a citation
	if closeT >= 0 && closeT+1 < len(d.sents[closeS].Tokens) {
		switch d.sents[closeS].Tokens[closeT+1].Form {
		case "—", "--", "–", "-":
			if !x.hasHitAfter(closeS, closeT) {
				return
			}
		}
	}
	var r ref
	ok, governed := false, false
	var by *hit
	rule := ""
	if closeT >= 0 {
		if r, ok, by = x.afterClose(closeS, closeT); ok {
			rule, governed = "attributed-after", true
		}
		// "X said “…”, according to a summary": the speech verb right
		// before the quotation names the speaker; the source after it only
		// says where the report comes from
		if ok && r.via == "according-to" && openT >= 0 {
			if r2, ok2, gov2, by2 := x.beforeOpen(openS, openT, true); ok2 && gov2 {
				r, by, rule = r2, by2, "attributed-before"
			}
		}
	}
	if !ok && openT >= 0 {
		r, ok, governed, by = x.beforeOpen(openS, openT, full)
		if governed {
			rule = "attributed-before"
		}
	}
	if !ok {
		if r, ok = x.accordingTo(openS, closeS); ok {
			rule, governed = "according-to", true
		}
	}
	if stO.Heading && !governed {
		return
	}
	prev := -1
	if sp.continues && i > 0 {
		if qi, seen := x.spanQuote[i-1]; seen {
			prev = qi
			if !ok && x.out[qi].Speaker != nil {
				cp := *x.out[qi].Speaker
				cp.Start, cp.End, cp.Via = -1, -1, "continuity"
				x.finishDirect(i, sp, openS, closeS, &cp, rule+"continues", prev, by)
				return
			}
		}
	}
	if by != nil && x.lastDirect.quote >= 0 && x.lastDirect.s == openS && x.lastDirect.h == by.v {
		prev = x.lastDirect.quote // "“…,” she said, “…”": the same utterance
	}
	if !ok && full && !governed {
		if x.mem.lastSpeaker != nil && openS-x.mem.lastSpoke <= 4 {
			r, ok = ref{e: x.mem.lastSpeaker, via: "continuity", start: -1, end: -1}, true
			rule = "continuity"
		}
	}
	if !full && !governed {
		return // a scare quote or a name
	}
	if !ok && x.words(sp) <= 3 {
		return
	}
	if rule == "" {
		rule = "unattributed"
	}
	x.finishDirect(i, sp, openS, closeS, x.speaker(r, ok), rule, prev, by)
	if ok {
		x.spoke(r, closeS)
	}
}

func (x *extractor) finishDirect(i int, sp span, openS, closeS int, spk *Speaker, rule string, prev int, by *hit) {
	d := x.d
	first, last := sp.first, sp.last
	// the comma that closes a quotation before its attribution is not part
	// of what was said
	for (first.s < last.s || first.t < last.t) && d.tok(last).Form == "," {
		if last.t > 0 {
			last.t--
		} else {
			break
		}
	}
	q := Quote{
		Start: d.tok(first).Start, End: d.tok(last).End,
		Sentence: d.sents[first.s].idx, LastSentence: d.sents[last.s].idx,
		Direct: true, Speaker: spk, Prev: prev,
		Rule: "direct:" + sp.rule + ":" + rule,
	}
	if q.End <= q.Start {
		return
	}
	qi := x.add(q)
	if x.spanQuote == nil {
		x.spanQuote = map[int]int{}
	}
	x.spanQuote[i] = qi
	x.lastDirect = lastDirect{quote: qi, s: closeS, h: -1}
	if by != nil {
		x.lastDirect.h = by.v
	}
}

type lastDirect struct {
	quote int // index in out, -1 none
	s     int // sentence of the attribution
	h     int // token of the attributing verb
}

func (x *extractor) words(sp span) int {
	n := 0
	d := x.d
	for s := sp.first.s; s <= sp.last.s; s++ {
		st := d.sents[s]
		a, b := 0, len(st.Tokens)-1
		if s == sp.first.s {
			a = sp.first.t
		}
		if s == sp.last.s {
			b = sp.last.t
		}
		for t := a; t <= b; t++ {
			if isWord(st.Tokens[t].Form) {
				n++
			}
		}
	}
	return n
}

// mentionBefore reports whether a naming word ("named", "the phrase",
// "known as") stands right before the opening mark at (si, t).
func (x *extractor) mentionBefore(si, t int) bool {
	st := x.d.sents[si]
	for _, m := range x.d.lx.mentions {
		n := len(m)
		if t-n < 0 {
			continue
		}
		ok := true
		for i, w := range m {
			if st.low[t-n+i] != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

func (x *extractor) hasHitAfter(si, t int) bool {
	for _, h := range x.hitsOf(si) {
		if h.v > t && !h.passive {
			return true
		}
	}
	return false
}

// afterClose reads an attribution right after a closing mark: "…,” she
// said", "…,” said Bolden", "…,” Matthew Miller, US State Department
// spokesman, said", "…,” according to the ministry".
func (x *extractor) afterClose(si, c int) (ref, bool, *hit) {
	d := x.d
	st := d.sents[si]
	k := c + 1
	for k < len(st.Tokens) && (st.Tokens[k].Form == "," || st.Tokens[k].Form == "-" || st.Tokens[k].Form == "—") {
		k++
	}
	if k >= len(st.Tokens) {
		return ref{}, false, nil
	}
	if st.low[k] == "according" && k+1 < len(st.low) && st.low[k+1] == "to" {
		e := d.npAfter(si, k+2, x.inQ[si])
		r, ok := d.speakerIn(si, k+2, e, x.inQ[si], x.mem, x.nominalsOf(si))
		if ok {
			r.via = "according-to"
		}
		return r, ok, nil
	}
	hits := x.hitsOf(si)
	for hi := range hits {
		h := &hits[hi]
		if h.v < k || h.passive {
			continue
		}
		if h.v-k > 16 {
			break
		}
		// nothing but a subject between the mark and the verb
		for t := k; t < h.v; t++ {
			w := st.low[t]
			if markKind(st.Tokens[t].Form) != qNone || x.inQ[si][t] || st.verbWord(t) && !betweenWords[w] || w == "." {
				return ref{}, false, nil
			}
		}
		if h.v == k {
			// "said Bolden", "said Russian Foreign Ministry spokeswoman Maria Zakharova"
			e := d.npAfter(si, h.end(), x.inQ[si])
			r, ok := d.speakerIn(si, h.end(), e, x.inQ[si], x.mem, x.nominalsOf(si))
			return r, ok, h
		}
		if h.vf.ing {
			return ref{}, false, nil
		}
		if isPronounWord(st.low[k]) && h.v-k <= 2 {
			r, ok := d.resolvePronoun(si, k, x.mem, x.nominalsOf(si))
			return r, ok, h
		}
		r, ok := d.speakerIn(si, k, h.v, x.inQ[si], x.mem, x.nominalsOf(si))
		if !ok {
			// a subject with auxiliaries before the verb ("has said")
			r, ok = x.subject(si, h.v)
		}
		return r, ok, h
	}
	return ref{}, false, nil
}

// beforeOpen looks for the speech verb that introduces a quotation opening
// at token o: right before it for a full quotation ("said: “…”", "told the
// court that, …, “…”"), anywhere earlier in the sentence for a fragment
// ("which she described as an “illegal act”"). governed reports that a
// speech verb with a subject governs the quotation, whether or not the
// subject could be resolved to a speaker.
func (x *extractor) beforeOpen(si, o int, full bool) (r ref, ok, governed bool, by *hit) {
	d := x.d
	st := d.sents[si]
	hits := x.hitsOf(si)
	for hi := len(hits) - 1; hi >= 0; hi-- {
		h := &hits[hi]
		if h.end() > o || h.passive {
			continue
		}
		if full {
			gap := o - h.end()
			if gap > 14 {
				return
			}
			for t := h.end(); t < o; t++ {
				w := st.low[t]
				if markKind(st.Tokens[t].Form) != qNone || st.verbWord(t) && !betweenWords[w] {
					return
				}
			}
		} else if h.vf.flags&vFragment == 0 {
			continue
		}
		if h.vf.lemma == "in the words of" {
			e := d.npAfter(si, h.end(), x.inQ[si])
			r, ok = d.speakerIn(si, h.end(), e, x.inQ[si], x.mem, x.nominalsOf(si))
			return r, ok, true, h
		}
		if h.vf.ing {
			if h.vf.flags&vPart == 0 && h.vf.flags&vFragment == 0 {
				continue
			}
			r, ok = x.participleSubject(si, hi)
			return r, ok, ok || x.mainSubjectWords(si, h.v), h
		}
		r, ok = x.subject(si, h.v)
		return r, ok, ok || x.hasSubjectWords(si, h.v), h
	}
	return
}

// hasSubjectWords reports whether the verb at v has words before it that
// can be its subject, even if no speaker can be made of them ("the two
// discussed …").
func (x *extractor) hasSubjectWords(si, v int) bool {
	st := x.d.sents[si]
	if x.d.coordinated(si, v) {
		return x.mainSubjectWords(si, v)
	}
	s := x.d.stretchBefore(si, v, x.inQ[si])
	for _, sg := range x.d.segments(si, s, v) {
		if !x.d.isAdjunct(st, sg) {
			for t := sg[0]; t < sg[1]; t++ {
				if isWord(st.Tokens[t].Form) && !betweenWords[st.low[t]] {
					return true
				}
			}
		}
	}
	return false
}

// participleSubject finds who speaks with a participle (", saying …"):
// the noun phrase right before it ("with spokeswoman Mao Ning saying"),
// else the subject of an earlier speech verb in the sentence, else the
// sentence's subject.
func (x *extractor) participleSubject(si, hi int) (ref, bool) {
	d := x.d
	st := d.sents[si]
	h := x.hitsOf(si)[hi]
	noms := x.nominalsOf(si)
	if k := h.v - 1; k >= 0 && st.Tokens[k].Form != "," {
		for _, n := range noms {
			if n.last == k {
				s := d.stretchBefore(si, h.v, x.inQ[si])
				segs := d.segments(si, s, h.v)
				if len(segs) > 0 {
					sg := segs[len(segs)-1]
					if st.low[sg[0]] == "with" && sg[0]+1 < sg[1] {
						sg[0]++
					}
					if r, ok := d.analyse(si, sg, nil, x.mem, noms); ok {
						return r, true
					}
				}
				break
			}
		}
	}
	hits := x.hitsOf(si)
	for j := hi - 1; j >= 0; j-- {
		if !hits[j].vf.ing && !hits[j].passive {
			if r, ok := x.subject(si, hits[j].v); ok {
				return r, true
			}
		}
	}
	return x.mainSubject(si, h.v)
}

// mainSubject is the subject of the sentence's first clause: the words
// before its first verb, less any opening adverbials.
func (x *extractor) mainSubject(si, limit int) (ref, bool) {
	end := x.firstVerb(si, limit)
	if end <= 0 {
		return ref{}, false
	}
	return x.d.speakerIn(si, 0, end, x.inQ[si], x.mem, x.nominalsOf(si))
}

func (x *extractor) mainSubjectWords(si, limit int) bool {
	return x.firstVerb(si, limit) > 0
}

func (x *extractor) firstVerb(si, limit int) int {
	st := x.d.sents[si]
	for k := 1; k < limit && k < len(st.Tokens); k++ {
		if x.inQ[si][k] {
			continue
		}
		w := st.low[k]
		if st.finiteAt(k, 0) || st.verbWord(k) || x.d.isSpeechVerbAt(st, k) ||
			len(w) > 4 && strings.HasSuffix(w, "ed") && !isCap(st.Tokens[k].Form) {
			return k
		}
	}
	return -1
}

// accordingTo finds "according to X" in sentences [from, to] outside
// quotations.
func (x *extractor) accordingTo(from, to int) (ref, bool) {
	d := x.d
	for si := from; si <= to && si < len(d.sents); si++ {
		st := d.sents[si]
		for k := 0; k+1 < len(st.low); k++ {
			if st.low[k] == "according" && st.low[k+1] == "to" && !x.inQ[si][k] {
				e := d.npAfter(si, k+2, x.inQ[si])
				if r, ok := d.speakerIn(si, k+2, e, x.inQ[si], x.mem, x.nominalsOf(si)); ok {
					r.via = "according-to"
					return r, true
				}
			}
		}
	}
	return ref{}, false
}

// subject finds who speaks with the verb at v; a verb coordinated with an
// earlier one ("… and said") shares the sentence's subject.
func (x *extractor) subject(si, v int) (ref, bool) {
	if x.d.coordinated(si, v) {
		if r, ok := x.mainSubject(si, v); ok {
			return r, true
		}
	}
	return x.d.subjectOf(si, v, x.inQ[si], x.mem, x.nominalsOf(si))
}
