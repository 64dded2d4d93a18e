package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/sitrep/sitrep/internal/article"
	"github.com/sitrep/sitrep/internal/conllu"
)

// writeCoNLLU prints every sentence's analysis in CoNLL-U: one document
// per article (# newdoc id), sentence ids ARTICLE-N, the text, and
// SpaceAfter=No and the token's character span in MISC so that the
// analysis can be laid back on the text.
func writeCoNLLU(w io.Writer, arts []*article.Article) error {
	var out []conllu.Sentence
	for _, a := range arts {
		for i := range a.Sentences {
			sn := &a.Sentences[i]
			var s conllu.Sentence
			if i == 0 {
				s.Comments = append(s.Comments, "# newdoc id = "+a.ID)
			}
			text := strings.Join(strings.Fields(a.SentenceText(sn)), " ")
			s.Comments = append(s.Comments, fmt.Sprintf("# sent_id = %s-%d", a.ID, sn.Index), "# text = "+text)
			for j, t := range sn.Tokens {
				misc := fmt.Sprintf("TokenRange=%d:%d", t.Start, t.End)
				if j+1 < len(sn.Tokens) && sn.Tokens[j+1].Start == t.End {
					misc = "SpaceAfter=No|" + misc
				}
				s.Tokens = append(s.Tokens, conllu.Token{
					ID: strconv.Itoa(j + 1), Form: field(t.Form), Lemma: field(t.Lemma), UPOS: field(t.UPOS), XPOS: field(t.XPOS),
					Feats: field(t.Feats), Head: strconv.Itoa(t.Head), Deprel: field(t.Rel), Deps: "_", Misc: misc,
				})
			}
			out = append(out, s)
		}
	}
	return conllu.Write(w, out)
}

// field writes an empty value as "_" and keeps tabs and newlines, which
// would break the format, out of a column.
func field(s string) string {
	if s == "" {
		return "_"
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}
