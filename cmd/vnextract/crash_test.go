package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// a hidden command that panics, only in the test binary
func init() {
	commands = append(commands, func(a *app) *cobra.Command {
		return &cobra.Command{Use: "panic-for-test", Hidden: true, RunE: func(*cobra.Command, []string) error { panic("boom") }}
	})
}

// TestCrashExitCode: an internal error outside any document exits 3, not 2
// ("could not start"), and says it is a bug.
func TestCrashExitCode(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := realMain([]string{"panic-for-test"}, &stdout, &stderr); code != exitCrashed {
		t.Errorf("exit %d, want %d", code, exitCrashed)
	}
	if !strings.Contains(stderr.String(), "internal error") || !strings.Contains(stderr.String(), "boom") {
		t.Errorf("stderr %q", stderr.String())
	}
	stderr.Reset()
	if code := realMain([]string{"run", "/no/such/path"}, &stdout, &stderr); code != 2 {
		t.Errorf("missing path: exit %d, want 2", code)
	}
}
