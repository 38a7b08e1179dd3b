package main

import (
	"fmt"
	"io"

	"github.com/vnextract/vnextract/golden"
)

const goldenHelp = `
vnextract golden check DIR [PATH ...]
vnextract golden update DIR [PATH ...]

Keeps one readable snapshot per document under DIR (every row of every table,
spans shown with their text). "update" writes them; "check" compares a fresh
run with them, prints a per-document diff grouped by table and exits 1 on
any difference. PATH defaults to the embedded corpus.
`

func cmdGolden(args []string, stdout, stderr io.Writer) (int, error) {
	fs := newFlags("golden", goldenHelp, stderr)
	if err := fs.Parse(args); err != nil {
		return 2, err
	}
	if fs.NArg() < 2 || (fs.Arg(0) != "check" && fs.Arg(0) != "update") {
		fs.Usage()
		return 2, fmt.Errorf("want check or update and a DIR")
	}
	mode, dir := fs.Arg(0), fs.Arg(1)
	r, err := newRunner()
	if err != nil {
		return 2, err
	}
	inputs, err := inputsFor(fs.Args()[2:])
	if err != nil {
		return 2, err
	}
	rows, _ := r.Run(inputs, nil)
	if mode == "update" {
		if err := golden.Update(dir, rows); err != nil {
			return 2, err
		}
		fmt.Fprintf(stderr, "vnextract golden: wrote %d snapshots under %s\n", len(rows.Documents), dir)
		return 0, nil
	}
	diffs, err := golden.Check(dir, rows)
	if err != nil {
		return 2, err
	}
	for _, d := range diffs {
		fmt.Fprintf(stdout, "%s\n", d.DocID)
		for _, l := range d.Lines {
			fmt.Fprintf(stdout, "  %s\n", l)
		}
	}
	if len(diffs) > 0 {
		fmt.Fprintf(stderr, "vnextract golden: %d of %d documents differ\n", len(diffs), len(rows.Documents))
		return 1, nil
	}
	fmt.Fprintf(stderr, "vnextract golden: %d documents match\n", len(rows.Documents))
	return 0, nil
}
