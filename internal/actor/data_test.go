package actor

import (
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"
	"testing"
)

func mustDefault(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// Every data row must produce an entry: a row that silently yields nothing
// is a row a user would believe is in effect.
func TestEveryRowLoads(t *testing.T) {
	g := mustDefault(t)
	have := map[string]bool{}
	for _, e := range g.Entries() {
		have[e.Source] = true
	}
	files, err := fs.ReadDir(embedded, "data")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		data, _ := embedded.ReadFile("data/" + f.Name())
		header := false
		for i, ln := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(ln, "#") || strings.TrimSpace(ln) == "" {
				continue
			}
			if !header {
				header = true
				continue
			}
			if src := fmt.Sprintf("data/%s:%d", f.Name(), i+1); !have[src] {
				t.Errorf("%s produced no entry: %q", src, ln)
			}
		}
	}
}

func isoCodes(t *testing.T) map[string]bool {
	data, err := os.ReadFile("testdata/iso3166-alpha3.txt")
	if err != nil {
		t.Fatal(err)
	}
	codes := map[string]bool{}
	for _, ln := range strings.Split(string(data), "\n") {
		if !strings.HasPrefix(ln, "#") {
			for _, c := range strings.Fields(ln) {
				codes[c] = true
			}
		}
	}
	return codes
}

// countries.tsv holds exactly the ISO 3166-1 countries, plus Kosovo (KSV,
// the CAMEO code; ISO has none).
func TestCountriesAreISO(t *testing.T) {
	g := mustDefault(t)
	iso := isoCodes(t)
	if len(iso) != 249 {
		t.Fatalf("reference list has %d codes, want 249", len(iso))
	}
	for code := range iso {
		if g.Country(code) == nil {
			t.Errorf("ISO country %s missing from countries.tsv", code)
		}
	}
	noCapital := 0
	for _, e := range g.Entries() {
		if e.Kind == "country" && e.layer == 1 {
			if !iso[e.Code] && e.Code != "KSV" {
				t.Errorf("%s: %s is not an ISO 3166-1 alpha-3 code", e.Source, e.Code)
			}
		}
	}
	capitals := map[string]*Entry{}
	for _, e := range g.Entries() {
		if e.Kind == "capital" {
			capitals[e.Country] = e
			if e.Lat == 0 && e.Lon == 0 {
				t.Errorf("%s: capital %s has no coordinates", e.Source, e.Name)
			}
		}
	}
	for code := range iso {
		if capitals[code] == nil {
			noCapital++
		}
	}
	// Antarctica, Bouvet, Heard and McDonald, the British Indian Ocean
	// Territory, Tokelau and the US Minor Outlying Islands have none.
	if noCapital > 6 {
		t.Errorf("%d countries have no capital, want at most 6", noCapital)
	}
}

// Every code is CAMEO-shaped, every country a country of countries.tsv,
// and every code of a person or group begins with its country unless it is
// an international organisation's or network's.
func TestCodesAndCountries(t *testing.T) {
	g := mustDefault(t)
	for _, e := range g.Entries() {
		if e.Code == "" {
			// Modifiers have no sector; seas and regions spanning
			// countries have no country.
			if e.Kind == "place" && e.Country == "" {
				continue
			}
			if e.Kind != "agent" || (e.Combine != "modifier" && e.Combine != "former") {
				t.Errorf("%s: %s %q has no code", e.Source, e.Kind, e.Name)
			}
			continue
		}
		if err := checkCode(e.Code); err != nil {
			t.Errorf("%s: %v", e.Source, err)
		}
		if e.Country != "" && g.Country(e.Country) == nil {
			t.Errorf("%s: country %q not in countries.tsv", e.Source, e.Country)
		}
		if (e.Kind == "person" || e.Kind == "group") && e.Country != "" &&
			!strings.HasPrefix(e.Code, e.Country) && !strings.HasPrefix(e.Code, "IGO") &&
			!strings.HasPrefix(e.Code, "NGO") && !strings.HasPrefix(e.Code, "IMG") {
			t.Errorf("%s: %s code %s does not begin with its country %s", e.Source, e.Name, e.Code, e.Country)
		}
		if e.Kind == "place" || e.Kind == "capital" {
			if e.Lat < -90 || e.Lat > 90 || e.Lon < -180 || e.Lon > 180 || (e.Lat == 0 && e.Lon == 0) {
				t.Errorf("%s: %s has bad coordinates %v,%v", e.Source, e.Name, e.Lat, e.Lon)
			}
		}
		if e.From != "" && e.To != "" && bound(e.From, false) > bound(e.To, true) {
			t.Errorf("%s: %s from %s after to %s", e.Source, e.Name, e.From, e.To)
		}
	}
}

// overlap reports whether two entries can be valid on the same day.
func overlap(a, b *Entry) bool {
	if a.fallback || b.fallback {
		return false
	}
	lo, hi := a.from, a.to
	if b.from > lo {
		lo = b.from
	}
	if hi == "" || (b.to != "" && b.to < hi) {
		hi = b.to
	}
	return hi == "" || lo <= hi
}

// A name matchable in running text must not denote two different codes on
// the same day unless the data marks it ambiguous: that is the one way a
// data error turns into a wrong actor without anything failing.
func TestNoConflictingNames(t *testing.T) {
	g := mustDefault(t)
	var problems []string
	for key, slot := range g.ix.keys {
		refs := g.ix.slots[slot]
		for i, a := range refs {
			for _, b := range refs[i+1:] {
				if a.lookup || b.lookup || a.ambiguous || b.ambiguous || a.e.Code == b.e.Code {
					continue
				}
				// One person in two offices at once, or a person's
				// dated rows, is the same thing under two codes.
				if a.e.ident == b.e.ident {
					continue
				}
				if !overlap(a.e, b.e) {
					continue
				}
				problems = append(problems, fmt.Sprintf("%q: %s %s (%s) vs %s %s (%s)", key,
					a.e.Code, a.e.Name, a.e.Source, b.e.Code, b.e.Name, b.e.Source))
			}
		}
	}
	sort.Strings(problems)
	for _, p := range problems {
		t.Error(p)
	}
}

// Rows of one person must not overlap in time under different codes
// unless they are offices held at once (the data then says so in a note);
// overlapping rows usually mean a typo in a date.
func TestPersonTermsDoNotOverlap(t *testing.T) {
	g := mustDefault(t)
	byPerson := map[string][]*Entry{}
	for _, e := range g.people {
		byPerson[e.ident] = append(byPerson[e.ident], e)
	}
	for _, rows := range byPerson {
		for i, a := range rows {
			for _, b := range rows[i+1:] {
				// Consecutive terms may share their boundary day (or
				// month, at month precision): one ends as the next begins.
				sharesBoundary := a.to == b.from || b.to == a.from ||
					a.to == bound(b.From, true) || b.to == bound(a.From, true)
				if overlap(a, b) && !sharesBoundary {
					t.Errorf("%s and %s: %s's terms overlap (%s–%s, %s–%s)", a.Source, b.Source, a.Name, a.From, a.To, b.From, b.To)
				}
			}
		}
	}
}

// The roles the brief asks for are present for the G20 and seed countries.
func TestOfficeCoverage(t *testing.T) {
	g := mustDefault(t)
	countries := []string{"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "MEX",
		"RUS", "SAU", "ZAF", "KOR", "TUR", "GBR", "USA", "IRN", "PAK", "AFG", "IRQ", "SYR", "ISR", "PSE", "LBN", "YEM"}
	for _, c := range countries {
		for _, role := range []string{"head of government", "foreign minister"} {
			if g.Person(c, role, "2024-01-17") == nil {
				t.Errorf("no %s of %s on 2024-01-17", role, c)
			}
		}
	}
	// Heads of state where the country has its own.
	for _, c := range []string{"CHN", "FRA", "DEU", "IND", "ITA", "JPN", "RUS", "SAU", "TUR", "GBR", "USA", "IRN", "PAK", "AFG", "IRQ", "SYR", "ISR", "PSE", "YEM"} {
		if g.Person(c, "head of state", "2024-01-17") == nil {
			t.Errorf("no head of state of %s on 2024-01-17", c)
		}
	}
	for _, c := range []string{"CHN", "USA", "RUS", "IRN", "PAK", "AFG", "TUR", "IND", "ISR"} {
		if g.Person(c, "foreign ministry spokesperson", "2024-01-17") == nil {
			t.Errorf("no foreign ministry spokesperson of %s on 2024-01-17", c)
		}
	}
	for _, c := range []string{"USA", "RUS", "CHN", "GBR", "FRA", "DEU", "IND", "IRN", "PAK", "TUR", "ISR", "SAU", "IRQ", "SYR", "LBN", "JPN", "AUS", "CAN", "BRA", "MEX", "ARG", "ZAF", "KOR", "IDN", "ITA"} {
		if g.Person(c, "defence minister", "2024-01-17") == nil {
			t.Errorf("no defence minister of %s on 2024-01-17", c)
		}
	}
	for _, c := range []string{"USA", "RUS", "CHN", "GBR", "FRA", "DEU", "IND", "IRN", "PAK", "TUR", "ISR", "SAU", "IRQ", "SYR", "LBN", "AUS", "CAN", "BRA", "MEX", "ZAF", "KOR", "IDN", "ITA", "AFG"} {
		if g.Person(c, "interior minister", "2024-01-17") == nil {
			t.Errorf("no interior minister of %s on 2024-01-17", c)
		}
	}
}

// Counts are reported for the record; a collapse means a loader bug.
func TestEntryCounts(t *testing.T) {
	g := mustDefault(t)
	kinds := map[string]int{}
	for _, e := range g.Entries() {
		kinds[e.Kind]++
	}
	t.Logf("entries by kind: %v, names: %d", kinds, len(g.ix.keys))
	min := map[string]int{"country": 250, "capital": 240, "demonym": 200, "igo": 60, "agent": 150, "group": 100, "person": 700, "place": 700}
	for k, n := range min {
		if kinds[k] < n {
			t.Errorf("%d %s entries, want at least %d", kinds[k], k, n)
		}
	}
}
