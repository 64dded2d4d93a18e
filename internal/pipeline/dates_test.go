package pipeline

import (
	"testing"

	"github.com/sitrep/sitrep/internal/article"
	"github.com/sitrep/sitrep/internal/read"
)

// Events are dated by their own time: relative times count from the
// right day (the sentence's other date, an earlier sentence's event, or
// publication), an event in the clause a relative time opens happened
// that long before the other, a date of another noun is not the event's,
// and a bare weekday counts forward or back by the tense of its verb.
func TestEventDates(t *testing.T) {
	_, coder := loadStages()
	cases := []struct {
		name, published, text string
		want                  map[string]string // trigger → date
	}{
		{"later counts from the event before", "2025-01-30",
			"Rebels shelled Goma on Tuesday. Two days later, Rwandan troops attacked Congolese army positions.",
			map[string]string{"shelled": "2025-01-28", "attacked": "2025-01-30"}},
		{"the clause after the time happened before", "2025-01-31",
			"Sudanese troops shelled Chad on Thursday, two days after Chadian troops attacked Sudan.",
			map[string]string{"shelled": "2025-01-30", "attacked": "2025-01-28"}},
		{"with no other date, from publication", "2025-01-31",
			"The shelling of Chad came two days after Chadian troops attacked Sudan.",
			map[string]string{"attacked": "2025-01-29"}},
		{"a date of another noun is not the event's", "2024-04-19",
			"Israel blamed Hamas for the October 7 attack.",
			map[string]string{"blamed": ""}},
		{"a time on the trigger is its own", "2024-04-19",
			"Israel accused Hamas of the killings of last week.",
			map[string]string{"accused": "2024-04"}},
		{"a weekday on a past verb is past, though what the sentence tells is planned", "2024-04-19",
			"Erdogan and Putin met in Moscow on Thursday and signed a declaration pledging to keep talking.",
			map[string]string{"met": "2024-04-18", "pledging": "2024-04-18"}},
		{"a weekday on a verb of what is to come counts forward, though the event is a threat", "2024-04-19",
			"Iran said it would strike Pakistan on Monday.",
			map[string]string{"strike": "2024-04-22"}},
		{"a weekday on an infinitive that completes a past verb's object is the past verb's", "2024-01-24",
			"Turkey's parliament ratified Sweden's bid to join NATO on Tuesday.",
			map[string]string{"ratified": "2024-01-23"}},
		{"and so with the infinitive read as the past verb's complement", "2020-09-16",
			"The United Arab Emirates and Bahrain signed agreements to normalise relations with Israel at the White House on Tuesday.",
			map[string]string{"signed": "2020-09-15"}},
		{"but what an object is urged to do is to come", "2024-01-17",
			"Iran urged Pakistan to meet on Friday.",
			map[string]string{"urged": "2024-01-19"}},
		{"an event noun's own date is its", "2024-04-19",
			"Tuesday's Israeli strike killed eight Hamas fighters.",
			map[string]string{"strike": "2024-04-16"}},
	}
	for _, c := range cases {
		a := prepared(t, c.published, c.text)
		evs := coder.Code(a, c.published)
		dates := EventDates(a, c.published, evs)
		got := map[string]string{}
		for i, e := range evs {
			got[e.Trigger] = dates[i]
		}
		for trig, want := range c.want {
			if d, ok := got[trig]; !ok || d != want {
				t.Errorf("%s: %q dated %q, want %s (all: %v)", c.name, trig, got[trig], want, got)
			}
		}
	}
}

// A trigger of several words is quoted as written, hyphens and all.
func TestTriggerAsWritten(t *testing.T) {
	_, coder := loadStages()
	a := prepared(t, "2024-05-25", "China's military launched large-scale drills around Taiwan on Thursday.")
	var got []string
	for _, e := range coder.Code(a, "2024-05-25") {
		if e.Trigger == "launched large-scale drills" {
			return
		}
		got = append(got, e.Trigger)
	}
	t.Errorf("no event with trigger %q: %q", "launched large-scale drills", got)
}

// prepared reads one article of text published on a day and prepares it
// for coding.
func prepared(t *testing.T, published, text string) *article.Article {
	t.Helper()
	arts, err := read.Bytes("t.json", []byte(`{"title":"t","published":"`+published+`","text":"`+text+`"}`), read.JSON)
	if err != nil || len(arts) != 1 {
		t.Fatalf("%q: %v", text, err)
	}
	Prepare(arts[0], Options{})
	return arts[0]
}
