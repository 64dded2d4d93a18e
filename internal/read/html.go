package read

import (
	"bytes"
	"errors"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	htmldate "github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"github.com/sitrep/sitrep/internal/article"
)

// fromHTML extracts the main text with go-readability and the publication
// date with go-htmldate. The article's Original is the extracted text: that
// is what offsets point into, since HTML markup is not text a reader sees.
func fromHTML(path string, data []byte) (*article.Article, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errors.New("empty: no HTML")
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, errors.New("binary content, not HTML")
	}
	doc, err := parseHTML(data)
	if err != nil {
		return nil, err
	}
	ra, err := readability.FromDocument(doc, nil)
	if err != nil {
		return nil, errors.New("no article text found in the HTML: " + err.Error())
	}
	var buf strings.Builder
	if ra.Node != nil {
		if err := ra.RenderText(&buf); err != nil {
			return nil, errors.New("could not render the HTML's text: " + err.Error())
		}
	}
	text, truncated, err := checkText([]byte(strings.TrimSpace(buf.String())))
	if err != nil {
		return nil, errors.New("no article text found in the HTML")
	}
	_ = truncated // rendered text is always whole runes
	a := &article.Article{
		SourcePath: path,
		Title:      strings.TrimSpace(ra.Title()),
		Outlet:     strings.TrimSpace(ra.SiteName()),
		Language:   strings.TrimSpace(ra.Language()),
		Original:   text,
	}
	if by := strings.TrimSpace(ra.Byline()); by != "" {
		a.Bylines = []string{by}
	}
	if t, err := ra.PublishedTime(); err == nil && !t.IsZero() {
		a.Published, a.PublishedSource = t.Format("2006-01-02"), "metadata"
	} else if d, ok := htmlDate(doc); ok {
		a.Published, a.PublishedSource = d, "metadata"
	}
	return a, nil
}

// parseHTML decodes the page to UTF-8 using its declared or sniffed
// charset, then parses it. html.Parse recovers from broken markup the way
// browsers do, so an error here means the bytes are not HTML at all.
func parseHTML(data []byte) (*html.Node, error) {
	if !utf8.Valid(data) {
		enc, _, _ := charset.DetermineEncoding(data, "text/html")
		decoded, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return nil, errors.New("not valid UTF-8 and the declared charset does not decode it")
		}
		data = decoded
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, errors.New("broken HTML: " + err.Error())
	}
	return doc, nil
}

func htmlDate(doc *html.Node) (string, bool) {
	res, err := htmldate.FromDocument(doc, htmldate.Options{
		UseOriginalDate:     true,
		SkipExtensiveSearch: true,
		MaxDate:             time.Now().AddDate(0, 0, 1),
	})
	if err != nil || res.IsZero() {
		return "", false
	}
	return res.DateTime.Format("2006-01-02"), true
}
