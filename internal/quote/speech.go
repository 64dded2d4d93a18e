package quote

// hit is a speech verb or phrase in a sentence.
type hit struct {
	v       int // first token
	n       int // number of tokens
	vf      verbForm
	passive bool
}

func (h hit) end() int { return h.v + h.n }

var beForms = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"'s": true, "’s": true, "'re": true, "’re": true,
}

// matchVerb returns the longest speech verb or phrase at token k.
func (d *doc) matchVerb(st *sent, k int) (verbForm, bool) {
	forms := d.lx.verbs[st.low[k]]
	var best verbForm
	found := false
	for _, vf := range forms {
		if k+len(vf.words) > len(st.low) {
			continue
		}
		ok := true
		for i, w := range vf.words {
			if st.low[k+i] != w {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if vf.ambiguous {
			next := ""
			if k+1 < len(st.low) {
				next = st.low[k+1]
			}
			prev := ""
			if k > 0 {
				prev = st.low[k-1]
			}
			verb := st.parsed && (st.Tokens[k].UPOS == "VERB" || st.Tokens[k].UPOS == "AUX")
			// without a parse: after a name or a pronoun, and before what
			// a verb takes ("Pakistan claims to be", "IRNA reports that")
			subj := isPronounWord(prev) || k > 0 && isCap(st.Tokens[k-1].Form) && isWord(st.Tokens[k-1].Form) && k > 1
			obj := next == "that" || next == "to" || determiners[next] || isPronounWord(next)
			if !verb && next != "that" && !(subj && obj) && !isPronounWord(prev) {
				continue
			}
			if st.parsed && st.Tokens[k].UPOS == "NOUN" || k > 0 && (articleLike[prev] || prev == "both" || prev == "all" || prev == "many" || prev == "several") {
				continue // "both states", "the claims"
			}
		}
		if !found || len(vf.words) > len(best.words) {
			best, found = vf, true
		}
	}
	if !found {
		return verbForm{}, false
	}
	// "the said document", "so-called"
	if k > 0 {
		p := st.low[k-1]
		if p == "the" || p == "-" || p == "so" || p == "a" || p == "an" {
			return verbForm{}, false
		}
	}
	// for a word that is also a noun, a parse that calls it a noun or an
	// adjective wins over the word list ("the Iranian claims")
	if st.parsed && len(best.words) == 1 && best.ambiguous {
		switch st.Tokens[k].UPOS {
		case "NOUN", "PROPN", "ADJ":
			if !(best.ambiguous && k+1 < len(st.low) && st.low[k+1] == "that") {
				return verbForm{}, false
			}
		}
	}
	return best, true
}

func (d *doc) isSpeechVerbAt(st *sent, k int) bool {
	_, ok := d.matchVerb(st, k)
	return ok
}

// speechHits lists the speech verbs of a sentence outside quotations.
func (d *doc) speechHits(si int, inQ []bool) []hit {
	st := d.sents[si]
	var out []hit
	for k := 0; k < len(st.Tokens); k++ {
		if inQ != nil && inQ[k] {
			continue
		}
		vf, ok := d.matchVerb(st, k)
		if !ok {
			continue
		}
		h := hit{v: k, n: len(vf.words), vf: vf}
		// passive: "was described as", "is called"; no speaker here
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			w := st.low[j]
			if beForms[w] {
				h.passive = !vf.ing || w == "being"
				break
			}
			if !betweenWords[w] && !(len(w) > 4 && w[len(w)-2:] == "ly") {
				break
			}
		}
		out = append(out, h)
		k += h.n - 1
	}
	return out
}
