package dates

import "testing"

func TestFind(t *testing.T) {
	cases := []struct {
		in   string
		want []string
		text []string
	}{
		{"Published in Dawn, January 18th, 2024", []string{"2024-01-18"}, []string{"January 18th, 2024"}},
		{"AFP , Wednesday 17 Jan 2024", []string{"2024-01-17"}, []string{"Wednesday 17 Jan 2024"}},
		{"strikes on 18 January 2024 claiming", []string{"2024-01-18"}, []string{"18 January 2024"}},
		{"19 May, 2024", []string{"2024-05-19"}, []string{"19 May, 2024"}},
		{"on 2024-01-16 and Sept. 3, 2023", []string{"2024-01-16", "2023-09-03"}, []string{"2024-01-16", "Sept. 3, 2023"}},
		{"Thursday morning, January 18", nil, nil},       // no year: not a complete date
		{"killed 24,285 Palestinians in 2024", nil, nil}, // numbers are not dates
		{"February 30, 2024", nil, nil},                  // no such day
		{"May 2024 was hot; may 5 people", nil, nil},     // month without day
		{"a 7-year-old girl, 18 Jan 2024.", []string{"2024-01-18"}, []string{"18 Jan 2024"}},
	}
	for _, c := range cases {
		got := Find(c.in)
		if len(got) != len(c.want) {
			t.Errorf("Find(%q) = %v, want %v", c.in, got, c.want)
			continue
		}
		for i, m := range got {
			if m.Date != c.want[i] || c.in[m.Start:m.End] != c.text[i] {
				t.Errorf("Find(%q)[%d] = %q %q, want %q %q", c.in, i, m.Date, c.in[m.Start:m.End], c.want[i], c.text[i])
			}
		}
	}
}

func TestParse(t *testing.T) {
	if d, ok := Parse(" Updated 18 May, 2024 "); ok {
		t.Errorf("Parse accepted a labelled date as a bare one: %s", d)
	}
	if d, ok := Parse("18 May, 2024"); !ok || d != "2024-05-18" {
		t.Errorf("Parse(18 May, 2024) = %q %v", d, ok)
	}
	if _, ok := Parse("Border clashes 18 May, 2024"); ok {
		t.Error("Parse accepted a date with other words")
	}
}

func FuzzFind(f *testing.F) {
	f.Add("January 18th, 2024 and 2024-01-1")
	f.Add("\xff17 Jan 2024")
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range Find(s) {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
				t.Fatalf("bad span %+v in %q", m, s)
			}
		}
	})
}
