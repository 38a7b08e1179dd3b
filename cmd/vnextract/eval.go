package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/vnextract/vnextract/eval"
	"github.com/vnextract/vnextract/pipeline/table"
)

const evalHelp = `
vnextract eval --gold DIR [--out DIR | PATH ...] [--min-f1 X] [-v] [--json]

Runs extraction on PATH (default: the embedded corpus), or reads the tables a
run already wrote to --out DIR, and scores it against the gold files under
--gold DIR by SPEC's rules. Prints tp, fp, fn, precision,
recall and F1 per kind and in total; -v lists every miss and false alarm.
Exits 1 when any kind's F1 is under --min-f1: either one number for every
kind ("0.95") or floors per kind ("people=0.98,titles=0.88"); a kind not
named has no floor.
`

func cmdEval(args []string, stdout, stderr io.Writer) (int, error) {
	fs := newFlags("eval", evalHelp, stderr)
	goldDir := fs.String("gold", "", "folder of gold JSON files (required)")
	minF1 := fs.String("min-f1", "", "fail when a kind's F1 is below this: X, or kind=X,kind=X")
	verbose := fs.Bool("v", false, "list each miss and false alarm")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	outDir := fs.String("out", "", "score the tables of this output folder instead of running")
	if err := fs.Parse(args); err != nil {
		return 2, err
	}
	if *goldDir == "" {
		fs.Usage()
		return 2, fmt.Errorf("--gold is required")
	}
	floors, err := eval.ParseFloors(*minF1)
	if err != nil {
		return 2, err
	}
	gold, err := eval.LoadGold(*goldDir)
	if err != nil {
		return 2, err
	}
	var rows table.Rows
	if *outDir != "" {
		if fs.NArg() > 0 {
			return 2, fmt.Errorf("give --out or paths, not both")
		}
		if rows, err = table.Read(*outDir); err != nil {
			return 2, err
		}
	} else {
		r, err := newRunner()
		if err != nil {
			return 2, err
		}
		inputs, err := inputsFor(fs.Args())
		if err != nil {
			return 2, err
		}
		rows, _ = r.Run(inputs, nil)
	}
	rep := eval.Score(rows, gold)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep.JSON()); err != nil {
			return 2, err
		}
	} else {
		rep.Print(stdout, *verbose)
	}
	failed := false
	for _, k := range eval.Kinds {
		if f, ok := floors[k]; ok && rep.Counts[k].F1() < f {
			fmt.Fprintf(stderr, "vnextract eval: %s F1 %.3f is below --min-f1 %.3f\n", k, rep.Counts[k].F1(), f)
			failed = true
		}
	}
	if failed {
		return 1, nil
	}
	return 0, nil
}
