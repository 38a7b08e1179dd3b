package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/pipeline"
)

// inputFlags are the flags of every command that reads PATHs: how to read
// standard input and files whose name does not say, and which record
// fields hold what.
type inputFlags struct {
	format string
	fields []string
}

func (f *inputFlags) add(cmd *cobra.Command) {
	var names []string
	for _, x := range pipeline.Formats {
		names = append(names, string(x))
	}
	cmd.Flags().StringVar(&f.format, "format", "auto", "format of standard input and of files named here, whatever their ending: auto (look at the bytes), text, html, jsonl or warc")
	cmd.Flags().StringSliceVar(&f.fields, "field", nil, "JSON Lines field names, PART=FIELD (PART: doc_id, url, published, html, text), repeatable or comma-separated; default doc_id=doc_id,doc_id=id,published=published,published=date,text=text,text=content,html=html,url=url")
	cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(names, cobra.ShellCompDirectiveNoFileComp))
}

func (f *inputFlags) options() (pipeline.Options, error) {
	format, err := pipeline.ParseFormat(f.format)
	if err != nil {
		return pipeline.Options{}, usagef("--format: %v", err)
	}
	fields, err := pipeline.ParseFields(f.fields)
	if err != nil {
		return pipeline.Options{}, usagef("--field: %v", err)
	}
	return pipeline.Options{Format: format, Fields: fields}, nil
}

// collect turns command-line paths into inputs.
func (f *inputFlags) collect(paths []string) ([]pipeline.Input, error) {
	opt, err := f.options()
	if err != nil {
		return nil, err
	}
	return pipeline.CollectWith(paths, opt)
}

// inputsFor is collect, except that no path means the embedded corpus.
func (f *inputFlags) inputsFor(paths []string) ([]pipeline.Input, error) {
	if len(paths) == 0 {
		return pipeline.CollectFS(vnextract.DefaultCorpus())
	}
	return f.collect(paths)
}

// noInput is the error for paths that hold nothing to read.
func noInput(paths []string) error {
	return fmt.Errorf("no input found in %v: want files ending %s", paths, formatList())
}
