package main

import (
	"fmt"
	"io"
	"time"

	"github.com/vnextract/vnextract/checks"
	"github.com/vnextract/vnextract/pipeline"
)

const checkHelp = `
vnextract check [--sample N] [--examples N] PATH ...

Runs extraction on PATH (articles nobody annotated) and counts the outputs
that are wrong whatever a gold file would say: titles whose body ends on a
function word or is a bare head word, people whose name is an
administrative unit or a year of the sexagenary cycle, one person written
with two full names. --sample N keeps one document in N, picked by a hash
of doc_id (the same every run), so counts stay comparable between runs.
`

func cmdCheck(args []string, stdout, stderr io.Writer) (int, error) {
	fs := newFlags("check", checkHelp, stderr)
	sample := fs.Int("sample", 1, "keep one document in N, by a hash of doc_id")
	examples := fs.Int("examples", 0, "list this many findings under each count")
	if err := fs.Parse(args); err != nil {
		return 2, err
	}
	if *sample < 1 {
		return 2, fmt.Errorf("--sample %d: want at least 1", *sample)
	}
	r, inputs, err := pathsAndRunner(fs)
	if err != nil {
		return 2, err
	}
	if *sample > 1 {
		inputs = pipeline.InShard(inputs, 0, *sample)
	}
	start := time.Now()
	rows, _ := r.Run(inputs, nil)
	rep := checks.Run(rows)
	fmt.Fprintf(stdout, "%d unlabeled documents (1 in %d by doc_id), extracted and checked in %.1fs\n", rep.Documents, *sample, time.Since(start).Seconds())
	rep.Print(stdout, *examples)
	return 0, nil
}
