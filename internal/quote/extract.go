// Package quote finds what people and bodies are reported to have said in
// an article — quotations in quotation marks (direct) and reported speech
// (indirect) — and who said it.
//
// # Quotations
//
// Quotation marks are paired paragraph by paragraph (see scanMarks for the
// recovery rules for broken punctuation). A quoted stretch is a quotation
// of a speaker when
//
//   - it is a full quotation: it opens its sentence, or follows a colon or
//     a comma ("said, “…”"); such a quotation is kept even when its speaker
//     cannot be found, because a reader sees it as someone's words — except
//     three words or fewer with no attribution, which is a name or a scare
//     quote at the start of a sentence; or
//   - it is a fragment inside a sentence that a speech verb governs, with a
//     subject: "which she described as an “illegal act”", "China has urged
//     … to exercise “restraint”", "said he was “shocked …”", or a sentence
//     that says "according to X".
//
// Everything else in quotation marks is a scare quote or a name and is
// not reported: "launched “highly coordinated” airstrikes against
// “terrorist hideouts”" (no speech verb), "was named “Marg Bar
// Sarmachar”", "the phrase “Marg Bar”" (a name is mentioned: see
// data/mention_words.txt), a quotation in a headline with no attribution,
// and a quoted title followed by a dash and its source (a list of
// sources). Passive speech verbs ("was described as") govern nothing: they
// give no speaker.
//
// A quotation interrupted by its attribution — "“…,” she said, “…”" — is
// reported as two quotes, each with its own span, the second linked to the
// first by Prev; so is a quotation that runs over several paragraphs (each
// paragraph's part is one quote). A quote never spans text that is not
// quoted. A quotation over several sentences within one pair of marks is
// one quote (Sentence to LastSentence).
//
// # Reported speech
//
// "X said (that) CLAUSE", "X told reporters CLAUSE", "CLAUSE, X said.",
// "…, saying CLAUSE" and "according to X, CLAUSE" / "CLAUSE, according to
// X" give indirect quotes (Direct false) whose span is the reported clause.
// A clause that is all one quotation is reported only as the direct quote.
//
// # Speakers
//
// The speaker is the subject of the speech verb ("X said", "said X", "X,
// the spokesperson for Y, said"), the object of "according to" or "in the
// words of", or — for a quotation standing alone — whoever spoke last,
// within a few sentences. References are resolved against what the article
// mentioned before: "she"/"he" to the last person of that gender (known
// from titles, gendered role words like spokeswoman, and earlier
// pronouns), "it"/"they" to the last organisation or country, "the
// spokesperson", "the ministry", "the country" to the last one of that
// kind, "the statement"/"the report" to the body that last spoke. Names
// where something was said ("in a post on X") are not speakers. A capital
// city that speaks is its government (Tehran → IRNGOV); a bare sector code
// ("GOV" for "a senior official") takes the country of a place named with
// it, else of the side that spoke just before.
//
// # Tokens and parse
//
// Everything works on tokens alone: finite verbs, subjects and clauses are
// recognised from word lists and word shapes. When the tokens carry a
// parse (UPOS, XPOS), it adds verbs the lists cannot see and settles words
// that are nouns or verbs ("claims", "reports"); it never vetoes a
// pattern, because a tagger in training still makes mistakes the lists do
// not.
//
// The word lists (speech verbs, role words, titles, pronouns, platforms,
// naming words) are in data/; LoadLexicon extends them from a directory.
package quote

import (
	"sort"
	"strings"

	"github.com/sitrep/sitrep/internal/article"
)

// Speaker is who said a quote.
type Speaker struct {
	Name    string
	Code    string // CAMEO actor code, "" when unknown
	Country string // ISO-3166 alpha-3, "" when unknown
	Role    string // "foreign ministry spokesperson", when the text says
	// Start and End are the bytes of the words that name the speaker at
	// this quote; both -1 when the speaker was found by reference ("she
	// said", "the statement said", or a quotation standing alone).
	Start, End int
	// Via says how the speaker was found: "named", "pronoun", "role",
	// "statement", "according-to", "continuity".
	Via string
}

// Quote is one thing said.
type Quote struct {
	Start, End             int // bytes of the quoted words, without the marks
	Sentence, LastSentence int // indices into Article.Sentences
	Direct                 bool
	Speaker                *Speaker // nil when no speaker could be found
	// Prev is the index, in the same result, of the part of the same
	// quotation this one continues ("“…,” she said, “…”", or the next
	// paragraph of a long quotation); -1 when none.
	Prev int
	Rule string // which pattern produced the quote, for provenance
}

// Text returns the quoted words.
func (q Quote) Text(a *article.Article) string {
	if q.Start < 0 || q.End > len(a.Original) || q.Start > q.End {
		return ""
	}
	return a.Original[q.Start:q.End]
}

// extract is Extract with its dependencies explicit.
func extract(a *article.Article, lx *Lexicon, res resolver) []Quote {
	if a == nil || len(a.Sentences) == 0 {
		return nil
	}
	if res == nil {
		res = noResolver{}
	}
	d := newDoc(a, lx, res)
	if len(d.sents) == 0 {
		return nil
	}
	spans := d.scanMarks()
	inQ := make([][]bool, len(d.sents))
	for i, st := range d.sents {
		inQ[i] = make([]bool, len(st.Tokens))
	}
	for _, sp := range spans {
		from := pos{sp.first.s, sp.first.t}
		if sp.open.t >= 0 {
			from = sp.open
		}
		to := sp.last
		if sp.close.t >= 0 {
			to = sp.close
		}
		for s := from.s; s <= to.s && s < len(d.sents); s++ {
			a, b := 0, len(d.sents[s].Tokens)-1
			if s == from.s {
				a = from.t
			}
			if s == to.s {
				b = to.t
			}
			for t := a; t <= b && t < len(inQ[s]); t++ {
				inQ[s][t] = true
			}
		}
	}
	x := &extractor{d: d, inQ: inQ, mem: &memory{lastSpoke: -100}, noms: make([][]nominal, len(d.sents)), spans: spans, lastDirect: lastDirect{quote: -1}}
	for si := range d.sents {
		x.sentence(si)
	}
	return x.finish()
}

type extractor struct {
	d     *doc
	inQ   [][]bool
	mem   *memory
	noms  [][]nominal
	hits  [][]hit
	spans []span
	out   []Quote
	// parts maps a span index to its quote index, for Prev links
	spanQuote  map[int]int
	lastDirect lastDirect
}

func (x *extractor) nominalsOf(si int) []nominal {
	if x.noms[si] == nil {
		x.noms[si] = x.d.nominals(si, x.inQ[si])
		if x.noms[si] == nil {
			x.noms[si] = []nominal{}
		}
	}
	return x.noms[si]
}

func (x *extractor) hitsOf(si int) []hit {
	if x.hits == nil {
		x.hits = make([][]hit, len(x.d.sents))
	}
	if x.hits[si] == nil {
		x.hits[si] = x.d.speechHits(si, x.inQ[si])
		if x.hits[si] == nil {
			x.hits[si] = []hit{}
		}
	}
	return x.hits[si]
}

// sentence processes one sentence: registers its mentions, reads its
// reported speech, and settles the quotations that end in it.
func (x *extractor) sentence(si int) {
	noms := x.nominalsOf(si)
	// a one-word place or country that is the surname of a person the
	// article named ("Valeska Paris … Paris claims") is that person
	for i := range noms {
		n := &noms[i]
		if n.fromGaz && n.proper && n.first == n.last && (n.kind == kCountry || n.kind == kOrg && n.role == "capital") {
			if e := x.mem.find(nominal{name: n.name, kind: kPerson, proper: true}); e != nil && e.kind == kPerson && len(strings.Fields(e.name)) > 1 {
				n.kind, n.code, n.country, n.role, n.name = kPerson, e.code, e.country, e.role, e.name
			}
		}
	}
	for _, n := range noms {
		if n.proper || x.definiteRole(si, n) {
			x.mem.register(n, mentionAt{si, n.last, n.inPP, n.subj})
		}
	}
	x.indirect(si)
	for i := range x.spans {
		if x.spans[i].last.s == si {
			x.direct(i)
		}
	}
}

// definiteRole reports whether a role phrase names someone definite that
// later words may refer back to: "The Iranian foreign minister reaffirmed
// …" (a country-specific code, outside a prepositional phrase).
func (x *extractor) definiteRole(si int, n nominal) bool {
	if n.proper || n.inPP || len(n.code) <= 3 || n.kind == kDoc {
		return false
	}
	low := strings.ToLower(n.name)
	return strings.HasPrefix(low, "the ") || n.first == 0 || n.first > 0 && x.d.sents[si].low[n.first-1] == "the"
}

func (x *extractor) spoke(r ref, si int) {
	if r.e == nil {
		return
	}
	x.mem.lastSpeaker = r.e
	x.mem.lastSpoke = si
	x.mem.speakers = append(x.mem.speakers, spoke{r.e, si})
}

func (x *extractor) speaker(r ref, ok bool) *Speaker {
	if !ok || r.e == nil {
		return nil
	}
	e := r.e
	sp := &Speaker{Name: e.name, Code: e.code, Country: e.country, Role: e.role, Start: r.start, End: r.end, Via: r.via}
	if sp.Country == "" && len(sp.Code) >= 3 && !isIGO(sp.Code) {
		sp.Country = sp.Code[:3]
	}
	return sp
}

func isIGO(code string) bool {
	return len(code) >= 3 && (code[:3] == "IGO" || code[:3] == "NGO" || code[:3] == "MNC")
}

func (x *extractor) add(q Quote) int {
	x.out = append(x.out, q)
	return len(x.out) - 1
}

// finish orders the quotes by position and remaps Prev.
func (x *extractor) finish() []Quote {
	idx := make([]int, len(x.out))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		qa, qb := x.out[idx[a]], x.out[idx[b]]
		if qa.Start != qb.Start {
			return qa.Start < qb.Start
		}
		return qa.End > qb.End
	})
	where := make([]int, len(x.out))
	for newI, oldI := range idx {
		where[oldI] = newI
	}
	res := make([]Quote, len(x.out))
	for newI, oldI := range idx {
		q := x.out[oldI]
		if q.Prev >= 0 {
			q.Prev = where[q.Prev]
		}
		res[newI] = q
	}
	return res
}
