package web

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/store"
)

func server(t *testing.T) *httptest.Server {
	t.Helper()
	db, err := store.OpenSQLite(":memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ts := httptest.NewServer(New(db, pipeline.Options{}).Handler())
	t.Cleanup(ts.Close)
	return ts
}

func post(t *testing.T, ts *httptest.Server, ctype string, body string) (int, string) {
	t.Helper()
	resp, err := http.Post(ts.URL+"/api/articles?name=x.txt", ctype, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func get(t *testing.T, ts *httptest.Server, path string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(ts.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

func TestIngestThenRead(t *testing.T) {
	ts := server(t)
	seed, err := os.ReadFile("../../examples/002_eec0b176a135b24a.txt")
	if err != nil {
		t.Fatal(err)
	}
	code, body := post(t, ts, "text/plain", string(seed))
	if code != http.StatusCreated || !strings.Contains(body, `"added": true`) {
		t.Fatalf("POST: %d %s", code, body)
	}
	if code, body = post(t, ts, "text/plain", string(seed)); !strings.Contains(body, `"added": false`) {
		t.Errorf("second POST of the same article: %d %s", code, body)
	}
	if code, body = post(t, ts, "text/plain", "\x00\x01binary"); code != http.StatusBadRequest || !strings.Contains(body, "binary") {
		t.Errorf("binary POST: %d %s", code, body)
	}

	resp, body := get(t, ts, "/api/record")
	var rec record.Record
	if err := json.Unmarshal([]byte(body), &rec); err != nil || resp.StatusCode != 200 {
		t.Fatalf("record: %d %v", resp.StatusCode, err)
	}
	if len(rec.Articles) != 1 || rec.Articles[0].Outlet != "Ahram Online" {
		t.Fatalf("record articles = %+v", rec.Articles)
	}
	id := rec.Articles[0].ID

	resp, body = get(t, ts, "/articles/"+id)
	if resp.StatusCode != 200 || !strings.Contains(body, `id="s0"`) || !strings.Contains(body, "Pakistan recalled its ambassador") {
		t.Errorf("article page: %d", resp.StatusCode)
	}
	if resp.Header.Get("Content-Security-Policy") == "" {
		t.Error("pages are served without a content security policy")
	}
	if resp, _ = get(t, ts, "/articles/nope"); resp.StatusCode != 404 {
		t.Errorf("unknown article: %d", resp.StatusCode)
	}
	if resp, body = get(t, ts, "/"); resp.StatusCode != 200 || !strings.Contains(body, "Situation report") || !strings.Contains(body, "/articles/"+id) {
		t.Errorf("report page: %d", resp.StatusCode)
	}
	if resp, _ = get(t, ts, "/api/events"); resp.StatusCode != 200 {
		t.Errorf("events: %d", resp.StatusCode)
	}
}

func TestHostileArticleIsEscaped(t *testing.T) {
	ts := server(t)
	post(t, ts, "text/plain", "Headline <script>alert(1)</script>\n\nIran struck <img src=x onerror=alert(1)> Pakistan.\n")
	_, body := get(t, ts, "/api/record")
	var rec record.Record
	json.Unmarshal([]byte(body), &rec)
	for _, path := range []string{"/", "/articles/" + rec.Articles[0].ID} {
		_, page := get(t, ts, path)
		if strings.Contains(page, "<script>") || strings.Contains(page, "<img") {
			t.Errorf("%s passes markup from the article through", path)
		}
	}
}
