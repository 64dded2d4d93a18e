package when

import (
	"testing"
	"time"
)

// Wednesday 17 January 2024, the day Pakistan recalled its ambassador.
var wed = time.Date(2024, 1, 17, 0, 0, 0, 0, time.UTC)

func TestFind(t *testing.T) {
	cases := []struct {
		text   string
		future bool
		want   []string // expression = value
	}{
		{"The raid came late on Tuesday after Tehran launched attacks.", false, []string{"Tuesday=2024-01-16"}},
		{"Pakistan recalled its ambassador Wednesday.", false, []string{"Wednesday=2024-01-17"}},
		{"Tuesday night's strike killed two children.", false, []string{"Tuesday night=2024-01-16"}},
		{"The ministers will meet on Friday.", true, []string{"Friday=2024-01-19"}},
		{"Iran said yesterday it had struck, and today it denied it.", false, []string{"yesterday=2024-01-16", "today=2024-01-17"}},
		{"strikes in Panjgur a day earlier", false, []string{"a day earlier=2024-01-16"}},
		{"two days after Iran struck", false, []string{"two days after=2024-01-19"}},
		{"hours before the raid", false, []string{"hours before=2024-01-17"}},
		{"Last month Iran held talks.", false, []string{"Last month=2023-12"}},
		{"earlier this week", false, []string{"earlier this week=2024-01"}},
		{"the attack on 18 January 2024 and Thursday morning, January 18", false, []string{"18 January 2024=2024-01-18", "Thursday morning, January 18=2024-01-18"}},
		{"Jaish al-Adl's December raid on police in Rask", false, []string{"December=2023-12"}},
		{"an exercise on the 15th", false, []string{"the 15th=2024-01-15"}},
		{"the defended the overnight attack", false, []string{"overnight=2024-01-16"}},
		{"last Wednesday", false, []string{"last Wednesday=2024-01-10"}},
		{"in May 2023", false, []string{"May 2023=2023-05"}},
		{"an operation in Moura in March last year", false, []string{"March last year=2023-03"}},
		{"talks in March this year", false, []string{"March this year=2024-03"}},
		{"The previous day, Iran struck.", false, []string{"The previous day=2024-01-16"}},
		// a day and month told as past are not after the publication
		// date, though next year's lies nearer
		{"Hamas took hostages in its June 30 attack.", false, []string{"June 30=2023-06-30"}},
		{"The talks will resume on June 30.", true, []string{"June 30=2024-06-30"}},
	}
	for _, c := range cases {
		got := Find(c.text, wed, c.future)
		var have []string
		for _, m := range got {
			have = append(have, c.text[m.Start:m.End]+"="+m.Value())
		}
		if len(have) != len(c.want) {
			t.Errorf("%q: got %q, want %q", c.text, have, c.want)
			continue
		}
		for i := range have {
			if have[i] != c.want[i] {
				t.Errorf("%q: got %q, want %q", c.text, have, c.want)
				break
			}
		}
	}
}

func TestNotDates(t *testing.T) {
	for _, s := range []string{
		"They may strike again.",       // modal, not the month
		"A march through Islamabad.",   // noun
		"Seven people were killed.",    // a count
		"a 7-year-old girl",            // an age
		"the 2 sides agreed",           // a count
		"one of the groups",            // not "one day"
		"the last word on the subject", // "last" without a unit
	} {
		if ms := Find(s, wed, false); len(ms) != 0 {
			t.Errorf("%q: found %v", s, ms)
		}
	}
}

func TestRelativeShift(t *testing.T) {
	ms := Find("a day earlier", wed, false)
	if len(ms) != 1 || ms[0].Kind != Relative {
		t.Fatalf("got %v", ms)
	}
	anchor := time.Date(2024, 1, 18, 0, 0, 0, 0, time.UTC)
	if got := Format(ms[0].Shift(anchor), Day); got != "2024-01-17" {
		t.Errorf("a day before the 18th = %s", got)
	}
}

func FuzzFind(f *testing.F) {
	f.Add("late on Tuesday, a day earlier, the 31st, December's")
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range Find(s, wed, false) {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
				t.Fatalf("bad span %+v", m)
			}
		}
	})
}
