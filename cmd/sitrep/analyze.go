package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/sitrep/sitrep/examples"
	"github.com/sitrep/sitrep/internal/article"
	"github.com/sitrep/sitrep/internal/clean"
	"github.com/sitrep/sitrep/internal/export"
	"github.com/sitrep/sitrep/internal/fuse"
	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/read"
	"github.com/sitrep/sitrep/internal/record"
	"github.com/sitrep/sitrep/internal/report"
	"github.com/sitrep/sitrep/internal/store"
)

func init() {
	register("analyze", "analyse articles and print the record (json, md, conllu)", runAnalyze)
	register("ingest", "analyse articles and store them in a database", runIngest)
	register("export", "print the record of everything a database holds", runExport)
	register("demo", "analyse the bundled example articles and print the report", runDemo)
}

// inputFlags are the options shared by the commands that read articles.
type inputFlags struct {
	maxBytes int64
	rules    string
	workers  int
}

func (f *inputFlags) add(fs *flag.FlagSet) {
	fs.Int64Var(&f.maxBytes, "max-bytes", read.DefaultMaxBytes, "largest article file (or JSONL line) to read, in bytes")
	fs.StringVar(&f.rules, "rules", "", "extra cleaning rules file (format of internal/clean/data/rules.tsv)")
	fs.IntVar(&f.workers, "workers", 0, "parallel workers (0: one per CPU)")
}

func (f *inputFlags) options(stderr io.Writer) (pipeline.Options, error) {
	opt := pipeline.Options{
		Read:    read.Options{MaxBytes: f.maxBytes},
		Workers: f.workers,
	}
	if f.rules != "" {
		c, err := clean.New(f.rules)
		if err != nil {
			return opt, err
		}
		opt.Cleaner = c
	}
	if isTerminal(stderr) {
		opt.Progress = pipeline.ProgressWriter(stderr)
	}
	return opt, nil
}

// isTerminal reports whether w is a character device (a terminal), where
// a progress line helps rather than litters a log.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// parseArgs parses flags placed before, between or after the inputs.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var inputs []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return inputs, nil
		}
		if args[0] == "--" {
			return append(inputs, args[1:]...), nil
		}
		inputs = append(inputs, args[0])
		args = args[1:]
	}
}

func newFlagSet(name, usage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: sitrep %s\n\noptions:\n", usage)
		fs.PrintDefaults()
	}
	return fs
}

// readInputs expands and reads the inputs, reporting each skip on stderr.
func readInputs(inputs []string, opt pipeline.Options, stderr io.Writer) pipeline.Result {
	paths, skips := read.Expand(inputs)
	res := pipeline.Run(paths, opt)
	res.Skips = append(skips, res.Skips...)
	for _, s := range res.Skips {
		fmt.Fprintf(stderr, "sitrep: skipped %s\n", report.Plain(s.String()))
	}
	return res
}

// status is the exit status of a run that produced a record.
func status(res pipeline.Result) int {
	switch {
	case len(res.Articles) == 0:
		return exitFailure
	case len(res.Skips) > 0:
		return exitSkipped
	}
	return exitOK
}

func runAnalyze(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("analyze", "analyze [--format FORMAT] [--db PATH|postgres://…] INPUT...", stderr)
	var out output
	out.add(fs, "json")
	dbPath := fs.String("db", "", "also store the articles in this database (an SQLite file, or a postgres:// URL)")
	var in inputFlags
	in.add(fs)
	inputs, err := parseArgs(fs, args)
	if err != nil {
		return exitUsage
	}
	if len(inputs) == 0 {
		fs.Usage()
		return exitUsage
	}
	if !out.check("analyze", stderr) {
		return exitUsage
	}
	opt, err := in.options(stderr)
	if err != nil {
		fmt.Fprintf(stderr, "sitrep analyze: %v\n", err)
		return exitFailure
	}
	out.prepare(&opt)
	res := readInputs(inputs, opt, stderr)
	if *dbPath != "" {
		if err := storeArticles(*dbPath, res.Articles, stderr); err != nil {
			fmt.Fprintf(stderr, "sitrep analyze: %v\n", err)
			return exitFailure
		}
	}
	if len(res.Articles) == 0 {
		fmt.Fprintln(stderr, "sitrep analyze: no article could be read")
		return exitFailure
	}
	if err := out.write(stdout, res.Articles, res.Contributions); err != nil {
		fmt.Fprintf(stderr, "sitrep analyze: %v\n", err)
		return exitFailure
	}
	return status(res)
}

// formats are the output formats; formatHelp lists them for flags.
var formats = []string{"json", "md", "html", "csv", "gdelt", "plover", "conllu"}

const formatHelp = "output format: json (the record, docs/json.md), md or html (the report), csv (see --table), gdelt (GDELT 2.0 event rows), plover (PLOVER JSON Lines) or conllu (the parse)"

func validFormat(f string) bool {
	for _, ok := range formats {
		if f == ok {
			return true
		}
	}
	return false
}

// output says how to print a record.
type output struct {
	format string
	table  string // for csv
	header bool   // for gdelt
}

func (o *output) add(fs *flag.FlagSet, def string) {
	fs.StringVar(&o.format, "format", def, formatHelp)
	fs.StringVar(&o.table, "table", "events", "with --format csv: "+strings.Join(export.Tables, ", "))
	fs.BoolVar(&o.header, "header", false, "with --format gdelt: print the column names first")
}

func (o *output) check(cmd string, stderr io.Writer) bool {
	if !validFormat(o.format) {
		fmt.Fprintf(stderr, "sitrep %s: unknown format %q (%s)\n", cmd, o.format, strings.Join(formats, ", "))
		return false
	}
	return true
}

// prepare tells the pipeline what this output needs kept.
func (o *output) prepare(opt *pipeline.Options) { opt.KeepTokens = o.format == "conllu" }

func (o *output) write(w io.Writer, arts []*article.Article, contribs []*fuse.Article) error {
	if o.format == "conllu" {
		return writeCoNLLU(w, arts)
	}
	rec := pipeline.RecordOf(contribs)
	switch o.format {
	case "md":
		return report.WriteMarkdown(w, rec)
	case "html":
		return report.WriteHTML(w, rec)
	case "csv":
		return export.CSV(w, rec, o.table)
	case "gdelt":
		return export.GDELT(w, rec, o.header)
	case "plover":
		return export.PLOVER(w, rec)
	}
	return writeJSON(w, rec)
}

func writeJSON(w io.Writer, rec *record.Record) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(rec)
}

func storeArticles(path string, arts []*article.Article, stderr io.Writer) error {
	db, err := store.Open(path)
	if err != nil {
		return err
	}
	defer db.Close()
	added := 0
	for _, a := range arts {
		isNew, err := db.Put(context.Background(), a)
		if err != nil {
			return fmt.Errorf("storing %s: %w", report.Plain(a.SourcePath), err)
		}
		if isNew {
			added++
		}
	}
	fmt.Fprintf(stderr, "sitrep: %d new article%s stored in %s (%d already there)\n", added, plural(added), report.Plain(path), len(arts)-added)
	return nil
}

// dbExists reports whether a --db value names something to read: a
// server URL, or an SQLite file that is there (reading must not create
// an empty database by mistake).
func dbExists(target string) bool {
	if strings.Contains(target, "://") {
		return true
	}
	_, err := os.Stat(target)
	return err == nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func runIngest(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("ingest", "ingest --db PATH INPUT...", stderr)
	dbPath := fs.String("db", "", "database to store into: an SQLite file (created if absent) or a postgres:// URL")
	var in inputFlags
	in.add(fs)
	inputs, err := parseArgs(fs, args)
	if err != nil {
		return exitUsage
	}
	if *dbPath == "" || len(inputs) == 0 {
		fs.Usage()
		return exitUsage
	}
	opt, err := in.options(stderr)
	if err != nil {
		fmt.Fprintf(stderr, "sitrep ingest: %v\n", err)
		return exitFailure
	}
	opt.StoreOnly = true // stored articles are analysed when read back
	res := readInputs(inputs, opt, stderr)
	if err := storeArticles(*dbPath, res.Articles, stderr); err != nil {
		fmt.Fprintf(stderr, "sitrep ingest: %v\n", err)
		return exitFailure
	}
	return status(res)
}

func runExport(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("export", "export --db PATH [--format FORMAT]", stderr)
	dbPath := fs.String("db", "", "database to read: an SQLite file or a postgres:// URL")
	var out output
	out.add(fs, "json")
	rest, err := parseArgs(fs, args)
	if err != nil {
		return exitUsage
	}
	if *dbPath == "" || len(rest) > 0 {
		fs.Usage()
		return exitUsage
	}
	if !out.check("export", stderr) {
		return exitUsage
	}
	if !dbExists(*dbPath) {
		fmt.Fprintf(stderr, "sitrep export: %s: no such database\n", report.Plain(*dbPath))
		return exitFailure
	}
	db, err := store.Open(*dbPath)
	if err != nil {
		fmt.Fprintf(stderr, "sitrep export: %v\n", err)
		return exitFailure
	}
	defer db.Close()
	arts, err := db.Articles(context.Background())
	if err != nil {
		fmt.Fprintf(stderr, "sitrep export: %v\n", err)
		return exitFailure
	}
	opt := pipeline.Options{}
	out.prepare(&opt)
	contribs := pipeline.PrepareAll(arts, opt)
	if err := out.write(stdout, arts, contribs); err != nil {
		fmt.Fprintf(stderr, "sitrep export: %v\n", err)
		return exitFailure
	}
	return exitOK
}

// runDemo analyses the bundled examples through the embedded store, as a
// first run on a fresh machine would: ingest, then report from the store.
func runDemo(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("demo", "demo [--format FORMAT]", stderr)
	var out output
	out.add(fs, "md")
	if _, err := parseArgs(fs, args); err != nil {
		return exitUsage
	}
	if !out.check("demo", stderr) {
		return exitUsage
	}
	db, err := store.OpenSQLite(":memory:")
	if err != nil {
		fmt.Fprintf(stderr, "sitrep demo: %v\n", err)
		return exitFailure
	}
	defer db.Close()
	opt := pipeline.Options{}
	out.prepare(&opt)
	for _, ex := range examples.All() {
		as, err := read.Bytes(ex.Name, ex.Data, read.Text)
		if err != nil {
			fmt.Fprintf(stderr, "sitrep demo: %s: %v\n", ex.Name, err)
			return exitFailure
		}
		for _, a := range as {
			pipeline.Segment(a, opt)
			if _, err := db.Put(context.Background(), a); err != nil {
				fmt.Fprintf(stderr, "sitrep demo: %v\n", err)
				return exitFailure
			}
		}
	}
	arts, err := db.Articles(context.Background())
	if err != nil {
		fmt.Fprintf(stderr, "sitrep demo: %v\n", err)
		return exitFailure
	}
	contribs := pipeline.PrepareAll(arts, opt)
	if err := out.write(stdout, arts, contribs); err != nil {
		fmt.Fprintf(stderr, "sitrep demo: %v\n", err)
		return exitFailure
	}
	return exitOK
}

func init() {
	register("report", "print the situation report of a database and/or inputs (md or html)", runReport)
}

// runReport prints the report of what a database holds, of inputs, or of
// both together (the inputs are not stored).
func runReport(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("report", "report [--db PATH] [--format md|html] [INPUT...]", stderr)
	dbPath := fs.String("db", "", "database whose articles to report on (SQLite file or postgres:// URL)")
	var out output
	out.add(fs, "md")
	var in inputFlags
	in.add(fs)
	inputs, err := parseArgs(fs, args)
	if err != nil {
		return exitUsage
	}
	if *dbPath == "" && len(inputs) == 0 {
		fs.Usage()
		return exitUsage
	}
	if !out.check("report", stderr) {
		return exitUsage
	}
	opt, err := in.options(stderr)
	if err != nil {
		fmt.Fprintf(stderr, "sitrep report: %v\n", err)
		return exitFailure
	}
	out.prepare(&opt)
	var arts []*article.Article
	var contribs []*fuse.Article
	if *dbPath != "" {
		if !dbExists(*dbPath) {
			fmt.Fprintf(stderr, "sitrep report: %s: no such database\n", report.Plain(*dbPath))
			return exitFailure
		}
		db, err := store.Open(*dbPath)
		if err != nil {
			fmt.Fprintf(stderr, "sitrep report: %v\n", err)
			return exitFailure
		}
		stored, err := db.Articles(context.Background())
		db.Close()
		if err != nil {
			fmt.Fprintf(stderr, "sitrep report: %v\n", err)
			return exitFailure
		}
		contribs = pipeline.PrepareAll(stored, opt)
		arts = stored
	}
	res := pipeline.Result{}
	if len(inputs) > 0 {
		res = readInputs(inputs, opt, stderr)
		seen := map[string]bool{}
		for _, a := range arts {
			seen[a.ID] = true
		}
		for i, a := range res.Articles {
			if !seen[a.ID] {
				arts = append(arts, a)
				contribs = append(contribs, res.Contributions[i])
			}
		}
	}
	if len(arts) == 0 {
		fmt.Fprintln(stderr, "sitrep report: no articles")
		return exitFailure
	}
	if err := out.write(stdout, arts, contribs); err != nil {
		fmt.Fprintf(stderr, "sitrep report: %v\n", err)
		return exitFailure
	}
	if len(res.Skips) > 0 {
		return exitSkipped
	}
	return exitOK
}
