// Package export writes a record in formats other tools read: CSV tables,
// the GDELT 2.0 event table, and PLOVER JSON Lines.
package export

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/cameo"
	"github.com/sitrep/sitrep/internal/record"
)

// Tables are the CSV tables that can be exported.
var Tables = []string{"events", "quotes", "figures", "contradictions", "dyads"}

// CSV writes one table of rec. Cells that a spreadsheet would run as a
// formula are defused with a leading apostrophe (article text is
// untrusted).
func CSV(w io.Writer, rec *record.Record, table string) error {
	cw := csv.NewWriter(w)
	write := func(cells ...string) {
		for i, c := range cells {
			cells[i] = safeCell(c)
		}
		cw.Write(cells)
	}
	switch table {
	case "events":
		write("id", "date", "source_code", "source_name", "target_code", "target_name", "cameo", "plover", "plover_mode",
			"goldstein", "quad_class", "modality", "location", "location_country", "lat", "lon",
			"num_mentions", "num_sources", "num_articles", "corroboration", "sources", "evidence")
		for _, e := range rec.Events {
			sc, sn := actorCells(e.Source)
			tc, tn := actorCells(e.Target)
			loc, lc, lat, lon := locationCells(e.Location)
			evidence := ""
			if len(e.Mentions) > 0 {
				evidence = e.Mentions[0].Text
			}
			write(e.ID, deref(e.Date), sc, sn, tc, tn, e.CAMEO, e.PLOVER, e.PLOVERMode,
				ftoa(e.Goldstein), strconv.Itoa(e.QuadClass), e.Modality, loc, lc, lat, lon,
				strconv.Itoa(e.NumMentions), strconv.Itoa(e.NumSources), strconv.Itoa(e.NumArticles), e.Corroboration,
				strings.Join(e.Sources, "; "), evidence)
		}
	case "quotes":
		write("id", "article", "direct", "speaker_name", "speaker_code", "speaker_role", "text")
		for _, q := range rec.Quotes {
			code, name := actorCells(q.Speaker)
			role := ""
			if q.Speaker != nil {
				role = q.Speaker.Role
			}
			write(q.ID, q.Article, strconv.FormatBool(q.Direct), name, code, role, q.Text)
		}
	case "figures":
		write("id", "article", "kind", "count", "at_least", "who", "country", "place", "event", "claimed_by")
		for _, f := range rec.Figures {
			claim, _ := actorCells(f.ClaimedBy)
			write(f.ID, f.Article, f.Kind, strconv.Itoa(f.Count), strconv.FormatBool(f.AtLeast), f.Who, f.Country, f.Place, f.Event, claim)
		}
	case "contradictions":
		write("id", "subject", "event", "value", "conservative", "articles", "outlets")
		for _, c := range rec.Contradictions {
			for _, v := range c.Values {
				write(c.ID, c.Subject, c.Event, v.Value, strconv.FormatBool(v.Conservative), strings.Join(v.Articles, "; "), strings.Join(v.Outlets, "; "))
			}
		}
	case "dyads":
		write("source", "target", "date", "events", "goldstein_sum", "goldstein_mean")
		for _, d := range rec.Dyads {
			write(d.Source, d.Target, d.Date, strconv.Itoa(d.Events), ftoa(d.GoldsteinSum), ftoa(d.GoldsteinMean))
		}
	default:
		return fmt.Errorf("unknown table %q (one of %s)", table, strings.Join(Tables, ", "))
	}
	cw.Flush()
	return cw.Error()
}

// safeCell keeps a spreadsheet from reading a cell as a formula and
// removes control characters.
func safeCell(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f {
			return -1
		}
		return r
	}, s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		// A number such as -10.0 is data, not a formula.
		if _, err := strconv.ParseFloat(s, 64); err != nil {
			return "'" + s
		}
	}
	return s
}

func actorCells(a *record.Actor) (code, name string) {
	if a == nil {
		return "", ""
	}
	return a.Code, a.Name
}

func locationCells(l *record.Location) (name, country, lat, lon string) {
	if l == nil {
		return "", "", "", ""
	}
	if l.Lat != nil && l.Lon != nil {
		lat, lon = ftoa(*l.Lat), ftoa(*l.Lon)
	}
	return l.Name, l.Country, lat, lon
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// GDELTColumns are the 61 columns of the GDELT 2.0 event table, in order.
var GDELTColumns = []string{
	"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// GDELT writes the fused events as GDELT 2.0 event-table rows: tab
// separated, no header unless header is set, GDELT's column order and
// codes. Events without a day-precision date are left out (GDELT's Day
// is required); geography country codes are FIPS 10-4 where the table
// in fips.go knows them.
func GDELT(w io.Writer, rec *record.Record, header bool) error {
	urls := map[string]string{}
	for _, a := range rec.Articles {
		u := a.URL
		if u == "" {
			u = a.SourcePath
		}
		urls[a.ID] = u
	}
	var b strings.Builder
	if header {
		b.WriteString(strings.Join(GDELTColumns, "\t"))
		b.WriteByte('\n')
	}
	for _, e := range rec.Events {
		if e.Date == nil || len(*e.Date) != 10 {
			continue
		}
		day, err := time.Parse("2006-01-02", *e.Date)
		if err != nil {
			continue
		}
		cols := make([]string, len(GDELTColumns))
		cols[0] = strconv.FormatUint(numericID(e.ID), 10)
		cols[1] = day.Format("20060102")
		cols[2] = day.Format("200601")
		cols[3] = day.Format("2006")
		cols[4] = strconv.FormatFloat(float64(day.Year())+float64(day.YearDay())/365, 'f', 4, 64)
		fillActor(cols[5:15], e.Source)
		fillActor(cols[15:25], e.Target)
		cols[25] = "0"
		for _, m := range e.Mentions {
			if m.Sentence <= 2 { // GDELT: reported in the lead paragraph
				cols[25] = "1"
			}
		}
		cols[26] = e.CAMEO
		cols[27] = cameo.Base(e.CAMEO)
		cols[28] = cameo.Root(e.CAMEO)
		cols[29] = strconv.Itoa(e.QuadClass)
		cols[30] = ftoa(e.Goldstein)
		cols[31] = strconv.Itoa(e.NumMentions)
		cols[32] = strconv.Itoa(e.NumSources)
		cols[33] = strconv.Itoa(e.NumArticles)
		cols[34] = "0"
		if l := e.Location; l != nil {
			g := cols[51:59]
			g[0] = "1" // country
			if l.Name != "" && !strings.EqualFold(l.Name, l.Country) {
				g[0] = "4" // a place within the country
			}
			g[1] = l.Name
			g[2] = FIPS(l.Country)
			if l.Lat != nil && l.Lon != nil {
				g[5], g[6] = ftoa(*l.Lat), ftoa(*l.Lon)
			}
		}
		cols[59] = day.Format("20060102") + "000000"
		if len(e.Mentions) > 0 {
			cols[60] = urls[e.Mentions[0].Article]
		}
		for i, c := range cols {
			cols[i] = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(c)
		}
		b.WriteString(strings.Join(cols, "\t"))
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// fillActor fills GDELT's ten actor columns from a CAMEO actor code:
// country, then up to three type (agent) codes of three letters.
func fillActor(cols []string, a *record.Actor) {
	if a == nil {
		return
	}
	cols[0] = a.Code
	cols[1] = strings.ToUpper(a.Name)
	cols[2] = a.Country
	rest := a.Code
	if a.Country != "" && strings.HasPrefix(rest, a.Country) {
		rest = rest[len(a.Country):]
	}
	for i := 0; i < 3 && len(rest) >= 3; i++ {
		cols[7+i] = rest[:3]
		rest = rest[3:]
	}
}

// numericID maps an event's ID to GDELT's numeric GlobalEventID, stably.
func numericID(id string) uint64 {
	sum := sha256.Sum256([]byte(id))
	return binary.BigEndian.Uint64(sum[:8]) >> 12 // fits a signed 64-bit and a double
}

// ploverRecord is one event in PLOVER's JSON field names.
type ploverRecord struct {
	ID         string         `json:"id"`
	Date       *string        `json:"date"`
	Actor      []ploverEntity `json:"actor"`
	Recipient  []ploverEntity `json:"recipient"`
	Event      []string       `json:"event"`
	Mode       []string       `json:"mode"`
	Context    []string       `json:"context"`
	EventLoc   *ploverLoc     `json:"event_loc"`
	EventText  []string       `json:"event_text"`
	QuadCode   int            `json:"quad_code"`
	EventScale float64        `json:"event_scale"`
	Dead       *int           `json:"dead,omitempty"`
	Injured    *int           `json:"injured,omitempty"`
	CiteInfo   []ploverCite   `json:"cite_info"`
	Coder      string         `json:"coder"`
	Comment    string         `json:"comment,omitempty"`
}

type ploverEntity struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

type ploverLoc struct {
	Name    string   `json:"name"`
	Country string   `json:"country"`
	Lat     *float64 `json:"lat"`
	Lon     *float64 `json:"lon"`
}

type ploverCite struct {
	Article  string `json:"article"`
	Outlet   string `json:"outlet"`
	URL      string `json:"url"`
	Sentence int    `json:"sentence"`
}

// PLOVER writes the fused events as PLOVER JSON Lines, one record a line,
// with dead and injured from the most conservative figure tied to each.
func PLOVER(w io.Writer, rec *record.Record) error {
	arts := map[string]record.Article{}
	for _, a := range rec.Articles {
		arts[a.ID] = a
	}
	dead, injured := conservativeCounts(rec.Figures)
	enc := json.NewEncoder(w)
	for _, e := range rec.Events {
		if e.PLOVER == "" {
			continue
		}
		r := ploverRecord{ID: e.ID, Date: e.Date, Event: []string{e.PLOVER}, Mode: []string{}, Context: []string{},
			QuadCode: e.QuadClass, EventScale: e.Goldstein, Coder: "sitrep", Actor: []ploverEntity{}, Recipient: []ploverEntity{}}
		if e.Source != nil {
			r.Actor = append(r.Actor, ploverEntity{e.Source.Code, e.Source.Name})
		}
		if e.Target != nil {
			r.Recipient = append(r.Recipient, ploverEntity{e.Target.Code, e.Target.Name})
		}
		if e.PLOVERMode != "" {
			r.Mode = append(r.Mode, e.PLOVERMode)
		}
		if l := e.Location; l != nil {
			r.EventLoc = &ploverLoc{l.Name, l.Country, l.Lat, l.Lon}
		}
		for _, m := range e.Mentions {
			r.EventText = append(r.EventText, m.Text)
			a := arts[m.Article]
			r.CiteInfo = append(r.CiteInfo, ploverCite{Article: m.Article, Outlet: a.Outlet, URL: a.URL, Sentence: m.Sentence})
		}
		if n, ok := dead[e.ID]; ok {
			r.Dead = &n
		}
		if n, ok := injured[e.ID]; ok {
			r.Injured = &n
		}
		if e.Modality != "asserted" {
			r.Comment = "modality: " + e.Modality
		}
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}

// conservativeCounts gives, per event, the lowest killed and injured
// counts any source reports (ACLED's rule for conflicting reports).
func conservativeCounts(figs []record.Figure) (dead, injured map[string]int) {
	dead, injured = map[string]int{}, map[string]int{}
	for _, f := range figs {
		if f.Event == "" {
			continue
		}
		var m map[string]int
		switch f.Kind {
		case "killed":
			m = dead
		case "injured":
			m = injured
		default:
			continue
		}
		if n, ok := m[f.Event]; !ok || f.Count < n {
			m[f.Event] = f.Count
		}
	}
	return dead, injured
}
