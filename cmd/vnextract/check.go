package main

import (
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/vnextract/vnextract/checks"
	"github.com/vnextract/vnextract/pipeline"
)

const checkHelp = `
Runs extraction on PATH (articles nobody annotated) and counts the outputs
that are wrong whatever a gold file would say: titles whose body ends on a
function word or is a bare head word, people whose name is an
administrative unit or a year of the sexagenary cycle, one person written
with two full names. --sample N keeps one document in N, picked by a hash
of doc_id (the same every run), so counts stay comparable between runs.
`

func init() { commands = append(commands, newCheckCmd) }

func newCheckCmd(a *app) *cobra.Command {
	var in inputFlags
	var sample, examples int
	cmd := &cobra.Command{
		Use:     "check [--sample N] [--examples N] PATH ...",
		Short:   "count gold-free errors on unannotated articles",
		Long:    helpText(checkHelp),
		Example: "  vnextract check --sample 4 ../shared/corpus/unlabeled",
	}
	cmd.Flags().IntVar(&sample, "sample", 1, "keep one document in N, by a hash of doc_id")
	cmd.Flags().IntVar(&examples, "examples", 0, "list this many findings under each count")
	in.add(cmd)
	cmd.RunE = a.action(func(cmd *cobra.Command, args []string) (int, error) {
		return cmdCheck(cmd, args, &in, sample, examples, a.stdout)
	})
	return cmd
}

func cmdCheck(cmd *cobra.Command, args []string, in *inputFlags, sample, examples int, stdout io.Writer) (int, error) {
	if sample < 1 {
		return 2, usagef("--sample %d: want at least 1", sample)
	}
	r, inputs, err := pathsAndRunner(cmd, args, in)
	if err != nil {
		return 2, err
	}
	if sample > 1 {
		inputs = pipeline.InShard(inputs, 0, sample)
	}
	start := time.Now()
	rows, _ := r.Run(inputs, nil)
	rep := checks.Run(rows)
	fmt.Fprintf(stdout, "%d unlabeled documents (1 in %d by doc_id), extracted and checked in %.1fs\n", rep.Documents, sample, time.Since(start).Seconds())
	rep.Print(stdout, examples)
	return 0, nil
}
