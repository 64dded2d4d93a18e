package nlp

import "strings"

// "The United Nations reduced food supplies to the camp": a past tense
// and a passive participle have the same form in regular verbs and in
// some irregular ones (pastAsParticiple: "shot", "freed"), and the
// tagger, used to web text's reduced relatives ("the supplies reduced by
// half"), may read the clause's first verb as a participle on its
// subject, which leaves the clause without a verb. A passive participle
// takes no direct object, so the first verb of a sentence, right after a
// noun, tagged a participle but followed, directly or after a particle
// ("shot down five drones"), by the start of a noun phrase (a
// determiner, number, possessive, adjective or noun, not a time word),
// is re-tagged a past tense. Verbs that take a second object or a name
// in the passive ("a man named John", "the aid given them") are left
// alone. The tagger may also read such a verb as an adjective ("Israel's
// army demolished Palestinian homes", "demolished" JJ as in "demolished
// homes"); an -ed adjective the word-class lexicon knows as a verb is
// re-tagged too, but only when nothing after it is a finite verb, so
// that the clause has no other ("state owned companies hired…"); one
// that stays an adjective ("armed groups blocked…") is not the clause's
// verb, and the search goes on to the next.

// passiveWithObject are participles that take an object or a name in
// the passive.
var passiveWithObject = map[string]bool{"named": true, "called": true, "dubbed": true, "nicknamed": true,
	"titled": true, "entitled": true, "granted": true, "awarded": true, "offered": true, "handed": true,
	"denied": true, "promised": true, "allowed": true, "charged": true, "elected": true, "appointed": true,
	"considered": true, "deemed": true, "labelled": true, "labeled": true, "termed": true, "crowned": true,
	"declared": true, "rated": true, "ranked": true, "estimated": true, "priced": true, "valued": true,
	"worth": true, "aged": true, "based": true, "dated": true}

// pastAsParticiple are irregular past tenses that are also the verb's
// past participle, as every regular "-ed" form is: the forms the tagger
// may take for a participle where they are the clause's past tense.
var pastAsParticiple = map[string]bool{"shot": true, "struck": true, "hit": true, "fought": true, "held": true,
	"sent": true, "led": true, "built": true, "shut": true, "cut": true, "set": true, "sought": true,
	"caught": true, "brought": true, "bought": true, "told": true, "sold": true, "met": true, "left": true,
	"lost": true, "kept": true, "found": true, "won": true, "fled": true, "laid": true, "made": true,
	"heard": true, "hurt": true, "spread": true, "burnt": true, "spent": true, "dealt": true, "meant": true,
	"put": true, "paid": true, "lit": true, "shed": true}

// nounStart are the tags a noun phrase may begin with.
var nounStart = map[string]bool{"DT": true, "CD": true, "PRP$": true, "JJ": true, "NN": true, "NNS": true, "NNP": true, "NNPS": true}

// mainVerb re-tags the participle that is the clause's verb; tags are
// the joint tag ids of ts.
func (m *Model) mainVerb(ts []tokFeat, tags []int) {
	if m.vbdTag < 0 {
		return
	}
	for j := 1; j+1 < len(ts); j++ {
		u, x := m.upos[tags[j]], m.xpos[tags[j]]
		if u == "AUX" || finiteTag(x) {
			return // the clause has its verb
		}
		if m.xpos[tags[j-1]] == "HYPH" {
			continue // "a US-led coalition": half of a compound modifier
		}
		w := ts[j].lower
		ed := strings.HasSuffix(w, "ed")
		adj := u == "ADJ" && x == "JJ" && ed && m.tg.lex != nil && m.tg.classes(&ts[j])&lexVerb != 0
		// "A US fighter jet shot down a balloon": the past read as the
		// last noun of a compound; "down" says it is a verb
		down := u == "NOUN" && pastAsParticiple[w] && j+2 < len(ts) && ts[j+1].lower == "down" && m.rpTag >= 0
		if !(u == "VERB" && x == "VBN") && !adj && !down {
			continue
		}
		if adj && m.finiteAfter(tags, j) {
			continue
		}
		// the first verb, a participle: re-tag it or leave the sentence
		o := j + 1
		if (m.xpos[tags[o]] == "RP" || down) && o+1 < len(ts) {
			o++
		}
		prev, next := m.xpos[tags[j-1]], m.xpos[tags[o]]
		if (ed || pastAsParticiple[w]) && !passiveWithObject[w] && (prev == "NN" || prev == "NNS" || prev == "NNP" || prev == "NNPS") &&
			nounStart[next] && !timeWords[ts[o].lower] && !weekdays[ts[o].lower] {
			tags[j] = m.vbdTag
			if down {
				tags[j+1] = m.rpTag
			}
			return
		}
		if !adj && !down {
			return
		}
	}
}

// finiteTag reports whether a Penn tag is a verb with tense or a modal.
func finiteTag(x string) bool { return x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD" }

// finiteAfter reports whether a finite verb or modal is tagged after
// token j.
func (m *Model) finiteAfter(tags []int, j int) bool {
	for _, t := range tags[j+1:] {
		if finiteTag(m.xpos[t]) {
			return true
		}
	}
	return false
}
