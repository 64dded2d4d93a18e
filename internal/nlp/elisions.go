package nlp

import (
	"unicode"
	"unicode/utf8"
)

// elisions re-tags French words with an elided article ("chargé
// d'affaires", "Côte d'Ivoire", "coup d'état", "L'Enfant") as the nouns
// they are in an English sentence: the tagger, which has seen few of
// them, reads "d'affaires" as a verb in -s. A lower-case letter after the
// apostrophe makes a common noun, a capital a name.
func (m *Model) elisions(ts []tokFeat, tags []int) {
	if m.nnTag < 0 || m.nnpTag < 0 {
		return
	}
	for j := range ts {
		w := ts[j].norm
		if len(w) < 4 || w[1] != '\'' || w[0]|0x20 != 'd' && w[0]|0x20 != 'l' {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w[2:])
		if !unicode.IsLetter(r) {
			continue
		}
		if u := m.upos[tags[j]]; u == "NOUN" || u == "PROPN" || u == "X" {
			continue
		}
		tags[j] = m.nnTag
		if unicode.IsUpper(r) {
			tags[j] = m.nnpTag
		}
	}
}
