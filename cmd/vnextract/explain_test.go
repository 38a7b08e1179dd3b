package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExplainWherePagesGo runs the command with the placements its help
// promises: one page to standard output or NAME.html, several into a
// folder with an index, and refusals that say what to do instead.
func TestExplainWherePagesGo(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("Chủ tịch UBND tỉnh Nguyễn Văn A dự hội nghị.\n"), 0o644)
	os.WriteFile(b, []byte("Ngày 22/11/2021, Ban Thường vụ Tỉnh ủy ban hành Quyết định số 455-QĐ/TU.\n"), 0o644)
	run := func(args ...string) (int, string, string) {
		var stdout, stderr bytes.Buffer
		code := realMain(append([]string{"explain"}, args...), &stdout, &stderr)
		return code, stdout.String(), stderr.String()
	}
	if code, out, errs := run(a); code != 0 || !strings.HasPrefix(out, "<!DOCTYPE html>") || strings.Count(out, "<!DOCTYPE html>") != 1 {
		t.Errorf("one input, no -o: exit %d, %d bytes, %s", code, len(out), errs)
	}
	if code, out, errs := run(a, b); code != 2 || out != "" || !strings.Contains(errs, "give -o FOLDER") {
		t.Errorf("two inputs, no -o: exit %d, stdout %d bytes, stderr %q", code, len(out), errs)
	}
	page := filepath.Join(dir, "one.html")
	if code, _, errs := run("-o", page, a); code != 0 {
		t.Errorf("-o one.html: exit %d, %s", code, errs)
	} else if st, err := os.Stat(page); err != nil || !st.Mode().IsRegular() || st.Size() == 0 {
		t.Errorf("-o one.html wrote no page: %v", err)
	}
	many := filepath.Join(dir, "many.html")
	if code, _, errs := run("-o", many, a, b); code != 2 || !strings.Contains(errs, "names one page but there are 2 documents") {
		t.Errorf("-o many.html with two inputs: exit %d, %q", code, errs)
	}
	if _, err := os.Stat(many); !os.IsNotExist(err) {
		t.Errorf("-o many.html made something: %v", err)
	}
	folder := filepath.Join(dir, "pages")
	if code, _, errs := run("-o", folder, a, b); code != 0 {
		t.Errorf("-o pages: exit %d, %s", code, errs)
	}
	for _, name := range []string{"a.html", "b.html", "index.html"} {
		if _, err := os.Stat(filepath.Join(folder, name)); err != nil {
			t.Errorf("-o pages: %v", err)
		}
	}
}
