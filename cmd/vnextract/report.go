package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/vnextract/vnextract/explain"
	"github.com/vnextract/vnextract/report"
)

const reportHelp = `
Writes one self-contained HTML page (no network) over the tables of a run's
output folder OUT, for reading rather than querying: rows per table, who
held which title when (a timeline per person from people_registry), the most
cited documents and their issuers, figures whose percentage disagrees with
their ratio, and the documents that failed or carry warnings.

The page goes to OUT/report.html unless -o names another file; it is written
under a temporary name and renamed, so a kill never leaves an empty page.
`

func init() { commands = append(commands, newReportCmd) }

func newReportCmd(a *app) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:     "report OUT [-o FILE.html]",
		Short:   "one HTML page over a run's tables (OUT/report.html)",
		Long:    helpText(reportHelp),
		Example: "  vnextract run --out out && vnextract report out",
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "the page to write (default OUT/report.html)")
	cmd.RunE = a.action(func(_ *cobra.Command, args []string) (int, error) {
		return cmdReport(args, out, a.stderr)
	})
	return cmd
}

func cmdReport(args []string, out string, stderr io.Writer) (int, error) {
	if len(args) != 1 {
		return 2, usagef("report needs one OUT folder, the --out of a run")
	}
	dir := args[0]
	d, err := report.Load(dir)
	if err != nil {
		return 2, fmt.Errorf("%w (is %s the output folder of `vnextract run --out %s`?)", err, dir, dir)
	}
	page := out
	if page == "" {
		page = filepath.Join(dir, "report.html")
	}
	if err := explain.WriteFileAtomic(page, func(w io.Writer) error { return report.Page(w, d, report.DefaultLimits) }); err != nil {
		return 2, err
	}
	fmt.Fprintf(stderr, "vnextract report: %s\n", page)
	return 0, nil
}
