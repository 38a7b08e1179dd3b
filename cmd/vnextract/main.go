// Command vnextract turns Vietnamese government and Party news articles into
// Parquet tables of people, titles, dates, document references, figures,
// organizations, places and their relations.
//
// It is the one place that wires the extractor list into the runner.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/pipeline"
)

const usage = `vnextract: Vietnamese government and Party news to tables.

Usage:
  vnextract run [--out DIR] [PATH ...]   extract into DIR/*.parquet (default out/)
  vnextract show PATH                    print one document's extraction as text
  vnextract eval --gold DIR [PATH ...]   score extraction against gold annotations
  vnextract explain PATH [-o FILE.html] [--gold DIR]
                                         one HTML page per document, mentions highlighted
  vnextract report OUT [-o FILE.html]    one HTML page over a run's tables (OUT/report.html)
  vnextract check [--sample N] PATH ...  count gold-free errors on unannotated articles
  vnextract golden check|update DIR [PATH ...]
                                         compare a run with per-document snapshots

PATH is a file (.txt, .html, .htm, .jsonl, .jsonl.gz), a folder walked
recursively, or - for standard input. With no PATH, run and eval use the
corpus compiled into the binary.

Exit codes: 0 all documents read, 1 some documents failed (the others'
rows are written), 2 the run itself could not proceed.

Run "vnextract COMMAND --help" for a command's options.
`

func main() {
	os.Exit(realMain(os.Args[1:], os.Stdout, os.Stderr))
}

func realMain(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	code := 0
	switch args[0] {
	case "run":
		code, err = cmdRun(args[1:], stdout, stderr)
	case "show":
		code, err = cmdShow(args[1:], stdout, stderr)
	case "eval":
		code, err = cmdEval(args[1:], stdout, stderr)
	case "golden":
		code, err = cmdGolden(args[1:], stdout, stderr)
	case "explain":
		code, err = cmdExplain(args[1:], stdout, stderr)
	case "report":
		code, err = cmdReport(args[1:], stdout, stderr)
	case "check":
		code, err = cmdCheck(args[1:], stdout, stderr)
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "vnextract: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintf(stderr, "vnextract %s: %v\n", args[0], err)
		if code == 0 {
			code = 2
		}
	}
	return code
}

// newRunner builds the runner with the standard stage list.
func newRunner() (*pipeline.Runner, error) {
	return pipeline.New(extractors.Default())
}

// pathsAndRunner reads a command's PATH arguments (at least one is needed)
// and builds the runner, for the commands that extract and print per
// document.
func pathsAndRunner(fs *flag.FlagSet) (*pipeline.Runner, []pipeline.Input, error) {
	if fs.NArg() == 0 {
		fs.Usage()
		return nil, nil, fmt.Errorf("%s needs a PATH", fs.Name())
	}
	r, err := newRunner()
	if err != nil {
		return nil, nil, err
	}
	inputs, err := pipeline.Collect(fs.Args())
	if err != nil {
		return nil, nil, err
	}
	return r, inputs, nil
}

// newFlags makes a flag set whose --help prints the command's text.
func newFlags(name, text string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, strings.TrimLeft(text, "\n"))
		fmt.Fprintln(stderr, "\nOptions:")
		fs.PrintDefaults()
	}
	return fs
}
