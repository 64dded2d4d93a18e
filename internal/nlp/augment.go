package nlp

import (
	"math/rand"
	"strconv"

	"github.com/sitrep/sitrep/internal/conllu"
)

// Newswire puts a time between the subject and its verb ("Albania on
// Friday denounced…", "Pakistan today rejected…"), which web text, and so
// the English treebanks, almost never do: a parser trained on them reads
// "Albania on Friday" as one noun phrase and loses the verb. NewsTimes
// returns copies of the training sentences whose subject directly
// precedes its verb (or the verb's auxiliaries), with a time phrase put
// there, attached to the verb as UD attaches it. It adds no words the
// treebank lacks and changes no existing arc, so the copies teach only
// where such a phrase goes. Sentences with multiword tokens or empty
// nodes are left out. The same seed gives the same copies.
func NewsTimes(ss []conllu.Sentence, seed int64) []conllu.Sentence {
	rng := rand.New(rand.NewSource(seed))
	bare := []string{"today", "yesterday"}
	var out []conllu.Sentence
	for i := range ss {
		s := &ss[i]
		if !plainWords(s) {
			continue
		}
		at, verb := subjectVerbGap(s.Tokens)
		if at < 0 {
			continue
		}
		var phrase []conllu.Token
		if rng.Intn(2) == 0 {
			w := bare[rng.Intn(len(bare))]
			phrase = []conllu.Token{{Form: w, Lemma: w, UPOS: "NOUN", XPOS: "NN", Feats: "Number=Sing", Deprel: "obl:unmarked", Head: "v"}}
		} else {
			d := weekdayNames[rng.Intn(len(weekdayNames))]
			phrase = []conllu.Token{
				{Form: "on", Lemma: "on", UPOS: "ADP", XPOS: "IN", Feats: "_", Deprel: "case", Head: "+1"},
				{Form: d, Lemma: d, UPOS: "PROPN", XPOS: "NNP", Feats: "Number=Sing", Deprel: "obl", Head: "v"},
			}
		}
		out = append(out, insertWords(s, at, verb, phrase))
	}
	return out
}

// plainWords reports whether every token line of s is a syntactic word.
func plainWords(s *conllu.Sentence) bool {
	for i := range s.Tokens {
		if !s.Tokens[i].IsWord() {
			return false
		}
	}
	return len(s.Tokens) > 0
}

// subjectVerbGap finds a root verb whose nominal subject's phrase ends
// right before the verb or its first auxiliary. It returns the 0-based
// position to insert at and the verb's 1-based ID, or -1.
func subjectVerbGap(ts []conllu.Token) (int, int) {
	root := -1
	for i := range ts {
		if ts[i].Head == "0" {
			root = i
			break
		}
	}
	if root < 0 || ts[root].UPOS != "VERB" {
		return -1, 0
	}
	id := root + 1
	first := root // the verb or its first auxiliary
	for i := root - 1; i >= 0; i-- {
		if ts[i].HeadIndex() == id && (ts[i].Deprel == "aux" || ts[i].Deprel == "aux:pass" || ts[i].Deprel == "advmod") {
			first = i
			continue
		}
		break
	}
	if first == 0 || ts[first-1].UPOS == "PUNCT" {
		return -1, 0
	}
	// The word before must end the subject's phrase: inside the subtree
	// of an nsubj of the verb.
	h := first - 1
	for steps := 0; steps < len(ts) && h >= 0 && ts[h].HeadIndex() != id; steps++ {
		h = ts[h].HeadIndex() - 1
	}
	if h < 0 || ts[h].HeadIndex() != id || ts[h].Deprel != "nsubj" && ts[h].Deprel != "nsubj:pass" {
		return -1, 0
	}
	return first, id
}

// insertWords returns a copy of s with phrase put before 0-based position
// at. A phrase token's Head is "v" for the verb (1-based ID verb in s) or
// "+1" for the next phrase token.
func insertWords(s *conllu.Sentence, at, verb int, phrase []conllu.Token) conllu.Sentence {
	n := len(phrase)
	shift := func(h int) int {
		if h > at {
			return h + n
		}
		return h
	}
	var ts []conllu.Token
	for i, t := range s.Tokens {
		if i == at {
			for j, p := range phrase {
				switch p.Head {
				case "v":
					p.Head = strconv.Itoa(shift(verb))
				case "+1":
					p.Head = strconv.Itoa(at + j + 2)
				}
				p.ID = strconv.Itoa(at + j + 1)
				p.Deps, p.Misc = "_", "_"
				ts = append(ts, p)
			}
		}
		t.ID = strconv.Itoa(shift(i + 1))
		if h := t.HeadIndex(); h > 0 {
			t.Head = strconv.Itoa(shift(h))
		}
		t.Deps = "_"
		ts = append(ts, t)
	}
	return conllu.Sentence{Comments: []string{"# augmented = news time"}, Tokens: ts}
}
