package main

import (
	"fmt"
	"io"
	"sort"
)

// evaluations are the subcommands of "sitrep eval"; each stage that is
// measured against gold data registers one from its own file.
var evaluations = map[string]command{}

func registerEval(name, summary string, run func(args []string, stdout, stderr io.Writer) int) {
	if _, dup := evaluations[name]; dup {
		panic("sitrep: evaluation registered twice: " + name)
	}
	evaluations[name] = command{summary: summary, run: run}
}

func init() {
	register("eval", "measure a stage against gold data (eval -h lists them)", runEval)
}

func runEval(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(stderr, "usage: sitrep eval WHAT [options] [FILE...]")
		names := make([]string, 0, len(evaluations))
		for n := range evaluations {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			fmt.Fprintf(stderr, "  %-10s %s\n", n, evaluations[n].summary)
		}
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	e, ok := evaluations[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "sitrep eval: unknown evaluation %q (sitrep eval -h lists them)\n", args[0])
		return exitUsage
	}
	return e.run(args[1:], stdout, stderr)
}
