package pipeline

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/examples"
	"github.com/sitrep/sitrep/internal/event"
	"github.com/sitrep/sitrep/internal/fuse"
	"github.com/sitrep/sitrep/internal/read"
	"github.com/sitrep/sitrep/internal/record"
)

type fusionGold struct {
	Incidents []struct {
		Name, Source, Target, Family string
		MinArticles                  int `json:"min_articles"`
	}
	Contradictions []struct {
		Subject      string
		Incident     *int
		Values       []string
		Conservative string
	}
}

func family(cameo string) string {
	if len(cameo) < 2 {
		return cameo
	}
	switch r := cameo[:2]; r {
	case "18", "19", "20":
		return "violence"
	default:
		return r
	}
}

func country(a *record.Actor) string {
	if a == nil || len(a.Code) < 3 {
		return ""
	}
	return a.Code[:3]
}

// seedRecord runs the whole pipeline on the bundled seed articles.
func seedRecord(t *testing.T) *record.Record {
	t.Helper()
	var contribs []*fuse.Article
	for _, ex := range examples.All() {
		arts, err := read.Bytes(ex.Name, ex.Data, read.Text)
		if err != nil {
			t.Fatal(err)
		}
		contribs = append(contribs, PrepareAll(arts, Options{})...)
	}
	return RecordOf(contribs)
}

func TestSeedFusion(t *testing.T) {
	b, err := os.ReadFile("../../testdata/gold/fusion/seeds.json")
	if err != nil {
		t.Fatal(err)
	}
	var gold fusionGold
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatal(err)
	}
	rec := seedRecord(t)
	incidentEvent := make([]string, len(gold.Incidents))
	seen := map[string]string{}
	for i, inc := range gold.Incidents {
		var ids []string
		for _, e := range rec.Events {
			if country(e.Source) == inc.Source && country(e.Target) == inc.Target && family(e.CAMEO) == inc.Family {
				ids = append(ids, e.ID)
				if e.NumArticles < inc.MinArticles {
					t.Errorf("%s: fused from %d articles, want at least %d", inc.Name, e.NumArticles, inc.MinArticles)
				}
			}
		}
		if len(ids) != 1 {
			t.Errorf("%s: %d fused events (%v), want exactly one", inc.Name, len(ids), ids)
			continue
		}
		if other, dup := seen[ids[0]]; dup {
			t.Errorf("%s and %s were fused into one event", inc.Name, other)
		}
		seen[ids[0]] = inc.Name
		incidentEvent[i] = ids[0]
	}
	for _, want := range gold.Contradictions {
		found := false
		for _, c := range rec.Contradictions {
			if c.Subject != want.Subject {
				continue
			}
			if want.Incident != nil && c.Event != incidentEvent[*want.Incident] {
				continue
			}
			var values []string
			conservative := ""
			for _, v := range c.Values {
				values = append(values, v.Value)
				if v.Conservative {
					conservative = v.Value
				}
			}
			sort.Strings(values)
			wantValues := append([]string(nil), want.Values...)
			sort.Strings(wantValues)
			if strings.Join(values, "|") == strings.Join(wantValues, "|") && conservative == want.Conservative {
				found = true
			}
		}
		if !found {
			t.Errorf("contradiction on %s %v (most conservative %s) not found", want.Subject, want.Values, want.Conservative)
		}
	}
}

func TestSeedFusionIsOrderIndependent(t *testing.T) {
	exs := examples.All()
	run := func(order []int) string {
		var contribs []*fuse.Article
		for _, i := range order {
			arts, _ := read.Bytes(exs[i].Name, exs[i].Data, read.Text)
			contribs = append(contribs, PrepareAll(arts, Options{})...)
		}
		rec := RecordOf(contribs)
		rec.Articles = nil // input order is kept for articles on purpose
		b, _ := json.Marshal(rec)
		return string(b)
	}
	want := run([]int{0, 1, 2, 3, 4})
	for _, order := range [][]int{{4, 3, 2, 1, 0}, {2, 0, 4, 1, 3}} {
		if run(order) != want {
			t.Errorf("articles in order %v give another record", order)
		}
	}
}

// dyadKind is what one real-world event shares across its mentions: the
// directed country dyad and the kind of action, and within one country
// the kinds of actor on each side ("Jaish al-Adl's raid on the police"
// and "Iran's strike on Jaish al-Adl" are two events).
func dyadKind(src, tgt, code string) string {
	a, b := src[:min(3, len(src))], tgt[:min(3, len(tgt))]
	key := a + ">" + b + " " + family(code)
	if a == b {
		key += " " + fuse.Side(src) + ">" + fuse.Side(tgt)
	}
	return key
}

// TestSeedGoldEventsAreFusedOnce reads the hand-coded event gold of the
// seeds: every gold line the coder found must sit in exactly one fused
// event, and the lines of one real-world event (one directed dyad, one
// kind of action) in one fused event, whichever article they come from.
func TestSeedGoldEventsAreFusedOnce(t *testing.T) {
	b, err := os.ReadFile("../../testdata/gold/events/seeds.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	gold, err := event.ReadGold("seeds.jsonl", b)
	if err != nil {
		t.Fatal(err)
	}
	rec := seedRecord(t)
	docID := map[string]string{}
	for _, a := range rec.Articles {
		docID[filepath.Base(a.SourcePath)] = a.ID
	}
	byKey := map[string]map[string]bool{} // dyad and kind → fused events holding its gold lines
	found := 0
	for _, g := range gold {
		key := dyadKind(g.Source, g.Target, g.Code)
		snippet := event.NormText(g.Snippet)
		holders := map[string]bool{}
		for _, e := range rec.Events {
			if e.Source == nil || e.Target == nil || dyadKind(e.Source.Code, e.Target.Code, e.CAMEO) != key {
				continue
			}
			for _, m := range e.Mentions {
				if m.Article == docID[g.Doc] && strings.Contains(event.NormText(m.Text), snippet) {
					holders[e.ID] = true
				}
			}
		}
		if len(holders) == 0 {
			continue // not coded: the coder's recall, measured by eval seeds
		}
		found++
		if len(holders) > 1 {
			t.Errorf("gold line %d (%s) is in %d fused events", g.Line, key, len(holders))
		}
		if byKey[key] == nil {
			byKey[key] = map[string]bool{}
		}
		for id := range holders {
			byKey[key][id] = true
		}
	}
	if found < len(gold)/2 {
		t.Fatalf("only %d of %d gold lines found in the record", found, len(gold))
	}
	for key, ids := range byKey {
		if len(ids) > 1 {
			t.Errorf("%s: its gold lines are spread over %d fused events", key, len(ids))
		}
	}
	t.Logf("%d of %d gold lines found; %d real-world events, each one fused event", found, len(gold), len(byKey))
}
