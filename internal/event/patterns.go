package event

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/cameo"
)

//go:embed data/patterns.tsv
var embedded embed.FS

// cond is one frame condition of a pattern row.
type cond struct {
	kind  string          // obj, prt, prep, x, mod, has, !has, passive, active
	words map[string]bool // nil for "*" (anything) and for voice conditions
}

// targetSpec is one place to look for the target: a relation of the
// trigger, optionally followed by a relation of what was found there
// ("obj>poss": the possessor of the object).
type targetSpec struct {
	rel   string // obj, iobj, prep, loc, xsubj, comp
	preps map[string]bool
	sub   string // "", poss, amod, of, by, to, in, with, from
}

// row is one pattern.
type row struct {
	lemma                                                                                                   string
	pos                                                                                                     byte // 'V', 'N' or '*'
	conds                                                                                                   []cond
	code                                                                                                    string // "" for a row that cancels the word
	targets                                                                                                 []targetSpec
	sym, mutual, notarget, consume, claim, deny, threat, swap, embeddedOnly, result, other, intent, refusal bool
	rev                                                                                                     string // code of the reverse event ("receive" 043 → 042 back)
	where                                                                                                   string // "patterns.tsv:123"
	order                                                                                                   int
}

// Patterns is a loaded pattern set: the embedded rows plus any user files.
// It is read-only once built and safe for concurrent use.
type Patterns struct {
	rows     map[string][]*row // lemma → rows, most conditions first
	light    map[string]bool
	partake  map[string]bool // "took part in", "was involved in": the subject did the in-phrase's event
	say      map[string]bool
	allege   map[string]bool // reporting verbs whose report of another's violence accuses
	deny     map[string]bool
	future   map[string]bool
	hypo     map[string]bool
	neg      map[string]bool
	generic  map[string]bool
	threat   map[string]string // code prefix → threat code
	intent   map[string]bool   // verbs of intention: "wants to attack" is a threat
	intentTo map[string]string // code prefix → code of the intention (03x, 13x)
	refuse   map[string]string // code prefix → code of the refusal (12x)
	nrows    int
	triggers map[string]bool
}

// DefaultPatterns returns the embedded pattern set.
func DefaultPatterns() (*Patterns, error) { return LoadPatterns() }

// LoadPatterns reads the embedded patterns and then each user file (or
// every *.tsv of a directory) in extra. User rows take precedence over
// embedded rows with as many conditions.
func LoadPatterns(extra ...string) (*Patterns, error) {
	p := &Patterns{
		rows: map[string][]*row{}, light: map[string]bool{}, partake: map[string]bool{}, say: map[string]bool{}, allege: map[string]bool{},
		deny: map[string]bool{}, future: map[string]bool{}, hypo: map[string]bool{},
		neg: map[string]bool{}, generic: map[string]bool{}, threat: map[string]string{},
		intent: map[string]bool{}, intentTo: map[string]string{}, refuse: map[string]string{},
		triggers: map[string]bool{},
	}
	type src struct {
		name string
		data []byte
		user bool
	}
	var srcs []src
	for _, e := range extra {
		paths := []string{e}
		if st, err := os.Stat(e); err != nil {
			return nil, err
		} else if st.IsDir() {
			paths, _ = filepath.Glob(filepath.Join(e, "*.tsv"))
			sort.Strings(paths)
		}
		for _, path := range paths {
			b, err := os.ReadFile(path)
			if err != nil {
				return nil, err
			}
			srcs = append(srcs, src{path, b, true})
		}
	}
	b, err := embedded.ReadFile("data/patterns.tsv")
	if err != nil {
		return nil, err
	}
	// User files first: among rows with as many conditions the first read
	// wins, which is how a user row overrides an embedded one.
	srcs = append(srcs, src{"patterns.tsv", b, false})
	for _, s := range srcs {
		if err := p.parse(s.name, s.data); err != nil {
			return nil, err
		}
	}
	for _, rs := range p.rows {
		sort.SliceStable(rs, func(i, j int) bool {
			if len(rs[i].conds) != len(rs[j].conds) {
				return len(rs[i].conds) > len(rs[j].conds)
			}
			return rs[i].order < rs[j].order
		})
	}
	return p, nil
}

// Len is the number of pattern rows.
func (p *Patterns) Len() int { return p.nrows }

func (p *Patterns) parse(name string, data []byte) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	base := filepath.Base(name)
	n := 0
	// a row with the trigger, part of speech and frame of an earlier row
	// of the same file is never used: the earlier one wins
	frames := map[string]int{}
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if strings.HasPrefix(f[0], "@") {
			if err := p.directive(f); err != nil {
				return fmt.Errorf("%s:%d: %v", name, n, err)
			}
			continue
		}
		if len(f) < 4 {
			return fmt.Errorf("%s:%d: want at least 4 TAB-separated columns (trigger, pos, frame, code), have %d", name, n, len(f))
		}
		for len(f) < 6 {
			f = append(f, "-")
		}
		key := strings.ToLower(strings.TrimSpace(f[0])) + "\t" + strings.ToUpper(strings.TrimSpace(f[1])) + "\t" + strings.Join(strings.Fields(f[2]), " ")
		if first, ok := frames[key]; ok {
			return fmt.Errorf("%s:%d: the same trigger, part of speech and frame as line %d, which wins: this row is never used", name, n, first)
		}
		frames[key] = n
		r := &row{lemma: strings.ToLower(strings.TrimSpace(f[0])), where: fmt.Sprintf("%s:%d", base, n), order: p.nrows}
		switch strings.TrimSpace(f[1]) {
		case "V", "v":
			r.pos = 'V'
		case "N", "n":
			r.pos = 'N'
		case "*":
			r.pos = '*'
		default:
			return fmt.Errorf("%s:%d: pos %q is not V, N or *", name, n, f[1])
		}
		if fr := strings.TrimSpace(f[2]); fr != "-" && fr != "" {
			for _, c := range strings.Fields(fr) {
				cd, err := parseCond(c)
				if err != nil {
					return fmt.Errorf("%s:%d: %v", name, n, err)
				}
				r.conds = append(r.conds, cd)
			}
		}
		if code := strings.TrimSpace(f[3]); code != "-" {
			if !cameo.Valid(code) {
				return fmt.Errorf("%s:%d: %q is not a CAMEO code", name, n, code)
			}
			r.code = code
		}
		if t := strings.TrimSpace(f[4]); t != "-" && t != "" {
			for _, s := range strings.Split(t, ",") {
				ts, err := parseTarget(strings.TrimSpace(s))
				if err != nil {
					return fmt.Errorf("%s:%d: %v", name, n, err)
				}
				r.targets = append(r.targets, ts)
			}
		}
		if fl := strings.TrimSpace(f[5]); fl != "-" && fl != "" {
			for _, x := range strings.Split(fl, ",") {
				switch strings.TrimSpace(x) {
				case "sym":
					r.sym = true
				case "notarget":
					r.notarget = true
				case "consume":
					r.consume = true
				case "claim":
					r.claim = true
				case "deny":
					r.deny = true
				case "threat":
					r.threat = true
				case "mutual":
					r.mutual = true
				case "swap":
					r.swap = true
				case "result":
					r.result = true
				case "other":
					r.other = true
				case "intent":
					r.intent = true
				case "refusal":
					r.refusal = true
				case "embedded":
					r.embeddedOnly = true
				default:
					if c, ok := strings.CutPrefix(strings.TrimSpace(x), "rev="); ok && cameo.Valid(c) {
						r.rev = c
						continue
					}
					return fmt.Errorf("%s:%d: unknown flag %q", name, n, x)
				}
			}
		}
		p.rows[r.lemma] = append(p.rows[r.lemma], r)
		p.triggers[r.lemma] = true
		p.nrows++
	}
	return sc.Err()
}

func (p *Patterns) directive(f []string) error {
	var words []string
	for _, x := range f[1:] {
		for _, w := range strings.Fields(x) {
			words = append(words, strings.ToLower(w))
		}
	}
	set := func(m map[string]bool) {
		for _, w := range words {
			m[w] = true
		}
	}
	switch f[0] {
	case "@light":
		set(p.light)
	case "@partake":
		set(p.partake)
	case "@say":
		set(p.say)
	case "@allege":
		set(p.allege)
	case "@deny":
		set(p.deny)
	case "@future":
		set(p.future)
	case "@hypo":
		set(p.hypo)
	case "@neg":
		set(p.neg)
	case "@generic":
		set(p.generic)
	case "@intent":
		set(p.intent)
	case "@threat-map", "@intent-map", "@refuse-map":
		m := map[string]map[string]string{"@threat-map": p.threat, "@intent-map": p.intentTo, "@refuse-map": p.refuse}[f[0]]
		for _, w := range words {
			from, to, ok := strings.Cut(w, "=")
			if !ok || !(cameo.Valid(to) || to == "keep") {
				return fmt.Errorf("bad %s pair %q", f[0], w)
			}
			m[from] = to
		}
	default:
		return fmt.Errorf("unknown directive %s", f[0])
	}
	return nil
}

func wordSet(s string) map[string]bool {
	if s == "*" {
		return nil
	}
	m := map[string]bool{}
	for _, w := range strings.Split(s, "|") {
		if w = strings.ToLower(strings.TrimSpace(w)); w == "*" {
			return nil // "a|*" is as open as "*"
		} else if w != "" {
			m[w] = true
		}
	}
	return m
}

func parseCond(c string) (cond, error) {
	switch c {
	case "passive", "active":
		return cond{kind: c}, nil
	}
	k, v, ok := strings.Cut(c, "=")
	if !ok || v == "" {
		return cond{}, fmt.Errorf("condition %q is not KIND=WORDS", c)
	}
	switch k {
	case "obj", "subj", "prt", "!prt", "prep", "x", "!x", "mod", "has", "!has":
	default:
		return cond{}, fmt.Errorf("unknown condition %q", k)
	}
	return cond{kind: k, words: wordSet(v)}, nil
}

func parseTarget(s string) (targetSpec, error) {
	main, sub, _ := strings.Cut(s, ">")
	var ts targetSpec
	ts.sub = sub
	// a path of sub-relations: "obj>of>from"
	for _, step := range strings.Split(sub, ">") {
		switch step {
		case "", "poss", "amod", "of", "by", "to", "in", "with", "from", "for", "against", "on", "between", "among":
		default:
			return ts, fmt.Errorf("unknown target sub-relation %q in %q", step, s)
		}
	}
	switch {
	case main == "obj", main == "iobj", main == "loc", main == "xsubj", main == "comp":
		ts.rel = main
	case strings.HasPrefix(main, "prep:"):
		ts.rel = "prep"
		ts.preps = wordSet(strings.TrimPrefix(main, "prep:"))
		for _, w := range []string{"obj", "iobj", "loc", "xsubj", "comp"} {
			if ts.preps[w] {
				// "prep:to|iobj" reads iobj as a preposition; the
				// writer meant "prep:to,iobj".
				return ts, fmt.Errorf("%q in %q is a target, not a preposition: separate it with a comma", w, s)
			}
		}
	default:
		return ts, fmt.Errorf("unknown target %q", s)
	}
	return ts, nil
}

// threatCode is the code of a threat against an event of code c.
func (p *Patterns) threatCode(c string) string {
	if strings.HasPrefix(c, "13") {
		return c
	}
	if t := prefixMap(p.threat, c); t != "" {
		return t
	}
	return "130"
}

// prefixMap looks code up by its longest prefix in m; "" if none, and
// code itself for "keep".
func prefixMap(m map[string]string, code string) string {
	for k := len(code); k > 0; k-- {
		if t, ok := m[code[:k]]; ok {
			if t == "keep" {
				return code
			}
			return t
		}
	}
	return ""
}

// threatens reports whether lemma is a verb of threat: a row of it codes
// what it embeds as threatened ("threaten", "warn", "vow").
func (p *Patterns) threatens(lemma string) bool {
	for _, r := range p.rows[lemma] {
		if r.pos != 'N' && r.threat {
			return true
		}
	}
	return false
}

// IsTrigger reports whether lemma names an event in some frame.
func (p *Patterns) IsTrigger(lemma string) bool { return p.triggers[lemma] }

// activeUse reports whether a verb, by its lemma or a lemma guessed from
// its form (for a rare verb the lemmatiser gets wrong), is used actively
// without an object: it has an event row that needs no target
// ("demonstrate", "riot"), or, with a with-phrase, a reciprocal row
// ("clashed with", which has no passive).
func (p *Patterns) activeUse(lemma, form string, with bool) bool {
	lemmas := append([]string{lemma}, lemmaGuesses(strings.ToLower(form))...)
	return p.verbRow(lemmas, func(r *row) bool { return r.notarget || with && r.sym }) != ""
}

// nounTrigger reports whether lemma has a noun row ("offensive").
func (p *Patterns) nounTrigger(lemma string) bool {
	for _, r := range p.rows[lemma] {
		if r.pos == 'N' {
			return true
		}
	}
	return false
}

// verbOf is the lemma of a verb form that has a verb row ("severing" →
// "sever"), or "" when no verb row has it.
func (p *Patterns) verbOf(form string) string {
	return p.verbRow(lemmaGuesses(form)[1:], func(*row) bool { return true })
}

// verbRow is the first of lemmas with a verb row that ok accepts, or "".
func (p *Patterns) verbRow(lemmas []string, ok func(*row) bool) string {
	for _, l := range lemmas {
		for _, r := range p.rows[l] {
			if r.pos != 'N' && ok(r) {
				return l
			}
		}
	}
	return ""
}
