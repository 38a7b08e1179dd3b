package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/table"
)

const showHelp = `
Prints each document's extraction as readable text: document metadata, then
every row of every table with its span and the text it covers. For people
reviewing rules.

%s`

func init() { commands = append(commands, newShowCmd) }

func newShowCmd(a *app) *cobra.Command {
	var in inputFlags
	cmd := &cobra.Command{
		Use:     "show PATH ...",
		Short:   "print documents' extraction as text",
		Long:    helpText(fmt.Sprintf(showHelp, inputHelp())),
		Example: "  vnextract show testdata/corpus/seeds/000_94cb08bf75aa2b23.txt",
	}
	in.add(cmd)
	cmd.RunE = a.action(func(cmd *cobra.Command, args []string) (int, error) {
		r, inputs, err := pathsAndRunner(cmd, args, &in)
		if err != nil {
			return 2, err
		}
		code := 0
		for _, in := range inputs {
			rows, st := r.Run([]pipeline.Input{in}, nil)
			if st.Failed > 0 {
				code = 1
			}
			fmt.Fprintln(a.stdout, table.Dump(rows))
		}
		return code, nil
	})
	return cmd
}
