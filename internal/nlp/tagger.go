package nlp

import (
	"cmp"
	"math/rand"
	"slices"
	"strings"
)

// The tagger predicts a joint UPOS+XPOS tag ("AUX VBZ", "SCONJ IN") with
// an averaged perceptron, greedily left to right. Joint tags keep the
// two annotations consistent and let the previous-tag features carry
// both: XPOS alone cannot tell AUX from VERB or SCONJ from ADP.

// tokFeat holds what the features need of one token, computed once.
type tokFeat struct {
	norm  string // normalized surface form
	lower string // lowercase of norm
	wf    uint64 // hash of the digit-folded form, case kept
	lw    uint64 // hash of the digit-folded lowercase form
	amb   uint64 // ambiguity class: hash of the tags seen for lw, 0 if rare
	sfx   [4]uint64
	pfx   [3]uint64
	shape uint64
	cls   uint8 // word classes from the lexicon, once looked up
	clsOK bool  // cls is set: both tagger passes consult it
}

const (
	hBOS = 0x5bd1e995
	hEOS = 0x1b873593
)

// prepare fills the per-token attributes of forms.
func prepare(forms []string, amb map[uint64]uint64, out []tokFeat) []tokFeat {
	out = out[:0]
	for _, f := range forms {
		var t tokFeat
		t.norm = normalize(f)
		t.lower = strings.ToLower(t.norm)
		ff := featForm(t.norm)
		t.wf = strHash(ff)
		lf := strings.ToLower(ff)
		t.lw = strHash(lf)
		t.amb = amb[t.lw]
		for k := range t.sfx {
			t.sfx[k] = strHash(suffix(lf, k+1))
		}
		for k := range t.pfx {
			t.pfx[k] = strHash(prefix(t.norm, k+1))
		}
		t.shape = strHash(shape(t.norm))
		out = append(out, t)
	}
	return out
}

// The tagger runs two passes: the first left to right with the usual
// features, the second again left to right but also seeing the first
// pass's tags of the words to the right, which decide many of the
// errors of a one-way tagger (SCONJ or ADP "before", VB or VBP, RB or
// RP). The second pass is trained on jackknifed first-pass tags.
type tagger struct {
	tags []string          // joint tags, "UPOS XPOS"
	amb  map[uint64]uint64 // lowercase form hash -> ambiguity class
	w    *weights          // first pass
	w2   *weights          // second pass; nil for a one-pass tagger
	// dict holds frequent words that (nearly) always have one tag in
	// training, by form hash (case kept): they are tagged without
	// scoring: 28% of the words of EWT test, for 0.02 points of dev
	// tag accuracy.
	dict map[uint64]int32
	lex  *lexicon // word classes; nil in training
	upos []string // UPOS of each joint tag
}

// Tag dictionary thresholds: a word needs dictMinCount occurrences, all
// but dictMaxOther in a thousand with the same tag.
const (
	dictMinCount = 20
	dictMaxOther = 2
)

func buildDict(sents []taggedSent) map[uint64]int32 {
	counts := map[uint64]map[int]int{}
	for _, s := range sents {
		for i, f := range s.forms {
			k := strHash(featForm(normalize(f)))
			if counts[k] == nil {
				counts[k] = map[int]int{}
			}
			counts[k][s.tags[i]]++
		}
	}
	dict := map[uint64]int32{}
	for k, m := range counts {
		total, best, bestN := 0, -1, 0
		for t, c := range m {
			total += c
			if c > bestN || c == bestN && t < best {
				best, bestN = t, c
			}
		}
		if total >= dictMinCount && (total-bestN)*1000 <= dictMaxOther*total {
			dict[k] = int32(best)
		}
	}
	return dict
}

// tagScratch is reusable working memory for tagging.
type tagScratch struct {
	out, first []int
	feats      []uint64
	scores     []int32
}

// tagFeatures appends the features of position i given the tags already
// chosen for positions before i.
func tagFeatures(feats []uint64, ts []tokFeat, tags, first []int, i int) []uint64 {
	at := func(j int) *tokFeat {
		if j < 0 || j >= len(ts) {
			return nil
		}
		return &ts[j]
	}
	lw := func(j int) uint64 {
		if j < 0 {
			return hBOS
		}
		if j >= len(ts) {
			return hEOS
		}
		return ts[j].lw
	}
	ambAt := func(j int) uint64 {
		if j >= len(ts) {
			return hEOS
		}
		return ts[j].amb
	}
	tag := func(j int) uint64 {
		if j < 0 {
			return 1 << 20
		}
		return uint64(tags[j])
	}
	t := &ts[i]
	t1, t2 := tag(i-1), tag(i-2)
	var initial uint64
	if i == 0 {
		initial = 1
	}
	feats = append(feats,
		f1(0, 0),
		f1(1, t.wf),
		f1(2, t.lw),
		f1(4, t.sfx[0]), f1(5, t.sfx[1]), f1(6, t.sfx[2]), f1(7, t.sfx[3]),
		f1(8, t.pfx[0]), f1(9, t.pfx[1]), f1(10, t.pfx[2]),
		f1(11, t.shape),
		f1(12, lw(i-1)),
		f1(13, lw(i+1)),
		f1(14, lw(i-2)),
		f1(15, lw(i+2)),
		f1(18, t1),
		f2(19, t1, t2),
		f2(20, t1, t.lw),
		f1(21, t.amb),
		f1(22, ambAt(i+1)),
		f1(23, ambAt(i+2)),
		f2(24, t.lw, lw(i+1)),
		f2(25, lw(i-1), t.lw),
		f2(26, t1, t.amb),
		f2(27, t.amb, ambAt(i+1)),
		f1(29, t2),
		f2(30, initial, t.shape),
		f2(31, t1, lw(i+1)),
		f2(32, lw(i-1), lw(i+1)),
		f3(33, t1, t.amb, ambAt(i+1)),
		f2(34, t1, t.sfx[2]),
	)
	if p := at(i - 1); p != nil {
		feats = append(feats, f1(16, p.sfx[2]), f1(35, p.shape))
	}
	if n := at(i + 1); n != nil {
		feats = append(feats, f1(17, n.sfx[2]), f1(28, n.shape), f1(36, n.sfx[0]))
	}
	if first != nil {
		ft := func(j int) uint64 {
			if j < 0 {
				return 1 << 20
			}
			if j >= len(first) {
				return 1<<20 + 1
			}
			return uint64(first[j])
		}
		f0, n1, n2 := ft(i), ft(i+1), ft(i+2)
		feats = append(feats,
			f1(40, f0), f1(41, n1), f1(42, n2), f2(43, n1, n2),
			f2(44, t1, n1), f3(45, t1, f0, n1), f2(46, t.lw, n1),
			f2(47, t.amb, n1), f2(48, f0, n1), f3(49, t.amb, n1, n2),
			f2(50, t.sfx[2], n1), f2(51, lw(i+1), n2),
		)
	}
	return feats
}

// tag assigns joint tag ids to a prepared sentence; the result is in
// sc.out.
func (tg *tagger) tag(ts []tokFeat, sc *tagScratch) []int {
	if len(sc.scores) != len(tg.tags) {
		sc.scores = make([]int32, len(tg.tags))
	}
	sc.out = tg.pass(tg.w, ts, nil, sc.out, sc)
	if tg.w2 != nil {
		sc.first = append(sc.first[:0], sc.out...)
		sc.out = tg.pass(tg.w2, ts, sc.first, sc.out, sc)
	}
	return sc.out
}

func (tg *tagger) pass(w *weights, ts []tokFeat, first, out []int, sc *tagScratch) []int {
	out = out[:0]
	for i := range ts {
		if t, ok := tg.dict[ts[i].wf]; ok {
			out = append(out, int(t))
			continue
		}
		sc.feats = tagFeatures(sc.feats[:0], ts, out, first, i)
		w.score(sc.feats, sc.scores)
		out = append(out, tg.lexical(&ts[i], sc.scores, argmax(sc.scores)))
	}
	return out
}

// lexical returns the tag best among those the lexicon allows the word,
// when the lexicon rules out best: an open-class tag the word cannot
// have, or a closed-class tag on a word too rare for the treebanks to
// show its class.
func (tg *tagger) lexical(t *tokFeat, scores []int32, best int) int {
	if tg.lex == nil || !plainWord(t) {
		return best
	}
	u := tg.upos[best]
	switch u {
	case "NOUN", "VERB", "ADJ", "ADV":
	case "PROPN", "NUM", "SYM", "PUNCT", "X":
		return best
	default:
		if t.amb != 0 {
			return best
		}
	}
	b := tg.classes(t)
	if b == 0 || allowedBy(u, b) {
		return best
	}
	pick := -1
	for k, sc := range scores {
		if allowedBy(tg.upos[k], b) && (pick < 0 || sc > scores[pick]) {
			pick = k
		}
	}
	if pick < 0 {
		return best
	}
	return pick
}

// classes returns t's word classes from the lexicon (which must be
// set), looked up once per token.
func (tg *tagger) classes(t *tokFeat) uint8 {
	if !t.clsOK {
		t.cls, t.clsOK = tg.lex.classes(t.lower), true
	}
	return t.cls
}

// maybeVerb reports whether t is a plain lower-case word that the
// lexicon (which must be set) knows as a verb.
func (tg *tagger) maybeVerb(t *tokFeat) bool {
	return plainWord(t) && tg.classes(t)&lexVerb != 0
}

// plainWord reports whether t is written in lower case and is a word the
// lexicon may hold (lexWord).
func plainWord(t *tokFeat) bool { return t.norm == t.lower && lexWord(t.lower) }

// lexWord: letters a–z, with inner hyphens or apostrophes.
func lexWord(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if (c < 'a' || c > 'z') && c != '-' && c != '\'' {
			return false
		}
	}
	return true
}

func argmax(s []int32) int {
	best := 0
	for i := 1; i < len(s); i++ {
		if s[i] > s[best] {
			best = i
		}
	}
	return best
}

// taggedSent is a training sentence for the tagger: forms and gold
// joint tags.
type taggedSent struct {
	forms []string
	tags  []int
}

// Ambiguity classes: for each lowercase form seen at least ambMinCount
// times, the set of tags that make up at least 5% of its occurrences.
// A training sentence sees the classes computed without itself
// (leave-one-out), so that the tagger meets rare words in training the
// way it will meet them in new text, instead of learning to trust a
// class that merely repeats the gold tag.

var ambMinCount = 3

type ambCounts map[uint64]map[int]int

func countAmb(sents []taggedSent) ambCounts {
	counts := ambCounts{}
	for _, s := range sents {
		for i, f := range s.forms {
			k := strHash(strings.ToLower(featForm(normalize(f))))
			m := counts[k]
			if m == nil {
				m = map[int]int{}
				counts[k] = m
			}
			m[s.tags[i]]++
		}
	}
	return counts
}

// class returns the ambiguity class of word k from counts m less the
// counts in minus (which may be nil).
func ambClass(m map[int]int, minus map[int]int) uint64 {
	total := 0
	for t, c := range m {
		total += c - minus[t]
	}
	if total < ambMinCount {
		return 0
	}
	var set []int
	for t, c := range m {
		if c -= minus[t]; c > 0 && c*20 >= total {
			set = append(set, t)
		}
	}
	slices.Sort(set)
	h := uint64(0xa5a5)
	for _, t := range set {
		h = f1(h, uint64(t)+1)
	}
	return h
}

func buildAmb(counts ambCounts) map[uint64]uint64 {
	amb := make(map[uint64]uint64)
	for k, m := range counts {
		if h := ambClass(m, nil); h != 0 {
			amb[k] = h
		}
	}
	return amb
}

// prepareTraining prepares a training sentence with leave-one-out
// ambiguity classes.
func prepareTraining(s taggedSent, counts ambCounts) []tokFeat {
	ts := prepare(s.forms, nil, nil)
	own := map[uint64]map[int]int{}
	for i := range ts {
		if own[ts[i].lw] == nil {
			own[ts[i].lw] = map[int]int{}
		}
		own[ts[i].lw][s.tags[i]]++
	}
	for i := range ts {
		ts[i].amb = ambClass(counts[ts[i].lw], own[ts[i].lw])
	}
	return ts
}

// trainPass trains one pass of the tagger on prepared sentences; first
// holds first-pass tags for a second pass, nil for a first pass.
// progress, when not nil, is called after each epoch with the weights
// so far.
func trainPass(ntags int, prepared [][]tokFeat, sents []taggedSent, first [][]int, epochs int, seed int64, progress func(epoch int, w *weights)) *weights {
	tr := newTrainer(ntags)
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewSource(seed))
	scores := make([]int32, ntags)
	var feats []uint64
	var pred []int
	for ep := 1; ep <= epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, si := range order {
			ts, gold := prepared[si], sents[si].tags
			var fs []int
			if first != nil {
				fs = first[si]
			}
			pred = pred[:0]
			for i := range ts {
				feats = tagFeatures(feats[:0], ts, pred, fs, i)
				rows := tr.lookup(feats)
				tr.score(rows, scores)
				p := argmax(scores)
				tr.tick()
				tr.update(feats, rows, gold[i], p)
				// Condition later decisions on the predicted tag, as at
				// test time.
				pred = append(pred, p)
			}
		}
		if progress != nil {
			progress(ep, tr.average(0))
		}
	}
	return tr.average(tagPrune)
}

// trainTagger trains the first pass of a tagger on sents. progress,
// when not nil, is called after each epoch.
func trainTagger(tags []string, sents []taggedSent, epochs int, seed int64, progress func(epoch int, tg *tagger)) *tagger {
	counts := countAmb(sents)
	tg := &tagger{tags: tags, amb: buildAmb(counts), dict: buildDict(sents)}
	var prog func(int, *weights)
	if progress != nil {
		prog = func(ep int, w *weights) { tg.w = w; progress(ep, tg) }
	}
	tg.w = trainPass(len(tags), prepareAll(sents, counts), sents, nil, epochs, seed, prog)
	return tg
}

// trainSecond adds a second pass to tg, trained on the same sentences
// as its first pass, with first holding their jackknifed first-pass
// tags.
func (tg *tagger) trainSecond(sents []taggedSent, first [][]int, epochs int, seed int64, progress func(epoch int, tg *tagger)) {
	var prog func(int, *weights)
	if progress != nil {
		prog = func(ep int, w *weights) { tg.w2 = w; progress(ep, tg) }
	}
	tg.w2 = trainPass(len(tg.tags), prepareAll(sents, countAmb(sents)), sents, first, epochs, seed, prog)
}

func prepareAll(sents []taggedSent, counts ambCounts) [][]tokFeat {
	prepared := make([][]tokFeat, len(sents))
	for i, s := range sents {
		prepared[i] = prepareTraining(s, counts)
	}
	return prepared
}

// tagPrune drops tagger weights smaller than this fraction of the
// largest; tuned on dev to cost no accuracy.
const tagPrune = 0.0

// tagIndex maps joint tag names to ids in a stable (sorted) order.
func tagIndex(names map[string]bool) ([]string, map[string]int) {
	tags := make([]string, 0, len(names))
	for n := range names {
		tags = append(tags, n)
	}
	slices.SortFunc(tags, cmp.Compare)
	idx := make(map[string]int, len(tags))
	for i, t := range tags {
		idx[t] = i
	}
	return tags, idx
}
