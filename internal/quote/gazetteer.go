package quote

import (
	"github.com/sitrep/sitrep/internal/actor"
	"github.com/sitrep/sitrep/internal/article"
)

// Extract returns the quotes of a's kept sentences, direct and indirect,
// in text order, with speakers resolved against g on date (YYYY-MM-DD, the
// date the article speaks of; "" for today). g may be nil: speakers are
// then found by the patterns alone and carry no codes.
func Extract(a *article.Article, g *actor.Gazetteer, date string) []Quote {
	lx, err := DefaultLexicon()
	if err != nil {
		// the embedded lists are tested; this cannot happen in a build
		panic("quote: embedded lexicon: " + err.Error())
	}
	return ExtractWith(a, g, date, lx)
}

// ExtractWith is Extract with a lexicon of the caller's (LoadLexicon).
func ExtractWith(a *article.Article, g *actor.Gazetteer, date string, lx *Lexicon) []Quote {
	var res resolver = noResolver{}
	if g != nil {
		res = gazResolver{g: g, date: date}
	}
	return extract(a, lx, res)
}

// gazResolver adapts the gazetteer to the extractor.
type gazResolver struct {
	g    *actor.Gazetteer
	date string
}

func (r gazResolver) actors(toks []article.Token) []mention {
	as := r.g.Actors(toks, r.date)
	out := make([]mention, 0, len(as))
	for _, a := range as {
		m := mention{first: a.First, last: a.Last, start: a.Start, end: a.End,
			name: a.Name, code: a.Code, country: a.Country, role: a.Role, kind: a.Kind}
		if a.Holder != nil {
			m.holder, m.holderCode = a.Holder.Name, a.Holder.Code
		}
		out = append(out, m)
	}
	return out
}

func (r gazResolver) countryIn(toks []article.Token, first, last int) string {
	for _, m := range r.g.Match(toks, r.date) {
		if m.First >= first && m.Last <= last && m.Entry != nil && m.Entry.Country != "" && m.Entry.Kind != "person" {
			return m.Entry.Country
		}
	}
	return ""
}

func (r gazResolver) person(country, role string) (string, string, bool) {
	e := r.g.Person(country, role, r.date)
	if e == nil {
		return "", "", false
	}
	return e.Name, e.Code, true
}
