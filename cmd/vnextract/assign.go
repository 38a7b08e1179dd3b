package main

import (
	"os"
	"sort"

	"github.com/vnextract/vnextract/pipeline"
)

// shardInputs keeps shard index of count's part of the inputs. By "doc"
// every process lists every input and keeps the doc_ids that hash to it
// (a file of records is read whole by every shard); by "file" each input
// file goes whole to one process, so 16 shards read the corpus once, not
// 16 times. "auto" is "file" when there are at least as many files as
// shards (with fewer, some shards would sit idle) and none is standard
// input.
func shardInputs(mode string, inputs []pipeline.Input, index, count int) ([]pipeline.Input, error) {
	switch mode {
	case "doc":
		return pipeline.InShard(inputs, index, count), nil
	case "file", "auto":
	default:
		return nil, usagef("--shard-by %q: want auto, doc or file", mode)
	}
	for _, in := range inputs {
		if in.Source == pipeline.StdinSource {
			if mode == "file" {
				return nil, usagef("--shard-by file: standard input is not a file; give files or --shard-by doc")
			}
			return pipeline.InShard(inputs, index, count), nil
		}
	}
	if mode == "auto" && len(inputs) < count {
		return pipeline.InShard(inputs, index, count), nil
	}
	return assignFiles(inputs, index, count), nil
}

// assignFiles gives each input file to one shard, largest first to the
// shard with the fewest bytes so far (ties to the lower index), and returns
// shard index's files. Every process computes the same assignment from the
// same listing. Files with the same doc_id ("a.txt" beside "a.html") go
// together, so the runner's "~2" for the second is the one a single run
// gives. (Records repeating an id across two files of records can land in
// two shards; --shard-by doc keeps them together at the price of every
// shard reading every file.)
func assignFiles(inputs []pipeline.Input, index, count int) []pipeline.Input {
	type group struct {
		id   string
		ins  []pipeline.Input
		size int64
	}
	var groups []*group
	byID := map[string]*group{}
	for _, in := range inputs {
		g := byID[in.ID]
		if g == nil {
			g = &group{id: in.ID}
			byID[in.ID] = g
			groups = append(groups, g)
		}
		g.ins = append(g.ins, in)
		size := in.Size
		if st, err := os.Stat(in.Source); err == nil && st.Mode().IsRegular() {
			size = st.Size() // files of records say no size of their own
		}
		g.size += size
	}
	sort.SliceStable(groups, func(i, j int) bool {
		if groups[i].size != groups[j].size {
			return groups[i].size > groups[j].size
		}
		return groups[i].id < groups[j].id
	})
	load := make([]int64, count)
	var mine []pipeline.Input
	for _, g := range groups {
		best := 0
		for s := range load {
			if load[s] < load[best] {
				best = s
			}
		}
		load[best] += g.size + 1 // +1: empty files still spread
		if best == index {
			mine = append(mine, g.ins...)
		}
	}
	return pipeline.Sorted(mine)
}
