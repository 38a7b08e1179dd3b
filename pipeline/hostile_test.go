package pipeline_test

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/sys/unix"

	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/doc"
	"github.com/vnextract/vnextract/pipeline/ingest"
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
		{"windows-1258-declared-utf8", false, "windows-1258", "decoded as windows-1258", "Nguyễn Văn Hòa"},
		{"noscript-article", false, "utf-8", "inside <noscript> or <iframe srcdoc> were not read", ""},
		{"iframe-srcdoc", false, "utf-8", "inside <noscript> or <iframe srcdoc> were not read", ""},
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

// TestHostileFiles: files a folder walk meets that would hang the run,
// exhaust memory or stop it, each one failed row (or a bounded read) while
// the good file beside it is read.
func TestHostileFiles(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	good := "Sáng 31/12, Phó Chủ tịch UBND tỉnh Nguyễn Hữu Tháp dự hội nghị.\n"
	os.WriteFile(filepath.Join(in, "good.txt"), []byte(good), 0o644)
	if err := syscall.Mkfifo(filepath.Join(in, "fifo.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(in, "zero.txt")); err != nil {
		t.Fatal(err)
	}
	// a file name that is not UTF-8 (an old archive's)
	os.WriteFile(filepath.Join(in, "t\xeanh.txt"), []byte(good), 0o644)
	// a folder this user cannot read (root reads everything: then it is
	// just read)
	locked := filepath.Join(in, "locked")
	os.MkdirAll(locked, 0o755)
	os.WriteFile(filepath.Join(locked, "x.txt"), []byte(good), 0o644)
	os.Chmod(locked, 0)
	defer os.Chmod(locked, 0o755)
	// a path longer than the system allows, made one level at a time
	long := makeLongPath(t, in)

	ins, err := pipeline.Collect([]string{in})
	if err != nil {
		t.Fatalf("Collect stopped on one bad entry: %v", err)
	}
	r := newRunner(t)
	r.MaxBytes = 1 << 20
	done := make(chan struct{})
	var rows table.Rows
	go func() { rows, _ = r.Run(ins, nil); close(done) }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("the run hung")
	}
	got := map[string]table.DocumentRow{}
	for _, d := range rows.Documents {
		got[d.DocID] = d
		if !utf8.ValidString(d.DocID) {
			t.Errorf("doc_id %q is not UTF-8", d.DocID)
		}
	}
	want := map[string]string{ // doc_id -> "" good, else a piece of the error
		"in/good":   "",
		"in/t%EAnh": "",
		"in/fifo":   "not a regular file (a FIFO)",
		"in/zero":   "not a regular file (a character device)",
	}
	if os.Geteuid() != 0 {
		want["in/locked"] = "permission denied"
	} else {
		want["in/locked/x"] = ""
	}
	if long {
		found := false
		for _, d := range rows.Documents {
			if d.Failed && strings.Contains(d.Error, "file name too long") {
				found = true
			}
		}
		if !found {
			t.Error("the path over the system's limit has no failed row")
		}
	}
	for id, msg := range want {
		d, ok := got[id]
		switch {
		case !ok:
			t.Errorf("%s: no documents row (have %v)", id, keysOf(got))
		case msg == "" && d.Failed:
			t.Errorf("%s failed: %s", id, d.Error)
		case msg != "" && (!d.Failed || !strings.Contains(d.Error, msg)):
			t.Errorf("%s: failed=%v error %q, want %q", id, d.Failed, d.Error, msg)
		}
	}
	// named on the command line, a device is read, bounded by --max-bytes
	ins, err = pipeline.Collect([]string{"/dev/zero"})
	if err != nil {
		t.Fatal(err)
	}
	rows, _ = r.Run(ins, nil)
	if len(rows.Documents) != 1 || !strings.Contains(rows.Documents[0].Error, "over the per-document limit") {
		t.Errorf("/dev/zero: %+v", rows.Documents)
	}
}

// TestStdinBounded: standard input (or any stream) is read up to
// --max-bytes, not to its end.
func TestStdinBounded(t *testing.T) {
	r := newRunner(t)
	r.MaxBytes = 1 << 20
	endless := pipeline.Input{ID: "stdin", Source: "standard input", Name: "stdin",
		Open: func() (io.ReadCloser, error) { return io.NopCloser(zeros{}), nil }}
	rows, st := r.Run([]pipeline.Input{endless}, nil)
	if st.Failed != 1 || !strings.Contains(rows.Documents[0].Error, "over the per-document limit") {
		t.Errorf("endless stream: %+v", rows.Documents)
	}
	if st.Bytes > int64(r.MaxBytes)+1 {
		t.Errorf("read %d bytes of an endless stream, limit %d", st.Bytes, r.MaxBytes)
	}
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

func keysOf(m map[string]table.DocumentRow) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// makeLongPath makes folders under dir, one level at a time (each name
// within limits, the whole path over PATH_MAX), and a file at the bottom;
// false when the file system does not allow it.
func makeLongPath(t *testing.T, dir string) bool {
	fd, err := unix.Open(dir, unix.O_RDONLY|unix.O_DIRECTORY, 0)
	if err != nil {
		return false
	}
	name := strings.Repeat("d", 250)
	for depth := 0; depth < 20; depth++ {
		if err := unix.Mkdirat(fd, name, 0o755); err != nil {
			unix.Close(fd)
			return false
		}
		next, err := unix.Openat(fd, name, unix.O_RDONLY|unix.O_DIRECTORY, 0)
		unix.Close(fd)
		if err != nil {
			return false
		}
		fd = next
	}
	defer unix.Close(fd)
	f, err := unix.Openat(fd, "deep.txt", unix.O_CREAT|unix.O_WRONLY, 0o644)
	if err != nil {
		return false
	}
	unix.Write(f, []byte("Phó Chủ tịch UBND tỉnh Nguyễn Hữu Tháp dự hội nghị.\n"))
	unix.Close(f)
	return true
}

// TestBudgetInsideStage: a stage that runs past the budget is stopped
// inside its loop, not after it: it keeps what it found so far, the later
// stages are skipped, both are said in the warnings, and the run counts the
// document as cut.
func TestBudgetInsideStage(t *testing.T) {
	r, err := pipeline.New([]doc.Stage{endless{}, endless{"after"}})
	if err != nil {
		t.Fatal(err)
	}
	r.Budget = 50 * time.Millisecond
	in := pipeline.Input{ID: "x", Source: "x.txt", Name: "x.txt", Load: func() ([]byte, error) { return []byte("Hội nghị.\n"), nil }}
	start := time.Now()
	rows, st := r.Run([]pipeline.Input{in}, nil)
	if el := time.Since(start); el > 10*time.Second {
		t.Fatalf("an endless stage ran %s: the budget does not reach inside stages", el)
	}
	w := strings.Join(rows.Documents[0].Warnings, "; ")
	if !strings.Contains(w, "used up inside stage endless") || !strings.Contains(w, "stages from after on skipped") {
		t.Errorf("warnings %q", w)
	}
	if st.Cut != 1 || st.Failed != 0 {
		t.Errorf("cut %d failed %d, want 1 and 0", st.Cut, st.Failed)
	}
}

// endless is a stage that works until the document's time is up.
type endless struct{ name string }

func (e endless) Name() string {
	if e.name != "" {
		return e.name
	}
	return "endless"
}

func (endless) Extract(d *doc.Document) {
	for !d.Expired() {
		time.Sleep(10 * time.Microsecond)
	}
}

// TestStagesStopAtDeadline: every extractor checks the deadline in its
// main loop: given a document whose time is already up, a stage adds
// nothing (run alone it finds plenty on the same document).
func TestStagesStopAtDeadline(t *testing.T) {
	var text string
	for _, sh := range growthShapes {
		if sh.name == "paragraphs" {
			text = sh.make(50)
		}
	}
	stages := extractors.Default()
	for i, s := range stages {
		found := func(expired bool) int {
			d, err := ingest.Read("x", "x.html", "x.html", []byte(text))
			if err != nil {
				t.Fatal(err)
			}
			for _, before := range stages[:i] {
				before.Extract(d)
			}
			n := len(d.Mentions) + len(d.Relations)
			if expired {
				d.Deadline = time.Now().Add(-time.Second)
			}
			s.Extract(d)
			return len(d.Mentions) + len(d.Relations) - n
		}
		free, cut := found(false), found(true)
		if free == 0 {
			continue // nothing of its kind in this text
		}
		if cut != 0 {
			t.Errorf("%s: %d mentions/relations added past the deadline (%d without one)", s.Name(), cut, free)
		}
	}
}
