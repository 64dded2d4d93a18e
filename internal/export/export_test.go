package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/record"
)

func sample() *record.Record {
	d := "2024-01-16"
	lat, lon := 26.97, 64.09
	return &record.Record{
		Articles: []record.Article{{ID: "a1", Outlet: "Dawn", URL: "https://dawn.example/1"}},
		Events: []record.Event{{
			ID: "ev-1", Date: &d, CAMEO: "195", PLOVER: "ASSAULT", PLOVERMode: "aerial", Goldstein: -10, QuadClass: 4, Modality: "asserted",
			Source:      &record.Actor{Name: "Iran", Code: "IRNMIL", Country: "IRN"},
			Target:      &record.Actor{Name: "=HYPERLINK(\"http://evil\")", Code: "PAK", Country: "PAK"},
			Location:    &record.Location{Name: "Panjgur", Country: "PAK", Lat: &lat, Lon: &lon},
			Mentions:    []record.Mention{{Article: "a1", Sentence: 0, Text: "Iran struck\tPanjgur."}},
			NumMentions: 1, NumSources: 1, NumArticles: 1,
		}, {ID: "ev-2", CAMEO: "112", QuadClass: 3}}, // no date: not a GDELT row
		Figures: []record.Figure{{Kind: "killed", Count: 9, Event: "ev-1"}, {Kind: "killed", Count: 7, Event: "ev-1"}, {Kind: "injured", Count: 3, Event: "ev-1"}},
	}
}

func TestCSVDefusesFormulas(t *testing.T) {
	var b bytes.Buffer
	if err := CSV(&b, sample(), "events"); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Fatalf("%d rows", len(rows))
	}
	for _, cell := range rows[1] {
		if strings.HasPrefix(cell, "=") {
			t.Errorf("formula cell passed through: %q", cell)
		}
	}
	if rows[1][9] != "-10" {
		t.Errorf("a negative number was defused as a formula: %q", rows[1][9])
	}
	if err := CSV(&b, sample(), "nope"); err == nil {
		t.Error("unknown table accepted")
	}
}

func TestGDELTRows(t *testing.T) {
	var b bytes.Buffer
	if err := GDELT(&b, sample(), false); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 1 {
		t.Fatalf("%d rows, want 1 (undated events left out)", len(lines))
	}
	cols := strings.Split(lines[0], "\t")
	if len(cols) != 61 {
		t.Fatalf("%d columns, want 61", len(cols))
	}
	want := map[int]string{1: "20240116", 2: "202401", 3: "2024", 5: "IRNMIL", 7: "IRN", 12: "MIL", 15: "PAK",
		25: "1", 26: "195", 27: "195", 28: "19", 29: "4", 30: "-10", 51: "4", 52: "Panjgur", 53: "PK", 56: "26.97", 60: "https://dawn.example/1"}
	for i, v := range want {
		if cols[i] != v {
			t.Errorf("column %d %s = %q, want %q", i, GDELTColumns[i], cols[i], v)
		}
	}
}

func TestPLOVER(t *testing.T) {
	var b bytes.Buffer
	if err := PLOVER(&b, sample()); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 1 {
		t.Fatalf("%d records, want 1 (events without a PLOVER type are left out)", len(lines))
	}
	var r map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &r); err != nil {
		t.Fatal(err)
	}
	if r["dead"] != 7.0 || r["injured"] != 3.0 || r["event"].([]any)[0] != "ASSAULT" || r["date"] != "2024-01-16" {
		t.Errorf("record = %v", r)
	}
}
