package nlp

import (
	"time"

	"github.com/sitrep/sitrep/internal/article"
	"github.com/sitrep/sitrep/internal/conllu"
)

// Scores are the accuracies of a model against gold sentences, in
// percent of syntactic words, punctuation included (as the CoNLL 2018
// shared task scorer counts them).
type Scores struct {
	Sentences, Words         int
	UPOS, XPOS, Lemma, Feats float64
	UAS, LAS                 float64
	Elapsed                  time.Duration // annotation time only
}

// SentencesPerSecond is the annotation speed.
func (s Scores) SentencesPerSecond() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Sentences) / s.Elapsed.Seconds()
}

// Evaluate annotates each sentence from its gold tokens and compares.
func (m *Model) Evaluate(ss []conllu.Sentence) Scores {
	var sc Scores
	var upos, xpos, lemma, feats, uas, las int
	toks := make([][]article.Token, 0, len(ss))
	gold := make([][]conllu.Token, 0, len(ss))
	for i := range ss {
		ws := ss[i].Words()
		if len(ws) == 0 {
			continue
		}
		ts := make([]article.Token, len(ws))
		for j := range ws {
			ts[j].Form = ws[j].Form
		}
		toks = append(toks, ts)
		gold = append(gold, ws)
	}
	start := time.Now()
	for _, ts := range toks {
		m.Annotate(ts)
	}
	sc.Elapsed = time.Since(start)
	for i, ts := range toks {
		for j := range ts {
			g, t := &gold[i][j], &ts[j]
			sc.Words++
			if t.UPOS == g.UPOS {
				upos++
			}
			if t.XPOS == g.XPOS {
				xpos++
			}
			if t.Lemma == g.Lemma {
				lemma++
			}
			if t.Feats == g.Feats {
				feats++
			}
			if t.Head == g.HeadIndex() {
				uas++
				if t.Rel == g.Deprel {
					las++
				}
			}
		}
	}
	sc.Sentences = len(toks)
	pct := func(n int) float64 { return 100 * float64(n) / float64(max(sc.Words, 1)) }
	sc.UPOS, sc.XPOS, sc.Lemma, sc.Feats = pct(upos), pct(xpos), pct(lemma), pct(feats)
	sc.UAS, sc.LAS = pct(uas), pct(las)
	return sc
}
