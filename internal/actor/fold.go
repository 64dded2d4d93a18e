package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold is the normalisation every name goes through before it is compared:
// lower case, Latin diacritics removed, and everything but letters and
// digits dropped. Dropping separators is what makes "Amir-Abdollahian",
// "Amir Abdollahian" and "Amirabdollahian" one name, and "Jaish al-Adl" the
// same as "Jaish-al-Adl"; dropping apostrophes of every shape makes "Sana’a",
// "Sana'a" and "Sanaa" one name. The matcher adds back the word-boundary
// checks that folding alone would lose (see Match).
func Fold(s string) string { return string(foldAppend(nil, s, true)) }

// foldCased is Fold without lower-casing: the matcher compares it with a
// name's own spelling to apply the case rules ("US" but not "us").
func foldCased(s string) string { return string(foldAppend(nil, s, false)) }

// foldAppend appends the folded form of s to dst.
func foldAppend(dst []byte, s string, lower bool) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				dst = append(dst, c)
			case 'A' <= c && c <= 'Z':
				if lower {
					c += 'a' - 'A'
				}
				dst = append(dst, c)
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if base, ok := latinBase[r]; ok {
			if lower {
				base = strings.ToLower(base)
			}
			dst = append(dst, base...)
			continue
		}
		// Combining marks (text in decomposed form) and modifier letters
		// (the ʿayn and hamza of transliterated Arabic: "Jaish al-ʿAdl") are
		// spelling noise, not letters of the name.
		if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Lm, r) {
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if lower {
				r = unicode.ToLower(r)
			}
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst
}

// latinBase maps precomposed Latin letters to their unaccented spelling,
// keeping case. The standard library has no Unicode decomposition, so the
// letters that occur in transliterated names are listed here.
var latinBase = func() map[rune]string {
	groups := []string{
		"A", "ÀÁÂÃÄÅĀĂĄǍǞǠǺȀȂȦẠẢẤẦẨẪẬẮẰẲẴẶ",
		"a", "àáâãäåāăąǎǟǡǻȁȃȧạảấầẩẫậắằẳẵặ",
		"AE", "ÆǢǼ", "ae", "æǣǽ",
		"B", "ḂḄḆ", "b", "ḃḅḇ",
		"C", "ÇĆĈĊČ", "c", "çćĉċč",
		"D", "ĎĐḊḌḎḐḒÐ", "d", "ďđḋḍḏḑḓð",
		"E", "ÈÉÊËĒĔĖĘĚȄȆȨẸẺẼẾỀỂỄỆ", "e", "èéêëēĕėęěȅȇȩẹẻẽếềểễệ",
		"G", "ĜĞĠĢǦǴḠ", "g", "ĝğġģǧǵḡ",
		"H", "ĤĦḢḤḦḨḪ", "h", "ĥħḣḥḧḩḫẖ",
		"I", "ÌÍÎÏĨĪĬĮİǏȈȊḬỈỊ", "i", "ìíîïĩīĭįıǐȉȋḭỉị",
		"J", "Ĵ", "j", "ĵǰ",
		"K", "ĶǨḰḲḴ", "k", "ķǩḱḳḵ",
		"L", "ĹĻĽĿŁḶḸḺḼ", "l", "ĺļľŀłḷḹḻḽ",
		"M", "ḾṀṂ", "m", "ḿṁṃ",
		"N", "ÑŃŅŇǸṄṆṈṊ", "n", "ñńņňǹṅṇṉṋ",
		"O", "ÒÓÔÕÖØŌŎŐƠǑǪǬȌȎȪȬȮȰỌỎỐỒỔỖỘỚỜỞỠỢ", "o", "òóôõöøōŏőơǒǫǭȍȏȫȭȯȱọỏốồổỗộớờởỡợ",
		"OE", "Œ", "oe", "œ",
		"P", "ṔṖ", "p", "ṕṗ",
		"R", "ŔŖŘȐȒṘṚṜṞ", "r", "ŕŗřȑȓṙṛṝṟ",
		"S", "ŚŜŞŠȘṠṢṤṦṨ", "s", "śŝşšșṡṣṥṧṩ",
		"ss", "ß",
		"T", "ŢŤŦȚṪṬṮṰ", "t", "ţťŧțṫṭṯṱẗ",
		"TH", "Þ", "th", "þ",
		"U", "ÙÚÛÜŨŪŬŮŰŲƯǓǕǗǙǛȔȖṲṴṶṸṺỤỦỨỪỬỮỰ", "u", "ùúûüũūŭůűųưǔǖǘǚǜȕȗṳṵṷṹṻụủứừửữự",
		"V", "ṼṾ", "v", "ṽṿ",
		"W", "ŴẀẂẄẆẈ", "w", "ŵẁẃẅẇẉẘ",
		"X", "ẊẌ", "x", "ẋẍ",
		"Y", "ÝŶŸȲẎỲỴỶỸ", "y", "ýÿŷȳẏỳỵỷỹẙ",
		"Z", "ŹŻŽẐẒẔ", "z", "źżžẑẓẕ",
	}
	m := make(map[rune]string, 600)
	for i := 0; i+1 < len(groups); i += 2 {
		for _, r := range groups[i+1] {
			m[r] = groups[i]
		}
	}
	return m
}()

// caseRule says how a name's capitalisation must be matched in running
// text. Folding ignores case, which is right for "IRAN" in a headline but
// wrong for the pronoun "us" or porcelain "china"; the rule puts back the
// distinction for the names that need it.
type caseRule uint8

const (
	caseAny   caseRule = iota // any capitalisation ("al-Qaeda", role words)
	caseTitle                 // first letter capitalised ("China", "Chad")
	caseUpper                 // every letter capitalised: acronyms ("US", "IS", "FO")
	caseExact                 // letters as written, case included
)

// defaultCaseRule derives the rule from how the data spells a name: an
// all-capitals name of two letters or more is an acronym, a one-word name
// with inner capitals is matched exactly, a capitalised name is a proper
// noun, and a lower-case name is an ordinary word.
func defaultCaseRule(name string) caseRule {
	cased := foldCased(name)
	letters, upper := 0, 0
	first := rune(0)
	for _, r := range cased {
		if !unicode.IsLetter(r) {
			continue
		}
		if first == 0 {
			first = r
		}
		letters++
		if unicode.IsUpper(r) {
			upper++
		}
	}
	oneWord := !strings.ContainsAny(name, " -‐‑")
	switch {
	case letters >= 2 && upper == letters:
		return caseUpper
	case oneWord && upper >= 2:
		// Mixed-case acronyms ("LeT", "JeM", "IsDB") are exact: "Let"
		// and "let" are words.
		return caseExact
	case first != 0 && unicode.IsUpper(first):
		return caseTitle
	}
	return caseAny
}

// caseOK reports whether text (foldCased of the words matched) satisfies the
// rule for a name whose foldCased spelling is name.
func caseOK(rule caseRule, name, text string) bool {
	switch rule {
	case caseTitle:
		// Garbled case ("iSrael") still marks a name; only all-lower
		// text ("turkey", "chad") is read as a common word.
		if r, _ := utf8.DecodeRuneInString(text); !unicode.IsLetter(r) {
			return true
		}
		return strings.IndexFunc(text, unicode.IsUpper) >= 0
	case caseUpper:
		for _, r := range text {
			if unicode.IsLetter(r) && !unicode.IsUpper(r) {
				return false
			}
		}
		return true
	case caseExact:
		return name == text
	}
	return true
}

// pluralDemonym returns the plural of a demonym noun ("Iranian" →
// "Iranians") or "" when English has none ("Chinese", "Swiss", "British").
func pluralDemonym(d string) string {
	l := strings.ToLower(d)
	for _, suf := range []string{"s", "sh", "ch", "ese", "x", "z"} {
		if strings.HasSuffix(l, suf) {
			return ""
		}
	}
	return d + "s"
}

// pluralPhrase returns the plural of a lower-case role phrase by inflecting
// its last word ("border guard" → "border guards", "spokesman" →
// "spokesmen", "ministry" → "ministries"), or "" when the phrase is already
// plural or its head is not its last word ("ministry of foreign affairs").
func pluralPhrase(p string) string {
	if strings.Contains(p, " of ") || strings.Contains(p, " for ") {
		return ""
	}
	cut := strings.LastIndexAny(p, " -") + 1
	head, w := p[:cut], p[cut:]
	switch {
	case w == "" || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ese"):
		return ""
	case strings.HasSuffix(w, "man"):
		return head + w[:len(w)-3] + "men"
	case strings.HasSuffix(w, "person"):
		return head + w + "s"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return head + w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return head + w + "es"
	}
	return head + w + "s"
}
