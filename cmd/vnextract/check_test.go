package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/checks"
)

// check runs on any articles and prints every count; a bad --sample is a
// usage error.
func TestCheckCommand(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := realMain([]string{"check", "../../testdata/corpus/seeds"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	out := stdout.String()
	if !strings.Contains(out, "(1 in 1 by doc_id)") {
		t.Errorf("no document count line:\n%s", out)
	}
	for _, c := range checks.Checks {
		if !strings.Contains(out, c.Desc) {
			t.Errorf("no line for %s:\n%s", c.ID, out)
		}
	}
	stdout.Reset()
	if code := realMain([]string{"check", "--sample", "0", "../../testdata/corpus/seeds"}, &stdout, &stderr); code != 2 {
		t.Errorf("--sample 0: exit %d, want 2", code)
	}
	if code := realMain([]string{"check"}, &stdout, &stderr); code != 2 {
		t.Errorf("no PATH: exit %d, want 2", code)
	}
}
