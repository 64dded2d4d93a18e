package fuse

import "github.com/sitrep/sitrep/internal/record"

// linkWindow is how many sentences before a casualty figure its event
// may be reported: "Iran struck Panjgur. Two children were killed."
const linkWindow = 3

// LinkFigures ties each casualty figure of one article that has no event
// yet to the material-conflict event it most likely counts: one in the
// same sentence (the nearest to the figure), else the nearest in the
// sentences just before, else one in the next sentence. Other figures are
// left alone. Events and figures must come from the same article.
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
					score = 1000 - abs(f.Start-m.Start)/10
				case d > 0 && d <= linkWindow:
					score = 500 - 100*d
				case d == -1:
					score = 100
				default:
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
