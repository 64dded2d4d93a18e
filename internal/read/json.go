package read

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/article"
)

// newsPlease is an article as news-please writes it, with the common
// alternative names other scrapers use.
type newsPlease struct {
	URL          string          `json:"url"`
	Title        string          `json:"title"`
	Maintext     *string         `json:"maintext"`
	Text         *string         `json:"text"`
	DatePublish  *string         `json:"date_publish"`
	Published    *string         `json:"published"`
	SourceDomain string          `json:"source_domain"`
	Outlet       string          `json:"outlet"`
	Authors      json.RawMessage `json:"authors"`
	Language     *string         `json:"language"`
}

func fromJSONFile(path string, data []byte) ([]*article.Article, error) {
	trimmed := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\ufeff")))
	if len(trimmed) == 0 {
		return nil, errors.New("empty: no JSON")
	}
	if trimmed[0] != '[' {
		a, err := fromJSONObject(path, trimmed)
		if err != nil {
			return nil, err
		}
		return []*article.Article{a}, nil
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(trimmed, &raws); err != nil {
		return nil, fmt.Errorf("malformed JSON: %v", err)
	}
	var out []*article.Article
	var errs []string
	for i, raw := range raws {
		a, err := fromJSONObject(fmt.Sprintf("%s#%d", path, i+1), raw)
		if err != nil {
			errs = append(errs, fmt.Sprintf("#%d: %v", i+1, err))
			continue
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no usable article in the array (%s)", strings.Join(errs, "; "))
	}
	return out, nil
}

func fromJSONObject(name string, line []byte) (*article.Article, error) {
	if !bytes.HasPrefix(bytes.TrimSpace(line), []byte("{")) {
		return nil, errors.New("malformed JSON line: not an object")
	}
	var np newsPlease
	if err := json.Unmarshal(line, &np); err != nil {
		return nil, fmt.Errorf("malformed JSON: %v", err)
	}
	body := np.Maintext
	if body == nil {
		body = np.Text
	}
	if body == nil {
		return nil, errors.New(`no article text (neither "maintext" nor "text")`)
	}
	text, truncated, err := checkText([]byte(*body))
	if err != nil {
		return nil, err
	}
	a := &article.Article{
		SourcePath: name,
		URL:        strings.TrimSpace(np.URL),
		Title:      strings.TrimSpace(np.Title),
		Outlet:     strings.TrimSpace(np.Outlet),
		Original:   text,
		Bylines:    authors(np.Authors),
	}
	if a.Outlet == "" {
		a.Outlet = strings.TrimSpace(np.SourceDomain)
	}
	if np.Language != nil {
		a.Language = strings.TrimSpace(*np.Language)
	}
	date := np.DatePublish
	if date == nil {
		date = np.Published
	}
	if date != nil {
		if d, ok := parseMetadataDate(*date); ok {
			a.Published, a.PublishedSource = d, "metadata"
		}
	}
	if truncated > 0 {
		a.Removed = append(a.Removed, article.Removed{Span: article.Span{Start: len(text), End: len(text)}, Reason: fmt.Sprintf("truncated: %d bytes of an incomplete character at the end", truncated)})
	}
	return a, nil
}

// authors accepts a list of names or a single string.
func authors(raw json.RawMessage) []string {
	if len(raw) == 0 {
		return nil
	}
	var list []string
	if json.Unmarshal(raw, &list) != nil {
		var one string
		if json.Unmarshal(raw, &one) != nil || strings.TrimSpace(one) == "" {
			return nil
		}
		list = []string{one}
	}
	var out []string
	for _, a := range list {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

// metadataLayouts are the machine-written date forms found in scraper
// output and HTML metadata.
var metadataLayouts = []string{
	"2006-01-02 15:04:05",
	time.RFC3339,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05.000Z07:00",
	"2006-01-02",
	time.RFC1123Z,
	time.RFC1123,
}

// parseMetadataDate returns YYYY-MM-DD for a machine-written date.
func parseMetadataDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || s == "None" || s == "null" {
		return "", false
	}
	for _, layout := range metadataLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02"), true
		}
	}
	return "", false
}
