package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/vnextract/vnextract/pipeline/table"
)

// TestShardsUnionEqualsSingleRun runs the corpus as three shards in three
// processes and once whole, and checks that the union of the shards' rows
// is exactly the single run's rows, table by table.
func TestShardsUnionEqualsSingleRun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs it four times")
	}
	// The labeled articles and pages, not the 12,583 unlabeled ones: four
	// runs over those take minutes, and the shapes that sharding must keep
	// (text, HTML, JSON Lines records, folders) are all here.
	corpus := []string{"../../testdata/corpus"}
	if _, err := os.Stat("../../../shared/corpus"); err == nil {
		corpus = []string{"../../../shared/seeds", "../../../shared/corpus/baomoi-dev",
			"../../../shared/corpus/dantri-2021", "../../../shared/corpus/html-legal"}
	}
	// No time budget: on a loaded machine a document could run out of it
	// in one run and not in the other, and the rows would differ for a
	// reason that has nothing to do with sharding.
	args := func(extra ...string) []string {
		return append(append([]string{"run", "--quiet", "--budget", "0"}, extra...), corpus...)
	}
	dir := t.TempDir()
	bin := buildBinary(t, dir)
	single, sharded := filepath.Join(dir, "single"), filepath.Join(dir, "sharded")
	if out, err := exec.Command(bin, args("--out", single)...).CombinedOutput(); err != nil {
		t.Fatalf("single run: %v\n%s", err, out)
	}
	const n = 3
	for i := 0; i < n; i++ {
		cmd := exec.Command(bin, args("--out", sharded, "--shard-index", fmt.Sprint(i), "--shard-count", fmt.Sprint(n))...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("shard %d: %v\n%s", i, err, out)
		}
		marker := filepath.Join(sharded, fmt.Sprintf("_SUCCESS-shard=%05d-of-%05d", i, n))
		if _, err := os.Stat(marker); err != nil {
			t.Errorf("shard %d left no marker: %v", i, err)
		}
	}
	compare := func(name string, read func(string) []string) {
		want := read(filepath.Join(single, name+".parquet"))
		var got []string
		parts, _ := filepath.Glob(filepath.Join(sharded, name, "shard=*", "part-*.parquet"))
		if len(parts) != n {
			t.Fatalf("%s: %d parts, want %d", name, len(parts), n)
		}
		for _, p := range parts {
			got = append(got, read(p)...)
		}
		sort.Strings(want)
		sort.Strings(got)
		if strings.Join(want, "\n") != strings.Join(got, "\n") {
			t.Errorf("%s: shards give %d rows, single run %d, or they differ", name, len(got), len(want))
		}
		if len(want) == 0 && name != "document_refs" {
			t.Errorf("%s: no rows at all", name)
		}
	}
	compare("documents", rowsOf[table.DocumentRow](t))
	compare("people", rowsOf[table.PersonRow](t))
	compare("titles", rowsOf[table.TitleRow](t))
	compare("dates", rowsOf[table.DateRow](t))
	compare("document_refs", rowsOf[table.DocRefRow](t))
	compare("figures", rowsOf[table.FigureRow](t))
	compare("entities", rowsOf[table.EntityRow](t))
	compare("relations", rowsOf[table.RelationRow](t))
}

// rowsOf reads a Parquet file into its rows, each printed as one string.
func rowsOf[T any](t *testing.T) func(string) []string {
	return func(path string) []string {
		rows, err := parquet.ReadFile[T](path)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out := make([]string, len(rows))
		for i, r := range rows {
			out[i] = deref(r)
		}
		return out
	}
}

// deref prints a row with its pointer fields by value, so equal rows
// print equal.
func deref(v any) string {
	rv := reflect.ValueOf(v)
	var b strings.Builder
	for i := 0; i < rv.NumField(); i++ {
		f := rv.Field(i)
		if f.Kind() == reflect.Pointer {
			if f.IsNil() {
				fmt.Fprintf(&b, "%s=nil ", rv.Type().Field(i).Name)
				continue
			}
			f = f.Elem()
		}
		fmt.Fprintf(&b, "%s=%v ", rv.Type().Field(i).Name, f.Interface())
	}
	return b.String()
}
