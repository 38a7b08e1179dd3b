package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/vnextract/vnextract/pipeline/table"
)

func TestRunEmbeddedCorpus(t *testing.T) {
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	if code := realMain([]string{"run", "--out", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	for _, name := range []string{"documents", "people", "titles", "dates", "document_refs", "figures", "relations", "entities", "people_registry"} {
		if _, err := os.Stat(filepath.Join(out, name+".parquet")); err != nil {
			t.Errorf("missing %s.parquet", name)
		}
	}
	if !strings.Contains(stderr.String(), "7 documents read, 0 failed") {
		t.Errorf("summary: %s", stderr.String())
	}
	left, _ := filepath.Glob(filepath.Join(out, ".*.vnextract-tmp-*"))
	if len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "in", "good.txt")
	bad := filepath.Join(dir, "in", "bad.txt")
	os.MkdirAll(filepath.Dir(good), 0o755)
	os.WriteFile(good, []byte("Sáng 31/12, Phó Chủ tịch UBND tỉnh Nguyễn Hữu Tháp dự hội nghị.\n"), 0o644)
	os.WriteFile(bad, []byte("%PDF-1.4\x00\x00\x00"), 0o644)
	var stdout, stderr bytes.Buffer
	code := realMain([]string{"run", "--out", filepath.Join(dir, "out"), filepath.Join(dir, "in")}, &stdout, &stderr)
	if code != 1 {
		t.Errorf("one bad document: exit %d, want 1\n%s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "in/bad") || !strings.Contains(stderr.String(), "binary") {
		t.Errorf("summary does not name the failed document: %s", stderr.String())
	}
	stderr.Reset()
	if code := realMain([]string{"run", filepath.Join(dir, "missing")}, &stdout, &stderr); code != 2 {
		t.Errorf("missing input: exit %d, want 2", code)
	}
	if code := realMain([]string{"frobnicate"}, &stdout, &stderr); code != 2 {
		t.Errorf("unknown command: exit %d, want 2", code)
	}
	stdout.Reset()
	if code := realMain([]string{"run", "--help"}, &stdout, &stderr); code != 0 || !strings.Contains(stdout.String(), "--out") {
		t.Errorf("run --help: exit %d, %s", code, stdout.String())
	}
}

func TestShow(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	os.WriteFile(p, []byte("Ban Thường vụ Tỉnh ủy đã ban hành Quyết định số 455-QĐ/TU ngày 22/11/2021.\n"), 0o644)
	var stdout, stderr bytes.Buffer
	if code := realMain([]string{"show", p}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "doc_type=Quyết định number=455 symbol=QĐ/TU ref=455-QĐ/TU issuer_code=TU issuer=Ban Thường vụ Tỉnh ủy issued=2021-11-22") {
		t.Errorf("show output:\n%s", stdout.String())
	}
}

func TestPublishedFlagAndGzipRecords(t *testing.T) {
	dir := t.TempDir()
	// a gzip JSON Lines file with one record that states no date
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(`{"id":"r1","text":"Sáng 31/12, Phó Chủ tịch UBND tỉnh Nguyễn Hữu Tháp dự hội nghị."}` + "\n"))
	zw.Close()
	in := filepath.Join(dir, "feed.jsonl.gz")
	os.WriteFile(in, buf.Bytes(), 0o644)
	out := filepath.Join(dir, "out")
	var stdout, stderr bytes.Buffer
	if code := realMain([]string{"run", "--quiet", "--published", "2021-01-02", "--out", out, in}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	stdout.Reset()
	if code := realMain([]string{"show", in}, &stdout, &stderr); code != 0 {
		t.Fatalf("show: exit %d", code)
	}
	if !strings.Contains(stdout.String(), "value=XXXX-12-31") {
		t.Errorf("without --published the year stays unknown:\n%s", stdout.String())
	}
	if code := realMain([]string{"run", "--published", "yesterday", "--out", out, in}, &stdout, &stderr); code != 2 {
		t.Errorf("a bad --published: exit %d, want 2", code)
	}
	dates, err := parquet.ReadFile[table.DateRow](filepath.Join(out, "dates.parquet"))
	if err != nil {
		t.Fatal(err)
	}
	if len(dates) != 1 || dates[0].Value != "2020-12-31" || dates[0].DocID != "r1" {
		t.Errorf("dates: %+v", dates)
	}
}

func TestEvalOutAndThreshold(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold")
	os.MkdirAll(gold, 0o755)
	os.WriteFile(filepath.Join(gold, "a.json"), []byte(`{"doc":"a","published":null,"authors":[],
		"people":[{"name":"Nguyễn Hữu Tháp","titles":["Phó Chủ tịch UBND tỉnh"]},{"name":"Lê Văn Vắng","titles":[]}],
		"dates":[],"document_refs":[],"figures":[]}`), 0o644)
	in := filepath.Join(dir, "in", "a.txt")
	os.MkdirAll(filepath.Dir(in), 0o755)
	os.WriteFile(in, []byte("Phó Chủ tịch UBND tỉnh Nguyễn Hữu Tháp dự hội nghị.\n"), 0o644)
	out := filepath.Join(dir, "out")
	var stdout, stderr bytes.Buffer
	if code := realMain([]string{"run", "--quiet", "--out", out, in}, &stdout, &stderr); code != 0 {
		t.Fatalf("run: %d %s", code, stderr.String())
	}
	// people: 1 of 2 found (F1 0.667); titles 1 of 1
	if code := realMain([]string{"eval", "--gold", gold, "--out", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("eval: %d %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "people             1     0     1   1.000   0.500   0.667") {
		t.Errorf("report:\n%s", stdout.String())
	}
	stderr.Reset()
	if code := realMain([]string{"eval", "--gold", gold, "--out", out, "--min-f1", "0.9"}, &stdout, &stderr); code != 1 {
		t.Errorf("under --min-f1: exit %d, want 1", code)
	}
	if !strings.Contains(stderr.String(), "people F1 0.667 is below") {
		t.Errorf("stderr: %s", stderr.String())
	}
}
