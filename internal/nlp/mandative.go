package nlp

// "Amnesty International demanded that the Sudanese government end curbs
// on press freedom": after verbs and nouns of demanding, "that" opens a
// clause whose verb is in the bare form (the mandative subjunctive). Web
// text has few of them, and the tagger reads such a verb after a noun as
// a noun ("government end/NN curbs"), which leaves the clause without a
// verb and the parse without the demand's content. When the clause has
// no verb before its first punctuation, the first word after the
// subject's noun that can be a verb (by the word-class lexicon) and is
// tagged as a singular noun or an adjective is re-tagged VB.

// mandativeWords are the forms that take a subjunctive that-clause.
var mandativeWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"demand", "demanded", "demanding", "demands", "insist", "insisted", "insisting", "insists",
		"urge", "urged", "urging", "urges", "ask", "asked", "asking", "asks", "request", "requested", "requesting", "requests",
		"require", "required", "requires", "recommend", "recommended", "recommends", "propose", "proposed", "proposes",
		"insistence", "call", "calls", "called"} {
		m[w] = true
	}
	return m
}()

// mandative re-tags the verb of a subjunctive that-clause; tags are the
// joint tag ids of ts.
func (m *Model) mandative(ts []tokFeat, tags []int) {
	if m.tg.lex == nil || m.vbTag < 0 {
		return
	}
	for i := 0; i+4 < len(ts); i++ {
		if !mandativeWords[ts[i].lower] {
			continue
		}
		that := i + 1
		if timeWords[ts[that].lower] { // "its demand today that…"
			that++
		}
		if ts[that].lower != "that" {
			continue
		}
		subject := false // the clause's subject noun has been seen
		for j := that + 1; j < len(ts) && j < that+13; j++ {
			u, x := m.upos[tags[j]], m.xpos[tags[j]]
			if u == "VERB" || u == "AUX" || u == "PUNCT" || u == "SCONJ" || u == "CCONJ" {
				break
			}
			// "the government's press office": after a possessive the
			// noun phrase goes on
			if subject && (x == "NN" || x == "JJ") && m.xpos[tags[j-1]] != "POS" && j+1 < len(ts) && m.tg.maybeVerb(&ts[j]) && !m.punct[tags[j+1]] {
				tags[j] = m.vbTag
				break
			}
			subject = subject || u == "NOUN" || u == "PROPN" || u == "PRON"
		}
	}
}
