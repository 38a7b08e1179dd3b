// Command vnextract turns Vietnamese government and Party news articles into
// Parquet tables of people, titles, dates, document references, figures,
// organizations, places and their relations.
//
// It is the one place that wires the extractor list into the runner.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/pipeline"
)

// inputFormats are the file endings a folder walk and a PATH take, in the
// words the help and the "no input found" message use. A test checks that
// the pipeline collects every one of them.
var inputFormats = []struct{ Ends, What string }{
	{".txt", "plain text, one article per file"},
	{".html .htm", "a whole web page in any charset; page chrome is dropped"},
	{".jsonl .ndjson", "JSON Lines, one record per line (see --field)"},
	{".jsonl.gz", "the same, gzip-compressed"},
	{".warc .warc.gz", "WARC crawl files, one article per response or resource record"},
	{"-", "standard input, any of the above (see --format)"},
}

// formatList is the endings alone: ".txt, .html, ... or -".
func formatList() string {
	var ends []string
	for _, f := range inputFormats {
		ends = append(ends, strings.Fields(f.Ends)...)
	}
	return strings.Join(ends[:len(ends)-1], ", ") + " or " + ends[len(ends)-1]
}

func inputHelp() string {
	var b strings.Builder
	b.WriteString("PATH is a file, a folder walked recursively, or - for standard input. Formats read:\n")
	for _, f := range inputFormats {
		fmt.Fprintf(&b, "  %-16s %s\n", f.Ends, f.What)
	}
	return b.String()
}

const rootHelp = `vnextract: Vietnamese government and Party news to tables.

Reads articles and writes Parquet tables of people, titles, dates, document
references, figures, organizations, places and their relations.

%s
With no PATH, run, eval and golden use the corpus compiled into the binary.
Flags may come before or after the paths.

Exit codes: 0 all documents read, 1 some documents failed (the others'
rows are written; see run --fail-on), 2 the run itself could not proceed,
3 the tool crashed on an internal error.`

// app is what every command shares: where to print, and the exit code the
// command chose (cobra itself only knows error or not).
type app struct {
	stdout, stderr io.Writer
	code           int
}

// commands holds each subcommand's constructor. Each command lives in one
// file that appends itself here from init, so adding a subcommand touches
// no other file; cobra lists them in help sorted by name, so the order
// they are added in does not show.
var commands []func(*app) *cobra.Command

// action adapts a command body that returns an exit code to cobra.
func (a *app) action(f func(cmd *cobra.Command, args []string) (int, error)) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		code, err := f(cmd, args)
		a.code = code
		return err
	}
}

// version is set at link time (-ldflags "-X main.version=v1.2.3"); else
// the module version or the VCS revision the binary was built from.
var version = ""

func versionString() string {
	if version != "" {
		return version
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := bi.Main.Version
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" && (v == "" || v == "(devel)") {
		return rev + dirty
	}
	if v == "" {
		return "(devel)"
	}
	return v
}

func newRoot(a *app) *cobra.Command {
	root := &cobra.Command{
		Use:           "vnextract",
		Short:         "Vietnamese government and Party news to tables",
		Long:          fmt.Sprintf(rootHelp, inputHelp()),
		Version:       versionString(),
		Args:          cobra.NoArgs,
		SilenceErrors: true,
		SilenceUsage:  true,
		// with no command: the help, on stderr, and exit 2 (nothing was done)
		RunE: a.action(func(cmd *cobra.Command, _ []string) (int, error) {
			cmd.SetOut(a.stderr)
			cmd.Help()
			return 2, nil
		}),
	}
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	root.SetVersionTemplate("vnextract {{.Version}}\n")
	for _, c := range commands {
		root.AddCommand(c(a))
	}
	return root
}

func main() {
	os.Exit(realMain(os.Args[1:], os.Stdout, os.Stderr))
}

// exitCrashed is the exit code of a run that stopped on an internal error
// (a bug), distinct from 2, "could not start": a wrapper can retry or fix
// its arguments on 2 and report on 3. Panics inside a document's stages are
// that document's failed row and never get here.
const exitCrashed = 3

func realMain(args []string, stdout, stderr io.Writer) (code int) {
	defer func() {
		if p := recover(); p != nil {
			fmt.Fprintf(stderr, "vnextract: internal error (a bug; please report it with this message): %v\n%s", p, debug.Stack())
			code = exitCrashed
		}
	}()
	a := &app{stdout: stdout, stderr: stderr}
	root := newRoot(a)
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	if err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", cmd.CommandPath(), err)
		var usage *usageError
		if a.code == 0 || errors.As(err, &usage) {
			// a flag, argument or command cobra refused before running anything
			fmt.Fprintf(stderr, "Run '%s --help' for usage.\n", cmd.CommandPath())
			a.code = 2
		}
	}
	return a.code
}

// usageError is a command's complaint about its arguments.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// newRunner builds the runner with the standard stage list.
func newRunner() (*pipeline.Runner, error) {
	return pipeline.New(extractors.Default())
}

// pathsAndRunner reads a command's PATH arguments (at least one is needed)
// and builds the runner, for the commands that extract and print per
// document.
func pathsAndRunner(cmd *cobra.Command, paths []string, in *inputFlags) (*pipeline.Runner, []pipeline.Input, error) {
	if len(paths) == 0 {
		return nil, nil, usagef("%s needs a PATH", cmd.Name())
	}
	r, err := newRunner()
	if err != nil {
		return nil, nil, err
	}
	inputs, err := in.collect(paths)
	if err != nil {
		return nil, nil, err
	}
	return r, inputs, nil
}

// helpText trims the leading newline of a command's long help.
func helpText(s string) string { return strings.TrimLeft(s, "\n") }
