package nlp

import (
	"fmt"
	"io"
	"math"
	"math/rand"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/sitrep/sitrep/internal/conllu"
)

// TrainOptions control Train. Zero values take the defaults noted.
type TrainOptions struct {
	Seed         int64     // seeds shuffling and exploration; same seed, same model
	TaggerEpochs int       // default 8
	ParserEpochs int       // default 20
	Folds        int       // jackknife folds for the parser's training tags; default 5, 1 = gold tags
	Explore      float64   // probability of following a wrong parser prediction; default 0.9
	OnePass      bool      // train a one-pass tagger only
	Info         string    // recorded in the model (e.g. the training command)
	Log          io.Writer // progress; nil for none
}

func (o *TrainOptions) defaults() {
	if o.TaggerEpochs <= 0 {
		o.TaggerEpochs = 8
	}
	if o.ParserEpochs <= 0 {
		o.ParserEpochs = 20
	}
	if o.Folds <= 0 {
		o.Folds = 5
	}
	if o.Explore == 0 {
		o.Explore = 0.9
	}
	if o.Log == nil {
		o.Log = io.Discard
	}
}

// gsent is a training sentence: its syntactic words' columns.
type gsent struct {
	forms, lemmas, xpos, feats, rels []string
	tags                             []int // joint tag ids, -1 if unknown to the model
	heads                            []int32
}

func toGold(ss []conllu.Sentence, tagID map[string]int) []gsent {
	out := make([]gsent, 0, len(ss))
	for i := range ss {
		if conllu.Check(&ss[i]) != nil {
			continue
		}
		ws := ss[i].Words()
		if len(ws) == 0 {
			continue
		}
		g := gsent{}
		for _, w := range ws {
			g.forms = append(g.forms, w.Form)
			g.lemmas = append(g.lemmas, w.Lemma)
			g.xpos = append(g.xpos, w.XPOS)
			g.feats = append(g.feats, w.Feats)
			g.rels = append(g.rels, w.Deprel)
			id, ok := tagID[w.UPOS+" "+w.XPOS]
			if !ok {
				id = -1
			}
			g.tags = append(g.tags, id)
			g.heads = append(g.heads, int32(w.HeadIndex()))
		}
		out = append(out, g)
	}
	return out
}

// Train trains a model on train, printing scores on dev after each epoch
// (dev is used only to report and to pick the best epoch).
func Train(train, dev []conllu.Sentence, opt TrainOptions) (*Model, error) {
	opt.defaults()
	start := time.Now()
	logf := func(format string, a ...any) {
		fmt.Fprintf(opt.Log, "[%6.1fs] ", time.Since(start).Seconds())
		fmt.Fprintf(opt.Log, format, a...)
	}
	names := map[string]bool{}
	for i := range train {
		for _, w := range train[i].Words() {
			names[w.UPOS+" "+w.XPOS] = true
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("nlp: no training words")
	}
	tags, tagID := tagIndex(names)
	gold := toGold(train, tagID)
	gdev := toGold(dev, tagID)
	logf("%d training sentences, %d dev sentences, %d joint tags\n", len(gold), len(gdev), len(tags))

	m := &Model{tags: tags, info: opt.Info}
	m.setup()

	// Tagger. The first pass is trained on each of opt.Folds parts
	// held out in turn, to give every training sentence first-pass tags
	// from a tagger that did not see it; the second pass learns from
	// those. The parser's training tags are likewise jackknifed (each
	// part tagged by both passes trained without it), so the parser
	// learns from tags as good as, not better than, those it will see.
	tsents := make([]taggedSent, len(gold))
	for i, g := range gold {
		tsents[i] = taggedSent{forms: g.forms, tags: g.tags}
	}
	ptags := trainTaggers(m, tags, tsents, gdev, opt, logf)
	// Lemmatizer and features from the gold data.
	var samples []lemmaSample
	var fforms, ffeats []string
	var ftags []int
	for _, g := range gold {
		for i := range g.forms {
			samples = append(samples, lemmaSample{g.forms[i], g.xpos[i], g.lemmas[i]})
			fforms = append(fforms, g.forms[i])
			ftags = append(ftags, g.tags[i])
			ffeats = append(ffeats, g.feats[i])
		}
	}
	m.lem = buildLemmatizer(samples)
	m.fl = buildFeatLexicon(tags, fforms, ftags, ffeats)

	if err := trainParser(m, gold, ptags, gdev, opt, logf); err != nil {
		return nil, err
	}
	logf("done\n")
	m.useLexicon() // as Load does
	return m, nil
}

func tagAccuracy(tg *tagger, gs []gsent) (correct, total int) {
	var ts []tokFeat
	var sc tagScratch
	for _, g := range gs {
		ts = prepare(g.forms, tg.amb, ts)
		for i, t := range tg.tag(ts, &sc) {
			if t == g.tags[i] {
				correct++
			}
			total++
		}
	}
	return
}

// trainTaggers trains m.tg and returns jackknifed tags of sents for the
// parser. Folds run in parallel; each has its own seed, so the result
// does not depend on scheduling.
func trainTaggers(m *Model, tags []string, sents []taggedSent, gdev []gsent, opt TrainOptions, logf func(string, ...any)) [][]int {
	K := opt.Folds
	devAcc := func(what string) func(int, *tagger) {
		return func(ep int, tg *tagger) {
			c, n := tagAccuracy(tg, gdev)
			logf("tagger %s epoch %d: dev joint tag accuracy %.2f%%\n", what, ep, 100*float64(c)/float64(max(n, 1)))
		}
	}
	if K <= 1 {
		// No jackknifing: one pass, and the parser learns from gold tags.
		m.tg = trainTagger(tags, sents, opt.TaggerEpochs, opt.Seed, devAcc("pass 1"))
		out := make([][]int, len(sents))
		for i, s := range sents {
			out[i] = s.tags
		}
		return out
	}
	split := func(f int) (in []taggedSent, idx []int) {
		for i, s := range sents {
			if i%K != f {
				in = append(in, s)
				idx = append(idx, i)
			}
		}
		return
	}
	parallel := func(n int, job func(i int)) {
		var wg sync.WaitGroup
		sem := make(chan struct{}, max(1, runtime.GOMAXPROCS(0)))
		for i := 0; i < n; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				sem <- struct{}{}
				defer func() { <-sem }()
				job(i)
			}()
		}
		wg.Wait()
	}
	// First passes: K fold taggers and the final one (job K).
	first := make([][]int, len(sents))
	folds := make([]*tagger, K)
	parallel(K+1, func(f int) {
		if f == K {
			m.tg = trainTagger(tags, sents, opt.TaggerEpochs, opt.Seed, nil)
			return
		}
		in, _ := split(f)
		tg := trainTagger(tags, in, opt.TaggerEpochs, opt.Seed+int64(f)+1, nil)
		var sc tagScratch
		for i := f; i < len(sents); i += K {
			first[i] = append([]int(nil), tg.tag(prepare(sents[i].forms, tg.amb, nil), &sc)...)
		}
		folds[f] = tg
	})
	c, n := 0, 0
	for i, s := range sents {
		for j, t := range first[i] {
			if t == s.tags[j] {
				c++
			}
			n++
		}
	}
	logf("tagger: jackknifed first-pass tags (%d folds): accuracy %.2f%%\n", K, 100*float64(c)/float64(max(n, 1)))
	c1, n1 := tagAccuracy(m.tg, gdev)
	logf("tagger: first pass: dev joint tag accuracy %.2f%%\n", 100*float64(c1)/float64(max(n1, 1)))

	if opt.OnePass {
		return first
	}
	// Second passes.
	out := make([][]int, len(sents))
	parallel(K+1, func(f int) {
		if f == K {
			m.tg.trainSecond(sents, first, opt.TaggerEpochs, opt.Seed+1000, nil)
			return
		}
		in, idx := split(f)
		fi := make([][]int, len(idx))
		for j, i := range idx {
			fi[j] = first[i]
		}
		tg := folds[f]
		tg.trainSecond(in, fi, opt.TaggerEpochs, opt.Seed+1000+int64(f)+1, nil)
		var sc tagScratch
		for i := f; i < len(sents); i += K {
			out[i] = append([]int(nil), tg.tag(prepare(sents[i].forms, tg.amb, nil), &sc)...)
		}
	})
	c, n = 0, 0
	for i, s := range sents {
		for j, t := range out[i] {
			if t == s.tags[j] {
				c++
			}
			n++
		}
	}
	logf("tagger: jackknifed two-pass tags for the parser: accuracy %.2f%%\n", 100*float64(c)/float64(max(n, 1)))
	c2, n2 := tagAccuracy(m.tg, gdev)
	logf("tagger: two passes: dev joint tag accuracy %.2f%%\n", 100*float64(c2)/float64(max(n2, 1)))
	return out
}

// minWordCount is how often a word must occur in training to get parser
// features of its own; rarer words share the unknown-word features,
// which therefore learn what to do with words never seen.
const minWordCount = 2

func trainParser(m *Model, gold []gsent, ptags [][]int, gdev []gsent, opt TrainOptions, logf func(string, ...any)) error {
	// Labels, sorted; "root" must be among them.
	labset := map[string]bool{}
	counts := map[uint64]int{}
	for _, g := range gold {
		for i, r := range g.rels {
			labset[r] = true
			counts[strHash(strings.ToLower(featForm(normalize(g.forms[i]))))]++
		}
	}
	labels := make([]string, 0, len(labset))
	for l := range labset {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	p := &parser{labels: labels, root: slices.Index(labels, "root")}
	if p.root < 0 {
		return fmt.Errorf("nlp: no root relation in training data")
	}
	labID := map[string]int{}
	for i, l := range labels {
		labID[l] = i
	}
	m.ps = p
	m.vocab = map[uint64]bool{}
	for k, c := range counts {
		if c >= minWordCount {
			m.vocab[k] = true
		}
	}

	// Inputs and oracles.
	items := make([]item, 0, len(gold))
	nonProj := 0
	for si, g := range gold {
		n := len(g.forms)
		heads := make([]int32, n+1)
		copy(heads[1:], g.heads)
		ph := projectivize(heads)
		if !slices.Equal(ph, heads) {
			nonProj++
		}
		o := oracle{head: ph, lab: make([]int32, n+1), deps: make([][]int32, n+1)}
		for i := 1; i <= n; i++ {
			o.lab[i] = int32(labID[g.rels[i-1]])
			o.deps[ph[i]] = append(o.deps[ph[i]], int32(i))
		}
		var it item
		it.o = o
		ts := prepare(g.forms, m.tg.amb, nil)
		m.fillInput(&it.in, ts, ptags[si])
		items = append(items, it)
	}
	logf("parser: %d labels, %d vocabulary words, %d of %d trees projectivized\n", len(labels), len(m.vocab), nonProj, len(items))

	// Dev inputs use the final tagger's tags, as at run time.
	devIn := make([]pinput, len(gdev))
	devTags := make([][]int, len(gdev))
	devPunct := make([][]bool, len(gdev))
	for i, g := range gdev {
		ts := prepare(g.forms, m.tg.amb, nil)
		var sc tagScratch
		devTags[i] = m.tg.tag(ts, &sc)
		m.fillInput(&devIn[i], ts, devTags[i])
		devPunct[i] = append([]bool{false}, make([]bool, len(g.forms))...)
		for j, t := range devTags[i] {
			devPunct[i][j+1] = m.punct[t]
		}
	}

	tr := newTrainer(p.nclass())
	if minFeatureCount > 1 {
		tr.allowed = frequentFeatures(p, items, minFeatureCount)
		logf("parser: %d features occur at least %d times on the oracle's paths\n", len(tr.allowed), minFeatureCount)
	}
	rng := rand.New(rand.NewSource(opt.Seed))
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	var st pstate
	var feats []uint64
	scores := make([]int32, p.nclass())
	bestLAS := -1.0
	var bestW *weights
	bestEp := 0
	for ep := 1; ep <= opt.ParserEpochs; ep++ {
		t0 := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		explore := 0.0
		if ep > 1 {
			explore = opt.Explore
		}
		correct, total := 0, 0
		for _, si := range order {
			var c, n int
			c, n, feats = p.trainSentence(tr, &st, &items[si].in, &items[si].o, explore, rng, feats, scores)
			correct += c
			total += n
		}
		p.w = tr.average(0)
		uas, las := parseScores(p, gdev, devIn, devPunct, labID)
		logf("parser epoch %d: train transitions %.2f%% right, %d features, dev UAS %.2f LAS %.2f (%.0fs)\n",
			ep, 100*float64(correct)/float64(max(total, 1)), p.w.numFeatures(), uas, las, time.Since(t0).Seconds())
		if las > bestLAS {
			bestLAS, bestW, bestEp = las, p.w, ep
		}
	}
	logf("parser: keeping epoch %d (dev LAS %.2f)\n", bestEp, bestLAS)
	p.w = bestW
	p.w = pruneWeights(p.w, parserPrune)
	return nil
}

// minFeatureCount is how often a parser feature must occur along the
// static oracle's transition sequences of the training data to be
// learned at all; 0 or 1 learns every feature. On EWT dev, 2 and 4 cut
// the features by a half and two thirds and cost 0.1-0.2 LAS, so the
// committed model learns them all and prunes small weights instead.
var minFeatureCount = 0

// frequentFeatures counts the features of the configurations the static
// oracle goes through and returns those seen at least min times.
func frequentFeatures(p *parser, items []item, min int) map[uint64]bool {
	counts := make(map[uint64]int32, 1<<22)
	var s pstate
	var feats []uint64
	nc := p.nclass()
	for i := range items {
		in, o := &items[i].in, &items[i].o
		s.init(len(in.word) - 1)
		for int(s.b) <= s.n {
			feats = features(feats[:0], &s, in)
			for _, f := range feats {
				counts[f]++
			}
			uc := o.costs(&s)
			// Arcs first, then REDUCE, then SHIFT: the canonical order.
			next, bestCost := -1, 1<<30
			for k := 0; k < nc; k++ {
				c := (k + 2) % nc
				if !p.legal(&s, c) {
					continue
				}
				if cost := p.classCost(o, &s, uc, c); cost < bestCost {
					next, bestCost = c, cost
				}
			}
			p.apply(&s, next)
		}
	}
	out := make(map[uint64]bool, len(counts)/4)
	for f, c := range counts {
		if int(c) >= min {
			out[f] = true
		}
	}
	return out
}

// item is a parser training sentence.
type item struct {
	in pinput
	o  oracle
}

// parserPrune drops parser weights below this fraction of the largest.
// On EWT dev, 0.015 keeps about a quarter of the weights (an 18 MB
// model instead of 40 MB) at no cost; 0.02 costs 0.1 UAS and 0.025 0.4.
const parserPrune = 0.015

// pruneWeights returns w without entries smaller than frac of the
// largest weight.
func pruneWeights(w *weights, frac float64) *weights {
	if frac <= 0 {
		return w
	}
	cut := int16(math.Round(frac * (1 << (quantBits - 1))))
	out := &weights{nclass: w.nclass, step: w.step, off: []uint32{0}}
	var kept []uint64
	for i, k := range w.keys() {
		n := 0
		for _, e := range w.ent[w.off[i]:w.off[i+1]] {
			if e.q >= cut || e.q <= -cut {
				out.ent = append(out.ent, e)
				n++
			}
		}
		if n > 0 {
			kept = append(kept, k)
			out.off = append(out.off, uint32(len(out.ent)))
		}
	}
	out.build(kept)
	return out
}

func parseScores(p *parser, gs []gsent, ins []pinput, punct [][]bool, labID map[string]int) (uas, las float64) {
	var st pstate
	var feats []uint64
	scores := make([]int32, p.nclass())
	u, l, n := 0, 0, 0
	for i, g := range gs {
		feats = p.parse(&st, &ins[i], punct[i], feats, scores)
		for j := range g.forms {
			n++
			if st.head[j+1] == g.heads[j] {
				u++
				if id, ok := labID[g.rels[j]]; ok && int(st.lab[j+1]) == id {
					l++
				}
			}
		}
	}
	return 100 * float64(u) / float64(max(n, 1)), 100 * float64(l) / float64(max(n, 1))
}
