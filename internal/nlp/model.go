// Package nlp is sitrep's part-of-speech tagger, lemmatizer and
// dependency parser: averaged perceptrons trained on the Universal
// Dependencies English treebanks, in pure Go, with the trained model
// embedded in the binary.
//
// Annotate fills, for one sentence of tokens, the UPOS and Penn XPOS
// tags, lemma, morphological features, head and relation of each token.
package nlp

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/internal/article"
)

// Model is a trained tagger, lemmatizer and parser. It is read-only
// after loading, so Annotate may be called from several goroutines.
type Model struct {
	tags    []string // joint tags "UPOS XPOS"
	upos    []string
	xpos    []string
	punct   []bool   // tag is PUNCT
	uposKey []uint64 // hash of the tag's UPOS, the parser's coarse tag
	tg      *tagger
	lem     *lemmatizer
	fl      *featLexicon
	ps      *parser
	vbTag   int             // the joint tag "VERB VB", -1 if none
	vbdTag  int             // the joint tag "VERB VBD", -1 if none
	jjTag   int             // the joint tag "ADJ JJ", -1 if none
	nnTag   int             // the joint tag "NOUN NN", -1 if none
	nnpTag  int             // the joint tag "PROPN NNP", -1 if none
	rpTag   int             // the joint tag "ADP RP", -1 if none
	vocab   map[uint64]bool // parser words seen often enough in training
	info    string          // how the model was trained, one line

	pool sync.Pool
}

// scratch is the per-call working memory of Annotate.
type scratch struct {
	forms  []string
	ts     []tokFeat
	tags   []int
	tsc    tagScratch
	feats  []uint64
	pscore []int32
	in     pinput
	st     pstate
}

func (m *Model) scratch() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{pscore: make([]int32, m.ps.nclass())}
}

// unkW stands for a word too rare in training to have parser features.
const unkW = 3

func (m *Model) setup() {
	m.upos = make([]string, len(m.tags))
	m.xpos = make([]string, len(m.tags))
	m.punct = make([]bool, len(m.tags))
	m.uposKey = make([]uint64, len(m.tags))
	m.vbTag, m.vbdTag, m.jjTag, m.nnTag, m.nnpTag, m.rpTag = -1, -1, -1, -1, -1, -1
	for i, t := range m.tags {
		switch t {
		case "VERB VB":
			m.vbTag = i
		case "VERB VBD":
			m.vbdTag = i
		case "ADJ JJ":
			m.jjTag = i
		case "NOUN NN":
			m.nnTag = i
		case "PROPN NNP":
			m.nnpTag = i
		case "ADP RP":
			m.rpTag = i
		}
		m.upos[i], m.xpos[i], _ = strings.Cut(t, " ")
		m.punct[i] = m.upos[i] == "PUNCT"
		m.uposKey[i] = strHash(m.upos[i])
	}
	m.useLexicon()
}

// useLexicon lets the tagger consult the word-class lexicon. Training
// does not: its jackknifed tags are the tagger's own.
func (m *Model) useLexicon() {
	if m.tg != nil {
		m.tg.upos = m.upos
		m.tg.lex = defaultLexicon()
	}
	if m.lem != nil {
		m.lem.words = defaultLexicon()
	}
}

// Annotate tags, lemmatizes and parses one sentence in place: it sets
// Lemma, UPOS, XPOS, Feats, Head (1-based, 0 for the root) and Rel of
// every token from their Form.
func (m *Model) Annotate(toks []article.Token) {
	if len(toks) == 0 {
		return
	}
	if qs := scareQuotes(toks); len(qs) > 0 {
		m.annotateUnquoted(toks, qs)
		return
	}
	if i := upToNumber(toks); i >= 0 {
		m.annotateUpTo(toks, i)
		return
	}
	if a, b := preverbalTime(toks); a >= 0 && m.annotateAround(toks, a, b) {
		return
	}
	if a, b := postverbalTime(toks); a >= 0 && m.annotateAfter(toks, a, b) {
		return
	}
	m.annotate(toks)
}

// annotate tags, lemmatizes and parses toks as they are.
func (m *Model) annotate(toks []article.Token) {
	s := m.scratch()
	defer m.pool.Put(s)
	s.forms = s.forms[:0]
	for i := range toks {
		s.forms = append(s.forms, toks[i].Form)
	}
	s.ts = prepare(s.forms, m.tg.amb, s.ts)
	s.tags = m.tg.tag(s.ts, &s.tsc)
	m.mandative(s.ts, s.tags)
	m.modalVerb(s.ts, s.tags)
	m.mainVerb(s.ts, s.tags)
	m.prenominal(s.ts, s.tags)
	m.elisions(s.ts, s.tags)
	m.fillInput(&s.in, s.ts, s.tags)
	var punct [256]bool
	pun := punct[:0]
	if len(toks)+1 > len(punct) {
		pun = make([]bool, 0, len(toks)+1)
	}
	pun = append(pun, false)
	for _, t := range s.tags {
		pun = append(pun, m.punct[t])
	}
	s.feats = m.ps.parse(&s.st, &s.in, pun, s.feats, s.pscore)
	for i := range toks {
		t := &toks[i]
		tag := s.tags[i]
		t.UPOS, t.XPOS = m.upos[tag], m.xpos[tag]
		t.Lemma = m.lem.lemma(t.Form, s.ts[i].norm, t.XPOS)
		t.Feats = m.fl.feats(s.ts[i].lower, tag, m.tags)
		t.Head = int(s.st.head[i+1])
		t.Rel = m.ps.labels[s.st.lab[i+1]]
	}
}

func (m *Model) fillInput(in *pinput, ts []tokFeat, tags []int) {
	in.word = append(in.word[:0], rootW)
	in.tag = append(in.tag[:0], rootP)
	in.ctag = append(in.ctag[:0], rootP)

	for i := range ts {
		w := uint64(unkW)
		if m.vocab[ts[i].lw] {
			w = ts[i].lw
		}
		in.word = append(in.word, w)
		in.tag = append(in.tag, uint64(tags[i]))
		in.ctag = append(in.ctag, m.uposKey[tags[i]])

	}
}

// Info describes how the model was trained.
func (m *Model) Info() string { return m.info }

//go:embed model/en.model.gz
var embedded []byte

var (
	defOnce  sync.Once
	defModel *Model
	defErr   error
)

// Default returns the embedded English model, loaded on first use.
func Default() (*Model, error) {
	defOnce.Do(func() {
		defModel, defErr = Load(bytes.NewReader(embedded))
	})
	return defModel, defErr
}

// Serialization: a gzip stream holding a magic line and then each part
// in a fixed order; maps are written sorted so that the same model
// always gives the same bytes.

const magic = "sitrep-nlp-model 1\n"

// Save writes m.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(zw, 1<<16)
	var buf [binary.MaxVarintLen64]byte
	putU := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	putS := func(s string) { putU(uint64(len(s))); bw.WriteString(s) }
	putStrs := func(ss []string) {
		putU(uint64(len(ss)))
		for _, s := range ss {
			putS(s)
		}
	}
	putMap := func(mp map[lkey]string) {
		keys := sortedKeys(mp)
		putU(uint64(len(keys)))
		for _, k := range keys {
			putS(k.form)
			putS(k.tag)
			putS(mp[k])
		}
	}
	bw.WriteString(magic)
	putS(m.info)
	putStrs(m.tags)
	// ambiguity classes
	ak := make([]uint64, 0, len(m.tg.amb))
	for k := range m.tg.amb {
		ak = append(ak, k)
	}
	slices.Sort(ak)
	putU(uint64(len(ak)))
	for _, k := range ak {
		binary.Write(bw, binary.LittleEndian, k)
		binary.Write(bw, binary.LittleEndian, m.tg.amb[k])
	}
	dk := make([]uint64, 0, len(m.tg.dict))
	for k := range m.tg.dict {
		dk = append(dk, k)
	}
	slices.Sort(dk)
	putU(uint64(len(dk)))
	for _, k := range dk {
		binary.Write(bw, binary.LittleEndian, k)
		putU(uint64(m.tg.dict[k]))
	}
	m.tg.w.write(bw)
	if m.tg.w2 != nil {
		bw.WriteByte(1)
		m.tg.w2.write(bw)
	} else {
		bw.WriteByte(0)
	}
	putMap(m.lem.lex)
	putMap(m.lem.lower)
	rk := sortedKeys(m.lem.rules)
	putU(uint64(len(rk)))
	for _, k := range rk {
		putS(k.form)
		putS(k.tag)
		putU(uint64(m.lem.rules[k].Strip))
		putS(m.lem.rules[k].Add)
	}
	putMap(m.fl.byForm)
	putStrs(m.fl.byTag)
	putStrs(m.ps.labels)
	vk := make([]uint64, 0, len(m.vocab))
	for k := range m.vocab {
		vk = append(vk, k)
	}
	slices.Sort(vk)
	putU(uint64(len(vk)))
	for _, k := range vk {
		binary.Write(bw, binary.LittleEndian, k)
	}
	m.ps.w.write(bw)
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func sortedKeys[V any](m map[lkey]V) []lkey {
	keys := make([]lkey, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b lkey) int {
		if c := strings.Compare(a.form, b.form); c != 0 {
			return c
		}
		return strings.Compare(a.tag, b.tag)
	})
	return keys
}

// SaveFile writes m to path.
func (m *Model) SaveFile(path string) error {
	var b bytes.Buffer
	if err := m.Save(&b); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

// LoadFile reads a model saved by Save.
func LoadFile(path string) (*Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Load(f)
}

// Load reads a model saved by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("nlp: model: %w", err)
	}
	br := bufio.NewReaderSize(zr, 1<<16)
	m, err := readModel(br)
	if err != nil {
		return nil, fmt.Errorf("nlp: model: %w", err)
	}
	return m, nil
}

func readModel(br *bufio.Reader) (*Model, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("not a sitrep model")
	}
	var err error
	getU := func() uint64 {
		if err != nil {
			return 0
		}
		var v uint64
		v, err = binary.ReadUvarint(br)
		return v
	}
	getS := func() string {
		n := getU()
		if err != nil {
			return ""
		}
		if n > 1<<20 {
			err = errors.New("corrupt string length")
			return ""
		}
		b := make([]byte, n)
		_, err = io.ReadFull(br, b)
		return string(b)
	}
	getStrs := func() []string {
		n := getU()
		if n > 1<<20 {
			err = errors.New("corrupt list length")
			return nil
		}
		ss := make([]string, 0, n)
		for range n {
			ss = append(ss, getS())
		}
		return ss
	}
	getMap := func() map[lkey]string {
		n := getU()
		if n > 1<<24 {
			err = errors.New("corrupt map length")
			return nil
		}
		mp := make(map[lkey]string, n)
		for range n {
			f := getS()
			t := getS()
			mp[lkey{f, t}] = getS()
		}
		return mp
	}
	getU64 := func() uint64 {
		if err != nil {
			return 0
		}
		var v uint64
		err = binary.Read(br, binary.LittleEndian, &v)
		return v
	}
	m := &Model{}
	m.info = getS()
	m.tags = getStrs()
	m.tg = &tagger{tags: m.tags, amb: map[uint64]uint64{}}
	na := getU()
	for range na {
		if err != nil {
			break
		}
		k := getU64()
		m.tg.amb[k] = getU64()
	}
	if err != nil {
		return nil, err
	}
	nd := getU()
	m.tg.dict = make(map[uint64]int32, nd)
	for range nd {
		if err != nil {
			break
		}
		k := getU64()
		t := getU()
		if t >= uint64(len(m.tags)) {
			return nil, errors.New("tag dictionary: tag out of range")
		}
		m.tg.dict[k] = int32(t)
	}
	if err != nil {
		return nil, err
	}
	if m.tg.w, err = readWeights(br); err != nil {
		return nil, err
	}
	if two, err := br.ReadByte(); err != nil {
		return nil, err
	} else if two == 1 {
		if m.tg.w2, err = readWeights(br); err != nil {
			return nil, err
		}
	}
	m.lem = &lemmatizer{lex: getMap(), lower: getMap(), rules: map[lkey]rewrite{}}
	nr := getU()
	for range nr {
		if err != nil {
			break
		}
		k := lkey{getS(), getS()}
		strip := getU()
		m.lem.rules[k] = rewrite{Strip: int(strip), Add: getS()}
	}
	m.fl = &featLexicon{byForm: getMap(), byTag: getStrs()}
	m.ps = &parser{labels: getStrs()}
	nv := getU()
	m.vocab = make(map[uint64]bool, nv)
	for range nv {
		if err != nil {
			break
		}
		m.vocab[getU64()] = true
	}
	if err != nil {
		return nil, err
	}
	if m.ps.w, err = readWeights(br); err != nil {
		return nil, err
	}
	m.ps.root = slices.Index(m.ps.labels, "root")
	if m.ps.root < 0 || len(m.fl.byTag) != len(m.tags) || m.tg.w.nclass != len(m.tags) || m.ps.w.nclass != m.ps.nclass() {
		return nil, errors.New("inconsistent model")
	}
	m.setup()
	return m, nil
}

// Stats describes the model's size: features and weights of the tagger
// and the parser.
func (m *Model) Stats() string {
	second := ""
	if m.tg.w2 != nil {
		second = fmt.Sprintf(" + %d features, %d weights (second pass)", m.tg.w2.numFeatures(), len(m.tg.w2.ent))
	}
	return fmt.Sprintf("tagger: %d tags, %d features, %d weights%s, %d dictionary words; parser: %d labels, %d features, %d weights; lemma lexicon %d, parser vocabulary %d",
		len(m.tags), m.tg.w.numFeatures(), len(m.tg.w.ent), second, len(m.tg.dict), len(m.ps.labels), m.ps.w.numFeatures(), len(m.ps.w.ent), len(m.lem.lex), len(m.vocab))
}
