package report

import (
	"math"
	"sort"

	"github.com/sitrep/sitrep/internal/record"
)

// importance orders events for "main developments": material conflict
// before talk, strong Goldstein scores before weak ones, and what many
// outlets report before what one does. Asserted events outrank claims,
// threats and hypotheticals.
func importance(e record.Event) float64 {
	score := math.Abs(e.Goldstein)
	if e.QuadClass == 2 || e.QuadClass == 4 { // material, not verbal
		score += 3
	}
	score *= 1 + math.Log1p(float64(e.NumSources))
	switch e.Modality {
	case "asserted", "":
	case "claimed":
		score *= 0.8
	default:
		score *= 0.5
	}
	return score
}

// ranked returns the events by importance, most important first; ties by
// date, then ID, so the order is stable.
func ranked(events []record.Event) []record.Event {
	out := append([]record.Event(nil), events...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := importance(out[i]), importance(out[j])
		if a != b {
			return a > b
		}
		return out[i].ID < out[j].ID
	})
	return out
}
