package nlp

import (
	"testing"

	"github.com/sitrep/sitrep/internal/article"
)

// The bare verb of a that-clause after a word of demanding is a verb,
// and only there: the same words elsewhere keep the tagger's tags.
func TestMandative(t *testing.T) {
	checkTags(t, func(tk article.Token) string { return tk.UPOS }, []tagCase{
		{"Amnesty International demanded that the Sudanese government end curbs on press freedom .", 7, "VERB"},
		{"They insisted that the army end its operations .", 5, "VERB"},
		{"The government will end curbs on press freedom .", 3, "VERB"},
		{"He said that the end of curbs is near .", 4, "NOUN"},                      // no word of demanding
		{"They demanded that the end of the war come soon .", 4, "NOUN"},            // no subject noun before "end"
		{"Amnesty demanded that the government 's press office reply .", 6, "NOUN"}, // a possessive's noun phrase goes on
	})
}
