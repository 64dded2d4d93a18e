// Package record defines sitrep's output: the situation record, in the
// shape of the JSON contract documented in docs/json.md. Field names and
// meanings here are a public interface; change them only with the doc.
//
// Offsets in a record (start, end) are character offsets (Unicode code
// points) into the article's original text, the unit most JSON consumers
// index strings by.
package record

// Record is everything sitrep found in a set of articles.
type Record struct {
	Generator      string          `json:"generator"`
	Articles       []Article       `json:"articles"`
	Events         []Event         `json:"events"`
	Quotes         []Quote         `json:"quotes"`
	Figures        []Figure        `json:"figures"`
	Contradictions []Contradiction `json:"contradictions"`
	Stories        []Story         `json:"stories"`
	Dyads          []DyadDay       `json:"dyads"`
}

// Story is a group of articles about the same incident or crisis.
type Story struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Articles []string `json:"articles"`
	Events   []string `json:"events"`
	First    *string  `json:"first"`
	Last     *string  `json:"last"`
}

// DyadDay is one day of one directed dyad's conflict–cooperation series:
// the events from source country to target country that day.
type DyadDay struct {
	Source        string  `json:"source"`
	Target        string  `json:"target"`
	Date          string  `json:"date"`
	Events        int     `json:"events"`
	GoldsteinSum  float64 `json:"goldstein_sum"`
	GoldsteinMean float64 `json:"goldstein_mean"`
}

// Article describes one input article.
type Article struct {
	ID              string    `json:"id"`
	SourcePath      string    `json:"source_path"`
	URL             string    `json:"url"`
	Title           string    `json:"title"`
	Outlet          string    `json:"outlet"`
	Published       *string   `json:"published"`
	PublishedSource *string   `json:"published_source"`
	Bylines         []string  `json:"bylines"`
	Language        string    `json:"language"`
	Chars           int       `json:"chars"`
	Sentences       int       `json:"sentences"`
	Text            string    `json:"text"`
	Kept            [][2]int  `json:"kept"`
	Removed         []Removed `json:"removed"`
}

// Removed is text that cleaning dropped from an article.
type Removed struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Reason string `json:"reason"`
	Text   string `json:"text"`
}

// Actor is a participant in an event, or a speaker.
type Actor struct {
	Name    string `json:"name"`
	Code    string `json:"code"`
	Country string `json:"country"`
	Role    string `json:"role,omitempty"`
}

// Location is where an event happened.
type Location struct {
	Name    string   `json:"name"`
	Country string   `json:"country"`
	Lat     *float64 `json:"lat"`
	Lon     *float64 `json:"lon"`
}

// Mention is one sentence reporting an event.
type Mention struct {
	Article  string `json:"article"`
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Trigger  string `json:"trigger"`
	Text     string `json:"text"`
	Rule     string `json:"rule,omitempty"`
}

// Event is one coded event, fused across the articles that report it.
type Event struct {
	ID         string    `json:"id"`
	Date       *string   `json:"date"`
	Source     *Actor    `json:"source"`
	Target     *Actor    `json:"target"`
	CAMEO      string    `json:"cameo"`
	CAMEOName  string    `json:"cameo_name"`
	PLOVER     string    `json:"plover"`
	PLOVERMode string    `json:"plover_mode"`
	Goldstein  float64   `json:"goldstein"`
	QuadClass  int       `json:"quad_class"`
	Modality   string    `json:"modality"`
	ClaimedBy  *Actor    `json:"claimed_by,omitempty"`
	Location   *Location `json:"location"`
	Mentions   []Mention `json:"mentions"`
	Sources    []string  `json:"sources"`
	// GDELT-style counts and a corroboration level: "single" (one
	// outlet), "corroborated" (two or three), "wide" (four or more).
	NumMentions   int    `json:"num_mentions"`
	NumSources    int    `json:"num_sources"`
	NumArticles   int    `json:"num_articles"`
	Corroboration string `json:"corroboration"`
	Story         string `json:"story"`
}

// Quote is something a speaker said.
type Quote struct {
	ID      string `json:"id"`
	Article string `json:"article"`
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Direct  bool   `json:"direct"`
	Speaker *Actor `json:"speaker"`
}

// Figure is a reported count: killed, injured and so on.
type Figure struct {
	ID        string `json:"id"`
	Article   string `json:"article"`
	Kind      string `json:"kind"`
	Count     int    `json:"count"`
	AtLeast   bool   `json:"at_least"`
	Who       string `json:"who"`
	Country   string `json:"country"`
	Event     string `json:"event"`
	Place     string `json:"place"`
	ClaimedBy *Actor `json:"claimed_by"`
	Sentence  int    `json:"sentence"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// Contradiction is one quantity or fact reported differently by sources.
type Contradiction struct {
	ID      string  `json:"id"`
	Subject string  `json:"subject"`
	Event   string  `json:"event"`
	Values  []Value `json:"values"`
}

// Value is one of the competing values of a contradiction.
type Value struct {
	Value string `json:"value"`
	// Conservative marks the most conservative of the values (ACLED's
	// practice for casualty counts: the lowest).
	Conservative bool     `json:"conservative"`
	Articles     []string `json:"articles"`
	Outlets      []string `json:"outlets"`
}
