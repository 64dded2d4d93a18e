package nlp

import (
	"math/rand"
)

// The parser is greedy arc-eager (Nivre 2003) with the root token at
// the bottom of the stack, labelled transitions, the feature templates
// of Zhang & Nivre (2011) and an averaged perceptron trained with the
// dynamic oracle and exploration of Goldberg & Nivre (2012).
//
// Classes: 0 SHIFT, 1 REDUCE, 2+l LEFT-ARC(l), 2+L+l RIGHT-ARC(l).

const (
	actShift = iota
	actReduce
	actLeft
	actRight
)

type parser struct {
	labels []string // dependency relations; labels[rootLabel] == "root"
	root   int
	w      *weights
}

func (p *parser) nclass() int { return 2 + 2*len(p.labels) }

func (p *parser) decode(c int) (act, label int) {
	L := len(p.labels)
	switch {
	case c == 0:
		return actShift, -1
	case c == 1:
		return actReduce, -1
	case c < 2+L:
		return actLeft, c - 2
	}
	return actRight, c - 2 - L
}

// pstate is a parser configuration over tokens 1..n, 0 being the root.
type pstate struct {
	n        int
	stack    []int32
	b        int32 // front of the buffer; the buffer is empty when b > n
	head     []int32
	lab      []int32
	lc1, lc2 []int32 // leftmost and second leftmost dependents, -1 if none
	rc1, rc2 []int32 // rightmost and second rightmost
	nl, nr   []int32 // number of left and right dependents
	lset     []uint64
	rset     []uint64
	onStack  []bool
	rootDone bool
	unshift  int32 // a token put back in the empty buffer by finish, 0 if none
}

func (s *pstate) init(n int) {
	s.n = n
	grow := func(a []int32) []int32 {
		if cap(a) < n+1 {
			return make([]int32, n+1)
		}
		return a[:n+1]
	}
	s.head, s.lab = grow(s.head), grow(s.lab)
	s.lc1, s.lc2, s.rc1, s.rc2 = grow(s.lc1), grow(s.lc2), grow(s.rc1), grow(s.rc2)
	s.nl, s.nr = grow(s.nl), grow(s.nr)
	if cap(s.lset) < n+1 {
		s.lset, s.rset, s.onStack = make([]uint64, n+1), make([]uint64, n+1), make([]bool, n+1)
	}
	s.lset, s.rset, s.onStack = s.lset[:n+1], s.rset[:n+1], s.onStack[:n+1]
	for i := 0; i <= n; i++ {
		s.head[i], s.lab[i] = -1, -1
		s.lc1[i], s.lc2[i], s.rc1[i], s.rc2[i] = -1, -1, -1, -1
		s.nl[i], s.nr[i] = 0, 0
		s.lset[i], s.rset[i] = 0, 0
		s.onStack[i] = false
	}
	s.stack = append(s.stack[:0], 0)
	s.onStack[0] = true
	s.b = 1
	s.rootDone = false
	s.unshift = 0
}

func (s *pstate) s0() int32 { return s.stack[len(s.stack)-1] }

func (s *pstate) push(x int32) {
	s.stack = append(s.stack, x)
	s.onStack[x] = true
}

func (s *pstate) pop() int32 {
	x := s.stack[len(s.stack)-1]
	s.stack = s.stack[:len(s.stack)-1]
	s.onStack[x] = false
	return x
}

func (s *pstate) arc(h, d int32, l int) {
	s.head[d], s.lab[d] = h, int32(l)
	bit := uint64(1) << (uint(l) & 63)
	if d < h {
		s.nl[h]++
		s.lset[h] |= bit
		if s.lc1[h] < 0 || d < s.lc1[h] {
			s.lc2[h] = s.lc1[h]
			s.lc1[h] = d
		} else if s.lc2[h] < 0 || d < s.lc2[h] {
			s.lc2[h] = d
		}
	} else {
		s.nr[h]++
		s.rset[h] |= bit
		if s.rc1[h] < 0 || d > s.rc1[h] {
			s.rc2[h] = s.rc1[h]
			s.rc1[h] = d
		} else if s.rc2[h] < 0 || d > s.rc2[h] {
			s.rc2[h] = d
		}
	}
	if h == 0 {
		s.rootDone = true
	}
}

// legal reports whether class c may be applied.
func (p *parser) legal(s *pstate, c int) bool {
	act, l := p.decode(c)
	s0 := s.s0()
	bufOK := int(s.b) <= s.n
	switch act {
	case actShift:
		return bufOK
	case actReduce:
		return s0 != 0 && s.head[s0] >= 0
	case actLeft:
		return bufOK && s0 != 0 && s.head[s0] < 0 && l != p.root
	default:
		if !bufOK {
			return false
		}
		if s0 == 0 {
			return !s.rootDone && l == p.root
		}
		return l != p.root
	}
}

func (p *parser) apply(s *pstate, c int) {
	act, l := p.decode(c)
	switch act {
	case actShift:
		s.push(s.b)
		s.b++
	case actReduce:
		s.pop()
	case actLeft:
		d := s.pop()
		s.arc(s.b, d, l)
	default:
		s.arc(s.s0(), s.b, l)
		s.push(s.b)
		s.b++
	}
}

// finish attaches what the transitions left headless once the buffer
// is empty, keeping the result a tree with one root. As in Nivre and
// Fernández-González (2014), a headless stack top is put back at the
// front of the buffer ("unshift") and the model, with shifting no
// longer allowed, chooses to attach it to the item below (right arc),
// to make it the head of that item (left arc), or to reduce that item
// and look further down. Only if it reaches the root, which has its
// dependent, is the token attached to the root word by rule.
func (p *parser) finish(s *pstate, in *pinput, punct []bool, feats []uint64, scores []int32) []uint64 {
	L := len(p.labels)
	for len(s.stack) > 1 {
		d := s.pop()
		if s.head[d] >= 0 {
			continue
		}
		s.unshift = d
		for s.unshift != 0 {
			s0 := s.s0()
			if s0 == 0 && s.rootDone {
				s.arc(p.rootWord(s), d, p.fallbackLabel(punct[d]))
				s.unshift = 0
				break
			}
			feats = features(feats[:0], s, in)
			p.w.score(feats, scores)
			best, bs := -1, int32(0)
			consider := func(c int) {
				if best < 0 || scores[c] > bs {
					best, bs = c, scores[c]
				}
			}
			if s0 == 0 {
				consider(2 + L + p.root)
			} else {
				for l := 0; l < L; l++ {
					if l != p.root {
						consider(2 + L + l)
					}
				}
				if s.head[s0] >= 0 {
					consider(actReduce)
				} else {
					for l := 0; l < L; l++ {
						if l != p.root {
							consider(2 + l)
						}
					}
				}
			}
			act, l := p.decode(best)
			switch act {
			case actReduce:
				s.pop()
			case actLeft:
				s.arc(d, s.pop(), l)
			default:
				s.arc(s0, d, l)
				s.unshift = 0
			}
		}
	}
	return feats
}

// rootWord returns the token attached to the root, 0 if none.
func (p *parser) rootWord(s *pstate) int32 {
	for i := 1; i <= s.n; i++ {
		if s.head[i] == 0 {
			return int32(i)
		}
	}
	return 0
}

// fallbackLabel is the relation of a word attached to the root word by
// rule: punct for punctuation, parataxis (a loosely joined clause, the
// usual case of a second root) otherwise.
func (p *parser) fallbackLabel(punct bool) int {
	want := "parataxis"
	if punct {
		want = "punct"
	}
	for i, l := range p.labels {
		if l == want {
			return i
		}
	}
	return 0
}

// pinput is what the parser sees of a sentence: per token (index 0 is
// the root) a word key and a tag id.
type pinput struct {
	word []uint64
	tag  []uint64
	ctag []uint64 // coarse tag: the UPOS
}

const (
	noneW = 1
	rootW = 2
	noneP = 1<<20 + 1
	rootP = 1<<20 + 2
	noneL = 1000
)

func distBucket(d int32) uint64 {
	switch {
	case d <= 0:
		return 0
	case d <= 4:
		return uint64(d)
	case d <= 7:
		return 5
	case d <= 12:
		return 6
	}
	return 7
}

// features appends the feature keys of configuration s.
func features(feats []uint64, s *pstate, in *pinput) []uint64 {
	w := func(x int32) uint64 {
		if x < 0 {
			return noneW
		}
		return in.word[x]
	}
	t := func(x int32) uint64 {
		if x < 0 {
			return noneP
		}
		return in.tag[x]
	}
	lab := func(x int32) uint64 {
		if x < 0 {
			return noneL
		}
		return uint64(s.lab[x] + 1)
	}
	get := func(a []int32, x int32) int32 {
		if x < 0 {
			return -1
		}
		return a[x]
	}
	n := int32(s.n)
	s0 := s.s0()
	var s1 int32 = -1
	if len(s.stack) > 1 {
		s1 = s.stack[len(s.stack)-2]
	}
	var n0, n1, n2 int32 = -1, -1, -1
	if s.b <= n {
		n0 = s.b
	} else if s.unshift > 0 {
		n0 = s.unshift
	}
	if s.b+1 <= n {
		n1 = s.b + 1
	}
	if s.b+2 <= n {
		n2 = s.b + 2
	}
	s0h := get(s.head, s0)
	s0h2 := get(s.head, s0h)
	s0l, s0l2, s0r, s0r2 := get(s.lc1, s0), get(s.lc2, s0), get(s.rc1, s0), get(s.rc2, s0)
	n0l, n0l2 := get(s.lc1, n0), get(s.lc2, n0)

	s0w, s0p, n0w, n0p := w(s0), t(s0), w(n0), t(n0)
	n1w, n1p, n2w, n2p := w(n1), t(n1), w(n2), t(n2)
	var d uint64
	if n0 >= 0 {
		d = distBucket(n0 - s0)
	}
	var s0vl, s0vr, n0vl uint64
	var s0sl, s0sr, n0sl uint64
	if s0 >= 0 {
		s0vl, s0vr, s0sl, s0sr = uint64(s.nl[s0]), uint64(s.nr[s0]), s.lset[s0], s.rset[s0]
	}
	if n0 >= 0 {
		n0vl, n0sl = uint64(s.nl[n0]), s.lset[n0]
	}
	var hasHead, rootDone uint64
	if s.head[s0] >= 0 {
		hasHead = 1
	}
	if s.rootDone {
		rootDone = 1
	}
	feats = append(feats,
		f2(1, s0w, s0p), f1(2, s0w), f1(3, s0p),
		f2(4, n0w, n0p), f1(5, n0w), f1(6, n0p),
		f2(7, n1w, n1p), f1(8, n1w), f1(9, n1p),
		f2(10, n2w, n2p), f1(11, n2w), f1(12, n2p),

		f4(13, s0w, s0p, n0w, n0p), f3(14, s0w, s0p, n0w), f3(15, s0w, n0w, n0p),
		f3(16, s0w, s0p, n0p), f3(17, s0p, n0w, n0p), f2(18, s0w, n0w),
		f2(19, s0p, n0p), f2(20, n0p, n1p),

		f3(21, n0p, n1p, n2p), f3(22, s0p, n0p, n1p), f3(23, t(s0h), s0p, n0p),
		f3(24, s0p, t(s0l), n0p), f3(25, s0p, t(s0r), n0p), f3(26, s0p, n0p, t(n0l)),

		f2(27, s0w, d), f2(28, s0p, d), f2(29, n0w, d), f2(30, n0p, d),
		f3(31, s0w, n0w, d), f3(32, s0p, n0p, d),

		f2(33, s0w, s0vr), f2(34, s0p, s0vr), f2(35, s0w, s0vl), f2(36, s0p, s0vl),
		f2(37, n0w, n0vl), f2(38, n0p, n0vl),

		f1(39, w(s0h)), f1(40, t(s0h)), f1(41, lab(s0)),
		f1(42, w(s0l)), f1(43, t(s0l)), f1(44, lab(s0l)),
		f1(45, w(s0r)), f1(46, t(s0r)), f1(47, lab(s0r)),
		f1(48, w(n0l)), f1(49, t(n0l)), f1(50, lab(n0l)),

		f1(51, w(s0h2)), f1(52, t(s0h2)), f1(53, lab(s0h)),
		f1(54, w(s0l2)), f1(55, t(s0l2)), f1(56, lab(s0l2)),
		f1(57, w(s0r2)), f1(58, t(s0r2)), f1(59, lab(s0r2)),
		f1(60, w(n0l2)), f1(61, t(n0l2)), f1(62, lab(n0l2)),
		f3(63, s0p, t(s0l), t(s0l2)), f3(64, s0p, t(s0r), t(s0r2)),
		f3(65, s0p, t(s0h), t(s0h2)), f3(66, n0p, t(n0l), t(n0l2)),

		f2(67, s0w, s0sr), f2(68, s0p, s0sr), f2(69, s0w, s0sl), f2(70, s0p, s0sl),
		f2(71, n0w, n0sl), f2(72, n0p, n0sl),

		f1(73, w(s1)), f1(74, t(s1)), f3(75, t(s1), s0p, n0p), f2(76, w(s1), t(s1)),
		f3(77, hasHead, s0p, n0p), f2(78, rootDone, n0p),
	)
	// Coarse-tag (UPOS) versions of the main tag templates: they still
	// fire right when the tagger confuses fine tags (VB and VBP, NN and
	// NNP), which the parser's jackknifed training tags are full of.
	c := func(x int32) uint64 {
		if x < 0 {
			return noneP
		}
		return in.ctag[x]
	}
	feats = append(feats, f3(110, c(s0), c(n0), c(n1)), f3(111, c(s1), c(s0), c(n0)), f3(112, c(s0), c(n0), c(n0l)),
		f3(113, c(s0h), c(s0), c(n0)), f3(114, c(s0), c(s0r), c(n0)), f2(115, w(s0), c(n0)), f2(116, c(s0), w(n0)),
		f4(117, c(s0), c(n0), c(n1), c(n2)))
	{
		// Attachment preferences of prepositional phrases and other
		// marked dependents: the candidate heads (s0 and its head) with the
		// marker (n0's leftmost dependent, "from" in "from Iran") and n0.
		s0hw := w(s0h)
		n0lw := w(n0l)
		feats = append(feats, f3(130, s0w, n0lw, n0p), f3(131, s0hw, n0lw, s0p), f3(132, s0p, n0lw, n0p),
			f3(133, s0w, n0lw, n0w), f4(134, s0hw, s0p, n0lw, hasHead), f3(135, t(s0h), n0lw, n0p), f2(136, n0lw, n0w),
			f3(137, w(s1), s0w, n0w))
	}
	return feats
}

// bestLegal returns the highest-scoring legal class, the first one on
// ties: the same choice as testing each class with legal, without the
// per-class work.
func (p *parser) bestLegal(s *pstate, scores []int32) int {
	L := len(p.labels)
	s0 := s.s0()
	bufOK := int(s.b) <= s.n
	best, bs := -1, int32(0)
	if bufOK {
		best, bs = actShift, scores[actShift]
	}
	if s0 != 0 && s.head[s0] >= 0 && (best < 0 || scores[actReduce] > bs) {
		best, bs = actReduce, scores[actReduce]
	}
	if bufOK && s0 != 0 && s.head[s0] < 0 {
		for c := 2; c < 2+L; c++ {
			if c-2 != p.root && scores[c] > bs {
				best, bs = c, scores[c]
			}
		}
	}
	if bufOK {
		if s0 == 0 {
			if c := 2 + L + p.root; !s.rootDone && scores[c] > bs {
				best = c
			}
		} else {
			for c := 2 + L; c < 2+2*L; c++ {
				if c-2-L != p.root && scores[c] > bs {
					best, bs = c, scores[c]
				}
			}
		}
	}
	return best
}

// parse parses one sentence of n tokens whose inputs are in, writing
// heads and labels into s.
func (p *parser) parse(s *pstate, in *pinput, punct []bool, feats []uint64, scores []int32) []uint64 {
	s.init(len(in.word) - 1)
	for int(s.b) <= s.n {
		feats = features(feats[:0], s, in)
		p.w.score(feats, scores)
		p.apply(s, p.bestLegal(s, scores))
	}
	return p.finish(s, in, punct, feats, scores)
}

// oracle holds the gold tree of a training sentence.
type oracle struct {
	head []int32 // projectivized gold heads, index 0 unused
	lab  []int32
	deps [][]int32
}

// costs returns the unlabelled cost of SHIFT, REDUCE, LEFT and RIGHT in
// s (-1 when illegal), following Goldberg & Nivre (2012): the number of
// gold arcs that the transition makes unreachable.
func (o *oracle) costs(s *pstate) [4]int {
	c := [4]int{-1, -1, -1, -1}
	s0 := s.s0()
	b := s.b
	bufOK := int(b) <= s.n
	// Whether a gold arc from stack item h to b could still be made.
	stackHead := func(d int32) bool {
		h := o.head[d]
		if !s.onStack[h] {
			return false
		}
		return h != 0 || !s.rootDone
	}
	stackDeps := func(h int32) int {
		k := 0
		for _, d := range o.deps[h] {
			if s.onStack[d] && s.head[d] < 0 {
				k++
			}
		}
		return k
	}
	bufDeps := func(h int32) int {
		k := 0
		for _, d := range o.deps[h] {
			if d >= b {
				k++
			}
		}
		return k
	}
	if bufOK {
		k := stackDeps(b)
		if stackHead(b) {
			k++
		}
		c[actShift] = k
	}
	if s0 != 0 && s.head[s0] >= 0 {
		c[actReduce] = bufDeps(s0)
	}
	if bufOK && s0 != 0 && s.head[s0] < 0 {
		k := bufDeps(s0)
		if gh := o.head[s0]; gh > b {
			k++
		}
		c[actLeft] = k
	}
	if bufOK && (s0 != 0 || !s.rootDone) {
		k := stackDeps(b)
		if gh := o.head[b]; gh != s0 && (gh > b || stackHead(b)) {
			k++
		}
		c[actRight] = k
	}
	return c
}

// classCost is the labelled cost of class c given the unlabelled costs.
func (p *parser) classCost(o *oracle, s *pstate, uc [4]int, c int) int {
	act, l := p.decode(c)
	k := uc[act]
	if k < 0 {
		return -1
	}
	switch act {
	case actLeft:
		if s0 := s.s0(); o.head[s0] == s.b && int(o.lab[s0]) != l {
			k++
		}
	case actRight:
		if o.head[s.b] == s.s0() && int(o.lab[s.b]) != l {
			k++
		}
	}
	return k
}

// trainSentence runs one sentence through training. explore is the
// probability of following a wrong prediction instead of the oracle.
func (p *parser) trainSentence(tr *trainer, s *pstate, in *pinput, o *oracle, explore float64, rng *rand.Rand, feats []uint64, scores []int32) (correct, total int, _ []uint64) {
	s.init(len(in.word) - 1)
	nc := p.nclass()
	for int(s.b) <= s.n {
		feats = features(feats[:0], s, in)
		rows := tr.lookup(feats)
		tr.score(rows, scores)
		uc := o.costs(s)
		pred, gold := -1, -1
		minCost := 1 << 30
		for c := 0; c < nc; c++ {
			if !p.legal(s, c) {
				continue
			}
			if pred < 0 || scores[c] > scores[pred] {
				pred = c
			}
			k := p.classCost(o, s, uc, c)
			if k < minCost || (k == minCost && scores[c] > scores[gold]) {
				gold, minCost = c, k
			}
		}
		tr.tick()
		total++
		next := gold
		if p.classCost(o, s, uc, pred) == minCost {
			correct++
			next = pred
		} else {
			tr.update(feats, rows, gold, pred)
			if explore > 0 && rng.Float64() < explore {
				next = pred
			}
		}
		p.apply(s, next)
	}
	return correct, total, feats
}

// projectivize lifts non-projective arcs (shortest first) to the head's
// head until the tree is projective, so that the arc-eager oracle can
// reach it; labels are kept. heads is indexed 1..n with heads[0] unused.
func projectivize(heads []int32) []int32 {
	h := append([]int32(nil), heads...)
	n := len(h) - 1
	dominates := func(a, k int32) bool { // a is an ancestor of k (or k itself)
		for steps := 0; k != 0 && steps <= n; steps++ {
			if k == a {
				return true
			}
			k = h[k]
		}
		return a == 0
	}
	for {
		best, bestLen := int32(-1), int32(1<<30)
		for d := int32(1); d <= int32(n); d++ {
			hd := h[d]
			lo, hi := min(hd, d), max(hd, d)
			if hi-lo >= bestLen {
				continue
			}
			for k := lo + 1; k < hi; k++ {
				if !dominates(hd, k) {
					best, bestLen = d, hi-lo
					break
				}
			}
		}
		if best < 0 {
			return h
		}
		h[best] = h[h[best]]
	}
}
