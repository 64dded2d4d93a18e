//go:build ignore

// gen_wordnet writes wordnet.tsv.gz, the tagger's word-class lexicon, from
// WordNet 3.0's database files (Debian: apt-get install wordnet-base):
//
//	go run internal/nlp/data/gen_wordnet.go /usr/share/wordnet > internal/nlp/data/wordnet.tsv.gz
//
// The output is the same bytes for the same input.
package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

const header = `# wordnet.tsv — the word classes of English words, for the tagger
# (internal/nlp/lexicon.go). Each line: a lower-case lemma, a TAB, and its
# classes: n noun, v verb, a adjective, r adverb. Lines "=form" are
# irregular inflected forms (went, children, better) from WordNet's
# exception files, with the class of their lemma.
#
# Drawn from WordNet 3.0 (Debian package wordnet-base 1:3.0-37,
# index.{noun,verb,adj,adv} and {noun,verb,adj,adv}.exc) by
# gen_wordnet.go: single words of lower-case letters, hyphens and
# apostrophes.
#
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Permission to use, copy, modify and distribute this software and database
# and its documentation for any purpose and without fee or royalty is
# hereby granted, provided that you agree to comply with the following
# copyright notice and statements, including the disclaimer, and that the
# same appear on ALL copies of the software, database and documentation,
# including modifications that you make for internal use or for
# distribution. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR
# IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES
# NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY
# PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
# DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS,
# TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or Princeton
# may not be used in advertising or publicity pertaining to distribution of
# the software and/or database. Title to copyright in this software,
# database and any associated documentation shall at all times remain with
# Princeton University and LICENSEE agrees to preserve same.
`

var word = regexp.MustCompile(`^[a-z][a-z'\-]*$`)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: go run gen_wordnet.go WORDNET_DICT_DIR > wordnet.tsv.gz")
		os.Exit(2)
	}
	dir := os.Args[1]
	classes := map[string]map[byte]bool{}
	add := func(w string, c byte) {
		if classes[w] == nil {
			classes[w] = map[byte]bool{}
		}
		classes[w][c] = true
	}
	for _, p := range []struct {
		name string
		c    byte
	}{{"noun", 'n'}, {"verb", 'v'}, {"adj", 'a'}, {"adv", 'r'}} {
		each(filepath.Join(dir, "index."+p.name), func(f []string) {
			if word.MatchString(f[0]) {
				add(f[0], p.c)
			}
		})
		each(filepath.Join(dir, p.name+".exc"), func(f []string) {
			if len(f) >= 2 && word.MatchString(f[0]) {
				add("="+f[0], p.c)
			}
		})
	}
	keys := make([]string, 0, len(classes))
	for k := range classes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	zw, _ := gzip.NewWriterLevel(os.Stdout, gzip.BestCompression)
	bw := bufio.NewWriter(zw)
	bw.WriteString(header)
	for _, k := range keys {
		var cs []string
		for c := range classes[k] {
			cs = append(cs, string(c))
		}
		sort.Strings(cs)
		fmt.Fprintf(bw, "%s\t%s\n", k, strings.Join(cs, ""))
	}
	if err := bw.Flush(); err != nil {
		fail(err)
	}
	if err := zw.Close(); err != nil {
		fail(err)
	}
}

// each calls fn with the space-separated fields of every line of path
// that is not part of WordNet's licence header (lines starting with a
// space).
func each(path string, fn func([]string)) {
	f, err := os.Open(path)
	if err != nil {
		fail(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		l := sc.Text()
		if l == "" || l[0] == ' ' {
			continue
		}
		fn(strings.Fields(l))
	}
	if err := sc.Err(); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gen_wordnet:", err)
	os.Exit(1)
}
