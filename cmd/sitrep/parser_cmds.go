package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/sitrep/sitrep/internal/conllu"
	"github.com/sitrep/sitrep/internal/nlp"
)

func init() {
	register("train", "train the tagger, lemmatizer and parser on CoNLL-U treebanks", runTrain)
	registerEval("parser", "tagging, lemma and parsing accuracy on a CoNLL-U file", runEvalParser)
}

// files is a flag that takes one or more values, "--train a b" or
// "--train a --train b".
type files []string

func (f *files) String() string     { return strings.Join(*f, " ") }
func (f *files) Set(v string) error { *f = append(*f, v); return nil }

// expandMulti turns "--train a b --dev c" into "--train a --train b --dev c",
// since flag takes one value per flag.
func expandMulti(args []string, name string) []string {
	var out []string
	in := false
	for _, a := range args {
		switch {
		case a == "-"+name || a == "--"+name:
			in = true
			continue
		case strings.HasPrefix(a, "-"):
			in = false
		case in:
			out = append(out, "--"+name, a)
			continue
		}
		out = append(out, a)
	}
	return out
}

func runTrain(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var train files
	fs.Var(&train, "train", "training CoNLL-U file (one or more)")
	dev := fs.String("dev", "", "development CoNLL-U file, scored after each epoch")
	out := fs.String("out", "", "where to write the model (gzip)")
	seed := fs.Int64("seed", 1, "random seed")
	epochs := fs.Int("epochs", 0, "parser epochs (default 20)")
	tagEpochs := fs.Int("tagger-epochs", 0, "tagger epochs (default 8)")
	folds := fs.Int("folds", 0, "jackknife folds for the parser's training tags (default 5; 1 = gold tags)")
	limit := fs.Int("limit", 0, "use only the first N training sentences (for quick experiments)")
	newsTimes := fs.Bool("news-times", false, "also train on copies of the sentences with a time between subject and verb (\"X on Friday said\"), as newswire writes")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: sitrep train --train FILE... --dev FILE --out MODEL [--seed N] [--epochs N]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(expandMulti(args, "train")); err != nil {
		if err == flag.ErrHelp {
			return exitOK
		}
		return exitUsage
	}
	if len(train) == 0 || *out == "" || fs.NArg() > 0 {
		fs.Usage()
		return exitUsage
	}
	var ss []conllu.Sentence
	for _, f := range train {
		s, err := conllu.ReadFile(f)
		if err != nil {
			fmt.Fprintln(stderr, "sitrep train:", err)
			return exitFailure
		}
		ss = append(ss, s...)
	}
	if *limit > 0 && *limit < len(ss) {
		ss = ss[:*limit]
	}
	if *newsTimes {
		ss = append(ss, nlp.NewsTimes(ss, *seed)...)
	}
	var ds []conllu.Sentence
	if *dev != "" {
		var err error
		if ds, err = conllu.ReadFile(*dev); err != nil {
			fmt.Fprintln(stderr, "sitrep train:", err)
			return exitFailure
		}
	}
	// The model records the command that made it, less the output path,
	// date and host: the same training gives the same bytes wherever it
	// is written.
	var kept []string
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case a == "--out" || a == "-out":
			i++
		case strings.HasPrefix(a, "--out=") || strings.HasPrefix(a, "-out="):
		default:
			kept = append(kept, a)
		}
	}
	info := "sitrep train " + strings.Join(kept, " ")
	start := time.Now()
	m, err := nlp.Train(ss, ds, nlp.TrainOptions{
		Seed: *seed, ParserEpochs: *epochs, TaggerEpochs: *tagEpochs, Folds: *folds,
		Info: info, Log: stderr,
	})
	if err != nil {
		fmt.Fprintln(stderr, "sitrep train:", err)
		return exitFailure
	}
	if err := m.SaveFile(*out); err != nil {
		fmt.Fprintln(stderr, "sitrep train:", err)
		return exitFailure
	}
	st, _ := os.Stat(*out)
	fmt.Fprintf(stdout, "wrote %s (%d bytes) in %s\n", *out, st.Size(), time.Since(start).Round(time.Second))
	return exitOK
}

func runEvalParser(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval parser", flag.ContinueOnError)
	fs.SetOutput(stderr)
	modelPath := fs.String("model", "", "model file (default: the embedded model)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: sitrep eval parser FILE.conllu... [--model PATH]")
		fs.PrintDefaults()
	}
	// Allow the flag after the file names.
	var paths, rest []string
	for i := 0; i < len(args); i++ {
		if strings.HasPrefix(args[i], "-") {
			rest = append(rest, args[i])
			if !strings.Contains(args[i], "=") && i+1 < len(args) && (args[i] == "--model" || args[i] == "-model") {
				rest = append(rest, args[i+1])
				i++
			}
			continue
		}
		paths = append(paths, args[i])
	}
	if err := fs.Parse(rest); err != nil {
		if err == flag.ErrHelp {
			return exitOK
		}
		return exitUsage
	}
	if len(paths) == 0 {
		fs.Usage()
		return exitUsage
	}
	t0 := time.Now()
	var m *nlp.Model
	var err error
	if *modelPath != "" {
		m, err = nlp.LoadFile(*modelPath)
	} else {
		m, err = nlp.Default()
	}
	if err != nil {
		fmt.Fprintln(stderr, "sitrep eval parser:", err)
		return exitFailure
	}
	fmt.Fprintf(stdout, "model loaded in %s\n%s\n", time.Since(t0).Round(time.Millisecond), m.Stats())
	for _, p := range paths {
		ss, err := conllu.ReadFile(p)
		if err != nil {
			fmt.Fprintln(stderr, "sitrep eval parser:", err)
			return exitFailure
		}
		sc := m.Evaluate(ss)
		fmt.Fprintf(stdout, "%s: %d sentences, %d words\n", p, sc.Sentences, sc.Words)
		fmt.Fprintf(stdout, "  UPOS   %6.2f\n  XPOS   %6.2f\n  Lemma  %6.2f\n  Feats  %6.2f\n  UAS    %6.2f\n  LAS    %6.2f\n",
			sc.UPOS, sc.XPOS, sc.Lemma, sc.Feats, sc.UAS, sc.LAS)
		fmt.Fprintf(stdout, "  speed  %.0f sentences/s (tag+lemma+parse, one goroutine)\n", sc.SentencesPerSecond())
	}
	return exitOK
}
