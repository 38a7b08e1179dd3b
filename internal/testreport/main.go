// Command testreport reads `go test -json` on standard input and prints
// what a reader of `make test` needs: each package's result line, the
// output of every failed test, and at the end every skipped test with the
// reason it gave, so a test that did not run never passes unnoticed.
// It exits 1 when any test or package failed.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// event is one line of test2json output.
type event struct {
	Action  string
	Package string
	Test    string
	Output  string
}

type key struct{ pkg, test string }

func main() {
	os.Exit(report(os.Stdin, os.Stdout))
}

func report(in io.Reader, out io.Writer) int {
	output := map[key][]string{} // a running test's output, kept until it ends
	var skipped []string
	var passed, failed, nskipped int
	pkgFailed := false
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var e event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			// not test2json (a build error printed by go itself): show it
			fmt.Fprintln(out, sc.Text())
			continue
		}
		k := key{e.Package, e.Test}
		switch e.Action {
		case "output", "build-output":
			if e.Test != "" {
				output[k] = append(output[k], e.Output)
			} else if pkgLine(e.Output) {
				fmt.Fprint(out, e.Output)
			}
		case "pass":
			if e.Test != "" {
				passed++
			}
			delete(output, k)
		case "skip":
			if e.Test != "" {
				nskipped++
				skipped = append(skipped, fmt.Sprintf("  %s %s: %s", e.Package, e.Test, reason(output[k])))
			}
			delete(output, k)
		case "fail", "build-fail":
			if e.Test != "" {
				failed++
				fmt.Fprint(out, strings.Join(output[k], ""))
			} else {
				pkgFailed = true
			}
			delete(output, k)
		}
	}
	if len(skipped) > 0 {
		sort.Strings(skipped)
		fmt.Fprintf(out, "\nskipped tests and why:\n%s\n", strings.Join(skipped, "\n"))
	}
	fmt.Fprintf(out, "\n%d passed, %d failed, %d skipped\n", passed, failed, nskipped)
	if failed > 0 || pkgFailed {
		return 1
	}
	return 0
}

// pkgLine keeps a package's result lines ("ok  pkg 1.2s", "FAIL pkg",
// "? pkg [no test files]") and drops the per-test chatter of -json.
func pkgLine(s string) bool {
	return strings.HasPrefix(s, "ok ") || strings.HasPrefix(s, "FAIL") || strings.HasPrefix(s, "?") ||
		strings.HasPrefix(s, "panic:") || strings.HasPrefix(s, "#")
}

// reason is the message a skipped test logged (t.Skip's text), without
// the "=== RUN" and "--- SKIP" framing.
func reason(lines []string) string {
	var msg []string
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "=== ") || strings.HasPrefix(t, "--- SKIP") {
			continue
		}
		msg = append(msg, t)
	}
	if len(msg) == 0 {
		return "(no reason given)"
	}
	return strings.Join(msg, " / ")
}
