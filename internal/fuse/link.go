package fuse

import "github.com/sitrep/sitrep/internal/record"

// linkWindow is how many sentences before a casualty figure its event
// may be reported: "Iran struck Panjgur. Two children were killed."
const linkWindow = 6

// minLinkScore is the least evidence for a tie; below it the figure
// stays unlinked rather than tied to the wrong strike.
const minLinkScore = 200

// LinkFigures ties each casualty figure of one article that has no event
// yet to the material-conflict event it most likely counts. Nearness
// decides first: the same sentence, else the sentences just before, else
// the next one. Who gives the figure decides next: a side reports its own
// dead ("IRNA said nine were killed" counts victims in Iran), so an event
// whose target is the claimant's country gains, and one the claimant's
// country carried out loses (both may hold: a state striking its rebels). Other figures are left alone. Events and
// figures must come from the same article.
func LinkFigures(events []record.Event, figures []record.Figure) {
	for i := range figures {
		f := &figures[i]
		if f.Event != "" || !casualtyKinds[f.Kind] {
			continue
		}
		best, bestScore := "", 0
		for _, e := range events {
			if e.QuadClass != 4 || len(e.Mentions) == 0 {
				continue
			}
			for _, m := range e.Mentions {
				var score int
				switch d := f.Sentence - m.Sentence; {
				case d == 0:
					score = 1000 - min(abs(f.Start-m.Start)/10, 300)
				case d > 0 && d <= linkWindow:
					score = 500 - 60*d
				case d == -1:
					score = 250
				default:
					continue
				}
				if f.ClaimedBy != nil && f.ClaimedBy.Country != "" {
					if country(e.Target) == f.ClaimedBy.Country {
						score += 300
					}
					if country(e.Source) == f.ClaimedBy.Country {
						score -= 200
					}
				}
				if score < minLinkScore {
					continue
				}
				if score > bestScore || score == bestScore && e.ID < best {
					best, bestScore = e.ID, score
				}
			}
		}
		f.Event = best
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
