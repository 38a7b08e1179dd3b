package main

import (
	"fmt"
	"io"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/table"
)

const showHelp = `
vnextract show PATH ...

Prints each document's extraction as readable text: document metadata, then
every row of every table with its span and the text it covers. For people
reviewing rules.
`

func cmdShow(args []string, stdout, stderr io.Writer) (int, error) {
	fs := newFlags("show", showHelp, stderr)
	if err := fs.Parse(args); err != nil {
		return 2, err
	}
	r, inputs, err := pathsAndRunner(fs)
	if err != nil {
		return 2, err
	}
	code := 0
	for _, in := range inputs {
		rows, st := r.Run([]pipeline.Input{in}, nil)
		if st.Failed > 0 {
			code = 1
		}
		fmt.Fprintln(stdout, table.Dump(rows))
	}
	return code, nil
}
