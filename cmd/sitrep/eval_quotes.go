package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/sitrep/sitrep/internal/actor"
	"github.com/sitrep/sitrep/internal/article"
	"github.com/sitrep/sitrep/internal/figure"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/quote"
	"github.com/sitrep/sitrep/internal/read"
)

func init() {
	registerEval("quotes", "quote recall, precision and attribution against gold (default testdata/gold/quotes/seeds.json)", runEvalQuotes)
	registerEval("figures", "figure recall and precision against gold (default testdata/gold/figures/seeds.json)", runEvalFigures)
}

// qGoldArticle is one gold article read, prepared and ready to score.
type qGoldArticle struct {
	gold quote.GoldArticle
	art  *article.Article
	date string
}

// loadGoldArticles reads the gold files and the articles they name, and
// prepares each article the way "sitrep analyze" does.
func qLoadGold(paths []string, stderr io.Writer) ([]qGoldArticle, bool) {
	var out []qGoldArticle
	for _, p := range paths {
		gs, err := quote.LoadGold(p)
		if err != nil {
			fmt.Fprintf(stderr, "sitrep eval: %v\n", err)
			return nil, false
		}
		for _, g := range gs {
			data, err := os.ReadFile(g.Path)
			if err != nil {
				fmt.Fprintf(stderr, "sitrep eval: %v\n", err)
				return nil, false
			}
			arts, err := read.Bytes(g.Path, data, read.Text)
			if err != nil || len(arts) == 0 {
				fmt.Fprintf(stderr, "sitrep eval: %s: %v\n", g.Path, err)
				return nil, false
			}
			a := arts[0]
			pipeline.Prepare(a, pipeline.Options{})
			date := g.Date
			if date == "" {
				date = a.Published
			}
			out = append(out, qGoldArticle{gold: g, art: a, date: date})
		}
	}
	return out, true
}

func qGazetteer(stderr io.Writer) *actor.Gazetteer {
	g, err := actor.Default()
	if err != nil {
		fmt.Fprintf(stderr, "sitrep eval: no gazetteer (%v): speakers will have no codes\n", err)
		return nil
	}
	return g
}

func runEvalQuotes(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval quotes", flag.ContinueOnError)
	fs.SetOutput(stderr)
	verbose := fs.Bool("v", false, "list every missed, extra and misattributed quote")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: sitrep eval quotes [-v] [GOLD...]")
		fmt.Fprintln(stderr, "GOLD is a gold file or a directory of them (testdata/gold/quotes/README.md).")
		fs.PrintDefaults()
	}
	paths, err := parseArgs(fs, args)
	if err != nil {
		return exitUsage
	}
	if len(paths) == 0 {
		paths = []string{"testdata/gold/quotes/seeds.json"}
	}
	arts, ok := qLoadGold(paths, stderr)
	if !ok {
		return exitFailure
	}
	g := qGazetteer(stderr)
	var dir, ind quote.Tally
	n := 0
	for _, ga := range arts {
		if ga.gold.Quotes == nil {
			continue
		}
		n++
		found := quote.Extract(ga.art, g, ga.date)
		res := quote.Compare(ga.art, found, ga.gold.Quotes)
		dir.Add(res, true)
		ind.Add(res, false)
		if *verbose {
			qPrintDetails(stdout, ga, res)
		}
	}
	fmt.Fprintf(stdout, "quotes: %d articles (%s)\n", n, strings.Join(paths, ", "))
	qPrintTally(stdout, "direct", dir)
	qPrintTally(stdout, "indirect", ind)
	return exitOK
}

func qPrintTally(w io.Writer, what string, t quote.Tally) {
	fmt.Fprintf(w, "  %-8s gold %3d  found %3d  matched %3d  recall %.3f  precision %.3f\n",
		what, t.Gold, t.Found, t.Matched, t.Recall(), t.Precision())
	fmt.Fprintf(w, "  %-8s attribution %.3f (name %.3f, code %.3f; %d matched quotes with a gold speaker)\n",
		"", t.Attribution(), qRatio(t.NameOK, t.WithSpeaker), qRatio(t.CodeOK, t.WithSpeaker), t.WithSpeaker)
}

func qRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func qSpeakerString(sp *quote.Speaker) string {
	if sp == nil {
		return "<none>"
	}
	return fmt.Sprintf("%s [%s] via %s", sp.Name, sp.Code, sp.Via)
}

func qGoldSpeakerString(sp *quote.GoldSpeaker) string {
	if sp == nil {
		return "<none>"
	}
	code := "?"
	if sp.Code != nil {
		code = *sp.Code
	}
	return fmt.Sprintf("%s [%s]", sp.Name, code)
}

func qClip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

func qPrintDetails(w io.Writer, ga qGoldArticle, res quote.Result) {
	fmt.Fprintf(w, "== %s\n", ga.gold.File)
	for _, m := range res.Matches {
		kind := "indirect"
		if m.Gold.Direct {
			kind = "direct"
		}
		switch {
		case m.Found == nil:
			fmt.Fprintf(w, "  MISSED %s %q — %s\n", kind, qClip(m.Gold.Text, 90), qGoldSpeakerString(m.Gold.Speaker))
		case m.Gold.Speaker != nil && (m.Found.Speaker == nil || !quote.NameMatches(m.Found.Speaker.Name, m.Gold.Speaker) || !quote.CodeMatches(m.Found.Speaker.Code, m.Gold.Speaker)):
			fmt.Fprintf(w, "  SPEAKER %s %q — gold %s, found %s (%s)\n", kind, qClip(m.Gold.Text, 70),
				qGoldSpeakerString(m.Gold.Speaker), qSpeakerString(m.Found.Speaker), m.Found.Rule)
		}
	}
	for _, q := range res.Extra {
		kind := "indirect"
		if q.Direct {
			kind = "direct"
		}
		fmt.Fprintf(w, "  EXTRA %s S%d %q — %s (%s)\n", kind, q.Sentence, qClip(q.Text(ga.art), 90), qSpeakerString(q.Speaker), q.Rule)
	}
}

func runEvalFigures(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval figures", flag.ContinueOnError)
	fs.SetOutput(stderr)
	verbose := fs.Bool("v", false, "list every missed and extra figure")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: sitrep eval figures [-v] [GOLD...]")
		fmt.Fprintln(stderr, "GOLD is a gold file or a directory of them (testdata/gold/figures/README.md).")
		fs.PrintDefaults()
	}
	paths, err := parseArgs(fs, args)
	if err != nil {
		return exitUsage
	}
	if len(paths) == 0 {
		paths = []string{"testdata/gold/figures/seeds.json"}
	}
	arts, ok := qLoadGold(paths, stderr)
	if !ok {
		return exitFailure
	}
	g := qGazetteer(stderr)
	var t figure.Tally
	n := 0
	for _, ga := range arts {
		gold, err := figure.ParseGold(ga.gold.Figures)
		if err != nil {
			fmt.Fprintf(stderr, "sitrep eval: %s: %v\n", ga.gold.File, err)
			return exitFailure
		}
		if gold == nil {
			continue
		}
		n++
		found := figure.Extract(ga.art, g, ga.date)
		res := figure.Compare(ga.art, found, gold)
		t.Add(res)
		if *verbose {
			fmt.Fprintf(stdout, "== %s\n", ga.gold.File)
			for _, m := range res.Matches {
				if m.Found == nil {
					fmt.Fprintf(stdout, "  MISSED %s %d at_least=%v %q\n", m.Gold.Kind, m.Gold.Count, m.Gold.AtLeast, m.Gold.Text)
				} else if !m.ClaimOK {
					fmt.Fprintf(stdout, "  CLAIMANT %s %d %q — gold %s, found %s\n", m.Gold.Kind, m.Gold.Count, m.Gold.Text,
						qGoldSpeakerString(m.Gold.ClaimedBy), qSpeakerString(m.Found.ClaimedBy))
				}
			}
			for _, f := range res.Extra {
				fmt.Fprintf(stdout, "  EXTRA %s %d at_least=%v S%d %q (%s)\n", f.Kind, f.Count, f.AtLeast, f.Sentence, ga.art.Original[f.Start:f.End], f.Rule)
			}
		}
	}
	fmt.Fprintf(stdout, "figures: %d articles (%s)\n", n, strings.Join(paths, ", "))
	fmt.Fprintf(stdout, "  gold %3d  found %3d  matched %3d  recall %.3f  precision %.3f\n",
		t.Gold, t.Found, t.Matched, t.Recall(), t.Precision())
	fmt.Fprintf(stdout, "  claimant %.3f (%d matched figures with a gold claimant)\n", qRatio(t.ClaimOK, t.WithClaim), t.WithClaim)
	return exitOK
}
