package explain

import (
	"errors"
	"fmt"
	"html"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/vnextract/vnextract/eval"
	"github.com/vnextract/vnextract/pipeline/output"
	"github.com/vnextract/vnextract/pipeline/table"
)

// Doc is one document's rows and, when gold covers it, its score.
type Doc struct {
	Rows   table.Rows
	Report *eval.Report
}

// Docs splits a run's rows per document and scores each one that gold
// covers (gold is keyed by the last element of a doc_id; nil for none).
func Docs(rows table.Rows, gold map[string]*eval.Gold) []Doc {
	var out []Doc
	for _, one := range rows.Split() {
		d := Doc{Rows: one}
		if g, ok := gold[path.Base(one.Documents[0].DocID)]; ok {
			d.Report = eval.Score(one, map[string]*eval.Gold{g.Doc: g})
		}
		out = append(out, d)
	}
	return out
}

// Target is where pages go. The rule, decided from -o and the number of
// documents before any work is done:
//
//   - no -o: one document's page goes to standard output; several are
//     refused (pages concatenated on a stream are no page at all);
//   - -o NAME.html (or .htm): that one file; several documents are refused;
//   - -o NAME without .html: a folder, one page per document plus
//     index.html listing them.
type Target struct {
	File string // one page, written whole under a temporary name and renamed
	Dir  string // a folder of pages and an index
}

// Plan applies the rule above.
func Plan(out string, docs int) (Target, error) {
	lower := strings.ToLower(out)
	isPage := strings.HasSuffix(lower, ".html") || strings.HasSuffix(lower, ".htm")
	switch {
	case out == "" && docs > 1:
		return Target{}, fmt.Errorf("%d documents and no -o: give -o FOLDER (a name without .html) to write one page per document and an index", docs)
	case out == "":
		return Target{}, nil
	case isPage && docs > 1:
		return Target{}, fmt.Errorf("-o %s names one page but there are %d documents: give a folder name without .html to write one page per document and an index", out, docs)
	case isPage:
		if st, err := os.Stat(out); err == nil && st.IsDir() {
			return Target{}, fmt.Errorf("-o %s is a folder; a name ending in .html is written as one page", out)
		}
		return Target{File: out}, nil
	}
	if st, err := os.Stat(out); err == nil && !st.IsDir() {
		return Target{}, fmt.Errorf("-o %s is a file, not a folder: pages go into a folder when the name has no .html", out)
	}
	return Target{Dir: out}, nil
}

// Write writes the pages of docs where t says, and returns the paths
// written (none for standard output).
func (t Target) Write(docs []Doc, stdout io.Writer) ([]string, error) {
	switch {
	case t.Dir != "":
		return writeFolder(t.Dir, docs)
	case len(docs) != 1:
		return nil, fmt.Errorf("explain: %d documents for one page", len(docs))
	case t.File != "":
		err := WriteFileAtomic(t.File, func(w io.Writer) error { return Page(w, docs[0].Rows, docs[0].Report) })
		if err != nil {
			return nil, err
		}
		return []string{t.File}, nil
	}
	return nil, Page(stdout, docs[0].Rows, docs[0].Report)
}

// writeFolder puts one page per document and index.html into dir through
// pipeline/output: each file is written under a temporary name and all are
// renamed into place together, so a kill leaves the previous pages or the
// new ones, never an empty or half-written page.
func writeFolder(dir string, docs []Doc) ([]string, error) {
	f, err := output.Open(dir)
	if err != nil {
		return nil, err
	}
	var written []string
	names := pageNames(docs)
	put := func(name string, fill func(io.Writer) error) error {
		file, err := f.Create(name)
		if err != nil {
			return err
		}
		if err := fill(file); err != nil {
			file.Close()
			return err
		}
		if err := file.Close(); err != nil {
			return err
		}
		written = append(written, filepath.Join(dir, name))
		return nil
	}
	for i, d := range docs {
		if err := put(names[i], func(w io.Writer) error { return Page(w, d.Rows, d.Report) }); err != nil {
			f.Abort()
			return nil, err
		}
	}
	if err := put("index.html", func(w io.Writer) error { return Index(w, docs, names) }); err != nil {
		f.Abort()
		return nil, err
	}
	if err := f.Commit(); err != nil {
		return nil, err
	}
	return written, nil
}

// pageNames gives each document a file name from its doc_id: "/" becomes
// "__", characters unsafe in a file name become "_", and a name already
// taken gets a number.
func pageNames(docs []Doc) []string {
	taken := map[string]bool{"index.html": true}
	var out []string
	for _, d := range docs {
		id := strings.ReplaceAll(d.Rows.Documents[0].DocID, "/", "__")
		base := strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == '.' {
				return r
			}
			return '_'
		}, id)
		base = strings.TrimLeft(base, ".")
		if base == "" {
			base = "document"
		}
		name := base + ".html"
		for n := 2; taken[strings.ToLower(name)]; n++ {
			name = fmt.Sprintf("%s-%d.html", base, n)
		}
		taken[strings.ToLower(name)] = true
		out = append(out, name)
	}
	return out
}

// WriteFileAtomic writes a file whole: into a temporary file beside it,
// synced, then renamed over the name, so a kill at any moment leaves the
// old file or the new one, never an empty or partial one.
func WriteFileAtomic(name string, fill func(io.Writer) error) error {
	dir, base := filepath.Split(name)
	if dir == "" {
		dir = "."
	}
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return err
	}
	// temporary files a killed run left behind for this name
	old, _ := filepath.Glob(filepath.Join(dir, "."+base+".tmp-*"))
	for _, o := range old {
		os.Remove(o)
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-")
	if err != nil {
		return err
	}
	fail := func(err error) error {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := fill(tmp); err != nil {
		return fail(err)
	}
	mode := os.FileMode(0o644)
	if st, err := os.Stat(name); err == nil && st.Mode().IsRegular() {
		mode = st.Mode().Perm()
	}
	if err := tmp.Chmod(mode); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if d, err := os.Open(dir); err == nil {
		if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
			d.Close()
			return err
		}
		d.Close()
	}
	return nil
}

// Index writes the page that lists the documents of a folder of pages:
// each links to its page, with its counts and, when scored, its misses and
// false alarms.
func Index(w io.Writer, docs []Doc, names []string) error {
	var b strings.Builder
	scored := false
	for _, d := range docs {
		if d.Report != nil {
			scored = true
		}
	}
	b.WriteString(`<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>vnextract explain</title><style>
body{font:14px/1.5 sans-serif;margin:0;color:#222;background:#fafafa}header{padding:16px 32px;background:#263238;color:#eceff1}
header h1{margin:0;font-size:22px}main{padding:24px 32px}table{border-collapse:collapse;background:#fff}
td,th{border-bottom:1px solid #ddd;padding:4px 10px;text-align:left;vertical-align:top}td.n{text-align:right}
tr.failed td{color:#b71c1c}.warn{color:#8d6e00;font-size:12px}
</style></head><body><header><h1>`)
	fmt.Fprintf(&b, "%d documents</h1></header><main><table><tr><th>document</th><th>title</th><th>published</th>", len(docs))
	for _, k := range []string{"people", "titles", "dates", "refs", "figures"} {
		fmt.Fprintf(&b, `<th>%s</th>`, k)
	}
	if scored {
		b.WriteString(`<th>misses</th><th>false alarms</th>`)
	}
	b.WriteString(`<th>warnings</th></tr>`)
	for i, d := range docs {
		r := d.Rows
		doc := r.Documents[0]
		cls := ""
		if doc.Failed {
			cls = ` class="failed"`
		}
		fmt.Fprintf(&b, `<tr%s><td><a href="%s">%s</a></td><td>%s</td><td>%s</td>`, cls, html.EscapeString(names[i]),
			html.EscapeString(doc.DocID), html.EscapeString(doc.Title), day(doc.Published))
		for _, n := range []int{len(r.People), len(r.Titles), len(r.Dates), len(r.DocRefs), len(r.Figures)} {
			fmt.Fprintf(&b, `<td class="n">%d</td>`, n)
		}
		if scored {
			if d.Report == nil {
				b.WriteString(`<td></td><td></td>`)
			} else {
				fa, misses := judged(d.Report, doc.DocID)
				n := 0
				for _, keys := range fa {
					n += len(keys)
				}
				fmt.Fprintf(&b, `<td class="n">%d</td><td class="n">%d</td>`, len(misses), n)
			}
		}
		warn := strings.Join(doc.Warnings, "; ")
		if doc.Failed {
			warn = "failed: " + doc.Error
		}
		fmt.Fprintf(&b, `<td class="warn">%s</td></tr>`, html.EscapeString(warn))
	}
	b.WriteString("</table></main></body></html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}
