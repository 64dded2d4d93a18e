package actor

import (
	"fmt"
	"strings"
)

// Entry is one gazetteer entry: a country, a capital, a demonym, an
// international organisation, an armed group or party, a person in an
// office, a role word ("agent") or a place, as one row of a data file
// describes it. A row with date bounds yields an entry valid only between
// them; a person who held several offices has one row, and one entry, per
// office.
type Entry struct {
	Name     string  // canonical name
	Kind     string  // "country", "capital", "demonym", "igo", "ngo", "group", "person", "agent", "place"; "actor" for PETRARCH entries of no other kind
	Code     string  // CAMEO-style actor code: "IRN", "IRNGOV", "IGOUNO", "PAKREB"; generic agents "GOV", "MIL"; places and capitals their country's code
	Country  string  // ISO-3166 alpha-3 ("KSV" for Kosovo, as in CAMEO), or "" (IGOs, transnational groups, open sea)
	Role     string  // people: title ("Foreign Minister"); agents: the role word; capitals: "capital"; places: the place type ("province", "city")
	From, To string  // validity, YYYY[-MM[-DD]], both ends inclusive; "" is open
	Lat, Lon float64 // capitals and places, decimal degrees
	Source   string  // the row that produced the entry, "data/people.tsv:123"

	Sector  string   // the agent part of Code: "GOV" for IRNGOV, "REB" for PAKREB, "MIL" for a generic army; "" for a bare country or an IGO
	Offices []string // canonical offices ("foreign minister", "head of state"): a person's, or the one an agent word names
	Combine string   // agents: how the word composes in Actors: "" names a sector, "inherit" takes the sector of what precedes it, "modifier" is skipped, "former" turns the actor into ELI
	Aliases []string // every name the entry answers to, as the data spells them
	Note    string

	ident    string // the real-world thing the entry is a dated row of (one person, one group)
	fallback bool   // stands for ident only on a date when none of its dated rows is valid
	layer    int    // 0 user files, 1 embedded data, 2 PETRARCH supplement; a lower layer's name hides a higher one's
	order    int    // load order, for stable choices
	from, to string // bounds in comparable form (see bound)
}

// Mention is one gazetteer match in a token sequence.
type Mention struct {
	First, Last int    // token index range [First, Last]
	Start, End  int    // byte offsets into Article.Original; may be inside a token ("Iran" in "Iran-backed")
	Entry       *Entry // the entry the words denote on the date
	Others      []*Entry
	Alias       string // the data's spelling of the name that matched
	Ambiguous   bool   // the data marks the name as ambiguous ("Punjab", "Congo"), or Others hold a different code
}

// OutOfOffice is the role of a person on a date outside every office the
// gazetteer records for them, coded as an elite (ELI) of their country.
const OutOfOffice = "out of office"

// Actor is a mention, or a run of adjacent mentions, composed into one
// actor code: "Pakistan's foreign ministry" (PAK + GOV = PAKGOV),
// "Russian Foreign Ministry spokeswoman Maria Zakharova" (RUSGOV).
type Actor struct {
	First, Last int // token index range
	Start, End  int // byte offsets
	Name        string
	Code        string
	Country     string
	Role        string   // the role words ("foreign ministry spokesperson"), a person's title, or "capital"
	Kind        string   // kind of the entry that decided the code; "agent" when role words did
	Holder      *Entry   // the person holding the office the role words name on the date ("Iran's foreign minister" → Amir-Abdollahian), when the data knows
	Entries     []*Entry // the evidence: every entry that went into the actor, in text order
}

// ValidOn reports whether the entry applies on date (YYYY-MM-DD, or a
// coarser YYYY-MM or YYYY). An empty date means "now": entries still open.
func (e *Entry) ValidOn(date string) bool {
	if date == "" {
		return e.To == ""
	}
	date = normDate(date)
	return (e.from == "" || date >= e.from) && (e.to == "" || date <= e.to)
}

// bound returns a date bound in a form that compares as a string: a lower
// bound as written ("2022-10" sorts before every day of October 2022), an
// upper bound padded so that it sorts after every day it covers
// ("2024-03" → "2024-03-99").
func bound(d string, upper bool) string {
	if d == "" || !upper {
		return d
	}
	switch len(d) {
	case 4:
		return d + "-99-99"
	case 7:
		return d + "-99"
	}
	return d
}

// normDate accepts YYYYMMDD as well as YYYY-MM-DD.
func normDate(d string) string {
	if len(d) == 8 && !strings.Contains(d, "-") {
		return d[:4] + "-" + d[4:6] + "-" + d[6:]
	}
	return d
}

// checkDate validates a data-file date: YYYY, YYYY-MM or YYYY-MM-DD.
func checkDate(d string) error {
	if d == "" {
		return nil
	}
	ok := len(d) == 4 || len(d) == 7 || len(d) == 10
	for i := 0; ok && i < len(d); i++ {
		if i == 4 || i == 7 {
			ok = d[i] == '-'
		} else {
			ok = '0' <= d[i] && d[i] <= '9'
		}
	}
	if ok && len(d) >= 7 {
		ok = d[5:7] >= "01" && d[5:7] <= "12"
	}
	if ok && len(d) == 10 {
		ok = d[8:] >= "01" && d[8:] <= "31"
	}
	if !ok {
		return fmt.Errorf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", d)
	}
	return nil
}

// checkCode validates a CAMEO-style code: one or more blocks of three
// capital letters.
func checkCode(c string) error {
	if c == "" || len(c)%3 != 0 {
		return fmt.Errorf("code %q is not a sequence of three-letter blocks", c)
	}
	for i := 0; i < len(c); i++ {
		if c[i] < 'A' || c[i] > 'Z' {
			return fmt.Errorf("code %q is not a sequence of three-letter blocks", c)
		}
	}
	return nil
}

// kindRank orders entries the same words denote: a country is preferred to
// its capital of the same name ("Kuwait"), anything named to a role word.
var kindRank = map[string]int{
	"person": 0, "group": 1, "igo": 2, "ngo": 2, "country": 3, "agent": 4,
	"capital": 5, "demonym": 6, "place": 7, "actor": 8,
}
