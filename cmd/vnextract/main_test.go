package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(out), ".*staging-*"))
	if len(left) > 0 {
		t.Errorf("staging left behind: %v", left)
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
	stderr.Reset()
	if code := realMain([]string{"run", "--help"}, &stdout, &stderr); code != 0 || !strings.Contains(stderr.String(), "--out") {
		t.Errorf("run --help: exit %d, %s", code, stderr.String())
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
	if !strings.Contains(stdout.String(), "ref=455-QĐ/TU type=Quyết định issuer=Ban Thường vụ Tỉnh ủy (TU) issued=2021-11-22") {
		t.Errorf("show output:\n%s", stdout.String())
	}
}
