package main

import (
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"

	"github.com/vnextract/vnextract/pipeline/table"
)

// TestKilledRunsNeverTearOutput kills runs at random moments and checks that
// the output folder always holds one complete set of tables from one run:
// every table present and readable, and every table's doc_ids those of one
// of the two alternating inputs.
func TestKilledRunsNeverTearOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs it many times")
	}
	dir := t.TempDir()
	bin := buildBinary(t, dir)
	out := filepath.Join(dir, "out")
	inputs := []string{"../../testdata/corpus/seeds", "../../testdata/hostile"}
	rng := rand.New(rand.NewSource(1))
	completed := 0
	for i := 0; i < 16; i++ {
		cmd := exec.Command(bin, "run", "--quiet", "--out", out, inputs[i%2])
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-time.After(time.Duration(rng.Intn(250)) * time.Millisecond):
			cmd.Process.Signal(syscall.SIGKILL)
			<-done
		case <-done:
			completed++
		}
		checkComplete(t, out)
	}
	// and a run left alone finishes
	if err := exec.Command(bin, "run", "--quiet", "--out", out, inputs[0]).Run(); err != nil {
		t.Fatalf("final run: %v", err)
	}
	checkComplete(t, out)
	t.Logf("%d of 16 runs completed before the kill", completed)
}

func checkComplete(t *testing.T, out string) {
	t.Helper()
	if _, err := os.Stat(out); os.IsNotExist(err) {
		return // no run has finished yet
	}
	docs := idsOf[table.DocumentRow](t, filepath.Join(out, "documents.parquet"), func(r table.DocumentRow) string { return r.DocID })
	prefix := ""
	for id := range docs {
		p := strings.SplitN(id, "/", 2)[0]
		if prefix != "" && p != prefix {
			t.Fatalf("documents.parquet mixes runs: %v", keys(docs))
		}
		prefix = p
	}
	for _, name := range table.Names {
		if _, err := os.Stat(filepath.Join(out, name+".parquet")); err != nil {
			t.Fatalf("%s missing after a kill: %v", name, err)
		}
	}
	for id := range idsOf[table.PersonRow](t, filepath.Join(out, "people.parquet"), func(r table.PersonRow) string { return r.DocID }) {
		if !docs[id] {
			t.Fatalf("people.parquet has %s, which documents.parquet lacks: tables from two runs", id)
		}
	}
	for id := range idsOf[table.DateRow](t, filepath.Join(out, "dates.parquet"), func(r table.DateRow) string { return r.DocID }) {
		if !docs[id] {
			t.Fatalf("dates.parquet has %s, which documents.parquet lacks: tables from two runs", id)
		}
	}
}

func idsOf[T any](t *testing.T, path string, id func(T) string) map[string]bool {
	t.Helper()
	rows, err := parquet.ReadFile[T](path)
	if err != nil {
		t.Fatalf("%s unreadable after a kill: %v", path, err)
	}
	m := map[string]bool{}
	for _, r := range rows {
		m[id(r)] = true
	}
	return m
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
