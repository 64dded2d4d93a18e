package conllu

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const sample = `# sent_id = 1
# text = Don't go.
1-2	Don't	_	_	_	_	_	_	_	_
1	Do	do	AUX	VB	Mood=Imp|VerbForm=Fin	3	aux	3:aux	_
2	n't	not	PART	RB	_	3	advmod	3:advmod	_
3	go	go	VERB	VB	VerbForm=Inf	0	root	0:root	SpaceAfter=No
3.1	went	go	VERB	VBD	_	_	_	3:conj	_
4	.	.	PUNCT	.	_	3	punct	3:punct	_

`

func TestSample(t *testing.T) {
	ss, err := Read(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 1 || len(ss[0].Comments) != 2 || len(ss[0].Tokens) != 6 {
		t.Fatalf("got %+v", ss)
	}
	ws := ss[0].Words()
	if len(ws) != 4 || ws[1].Form != "n't" || ws[3].HeadIndex() != 3 {
		t.Fatalf("words %+v", ws)
	}
	if err := Check(&ss[0]); err != nil {
		t.Fatal(err)
	}
	if got := ss[0].Comment("text"); got != "Don't go." {
		t.Fatalf("text comment %q", got)
	}
	var b bytes.Buffer
	if err := Write(&b, ss); err != nil {
		t.Fatal(err)
	}
	if b.String() != sample {
		t.Fatalf("round trip:\n%s", b.String())
	}
}

func TestBadColumns(t *testing.T) {
	if _, err := Read(strings.NewReader("1\tx\n\n")); err == nil {
		t.Fatal("want error for a short line")
	}
}

// TestTreebankRoundTrip reads and rewrites every treebank file and wants
// the same bytes back.
func TestTreebankRoundTrip(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "ud")
	files, _ := filepath.Glob(filepath.Join(dir, "*.conllu"))
	if len(files) == 0 {
		t.Skip("treebanks not found in ../../../shared/ud (shared/ is beside the repository only on project machines)")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ss, err := Read(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for i := range ss {
			if err := Check(&ss[i]); err != nil {
				t.Fatalf("%s: sentence %d: %v", f, i, err)
			}
		}
		var b bytes.Buffer
		if err := Write(&b, ss); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b.Bytes(), data) {
			t.Errorf("%s: round trip differs (%d bytes in, %d out)", filepath.Base(f), len(data), b.Len())
		}
	}
}
