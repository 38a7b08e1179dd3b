package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/pipeline/output"
	"github.com/vnextract/vnextract/pipeline/table"
)

// TestRunIntoWorkingFolder is the README's `run --out "$PWD" corpus`: the
// output folder holds the input corpus, .git and source folders. Every one
// of them must survive two runs, with the folder's mode.
func TestRunIntoWorkingFolder(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"corpus/a.txt":     "Sáng 31/12, Phó Chủ tịch UBND tỉnh Nguyễn Hữu Tháp dự hội nghị.\n",
		"corpus/sub/b.txt": "Ngày 2/1/2021, Bộ trưởng Nguyễn Văn A ký Quyết định số 12/QĐ-TTg.\n",
		".git/HEAD":        "ref: refs/heads/main\n",
		"src/main.go":      "package main\n",
		"notes.md":         "my notes\n",
	}
	for p, text := range files {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(p)), 0o755)
		os.WriteFile(filepath.Join(dir, p), []byte(text), 0o644)
	}
	os.Chmod(dir, 0o2775)
	before, _ := os.Stat(dir)
	for i := 0; i < 2; i++ {
		var stdout, stderr bytes.Buffer
		if code := realMain([]string{"run", "--quiet", "--out", dir, filepath.Join(dir, "corpus")}, &stdout, &stderr); code != 0 {
			t.Fatalf("run %d: exit %d: %s", i, code, stderr.String())
		}
	}
	for p, text := range files {
		b, err := os.ReadFile(filepath.Join(dir, p))
		if err != nil || string(b) != text {
			t.Errorf("%s lost or changed by the run: %v", p, err)
		}
	}
	for _, n := range table.Names {
		if _, err := os.Stat(filepath.Join(dir, n+".parquet")); err != nil {
			t.Errorf("%s.parquet missing: %v", n, err)
		}
	}
	after, _ := os.Stat(dir)
	if after.Mode() != before.Mode() || !os.SameFile(before, after) {
		t.Errorf("folder replaced or re-moded: %v -> %v", before.Mode(), after.Mode())
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*.vnextract-tmp-*"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestSecondRunRefusedBeforeWork: while one run holds the output folder, a
// second one exits 2 naming the folder, and leaves the folder alone.
func TestSecondRunRefusedBeforeWork(t *testing.T) {
	dir := t.TempDir()
	held, err := output.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer held.Abort()
	var stdout, stderr bytes.Buffer
	code := realMain([]string{"run", "--quiet", "--out", dir}, &stdout, &stderr)
	if code != 2 || !strings.Contains(stderr.String(), "in use by another vnextract run") {
		t.Errorf("second run: exit %d, %s", code, stderr.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "documents.parquet")); err == nil {
		t.Error("the refused run wrote a table")
	}
}
