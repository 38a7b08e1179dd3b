package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/vnextract/vnextract/golden"
)

const goldenHelp = `
Keeps one readable snapshot per document under DIR (every row of every table,
spans shown with their text). "update" writes them; "check" compares a fresh
run with them, prints a per-document diff grouped by table and exits 1 on
any difference. PATH defaults to the embedded corpus.

%s`

func init() { commands = append(commands, newGoldenCmd) }

func newGoldenCmd(a *app) *cobra.Command {
	var in inputFlags
	cmd := &cobra.Command{
		Use:       "golden check|update DIR [PATH ...]",
		Short:     "compare a run with per-document snapshots",
		Long:      helpText(fmt.Sprintf(goldenHelp, inputHelp())),
		ValidArgs: []string{"check", "update"},
		Example: `  vnextract golden update snapshots/ my-corpus/
  vnextract golden check snapshots/ my-corpus/`,
	}
	in.add(cmd)
	cmd.RunE = a.action(func(_ *cobra.Command, args []string) (int, error) {
		if len(args) < 2 || (args[0] != "check" && args[0] != "update") {
			return 2, usagef("want check or update and a DIR")
		}
		mode, dir := args[0], args[1]
		r, err := newRunner()
		if err != nil {
			return 2, err
		}
		inputs, err := in.inputsFor(args[2:])
		if err != nil {
			return 2, err
		}
		rows, _ := r.Run(inputs, nil)
		if mode == "update" {
			if err := golden.Update(dir, rows); err != nil {
				return 2, err
			}
			fmt.Fprintf(a.stderr, "vnextract golden: wrote %d snapshots under %s\n", len(rows.Documents), dir)
			return 0, nil
		}
		diffs, err := golden.Check(dir, rows)
		if err != nil {
			return 2, err
		}
		for _, d := range diffs {
			fmt.Fprintf(a.stdout, "%s\n", d.DocID)
			for _, l := range d.Lines {
				fmt.Fprintf(a.stdout, "  %s\n", l)
			}
		}
		if len(diffs) > 0 {
			fmt.Fprintf(a.stderr, "vnextract golden: %d of %d documents differ\n", len(diffs), len(rows.Documents))
			return 1, nil
		}
		fmt.Fprintf(a.stderr, "vnextract golden: %d documents match\n", len(rows.Documents))
		return 0, nil
	})
	return cmd
}
