// Package clean separates an article's text from what the web page wrapped
// around it (widgets, captions, sidebars, credit and publication lines) and
// reads the headline, outlet, bylines and publication date the text gives.
//
// Cleaning never rewrites the text: it marks spans of Article.Original as
// kept or removed, so every later offset still points into the text as read.
// Rules are data (data/*.tsv, embedded), extendable with the user's files.
package clean

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io"
	"os"
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"

	"github.com/sitrep/sitrep/internal/article"
	"github.com/sitrep/sitrep/internal/dates"
)

//go:embed data/rules.tsv data/metadata.tsv
var dataFS embed.FS

type matchKind int

const (
	matchLine matchKind = iota
	matchPrefix
	matchContains
)

// rule removes boilerplate lines.
type rule struct {
	end    bool // remove everything after the line too
	match  matchKind
	phrase string // lower-cased
	reason string
	source string // file:line, for provenance
}

// metaRule reads metadata from a line and removes it.
type metaRule struct {
	field  string // outlet, byline, date or outlet+date
	end    bool
	reason string
	re     *regexp.Regexp
	must   string // a lower-case literal every match contains: a cheap pre-test
	source string
}

// Cleaner holds the rules. It is safe for concurrent use.
type Cleaner struct {
	rules []rule
	meta  []metaRule
}

var (
	defaultOnce    sync.Once
	defaultCleaner *Cleaner
	defaultErr     error
)

// Default returns the cleaner with the embedded rules.
func Default() *Cleaner {
	defaultOnce.Do(func() { defaultCleaner, defaultErr = New() })
	if defaultErr != nil {
		panic("clean: embedded rules are invalid: " + defaultErr.Error())
	}
	return defaultCleaner
}

// New returns a cleaner with the embedded rules plus the rule files named
// (files of the same forms as data/rules.tsv; a file whose first column is
// a metadata field is read as metadata rules).
func New(extra ...string) (*Cleaner, error) {
	c := &Cleaner{}
	for _, name := range []string{"data/rules.tsv", "data/metadata.tsv"} {
		b, err := dataFS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		if err := c.add(name, bytes.NewReader(b)); err != nil {
			return nil, err
		}
	}
	for _, path := range extra {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		err = c.add(path, f)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	return c, nil
}

func (c *Cleaner) add(name string, r io.Reader) error {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		src := fmt.Sprintf("%s:%d", name, n)
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			return fmt.Errorf("%s: want 4 TAB-separated columns, got %d", src, len(cols))
		}
		if cols[1] != "drop" && cols[1] != "end" && cols[0] != "drop" && cols[0] != "end" {
			return fmt.Errorf("%s: action must be drop or end", src)
		}
		switch cols[0] {
		case "drop", "end":
			r := rule{end: cols[0] == "end", phrase: strings.ToLower(cols[2]), reason: cols[3], source: src}
			if cols[1] == "line" {
				r.phrase = bare(r.phrase)
			}
			switch cols[1] {
			case "line":
				r.match = matchLine
			case "prefix":
				r.match = matchPrefix
			case "contains":
				r.match = matchContains
			default:
				return fmt.Errorf("%s: match must be line, prefix or contains", src)
			}
			c.rules = append(c.rules, r)
		case "outlet", "byline", "date", "outlet+date":
			re, err := regexp.Compile("(?i)" + cols[3])
			if err != nil {
				return fmt.Errorf("%s: %v", src, err)
			}
			c.meta = append(c.meta, metaRule{field: cols[0], end: cols[1] == "end", reason: cols[2], re: re, must: requiredLiteral(cols[3]), source: src})
		default:
			return fmt.Errorf("%s: unknown first column %q", src, cols[0])
		}
	}
	return sc.Err()
}

// maxMetaLine is the longest line worth testing against whole-line and
// metadata rules: those lines are short, paragraphs are not.
const maxMetaLine = 300

// requiredLiteral returns the longest literal that the top level of the
// expression always contains, lower-cased ("" if none: always test).
func requiredLiteral(expr string) string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return ""
	}
	best := ""
	parts := []*syntax.Regexp{re}
	if re.Op == syntax.OpConcat {
		parts = re.Sub
	}
	for _, p := range parts {
		if p.Op == syntax.OpLiteral && len(string(p.Rune)) > len(best) {
			best = string(p.Rune)
		}
	}
	return strings.ToLower(best)
}

// line is one line of the original text.
type line struct {
	start, end int    // the line without its newline
	text       string // trimmed
	reason     string // why it is removed; "" keeps it
}

// Clean marks a's kept and removed spans and fills the metadata the text
// gives where a does not have it yet (metadata from HTML or JSON wins).
func (c *Cleaner) Clean(a *article.Article) {
	lines := splitLines(a.Original)
	// The teaser list goes first so that its lines are named "sidebar"
	// even when an end-of-article line above it would also remove them.
	markDatedList(lines)
	c.applyRules(a, lines)
	markRepeatedLines(lines)
	markDateline(a, lines)
	if a.Title == "" {
		a.Title = headline(lines)
	}
	if a.Published == "" {
		if d := latestDate(lines); d != "" {
			a.Published, a.PublishedSource = d, "inferred"
		}
	}
	collect(a, lines)
}

// Clean cleans a with the embedded rules.
func Clean(a *article.Article) { Default().Clean(a) }

func splitLines(s string) []line {
	var out []line
	for start := 0; start <= len(s); {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += start
		}
		l := line{start: start, end: end}
		// trim surrounding space (ASCII and no-break) while keeping offsets
		for l.start < l.end && isSpaceByte(s[l.start]) {
			l.start++
		}
		for l.end > l.start && isSpaceByte(s[l.end-1]) {
			l.end--
		}
		for strings.HasPrefix(s[l.start:l.end], "\u00a0") {
			l.start += 2
		}
		for strings.HasSuffix(s[l.start:l.end], "\u00a0") {
			l.end -= 2
		}
		l.text = s[l.start:l.end]
		out = append(out, l)
		if end == len(s) {
			break
		}
		start = end + 1
	}
	return out
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v' }

// bare strips decoration that does not change what a line says.
func bare(s string) string {
	return strings.ToLower(strings.Trim(s, " *•·-–—|:\t"))
}

func (c *Cleaner) applyRules(a *article.Article, lines []line) {
	total := len(a.Original)
	for i := range lines {
		l := &lines[i]
		if l.text == "" || l.reason != "" {
			continue
		}
		// An end marker in the first half of the text is more likely a
		// stray word than the article's end: it only drops its own line.
		canEnd := l.start*2 >= total
		lower := strings.ToLower(l.text)
		// Metadata and credit lines are short; paragraphs skip the regexps.
		for _, m := range c.meta {
			if len(l.text) > maxMetaLine {
				break
			}
			if !strings.Contains(lower, m.must) {
				continue
			}
			sub := m.re.FindStringSubmatch(l.text)
			if sub == nil {
				continue
			}
			applyMeta(a, m.field, sub)
			l.reason = m.reason
			if m.end && canEnd {
				endFrom(lines, i+1)
			}
			break
		}
		if l.reason != "" {
			continue
		}
		whole := ""
		if len(l.text) <= maxMetaLine {
			whole = bare(l.text)
		}
		for _, r := range c.rules {
			var hit bool
			switch r.match {
			case matchLine:
				hit = whole != "" && whole == r.phrase
			case matchPrefix:
				hit = strings.HasPrefix(strings.TrimLeft(lower, " *•"), r.phrase)
			case matchContains:
				hit = strings.Contains(lower, r.phrase)
			}
			if !hit {
				continue
			}
			l.reason = r.reason
			if r.reason == "caption" {
				markCaptionLabel(lines, i)
			}
			if r.end && canEnd {
				endFrom(lines, i+1)
			}
			break
		}
	}
}

// endFrom removes every line from i on: what follows the end of an
// article is the page around it.
func endFrom(lines []line, i int) {
	for ; i < len(lines); i++ {
		if lines[i].reason == "" {
			lines[i].reason = "after end of article"
		}
	}
}

func applyMeta(a *article.Article, field string, sub []string) {
	val := strings.TrimSpace(sub[1])
	switch field {
	case "outlet":
		if a.Outlet == "" {
			a.Outlet = val
		}
	case "outlet+date":
		if a.Outlet == "" {
			a.Outlet = val
		}
		if d, ok := dates.Parse(sub[2]); ok && a.Published == "" {
			a.Published, a.PublishedSource = d, "text"
		}
	case "date":
		if d, ok := dates.Parse(val); ok && a.Published == "" {
			a.Published, a.PublishedSource = d, "text"
		}
	case "byline":
		for _, name := range splitNames(val) {
			addByline(a, name)
		}
	}
}

// splitNames splits "A in X and B in Y" / "A, B and C" into names.
func splitNames(s string) []string {
	s = strings.NewReplacer(" and ", ",", " & ", ",", ";", ",").Replace(s)
	var out []string
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if i := strings.Index(part, " in "); i > 0 {
			part = part[:i]
		}
		if part != "" {
			out = append(out, part)
		}
	}
	return out
}

func addByline(a *article.Article, name string) {
	for _, b := range a.Bylines {
		if strings.EqualFold(b, name) {
			return
		}
	}
	a.Bylines = append(a.Bylines, name)
}

// markCaptionLabel removes a short unpunctuated line directly above a
// caption: the image's label or alt text, printed as a line of its own.
func markCaptionLabel(lines []line, i int) {
	if i == 0 {
		return
	}
	p := &lines[i-1]
	if p.reason == "" && p.text != "" && !endsSentence(p.text) && len(strings.Fields(p.text)) <= 4 {
		p.reason = "caption"
	}
}

// markRepeatedLines handles a line printed twice in a row (an image's alt
// text and its caption, or a headline shown twice): a repeated sentence is
// a caption and both copies go; a repeated headline keeps its first copy.
func markRepeatedLines(lines []line) {
	prev := -1
	for i := range lines {
		if lines[i].text == "" {
			continue
		}
		if prev >= 0 && lines[i].reason == "" && lines[prev].text == lines[i].text {
			lines[i].reason = "duplicate"
			if endsSentence(lines[i].text) && lines[prev].reason == "" {
				lines[prev].reason = "caption"
				lines[i].reason = "caption"
			}
		}
		prev = i
	}
}

// markDatedList finds a trailing list of teasers for other stories: short
// headlines each followed by a date line ("19 May, 2024", "Updated 18 May,
// 2024"), as news sites print below an article. Two or more such dated
// entries at the end of the text, close together, are a sidebar.
func markDatedList(lines []line) {
	var dated []int
	for i, l := range lines {
		if l.reason != "" || l.text == "" {
			continue
		}
		if isDateLine(l.text) {
			dated = append(dated, i)
		}
	}
	if len(dated) < 2 {
		return
	}
	// Walk back from the last date line while entries stay close.
	last := dated[len(dated)-1]
	if nonBlankBetween(lines, last+1, len(lines)) > 4 {
		return
	}
	first := len(dated) - 1
	for first > 0 && nonBlankBetween(lines, dated[first-1]+1, dated[first]) <= 4 {
		first--
	}
	if len(dated)-first < 2 {
		return
	}
	start := dated[first]
	// The headline above the first date belongs to the list.
	for j := start - 1; j >= 0; j-- {
		if lines[j].text == "" {
			continue
		}
		if !endsSentence(lines[j].text) && len(strings.Fields(lines[j].text)) <= 12 {
			start = j
		}
		break
	}
	for j := start; j < len(lines); j++ {
		if lines[j].reason == "" {
			lines[j].reason = "sidebar"
		}
	}
}

func nonBlankBetween(lines []line, from, to int) int {
	n := 0
	for i := from; i < to; i++ {
		if lines[i].text != "" {
			n++
		}
	}
	return n
}

// isDateLine reports whether a line is only a date, perhaps labelled.
func isDateLine(s string) bool {
	if len(s) > 60 {
		return false
	}
	lower := strings.ToLower(s)
	for _, label := range []string{"updated", "published", "last updated", "posted"} {
		if strings.HasPrefix(lower, label) {
			s = strings.TrimLeft(s[len(label):], " :")
			break
		}
	}
	_, ok := dates.Parse(s)
	return ok
}

// markDateline removes an agency-and-date line near the top ("AFP ,
// Wednesday 17 Jan 2024"), taking the date and the agency as byline.
func markDateline(a *article.Article, lines []line) {
	seen := 0
	for i := range lines {
		l := &lines[i]
		if l.text == "" || l.reason != "" {
			continue
		}
		if seen++; seen > 6 {
			return
		}
		if len(l.text) > 100 {
			continue
		}
		ms := dates.Find(l.text)
		if len(ms) != 1 {
			continue
		}
		rest := strings.TrimSpace(l.text[:ms[0].Start] + " " + l.text[ms[0].End:])
		rest = strings.Trim(rest, " ,|-–—:·")
		for _, label := range []string{"Updated", "Published", "Posted", "Last updated", "By"} {
			rest = strings.TrimSpace(strings.TrimPrefix(rest, label))
		}
		rest = strings.Trim(rest, " ,|-–—:·")
		if len(strings.Fields(rest)) > 4 || endsSentence(l.text) && len(strings.Fields(rest)) > 1 {
			continue
		}
		l.reason = "dateline"
		if a.Published == "" {
			a.Published, a.PublishedSource = ms[0].Date, "text"
		}
		if rest != "" {
			addByline(a, rest)
		}
		return
	}
}

// headline returns the first kept line when it reads as a headline (no
// final punctuation, not too long), else the first sentence of the first
// line when that is short, else "".
func headline(lines []line) string {
	for _, l := range lines {
		if l.text == "" || l.reason != "" {
			continue
		}
		if isBullet(l.text) {
			continue // a summary point, not the headline
		}
		t := l.text
		if !endsSentence(t) && len(strings.Fields(t)) <= 25 {
			return t
		}
		if end := firstSentenceEnd(t); end > 0 && len(strings.Fields(t[:end])) <= 12 {
			return t[:end]
		}
		return ""
	}
	return ""
}

// firstSentenceEnd returns the end of the first sentence of s (after its
// ., ! or ?) when another sentence follows, or -1.
func firstSentenceEnd(s string) int {
	for i := 0; i+1 < len(s); i++ {
		switch s[i] {
		case '.', '!', '?':
			if s[i+1] == ' ' && i > 0 && s[i-1] != '.' {
				return i + 1
			}
		}
	}
	return -1
}

func isBullet(s string) bool {
	for _, b := range []string{"•", "·", "* ", "- ", "– ", "▪", "►"} {
		if strings.HasPrefix(s, b) {
			return true
		}
	}
	return false
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’)»")
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '!', '?', ':', ';':
		return true
	}
	return strings.HasSuffix(s, "…")
}

// latestDate is the latest complete date the kept text mentions: an
// article is published on or after the last day it reports.
func latestDate(lines []line) string {
	best := ""
	for _, l := range lines {
		if l.reason != "" || l.text == "" {
			continue
		}
		for _, m := range dates.Find(l.text) {
			if len(m.Date) == 10 && m.Date > best {
				best = m.Date
			}
		}
	}
	return best
}

// collect turns line marks into the article's Kept and Removed spans,
// merging neighbouring lines (blank lines between them aside) that share
// a fate.
func collect(a *article.Article, lines []line) {
	var kept []article.Span
	var removed []article.Removed
	prev := "\x00" // the fate of the previous non-blank line
	for _, l := range lines {
		if l.text == "" {
			continue
		}
		same := l.reason == prev
		prev = l.reason
		if l.reason == "" {
			if same {
				kept[len(kept)-1].End = l.end
			} else {
				kept = append(kept, article.Span{Start: l.start, End: l.end})
			}
			continue
		}
		if same {
			removed[len(removed)-1].End = l.end
		} else {
			removed = append(removed, article.Removed{Span: article.Span{Start: l.start, End: l.end}, Reason: l.reason})
		}
	}
	a.Kept = kept
	a.Removed = append(removed, a.Removed...)
}
