package main

import (
	"os/exec"
	"path/filepath"
	"testing"
)

// buildBinary builds the command into dir, for tests that run it as a
// separate process (to kill it, or to run several side by side).
func buildBinary(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "vnextract")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}
