// Package actor is sitrep's gazetteer: the actors and places of conflict
// news as readable data files, and the matcher that finds them in a
// sentence's tokens.
//
// # Data
//
// All real-world knowledge is in data/*.tsv, embedded in the binary:
//
//	countries.tsv  every ISO 3166-1 country and territory: names, demonyms,
//	               capital (a metonym for the government) and its coordinates
//	igos.tsv       international organisations and a few NGOs (IGOUNO, IGOEUREEC…)
//	agents.tsv     role words (GOV "foreign ministry", MIL "troops", …) and
//	               named state institutions ("IRGC" IRNMIL, "Kremlin" RUSGOV)
//	groups.tsv     armed groups, parties and movements, date-bounded where
//	               their status changed (Taliban AFGREB → AFGGOV on 2021-08-15)
//	people.tsv     office holders with their terms of office
//	places.tsv     provinces, cities, towns, crossings, seas, with coordinates
//
// Each file is UTF-8 text with TAB-separated cells; "#" starts a comment
// line and the first other line is a header naming the columns, so columns
// may come in any order and unknown ones are ignored. Several names in one
// cell are separated by "|", and a name may carry markers: {exact},
// {fold}, {title} (case rules), {ambiguous} (matches are flagged), {lookup}
// (never matched in running text). Each file's header comment documents its
// columns. Codes follow the CAMEO conventions of the Phoenix / PETRARCH
// dictionaries; Entry.Source names the file and line behind every entry, so
// a coded event can show the dictionary row it came from.
//
// Users extend and override the data with files of the same formats (Load);
// the PETRARCH actor dictionaries can be added as a lower-priority
// supplement (LoadPetrarch).
//
// # Matching
//
// Names are compared after Fold (case, Latin diacritics, and all
// punctuation and spacing removed), so "Amir-Abdollahian", "Amir
// Abdollahian" and "Amirabdollahian" are one name. Match walks a byte trie
// of the folded names over the sentence's tokens, which it first splits at
// hyphens and possessives ("Iran-backed", "Iran’s"), so it works whether or
// not the tokeniser split them. Three checks keep folding from matching too
// much: a name matches whole pieces only ("Niger" is not in "Nigeria"); a
// word boundary the name lacks may be crossed only into a capitalised word
// or across a hyphen ("I ran" is not "Iran"); and the name's case rule
// holds (an all-capitals name such as "US" must be in capitals, so the
// pronoun "us" is not the United States; a capitalised name such as
// "China" must be capitalised, so porcelain is not).
//
// Entries valid on the article's date win over others of the same thing:
// people in office, groups in their period. Actors then composes mentions
// into actor codes ("Pakistan's foreign ministry" → PAKGOV).
package actor
