package actor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// A user file extends the data with new names and overrides the embedded
// meaning of names it repeats.
func TestUserFilesExtendAndOverride(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "groups-local.tsv", "# a local view\ncode\tname\taliases\tcountry\n"+
		"PAKREB\tJaish al-Adl\tJaish ul-Adl\tPAK\n"+
		"IRNREB\tNew Front\tNF Group\tIRN\n")
	// Columns in another order, kind from a directive, not the file name.
	writeFile(t, dir, "extra.tsv", "#kind: places\nlon\tlat\tcountry\tname\ttype\n64.10\t26.90\tPAK\tTestville\tvillage\n")
	g, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	es := g.Lookup("Jaish al-Adl", "2024-01-17")
	if len(es) != 1 || es[0].Code != "PAKREB" || !strings.HasSuffix(es[0].Source, "groups-local.tsv:3") {
		t.Errorf("override: got %v, want only the user's PAKREB row", codes(es))
	}
	// A row of the same name is the same group: it takes over the names
	// only the embedded row gives.
	if es := g.Lookup("Army of Justice", ""); len(es) != 1 || es[0].Code != "PAKREB" {
		t.Errorf("embedded alias: got %v, want the user's row", codes(es))
	}
	// Names of other entries are untouched.
	if es := g.Lookup("Balochistan Liberation Army", ""); len(es) == 0 || es[0].Code != "PAKREB" || es[0].layer != 1 {
		t.Errorf("unrelated entry: got %v", codes(es))
	}
	got := mentions(g, "The NF Group attacked Testville.", "", false)
	if !has(got, "NF Group=IRNREB") || !has(got, "Testville=PAK") {
		t.Errorf("extension: got %v", got)
	}
	if es := g.Lookup("Testville", ""); len(es) != 1 || es[0].Lat != 26.90 || es[0].Lon != 64.10 {
		t.Errorf("Testville: got %+v", es)
	}
	// Default is untouched by a private Load.
	if es := mustDefault(t).Lookup("Jaish al-Adl", ""); len(es) == 0 || es[0].Code != "IRNREB" {
		t.Errorf("Default changed: %v", codes(es))
	}
	// A single file works as well as a directory.
	p := writeFile(t, t.TempDir(), "people.tsv", "name\taliases\tcountry\tcode\trole\ttitle\tfrom\tto\n"+
		"Jane Roe\tRoe\tPAK\tPAKGOV\tforeign minister\tForeign Minister\t2030-01-01\t\n")
	g, err = Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if p := g.Person("PAK", "foreign minister", "2030-06-01"); p == nil || p.Name != "Jane Roe" {
		t.Errorf("user person: got %v", p)
	}
	if es := g.Lookup("Roe", "2029-01-01"); len(es) == 0 || es[0].Code != "PAKELI" {
		t.Errorf("user person before office: got %v, want PAKELI", codes(es))
	}
}

func TestUserFileErrors(t *testing.T) {
	cases := map[string]string{
		"groups-bad-country.tsv": "code\tname\tcountry\nXXXREB\tSomeone\tXXX\n",
		"people-bad-date.tsv":    "name\tcode\tfrom\nA Person\tIRNGOV\t2024-13-01\n",
		"people-bad-order.tsv":   "name\tcode\tfrom\tto\nA Person\tIRNGOV\t2024-02-01\t2023-01-01\n",
		"places-bad-coords.tsv":  "name\tcountry\tlat\tlon\nNowhere\tIRN\t95\t10\n",
		"igos-bad-code.tsv":      "code\tname\nIGOun\tSomething\n",
		"agents-bad-flag.tsv":    "code\tname\tflags\nGOV\tthing\tsideways\n",
		"countries-bad.tsv":      "code\tname\nIRNX\tIran\n",
		"unknown.tsv":            "code\tname\nIRN\tIran\n",
		"places-no-lat.tsv":      "name\tcountry\n",
		"groups-marker.tsv":      "code\tname\tcountry\nIRNREB\tSomeone{sideways}\tIRN\n",
	}
	for name, text := range cases {
		dir := t.TempDir()
		writeFile(t, dir, name, text)
		if _, err := Load(dir); err == nil {
			t.Errorf("%s: loaded without error", name)
		} else if !strings.Contains(err.Error(), name) {
			t.Errorf("%s: error %q does not name the file", name, err)
		}
	}
}

const petrarchDir = "../../../shared/anchors/petrarch/dictionaries"

func TestLoadPetrarch(t *testing.T) {
	path := filepath.Join(petrarchDir, "Phoenix.Countries.actors.txt")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s not present (a fresh clone has no shared/ beside it): %v", path, err)
	}
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	before := len(g.Entries())
	if err := g.LoadPetrarch(path); err != nil {
		t.Fatal(err)
	}
	added := len(g.Entries()) - before
	if added < 5000 {
		t.Errorf("LoadPetrarch added %d entries, want thousands", added)
	}
	// The gazetteer's own data keeps its names.
	if es := g.Lookup("Iran", ""); len(es) == 0 || es[0].Source != "data/countries.tsv:138" {
		t.Errorf("Iran: got %v, want the embedded entry", codes(es))
	}
	// A name only PETRARCH has, with its date bounds: Khomeini ruled 1979-80
	// and is ELI otherwise.
	es := g.Lookup("Ayatollah Khomeini", "1979-06-01")
	if len(es) == 0 || es[0].Code != "IRNGOV" || !strings.HasPrefix(es[0].Source, "Phoenix.Countries.actors.txt:") {
		t.Errorf("Ayatollah Khomeini in 1979: got %v, want IRNGOV from the Phoenix file", codes(es))
	}
	if es := g.Lookup("Ayatollah Khomeini", "1985-01-01"); len(es) == 0 || es[0].Code != "IRNELI" {
		t.Errorf("Ayatollah Khomeini in 1985: got %v, want the undated default IRNELI", codes(es))
	}
	// Its names match in running text, capitalised.
	got := mentions(g, "Mashhad and Tabriz were calm.", "2010-01-01", false)
	if !has(got, "Mashhad=IRN") || !has(got, "Tabriz=IRN") {
		t.Errorf("PETRARCH names in text: got %v", got)
	}
	// The whole directory loads too.
	g2, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if err := g2.LoadPetrarch(petrarchDir); err != nil {
		t.Fatal(err)
	}
	if es := g2.Lookup("Kofi Annan", "2000-01-01"); len(es) == 0 || es[0].Code != "IGOUNO" {
		t.Errorf("Kofi Annan from the International file: got %v", codes(es))
	}
}

func TestPetrarchDates(t *testing.T) {
	for in, want := range map[string]string{"810622": "1981-06-22", "050803": "2005-08-03", "19890604": "1989-06-04", "2004017": "", "x": "", "991340": ""} {
		if got := petrarchDate(in); got != want {
			t.Errorf("petrarchDate(%q) = %q, want %q", in, got, want)
		}
	}
}
