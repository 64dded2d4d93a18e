package nlp

// "withdraw its troops from neighboring Lebanon", "aid to war-torn
// Mozambique", "Jordan's visiting King Abdullah": a participle before a
// name is the name's modifier, but a tagger trained on web text, where
// "after attacking Iran" is the common pattern, reads it as a verb that
// takes the name as its object, and the parse loses the name's place in
// the clause. Such a participle is re-tagged an adjective when it stands
// right before a noun phrase and
//   - it is one of the participles news writes before names
//     (prenominalWords) and follows a word that begins or goes on with a
//     noun phrase (a determiner, preposition, adjective: "from
//     neighboring Lebanon", not "islands neighboring Andaman" or "will
//     be visiting Rome"), or
//   - it ends a hyphenated modifier ("war-torn", "rebel-held"), or
//   - it follows a possessive ("Jordan's visiting King"), where a verb
//     cannot stand, or
//   - it is a listed past participle right after a main verb ("arrested
//     suspected militants", "extradited suspected British militant"): a
//     participle that is a verb follows an auxiliary, not a verb, or
//   - it is no verb's form at all ("outgoing", "upcoming").
// A gerund with an object ("after attacking Iran") is not in the list and
// keeps its tag.

// prenominalWords are participles that, before a noun phrase, modify it.
// (Words that are no verb's form at all are notVerbs.)
var prenominalWords = map[string]bool{"neighboring": true, "neighbouring": true, "visiting": true,
	"ruling": true, "suspected": true, "alleged": true, "exiled": true, "jailed": true,
	"detained": true, "embattled": true, "besieged": true, "ousted": true, "deposed": true, "slain": true,
	"murdered": true, "wanted": true, "banned": true, "outlawed": true, "imprisoned": true, "kidnapped": true,
	"abducted": true}

// notVerbs look like participles but are no verb's forms: before a noun
// phrase they modify it whatever precedes them ("to assassinate outgoing
// Prime Minister Iyad Allawi").
var notVerbs = map[string]bool{"outgoing": true, "so-called": true, "self-proclaimed": true, "self-styled": true,
	"breakaway": true, "would-be": true, "ongoing": true, "upcoming": true, "oncoming": true, "incoming": true}

// prenominalPrev are the tags of the words a listed participle may
// follow as a modifier (after a possessive any participle is one).
var prenominalPrev = map[string]bool{"DT": true, "PRP$": true, "IN": true, "JJ": true, "CC": true, ",": true, "CD": true, "``": true, "-LRB-": true}

// prenominalNext are the tags a noun phrase may go on with after a
// modifier (no determiner: "visiting the country" is a verb and its
// object).
var prenominalNext = map[string]bool{"JJ": true, "NN": true, "NNS": true, "NNP": true, "NNPS": true}

// prenominal re-tags participles that modify the noun phrase after them;
// tags are the joint tag ids of ts.
func (m *Model) prenominal(ts []tokFeat, tags []int) {
	if m.jjTag < 0 {
		return
	}
	for j := 1; j+1 < len(ts); j++ {
		x := m.xpos[tags[j]]
		if m.upos[tags[j]] != "VERB" || x != "VBG" && x != "VBN" || !prenominalNext[m.xpos[tags[j+1]]] {
			continue
		}
		prev := m.xpos[tags[j-1]]
		listed := prenominalWords[ts[j].lower]
		afterVerb := listed && x == "VBN" && m.upos[tags[j-1]] == "VERB"
		if listed && prenominalPrev[prev] || prev == "HYPH" && x == "VBN" || prev == "POS" || afterVerb || notVerbs[ts[j].lower] {
			tags[j] = m.jjTag
		}
	}
}
