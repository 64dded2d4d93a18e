package event

import (
	"fmt"
	"math/rand"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep/sitrep/internal/actor"
	"github.com/sitrep/sitrep/internal/article"
	"github.com/sitrep/sitrep/internal/cameo"
)

// parse builds tokens from a hand-written parse, one token a line:
// "form lemma UPOS XPOS head rel". Offsets are those of the forms joined
// by single spaces, which is also the sentence text.
func parse(t testing.TB, spec string) ([]article.Token, string) {
	t.Helper()
	var toks []article.Token
	var text strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(spec), "\n") {
		f := strings.Fields(line)
		if len(f) != 6 {
			t.Fatalf("bad token line %q", line)
		}
		h, err := strconv.Atoi(f[4])
		if err != nil {
			t.Fatal(err)
		}
		if text.Len() > 0 {
			text.WriteByte(' ')
		}
		start := text.Len()
		text.WriteString(f[0])
		toks = append(toks, article.Token{Form: f[0], Start: start, End: text.Len(), Lemma: f[1], UPOS: f[2], XPOS: f[3], Head: h, Rel: f[5]})
	}
	return toks, text.String()
}

func coder(t testing.TB) *Coder {
	t.Helper()
	g, err := actor.Default()
	if err != nil {
		t.Fatalf("gazetteer: %v", err)
	}
	c, err := New(g, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// summary writes an event as "SRC TGT CODE modality".
func summary(e Event) string {
	return fmt.Sprintf("%s %s %s %s", codeOf(e.Source), codeOf(e.Target), e.CAMEO, e.Modality)
}

// has reports whether evs hold an event whose actor codes begin with src
// and tgt (or equal them, when they end in "$").
func has(evs []Event, src, tgt, code, mod string) bool {
	match := func(got, want string) bool {
		if w, exact := strings.CutSuffix(want, "$"); exact {
			return got == w
		}
		return strings.HasPrefix(got, want)
	}
	for _, e := range evs {
		if match(codeOf(e.Source), src) && match(codeOf(e.Target), tgt) && (code == "" || e.CAMEO == code) && (mod == "" || e.Modality == mod) {
			return true
		}
	}
	return false
}

func dump(evs []Event) string {
	var s []string
	for _, e := range evs {
		s = append(s, summary(e))
	}
	return strings.Join(s, "; ")
}

func TestPatternsCoverEveryRoot(t *testing.T) {
	p, err := LoadPatterns()
	if err != nil {
		t.Fatal(err)
	}
	roots := map[string]int{}
	for _, rs := range p.rows {
		for _, r := range rs {
			if r.code != "" {
				roots[r.code[:2]]++
			}
		}
	}
	for i := 1; i <= 20; i++ {
		root := fmt.Sprintf("%02d", i)
		if roots[root] == 0 {
			t.Errorf("no pattern codes CAMEO root %s", root)
		}
	}
	if p.Len() < 300 {
		t.Errorf("only %d pattern rows", p.Len())
	}
}

func TestUserPatternsOverride(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/mine.tsv"
	// "recall" of an ambassador becomes 166 for this user.
	if err := writeFile(path, "recall\tV\tobj=ambassador\t166\tprep:from\t-\n"); err != nil {
		t.Fatal(err)
	}
	p, err := LoadPatterns(path)
	if err != nil {
		t.Fatal(err)
	}
	g, err := actor.Default()
	if err != nil {
		t.Fatal(err)
	}
	c, _ := New(g, p)
	toks, _ := parse(t, `
Pakistan Pakistan PROPN NNP 2 nsubj
recalled recall VERB VBD 0 root
its its PRON PRP$ 4 nmod:poss
ambassador ambassador NOUN NN 2 obj
from from ADP IN 6 case
Iran Iran PROPN NNP 2 obl`)
	evs := c.Sentence(toks, "2024-01-17")
	if !has(evs, "PAK", "IRN", "166", "") {
		t.Errorf("user row did not override: %s", dump(evs))
	}
	if _, err := LoadPatterns(dir + "/missing.tsv"); err == nil {
		t.Error("a missing pattern file must be an error")
	}
	bad := dir + "/bad.tsv"
	writeFile(bad, "strike\tV\t-\t999\t-\t-\n")
	if _, err := LoadPatterns(bad); err == nil || !strings.Contains(err.Error(), "bad.tsv:1") {
		t.Errorf("an unknown code must be reported with its line: %v", err)
	}
	// "prep:to|iobj" would silently look for a preposition "iobj".
	writeFile(bad, "give\tV\t-\t071\tprep:to|iobj\t-\n")
	if _, err := LoadPatterns(bad); err == nil || !strings.Contains(err.Error(), "bad.tsv:1") {
		t.Errorf("a target name in a preposition list must be reported: %v", err)
	}
	// a second row with the same trigger and frame would never be used
	writeFile(bad, "give\tV\tobj=aid\t071\tprep:to\t-\n# comment\ngive\tV\t obj=aid \t070\tprep:to\t-\n")
	if _, err := LoadPatterns(bad); err == nil || !strings.Contains(err.Error(), "bad.tsv:3") || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("a row that repeats an earlier row's frame must be reported with both lines: %v", err)
	}
}

// Each case is one construction the coder must read off the parse.
var constructionCases = []struct {
	name  string
	parse string
	want  [][4]string // source prefix, target prefix, code, modality
	not   [][4]string
}{
	{"an offer to do what no pattern names is an intent to cooperate with whom the act concerns", `
Libya Libya PROPN NNP 2 nsubj
offered offer VERB VBD 0 root
to to PART TO 4 mark
hand hand VERB VB 2 xcomp
over over ADV RB 4 advmod
to to ADP IN 7 case
Britain Britain PROPN NNP 4 obl
two two NUM CD 9 nummod
suspects suspect NOUN NNS 4 obl
. . PUNCT . 2 punct`, [][4]string{{"LBY", "GBR", "030", "future"}}, nil},

	{"an agreement to an event that codes itself is not coded twice", `
Kenya Kenya PROPN NNP 3 nmod:poss
's 's PART POS 1 case
president president NOUN NN 4 nsubj
agreed agree VERB VBD 0 root
to to PART TO 6 mark
resign resign VERB VB 4 xcomp
. . PUNCT . 4 punct`, [][4]string{{"KENGOV", "", "035", "future"}}, [][4]string{{"KEN", "", "030", ""}}},

	{"a relational noun: the name in apposition is the party, not the group", `
NATO NATO PROPN NNP 3 compound
- - PUNCT HYPH 1 punct
member member NOUN NN 6 nsubj
Norway Norway PROPN NNP 3 flat
is be AUX VBZ 6 cop
willing willing ADJ JJ 0 root
to to PART TO 8 mark
send send VERB VB 6 xcomp
aid aid NOUN NN 8 obj
to to ADP IN 11 case
Kenya Kenya PROPN NNP 8 obl
. . PUNCT . 6 punct`, [][4]string{{"NOR", "KEN", "0333", "future"}}, [][4]string{{"IGO", "", "0333", ""}}},

	{"a relational noun: the possessor is the other side", `
Greece Greece PROPN NNP 2 nsubj
demanded demand VERB VBD 0 root
that that SCONJ IN 8 mark
its its PRON PRP$ 7 nmod:poss
European European ADJ NNP 6 amod
Community Community PROPN NNP 7 compound
partners partner NOUN NNS 8 nsubj
recognize recognize VERB VBP 2 ccomp
Macedonia Macedonia PROPN NNP 8 obj
. . PUNCT . 2 punct`, [][4]string{{"GRC", "IGOEUREEC", "100", "asserted"}}, [][4]string{{"GRC", "GRC", "100", ""}}},

	{"an attack no one is named for is by unidentified attackers of the country where it happened", `
Three three NUM CD 3 nummod
Iraqi Iraqi ADJ JJ 3 amod
civilians civilian NOUN NNS 5 nsubj:pass
were be AUX VBD 5 aux:pass
killed kill VERB VBN 0 root
in in ADP IN 9 case
a a DET DT 9 det
car car NOUN NN 9 compound
bombing bombing NOUN NN 5 obl
in in ADP IN 11 case
Baghdad Baghdad PROPN NNP 9 nmod
. . PUNCT . 5 punct`, [][4]string{{"IRQ$", "IRQCVL", "1832", "asserted"}}, nil},

	{"a new attack as subject: its perpetrator is unknown", `
A a DET DT 3 det
roadside roadside NOUN NN 3 compound
bombing bombing NOUN NN 6 nsubj
in in ADP IN 5 case
Baghdad Baghdad PROPN NNP 3 nmod
killed kill VERB VBD 0 root
one one NUM CD 9 nummod
U.S. U.S. PROPN NNP 9 compound
soldier soldier NOUN NN 6 obj
. . PUNCT . 6 punct`, [][4]string{{"IRQ$", "USAMIL", "195", "asserted"}}, nil},

	{"a definite attack is one told of elsewhere, not one by the place", `
The the DET DT 2 det
attack attack NOUN NN 3 nsubj
killed kill VERB VBD 0 root
one one NUM CD 6 nummod
U.S. U.S. PROPN NNP 6 compound
soldier soldier NOUN NN 3 obj
in in ADP IN 8 case
Baghdad Baghdad PROPN NNP 3 obl
. . PUNCT . 3 punct`, nil, [][4]string{{"IRQ", "", "190", ""}}},

	{"a bare sector is of the one country the sentence names", `
Egyptian Egyptian ADJ JJ 2 amod
police police NOUN NN 3 nsubj
opened open VERB VBN 0 root
fire fire NOUN NN 3 obj
to to PART TO 6 mark
disperse disperse VERB VB 3 advcl
Moslem Moslem ADJ JJ 9 amod
fundamentalist fundamentalist ADJ JJ 9 amod
demonstrators demonstrator NOUN NNS 6 obj
on on ADP IN 12 case
Monday Monday PROPN NNP 12 compound
night night NOUN NN 6 obl
, , PUNCT , 14 punct
killing kill VERB VBG 6 advcl
one one NUM CD 16 nummod
person person NOUN NN 14 obj
. . PUNCT . 3 punct`, [][4]string{{"EGYCOP", "EGYOPP", "193", "asserted"}}, nil},

	{"the one country named is not given to a sector that would then act on itself", `
The the DET DT 2 det
government government NOUN NN 3 nsubj
expressed express VERB VBD 0 root
appreciation appreciation NOUN NN 3 obj
for for ADP IN 8 case
China China PROPN NNP 8 nmod:poss
's 's PART POS 6 case
assistance assistance NOUN NN 3 obl
. . PUNCT . 3 punct`, [][4]string{{"GOV$", "CHN", "013", "asserted"}}, [][4]string{{"CHNGOV", "", "013", ""}}},

	{"where a group is based is no country the sentence is about", `
A a DET DT 5 det
UK UK PROPN NNP 4 compound
- - PUNCT HYPH 2 punct
based base VERB VBN 5 amod
group group NOUN NN 6 nsubj
said say VERB VBD 0 root
government government NOUN NN 8 compound
forces force NOUN NNS 9 nsubj
shelled shel VERB VBN 6 ccomp
civilians civilian NOUN NNS 9 obj
in in ADP IN 13 case
the the DET DT 13 det
city city NOUN NN 9 obl
. . PUNCT . 6 punct`, nil, [][4]string{{"GBR", "", "194", ""}}},

	{"a place attacked is its country's", `
Russia Russia PROPN NNP 2 nsubj
shelled shel VERB VBD 0 root
Kharkiv Kharkiv PROPN NNP 2 obj
on on ADP IN 5 case
Monday Monday PROPN NNP 3 nmod
. . PUNCT . 2 punct`, [][4]string{{"RUS", "UKR", "194", "asserted"}}, nil},

	{"a participle of force on its noun: the noun was acted on, the attacker unnamed", `
There there PRON EX 2 expl
were be VERB VBD 0 root
10 10 NUM CD 5 nummod
Russian Russian ADJ JJ 5 amod
soldiers soldier NOUN NNS 2 nsubj
killed kill VERB VBN 5 acl
in in ADP IN 8 case
Ukraine Ukraine PROPN NNP 6 obl
today today NOUN NN 6 obl:unmarked
. . PUNCT . 2 punct`, [][4]string{{"UKR$", "RUSMIL", "190", "asserted"}}, nil},

	{"taking part in an attack is no agentless attack on the participants", `
Serb serb NOUN NN 2 compound
forces force NOUN NNS 4 nsubj:pass
were be AUX VBD 4 aux:pass
engaged engage VERB VBN 0 root
in in ADP IN 7 case
ethnic ethnic ADJ JJ 7 amod
cleansing cleansing NOUN NN 4 obl
in in ADP IN 9 case
Montenegro Montenegro PROPN NNP 7 nmod
against against ADP IN 13 case
the the DET DT 13 det
Albanian Albanian ADJ JJ 13 amod
population population NOUN NN 7 nmod
. . PUNCT . 4 punct`, nil, [][4]string{{"MNE", "", "190", ""}, {"MNE", "", "203", ""}}},

	{"taking part in an attack: the subject is its source", `
Syrian Syrian ADJ JJ 2 amod
rebels rebel NOUN NNS 3 nsubj
took take VERB VBD 0 root
part part NOUN NN 3 obj
in in ADP IN 7 case
the the DET DT 7 det
attack attack NOUN NN 3 obl
on on ADP IN 9 case
Israel Israel PROPN NNP 7 nmod
. . PUNCT . 3 punct`, [][4]string{{"SYRREB", "ISR", "190", "asserted"}}, nil},

	{"involved in an attack: the passive's subject is its source", `
Hezbollah Hezbollah PROPN NNP 3 nsubj:pass
was be AUX VBD 3 aux:pass
involved involve VERB VBN 0 root
in in ADP IN 6 case
the the DET DT 6 det
attack attack NOUN NN 3 obl
on on ADP IN 8 case
Israel Israel PROPN NNP 6 nmod
. . PUNCT . 3 punct`, [][4]string{{"LBNREB", "ISR", "190", "asserted"}}, nil},

	{"a threatened curfew at home falls on the state's own population", `
Algeria Algeria PROPN NNP 3 nmod:poss
's 's PART POS 1 case
president president NOUN NN 4 nsubj
threatened threaten VERB VBD 0 root
to to PART TO 6 mark
institute institute VERB VB 4 xcomp
a a DET DT 8 det
curfew curfew NOUN NN 6 obj
in in ADP IN 10 case
Algiers algier NOUN NNS 8 nmod
. . PUNCT . 4 punct`, [][4]string{{"DZAGOV", "DZACVL", "1323", "threatened"}}, nil},

	{"prepared to impose martial law: an intention, on the state's own population", `
Iraq Iraq PROPN NNP 3 nmod:poss
's 's PART POS 1 case
government government NOUN NN 4 nsubj
said say VERB VBD 0 root
it it PRON PRP 7 nsubj:pass
is be AUX VBZ 7 aux:pass
prepared prepare VERB VBN 4 ccomp
to to PART TO 9 mark
impose impose VERB VB 7 xcomp
martial martial ADJ JJ 11 amod
law law NOUN NN 9 obj
. . PUNCT . 4 punct`, [][4]string{{"IRQGOV", "IRQCVL", "1324", "threatened"}}, nil},

	{"prepared to attend: getting ready, not an intention", `
The the DET DT 3 det
US US PROPN NNP 3 compound
leader leader NOUN NN 4 nsubj
prepared prepare VERB VBN 0 root
to to PART TO 6 mark
attend attend VERB VB 4 xcomp
the the DET DT 8 det
Olympics Olympics PROPN NNPS 6 obj
in in ADP IN 10 case
China China PROPN NNP 6 obl
. . PUNCT . 4 punct`, [][4]string{{"USAGOV", "CHN", "042", ""}}, [][4]string{{"USAGOV", "CHN", "036", ""}}},

	{"agreed on a day to provide dollars of aid for a country: an intention to give economic aid", `
The the DET DT 2 det
EU EU PROPN NNP 3 nsubj
agreed agree VERB VBD 0 root
on on ADP IN 5 case
Saturday Saturday PROPN NNP 3 obl
to to PART TO 7 mark
provide provide VERB VB 3 advcl
70 70 NUM CD 9 compound
million million NUM CD 10 nummod
dollars dollar NOUN NNS 7 obj
of of ADP IN 12 case
aid aid NOUN NN 10 nmod
for for ADP IN 14 case
Romania Romania PROPN NNP 12 nmod
. . PUNCT . 3 punct`, [][4]string{{"IGOEUREEC", "ROU", "0331", "future"}}, [][4]string{{"ROU", "IGOEUREEC", "030", ""}}},

	{"agreed to re-open its borders to peacekeepers: the promiser's own object is not whom the promise concerns", `
Ethiopia Ethiopia PROPN NNP 3 nsubj
has have AUX VBZ 3 aux
agreed agree VERB VBN 0 root
to to PART TO 5 mark
re-open re-open VERB VB 3 xcomp
its its PRON PRP$ 7 nmod:poss
borders border NOUN NNS 5 obj
to to ADP IN 10 case
UN UN PROPN NNP 10 compound
peacekeepers peacekeeper NOUN NNS 5 obl
. . PUNCT . 3 punct`, [][4]string{{"ETH", "IGOUNO", "030", "future"}}, nil},

	{"a people placed in another state are its residents, not the state they are named after", `
Ethnic ethnic ADJ JJ 2 amod
Albanians Albanian PROPN NNPS 7 nsubj
in in ADP IN 5 case
south south ADJ NNP 5 amod
Serbia Serbia PROPN NNP 2 nmod
are be AUX VBP 7 aux
demanding demand VERB VBG 0 root
a a DET DT 10 det
U.N. U.N. PROPN NNP 10 compound
presence presence NOUN NN 7 obj
. . PUNCT . 7 punct`, [][4]string{{"SRBCVL", "IGOUNO", "100", "asserted"}}, [][4]string{{"ALB", "IGOUNO", "100", ""}}},

	{"a people with another state's adjective live there: Bosnian Serbs", `
Bosnian bosnian ADJ JJ 2 amod
Serbs serb NOUN NNS 3 nsubj
demanded demand VERB VBD 0 root
a a DET DT 5 det
truce truce NOUN NN 3 obj
with with ADP IN 8 case
Moslem Moslem ADJ JJ 8 amod
forces force NOUN NNS 5 nmod
in in ADP IN 11 case
east east PROPN NNP 11 compound
Bosnia Bosnia PROPN NNP 8 nmod
. . PUNCT . 3 punct`, [][4]string{{"BIHCVL", "BIHMIL", "100", "asserted"}}, [][4]string{{"SRB", "BIHMIL", "100", ""}}},

	{"an ethnic people are of the state where they act, and protest against its government", `
Up up ADP IN 5 advmod
to to ADP IN 1 fixed
100 100 NUM CD 5 nummod
ethnic ethnic ADJ JJ 5 amod
Albanians Albanian PROPN NNPS 6 nsubj
demonstrated demonstrate VERB VBD 0 root
on on ADP IN 8 case
Tuesday Tuesday PROPN NNP 6 obl
in in ADP IN 10 case
Serbia Serbia PROPN NNP 8 nmod
. . PUNCT . 6 punct`, [][4]string{{"SRBCVL", "SRBGOV", "141", "asserted"}}, nil},

	{"a demand that X act, parsed as a relative clause with two subjects: X is whom it is made of", `
The the DET DT 2 det
ILO ILO PROPN NNP 3 nsubj
reiterated reiterate VERB VBD 0 root
its its PRON PRP$ 5 nmod:poss
demand demand NOUN NN 3 obj
that that PRON WDT 8 nsubj
Israel Israel PROPN NNP 8 nsubj
ease ease VERB VB 5 acl:relcl
restrictions restriction NOUN NNS 8 obj
on on ADP IN 12 case
Palestinian Palestinian ADJ JJ 12 amod
workers worker NOUN NNS 8 obl
. . PUNCT . 3 punct`, [][4]string{{"IGOUNOLABILO", "ISR", "100", ""}}, [][4]string{{"ISR", "PSELAB", "081", ""}}},

	{"is opposed to: the subject opposes", `
Israel Israel PROPN NNP 3 nsubj:pass
is be AUX VBZ 3 aux:pass
opposed oppose VERB VBN 0 root
to to ADP IN 6 case
French French ADJ JJ 6 amod
mediation mediation NOUN NN 3 obl
in in ADP IN 8 case
talks talk NOUN NNS 3 obl
with with ADP IN 10 case
Syria Syria PROPN NNP 8 nmod
. . PUNCT . 3 punct`, [][4]string{{"ISR", "FRA", "120", "asserted"}}, nil},

	{"sympathy for a shooting at home is for the state's own people", `
The the DET DT 3 det
US US PROPN NNP 3 compound
president president NOUN NN 4 nsubj
expressed express VERB VBD 0 root
sorrow sorrow NOUN NN 4 obj
for for ADP IN 8 case
the the DET DT 8 det
shootings shooting NOUN NNS 5 nmod
in in ADP IN 11 case
South South PROPN NNP 11 compound
Carolina Carolina PROPN NNP 8 nmod
. . PUNCT . 4 punct`, [][4]string{{"USAGOV", "USACVL", "018", "asserted"}}, nil},

	{"\"it\" refers back to \"the US\", which is no pronoun \"us\"", `
The the DET DT 2 det
US US PROPN NNP 3 nsubj
said say VERB VBD 0 root
it it PRON PRP 5 nsubj
attacked attack VERB VBD 3 ccomp
Iraq Iraq PROPN NNP 5 obj
. . PUNCT . 3 punct`, [][4]string{{"USA", "IRQ", "190", "claimed"}}, nil},

	{"unidentified attackers in a state killing its soldiers are no state acting on itself", `
Three three NUM CD 3 nummod
Iraqi Iraqi ADJ JJ 3 amod
soldiers soldier NOUN NNS 5 nsubj:pass
were be AUX VBD 5 aux:pass
killed kill VERB VBN 0 root
in in ADP IN 7 case
Baghdad Baghdad PROPN NNP 5 obl
. . PUNCT . 5 punct`, [][4]string{{"IRQ", "IRQMIL", "190", "asserted"}}, nil},

	{"a document speaks for where it was issued", `
A a DET DT 2 det
report report NOUN NN 8 nsubj
released release VERB VBN 2 acl
in in ADP IN 7 case
the the DET DT 7 det
Rwandan Rwandan PROPN NNP 7 compound
capital capital NOUN NN 3 obl
alleged allege VERB VBD 0 root
that that SCONJ IN 11 mark
France France PROPN NNP 11 nsubj
helped help VERB VBD 8 ccomp
plan plan VERB VB 11 xcomp
the the DET DT 14 det
killings killing NOUN NNS 12 obj
. . PUNCT . 8 punct`, [][4]string{{"RWA", "FRA$", "112", "asserted"}}, nil},

	{"a past tense read as a participle on its subject, with the reporter's own subject, is the clause", `
Palestinian Palestinian ADJ JJ 2 amod
prisoners prisoner NOUN NNS 13 nsubj
rioted riote VERB VBN 2 acl
at at ADP IN 6 case
a a DET DT 6 det
jail jail NOUN NN 3 obl
in in ADP IN 9 case
northern northern ADJ JJ 9 amod
Israel Israel PROPN NNP 6 nmod
, , PUNCT , 2 punct
police police NOUN NN 12 compound
sources source NOUN NNS 13 nsubj
said say VERB VBD 0 root
. . PUNCT . 13 punct`, [][4]string{{"PSE", "ISR$", "145", ""}}, nil},

	{"a past tense read as a participle on a root noun is the clause; a passive participle is not", `
Thousands thousand NOUN NNS 0 root
of of ADP IN 4 case
Iraqi Iraqi ADJ JJ 4 amod
Kurds Kurd PROPN NNPS 1 nmod
demonstrated demonstrate VERB VBN 1 acl
in in ADP IN 7 case
Kirkuk Kirkuk PROPN NNP 5 obl
on on ADP IN 9 case
Sunday Sunday PROPN NNP 7 nmod
. . PUNCT . 1 punct`, [][4]string{{"IRQ$", "IRQGOV", "141", "asserted"}}, nil},

	{"soldiers killed, as the police said: a passive participle stays one", `
Three three NUM CD 3 nummod
Iraqi Iraqi ADJ JJ 3 amod
soldiers soldier NOUN NNS 9 ccomp
killed kill VERB VBN 3 acl
in in ADP IN 6 case
Baghdad Baghdad PROPN NNP 4 obl
, , PUNCT , 3 punct
police police NOUN NN 9 nsubj
said say VERB VBD 0 root
. . PUNCT . 9 punct`, [][4]string{{"IRQ$", "IRQMIL", "190", ""}}, [][4]string{{"IRQMIL", "", "190", ""}}},

	{"a nationality's people protest against their own government", `
Iraqi Iraqi ADJ JJ 2 amod
Kurds Kurd PROPN NNPS 3 nsubj
demonstrated demonstrate VERB VBD 0 root
in in ADP IN 5 case
Kirkuk Kirkuk PROPN NNP 3 obl
. . PUNCT . 3 punct`, [][4]string{{"IRQ$", "IRQGOV", "141", "asserted"}}, nil},

	{"a subordinator read as a preposition before a finite verb without a subject opens a clause", `
The the DET DT 2 det
release release NOUN NN 3 nsubj
came come VERB VBD 0 root
as as ADP IN 5 case
Israel Israel PROPN NNP 3 obl
announced announce VERB VBD 3 conj
it it PRON PRP 9 nsubj
would would AUX MD 9 aux
free free ADJ JJ 6 ccomp
over over ADV RB 11 advmod
150 150 NUM CD 13 nummod
Palestinian Palestinian ADJ JJ 13 amod
prisoners prisoner NOUN NNS 9 obj
by by ADP IN 16 case
the the DET DT 16 det
end end NOUN NN 9 obl
of of ADP IN 18 case
August August PROPN NNP 16 nmod
. . PUNCT . 3 punct`, [][4]string{{"ISR$", "PSE", "0353", "future"}}, nil},

	{"a number before a participle before a noun is the noun's, not the participle's subject", `
The the DET DT 2 det
USA USA PROPN NNP 3 nsubj
helped help VERB VBD 0 root
the the DET DT 5 det
two two NUM CD 6 nsubj
exiled exile VERB VBD 3 ccomp
dissidents dissident NOUN NNS 6 obj
from from ADP IN 9 case
Egypt Egypt PROPN NNP 7 nmod
. . PUNCT . 3 punct`, [][4]string{{"USA$", "EGY", "070", "asserted"}}, nil},

	{"a meeting on a matter in a country is not in that country", `
Obama Obama PROPN NNP 3 nsubj
will will AUX MD 3 aux
attend attend VERB VB 0 root
a a DET DT 5 det
summit summit NOUN NN 3 obj
in in ADP IN 7 case
Switzerland Switzerland PROPN NNP 5 nmod
on on ADP IN 10 case
the the DET DT 10 det
unrest unrest NOUN NN 5 nmod
in in ADP IN 12 case
Iran Iran PROPN NNP 10 nmod
. . PUNCT . 3 punct`, [][4]string{{"USA", "CHE", "036", "future"}}, [][4]string{{"USA", "IRN", "036", ""}}},

	{"forces a state leads are the state's", `
Vietnamese Vietnamese ADJ JJ 3 obl:unmarked
- - PUNCT HYPH 1 punct
led lead VERB VBN 4 amod
forces force NOUN NNS 6 nsubj
have have AUX VBP 6 aux
retaken retake VERB VBN 0 root
a a DET DT 8 det
village village NOUN NN 6 obj
in in ADP IN 10 case
Cambodia Cambodia PROPN NNP 8 nmod
. . PUNCT . 6 punct`, [][4]string{{"VNMMIL", "KHM", "192", "asserted"}}, nil},

	{"at home a state's police arrest its people, not the state", `
Nigerian nigerian ADJ JJ 2 amod
police police NOUN NN 3 nsubj
arrested arrest VERB VBD 0 root
12 12 NUM CD 5 nummod
protesters protester NOUN NNS 3 obj
in in ADP IN 7 case
Lagos Lagos PROPN NNP 3 obl
. . PUNCT . 3 punct`, [][4]string{{"NGACOP", "NGAOPP$", "173", "asserted"}}, nil},

	{"at home a state's troops attack the sector the target is classified by", `
Pakistani Pakistani ADJ JJ 2 amod
troops troops NOUN NNS 3 nsubj
attacked attack VERB VBD 0 root
militant militant ADJ JJ 5 amod
hideouts hideout NOUN NNS 3 obj
in in ADP IN 7 case
Balochistan Balochistan PROPN NNP 5 nmod
. . PUNCT . 3 punct`, [][4]string{{"PAKMIL", "PAKUAF$", "190", "asserted"}}, nil},

	{"across a state's border is not in the state", `
Pakistani Pakistani ADJ JJ 2 amod
jets jet NOUN NNS 3 nsubj
struck strike VERB VBD 0 root
militant militant ADJ JJ 5 amod
hideouts hideout NOUN NNS 3 obj
across across ADP IN 9 case
its its PRON PRP$ 9 nmod:poss
southwestern southwestern ADJ JJ 9 amod
border border NOUN NN 3 obl
. . PUNCT . 3 punct`, nil, [][4]string{{"PAK", "PAK", "195", ""}}},

	{"tear gas to disperse demonstrators at home: repression of the state's own people", `
Liberian liberian ADJ JJ 2 amod
police police NOUN NN 3 nsubj
used use VERB VBD 0 root
tear tear NOUN NN 5 compound
gas gas NOUN NN 3 obj
to to PART TO 7 mark
disperse disperse VERB VB 3 advcl
demonstrators demonstrator NOUN NNS 7 obj
protesting protest VERB VBG 8 acl
election election NOUN NN 11 compound
results result NOUN NNS 9 obj
in in ADP IN 13 case
Monrovia Monrovia PROPN NNP 9 obl
. . PUNCT . 3 punct`, [][4]string{{"LBRCOP", "LBROPP$", "175", "asserted"}}, nil},

	{"police dispersing protesters coerce them", `
Nigerian nigerian ADJ JJ 2 amod
police police NOUN NN 3 nsubj
dispersed disperse VERB VBD 0 root
protesters protester NOUN NNS 3 obj
in in ADP IN 6 case
Lagos Lagos PROPN NNP 3 obl
. . PUNCT . 3 punct`, [][4]string{{"NGACOP", "NGAOPP$", "170", "asserted"}}, nil},

	{"a government outlawing an organization bans it", `
The the DET DT 3 det
British British ADJ JJ 3 amod
government government NOUN NN 4 nsubj
outlawed outlaw VERB VBD 0 root
the the DET DT 9 det
largest large ADJ JJS 9 amod
Protestant Protestant NOUN NN 8 compound
extremist extremist NOUN NN 9 compound
organization organization NOUN NN 4 obj
in in ADP IN 12 case
Northern Northern ADJ NNP 12 amod
Ireland Ireland PROPN NNP 9 nmod
. . PUNCT . 4 punct`, [][4]string{{"GBRGOV", "GBRRAD$", "1722", "asserted"}}, nil},

	{"a noun the source owns is no target: its own phrase names whom it concerns", `
President President PROPN NNP 2 nmod:desc
Levy Levy PROPN NNP 5 nsubj
Mwanawasa Mwanawasa PROPN NNP 2 flat
has have AUX VBZ 5 aux
reneged renege VERB VBN 0 root
on on ADP IN 8 case
his his PRON PRP$ 8 nmod:poss
commitment commitment NOUN NN 5 obl
to to ADP IN 12 case
the the DET DT 12 det
Zambian zambian ADJ JJ 12 amod
people people NOUN NNS 8 nmod
. . PUNCT . 5 punct`, [][4]string{{"ZMB", "ZMBCVL$", "128", "asserted"}}, nil},

	{"a region invaded in a noun's phrase is its country", `
Israel Israel PROPN NNP 2 nsubj
launched launch VERB VBD 0 root
an a DET DT 4 det
invasion invasion NOUN NN 2 obj
of of ADP IN 7 case
South South PROPN NNP 7 compound
Lebanon Lebanon PROPN NNP 4 nmod
. . PUNCT . 2 punct`, [][4]string{{"ISR$", "LBN$", "192", "asserted"}}, nil},

	{"a surrender stands without a target", `
Five five NUM CD 2 nummod
hundred hundred NUM CD 4 nummod
Ugandan Ugandan PROPN NNP 4 compound
rebels rebel NOUN NNS 0 root
surrendered surrender VERB VBN 4 acl
in in ADP IN 7 case
Soroti Soroti PROPN NNP 5 obl
. . PUNCT . 4 punct`, [][4]string{{"UGAREB", "", "0874", "asserted"}}, nil},

	{"where a group is based is not the country of the sentence's other actors", `
The the DET DT 3 det
Syrian Syrian ADJ JJ 3 amod
Observatory Observatory PROPN NNP 18 nsubj
for for ADP IN 6 case
Human Human ADJ NNP 6 amod
Rights Right PROPN NNPS 3 nmod
, , PUNCT , 12 punct
a a DET DT 12 det
UK UK PROPN NNP 12 compound
- - PUNCT HYPH 9 punct
based based ADJ JJ 12 amod
group group NOUN NN 3 appos
that that PRON WDT 14 nsubj
tracks track VERB VBZ 12 acl:relcl
the the DET DT 16 det
war war NOUN NN 14 obj
, , PUNCT , 3 punct
said say VERB VBD 0 root
eight eight NUM CD 20 nummod
people people NOUN NNS 22 nsubj:pass
were be AUX VBD 22 aux:pass
killed kill VERB VBN 18 ccomp
in in ADP IN 26 case
an a DET DT 26 det
air air NOUN NN 26 compound
strike strike NOUN NN 22 obl
by by ADP IN 29 case
government government NOUN NN 29 compound
forces force NOUN NNS 22 obl:agent
. . PUNCT . 18 punct`, nil, [][4]string{{"GBR", "GBR", "195", ""}}},

	{"a verb with tense hung on a name as more of it is the name's clause", `
Pakistan Pakistan PROPN NNP 2 compound
President President PROPN NNP 3 nmod:desc
Mohammad Mohammad PROPN NNP 0 root
Zia Zia PROPN NNP 3 flat
- - PUNCT HYPH 6 punct
Ul Ul PROPN NNP 4 flat
- - PUNCT HYPH 8 punct
Haq Haq PROPN NNP 4 flat
today today NOUN NN 10 obl:unmarked
rejected reject VERB VBD 3 flat
a a DET DT 13 det
fresh fresh ADJ JJ 13 amod
offer offer NOUN NN 10 obj
from from ADP IN 15 case
Afghanistan Afghanistan PROPN NNP 13 nmod
. . PUNCT . 10 punct`, [][4]string{{"PAK", "AFG$", "120", "asserted"}}, nil},

	{"a verb with tense read as the adjective of the noun after it takes the noun as object", `
Arab Arab ADJ NNP 2 amod
League League PROPN NNP 3 compound
Secretary Secretary PROPN NNP 0 root
General General PROPN NNP 3 flat
Chadli Chadli PROPN NNP 3 flat
Klibi Klibi PROPN NNP 3 flat
undertook undertake VERB VBD 9 amod
mediation mediation NOUN NN 9 compound
mission mission NOUN NN 3 appos
between between ADP IN 11 case
Syria Syria PROPN NNP 9 nmod
and and CCONJ CC 14 cc
Palestinian Palestinian ADJ JJ 14 amod
leader leader NOUN NN 11 conj
Yasser Yasser PROPN NNP 14 appos
Arafat Arafat PROPN NNP 15 flat
. . PUNCT . 3 punct`, [][4]string{{"IGOMEAARL", "SYR$", "045", "asserted"}}, nil},

	{"the nationality of people attacked is not where the attack was; outside a city is there", `
Three three NUM CD 0 root
US US PROPN NNP 3 compound
servicemen servicemen NOUN NN 5 nsubj:pass
were be AUX VBD 5 aux:pass
killed kill VERB VBN 1 parataxis
by by ADP IN 10 case
an a DET DT 10 det
improvised improvise VERB VBN 10 amod
explosive explosive ADJ JJ 10 amod
device device NOUN NN 5 obl:agent
outside outside ADP IN 15 case
of of ADP IN 15 case
the the DET DT 15 det
Iraqi Iraqi ADJ JJ 15 amod
city city NOUN NN 5 obl
of of ADP IN 17 case
Basra Basra PROPN NNP 15 nmod
. . PUNCT . 1 punct`, [][4]string{{"IRQ$", "USAMIL", "190", "asserted"}}, nil},

	{"forcing an agency out of a country expels it (166), not a person (174)", `
Jakarta Jakarta PROPN NNP 2 nsubj
forced force VERB VBD 0 root
the the DET DT 6 det
UN UN PROPN NNP 6 compound
refugee refugee NOUN NN 6 compound
agency agency NOUN NN 2 obj
out out ADP IN 10 case
of of ADP IN 10 case
the the DET DT 10 det
country country NOUN NN 2 obl
. . PUNCT . 2 punct`, [][4]string{{"IDNGOV", "IGOUNO", "166", "asserted"}}, nil},

	{"a victim no one is named for attacking is of the place, by its unidentified attackers", `
A a DET DT 2 det
journalist journalist NOUN NN 5 nsubj:pass
has have AUX VBZ 5 aux
been be AUX VBN 5 aux:pass
killed kill VERB VBN 0 root
in in ADP IN 10 case
a a DET DT 10 det
car car NOUN NN 9 compound
bomb bomb NOUN NN 10 compound
explosion explosion NOUN NN 5 obl
in in ADP IN 12 case
Beirut Beirut PROPN NNP 10 nmod
. . PUNCT . 5 punct`, [][4]string{{"LBN$", "LBNMED$", "190", "asserted"}}, nil},

	{"a lone indirect object that is a thing is the direct one: allowing inspectors back", `
Iraq Iraq PROPN NNP 2 nsubj
said say VERB VBD 0 root
it it PRON PRP 5 nsubj
would would AUX MD 5 aux
allow allow VERB VB 2 ccomp
the the DET DT 7 det
return return NOUN NN 5 iobj
of of ADP IN 11 case
U.N. U.N. PROPN NNP 11 compound
weapons weapon NOUN NNS 11 compound
inspectors inspector NOUN NNS 7 nmod
. . PUNCT . 2 punct`, [][4]string{{"IRQ$", "IGOUNO", "0355", "future"}}, nil},

	{"the sender of observers received, two phrases down", `
Kyrgyz Kyrgyz PROPN NNP 6 nsubj
Prime Prime ADJ NNP 3 amod
Minister Minister PROPN NNP 4 nmod:desc
Nikolai Nikolai PROPN NNP 1 flat
Tanaev Tanaev PROPN NNP 4 flat
received receive VERB VBD 0 root
a a DET DT 8 det
mission mission NOUN NN 6 obj
of of ADP IN 10 case
observers observer NOUN NNS 8 nmod
from from ADP IN 13 case
the the DET DT 13 det
OSCE OSCE PROPN NNP 10 nmod
. . PUNCT . 6 punct`, [][4]string{{"KGZ", "IGOEURSCE", "0862", "asserted"}}, nil},

	{"a phrase hung on a weekday is the verb's: mediation between two states", `
Egypt Egypt PROPN NNP 2 nsubj
launched launch VERB VBD 0 root
a a DET DT 5 det
mediation mediation NOUN NN 5 compound
effort effort NOUN NN 2 obj
on on ADP IN 7 case
Tuesday Tuesday PROPN NNP 2 obl
between between ADP IN 9 case
Sudan Sudan PROPN NNP 7 nmod
and and CCONJ CC 11 cc
Chad Chad PROPN NNP 9 conj
. . PUNCT . 2 punct`, [][4]string{{"EGY", "SDN", "045", "asserted"}, {"EGY", "TCD", "045", "asserted"}}, nil},

	{"the parties of a hosted meeting: the object's between-phrase", `
Norway Norway PROPN NNP 2 nsubj
hosted host VERB VBD 0 root
talks talk NOUN NNS 2 obj
between between ADP IN 5 case
Israel Israel PROPN NNP 3 nmod
and and CCONJ CC 8 cc
the the DET DT 8 det
PLO PLO PROPN NNP 5 conj
. . PUNCT . 2 punct`, [][4]string{{"NOR", "ISR", "043", "asserted"}, {"NOR", "PSE", "043", "asserted"}}, nil},

	{"the confiscated goods' owners: a from-phrase", `
Police police NOUN NNS 2 nsubj
confiscated confiscate VERB VBD 0 root
weapons weapon NOUN NNS 2 obj
from from ADP IN 6 case
Syrian Syrian ADJ JJ 6 amod
rebels rebel NOUN NNS 2 obl
. . PUNCT . 2 punct`, [][4]string{{"", "SYRREB", "1711", "asserted"}}, nil},

	{"a second subject after a preposition is the first's phrase: a bombing near a town", `
A a DET DT 3 det
roadside roadside NOUN NN 3 compound
bombing bombing NOUN NN 6 nsubj
near near ADP IN 6 mark
Mosul Mosul PROPN NNP 6 nsubj
killed kill VERB VBD 0 root
two two NUM CD 8 nummod
farmers farmer NOUN NNS 6 obj
. . PUNCT . 6 punct`, [][4]string{{"IRQ", "IRQ", "195", "asserted"}}, nil},

	{"where the subject happened: an explosion near a town killed", `
A a DET DT 3 det
mine mine NOUN NN 3 compound
explosion explosion NOUN NN 9 nsubj
near near ADP IN 6 case
the the DET DT 6 det
town town NOUN NN 3 nmod
of of ADP IN 8 case
Mosul Mosul PROPN NNP 6 nmod
killed kill VERB VBD 0 root
three three NUM CD 12 nummod
Iraqi Iraqi ADJ JJ 12 amod
villagers villager NOUN NNS 9 obj
. . PUNCT . 9 punct`, [][4]string{{"IRQ", "IRQCVL", "190", "asserted"}}, nil},

	{"tightening a blockade is imposing it: the light verb's subject", `
Turkey Turkey PROPN NNP 3 nsubj
will will AUX MD 3 aux
tighten tighten VERB VB 0 root
the the DET DT 5 det
blockade blockade NOUN NN 3 obj
of of ADP IN 7 case
Armenia Armenia PROPN NNP 5 nmod
. . PUNCT . 3 punct`, [][4]string{{"TUR", "ARM", "1381", "threatened"}}, nil},

	{"halting mediation among factions", `
The the DET DT 3 det
African African ADJ NNP 3 amod
Union Union PROPN NNP 4 nsubj
halted halt VERB VBD 0 root
mediation mediation NOUN NN 6 compound
efforts effort NOUN NNS 4 obj
among among ADP IN 10 case
the the DET DT 10 det
Sudanese sudanese ADJ JJ 10 amod
factions faction NOUN NNS 6 nmod
. . PUNCT . 4 punct`, [][4]string{{"IGOAFRAFU", "SDN", "165", "asserted"}}, nil},

	{"an open-ended strike is a labour strike, not an attack", `
Teachers teacher NOUN NNS 2 nsubj
began begin VERB VBD 0 root
an a DET DT 7 det
open open ADJ JJ 6 amod
- - PUNCT HYPH 4 punct
ended ended ADJ JJ 7 amod
strike strike NOUN NN 2 obj
in in ADP IN 9 case
Lagos Lagos PROPN NNP 7 nmod
. . PUNCT . 2 punct`, [][4]string{{"NGAEDU", "NGA", "143", "asserted"}}, [][4]string{{"", "", "190", ""}}},

	{"a withdrawal of forces from a country: the forces' from-phrase", `
The the DET DT 3 det
United United ADJ NNP 3 amod
States State PROPN NNPS 4 nsubj
speeded speed VERB VBD 0 root
up up ADP RP 4 compound:prt
the the DET DT 7 det
withdrawal withdrawal NOUN NN 4 obj
of of ADP IN 11 case
some some DET DT 11 det
invasion invasion NOUN NN 11 compound
forces force NOUN NNS 7 nmod
from from ADP IN 13 case
Panama Panama PROPN NNP 11 nmod
. . PUNCT . 4 punct`, [][4]string{{"USA", "PAN", "0874", "asserted"}}, nil},

	{"a title before an unknown name is the person's sector", `
Judge judge NOUN NN 2 nmod:desc
John John PROPN NNP 4 nsubj
Smith Smith PROPN NNP 2 flat
opened open VERB VBD 0 root
an a DET DT 6 det
investigation investigation NOUN NN 4 obj
against against ADP IN 9 case
Chilean Chilean PROPN NNP 9 compound
officials official NOUN NNS 6 nmod
. . PUNCT . 4 punct`, [][4]string{{"CHLJUD", "CHLGOV", "090", "asserted"}}, nil},

	{"a leader's supporters are people of his country, not his government", `
Supporters supporter NOUN NNS 8 nsubj
of of ADP IN 5 case
former former ADJ JJ 4 amod
President President PROPN NNP 5 nmod:desc
Ahmed Ahmed PROPN NNP 1 nmod
Ben Ben PROPN NNP 5 flat
Bella Bella PROPN NNP 5 flat
blocked block VERB VBD 0 root
roads road NOUN NNS 8 obj
in in ADP IN 11 case
Algiers Algiers PROPN NNP 9 nmod
. . PUNCT . 8 punct`, [][4]string{{"DZACVL", "DZA$", "144", "asserted"}}, nil},

	{"a protest in defiance of a state is against it, not the place", `
Thousands thousand NOUN NNS 4 nsubj
of of ADP IN 3 case
people people NOUN NNS 1 nmod
blocked block VERB VBD 0 root
roads road NOUN NNS 4 obj
in in ADP IN 7 case
Hong Hong PROPN NNP 5 nmod
Kong Kong PROPN NNP 7 flat
in in ADP IN 10 case
defiance defiance NOUN NN 4 obl
of of ADP IN 13 case
Chinese Chinese ADJ JJ 13 amod
authorities authority NOUN NNS 10 nmod
. . PUNCT . 4 punct`, [][4]string{{"HKGCVL", "CHNGOV", "144", "asserted"}}, [][4]string{{"HKGCVL", "HKG$", "144", ""}}},

	{"easing a curfew falls on the population, as the curfew did", `
Sudan Sudan PROPN NNP 3 nmod:poss
's 's PART POS 1 case
president president NOUN NN 4 nsubj
shortened shorten VERB VBD 0 root
the the DET DT 7 det
nightly nightly ADJ JJ 7 amod
curfew curfew NOUN NN 4 obj
. . PUNCT . 4 punct`, [][4]string{{"SDNGOV", "SDNCVL", "081", "asserted"}}, nil},

	{"'over' right after 'handed' is its particle, not 'more than'", `
Iran Iran PROPN NNP 2 nsubj
handed hand VERB VBD 0 root
over over ADV RB 4 advmod
300 300 NUM CD 5 nummod
tonnes tonne NOUN NNS 2 obj
of of ADP IN 7 case
aid aid NOUN NN 5 nmod
to to ADP IN 9 case
Lebanon Lebanon PROPN NNP 2 obl
. . PUNCT . 2 punct`, [][4]string{{"IRN", "LBN", "073", "asserted"}}, nil},

	{"defending someone against criticism is a verbal defence", `
Egypt Egypt PROPN NNP 2 nsubj
defended defend VERB VBD 0 root
Qatar Qatar PROPN NNP 2 obj
against against ADP IN 6 case
Saudi Saudi ADJ JJ 6 amod
criticism criticism NOUN NN 2 obl
. . PUNCT . 2 punct`, [][4]string{{"EGY", "QAT", "052", "asserted"}}, nil},

	{"a number that ends a prepositional phrase counts the caseless noun after it", `
Uganda Uganda PROPN NNP 3 nsubj
has have AUX VBZ 3 aux
granted grant VERB VBN 0 root
political political ADJ JJ 5 amod
asylum asylum NOUN NN 3 obj
to to ADP IN 7 case
18 18 NUM CD 3 obl
Rwandan Rwandan PROPN NNP 9 compound
rebels rebel NOUN NNS 3 obl
. . PUNCT . 3 punct`, [][4]string{{"UGA", "RWAREB", "075", "asserted"}}, nil},

	{"hacking into a state's computers is coercion", `
Russian Russian ADJ JJ 2 amod
hackers hacker NOUN NNS 3 nsubj
hacked hack VERB VBD 0 root
into into ADP IN 6 case
the the DET DT 6 det
computers computer NOUN NNS 3 obl
of of ADP IN 10 case
the the DET DT 10 det
Estonian Estonian ADJ JJ 10 amod
government government NOUN NN 6 nmod
. . PUNCT . 3 punct`, [][4]string{{"RUS", "ESTGOV", "170", "asserted"}}, nil},

	{"a camp for refugees is the refugees': its for-phrase names the target", `
Burundian Burundian ADJ JJ 2 amod
militiamen militiaman NOUN NNS 3 nsubj
attacked attack VERB VBD 0 root
a a DET DT 5 det
camp camp NOUN NN 3 obj
for for ADP IN 8 case
Congolese Congolese ADJ JJ 8 amod
refugees refugee NOUN NNS 5 nmod
. . PUNCT . 3 punct`, [][4]string{{"BDIUAF", "CODREF", "190", "asserted"}}, nil},

	{"a verb with no object shares the phrases of the verb coordinated after it", `
Japan Japan PROPN NNP 2 nsubj
donated donate VERB VBD 0 root
and and CCONJ CC 4 cc
delivered deliver VERB VBD 2 conj
tents tent NOUN NNS 4 obj
to to ADP IN 7 case
Turkey Turkey PROPN NNP 4 obl
. . PUNCT . 2 punct`, [][4]string{{"JPN", "TUR", "071", "asserted"}}, nil},

	{"an act announced unless the other side complies is an ultimatum", `
Nigeria Nigeria PROPN NNP 3 nsubj
will will AUX MD 3 aux
withdraw withdraw VERB VB 0 root
its its PRON PRP$ 5 nmod:poss
force force NOUN NN 3 obj
from from ADP IN 7 case
Chad Chad PROPN NNP 5 nmod
unless unless SCONJ IN 10 mark
Chad Chad PROPN NNP 10 nsubj
holds hold VERB VBZ 3 advcl
elections election NOUN NNS 10 obj
. . PUNCT . 3 punct`, [][4]string{{"NGA", "TCD", "139", "threatened"}}, nil},

	{"a hostile act on a condition is a threat of it", `
France France PROPN NNP 3 nsubj
may may AUX MD 3 aux
halt halt VERB VB 0 root
aid aid NOUN NN 3 obj
to to ADP IN 6 case
Mali Mali PROPN NNP 4 nmod
if if SCONJ IN 9 mark
Mali Mali PROPN NNP 9 nsubj
delays delay VERB VBZ 3 advcl
elections election NOUN NNS 9 obj
. . PUNCT . 3 punct`, [][4]string{{"FRA", "MLI", "1311", "threatened"}}, nil},

	{"a friendly act on a condition is a plan, not a threat", `
France France PROPN NNP 3 nsubj
will will AUX MD 3 aux
send send VERB VB 0 root
aid aid NOUN NN 3 obj
to to ADP IN 6 case
Mali Mali PROPN NNP 3 obl
if if SCONJ IN 9 mark
Mali Mali PROPN NNP 9 nsubj
asks ask VERB VBZ 3 advcl
. . PUNCT . 3 punct`, [][4]string{{"FRA", "MLI", "0333", "future"}}, nil},

	{"a complaint is against whom it is about, not to whom it is made", `
Lebanon Lebanon PROPN NNP 2 nsubj
complained complain VERB VBD 0 root
to to ADP IN 6 case
the the DET DT 6 det
United United PROPN NNP 6 compound
Nations Nations PROPN NNPS 2 obl
over over ADP IN 10 case
Israeli Israeli ADJ JJ 10 amod
air air NOUN NN 10 compound
raids raid NOUN NNS 2 obl
. . PUNCT . 2 punct`, [][4]string{{"LBN", "ISR$", "114", "asserted"}}, [][4]string{{"LBN", "IGO", "114", ""}}},

	{"a complaint about nobody is to whom it is made", `
Lebanon Lebanon PROPN NNP 2 nsubj
complained complain VERB VBD 0 root
to to ADP IN 6 case
the the DET DT 6 det
United United PROPN NNP 6 compound
Nations Nations PROPN NNPS 2 obl
about about ADP IN 9 case
the the DET DT 9 det
delays delay NOUN NNS 2 obl
. . PUNCT . 2 punct`, [][4]string{{"LBN", "IGOUNO", "114", "asserted"}}, nil},

	{"who gathers for a rally holds it", `
Thousands thousand NOUN NNS 4 nsubj
of of ADP IN 3 case
Kenyans Kenyan PROPN NNPS 1 nmod
gathered gather VERB VBD 0 root
for for ADP IN 7 case
a a DET DT 7 det
rally rally NOUN NN 4 obl
in in ADP IN 9 case
Nairobi Nairobi PROPN NNP 7 nmod
. . PUNCT . 4 punct`, [][4]string{{"KEN", "KEN", "141", "asserted"}}, nil},

	{"a carrier noun's compound says what it carries", `
Japan Japan PROPN NNP 2 nsubj
cut cut VERB VBD 0 root
aid aid NOUN NN 4 compound
deliveries delivery NOUN NNS 2 obj
to to ADP IN 6 case
Haiti Haiti PROPN NNP 4 nmod
. . PUNCT . 2 punct`, [][4]string{{"JPN", "HTI", "162", "asserted"}}, nil},

	{"a part of something has its phrases", `
The the DET DT 3 det
United United PROPN NNP 3 compound
States States PROPN NNPS 4 nsubj
suspended suspend VERB VBD 0 root
part part NOUN NN 4 obj
of of ADP IN 10 case
a a DET DT 10 det
military military ADJ JJ 10 amod
aid aid NOUN NN 10 compound
program program NOUN NN 5 nmod
for for ADP IN 12 case
Bosnia Bosnia PROPN NNP 10 nmod
. . PUNCT . 4 punct`, [][4]string{{"USA", "BIH", "162", "asserted"}}, nil},

	{"calling off a strike eases dissent, against the strikers' own government", `
The the DET DT 3 det
Kenyan Kenyan PROPN NNP 3 compound
Union Union PROPN NNP 6 nsubj
of of ADP IN 5 case
Teachers Teachers PROPN NNPS 3 nmod
announced announce VERB VBD 0 root
that that SCONJ IN 10 mark
it it PRON PRP 10 nsubj
had have AUX VBD 10 aux
called call VERB VBN 6 ccomp
off off ADP RP 10 compound:prt
the the DET DT 13 det
strike strike NOUN NN 10 obj
. . PUNCT . 6 punct`, [][4]string{{"KEN", "KENGOV", "082", "claimed"}}, [][4]string{{"KEN", "", "041", ""}, {"", "", "190", ""}}},

	{"calling off a military strike de-escalates", `
Israel Israel PROPN NNP 2 nsubj
called call VERB VBD 0 root
off off ADP RP 2 compound:prt
a a DET DT 6 det
military military ADJ JJ 6 amod
strike strike NOUN NN 2 obj
on on ADP IN 8 case
Iran Iran PROPN NNP 6 nmod
. . PUNCT . 2 punct`, [][4]string{{"ISR", "IRN", "087", "asserted"}}, nil},

	{"accepting demands from someone, the from-phrase hung on the verb", `
The the DET DT 2 det
government government NOUN NN 3 nsubj
accepted accept VERB VBD 0 root
demands demand NOUN NNS 3 obj
from from ADP IN 7 case
Shona Shona PROPN NNP 7 compound
rebels rebel NOUN NNS 3 obl
in in ADP IN 9 case
Mozambique Mozambique PROPN NNP 7 nmod
. . PUNCT . 3 punct`, [][4]string{{"MOZGOV", "MOZREB", "083", "asserted"}}, nil},

	{"an order to appear is a demand on the one ordered", `
An a DET DT 3 det
Argentine Argentine ADJ JJ 3 amod
judge judge NOUN NN 4 nsubj
ordered order VERB VBD 0 root
the the DET DT 7 det
foreign foreign ADJ JJ 7 amod
minister minister NOUN NN 4 obj
to to PART TO 9 mark
appear appear VERB VB 4 xcomp
. . PUNCT . 4 punct`, [][4]string{{"ARGJUD", "ARGGOV", "100", "asserted"}}, nil},

	{"a promise of reform at home stands without a target", `
Serbian serbian ADJ JJ 2 amod
President President PROPN NNP 3 nmod:desc
Vojislav Vojislav PROPN NNP 5 nsubj
Kostunica Kostunica PROPN NNP 3 flat
promised promise VERB VBD 0 root
to to PART TO 7 mark
democratize democratize VERB VB 5 xcomp
Serbia Serbia PROPN NNP 7 obj
. . PUNCT . 5 punct`, [][4]string{{"SRB", "$", "030", "future"}}, nil},

	{"preparing to attack is a show of force, not the attack", `
The the DET DT 3 det
Turkish Turkish ADJ JJ 3 amod
army army NOUN NN 4 nsubj
prepared prepare VERB VBD 0 root
to to PART TO 6 mark
resume resume VERB VB 4 xcomp
shelling shell VERB VBG 6 xcomp
Syrian Syrian ADJ JJ 9 amod
rebel rebel NOUN NN 10 compound
positions position NOUN NNS 7 obj
. . PUNCT . 4 punct`, [][4]string{{"TURMIL", "SYRREB", "154", "asserted"}}, [][4]string{{"TUR", "SYR", "194", ""}}},

	{"a people settled where the event happened are that country's", `
Serbian Serbian ADJ JJ 2 amod
troops troop NOUN NNS 3 nsubj
attacked attack VERB VBD 0 root
the the DET DT 6 det
Albanian Albanian ADJ JJ 6 amod
minority minority NOUN NN 3 obj
in in ADP IN 8 case
Macedonia Macedonia PROPN NNP 3 obl
. . PUNCT . 3 punct`, [][4]string{{"SRBMIL", "MKDCVL", "190", "asserted"}}, [][4]string{{"SRB", "ALB", "190", ""}}},

	{"a people settled in a place named with them are its", `
Serbian Serbian ADJ JJ 2 amod
troops troop NOUN NNS 3 nsubj
attacked attack VERB VBD 0 root
the the DET DT 6 det
Albanian Albanian ADJ JJ 6 amod
population population NOUN NN 3 obj
in in ADP IN 8 case
Montenegro Montenegro PROPN NNP 6 nmod
. . PUNCT . 3 punct`, [][4]string{{"SRBMIL", "MNECVL", "190", "asserted"}}, [][4]string{{"SRB", "ALB", "190", ""}}},

	{"allowing the delivery of food aid is 0863, to whom it goes", `
Uzbekistan Uzbekistan PROPN NNP 2 nsubj
allowed allow VERB VBD 0 root
the the DET DT 4 det
delivery delivery NOUN NN 2 obj
of of ADP IN 6 case
grain grain NOUN NN 4 nmod
to to ADP IN 8 case
Afghanistan Afghanistan PROPN NNP 4 nmod
. . PUNCT . 2 punct`, [][4]string{{"UZB", "AFG", "0863", "asserted"}}, nil},

	{"opening an embassy in a capital recognises its state", `
Sri Sri PROPN NNP 3 nsubj
Lanka Lanka PROPN NNP 1 flat
opened open VERB VBD 0 root
an a DET DT 5 det
embassy embassy NOUN NN 3 obj
in in ADP IN 7 case
Tehran Tehran PROPN NNP 5 nmod
. . PUNCT . 3 punct`, [][4]string{{"LKA", "IRN", "054", "asserted"}}, nil},

	{"evacuating settlements is a retreat from where they are", `
Israel Israel PROPN NNP 2 nsubj
evacuated evacuate VERB VBD 0 root
settlements settlement NOUN NNS 2 obj
in in ADP IN 6 case
the the DET DT 6 det
Gaza Gaza PROPN NNP 3 nmod
. . PUNCT . 2 punct`, [][4]string{{"ISR", "PSE", "0874", "asserted"}}, nil},

	{"not meeting someone's demands is refusing to yield, not a meeting", `
The the DET DT 2 det
U.S. U.S. PROPN NNP 3 nsubj
said say VERB VBD 0 root
it it PRON PRP 7 nsubj
would would AUX MD 7 aux
not not PART RB 7 advmod
meet meet VERB VB 3 ccomp
the the DET DT 9 det
demands demand NOUN NNS 7 obj
of of ADP IN 13 case
the the DET DT 13 det
Iraqi Iraqi ADJ JJ 13 amod
rebels rebel NOUN NNS 9 nmod
. . PUNCT . 3 punct`, [][4]string{{"USA", "IRQREB", "124", "asserted"}}, [][4]string{{"USA", "IRQ", "040", ""}}},

	{"meeting a deadline is no meeting", `
Iran Iran PROPN NNP 2 nsubj
met meet VERB VBD 0 root
the the DET DT 5 det
EU EU PROPN NNP 5 compound
deadline deadline NOUN NN 2 obj
. . PUNCT . 2 punct`, nil, [][4]string{{"IRN", "IGO", "040", ""}}},

	{"allowing a rally eases restrictions on political freedoms", `
Pakistan Pakistan PROPN NNP 2 nsubj
allowed allow VERB VBD 0 root
the the DET DT 5 det
opposition opposition NOUN NN 5 compound
rally rally NOUN NN 2 obj
. . PUNCT . 2 punct`, [][4]string{{"PAK", "", "0811", "asserted"}}, [][4]string{{"PAK", "", "082", ""}}},

	{"blowing up a bridge is an attack", `
Militants militant NOUN NNS 2 nsubj
blew blow VERB VBD 0 root
up up ADP RP 2 compound:prt
a a DET DT 5 det
bridge bridge NOUN NN 2 obj
in in ADP IN 7 case
Syria Syria PROPN NNP 5 nmod
. . PUNCT . 2 punct`, [][4]string{{"SYR", "SYR", "190", "asserted"}}, nil},

	{"a weapon is used by the agent of its participle, also under a verb of belief", `
The the DET DT 3 det
Ukrainian ukrainian ADJ JJ 3 amod
airliner airliner NOUN NN 5 nsubj:pass
was be AUX VBD 5 aux:pass
shot shoot VERB VBN 0 root
down down ADP RP 5 compound:prt
by by ADP IN 9 case
a a DET DT 9 det
missile missile NOUN NN 5 obl:agent
believed believe VERB VBN 9 acl
to to PART TO 13 mark
be be AUX VB 13 aux:pass
fired fire VERB VBN 10 xcomp
by by ADP IN 15 case
rebels rebel NOUN NNS 13 obl:agent
. . PUNCT . 5 punct`, [][4]string{{"UKRREB", "UKR", "190", "asserted"}}, [][4]string{{"MIL", "", "190", ""}}},

	{"an offer to hand over suspects offers no act they are suspected of", `
Syria Syria PROPN NNP 2 nsubj
offered offer VERB VBD 0 root
to to PART TO 4 mark
hand hand VERB VB 2 xcomp
over over ADV RB 4 advmod
to to ADP IN 7 case
Turkey Turkey PROPN NNP 4 obl
two two NUM CD 9 nummod
men man NOUN NNS 4 obj
suspected suspect VERB VBN 4 advcl
of of SCONJ IN 12 mark
blowing blow VERB VBG 10 advcl
up up ADP RP 12 compound:prt
a a DET DT 15 det
bus bus NOUN NN 12 obj
. . PUNCT . 2 punct`, [][4]string{{"SYR", "TUR", "030", "future"}}, [][4]string{{"SYR", "", "138", ""}}},

	{"a country before a split \"-backed\" is the group's patron, not its own", `
Russian Russian ADJ JJ 3 compound
- - PUNCT HYPH 1 punct
backed backed ADJ JJ 4 amod
separatists separatist NOUN NNS 5 nsubj
shelled shell VERB VBD 0 root
Mariupol Mariupol PROPN NNP 5 obj
. . PUNCT . 5 punct`, [][4]string{{"UKRREB", "UKR", "194", "asserted"}}, [][4]string{{"RUS", "", "194", ""}}},

	{"a split pro- modifier's country is the group's patron", `
A a DET DT 5 det
pro pro NOUN NN 4 amod
- - PUNCT HYPH 2 punct
Iranian Iranian ADJ JJ 5 amod
militia militia NOUN NN 6 nsubj
attacked attack VERB VBD 0 root
US US PROPN NNP 8 compound
troops troops NOUN NNS 6 obj
in in ADP IN 10 case
Iraq Iraq PROPN NNP 6 obl
. . PUNCT . 6 punct`, [][4]string{{"", "USAMIL", "190", "asserted"}}, [][4]string{{"IRN", "", "190", ""}}},

	{"a pro- modifier's country is not the actor right before the verb", `
Pro-Russian pro-russian NOUN NN 2 compound
rebels rebel NOUN NNS 3 nsubj
attacked attack VERB VBD 0 root
Ukrainian ukrainian ADJ JJ 5 amod
troops troops NOUN NNS 3 obj
in in ADP IN 7 case
Donetsk Donetsk PROPN NNP 3 obl
. . PUNCT . 3 punct`, [][4]string{{"UKRREB", "UKRMIL", "190", "asserted"}}, [][4]string{{"RUS", "", "190", ""}}},

	{"a clash of police and protesters is repression one way and a riot the other", `
Police police NOUN NNS 2 nsubj
clashed clash VERB VBD 0 root
with with ADP IN 4 case
rioters rioter NOUN NNS 2 obl
in in ADP IN 6 case
Nairobi Nairobi PROPN NNP 4 nmod
. . PUNCT . 2 punct`, [][4]string{{"KENCOP", "KENOPP", "175", "asserted"}, {"KENOPP", "KENCOP", "145", "asserted"}}, [][4]string{{"", "", "190", ""}}},

	{"a reciprocal verb with a with-phrase read as a participle on the root noun is the verb", `
Government government NOUN NN 2 compound
troops troops NOUN NNS 0 root
clashed clash VERB VBN 2 acl
with with ADP IN 5 case
rebels rebel NOUN NNS 3 obl
near near ADP IN 7 case
Goma Goma PROPN NNP 5 nmod
. . PUNCT . 2 punct`, [][4]string{{"CODMIL", "CODREB", "190", "asserted"}, {"CODREB", "CODMIL", "190", "asserted"}}, nil},

	{"a sector attacked where sources of no country act is the place's sector", `
Militants militant NOUN NNS 2 nsubj
attacked attack VERB VBD 0 root
the the DET DT 4 det
police police NOUN NN 2 obj
in in ADP IN 6 case
Baghdad Baghdad PROPN NNP 2 obl
on on ADP IN 8 case
Monday Monday PROPN NNP 2 obl
. . PUNCT . 2 punct`, [][4]string{{"IRQUAF", "IRQCOP", "190", "asserted"}}, [][4]string{{"", "IRQ$", "190", ""}}},

	{"a clause after a subordinator read as a preposition with a participle is the clause", `
Prices price NOUN NNS 2 nsubj
rose rise VERB VBD 0 root
after after ADP IN 5 case
Russian Russian ADJ JJ 5 amod
troops troops NOUN NNS 2 obl
attacked attack VERB VBN 5 acl
Ukrainian Ukrainian ADJ JJ 8 amod
ports port NOUN NNS 6 obj
. . PUNCT . 2 punct`, [][4]string{{"RUSMIL", "UKR", "190", "asserted"}}, [][4]string{{"UKR", "RUS", "", ""}}},

	{"a participle after a plural read as the modifier of the noun after it is the plural's verb", `
Fighting fighting NOUN NN 2 nsubj
resumed resume VERB VBD 0 root
after after ADP IN 5 case
Houthi Houthi PROPN NNP 5 compound
rebels rebel NOUN NNS 8 compound
attacked attack VERB VBN 8 amod
Saudi Saudi ADJ JJ 8 amod
ships ship NOUN NNS 2 obl
. . PUNCT . 2 punct`, [][4]string{{"YEMREB", "SAU", "190", "asserted"}}, nil},

	{"a participle after a singular noun before a noun stays its modifier", `
Fighting fighting NOUN NN 2 nsubj
resumed resume VERB VBD 0 root
after after ADP IN 4 case
Israel Israel PROPN NNP 7 compound
occupied occupy VERB VBN 7 amod
Palestinian Palestinian ADJ JJ 7 amod
territories territory NOUN NNS 2 obl
. . PUNCT . 2 punct`, nil, [][4]string{{"ISR", "PSE", "192", ""}}},

	{"a noun hung on the attacked noun without a preposition lends it its place", `
Israel Israel PROPN NNP 2 nsubj
launched launch VERB VBD 0 root
air air NOUN NN 4 compound
strikes strike NOUN NNS 2 obj
on on ADP IN 8 case
" " PUNCT '' 8 punct
weapons weapon NOUN NNS 8 compound
depots depot NOUN NNS 2 obl
" " PUNCT '' 8 punct
and and CCONJ CC 12 cc
" " PUNCT '' 12 punct
militant militant NOUN NN 8 conj
" " PUNCT '' 12 punct
targets target NOUN NNS 8 nmod
in in ADP IN 16 case
Lebanon Lebanon PROPN NNP 14 nmod
, , PUNCT , 23 punct
and and CCONJ CC 23 cc
Syria Syria PROPN NNP 23 nmod:poss
's 's PART POS 19 case
southern southern ADJ JJ 23 amod
Daraa Daraa PROPN NNP 23 compound
province province NOUN NN 8 conj
. . PUNCT . 2 punct`, [][4]string{{"ISR", "LBN", "195", "asserted"}, {"ISR", "SYR", "195", "asserted"}}, nil},

	{"a time hung on the full stop modifies the verb, and the clause after it is the verb's", `
India India PROPN NNP 2 nsubj
struck strike VERB VBD 0 root
Pakistan Pakistan PROPN NNP 2 obj
, , PUNCT , 6 punct
a a DET DT 6 det
day day NOUN NN 22 amod
after after SCONJ IN 8 mark
warning warn VERB VBG 6 acl
Islamabad Islamabad PROPN NNP 8 obj
of of ADP IN 12 case
serious serious ADJ JJ 12 amod
consequences consequence NOUN NNS 8 obl
over over ADP IN 15 case
its its PRON PRP$ 15 nmod:poss
attack attack NOUN NN 8 obl
in in ADP IN 21 case
India India PROPN NNP 21 nmod:poss
's 's PART POS 17 case
northern northern ADJ JJ 21 amod
Kashmir Kashmir PROPN NNP 21 compound
region region NOUN NN 8 obl
. . PUNCT . 2 punct`, [][4]string{{"IND", "PAK", "190", "asserted"}, {"IND", "PAKGOV", "130", "threatened"}}, nil},

	{"what a threat is over is its cause, not what it threatens", `
Israel Israel PROPN NNP 2 nsubj
warned warn VERB VBD 0 root
Beirut Beirut PROPN NNP 2 obj
of of ADP IN 6 case
serious serious ADJ JJ 6 amod
consequences consequence NOUN NNS 3 nmod
over over ADP IN 9 case
its its PRON PRP$ 9 nmod:poss
attack attack NOUN NN 6 nmod
in in ADP IN 12 case
northern northern ADJ JJ 12 amod
Israel Israel PROPN NNP 9 nmod
. . PUNCT . 2 punct`, [][4]string{{"ISR", "LBNGOV", "130", "threatened"}}, nil},

	{"where the things attacked are is where the attack was", `
India India PROPN NNP 2 nsubj
launched launch VERB VBD 0 root
airstrikes airstrike NOUN NNS 2 obj
against against ADP IN 6 case
militant militant ADJ JJ 6 amod
hideouts hideout NOUN NNS 3 nmod
in in ADP IN 8 case
Pakistan Pakistan PROPN NNP 6 nmod
. . PUNCT . 2 punct`, [][4]string{{"IND", "PAK", "195", "asserted"}}, nil},

	{"an object moved after the as-phrase, hung with it on the full stop, is the verb's", `
Greece Greece PROPN NNP 4 nsubj
on on ADP IN 3 case
Friday Friday PROPN NNP 4 obl
condemned condemn VERB VBD 0 root
as as ADP IN 14 case
a a DET DT 8 det
grave grave ADJ JJ 8 amod
crime crime NOUN NN 14 amod
Turkey Turkey PROPN NNP 11 nmod:poss
's 's PART POS 9 case
treatment treatment NOUN NN 8 nmod
of of ADP IN 13 case
refugees refugee NOUN NNS 11 nmod
. . PUNCT . 4 punct`, [][4]string{{"GRC", "TUR", "111", "asserted"}}, nil},

	{"a root noun's lost verb may hang on the last noun of its modifier's clause", `
Thousands thousand NOUN NNS 0 root
of of ADP IN 3 case
protesters protester NOUN NNS 1 nmod
opposing oppose VERB VBG 3 acl
the the DET DT 7 det
new new ADJ JJ 7 amod
law law NOUN NN 4 obj
clashed clash VERB VBN 7 acl
with with ADP IN 10 case
police police NOUN NN 8 obl
in in ADP IN 12 case
Dhaka Dhaka PROPN NNP 8 obl
. . PUNCT . 1 punct`, [][4]string{{"BGDCOP", "BGDOPP", "175", "asserted"}, {"BGDOPP", "BGDCOP", "145", "asserted"}}, [][4]string{{"BGDCOP", "BGDCOP", "", ""}}},

	{"people in the street who protest something demonstrate", `
Armenian Armenian ADJ JJ 2 amod
demonstrators demonstrator NOUN NNS 3 nsubj
protested protest VERB VBD 0 root
the the DET DT 5 det
agreement agreement NOUN NN 3 obj
. . PUNCT . 3 punct`, [][4]string{{"ARMOPP", "", "141", "asserted"}}, [][4]string{{"", "", "111", ""}}},

	{"a purpose clause takes the modality of the plan it serves", `
France France PROPN NNP 5 nsubj
and and CCONJ CC 3 cc
Germany Germany PROPN NNP 1 conj
will will AUX MD 5 aux
meet meet VERB VB 0 root
in in ADP IN 7 case
Geneva Geneva PROPN NNP 5 obl
to to PART TO 9 mark
discuss discuss VERB VB 5 advcl
trade trade NOUN NN 9 obj
. . PUNCT . 5 punct`, [][4]string{{"FRA", "DEU", "036", "future"}, {"DEU", "FRA", "036", "future"}}, [][4]string{{"", "", "040", ""}}},

	{"a relative clause the parser coordinated with the noun it describes", `
Egypt Egypt PROPN NNP 3 nmod:poss
's 's PART POS 1 case
president president NOUN NN 4 nsubj
phoned phone VERB VBD 0 root
the the DET DT 7 det
French French ADJ JJ 7 amod
minister minister NOUN NN 4 obj
, , PUNCT , 12 punct
who who PRON WP 12 nsubj
is be AUX VBZ 12 cop
in in ADP IN 12 case
Doha Doha PROPN NNP 7 conj
, , PUNCT , 14 punct
Qatar Qatar PROPN NNP 7 conj
, , PUNCT , 17 punct
to to PART TO 17 mark
discuss discuss VERB VB 4 advcl
the the DET DT 19 det
truce truce NOUN NN 17 obj
. . PUNCT . 4 punct`, [][4]string{{"EGYGOV", "FRAGOV", "", "asserted"}}, [][4]string{{"", "QAT", "", ""}}},

	{"a subordinator read as a preposition, its verb a conjunct of the clause above", `
Turkey Turkey PROPN NNP 2 nsubj
blocked block VERB VBD 0 root
Syria Syria PROPN NNP 5 nmod:poss
's 's PART POS 3 case
envoy envoy NOUN NN 2 obj
from from SCONJ IN 7 mark
entering enter VERB VBG 2 advcl
Ankara Ankara PROPN NNP 7 obj
after after ADP IN 12 case
a a DET DT 12 det
Syrian Syrian ADJ JJ 12 amod
rocket rocket NOUN NN 7 obl
killed kill VERB VBD 2 conj
three three NUM CD 15 nummod
soldiers soldier NOUN NNS 13 obj
. . PUNCT . 2 punct`, [][4]string{{"SYR", "", "", "asserted"}}, [][4]string{{"TUR", "", "190", ""}}},

	{"coordinated noun modifiers the parser made the head of the phrase", `
Armenia Armenia PROPN NNP 2 nsubj
launched launch VERB VBD 0 root
one one NUM CD 2 obj
of of ADP IN 7 case
its its PRON PRP$ 7 nmod:poss
heaviest heavy ADJ JJS 7 amod
artillery artillery NOUN NN 3 nmod
and and CCONJ CC 9 cc
rocket rocket NOUN NN 10 compound
attacks attack NOUN NNS 7 nmod
on on ADP IN 12 case
Azerbaijan Azerbaijan PROPN NNP 10 nmod
. . PUNCT . 2 punct`, [][4]string{{"ARM", "AZE", "", "asserted"}}, nil},

	{"coordinated noun modifiers the parser set beside their noun", `
Sudan Sudan PROPN NNP 2 nsubj
carried carry VERB VBD 0 root
out out ADP RP 2 compound:prt
air air NOUN NN 2 obj
and and CCONJ CC 6 cc
ground ground NOUN NN 4 conj
attacks attack NOUN NNS 2 obl
on on ADP IN 9 case
Chad Chad PROPN NNP 7 nmod
. . PUNCT . 2 punct`, [][4]string{{"SDN", "TCD", "", "asserted"}}, nil},

	{"a demonym on the first of two coordinated weapons is on both", `
the the DET DT 3 det
Russian Russian ADJ JJ 3 amod
missile missile NOUN NN 6 compound
and and CCONJ CC 5 cc
drone drone NOUN NN 3 conj
strikes strike NOUN NNS 9 nsubj
in in ADP IN 8 case
Ukraine Ukraine PROPN NNP 6 nmod
killed kill VERB VBD 0 root
two two NUM CD 11 nummod
children child NOUN NNS 9 obj
. . PUNCT . 9 punct`, [][4]string{{"RUS", "UKR", "", "asserted"}}, [][4]string{{"MIL", "", "", ""}}},

	{"a light verb's object is one of the event nouns", `
Israel Israel PROPN NNP 2 nsubj
launched launch VERB VBD 0 root
one one NUM CD 2 obj
of of ADP IN 7 case
its its PRON PRP$ 7 nmod:poss
heaviest heavy ADJ JJS 7 amod
raids raid NOUN NNS 3 nmod
on on ADP IN 9 case
Lebanon Lebanon PROPN NNP 7 nmod
, , PUNCT , 11 punct
killing kill VERB VBG 2 advcl
five five NUM CD 13 nummod
people people NOUN NNS 11 obj
. . PUNCT . 2 punct`, [][4]string{{"ISR", "LBN", "", "asserted"}}, [][4]string{{"ISR", "CVL", "", ""}}},

	{"a measure of time read as the subject of the clause it measures", `
officials official NOUN NNS 2 nsubj
said say VERB VBD 0 root
Monday Monday PROPN NNP 2 obl:tmod
, , PUNCT , 5 punct
days day NOUN NNS 9 nsubj
after after ADP IN 8 case
Sudanese Sudanese ADJ JJ 8 amod
troops troops NOUN NNS 5 nmod
shelled shell VERB VBD 2 ccomp
Chad Chad PROPN NNP 9 obj
. . PUNCT . 2 punct`, [][4]string{{"SDNMIL", "TCD", "", "asserted"}}, nil},

	{"a count of the weapons fired is the verb's object", `
The the DET DT 2 det
Houthis Houthis PROPN NNPS 3 nsubj
fired fire VERB VBD 0 root
dozens dozen NOUN NNS 3 obj
of of ADP IN 6 case
missiles missile NOUN NNS 4 nmod
at at ADP IN 9 case
Saudi Saudi PROPN NNP 9 compound
Arabia Arabia PROPN NNP 6 nmod
. . PUNCT . 3 punct`, [][4]string{{"YEMREB", "SAU", "195", "asserted"}}, nil},

	{"an object read as an oblique with no preposition", `
Minutes minute NOUN NNS 2 obl:unmarked
later late ADV RBR 6 advmod
, , PUNCT , 2 punct
Turkish Turkish ADJ JJ 5 amod
warplanes warplane NOUN NNS 6 nsubj
bombed bomb VERB VBN 0 root
Kurdish Kurdish ADJ JJ 8 amod
positions position NOUN NNS 6 obl
in in ADP IN 11 case
northern northern ADJ JJ 11 amod
Syria Syria PROPN NNP 8 nmod
. . PUNCT . 6 punct`, [][4]string{{"TURMIL", "SYR", "", "asserted"}}, nil},

	{"a part of a place attacked names the place", `
Turkish Turkish ADJ JJ 2 amod
troops troops NOUN NNS 3 nsubj
shelled shell VERB VBD 0 root
the the DET DT 5 det
outskirts outskirt NOUN NNS 3 obj
of of ADP IN 7 case
Aleppo Aleppo PROPN NNP 5 nmod
. . PUNCT . 3 punct`, [][4]string{{"TURMIL", "SYR", "194", "asserted"}}, nil},

	{"a free relative said to be a target names the target", `
Turkey Turkey PROPN NNP 2 nsubj
bombed bomb VERB VBD 0 root
what what PRON WP 2 obj
it it PRON PRP 5 nsubj
said say VERB VBD 3 acl:relcl
were be AUX VBD 8 cop
PKK PKK PROPN NNP 8 compound
positions position NOUN NNS 5 ccomp
in in ADP IN 11 case
northern northern ADJ JJ 11 amod
Iraq Iraq PROPN NNP 8 nmod
. . PUNCT . 2 punct`, [][4]string{{"TUR", "TURREB", "195", "asserted"}}, nil},

	{"a free relative hung on the full stop is the object", `
Turkish Turkish ADJ JJ 2 amod
warplanes warplane NOUN NNS 3 nsubj
struck strike VERB VBD 0 root
what what PRON WP 12 punct
Ankara Ankara PROPN NNP 6 nsubj
said say VERB VBD 4 acl:relcl
was be AUX VBD 9 cop
a a DET DT 9 det
depot depot NOUN NN 6 ccomp
in in ADP IN 11 case
Syria Syria PROPN NNP 9 nmod
. . PUNCT . 3 punct`, [][4]string{{"TURMIL", "SYR", "195", "asserted"}}, nil},

	{"a verb of naming takes an object and its name, not two objects", `
Erdogan Erdogan PROPN NNP 2 nsubj
called call VERB VBD 0 root
the the DET DT 4 det
blockade blockade NOUN NN 2 obj
of of ADP IN 6 case
Gaza Gaza PROPN NNP 4 nmod
a a DET DT 9 det
war war NOUN NN 9 compound
crime crime NOUN NN 2 obj
. . PUNCT . 2 punct`, nil, [][4]string{{"TUR", "PSE", "041", ""}}},

	{"a verb of saying coordinated into what was denied is the denier's", `
Turkey Turkey PROPN NNP 2 nsubj
denied deny VERB VBD 0 root
that that SCONJ IN 7 mark
the the DET DT 5 det
raid raid NOUN NN 7 nsubj
had have AUX VBD 7 aux
killed kill VERB VBN 2 ccomp
civilians civilian NOUN NNS 7 obj
and and CCONJ CC 10 cc
said say VERB VBD 7 conj
its its PRON PRP$ 12 nmod:poss
jets jet NOUN NNS 14 nsubj
had have AUX VBD 14 aux
bombed bomb VERB VBN 10 ccomp
Syria Syria PROPN NNP 14 obj
. . PUNCT . 2 punct`, [][4]string{{"TUR", "SYR", "195", "claimed"}}, [][4]string{{"TUR", "SYR", "", "denied"}}},

	{"what a speaker did is not what the speaker said", `
Kenya Kenya PROPN NNP 6 nsubj
, , PUNCT , 3 punct
which which PRON WDT 4 nsubj
attacked attack VERB VBD 1 acl:relcl
Somalia Somalia PROPN NNP 4 obj
said say VERB VBD 0 root
it it PRON PRP 9 nsubj
was be AUX VBD 9 cop
ready ready ADJ JJ 6 ccomp
. . PUNCT . 6 punct`, [][4]string{{"KEN", "SOM", "", "asserted"}}, [][4]string{{"KEN", "SOM", "", "claimed"}}},

	{"a group's own fighters are the group", `
Boko Boko PROPN NNP 3 nsubj
Haram Haram PROPN NNP 1 flat
said say VERB VBD 0 root
its its PRON PRP$ 5 nmod:poss
fighters fighter NOUN NNS 7 nsubj
had have AUX VBD 7 aux
killed kill VERB VBN 3 ccomp
Cameroonian Cameroonian ADJ JJ 9 amod
soldiers soldier NOUN NNS 7 obj
. . PUNCT . 3 punct`, [][4]string{{"NGAREB$", "CMRMIL", "", "claimed"}}, nil},

	{"a state's report of what bare forces did to another country is of its own forces", georgiaSaysTroopsShelled + `
Russian Russian ADJ JJ 9 amod
positions position NOUN NNS 7 obj`, [][4]string{{"GEOMIL", "RUS", "194", "claimed"}}, nil},

	{"a state's report of what troops did at home is no report on its own troops", georgiaSaysTroopsShelled + `
Georgian Georgian ADJ JJ 9 amod
villages village NOUN NNS 7 obj`, [][4]string{{"MIL$", "GEO", "194", ""}}, nil},

	{"a name split off as a second subject is the modifier of the noun after it", `
Ethiopia Ethiopia PROPN NNP 2 nsubj
denied deny VERB VBD 0 root
the the DET DT 4 det
report report NOUN NN 2 obj
, , PUNCT , 10 punct
but but CCONJ CC 10 cc
African African ADJ JJ 8 amod
Union Union PROPN NNP 10 nsubj
monitors monitor NOUN NNS 10 nsubj
say say VERB VBP 2 conj
it it PRON PRP 12 nsubj
shelled shell VERB VBD 10 ccomp
Baidoa Baidoa PROPN NNP 12 obj`, [][4]string{{"ETH", "SOM", "194", "claimed"}}, [][4]string{{"IGO", "", "", ""}}},

	{"it is not a plural noun", `
Ethiopia Ethiopia PROPN NNP 2 nsubj
denied deny VERB VBD 0 root
the the DET DT 4 det
report report NOUN NN 2 obj
, , PUNCT , 8 punct
but but CCONJ CC 8 cc
officials official NOUN NNS 8 nsubj
say say VERB VBP 2 conj
it it PRON PRP 10 nsubj
shelled shell VERB VBD 8 ccomp
Baidoa Baidoa PROPN NNP 10 obj`, [][4]string{{"ETH", "SOM", "194", "claimed"}}, [][4]string{{"GOV", "", "", ""}}},

	{"an organ of several countries after of", `
Rioters rioter NOUN NNS 2 nsubj
stormed storm VERB VBD 0 root
the the DET DT 4 det
embassies embassy NOUN NNS 2 obj
of of ADP IN 6 case
Chile Chile PROPN NNP 4 nmod
, , PUNCT , 8 punct
Peru Peru PROPN NNP 6 conj
and and CCONJ CC 10 cc
Bolivia Bolivia PROPN NNP 6 conj`, [][4]string{{"", "CHLGOV", "", ""}, {"", "PERGOV", "", ""}, {"", "BOLGOV", "", ""}}, nil},

	{"two sides exchanging prisoners release each other's", `
Armenia Armenia PROPN NNP 4 nsubj
and and CCONJ CC 3 cc
Azerbaijan Azerbaijan PROPN NNP 1 conj
swapped swap VERB VBD 0 root
32 32 NUM CD 6 nummod
prisoners prisoner NOUN NNS 4 obj`, [][4]string{{"ARM", "AZE", "0841", "asserted"}, {"AZE", "ARM", "0841", "asserted"}}, nil},

	{"the sides of a reciprocal noun after between", `
Clashes clash NOUN NNS 6 nsubj
between between ADP IN 3 case
soldiers soldier NOUN NNS 1 nmod
and and CCONJ CC 5 cc
police police NOUN NN 3 conj
continued continue VERB VBD 0 root
in in ADP IN 8 case
Tbilisi Tbilisi PROPN NNP 6 obl`, [][4]string{{"GEOMIL", "GEOCOP", "190", "asserted"}, {"GEOCOP", "GEOMIL", "190", "asserted"}}, [][4]string{{"GEOMIL", "GEO$", "", ""}, {"GEOCOP", "GEO$", "", ""}}},

	{"the sides of a reciprocal object after between when no one is said to act", `
Talks talk NOUN NNS 7 nsubj:pass
between between ADP IN 3 case
Serbia Serbia PROPN NNP 1 nmod
and and CCONJ CC 5 cc
Kosovo Kosovo PROPN NNP 3 conj
were be AUX VBD 7 aux:pass
held hold VERB VBN 0 root
in in ADP IN 9 case
Brussels Brussels PROPN NNP 7 obl`, [][4]string{{"SRB", "KSV", "040", "asserted"}, {"KSV", "SRB", "040", "asserted"}}, nil},

	{"the main clause's subject is no agent of a passive clause hung on it", `
Armenia Armenia PROPN NNP 4 nsubj
would would AUX MD 4 aux
not not PART RB 4 advmod
stop stop VERB VB 0 root
fighting fighting NOUN NN 4 obj
until until SCONJ IN 9 mark
Azerbaijan Azerbaijan PROPN NNP 9 nsubj:pass
was be AUX VBD 9 aux:pass
destroyed destroy VERB VBN 4 advcl`, nil, [][4]string{{"ARM", "AZE", "", ""}}},

	{"who attacks a state's embassy is of where the embassy is, not of that state", `
Rebels rebel NOUN NNS 2 nsubj
attacked attack VERB VBD 0 root
the the DET DT 5 det
Iranian Iranian ADJ JJ 5 amod
embassy embassy NOUN NN 2 obj
in in ADP IN 7 case
Kabul Kabul PROPN NNP 5 nmod`, [][4]string{{"AFGREB", "IRNGOV", "190", "asserted"}}, [][4]string{{"REB$", "IRNGOV", "", ""}}},

	{"who attacks a state's embassy is not of that state though its troops are there", `
Protesters protester NOUN NNS 2 nsubj
attacked attack VERB VBD 0 root
the the DET DT 5 det
French French ADJ JJ 5 amod
embassy embassy NOUN NN 2 obj
, , PUNCT , 10 punct
and and CCONJ CC 10 cc
French French ADJ JJ 9 amod
troops troop NOUN NNS 10 nsubj
evacuated evacuate VERB VBD 2 conj
citizens citizen NOUN NNS 10 obj`, [][4]string{{"", "FRAGOV", "190", "asserted"}}, [][4]string{{"FRAOPP", "", "", ""}}},

	{"a reporting clause's subject hung on a time word is no target", `
Russia Russia PROPN NNP 2 nsubj
launched launch VERB VBD 0 root
strikes strike NOUN NNS 2 obj
on on ADP IN 5 case
sites site NOUN NNS 2 obl
in in ADP IN 7 case
Ukraine Ukraine PROPN NNP 5 nmod
early early ADV RB 10 advmod
on on ADP IN 10 case
Sunday Sunday PROPN NNP 2 obl
, , PUNCT , 15 punct
the the DET DT 15 det
Ukrainian Ukrainian PROPN NNP 15 compound
air air NOUN NN 15 compound
force force NOUN NN 10 appos
said say VERB VBD 2 advcl`, [][4]string{{"RUS", "UKR$", "190", "asserted"}}, [][4]string{{"", "UKRMIL", "", ""}}},

	{"two names joined by a conjunction the parser hung on the verb are one subject", `
Trump Trump PROPN NNP 2 nsubj
announced announce VERB VBD 0 root
that that SCONJ IN 8 mark
Armenia Armenia PROPN NNP 8 nsubj:pass
and and CCONJ CC 8 cc
Azerbaijan Azerbaijan PROPN NNP 8 nsubj
had have AUX VBD 8 aux
agreed agree VERB VBN 2 ccomp
to to ADP IN 11 case
a a DET DT 11 det
ceasefire ceasefire NOUN NN 8 obl`, [][4]string{{"ARM", "AZE", "", "claimed"}, {"AZE", "ARM", "", "claimed"}}, nil},

	{"a bare oblique after a verb's particle is its object", `
Pakistan Pakistan PROPN NNP 2 nsubj
said say VERB VBD 0 root
that that SCONJ IN 7 mark
its its PRON PRP$ 5 nmod:poss
forces force NOUN NNS 7 nsubj
had have AUX VBD 7 aux
shot shoot VERB VBN 2 ccomp
down down ADP RP 7 compound:prt
five five NUM CD 12 nummod
Indian Indian ADJ JJ 12 amod
fighter fighter NOUN NN 12 compound
jets jet NOUN NNS 7 obl`, [][4]string{{"PAKMIL", "IND", "190", "claimed"}}, nil},

	{"responding with strikes on someone is striking them", `
The the DET DT 3 det
Sudanese Sudanese ADJ JJ 3 amod
army army NOUN NN 4 nsubj
responded respond VERB VBD 0 root
with with ADP IN 7 case
air air NOUN NN 7 compound
strikes strike NOUN NNS 4 obl
on on ADP IN 10 case
RSF RSF PROPN NNP 10 compound
positions position NOUN NNS 4 obl`, [][4]string{{"SDNMIL", "SDNREB", "190", "asserted"}}, nil},

	{"the place of what an event was done with is the event's", `
Pakistan Pakistan PROPN NNP 2 nsubj
hit hit VERB VBD 0 root
back back ADV RB 2 advmod
with with ADP IN 5 case
strikes strike NOUN NNS 2 obl
on on ADP IN 8 case
militant militant ADJ JJ 8 amod
hideouts hideout NOUN NNS 5 nmod
in in ADP IN 10 case
Iran Iran PROPN NNP 8 nmod`, [][4]string{{"PAK", "IRN", "190", "asserted"}}, nil},

	{"a by-phrase after an active verb's object is the object's agent", `
Iran Iran PROPN NNP 2 nsubj
condemned condemn VERB VBD 0 root
the the DET DT 4 det
strikes strike NOUN NNS 2 obj
by by ADP IN 8 case
the the DET DT 8 det
United United ADJ NNP 8 amod
States State PROPN NNPS 2 obl`, [][4]string{{"IRN", "USA", "111", "asserted"}}, nil},

	{"a place withdrawn from is its country", `
Russia Russia PROPN NNP 2 nsubj
withdrew withdraw VERB VBD 0 root
its its PRON PRP$ 4 nmod:poss
troops troop NOUN NNS 2 obj
from from ADP IN 6 case
Kherson Kherson PROPN NNP 2 obl`, [][4]string{{"RUS", "UKR", "0874", "asserted"}}, nil},

	{"a reciprocal verb read as a participle on sides named together is their clause", `
Thai Thai ADJ JJ 4 amod
and and CCONJ CC 3 cc
Cambodian Cambodian ADJ JJ 1 conj
troops troop NOUN NNS 8 ccomp
clashed clash VERB VBN 4 acl
, , PUNCT , 8 punct
officials official NOUN NNS 8 nsubj
said say VERB VBD 0 root`, [][4]string{{"THAMIL", "KHMMIL", "190", ""}, {"KHMMIL", "THAMIL", "190", ""}}, nil},

	{"sides that clashed are each other's targets, not those of what the fighting did", `
Thai Thai ADJ JJ 4 amod
and and CCONJ CC 3 cc
Cambodian Cambodian ADJ JJ 1 conj
troops troop NOUN NNS 5 nsubj
clashed clash VERB VBD 0 root
, , PUNCT , 7 punct
killing kill VERB VBG 5 advcl
12 12 NUM CD 9 nummod
people people NOUN NNS 7 obj`, [][4]string{{"THAMIL", "KHMMIL", "190", ""}}, [][4]string{{"", "CVL", "", ""}, {"CVL", "", "", ""}}},

	{"a last conjunct with no conjunction, after a comma and another noun, is that noun's apposition", `
Thai Thai ADJ JJ 4 amod
and and CCONJ CC 3 cc
Cambodian Cambodian ADJ JJ 1 conj
troops troop NOUN NNS 5 nsubj
clashed clash VERB VBD 0 root
, , PUNCT , 7 punct
killing kill VERB VBG 5 advcl
12 12 NUM CD 9 nummod
people people NOUN NNS 7 obj
, , PUNCT , 13 punct
mostly mostly ADV RB 13 advmod
Thai Thai ADJ JJ 13 amod
civilians civilian NOUN NNS 4 conj`, [][4]string{{"THAMIL", "KHMMIL", "190", ""}}, [][4]string{{"THACVL", "", "", ""}, {"", "THACVL", "", ""}}},

	{"what an accusation charges in an of-clause is the accuser's claim", `
Iran Iran PROPN NNP 2 nsubj
accused accuse VERB VBD 0 root
Pakistan Pakistan PROPN NNP 2 obj
of of SCONJ IN 5 mark
attacking attack VERB VBG 2 advcl
its its PRON PRP$ 8 nmod:poss
border border NOUN NN 8 compound
posts post NOUN NNS 5 obj`, [][4]string{{"PAK", "IRN", "190", "claimed"}}, [][4]string{{"PAK", "IRN", "190", "asserted"}}},

	{"a verb with tense hung on a predicate adjective of a complement is the main clause's", `
Serbian Serbian ADJ JJ 2 amod
President President PROPN NNP 3 nmod:desc
Aleksandar Aleksandar PROPN NNP 5 nsubj
Vucic Vucic PROPN NNP 3 flat
denied deny VERB VBD 0 root
that that SCONJ IN 9 mark
Serbia Serbia PROPN NNP 9 nsubj
was be AUX VBD 9 cop
involved involved ADJ JJ 5 ccomp
and and CCONJ CC 11 cc
blamed blame VERB VBD 9 conj
Kosovo Kosovo PROPN NNP 11 obj
for for ADP IN 15 case
the the DET DT 15 det
violence violence NOUN NN 11 obl`, [][4]string{{"SRBGOV", "KSV", "112", "asserted"}}, [][4]string{{"SRB$", "KSV", "112", ""}}},

	{"each other right after the verb, wherever the parser hung it", `
India India PROPN NNP 4 nsubj
and and CCONJ CC 3 cc
Pakistan Pakistan PROPN NNP 1 conj
accused accuse VERB VBD 0 root
each each DET DT 11 cc
other other ADJ JJ 5 fixed
of of SCONJ IN 8 mark
violating violate VERB VBG 6 advcl
the the DET DT 10 det
truce truce NOUN NN 8 obj
. . PUNCT . 4 punct`, [][4]string{{"IND", "PAK", "112", "asserted"}, {"PAK", "IND", "112", "asserted"}}, nil},

	{"a where-clause after a place is the place's, not part of a plan", `
Macron Macron PROPN NNP 2 nsubj
announced announce VERB VBD 0 root
that that SCONJ IN 6 mark
France France PROPN NNP 6 nsubj
would would AUX MD 6 aux
withdraw withdraw VERB VB 2 ccomp
its its PRON PRP$ 8 nmod:poss
troops troop NOUN NNS 6 obj
from from ADP IN 10 case
Mali Mali PROPN NNP 6 obl
, , PUNCT , 16 punct
where where ADV WRB 16 advmod
they they PRON PRP 16 nsubj
have have AUX VBP 16 aux
been be AUX VBN 16 aux
fighting fight VERB VBG 6 advcl
Islamist Islamist PROPN NNP 18 compound
militants militant NOUN NNS 16 obj`, [][4]string{{"FRA", "UAF", "190", ""}}, [][4]string{{"FRA", "UAF", "138", ""}}},

	{"a side's report of fighting it took part in accuses no one", `
Thai Thai ADJ JJ 2 amod
officials official NOUN NNS 3 nsubj
said say VERB VBD 0 root
Thai Thai ADJ JJ 7 amod
and and CCONJ CC 6 cc
Cambodian Cambodian ADJ JJ 4 conj
troops troop NOUN NNS 8 nsubj
clashed clash VERB VBD 3 ccomp`, [][4]string{{"THAMIL", "KHMMIL", "190", "claimed"}}, [][4]string{{"", "", "112", ""}}},

	{"halting attacks on someone is a truce with them, and no attack", `
Hezbollah Hezbollah PROPN NNP 2 nsubj
suspended suspend VERB VBD 0 root
its its PRON PRP$ 4 nmod:poss
attacks attack NOUN NNS 2 obj
on on ADP IN 6 case
Israel Israel PROPN NNP 4 nmod`, [][4]string{{"LBNREB", "ISR", "0871", "asserted"}}, [][4]string{{"", "", "190", ""}}},

	{"halting air strikes is a truce, not the end of a labour strike", `
Israel Israel PROPN NNP 2 nsubj
suspended suspend VERB VBD 0 root
its its PRON PRP$ 5 nmod:poss
air air NOUN NN 5 compound
strikes strike NOUN NNS 2 obj
on on ADP IN 7 case
Gaza Gaza PROPN NNP 5 nmod`, [][4]string{{"ISR", "PSE", "0871", "asserted"}}, [][4]string{{"", "", "082", ""}, {"", "", "195", ""}}},

	{"drills around a country are a show of force at it", `
China China PROPN NNP 2 nsubj
held hold VERB VBD 0 root
military military ADJ JJ 4 amod
exercises exercise NOUN NNS 2 obj
around around ADP IN 6 case
Taiwan Taiwan PROPN NNP 4 nmod`, [][4]string{{"CHN", "TWN", "150", "asserted"}}, nil},

	{"\"one other\" is no \"each other\"", `
Russia Russia PROPN NNP 4 nsubj
and and CCONJ CC 3 cc
Belarus Belarus PROPN NNP 1 conj
shelled shell VERB VBD 0 root
one one NUM CD 7 nummod
other other ADJ JJ 7 amod
village village NOUN NN 4 obj
in in ADP IN 9 case
Ukraine Ukraine PROPN NNP 7 nmod`, [][4]string{{"RUS", "UKR", "194", "asserted"}}, [][4]string{{"RUS", "BLR", "", ""}, {"BLR", "RUS", "", ""}}},

	{"sides named together meet, the second by title and a name the gazetteer does not know", `
Turkish Turkish ADJ JJ 2 amod
President President PROPN NNP 3 nmod:desc
Recep Recep PROPN NNP 0 root
Tayyip Tayyip PROPN NNP 3 flat
Erdogan Erdogan PROPN NNP 3 flat
and and CCONJ CC 10 cc
Greek Greek ADJ JJ 9 amod
Prime Prime ADJ NNP 9 amod
Minister Minister PROPN NNP 10 nmod:desc
Kyriakos Kyriakos PROPN NNP 3 conj
Mitsotakis Mitsotakis PROPN NNP 10 flat
met meet VERB VBD 3 acl
in in ADP IN 14 case
Athens Athens PROPN NNP 12 obl`, [][4]string{{"TURGOV", "GRCGOV", "040", "asserted"}, {"GRCGOV", "TURGOV", "040", "asserted"}}, nil},

	{"a name the gazetteer does not know, after a title it does, is a conjunct", `
Erdogan Erdogan PROPN NNP 8 nsubj
and and CCONJ CC 6 cc
Greek Greek ADJ JJ 5 amod
Prime Prime ADJ NNP 5 amod
Minister Minister PROPN NNP 6 nmod:desc
Kyriakos Kyriakos PROPN NNP 1 conj
Mitsotakis Mitsotakis PROPN NNP 6 flat
criticised criticise VERB VBD 0 root
Iran Iran PROPN NNP 8 obj`, [][4]string{{"TURGOV", "IRN", "111", "asserted"}, {"GRCGOV", "IRN", "111", "asserted"}}, nil},

	{"a particle read as the preposition of an oblique: the oblique is the object", `
Mexico Mexico PROPN NNP 3 nsubj
was be AUX VBD 3 aux
breaking break VERB VBG 0 root
off off ADP IN 6 case
diplomatic diplomatic ADJ JJ 6 amod
relations relation NOUN NNS 3 obl
with with ADP IN 8 case
Ecuador Ecuador PROPN NNP 6 nmod`, [][4]string{{"MEX", "ECU", "161", "asserted"}}, nil},

	{"calling off talks halts negotiations", `
Colombia Colombia PROPN NNP 2 nsubj
called call VERB VBD 0 root
off off ADP RP 2 compound:prt
peace peace NOUN NN 5 compound
talks talk NOUN NNS 2 obj
with with ADP IN 7 case
Venezuela Venezuela PROPN NNP 2 obl`, [][4]string{{"COL", "VEN", "164", "asserted"}}, nil},

	{"taking a state to a court sues it", `
Mexico Mexico PROPN NNP 2 nsubj
took take VERB VBD 0 root
Ecuador Ecuador PROPN NNP 2 obj
to to ADP IN 7 case
the the DET DT 7 det
International International ADJ NNP 7 amod
Court Court PROPN NNP 2 obl
of of ADP IN 9 case
Justice Justice PROPN NNP 7 nmod`, [][4]string{{"MEX", "ECU", "115", "asserted"}}, nil},

	{"nouns hung as the object's conjuncts from a comma and a conjunction are the next verb's subject", `
The the DET DT 2 det
OAS OAS PROPN NNP 3 nsubj
condemned condemn VERB VBD 0 root
the the DET DT 5 det
intrusion intrusion NOUN NN 3 obj
, , PUNCT , 8 punct
and and CCONJ CC 8 cc
Brazil Brazil PROPN NNP 5 conj
, , PUNCT , 10 punct
Colombia Colombia PROPN NNP 5 conj
and and CCONJ CC 12 cc
Argentina Argentina PROPN NNP 5 conj
expressed express VERB VBD 3 conj
solidarity solidarity NOUN NN 13 obj
with with ADP IN 16 case
Mexico Mexico PROPN NNP 14 nmod`, [][4]string{{"BRA", "MEX", "018", "asserted"}, {"ARG", "MEX", "018", "asserted"}}, [][4]string{{"IGOOAS", "BRA", "111", ""}, {"IGOOAS", "MEX", "", ""}}},

	{"a threat not made is denied", `
Iran Iran PROPN NNP 4 nsubj
did do AUX VBD 4 aux
not not PART RB 4 advmod
threaten threaten VERB VB 0 root
Pakistan Pakistan PROPN NNP 4 obj`, [][4]string{{"IRN", "PAK", "130", "denied"}}, [][4]string{{"IRN", "PAK", "130", "threatened"}}},

	{"an act a negated noun of intention names is denied", `
Erdogan Erdogan PROPN NNP 2 nsubj
said say VERB VBD 0 root
Turkey Turkey PROPN NNP 4 nsubj
had have VERB VBD 2 ccomp
no no DET DT 6 det
intention intention NOUN NN 4 obj
of of SCONJ IN 8 mark
threatening threaten VERB VBG 6 acl
Greece Greece PROPN NNP 8 obj`, [][4]string{{"TUR", "GRC", "130", "denied"}}, [][4]string{{"TUR", "GRC", "130", "threatened"}}},

	{"an act a noun of a plan names is planned, or denied when the noun is negated", `
Turkey Turkey PROPN NNP 2 nsubj
has have VERB VBZ 0 root
plans plan NOUN NNS 2 obj
to to PART TO 5 mark
attack attack VERB VB 3 acl
Greece Greece PROPN NNP 5 obj
and and CCONJ CC 9 cc
Syria Syria PROPN NNP 9 nsubj
has have VERB VBZ 2 conj
no no DET DT 11 det
plans plan NOUN NNS 9 obj
to to PART TO 13 mark
attack attack VERB VB 11 acl
Iraq Iraq PROPN NNP 13 obj`, [][4]string{{"TUR", "GRC", "190", "future"}, {"SYR", "IRQ", "190", "denied"}}, [][4]string{{"TUR", "GRC", "190", "asserted"}, {"SYR", "IRQ", "190", "asserted"}}},

	{"a pronoun that is a verb's object is not its subject", `
Pakistan Pakistan PROPN NNP 2 nsubj
said say VERB VBD 0 root
Iran Iran PROPN NNP 5 nsubj
had have AUX VBD 5 aux
threatened threaten VERB VBN 2 ccomp
it it PRON PRP 5 obj`, [][4]string{{"IRN", "PAK", "130", "threatened"}}, nil},

	{"a reflexive pronoun is the verb's subject", `
The the DET DT 2 det
US US PROPN NNP 3 nsubj
said say VERB VBD 0 root
that that SCONJ IN 7 mark
Iraq Iraq PROPN NNP 7 nsubj
had have AUX VBD 7 aux
attacked attack VERB VBN 3 ccomp
themselves themselves PRON PRP 7 obj`, nil, [][4]string{{"IRQ", "USA", "", ""}}},

	{"warning of a danger with no one warned is no threat", `
The the DET DT 2 det
UN UN PROPN NNP 3 nsubj
warned warn VERB VBD 0 root
of of ADP IN 6 case
a a DET DT 6 det
crisis crisis NOUN NN 3 obl
and and CCONJ CC 8 cc
urged urge VERB VBD 3 conj
the the DET DT 11 det
Ethiopian Ethiopian ADJ JJ 11 amod
government government NOUN NN 8 obj
to to PART TO 13 mark
act act VERB VB 8 xcomp`, [][4]string{{"IGOUNO", "ETHGOV", "", "asserted"}}, [][4]string{{"IGOUNO", "ETHGOV", "130", ""}}},

	{"a generic word the gazetteer has as an agent names no one alone", `
China China PROPN NNP 2 nsubj
urged urge VERB VBD 0 root
all all DET DT 5 det
warring war VERB VBG 5 amod
parties party NOUN NNS 2 obj
to to PART TO 7 mark
exercise exercise VERB VB 2 xcomp
restraint restraint NOUN NN 7 obj`, nil, [][4]string{{"CHN", "CHNPTY", "", ""}}},

	{"a generic word the gazetteer has as an agent names one in a name", `
The the DET DT 3 det
Umma Umma PROPN NNP 3 compound
party party NOUN NN 4 nsubj
condemned condemn VERB VBD 0 root
Algeria Algeria PROPN NNP 4 obj`, [][4]string{{"DZAPTY", "DZA", "111", "asserted"}}, nil},

	{"a threat coordinated with a reported clause whose subject is an event is the reporter's", `
The the DET DT 2 det
SDF SDF PROPN NNP 3 nsubj
said say VERB VBD 0 root
the the DET DT 6 det
Turkish Turkish ADJ JJ 6 amod
strikes strike NOUN NNS 7 nsubj
killed kill VERB VBD 3 ccomp
11 11 NUM CD 9 nummod
civilians civilian NOUN NNS 7 obj
and and CCONJ CC 11 cc
threatened threaten VERB VBD 7 conj
to to PART TO 13 mark
respond respond VERB VB 11 xcomp`, [][4]string{{"SYRREB", "TUR", "138", "threatened"}}, [][4]string{{"TUR", "SYRREB", "", ""}}},

	{"the owner of what a violent verb hits is not its subject", `
Pakistan Pakistan PROPN NNP 2 nsubj
said say VERB VBD 0 root
Iran Iran PROPN NNP 4 nsubj
attacked attack VERB VBD 2 ccomp
its its PRON PRP$ 7 nmod:poss
border border NOUN NN 7 compound
posts post NOUN NNS 4 obj`, [][4]string{{"IRN", "PAK", "190", "claimed"}, {"PAK", "IRN", "112", "asserted"}}, nil},

	{"the owner of what a violent verb hits is its subject when its own", `
Pakistan Pakistan PROPN NNP 2 nsubj
said say VERB VBD 0 root
Iran Iran PROPN NNP 4 nsubj
attacked attack VERB VBD 2 ccomp
its its PRON PRP$ 8 nmod:poss
own own ADJ JJ 8 amod
border border NOUN NN 8 compound
posts post NOUN NNS 4 obj`, nil, [][4]string{{"IRN", "PAK", "", ""}}},

	{"ordering an ambassador to leave expels a diplomat", `
Niger Niger PROPN NNP 2 nsubj
ordered order VERB VBD 0 root
the the DET DT 5 det
French French ADJ JJ 5 amod
ambassador ambassador NOUN NN 2 obj
to to PART TO 7 mark
leave leave VERB VB 2 xcomp`, [][4]string{{"NER", "FRAGOV", "161", "asserted"}}, [][4]string{{"NER", "FRAGOV", "100", ""}}},

	{"a verb with an auxiliary hung on a name as a part of it is the name's clause", `
Iran Iran PROPN NNP 4 nmod:poss
's 's PART POS 1 case
foreign foreign ADJ JJ 4 amod
minister minister NOUN NN 5 nmod:desc
Hossein Hossein PROPN NNP 0 root
Amirabdollahian Amirabdollahian PROPN NNP 5 flat
will will AUX MD 8 aux
meet meet VERB VB 5 flat
his his PRON PRP$ 11 nmod:poss
Saudi Saudi ADJ JJ 11 amod
counterpart counterpart NOUN NN 8 obj`, [][4]string{{"IRNGOV", "SAUGOV", "036", "future"}}, nil},

	{"speaking by telephone with someone is a phone call, with the with-phrase on the telephone", `
Scholz Scholz PROPN NNP 2 nsubj
spoke speak VERB VBD 0 root
by by ADP IN 4 case
telephone telephone NOUN NN 2 obl
with with ADP IN 6 case
Putin Putin PROPN NNP 4 nmod`, [][4]string{{"DEUGOV", "RUSGOV", "041", "asserted"}}, nil},

	{"those killed in a clash with someone are the other side of it", `
Twenty twenty NUM CD 3 nummod
Indian Indian ADJ JJ 3 amod
soldiers soldier NOUN NNS 5 nsubj:pass
were be AUX VBD 5 aux:pass
killed kill VERB VBN 0 root
in in ADP IN 8 case
a a DET DT 8 det
clash clash NOUN NN 5 obl
with with ADP IN 11 case
Chinese Chinese ADJ JJ 11 amod
troops troops NOUN NNS 8 nmod`, [][4]string{{"INDMIL", "CHNMIL", "190", "asserted"}, {"CHNMIL", "INDMIL", "190", "asserted"}}, nil},

	{"what elaborates a verb that is an event only when intended is an event of its own", `
Afghan Afghan ADJ JJ 2 amod
forces force NOUN NNS 3 nsubj
responded respond VERB VBD 0 root
by by SCONJ IN 5 mark
targeting target VERB VBG 3 advcl
Pakistani Pakistani ADJ JJ 8 amod
military military ADJ JJ 8 amod
posts post NOUN NNS 5 obj`, [][4]string{{"AFGMIL", "PAKMIL", "190", "asserted"}}, nil},

	{"a verb with re- and no row of its own is the verb", `
Iran Iran PROPN NNP 2 nsubj
re-established re-establish VERB VBD 0 root
diplomatic diplomatic ADJ JJ 4 amod
relations relation NOUN NNS 2 obj
with with ADP IN 6 case
Egypt Egypt PROPN NNP 2 obl`, [][4]string{{"IRN", "EGY", "054", "asserted"}}, nil},

	{"a meeting between two sides is each side's with the other", `
The the DET DT 2 det
deal deal NOUN NN 3 nsubj
followed follow VERB VBD 0 root
a a DET DT 5 det
meeting meeting NOUN NN 3 obj
between between ADP IN 7 case
Iran Iran PROPN NNP 5 nmod
and and CCONJ CC 10 cc
Saudi Saudi ADJ NNP 10 amod
Arabia Arabia PROPN NNP 7 conj`, [][4]string{{"IRN", "SAU", "040", "asserted"}, {"SAU", "IRN", "040", "asserted"}}, nil},

	{"agreeing a ceasefire declares a truce, not a bare agreement", `
Turkey Turkey PROPN NNP 2 nsubj
agreed agree VERB VBD 0 root
a a DET DT 4 det
ceasefire ceasefire NOUN NN 2 obj
with with ADP IN 6 case
Russia Russia PROPN NNP 2 obl`, [][4]string{{"TUR", "RUS", "0871", "asserted"}}, [][4]string{{"TUR", "RUS", "030", ""}}},

	{"widening sanctions imposes them, and banning a country's apps is a sanction", `
The the DET DT 2 det
EU EU PROPN NNP 3 nsubj
widened widen VERB VBD 0 root
sanctions sanction NOUN NNS 3 obj
against against ADP IN 6 case
Belarus Belarus PROPN NNP 4 nmod
and and CCONJ CC 9 cc
India India PROPN NNP 9 nsubj
banned ban VERB VBD 3 conj
Chinese Chinese ADJ JJ 11 amod
apps app NOUN NNS 9 obj`, [][4]string{{"IGOEUREEC", "BLR", "163", "asserted"}, {"IND", "CHN", "163", "asserted"}}, nil},

	{"a noun hung as a verb's conjunct with a participle of its own is a second clause", `
Russian Russian ADJ JJ 2 amod
troops troops NOUN NNS 3 nsubj
entered enter VERB VBD 0 root
South South PROPN NNP 5 compound
Ossetia Ossetia PROPN NNP 3 obj
, , PUNCT , 9 punct
and and CCONJ CC 9 cc
Russian Russian ADJ JJ 9 amod
warplanes warplane NOUN NNS 3 conj
bombed bomb VERB VBN 9 acl
targets target NOUN NNS 10 obj
inside inside ADP IN 13 case
Georgia Georgia PROPN NNP 11 nmod`, [][4]string{{"RUSMIL", "GEO", "195", "asserted"}}, nil},

	{"a name in apposition in the middle of a list is a conjunct", `
Saudi Saudi ADJ NNP 2 amod
Arabia Arabia PROPN NNP 12 nsubj
, , PUNCT , 7 punct
the the DET DT 7 det
United United ADJ NNP 7 amod
Arab Arab ADJ NNP 7 amod
Emirates Emirates PROPN NNP 2 appos
, , PUNCT , 9 punct
Egypt Egypt PROPN NNP 2 conj
and and CCONJ CC 11 cc
Bahrain Bahrain PROPN NNP 2 conj
severed sever VERB VBD 0 root
relations relation NOUN NNS 12 obj
with with ADP IN 15 case
Qatar Qatar PROPN NNP 12 obl`, [][4]string{{"ARE", "QAT", "161", "asserted"}, {"SAU", "QAT", "161", "asserted"}, {"BHR", "QAT", "161", "asserted"}}, nil},

	{"several named together are no \"it\"", `
Egypt Egypt PROPN NNP 4 nsubj
and and CCONJ CC 3 cc
Bahrain Bahrain PROPN NNP 1 conj
severed sever VERB VBD 0 root
relations relation NOUN NNS 4 obj
with with ADP IN 7 case
Qatar Qatar PROPN NNP 4 obl
, , PUNCT , 9 punct
accusing accuse VERB VBG 4 advcl
it it PRON PRP 9 obj
of of SCONJ IN 12 mark
supporting support VERB VBG 9 advcl
terrorism terrorism NOUN NN 12 obj`, [][4]string{{"EGY", "QAT", "161", "asserted"}}, [][4]string{{"EGY", "BHR", "", ""}, {"BHR", "EGY", "", ""}}},

	{"planeloads of food sent are aid", `
Iran Iran PROPN NNP 2 nsubj
sent send VERB VBD 0 root
planeloads planeload NOUN NNS 2 obj
of of ADP IN 5 case
food food NOUN NN 3 nmod
to to ADP IN 7 case
Qatar Qatar PROPN NNP 2 obl`, [][4]string{{"IRN", "QAT", "073", "asserted"}}, nil},

	{"troops recalled from a country are withdrawn", `
Georgia Georgia PROPN NNP 2 nsubj
recalled recall VERB VBD 0 root
its its PRON PRP$ 4 nmod:poss
troops troops NOUN NNS 2 obj
from from ADP IN 6 case
Iraq Iraq PROPN NNP 2 obl`, [][4]string{{"GEO", "IRQ", "0874", "asserted"}}, nil},

	{"a leader who flies to a capital visits it", `
The the DET DT 4 det
Kuwaiti Kuwaiti ADJ JJ 4 amod
foreign foreign ADJ JJ 4 amod
minister minister NOUN NN 5 nsubj
flew fly VERB VBD 0 root
to to ADP IN 7 case
Riyadh Riyadh PROPN NNP 5 obl`, [][4]string{{"KWTGOV", "SAUGOV", "042", "asserted"}}, nil},

	{"warplanes that fly to a country visit no one", `
Israeli Israeli ADJ JJ 2 amod
jets jet NOUN NNS 3 nsubj
flew fly VERB VBD 0 root
to to ADP IN 5 case
Yemen Yemen PROPN NNP 3 obl`, nil, [][4]string{{"ISR", "YEM", "042", ""}}},

	{"a place sanctioned is its country", `
Turkey Turkey PROPN NNP 2 nsubj
imposed impose VERB VBD 0 root
sanctions sanction NOUN NNS 2 obj
on on ADP IN 6 case
Iraqi Iraqi ADJ JJ 6 amod
Kurdistan Kurdistan PROPN NNP 2 obl`, [][4]string{{"TUR", "IRQ", "163", "asserted"}}, nil},

	{"a plural demonym the tagger took for a singular name is people", `
Pakistanis Pakistanis PROPN NNP 2 nsubj
rallied rally VERB VBD 0 root
in in ADP IN 4 case
Karachi Karachi PROPN NNP 2 obl`, [][4]string{{"PAK", "PAKGOV", "141", "asserted"}}, nil},

	{"a country's name in -s is no plural demonym", `
The the DET DT 2 det
Philippines Philippines PROPN NNP 3 nsubj
demonstrated demonstrate VERB VBD 0 root`, nil, [][4]string{{"PHL", "PHLGOV", "", ""}}},

	{"signing a declaration together is signing an agreement", `
Ethiopia Ethiopia PROPN NNP 4 nsubj
and and CCONJ CC 3 cc
Eritrea Eritrea PROPN NNP 1 conj
signed sign VERB VBD 0 root
a a DET DT 6 det
declaration declaration NOUN NN 4 obj`, [][4]string{{"ETH", "ERI", "057", "asserted"}, {"ERI", "ETH", "057", "asserted"}}, nil},

	{"withdrawing from an agreement with a state cuts relations with it", `
Trump Trump PROPN NNP 2 nsubj
withdrew withdraw VERB VBD 0 root
the the DET DT 5 det
United United ADJ NNP 5 amod
States State PROPN NNPS 2 obj
from from ADP IN 9 case
the the DET DT 9 det
nuclear nuclear ADJ JJ 9 amod
agreement agreement NOUN NN 2 obl
with with ADP IN 11 case
Iran Iran PROPN NNP 9 nmod`, [][4]string{{"USA", "IRN", "161", "asserted"}}, nil},

	{"a particle read as a preposition before another keeps the oblique", `
The the DET DT 2 det
US US PROPN NNP 3 nsubj
pulled pull VERB VBD 0 root
out out ADP IN 8 case
of of ADP IN 8 case
the the DET DT 8 det
nuclear nuclear ADJ JJ 8 amod
deal deal NOUN NN 3 obl
with with ADP IN 10 case
Iran Iran PROPN NNP 8 nmod`, [][4]string{{"USA", "IRN", "161", "asserted"}}, nil},

	{"reimposing a level of sanctions on a state sanctions it", `
Washington Washington PROPN NNP 2 nsubj
reimposed reimpose VERB VBD 0 root
the the DET DT 5 det
highest high ADJ JJS 5 amod
level level NOUN NN 2 obj
of of ADP IN 8 case
economic economic ADJ JJ 8 amod
sanctions sanction NOUN NNS 5 nmod
on on ADP IN 10 case
Iran Iran PROPN NNP 8 nmod
and and CCONJ CC 14 cc
Egypt Egypt PROPN NNP 14 nsubj
and and CCONJ CC 14 cc
reestablished reestablish VERB VBD 2 conj
relations relation NOUN NNS 14 obj
with with ADP IN 17 case
Qatar Qatar PROPN NNP 14 obl`, [][4]string{{"USAGOV", "IRN", "163", "asserted"}, {"EGY", "QAT", "054", "asserted"}}, nil},

	{"a border named by a demonym is no place on that side of it", `
Malian malian ADJ JJ 2 amod
troops troops NOUN NNS 3 nsubj
clashed clash VERB VBD 0 root
with with ADP IN 5 case
rebels rebel NOUN NNS 3 obl
near near ADP IN 9 case
the the DET DT 9 det
Algerian algerian ADJ JJ 9 amod
border border NOUN NN 5 nmod
. . PUNCT . 3 punct`, [][4]string{{"MLIMIL", "", "190", "asserted"}, {"", "MLIMIL", "190", "asserted"}}, [][4]string{{"", "DZA", "", ""}, {"DZA", "", "", ""}}},

	{"a border named by a demonym is not the sentence's country", `
Rebels rebel NOUN NNS 2 nsubj
killed kill VERB VBD 0 root
ten ten NUM CD 4 nummod
soldiers soldier NOUN NNS 2 obj
in in SCONJ IN 6 mark
fighting fight VERB VBG 2 advcl
near near ADP IN 10 case
the the DET DT 10 det
Algerian algerian ADJ JJ 10 amod
border border NOUN NN 6 obl
. . PUNCT . 2 punct`, nil, [][4]string{{"DZA", "", "", ""}, {"", "DZA", "", ""}}},

	{"an object-control verb's object does its open complement", `
The the DET DT 2 det
attack attack NOUN NN 3 nsubj
prompted prompt VERB VBD 0 root
Mali Mali PROPN NNP 3 obj
to to PART TO 6 mark
cut cut VERB VB 3 xcomp
diplomatic diplomatic ADJ JJ 8 amod
ties tie NOUN NNS 6 obj
with with ADP IN 10 case
Ukraine Ukraine PROPN NNP 8 nmod
. . PUNCT . 3 punct`, [][4]string{{"MLI", "UKR", "161", "asserted"}}, nil},

	{"an object-control verb's object does its to-clause the parser hung as advcl", `
The the DET DT 2 det
raid raid NOUN NN 3 nsubj
forced force VERB VBD 0 root
Mali Mali PROPN NNP 6 nmod:poss
's 's PART POS 4 case
junta junta NOUN NN 3 obj
to to PART TO 8 mark
cut cut VERB VB 3 advcl
ties tie NOUN NNS 8 obj
with with ADP IN 11 case
Kyiv Kyiv PROPN NNP 9 nmod
. . PUNCT . 3 punct`, [][4]string{{"MLIGOV", "UKR", "161", "asserted"}}, nil},

	{"a call's to-clause hung as advcl may be the caller's purpose", `
Iran Iran PROPN NNP 2 nsubj
called call VERB VBD 0 root
Pakistan Pakistan PROPN NNP 5 nmod:poss
's 's PART POS 3 case
envoy envoy NOUN NN 2 obj
to to PART TO 7 mark
meet meet VERB VB 2 advcl
Turkish Turkish ADJ JJ 9 amod
officials official NOUN NNS 7 obj
. . PUNCT . 2 punct`, [][4]string{{"IRN", "TUR", "040", ""}}, [][4]string{{"PAK", "TUR", "", ""}}},

	{"a peacekeeping force reinforced is protection, not force shown", `
NATO NATO PROPN NNP 3 nsubj
will will AUX MD 3 aux
reinforce reinforce VERB VB 0 root
its its PRON PRP$ 6 nmod:poss
peacekeeping peacekeeping NOUN NN 6 compound
force force NOUN NN 3 obj
in in ADP IN 8 case
Kosovo Kosovo PROPN NNP 6 nmod
. . PUNCT . 3 punct`, [][4]string{{"IGOWSTNAT", "KSV", "0334", "future"}}, [][4]string{{"", "", "138", ""}}},

	{"hosting troops is no visit", `
Iran Iran PROPN NNP 2 nsubj
fired fire VERB VBD 0 root
missiles missile NOUN NNS 2 obj
at at ADP IN 7 case
two two NUM CD 7 nummod
Iraqi Iraqi ADJ JJ 7 amod
bases basis NOUN NNS 2 obl
hosting host VERB VBG 7 acl
US US PROPN NNP 10 compound
troops troops NOUN NNS 8 obj
. . PUNCT . 2 punct`, [][4]string{{"IRN", "IRQ", "195", "asserted"}}, [][4]string{{"", "", "043", ""}}},

	{"a progressive read as an adjective of a predicate noun is the verb", `
Niger Niger PROPN NNP 2 nsubj
announced announce VERB VBD 0 root
it it PRON PRP 7 nsubj
was be AUX VBD 7 cop
also also ADV RB 7 advmod
severing severing ADJ JJ 7 amod
relations relation NOUN NNS 2 ccomp
with with ADP IN 9 case
Ukraine Ukraine PROPN NNP 7 nmod
. . PUNCT . 2 punct`, [][4]string{{"NER", "UKR", "161", ""}}, nil},

	{"rejecting calls for talks rejects talks with whom they would be", `
Sudan Sudan PROPN NNP 4 nmod:poss
's 's PART POS 1 case
army army NOUN NN 4 compound
chief chief NOUN NN 5 nsubj
rejected reject VERB VBD 0 root
calls call NOUN NNS 5 obj
for for ADP IN 8 case
talks talk NOUN NNS 6 nmod
with with ADP IN 11 case
the the DET DT 11 det
RSF RSF PROPN NNP 8 nmod
. . PUNCT . 5 punct`, [][4]string{{"SDNMIL", "SDNREB", "125", "asserted"}}, nil},

	{"rejecting a proposal of talks rejects whose proposal it is", `
Israel Israel PROPN NNP 2 nsubj
rejected reject VERB VBD 0 root
an a DET DT 5 det
Egyptian Egyptian ADJ JJ 5 amod
proposal proposal NOUN NN 2 obj
for for ADP IN 7 case
negotiations negotiation NOUN NNS 5 nmod
with with ADP IN 9 case
Hamas Hamas PROPN NNP 7 nmod
. . PUNCT . 2 punct`, [][4]string{{"ISR", "EGY", "125", "asserted"}}, [][4]string{{"ISR", "PSE", "", ""}}},

	{"a preposition the parser read as a particle opens the noun after it", `
Taiwan Taiwan PROPN NNP 2 nsubj
called call VERB VBD 0 root
on on ADP RP 2 compound:prt
Beijing Beijing PROPN NNP 2 xcomp
to to PART TO 6 mark
stop stop VERB VB 2 advcl
its its PRON PRP$ 8 nmod:poss
provocations provocation NOUN NNS 6 obj
. . PUNCT . 2 punct`, [][4]string{{"TWN", "CHNGOV", "0256", "asserted"}}, nil},

	{"a place's name inside a person's name is no place", `
Security security NOUN NN 2 compound
forces force NOUN NNS 3 nsubj
killed kill VERB VBD 0 root
six six NUM CD 5 nummod
attackers attacker NOUN NNS 3 obj
, , PUNCT , 13 punct
police police NOUN NNS 8 compound
spokesman spokesman NOUN NN 9 nmod:desc
Abdifatah Abdifatah PROPN NNP 12 nsubj
Aden Aden PROPN NNP 9 flat
Hassan Hassan PROPN NNP 9 flat
said say VERB VBD 3 parataxis
. . PUNCT . 3 punct`, nil, [][4]string{{"YEM", "", "", ""}, {"", "YEM", "", ""}}},

	{"a participle between a plural and the noun hung on it is the plural's verb; taking to the streets is a protest", `
Thousands thousand NOUN NNS 4 nsubj
of of ADP IN 3 case
protesters protester NOUN NNS 1 nmod
took take VERB VBD 0 root
to to ADP IN 7 case
the the DET DT 7 det
streets street NOUN NNS 4 obl
of of ADP IN 9 case
Caracas Caracas PROPN NNP 7 nmod
, , PUNCT , 13 punct
and and CCONJ CC 13 cc
security security NOUN NN 13 compound
forces force NOUN NNS 4 conj
fired fire VERB VBN 16 amod
tear tear NOUN NN 16 compound
gas gas NOUN NN 13 nmod
at at ADP IN 18 case
demonstrators demonstrator NOUN NNS 13 nmod
. . PUNCT . 4 punct`, [][4]string{{"VENCOP", "VENOPP", "175", "asserted"}, {"VENOPP", "VEN", "141", "asserted"}}, nil},

	{"congratulating is praise", `
Russia Russia PROPN NNP 2 nsubj
congratulated congratulate VERB VBD 0 root
Venezuela Venezuela PROPN NNP 2 obj
. . PUNCT . 2 punct`, [][4]string{{"RUS", "VEN", "051", "asserted"}}, nil},

	{"withdrawing diplomatic staff from a list of states reduces relations with each", `
Venezuela Venezuela PROPN NNP 2 nsubj
withdrew withdraw VERB VBD 0 root
its its PRON PRP$ 5 nmod:poss
diplomatic diplomatic ADJ JJ 5 amod
staff staff NOUN NN 2 obj
from from ADP IN 7 case
Argentina Argentina PROPN NNP 5 nmod
and and CCONJ CC 9 cc
Peru Peru PROPN NNP 7 conj
. . PUNCT . 2 punct`, [][4]string{{"VEN", "ARG", "161", "asserted"}, {"VEN", "PER", "161", "asserted"}}, nil},

	{"a participle set off by a comma after a failure is not what failed", `
Egypt Egypt PROPN NNP 2 nsubj
said say VERB VBD 0 root
the the DET DT 4 det
talks talk NOUN NNS 8 nsubj
with with ADP IN 6 case
Ethiopia Ethiopia PROPN NNP 4 nmod
had have AUX VBD 8 aux
failed fail VERB VBN 2 ccomp
, , PUNCT , 10 punct
blaming blame VERB VBG 8 advcl
Addis Addis PROPN NNP 14 nmod:poss
Ababa Ababa PROPN NNP 11 flat
's 's PART POS 11 case
intransigence intransigence NOUN NN 10 obj
. . PUNCT . 2 punct`, [][4]string{{"EGY", "ETH", "112", ""}}, [][4]string{{"", "", "", "denied"}}},

	{"a participle set off by a comma after a denial is not what is denied", `
Iran Iran PROPN NNP 2 nsubj
denied deny VERB VBD 0 root
the the DET DT 4 det
report report NOUN NN 2 obj
, , PUNCT , 6 punct
accusing accuse VERB VBG 2 advcl
Pakistan Pakistan PROPN NNP 6 obj
of of SCONJ IN 9 mark
lying lie VERB VBG 6 advcl
. . PUNCT . 2 punct`, [][4]string{{"IRN", "PAK", "112", "asserted"}}, nil},

	{"troops arriving are no visit", `
Russian Russian ADJ JJ 2 amod
troops troops NOUN NNS 3 nsubj
arrived arrive VERB VBD 0 root
in in ADP IN 5 case
Belarus Belarus PROPN NNP 3 obl
for for ADP IN 8 case
joint joint ADJ JJ 8 amod
exercises exercise NOUN NNS 3 obl
. . PUNCT . 3 punct`, nil, [][4]string{{"RUS", "BLR", "042", ""}}},

	{"a past tense hung on a root noun as its modifier is the noun's clause; police arriving on a mission protect", `
The the DET DT 3 det
first first ADJ JJ 3 amod
contingent contingent NOUN NN 0 root
of of ADP IN 7 case
Kenyan Kenyan ADJ JJ 7 amod
police police NOUN NN 7 compound
officers officer NOUN NNS 3 nmod
arrived arrive VERB VBD 7 acl
in in ADP IN 10 case
Haiti Haiti PROPN NNP 8 obl
to to PART TO 12 mark
lead lead VERB VB 8 advcl
a a DET DT 15 det
multinational multinational ADJ JJ 15 amod
mission mission NOUN NN 12 obj
. . PUNCT . 3 punct`, [][4]string{{"KENCOP", "HTI", "074", "asserted"}}, [][4]string{{"", "", "042", ""}}},

	{"burning a state's flags is a demonstration against it", `
Protesters protester NOUN NNS 4 nsubj
in in ADP IN 3 case
Baghdad Baghdad PROPN NNP 1 nmod
burned burn VERB VBD 0 root
Turkish Turkish PROPN NNP 6 compound
flags flag NOUN NNS 4 obj
. . PUNCT . 4 punct`, [][4]string{{"IRQ", "TUR", "141", "asserted"}}, [][4]string{{"", "", "145", ""}, {"", "", "1712", ""}}},

	{"protesters gathering outside a state's embassy demonstrate against it", `
Hundreds hundred NOUN NNS 4 nsubj
of of ADP IN 3 case
protesters protester NOUN NNS 1 nmod
gathered gather VERB VBD 0 root
outside outside ADP IN 8 case
the the DET DT 8 det
Turkish Turkish ADJ JJ 8 amod
embassy embassy NOUN NN 4 obl
in in ADP IN 10 case
Baghdad Baghdad PROPN NNP 4 obl
. . PUNCT . 4 punct`, [][4]string{{"IRQ", "TUR", "141", "asserted"}}, nil},

	{"a number counts whom its of-phrase names", `
Nigerian nigerian ADJ JJ 2 amod
police police NOUN NN 3 nsubj
killed kill VERB VBD 0 root
three three NUM CD 3 obj
of of ADP IN 7 case
the the DET DT 7 det
attackers attacker NOUN NNS 4 nmod
. . PUNCT . 3 punct`, [][4]string{{"NGACOP", "NGAUAF", "190", "asserted"}}, nil},

	{"withdrawing from an organisation of states reduces relations with it", `
Mali Mali PROPN NNP 2 nsubj
withdrew withdraw VERB VBD 0 root
from from ADP IN 4 case
ECOWAS ECOWAS PROPN NNP 2 obl
and and CCONJ CC 6 cc
Niger Niger PROPN NNP 7 nsubj
quit quit VERB VBD 2 conj
the the DET DT 10 det
African African PROPN NNP 10 compound
Union Union PROPN NNP 7 obj
. . PUNCT . 2 punct`, [][4]string{{"MLI", "IGOWAFWAS", "161", "asserted"}, {"NER", "IGOAFRAFU", "161", "asserted"}}, nil},

	{"a counted time unit says how long, not when: the truce is still what is agreed", `
Colombia Colombia PROPN NNP 5 nsubj
and and CCONJ CC 4 cc
the the DET DT 4 det
ELN ELN PROPN NNP 1 conj
agreed agree VERB VBD 0 root
to to ADP IN 11 case
a a DET DT 11 det
three three NUM CD 10 nummod
- - PUNCT HYPH 8 punct
month month NOUN NN 11 compound
truce truce NOUN NN 5 obl
. . PUNCT . 5 punct`, [][4]string{{"COL", "COLREB", "0356", "asserted"}}, [][4]string{{"", "", "030", ""}}},

	{"a truce agreed with someone is agreed with them", `
Colombia Colombia PROPN NNP 2 nsubj
agreed agree VERB VBD 0 root
to to ADP IN 5 case
a a DET DT 5 det
truce truce NOUN NN 2 obl
with with ADP IN 8 case
the the DET DT 8 det
ELN ELN PROPN NNP 5 nmod
. . PUNCT . 2 punct`, [][4]string{{"COL", "COLREB", "0356", "asserted"}}, nil},

	{"a generic word alone after its preposition names no one", `
The the DET DT 2 det
UN UN PROPN NNP 3 nsubj
called call VERB VBD 0 root
on on ADP IN 6 case
all all DET DT 6 det
parties party NOUN NNS 3 obl
to to PART TO 8 mark
respect respect VERB VB 3 advcl
international international ADJ JJ 10 amod
law law NOUN NN 8 obj
. . PUNCT . 3 punct`, nil, [][4]string{{"", "PTY", "", ""}}},

	{"aid dropped over a place is aid to it; bombs dropped on it strike it", `
Jordanian jordanian ADJ JJ 2 amod
aircraft aircraft NOUN NN 3 nsubj
dropped drop VERB VBD 0 root
food food NOUN NN 3 obj
over over ADP IN 6 case
Idlib Idlib PROPN NNP 3 obl
, , PUNCT , 11 punct
and and CCONJ CC 11 cc
Israeli Israeli ADJ JJ 10 amod
jets jet NOUN NNS 11 nsubj
dropped drop VERB VBD 3 conj
bombs bomb NOUN NNS 11 obj
on on ADP IN 14 case
Gaza Gaza PROPN NNP 12 nmod
. . PUNCT . 3 punct`, [][4]string{{"JOR", "SYR", "073", "asserted"}, {"ISR", "PSE", "195", "asserted"}}, nil},

	{"an airdrop into a place is aid to it", `
Jordan Jordan PROPN NNP 2 nsubj
airdropped airdrop VERB VBD 0 root
aid aid NOUN NN 2 obj
into into ADP IN 5 case
Gaza Gaza PROPN NNP 2 obl
. . PUNCT . 2 punct`, [][4]string{{"JOR", "PSE", "073", "asserted"}}, nil},

	{"intruding into a state's waters is a show of force; ramming its boat is force", `
Philippine philippine ADJ JJ 2 amod
vessels vessel NOUN NNS 3 nsubj
intruded intrude VERB VBN 0 root
into into ADP IN 6 case
Chinese Chinese ADJ JJ 6 amod
waters water NOUN NNS 3 obl
, , PUNCT , 12 punct
and and CCONJ CC 12 cc
a a DET DT 11 det
Chinese Chinese ADJ JJ 11 amod
ship ship NOUN NN 12 nsubj
rammed ram VERB VBD 3 conj
a a DET DT 15 det
Philippine philippine ADJ JJ 15 amod
boat boat NOUN NN 12 obj
. . PUNCT . 3 punct`, [][4]string{{"PHL", "CHN", "150", "asserted"}, {"CHN", "PHL", "190", "asserted"}}, nil},

	{"a simple past after a reported pluperfect is the reporter's", `
Iran Iran PROPN NNP 2 nsubj
said say VERB VBD 0 root
Pakistan Pakistan PROPN NNP 5 nsubj
had have AUX VBD 5 aux
attacked attack VERB VBN 2 ccomp
it it PRON PRP 5 obj
and and CCONJ CC 8 cc
vowed vow VERB VBD 5 conj
to to PART TO 10 mark
respond respond VERB VB 8 xcomp
. . PUNCT . 2 punct`, [][4]string{{"IRN", "PAK", "138", "threatened"}, {"PAK", "IRN", "190", "claimed"}}, [][4]string{{"PAK", "IRN", "138", ""}}},

	{"a participle's perfect is no reported pluperfect", `
Iran Iran PROPN NNP 2 nsubj
said say VERB VBD 0 root
that that SCONJ IN 7 mark
militants militant NOUN NNS 7 nsubj
, , PUNCT , 7 punct
having have AUX VBG 7 aux
crossed cross VERB VBN 2 ccomp
over over ADV RB 7 advmod
from from ADP IN 10 case
Pakistan Pakistan PROPN NNP 7 obl
, , PUNCT , 12 punct
launched launch VERB VBD 7 conj
an a DET DT 14 det
assault assault NOUN NN 12 obj
on on ADP IN 18 case
a a DET DT 18 det
police police NOUN NN 18 compound
station station NOUN NN 14 nmod
in in ADP IN 20 case
Iran Iran PROPN NNP 18 nmod
. . PUNCT . 2 punct`, [][4]string{{"UAF", "IRNCOP", "190", "claimed"}}, nil},

	{"a second subject after a plural whose phrase ends in a name is that name's conjunct", `
The the DET DT 3 det
foreign foreign ADJ JJ 3 amod
ministers minister NOUN NNS 8 nsubj
of of ADP IN 5 case
Iran Iran PROPN NNP 3 nmod
and and CCONJ CC 8 cc
Pakistan Pakistan PROPN NNP 8 nsubj
met meet VERB VBD 0 root
in in ADP IN 10 case
Davos Davos PROPN NNP 8 obl
. . PUNCT . 8 punct`, [][4]string{{"IRNGOV", "PAKGOV", "040", "asserted"}, {"PAKGOV", "IRNGOV", "040", "asserted"}}, nil},

	{"a clause coordinated with the main one whose subject follows a subordinator's phrase and \"and\" is the subordinate clause", `
The the DET DT 2 det
attack attack NOUN NN 3 nsubj
came come VERB VBD 0 root
a a DET DT 5 det
day day NOUN NN 3 obl:unmarked
after after ADP IN 9 case
the the DET DT 9 det
foreign foreign ADJ JJ 9 amod
ministers minister NOUN NNS 3 obl
of of ADP IN 11 case
Iran Iran PROPN NNP 9 nmod
and and CCONJ CC 14 cc
Pakistan Pakistan PROPN NNP 14 nsubj
met meet VERB VBD 3 conj
in in ADP IN 16 case
Davos Davos PROPN NNP 14 obl
. . PUNCT . 3 punct`, [][4]string{{"IRNGOV", "PAKGOV", "040", "asserted"}, {"PAKGOV", "IRNGOV", "040", "asserted"}}, nil},

	{"a group leader's forces are the group's", `
Haftar Haftar PROPN NNP 3 nmod:poss
's 's PART POS 1 case
forces force NOUN NNS 4 nsubj
launched launch VERB VBD 0 root
an a DET DT 6 det
offensive offensive NOUN NN 4 obj
on on ADP IN 8 case
Tripoli Tripoli PROPN NNP 6 nmod
. . PUNCT . 4 punct`, [][4]string{{"LBYREB", "LBY", "190", "asserted"}}, nil},

	{"troops loyal to a government are its, with the verb hung as the adjective's conjunct", `
Troops troops NOUN NNS 2 nsubj
loyal loyal ADJ JJ 0 root
to to ADP IN 6 case
the the DET DT 6 det
Syrian Syrian ADJ JJ 6 amod
government government NOUN NN 2 obl
shelled shell VERB VBD 2 conj
Turkish Turkish ADJ JJ 9 amod
positions position NOUN NNS 7 obj
. . PUNCT . 2 punct`, [][4]string{{"SYRMIL", "TUR", "194", "asserted"}}, nil},

	{"troops loyal to a leader are his state's, with the to-phrase on the noun", `
Troops troops NOUN NNS 5 nsubj
loyal loyal ADJ JJ 1 amod
to to ADP IN 4 case
Assad Assad PROPN NNP 1 nmod
shelled shell VERB VBD 0 root
Turkish Turkish ADJ JJ 7 amod
positions position NOUN NNS 5 obj
. . PUNCT . 5 punct`, [][4]string{{"SYRMIL", "TUR", "194", "asserted"}}, nil},

	{"restrictions imposed on travel to a state sanction it", `
The the DET DT 2 det
US US PROPN NNP 3 nsubj
imposed impose VERB VBD 0 root
new new ADJ JJ 5 amod
restrictions restriction NOUN NNS 3 obj
on on ADP IN 7 case
travel travel NOUN NN 5 nmod
to to ADP IN 9 case
Cuba Cuba PROPN NNP 7 nmod
. . PUNCT . 3 punct`, [][4]string{{"USA", "CUB", "163", "asserted"}}, nil},

	{"states that agree to pull back their troops agree to de-escalate with each other", `
China China PROPN NNP 4 nsubj
and and CCONJ CC 3 cc
India India PROPN NNP 1 conj
agreed agree VERB VBD 0 root
to to PART TO 6 mark
pull pull VERB VB 4 xcomp
back back ADV RB 6 advmod
their their PRON PRP$ 9 nmod:poss
troops troops NOUN NNS 6 obj
. . PUNCT . 4 punct`, [][4]string{{"CHN", "IND", "0356", "asserted"}, {"IND", "CHN", "0356", "asserted"}}, nil},

	{"airspace closed to a state's flights is an embargo on it", `
Panama Panama PROPN NNP 2 nsubj
closed close VERB VBD 0 root
its its PRON PRP$ 4 nmod:poss
airspace airspace NOUN NN 2 obj
to to ADP IN 6 case
flights flight NOUN NNS 2 obl
from from ADP IN 8 case
Venezuela Venezuela PROPN NNP 6 nmod
, , PUNCT , 12 punct
and and CCONJ CC 12 cc
Colombia Colombia PROPN NNP 12 nsubj
closed close VERB VBD 2 conj
its its PRON PRP$ 14 nmod:poss
airspace airspace NOUN NN 12 obj
to to ADP IN 17 case
Cuban Cuban ADJ JJ 17 amod
flights flight NOUN NNS 12 obl
. . PUNCT . 2 punct`, [][4]string{{"PAN", "VEN", "163", "asserted"}, {"COL", "CUB", "163", "asserted"}}, nil},

	{"urging a state to withdraw a law is no call to de-escalate", `
The the DET DT 3 det
European European ADJ NNP 3 amod
Union Union PROPN NNP 4 nsubj
urged urge VERB VBD 0 root
Georgia Georgia PROPN NNP 4 obj
to to PART TO 7 mark
withdraw withdraw VERB VB 4 xcomp
the the DET DT 9 det
law law NOUN NN 7 obj
. . PUNCT . 4 punct`, [][4]string{{"IGOEUREEC", "GEO", "020", "asserted"}}, [][4]string{{"", "", "0256", ""}}},

	{"a memorandum of understanding with a state is signed with it", `
Ethiopia Ethiopia PROPN NNP 2 nsubj
signed sign VERB VBD 0 root
a a DET DT 4 det
memorandum memorandum NOUN NN 2 obj
of of ADP IN 6 mark
understanding understand VERB VBG 4 acl
with with ADP IN 8 case
Kenya Kenya PROPN NNP 6 obl
. . PUNCT . 2 punct`, [][4]string{{"ETH", "KEN", "057", "asserted"}}, nil},

	{"brokering a truce between sides mediates between them", `
Egypt Egypt PROPN NNP 2 nsubj
brokered broker VERB VBD 0 root
a a DET DT 4 det
ceasefire ceasefire NOUN NN 2 obj
between between ADP IN 6 case
Israel Israel PROPN NNP 4 nmod
and and CCONJ CC 8 cc
Hamas Hamas PROPN NNP 6 conj
. . PUNCT . 2 punct`, [][4]string{{"EGY", "ISR", "045", "asserted"}, {"EGY", "PSEREBHMS", "045", "asserted"}}, nil},

	{"a title that begins a facility's name names no one", `
Iran Iran PROPN NNP 2 nsubj
attacked attack VERB VBD 0 root
Prince Prince PROPN NNP 4 nmod:desc
Sultan Sultan PROPN NNP 6 compound
Air Air PROPN NNP 6 compound
Base Base PROPN NNP 2 obj
in in ADP IN 9 case
Saudi Saudi ADJ NNP 9 amod
Arabia Arabia PROPN NNP 6 nmod
. . PUNCT . 2 punct`, [][4]string{{"IRN", "SAU$", "", "asserted"}}, [][4]string{{"", "SAUGOV", "", ""}}},

	{"what an act is done with is no target", `
The the DET DT 2 det
Houthis Houthis PROPN NNP 3 nsubj
targeted target VERB VBD 0 root
the the DET DT 5 det
airport airport NOUN NN 3 obj
with with ADP IN 8 case
a a DET DT 8 det
missile missile NOUN NN 3 obl
. . PUNCT . 3 punct`, nil, [][4]string{{"", "YEMMIL", "", ""}, {"", "MIL", "", ""}}},

	{"cooperation under review is a policy weighed, not cooperation", `
The the DET DT 2 det
US US PROPN NNP 4 nsubj
is be AUX VBZ 4 aux
reviewing review VERB VBG 0 root
its its PRON PRP$ 6 nmod:poss
cooperation cooperation NOUN NN 4 obj
with with ADP IN 8 case
Georgia Georgia PROPN NNP 6 nmod
. . PUNCT . 4 punct`, [][4]string{{"USA", "GEO", "014", "asserted"}}, [][4]string{{"", "", "050", ""}}},

	{"a past form glued to the object with no conjunction is the object's participle, and places the killing", `
A a DET DT 3 det
drone drone NOUN NN 3 compound
strike strike NOUN NN 4 nsubj
killed kill VERB VBD 0 root
85 85 NUM CD 6 nummod
villagers villager NOUN NNS 4 obj
gathered gather VERB VBD 4 conj
for for ADP IN 10 case
a a DET DT 10 det
festival festival NOUN NN 7 obl
in in ADP IN 12 case
Kaduna Kaduna PROPN NNP 10 nmod
. . PUNCT . 4 punct`, [][4]string{{"NGA", "NGACVL", "190", "asserted"}}, nil},

	{"a participle of the first of two subjects, right before the second, is the verb", `
A a DET DT 4 det
military military ADJ JJ 4 amod
drone drone NOUN NN 4 compound
strike strike NOUN NN 10 nsubj
killed kill VERB VBN 4 acl
at at ADP IN 7 case
least least ADJ JJS 8 nmod
85 85 NUM CD 9 nummod
civilians civilian NOUN NNS 10 nsubj
gathered gather VERB VBD 0 root
for for ADP IN 14 case
a a DET DT 14 det
religious religious ADJ JJ 14 amod
festival festival NOUN NN 10 obl
in in ADP IN 17 case
Kaduna Kaduna PROPN NNP 17 compound
state state NOUN NN 14 nmod
. . PUNCT . 10 punct`, [][4]string{{"NGA", "NGACVL", "190", "asserted"}}, nil},

	{"a place inside the unknown name of a village places the event", `
A a DET DT 4 det
military military ADJ JJ 4 amod
air air NOUN NN 4 compound
strike strike NOUN NN 5 nsubj
killed kill VERB VBD 0 root
20 20 NUM CD 7 nummod
people people NOUN NNS 5 obj
in in ADP IN 10 case
the the DET DT 10 det
village village NOUN NN 5 obl
of of ADP IN 12 case
Tudun Tudun PROPN NNP 10 nmod
Biri Biri PROPN NNP 12 flat
in in ADP IN 15 case
Kaduna Kaduna PROPN NNP 12 nmod
. . PUNCT . 5 punct`, [][4]string{{"NGA", "NGACVL", "195", "asserted"}}, nil},

	{"a ban on imports from a state is an embargo on it", `
China China PROPN NNP 2 nsubj
banned ban VERB VBD 0 root
all all DET DT 4 det
imports import NOUN NNS 2 obj
of of ADP IN 6 case
seafood seafood NOUN NN 4 nmod
from from ADP IN 8 case
Japan Japan PROPN NNP 4 nmod
. . PUNCT . 2 punct`, [][4]string{{"CHN", "JPN", "163", "asserted"}}, nil},

	{"imports from a state restricted are an embargo on it", `
Hong Hong PROPN NNP 3 nsubj
Kong Kong PROPN NNP 1 flat
restricted restrict VERB VBD 0 root
imports import NOUN NNS 3 obj
from from ADP IN 6 case
Japan Japan PROPN NNP 4 nmod
. . PUNCT . 3 punct`, [][4]string{{"HKG", "JPN", "163", "asserted"}}, nil},

	{"a border closed with states restricts movement to each", `
Russia Russia PROPN NNP 2 nsubj
closed close VERB VBD 0 root
its its PRON PRP$ 4 nmod:poss
borders border NOUN NNS 2 obj
with with ADP IN 6 case
Iran Iran PROPN NNP 4 nmod
and and CCONJ CC 8 cc
Turkey Turkey PROPN NNP 6 conj
. . PUNCT . 2 punct`, [][4]string{{"RUS", "IRN", "191", "asserted"}, {"RUS", "TUR", "191", "asserted"}}, nil},

	{"agreements with a state revoked reduce relations with it", `
Niger Niger PROPN NNP 2 nsubj
revoked revoke VERB VBD 0 root
its its PRON PRP$ 5 nmod:poss
military military ADJ JJ 5 amod
agreements agreement NOUN NNS 2 obj
with with ADP IN 7 case
France France PROPN NNP 5 nmod
. . PUNCT . 2 punct`, [][4]string{{"NER", "FRA", "161", "asserted"}}, nil},

	{"a visit by someone to a place, the to-phrase hung on the visitor's name", `
The the DET DT 2 det
talks talk NOUN NNS 3 nsubj
came come VERB VBD 0 root
after after ADP IN 6 case
a a DET DT 6 det
visit visit NOUN NN 3 obl
by by ADP IN 10 case
Foreign Foreign ADJ NNP 9 amod
Minister Minister PROPN NNP 10 nmod:desc
Jean Jean PROPN NNP 6 nmod
Barrot Barrot PROPN NNP 10 flat
to to ADP IN 13 case
Paris Paris PROPN NNP 10 nmod
. . PUNCT . 3 punct`, [][4]string{{"GOV", "FRAGOV", "042", "asserted"}}, nil},

	{"troops leaving a country withdraw from it; \"his\" is not the troops'", `
Senegal Senegal PROPN NNP 3 nmod:poss
's 's PART POS 1 case
president president NOUN NN 4 nsubj
said say VERB VBD 0 root
French French ADJ JJ 6 amod
troops troops NOUN NNS 8 nsubj
would would AUX MD 8 aux
leave leave VERB VB 4 ccomp
his his PRON PRP$ 10 nmod:poss
country country NOUN NN 8 obj
. . PUNCT . 4 punct`, [][4]string{{"FRAMIL", "SEN", "0356", "future"}}, [][4]string{{"FRAMIL", "FRA", "", ""}}},

	{"troops leaving a country retreat from it", `
French French ADJ JJ 2 amod
troops troops NOUN NNS 3 nsubj
left leave VERB VBD 0 root
Mali Mali PROPN NNP 3 obj
in in ADP IN 6 case
August August PROPN NNP 3 obl
. . PUNCT . 3 punct`, [][4]string{{"FRAMIL", "MLI", "0874", "asserted"}}, nil},

	{"asking a body to act: the body is the indirect object", `
Guyana Guyana PROPN NNP 2 nsubj
said say VERB VBD 0 root
it it PRON PRP 5 nsubj
would would AUX MD 5 aux
ask ask VERB VB 2 ccomp
the the DET DT 8 det
Security Security PROPN NNP 8 compound
Council Council PROPN NNP 5 iobj
to to PART TO 10 mark
take take VERB VB 5 xcomp
action action NOUN NN 10 obj
. . PUNCT . 2 punct`, [][4]string{{"GUY", "IGOUNO", "020", "future"}}, nil},

	{"exercises conducted with another's troops are military cooperation, one way", `
Pakistan Pakistan PROPN NNP 2 nsubj
conducted conduct VERB VBD 0 root
exercises exercise NOUN NNS 2 obj
with with ADP IN 6 case
Chinese Chinese ADJ JJ 6 amod
troops troops NOUN NNS 2 obl
. . PUNCT . 2 punct`, [][4]string{{"PAK", "CHNMIL", "062", "asserted"}}, [][4]string{{"CHNMIL", "PAK", "", ""}, {"PAK", "CHN", "150", ""}}},

	{"a bishop is a cleric", `
Nicaraguan Nicaraguan PROPN NNP 2 compound
police police NOUN NN 3 nsubj
arrested arrest VERB VBD 0 root
Bishop Bishop PROPN NNP 5 nmod:desc
Rolando Rolando PROPN NNP 3 obj
Alvarez Alvarez PROPN NNP 5 flat
on on ADP IN 8 case
Friday Friday PROPN NNP 3 obl
. . PUNCT . 3 punct`, [][4]string{{"NICCOP", "NICREL", "173", "asserted"}}, nil},

	{"a relative pronoun before the clause's subject is its object", `
Police police NOUN NNS 2 nsubj
raided raid VERB VBD 0 root
the the DET DT 7 det
Tren Tren PROPN NNP 7 compound
de de PROPN NNP 4 flat
Aragua Aragua PROPN NNP 4 flat
gang gang NOUN NN 2 obj
, , PUNCT , 11 punct
which which PRON WDT 11 nsubj
Washington Washington PROPN NNP 11 nsubj
designated designate VERB VBD 7 acl:relcl
a a DET DT 14 det
terrorist terrorist NOUN NN 14 compound
organisation organisation NOUN NN 11 obj
. . PUNCT . 2 punct`, [][4]string{{"USAGOV", "VENCRM", "172", "asserted"}}, [][4]string{{"VENCRM", "", "172", ""}}},

	{"forcing one's way into an embassy is storming it", `
Ecuadorean ecuadorean ADJ JJ 2 amod
police police NOUN NN 3 nsubj
forced force VERB VBD 0 root
their their PRON PRP$ 5 nmod:poss
way way NOUN NN 3 obj
into into ADP IN 9 case
the the DET DT 9 det
Mexican Mexican ADJ JJ 9 amod
embassy embassy NOUN NN 3 obl
in in ADP IN 11 case
Quito Quito PROPN NNP 9 nmod
. . PUNCT . 3 punct`, [][4]string{{"ECUCOP", "MEXGOV", "190", "asserted"}}, nil},

	{"protesters forcing their way into an embassy protest violently", `
Protesters protester NOUN NNS 2 nsubj
forced force VERB VBD 0 root
their their PRON PRP$ 4 nmod:poss
way way NOUN NN 2 obj
into into ADP IN 8 case
the the DET DT 8 det
French French ADJ JJ 8 amod
embassy embassy NOUN NN 2 obl
in in ADP IN 10 case
Niamey Niamey PROPN NNP 8 nmod
. . PUNCT . 2 punct`, [][4]string{{"NEROPP", "FRAGOV", "145", "asserted"}}, [][4]string{{"NEROPP", "FRAGOV", "190", ""}}},

	{"violence on a civilian place hits the place's people, the state's own forces too", `
Syrian Syrian ADJ JJ 2 amod
jets jet NOUN NNS 3 nsubj
bombed bomb VERB VBD 0 root
a a DET DT 5 det
market market NOUN NN 3 obj
in in ADP IN 7 case
Idlib Idlib PROPN NNP 5 nmod
. . PUNCT . 3 punct`, [][4]string{{"SYR", "SYRCVL", "195", "asserted"}}, nil},

	{"a village taken is the state's territory, not its people", `
Syrian Syrian ADJ JJ 2 amod
rebels rebel NOUN NNS 3 nsubj
captured capture VERB VBD 0 root
a a DET DT 5 det
village village NOUN NN 3 obj
near near ADP IN 7 case
Idlib Idlib PROPN NNP 5 nmod
. . PUNCT . 3 punct`, [][4]string{{"SYRREB", "SYR$", "192", "asserted"}}, [][4]string{{"SYRREB", "SYRCVL", "", ""}}},

	{"an organ named before an act did it, of the sentence's state", `
An a DET DT 4 det
army army NOUN NN 3 compound
drone drone NOUN NN 4 compound
strike strike NOUN NN 5 nsubj
killed kill VERB VBD 0 root
26 26 NUM CD 7 nummod
people people NOUN NNS 5 obj
in in ADP IN 9 case
Kaduna Kaduna PROPN NNP 7 nmod
on on ADP IN 11 case
Sunday Sunday PROPN NNP 9 nmod
. . PUNCT . 5 punct`, [][4]string{{"NGAMIL", "NGACVL", "195", "asserted"}}, nil},

	{"a name hung as an orphan on the oblique after it is the verb's object", `
South South PROPN NNP 2 compound
Sudanese Sudanese PROPN NNP 4 compound
security security NOUN NN 4 compound
forces force NOUN NNS 5 nsubj
arrested arrest VERB VBD 0 root
First First ADJ NNP 8 amod
Vice Vice PROPN NNP 8 compound
President President PROPN NNP 9 nmod:desc
Riek Riek PROPN NNP 13 orphan
Machar Machar PROPN NNP 9 flat
at at ADP IN 13 case
his his PRON PRP$ 13 nmod:poss
home home NOUN NN 5 obl
in in ADP IN 15 case
Juba Juba PROPN NNP 13 nmod
. . PUNCT . 5 punct`, [][4]string{{"SSDCOP", "SSDGOV", "173", "asserted"}}, nil},

	{"the White Army is an armed group, not an army", `
South South PROPN NNP 2 compound
Sudanese Sudanese PROPN NNP 3 amod
troops troops NOUN NNS 4 nsubj
clashed clash VERB VBD 0 root
with with ADP IN 8 case
the the DET DT 8 det
White White PROPN NNP 8 compound
Army Army PROPN NNP 4 obl
. . PUNCT . 4 punct`, [][4]string{{"SSDMIL", "SSDREB", "190", "asserted"}}, [][4]string{{"SSDMIL", "SSDMIL", "", ""}}},

	{"tariffs ordered on a state's imports are an embargo on it", `
Colombia Colombia PROPN NNP 2 nsubj
ordered order VERB VBD 0 root
retaliatory retaliatory ADJ JJ 4 amod
tariffs tariff NOUN NNS 2 obj
of of ADP IN 7 case
25 25 NUM CD 7 nummod
percent percent NOUN NN 4 nmod
on on ADP IN 10 case
US US PROPN NNP 10 compound
imports import NOUN NNS 4 nmod
. . PUNCT . 2 punct`, [][4]string{{"COL", "USA", "163", "asserted"}}, nil},

	{"a root name before a comma and a coordinated subject is the subject's first conjunct", `
Mali Mali PROPN NNP 0 root
, , PUNCT , 3 punct
Burkina Burkina PROPN NNP 7 nsubj
Faso Faso PROPN NNP 3 flat
and and CCONJ CC 6 cc
Niger Niger PROPN NNP 3 conj
recalled recall VERB VBD 1 parataxis
their their PRON PRP$ 9 nmod:poss
ambassadors ambassador NOUN NNS 7 obj
from from ADP IN 11 case
Algiers Algiers NOUN NNP 7 obl
. . PUNCT . 7 punct`, [][4]string{{"MLI", "DZAGOV", "161", "asserted"}, {"BFA", "DZAGOV", "161", "asserted"}, {"NER", "DZAGOV", "161", "asserted"}}, nil},

	{"a place under the unknown name of a town taken places it", `
Rebels rebel NOUN NNS 2 nsubj
captured capture VERB VBD 0 root
the the DET DT 4 det
town town NOUN NN 2 obj
of of ADP IN 6 case
Laukkai Laukkai PROPN NNP 4 nmod
in in ADP IN 8 case
Myanmar Myanmar PROPN NNP 6 nmod
on on ADP IN 10 case
Friday Friday PROPN NNP 2 obl
. . PUNCT . 2 punct`, [][4]string{{"MMRREB", "MMR", "192", "asserted"}}, nil},

	{"one plural between whom fighting is, is both sides: the people it killed are its victims, no side", `
Fighting fight VERB VBG 9 csubj
between between ADP IN 3 case
two two NUM CD 1 obl
of of ADP IN 8 case
Tripoli Tripoli PROPN NNP 8 nmod:poss
's 's PART POS 5 case
armed armed ADJ JJ 8 amod
groups group NOUN NNS 3 nmod
killed kill VERB VBD 0 root
55 55 NUM CD 11 nummod
people people NOUN NNS 9 obj
. . PUNCT . 9 punct`, [][4]string{{"LBYUAF", "LBYCVL", "190", "asserted"}}, [][4]string{{"LBYCVL", "", "", ""}}},

	{"energy supplies cut to a state are an embargo on it", `
Nigeria Nigeria PROPN NNP 3 nsubj
has have VERB VBZ 3 aux
cut cut VERB VBN 0 root
electricity electricity NOUN NN 5 compound
supplies supplies NOUN NNS 3 obj
to to ADP IN 7 case
Niger Niger PROPN NNP 5 nmod
. . PUNCT . 3 punct`, [][4]string{{"NGA", "NER", "163", "asserted"}}, nil},

	{"an envoy declared persona non grata is expelled", `
Peru Peru PROPN NNP 2 nsubj
declared declare VERB VBD 0 root
Mexico Mexico PROPN NNP 6 nmod:poss
's 's PART POS 3 case
ambassador ambassador NOUN NN 6 compound
persona persona NOUN NN 2 obj
non non X FW 8 compound
grata grata NOUN NN 2 xcomp
. . PUNCT . 2 punct`, [][4]string{{"PER", "MEXGOV", "161", "asserted"}}, nil},

	{"a protest chanting anti-X slogans is against X", `
Protesters protester NOUN NNS 2 nsubj
rallied rally VERB VBD 0 root
in in ADP IN 4 case
Niamey Niamey PROPN NNP 2 obl
on on ADP IN 6 case
Friday Friday PROPN NNP 2 obl
, , PUNCT , 8 punct
chanting chant VERB VBG 2 advcl
anti-French anti-french ADJ JJ 10 amod
slogans slogan NOUN NNS 8 obj
. . PUNCT . 2 punct`, [][4]string{{"NEROPP", "FRA", "141", "asserted"}}, [][4]string{{"NEROPP", "NER", "", ""}}},

	{"anti-X protests are against X", `
Protesters protester NOUN NNS 2 nsubj
held hold VERB VBD 0 root
anti-French anti-french ADJ JJ 4 compound
protests protest NOUN NNS 2 obj
in in ADP IN 6 case
Niamey Niamey PROPN NNP 4 nmod
. . PUNCT . 2 punct`, [][4]string{{"NEROPP", "FRA", "141", "asserted"}}, [][4]string{{"NEROPP", "NER", "", ""}}},

	{"a state's boat boarded is coercion of that state", `
Chinese Chinese ADJ JJ 2 amod
coast coast NOUN NN 5 nsubj
guard guard NOUN NN 4 compound
officers officer NOUN NNS 5 nsubj
boarded board VERB VBD 0 root
a a DET DT 9 det
Taiwanese Taiwanese ADJ JJ 9 amod
tourist tourist NOUN NN 9 compound
boat boat NOUN NN 5 obj
near near ADP IN 11 case
Kinmen Kinmen PROPN NNP 9 nmod
on on ADP IN 13 case
Monday Monday PROPN NNP 11 nmod
. . PUNCT . 5 punct`, [][4]string{{"CHNMIL", "TWN", "171", "asserted"}}, nil},

	{"\"the country\" is the one country its sentence names", `
Armed armed ADJ JJ 2 amod
gangs gang NOUN NNS 3 nsubj
stormed storm VERB VBD 0 root
the the DET DT 5 det
country country NOUN NN 8 nmod:poss
's 's PART POS 5 case
largest large ADJ JJS 8 amod
prison prison NOUN NN 3 obj
, , PUNCT , 12 punct
Haiti Haiti PROPN NNP 12 nmod:poss
's 's PART POS 10 case
government government NOUN NN 13 nsubj
said say VERB VBD 3 advcl
. . PUNCT . 13 punct`, [][4]string{{"HTICRM", "HTI", "190", "asserted"}}, nil},

	{"a weapon is not the sentence's one country's: the drone Algeria shot down", `
Algeria Algeria PROPN NNP 4 nmod:poss
's 's PART POS 1 case
defence defence NOUN NN 4 compound
ministry ministry NOUN NN 5 nsubj
said say VERB VBD 0 root
its its PRON PRP$ 8 nmod:poss
air air NOUN NN 8 compound
defences defence NOUN NNS 10 nsubj
had have AUX VBD 10 aux
shot shoot VERB VBN 5 ccomp
down down ADP RP 10 compound:prt
a a DET DT 13 det
drone drone NOUN NN 10 obj
that that PRON WDT 15 nsubj
entered enter VERB VBD 13 acl:relcl
its its PRON PRP$ 17 nmod:poss
airspace airspace NOUN NN 15 obj
. . PUNCT . 5 punct`, [][4]string{{"MIL$", "DZAGOVMIL", "150", "claimed"}}, [][4]string{{"DZAMIL", "", "150", ""}}},

	{"the subject the parser gave an -ing clause set off by a comma is the verb's object", labelledJaishAlAdl, [][4]string{{"USA", "IRNREB", "172", "asserted"}}, nil},

	{"visas suspended for a state's people restrict travel, an embargo on it", `
New New ADJ NNP 2 amod
Delhi Delhi PROPN NNP 4 nsubj
later late ADV RBR 4 advmod
suspended suspend VERB VBD 0 root
visa visa NOUN NN 6 compound
services service NOUN NNS 4 obj
for for ADP IN 8 case
Canadians Canadian PROPN NNPS 6 nmod
. . PUNCT . 4 punct`, [][4]string{{"INDGOV", "CAN", "163", "asserted"}}, nil},

	{"a ship's flag says whose it is", `
Iran Iran PROPN NNP 3 nmod:poss
's 's PART POS 1 case
navy navy NOUN NN 4 nsubj
seized seize VERB VBD 0 root
a a DET DT 9 det
British British ADJ JJ 8 amod
- - PUNCT HYPH 6 punct
flagged flagged ADJ JJ 9 amod
tanker tanker NOUN NN 4 obj
in in ADP IN 12 case
the the DET DT 12 det
Gulf Gulf PROPN NNP 9 nmod
of of ADP IN 14 case
Oman Oman PROPN NNP 12 nmod
. . PUNCT . 4 punct`, [][4]string{{"IRNMIL", "GBR", "1711", "asserted"}}, nil},

	{"troops put on alert near a state's border: the alert is against that state", `
Serbia Serbia PROPN NNP 2 nsubj
put put VERB VB 0 root
its its PRON PRP$ 4 nmod:poss
troops troops NOUN NNS 2 obj
on on ADP IN 7 case
high high ADJ JJ 7 amod
alert alert NOUN NN 2 obl
near near ADP IN 11 case
the the DET DT 11 det
Kosovo Kosovo PROPN NNP 11 compound
border border NOUN NN 2 obl
. . PUNCT . 2 punct`, [][4]string{{"SRB", "KSV", "152", "asserted"}}, [][4]string{{"SRB", "SRBMIL", "", ""}}},

	{"assets of a state's officials frozen are sanctions on it", `
The the DET DT 2 det
EU EU PROPN NNP 4 nsubj
has have AUX VBZ 4 aux
frozen freeze VERB VBN 0 root
the the DET DT 6 det
assets asset NOUN NNS 4 obj
of of ADP IN 10 case
20 20 NUM CD 10 nummod
Iranian Iranian ADJ JJ 10 amod
officials official NOUN NNS 6 nmod
. . PUNCT . 4 punct`, [][4]string{{"IGOEUREEC", "IRNGOV", "163", "asserted"}}, nil},

	{"talks resumed with someone are negotiations with them", `
Colombia Colombia PROPN NNP 2 nsubj
resumed resume VERB VBD 0 root
peace peace NOUN NN 4 compound
talks talk NOUN NNS 2 obj
with with ADP IN 8 case
the the DET DT 8 det
ELN ELN PROPN NNP 8 compound
rebels rebel NOUN NNS 2 obl
in in ADP IN 10 case
Caracas Caracas PROPN NNP 8 nmod
. . PUNCT . 2 punct`, [][4]string{{"COL", "COLREB", "046", "asserted"}, {"COLREB", "COL", "046", "asserted"}}, nil},

	{"sides named after between outrank a subject the trigger would inherit", `
Russia Russia PROPN NNP 2 nsubj
closed close VERB VBD 0 root
its its PRON PRP$ 4 nmod:poss
border border NOUN NN 2 obj
with with ADP IN 6 case
Georgia Georgia PROPN NNP 4 nmod
because because SCONJ IN 9 mark
of of ADP IN 9 mark
fighting fight VERB VBG 2 advcl
between between ADP IN 11 case
Azerbaijan Azerbaijan PROPN NNP 9 obl
and and CCONJ CC 13 cc
Armenia Armenia PROPN NNP 11 conj
. . PUNCT . 2 punct`, [][4]string{{"AZE", "ARM", "190", "asserted"}, {"ARM", "AZE", "190", "asserted"}, {"RUS", "GEO", "191", "asserted"}}, [][4]string{{"RUS", "AZE", "190", ""}}},

	{"an -ing clause before a verb with no subject is that verb's subject", `
The the DET DT 3 det
Sudanese sudanese ADJ JJ 3 amod
army army NOUN NN 4 nsubj
withdrew withdraw VERB VBD 0 root
after after SCONJ IN 6 mark
shelling shell VERB VBG 4 advcl
by by ADP IN 9 case
the the DET DT 9 det
RSF rsf NOUN NN 6 obl
killed kill VERB VBD 4 conj
12 12 NUM CD 12 nummod
soldiers soldier NOUN NNS 10 obj
. . PUNCT . 4 punct`, [][4]string{{"SDNREB", "SDNMIL", "194", "asserted"}}, [][4]string{{"SDNMIL", "MIL", "", ""}}},

	{"a round number's approximator is no preposition", `
Around around ADP IN 4 case
30 30 NUM CD 4 nummod
armed armed ADJ JJ 4 amod
men man NOUN NNS 5 obl
attacked attack VERB VBD 0 root
a a DET DT 9 det
Kosovo Kosovo PROPN NNP 9 compound
police police NOUN NN 9 compound
patrol patrol NOUN NN 5 obj
near near ADP IN 11 case
Banjska Banjska PROPN NNP 9 nmod
. . PUNCT . 5 punct`, [][4]string{{"KSVUAF", "KSVCOP", "190", "asserted"}}, nil},

	{"an object hung on an adjective is the coordinated verb's", `
Vucic Vucic PROPN NNP 2 nsubj
denied deny VERB VBD 0 root
that that SCONJ IN 6 mark
Serbia Serbia PROPN NNP 6 nsubj
was be AUX VBD 6 cop
involved involved ADJ JJ 2 ccomp
and and CCONJ CC 8 cc
blamed blame VERB VBN 6 conj
Kosovo Kosovo PROPN NNP 6 obj
for for ADP IN 12 case
the the DET DT 12 det
violence violence NOUN NN 6 obl
. . PUNCT . 2 punct`, [][4]string{{"SRB", "KSV", "112", "asserted"}}, nil},

	{"a plural that names no one is the members it includes", `
Neighbouring neighbour VERB VBG 2 amod
governments government NOUN NNS 9 nsubj
, , PUNCT , 5 punct
including include VERB VBG 5 case
Brazil Brazil PROPN NNP 2 nmod
and and CCONJ CC 7 cc
Chile Chile PROPN NNP 5 conj
, , PUNCT , 2 punct
condemned condemn VERB VBD 0 root
the the DET DT 11 det
coup coup NOUN NN 9 obj
and and CCONJ CC 13 cc
expressed express VERB VBD 9 conj
support support NOUN NN 13 obj
for for ADP IN 18 case
Bolivia Bolivia PROPN NNP 18 nmod:poss
's 's PART POS 16 case
government government NOUN NN 13 obl
. . PUNCT . 9 punct`, [][4]string{{"BRAGOV", "BOLGOV", "051", "asserted"}, {"CHLGOV", "BOLGOV", "051", "asserted"}}, nil},

	{"a beach is where civilians are", alShabaabAttacksABeach, [][4]string{{"SOMREB", "SOMCVL", "190", "asserted"}}, nil},

	{"killing and capturing are two deeds, and a bare number counts what the first verb took", `
Somali Somali PROPN NNP 3 compound
security security NOUN NN 3 compound
forces force NOUN NNS 4 nsubj
killed kill VERB VBD 0 root
five five NUM CD 6 nummod
militants militant NOUN NNS 4 obj
and and CCONJ CC 8 cc
captured capture VERB VBD 4 conj
two two NUM CD 8 obj
. . PUNCT . 4 punct`, [][4]string{{"SOMCOP", "SOMUAF", "190", "asserted"}, {"SOMCOP", "SOMUAF", "173", "asserted"}}, nil},

	{"what a verb found so is its object", somaliForcesKilledAndCaptured + `
one one NUM CD 12 nsubj
alive alive ADJ JJ 10 xcomp
. . PUNCT . 4 punct`, [][4]string{{"SOMCOP", "SOMUAF", "190", "asserted"}, {"SOMCOP", "SOMUAF", "173", "asserted"}}, nil},

	{"a speech tag read as a relative clause on the object", somaliForcesKilledAndCaptured + `
one one NUM CD 15 nummod
alive alive ADJ JJ 15 amod
, , PUNCT , 12 punct
police police NOUN NN 15 compound
spokesman spokesman NOUN NN 10 obj
Abdifatah Abdifatah PROPN NNP 19 nsubj
Aden Aden PROPN NNP 16 flat
Hassan Hassan PROPN NNP 16 flat
said say VERB VBD 15 acl:relcl
. . PUNCT . 19 punct`, [][4]string{{"SOMCOP", "SOMUAF", "173", "asserted"}}, [][4]string{{"SOMCOP", "COP", "", ""}, {"SOMCOP", "SOMCOP", "", ""}}},

	{"support announced for someone's plan is support for them", `
France France PROPN NNP 2 nsubj
announced announce VERB VBD 0 root
support support NOUN NN 2 obj
for for ADP IN 8 case
Morocco Morocco PROPN NNP 8 nmod:poss
's 's PART POS 5 case
autonomy autonomy NOUN NN 8 compound
plan plan NOUN NN 3 nmod
. . PUNCT . 2 punct`, [][4]string{{"FRA", "MAR", "051", "asserted"}}, nil},

	{"what a state says another should do it demands, and the deed is not told as done", `
Azerbaijan Azerbaijan PROPN NNP 2 nsubj
said say VERB VBD 0 root
Russia Russia PROPN NNP 5 nsubj
should should AUX MD 5 aux
apologise apologise VERB VB 2 ccomp
. . PUNCT . 2 punct`, [][4]string{{"AZE", "RUS", "100", "asserted"}}, [][4]string{{"RUS", "", "055", ""}}},

	{"flights suspended to a state's cities are an embargo on it", `
Azerbaijan Azerbaijan PROPN NNP 2 nsubj
suspended suspend VERB VBD 0 root
flights flight NOUN NNS 2 obj
to to ADP IN 7 case
several several ADJ JJ 7 amod
Russian Russian ADJ JJ 7 amod
cities city NOUN NNS 2 obl
. . PUNCT . 2 punct`, [][4]string{{"AZE", "RUS", "163", "asserted"}}, nil},

	{"diplomats from a list of states are each state's", `
Venezuela Venezuela PROPN NNP 2 nsubj
ordered order VERB VBD 0 root
diplomats diplomat NOUN NNS 2 obj
from from ADP IN 5 case
Argentina Argentina PROPN NNP 3 nmod
, , PUNCT , 7 punct
Chile Chile PROPN NNP 5 conj
, , PUNCT , 9 punct
Peru Peru PROPN NNP 5 conj
and and CCONJ CC 11 cc
Uruguay Uruguay PROPN NNP 5 conj
to to PART TO 13 mark
leave leave VERB VB 2 xcomp
the the DET DT 15 det
country country NOUN NN 13 obj
. . PUNCT . 2 punct`, [][4]string{{"VEN", "ARGGOV", "161", "asserted"}, {"VEN", "CHLGOV", "161", "asserted"}, {"VEN", "PERGOV", "161", "asserted"}, {"VEN", "URYGOV", "161", "asserted"}}, nil},

	{"a noun and its relative pronoun both taken for the relative clause's subject", `
The the DET DT 3 det
Sudanese sudanese ADJ JJ 3 amod
army army NOUN NN 8 nsubj
, , PUNCT , 8 punct
which which PRON WDT 8 nsubj
has have AUX VBZ 8 aux
been be AUX VBN 8 aux
fighting fight VERB VBG 0 root
the the DET DT 10 det
RSF rsf NOUN NN 8 obj
for for ADP IN 13 case
two two NUM CD 13 nummod
years year NOUN NNS 8 obl
, , PUNCT , 15 punct
accused accuse VERB VBN 8 advcl
Chad Chad PROPN NNP 15 obj
of of ADP IN 18 case
genocide genocide NOUN NN 16 nmod
. . PUNCT . 8 punct`, [][4]string{{"SDNMIL", "TCD", "112", "asserted"}}, nil},

	{"a relative clause's subordinator with a subject of its own", `
The the DET DT 3 det
Sudanese sudanese ADJ JJ 3 amod
army army NOUN NN 8 nsubj
, , PUNCT , 8 punct
which which PRON WDT 8 nsubj
has have AUX VBZ 8 aux
been be AUX VBN 8 aux
fighting fight VERB VBG 0 root
the the DET DT 10 det
RSF rsf NOUN NN 8 obj
since since SCONJ IN 15 mark
April April PROPN NNP 15 nsubj
2023 2023 NUM CD 12 nmod:unmarked
, , PUNCT , 12 punct
accused accuse VERB VBD 8 advcl
Chad Chad PROPN NNP 15 obj
of of ADP IN 18 case
genocide genocide NOUN NN 16 nmod
. . PUNCT . 8 punct`, [][4]string{{"SDNMIL", "TCD", "112", "asserted"}}, nil},

	{"a camp overrun is ground taken, whatever lemma the tagger gives", `
The the DET DT 4 det
Rapid rapid ADJ JJ 4 amod
Support support NOUN NN 4 compound
Forces force NOUN NNS 5 nsubj
overran overran VERB VBP 0 root
the the DET DT 8 det
Zamzam Zamzam PROPN NNP 8 compound
camp camp NOUN NN 5 obj
in in ADP IN 10 case
Darfur Darfur PROPN NNP 5 obl
. . PUNCT . 5 punct`, [][4]string{{"SDNREB", "SDN", "192", "asserted"}}, nil},

	{"the one accused, taken for the subject of the charge", `
Israel Israel PROPN NNP 4 nmod:poss
's 's PART POS 1 case
foreign foreign ADJ JJ 4 amod
minister minister NOUN NN 5 nmod:desc
Israel Israel PROPN NNP 7 nsubj
Katz Katz PROPN NNP 5 flat
accused accuse VERB VBD 0 root
President President PROPN NNP 9 nmod:desc
Recep Recep PROPN NNP 14 nsubj
Tayyip Tayyip PROPN NNP 9 flat
Erdogan Erdogan PROPN NNP 9 flat
of of ADP IN 14 case
breaking breaking NOUN NN 14 compound
agreements agreement NOUN NNS 7 obl
by by SCONJ IN 16 mark
blocking block VERB VBG 7 advcl
ports port NOUN NNS 16 obj
for for ADP IN 20 case
Israeli Israeli ADJ JJ 20 amod
imports import NOUN NNS 17 nmod
and and CCONJ CC 22 cc
exports export NOUN NNS 20 conj
. . PUNCT . 7 punct`, [][4]string{{"ISRGOV", "TURGOV", "112", "asserted"}}, nil},

	{"the studio of the broadcaster is the broadcaster's", `
Masked mask VERB VBD 2 amod
gunmen gunman NOUN NNS 3 nsubj
stormed storm VERB VBD 0 root
the the DET DT 5 det
studio studio NOUN NN 3 obj
of of ADP IN 10 case
the the DET DT 10 det
broadcaster broadcaster NOUN NN 9 compound
TC tc NOUN NN 10 compound
Television television NOUN NN 5 nmod
in in ADP IN 14 case
the the DET DT 14 det
Ecuadorean Ecuadorean PROPN NNP 14 compound
city city NOUN NN 3 obl
of of ADP IN 16 case
Guayaquil Guayaquil PROPN NNP 14 nmod
on on ADP IN 18 case
Tuesday Tuesday PROPN NNP 3 obl
. . PUNCT . 3 punct`, [][4]string{{"ECUUAF", "ECUMED", "190", "asserted"}}, nil},

	{"an event's noun tagged as the adjective complement of a light verb", `
Syrian Syrian ADJ JJ 2 amod
rebels rebel NOUN NNS 3 nsubj
launched launch VERB VBD 0 root
a a DET DT 5 det
surprise surprise NOUN NN 3 obj
offensive offensive ADJ JJ 3 xcomp
against against ADP IN 9 case
government government NOUN NN 9 compound
forces force NOUN NNS 6 obl
. . PUNCT . 3 punct`, [][4]string{{"SYRREB", "SYRMIL", "190", "asserted"}}, nil},

	{"troops sent to a border are mobilised against the state beyond it", `
Peru Peru PROPN NNP 2 nsubj
sent send VERB VBD 0 root
troops troops NOUN NNS 2 obj
to to ADP IN 6 case
its its PRON PRP$ 6 nmod:poss
border border NOUN NN 2 obl
with with ADP IN 8 case
Ecuador Ecuador PROPN NNP 6 nmod
. . PUNCT . 2 punct`, [][4]string{{"PER", "ECU", "154", "asserted"}}, nil},

	{"what a claim prompted is told by the reporter, not claimed", `
Ukraine Ukraine PROPN NNP 4 nmod:poss
's 's PART POS 1 case
military military ADJ JJ 4 amod
intelligence intelligence NOUN NN 5 nsubj
suggested suggest VERB VBD 0 root
it it PRON PRP 8 nsubj
had have AUX VBD 8 aux
given give VERB VBN 5 ccomp
the the DET DT 10 det
rebels rebel NOUN NNS 8 obj
information information NOUN NN 8 obj
, , PUNCT , 13 punct
prompting prompt VERB VBG 8 advcl
Mali Mali PROPN NNP 13 obj
to to PART TO 16 mark
cut cut VERB VB 13 xcomp
diplomatic diplomatic ADJ JJ 18 amod
ties tie NOUN NNS 16 obj
with with ADP IN 20 case
Kyiv Kyiv PROPN NNP 18 nmod
. . PUNCT . 5 punct`, [][4]string{{"MLI", "UKRGOV", "161", "asserted"}}, nil},

	{"shot dead, tagged a noun modified by the killers", `
Gunmen gunmen ADJ JJ 2 amod
shot shot NOUN NN 0 root
dead dead ADJ JJ 5 amod
five five NUM CD 5 nummod
villagers villager NOUN NNS 2 obj
in in ADP IN 10 case
Nigeria Nigeria PROPN NNP 10 nmod:poss
's 's PART POS 7 case
Zamfara Zamfara PROPN NNP 10 compound
state state NOUN NN 5 nmod
. . PUNCT . 2 punct`, [][4]string{{"NGAUAF", "NGACVL", "193", "asserted"}}, nil},

	{"shot dead, tagged a noun that is the killed's subject", `
Kenyan Kenyan ADJ JJ 3 amod
police police NOUN NN 3 compound
shot shot NOUN NN 6 nsubj
dead dead ADJ JJ 6 amod
two two NUM CD 6 nummod
protesters protester NOUN NNS 0 root
. . PUNCT . 6 punct`, [][4]string{{"KENCOP", "KENOPP", "193", "asserted"}}, nil},

	{"shot dead, tagged a noun with the killed hung on it", `
Mozambican mozambican ADJ JJ 3 amod
police police NOUN NN 3 compound
shot shot NOUN NN 0 root
dead dead ADJ JJ 8 amod
at at ADP IN 6 case
least least ADJ JJS 7 nmod
30 30 NUM CD 8 nummod
people people NOUN NNS 3 nmod
. . PUNCT . 3 punct`, [][4]string{{"MOZCOP", "MOZCVL", "193", "asserted"}}, nil},

	{"planeloads of weapons are weapons", `
Egypt Egypt PROPN NNP 2 nsubj
delivered deliver VERB VBD 0 root
two two NUM CD 4 nummod
planeloads planeload NOUN NNS 2 obj
of of ADP IN 6 case
weapons weapon NOUN NNS 4 nmod
to to ADP IN 8 case
Somalia Somalia PROPN NNP 2 obl
. . PUNCT . 2 punct`, [][4]string{{"EGY", "SOM", "072", "asserted"}}, nil},

	{"a case filed against a state; the one accused, named before the pronoun; what the accused did by the charge", `
Sudan Sudan PROPN NNP 3 nsubj
has have AUX VBZ 3 aux
filed file VERB VBN 0 root
a a DET DT 5 det
case case NOUN NN 3 obj
against against ADP IN 10 case
the the DET DT 10 det
United United ADJ NNP 10 amod
Arab Arab ADJ NNP 10 amod
Emirates Emirates PROPN NNP 5 nmod
at at ADP IN 14 case
the the DET DT 14 det
International International ADJ NNP 14 amod
Court Court PROPN NNP 3 obl
of of ADP IN 16 case
Justice Justice PROPN NNP 14 nmod
, , PUNCT , 18 punct
accusing accuse VERB VBG 3 advcl
it it PRON PRP 18 obj
of of ADP IN 21 case
complicity complicity NOUN NN 18 obl
in in ADP IN 23 case
genocide genocide NOUN NN 18 obl
by by SCONJ IN 25 mark
arming arm VERB VBG 18 advcl
the the DET DT 29 det
Rapid rapid ADJ JJ 29 amod
Support support NOUN NN 29 compound
Forces force NOUN NNS 25 obj
in in ADP IN 32 case
West West PROPN NNP 32 compound
Darfur Darfur PROPN NNP 29 nmod
, , PUNCT , 35 punct
the the DET DT 35 det
court court NOUN NN 29 appos
said say VERB VBD 3 conj
on on ADP IN 38 case
Thursday Thursday PROPN NNP 36 obl
. . PUNCT . 36 punct`, [][4]string{{"SDN", "ARE", "115", "asserted"}, {"SDN", "ARE", "112", "asserted"}, {"ARE", "SDNREB", "072", "claimed"}}, [][4]string{{"SDN", "SDNREB", "", ""}, {"SDN", "IGOUNOJUDICJ", "", ""}}},

	{"a border crossing taken for a participle; a clause taken for a phrase", `
South South PROPN NNP 2 compound
Africa Africa PROPN NNP 3 nsubj
closed close VERB VBD 0 root
its its PRON PRP$ 6 nmod:poss
main main ADJ JJ 6 amod
border border NOUN NN 3 obj
crossing cross VERB VBG 6 acl
with with ADP IN 9 case
Mozambique Mozambique PROPN NNP 7 obl
after after ADP IN 11 case
protesters protester NOUN NNS 7 obl
set set VERB VBN 19 amod
fire fire NOUN NN 12 obj
to to ADP IN 15 case
trucks truck NOUN NNS 12 obl
near near ADP IN 18 case
the the DET DT 18 det
frontier frontier NOUN NN 15 nmod
. . PUNCT . 3 punct`, [][4]string{{"ZAF", "MOZ", "191", "asserted"}}, nil},

	{"forces loyal to someone, read as the root with the verb beside it; control taken of a place", `
Forces force NOUN NNS 2 nsubj
loyal loyal ADJ JJ 0 root
to to ADP IN 5 case
a a DET DT 5 det
faction faction NOUN NN 2 obl
of of ADP IN 12 case
the the DET DT 9 det
Tigray Tigray PROPN NNP 9 amod
People People PROPN NNPS 12 nmod:poss
's 's PART POS 9 case
Liberation Liberation PROPN NNP 12 compound
Front Front PROPN NNP 5 nmod
led lead VERB VBD 5 acl
by by ADP IN 15 case
Debretsion Debretsion PROPN NNP 13 obl:agent
Gebremichael Gebremichael PROPN NNP 15 flat
took take VERB VBD 2 parataxis
control control NOUN NN 17 obj
of of ADP IN 24 case
the the DET DT 22 det
regional regional ADJ JJ 22 amod
administration administration NOUN NN 24 nmod:poss
's 's PART POS 22 case
offices office NOUN NNS 18 nmod
in in ADP IN 26 case
Mekelle Mekelle PROPN NNP 24 nmod
on on ADP IN 28 case
Tuesday Tuesday PROPN NNP 24 nmod
, , PUNCT , 34 punct
the the DET DT 31 det
region region NOUN NN 34 nmod:poss
's 's PART POS 31 case
interim interim ADJ JJ 34 amod
president president NOUN NN 17 parataxis
Getachew Getachew PROPN NNP 34 flat
Reda Reda PROPN NNP 34 flat
said say VERB VBD 2 parataxis
. . PUNCT . 37 punct`, [][4]string{{"ETHPTY", "ETHGOV", "192", "asserted"}}, nil},

	{"called on a state to release someone, with \"on\" taken for a subordinator", `
Ivory Ivory PROPN NNP 3 nsubj
Coast Coast PROPN NNP 1 flat
called call VERB VBD 0 root
on on ADP IN 8 mark
Burkina Burkina PROPN NNP 8 nsubj
Faso Faso PROPN NNP 5 flat
to to PART TO 8 mark
release release VERB VB 3 advcl
the the DET DT 11 det
two two NUM CD 11 nummod
gendarmes gendarme NOUN NNS 8 obj
. . PUNCT . 3 punct`, [][4]string{{"CIV", "BFA", "0253", "asserted"}}, nil},

	{"a weapon that struck, read as a weapon struck", `
A a DET DT 3 det
Turkish Turkish ADJ JJ 3 amod
drone drone NOUN NN 20 ccomp
struck strike VERB VBN 3 acl
near near ADP IN 7 case
the the DET DT 7 det
airport airport NOUN NN 4 obl
in in ADP IN 12 case
the the DET DT 12 det
Iraqi Iraqi ADJ JJ 12 amod
Kurdish Kurdish ADJ JJ 12 amod
city city NOUN NN 4 obl
of of ADP IN 14 case
Sulaymaniyah Sulaymaniyah PROPN NNP 12 nmod
on on ADP IN 16 case
Friday Friday PROPN NNP 12 nmod
, , PUNCT , 3 punct
Kurdish Kurdish ADJ JJ 19 amod
officials official NOUN NNS 20 nsubj
said say VERB VBD 0 root
. . PUNCT . 20 punct`, [][4]string{{"TURMIL", "IRQ", "195", "claimed"}}, [][4]string{{"IRQ", "TURMIL", "", ""}}},

	{"troops pulled out of a state, with out of read as one preposition", `
France France PROPN NNP 3 nsubj
will will AUX MD 3 aux
pull pull VERB VB 0 root
its its PRON PRP$ 5 nmod:poss
troops troops NOUN NNS 3 obj
out out ADP IN 8 case
of of ADP IN 8 case
Burkina Burkina PROPN NNP 3 obl
Faso Faso PROPN NNP 8 flat
. . PUNCT . 3 punct`, [][4]string{{"FRA", "BFA", "0356", "future"}}, nil},

	{"a protest against a killing is against the killers, not the killed", `
Bangladesh Bangladesh PROPN NNP 2 nsubj
summoned summon VERB VBD 0 root
India India PROPN NNP 7 nmod:poss
's 's PART POS 3 case
acting acting ADJ JJ 7 amod
high high ADJ JJ 7 amod
commissioner commissioner NOUN NN 2 obj
in in ADP IN 9 case
Dhaka Dhaka PROPN NNP 2 obl
on on ADP IN 11 case
Sunday Sunday PROPN NNP 9 nmod
to to PART TO 13 mark
protest protest VERB VB 2 advcl
against against ADP IN 16 case
the the DET DT 16 det
killing killing NOUN NN 13 obl
of of ADP IN 24 case
a a DET DT 24 det
15 15 NUM CD 21 nummod
- - PUNCT HYPH 19 punct
year year NOUN NN 23 obl:unmarked
- - PUNCT HYPH 21 punct
old old ADJ JJ 24 amod
girl girl NOUN NN 16 nmod
by by ADP IN 30 case
India India PROPN NNP 30 nmod:poss
's 's PART POS 26 case
Border Border PROPN NNP 29 compound
Security Security PROPN NNP 30 compound
Force Force PROPN NNP 24 nmod
. . PUNCT . 2 punct`, [][4]string{{"BGD", "INDCOP", "140", "asserted"}}, [][4]string{{"BGD", "CVL", "140", ""}}},

	{"an embassy's staff ordered to leave are expelled", `
Lithuania Lithuania PROPN NNP 2 nsubj
ordered order VERB VBD 0 root
three three NUM CD 5 nummod
staff staff NOUN NN 5 compound
members member NOUN NNS 2 obj
of of ADP IN 9 case
the the DET DT 9 det
Chinese Chinese ADJ JJ 9 amod
embassy embassy NOUN NN 5 nmod
in in ADP IN 11 case
Vilnius Vilnius PROPN NNP 9 nmod
to to PART TO 13 mark
leave leave VERB VB 2 xcomp
the the DET DT 15 det
country country NOUN NN 13 obj
. . PUNCT . 2 punct`, [][4]string{{"LTU", "CHNGOV", "161", "asserted"}}, [][4]string{{"LTU", "", "100", ""}}},

	{"a reported would on the verb above the event is the speaker's will", `
Iran Iran PROPN NNP 2 nsubj
said say VERB VBD 0 root
Tehran Tehran PROPN NNP 5 nsubj
would would AUX MD 5 aux
continue continue VERB VB 2 ccomp
to to PART TO 7 mark
support support VERB VB 5 xcomp
the the DET DT 10 det
Syrian Syrian ADJ JJ 10 amod
government government NOUN NN 7 obj
. . PUNCT . 2 punct`, [][4]string{{"IRNGOV", "SYRGOV", "032", "future"}}, [][4]string{{"IRNGOV", "SYRGOV", "", "hypothetical"}}},

	{"what hit a mine was hit by it", `
A a DET DT 3 det
UN UN PROPN NNP 3 compound
convoy convoy NOUN NN 4 nsubj
hit hit VERB VBD 0 root
a a DET DT 6 det
landmine landmine NOUN NN 4 obj
near near ADP IN 8 case
Kidal Kidal PROPN NNP 6 nmod
in in ADP IN 10 case
Mali Mali PROPN NNP 6 nmod
. . PUNCT . 4 punct`, [][4]string{{"MLI", "IGOUNO", "183", "asserted"}}, [][4]string{{"IGOUNO", "", "", ""}}},

	{"placed under house arrest is arrested", `
Gabon Gabon PROPN NNP 3 nmod:poss
's 's PART POS 1 case
army army NOUN NN 4 nsubj
placed place VERB VBD 0 root
President President PROPN NNP 6 nmod:desc
Ali Ali PROPN NNP 4 obj
Bongo Bongo PROPN NNP 6 flat
under under ADP IN 10 case
house house NOUN NN 10 compound
arrest arrest NOUN NN 4 obl
. . PUNCT . 4 punct`, [][4]string{{"GABMIL", "GABGOV", "173", "asserted"}}, nil},

	{"a state's membership suspended by an organisation", `
The the DET DT 3 det
African African ADJ NNP 3 amod
Union Union PROPN NNP 4 nsubj
suspended suspend VERB VBD 0 root
Gabon Gabon PROPN NNP 7 nmod:poss
's 's PART POS 5 case
membership membership NOUN NN 4 obj
. . PUNCT . 4 punct`, [][4]string{{"IGOAFRAFU", "GAB", "161", "asserted"}}, nil},

	{"neighbouring tagged a verb with the neighbour its object", `
Sudan Sudan PROPN NNP 3 nmod:poss
's 's PART POS 1 case
army army NOUN NN 4 nsubj
accused accuse VERB VBD 0 root
neighbouring neighbour VERB VBG 4 xcomp
Chad Chad PROPN NNP 5 obj
on on ADP IN 8 case
Tuesday Tuesday PROPN NNP 5 obl
of of SCONJ IN 10 mark
allowing allow VERB VBG 5 advcl
weapons weapon NOUN NNS 10 obj
to to PART TO 13 mark
reach reach VERB VB 10 advcl
the the DET DT 15 det
RSF rsf NOUN NN 13 obj
. . PUNCT . 4 punct`, [][4]string{{"SDNMIL", "TCD", "112", "asserted"}}, nil},

	{"the counted noun after \"more than a dozen\" is the object", `
Iran Iran PROPN NNP 2 nsubj
launched launch VERB VBD 0 root
more more ADJ JJR 2 obj
than than ADP IN 8 case
a a DET DT 6 det
dozen dozen NUM CD 8 nummod
ballistic ballistic ADJ JJ 8 amod
missiles missile NOUN NNS 3 obl
at at ADP IN 12 case
two two NUM CD 12 nummod
Iraqi Iraqi ADJ JJ 12 amod
bases basis NOUN NNS 2 obl
. . PUNCT . 2 punct`, [][4]string{{"IRN", "IRQ", "195", "asserted"}}, nil},

	{"what one flies somewhere is carried, not visiting", `
The the DET DT 2 det
army army NOUN NN 3 nsubj
flew fly VERB VBD 0 root
Guzman Guzman PROPN NNP 3 obj
to to ADP IN 7 case
Mexico Mexico PROPN NNP 7 compound
City City PROPN NNP 3 obl
. . PUNCT . 3 punct`, nil, [][4]string{{"", "", "042", ""}}},

	{"whom an event noun killed, with the office an apposition gives one out of office, over the place of its at-phrase", `
A a DET DT 4 det
US US PROPN NNP 4 compound
drone drone NOUN NN 4 compound
strike strike NOUN NN 8 nsubj
at at ADP IN 7 case
Baghdad Baghdad PROPN NNP 7 compound
airport airport NOUN NN 4 nmod
killed kill VERB VBD 0 root
Qassem Qassem PROPN NNP 8 obj
Soleimani Soleimani PROPN NNP 9 flat
, , PUNCT , 13 punct
the the DET DT 13 det
commander commander NOUN NN 9 appos
of of ADP IN 18 case
Iran Iran PROPN NNP 18 nmod:poss
's 's PART POS 15 case
Quds Quds PROPN NNP 18 compound
Force Force PROPN NNP 13 nmod
. . PUNCT . 8 punct`, [][4]string{{"USAMIL", "IRNMIL", "195", "asserted"}}, [][4]string{{"", "IRQ", "", ""}}},

	{"vowed revenge against a state threatens it", `
Khamenei Khamenei PROPN NNP 2 nsubj
vowed vow VERB VBD 0 root
severe severe ADJ JJ 4 amod
revenge revenge NOUN NN 2 obj
against against ADP IN 8 case
the the DET DT 8 det
United United VERB NNP 8 amod
States State PROPN NNPS 4 nmod
. . PUNCT . 2 punct`, [][4]string{{"IRN", "USA", "138", "threatened"}}, nil},

	{"whom a place is retaken from is the target", `
Sudan Sudan PROPN NNP 3 nmod:poss
's 's PART POS 1 case
army army NOUN NN 4 nsubj
recaptured recapture VERB VBD 0 root
Wad Wad PROPN NNP 4 obj
Madani Madani PROPN NNP 5 flat
from from ADP IN 11 case
the the DET DT 11 det
Rapid rapid ADJ JJ 11 amod
Support support NOUN NN 11 compound
Forces force NOUN NNS 4 obl
. . PUNCT . 4 punct`, [][4]string{{"SDNMIL", "SDNREB", "192", "asserted"}}, nil},

	{"a from-phrase taken for a second object", `
Sudan Sudan PROPN NNP 3 nmod:poss
's 's PART POS 1 case
army army NOUN NN 4 nsubj
said say VERB VBD 0 root
on on ADP IN 6 case
Saturday Saturday PROPN NNP 4 obl
it it PRON PRP 9 nsubj
had have AUX VBD 9 aux
recaptured recapture VERB VBN 4 ccomp
Wad Wad PROPN NNP 24 nmod
Madani Madani PROPN NNP 10 flat
, , PUNCT , 14 punct
the the DET DT 14 det
capital capital NOUN NN 10 appos
of of ADP IN 17 case
Gezira Gezira PROPN NNP 17 compound
state state NOUN NN 14 nmod
, , PUNCT , 24 punct
from from ADP IN 24 case
the the DET DT 24 det
paramilitary paramilitary ADJ JJ 24 amod
Rapid rapid ADJ JJ 23 amod
Support support NOUN NN 24 compound
Forces force NOUN NNS 9 obj
. . PUNCT . 4 punct`, [][4]string{{"SDNMIL", "SDNREB", "192", "claimed"}}, [][4]string{{"", "MIL", "", ""}}},

	{"agreeing to end a dispute is an intent to settle it, each with the other", `
Somalia Somalia PROPN NNP 4 nsubj
and and CCONJ CC 3 cc
Ethiopia Ethiopia PROPN NNP 1 conj
agreed agree VERB VBD 0 root
to to PART TO 6 mark
end end VERB VB 4 xcomp
their their PRON PRP$ 8 nmod:poss
dispute dispute NOUN NN 6 obj
. . PUNCT . 4 punct`, [][4]string{{"SOM", "ETH", "037", "asserted"}, {"ETH", "SOM", "037", "asserted"}}, nil},

	{"evacuating one's diplomats from a state reduces relations with it", `
Azerbaijan Azerbaijan PROPN NNP 2 nsubj
evacuated evacuate VERB VBD 0 root
its its PRON PRP$ 4 nmod:poss
diplomats diplomat NOUN NNS 2 obj
from from ADP IN 6 case
Iran Iran PROPN NNP 4 nmod
. . PUNCT . 2 punct`, [][4]string{{"AZE", "IRN", "161", "asserted"}}, nil},

	{"the fallen of two sides named by count are the sides of the clash they fell in", `
Ten ten NUM CD 3 nummod
Mexican Mexican ADJ JJ 3 amod
soldiers soldier NOUN NNS 9 nsubj:pass
and and CCONJ CC 7 cc
19 19 NUM CD 7 nummod
cartel cartel NOUN NN 7 compound
members member NOUN NNS 3 conj
were be AUX VBD 9 aux:pass
killed kill VERB VBN 0 root
in in ADP IN 12 case
a a DET DT 12 det
clash clash NOUN NN 9 obl
. . PUNCT . 9 punct`, [][4]string{{"MEXMIL", "MEXCRM", "190", "asserted"}, {"MEXCRM", "MEXMIL", "190", "asserted"}}, nil},

	{"the fallen of one side are no side of the clash they fell in by themselves", `
Five five NUM CD 2 nummod
protesters protester NOUN NNS 4 nsubj:pass
were be AUX VBD 4 aux:pass
killed kill VERB VBN 0 root
in in ADP IN 6 case
clashes clash NOUN NNS 4 obl
in in ADP IN 8 case
Nairobi Nairobi PROPN NNP 6 nmod
. . PUNCT . 4 punct`, nil, [][4]string{{"KENOPP", "KEN", "", ""}}},

	{"expressed dissatisfaction with a state criticises it", `
China China PROPN NNP 2 nsubj
expressed express VERB VBD 0 root
strong strong ADJ JJ 4 amod
dissatisfaction dissatisfaction NOUN NN 2 obj
with with ADP IN 8 case
the the DET DT 8 det
United United VERB NNP 8 amod
States State PROPN NNPS 4 nmod
. . PUNCT . 2 punct`, [][4]string{{"CHN", "USA", "111", "asserted"}}, nil},

	{"an explosion no one is named for befell whom it killed, by unidentified attackers", `
A a DET DT 3 det
car car NOUN NN 3 compound
bomb bomb NOUN NN 4 nsubj
exploded explode VERB VBD 0 root
in in ADP IN 6 case
Baghdad Baghdad PROPN NNP 4 obl
on on ADP IN 8 case
Tuesday Tuesday PROPN NNP 4 obl
, , PUNCT , 10 punct
killing kill VERB VBG 4 advcl
five five NUM CD 12 nummod
people people NOUN NNS 10 obj
. . PUNCT . 4 punct`, [][4]string{{"IRQ", "IRQCVL", "183", "asserted"}}, nil},

	{"what exploded is no one's act, though an actor is named right before the verb", `
Thousands thousand NOUN NNS 9 nsubj
of of ADP IN 3 case
pagers pager NOUN NNS 1 nmod
used use VERB VBN 1 acl
by by ADP IN 6 case
members member NOUN NNS 4 obl:agent
of of ADP IN 8 case
Hezbollah Hezbollah PROPN NNP 6 nmod
exploded explode VERB VBD 0 root
across across ADP IN 11 case
Lebanon Lebanon PROPN NNP 9 obl
on on ADP IN 13 case
Tuesday Tuesday PROPN NNP 9 obl
. . PUNCT . 9 punct`, nil, [][4]string{{"LBNREB", "", "", ""}}},

	{"a state executing people kills them", `
Iran Iran PROPN NNP 2 nsubj
executed execute VERB VBD 0 root
two two NUM CD 4 nummod
protesters protester NOUN NNS 2 obj
. . PUNCT . 2 punct`, [][4]string{{"IRN", "IRNOPP", "1823", "asserted"}}, nil},

	{"executing plans kills no one", `
Iran Iran PROPN NNP 2 nsubj
executed execute VERB VBD 0 root
the the DET DT 4 det
plans plan NOUN NNS 2 obj
of of ADP IN 6 case
Hamas Hamas PROPN NNP 4 nmod
. . PUNCT . 2 punct`, nil, [][4]string{{"", "", "1823", ""}}},

	{"a verdict names the doer in its as-phrase, by its state, not a sector adjective", `
Lebanon Lebanon PROPN NNP 2 nsubj
condemned condemn VERB VBD 0 root
the the DET DT 4 det
attack attack NOUN NN 2 obj
as as ADP IN 9 case
a a DET DT 9 det
criminal criminal ADJ JJ 9 amod
Israeli Israeli ADJ JJ 9 amod
aggression aggression NOUN NN 2 obl
. . PUNCT . 2 punct`, [][4]string{{"LBN", "ISR", "111", "asserted"}}, [][4]string{{"LBN", "CRM", "", ""}}},

	{"who died during a raid is its target, and police of no state named are those of where they acted", `
Two two NUM CD 3 nummod
Azerbaijani Azerbaijani PROPN NNP 3 compound
brothers brother NOUN NNS 4 nsubj
died die VERB VBD 0 root
during during ADP IN 8 case
a a DET DT 8 det
police police NOUN NN 8 compound
raid raid NOUN NN 4 obl
in in ADP IN 12 case
the the DET DT 12 det
Russian Russian ADJ JJ 12 amod
city city NOUN NN 4 obl
of of ADP IN 14 case
Yekaterinburg Yekaterinburg PROPN NNP 12 nmod
. . PUNCT . 4 punct`, [][4]string{{"RUSCOP", "AZE", "190", "asserted"}}, nil},

	{"an outlet told something is not the country the sentence is about", `
A a DET DT 3 det
fighter fighter NOUN NN 3 compound
jet jet NOUN NN 4 nsubj
dropped drop VERB VBD 0 root
bombs bomb NOUN NNS 4 obj
on on ADP IN 8 case
the the DET DT 8 det
crowd crowd NOUN NN 4 obl
in in ADP IN 11 case
the the DET DT 11 det
village village NOUN NN 8 nmod
, , PUNCT , 14 punct
a a DET DT 14 det
witness witness NOUN NN 8 appos
told tell VERB VBD 14 acl
the the DET DT 17 det
BBC BBC PROPN NNP 15 iobj
. . PUNCT . 4 punct`, nil, [][4]string{{"GBR", "", "", ""}}},

	{"an office of armed men who are no state's is theirs", `
The the DET DT 2 det
gang gang NOUN NN 4 nmod:poss
's 's PART POS 2 case
leader leader NOUN NN 7 nsubj:pass
has have AUX VBZ 7 aux
been be AUX VBN 7 aux:pass
sanctioned sanction VERB VBN 0 root
by by ADP IN 12 case
the the DET DT 12 det
UN UN PROPN NNP 12 compound
Security Security PROPN NNP 12 compound
Council Council PROPN NNP 7 obl:agent
. . PUNCT . 7 punct`, [][4]string{{"IGOUNO", "CRM", "163", "asserted"}}, nil},

	{"a place captured is of its country", `
Syrian Syrian ADJ JJ 2 amod
rebels rebel NOUN NNS 3 nsubj
captured capture VERB VBD 0 root
the the DET DT 5 det
city city NOUN NN 3 obj
of of ADP IN 7 case
Hama Hama PROPN NNP 5 nmod
on on ADP IN 9 case
Thursday Thursday PROPN NNP 3 obl
. . PUNCT . 3 punct`, [][4]string{{"SYRREB", "SYR", "192", "asserted"}}, nil},

	{"an adjective split off its coordinated noun as the verb's complement", `
Egypt Egypt PROPN NNP 2 nsubj
cut cut VERB VBD 0 root
diplomatic diplomatic ADJ JJ 2 xcomp
and and CCONJ CC 6 cc
trade trade NOUN NN 6 compound
ties tie NOUN NNS 2 conj
with with ADP IN 8 case
Qatar Qatar PROPN NNP 2 obl
in in ADP IN 10 case
June June PROPN NNP 2 obl
2017 2017 NUM CD 10 nmod:unmarked
. . PUNCT . 2 punct`, [][4]string{{"EGY", "QAT", "161", "asserted"}}, nil},

	{"reopening a border with a state ends a boycott of it", `
Saudi Saudi ADJ NNP 2 amod
Arabia Arabia PROPN NNP 3 nsubj
reopened reopen VERB VBD 0 root
its its PRON PRP$ 5 nmod:poss
border border NOUN NN 3 obj
with with ADP IN 7 case
Qatar Qatar PROPN NNP 5 nmod
. . PUNCT . 3 punct`, [][4]string{{"SAU", "QAT", "085", "asserted"}}, nil},

	{"ratifying a state's bid agrees with that state", `
Turkey Turkey PROPN NNP 3 nmod:poss
's 's PART POS 1 case
parliament parliament NOUN NN 4 nsubj
ratified ratify VERB VBD 0 root
Sweden Sweden PROPN NNP 7 nmod:poss
's 's PART POS 5 case
bid bid NOUN NN 4 obj
to to PART TO 9 mark
join join VERB VB 7 acl
NATO NATO PROPN NNP 9 obj
. . PUNCT . 4 punct`, [][4]string{{"TURLEG", "SWE", "057", "asserted"}}, nil},

	{"ending ties with a state breaks relations", `
Taiwan Taiwan PROPN NNP 2 nsubj
ended end VERB VBD 0 root
diplomatic diplomatic ADJ JJ 4 amod
ties tie NOUN NNS 2 obj
with with ADP IN 6 case
Honduras Honduras PROPN NNP 4 nmod
. . PUNCT . 2 punct`, [][4]string{{"TWN", "HND", "161", "asserted"}}, nil},

	{"agreeing to resume meetings is an intent to meet, each with the other", `
Australia Australia PROPN NNP 4 nsubj
and and CCONJ CC 3 cc
China China PROPN NNP 1 conj
agreed agree VERB VBD 0 root
to to PART TO 6 mark
resume resume VERB VB 4 xcomp
annual annual ADJ JJ 8 amod
leaders leader NOUN NNS 10 nmod:poss
' 's PART POS 8 case
meetings meeting NOUN NNS 6 obj
. . PUNCT . 4 punct`, [][4]string{{"AUS", "CHN", "036", "asserted"}, {"CHN", "AUS", "036", "asserted"}}, nil},

	{"the target in the relative clause that tells of the object", `
China China PROPN NNP 2 nsubj
lifted lift VERB VBD 0 root
the the DET DT 4 det
restrictions restriction NOUN NNS 2 obj
it it PRON PRP 6 nsubj
imposed impose VERB VBN 4 acl:relcl
on on ADP IN 9 case
Australian Australian ADJ JJ 9 amod
goods goods NOUN NNS 6 obl
. . PUNCT . 2 punct`, [][4]string{{"CHN", "AUS", "085", "asserted"}}, nil},

	{"shot dead as the clause's second verb, taken for a conjunct of a noun", `
An a DET DT 3 det
Egyptian Egyptian ADJ JJ 3 amod
policeman policeman NOUN NN 4 nsubj
crossed cross VERB VBD 0 root
the the DET DT 6 det
border border NOUN NN 4 obj
into into ADP IN 8 case
Israel Israel PROPN NNP 6 nmod
on on ADP IN 10 case
Saturday Saturday PROPN NNP 4 obl
and and CCONJ CC 12 cc
shot shot NOUN NN 10 conj
dead dead ADJ JJ 16 amod
three three NUM CD 16 nummod
Israeli Israeli ADJ JJ 16 amod
soldiers soldier NOUN NNS 4 obl
. . PUNCT . 4 punct`, [][4]string{{"EGYCOP", "ISRMIL", "", "asserted"}}, nil},

	{"taking someone hostage abducts them, with rebels of the place they are in", `
Separatist separatist NOUN NN 2 compound
rebels rebel NOUN NNS 5 nsubj
in in ADP IN 4 case
Papua Papua PROPN NNP 2 nmod
took take VERB VBD 0 root
a a DET DT 10 det
New New PROPN NNP 10 compound
Zealand Zealand PROPN NNP 7 flat
pilot pilot NOUN NN 10 compound
hostage hostage NOUN NN 5 obj
. . PUNCT . 5 punct`, [][4]string{{"IDNREB", "NZL", "181", "asserted"}}, nil},

	{"holding someone captive abducts them", `
Hamas Hamas PROPN NNP 3 nsubj
is be AUX VBZ 3 aux
holding hold VERB VBG 0 root
Israeli Israeli ADJ JJ 5 amod
soldiers soldier NOUN NNS 3 obj
captive captive ADJ JJ 5 amod
in in ADP IN 8 case
Gaza Gaza PROPN NNP 6 obl
. . PUNCT . 3 punct`, [][4]string{{"PSEREBHMS", "ISRMIL", "181", "asserted"}}, nil},

	{"a rally outside a state's base is against that state, by people of the place", `
Thousands thousand NOUN NNS 4 nsubj
of of ADP IN 3 case
protesters protester NOUN NNS 1 nmod
rallied rally VERB VBD 0 root
outside outside ADP IN 9 case
a a DET DT 9 det
French French ADJ JJ 9 amod
military military ADJ JJ 9 amod
base base NOUN NN 4 obl
in in ADP IN 11 case
Niamey Niamey PROPN NNP 9 nmod
. . PUNCT . 4 punct`, [][4]string{{"NEROPP", "FRAMIL", "141", "asserted"}}, nil},

	{"the charge hung on the one charged is the accuser's claim", `
Sudan Sudan PROPN NNP 2 nsubj
accused accuse VERB VBD 0 root
Ethiopian ethiopian ADJ JJ 4 amod
forces force NOUN NNS 2 obj
of of SCONJ IN 6 mark
killing kill VERB VBG 4 acl
seven seven NUM CD 9 nummod
Sudanese Sudanese PROPN NNP 9 compound
soldiers soldier NOUN NNS 6 obj
. . PUNCT . 2 punct`, [][4]string{{"ETHMIL", "SDNMIL", "190", "claimed"}, {"SDN", "ETHMIL", "112", "asserted"}}, nil},

	{"a demonym in a facility's name names no owner", `
A a DET DT 3 det
drone drone NOUN NN 3 compound
attack attack NOUN NN 13 nsubj
on on ADP IN 9 case
the the DET DT 9 det
Saudi Saudi ADJ NNP 9 amod
Teaching Teaching PROPN NNP 8 compound
Maternal Maternal PROPN NNP 9 compound
Hospital Hospital PROPN NNP 3 nmod
in in ADP IN 11 case
El El PROPN NNP 3 nmod
Fasher Fasher PROPN NNP 11 flat
killed kill VERB VBD 0 root
70 70 NUM CD 15 nummod
people people NOUN NNS 13 obj
on on ADP IN 17 case
Friday Friday PROPN NNP 15 nmod
. . PUNCT . 13 punct`, [][4]string{{"SDN", "SDNHLH", "195", "asserted"}}, [][4]string{{"", "SAU", "", ""}}},

	{"a facility named with a demonym is of where it is", `
Israeli Israeli ADJ JJ 2 amod
troops troops NOUN NNS 3 nsubj
raided raid VERB VBD 0 root
the the DET DT 6 det
Indonesian Indonesian ADJ NNP 6 amod
Hospital Hospital PROPN NNP 3 obj
in in ADP IN 9 case
northern northern ADJ JJ 9 amod
Gaza Gaza PROPN NNP 6 nmod
. . PUNCT . 3 punct`, [][4]string{{"ISRMIL", "PSEHLH", "190", "asserted"}}, [][4]string{{"", "IDN", "", ""}}},

	{"armed men with a group in apposition are that group", `
The the DET DT 2 det
attackers attacker NOUN NNS 11 nsubj
from from ADP IN 7 case
the the DET DT 7 det
Allied Allied PROPN NNP 7 compound
Democratic Democratic ADJ NNP 7 amod
Forces Force PROPN NNPS 2 nmod
( ( PUNCT -LRB- 9 punct
ADF ADF PROPN NNP 2 appos
) ) PUNCT -RRB- 9 punct
abducted abduct VERB VBD 0 root
six six NUM CD 13 nummod
students student NOUN NNS 11 obj
. . PUNCT . 11 punct`, [][4]string{{"CODREB", "", "181", "asserted"}}, [][4]string{{"CODUAF", "", "", ""}}},

	{"a quantifier's of-phrase says what the object is", `
China China PROPN NNP 2 nsubj
lifted lift VERB VBD 0 root
most most ADJ JJS 2 obj
of of ADP IN 6 case
the the DET DT 6 det
restrictions restriction NOUN NNS 3 nmod
it it PRON PRP 8 nsubj
imposed impose VERB VBN 6 acl:relcl
on on ADP IN 11 case
Australian Australian ADJ JJ 11 amod
goods goods NOUN NNS 8 obl
. . PUNCT . 2 punct`, [][4]string{{"CHN", "AUS", "085", "asserted"}}, nil},

	{"postponing a trip to a state reduces relations with it", `
Blinken Blinken PROPN NNP 2 nsubj
postponed postpone VERB VBD 0 root
a a DET DT 5 det
planned plan VERB VBN 5 amod
trip trip NOUN NN 2 obj
to to ADP IN 7 case
Beijing Beijing PROPN NNP 5 nmod
. . PUNCT . 2 punct`, [][4]string{{"USAGOV", "CHN", "160", "asserted"}}, nil},

	{"the one granted asylum read as a compound of it", `
Mexico Mexico PROPN NNP 2 nsubj
granted grant VERB VBD 0 root
Bolivian Bolivian PROPN NNP 4 compound
leader leader NOUN NN 2 obj
Kamil Kamil PROPN NNP 4 appos
Nowak Nowak PROPN NNP 5 flat
asylum asylum NOUN NN 2 obj
. . PUNCT . 2 punct`, [][4]string{{"MEX", "BOLGOV", "075", "asserted"}}, nil},

	{"the government in a capital, the place hung on the verb", `
Turkey Turkey PROPN NNP 3 nsubj
has have AUX VBZ 3 aux
begun begin VERB VBN 0 root
sending send VERB VBG 3 xcomp
troops troops NOUN NNS 4 obj
to to ADP IN 7 case
Libya Libya PROPN NNP 4 obl
to to PART TO 9 mark
support support VERB VB 4 advcl
the the DET DT 11 det
government government NOUN NN 9 obj
in in ADP IN 13 case
Tripoli Tripoli PROPN NNP 9 obl
. . PUNCT . 3 punct`, [][4]string{{"TUR", "LBYGOV", "051", "asserted"}}, nil},

	{"active verb, object and from-phrase", `
Pakistan Pakistan PROPN NNP 2 nsubj
recalled recall VERB VBD 0 root
its its PRON PRP$ 4 nmod:poss
ambassador ambassador NOUN NN 2 obj
from from ADP IN 6 case
Tehran Tehran PROPN NNP 2 obl`, [][4]string{{"PAK", "IRN", "161", "asserted"}}, nil},

	{"a subject the parser split at its last conjunct", `
The the DET DT 2 det
US US PROPN NNP 8 nsubj
, , PUNCT , 4 punct
Russia Russia PROPN NNP 2 conj
, , PUNCT , 8 punct
and and CCONJ CC 8 cc
Switzerland Switzerland PROPN NNP 8 nsubj
met meet VERB VBD 0 root`, [][4]string{{"USA", "CHE", "040", "asserted"}, {"CHE", "RUS", "040", "asserted"}, {"RUS", "USA", "040", "asserted"}}, nil},

	{"a word with an object is a verb, whatever its tag", `
Iran Iran PROPN NNP 2 nsubj
freed free ADJ JJ 0 root
Pakistani Pakistani ADJ JJ 4 amod
prisoners prisoner NOUN NNS 2 obj`, [][4]string{{"IRN", "PAK", "0841", "asserted"}}, nil},

	{"the attacked side's report of an attack accuses the attacker", `
Pakistan Pakistan PROPN NNP 2 nsubj
said say VERB VBD 0 root
Iran Iran PROPN NNP 4 nsubj
struck strike VERB VBD 2 ccomp
Pakistani Pakistani ADJ JJ 6 amod
villages village NOUN NNS 4 obj`, [][4]string{{"IRN", "PAK", "190", "claimed"}, {"PAK", "IRN", "112", "asserted"}}, nil},

	{"a report of a massacre by the side attacked is an accusation too", `
Bosnia Bosnia PROPN NNP 2 nsubj
said say VERB VBD 0 root
Serbia Serbia PROPN NNP 4 nsubj
massacred massacre VERB VBD 2 ccomp
Bosnian Bosnian ADJ JJ 6 amod
villagers villager NOUN NNS 4 obj`, [][4]string{{"SRB", "BIH", "202", "claimed"}, {"BIH", "SRB", "112", "asserted"}}, nil},

	{"a third party's report of an attack accuses no one", `
Qatar Qatar PROPN NNP 2 nsubj
said say VERB VBD 0 root
Iran Iran PROPN NNP 4 nsubj
struck strike VERB VBD 2 ccomp
Pakistani Pakistani ADJ JJ 6 amod
villages village NOUN NNS 4 obj`, [][4]string{{"IRN", "PAK", "190", "claimed"}}, [][4]string{{"QAT", "IRN", "112", ""}}},

	{"a third party's allegation of an attack accuses the attacker", `
Qatar Qatar PROPN NNP 2 nsubj
claimed claim VERB VBD 0 root
that that SCONJ IN 5 mark
Iran Iran PROPN NNP 5 nsubj
struck strike VERB VBD 2 ccomp
Pakistani Pakistani ADJ JJ 7 amod
villages village NOUN NNS 5 obj`, [][4]string{{"IRN", "PAK", "190", "claimed"}, {"QAT", "IRN", "112", "asserted"}}, nil},

	{"a violent participle names whom a violent noun hit", `
Shabaab Shabaab PROPN NNP 2 nsubj
claimed claim VERB VBD 0 root
responsibility responsibility NOUN NN 2 obj
for for ADP IN 6 case
an a DET DT 6 det
attack attack NOUN NN 2 obl
targeting target VERB VBG 6 acl
shoppers shopper NOUN NNS 7 obj
at at ADP IN 11 case
a a DET DT 11 det
mall mall NOUN NN 7 obl
in in ADP IN 13 case
Kenya Kenya PROPN NNP 11 nmod`, [][4]string{{"SOM", "KEN", "015", "asserted"}}, nil},

	{"of a subject split in two, the named part beats a bare sector", `
The the DET DT 2 det
rebel rebel NOUN NN 7 nsubj
Kurdistan Kurdistan PROPN NNP 4 compound
Workers Workers PROPN NNPS 6 nmod:poss
' ' PART POS 4 case
Party Party PROPN NNP 7 nsubj
issued issue VERB VBD 0 root
a a DET DT 9 det
declaration declaration NOUN NN 7 obj
demanding demand VERB VBG 7 advcl
that that SCONJ IN 15 mark
the the DET DT 14 det
Turkish Turkish ADJ JJ 14 amod
government government NOUN NN 15 nsubj
provide provide VERB VB 10 ccomp
information information NOUN NN 15 obj`, [][4]string{{"TURREB", "TURGOV", "100", "asserted"}}, [][4]string{{"REB$", "TURGOV", "100", ""}}},

	{"a place named as a compound of the object is where the event is", `
Bush Bush PROPN NNP 2 nsubj
attended attend VERB VBD 0 root
the the DET DT 5 det
Beijing Beijing PROPN NNP 5 compound
Olympics Olympics PROPN NNPS 2 obj`, [][4]string{{"USA", "CHN", "042", "asserted"}}, nil},

	{"an event of no state or organisation is not recorded", `
Rebels rebel NOUN NNS 2 nsubj
kidnapped kidnap VERB VBD 0 root
peacekeepers peacekeeper NOUN NNS 2 obj`, nil, [][4]string{{"", "", "181", ""}}},

	{"violence by protesters is a violent protest, the agent of a passive too", `
The the DET DT 3 det
Russian Russian ADJ JJ 3 amod
embassy embassy NOUN NN 5 nsubj:pass
was be AUX VBD 5 aux:pass
demolished demolish VERB VBN 0 root
by by ADP IN 8 case
Ukrainian Ukrainian ADJ JJ 8 amod
protesters protester NOUN NNS 5 obl:agent`, [][4]string{{"UKR", "RUS", "145", "asserted"}}, [][4]string{{"UKR", "RUS", "1712", ""}}},

	{"destruction by troops stays destruction", `
Ukrainian Ukrainian ADJ JJ 2 amod
troops troop NOUN NNS 3 nsubj
demolished demolish VERB VBD 0 root
the the DET DT 6 det
Russian Russian ADJ JJ 6 amod
embassy embassy NOUN NN 3 obj`, [][4]string{{"UKRMIL", "RUS", "1712", "asserted"}}, [][4]string{{"UKR", "RUS", "145", ""}}},

	{"a place on the quantifier gives a people its country", `
Thousands thousand NOUN NNS 6 nsubj
of of ADP IN 3 case
students student NOUN NNS 1 nmod
throughout throughout ADP IN 5 case
Indonesia Indonesia PROPN NNP 1 nmod
demonstrated demonstrate VERB VBD 0 root`, [][4]string{{"IDNEDU", "IDN", "141", "asserted"}}, nil},

	{"an agreement between coordinated subjects goes both ways", `
Pakistan Pakistan PROPN NNP 4 nsubj
and and CCONJ CC 3 cc
Iran Iran PROPN NNP 1 conj
agreed agree VERB VBD 0 root
to to PART TO 6 mark
cooperate cooperate VERB VB 4 xcomp`, [][4]string{{"PAK", "IRN", "031", ""}, {"IRN", "PAK", "031", ""}}, nil},

	{"protesters known by no country are of the country where they protest", `
Protesters protester NOUN NNS 2 nsubj
stormed storm VERB VBD 0 root
the the DET DT 5 det
Danish Danish ADJ JJ 5 amod
embassy embassy NOUN NN 2 obj
in in ADP IN 7 case
Tehran Tehran PROPN NNP 2 obl`, [][4]string{{"IRNOPP", "DNK", "145", "asserted"}}, nil},

	{"the purpose of a protest names its target", `
Turks Turk PROPN NNPS 2 nsubj
began begin VERB VBD 0 root
a a DET DT 5 det
hunger hunger NOUN NN 5 compound
strike strike NOUN NN 2 obj
to to PART TO 7 mark
protest protest VERB VB 2 advcl
against against ADP IN 11 case
Sweden Sweden PROPN NNP 11 nmod:poss
's 's PART POS 9 case
decision decision NOUN NN 7 obl`, [][4]string{{"TUR", "SWE", "142", "asserted"}}, [][4]string{{"TUR", "TUR", "142", ""}}},

	{"a place inside a place phrase", `
Palestinian Palestinian ADJ JJ 2 amod
prisoners prisoner NOUN NNS 3 nsubj
rioted riot VERB VBD 0 root
at at ADP IN 6 case
a a DET DT 6 det
jail jail NOUN NN 3 obl
in in ADP IN 8 case
Israel Israel PROPN NNP 6 nmod`, [][4]string{{"PSE", "ISR", "145", "asserted"}}, nil},

	{"a purpose clause names the target", `
Israeli Israeli ADJ JJ 2 amod
police police NOUN NN 3 nsubj
opened open VERB VBD 0 root
fire fire NOUN NN 3 obj
to to PART TO 6 mark
disperse disperse VERB VB 3 advcl
Palestinian Palestinian ADJ JJ 8 amod
demonstrators demonstrator NOUN NNS 6 obj`, [][4]string{{"ISR", "PSE", "193", "asserted"}}, nil},

	{"a subject split in two: the one that names an actor", `
Minutes minute NOUN NNS 3 nsubj
Iran Iran PROPN NNP 3 nsubj
accused accuse VERB VBD 0 root
Israel Israel PROPN NNP 3 obj`, [][4]string{{"IRN", "ISR", "112", "asserted"}}, nil},

	{"coordinated verbs share the subject", `
Pakistan Pakistan PROPN NNP 2 nsubj
recalled recall VERB VBD 0 root
its its PRON PRP$ 4 nmod:poss
ambassador ambassador NOUN NN 2 obj
and and CCONJ CC 6 cc
expelled expel VERB VBD 2 conj
the the DET DT 9 det
Iranian Iranian ADJ JJ 9 amod
envoy envoy NOUN NN 6 obj`, [][4]string{{"PAK", "IRN", "161", "asserted"}}, nil},

	{"passive with agent", `
Evidence evidence NOUN NN 5 nsubj:pass
against against ADP IN 3 case
Russia Russia PROPN NNP 1 nmod
was be AUX VBD 5 aux:pass
presented present VERB VBN 0 root
by by ADP IN 8 case
the the DET DT 8 det
US US PROPN NNP 5 obl:agent`, [][4]string{{"USA", "RUS", "112", "asserted"}}, nil},

	{"nominal trigger with demonym and place", `
The the DET DT 4 det
United United PROPN NNP 3 compound
States States PROPN NNP 4 nsubj
condemned condemn VERB VBD 0 root
Iranian Iranian ADJ JJ 6 amod
strikes strike NOUN NNS 4 obj
in in ADP IN 8 case
Pakistan Pakistan PROPN NNP 6 nmod
and and CCONJ CC 10 cc
Iraq Iraq PROPN NNP 8 conj`, [][4]string{{"USA", "IRN", "111", "asserted"}, {"IRN", "PAK", "190", "asserted"}, {"IRN", "IRQ", "190", "asserted"}}, nil},

	{"light verb carries the noun's event", `
Pakistan Pakistan PROPN NNP 2 nsubj
carried carry VERB VBD 0 root
out out ADP RP 2 compound:prt
airstrikes airstrike NOUN NNS 2 obj
on on ADP IN 7 case
Iranian Iranian ADJ JJ 7 amod
soil soil NOUN NN 4 nmod`, [][4]string{{"PAK", "IRN", "195", "asserted"}}, nil},

	{"claimed by the speaker, pronoun subject", `
Iran Iran PROPN NNP 2 nsubj
said say VERB VBD 0 root
it it PRON PRP 5 nsubj
had have AUX VBD 5 aux
hit hit VERB VBN 2 ccomp
targets target NOUN NNS 5 obj
in in ADP IN 8 case
Pakistan Pakistan PROPN NNP 6 nmod`, [][4]string{{"IRN", "PAK", "190", "claimed"}}, nil},

	{"negated passive is denied", `
None none NOUN NN 6 nsubj:pass
of of ADP IN 3 case
Pakistanis Pakistani PROPN NNPS 1 nmod
were be AUX VBD 6 aux:pass
not not PART RB 6 advmod
targeted target VERB VBN 0 root
by by ADP IN 9 case
Iranian Iranian ADJ JJ 9 amod
missiles missile NOUN NNS 6 obl:agent`, [][4]string{{"IRN", "PAK", "195", "denied"}}, nil},

	{"reserving the right to respond is a threat", `
Pakistan Pakistan PROPN NNP 2 nsubj
reserves reserve VERB VBZ 0 root
the the DET DT 4 det
right right NOUN NN 2 obj
to to PART TO 6 mark
respond respond VERB VB 4 acl
to to ADP IN 9 case
Iranian Iranian ADJ JJ 9 amod
aggression aggression NOUN NN 6 obl`, [][4]string{{"PAK", "IRN", "138", "threatened"}}, nil},

	{"urging is an appeal; what is urged did not happen", `
China China PROPN NNP 2 nsubj
urged urge VERB VBD 0 root
Iran Iran PROPN NNP 2 obj
and and CCONJ CC 5 cc
Pakistan Pakistan PROPN NNP 3 conj
to to PART TO 7 mark
exercise exercise VERB VB 2 xcomp
restraint restraint NOUN NN 7 obj`, [][4]string{{"CHN", "IRN", "0256", "asserted"}, {"CHN", "PAK", "0256", "asserted"}}, nil},

	{"meeting of coordinated actors is reciprocal", `
Pakistan Pakistan PROPN NNP 4 nsubj
and and CCONJ CC 3 cc
Iran Iran PROPN NNP 1 conj
met meet VERB VBD 0 root
in in ADP IN 6 case
Davos Davos PROPN NNP 4 obl`, [][4]string{{"PAK", "IRN", "040", ""}, {"IRN", "PAK", "040", ""}}, nil},

	{"hypothetical", `
Pakistan Pakistan PROPN NNP 3 nsubj
would would AUX MD 3 aux
strike strike VERB VB 0 root
Iran Iran PROPN NNP 3 obj`, [][4]string{{"PAK", "IRN", "190", "hypothetical"}}, nil},

	{"wanting to attack is a threat", `
Obama Obama PROPN NNP 2 nsubj
wants want VERB VBZ 0 root
to to PART TO 4 mark
attack attack VERB VB 2 xcomp
Switzerland Switzerland PROPN NNP 4 obj`, [][4]string{{"USA", "CHE", "138", "threatened"}}, [][4]string{{"USA", "CHE", "190", ""}}},

	{"each other is reciprocal", `
Tehran Tehran PROPN NNP 5 nsubj
and and CCONJ CC 3 cc
Islamabad Islamabad PROPN NNP 1 conj
frequently frequently ADV RB 5 advmod
accuse accuse VERB VBP 0 root
each each DET DT 7 det
other other ADJ JJ 5 obj`, [][4]string{{"IRNGOV", "PAKGOV", "112", ""}, {"PAKGOV", "IRNGOV", "112", ""}}, nil},

	{"active conjunct of a passive shares the passive subject", `
Jaish Jaish PROPN NNP 6 nsubj:pass
al al PROPN NNP 1 flat
- - PUNCT HYPH 1 punct
Adl Adl PROPN NNP 1 flat
is be AUX VBZ 6 aux:pass
blacklisted blacklist VERB VBN 0 root
by by ADP IN 8 case
Iran Iran PROPN NNP 6 obl:agent
and and CCONJ CC 11 cc
has have AUX VBZ 11 aux
attacked attack VERB VBN 6 conj
Iranian Iranian ADJ JJ 13 amod
police police NOUN NN 11 obj`, [][4]string{{"IRN$", "IRNREB", "172", ""}, {"IRNREB", "IRNCOP", "190", ""}}, [][4]string{{"IRN$", "IRN", "190", ""}}},

	{"noun event as subject hits the verb's object", `
Israel Israel PROPN NNP 3 nmod:poss
's 's PART POS 1 case
bombardment bombardment NOUN NN 5 nsubj
has have AUX VBZ 5 aux
killed kill VERB VBN 0 root
thousands thousand NOUN NNS 5 obj
of of ADP IN 8 case
Palestinians Palestinian PROPN NNPS 6 nmod`, [][4]string{{"ISR", "PSE", "190", "asserted"}}, nil},

	{"people protest against their own government", `
Algerian Algerian ADJ JJ 2 amod
landowners landowner NOUN NNS 3 nsubj
protested protest VERB VBD 0 root`, [][4]string{{"DZA$", "DZAGOV", "140", ""}}, nil},
	{"a measure noun's of-phrase is the light verb's noun", `
Israel Israel PROPN NNP 2 nsubj
launched launch VERB VBD 0 root
a a DET DT 4 det
series series NOUN NN 2 obj
of of ADP IN 6 case
strikes strike NOUN NNS 4 nmod
on on ADP IN 8 case
Lebanon Lebanon PROPN NNP 6 nmod`, [][4]string{{"ISR", "LBN", "190", ""}}, nil},
	{"a place compound gives an agent its country", `
Sudan Sudan PROPN NNP 2 nsubj
accused accuse VERB VBD 0 root
Darfur Darfur PROPN NNP 4 compound
rebels rebel NOUN NNS 2 obj`, [][4]string{{"SDN", "SDNREB", "112", ""}}, nil},
	{"failing to reach agreement is a rejection", `
Israel Israel PROPN NNP 2 nsubj
failed fail VERB VBD 0 root
to to PART TO 4 mark
reach reach VERB VB 2 xcomp
agreement agreement NOUN NN 4 obj
with with ADP IN 7 case
Syria Syria PROPN NNP 4 obl`, [][4]string{{"ISR", "SYR", "120", "asserted"}}, [][4]string{{"ISR", "SYR", "037", ""}}},
	{"a curfew at home falls on the population", `
Turkish Turkish ADJ JJ 2 amod
authorities authority NOUN NNS 3 nsubj
imposed impose VERB VBD 0 root
a a DET DT 5 det
curfew curfew NOUN NN 3 obj
in in ADP IN 7 case
Turkey Turkey PROPN NNP 3 obl`, [][4]string{{"TURGOV", "TURCVL", "1723", ""}}, nil},
	{"a state on itself is no event", `
Pakistan Pakistan PROPN NNP 2 nsubj
attacked attack VERB VBD 0 root
targets target NOUN NNS 2 obj
in in ADP IN 5 case
Pakistan Pakistan PROPN NNP 3 nmod`, nil, [][4]string{{"PAK", "PAK", "195", ""}}},
}

func TestConstructions(t *testing.T) {
	c := coder(t)
	for _, tc := range constructionCases {
		toks, text := parse(t, tc.parse)
		evs := c.Sentence(toks, "2024-01-17")
		for _, w := range tc.want {
			if !has(evs, w[0], w[1], w[2], w[3]) {
				t.Errorf("%s: %q: want %v, got [%s]", tc.name, text, w, dump(evs))
			}
		}
		for _, w := range tc.not {
			if has(evs, w[0], w[1], w[2], w[3]) {
				t.Errorf("%s: %q: do not want %v, got [%s]", tc.name, text, w, dump(evs))
			}
		}
		for _, e := range evs {
			checkEvent(t, e, toks)
		}
	}
}

// checkEvent verifies what every event must satisfy.
func checkEvent(t *testing.T, e Event, toks []article.Token) {
	t.Helper()
	if e.Source == nil || e.Source.Code == "" {
		t.Errorf("event without a source: %+v", e)
	}
	if e.TriggerFirst < 0 || e.TriggerLast < e.TriggerFirst || e.TriggerLast >= len(toks) {
		t.Errorf("trigger range %d–%d outside the sentence", e.TriggerFirst, e.TriggerLast)
	}
	if e.Start != toks[e.TriggerFirst].Start || e.End != toks[e.TriggerLast].End {
		t.Errorf("trigger offsets %d–%d do not match tokens", e.Start, e.End)
	}
	if (e.TimeFirst < 0) != (e.TimeLast < 0) || e.TimeLast >= len(toks) || e.TimeFirst > e.TimeLast {
		t.Errorf("time range %d–%d", e.TimeFirst, e.TimeLast)
	}
	if _, ok := cameo.Lookup(e.CAMEO); !ok || e.Info.Code != e.CAMEO {
		t.Errorf("code %q / info %q", e.CAMEO, e.Info.Code)
	}
	switch e.Modality {
	case "asserted", "claimed", "denied", "threatened", "hypothetical", "future":
	default:
		t.Errorf("modality %q", e.Modality)
	}
	if e.Target != nil && e.Source.Code == e.Target.Code {
		t.Errorf("self-loop %s", summary(e))
	}
	if !strings.HasPrefix(e.Rule, "patterns.tsv:") {
		t.Errorf("rule %q names no pattern row", e.Rule)
	}
	// The rule's provenance names the rows of the actors the event has,
	// not of those it was derived from.
	want := append([]string(nil), e.Source.Sources...)
	if e.Target != nil {
		want = append(want, e.Target.Sources...)
	}
	_, rows, _ := strings.Cut(e.Rule, " | ")
	if got := strings.Fields(rows); !slices.Equal(got, uniq(want)) {
		t.Errorf("%s: rule %q names actor rows %q, the actors' are %q", summary(e), e.Rule, got, uniq(want))
	}
}

// The fight against the attackers is the attack's story still: "the
// attack" after it is the one told before.
func TestResponseKeepsTheAttack(t *testing.T) {
	c := coder(t)
	last := codeLast(t, c, "2024-08-03", alShabaabAttacksABeach, `
Security security NOUN NN 2 compound
forces force NOUN NNS 3 nsubj
killed kill VERB VBD 0 root
five five NUM CD 3 obj
of of ADP IN 7 case
the the DET DT 7 det
attackers attacker NOUN NNS 4 nmod
. . PUNCT . 3 punct`, `
Police police NOUN NNS 2 nsubj
arrested arrest VERB VBD 0 root
two two NUM CD 2 obj
of of ADP IN 6 case
the the DET DT 6 det
attackers attacker NOUN NNS 3 nmod
. . PUNCT . 2 punct`, `
The the DET DT 2 det
group group NOUN NN 3 nsubj
claimed claim VERB VBD 0 root
responsibility responsibility NOUN NN 3 obj
for for ADP IN 7 case
the the DET DT 7 det
attack attack NOUN NN 3 obl
. . PUNCT . 3 punct`)
	if !has(last, "SOMREB", "SOM", "015", "asserted") {
		t.Errorf("want the group's claim of the attack on Somalia, got %s", dump(last))
	}
}

// "The killings" condemned are those the attack folded in, though told
// only as its result, and not the response's that came between.
func TestKillingsReferBackPastTheResponse(t *testing.T) {
	c := coder(t)
	condemned := `
Prime Prime ADJ NNP 2 amod
Minister Minister PROPN NNP 3 nmod:desc
Shehbaz Shehbaz PROPN NNP 5 nsubj
Sharif Sharif PROPN NNP 3 flat
condemned condemn VERB VBD 0 root
the the DET DT 7 det
killings killing NOUN NNS 5 obj
. . PUNCT . 5 punct`
	for _, tc := range []struct{ name, attack, response string }{
		{"killings folded into the attacks", `
Separatist separatist ADJ JJ 2 amod
militants militant NOUN NNS 8 nsubj
of of ADP IN 7 case
the the DET DT 7 det
Balochistan Balochistan PROPN NNP 7 compound
Liberation Liberation PROPN NNP 7 compound
Army Army PROPN NNP 2 nmod
killed kill VERB VBD 0 root
at at ADP IN 10 case
least least ADJ JJS 11 nmod
39 39 NUM CD 12 nummod
people people NOUN NNS 8 obj
in in ADP IN 15 case
coordinated coordinated ADJ JJ 15 amod
attacks attack NOUN NNS 12 nmod
across across ADP IN 18 case
Balochistan Balochistan PROPN NNP 18 compound
province province NOUN NN 15 nmod
on on ADP IN 20 case
Monday Monday PROPN NNP 15 nmod
. . PUNCT . 8 punct`, `
Security security NOUN NN 2 compound
forces force NOUN NNS 3 nsubj
killed kill VERB VBD 0 root
21 21 NUM CD 5 nummod
militants militant NOUN NNS 3 obj
in in ADP IN 8 case
retaliatory retaliatory ADJ JJ 8 amod
operations operation NOUN NNS 5 nmod
. . PUNCT . 3 punct`},
		{"killings told as such, and the response's too", `
Militants militant NOUN NNS 7 nsubj
of of ADP IN 6 case
the the DET DT 6 det
Balochistan Balochistan PROPN NNP 6 compound
Liberation Liberation PROPN NNP 6 compound
Army Army PROPN NNP 1 nmod
killed kill VERB VBD 0 root
39 39 NUM CD 9 nummod
people people NOUN NNS 7 obj
in in ADP IN 11 case
Balochistan Balochistan PROPN NNP 9 nmod
on on ADP IN 13 case
Monday Monday PROPN NNP 9 nmod
. . PUNCT . 7 punct`, `
Security security NOUN NN 2 compound
forces force NOUN NNS 3 nsubj
killed kill VERB VBD 0 root
21 21 NUM CD 5 nummod
militants militant NOUN NNS 3 obj
. . PUNCT . 3 punct`},
	} {
		last := codeLast(t, c, "2024-08-27", tc.attack, tc.response, condemned)
		if !has(last, "PAKGOV", "PAKREB", "111", "asserted") || has(last, "PAKGOV", "PAKCOP", "", "") {
			t.Errorf("%s: want the condemnation of the separatists' killings, got %s", tc.name, dump(last))
		}
	}
}

// A person introduced by an office of no state in a sentence that names
// no state holds the office in the article's lead state, and is named
// again by surname: "President Hamdi Tolba said… Tolba accused Turkey".
func TestTitledNameOfTheLeadState(t *testing.T) {
	c := coder(t)
	lead, _ := parse(t, egyptRecallsItsAmbassador)
	intro, _ := parse(t, `
President President PROPN NNP 2 nmod:desc
Hamdi Hamdi PROPN NNP 4 nsubj
Tolba Tolba PROPN NNP 2 flat
said say VERB VBD 0 root
on on ADP IN 6 case
Tuesday Tuesday PROPN NNP 4 obl
that that SCONJ IN 11 mark
the the DET DT 9 det
protests protest NOUN NNS 11 nsubj
were be AUX VBD 11 cop
treasonous treasonous ADJ JJ 4 ccomp
. . PUNCT . 4 punct`)
	again, _ := parse(t, `
Tolba Tolba PROPN NNP 2 nsubj
accused accuse VERB VBD 0 root
Turkey Turkey PROPN NNP 2 obj
of of ADP IN 5 case
interfering interfering NOUN NN 2 obl
. . PUNCT . 2 punct`)
	a := &article.Article{Sentences: []article.Sentence{{Index: 0, Tokens: lead}, {Index: 1, Tokens: intro}, {Index: 2, Tokens: again}}}
	var third []Event
	for _, e := range c.Code(a, "2024-01-18") {
		if e.Sentence == 2 {
			third = append(third, e)
		}
	}
	if !has(third, "EGYGOV", "TUR", "112", "asserted") {
		t.Errorf("want EGYGOV→TUR 112, got [%s]", dump(third))
	}
}

// An event's time is the time phrase that dates it:
//   - one hung on the place it happened in, a place having no time of
//     its own ("in the town of Axum in November"), or on any noun between
//     the event and its place ("killed villagers gathered for a festival
//     in the village of Tudun Biri in Kaduna state on Sunday");
//   - not a counted time unit, which says how long ("a two-day visit …
//     on Sunday" is dated by Sunday);
//   - one the parser hung on a clause that only describes an argument,
//     and is no event ("bases hosting US troops early on Wednesday").
func TestTimeSpans(t *testing.T) {
	c := coder(t)
	for _, tc := range []struct {
		name, parse, date, src, tgt, code string
		first, last                       int
	}{
		{"in the town of Axum in November (Axum is in Ethiopia)", `
Eritrean Eritrean PROPN NNP 2 compound
soldiers soldier NOUN NNS 3 nsubj
killed kill VERB VBD 0 root
100 100 NUM CD 5 nummod
civilians civilian NOUN NNS 3 obj
in in ADP IN 9 case
the the DET DT 9 det
Tigrayan tigrayan ADJ JJ 9 amod
town town NOUN NN 3 obl
of of ADP IN 11 case
Axum Axum PROPN NNP 9 nmod
in in ADP IN 13 case
November November PROPN NNP 9 nmod
, , PUNCT , 17 punct
Amnesty Amnesty PROPN NNP 16 compound
International International PROPN NNP 17 nsubj
said say VERB VBD 3 parataxis
on on ADP IN 19 case
Friday Friday PROPN NNP 17 obl`, "2021-02-26", "ERIMIL", "ETH", "190", 11, 12},
		{"villagers gathered … in Kaduna state on Sunday (Kaduna is in Nigeria)", `
A a DET DT 3 det
drone drone NOUN NN 3 compound
strike strike NOUN NN 4 nsubj
killed kill VERB VBD 0 root
85 85 NUM CD 6 nummod
villagers villager NOUN NNS 4 obj
gathered gather VERB VBD 4 conj
for for ADP IN 10 case
a a DET DT 10 det
festival festival NOUN NN 7 obl
in in ADP IN 13 case
the the DET DT 13 det
village village NOUN NN 10 nmod
of of ADP IN 15 case
Tudun Tudun PROPN NNP 13 nmod
Biri Biri PROPN NNP 15 flat
in in ADP IN 19 case
Kaduna Kaduna PROPN NNP 19 compound
state state NOUN NN 13 nmod
on on ADP IN 21 case
Sunday Sunday PROPN NNP 13 nmod
. . PUNCT . 4 punct`, "2023-12-05", "NGA", "NGACVL", "190", 19, 20},
		{"a two-day visit on Sunday", `
Blinken Blinken PROPN NNP 2 nsubj
began begin VERB VBD 0 root
a a DET DT 7 det
two two NUM CD 6 nummod
- - PUNCT HYPH 4 punct
day day NOUN NN 7 compound
visit visit NOUN NN 2 obj
to to ADP IN 9 case
China China PROPN NNP 7 nmod
on on ADP IN 11 case
Sunday Sunday PROPN NNP 7 nmod
. . PUNCT . 2 punct`, "2024-01-18", "", "", "", 9, 10},
		{"a participle going on with the clause shares its time", `
Army army NOUN NN 2 compound
officers officer NOUN NNS 5 nsubj
in in ADP IN 4 case
Gabon Gabon PROPN NNP 2 nmod
seized seize VERB VBD 0 root
power power NOUN NN 5 obj
on on ADP IN 8 case
Wednesday Wednesday PROPN NNP 5 obl
, , PUNCT , 10 punct
placing place VERB VBG 5 advcl
President President PROPN NNP 12 nmod:desc
Ali Ali PROPN NNP 10 obj
Bongo Bongo PROPN NNP 12 flat
under under ADP IN 16 case
house house NOUN NN 16 compound
arrest arrest NOUN NN 10 obl
and and CCONJ CC 18 cc
annulling annul VERB VBG 10 conj
the the DET DT 20 det
results result NOUN NNS 18 obj
of of ADP IN 24 case
Saturday Saturday PROPN NNP 24 nmod:poss
's 's PART POS 22 case
election election NOUN NN 20 nmod
. . PUNCT . 5 punct`, "2023-08-31", "GABMIL", "GABGOV", "173", 6, 7},
		{"bases hosting US troops early on Wednesday", `
Iran Iran PROPN NNP 2 nsubj
fired fire VERB VBD 0 root
missiles missile NOUN NNS 2 obj
at at ADP IN 6 case
Iraqi Iraqi ADJ JJ 6 amod
bases basis NOUN NNS 2 obl
hosting host VERB VBG 6 acl
US US PROPN NNP 9 compound
troops troops NOUN NNS 7 obj
early early ADV RB 7 advmod
on on ADP IN 12 case
Wednesday Wednesday PROPN NNP 7 obl
, , PUNCT , 14 punct
after after ADP IN 17 case
a a DET DT 17 det
US US PROPN NNP 17 compound
strike strike NOUN NN 2 obl
last last ADJ JJ 19 amod
week week NOUN NN 17 nmod:unmarked
. . PUNCT . 2 punct`, "2020-01-08", "IRN", "", "195", 10, 11},
	} {
		toks, _ := parse(t, tc.parse)
		evs := c.Sentence(toks, tc.date)
		if !has(evs, tc.src, tc.tgt, tc.code, "") {
			t.Errorf("%s: want %s→%s %s, got [%s]", tc.name, tc.src, tc.tgt, tc.code, dump(evs))
			continue
		}
		for _, e := range evs {
			if has([]Event{e}, tc.src, tc.tgt, tc.code, "") && (e.TimeFirst != tc.first || e.TimeLast != tc.last) {
				t.Errorf("%s: %s: time span %d–%d, want %d–%d", tc.name, summary(e), e.TimeFirst, e.TimeLast, tc.first, tc.last)
			}
		}
	}
}

// A time in a relative clause the trigger is not in dates that clause's
// event: the trigger has no time of its own, and the pipeline must not
// take it for the sentence's one time.
func TestTimeInARelativeClause(t *testing.T) {
	c := coder(t)
	toks, _ := parse(t, `
The the DET DT 3 det
Sudanese sudanese ADJ JJ 3 amod
army army NOUN NN 14 nsubj
, , PUNCT , 8 punct
which which PRON WDT 8 nsubj
has have AUX VBZ 8 aux
been be AUX VBN 8 aux
fighting fight VERB VBG 3 acl:relcl
the the DET DT 10 det
RSF RSF PROPN NNP 8 obj
since since ADP IN 12 case
2023 2023 NUM CD 8 obl
, , PUNCT , 3 punct
accused accuse VERB VBD 0 root
Chad Chad PROPN NNP 14 obj
of of ADP IN 17 case
genocide genocide NOUN NN 15 nmod
. . PUNCT . 14 punct`)
	evs := c.Sentence(toks, "2025-04-14")
	found := false
	for _, e := range evs {
		if !has([]Event{e}, "SDNMIL", "TCD", "112", "asserted") {
			continue
		}
		found = true
		if e.TimeFirst >= 0 || !e.TimesElsewhere {
			t.Errorf("%s: time %d–%d, elsewhere %v; want none, elsewhere", summary(e), e.TimeFirst, e.TimeLast, e.TimesElsewhere)
		}
	}
	if !found {
		t.Errorf("want SDNMIL→TCD 112, got [%s]", dump(evs))
	}
}

func TestTimeHook(t *testing.T) {
	c := coder(t)
	toks, _ := parse(t, `
Pakistan Pakistan PROPN NNP 4 nsubj
on on ADP IN 3 case
Wednesday Wednesday PROPN NNP 4 obl
recalled recall VERB VBD 0 root
its its PRON PRP$ 6 nmod:poss
ambassador ambassador NOUN NN 4 obj
from from ADP IN 8 case
Iran Iran PROPN NNP 4 obl`)
	evs := c.Sentence(toks, "2024-01-18")
	if len(evs) == 0 {
		t.Fatal("no event")
	}
	if evs[0].TimeFirst != 1 || evs[0].TimeLast != 2 {
		t.Errorf("time span %d–%d, want 1–2 (on Wednesday)", evs[0].TimeFirst, evs[0].TimeLast)
	}
	toks, _ = parse(t, `
Pakistan Pakistan PROPN NNP 2 nsubj
recalled recall VERB VBD 0 root
its its PRON PRP$ 4 nmod:poss
ambassador ambassador NOUN NN 2 obj`)
	for _, e := range c.Sentence(toks, "2024-01-18") {
		if e.TimeFirst != -1 {
			t.Errorf("no time expression, but span %d–%d", e.TimeFirst, e.TimeLast)
		}
	}
}

func TestTimeForms(t *testing.T) {
	c := coder(t)
	for _, tc := range []struct {
		name        string
		parse       string
		first, last int
	}{
		{"day number heading its month", `
Pakistan Pakistan PROPN NNP 2 nsubj
recalled recall VERB VBD 0 root
its its PRON PRP$ 4 nmod:poss
ambassador ambassador NOUN NN 2 obj
on on ADP IN 6 case
17 17 NUM CD 2 obl
January January PROPN NNP 6 nmod:unmarked
2024 2024 NUM CD 6 nmod:unmarked
but but CCONJ CC 10 cc
Iran Iran PROPN NNP 11 nsubj
denied deny VERB VBD 2 conj
talks talk NOUN NNS 11 obj
Tuesday Tuesday PROPN NNP 11 obl:tmod`, 4, 7},
		{"a dateline the parse hung the clause on", `
ISLAMABAD Islamabad PROPN NNP 0 root
: : PUNCT : 3 punct
Pakistan Pakistan PROPN NNP 1 appos
on on ADP IN 5 case
Wednesday Wednesday PROPN NNP 3 nmod
recalled recall VERB VBD 1 parataxis
its its PRON PRP$ 8 nmod:poss
ambassador ambassador NOUN NN 6 obj
from from ADP IN 10 case
Iran Iran PROPN NNP 6 obl`, 3, 4},
		{"a time that possesses the event noun", `
Last last ADJ JJ 2 amod
night night NOUN NN 4 nmod:poss
's 's PART POS 2 case
strike strike NOUN NN 10 nsubj
by by ADP IN 6 case
Iran Iran PROPN NNP 4 nmod
on on ADP IN 8 case
Pakistan Pakistan PROPN NNP 4 nmod
is be AUX VBZ 10 cop
illegal illegal ADJ JJ 0 root`, 0, 2},
	} {
		toks, text := parse(t, tc.parse)
		evs := c.Sentence(toks, "2024-01-18")
		if len(evs) == 0 {
			t.Errorf("%s: %q: no event", tc.name, text)
			continue
		}
		if evs[0].TimeFirst != tc.first || evs[0].TimeLast != tc.last {
			t.Errorf("%s: %q: time span %d–%d, want %d–%d", tc.name, text, evs[0].TimeFirst, evs[0].TimeLast, tc.first, tc.last)
		}
	}
}

// The coder meets hostile parses: heads out of range, cycles, roots
// everywhere. It must never panic and every event must stay well formed.
func FuzzSentence(f *testing.F) {
	f.Add(int64(1), uint8(12))
	f.Add(int64(7), uint8(30))
	f.Add(int64(42), uint8(3))
	words := strings.Fields("Pakistan recalled its ambassador from Iran and Iranian strikes on Tehran said it had not hit militants in Balochistan , China urged restraint by the United States would attack . none of the targets were reserves right to respond")
	upos := []string{"NOUN", "VERB", "PROPN", "ADJ", "PRON", "ADP", "AUX", "DET", "PUNCT", "CCONJ", "PART"}
	rels := []string{"nsubj", "obj", "obl", "nmod", "amod", "compound", "conj", "xcomp", "ccomp", "acl", "acl:relcl", "advcl", "nsubj:pass", "obl:agent", "case", "nmod:poss", "aux", "aux:pass", "advmod", "root", "appos", "mark", "parataxis", "dobj", "nsubjpass", "neg", "iobj", "compound:prt", "obl:tmod"}
	c := coder(f)
	f.Fuzz(func(t *testing.T, seed int64, n uint8) {
		r := rand.New(rand.NewSource(seed))
		m := int(n)%48 + 1
		toks := make([]article.Token, m)
		pos := 0
		for i := range toks {
			w := words[r.Intn(len(words))]
			toks[i] = article.Token{Form: w, Start: pos, End: pos + len(w), Lemma: strings.ToLower(w),
				UPOS: upos[r.Intn(len(upos))], XPOS: []string{"VBN", "VBD", "NN", "JJ", ""}[r.Intn(5)],
				Head: r.Intn(m+3) - 1, Rel: rels[r.Intn(len(rels))]}
			pos += len(w) + 1
		}
		// Call the unguarded coder: a panic here is a bug the recover in
		// Sentence would hide.
		s := newSent(c, toks, "2024-01-17")
		for _, e := range s.code() {
			checkEvent(t, e, toks)
		}
	})
}

// Coding is read-only on the coder: many goroutines may share it.
func TestConcurrent(t *testing.T) {
	c := coder(t)
	var wg sync.WaitGroup
	results := make([]string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			var out []string
			for _, tc := range constructionCases {
				toks, _ := parse(t, tc.parse)
				out = append(out, dump(c.Sentence(toks, "2024-01-17")))
			}
			results[g] = strings.Join(out, "\n")
		}(g)
	}
	wg.Wait()
	for g := 1; g < len(results); g++ {
		if results[g] != results[0] {
			t.Fatalf("goroutine %d coded differently", g)
		}
	}
}

func writeFile(path, s string) error { return os.WriteFile(path, []byte(s), 0o644) }

func TestLocation(t *testing.T) {
	c := coder(t)
	toks, _ := parse(t, `
Iran Iran PROPN NNP 2 nsubj
launched launch VERB VBD 0 root
strikes strike NOUN NNS 2 obj
in in ADP IN 5 case
Panjgur Panjgur PROPN NNP 3 nmod
, , PUNCT , 7 punct
Balochistan Balochistan PROPN NNP 5 conj`)
	evs := c.Sentence(toks, "2024-01-17")
	if !has(evs, "IRN", "PAK", "190", "asserted") {
		t.Fatalf("strikes in a Pakistani district are strikes on Pakistan: %s", dump(evs))
	}
	loc := evs[0].Location
	if loc == nil || loc.Name != "Panjgur" || loc.Country != "PAK" || !loc.HasCoords {
		t.Fatalf("location %+v, want Panjgur, PAK, with coordinates", loc)
	}
	if loc.Lat < 20 || loc.Lat > 35 || loc.Lon < 60 || loc.Lon > 70 {
		t.Errorf("Panjgur at %.2f, %.2f", loc.Lat, loc.Lon)
	}
}

// A country named as whose someone or something is gives an event no
// place, where a city so named does.
func TestLocationIsNoOwner(t *testing.T) {
	c := coder(t)
	for _, tc := range []struct {
		name, parse, want string
	}{
		{"an accord named after a city", `
Mali Mali PROPN NNP 3 nmod:poss
's 's PART POS 1 case
junta junta NOUN NN 4 nsubj
ended end VERB VBD 0 root
the the DET DT 9 det
2015 2015 NUM CD 9 compound
Algiers Algier PROPN NNPS 9 compound
peace peace NOUN NN 9 compound
agreement agreement NOUN NN 4 obj
with with ADP IN 13 case
the the DET DT 13 det
separatist separatist ADJ JJ 13 amod
groups group NOUN NNS 9 nmod
. . PUNCT . 4 punct`, ""},
		{"a repeat of the event in the sentence names its place", `
Iraq Iraq PROPN NNP 3 nmod:poss
's 's PART POS 1 case
government government NOUN NN 4 nsubj
condemned condemn VERB VBD 0 root
the the DET DT 7 det
US US PROPN NNP 7 compound
strikes strike NOUN NNS 4 obj
and and CCONJ CC 9 cc
summoned summon VERB VBD 4 conj
the the DET DT 13 det
US US PROPN NNP 13 compound
charge charge NOUN NN 13 compound
d'affaires d'affaires NOUN NN 9 obj
in in ADP IN 15 case
Baghdad Baghdad PROPN NNP 9 obl
. . PUNCT . 4 punct`, "Baghdad"},
		{"a country's companies sanctioned", `
China China PROPN NNP 2 nsubj
imposed impose VERB VBD 0 root
sanctions sanction NOUN NNS 2 obj
on on ADP IN 8 case
three three NUM CD 8 nummod
US US PROPN NNP 8 compound
defence defence NOUN NN 8 compound
companies company NOUN NNS 2 obl`, ""},
		{"a country's invitation rejected", `
Sudan Sudan PROPN NNP 2 nsubj
rejected reject VERB VBD 0 root
a a DET DT 5 det
US US PROPN NNP 5 compound
invitation invitation NOUN NN 2 obj`, ""},
		{"a verb of saying the parser coordinated is no participle of the object, and no place of the strike", `
Turkish Turkish ADJ JJ 2 amod
warplanes warplane NOUN NNS 3 nsubj
struck strike VERB VBD 0 root
30 30 NUM CD 5 nummod
targets target NOUN NNS 3 obj
of of ADP IN 8 case
Kurdish Kurdish ADJ JJ 8 amod
militants militant NOUN NNS 5 nmod
in in ADP IN 11 case
northern northern ADJ JJ 11 amod
Iraq Iraq PROPN NNP 8 nmod
and and CCONJ CC 13 cc
Syria Syria PROPN NNP 11 conj
on on ADP IN 15 case
Thursday Thursday PROPN NNP 8 nmod
, , PUNCT , 19 punct
the the DET DT 19 det
defence defence NOUN NN 19 compound
ministry ministry NOUN NN 15 appos
said say VERB VBD 3 conj
, , PUNCT , 22 punct
days day NOUN NNS 29 nmod:unmarked
after after ADP IN 29 case
a a DET DT 26 det
suicide suicide NOUN NN 26 compound
bombing bombing NOUN NN 29 compound
outside outside ADJ JJ 29 amod
government government NOUN NN 29 compound
buildings building NOUN NNS 32 obl
in in ADP IN 31 case
Ankara Ankara PROPN NNP 29 nmod
. . PUNCT . 20 punct`, ""},
		{"a city's airport bombed", `
Rebels rebel NOUN NNS 2 nsubj
bombed bomb VERB VBD 0 root
the the DET DT 5 det
Kabul Kabul PROPN NNP 5 compound
airport airport NOUN NN 2 obj`, "Kabul"},
	} {
		toks, text := parse(t, tc.parse)
		evs := c.Sentence(toks, "2024-05-20")
		if len(evs) == 0 {
			t.Errorf("%s: %q: no event", tc.name, text)
			continue
		}
		got := ""
		if evs[0].Location != nil {
			got = evs[0].Location.Name
		}
		if got != tc.want {
			t.Errorf("%s: %q: location %q, want %q", tc.name, text, got, tc.want)
		}
	}
}

// codeLast codes an article of the given parses and returns the events
// of its last sentence, which may read what the others said.
func codeLast(t *testing.T, c *Coder, date string, parses ...string) []Event {
	t.Helper()
	var sents []article.Sentence
	for i, p := range parses {
		toks, _ := parse(t, p)
		sents = append(sents, article.Sentence{Index: i, Tokens: toks})
	}
	var last []Event
	for _, e := range c.Code(&article.Article{Sentences: sents}, date) {
		if e.Sentence == len(parses)-1 {
			last = append(last, e)
		}
	}
	return last
}

// codeAfter codes an article of two sentences and returns the events of
// the second, which may read what the first said.
func codeAfter(c *Coder, first, second []article.Token, date string) []Event {
	a := &article.Article{Sentences: []article.Sentence{{Index: 0, Tokens: first}, {Index: 1, Tokens: second}}}
	var out []Event
	for _, e := range c.Code(a, date) {
		if e.Sentence == 1 {
			out = append(out, e)
		}
	}
	return out
}

// somaliForcesKilledAndCaptured begins "Somali security forces killed
// five of the militants and captured …".
const somaliForcesKilledAndCaptured = `
Somali Somali PROPN NNP 3 compound
security security NOUN NN 3 compound
forces force NOUN NNS 4 nsubj
killed kill VERB VBD 0 root
five five NUM CD 4 obj
of of ADP IN 8 case
the the DET DT 8 det
militants militant NOUN NNS 5 nmod
and and CCONJ CC 10 cc
captured capture VERB VBD 4 conj`

// alShabaabAttacksABeach tells of one group's attack in Somalia.
const alShabaabAttacksABeach = `
Al Al PROPN NNP 4 compound
- - PUNCT HYPH 3 punct
Shabaab Shabaab PROPN NNP 1 flat
militants militant NOUN NNS 5 nsubj
attacked attack VERB VBD 0 root
a a DET DT 7 det
beach beach NOUN NN 5 obj
in in ADP IN 9 case
Mogadishu Mogadishu PROPN NNP 7 nmod
. . PUNCT . 5 punct`

// gunmenTookPupils tells of gunmen in Nigeria who did verb to pupils.
func gunmenTookPupils(verb, lemma string) string {
	return `
Gunmen Gunmen PROPN NNP 2 nsubj
` + verb + " " + lemma + ` VERB VBD 0 root
20 20 NUM CD 4 nummod
pupils pupil NOUN NNS 2 obj
in in ADP IN 9 case
Nigeria Nigeria PROPN NNP 9 nmod:poss
's 's PART POS 6 case
Kaduna Kaduna PROPN NNP 9 compound
state state NOUN NN 2 obl
. . PUNCT . 2 punct`
}

// unicefCondemned has UNICEF condemn "the" act named by noun.
func unicefCondemned(noun string) string {
	return `
UNICEF UNICEF PROPN NNP 2 nsubj
condemned condemn VERB VBD 0 root
the the DET DT 4 det
` + noun + " " + noun + ` NOUN NN 2 obj
. . PUNCT . 2 punct`
}

// egyptRecallsItsAmbassador makes Egypt an article's lead state.
const egyptRecallsItsAmbassador = `
Egypt Egypt PROPN NNP 2 nsubj
recalled recall VERB VBD 0 root
its its PRON PRP$ 4 nmod:poss
ambassador ambassador NOUN NN 2 obj
from from ADP IN 6 case
Turkey Turkey PROPN NNP 2 obl`

// An organ named by its bare name ("the foreign ministry") that no
// earlier sentence named with its country is of the state that acts
// first in the article, and names that state's gazetteer row.
func TestBareOrganIsTheLeadState(t *testing.T) {
	c := coder(t)
	lead, _ := parse(t, egyptRecallsItsAmbassador)
	bare, _ := parse(t, `
The the DET DT 3 det
foreign foreign ADJ JJ 3 amod
ministry ministry NOUN NN 4 nsubj
summoned summon VERB VBD 0 root
the the DET DT 7 det
Turkish Turkish ADJ JJ 7 amod
envoy envoy NOUN NN 4 obj`)
	second := codeAfter(c, lead, bare, "2024-01-17")
	if !has(second, "EGYGOV", "TUR", "", "") {
		t.Fatalf("the foreign ministry after Egypt's recall is Egypt's: %s", dump(second))
	}
	if src := second[0].Source.Sources; len(src) == 0 || !strings.HasPrefix(src[0], "data/countries.tsv:") {
		t.Errorf("the ministry's country without its gazetteer row: %q", src)
	}
	// alone, the sentence says no more than a ministry of no country
	if evs := c.Sentence(bare, "2024-01-17"); has(evs, "EGY", "", "", "") {
		t.Errorf("a sentence coded alone borrowed a country: %s", dump(evs))
	}
}

// georgiaSaysTroopsShelled begins a minimal pair: whose troops shelled
// depends on whom they shelled.
const georgiaSaysTroopsShelled = `
Georgia Georgia PROPN NNP 3 nmod:poss
's 's PART POS 1 case
army army NOUN NN 4 nsubj
said say VERB VBD 0 root
troops troop NOUN NNS 7 nsubj
had have AUX VBD 7 aux
shelled shell VERB VBN 4 ccomp`

// pakistaniWarplanesBombed tells of one attack by one state on another.
const pakistaniWarplanesBombed = `
Pakistani Pakistani ADJ JJ 2 amod
warplanes warplane NOUN NNS 3 nsubj
bombed bomb VERB VBD 0 root
villages village NOUN NNS 3 obj
in in ADP IN 6 case
Afghanistan Afghanistan PROPN NNP 4 nmod
. . PUNCT . 3 punct`

// erdoganCondemnedTheAttack condemns an attack told of before.
const erdoganCondemnedTheAttack = `
Erdogan Erdogan PROPN NNP 2 nsubj
condemned condemn VERB VBD 0 root
the the DET DT 4 det
attack attack NOUN NN 2 obj
. . PUNCT . 2 punct`

// forcesShelledFinoteSelam is "<modifier> forces shelled the town of
// Finote Selam on Sunday, killing 26 people.", the modifier's line given.
func forcesShelledFinoteSelam(modifier string) string {
	return "\n" + modifier + "\n" + `forces force NOUN NNS 3 nsubj
shelled shell VERB VBD 0 root
the the DET DT 5 det
town town NOUN NN 3 obj
of of ADP IN 7 case
Finote Finote PROPN NNP 5 nmod
Selam Selam PROPN NNP 7 flat
on on ADP IN 10 case
Sunday Sunday PROPN NNP 7 nmod
, , PUNCT , 12 punct
killing kill VERB VBG 3 advcl
26 26 NUM CD 14 nummod
people people NOUN NNS 12 obj
. . PUNCT . 3 punct`
}

// theGroupClaimed is "The <modifiers> group claimed responsibility for
// the attack.", each modifier given as "Form lemma UPOS XPOS rel".
func theGroupClaimed(modifiers ...string) string {
	g := len(modifiers) + 2
	c, a := g+1, g+5
	var b strings.Builder
	fmt.Fprintf(&b, "\nThe the DET DT %d det", g)
	for _, m := range modifiers {
		f := strings.Fields(m)
		fmt.Fprintf(&b, "\n%s %s %s %s %d %s", f[0], f[1], f[2], f[3], g, f[4])
	}
	fmt.Fprintf(&b, "\ngroup group NOUN NN %d nsubj\nclaimed claim VERB VBD 0 root\nresponsibility responsibility NOUN NN %d obj", c, c)
	fmt.Fprintf(&b, "\nfor for ADP IN %d case\nthe the DET DT %d det\nattack attack NOUN NN %d obl\n. . PUNCT . %d punct", a, a, c, c)
	return b.String()
}

// talibanGovernment is the subject "The Taliban government" of a verb
// at token 4.
const talibanGovernment = `
The the DET DT 3 det
Taliban Taliban PROPN NNP 3 compound
government government NOUN NN 4 nsubj`

// contextCases are pairs of sentences of one article where the first
// tells the coder something about the second: want and not are about the
// second sentence's events when coded after the first, alone about them
// when it is coded alone (what the first sentence supplied).
var contextCases = []struct {
	name, before, after, date string
	want, not, alone          [][4]string
}{
	{"agentless harm right after one side's attack on that country is that side's", `
Russia Russia PROPN NNP 2 nsubj
fired fire VERB VBD 0 root
missiles missile NOUN NNS 2 obj
at at ADP IN 5 case
Ukraine Ukraine PROPN NNP 2 obl`, harmInKharkiv, "2024-02-20",
		[][4]string{{"RUS$", "UKR", "", ""}}, [][4]string{{"UKR", "", "", ""}}, [][4]string{{"RUS", "", "", ""}}},

	{"harm in a country the attack before was not on is not that attack's", `
Israel Israel PROPN NNP 2 nsubj
fired fire VERB VBD 0 root
missiles missile NOUN NNS 2 obj
at at ADP IN 5 case
Lebanon Lebanon PROPN NNP 2 obl`, harmInKharkiv, "2024-02-20",
		nil, [][4]string{{"ISR", "", "", ""}}, nil},

	{"a known person named before in full is meant by surname", `
Japanese Japanese ADJ JJ 3 amod
Foreign Foreign PROPN NNP 3 compound
Minister Minister PROPN NNP 5 nmod:desc
Taro Taro PROPN NNP 5 compound
Kono Kono PROPN NNP 6 nsubj
summoned summon VERB VBD 0 root
the the DET DT 8 det
ambassador ambassador NOUN NN 6 obj`, `
Kono Kono PROPN NNP 2 nsubj
criticised criticise VERB VBD 0 root
South South PROPN NNP 4 compound
Korea Korea PROPN NNP 2 obj`, "2019-08-02",
		[][4]string{{"JPNGOV", "KOR", "111", "asserted"}}, nil, [][4]string{{"JPNGOV", "", "", ""}}},

	{"an office named without its state is of the one state its sentence names", `
Kosovo Kosovo PROPN NNP 2 compound
police police NOUN NN 3 nsubj
killed kill VERB VBD 0 root
three three NUM CD 3 obj
of of ADP IN 7 case
the the DET DT 7 det
attackers attacker NOUN NNS 4 nmod
, , PUNCT , 10 punct
Prime Prime ADJ NNP 10 amod
Minister Minister PROPN NNP 11 nmod:desc
Albin Albin PROPN NNP 13 nsubj
Kurti Kurti PROPN NNP 11 flat
said say VERB VBD 3 advcl
. . PUNCT . 13 punct`, `
Kurti Kurti PROPN NNP 2 nsubj
accused accuse VERB VBD 0 root
Serbia Serbia PROPN NNP 2 obj
of of SCONJ IN 5 mark
backing back VERB VBG 2 advcl
the the DET DT 7 det
attack attack NOUN NN 5 obj
. . PUNCT . 2 punct`, "2023-09-25",
		[][4]string{{"KSVGOV", "SRB", "112", "asserted"}}, nil, nil},

	{"an it that a body the sentence names stands for is not the last sentence's subject", `
Colombia Colombia PROPN NNP 3 nmod:poss
's 's PART POS 1 case
president president NOUN NN 4 nsubj
criticised criticise VERB VBD 0 root
Ecuador Ecuador PROPN NNP 4 obj
. . PUNCT . 4 punct`, `
The the DET DT 2 det
group group NOUN NN 3 nsubj
said say VERB VBD 0 root
it it PRON PRP 6 nsubj
had have AUX VBD 6 aux
attacked attack VERB VBN 3 ccomp
Venezuela Venezuela PROPN NNP 6 obj
. . PUNCT . 3 punct`, "2024-03-18",
		nil, [][4]string{{"COL", "", "", ""}}, nil},

	{"the coalition an article named by the state that leads it is that state's later", `
The the DET DT 5 det
Saudi Saudi ADJ JJ 4 compound
- - PUNCT HYPH 2 punct
led led ADJ JJ 5 amod
coalition coalition NOUN NN 6 nsubj
said say VERB VBD 0 root
. . PUNCT . 6 punct`, `
Coalition coalition NOUN NN 2 compound
warplanes warplane NOUN NNS 3 nsubj
struck strike VERB VBD 0 root
Houthi Houthi PROPN NNP 5 compound
targets target NOUN NNS 3 obj
in in ADP IN 7 case
Sanaa Sanaa PROPN NNP 5 nmod
. . PUNCT . 3 punct`, "2018-03-26",
		[][4]string{{"SAUMIL", "YEMREB", "195", "asserted"}}, [][4]string{{"YEMMIL", "", "", ""}}, [][4]string{{"SAU", "", "", ""}}},

	{"a person the gazetteer does not know, titled by an office of no state, holds it in the lead state", egyptRecallsItsAmbassador, `
President President PROPN NNP 2 nmod:desc
Hamdi Hamdi PROPN NNP 4 nsubj
Tolba Tolba PROPN NNP 2 flat
deployed deploy VERB VBD 0 root
the the DET DT 6 det
army army NOUN NN 4 obj
. . PUNCT . 4 punct`, "2024-01-18",
		[][4]string{{"EGYGOV", "", "154", "asserted"}}, nil, [][4]string{{"EGYGOV", "", "", ""}}},

	{"an office one person holds is a \"she\"", `
Lithuania Lithuania PROPN NNP 4 nmod:poss
's 's PART POS 1 case
prime prime ADJ JJ 4 amod
minister minister NOUN NN 5 nsubj
said say VERB VBD 0 root
the the DET DT 7 det
border border NOUN NN 9 nsubj
would would AUX MD 9 aux
close close VERB VB 5 ccomp
. . PUNCT . 5 punct`, `
She She PRON PRP 2 nsubj
accused accuse VERB VBD 0 root
Minsk Minsk PROPN NNP 2 obj
of of ADP IN 7 case
a a DET DT 7 det
hybrid hybrid ADJ JJ 7 amod
attack attack NOUN NN 2 obl
. . PUNCT . 2 punct`, "2025-10-27",
		[][4]string{{"LTUGOV", "BLR", "112", "asserted"}}, nil, [][4]string{{"LTU", "", "", ""}}},

	{"a \"she\" that cannot be the state the sentence before is about is who said it", `
Lithuania Lithuania PROPN NNP 2 nsubj
closed close VERB VBD 0 root
its its PRON PRP$ 4 nmod:poss
border border NOUN NN 2 obj
with with ADP IN 6 case
Belarus Belarus PROPN NNP 4 nmod
for for ADP IN 9 case
a a DET DT 9 det
month month NOUN NN 2 obl
on on ADP IN 11 case
Monday Monday PROPN NNP 9 nmod
, , PUNCT , 14 punct
Prime Prime ADJ NNP 14 amod
Minister Minister PROPN NNP 15 nmod:desc
Inga Inga PROPN NNP 9 nmod
Ruginiene Ruginiene PROPN NNP 15 flat
said say VERB VBD 2 advcl
. . PUNCT . 17 punct`, `
She She PRON PRP 2 nsubj
accused accuse VERB VBD 0 root
Minsk Minsk PROPN NNP 2 obj
of of ADP IN 7 case
a a DET DT 7 det
hybrid hybrid ADJ JJ 7 amod
attack attack NOUN NN 2 obl
. . PUNCT . 2 punct`, "2025-10-27",
		[][4]string{{"LTUGOV", "BLR", "112", "asserted"}}, nil, [][4]string{{"LTU", "", "", ""}}},

	{"a case taken to a court is a lawsuit against the state the article last told its source dealing with", egyptRecallsItsAmbassador, `
Egypt Egypt PROPN NNP 2 nsubj
said say VERB VBD 0 root
it it PRON PRP 5 nsubj
would would AUX MD 5 aux
take take VERB VB 2 ccomp
the the DET DT 7 det
case case NOUN NN 5 obj
to to ADP IN 11 case
the the DET DT 11 det
International International ADJ NNP 11 amod
Court Court PROPN NNP 5 obl
of of ADP IN 13 case
Justice Justice PROPN NNP 11 nmod
. . PUNCT . 2 punct`, "2024-01-18",
		[][4]string{{"EGY", "TUR", "115", "future"}}, nil, [][4]string{{"EGY", "", "", ""}}},

	{"a sentence that names no country is about the one its actors, known from the article, are of", egyptRecallsItsAmbassador, `
The the DET DT 2 det
government government NOUN NN 3 nsubj
accused accuse VERB VBD 0 root
Catholic Catholic ADJ JJ 5 amod
bishops bishop NOUN NNS 3 obj
of of ADP IN 7 case
treason treason NOUN NN 5 nmod
. . PUNCT . 3 punct`, "2024-01-18",
		[][4]string{{"EGYGOV", "EGYREL", "112", "asserted"}}, [][4]string{{"EGYGOV", "REL", "", ""}}, [][4]string{{"EGY", "", "", ""}}},

	{"police named without an article are the lead state's", egyptRecallsItsAmbassador, `
Police police NOUN NNS 3 nsubj
had have AUX VBD 3 aux
fired fire VERB VBN 0 root
on on ADP IN 5 case
demonstrators demonstrator NOUN NNS 3 obl
on on ADP IN 7 case
Sunday Sunday PROPN NNP 5 nmod
. . PUNCT . 3 punct`, "2024-01-18",
		[][4]string{{"EGYCOP", "EGYOPP", "190", "asserted"}}, nil, [][4]string{{"EGY", "", "", ""}}},

	{"government forces are the lead state's", egyptRecallsItsAmbassador, forcesShelledFinoteSelam("Government government NOUN NN 2 compound"), "2024-01-18",
		[][4]string{{"EGYMIL", "EGYCVL", "194", "asserted"}}, nil, [][4]string{{"EGY", "", "", ""}}},

	{"an organ named before an act did it, of the lead state when the sentence names none", egyptRecallsItsAmbassador, `
An a DET DT 4 det
army army NOUN NN 3 compound
drone drone NOUN NN 4 compound
strike strike NOUN NN 5 nsubj
killed kill VERB VBD 0 root
26 26 NUM CD 7 nummod
people people NOUN NNS 5 obj
in in ADP IN 10 case
the the DET DT 10 det
town town NOUN NN 7 nmod
of of ADP IN 12 case
Finote Finote PROPN NNP 10 nmod
Selam Selam PROPN NNP 12 flat
on on ADP IN 15 case
Sunday Sunday PROPN NNP 12 nmod
. . PUNCT . 5 punct`, "2024-01-18",
		[][4]string{{"EGYMIL", "EGYCVL", "195", "asserted"}}, nil, [][4]string{{"EGY", "", "", ""}}},

	{"insurgents who attack their own state's forces make the article about that state", `
Separatist Separatist PROPN NNP 2 compound
fighters fighter NOUN NNS 3 nsubj
killed kill VERB VBD 0 root
five five NUM CD 5 nummod
soldiers soldier NOUN NNS 3 obj
in in ADP IN 10 case
Cameroon Cameroon PROPN NNP 10 nmod:poss
's 's PART POS 7 case
Northwest Northwest PROPN NNP 10 compound
region region NOUN NN 3 obl
. . PUNCT . 3 punct`, `
The the DET DT 2 det
army army NOUN NN 3 nsubj
said say VERB VBD 0 root
it it PRON PRP 6 nsubj
had have AUX VBD 6 aux
killed kill VERB VBN 3 ccomp
12 12 NUM CD 8 nummod
separatists separatist NOUN NNS 6 obj
near near ADP IN 10 case
Bamenda Bamenda PROPN NNP 8 nmod
. . PUNCT . 3 punct`, "2024-05-20",
		[][4]string{{"CMRMIL", "CMRREB", "190", "claimed"}}, nil, [][4]string{{"CMR", "", "", ""}}},

	{"\"the country\" in a sentence naming none is the article's lead state", `
Haiti Haiti PROPN NNP 3 nmod:poss
's 's PART POS 1 case
government government NOUN NN 4 nsubj
declared declare VERB VBD 0 root
a a DET DT 6 det
state state NOUN NN 4 obj
of of ADP IN 8 case
emergency emergency NOUN NN 6 nmod
on on ADP IN 10 case
Sunday Sunday PROPN NNP 6 nmod
. . PUNCT . 4 punct`, `
Armed armed ADJ JJ 2 amod
gangs gang NOUN NNS 3 nsubj
stormed storm VERB VBD 0 root
the the DET DT 5 det
country country NOUN NN 8 nmod:poss
's 's PART POS 5 case
largest large ADJ JJS 8 amod
prison prison NOUN NN 3 obj
. . PUNCT . 3 punct`, "2024-03-04",
		[][4]string{{"HTICRM", "HTI", "190", "asserted"}}, nil, [][4]string{{"HTI", "", "", ""}, {"", "HTI", "", ""}}},

	{"responsibility claimed for the attack just told of is claimed towards whom it hit", `
Separatists separatist NOUN NNS 2 nsubj
attacked attack VERB VBD 0 root
a a DET DT 4 det
train train NOUN NN 2 obj
in in ADP IN 6 case
Pakistan Pakistan PROPN NNP 4 nmod
on on ADP IN 8 case
Tuesday Tuesday PROPN NNP 2 obl
. . PUNCT . 2 punct`, `
The the DET DT 4 det
Baloch Baloch PROPN NNP 4 compound
Liberation Liberation PROPN NNP 4 compound
Army Army PROPN NNP 5 nsubj
claimed claim VERB VBD 0 root
responsibility responsibility NOUN NN 5 obj
for for ADP IN 9 case
the the DET DT 9 det
attack attack NOUN NN 5 obl
. . PUNCT . 5 punct`, "2025-03-12",
		[][4]string{{"PAKREB", "PAK", "015", "asserted"}}, nil, [][4]string{{"PAKREB", "PAK", "015", ""}}},

	{"bare security forces are the lead state's police, and the attackers who attacked before", alShabaabAttacksABeach, `
Security security NOUN NN 2 compound
forces force NOUN NNS 3 nsubj
killed kill VERB VBD 0 root
five five NUM CD 3 obj
of of ADP IN 7 case
the the DET DT 7 det
attackers attacker NOUN NNS 4 nmod
. . PUNCT . 3 punct`, "2024-08-03",
		[][4]string{{"SOMCOP", "SOMREB", "190", "asserted"}}, [][4]string{{"SOMCOP", "SOMUAF", "", ""}}, nil},

	{"the attacker is the one of no country who attacked before", `
A a DET DT 2 det
gunman gunman NOUN NN 3 nsubj
stormed storm VERB VBD 0 root
Azerbaijan Azerbaijan PROPN NNP 6 nmod:poss
's 's PART POS 4 case
embassy embassy NOUN NN 3 obj
in in ADP IN 8 case
Tehran Tehran PROPN NNP 6 nmod
. . PUNCT . 3 punct`, `
Iranian Iranian ADJ JJ 2 amod
police police NOUN NN 3 nsubj
arrested arrest VERB VBD 0 root
the the DET DT 5 det
attacker attacker NOUN NN 3 obj
. . PUNCT . 3 punct`, "2023-01-28",
		[][4]string{{"IRNCOP", "IRNUAF", "173", "asserted"}}, nil, [][4]string{{"IRNCOP", "", "173", ""}}},

	{"the attack after a report of one strike is that strike", `
Israel Israel PROPN NNP 2 nsubj
carried carry VERB VBD 0 root
out out ADP RP 2 compound:prt
an a DET DT 6 det
air air NOUN NN 6 compound
strike strike NOUN NN 2 obj
in in ADP IN 8 case
Doha Doha PROPN NNP 6 nmod
. . PUNCT . 2 punct`, `
Qatar Qatar PROPN NNP 2 nsubj
condemned condemn VERB VBD 0 root
the the DET DT 4 det
attack attack NOUN NN 2 obj
. . PUNCT . 2 punct`, "2025-09-10",
		[][4]string{{"QAT", "ISR", "111", "asserted"}}, nil, [][4]string{{"QAT", "ISR", "", ""}}},

	{"the strikes after a report of one bombing are that bombing", pakistaniWarplanesBombed, talibanGovernment + `
condemned condemn VERB VBD 0 root
the the DET DT 6 det
strikes strike NOUN NNS 4 obj
. . PUNCT . 4 punct`, "2024-12-25",
		[][4]string{{"AFGGOV", "PAKMIL", "111", "asserted"}}, nil, [][4]string{{"AFGGOV", "PAK", "", ""}}},

	{"a threat that names nothing, by a state just attacked, is against its attacker", pakistaniWarplanesBombed, talibanGovernment + `
vowed vow VERB VBD 0 root
to to PART TO 6 mark
retaliate retaliate VERB VB 4 xcomp
. . PUNCT . 4 punct`, "2024-12-25",
		[][4]string{{"AFGGOV", "PAKMIL", "138", "threatened"}}, nil, [][4]string{{"AFGGOV", "PAK", "", ""}}},

	{"a threat against what it names names no one", pakistaniWarplanesBombed, talibanGovernment + `
vowed vow VERB VBD 0 root
to to PART TO 6 mark
retaliate retaliate VERB VB 4 xcomp
against against ADP IN 9 case
the the DET DT 9 det
attack attack NOUN NN 6 obl
. . PUNCT . 4 punct`, "2024-12-25",
		nil, [][4]string{{"AFGGOV", "PAK", "138", ""}}, nil},

	{"a number of attackers after an attack are of those who attacked", alShabaabAttacksABeach, `
Police police NOUN NNS 2 nsubj
killed kill VERB VBD 0 root
five five NUM CD 4 nummod
attackers attacker NOUN NNS 2 obj
. . PUNCT . 2 punct`, "2024-08-03",
		[][4]string{{"SOMCOP", "SOMREB", "190", "asserted"}}, [][4]string{{"SOMCOP", "SOMUAF", "", ""}}, nil},

	{"the group named by its sector is the group the article named", alShabaabAttacksABeach, theGroupClaimed("militant militant ADJ JJ amod"), "2024-08-03",
		[][4]string{{"SOMREB", "SOM", "015", "asserted"}}, [][4]string{{"UAF", "", "", ""}}, nil},

	{"the group named by its home is the group the article named", alShabaabAttacksABeach, theGroupClaimed("Somali Somali PROPN NNP compound"), "2024-08-03",
		[][4]string{{"SOMREB", "SOM", "015", "asserted"}}, [][4]string{{"SOM$", "", "", ""}}, nil},

	{"an attack told of only to date another is not the other's", `
Turkish Turkish ADJ JJ 2 amod
warplanes warplane NOUN NNS 3 nsubj
struck strike VERB VBD 0 root
targets target NOUN NNS 3 obj
in in ADP IN 6 case
Iraq Iraq PROPN NNP 4 nmod
, , PUNCT , 8 punct
hours hour NOUN NNS 11 nmod:unmarked
after after ADP IN 11 case
an a DET DT 11 det
attack attack NOUN NN 3 obl
near near ADP IN 14 mark
Ankara Ankara PROPN NNP 14 nsubj
killed kill VERB VBD 3 advcl
five five NUM CD 16 nummod
people people NOUN NNS 14 obj
. . PUNCT . 3 punct`, erdoganCondemnedTheAttack, "2024-10-24",
		nil, [][4]string{{"", "TURMIL", "", ""}}, nil},

	{"an attack during which the police killed attackers is not the police's", `
Turkish Turkish ADJ JJ 2 amod
police police NOUN NN 3 nsubj
killed kill VERB VBD 0 root
two two NUM CD 5 nummod
assailants assailant NOUN NNS 3 obj
during during ADP IN 8 case
the the DET DT 8 det
attack attack NOUN NN 3 obl
. . PUNCT . 3 punct`, erdoganCondemnedTheAttack, "2024-10-24",
		nil, [][4]string{{"", "TURCOP", "", ""}}, nil},

	{"an office that reports a state's act in a sentence naming two is that state's", `
Algeria Algeria PROPN NNP 2 nsubj
cut cut VERB VBD 0 root
diplomatic diplomatic ADJ JJ 4 amod
ties tie NOUN NNS 2 obj
with with ADP IN 6 case
Morocco Morocco PROPN NNP 4 nmod
on on ADP IN 8 case
Tuesday Tuesday PROPN NNP 4 nmod
, , PUNCT , 12 punct
Foreign Foreign ADJ NNP 11 amod
Minister Minister PROPN NNP 12 nmod:desc
Karim Karim PROPN NNP 14 nsubj
Benali Benali PROPN NNP 12 flat
said say VERB VBD 2 advcl
. . PUNCT . 14 punct`, `
Benali Benali PROPN NNP 2 nsubj
accused accuse VERB VBD 0 root
Morocco Morocco PROPN NNP 2 obj
of of SCONJ IN 6 case
supporting support VERB VBG 6 amod
rebels rebel NOUN NNS 3 nmod
. . PUNCT . 2 punct`, "2021-08-25",
		[][4]string{{"DZAGOV", "MAR", "112", "asserted"}}, nil, [][4]string{{"DZA", "", "", ""}}},

	{"federal forces are the lead state's", egyptRecallsItsAmbassador, forcesShelledFinoteSelam("Federal federal ADJ JJ 2 amod"), "2024-01-18",
		[][4]string{{"EGYMIL", "", "", ""}}, nil, [][4]string{{"EGY", "", "", ""}}},

	{"the group named by its home and its kind is the group the article named", alShabaabAttacksABeach, theGroupClaimed("Somali Somali PROPN NNP compound", "Islamist Islamist PROPN NNP compound"), "2024-08-03",
		[][4]string{{"SOMREB", "SOM", "015", "asserted"}}, [][4]string{{"SOMUAF", "", "", ""}}, nil},

	{"a group named with its patron split off is the group the article named", alShabaabAttacksABeach, `
The the DET DT 7 det
al al PROPN NNP 7 compound
- - PUNCT HYPH 2 punct
Qaeda Qaeda PROPN NNP 2 flat
- - PUNCT HYPH 7 punct
linked linked ADJ JJ 7 amod
group group NOUN NN 8 nsubj
claimed claim VERB VBD 0 root
responsibility responsibility NOUN NN 8 obj
for for ADP IN 12 case
the the DET DT 12 det
attack attack NOUN NN 8 obl
. . PUNCT . 8 punct`, "2024-08-03",
		[][4]string{{"SOMREB", "SOM", "015", "asserted"}}, [][4]string{{"IMGMUSALQ", "", "", ""}}, nil},

	{"violence on armed groups in a state is no attack on the state, whose losses told next are no one's", `
Russian Russian ADJ JJ 2 amod
warplanes warplane NOUN NNS 3 nsubj
struck strike VERB VBD 0 root
rebel rebel NOUN NN 5 compound
positions position NOUN NNS 3 obj
in in ADP IN 7 case
Idlib Idlib PROPN NNP 3 obl
. . PUNCT . 3 punct`, `
Dozens dozen NOUN NNS 6 nsubj:pass
of of ADP IN 4 case
Syrian Syrian ADJ JJ 4 amod
soldiers soldier NOUN NNS 1 nmod
were be AUX VBD 6 aux:pass
killed kill VERB VBN 0 root
. . PUNCT . 6 punct`, "2024-11-30",
		nil, [][4]string{{"RUSMIL", "SYRMIL", "", ""}}, nil},

	{"the paramilitary group charged is the group named before", `
The the DET DT 4 det
Rapid rapid ADJ JJ 4 amod
Support support NOUN NN 4 compound
Forces force NOUN NNS 5 nsubj
attacked attack VERB VBD 0 root
the the DET DT 8 det
Zamzam Zamzam PROPN NNP 8 compound
camp camp NOUN NN 5 obj
in in ADP IN 10 case
Darfur Darfur PROPN NNP 8 nmod
. . PUNCT . 5 punct`, `
The the DET DT 3 det
Sudanese sudanese ADJ JJ 3 amod
army army NOUN NN 4 nsubj
accused accuse VERB VBD 0 root
the the DET DT 7 det
paramilitary paramilitary NOUN NN 7 compound
group group NOUN NN 4 obj
of of ADP IN 9 case
genocide genocide NOUN NN 7 nmod
. . PUNCT . 4 punct`, "2025-04-14",
		[][4]string{{"SDNMIL", "SDNREB", "112", "asserted"}}, nil, nil},

	{"the kidnapping condemned is the kidnappers'", gunmenTookPupils("kidnapped", "kidnap"), unicefCondemned("kidnapping"), "2024-03-08",
		[][4]string{{"IGOUNOKID", "NGAUAF", "111", "asserted"}}, nil, nil},

	{"the abduction condemned is the abductors'", gunmenTookPupils("abducted", "abduct"), unicefCondemned("abduction"), "2024-03-08",
		[][4]string{{"IGOUNOKID", "NGAUAF", "111", "asserted"}}, nil, nil},

	{"a call for the release of one's own is on the state that holds them; Abidjan is the Ivorian government", `
Burkina Burkina PROPN NNP 5 nmod:poss
Faso Faso PROPN NNP 1 flat
's 's PART POS 1 case
military military ADJ JJ 5 amod
government government NOUN NN 7 nsubj
has have AUX VBZ 7 aux
detained detain VERB VBN 0 root
two two NUM CD 10 nummod
Ivorian ivorian ADJ JJ 10 amod
gendarmes gendarme NOUN NNS 7 obj
. . PUNCT . 7 punct`, `
Abidjan Abidjan PROPN NNP 2 nsubj
called call VERB VBD 0 root
for for ADP IN 6 case
their their PRON PRP$ 6 nmod:poss
immediate immediate ADJ JJ 6 amod
release release NOUN NN 2 obl
. . PUNCT . 2 punct`, "2024-09-20",
		[][4]string{{"CIVGOV", "BFA", "0253", "asserted"}}, nil, nil},

	{"a group claims the attack of men no one knew, on the state it hit", `
Jihadist Jihadist PROPN NNP 2 compound
fighters fighter NOUN NNS 3 nsubj
killed kill VERB VBD 0 root
28 28 NUM CD 5 nummod
soldiers soldier NOUN NNS 3 obj
in in ADP IN 8 case
an a DET DT 8 det
attack attack NOUN NN 3 obl
on on ADP IN 12 case
two two NUM CD 12 nummod
army army NOUN NN 12 compound
positions position NOUN NNS 8 nmod
near near ADP IN 16 case
Benin Benin PROPN NNP 16 nmod:poss
's 's PART POS 14 case
border border NOUN NN 12 nmod
with with ADP IN 18 case
Niger Niger PROPN NNP 16 nmod
and and CCONJ CC 20 cc
Burkina Burkina PROPN NNP 18 conj
Faso Faso PROPN NNP 20 flat
on on ADP IN 23 case
Wednesday Wednesday PROPN NNP 18 nmod
, , PUNCT , 26 punct
the the DET DT 26 det
army army NOUN NN 27 nsubj
said say VERB VBD 3 advcl
. . PUNCT . 27 punct`, `
JNIM JNIM PROPN NNP 2 nsubj
claimed claim VERB VBD 0 root
responsibility responsibility NOUN NN 2 obj
for for ADP IN 6 case
the the DET DT 6 det
attack attack NOUN NN 2 obl
. . PUNCT . 2 punct`, "2025-01-10",
		[][4]string{{"MLIREB", "BEN", "015", "asserted"}}, nil, nil},

	{"the mission accused of failing is the organisation named before", `
The the DET DT 4 det
UN UN PROPN NNP 4 compound
Security Security PROPN NNP 4 compound
Council Council PROPN NNP 5 nsubj
voted vote VERB VBD 0 root
unanimously unanimously ADV RB 5 advmod
to to PART TO 8 mark
end end VERB VB 5 advcl
the the DET DT 10 det
mandate mandate NOUN NN 8 obj
. . PUNCT . 5 punct`, `
Mali Mali PROPN NNP 3 nmod:poss
's 's PART POS 1 case
junta junta NOUN NN 5 nsubj
has have AUX VBZ 5 aux
accused accuse VERB VBN 0 root
the the DET DT 7 det
mission mission NOUN NN 5 obj
of of SCONJ IN 9 mark
failing fail VERB VBG 7 acl
to to PART TO 11 mark
protect protect VERB VB 9 xcomp
civilians civilian NOUN NNS 11 obj
. . PUNCT . 5 punct`, "2023-10-10",
		[][4]string{{"MLIGOV", "IGOUNO", "112", "asserted"}}, nil, nil},

	{"a one-word place with a known person's surname gives way to the person", `
Japanese Japanese ADJ JJ 3 amod
Foreign Foreign PROPN NNP 3 compound
Minister Minister PROPN NNP 5 nmod:desc
Taro Taro PROPN NNP 5 compound
Kono Kono PROPN NNP 6 nsubj
summoned summon VERB VBD 0 root
the the DET DT 8 det
ambassador ambassador NOUN NN 6 obj`, `
Kono Kono PROPN NNP 2 nsubj
said say VERB VBD 0 root
police police NOUN NN 4 nsubj
arrested arrest VERB VBD 2 ccomp
protesters protester NOUN NNS 4 obj`, "2019-08-02",
		[][4]string{{"JPNCOP", "JPNOPP", "173", ""}}, nil, nil},

	{"the bloc is the last international organisation named", africanUnionMet, blocCondemned("bloc"), "2021-06-01",
		[][4]string{{"IGOAFRAFU", "MLI", "", "asserted"}}, nil, [][4]string{{"IGO", "", "", ""}}},

	{"the group is no international organisation", africanUnionMet, blocCondemned("group"), "2021-06-01",
		nil, [][4]string{{"IGO", "", "", ""}}, nil},

	{"a retaliation with no one named against is against the partner before", estoniaExpelled, `
Moscow Moscow PROPN NNP 3 nsubj
will will AUX MD 3 aux
retaliate retaliate VERB VB 0 root`, "2024-02-20",
		[][4]string{{"RUS", "EST", "", ""}}, nil, [][4]string{{"", "", "", ""}}},

	{"a threat against no one named gets no target from the partner before", estoniaExpelled, `
Moscow Moscow PROPN NNP 2 nsubj
reserves reserve VERB VBZ 0 root
the the DET DT 4 det
right right NOUN NN 2 obj
to to PART TO 6 mark
retaliate retaliate VERB VB 4 acl`, "2024-02-20",
		nil, [][4]string{{"RUS", "EST", "", ""}}, nil},

	{"a person introduced by an office of a known state is that office when named again", `
Gabon Gabon PROPN NNP 3 nmod:poss
's 's PART POS 1 case
President President PROPN NNP 6 nsubj
Zorwin Zorwin PROPN NNP 3 flat
Mbelokoa Mbelokoa PROPN NNP 3 flat
arrived arrive VERB VBD 0 root`, `
France France PROPN NNP 2 nsubj
criticised criticise VERB VBD 0 root
Mbelokoa Mbelokoa PROPN NNP 2 obj`, "2024-02-20",
		[][4]string{{"FRA", "GABGOV", "", "asserted"}}, nil, [][4]string{{"", "", "", ""}}},

	{"the group is the last armed group named", `
Boko Boko PROPN NNP 3 nsubj:pass
Haram Haram PROPN NNP 1 flat
was be AUX VBD 3 aux:pass
founded found VERB VBN 0 root
in in ADP IN 5 case
2002 2002 NUM CD 3 obl`, `
The the DET DT 2 det
group group NOUN NN 3 nsubj
attacked attack VERB VBD 0 root
Cameroon Cameroon PROPN NNP 3 obj`, "2015-01-17",
		[][4]string{{"NGAREB", "CMR", "", "asserted"}}, nil, [][4]string{{"", "", "", ""}}},

	// A pronoun with nothing to refer to in its own sentence refers to
	// the subject of the sentence before, if it can: "its" to a state,
	// "he" to a person, never "he" to a state; an organisation's forces
	// are coded as the organisation, as the gazetteer codes "NATO forces".
	{"its warships after France are French", franceSentFrigate, itsWarshipsAttacked, "2024-02-20",
		[][4]string{{"FRAMIL", "YEMREB", "", "asserted"}}, [][4]string{{"YEMMIL", "", "", ""}}, nil},

	{"he after France is not France", franceSentFrigate, `
He he PRON PRP 2 nsubj
attacked attack VERB VBD 0 root
Houthi Houthi PROPN NNP 4 compound
rebels rebel NOUN NNS 2 obj`, "2024-02-20",
		nil, [][4]string{{"FRA", "", "", ""}}, nil},

	{"its warships after NATO are NATO's", `
NATO NATO PROPN NNP 2 nsubj
sent send VERB VBD 0 root
a a DET DT 4 det
frigate frigate NOUN NN 2 obj`, itsWarshipsAttacked, "2024-02-20",
		[][4]string{{"IGOWSTNAT$", "YEMREB", "", "asserted"}}, nil, nil},

	// A definite weapon noun refers back to the weapons an earlier
	// sentence said someone used.
	{"the missiles after the Houthis fired missiles are the Houthis'", `
The the DET DT 2 det
Houthis Houthi PROPN NNPS 3 nsubj
fired fire VERB VBD 0 root
missiles missile NOUN NNS 3 obj
at at ADP IN 7 case
Saudi Saudi ADJ NNP 7 amod
Arabia Arabia PROPN NNP 4 nmod`, `
The the DET DT 2 det
missiles missile NOUN NNS 3 nsubj
hit hit VERB VBD 0 root
an a DET DT 6 det
oil oil NOUN NN 6 compound
facility facility NOUN NN 3 obj
in in ADP IN 8 case
Riyadh Riyadh PROPN NNP 6 nmod`, "2022-03-20",
		[][4]string{{"YEMREB$", "SAU", "", "asserted"}}, nil, [][4]string{{"YEMREB", "", "", ""}}},

	// A verdict on a definite event noun ("condemned the shelling") is on
	// whoever an earlier sentence said did that act, and only that act.
	{"the shelling after M23 shelled Goma is M23's", m23ShelledGoma, unCondemned("shelling"), "2024-02-20",
		[][4]string{{"IGOUNO", "CODREB", "111", ""}}, nil, [][4]string{{"", "CODREB", "", ""}}},

	{"a kidnapping is not the shelling", m23ShelledGoma, unCondemned("kidnapping"), "2024-02-20",
		nil, [][4]string{{"", "CODREB", "", ""}}, nil},

	// "The army" and "the police" are one state's organs, as "the foreign
	// ministry" is: the lead state's when no earlier sentence named them
	// with a country. "Troops" may be anyone's.
	{"the army after Egypt acted is Egypt's", egyptRecallsItsAmbassador, unAccused("army", "NN"), "2024-02-20",
		[][4]string{{"IGOUNO", "EGYMIL", "112", ""}}, nil, nil},

	{"troops after Egypt acted are not Egypt's", egyptRecallsItsAmbassador, unAccused("troops", "NNS"), "2024-02-20",
		nil, [][4]string{{"", "EGYMIL", "", ""}}, nil},
}

const (
	harmInKharkiv = `
Eight eight NUM CD 2 nummod
people people NOUN NNS 4 nsubj:pass
were be AUX VBD 4 aux:pass
wounded wound VERB VBN 0 root
in in ADP IN 6 case
Kharkiv Kharkiv PROPN NNP 4 obl`
	africanUnionMet = `
The the DET DT 3 det
African African ADJ JJ 3 amod
Union Union PROPN NNP 4 nsubj
met meet VERB VBD 0 root
in in ADP IN 6 case
Addis Addis PROPN NNP 4 obl
Ababa Ababa PROPN NNP 6 flat`
	estoniaExpelled = `
Estonia Estonia PROPN NNP 2 nsubj
expelled expel VERB VBD 0 root
a a DET DT 5 det
Russian Russian ADJ JJ 5 amod
diplomat diplomat NOUN NN 2 obj`
	franceSentFrigate = `
France France PROPN NNP 2 nsubj
sent send VERB VBD 0 root
a a DET DT 4 det
frigate frigate NOUN NN 2 obj`
	itsWarshipsAttacked = `
Its its PRON PRP$ 2 nmod:poss
warships warship NOUN NNS 3 nsubj
attacked attack VERB VBD 0 root
Houthi Houthi PROPN NNP 5 compound
rebels rebel NOUN NNS 3 obj`
	m23ShelledGoma = `
M23 M23 PROPN NNP 2 compound
rebels rebel NOUN NNS 3 nsubj
shelled shell VERB VBD 0 root
Goma Goma PROPN NNP 3 obj`
)

func unCondemned(noun string) string {
	return `
The the DET DT 2 det
UN UN PROPN NNP 3 nsubj
condemned condemn VERB VBD 0 root
the the DET DT 5 det
` + noun + ` ` + noun + ` NOUN NN 3 obj`
}

func unAccused(noun, xpos string) string {
	return `
The the DET DT 2 det
UN UN PROPN NNP 3 nsubj
accused accuse VERB VBD 0 root
the the DET DT 5 det
` + noun + ` ` + noun + ` NOUN ` + xpos + ` 3 obj
of of ADP IN 7 case
abuses abuse NOUN NNS 5 nmod`
}

func blocCondemned(noun string) string {
	return `
The the DET DT 2 det
` + noun + ` ` + noun + ` NOUN NN 3 nsubj
condemned condemn VERB VBD 0 root
Mali Mali PROPN NNP 3 obj`
}

func TestArticleContext(t *testing.T) {
	c := coder(t)
	for _, tc := range contextCases {
		before, _ := parse(t, tc.before)
		after, _ := parse(t, tc.after)
		second := codeAfter(c, before, after, tc.date)
		for _, w := range tc.want {
			if !has(second, w[0], w[1], w[2], w[3]) {
				t.Errorf("%s: want %v, got %s", tc.name, w, dump(second))
			}
		}
		for _, w := range tc.not {
			if has(second, w[0], w[1], w[2], w[3]) {
				t.Errorf("%s: do not want %v, got %s", tc.name, w, dump(second))
			}
		}
		alone := c.Sentence(after, tc.date)
		for _, w := range tc.alone {
			if has(alone, w[0], w[1], w[2], w[3]) {
				t.Errorf("%s: coded alone, do not want %v, got %s", tc.name, w, dump(alone))
			}
		}
	}
}

// Targets read from coordinated places name the gazetteer rows of their
// countries, as targets read from actors do: an analyst sees why Iraq is
// a target as well as why Syria is.
func TestPlaceTargetsCarryTheirRows(t *testing.T) {
	c := coder(t)
	toks, _ := parse(t, `
Iran Iran PROPN NNP 2 nsubj
launched launch VERB VBD 0 root
strikes strike NOUN NNS 2 obj
in in ADP IN 5 case
Syria Syria PROPN NNP 3 nmod
and and CCONJ CC 7 cc
Iraq Iraq PROPN NNP 5 conj`)
	evs := c.Sentence(toks, "2024-01-17")
	if !has(evs, "IRN", "SYR", "", "") || !has(evs, "IRN", "IRQ", "", "") {
		t.Fatalf("want strikes on Syria and on Iraq: %s", dump(evs))
	}
	for _, e := range evs {
		if len(e.Target.Sources) == 0 || !strings.HasPrefix(e.Target.Sources[0], "data/countries.tsv:") {
			t.Errorf("target %s without its gazetteer row: %q", e.Target.Code, e.Target.Sources)
		}
	}
}

// A time the parser hung on the full stop modifies the verb, and the
// clause measured from it is the verb's adverbial, not the time's.
func TestTreeRepairsTimeOnPunctuation(t *testing.T) {
	toks, _ := parse(t, `
India India PROPN NNP 2 nsubj
launched launch VERB VBD 0 root
airstrikes airstrike NOUN NNS 2 obj
, , PUNCT , 6 punct
a a DET DT 6 det
day day NOUN NN 11 amod
after after SCONJ IN 8 mark
warning warn VERB VBG 6 acl
Islamabad Islamabad PROPN NNP 8 obj
again again ADV RB 8 advmod
. . PUNCT . 2 punct`)
	tr := newTree(toks)
	if tr.head[5] != 1 || tr.rel[5] != "obl:unmarked" {
		t.Errorf("day: head %d %s, want launched, obl:unmarked", tr.head[5], tr.rel[5])
	}
	if tr.head[7] != 1 || tr.rel[7] != "advcl" {
		t.Errorf("warning: head %d %s, want launched, advcl", tr.head[7], tr.rel[7])
	}
	if len(tr.kids[10]) != 0 {
		t.Errorf("the full stop still heads %v", tr.kids[10])
	}
}

// labelledJaishAlAdl is a seed sentence as the parser reads it, with
// Jaish al-Adl the subject of "saying".
const labelledJaishAlAdl = `
The the DET DT 3 det
United United ADJ NNP 3 amod
States State PROPN NNPS 6 nsubj
has have AUX VBZ 6 aux
also also ADV RB 6 advmod
labelled label VERB VBN 0 root
Jaish Jaish PROPN NNP 15 nsubj
al al PROPN NNP 7 flat
- - PUNCT HYPH 10 punct
Adl Adl PROPN NNP 7 flat
a a DET DT 13 det
terrorist terrorist NOUN NN 13 compound
organisation organisation NOUN NN 7 appos
, , PUNCT , 15 punct
saying say VERB VBG 6 advcl
the the DET DT 18 det
group group NOUN NN 18 compound
targets target NOUN NNS 15 obj
Iranian Iranian ADJ JJ 21 amod
security security NOUN NN 21 compound
personnel personnel NOUN NN 15 advmod
. . PUNCT . 6 punct`

// A verb's object the parser made the subject of a following -ing
// clause is the object again. "Colombia turned back two US military
// planes carrying deported migrants on Sunday, saying…": "carrying" is
// the planes' participle, and ", saying…" Colombia's. "labelled Jaish
// al-Adl a terrorist organisation, saying the group…": after the comma
// the clause stays the verb's.
func TestTreeRepairsParticipleObject(t *testing.T) {
	type link struct {
		tok, head int
		rel       string
	}
	for _, tc := range []struct {
		name, parse string
		want        []link
	}{
		{"planes carrying migrants", `
Colombia Colombia PROPN NNP 2 nsubj
turned turn VERB VBD 0 root
back back ADV RB 2 advmod
two two NUM CD 7 nummod
US US PROPN NNP 7 compound
military military ADJ JJ 7 amod
planes plane NOUN NNS 8 nsubj
carrying carry VERB VBG 2 advcl
deported deported ADJ JJ 10 amod
migrants migrant NOUN NNS 8 obj
on on ADP IN 12 case
Sunday Sunday PROPN NNP 10 nmod
, , PUNCT , 14 punct
saying say VERB VBG 8 conj
migrants migrant NOUN NNS 18 nsubj:pass
must must AUX MD 18 aux
be be AUX VB 18 aux:pass
treated treat VERB VBN 14 ccomp
with with ADP IN 20 case
dignity dignity NOUN NN 18 obl
. . PUNCT . 2 punct`, []link{{6, 1, "obj"}, {7, 6, "acl"}, {13, 1, "advcl"}}},
		{"labelled Jaish al-Adl…, saying", labelledJaishAlAdl, []link{{6, 5, "obj"}, {14, 5, "advcl"}}},
	} {
		toks, _ := parse(t, tc.parse)
		tr := newTree(toks)
		for _, w := range tc.want {
			if tr.head[w.tok] != w.head || tr.rel[w.tok] != w.rel {
				t.Errorf("%s: %s: head %d %s, want %d %s", tc.name, toks[w.tok].Form, tr.head[w.tok], tr.rel[w.tok], w.head, w.rel)
			}
		}
	}
}

// A predicate noun with a determiner keeps its -ing modifier, which may
// be an adjective ("a growing threat") even where a verb has that form.
func TestTreeKeepsPredicateNounWithDeterminer(t *testing.T) {
	toks, _ := parse(t, `
Iran Iran PROPN NNP 5 nsubj
was be AUX VBD 5 cop
a a DET DT 5 det
growing growing ADJ JJ 5 amod
threat threat NOUN NN 0 root
. . PUNCT . 5 punct`)
	tr := newTree(toks)
	tr.repairProgressiveAdjectives(func(string) string { return "grow" })
	if tr.head[3] != 4 || tr.rel[3] != "amod" || tr.rel[4] != "root" {
		t.Errorf("growing: head %d %s, threat %s; want an amod of the root threat", tr.head[3], tr.rel[3], tr.rel[4])
	}
}

// A territory the parser coordinated with an event noun goes with the
// noun's prepositional phrase before it.
func TestTreeRepairsTerritoryConjunct(t *testing.T) {
	toks, _ := parse(t, `
Russia Russia PROPN NNP 2 nsubj
launched launch VERB VBD 0 root
attacks attack NOUN NNS 2 obj
on on ADP IN 5 case
depots depot NOUN NNS 3 nmod
in in ADP IN 7 case
Ukraine Ukraine PROPN NNP 5 nmod
, , PUNCT , 12 punct
and and CCONJ CC 12 cc
Moldova Moldova PROPN NNP 12 nmod:poss
's 's PART POS 10 case
region region NOUN NN 3 conj
. . PUNCT . 2 punct`)
	tr := newTree(toks)
	if tr.head[11] != 4 || tr.rel[11] != "conj" {
		t.Errorf("region: head %d %s, want a conjunct of depots (4)", tr.head[11], tr.rel[11])
	}
	evs := coder(t).Sentence(toks, "2024-01-17")
	if !has(evs, "RUS", "UKR", "190", "") || !has(evs, "RUS", "MDA", "190", "") {
		t.Errorf("want attacks on Ukraine and on Moldova: %s", dump(evs))
	}
}

func TestPetrarchVerbs(t *testing.T) {
	dir := t.TempDir()
	dict := dir + "/verbs.txt"
	writeFile(dict, `####### SYNONYM SETS #######
&WEAPONRY
+ARTILLERY
+MORTARS

####### VERB PATTERNS #######
---  BOMBARD2   [---]  ---
PUMMEL2
- * &WEAPONRY                 [194]   # made up
- * (AGAINST TOWN)            [190]

---  RECALL   [---]  ---
RECALL
- * AMBASSADOR                [999]
`)
	p, err := LoadPatterns()
	if err != nil {
		t.Fatal(err)
	}
	n := p.Len()
	if err := p.AddPetrarchVerbs(dict); err != nil {
		t.Fatal(err)
	}
	if p.Len() != n+2 {
		t.Errorf("added %d rows, want 2 (the pummel2 patterns; recall is sitrep's own, 999 no code)", p.Len()-n)
	}
	rs := p.rows["pummel2"]
	if len(rs) != 2 || rs[0].code == "" {
		t.Fatalf("pummel2 rows: %+v", rs)
	}
	found := false
	for _, r := range rs {
		if r.code == "194" && len(r.conds) == 1 && r.conds[0].kind == "obj" && r.conds[0].words["mortars"] {
			found = true
		}
	}
	if !found {
		t.Errorf("the synonym set did not expand into an object condition: %+v", rs)
	}
	for _, r := range p.rows["recall"] {
		if strings.HasPrefix(r.where, "verbs.txt") {
			t.Errorf("a verb sitrep knows got a PETRARCH row: %s", r.where)
		}
	}
}

func TestScore(t *testing.T) {
	pak := &Actor{Code: "PAK", Country: "PAK", Kind: "country"}
	irn := &Actor{Code: "IRNGOV", Country: "IRN", Kind: "agent"}
	gold := []GoldEvent{
		{Doc: "d", Snippet: "recalled its ambassador", Source: "PAK", Target: "IRN", Code: "161"},
		{Doc: "d", Snippet: "recalled its ambassador", Source: "IRN", Target: "PAK", Code: "111", Optional: true},
		{Doc: "d", Snippet: "struck", Source: "IRN", Target: "PAK", Code: "195", Alt: []string{"190"}},
	}
	coded := []Coded{
		{Event{Source: pak, Target: irn, CAMEO: "161"}, "Pakistan recalled its ambassador from Iran"},
		{Event{Source: irn, Target: pak, CAMEO: "112"}, "Pakistan recalled its ambassador from Iran"}, // optional: neutral
		{Event{Source: irn, Target: pak, CAMEO: "190"}, "Iran struck Pakistan"},                       // alt code
		{Event{Source: pak, Target: irn, CAMEO: "190"}, "Iran struck Pakistan"},                       // wrong direction: extra
	}
	m := Score(gold, coded, true)
	if m.TP != 2 || m.Expected != 2 || m.Found != 3 || len(m.Extra) != 1 || m.Extra[0] != 3 {
		t.Errorf("root: %+v", m)
	}
	m = Score(gold, coded, false)
	if m.TP != 2 {
		t.Errorf("strict: %+v (190 is a listed alternative)", m)
	}
	if _, err := ReadGold("x", []byte(`{"doc":"d","snippet":"s","code":"999"}`)); err == nil {
		t.Error("an unknown code in gold must be an error")
	}
}
