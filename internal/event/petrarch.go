package event

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/cameo"
)

// AddPetrarchVerbs adds the verb patterns of a PETRARCH / TABARI verb
// dictionary (CAMEO.2.0.txt) as a supplement: verbs that sitrep's own and
// the user's patterns do not know get PETRARCH's rows; verbs they know
// keep theirs. Only the patterns that translate to sitrep's frames are
// taken:
//
//	---  ACCUSE   [112]  ---        a verb block and its default code
//	BLAME [112]                     a verb (its own code optional)
//	+BLOW_UP                        a verb with a particle (or object)
//	- * AMBASSADOR      [161]       the verb with this object
//	- * (AGAINST IRAN)  [190]       the verb with this prepositional phrase
//	- * OFF TALK        [164]       particle and object
//	- * {AIR RAID}      [195]       a two-word object: its last word, the
//	                                other anywhere in the phrase
//	- &MILITARY * EXERCISES [062]   patterns with words before the verb
//	                                keep only what follows it
//
// "&NAME" refers to a synonym set of the file; "[042:043]" gives the
// source's code and the target's reverse code. Patterns with "$", "+"
// inside or ":" alone are skipped. Call it before the Patterns are shared.
func (p *Patterns) AddPetrarchVerbs(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	base := filepath.Base(path)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	synsets := map[string][]string{}
	// A verb sitrep's or the user's patterns already know keeps its own
	// rows: the supplement adds verbs, it does not reinterpret them.
	own := map[string]bool{}
	for l := range p.rows {
		own[l] = true
	}
	var cur string // current synset name
	inVerbs := false
	var verbs []pverb
	blockCode := ""
	n := 0
	flush := func() { verbs, blockCode = nil, "" }
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.Contains(line, "VERB PATTERNS") {
			inVerbs = true
			continue
		}
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		switch {
		case strings.HasPrefix(line, "&") && !inVerbs:
			cur = strings.Fields(line)[0]
			continue
		case strings.HasPrefix(line, "+") && !inVerbs && cur != "":
			w := strings.ToLower(strings.Trim(strings.TrimPrefix(line, "+"), "_ "))
			w = strings.ReplaceAll(w, "_", " ")
			synsets[cur] = append(synsets[cur], w)
			continue
		}
		if !inVerbs {
			continue
		}
		if strings.HasPrefix(line, "---") {
			flush()
			if m := codeRe.FindStringSubmatch(line); m != nil && m[1] != "---" {
				blockCode = m[1]
			}
			continue
		}
		if strings.HasPrefix(line, "-") {
			body := strings.TrimSpace(strings.TrimPrefix(line, "-"))
			m := codeRe.FindStringSubmatch(body)
			if m == nil {
				continue
			}
			code, rev := splitCode(m[1])
			body = strings.TrimSpace(body[:strings.Index(body, "[")])
			conds, ok := petrConds(body, synsets)
			if !ok {
				continue
			}
			for _, v := range verbs {
				if !own[v.lemma] {
					p.addPetr(v, conds, code, rev, fmt.Sprintf("%s:%d", base, n))
				}
			}
			continue
		}
		// a verb line
		v, ok := parsePVerb(line)
		if !ok {
			continue
		}
		if v.code == "" {
			v.code = blockCode
		}
		verbs = append(verbs, v)
		if v.code != "" && v.code != "---" && !own[v.lemma] {
			code, rev := splitCode(v.code)
			p.addPetr(v, nil, code, rev, fmt.Sprintf("%s:%d", base, n))
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	for _, rs := range p.rows {
		sort.SliceStable(rs, func(i, j int) bool {
			if len(rs[i].conds) != len(rs[j].conds) {
				return len(rs[i].conds) > len(rs[j].conds)
			}
			return rs[i].order < rs[j].order
		})
	}
	return nil
}

var codeRe = regexp.MustCompile(`\[([0-9:\-]+)\]`)

type pverb struct {
	lemma string
	extra cond // particle or object of a multiword verb
	code  string
}

func splitCode(c string) (string, string) {
	a, b, _ := strings.Cut(c, ":")
	if a == "---" || a == "" {
		a = ""
	}
	if b == "---" {
		b = ""
	}
	return a, b
}

var particles = map[string]bool{"up": true, "down": true, "out": true, "off": true, "back": true, "over": true, "in": true, "on": true, "away": true}

func parsePVerb(line string) (pverb, bool) {
	var v pverb
	if m := codeRe.FindStringSubmatch(line); m != nil {
		v.code = m[1]
		line = line[:strings.Index(line, "[")]
	}
	if i := strings.Index(line, "{"); i >= 0 {
		line = line[:i]
	}
	w := strings.TrimSpace(line)
	if w == "" || strings.ContainsAny(w, " &$") {
		return v, false
	}
	multi := strings.HasPrefix(w, "+")
	w = strings.ToLower(strings.Trim(strings.TrimPrefix(w, "+"), "_"))
	parts := strings.Split(w, "_")
	v.lemma = parts[0]
	if multi && len(parts) == 2 {
		if particles[parts[1]] {
			v.extra = cond{kind: "prt", words: map[string]bool{parts[1]: true}}
		} else {
			v.extra = cond{kind: "obj", words: map[string]bool{parts[1]: true}}
		}
	} else if len(parts) > 1 {
		return v, false
	}
	return v, v.lemma != ""
}

// petrConds translates the words after "*" of a pattern.
func petrConds(body string, syn map[string][]string) ([]cond, bool) {
	i := strings.Index(body, "*")
	if i < 0 || strings.ContainsAny(body, "$+%^") {
		return nil, false
	}
	rest := strings.TrimSpace(body[i+1:])
	if rest == "" {
		return nil, false
	}
	words := func(tok string) map[string]bool {
		tok = strings.Trim(tok, "_")
		if strings.HasPrefix(tok, "&") {
			m := map[string]bool{}
			for _, w := range syn[tok] {
				f := strings.Fields(w)
				m[f[len(f)-1]] = true
			}
			return m
		}
		return map[string]bool{strings.ToLower(tok): true}
	}
	var conds []cond
	// (PREP WORD…)
	if strings.HasPrefix(rest, "(") {
		j := strings.Index(rest, ")")
		if j < 0 {
			return nil, false
		}
		f := strings.Fields(strings.NewReplacer("{", " ", "}", " ").Replace(rest[1:j]))
		if len(f) == 0 {
			return nil, false
		}
		conds = append(conds, cond{kind: "prep", words: map[string]bool{strings.ToLower(f[0]): true}})
		if len(f) > 1 {
			w := words(f[len(f)-1])
			if len(w) == 0 {
				return nil, false
			}
			conds = append(conds, cond{kind: "has", words: w})
		}
		if strings.TrimSpace(rest[j+1:]) != "" {
			return nil, false
		}
		return conds, true
	}
	// {A B} or WORD, optionally after a particle
	f := strings.Fields(strings.NewReplacer("{", " { ", "}", " } ").Replace(rest))
	if len(f) >= 2 && particles[strings.ToLower(f[0])] && f[1] != "{" {
		conds = append(conds, cond{kind: "prt", words: map[string]bool{strings.ToLower(f[0]): true}})
		f = f[1:]
	}
	if len(f) == 0 {
		return nil, false
	}
	if f[0] == "{" {
		var inner []string
		k := 1
		for ; k < len(f) && f[k] != "}"; k++ {
			inner = append(inner, f[k])
		}
		if k != len(f)-1 || len(inner) == 0 {
			return nil, false
		}
		last := words(inner[len(inner)-1])
		if len(last) == 0 {
			return nil, false
		}
		conds = append(conds, cond{kind: "obj", words: last})
		for _, w := range inner[:len(inner)-1] {
			if ws := words(w); len(ws) > 0 {
				conds = append(conds, cond{kind: "has", words: ws})
			}
		}
		return conds, true
	}
	if len(f) != 1 || strings.ContainsAny(f[0], "()") {
		return nil, false
	}
	w := words(f[0])
	if len(w) == 0 {
		return nil, false
	}
	if particles[strings.ToLower(f[0])] {
		return append(conds, cond{kind: "prt", words: w}), true
	}
	return append(conds, cond{kind: "obj", words: w}), true
}

func (p *Patterns) addPetr(v pverb, conds []cond, code, rev, where string) {
	r := &row{lemma: v.lemma, pos: 'V', where: where, order: 1<<30 + p.nrows}
	if v.extra.kind != "" {
		r.conds = append(r.conds, v.extra)
	}
	r.conds = append(r.conds, conds...)
	if code != "" {
		if !cameo.Valid(code) {
			return
		}
		r.code = code
	}
	if rev != "" && cameo.Valid(rev) && rev != code {
		r.rev = rev
	}
	p.rows[r.lemma] = append(p.rows[r.lemma], r)
	p.triggers[r.lemma] = true
	p.nrows++
}
