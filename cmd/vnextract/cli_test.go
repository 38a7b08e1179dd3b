package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/doc"
	"github.com/vnextract/vnextract/pipeline/table"
)

// run calls the command in-process and returns its exit code and output.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := realMain(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

const oneArticle = "Phó Chủ tịch UBND tỉnh Nguyễn Hữu Tháp dự hội nghị.\n"

// TestFlagsAfterPaths runs the usage lines as the README and help write
// them, flags after the paths.
func TestFlagsAfterPaths(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	os.WriteFile(in, []byte(oneArticle), 0o644)
	page := filepath.Join(dir, "page.html")
	out := filepath.Join(dir, "out")
	gold := filepath.Join(dir, "gold")
	os.MkdirAll(gold, 0o755)
	os.WriteFile(filepath.Join(gold, "a.json"), []byte(`{"doc":"a","published":null,"authors":[],
		"people":[{"name":"Nguyễn Hữu Tháp","titles":["Phó Chủ tịch UBND tỉnh"]}],
		"dates":[],"document_refs":[],"figures":[]}`), 0o644)
	cases := []struct {
		args  []string
		check string // a file that must exist afterwards, or text stdout must hold
	}{
		{[]string{"explain", in, "-o", page}, page},
		{[]string{"run", in, "--out", out, "--quiet"}, filepath.Join(out, "people.parquet")},
		{[]string{"eval", "--gold", gold, in, "--min-f1", "0.99"}, "people             1     0     0   1.000   1.000   1.000"},
		{[]string{"eval", "--gold", gold, in, "--min-f1", "people=0.99,titles=0.5"}, "1 gold documents"},
		{[]string{"show", in, "--format", "text"}, "Nguyễn Hữu Tháp"},
	}
	for _, c := range cases {
		code, stdout, stderr := run(t, c.args...)
		if code != 0 {
			t.Errorf("%v: exit %d\n%s", c.args, code, stderr)
			continue
		}
		if strings.HasPrefix(c.check, dir) {
			if _, err := os.Stat(c.check); err != nil {
				t.Errorf("%v: %v", c.args, err)
			}
		} else if !strings.Contains(stdout, c.check) {
			t.Errorf("%v: stdout lacks %q:\n%s", c.args, c.check, stdout)
		}
	}
}

func TestVersionHelpCompletion(t *testing.T) {
	code, stdout, _ := run(t, "--version")
	if code != 0 || !strings.HasPrefix(stdout, "vnextract ") {
		t.Errorf("--version: exit %d, %q", code, stdout)
	}
	code, stdout, _ = run(t, "--help")
	if code != 0 {
		t.Errorf("--help: exit %d", code)
	}
	for _, f := range inputFormats {
		for _, end := range strings.Fields(f.Ends) {
			if !strings.Contains(stdout, end) {
				t.Errorf("--help does not name %s:\n%s", end, stdout)
			}
		}
	}
	for _, sub := range []string{"run", "show", "explain", "eval", "golden"} {
		if !strings.Contains(stdout, "\n  "+sub+" ") {
			t.Errorf("--help does not list %s", sub)
		}
	}
	for _, shell := range []string{"bash", "zsh", "fish", "powershell"} {
		code, stdout, stderr := run(t, "completion", shell)
		if code != 0 || !strings.Contains(stdout, "vnextract") {
			t.Errorf("completion %s: exit %d %s", shell, code, stderr)
		}
	}
	// flag values complete from the fixed lists
	_, stdout, _ = run(t, "__complete", "run", "--fail-on", "")
	if !strings.Contains(stdout, "none\nfailed\ncrash\n") {
		t.Errorf("--fail-on completion: %q", stdout)
	}
	// no command: help on stderr, exit 2
	code, stdout, stderr := run(t)
	if code != 2 || stdout != "" || !strings.Contains(stderr, "Usage:") {
		t.Errorf("no command: exit %d stdout %q", code, stdout)
	}
	if code, _, _ := run(t, "eval", "--bogus"); code != 2 {
		t.Errorf("unknown flag: exit %d, want 2", code)
	}
	if code, _, stderr := run(t, "eval", "testdata"); code != 2 || !strings.Contains(stderr, "gold") {
		t.Errorf("eval without --gold: exit %d %s", code, stderr)
	}
}

// TestFormatsNamedAreCollected checks that every file ending the help names
// is one a folder walk picks up, and that the "no input found" message
// names them all.
func TestFormatsNamedAreCollected(t *testing.T) {
	dir := t.TempDir()
	var n int
	for _, f := range inputFormats {
		for _, end := range strings.Fields(f.Ends) {
			if end == "-" {
				continue
			}
			n++
			os.WriteFile(filepath.Join(dir, "x"+strings.ReplaceAll(end, ".", "_")+end), nil, 0o644)
		}
	}
	os.WriteFile(filepath.Join(dir, "ignored.pdf"), nil, 0o644)
	files, err := pipeline.Collect([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != n {
		t.Errorf("collected %d of the %d files the help names", len(files), n)
	}
	empty := t.TempDir()
	code, _, stderr := run(t, "run", "--out", filepath.Join(empty, "out"), empty)
	if code != 2 {
		t.Errorf("no input: exit %d, want 2", code)
	}
	for _, end := range []string{".txt", ".html", ".htm", ".jsonl", ".ndjson", ".jsonl.gz", ".warc", ".warc.gz"} {
		if !strings.Contains(stderr, end) {
			t.Errorf("the no-input message does not name %s: %s", end, stderr)
		}
	}
}

// TestEvalNeedsGoldThatMatches: a score over no gold, or over gold none of
// whose documents was read, is an error, not F1 1.000.
func TestEvalNeedsGoldThatMatches(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in", "a.txt")
	os.MkdirAll(filepath.Dir(in), 0o755)
	os.WriteFile(in, []byte(oneArticle), 0o644)
	empty := filepath.Join(dir, "empty")
	os.MkdirAll(empty, 0o755)
	code, stdout, stderr := run(t, "eval", "--gold", empty, "--min-f1", "0.95", in)
	if code != 2 || strings.Contains(stdout, "1.000") || !strings.Contains(stderr, "no gold files") {
		t.Errorf("empty gold: exit %d\n%s%s", code, stdout, stderr)
	}
	other := filepath.Join(dir, "other")
	os.MkdirAll(other, 0o755)
	os.WriteFile(filepath.Join(other, "b.json"), []byte(`{"doc":"b","people":[],"dates":[],"document_refs":[],"figures":[]}`), 0o644)
	code, _, stderr = run(t, "eval", "--gold", other, in)
	if code != 2 || !strings.Contains(stderr, "none of the 1 gold documents") {
		t.Errorf("no overlap: exit %d %s", code, stderr)
	}
}

func TestFailOn(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "in"), 0o755)
	os.WriteFile(filepath.Join(dir, "in", "good.txt"), []byte(oneArticle), 0o644)
	os.WriteFile(filepath.Join(dir, "in", "bad.txt"), []byte("%PDF-1.4\x00\x00\x00"), 0o644)
	for _, c := range []struct {
		policy string
		want   int
	}{{"", 1}, {"failed", 1}, {"none", 0}, {"crash", 0}, {"sometimes", 2}} {
		args := []string{"run", "--quiet", "--out", filepath.Join(dir, "out"), filepath.Join(dir, "in")}
		if c.policy != "" {
			args = append(args, "--fail-on", c.policy)
		}
		if code, _, stderr := run(t, args...); code != c.want {
			t.Errorf("--fail-on %q: exit %d, want %d %s", c.policy, code, c.want, stderr)
		}
	}
}

// TestStdinRecords feeds gzip JSON Lines with crawler field names on
// standard input, as `zcat`-less pipelines do.
func TestStdinRecords(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(`{"doc_id":"r1","content":"` + strings.TrimSpace(oneArticle) + `","date":"2021-01-02"}` + "\n" + `{"doc_id":"r2","content":""}` + "\n"))
	zw.Close()
	stdin := filepath.Join(dir, "stdin")
	os.WriteFile(stdin, buf.Bytes(), 0o644)
	f, err := os.Open(stdin)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	old := os.Stdin
	os.Stdin = f
	defer func() { os.Stdin = old }()
	out := filepath.Join(dir, "out")
	code, _, stderr := run(t, "run", "-", "--out", out)
	if code != 1 || !strings.Contains(stderr, "2 documents read, 1 failed") || !strings.Contains(stderr, "r2: stdin:2: record has no text") {
		t.Errorf("exit %d:\n%s", code, stderr)
	}
	people, err := parquet.ReadFile[table.PersonRow](filepath.Join(out, "people.parquet"))
	if err != nil {
		t.Fatal(err)
	}
	if len(people) != 1 || people[0].DocID != "r1" || people[0].Name != "Nguyễn Hữu Tháp" {
		t.Errorf("people: %+v", people)
	}
}

// panicStage fails every document the way a bug would.
type panicStage struct{}

func (panicStage) Name() string          { return "boom" }
func (panicStage) Extract(*doc.Document) { panic("boom") }

// TestFailOnCrash: --fail-on crash exits 1 for a document a stage crashed
// on, as the runner records it, and 0 for bad input.
func TestFailOnCrash(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte(oneArticle), 0o644)
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("%PDF-1.4\x00\x00\x00"), 0o644)
	crashing, err := pipeline.New([]doc.Stage{panicStage{}})
	if err != nil {
		t.Fatal(err)
	}
	plain, err := newRunner()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		r      *pipeline.Runner
		path   string
		policy string
		want   int
	}{
		{"crash, crash", crashing, good, "crash", 1},
		{"crash, none", crashing, good, "none", 0},
		{"bad input, crash", plain, bad, "crash", 0},
		{"bad input, failed", plain, bad, "failed", 1},
		{"good input, failed", plain, good, "failed", 0},
	} {
		ins, err := pipeline.Collect([]string{c.path})
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := c.r.Run(ins, nil)
		var failed []table.DocumentRow
		for _, d := range rows.Documents {
			if d.Failed {
				failed = append(failed, d)
			}
		}
		if got := exitFor(c.policy, failed); got != c.want {
			t.Errorf("%s: exit %d, want %d (%v)", c.name, got, c.want, failed)
		}
	}
}
