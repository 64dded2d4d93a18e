package actor

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/*.tsv
var embedded embed.FS

// fileKinds are the kinds of data file, in the order they load: countries
// first because every other file names countries by code.
var fileKinds = []string{"countries", "igos", "agents", "groups", "people", "places"}

// requiredColumns must appear in a file's header.
var requiredColumns = map[string][]string{
	"countries": {"code", "name"},
	"igos":      {"code", "name"},
	"agents":    {"code", "name"},
	"groups":    {"code", "name"},
	"people":    {"name", "code"},
	"places":    {"name", "country", "lat", "lon"},
}

// Gazetteer is the loaded data: every entry and the index that finds them.
// It is read-only once loaded (LoadPetrarch is the exception, see there)
// and safe for concurrent use.
type Gazetteer struct {
	entries   []*Entry
	ix        *index
	countries map[string]*Entry // code → the country's entry
	people    []*Entry          // Kind "person", load order
}

var (
	defaultOnce sync.Once
	defaultG    *Gazetteer
	defaultErr  error
)

// Default returns the gazetteer of the embedded data, loaded once and
// shared. Callers must not LoadPetrarch into it; Load gives a private copy.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() { defaultG, defaultErr = Load() })
	return defaultG, defaultErr
}

// Load reads the embedded data and then the user's files: each of extra is
// a data file or a directory whose *.tsv files are read in name order. A
// user file has the format of the embedded file of its kind; its kind comes
// from a "#kind: people" comment line or else from its name, which must
// begin with the kind ("people-local.tsv", "places.tsv"). A name a user file
// gives hides the same name in the embedded data, so a user file both
// extends and overrides; a user row for a group or person of the same name
// as an embedded one takes over all that group's or person's names (give
// every row of a person whose offices you correct).
func Load(extra ...string) (*Gazetteer, error) {
	var tables []*table
	files, err := fs.ReadDir(embedded, "data")
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		data, err := embedded.ReadFile("data/" + f.Name())
		if err != nil {
			return nil, err
		}
		t, err := parseTable("data/"+f.Name(), data, 1)
		if err != nil {
			return nil, err
		}
		tables = append(tables, t)
	}
	for _, p := range extra {
		paths := []string{p}
		if st, err := os.Stat(p); err != nil {
			return nil, err
		} else if st.IsDir() {
			if paths, err = filepath.Glob(filepath.Join(p, "*.tsv")); err != nil {
				return nil, err
			}
			sort.Strings(paths)
		}
		for _, path := range paths {
			data, err := os.ReadFile(path)
			if err != nil {
				return nil, err
			}
			t, err := parseTable(path, data, 0)
			if err != nil {
				return nil, err
			}
			tables = append(tables, t)
		}
	}

	g := &Gazetteer{ix: newIndex(), countries: map[string]*Entry{}}
	for _, kind := range fileKinds {
		for _, t := range tables {
			if t.kind == kind {
				if err := g.loadTable(t); err != nil {
					return nil, err
				}
			}
		}
	}
	g.finish()
	return g, nil
}

// Entries returns every entry, in load order.
func (g *Gazetteer) Entries() []*Entry { return g.entries }

// Country returns the country entry for an alpha-3 code, or nil.
func (g *Gazetteer) Country(code string) *Entry { return g.countries[code] }

// table is one parsed data file.
type table struct {
	path  string
	kind  string
	layer int
	cols  map[string]int
	rows  []row
}

type row struct {
	line  int
	cells []string
}

func (t *table) get(r row, col string) string {
	i, ok := t.cols[col]
	if !ok || i >= len(r.cells) {
		return ""
	}
	return strings.TrimSpace(r.cells[i])
}

func (t *table) errorf(r row, format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", t.path, r.line, fmt.Sprintf(format, args...))
}

// parseTable splits a data file into header and rows. Lines starting with
// "#" are comments; the first other non-blank line is the header, naming
// the tab-separated columns (so columns may come in any order and unknown
// ones are ignored).
func parseTable(path string, data []byte, layer int) (*table, error) {
	t := &table{path: path, layer: layer}
	base := strings.ToLower(filepath.Base(path))
	for _, k := range fileKinds {
		if strings.HasPrefix(base, k) {
			t.kind = k
		}
	}
	text := strings.TrimPrefix(string(data), "\ufeff")
	for i, ln := range strings.Split(text, "\n") {
		ln = strings.TrimRight(ln, "\r")
		if strings.HasPrefix(ln, "#") {
			if v, ok := strings.CutPrefix(ln, "#kind:"); ok {
				t.kind = strings.TrimSpace(v)
			}
			continue
		}
		if strings.TrimSpace(ln) == "" {
			continue
		}
		cells := strings.Split(ln, "\t")
		if t.cols == nil {
			t.cols = map[string]int{}
			for j, c := range cells {
				t.cols[strings.ToLower(strings.TrimSpace(c))] = j
			}
			continue
		}
		if len(cells) > len(t.cols) {
			return nil, fmt.Errorf("%s:%d: %d cells but the header names %d columns", path, i+1, len(cells), len(t.cols))
		}
		t.rows = append(t.rows, row{line: i + 1, cells: cells})
	}
	req, ok := requiredColumns[t.kind]
	if !ok {
		return nil, fmt.Errorf("%s: unknown kind of data file %q: name it after its kind (%s) or add a \"#kind: KIND\" line", path, t.kind, strings.Join(fileKinds, ", "))
	}
	for _, c := range req {
		if _, ok := t.cols[c]; !ok {
			return nil, fmt.Errorf("%s: header lacks the %q column", path, c)
		}
	}
	return t, nil
}

// parseNames splits a cell of "|"-separated names, each optionally followed
// by markers in braces: "US{exact}", "Malé{lookup}", "Congo{ambiguous}".
func parseNames(cell string, rowRule caseRule, rowRuleSet bool) ([]alias, error) {
	var out []alias
	for _, part := range strings.Split(cell, "|") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		a := alias{}
		ruleGiven := false
		if i := strings.LastIndexByte(part, '{'); i > 0 && strings.HasSuffix(part, "}") {
			marks := part[i+1 : len(part)-1]
			part = strings.TrimSpace(part[:i])
			for _, m := range strings.Split(marks, ",") {
				switch strings.TrimSpace(m) {
				case "exact":
					a.rule, ruleGiven = caseExact, true
				case "fold":
					a.rule, ruleGiven = caseAny, true
				case "title":
					a.rule, ruleGiven = caseTitle, true
				case "ambiguous":
					a.ambiguous = true
				case "lookup":
					a.lookup = true
				default:
					return nil, fmt.Errorf("unknown marker {%s} on %q", m, part)
				}
			}
		}
		a.text = part
		// Parentheses, commas, slashes and ampersands are tokens of
		// their own that no name can span ("Cocos (Keeling) Islands",
		// "AFC/M23"): such a name serves Lookup and display only.
		if strings.ContainsAny(part, "(),/&") {
			a.lookup = true
		}
		switch {
		case ruleGiven:
		case rowRuleSet:
			a.rule = rowRule
		default:
			a.rule = defaultCaseRule(part)
		}
		out = append(out, a)
	}
	return out, nil
}

// rowFlags parses a flags cell: "case=exact", "ambiguous", "inherit", …
type rowFlags struct {
	rule      caseRule
	ruleSet   bool
	ambiguous bool
	combine   string
}

func parseFlags(cell string) (rowFlags, error) {
	var f rowFlags
	for _, w := range strings.FieldsFunc(cell, func(r rune) bool { return r == ',' || r == '|' || r == ' ' }) {
		switch w {
		case "case=exact":
			f.rule, f.ruleSet = caseExact, true
		case "case=fold":
			f.rule, f.ruleSet = caseAny, true
		case "case=title":
			f.rule, f.ruleSet = caseTitle, true
		case "ambiguous":
			f.ambiguous = true
		case "inherit", "modifier", "former":
			f.combine = w
		default:
			return f, fmt.Errorf("unknown flag %q", w)
		}
	}
	return f, nil
}

// cleanName drops the markers from a name cell used as a display name.
func cleanName(s string) string {
	if i := strings.LastIndexByte(s, '{'); i > 0 && strings.HasSuffix(s, "}") {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

func (g *Gazetteer) newEntry(t *table, r row, kind string) *Entry {
	e := &Entry{Kind: kind, Source: fmt.Sprintf("%s:%d", t.path, r.line), layer: t.layer, order: len(g.entries)}
	e.ident = strconv.Itoa(e.order)
	g.entries = append(g.entries, e)
	return e
}

// names registers the names of a cell for e.
func (g *Gazetteer) names(t *table, r row, e *Entry, cell string, f rowFlags, plural func(string) string) error {
	as, err := parseNames(cell, f.rule, f.ruleSet)
	if err != nil {
		return t.errorf(r, "%v", err)
	}
	for _, a := range as {
		a.ambiguous = a.ambiguous || f.ambiguous
		g.ix.add(e, a)
		if plural != nil {
			if p := plural(a.text); p != "" {
				pa := a
				pa.text = p
				g.ix.add(e, pa)
			}
		}
	}
	return nil
}

func (g *Gazetteer) checkCountry(t *table, r row, code string) error {
	if code == "" {
		return nil
	}
	if g.countries[code] == nil {
		return t.errorf(r, "country %q is not a code of countries.tsv", code)
	}
	return nil
}

func parseLatLon(t *table, r row) (float64, float64, error) {
	lat, err1 := strconv.ParseFloat(t.get(r, "lat"), 64)
	lon, err2 := strconv.ParseFloat(t.get(r, "lon"), 64)
	if err1 != nil || err2 != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
		return 0, 0, t.errorf(r, "bad coordinates %q, %q", t.get(r, "lat"), t.get(r, "lon"))
	}
	return lat, lon, nil
}

func (g *Gazetteer) loadTable(t *table) error {
	for _, r := range t.rows {
		var err error
		switch t.kind {
		case "countries":
			err = g.loadCountry(t, r)
		case "igos":
			err = g.loadIGO(t, r)
		case "agents":
			err = g.loadAgent(t, r)
		case "groups":
			err = g.loadGroup(t, r)
		case "people":
			err = g.loadPerson(t, r)
		case "places":
			err = g.loadPlace(t, r)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (g *Gazetteer) loadCountry(t *table, r row) error {
	code, name := t.get(r, "code"), t.get(r, "name")
	if err := checkCode(code); err != nil || len(code) != 3 {
		return t.errorf(r, "country code %q is not three capital letters", code)
	}
	if name == "" {
		return t.errorf(r, "country %s has no name", code)
	}
	f, err := parseFlags(t.get(r, "flags"))
	if err != nil {
		return t.errorf(r, "%v", err)
	}
	c := g.newEntry(t, r, "country")
	c.Name, c.Code, c.Country, c.Note = cleanName(name), code, code, t.get(r, "note")
	g.countries[code] = c
	if err := g.names(t, r, c, name+"|"+t.get(r, "aliases"), f, nil); err != nil {
		return err
	}
	if dem := t.get(r, "demonyms"); dem != "" {
		d := g.newEntry(t, r, "demonym")
		d.Name, d.Code, d.Country, d.Role = cleanName(strings.Split(dem, "|")[0]), code, code, c.Name
		if err := g.names(t, r, d, dem, f, pluralDemonym); err != nil {
			return err
		}
	}
	if capital := t.get(r, "capital"); capital != "" {
		lat, lon, err := parseLatLon(t, r)
		if err != nil {
			return err
		}
		k := g.newEntry(t, r, "capital")
		k.Name, k.Code, k.Country, k.Role, k.Lat, k.Lon = cleanName(strings.Split(capital, "|")[0]), code, code, "capital", lat, lon
		if err := g.names(t, r, k, capital, f, nil); err != nil {
			return err
		}
	}
	return nil
}

func (g *Gazetteer) loadIGO(t *table, r row) error {
	code, name := t.get(r, "code"), t.get(r, "name")
	if err := checkCode(code); err != nil {
		return t.errorf(r, "%v", err)
	}
	kind := t.get(r, "kind")
	if kind == "" {
		kind = "igo"
	}
	if kind != "igo" && kind != "ngo" {
		return t.errorf(r, "kind %q is neither igo nor ngo", kind)
	}
	f, err := parseFlags(t.get(r, "flags"))
	if err != nil {
		return t.errorf(r, "%v", err)
	}
	e := g.newEntry(t, r, kind)
	e.Name, e.Code, e.Note = cleanName(name), code, t.get(r, "note")
	return g.names(t, r, e, name+"|"+t.get(r, "aliases"), f, nil)
}

func (g *Gazetteer) loadAgent(t *table, r row) error {
	sector, name, country := t.get(r, "code"), t.get(r, "name"), t.get(r, "country")
	f, err := parseFlags(t.get(r, "flags"))
	if err != nil {
		return t.errorf(r, "%v", err)
	}
	if sector == "" && f.combine != "modifier" && f.combine != "former" {
		return t.errorf(r, "agent %q has no code (only modifiers may lack one)", name)
	}
	if sector != "" {
		if err := checkCode(sector); err != nil {
			return t.errorf(r, "%v", err)
		}
	}
	if err := g.checkCountry(t, r, country); err != nil {
		return err
	}
	e := g.newEntry(t, r, "agent")
	e.Name, e.Role, e.Sector, e.Country, e.Combine, e.Note = cleanName(name), cleanName(name), sector, country, f.combine, t.get(r, "note")
	e.Code = country + sector
	for _, o := range strings.Split(t.get(r, "person_role"), "|") {
		if o = strings.TrimSpace(o); o != "" {
			e.Offices = append(e.Offices, o)
		}
	}
	// Role words are inflected; names of institutions ("Kremlin") are not.
	var plural func(string) string
	if country == "" && (f.combine == "" || f.combine == "inherit") {
		plural = func(s string) string {
			if strings.ToLower(s) != s {
				return ""
			}
			return pluralPhrase(s)
		}
	}
	return g.names(t, r, e, name+"|"+t.get(r, "aliases"), f, plural)
}

// sectorOf is the part of code after the country's code.
func sectorOf(code, country string) string {
	if country != "" && strings.HasPrefix(code, country) {
		return code[len(country):]
	}
	return ""
}

func (g *Gazetteer) dated(t *table, r row, e *Entry) error {
	e.From, e.To = t.get(r, "from"), t.get(r, "to")
	for _, d := range []string{e.From, e.To} {
		if err := checkDate(d); err != nil {
			return t.errorf(r, "%v", err)
		}
	}
	e.from, e.to = bound(e.From, false), bound(e.To, true)
	if e.from != "" && e.to != "" && e.from > e.to {
		return t.errorf(r, "from %s is after to %s", e.From, e.To)
	}
	return nil
}

func (g *Gazetteer) loadGroup(t *table, r row) error {
	code, name, country := t.get(r, "code"), t.get(r, "name"), t.get(r, "country")
	if err := checkCode(code); err != nil {
		return t.errorf(r, "%v", err)
	}
	if err := g.checkCountry(t, r, country); err != nil {
		return err
	}
	f, err := parseFlags(t.get(r, "flags"))
	if err != nil {
		return t.errorf(r, "%v", err)
	}
	e := g.newEntry(t, r, "group")
	e.Name, e.Code, e.Country, e.Sector, e.Note = cleanName(name), code, country, sectorOf(code, country), t.get(r, "note")
	// A group's rows share its name; its home may change with its status
	// (the Donetsk "republic": UKRREB, then RUSGOV).
	e.ident = "group\x00" + Fold(e.Name)
	if err := g.dated(t, r, e); err != nil {
		return err
	}
	return g.names(t, r, e, name+"|"+t.get(r, "aliases"), f, nil)
}

func (g *Gazetteer) loadPerson(t *table, r row) error {
	code, name, country := t.get(r, "code"), t.get(r, "name"), t.get(r, "country")
	if err := checkCode(code); err != nil {
		return t.errorf(r, "%v", err)
	}
	if err := g.checkCountry(t, r, country); err != nil {
		return err
	}
	e := g.newEntry(t, r, "person")
	e.Name, e.Code, e.Country, e.Sector, e.Note = cleanName(name), code, country, sectorOf(code, country), t.get(r, "note")
	for _, o := range strings.Split(t.get(r, "role"), "|") {
		if o = strings.TrimSpace(o); o != "" {
			e.Offices = append(e.Offices, o)
		}
	}
	e.Role = t.get(r, "title")
	if e.Role == "" && len(e.Offices) > 0 {
		e.Role = e.Offices[0]
	}
	e.ident = "person\x00" + Fold(e.Name)
	if err := g.dated(t, r, e); err != nil {
		return err
	}
	g.people = append(g.people, e)
	return g.names(t, r, e, name+"|"+t.get(r, "aliases"), rowFlags{}, nil)
}

func (g *Gazetteer) loadPlace(t *table, r row) error {
	name, country := t.get(r, "name"), t.get(r, "country")
	if err := g.checkCountry(t, r, country); err != nil {
		return err
	}
	lat, lon, err := parseLatLon(t, r)
	if err != nil {
		return err
	}
	f, err := parseFlags(t.get(r, "flags"))
	if err != nil {
		return t.errorf(r, "%v", err)
	}
	e := g.newEntry(t, r, "place")
	e.Name, e.Code, e.Country, e.Role, e.Lat, e.Lon, e.Note = cleanName(name), country, country, t.get(r, "type"), lat, lon, t.get(r, "note")
	e.ident = "place\x00" + country + "\x00" + Fold(e.Name) + "\x00" + e.Role
	return g.names(t, r, e, name+"|"+t.get(r, "aliases"), f, nil)
}

// finish runs once every file is loaded. The rows of one group or one
// person (same name) answer to the names of all of them, so a name given
// once covers every period; and each person who served a state gets an
// out-of-office stand-in: on a date none of the person's rows covers, the
// name still denotes the person, coded as the country's elite (ELI), which
// is how the PETRARCH dictionaries code former office holders.
func (g *Gazetteer) finish() {
	groups := map[string][]*Entry{}
	var order []string
	for _, e := range g.entries {
		if e.Kind != "person" && e.Kind != "group" {
			continue
		}
		if _, ok := groups[e.ident]; !ok {
			order = append(order, e.ident)
		}
		groups[e.ident] = append(groups[e.ident], e)
	}
	for _, id := range order {
		rows := groups[id]
		var all []alias
		for _, e := range rows {
			all = append(all, g.ix.names[e]...)
		}
		undated := false
		latest := rows[0]
		for _, e := range rows {
			for _, a := range all {
				g.ix.add(e, a)
			}
			if e.From == "" && e.To == "" {
				undated = true
			}
			if e.to == "" || (latest.to != "" && e.to > latest.to) {
				latest = e
			}
		}
		if latest.Kind != "person" || undated || latest.Country == "" {
			continue
		}
		fb := &Entry{
			Name: latest.Name, Kind: "person", Code: latest.Country + "ELI", Country: latest.Country,
			Role: OutOfOffice, Sector: "ELI", Source: latest.Source, Note: "out of office on this date",
			ident: id, fallback: true, layer: latest.layer, order: len(g.entries),
		}
		g.entries = append(g.entries, fb)
		for _, a := range all {
			g.ix.add(fb, a)
		}
	}
}
