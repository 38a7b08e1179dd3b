package pipeline_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/table"
)

func TestHostileCorpus(t *testing.T) {
	ins, err := pipeline.Collect([]string{"../testdata/hostile"})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	rows, st := newRunner(t).Run(ins, nil)
	if el := time.Since(start); el > 20*time.Second {
		t.Errorf("hostile corpus took %s", el)
	}
	if st.Failed != 2 {
		t.Errorf("failed = %d, want 2 (the PDF and the JPEG)", st.Failed)
	}
	docs := map[string]table.DocumentRow{}
	for _, d := range rows.Documents {
		docs[strings.TrimPrefix(d.DocID, "hostile/")] = d
	}
	people := map[string][]string{}
	for _, p := range rows.People {
		id := strings.TrimPrefix(p.DocID, "hostile/")
		people[id] = append(people[id], p.Name)
	}
	cases := []struct {
		name     string
		failed   bool
		encoding string
		warning  string
		person   string
	}{
		{"utf8-bom", false, "utf-8", "", "Nguyễn Văn Hòa"},
		{"utf16le-bom", false, "utf-16", "", "Nguyễn Văn Hòa"},
		{"utf16be-bom", false, "utf-16", "", "Nguyễn Hữu Tháp"},
		{"windows-1258-declared", false, "windows-1258", "", "Nguyễn Văn Hòa"},
		{"windows-1258-undeclared", false, "windows-1258", "decoded as windows-1258", "Nguyễn Văn Hòa"},
		{"tcvn3", false, "tcvn3", "decoded as tcvn3", ""},
		{"tcvn3-in-latin1", false, "tcvn3", "legacy font encoding tcvn3", ""},
		{"vni", false, "vni", "decoded as vni", "Nguyễn Văn Hòa"},
		{"nfd", false, "utf-8", "", "Nguyễn Văn Hòa"},
		{"old-tones", false, "utf-8", "", "Đinh Văn Khóa"},
		{"entities", false, "utf-8", "", "Nguyễn Hữu Tháp"},
		{"empty", false, "utf-8", "no article text found", ""},
		{"whitespace-only", false, "utf-8", "no article text found", ""},
		{"report", true, "", "binary content", ""},
		{"photo", true, "", "binary content", ""},
		{"truncated", false, "utf-8", "", "Nguyễn Hữu Tháp"},
		{"invalid-utf8", false, "utf-8", "invalid UTF-8 bytes replaced", "Nguyễn Văn Hòa"},
		{"backtrack", false, "utf-8", "", ""},
	}
	for _, c := range cases {
		d, ok := docs[c.name]
		if !ok {
			t.Errorf("%s: no documents row", c.name)
			continue
		}
		if d.Failed != c.failed || d.Encoding != c.encoding {
			t.Errorf("%s: failed=%v encoding=%q, want %v %q (%v)", c.name, d.Failed, d.Encoding, c.failed, c.encoding, d.Warnings)
		}
		if c.warning != "" && !strings.Contains(strings.Join(d.Warnings, "; "), c.warning) {
			t.Errorf("%s: warnings %q lack %q", c.name, d.Warnings, c.warning)
		}
		if c.person != "" && !strings.Contains(strings.Join(people[c.name], ";"), c.person) {
			t.Errorf("%s: people %q lack %q", c.name, people[c.name], c.person)
		}
	}
	// legacy text decodes to the words of the sentence
	for _, name := range []string{"tcvn3", "tcvn3-in-latin1"} {
		if !strings.Contains(docs[name].Text, "phó chủ tịch ubnd tỉnh nguyễn hữu tháp") {
			t.Errorf("%s: text %q", name, docs[name].Text)
		}
	}
	checkSpans(t, rows)
}

// TestHugeInputs makes the cases too big to keep in the repository.
func TestHugeInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, size int, fill func(f *os.File)) {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		fill(f)
		f.Close()
	}
	// 100 MB: over the default cap, refused from its size without reading
	write("huge.txt", 100<<20, func(f *os.File) {
		if err := f.Truncate(100 << 20); err != nil {
			t.Fatal(err)
		}
	})
	// a page nested 10,000 elements deep
	write("deep.html", 0, func(f *os.File) {
		f.WriteString("<html><body>" + strings.Repeat("<div>", 10000) + "<p>Phó Chủ tịch UBND tỉnh Nguyễn Hữu Tháp dự hội nghị.</p>" + strings.Repeat("</div>", 10000) + "</body></html>")
	})
	// a 1 MB line with no spaces
	write("longline.txt", 0, func(f *os.File) {
		f.WriteString(strings.Repeat("Nguyễn", 1<<20/len("Nguyễn")) + "\nPhó Chủ tịch UBND tỉnh Nguyễn Hữu Tháp dự hội nghị.\n")
	})
	ins, err := pipeline.Collect([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	rows, st := newRunner(t).Run(ins, nil)
	if el := time.Since(start); el > 30*time.Second {
		t.Errorf("huge inputs took %s", el)
	}
	if st.Failed != 1 {
		t.Errorf("failed %d, want 1 (the 100 MB file)", st.Failed)
	}
	for _, d := range rows.Documents {
		switch filepath.Base(d.DocID) {
		case "huge":
			if !d.Failed || !strings.Contains(d.Error, "over the per-document limit") {
				t.Errorf("huge: %+v", d.Error)
			}
		case "deep", "longline":
			if d.Failed {
				t.Errorf("%s failed: %s", d.DocID, d.Error)
			}
		}
	}
	checkSpans(t, rows)
}

// TestTimeBudget: a document that uses up its budget keeps what the stages
// before found, skips the rest, and says so.
func TestTimeBudget(t *testing.T) {
	r := newRunner(t)
	r.Budget = time.Nanosecond
	in := pipeline.Input{ID: "slow", Source: "slow.txt", Name: "slow.txt", Load: func() ([]byte, error) {
		return []byte("Sáng 31/12, Phó Chủ tịch UBND tỉnh Nguyễn Hữu Tháp dự hội nghị.\n"), nil
	}}
	rows, st := r.Run([]pipeline.Input{in}, nil)
	if st.Failed != 0 || len(rows.Documents) != 1 {
		t.Fatalf("failed %d", st.Failed)
	}
	if w := strings.Join(rows.Documents[0].Warnings, "; "); !strings.Contains(w, "time budget") {
		t.Errorf("warnings %q", w)
	}
	if len(rows.People) != 0 {
		t.Errorf("stages after the budget ran: %d people", len(rows.People))
	}
}
