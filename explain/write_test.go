package explain_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/eval"
	"github.com/vnextract/vnextract/explain"
	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/pipeline"
)

func TestPlan(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "notes")
	os.WriteFile(file, []byte("mine"), 0o644)
	folderHTML := filepath.Join(dir, "pages.html")
	os.Mkdir(folderHTML, 0o755)
	cases := []struct {
		out     string
		docs    int
		want    explain.Target
		wantErr string
	}{
		{"", 1, explain.Target{}, ""},
		{"", 3, explain.Target{}, "3 documents and no -o"},
		{"page.html", 1, explain.Target{File: "page.html"}, ""},
		{"Page.HTM", 1, explain.Target{File: "Page.HTM"}, ""},
		{"many.html", 2, explain.Target{}, "names one page but there are 2 documents"},
		{"pages", 1, explain.Target{Dir: "pages"}, ""},
		{"pages", 5, explain.Target{Dir: "pages"}, ""},
		{"pages/", 5, explain.Target{Dir: "pages/"}, ""},
		{file, 2, explain.Target{}, "is a file, not a folder"},
		{folderHTML, 1, explain.Target{}, "is a folder"},
	}
	for _, c := range cases {
		got, err := explain.Plan(c.out, c.docs)
		if c.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), c.wantErr) {
				t.Errorf("Plan(%q, %d): error %v, want one saying %q", c.out, c.docs, err, c.wantErr)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("Plan(%q, %d) = %+v, %v; want %+v", c.out, c.docs, got, err, c.want)
		}
	}
}

// docs runs the extractors over the embedded test articles, scoring one
// of them against a small gold.
func docs(t *testing.T) []explain.Doc {
	t.Helper()
	r, err := pipeline.New(extractors.Default())
	if err != nil {
		t.Fatal(err)
	}
	ins, err := pipeline.Collect([]string{"../testdata/corpus/seeds"})
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := r.Run(ins, nil)
	gold := map[string]*eval.Gold{"000_94cb08bf75aa2b23": {Doc: "000_94cb08bf75aa2b23", People: []eval.GoldPerson{{Name: "Người Không Có"}}}}
	return explain.Docs(rows, gold)
}

func TestWriteFolderWithIndex(t *testing.T) {
	ds := docs(t)
	if len(ds) < 2 {
		t.Fatalf("want several test documents, got %d", len(ds))
	}
	dir := filepath.Join(t.TempDir(), "pages")
	target, err := explain.Plan(dir, len(ds))
	if err != nil {
		t.Fatal(err)
	}
	written, err := target.Write(ds, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if len(written) != len(ds)+1 {
		t.Errorf("wrote %d files, want %d pages and an index", len(written), len(ds))
	}
	ents, _ := os.ReadDir(dir)
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	index, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range ds {
		id := d.Rows.Documents[0].DocID
		page := strings.ReplaceAll(id, "/", "__") + ".html"
		b, err := os.ReadFile(filepath.Join(dir, page))
		if err != nil {
			t.Errorf("no page for %s among %v", id, names)
			continue
		}
		if !bytes.Contains(b, []byte("<title>")) || !bytes.HasSuffix(b, []byte("</html>\n")) {
			t.Errorf("%s: not a whole page", page)
		}
		if !bytes.Contains(index, []byte(`<a href="`+page+`">`+id+`</a>`)) {
			t.Errorf("index does not link %s", page)
		}
	}
	// the scored document shows its miss in the index
	if !bytes.Contains(index, []byte("<th>misses</th>")) {
		t.Error("index has no misses column though a document was scored")
	}
	for _, n := range names {
		if strings.HasPrefix(n, ".") && !strings.HasSuffix(n, ".lock") {
			t.Errorf("temporary file left behind: %s", n)
		}
	}
	// a second run into the same folder replaces the pages
	if _, err := target.Write(ds, io.Discard); err != nil {
		t.Errorf("second write: %v", err)
	}
}

// TestWriteFileAtomic: while a page is being written the name holds the
// previous page (or nothing), never a partial one; a failed write leaves
// the previous page and no temporary file.
func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "page.html")
	if err := os.WriteFile(name, []byte("old page"), 0o640); err != nil {
		t.Fatal(err)
	}
	err := explain.WriteFileAtomic(name, func(w io.Writer) error {
		io.WriteString(w, "<html>half")
		if b, _ := os.ReadFile(name); string(b) != "old page" {
			t.Errorf("during the write the page holds %q", b)
		}
		return errors.New("killed")
	})
	if err == nil {
		t.Fatal("a failed fill must fail the write")
	}
	if b, _ := os.ReadFile(name); string(b) != "old page" {
		t.Errorf("after a failed write the page holds %q", b)
	}
	if err := explain.WriteFileAtomic(name, func(w io.Writer) error { _, err := io.WriteString(w, "new page"); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(name); string(b) != "new page" {
		t.Errorf("page holds %q", b)
	}
	if st, _ := os.Stat(name); st.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want the old page's 0640", st.Mode().Perm())
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 1 {
		t.Errorf("files left: %v", ents)
	}
}

func TestWriteRefusesManyOnStdout(t *testing.T) {
	ds := docs(t)
	var b bytes.Buffer
	if _, err := (explain.Target{}).Write(ds, &b); err == nil || b.Len() > 0 {
		t.Errorf("several pages on standard output: err %v, %d bytes written", err, b.Len())
	}
}
