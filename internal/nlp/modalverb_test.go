package nlp

import (
	"testing"

	"github.com/sitrep/sitrep/internal/article"
)

// The word after a modal that the lexicon knows as a verb, before a noun
// phrase, is the modal's verb; elsewhere the same word keeps its tag.
func TestModalVerb(t *testing.T) {
	checkTags(t, func(tk article.Token) string { return tk.UPOS }, []tagCase{
		{"Hamas will free 33 Israeli hostages in a first phase .", 2, "VERB"},
		{"The rebels would also free the captured soldiers .", 4, "VERB"},
		{"The hostages will be free by Sunday .", 4, "ADJ"},        // after "be", not the modal
		{"Hamas will hold free elections next year .", 3, "ADJ"},   // the modal has its verb
		{"Free hostages returned to Israel on Sunday .", 0, "ADJ"}, // no modal
	})
}
