package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/vnextract/vnextract/eval"
	"github.com/vnextract/vnextract/explain"
)

const explainHelp = `
vnextract explain PATH [-o FILE.html] [--gold DIR]

Writes one self-contained HTML page per document (no network, no external
assets): the article text with every mention highlighted by kind, the
normalized value on hover and in a side list, and the relations beneath.
With --gold, false alarms are outlined and misses listed. With one input
and no -o the page goes to standard output; with several, -o names a folder.
`

func cmdExplain(args []string, stdout, stderr io.Writer) (int, error) {
	fs := newFlags("explain", explainHelp, stderr)
	out := fs.String("o", "", "output file (one input) or folder (several)")
	goldDir := fs.String("gold", "", "folder of gold JSON files to mark misses and false alarms")
	if err := fs.Parse(args); err != nil {
		return 2, err
	}
	r, inputs, err := pathsAndRunner(fs)
	if err != nil {
		return 2, err
	}
	var gold map[string]*eval.Gold
	if *goldDir != "" {
		if gold, err = eval.LoadGold(*goldDir); err != nil {
			return 2, err
		}
	}
	rows, st := r.Run(inputs, nil)
	for _, one := range rows.Split() {
		var rep *eval.Report
		id := one.Documents[0].DocID
		if g, ok := gold[filepath.Base(id)]; ok {
			rep = eval.Score(one, map[string]*eval.Gold{g.Doc: g})
		}
		var w io.Writer = stdout
		if *out != "" {
			path := *out
			if len(inputs) > 1 || strings.HasSuffix(path, "/") {
				path = filepath.Join(*out, strings.ReplaceAll(id, "/", "__")+".html")
			}
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				return 2, err
			}
			f, err := os.Create(path)
			if err != nil {
				return 2, err
			}
			defer f.Close()
			w = f
			fmt.Fprintf(stderr, "vnextract explain: %s\n", path)
		}
		if err := explain.Page(w, one, rep); err != nil {
			return 2, err
		}
	}
	if st.Failed > 0 {
		return 1, nil
	}
	return 0, nil
}
