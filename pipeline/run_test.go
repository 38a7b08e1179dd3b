package pipeline_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/doc"
	"github.com/vnextract/vnextract/pipeline/table"
)

const shared = "../../shared"

func newRunner(t testing.TB) *pipeline.Runner {
	t.Helper()
	r, err := pipeline.New(extractors.Default())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func sharedCorpus(t testing.TB) []pipeline.Input {
	t.Helper()
	if _, err := os.Stat(filepath.Join(shared, "corpus")); err != nil {
		t.Skipf("skipping: %s/corpus is not beside the repository (CI has it)", shared)
	}
	ins, err := pipeline.Collect([]string{filepath.Join(shared, "corpus"), filepath.Join(shared, "seeds")})
	if err != nil {
		t.Fatal(err)
	}
	return ins
}

// checkSpans asserts that every row's text is documents.text[start:end].
func checkSpans(t *testing.T, rows table.Rows) {
	t.Helper()
	texts := map[string][]rune{}
	for _, d := range rows.Documents {
		texts[d.DocID] = []rune(d.Text)
	}
	check := func(table, id string, s, e int32, want string) {
		rs := texts[id]
		if s < 0 || int(e) > len(rs) || s > e {
			t.Errorf("%s %s: span %d-%d outside the text (%d)", table, id, s, e, len(rs))
			return
		}
		if got := string(rs[s:e]); got != want {
			t.Errorf("%s %s: text %q but documents.text[%d:%d] is %q", table, id, want, s, e, got)
		}
	}
	for _, r := range rows.People {
		check("people", r.DocID, r.Start, r.End, r.Text)
	}
	for _, r := range rows.Titles {
		check("titles", r.DocID, r.Start, r.End, r.Title)
	}
	for _, r := range rows.Dates {
		check("dates", r.DocID, r.Start, r.End, r.Text)
	}
	for _, r := range rows.DocRefs {
		check("document_refs", r.DocID, r.Start, r.End, r.Text)
	}
	for _, r := range rows.Figures {
		check("figures", r.DocID, r.Start, r.End, r.Text)
	}
	for _, r := range rows.Entities {
		check("entities", r.DocID, r.Start, r.End, r.Text)
	}
}

func TestSharedCorpusSpansAndNoFailures(t *testing.T) {
	rows, st := newRunner(t).Run(sharedCorpus(t), nil)
	if st.Failed != 0 {
		t.Fatalf("%d documents failed: %v", st.Failed, st.FailedIDs)
	}
	if len(rows.Documents) < 90 {
		t.Fatalf("only %d documents read", len(rows.Documents))
	}
	checkSpans(t, rows)
}

func TestEmbeddedCorpusSpans(t *testing.T) {
	ins, err := pipeline.CollectFS(vnextract.DefaultCorpus())
	if err != nil {
		t.Fatal(err)
	}
	rows, st := newRunner(t).Run(ins, nil)
	if st.Failed != 0 || len(rows.Documents) != len(ins) {
		t.Fatalf("failed %d of %d", st.Failed, len(ins))
	}
	checkSpans(t, rows)
}

// TestDeterministic runs the same inputs twice, with different worker
// counts and input order, and compares the Parquet files byte for byte.
func TestDeterministic(t *testing.T) {
	ins, err := pipeline.CollectFS(vnextract.DefaultCorpus())
	if err != nil {
		t.Fatal(err)
	}
	dirs := []string{t.TempDir(), t.TempDir()}
	for k, dir := range dirs {
		r := newRunner(t)
		r.Workers = 1 + k*runtime.NumCPU()
		in := append([]pipeline.Input(nil), ins...)
		if k == 1 { // reversed order, then sorted again as Collect does
			for i, j := 0, len(in)-1; i < j; i, j = i+1, j-1 {
				in[i], in[j] = in[j], in[i]
			}
			in = pipeline.Sorted(in)
		}
		rows, _ := r.Run(in, nil)
		if _, err := table.Write(dir, rows); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range table.Names {
		a, err := os.ReadFile(filepath.Join(dirs[0], name+".parquet"))
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(dirs[1], name+".parquet"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s.parquet differs between two runs on the same input", name)
		}
	}
}

// TestOneBadDocument: a failing input is one documents row with its error;
// the others keep their rows.
func TestOneBadDocument(t *testing.T) {
	good, err := pipeline.CollectFS(vnextract.DefaultCorpus())
	if err != nil {
		t.Fatal(err)
	}
	bad := []pipeline.Input{
		{ID: "bad/pdf", Source: "bad.pdf", Name: "bad.txt", Load: func() ([]byte, error) { return []byte("%PDF-1.4\x00\x01binary"), nil }},
		{ID: "bad/unreadable", Source: "gone.txt", Name: "gone.txt", Load: func() ([]byte, error) { return nil, errors.New("permission denied") }},
	}
	rows, st := newRunner(t).Run(pipeline.Sorted(append(bad, good...)), nil)
	if st.Failed != 2 {
		t.Fatalf("failed = %d, want 2", st.Failed)
	}
	alone, _ := newRunner(t).Run(good, nil)
	if len(rows.People) != len(alone.People) || len(rows.Dates) != len(alone.Dates) {
		t.Errorf("bad inputs cost good ones rows: people %d vs %d", len(rows.People), len(alone.People))
	}
	for _, d := range rows.Documents {
		if strings.HasPrefix(d.DocID, "bad/") && (!d.Failed || d.Error == "") {
			t.Errorf("%s: want a failed row with an error, got %+v", d.DocID, d)
		}
	}
}

func TestStageOrderChecked(t *testing.T) {
	stages := extractors.Default()
	// figures needs dates: put it first
	reordered := append([]doc.Stage{stages[2]}, append(stages[:2:2], stages[3:]...)...)
	if _, err := pipeline.New(reordered); err == nil {
		t.Fatal("a stage that runs before what it needs was accepted")
	}
}

func TestDocID(t *testing.T) {
	cases := []struct{ path, root, want string }{
		{"/x/shared/seeds/001_d92.txt", "/x/shared", "seeds/001_d92"},
		{"/x/corpus/dantri-2021/news_1.txt", "/x/corpus", "dantri-2021/news_1"},
		{"a.html", ".", "a"},
	}
	for _, c := range cases {
		if got := pipeline.DocID(c.path, c.root); got != c.want {
			t.Errorf("DocID(%q, %q) = %q, want %q", c.path, c.root, got, c.want)
		}
	}
}
