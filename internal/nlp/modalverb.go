package nlp

// "Hamas will free 33 Israeli hostages": a modal is followed by its verb,
// but the tagger, which has seen "free" far more often as an adjective,
// may read an adjective-or-verb word after "will" as an adjective ("free
// hostages"), which leaves the clause without a verb. Right after a modal
// (or a modal and an adverb: "will also free", "would not free") a word
// tagged an adjective or a singular noun that the word-class lexicon
// knows as a verb, and that is followed by the start of a noun phrase,
// is the modal's verb and is re-tagged VB.

// modalVerb re-tags the bare verb after a modal; tags are the joint tag
// ids of ts.
func (m *Model) modalVerb(ts []tokFeat, tags []int) {
	if m.tg.lex == nil || m.vbTag < 0 {
		return
	}
	for i := 0; i+2 < len(ts); i++ {
		if m.xpos[tags[i]] != "MD" {
			continue
		}
		j := i + 1
		if m.xpos[tags[j]] == "RB" {
			j++
		}
		if j+1 >= len(ts) {
			continue
		}
		if x := m.xpos[tags[j]]; (x == "JJ" || x == "NN") && m.tg.maybeVerb(&ts[j]) && nounStart[m.xpos[tags[j+1]]] {
			tags[j] = m.vbTag
		}
	}
}
