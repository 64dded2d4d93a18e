package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/signal"
	"time"

	"github.com/sitrep/sitrep/internal/pipeline"
	"github.com/sitrep/sitrep/internal/report"
	"github.com/sitrep/sitrep/internal/store"
	"github.com/sitrep/sitrep/internal/web"
)

func init() {
	register("serve", "serve a database's record over HTTP: JSON API and web UI", runServe)
}

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("serve", "serve --db DB [--addr HOST:PORT]", stderr)
	dbPath := fs.String("db", "", "database to serve (SQLite file, created if absent, or postgres:// URL)")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	rest, err := parseArgs(fs, args)
	if err != nil {
		return exitUsage
	}
	if *dbPath == "" || len(rest) > 0 {
		fs.Usage()
		return exitUsage
	}
	db, err := store.Open(*dbPath)
	if err != nil {
		fmt.Fprintf(stderr, "sitrep serve: %v\n", err)
		return exitFailure
	}
	defer db.Close()
	srv := &http.Server{
		Addr:              *addr,
		Handler:           web.New(db, pipeline.Options{}).Handler(),
		ReadHeaderTimeout: 10 * time.Second,
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(shutdown)
	}()
	fmt.Fprintf(stderr, "sitrep: serving %s on http://%s/\n", report.Plain(*dbPath), *addr)
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "sitrep serve: %v\n", err)
		return exitFailure
	}
	return exitOK
}
