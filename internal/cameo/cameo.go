// Package cameo describes CAMEO event codes: their names, Goldstein
// conflict–cooperation scores, GDELT quad classes and PLOVER equivalents.
// The tables are embedded (see data/README.md for their sources and
// licences), so the package needs no files at run time.
package cameo

import (
	"bufio"
	"embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

//go:embed data/cameo_goldstein_quad.tsv data/CAMEO2PLOVER-2021.txt data/plover_manual.tsv data/names.tsv
var files embed.FS

// Info is what sitrep knows about one CAMEO code.
type Info struct {
	Code      string  // "195"
	Name      string  // "Employ aerial weapons"
	Root      string  // the cue category, the first two digits: "19"
	Goldstein float64 // −10 … +10
	// QuadClass is GDELT's: 1 verbal cooperation (roots 01–05), 2
	// material cooperation (06–09), 3 verbal conflict (10–14), 4 material
	// conflict (15–20).
	QuadClass     int
	PLOVER        string // event type ("ASSAULT"); "" for 01, which PLOVER dropped; 02 (appeals) is REQUEST
	PLOVERMode    string // "" if none
	PLOVERContext string // "" if none; several are joined by "; "
}

type plover struct{ typ, mode, context, name string }

var (
	infos map[string]Info
	codes []string
)

func init() {
	var err error
	infos, err = load()
	if err != nil {
		// The tables are compiled in; a parse error is a build defect that
		// every test catches, so failing loudly at start-up is right.
		panic("cameo: embedded tables: " + err.Error())
	}
	for c := range infos {
		codes = append(codes, c)
	}
	sort.Strings(codes)
}

// Lookup returns the description of a CAMEO code ("195", "0256", "19").
func Lookup(code string) (Info, bool) {
	i, ok := infos[code]
	return i, ok
}

// Root is a code's cue category, its first two digits ("19" for "195");
// Base its first three ("195" for "1951"). A shorter code is itself.
func Root(code string) string { return code[:min(2, len(code))] }

// Base: see Root.
func Base(code string) string { return code[:min(3, len(code))] }

// Codes returns every known code in order.
func Codes() []string { return append([]string(nil), codes...) }

// Valid reports whether code is a known CAMEO code.
func Valid(code string) bool { _, ok := infos[code]; return ok }

// QuadOfRoot is GDELT's QuadClass of a cue category ("01" … "20"); 0 if
// root is not one.
func QuadOfRoot(root string) int {
	n, err := strconv.Atoi(root)
	if err != nil || len(root) != 2 {
		return 0
	}
	switch {
	case n >= 1 && n <= 5:
		return 1
	case n >= 6 && n <= 9:
		return 2
	case n >= 10 && n <= 14:
		return 3
	case n >= 15 && n <= 20:
		return 4
	}
	return 0
}

// parent is the code one level up: "1011" → "101", "101" → "10".
func parent(c string) string {
	if len(c) > 2 {
		return c[:len(c)-1]
	}
	return ""
}

func load() (map[string]Info, error) {
	gold := map[string]float64{}
	if err := eachLine("data/cameo_goldstein_quad.tsv", func(n int, line string) error {
		f := strings.Split(line, "\t")
		if len(f) < 2 || f[0] == "cameo_code" {
			return nil
		}
		g, err := strconv.ParseFloat(strings.TrimSpace(f[1]), 64)
		if err != nil {
			return fmt.Errorf("cameo_goldstein_quad.tsv:%d: %v", n, err)
		}
		gold[strings.TrimSpace(f[0])] = g
		return nil
	}); err != nil {
		return nil, err
	}

	pl := map[string]plover{}
	if err := eachLine("data/CAMEO2PLOVER-2021.txt", func(n int, line string) error {
		code, rest, ok := strings.Cut(line, ":")
		code = strings.TrimSpace(code)
		if !ok || !allDigits(code) {
			return nil
		}
		body, comment, _ := strings.Cut(rest, "#")
		f := strings.Split(body, ",")
		for len(f) < 3 {
			f = append(f, "")
		}
		p := plover{
			typ:     strings.TrimSpace(f[0]),
			mode:    strings.TrimSpace(f[1]),
			context: strings.TrimSpace(f[2]),
			name:    strings.TrimSpace(comment),
		}
		// The table repeats "08:" for CONCEDE and RETREAT and "175:" with
		// two wordings; the first row is the one that describes the code.
		if _, dup := pl[code]; !dup {
			pl[code] = p
		}
		return nil
	}); err != nil {
		return nil, err
	}

	// The manual's text, where it differs from its translation table.
	if err := eachLine("data/plover_manual.tsv", func(n int, line string) error {
		f := strings.Split(line, "\t")
		if len(f) < 5 || !allDigits(f[0]) {
			return fmt.Errorf("plover_manual.tsv:%d: want code, type, mode, context, reason", n)
		}
		name := ""
		if old, ok := pl[f[0]]; ok {
			name = old.name
		}
		pl[f[0]] = plover{typ: f[1], mode: f[2], context: f[3], name: name}
		return nil
	}); err != nil {
		return nil, err
	}

	names := map[string]string{}
	if err := eachLine("data/names.tsv", func(n int, line string) error {
		c, name, ok := strings.Cut(line, "\t")
		if !ok {
			return fmt.Errorf("names.tsv:%d: no TAB", n)
		}
		names[c] = strings.TrimSpace(name)
		return nil
	}); err != nil {
		return nil, err
	}

	all := map[string]bool{}
	for c := range gold {
		all[c] = true
	}
	for c := range pl {
		all[c] = true
	}
	for c := range names {
		all[c] = true
	}
	out := map[string]Info{}
	for c := range all {
		root := c[:2]
		i := Info{Code: c, Root: root, QuadClass: QuadOfRoot(root)}
		for p := c; p != ""; p = parent(p) {
			if g, ok := gold[p]; ok {
				i.Goldstein = g
				break
			}
		}
		// Root 01 (statements) has no PLOVER type: the manual dropped it.
		// Root 02 (appeals) it also lists as dropped, but its REQUEST is
		// "all requests, demands, and orders", and an appeal is a request:
		// sitrep codes appeals as REQUEST, a documented departure from the
		// translation table (which the manual invites, its Note 2).
		if root != "01" {
			for p := c; p != ""; p = parent(p) {
				if e, ok := pl[p]; ok && len(p) > 2 {
					i.PLOVER, i.PLOVERMode, i.PLOVERContext = e.typ, e.mode, e.context
					break
				}
			}
			if i.PLOVER == "" {
				i.PLOVER = rootPLOVER(root, c)
			}
		}
		if n, ok := names[c]; ok {
			i.Name = n
		} else if e, ok := pl[c]; ok && len(c) > 2 {
			i.Name = e.name
		}
		if i.Name == "" {
			for p := parent(c); p != ""; p = parent(p) {
				if n, ok := names[p]; ok {
					i.Name = n
					break
				}
				if e, ok := pl[p]; ok && len(p) > 2 && e.name != "" {
					i.Name = e.name
					break
				}
			}
		}
		out[c] = i
	}
	return out, nil
}

// rootPLOVER is the PLOVER type of a cue category as the manual's table
// "PLOVER equivalents to CAMEO cue categories" gives it; 08 splits at 084
// (081–083 concede, 084–087 retreat).
func rootPLOVER(root, code string) string {
	switch root {
	case "03":
		return "AGREE"
	case "04":
		return "CONSULT"
	case "05":
		return "SUPPORT"
	case "06":
		return "COOPERATE"
	case "07":
		return "AID"
	case "08":
		if len(code) >= 3 && code[2] >= '4' {
			return "RETREAT"
		}
		return "CONCEDE"
	case "09", "11":
		return "ACCUSE"
	case "02", "10":
		return "REQUEST"
	case "12":
		return "REJECT"
	case "13":
		return "THREATEN"
	case "14":
		return "PROTEST"
	case "15":
		return "MOBILIZE"
	case "16":
		return "SANCTION"
	case "17":
		return "COERCE"
	case "18", "19", "20":
		return "ASSAULT"
	}
	return ""
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func eachLine(name string, f func(n int, line string) error) error {
	data, err := files.ReadFile(name)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := f(n, line); err != nil {
			return err
		}
	}
	return sc.Err()
}
