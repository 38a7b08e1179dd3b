package golden

import (
	"flag"
	"strings"
	"testing"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/pipeline"
)

// update rewrites testdata/golden from the current extractors. Read every
// changed line against the article before committing the result.
var update = flag.Bool("update", false, "rewrite the golden files")

const dir = "../testdata/golden"

func TestGolden(t *testing.T) {
	r, err := pipeline.New(extractors.Default())
	if err != nil {
		t.Fatal(err)
	}
	inputs, err := pipeline.CollectFS(vnextract.DefaultCorpus())
	if err != nil {
		t.Fatal(err)
	}
	rows, st := r.Run(inputs, nil)
	if st.Failed > 0 {
		t.Fatalf("%d documents failed: %v", st.Failed, st.FailedIDs)
	}
	if *update {
		if err := Update(dir, rows); err != nil {
			t.Fatal(err)
		}
		return
	}
	diffs, err := Check(dir, rows)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diffs {
		t.Errorf("%s differs from its golden file (run `make golden` and review):\n%s", d.DocID, strings.Join(d.Lines, "\n"))
	}
}

func TestCompare(t *testing.T) {
	want := "# document a\ntitle: x\n\n## people (1)\n0-3 «Ông» name=A\n\n## titles (0)\n"
	got := "# document a\ntitle: x\n\n## people (1)\n0-3 «Ông» name=A\n\n## titles (1)\n5-9 «Chủ tịch» person=A\n"
	d := Compare(want, got)
	if len(d) != 1 || d[0] != "+ titles: 5-9 «Chủ tịch» person=A" {
		t.Fatalf("Compare: %q", d)
	}
	if d := Compare(want, want); len(d) != 0 {
		t.Fatalf("same snapshot differs: %q", d)
	}
}
