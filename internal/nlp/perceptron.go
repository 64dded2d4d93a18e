package nlp

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// Averaged perceptron. Training keeps, for each feature that was ever
// part of an update, a short list of the classes it has weights for:
// most features touch two or three classes, so sparse rows are both
// smaller and faster than dense ones. Weights are integers while
// training, so the result does not depend on summation order.

type centry struct {
	class uint16
	w     int32
	ts    int32 // time of the last change of w
	tot   int64 // sum of w over time up to ts
}

type trainer struct {
	nclass int
	// allowed, when not nil, is the set of features that may get weights
	// (those frequent enough in training): rare features would mostly
	// memorize single sentences, and leaving them out makes the model
	// smaller and faster at no cost in accuracy.
	allowed map[uint64]bool
	index   map[uint64]int32
	rows    [][]centry
	now     int32 // decisions seen so far
	rowbuf  []int32
}

func newTrainer(nclass int) *trainer {
	return &trainer{nclass: nclass, index: make(map[uint64]int32, 1<<20)}
}

// lookup fills t.rowbuf with the row of each feature, -1 when unknown.
func (t *trainer) lookup(feats []uint64) []int32 {
	t.rowbuf = t.rowbuf[:0]
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			r = -1
		}
		t.rowbuf = append(t.rowbuf, r)
	}
	return t.rowbuf
}

// score adds the current weights of rows to scores.
func (t *trainer) score(rows []int32, scores []int32) {
	clear(scores)
	for _, r := range rows {
		if r < 0 {
			continue
		}
		for _, e := range t.rows[r] {
			scores[e.class] += e.w
		}
	}
}

// tick advances the clock by one decision.
func (t *trainer) tick() { t.now++ }

// update moves weights toward gold and away from pred for feats, whose
// rows (as returned by lookup) are updated in place when new.
func (t *trainer) update(feats []uint64, rows []int32, gold, pred int) {
	if gold == pred {
		return
	}
	for i, f := range feats {
		r := rows[i]
		if r < 0 {
			if nr, ok := t.index[f]; ok { // the same feature twice in one decision
				r = nr
			} else if t.allowed != nil && !t.allowed[f] {
				continue
			} else {
				r = int32(len(t.rows))
				t.index[f] = r
				t.rows = append(t.rows, nil)
			}
			rows[i] = r
		}
		t.bump(r, gold, 1)
		t.bump(r, pred, -1)
	}
}

func (t *trainer) bump(r int32, class int, d int32) {
	row := t.rows[r]
	for i := range row {
		if int(row[i].class) == class {
			e := &row[i]
			e.tot += int64(e.w) * int64(t.now-e.ts)
			e.ts = t.now
			e.w += d
			return
		}
	}
	t.rows[r] = append(row, centry{class: uint16(class), w: d, ts: t.now})
}

// average returns the averaged weights, frozen for prediction and
// quantized (see quantBits); weights whose magnitude is below minFrac of
// the largest are dropped to keep the model small.
func (t *trainer) average(minFrac float64) *weights {
	type fe struct {
		key uint64
		avg []float64
		cls []uint16
	}
	T := float64(t.now)
	if T == 0 {
		T = 1
	}
	var maxAbs float64
	feats := make([]fe, 0, len(t.index))
	for key, r := range t.index {
		var f fe
		for _, e := range t.rows[r] {
			tot := e.tot + int64(e.w)*int64(t.now-e.ts)
			if tot == 0 {
				continue
			}
			v := float64(tot) / T
			maxAbs = math.Max(maxAbs, math.Abs(v))
			f.avg = append(f.avg, v)
			f.cls = append(f.cls, e.class)
		}
		if len(f.avg) > 0 {
			f.key = key
			feats = append(feats, f)
		}
	}
	slices.SortFunc(feats, func(a, b fe) int {
		switch {
		case a.key < b.key:
			return -1
		case a.key > b.key:
			return 1
		}
		return 0
	})
	w := &weights{nclass: t.nclass, step: float32(maxAbs / (1 << (quantBits - 1)))}
	if w.step == 0 {
		w.step = 1
	}
	cut := int(math.Round(minFrac * (1 << (quantBits - 1))))
	keys := make([]uint64, 0, len(feats))
	w.off = append(w.off, 0)
	for _, f := range feats {
		n := 0
		for i, v := range f.avg {
			q := int(math.Round(v / float64(w.step)))
			if q != 0 && (q >= cut || q <= -cut) {
				w.ent = append(w.ent, went{c: uint8(f.cls[i]), q: int16(q)})
				n++
			}
		}
		if n == 0 {
			continue
		}
		slices.SortFunc(w.ent[len(w.ent)-n:], func(a, b went) int { return int(a.c) - int(b.c) })
		keys = append(keys, shortKey(f.key))
		w.off = append(w.off, uint32(len(w.ent)))
	}
	w.build(keys)
	return w
}

// weights are frozen averaged-perceptron weights: an open-addressing
// table from feature key to a run of (class, weight) entries.
type weights struct {
	nclass int
	step   float32  // a weight is q*step; only the file needs step, as argmax is the same on q
	keyOf  []uint64 // feature keys by ordinal, for saving
	off    []uint32 // entries of feature ordinal i are ent[off[i]:off[i+1]]
	ent    []went
	slots  []slot
	mask   uint64
}

// Feature keys are 64-bit hashes, of which the model keeps the top
// keyBits: sorted and delta-coded they then take 4 bytes in the file
// instead of 7. Two of a million features share a 48-bit key with
// probability about 2e-3, and an absent feature matches a slot (26 bits
// checked beyond those that chose the slot) about once in 10^7 lookups.
const keyBits = 48

func shortKey(k uint64) uint64 { return k >> (64 - keyBits) }

// slot is 8 bytes so that more of the table stays in cache: the low
// bits of a short key choose the slot and its top 32 bits are checked,
// and the entries' position and count are packed in pos.
type slot struct {
	fp  uint32 // high bits of the key, never 0; 0 marks an empty slot
	pos uint32 // start<<8 | count
}

// went is one weight: class and quantized value, 4 bytes, so that
// summing a feature's weights reads half the memory float32s would.
type went struct {
	c uint8
	q int16
}

func fingerprint(k uint64) uint32 { return uint32(k>>(keyBits-32)) | 1 }

// maxEntries is the most entries the packed slots can address.
const maxEntries = 1 << 24

// build indexes the features; keys are short keys (see shortKey).
func (w *weights) build(keys []uint64) {
	if len(w.ent) >= maxEntries || w.nclass > 255 {
		panic(fmt.Sprintf("nlp: %d weights over %d classes: more than the table can address", len(w.ent), w.nclass))
	}
	w.keyOf = keys
	size := 1
	for size < 2*len(keys)+2 {
		size <<= 1
	}
	w.slots = make([]slot, size)
	w.mask = uint64(size - 1)
	for i, k := range keys {
		j := k & w.mask
		for w.slots[j].fp != 0 {
			j = (j + 1) & w.mask
		}
		w.slots[j] = slot{fingerprint(k), w.off[i]<<8 | (w.off[i+1] - w.off[i])}
	}
}

func (w *weights) numFeatures() int { return len(w.off) - 1 }

// keys returns the feature keys in ordinal order.
func (w *weights) keys() []uint64 { return w.keyOf }

// score sets scores to the sum of the weights of feats.
//
// It first finds every feature's slot and only then adds the weights:
// the probes are independent of each other, so the processor can have
// several of their cache misses in flight at once, which it cannot while
// each probe is followed by a loop of additions.
func (w *weights) score(feats []uint64, scores []int32) {
	clear(scores)
	var found [128]uint32
	for len(feats) > 0 {
		batch := feats[:min(len(feats), len(found))]
		feats = feats[len(batch):]
		n := 0
		for _, k := range batch {
			k = shortKey(k)
			fp := fingerprint(k)
			j := k & w.mask
			for {
				s := w.slots[j]
				if s.fp == fp {
					found[n] = s.pos
					n++
					break
				}
				if s.fp == 0 {
					break
				}
				j = (j + 1) & w.mask
			}
		}
		for _, pos := range found[:n] {
			start := pos >> 8
			for _, e := range w.ent[start : start+pos&0xff] {
				scores[e.c] += int32(e.q)
			}
		}
	}
}

// Serialization: keys in ascending order as uvarint deltas, each with its
// entry count, class and weight quantized to a multiple of step. Sorted
// keys and small integers compress well under gzip.

// quantBits is the precision of weights: the largest is 2^(quantBits-1)
// steps. 12 to 16 give the same dev scores as unquantized weights; 14
// fits int16 with room.
const quantBits = 14

func (w *weights) write(bw *bufio.Writer) error {
	keys := w.keys()
	var buf [binary.MaxVarintLen64]byte
	put := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	puts := func(v int64) { bw.Write(buf[:binary.PutVarint(buf[:], v)]) }
	put(uint64(w.nclass))
	put(uint64(len(keys)))
	binary.Write(bw, binary.LittleEndian, w.step)
	var prev uint64
	for i, k := range keys {
		put(k - prev)
		prev = k
		ents := w.ent[w.off[i]:w.off[i+1]]
		put(uint64(len(ents)))
		var pc uint8
		for _, e := range ents {
			put(uint64(e.c - pc))
			pc = e.c
			puts(int64(e.q))
		}
	}
	return nil
}

func readWeights(br *bufio.Reader) (*weights, error) {
	nclass, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, err
	}
	n, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, err
	}
	if n > 1<<28 || nclass > 255 {
		return nil, errors.New("nlp: corrupt weights header")
	}
	var step float32
	if err := binary.Read(br, binary.LittleEndian, &step); err != nil {
		return nil, err
	}
	w := &weights{nclass: int(nclass), step: step, off: make([]uint32, 1, n+1)}
	keys := make([]uint64, n)
	var prev uint64
	for i := range keys {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		prev += d
		keys[i] = prev
		m, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		var c uint32
		for range m {
			dc, err := binary.ReadUvarint(br)
			if err != nil {
				return nil, err
			}
			c += uint32(dc)
			if c >= uint32(nclass) {
				return nil, fmt.Errorf("nlp: class %d out of range", c)
			}
			q, err := binary.ReadVarint(br)
			if err != nil {
				return nil, err
			}
			if q < math.MinInt16 || q > math.MaxInt16 {
				return nil, errors.New("nlp: weight out of range")
			}
			w.ent = append(w.ent, went{c: uint8(c), q: int16(q)})
		}
		w.off = append(w.off, uint32(len(w.ent)))
		if len(w.ent) >= maxEntries {
			return nil, errors.New("nlp: too many weights")
		}
	}
	w.build(keys)
	return w, nil
}

var _ io.Writer = (*bufio.Writer)(nil)
