// Package report renders a situation record for people: a Markdown or a
// self-contained HTML report that reads in two minutes, the main
// developments first, every line citing its sources.
package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/sitrep/sitrep/internal/record"
)

// WriteMarkdown writes the report of rec to w.
func WriteMarkdown(w io.Writer, rec *record.Record) error {
	v := buildView(rec, false)
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }

	p("# Situation report\n\n")
	p("From %d article%s", v.Articles, plural(v.Articles))
	if len(v.Outlets) > 0 {
		p(" (%s)", Markdown(strings.Join(v.Outlets, ", ")))
	}
	if v.First != "" {
		if v.First == v.Last {
			p(", published %s", v.First)
		} else {
			p(", published %s to %s", v.First, v.Last)
		}
	}
	p(".\n\n")

	p("## Main developments\n\n")
	if len(v.Developments) == 0 {
		p("No events were coded from these articles.\n")
	}
	for _, e := range v.Developments {
		p("- %s\n", mdEvent(e))
		if e.Evidence != "" {
			p("  > %s [%d](#s%d)\n", Markdown(e.Evidence), e.EvCite.N, e.EvCite.N)
		}
	}
	p("\n")

	if len(v.Timeline) > 0 {
		p("## Timeline\n\n")
		for _, e := range v.Timeline {
			p("- %s\n", mdEvent(e))
		}
		p("\n")
	}

	p("## Who said what\n\n")
	if len(v.Speakers) == 0 {
		p("No quotations were found.\n")
	}
	for _, s := range v.Speakers {
		p("**%s**\n", Markdown(s.Speaker))
		for _, q := range s.Quotes {
			if q.Direct {
				p("- “%s”%s\n", Markdown(q.Text), mdCites([]cite{q.Cite}))
			} else {
				p("- (reported) %s%s\n", Markdown(q.Text), mdCites([]cite{q.Cite}))
			}
		}
		p("\n")
	}
	p("\n")

	p("## Casualties and other figures\n\n")
	if len(v.Casualties)+len(v.Others) == 0 {
		p("No figures were found.\n\n")
	} else {
		p("| figure | count | of whom | according to | source |\n|---|---|---|---|---|\n")
		for _, f := range append(append([]figureLine(nil), v.Casualties...), v.Others...) {
			mark := ""
			if f.Disputed {
				mark = " ⚠"
			}
			p("| %s%s | %s | %s | %s | %s |\n", Markdown(f.Kind), mark, Markdown(f.Value), Markdown(f.Who), Markdown(f.Claimed), strings.TrimSpace(mdCites([]cite{f.Cite})))
		}
		p("\n")
	}
	if len(v.Disputes) > 0 {
		p("## Where sources disagree\n\n")
		for _, d := range v.Disputes {
			var parts []string
			for _, val := range d.Values {
				s := Markdown(val.Value) + mdCites(val.Cites)
				if val.Conservative {
					s += " (most conservative)"
				}
				parts = append(parts, s)
			}
			p("- **%s**: %s\n", Markdown(d.Subject), strings.Join(parts, " vs. "))
		}
		p("\n")
	}

	p("## Sources\n\n")
	for _, s := range v.Sources {
		title, outlet := Markdown(s.Title), Markdown(s.Outlet)
		if title == "" {
			title = "(no headline)"
		}
		if outlet == "" {
			outlet = "unknown outlet"
		}
		date := s.Published
		if date == "" {
			date = "date unknown"
		}
		p("%d. <a id=\"%s\"></a>%s — %s, %s. `%s`, %d sentences", s.N, s.Anchor, outlet, title, date,
			strings.ReplaceAll(Plain(s.Path), "`", "'"), s.Sentences)
		if s.Removed != "" {
			p("; cleaning removed %s", Markdown(s.Removed))
		}
		p("\n")
	}
	return bw.Flush()
}

func mdEvent(e eventLine) string {
	date := e.Date
	if date == "" {
		date = "date unknown"
	}
	s := fmt.Sprintf("**%s** — %s → %s: %s", date, Markdown(e.Source), Markdown(e.Target), Markdown(e.Action))
	if e.Place != "" {
		s += " in " + Markdown(e.Place)
	}
	if e.Modality != "" && e.Modality != "asserted" {
		s += " — _" + Markdown(e.Modality)
		if e.ClaimedBy != "" {
			s += " by " + Markdown(e.ClaimedBy)
		}
		s += "_"
	}
	if e.Level != "" {
		s += " (" + e.Level + ")"
	}
	return s + mdCites(e.Cites)
}

func mdCites(cs []cite) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, " [%d](#s%d)", c.N, c.N)
	}
	return b.String()
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
