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

	"github.com/vnextract/vnextract/pipeline/output"
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

// checkComplete checks a whole run's output folder after a kill. A kill
// inside the few renames that place the tables leaves a journal; the next
// run into the folder finishes the placement before anything else, which
// output.Open does here.
func checkComplete(t *testing.T, out string) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(out, ".vnextract-run.journal")); err == nil {
		t.Log("killed while placing: recovering as the next run would")
		f, err := output.Open(out)
		if err != nil {
			t.Fatal(err)
		}
		f.Abort()
	}
	if _, err := os.Stat(filepath.Join(out, "documents.parquet")); os.IsNotExist(err) {
		for _, name := range table.Names {
			if _, err := os.Stat(filepath.Join(out, name+".parquet")); err == nil {
				t.Fatalf("%s.parquet placed without documents.parquet", name)
			}
		}
		return // no run has finished yet
	}
	checkTables(t, func(name string) string { return filepath.Join(out, name+".parquet") })
}

// checkTables checks that the tables at path(name) are all present and
// readable and all from one run.
func checkTables(t *testing.T, path func(string) string) {
	t.Helper()
	docs := idsOf[table.DocumentRow](t, path("documents"), func(r table.DocumentRow) string { return r.DocID })
	prefix := ""
	for id := range docs {
		p := strings.SplitN(id, "/", 2)[0]
		if prefix != "" && p != prefix {
			t.Fatalf("documents.parquet mixes runs: %v", keys(docs))
		}
		prefix = p
	}
	for _, name := range table.Names {
		if _, err := os.Stat(path(name)); err != nil {
			t.Fatalf("%s missing after a kill: %v", name, err)
		}
	}
	for id := range idsOf[table.PersonRow](t, path("people"), func(r table.PersonRow) string { return r.DocID }) {
		if !docs[id] {
			t.Fatalf("people.parquet has %s, which documents.parquet lacks: tables from two runs", id)
		}
	}
	for id := range idsOf[table.DateRow](t, path("dates"), func(r table.DateRow) string { return r.DocID }) {
		if !docs[id] {
			t.Fatalf("dates.parquet has %s, which documents.parquet lacks: tables from two runs", id)
		}
	}
}

// TestKilledShardPlacementAllOrNothing kills shard runs at random moments:
// whenever the shard's _SUCCESS marker stands, every part of that shard is
// present, readable and from one run (a reader that waits for the marker
// never sees a mix), and a run left alone finishes with the marker.
func TestKilledShardPlacementAllOrNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs it many times")
	}
	dir := t.TempDir()
	bin := buildBinary(t, dir)
	out := filepath.Join(dir, "out")
	inputs := []string{"../../testdata/corpus/seeds", "../../testdata/hostile"}
	const shard = "shard=00000"
	marker := filepath.Join(out, "_SUCCESS-"+shard+"-of-00002")
	part := func(name string) string { return filepath.Join(out, name, shard, "part-00000.parquet") }
	rng := rand.New(rand.NewSource(2))
	run := func(input string) *exec.Cmd {
		return exec.Command(bin, "run", "--quiet", "--out", out, "--shard-index", "0", "--shard-count", "2", input)
	}
	completed := 0
	for i := 0; i < 16; i++ {
		cmd := run(inputs[i%2])
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-time.After(time.Duration(rng.Intn(400)) * time.Millisecond):
			cmd.Process.Signal(syscall.SIGKILL)
			<-done
		case <-done:
			completed++
		}
		if _, err := os.Stat(marker); err == nil {
			checkTables(t, part)
		}
	}
	if out, err := run(inputs[0]).CombinedOutput(); err != nil {
		t.Fatalf("final run: %v\n%s", err, out)
	}
	if _, err := os.Stat(marker); err != nil {
		t.Fatalf("final run left no marker: %v", err)
	}
	checkTables(t, part)
	for _, name := range table.Names {
		left, _ := filepath.Glob(filepath.Join(out, name, shard, ".*.vnextract-tmp-*"))
		if len(left) > 0 {
			t.Errorf("temporary files left after the final run: %v", left)
		}
	}
	t.Logf("%d of 16 runs completed before the kill", completed)
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
