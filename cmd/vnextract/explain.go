package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/vnextract/vnextract/eval"
	"github.com/vnextract/vnextract/explain"
)

const explainHelp = `
Writes one self-contained HTML page per document (no network, no external
assets): the article text with every mention highlighted by kind, the
normalized value on hover and in a side list, and the relations beneath.
With --gold, false alarms are outlined in red and misses listed as the gold
writes them.

Where pages go: with one input and no -o, to standard output; -o NAME.html
writes that one page (refused for several inputs); -o NAME without .html is
a folder with one page per document and index.html listing them. Pages are
written under a temporary name and renamed, so a kill never leaves an empty
page.

%s`

func init() { commands = append(commands, newExplainCmd) }

func newExplainCmd(a *app) *cobra.Command {
	var in inputFlags
	var out, goldDir string
	cmd := &cobra.Command{
		Use:   "explain PATH ... [-o NAME.html | -o DIR]",
		Short: "one HTML page per document, mentions highlighted",
		Long:  helpText(fmt.Sprintf(explainHelp, inputHelp())),
		Example: `  vnextract explain testdata/corpus/seeds/000_94cb08bf75aa2b23.txt -o page.html
  vnextract explain --gold ../shared/gold -o review ../shared/corpus/baomoi-dev`,
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "output page (NAME.html, one input) or folder (any other name)")
	cmd.Flags().StringVar(&goldDir, "gold", "", "folder of gold JSON files to mark misses and false alarms")
	cmd.MarkFlagDirname("gold")
	in.add(cmd)
	cmd.RunE = a.action(func(cmd *cobra.Command, args []string) (int, error) {
		return cmdExplain(cmd, args, &in, out, goldDir, a.stdout, a.stderr)
	})
	return cmd
}

func cmdExplain(cmd *cobra.Command, args []string, in *inputFlags, out, goldDir string, stdout, stderr io.Writer) (int, error) {
	r, inputs, err := pathsAndRunner(cmd, args, in)
	if err != nil {
		return 2, err
	}
	var gold map[string]*eval.Gold
	if goldDir != "" {
		if gold, err = eval.LoadGold(goldDir); err != nil {
			return 2, err
		}
	}
	// where the pages go is settled before any work is done
	target, err := explain.Plan(out, len(inputs))
	if err != nil {
		return 2, err
	}
	rows, st := r.Run(inputs, nil)
	written, err := target.Write(explain.Docs(rows, gold), stdout)
	if err != nil {
		return 2, err
	}
	for _, p := range written {
		fmt.Fprintf(stderr, "vnextract explain: %s\n", p)
	}
	if st.Failed > 0 {
		return 1, nil
	}
	return 0, nil
}
