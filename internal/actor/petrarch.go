package actor

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// LoadPetrarch adds the actors of PETRARCH / Phoenix actor dictionaries
// (TABARI format) as a supplement: path is one dictionary file, or a
// directory whose *actors*.txt files are all read. The format, as the
// Phoenix files use it:
//
//	IRAN_  [IRN]                  an actor and its code
//	+TEHRAN_                      a synonym of the actor above
//	MOHAMMAD_KHATAMI              an actor whose codes follow on their own lines
//	        [IRNELI 610101-970803]  date-bounded codes, YYMMDD or YYYYMMDD,
//	        [IRNGOV 970803-050803]  "A-B", ">A" (from), "<B" (until)
//	        [IRNELI]                an undated code: the default outside the dates
//
// "_" stands for a space; a trailing "_" marks a whole word, and a name
// without it also matches its plural. Everything after "#" is a comment.
// Names the gazetteer's own data or the user's files already give keep
// their meaning: the supplement only adds names. Because the names are all
// in capitals, a supplement name of up to three letters must appear in
// capitals in the text ("UN") and a longer one capitalised.
//
// LoadPetrarch changes g: call it before g is shared, never on Default().
func (g *Gazetteer) LoadPetrarch(path string) error {
	paths := []string{path}
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	if st.IsDir() {
		if paths, err = filepath.Glob(filepath.Join(path, "*actors*.txt")); err != nil {
			return err
		}
		sort.Strings(paths)
		if len(paths) == 0 {
			return fmt.Errorf("%s: no *actors*.txt dictionary", path)
		}
	}
	for _, p := range paths {
		if err := g.loadPetrarchFile(p); err != nil {
			return err
		}
	}
	return nil
}

// petrarchBlock is one actor of a dictionary: its names and codes.
type petrarchBlock struct {
	line  int
	names []string
	codes []petrarchCode
}

type petrarchCode struct {
	code, from, to string
	dated          bool
}

func (g *Gazetteer) loadPetrarchFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	src := filepath.Base(path)
	var cur *petrarchBlock
	flush := func() {
		if cur != nil {
			g.addPetrarch(src, cur)
		}
		cur = nil
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		indented := line[0] == ' ' || line[0] == '\t'
		line = strings.TrimSpace(line)
		name, codes := line, ""
		if i := strings.IndexByte(line, '['); i >= 0 {
			name, codes = strings.TrimSpace(line[:i]), line[i:]
		}
		switch {
		case indented && name == "":
			// a code line of the current actor
		case strings.HasPrefix(name, "+"):
			name = strings.TrimPrefix(name, "+")
		default:
			flush()
			cur = &petrarchBlock{line: n}
		}
		if cur == nil {
			continue
		}
		if name != "" {
			cur.names = append(cur.names, name)
		}
		cur.codes = append(cur.codes, parsePetrarchCodes(codes)...)
	}
	flush()
	return sc.Err()
}

// parsePetrarchCodes reads "[IRNGOV 811013-890803] [IRNELI]".
func parsePetrarchCodes(s string) []petrarchCode {
	var out []petrarchCode
	for {
		i := strings.IndexByte(s, '[')
		j := strings.IndexByte(s, ']')
		if i < 0 || j < i {
			return out
		}
		fields := strings.Fields(s[i+1 : j])
		s = s[j+1:]
		if len(fields) == 0 || checkCode(fields[0]) != nil {
			continue // "---" (no code), "~GOV" (agent codes)
		}
		c := petrarchCode{code: fields[0]}
		if len(fields) > 1 {
			d := fields[1]
			switch {
			case strings.HasPrefix(d, ">"):
				c.from = petrarchDate(d[1:])
			case strings.HasPrefix(d, "<"):
				c.to = petrarchDate(d[1:])
			case strings.Contains(d, "-"):
				a, b, _ := strings.Cut(d, "-")
				c.from, c.to = petrarchDate(a), petrarchDate(b)
			}
			c.dated = c.from != "" || c.to != ""
		}
		out = append(out, c)
	}
}

// petrarchDate converts YYMMDD (years before 30 are 20YY) or YYYYMMDD to
// YYYY-MM-DD; anything else ("2004017", a typo in the source) to "".
func petrarchDate(d string) string {
	if _, err := strconv.Atoi(d); err != nil {
		return ""
	}
	switch len(d) {
	case 6:
		century := "19"
		if d[:2] < "30" {
			century = "20"
		}
		d = century + d
	case 8:
	default:
		return ""
	}
	out := d[:4] + "-" + d[4:6] + "-" + d[6:]
	if checkDate(out) != nil {
		return ""
	}
	return out
}

func (g *Gazetteer) addPetrarch(src string, b *petrarchBlock) {
	if len(b.names) == 0 || len(b.codes) == 0 {
		return
	}
	var aliases []alias
	for _, raw := range b.names {
		aliases = append(aliases, petrarchNames(raw)...)
	}
	if len(aliases) == 0 {
		return
	}
	anyDated := false
	for _, c := range b.codes {
		anyDated = anyDated || c.dated
	}
	ident := fmt.Sprintf("petrarch\x00%s:%d", src, b.line)
	for _, c := range b.codes {
		e := &Entry{
			Name: titleCase(aliases[0].text), Code: c.code, From: c.from, To: c.to,
			Source: fmt.Sprintf("%s:%d", src, b.line), Note: "PETRARCH dictionary",
			ident: ident, fallback: anyDated && !c.dated, layer: 2, order: len(g.entries),
		}
		e.from, e.to = bound(e.From, false), bound(e.To, true)
		if len(c.code) >= 3 && g.countries[c.code[:3]] != nil {
			e.Country = c.code[:3]
			e.Sector = c.code[3:]
		}
		switch {
		case len(c.code) == 3 && e.Country != "":
			e.Kind = "country"
		case strings.HasPrefix(c.code, "IGO"):
			e.Kind = "igo"
		case strings.HasPrefix(c.code, "NGO"):
			e.Kind = "ngo"
		case strings.HasPrefix(c.code, "IMG"), strings.Contains(c.code[3:], "REB"), strings.Contains(c.code[3:], "UAF"),
			strings.Contains(c.code[3:], "INS"), strings.Contains(c.code[3:], "SEP"):
			e.Kind = "group"
		default:
			e.Kind = "actor"
		}
		g.entries = append(g.entries, e)
		for _, a := range aliases {
			g.ix.add(e, a)
		}
	}
}

// petrarchNames turns "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_" into the names
// "ADEN ABYAN ISLAMIC ARMY" and "AAIA", and a stem-matching name (no
// trailing "_") into itself and its plural.
func petrarchNames(raw string) []alias {
	whole := strings.HasSuffix(raw, "_")
	s := strings.ReplaceAll(raw, "_", " ")
	var extra []string
	for {
		i := strings.IndexByte(s, '(')
		j := strings.IndexByte(s, ')')
		if i < 0 || j < i {
			break
		}
		if inner := strings.TrimSpace(s[i+1 : j]); len(inner) <= 6 && strings.ToUpper(inner) == inner && !strings.ContainsAny(inner, " ") {
			extra = append(extra, inner)
		}
		s = s[:i] + " " + s[j+1:]
	}
	s = strings.Join(strings.Fields(s), " ")
	var out []alias
	for _, n := range append([]string{s}, extra...) {
		if Fold(n) == "" {
			continue
		}
		rule := caseTitle
		if len(Fold(n)) <= 3 {
			rule = caseUpper
		}
		out = append(out, alias{text: n, rule: rule})
		if !whole && n == s {
			last := n[len(n)-1]
			if 'A' <= last && last <= 'Z' && last != 'S' {
				out = append(out, alias{text: n + "S", rule: rule})
			}
		}
	}
	return out
}

// titleCase turns "ISLAMIC_REPUBLIC OF IRAN" into "Islamic Republic Of
// Iran" for display.
func titleCase(s string) string {
	b := []rune(strings.ToLower(s))
	start := true
	for i, r := range b {
		if start && unicode.IsLetter(r) {
			b[i] = unicode.ToUpper(r)
		}
		start = r == ' ' || r == '-'
	}
	return string(b)
}
