package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/vnextract/vnextract/eval"
	"github.com/vnextract/vnextract/pipeline/table"
)

const evalHelp = `
Runs extraction on PATH (default: the embedded corpus), or reads the tables a
run already wrote to --out DIR, and scores it against the gold files under
--gold DIR by SPEC's rules. Prints tp, fp, fn, precision,
recall and F1 per kind and in total; -v lists every miss and false alarm.
Exits 1 when any kind's F1 is under --min-f1: either one number for every
kind ("0.95") or floors per kind ("people=0.98,titles=0.88"); a kind not
named has no floor. Exits 2 when --gold holds no gold file or none of its
documents is among the inputs (a score over nothing is no score).

%s`

func init() { commands = append(commands, newEvalCmd) }

// evalOptions are eval's flags.
type evalOptions struct {
	in                  inputFlags
	goldDir, minF1, out string
	verbose, asJSON     bool
}

func newEvalCmd(a *app) *cobra.Command {
	o := &evalOptions{}
	cmd := &cobra.Command{
		Use:   "eval --gold DIR [--out DIR | PATH ...]",
		Short: "score extraction against gold annotations",
		Long:  helpText(fmt.Sprintf(evalHelp, inputHelp())),
		Example: `  vnextract eval --gold ../shared/gold ../shared/seeds --min-f1 0.95
  vnextract eval --gold ../shared/gold --out out --min-f1 people=0.98,titles=0.88 -v`,
	}
	fs := cmd.Flags()
	fs.StringVar(&o.goldDir, "gold", "", "folder of gold JSON files (required)")
	fs.StringVar(&o.minF1, "min-f1", "", "fail when a kind's F1 is below this: X, or kind=X,kind=X")
	fs.BoolVarP(&o.verbose, "verbose", "v", false, "list each miss and false alarm")
	fs.BoolVar(&o.asJSON, "json", false, "print the report as JSON")
	fs.StringVar(&o.out, "out", "", "score the tables of this output folder instead of running")
	cmd.MarkFlagRequired("gold")
	cmd.MarkFlagDirname("gold")
	cmd.MarkFlagDirname("out")
	o.in.add(cmd)
	cmd.RunE = a.action(func(_ *cobra.Command, args []string) (int, error) {
		return cmdEval(o, args, a.stdout, a.stderr)
	})
	return cmd
}

func cmdEval(o *evalOptions, args []string, stdout, stderr io.Writer) (int, error) {
	floors, err := eval.ParseFloors(o.minF1)
	if err != nil {
		return 2, usagef("--min-f1: %v", err)
	}
	gold, err := eval.LoadGold(o.goldDir)
	if err != nil {
		return 2, err
	}
	if len(gold) == 0 {
		return 2, fmt.Errorf("no gold files (*.json) under %s", o.goldDir)
	}
	var rows table.Rows
	if o.out != "" {
		if len(args) > 0 {
			return 2, usagef("give --out or paths, not both")
		}
		if rows, err = table.Read(o.out); err != nil {
			return 2, err
		}
	} else {
		r, err := newRunner()
		if err != nil {
			return 2, err
		}
		inputs, err := o.in.inputsFor(args)
		if err != nil {
			return 2, err
		}
		rows, _ = r.Run(inputs, nil)
	}
	rep := eval.Score(rows, gold)
	if len(rep.MissingDocs) == rep.Docs {
		return 2, fmt.Errorf("none of the %d gold documents under %s is among the %d documents scored (gold files are matched by the last part of doc_id)", rep.Docs, o.goldDir, len(rows.Documents))
	}
	if o.asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep.JSON()); err != nil {
			return 2, err
		}
	} else {
		rep.Print(stdout, o.verbose)
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
