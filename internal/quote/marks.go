package quote

import (
	"unicode"
	"unicode/utf8"
)

// pos is a token position: an index into doc.sents and a token index.
type pos struct{ s, t int }

// span is a stretch of quoted words found between quotation marks, before
// anyone decides whether it is someone's quote.
type span struct {
	open, close pos // the marks; t = -1 when the mark is missing
	first, last pos // the quoted words, inclusive
	kind        int // qDouble or qSingle
	rule        string
	full        bool // opens a sentence, or follows "said:" / "said,": a quotation, not a word in a sentence
	continues   bool // the previous paragraph's quotation runs on into this one
	runsOn      bool // unclosed at the end of its paragraph, and the next paragraph opens a quotation
}

// scanMarks pairs the quotation marks of every paragraph. Paragraphs are
// scanned one by one: a quotation never silently crosses a paragraph
// boundary, because a missing closing mark would otherwise swallow the rest
// of the article. Recovery rules for broken punctuation:
//
//   - an opening-shaped mark glued to the word before it ("decision.“"),
//     or standing at the very end of a paragraph ("so wish. “"), closes;
//   - a quotation still open at the end of a paragraph runs on into the
//     next paragraph when that one opens with a mark (the English
//     multi-paragraph convention: the two parts are linked); otherwise it
//     ends with its paragraph if it began as a full quotation (sentence
//     start, or after "said:"), or with its own sentence if it began in
//     mid-sentence ("the need for “enhanced coordination. Ambassador…");
//   - a closing mark with no opening one, in a paragraph with no quotation
//     before it, closes a quotation that began with the paragraph;
//   - single marks are quotation marks only when they pair up; otherwise
//     they are apostrophes. Single marks inside double ones (and double
//     inside single) are nested quotations, part of the outer one.
func (d *doc) scanMarks() []span {
	var out []span
	var paras [][]pos
	for si, st := range d.sents {
		if si == 0 || st.para != d.sents[si-1].para {
			paras = append(paras, nil)
		}
		for ti := range st.Tokens {
			paras[len(paras)-1] = append(paras[len(paras)-1], pos{si, ti})
		}
	}
	nextOpens := func(pi int, kind int) bool {
		if pi+1 >= len(paras) || len(paras[pi+1]) == 0 {
			return false
		}
		p := paras[pi+1][0]
		return markKind(d.tok(p).Form) == kind
	}
	carry := false // the previous paragraph ran on
	for pi, ps := range paras {
		spans := d.scanPara(ps, func(kind int) bool { return nextOpens(pi, kind) })
		if carry && len(spans) > 0 && spans[0].open == ps[0] {
			spans[0].continues = true
		}
		carry = len(spans) > 0 && spans[len(spans)-1].runsOn
		out = append(out, spans...)
	}
	return out
}

func (d *doc) tok(p pos) *tokenT { return &d.sents[p.s].Tokens[p.t] }

// flank tells whether there is a break (space, paragraph edge, bracket or
// punctuation) on each side of the mark at ps[i].
func (d *doc) flank(ps []pos, i int) (leftOpen, rightOpen bool) {
	t := d.tok(ps[i])
	if i == 0 {
		leftOpen = true
	} else {
		prev := d.tok(ps[i-1])
		if prev.End < t.Start || isOpenBracketOrDash(prev.Form) {
			leftOpen = true
		}
	}
	if i == len(ps)-1 {
		rightOpen = true
	} else {
		next := d.tok(ps[i+1])
		if next.Start > t.End {
			rightOpen = true
		} else if r, _ := utf8.DecodeRuneInString(next.Form); unicode.IsPunct(r) && markKind(next.Form) == qNone && !isOpenBracketOrDash(next.Form) {
			rightOpen = true
		} else if markKind(next.Form) != qNone {
			rightOpen = true
		}
	}
	return
}

func isOpenBracketOrDash(f string) bool {
	switch f {
	case "(", "[", "{", "—", "–", "-", "--", "/":
		return true
	}
	return false
}

type openMark struct {
	i    int // index in ps
	kind int
}

func (d *doc) scanPara(ps []pos, nextOpens func(kind int) bool) []span {
	var out []span
	var outer, inner *openMark
	closeOuter := func(ci int, rule string) {
		// content is ps[outer.i+1 : ci]
		o := outer
		outer, inner = nil, nil
		if ci <= o.i+1 {
			return
		}
		sp := span{open: ps[o.i], first: ps[o.i+1], last: ps[ci-1], kind: o.kind, rule: rule, full: d.fullOpen(ps, o.i)}
		if ci < len(ps) && rule != "unclosed-sentence" && rule != "unclosed-paragraph" && rule != "runs-on" && rule != "unclosed-next-quote" {
			sp.close = ps[ci]
		} else {
			sp.close = pos{-1, -1}
		}
		out = append(out, sp)
	}
	laterDouble := func(i int) bool {
		for k := i + 1; k < len(ps); k++ {
			if markKind(d.tok(ps[k]).Form) == qDouble {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(ps); i++ {
		f := d.tok(ps[i]).Form
		kind := markKind(f)
		if kind == qNone {
			continue
		}
		lo, ro := d.flank(ps, i)
		openerLike := lo && !ro
		closerLike := !lo && ro
		opening := false
		switch f {
		case "“", "„", "«", "〝", "‘", "‚", "‹", "‛", "‟":
			// An opening shape glued to the word before it, or with nothing
			// after it in the paragraph, can only close.
			opening = lo && i < len(ps)-1
		case "”", "»", "〞", "’", "›":
			opening = openerLike
		case "``":
			opening = true
		case "''":
			opening = false
		default: // straight marks
			switch {
			case openerLike:
				opening = true
			case closerLike:
				opening = false
			default:
				opening = !(outer != nil && outer.kind == kind) && !(inner != nil && inner.kind == kind)
			}
		}
		if kind == qSingle {
			// Single marks inside words are apostrophes ("d’affaires" is
			// one token, but "nations’" leaves one standing after a word).
			if opening && !lo {
				continue
			}
			if !opening && !closerLike && !ro {
				continue
			}
		}
		switch {
		case outer == nil:
			if opening {
				outer = &openMark{i, kind}
			} else if kind == qDouble && len(out) == 0 && i > 0 {
				// a closing mark with no opening one: the quotation began
				// with the paragraph
				sp := span{open: pos{-1, -1}, close: ps[i], first: ps[0], last: ps[i-1], kind: kind, rule: "unopened", full: true}
				out = append(out, sp)
			}
		case outer.kind == kind:
			if !opening {
				closeOuter(i, "paired")
				continue
			}
			// An opening mark while one of its kind is open: a broken
			// closing mark after the last sentence of the quotation, or a
			// new quotation after one whose closing mark is missing.
			if kind == qSingle {
				// a single opening mark inside a single quotation is
				// too weak a signal to re-pair: take it as a closer
				closeOuter(i, "paired")
				continue
			}
			if afterFinal(d, ps, i) && !laterDouble(i) {
				closeOuter(i, "closed-by-opening-mark")
				continue
			}
			closeOuter(i, "unclosed-next-quote")
			outer = &openMark{i, kind}
		default: // a mark of the other kind inside the quotation: nesting
			if inner == nil {
				if opening {
					inner = &openMark{i, kind}
				}
			} else if inner.kind == kind && !opening {
				inner = nil
			}
		}
	}
	if outer != nil {
		switch {
		case outer.kind == qSingle:
			// an unpaired single mark is an apostrophe or a typo
		case nextOpens(outer.kind):
			o := *outer
			closeOuter(len(ps), "runs-on")
			if len(out) > 0 && out[len(out)-1].open == ps[o.i] {
				out[len(out)-1].runsOn = true
			}
		case d.fullOpen(ps, outer.i):
			closeOuter(len(ps), "unclosed-paragraph")
		default:
			// end with the sentence the quotation opened in
			si := ps[outer.i].s
			end := outer.i + 1
			for end < len(ps) && ps[end].s == si {
				end++
			}
			closeOuter(end, "unclosed-sentence")
		}
	}
	return out
}

// afterFinal reports whether the mark at ps[i] follows sentence-final
// punctuation (possibly with a space between): the place of a closing mark.
func afterFinal(d *doc, ps []pos, i int) bool {
	if i == 0 {
		return false
	}
	switch d.tok(ps[i-1]).Form {
	case ".", "!", "?", "…", "...", ",":
		return true
	}
	return false
}

// fullOpen reports whether the opening mark at ps[i] begins a quotation
// proper rather than a phrase inside a sentence: it opens its sentence (or
// its paragraph), or follows a colon or a comma.
func (d *doc) fullOpen(ps []pos, i int) bool {
	p := ps[i]
	if p.t == 0 {
		return true
	}
	st := d.sents[p.s]
	// after a bullet or dash that opens the sentence
	k := p.t - 1
	for k >= 0 && (st.Tokens[k].Form == "•" || st.Tokens[k].Form == "-" || st.Tokens[k].Form == "—") {
		k--
	}
	if k < 0 {
		return true
	}
	switch st.Tokens[p.t-1].Form {
	case ":", ",", ";":
		return true
	}
	return false
}
