package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestReport(t *testing.T) {
	in, err := os.ReadFile("testdata/events.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	code := report(bytes.NewReader(in), &out)
	want, err := os.ReadFile("testdata/report.txt")
	if err != nil {
		t.Fatal(err)
	}
	if code != 1 || out.String() != string(want) {
		t.Errorf("exit %d, report:\n%s\nwant:\n%s", code, out.String(), want)
	}
	// all passing: exit 0
	var pass bytes.Buffer
	ok := `{"Action":"run","Package":"p","Test":"TestA"}
{"Action":"pass","Package":"p","Test":"TestA"}
{"Action":"output","Package":"p","Output":"ok  \tp\t0.1s\n"}
{"Action":"pass","Package":"p"}
`
	if code := report(strings.NewReader(ok), &pass); code != 0 || !strings.HasSuffix(pass.String(), "\n1 passed, 0 failed, 0 skipped\n") {
		t.Errorf("exit %d: %q", code, pass.String())
	}
}
