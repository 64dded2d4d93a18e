package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/examples"
	"github.com/sitrep/sitrep/internal/actor"
	"github.com/sitrep/sitrep/internal/article"
	"github.com/sitrep/sitrep/internal/conllu"
	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/nlp"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/read"
	"github.com/sitrep/sitrep/internal/segment"
)

func init() {
	registerEval("events", "event coding against PETRARCH suites or sitrep event gold (JSONL)", runEvalEvents)
	registerEval("plover", "PLOVER type and dyad accuracy on PLOVER_GSR_CAMEO.json", runEvalPlover)
	registerEval("seeds", "event coding against the hand-made gold of the seed and held-out articles", runEvalSeeds)
}

// evFiles is a repeatable file flag.
type evFiles []string

func (f *evFiles) String() string     { return strings.Join(*f, " ") }
func (f *evFiles) Set(v string) error { *f = append(*f, v); return nil }

// evSetup holds what every event evaluation needs: the gazetteer, the
// coder and (unless gold parses are used) the parser.
type evSetup struct {
	cache   *parseCache
	hits    int // sentences parsed from the cache
	misses  int // sentences the cache did not have
	g       *actor.Gazetteer
	coder   *event.Coder
	model   *nlp.Model
	verbose bool
}

type evFlags struct {
	errata   string
	parses   string
	verbs    string
	actors   evFiles
	patterns evFiles
	verbose  bool
	goldPar  bool
}

func (f *evFlags) add(fs *flag.FlagSet, gold bool) {
	fs.Var(&f.actors, "actors", "PETRARCH actor dictionary to add to the gazetteer (repeatable; the udpetr suite's PETR_Validate_actors_2_02.txt)")
	fs.Var(&f.patterns, "patterns", "extra event pattern file (format of internal/event/data/patterns.tsv; repeatable)")
	fs.StringVar(&f.parses, "parses", "", "take parses from this CoNLL-U file (as 'sitrep analyze --format conllu' writes it), matched by document and token offsets, instead of parsing: scores the coder on a fixed parse")
	fs.StringVar(&f.verbs, "verbs", "", "PETRARCH verb dictionary (CAMEO.2.0.txt) to add as a supplement to sitrep's patterns")
	fs.BoolVar(&f.verbose, "v", false, "list missed and extra events, and wrong dates")
	if gold {
		fs.BoolVar(&f.goldPar, "gold-parse", false, "use each record's own CoNLL-U parse instead of sitrep's parser")
		fs.StringVar(&f.errata, "errata", filepath.Join("testdata", "gold", "petrarch", "errata.tsv"), "suite records judged plainly wrong (suite, id, reason): also print the score without them; \"\" for none")
	}
}

func (f *evFlags) setup(needParser bool) (*evSetup, error) {
	var g *actor.Gazetteer
	var err error
	if len(f.actors) > 0 {
		// LoadPetrarch changes a gazetteer: never the shared default.
		if g, err = actor.Load(); err != nil {
			return nil, err
		}
		for _, a := range f.actors {
			if err := g.LoadPetrarch(a); err != nil {
				return nil, err
			}
		}
	} else if g, err = actor.Default(); err != nil {
		return nil, err
	}
	p, err := event.LoadPatterns(f.patterns...)
	if err != nil {
		return nil, err
	}
	if f.verbs != "" {
		if err := p.AddPetrarchVerbs(f.verbs); err != nil {
			return nil, err
		}
	}
	c, err := event.New(g, p)
	if err != nil {
		return nil, err
	}
	s := &evSetup{g: g, coder: c, verbose: f.verbose}
	if f.parses != "" {
		pc, err := loadParses(f.parses)
		if err != nil {
			return nil, err
		}
		s.cache = pc
	}
	if needParser {
		m, err := nlp.Default()
		if err != nil && s.cache == nil {
			return nil, fmt.Errorf("the parser model is not available (%v); with a PETRARCH suite, --gold-parse uses the suite's own parses", err)
		}
		s.model = m
	}
	return s, nil
}

// annotate parses one sentence of document doc (an article ID): from the
// parse cache when it has the sentence, else with the parser.
func (s *evSetup) annotate(doc string, toks []article.Token) {
	if s.cache != nil {
		if s.cache.fill(doc, toks) {
			s.hits++
			return
		}
		s.misses++
	}
	if s.model != nil {
		s.model.Annotate(toks)
	}
}

// parseCache holds parses read from CoNLL-U: per document, per sentence,
// the words with their byte ranges (the TokenRange of the MISC column).
type parseCache struct {
	docs map[string]map[int][]cachedWord // doc → first token start → sentence
}

type cachedWord struct {
	start, end int
	w          conllu.Token
}

func loadParses(path string) (*parseCache, error) {
	ss, err := conllu.ReadFile(path)
	if err != nil {
		return nil, err
	}
	pc := &parseCache{docs: map[string]map[int][]cachedWord{}}
	doc := ""
	for i := range ss {
		for _, c := range ss[i].Comments {
			if v, ok := strings.CutPrefix(c, "# newdoc id = "); ok {
				doc = strings.TrimSpace(v)
			}
		}
		var sent []cachedWord
		for _, w := range ss[i].Words() {
			st, en := -1, -1
			for _, m := range strings.Split(w.Misc, "|") {
				if v, ok := strings.CutPrefix(m, "TokenRange="); ok {
					a, b, _ := strings.Cut(v, ":")
					st, _ = strconv.Atoi(a)
					en, _ = strconv.Atoi(b)
				}
			}
			sent = append(sent, cachedWord{st, en, w})
		}
		if len(sent) == 0 || sent[0].start < 0 {
			continue
		}
		if pc.docs[doc] == nil {
			pc.docs[doc] = map[int][]cachedWord{}
		}
		pc.docs[doc][sent[0].start] = sent
	}
	return pc, nil
}

// fill copies the cached parse of a sentence whose tokens have exactly
// the cached ranges; it reports whether it could.
func (pc *parseCache) fill(doc string, toks []article.Token) bool {
	if len(toks) == 0 {
		return true
	}
	sent := pc.docs[doc][toks[0].Start]
	if len(sent) != len(toks) {
		return false
	}
	for i := range toks {
		if sent[i].start != toks[i].Start || sent[i].end != toks[i].End {
			return false
		}
	}
	for i := range toks {
		w := sent[i].w
		toks[i].Lemma, toks[i].UPOS, toks[i].XPOS, toks[i].Head, toks[i].Rel = w.Lemma, w.UPOS, w.XPOS, w.HeadIndex(), w.Deprel
		if w.Feats != "_" {
			toks[i].Feats = w.Feats
		}
	}
	return true
}

// ---------------------------------------------------------------- PETRARCH suites

type petrRecord struct {
	ID       string `json:"id"`
	Date     string `json:"date"`
	Text     string `json:"text"`
	NoEvents bool   `json:"noevents"`
	Expected []struct {
		Source string `json:"source"`
		Target string `json:"target"`
		Code   string `json:"code"`
	} `json:"expected"`
	Parse string `json:"parse"`
}

func runEvalEvents(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval events", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f evFlags
	f.add(fs, true)
	docs := fs.String("docs", "", "directory of the articles a sitrep gold file names (default: beside the gold file)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: sitrep eval events [--gold-parse] [--actors DICT] [--patterns FILE] [-v] SUITE.jsonl...")
		fmt.Fprintln(stderr, "  SUITE is a PETRARCH validation suite ({id, date, text, expected, parse} records)")
		fmt.Fprintln(stderr, "  or sitrep event gold ({doc, snippet, source, target, code, …} lines; see testdata/gold/events/README.md)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	status := exitOK
	var setup, setupGold *evSetup
	for _, path := range fs.Args() {
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(stderr, "sitrep eval events:", err)
			return exitFailure
		}
		if isSitrepGold(data) {
			if setup == nil {
				if setup, err = f.setup(true); err != nil {
					fmt.Fprintln(stderr, "sitrep eval events:", err)
					return exitFailure
				}
			}
			dir := *docs
			if dir == "" {
				dir = filepath.Dir(path)
			}
			gold, err := readGold(path, data)
			if err != nil {
				fmt.Fprintln(stderr, "sitrep eval events:", err)
				return exitFailure
			}
			sc := scoreGold(setup, gold, func(name string) ([]byte, error) { return os.ReadFile(filepath.Join(dir, name)) }, stdout)
			sc.print(stdout, path)
			continue
		}
		s := setup
		if f.goldPar {
			s = setupGold
		}
		if s == nil {
			if s, err = f.setup(!f.goldPar); err != nil {
				fmt.Fprintln(stderr, "sitrep eval events:", err)
				return exitFailure
			}
			if f.goldPar {
				setupGold = s
			} else {
				setup = s
			}
		}
		errata, err := readErrata(f.errata, filepath.Base(path))
		if err != nil {
			fmt.Fprintln(stderr, "sitrep eval events:", err)
			return exitFailure
		}
		if err := evalSuite(s, path, data, f.goldPar, errata, stdout); err != nil {
			fmt.Fprintln(stderr, "sitrep eval events:", err)
			status = exitFailure
		}
	}
	return status
}

func isSitrepGold(data []byte) bool {
	line, _, _ := bytes.Cut(bytes.TrimSpace(data), []byte("\n"))
	var m map[string]json.RawMessage
	if json.Unmarshal(line, &m) != nil {
		return false
	}
	_, a := m["snippet"]
	_, b := m["doc"]
	return a && b
}

// prf holds counts for precision, recall and F1.
type prf struct{ tp, found, expected int }

func (c prf) scores() (p, r, f float64) {
	if c.found > 0 {
		p = float64(c.tp) / float64(c.found)
	}
	if c.expected > 0 {
		r = float64(c.tp) / float64(c.expected)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func (c prf) String() string {
	p, r, f := c.scores()
	return fmt.Sprintf("P %.3f  R %.3f  F1 %.3f  (tp %d, found %d, expected %d)", p, r, f, c.tp, c.found, c.expected)
}

func suiteCode(a *event.Actor) string { return event.SuiteCode(a) }

func rootKey(src, tgt, code string) string {
	return first3(src) + " " + first3(tgt) + " " + firstN(code, 2)
}

func first3(s string) string { return firstN(s, 3) }

func firstN(s string, n int) string {
	if len(s) < n {
		return s
	}
	return s[:n]
}

// multisetMatch counts the common items of two lists.
func multisetMatch(a, b []string) (int, []string, []string) {
	left := map[string]int{}
	for _, x := range b {
		left[x]++
	}
	n := 0
	var missed, extra []string
	used := map[string]int{}
	for _, x := range a {
		if left[x] > 0 {
			left[x]--
			used[x]++
			n++
		} else {
			missed = append(missed, x)
		}
	}
	for _, x := range b {
		if used[x] > 0 {
			used[x]--
			continue
		}
		extra = append(extra, x)
	}
	return n, missed, extra
}

// readErrata reads the records of suite that an errata file sets aside,
// with their reasons. A missing default file is no error: the scores are
// then printed without it.
func readErrata(path, suite string) (map[string]string, error) {
	if path == "" {
		return nil, nil
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for n, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, "\t", 3)
		if len(f) != 3 || f[1] == "" || strings.TrimSpace(f[2]) == "" {
			return nil, fmt.Errorf("%s:%d: want suite, record id and reason, TAB-separated", path, n+1)
		}
		if f[0] == suite {
			out[f[1]] = f[2]
		}
	}
	return out, nil
}

func evalSuite(s *evSetup, path string, data []byte, goldParse bool, errata map[string]string, w io.Writer) error {
	var recs []petrRecord
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var r petrRecord
		if err := json.Unmarshal(line, &r); err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		recs = append(recs, r)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	var exact, root, rootKept prf
	var noEv, noEvClean, setAside int
	var coded time.Duration
	for _, r := range recs {
		date := suiteDate(r.Date)
		var sents [][]article.Token
		if goldParse {
			toks, err := conlluTokens(r.Text, r.Parse)
			if err != nil {
				return fmt.Errorf("%s: record %s: %v", path, r.ID, err)
			}
			sents = [][]article.Token{toks}
		} else {
			for _, st := range segment.Sentences(r.Text, 0, len(r.Text)) {
				toks := st.Tokens
				s.annotate(pipeline.ID(r.Text), toks)
				sents = append(sents, toks)
			}
		}
		var found, foundRoot []string
		t0 := time.Now()
		var evs []event.Event
		for _, toks := range sents {
			evs = append(evs, s.coder.Sentence(toks, date)...)
		}
		coded += time.Since(t0)
		for _, e := range evs {
			src, tgt := suiteCode(e.Source), suiteCode(e.Target)
			found = append(found, src+" "+tgt+" "+e.CAMEO)
			foundRoot = append(foundRoot, rootKey(src, tgt, e.CAMEO))
		}
		var exp, expRoot []string
		for _, x := range r.Expected {
			exp = append(exp, x.Source+" "+x.Target+" "+x.Code)
			expRoot = append(expRoot, rootKey(x.Source, x.Target, x.Code))
		}
		n, missed, extra := multisetMatch(exp, found)
		exact.tp += n
		exact.found += len(found)
		exact.expected += len(exp)
		nr, missedR, extraR := multisetMatch(expRoot, foundRoot)
		root.tp += nr
		root.found += len(foundRoot)
		root.expected += len(expRoot)
		if _, bad := errata[r.ID]; bad {
			setAside++
		} else {
			rootKept.tp += nr
			rootKept.found += len(foundRoot)
			rootKept.expected += len(expRoot)
		}
		if len(r.Expected) == 0 {
			noEv++
			if len(found) == 0 {
				noEvClean++
			}
		}
		if s.verbose && (len(missed) > 0 || len(extra) > 0) {
			fmt.Fprintf(w, "%s: %s\n", r.ID, r.Text)
			if why, bad := errata[r.ID]; bad {
				fmt.Fprintf(w, "    (errata: %s)\n", why)
			}
			for _, m := range missed {
				fmt.Fprintf(w, "    missed %s\n", m)
			}
			for _, x := range extra {
				fmt.Fprintf(w, "    extra  %s\n", x)
			}
			if len(missedR) == 0 && len(extraR) == 0 {
				fmt.Fprintf(w, "    (right at root level)\n")
			}
			for _, e := range evs {
				fmt.Fprintf(w, "    coded  %s %s %s %s [%s] %s\n", suiteCode(e.Source), suiteCode(e.Target), e.CAMEO, e.Modality, e.Trigger, e.Rule)
			}
		}
	}
	parse := "sitrep's parser"
	if goldParse {
		parse = "the suite's gold parses"
	}
	if s.cache != nil && !goldParse {
		parse = fmt.Sprintf("parses from the cache (%d sentences; %d not in it, parsed)", s.hits, s.misses)
	}
	fmt.Fprintf(w, "%s: %d records (%d expect no event; %d of those get none), %s, sitrep's dictionaries\n", filepath.Base(path), len(recs), noEv, noEvClean, parse)
	fmt.Fprintf(w, "  exact (source, target, code):       %s\n", exact)
	fmt.Fprintf(w, "  root  (country, country, CAMEO root): %s\n", root)
	if setAside > 0 {
		fmt.Fprintf(w, "  root, without the %d records the errata judge wrong: %s\n", setAside, rootKept)
	}
	if len(recs) > 0 {
		fmt.Fprintf(w, "  coding time: %v per record (parse excluded)\n", (coded / time.Duration(len(recs))).Round(time.Microsecond))
	}
	return nil
}

// suiteDate turns the suites' YYYYMMDD (or YYMMDD) into YYYY-MM-DD.
func suiteDate(d string) string {
	switch len(d) {
	case 8:
		return d[:4] + "-" + d[4:6] + "-" + d[6:]
	case 6:
		y := "20" + d[:2]
		if d[:2] > "50" {
			y = "19" + d[:2]
		}
		return y + "-" + d[2:4] + "-" + d[4:]
	}
	return ""
}

// conlluTokens builds tokens from a record's CoNLL-U parse, placing each
// word in the text (best effort: the parse's words may be normalised).
func conlluTokens(text, parse string) ([]article.Token, error) {
	ss, err := conllu.Read(strings.NewReader(parse + "\n"))
	if err != nil {
		return nil, err
	}
	var toks []article.Token
	pos := 0
	for si := range ss {
		base := len(toks)
		for _, wd := range ss[si].Words() {
			h := wd.HeadIndex()
			if h > 0 {
				h += base
			}
			start := strings.Index(text[pos:], wd.Form)
			var st, en int
			if start >= 0 && start < 40 {
				st, en = pos+start, pos+start+len(wd.Form)
				pos = en
			} else {
				st, en = pos, pos
			}
			toks = append(toks, article.Token{Form: wd.Form, Start: st, End: en, Lemma: wd.Lemma, UPOS: wd.UPOS,
				XPOS: wd.XPOS, Feats: wd.Feats, Head: h, Rel: wd.Deprel})
		}
	}
	return toks, nil
}

// ---------------------------------------------------------------- PLOVER

type ploverRecord struct {
	ID     string          `json:"id"`
	Event  string          `json:"event"`
	Text   string          `json:"text"`
	Date   string          `json:"date"`
	Source json.RawMessage `json:"source"`
	Target json.RawMessage `json:"target"`
}

// ploverActors reads the codes of a PLOVER actor list (objects with a
// "code", or plain strings).
func ploverActors(raw json.RawMessage) []string {
	var objs []struct {
		Code string `json:"code"`
	}
	var out []string
	if json.Unmarshal(raw, &objs) == nil {
		for _, o := range objs {
			if o.Code != "" {
				out = append(out, strings.ToUpper(o.Code))
			}
		}
		return out
	}
	var strs []string
	if json.Unmarshal(raw, &strs) == nil {
		for _, s := range strs {
			if s != "" {
				out = append(out, strings.ToUpper(s))
			}
		}
		return out
	}
	var one string
	if json.Unmarshal(raw, &one) == nil && one != "" {
		out = append(out, strings.ToUpper(one))
	}
	return out
}

// ploverOld maps the GSR file's older category names to PLOVER 2021.
var ploverOld = map[string]string{"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

// ploverCountry is how an actor is compared with the file's codes: its
// country, or IGO/NGO for organisations (the file codes those generically).
func ploverCountry(a *event.Actor) string {
	if a == nil {
		return ""
	}
	c := first3(a.Code)
	if a.Country != "" {
		c = a.Country
	}
	return c
}

// ploverLegacy maps the country codes of the GSR file that are not
// ISO-3166 (older CAMEO codes and slips) to ISO.
var ploverLegacy = map[string]string{"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}

func actorIn(a *event.Actor, codes []string) bool {
	c := ploverCountry(a)
	for _, x := range codes {
		x3 := first3(x)
		if iso, ok := ploverLegacy[x3]; ok {
			x3 = iso
		}
		if x3 == c || (x3 == "IGO" || x3 == "NGO") && a != nil && (strings.HasPrefix(a.Code, "IGO") || strings.HasPrefix(a.Code, "NGO")) {
			return true
		}
	}
	return false
}

func runEvalPlover(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval plover", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f evFlags
	f.add(fs, false)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: sitrep eval plover [--actors DICT] [--patterns FILE] [-v] [PLOVER_GSR_CAMEO.json]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	path := filepath.Join("..", "shared", "anchors", "plover", "PLOVER_GSR_CAMEO.json")
	if fs.NArg() > 0 {
		path = fs.Arg(0)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(stderr, "sitrep eval plover:", err)
		return exitFailure
	}
	var recs []ploverRecord
	if err := json.Unmarshal(data, &recs); err != nil {
		fmt.Fprintln(stderr, "sitrep eval plover:", err)
		return exitFailure
	}
	s, err := f.setup(true)
	if err != nil {
		fmt.Fprintln(stderr, "sitrep eval plover:", err)
		return exitFailure
	}
	var n, typeOK, dyadOK, anyEvent int
	perType := map[string][2]int{}
	for _, r := range recs {
		if r.Event == "DOCUMENT" || r.Text == "" {
			continue
		}
		n++
		want := r.Event
		if m, ok := ploverOld[want]; ok {
			want = m
		}
		srcs, tgts := ploverActors(r.Source), ploverActors(r.Target)
		text := strings.Trim(r.Text, "{} ")
		var evs []event.Event
		for _, st := range segment.Sentences(text, 0, len(text)) {
			toks := st.Tokens
			s.annotate(pipeline.ID(text), toks)
			evs = append(evs, s.coder.Sentence(toks, r.Date)...)
		}
		if len(evs) > 0 {
			anyEvent++
		}
		ty, dy := false, false
		for _, e := range evs {
			if e.Info.PLOVER != want {
				continue
			}
			ty = true
			if (len(srcs) == 0 || actorIn(e.Source, srcs)) && (len(tgts) == 0 || actorIn(e.Target, tgts)) {
				dy = true
			}
		}
		c := perType[want]
		c[1]++
		if ty {
			typeOK++
		}
		if dy {
			dyadOK++
			c[0]++
		}
		perType[want] = c
		if s.verbose && !dy {
			fmt.Fprintf(stdout, "%s %s %v→%v: %s\n", r.ID, want, srcs, tgts, text)
			for _, e := range evs {
				fmt.Fprintf(stdout, "    coded %s %s→%s %s [%s] %s\n", e.Info.PLOVER, suiteCode(e.Source), suiteCode(e.Target), e.CAMEO, e.Trigger, e.Rule)
			}
		}
	}
	pct := func(a int) float64 {
		if n == 0 {
			return 0
		}
		return float64(a) / float64(n)
	}
	how := "sitrep's parser"
	if s.cache != nil {
		how = fmt.Sprintf("parses from the cache (%d sentences; %d not in it, parsed)", s.hits, s.misses)
	}
	fmt.Fprintf(stdout, "%s: %d records, %s and sitrep's dictionaries\n", filepath.Base(path), n, how)
	fmt.Fprintf(stdout, "  type+dyad accuracy: %.3f (%d)\n", pct(dyadOK), dyadOK)
	fmt.Fprintf(stdout, "  type accuracy:      %.3f (%d)\n", pct(typeOK), typeOK)
	fmt.Fprintf(stdout, "  records with any event: %d\n", anyEvent)
	var types []string
	for t := range perType {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		c := perType[t]
		fmt.Fprintf(stdout, "    %-10s %3d/%-3d\n", t, c[0], c[1])
	}
	return exitOK
}

// ---------------------------------------------------------------- sitrep gold

func readGold(path string, data []byte) ([]event.GoldEvent, error) {
	return event.ReadGold(path, data)
}

// goldScore is the result of scoring events against sitrep gold.
type goldScore struct {
	root, strict  prf
	modOK, modN   int
	dateOK, dateN int
	byDoc         map[string]prf
	lines         []string
}

func (g *goldScore) print(w io.Writer, name string) {
	fmt.Fprintf(w, "%s:\n", name)
	fmt.Fprintf(w, "  root   (country, country, CAMEO root): %s\n", g.root)
	fmt.Fprintf(w, "  strict (country, country, code or listed alternative): %s\n", g.strict)
	if g.modN > 0 {
		fmt.Fprintf(w, "  modality agreement on matched events: %d/%d\n", g.modOK, g.modN)
	}
	if g.dateN > 0 {
		fmt.Fprintf(w, "  date (as the pipeline dates events) on matched events with a gold date: %d/%d\n", g.dateOK, g.dateN)
	}
	var docs []string
	for d := range g.byDoc {
		docs = append(docs, d)
	}
	sort.Strings(docs)
	for _, d := range docs {
		fmt.Fprintf(w, "    %-32s %s\n", d, g.byDoc[d])
	}
	for _, l := range g.lines {
		fmt.Fprintln(w, l)
	}
}

// scoreGold codes each article the gold names and matches its events
// (event.Score).
func scoreGold(s *evSetup, gold []event.GoldEvent, load func(string) ([]byte, error), w io.Writer) *goldScore {
	byDoc := map[string][]event.GoldEvent{}
	var docs []string
	for _, g := range gold {
		if _, ok := byDoc[g.Doc]; !ok {
			docs = append(docs, g.Doc)
		}
		byDoc[g.Doc] = append(byDoc[g.Doc], g)
	}
	sc := &goldScore{byDoc: map[string]prf{}}
	for _, doc := range docs {
		gs := byDoc[doc]
		data, err := load(doc)
		if err != nil {
			sc.lines = append(sc.lines, fmt.Sprintf("  %s: cannot read: %v", doc, err))
			continue
		}
		arts, err := read.Bytes(doc, data, read.Text)
		if err != nil || len(arts) == 0 {
			sc.lines = append(sc.lines, fmt.Sprintf("  %s: cannot read: %v", doc, err))
			continue
		}
		a := arts[0]
		pipeline.Prepare(a, pipeline.Options{Annotate: func(a *article.Article) {
			for i := range a.Sentences {
				s.annotate(a.ID, a.Sentences[i].Tokens)
			}
		}})
		pub := a.Published
		if pub == "" {
			pub = gs[0].Published
		}
		sentText := map[int]string{}
		for i := range a.Sentences {
			sentText[a.Sentences[i].Index] = event.NormText(a.SentenceText(&a.Sentences[i]))
		}
		evs := s.coder.Code(a, pub)
		coded := make([]event.Coded, len(evs))
		for i, e := range evs {
			coded[i] = event.Coded{Event: e, Sentence: sentText[e.Sentence]}
		}
		dates := pipeline.EventDates(a, pub, evs)
		m := event.Score(gs, coded, true)
		sc.root.tp += m.TP
		sc.root.found += m.Found
		sc.root.expected += m.Expected
		sc.byDoc[doc] = prf{m.TP, m.Found, m.Expected}
		for _, p := range m.Pairs {
			g, e := gs[p[0]], coded[p[1]].Event
			sc.modN++
			if e.Modality == g.Modality {
				sc.modOK++
			}
			if g.Date != "" {
				sc.dateN++
				if got := dates[p[1]]; got == g.Date {
					sc.dateOK++
				} else if s.verbose {
					if got == "" {
						got = "none"
					}
					sc.lines = append(sc.lines, fmt.Sprintf("  date   %s %s→%s %s: %s, gold %s in %q", doc, g.Source, g.Target, g.Code, got, g.Date, g.Snippet))
				}
			}
		}
		if s.verbose {
			for _, gi := range m.Missed {
				g := gs[gi]
				sc.lines = append(sc.lines, fmt.Sprintf("  missed %s %s→%s %s (%s) in %q", doc, g.Source, g.Target, g.Code, g.Modality, g.Snippet))
			}
			for _, ci := range m.Extra {
				c := coded[ci]
				sc.lines = append(sc.lines, fmt.Sprintf("  extra  %s %s→%s %s %s [%s] %s in %q", doc, suiteCode(c.Event.Source), suiteCode(c.Event.Target), c.Event.CAMEO, c.Event.Modality, c.Event.Trigger, c.Event.Rule, clip(c.Sentence, 140)))
			}
		}
		st := event.Score(gs, coded, false)
		sc.strict.tp += st.TP
		sc.strict.found += st.Found
		sc.strict.expected += st.Expected
	}
	return sc
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

func runEvalSeeds(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval seeds", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f evFlags
	f.add(fs, false)
	goldDir := fs.String("gold", filepath.Join("testdata", "gold", "events"), "directory of the event gold (seeds.jsonl, heldout/gold.jsonl)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: sitrep eval seeds [--gold DIR] [-v]")
		fmt.Fprintln(stderr, "  scores the seed articles (examples/) against DIR/seeds.jsonl and the held-out")
		fmt.Fprintln(stderr, "  articles of DIR/heldout against DIR/heldout/gold.jsonl, separately")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	s, err := f.setup(true)
	if err != nil {
		fmt.Fprintln(stderr, "sitrep eval seeds:", err)
		return exitFailure
	}
	seedPath := filepath.Join(*goldDir, "seeds.jsonl")
	data, err := os.ReadFile(seedPath)
	if err != nil {
		fmt.Fprintln(stderr, "sitrep eval seeds:", err, "(run from the repository root, or give --gold)")
		return exitFailure
	}
	gold, err := readGold(seedPath, data)
	if err != nil {
		fmt.Fprintln(stderr, "sitrep eval seeds:", err)
		return exitFailure
	}
	bundled := map[string][]byte{}
	for _, ex := range examples.All() {
		bundled[filepath.Base(ex.Name)] = ex.Data
	}
	sc := scoreGold(s, gold, func(name string) ([]byte, error) {
		if b, ok := bundled[name]; ok {
			return b, nil
		}
		return nil, fmt.Errorf("no bundled example %s", name)
	}, stdout)
	sc.print(stdout, "seed articles ("+seedPath+")")

	hoPath := filepath.Join(*goldDir, "heldout", "gold.jsonl")
	if data, err := os.ReadFile(hoPath); err == nil {
		gold, err := readGold(hoPath, data)
		if err != nil {
			fmt.Fprintln(stderr, "sitrep eval seeds:", err)
			return exitFailure
		}
		dir := filepath.Dir(hoPath)
		// The held-out articles are for measuring, not for tuning: only
		// their scores are shown, never the events missed or found.
		verbose := s.verbose
		s.verbose = false
		sc := scoreGold(s, gold, func(name string) ([]byte, error) { return os.ReadFile(filepath.Join(dir, name)) }, stdout)
		s.verbose = verbose
		sc.print(stdout, "held-out articles, other conflicts ("+hoPath+")")
	}
	return exitOK
}
