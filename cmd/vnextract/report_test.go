package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReport runs the command as the README shows it: a run, then a report
// over its folder.
func TestReport(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	var stdout, stderr bytes.Buffer
	if code := realMain([]string{"run", "--quiet", "--out", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("run: exit %d: %s", code, stderr.String())
	}
	stderr.Reset()
	if code := realMain([]string{"report", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("report: exit %d: %s", code, stderr.String())
	}
	b, err := os.ReadFile(filepath.Join(out, "report.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"7 documents", "Who held which title when", "<svg class=\"tl\"", "Most cited documents", "455-QĐ/TU"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("report lacks %q", want)
		}
	}
	page := filepath.Join(t.TempDir(), "r.html")
	if code := realMain([]string{"report", "-o", page, out}, &stdout, &stderr); code != 0 {
		t.Errorf("report -o: exit %d: %s", code, stderr.String())
	} else if _, err := os.Stat(page); err != nil {
		t.Error(err)
	}
	stderr.Reset()
	if code := realMain([]string{"report", t.TempDir()}, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "vnextract run --out") {
		t.Errorf("report of a folder with no tables: exit %d, %q", code, stderr.String())
	}
}
