package cameo

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLookup(t *testing.T) {
	cases := []struct {
		code, plover, mode string
		quad               int
		goldstein          float64
	}{
		{"195", "ASSAULT", "heavy-weapons", 4, -10},
		{"190", "ASSAULT", "", 4, -10},
		{"161", "SANCTION", "withdraw", 4, -4.0},
		{"111", "ACCUSE", "disapprove", 3, -2.0},
		{"0256", "REQUEST", "", 1, -0.3},
		{"040", "CONSULT", "", 1, 1.0},
		{"1011", "REQUEST", "assist", 3, -5.0}, // Goldstein from parent 101
		{"084", "RETREAT", "", 2, 7.0},
		{"081", "CONCEDE", "", 2, 5.0},
		{"138", "THREATEN", "violence", 3, -7.0},
		{"1641", "SANCTION", "withdraw", 4, -7.0}, // PLOVER from parent 164
		// the manual's text over its table (data/plover_manual.tsv)
		{"163", "SANCTION", "discontinue", 4, -6.5},
		{"0831", "RETREAT", "resign", 2, 5.0},
		{"083", "CONCEDE", "", 2, 5.0},
	}
	for _, c := range cases {
		i, ok := Lookup(c.code)
		if !ok {
			t.Errorf("%s: not found", c.code)
			continue
		}
		if i.PLOVER != c.plover || i.PLOVERMode != c.mode || i.QuadClass != c.quad {
			t.Errorf("%s: got %s/%q quad %d, want %s/%q quad %d", c.code, i.PLOVER, i.PLOVERMode, i.QuadClass, c.plover, c.mode, c.quad)
		}
		if i.Goldstein != c.goldstein {
			t.Errorf("%s: Goldstein %v, want %v", c.code, i.Goldstein, c.goldstein)
		}
		if i.Root != c.code[:2] || i.Name == "" {
			t.Errorf("%s: root %q name %q", c.code, i.Root, i.Name)
		}
	}
	if _, ok := Lookup("999"); ok {
		t.Error("999 should not exist")
	}
}

// Every code has a name, a root with a quad class, and (outside 01/02) a
// PLOVER type; every PLOVER type is one of the manual's sixteen.
func TestTablesComplete(t *testing.T) {
	types := map[string]bool{}
	for _, ty := range strings.Fields("AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION MOBILIZE COERCE ASSAULT") {
		types[ty] = true
	}
	for _, c := range Codes() {
		i, _ := Lookup(c)
		if i.Name == "" {
			t.Errorf("%s has no name", c)
		}
		if i.QuadClass < 1 || i.QuadClass > 4 {
			t.Errorf("%s: quad %d", c, i.QuadClass)
		}
		switch {
		case i.Root == "01":
			if i.PLOVER != "" {
				t.Errorf("%s: PLOVER %q for a dropped category", c, i.PLOVER)
			}
		case i.Root == "02":
			if i.PLOVER != "REQUEST" {
				t.Errorf("%s: appeals are REQUEST, got %q", c, i.PLOVER)
			}
		case !types[i.PLOVER]:
			t.Errorf("%s: PLOVER %q", c, i.PLOVER)
		}
		if i.Goldstein < -10 || i.Goldstein > 10 {
			t.Errorf("%s: Goldstein %v", c, i.Goldstein)
		}
	}
	if n := len(Codes()); n < 280 {
		t.Errorf("only %d codes", n)
	}
}

// The embedded copies must stay identical to the anchors they came from.
func TestEmbeddedMatchesShared(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared", "anchors")
	if _, err := os.Stat(shared); err != nil {
		t.Skip("../shared is absent (a fresh clone): nothing to compare the embedded tables with")
	}
	for emb, src := range map[string]string{
		"data/cameo_goldstein_quad.tsv": "cameo/cameo_goldstein_quad.tsv",
		"data/CAMEO2PLOVER-2021.txt":    "plover/CAMEO2PLOVER-2021.txt",
	} {
		a, err := files.ReadFile(emb)
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(shared, src))
		if err != nil {
			t.Fatal(err)
		}
		if string(a) != string(b) {
			t.Errorf("%s differs from shared/anchors/%s", emb, src)
		}
	}
}
