package report

import (
	"fmt"
	"html/template"
	"io"
	"sort"
	"time"

	"github.com/sitrep/sitrep/internal/record"
)

// HTMLOption changes how the HTML report is written.
type HTMLOption int

// LinkArticles makes citations link to the server's article pages
// (/articles/ID#sN) instead of the evidence list within the page.
const LinkArticles HTMLOption = 1

// WriteHTML writes the report as one self-contained HTML page (no
// scripts, no outside resources) with the dyad series drawn as an SVG
// chart. html/template escapes every piece of article text.
func WriteHTML(w io.Writer, rec *record.Record, opts ...HTMLOption) error {
	link := false
	for _, o := range opts {
		link = link || o == LinkArticles
	}
	v := buildView(rec, link)
	data := struct {
		*view
		Chart    *chart
		Evidence []evidence
	}{v, buildChart(v.Dyads), collectEvidence(rec)}
	return page.Execute(w, data)
}

// evidence is one sentence cited by an event, with its anchor.
type evidence struct {
	Anchor string
	N      int
	Index  int
	Text   string
}

func collectEvidence(rec *record.Record) []evidence {
	num := map[string]int{}
	for i, a := range rec.Articles {
		num[a.ID] = i + 1
	}
	seen := map[string]bool{}
	var out []evidence
	for _, e := range rec.Events {
		for _, m := range e.Mentions {
			anchor := fmt.Sprintf("s%d-%d", num[m.Article], m.Sentence)
			if seen[anchor] {
				continue
			}
			seen[anchor] = true
			out = append(out, evidence{Anchor: anchor, N: num[m.Article], Index: m.Sentence, Text: Plain(m.Text)})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].N != out[j].N {
			return out[i].N < out[j].N
		}
		return out[i].Index < out[j].Index
	})
	return out
}

// chart is the dyad series laid out for SVG.
type chart struct {
	Width, Height, Zero int
	Lines               []chartLine
	Ticks               []chartTick
	MaxLabel, MinLabel  string
}

type chartLine struct {
	Label   string
	Color   string
	Points  string // SVG polyline points
	Dots    []chartDot
	LegendY int
}

type chartDot struct {
	X, Y  int
	Title string
}

type chartTick struct {
	X     int
	Label string
}

var chartColors = []string{"#c0392b", "#2471a3", "#229954", "#d68910", "#7d3c98", "#17a589"}

// maxChartLines keeps the chart readable: the dyads with most events.
const maxChartLines = 6

func buildChart(series []dyadSeries) *chart {
	if len(series) == 0 {
		return nil
	}
	series = append([]dyadSeries(nil), series...)
	sort.SliceStable(series, func(i, j int) bool { return events(series[i]) > events(series[j]) })
	if len(series) > maxChartLines {
		series = series[:maxChartLines]
	}
	var first, last time.Time
	maxAbs := 1.0
	for _, s := range series {
		for _, d := range s.Days {
			t, _ := time.Parse("2006-01-02", d.Date)
			if first.IsZero() || t.Before(first) {
				first = t
			}
			if t.After(last) {
				last = t
			}
			if a := abs(d.GoldsteinSum); a > maxAbs {
				maxAbs = a
			}
		}
	}
	c := &chart{Width: 720, Height: 240}
	const left, right, top, bottom = 60, 170, 20, 30
	plotW, plotH := c.Width-left-right, c.Height-top-bottom
	days := last.Sub(first).Hours() / 24
	x := func(t time.Time) int {
		if days == 0 {
			return left + plotW/2
		}
		return left + int(float64(plotW)*t.Sub(first).Hours()/24/days)
	}
	y := func(g float64) int { return top + int(float64(plotH)*(maxAbs-g)/(2*maxAbs)) }
	c.Zero = y(0)
	c.MaxLabel, c.MinLabel = fmt.Sprintf("+%.0f", maxAbs), fmt.Sprintf("−%.0f", maxAbs)
	for t := first; !t.After(last); t = t.AddDate(0, 0, 1) {
		if days <= 14 || t.Day() == 1 || t.Equal(first) {
			c.Ticks = append(c.Ticks, chartTick{X: x(t), Label: t.Format("Jan 2")})
		}
	}
	for i, s := range series {
		l := chartLine{Label: s.Source + " → " + s.Target, Color: chartColors[i%len(chartColors)], LegendY: top + 16*i}
		for j, d := range s.Days {
			t, _ := time.Parse("2006-01-02", d.Date)
			px, py := x(t), y(d.GoldsteinSum)
			if j > 0 {
				l.Points += " "
			}
			l.Points += fmt.Sprintf("%d,%d", px, py)
			l.Dots = append(l.Dots, chartDot{X: px, Y: py,
				Title: fmt.Sprintf("%s %s: %d event(s), Goldstein sum %.1f, mean %.1f", l.Label, d.Date, d.Events, d.GoldsteinSum, d.GoldsteinMean)})
		}
		c.Lines = append(c.Lines, l)
	}
	return c
}

func events(s dyadSeries) int {
	n := 0
	for _, d := range s.Days {
		n += d.Events
	}
	return n
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

var page = template.Must(template.New("report").Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Situation report</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{margin-bottom:.2rem} h2{border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2rem}
.meta{color:#666} .cite{font-size:.8em;vertical-align:super;text-decoration:none}
blockquote{margin:.3rem 0 .8rem 1rem;padding-left:.8rem;border-left:3px solid #ccc;color:#444}
.mod{font-style:italic;color:#8e44ad} .lvl{font-size:.8em;color:#666;border:1px solid #ccc;border-radius:3px;padding:0 .3rem}
table{border-collapse:collapse;width:100%} td,th{border-bottom:1px solid #eee;padding:.3rem .5rem;text-align:left}
tr.disputed td{background:#fff4e5} .cons{font-weight:bold} .ev{font-size:.9em} :target{background:#ffef9a}
</style></head><body>
<h1>Situation report</h1>
<p class="meta">From {{.Articles}} article{{if ne .Articles 1}}s{{end}}{{with .Outlets}} ({{range $i, $o := .}}{{if $i}}, {{end}}{{$o}}{{end}}){{end}}{{if .First}}, published {{.First}}{{if ne .First .Last}} to {{.Last}}{{end}}{{end}}.</p>

<h2>Main developments</h2>
{{if not .Developments}}<p>No events were coded from these articles.</p>{{end}}
<ul>{{range .Developments}}
<li>{{template "event" .}}{{if .Evidence}}<blockquote>{{.Evidence}} <a class="cite" href="{{.EvCite.Href}}">[{{.EvCite.N}}]</a></blockquote>{{end}}</li>{{end}}
</ul>

{{with .Chart}}<h2>Conflict and cooperation by dyad</h2>
<p class="meta">Daily sum of Goldstein scores (−10 conflict … +10 cooperation) of the events from one country to another.</p>
<svg width="{{.Width}}" height="{{.Height}}" viewBox="0 0 {{.Width}} {{.Height}}" role="img" aria-label="Goldstein series by dyad">
<line x1="60" x2="550" y1="{{.Zero}}" y2="{{.Zero}}" stroke="#999" stroke-dasharray="4 3"/>
<text x="54" y="24" text-anchor="end" font-size="11">{{.MaxLabel}}</text>
<text x="54" y="{{.Zero}}" text-anchor="end" font-size="11">0</text>
<text x="54" y="210" text-anchor="end" font-size="11">{{.MinLabel}}</text>
{{range .Ticks}}<text x="{{.X}}" y="232" text-anchor="middle" font-size="11">{{.Label}}</text>{{end}}
{{range .Lines}}<polyline fill="none" stroke="{{.Color}}" stroke-width="2" points="{{.Points}}"/>
{{$c := .Color}}{{range .Dots}}<circle cx="{{.X}}" cy="{{.Y}}" r="4" fill="{{$c}}"><title>{{.Title}}</title></circle>{{end}}
<rect x="562" y="{{.LegendY}}" width="10" height="10" fill="{{.Color}}"/><text x="578" y="{{.LegendY}}" dy="9" font-size="12">{{.Label}}</text>
{{end}}</svg>{{end}}

{{with .Timeline}}<h2>Timeline</h2>
<ul>{{range .}}<li>{{template "event" .}}</li>{{end}}</ul>{{end}}

<h2>Who said what</h2>
{{if not .Speakers}}<p>No quotations were found.</p>{{end}}
{{range .Speakers}}<h3>{{.Speaker}}</h3><ul>{{range .Quotes}}<li>{{if .Direct}}“{{.Text}}”{{else}}<i>(reported)</i> {{.Text}}{{end}} <a class="cite" href="{{.Cite.Href}}">[{{.Cite.N}}]</a></li>{{end}}</ul>{{end}}

<h2>Casualties and other figures</h2>
{{if and (not .Casualties) (not .Others)}}<p>No figures were found.</p>{{else}}
<table><tr><th>figure</th><th>count</th><th>of whom</th><th>according to</th><th>source</th></tr>
{{range .Casualties}}{{template "figure" .}}{{end}}{{range .Others}}{{template "figure" .}}{{end}}
</table>{{end}}

{{with .Disputes}}<h2>Where sources disagree</h2><ul>
{{range .}}<li><b>{{.Subject}}</b>: {{range $i, $v := .Values}}{{if $i}} vs. {{end}}<span{{if $v.Conservative}} class="cons" title="most conservative"{{end}}>{{$v.Value}}</span>{{range $v.Cites}} <a class="cite" href="{{.Href}}">[{{.N}}]</a>{{end}}{{end}}</li>{{end}}
</ul>{{end}}

<h2>Sources</h2>
<ol>{{range .Sources}}<li id="{{.Anchor}}">{{if .Outlet}}{{.Outlet}}{{else}}unknown outlet{{end}} — {{if .Title}}{{.Title}}{{else}}(no headline){{end}}, {{if .Published}}{{.Published}}{{else}}date unknown{{end}}. <code>{{.Path}}</code>{{if .URL}} <a href="{{.URL}}" rel="noreferrer">link</a>{{end}}, {{.Sentences}} sentences{{if .Removed}}; cleaning removed {{.Removed}}{{end}}{{if .Href}} · <a href="{{.Href}}">read with findings</a>{{end}}</li>{{end}}</ol>

{{with .Evidence}}<h2>Evidence</h2>
<ul class="ev">{{range .}}<li id="{{.Anchor}}">[{{.N}}] sentence {{.Index}}: {{.Text}}</li>{{end}}</ul>{{end}}
</body></html>
{{define "event"}}<b>{{if .Date}}{{.Date}}{{else}}date unknown{{end}}</b> — {{.Source}} → {{.Target}}: {{.Action}}{{if .Place}} in {{.Place}}{{end}}{{if and .Modality (ne .Modality "asserted")}} <span class="mod">{{.Modality}}{{if .ClaimedBy}} by {{.ClaimedBy}}{{end}}</span>{{end}}{{if .Level}} <span class="lvl">{{.Level}}</span>{{end}}{{range .Cites}} <a class="cite" href="{{.Href}}">[{{.N}}]</a>{{end}}{{end}}
{{define "figure"}}<tr{{if .Disputed}} class="disputed"{{end}}><td>{{.Kind}}{{if .Disputed}} ⚠{{end}}</td><td>{{.Value}}</td><td>{{.Who}}</td><td>{{.Claimed}}</td><td><a class="cite" href="{{.Cite.Href}}">[{{.Cite.N}}]</a></td></tr>{{end}}
`))
