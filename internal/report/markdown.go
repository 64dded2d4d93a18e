// Package report renders a situation record for people: a Markdown report
// that reads in two minutes, every line citing its sources.
package report

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/record"
)

// WriteMarkdown writes the report of rec to w.
func WriteMarkdown(w io.Writer, rec *record.Record) error {
	bw := bufio.NewWriter(w)
	cite := citations(rec)

	fmt.Fprintln(bw, "# Situation report")
	fmt.Fprintln(bw)
	fmt.Fprintf(bw, "From %d article%s", len(rec.Articles), plural(len(rec.Articles)))
	if outlets := outletList(rec); len(outlets) > 0 {
		fmt.Fprintf(bw, " (%s)", Markdown(strings.Join(outlets, ", ")))
	}
	if first, last := dateRange(rec); first != "" {
		if first == last {
			fmt.Fprintf(bw, ", published %s", first)
		} else {
			fmt.Fprintf(bw, ", published %s to %s", first, last)
		}
	}
	fmt.Fprintln(bw, ".")
	fmt.Fprintln(bw)

	fmt.Fprintln(bw, "## Events")
	fmt.Fprintln(bw)
	if len(rec.Events) == 0 {
		fmt.Fprintln(bw, "No events were coded from these articles.")
	}
	for _, e := range rec.Events {
		fmt.Fprintf(bw, "- %s: %s → %s, CAMEO %s (%s)%s\n", dateOr(e.Date), actorName(e.Source), actorName(e.Target), Markdown(e.CAMEO), Markdown(e.Modality), cite.of(mentionArticles(e)))
	}
	fmt.Fprintln(bw)

	fmt.Fprintln(bw, "## Who said what")
	fmt.Fprintln(bw)
	if len(rec.Quotes) == 0 {
		fmt.Fprintln(bw, "No quotations were found.")
	}
	for _, q := range rec.Quotes {
		fmt.Fprintf(bw, "- **%s**: “%s”%s\n", actorName(q.Speaker), Markdown(q.Text), cite.of([]string{q.Article}))
	}
	fmt.Fprintln(bw)

	fmt.Fprintln(bw, "## Casualties and other figures")
	fmt.Fprintln(bw)
	if len(rec.Figures) == 0 {
		fmt.Fprintln(bw, "No figures were found.")
	}
	for _, f := range rec.Figures {
		least := ""
		if f.AtLeast {
			least = "at least "
		}
		fmt.Fprintf(bw, "- %s: %s%d %s%s\n", Markdown(f.Kind), least, f.Count, Markdown(f.Who), cite.of([]string{f.Article}))
	}
	fmt.Fprintln(bw)

	fmt.Fprintln(bw, "## Sources")
	fmt.Fprintln(bw)
	for i, a := range rec.Articles {
		title, outlet := Markdown(a.Title), Markdown(a.Outlet)
		if title == "" {
			title = "(no headline)"
		}
		if outlet == "" {
			outlet = "unknown outlet"
		}
		fmt.Fprintf(bw, "%d. %s — %s, %s. `%s`, %d sentences", i+1, outlet, title, dateOr(a.Published), strings.ReplaceAll(Plain(a.SourcePath), "`", "'"), a.Sentences)
		if len(a.Removed) > 0 {
			fmt.Fprintf(bw, "; cleaning removed %s", removedSummary(a.Removed))
		}
		fmt.Fprintln(bw)
	}
	return bw.Flush()
}

// citer numbers articles [1], [2]… in the order of the Sources list.
type citer map[string]int

func citations(rec *record.Record) citer {
	c := citer{}
	for i, a := range rec.Articles {
		c[a.ID] = i + 1
	}
	return c
}

func (c citer) of(articles []string) string {
	var nums []int
	seen := map[int]bool{}
	for _, id := range articles {
		if n, ok := c[id]; ok && !seen[n] {
			seen[n] = true
			nums = append(nums, n)
		}
	}
	sort.Ints(nums)
	var b strings.Builder
	for _, n := range nums {
		fmt.Fprintf(&b, " [%d]", n)
	}
	return b.String()
}

func mentionArticles(e record.Event) []string {
	out := make([]string, 0, len(e.Mentions))
	for _, m := range e.Mentions {
		out = append(out, m.Article)
	}
	return out
}

func actorName(a *record.Actor) string {
	if a == nil {
		return "(unknown)"
	}
	if a.Code != "" {
		return Markdown(a.Name) + " (" + Markdown(a.Code) + ")"
	}
	return Markdown(a.Name)
}

func dateOr(d *string) string {
	if d == nil || *d == "" {
		return "date unknown"
	}
	return *d
}

func outletList(rec *record.Record) []string {
	seen := map[string]bool{}
	var out []string
	for _, a := range rec.Articles {
		if a.Outlet != "" && !seen[a.Outlet] {
			seen[a.Outlet] = true
			out = append(out, a.Outlet)
		}
	}
	return out
}

func dateRange(rec *record.Record) (first, last string) {
	for _, a := range rec.Articles {
		if a.Published == nil {
			continue
		}
		d := *a.Published
		if first == "" || d < first {
			first = d
		}
		if d > last {
			last = d
		}
	}
	return first, last
}

func removedSummary(rs []record.Removed) string {
	counts := map[string]int{}
	var order []string
	for _, r := range rs {
		if counts[r.Reason] == 0 {
			order = append(order, r.Reason)
		}
		counts[r.Reason]++
	}
	parts := make([]string, 0, len(order))
	for _, r := range order {
		parts = append(parts, Markdown(r))
	}
	return strings.Join(parts, ", ")
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
