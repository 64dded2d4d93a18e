package actor

import (
	"fmt"
	"strings"
	"testing"
)

// mentions renders the mentions of text as "surface=CODE" strings, with
// tokens split as internal/segment does (hyphens apart) or not.
func mentions(g *Gazetteer, text, date string, splitHyphens bool) []string {
	var out []string
	for _, m := range g.Match(tokenize(text, splitHyphens), date) {
		out = append(out, text[m.Start:m.End]+"="+m.Entry.Code)
	}
	return out
}

func has(list []string, want string) bool {
	for _, s := range list {
		if s == want {
			return true
		}
	}
	return false
}

func TestFold(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Amir-Abdollahian", "amirabdollahian"},
		{"Amir Abdollahian", "amirabdollahian"},
		{"AMIRABDOLLAHIAN", "amirabdollahian"},
		{"Jaish al-Adl", "jaishaladl"},
		{"Jaish-al-Adl", "jaishaladl"},
		{"Jaish al-ʿAdl", "jaishaladl"},
		{"Sana’a", "sanaa"},
		{"Sana'a", "sanaa"},
		{"Türkiye", "turkiye"},
		{"Çavuşoğlu", "cavusoglu"},
		{"Erdoğan", "erdogan"},
		{"Côte d’Ivoire", "cotedivoire"},
		{"Ürümqi", "urumqi"},
		{"U.S.", "us"},
		{"Zürich", "zurich"},
		{"Straße", "strasse"},
		{"e\u0301", "e"}, // decomposed é
		{"M23", "m23"},
	} {
		if got := Fold(c.in); got != c.want {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// Every country the seed articles name resolves, by name, demonym and
// capital, in running text.
func TestSeedCountriesResolve(t *testing.T) {
	g := mustDefault(t)
	cases := map[string]string{
		"Iran": "IRN", "Iranian": "IRN", "Iranians": "IRN", "Tehran": "IRN", "Teheran": "IRN", "Islamic Republic": "IRN",
		"Pakistan": "PAK", "Pakistani": "PAK", "Pakistanis": "PAK", "Islamabad": "PAK",
		"Iraq": "IRQ", "Iraqi": "IRQ", "Baghdad": "IRQ",
		"Syria": "SYR", "Syrian": "SYR", "Damascus": "SYR",
		"China": "CHN", "Chinese": "CHN", "Beijing": "CHN",
		"United States": "USA", "US": "USA", "U.S.": "USA", "USA": "USA", "America": "USA", "American": "USA", "Washington": "USA",
		"Israel": "ISR", "Israeli": "ISR", "Israelis": "ISR",
		"India": "IND", "Indian": "IND", "New Delhi": "IND",
		"Afghanistan": "AFG", "Afghan": "AFG", "Kabul": "AFG",
		"Switzerland": "CHE", "Swiss": "CHE",
		"Uganda": "UGA", "Yemen": "YEM", "Lebanon": "LBN", "Russia": "RUS", "Russian": "RUS", "Moscow": "RUS",
		"Kyrgyzstan": "KGZ", "Kyrgyz": "KGZ", "Palestinians": "PSE", "Saudi Arabia": "SAU", "Türkiye": "TUR", "Turkey": "TUR",
		"United Kingdom": "GBR", "Britain": "GBR", "UK": "GBR", "British": "GBR",
	}
	for name, code := range cases {
		text := "Officials said " + name + " acted."
		got := mentions(g, text, "2024-01-17", false)
		if !has(got, name+"="+code) {
			t.Errorf("%q: got %v, want %s=%s", text, got, name, code)
		}
	}
}

// Folding must not let short names match more than they should.
func TestShortNameSafety(t *testing.T) {
	g := mustDefault(t)
	cases := []struct {
		text       string
		want, none []string
	}{
		{"Iran struck Iraq.", []string{"Iran=IRN", "Iraq=IRQ"}, nil},
		{"Troops in Niger and Nigeria.", []string{"Niger=NER", "Nigeria=NGA"}, []string{"Niger=NGA", "Nigeria=NER"}},
		{"Let us behave responsibly, he told us.", nil, []string{"us=USA", "Let=PAKREB"}},
		{"The US condemned it.", []string{"US=USA"}, nil},
		{"They broke the china and cooked a turkey in chad.", nil, []string{"china=CHN", "turkey=TUR", "chad=TCD"}},
		{"China, Turkey and Chad met.", []string{"China=CHN", "Turkey=TUR", "Chad=TCD"}, nil},
		{"The US wants to help iSrael.", []string{"iSrael=ISR"}, nil},
		{"I ran home.", nil, []string{"I ran=IRN"}},
		{"Pakistan is a brotherly country.", []string{"Pakistan=PAK"}, []string{"Pakistan is=PAK"}},
		{"LeT militants attacked.", []string{"LeT=PAKREB"}, nil},
		{"Male students protested.", nil, []string{"Male=MDV"}},
		{"Who said it? The WHO said it.", []string{"WHO=IGOUNOHLHWHO"}, []string{"Who=IGOUNOHLHWHO"}},
		{"It is Islamic State territory, IS fighters said; the rest is calm.", []string{"Islamic State=IMGMUSISI", "IS=IMGMUSISI"}, []string{"is=IMGMUSISI"}},
		{"Print Friendly, PDF & Email", nil, []string{"PDF=MMRREB"}},
	}
	for _, c := range cases {
		for _, split := range []bool{false, true} {
			got := mentions(g, c.text, "2024-01-17", split)
			for _, w := range c.want {
				if !has(got, w) {
					t.Errorf("%q (split hyphens %v): got %v, want %s", c.text, split, got, w)
				}
			}
			for _, n := range c.none {
				if has(got, n) {
					t.Errorf("%q (split hyphens %v): got %v, must not have %s", c.text, split, got, n)
				}
			}
		}
	}
}

// Hyphens, possessives and plurals, with and without the tokeniser
// splitting them.
func TestNameVariants(t *testing.T) {
	g := mustDefault(t)
	cases := []struct{ text, want string }{
		{"Iran’s envoy left.", "Iran=IRN"},
		{"Iran's envoy left.", "Iran=IRN"},
		{"the Pakistanis' anger", "Pakistanis=PAK"},
		{"Iran-backed groups", "Iran=IRN"},
		{"anti-Iranian groups", "Iranian=IRN"},
		{"Pakistan-Iran ties", "Iran=IRN"},
		{"Pakistan-Iran ties", "Pakistan=PAK"},
		{"Pakistan–Iran ties", "Iran=IRN"},
		{"the People's Republic of China said", "People's Republic of China=CHN"},
		{"Côte d'Ivoire and Cote d’Ivoire", "Côte d'Ivoire=CIV"},
		{"Cote d’Ivoire voted", "Cote d’Ivoire=CIV"},
		{"attack in Sana'a", "Sana'a=YEM"},
		{"attack in Sanaa", "Sanaa=YEM"},
		{"the Houthis fired", "Houthis=YEMREB"},
		{"in Siestan-o-Baluchistan province", "Siestan-o-Baluchistan=IRN"},
		{"the Erdoğan government", "Erdoğan=TURGOV"},
		{"the Erdogan government", "Erdogan=TURGOV"},
		{"M23 rebels advanced", "M23 rebels=CODREB"},
		// an entry spelt both with and without an apostrophe matches both
		{"The Pakistan People's Party said", "Pakistan People's Party=PAKPTY"},
		{"The Pakistan Peoples Party said", "Pakistan Peoples Party=PAKPTY"},
	}
	for _, c := range cases {
		for _, split := range []bool{false, true} {
			got := mentions(g, c.text, "2024-01-17", split)
			if !has(got, c.want) {
				t.Errorf("%q (split hyphens %v): got %v, want %s", c.text, split, got, c.want)
			}
		}
	}
}

func TestAmirAbdollahian(t *testing.T) {
	g := mustDefault(t)
	for _, name := range []string{"Amir-Abdollahian", "Amir Abdollahian", "Amirabdollahian", "Hossein Amir-Abdollahian",
		"Hossein Amirabdollahian", "Abdollahian", "AMIR-ABDOLLAHIAN", "Amir-Abdolahian"} {
		text := "Foreign Minister " + name + " said."
		for _, split := range []bool{false, true} {
			ms := g.Match(tokenize(text, split), "2024-01-17")
			var person *Mention
			for i := range ms {
				if ms[i].Entry.Kind == "person" {
					person = &ms[i]
				}
			}
			if person == nil || person.Entry.Code != "IRNGOV" || person.Entry.Name != "Hossein Amir-Abdollahian" {
				t.Errorf("%q on 2024-01-17: got %+v, want Hossein Amir-Abdollahian IRNGOV", text, person)
				continue
			}
			if text[person.Start:person.End] != name {
				t.Errorf("%q: matched %q, want %q", text, text[person.Start:person.End], name)
			}
			if !strings.HasPrefix(person.Entry.Source, "data/people.tsv:") {
				t.Errorf("source %q does not name the people file", person.Entry.Source)
			}
		}
	}
	// He died in office on 2024-05-19: the next day he is no longer IRNGOV.
	for _, date := range []string{"2024-05-20", "2025-01-01"} {
		es := g.Lookup("Amir-Abdollahian", date)
		if len(es) == 0 || es[0].Code == "IRNGOV" {
			t.Errorf("Amir-Abdollahian on %s: got %v, want a non-GOV (out of office) entry", date, codes(es))
		}
		if len(es) > 0 && es[0].Code != "IRNELI" {
			t.Errorf("Amir-Abdollahian on %s: got %s, want IRNELI", date, es[0].Code)
		}
	}
	if es := g.Lookup("Amir-Abdollahian", "2024-05-19"); len(es) == 0 || es[0].Code != "IRNGOV" {
		t.Errorf("Amir-Abdollahian on his last day: got %v", codes(es))
	}
}

func codes(es []*Entry) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Code+"("+e.Source+")")
	}
	return out
}

func TestPerson(t *testing.T) {
	g := mustDefault(t)
	cases := []struct{ country, role, date, want string }{
		{"IRN", "the foreign minister", "2024-01-17", "Hossein Amir-Abdollahian"},
		{"IRN", "foreign minister", "2024-06-10", "Ali Bagheri Kani"},
		{"IRN", "Foreign Minister", "2024-09-01", "Abbas Araghchi"},
		{"IRN", "top diplomat", "2022-01-01", "Hossein Amir-Abdollahian"},
		{"IRN", "the president", "2024-01-17", "Ebrahim Raisi"},
		{"IRN", "President", "2024-06-01", "Mohammad Mokhber"},
		{"IRN", "supreme leader", "2024-01-17", "Ali Khamenei"},
		{"IRN", "head of state", "2024-01-17", "Ali Khamenei"},
		{"IRN", "spokesperson", "2024-01-17", "Nasser Kanaani"},
		{"PAK", "the prime minister", "2024-01-17", "Anwaar-ul-Haq Kakar"},
		{"PAK", "prime minister", "2024-06-01", "Shehbaz Sharif"},
		{"PAK", "foreign minister", "2024-01-17", "Jalil Abbas Jilani"},
		{"PAK", "FO spokesperson", "2024-01-17", "Mumtaz Zahra Baloch"},
		{"PAK", "foreign office spokesperson", "2024-01-17", "Mumtaz Zahra Baloch"},
		{"PAK", "army chief", "2024-01-17", "Asim Munir"},
		{"PAK", "president", "2024-01-17", "Arif Alvi"},
		{"USA", "Secretary of State", "2024-01-17", "Antony Blinken"},
		{"USA", "foreign minister", "2025-03-01", "Marco Rubio"},
		{"USA", "president", "2024-01-17", "Joe Biden"},
		{"USA", "State Department spokesperson", "2024-01-17", "Matthew Miller"},
		{"RUS", "foreign ministry spokesperson", "2024-01-17", "Maria Zakharova"},
		{"RUS", "defence minister", "2024-01-17", "Sergei Shoigu"},
		{"RUS", "defense minister", "2024-06-01", "Andrei Belousov"},
		{"CHN", "premier", "2024-01-17", "Li Qiang"},
		{"CHN", "foreign minister", "2023-03-01", "Qin Gang"},
		{"GBR", "foreign secretary", "2024-01-17", "David Cameron"},
		{"IND", "foreign minister", "2024-01-17", "Subrahmanyam Jaishankar"},
		{"IND", "Foreign Secretary", "2024-08-01", "Vikram Misri"},
		{"DEU", "chancellor", "2024-01-17", "Olaf Scholz"},
		{"AFG", "foreign minister", "2024-01-17", "Amir Khan Muttaqi"},
		{"AFG", "foreign minister", "2020-06-01", "Mohammad Haneef Atmar"},
		{"IGOUNO", "secretary general", "2024-01-17", "António Guterres"},
		{"IGOEUREEC", "foreign minister", "2025-02-01", "Kaja Kallas"},
	}
	for _, c := range cases {
		p := g.Person(c.country, c.role, c.date)
		if p == nil || p.Name != c.want {
			got := "nil"
			if p != nil {
				got = p.Name + " (" + p.Source + ")"
			}
			t.Errorf("Person(%s, %q, %s) = %s, want %s", c.country, c.role, c.date, got, c.want)
		}
	}
	if p := g.Person("IRN", "foreign minister", "1970-01-01"); p != nil {
		t.Errorf("Person before the data begins: got %s, want nil", p.Name)
	}
	if p := g.Person("IRN", "astronaut", "2024-01-17"); p != nil {
		t.Errorf("Person for an unknown role: got %s, want nil", p.Name)
	}
}

func TestTalibanDateBounded(t *testing.T) {
	g := mustDefault(t)
	cases := map[string]string{
		"1995-06-01": "AFGREB", "1999-06-01": "AFGGOV", "2010-01-01": "AFGREB",
		"2021-08-14": "AFGREB", "2021-08-15": "AFGGOV", "2024-01-17": "AFGGOV", "": "AFGGOV",
	}
	for date, want := range cases {
		for _, text := range []string{"The Taliban said so.", "The Islamic Emirate said so.", "Afghan Taliban said so."} {
			ms := g.Match(tokenize(text, false), date)
			if len(ms) == 0 || ms[0].Entry.Code != want {
				t.Errorf("%q on %q: got %v, want %s", text, date, ms, want)
			}
		}
	}
	// "Pakistani Taliban" is the TTP, not the Afghan movement.
	if got := mentions(g, "The Pakistani Taliban attacked.", "2024-01-17", false); !has(got, "Pakistani Taliban=PAKREB") {
		t.Errorf("Pakistani Taliban: got %v", got)
	}
}

// Armed groups, movements and parties of conflict news, on dates that
// pick the row of their period.
func TestConflictGroups(t *testing.T) {
	g := mustDefault(t)
	cases := []struct {
		text, date string
		want, none []string
	}{
		// The Muslim Brotherhood: opposition, then in power through
		// Morsi (2012-06-30 to 2013-07-03), then outlawed opposition.
		{"Qatar pledged to expel exiled leaders of Egypt's Muslim Brotherhood.", "2015-06-09", []string{"Muslim Brotherhood=EGYOPP"}, []string{"Muslim Brotherhood=EGYGOV"}},
		{"The Muslim Brotherhood rallied.", "2010-05-01", []string{"Muslim Brotherhood=EGYOPP"}, nil},
		{"The Muslim Brotherhood rallied.", "2012-06-29", []string{"Muslim Brotherhood=EGYOPP"}, nil},
		{"The Muslim Brotherhood rallied.", "2012-06-30", []string{"Muslim Brotherhood=EGYGOV"}, nil},
		{"The Muslim Brothers rallied.", "2013-07-03", []string{"Muslim Brothers=EGYGOV"}, nil},
		{"The Muslim Brotherhood rallied.", "2013-07-04", []string{"Muslim Brotherhood=EGYOPP"}, nil},
		{"The Freedom and Justice Party (FJP) won.", "2012-01-21", []string{"Freedom and Justice Party=EGYPTY", "FJP=EGYPTY"}, nil},
		{"The Freedom and Justice Party decided.", "2013-01-01", []string{"Freedom and Justice Party=EGYGOV"}, nil},
		{"The Syrian Muslim Brotherhood met.", "2016-01-01", []string{"Syrian Muslim Brotherhood=SYROPP"}, []string{"Muslim Brotherhood=EGYOPP"}},
		{"Ahrar al-Sham and Jaysh al-Islam fought Hizb ut-Tahrir.", "2016-01-01", []string{"Ahrar al-Sham=SYRREBMUS", "Jaysh al-Islam=SYRREB", "Hizb ut-Tahrir=NGMMUS"}, nil},
		// The SPLM: Sudanese rebels, a Sudanese party under the 2005
		// peace agreement, South Sudan's governing party from 2011.
		{"The SPLM and the SPLA signed.", "2000-01-01", []string{"SPLM=SDNREB", "SPLA=SDNREB"}, nil},
		{"The SPLM signed.", "2008-01-01", []string{"SPLM=SDNPTY"}, nil},
		{"The SPLM, the SPLA, the SPLM-IO and the SPLA-N met.", "2015-01-01", []string{"SPLM=SSDPTY", "SPLA=SSDMIL", "SPLM-IO=SSDREB", "SPLA-N=SDNREB"}, nil},
		{"The ANC was banned.", "1985-01-01", []string{"ANC=ZAFREB"}, nil},
		{"The African National Congress won.", "2019-05-10", []string{"African National Congress=ZAFPTY"}, nil},
		{"The Séléka seized Bangui.", "2013-03-24", []string{"Séléka=CAFGOV"}, nil},
		{"Seleka rebels advanced.", "2012-12-20", []string{"Seleka=CAFREB"}, nil},
		{"The anti-balaka militias attacked.", "2014-02-01", []string{"anti-balaka=CAFREB"}, nil},
		{"The LTTE, the Polisario Front, the MILF, the Shining Path and the LRA.", "2008-01-01",
			[]string{"LTTE=LKAREB", "Polisario Front=ESHREB", "MILF=PHLREB", "Shining Path=PERREB", "LRA=UGAREB"}, nil},
		// "National Liberation Army" is Colombia's ELN in the news, though
		// other groups had the name: its matches are flagged.
		{"Petro suspended talks with the National Liberation Army (ELN).", "2025-01-20", []string{"National Liberation Army=COLREB", "ELN=COLREB"}, []string{"Army=MIL"}},
		{"ZANU-PF and Zanu-PF, the KMT and the Provos.", "1990-01-01", []string{"ZANU-PF=ZWEPTY", "Zanu-PF=ZWEPTY", "KMT=TWNPTY", "Provos=GBRREB"}, nil},
		// ETA and the IRA match in capitals only, and only while they
		// existed: after 2005 "IRA" is mostly the Inflation Reduction Act.
		{"ETA claimed the bombing.", "2005-01-01", []string{"ETA=ESPREB"}, nil},
		{"The convoy's ETA is noon.", "2020-01-01", nil, []string{"ETA=ESPREB"}},
		{"The IRA bombed Manchester.", "1996-06-15", []string{"IRA=GBRREB"}, nil},
		{"China criticised the IRA and a new IRA subsidy.", "2023-03-01", nil, []string{"IRA=GBRREB", "new IRA=GBRREB"}},
		{"The New IRA claimed it.", "2023-03-01", []string{"New IRA=GBRREB"}, nil},
		{"ira and eta and ltte", "2000-01-01", nil, []string{"ira=GBRREB", "eta=ESPREB", "ltte=LKAREB"}},
		// "DPP" is as often a Director of Public Prosecutions: only the
		// party's full name is matched in running text.
		{"The DPP charged him; the Democratic Progressive Party won.", "2020-01-01", []string{"Democratic Progressive Party=TWNPTY"}, []string{"DPP=TWNPTY"}},
	}
	for _, c := range cases {
		for _, split := range []bool{false, true} {
			got := mentions(g, c.text, c.date, split)
			for _, w := range c.want {
				if !has(got, w) {
					t.Errorf("%q on %s (split hyphens %v): got %v, want %s", c.text, c.date, split, got, w)
				}
			}
			for _, n := range c.none {
				if has(got, n) {
					t.Errorf("%q on %s (split hyphens %v): got %v, must not have %s", c.text, c.date, split, got, n)
				}
			}
		}
	}
	// "ETA" and "National Liberation Army" have other common senses:
	// their matches are flagged.
	for _, c := range []struct{ text, date, name string }{
		{"ETA claimed the bombing.", "2005-01-01", "ETA"},
		{"Petro suspended talks with the National Liberation Army.", "2025-01-20", "National Liberation Army"},
	} {
		flagged := false
		for _, m := range g.Match(tokenize(c.text, false), c.date) {
			flagged = flagged || c.text[m.Start:m.End] == c.name && m.Ambiguous
		}
		if !flagged {
			t.Errorf("%q: %q not matched and flagged ambiguous", c.text, c.name)
		}
	}
}

func TestJaishAlAdl(t *testing.T) {
	g := mustDefault(t)
	var first *Entry
	for _, name := range []string{"Jaish al-Adl", "Jaish ul-Adl", "Jaish-ul-Adl", "Jaish al-Adel", "Jaish-al-Adl",
		"Jaish al Adl", "Army of Justice", "Jaish-e-Adl", "Jaysh al-Adl"} {
		for _, split := range []bool{false, true} {
			text := "Iran struck the " + name + " group."
			var found *Entry
			for _, m := range g.Match(tokenize(text, split), "2024-01-17") {
				if m.Entry.Kind == "group" {
					found = m.Entry
				}
			}
			if found == nil {
				t.Errorf("%q: no group found", text)
				continue
			}
			if first == nil {
				first = found
			}
			if found != first || found.Code != "IRNREB" || found.Country != "IRN" {
				t.Errorf("%q: got %s %s, want the Jaish al-Adl entry (IRNREB)", text, found.Name, found.Code)
			}
		}
	}
}

func TestPlaces(t *testing.T) {
	g := mustDefault(t)
	for _, name := range []string{"Balochistan", "Baluchistan", "Balochistan province"} {
		es := g.Lookup(name, "2024-01-17")
		if len(es) == 0 || es[0].Kind != "place" || es[0].Country != "PAK" || es[0].Lat < 24 || es[0].Lat > 32 || es[0].Lon < 60 || es[0].Lon > 71 {
			t.Errorf("%s: got %v, want a PAK place with coordinates in Balochistan", name, codes(es))
		}
	}
	for _, name := range []string{"Sistan-Baluchestan", "Sistan-o-Baluchistan", "Sistan and Baluchestan", "Siestan-o-Baluchistan",
		"Sistan Baluchestan", "Sistan-Baluchistan", "Sistan va Baluchestan"} {
		text := "a town in Iran's " + name + " province"
		for _, split := range []bool{false, true} {
			ms := g.Match(tokenize(text, split), "2024-01-17")
			ok := false
			for _, m := range ms {
				if m.Entry.Kind == "place" && m.Entry.Country == "IRN" && m.Entry.Name == "Sistan and Baluchestan" {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%q (split %v): no Sistan and Baluchestan place among %v", text, split, mentions(g, text, "", split))
			}
		}
	}
	for name, country := range map[string]string{"Panjgur": "PAK", "Koh-i-Sabz": "PAK", "Saravan": "IRN", "Rask": "IRN", "Quetta": "PAK",
		"Erbil": "IRQ", "Arbil": "IRQ", "Idlib": "SYR", "Gaza Strip": "PSE", "West Bank": "PSE", "Davos": "CHE", "Kurdistan region of Iraq": "IRQ",
		"Strait of Hormuz": "", "Persian Gulf": ""} {
		es := g.Lookup(name, "")
		if len(es) == 0 || es[0].Country != country || (es[0].Lat == 0 && es[0].Lon == 0) {
			t.Errorf("%s: got %v, want a place in %q with coordinates", name, codes(es), country)
		}
	}
	// "the Gulf" is the Persian Gulf, but not in "the Gulf of Oman" or
	// "the Gulf Clan"; "Praia" is Cabo Verde's capital, but not in
	// "Mocimboa da Praia".
	for text, want := range map[string]string{"a tanker seized in the Gulf of Oman": "Gulf of Oman", "a ship attacked in the Gulf of Aden": "Gulf of Aden",
		"a tanker seized in the Gulf": "Persian Gulf", "an attack blamed on the Gulf Clan": "Gulf Clan",
		"the port town of Mocimboa da Praia": "Mocimboa da Praia"} {
		var got []string
		for _, m := range g.Match(tokenize(text, false), "") {
			got = append(got, m.Entry.Name)
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: got %v, want %s", text, got, want)
		}
	}
	// A capital is both a place and the country's metonym.
	es := g.Lookup("Tehran", "")
	if len(es) == 0 || es[0].Kind != "capital" || es[0].Code != "IRN" || es[0].Lat == 0 {
		t.Errorf("Tehran: got %v, want the capital of IRN with coordinates", codes(es))
	}
	// Punjab is in Pakistan and in India: flagged, both offered.
	ms := g.Match(tokenize("Floods hit Punjab.", false), "")
	if len(ms) != 1 || !ms[0].Ambiguous || len(ms[0].Others) == 0 {
		t.Errorf("Punjab: got %+v, want one ambiguous mention with alternatives", ms)
	}
	// A name two places share is the one in the country the sentence
	// names; with none named, the first choice stands.
	for text, want := range map[string]string{
		"Militias fought in Tripoli, the north Lebanese port.": "LBN",
		"Militias fought in Tripoli, the Libyan capital.":      "LBY",
		"Militias fought in Tripoli.":                          "LBY",
	} {
		got := ""
		for _, m := range g.Match(tokenize(text, false), "") {
			if text[m.Start:m.End] == "Tripoli" {
				got = m.Entry.Country
			}
		}
		if got != want {
			t.Errorf("%q: Tripoli in %q, want %q", text, got, want)
		}
	}
	// Lookup-only names answer Lookup.
	if es := g.Lookup("Male", ""); len(es) == 0 || es[0].Country != "MDV" {
		t.Errorf("Lookup(Male): got %v, want the capital of the Maldives", codes(es))
	}
}

func TestMentionOffsetsAndTokens(t *testing.T) {
	g := mustDefault(t)
	text := "Pakistan’s caretaker Prime Minister Anwaar-ul-Haq Kakar met Hossein Amir-Abdollahian in Davos."
	for _, split := range []bool{false, true} {
		toks := tokenize(text, split)
		for _, m := range g.Match(toks, "2024-01-17") {
			if m.Start < toks[m.First].Start || m.End > toks[m.Last].End || m.First > m.Last {
				t.Errorf("mention %+v outside its tokens", m)
			}
			if Fold(text[m.Start:m.End]) != Fold(m.Alias) {
				t.Errorf("mention text %q does not fold to its alias %q", text[m.Start:m.End], m.Alias)
			}
		}
	}
}

// Every name of every entry matches itself in running text (unless it is
// lookup-only or its case rule needs a capital at sentence start): the
// matcher and the index agree on what a name is.
func TestEveryNameMatchesItself(t *testing.T) {
	g := mustDefault(t)
	failures := 0
	for _, slot := range g.ix.keys {
		for _, r := range g.ix.slots[slot] {
			if r.lookup || r.e.fallback {
				continue
			}
			text := "Reports said " + r.text + " ."
			ok := false
			for _, split := range []bool{false, true} {
				for _, m := range g.Match(tokenize(text, split), r.e.From) {
					// The test tokeniser splits a final period off
					// ("Gen." → "Gen", ".") as a sentence end.
					if Fold(text[m.Start:m.End]) == Fold(r.text) {
						ok = true
					}
				}
				if !ok {
					break
				}
			}
			if !ok && failures < 30 {
				failures++
				t.Errorf("%s: name %q does not match itself: %v", r.e.Source, r.text, mentions(g, text, r.e.From, false))
			}
		}
	}
}

func ExampleGazetteer_Match() {
	g, _ := Default()
	text := "Iran’s Revolutionary Guards struck Jaish al-Adl in Panjgur, Balochistan."
	for _, m := range g.Match(tokenize(text, true), "2024-01-16") {
		fmt.Printf("%s: %s %s %s\n", text[m.Start:m.End], m.Entry.Kind, m.Entry.Code, m.Entry.Source)
	}
	// Output:
	// Iran: country IRN data/countries.tsv:138
	// Revolutionary Guards: agent IRNMIL data/agents.tsv:120
	// Jaish al-Adl: group IRNREB data/groups.tsv:64
	// Panjgur: place PAK data/places.tsv:28
	// Balochistan: place PAK data/places.tsv:19
}
