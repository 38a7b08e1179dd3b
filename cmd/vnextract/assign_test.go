package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/table"
)

// TestShardByFile: with many files, each shard reads whole files, every
// file goes to exactly one shard, bytes are spread evenly, and the shards'
// documents together are the corpus's.
func TestShardByFile(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	sizes := []int{900, 100, 100, 100, 400, 400, 50, 50}
	var want []string
	for i, n := range sizes {
		os.WriteFile(filepath.Join(in, fmt.Sprintf("f%d.txt", i)), []byte(strings.Repeat("a", n-1)+"\n"), 0o644)
		want = append(want, fmt.Sprintf("in/f%d", i))
	}
	// the same doc_id twice: both files go to one shard, which names the
	// second "~2" as a single run does
	os.WriteFile(filepath.Join(in, "f6.html"), []byte("<p>"+strings.Repeat("b", 40)+"</p>"), 0o644)
	sizes[6] += 47
	want = append(want, "in/f6~2")
	sort.Strings(want)
	const count = 3
	all, err := pipeline.Collect([]string{in})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	var loads []int
	for i := 0; i < count; i++ {
		files, err := shardInputs("auto", all, i, count)
		if err != nil {
			t.Fatal(err)
		}
		load := 0
		shardOf := map[string]int{}
		for _, f := range files {
			if _, ok := shardOf[f.ID]; !ok {
				seen[f.ID]++
			}
			shardOf[f.ID] = i
			st, _ := os.Stat(f.Source)
			load += int(st.Size())
		}
		loads = append(loads, load)
	}
	if len(seen) != len(sizes) {
		t.Errorf("%d doc_ids assigned, want %d", len(seen), len(sizes))
	}
	for f, n := range seen {
		if n != 1 {
			t.Errorf("%s read by %d shards", f, n)
		}
	}
	sort.Ints(loads)
	// largest first to the lightest shard: 900 | 400+100+100 | 400+97(f6 and f6.html)+100+50
	if fmt.Sprint(loads) != "[600 647 900]" {
		t.Errorf("bytes per shard %v, want [600 647 900]", loads)
	}
	// fewer files than shards: auto hashes doc_ids instead
	if files, _ := shardInputs("auto", all, 0, 16); len(files) != len(pipeline.InShard(all, 0, 16)) {
		t.Errorf("auto with 8 files and 16 shards did not hash doc_ids: %d inputs", len(files))
	}
	// through the command: the union of the shards is every document once
	out := filepath.Join(dir, "out")
	var got []string
	for i := 0; i < count; i++ {
		code, _, stderr := run(t, "run", in, "--quiet", "--out", out, "--shard-by", "file",
			"--shard-index", fmt.Sprint(i), "--shard-count", fmt.Sprint(count))
		if code != 0 {
			t.Fatalf("shard %d: exit %d %s", i, code, stderr)
		}
		docs, err := parquet.ReadFile[table.DocumentRow](filepath.Join(out, "documents", fmt.Sprintf("shard=%05d", i), "part-00000.parquet"))
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			got = append(got, d.DocID)
		}
	}
	sort.Strings(got)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("documents over the shards %v, want %v", got, want)
	}
}
