package eval

import (
	"fmt"
	"io"
)

// Print writes the per-kind table and, when verbose, every miss and false
// alarm with its document.
func (r *Report) Print(w io.Writer, verbose bool) {
	fmt.Fprintf(w, "%d gold documents", r.Docs)
	if len(r.MissingDocs) > 0 {
		fmt.Fprintf(w, " (%d with no extraction: %v)", len(r.MissingDocs), r.MissingDocs)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "%-14s %5s %5s %5s %7s %7s %7s\n", "kind", "tp", "fp", "fn", "P", "R", "F1")
	row := func(name string, c Count) {
		fmt.Fprintf(w, "%-14s %5d %5d %5d %7.3f %7.3f %7.3f\n", name, c.TP, c.FP, c.FN, c.P(), c.R(), c.F1())
	}
	for _, k := range Kinds {
		row(k, *r.Counts[k])
	}
	row("micro total", r.Total())
	fmt.Fprintf(w, "document_refs doc_type right %d/%d, issued right %d/%d; published right %d/%d\n",
		r.RefTypeOK, r.RefTypeAll, r.RefIssuedOK, r.RefIssAll, r.PublishedOK, r.PubAll)
	if verbose {
		for _, it := range r.Items {
			fmt.Fprintf(w, "  %-28s %-13s %-14s %s\n", it.Doc, it.Kind, it.What, it.Key)
		}
	}
}

// JSON is the report as a plain structure for --json.
func (r *Report) JSON() any {
	kinds := map[string]any{}
	for _, k := range Kinds {
		c := r.Counts[k]
		kinds[k] = map[string]any{"tp": c.TP, "fp": c.FP, "fn": c.FN, "precision": c.P(), "recall": c.R(), "f1": c.F1()}
	}
	t := r.Total()
	return map[string]any{
		"documents": r.Docs, "missing_documents": r.MissingDocs, "kinds": kinds,
		"total":         map[string]any{"tp": t.TP, "fp": t.FP, "fn": t.FN, "precision": t.P(), "recall": t.R(), "f1": t.F1()},
		"document_refs": map[string]any{"doc_type_right": r.RefTypeOK, "issued_right": r.RefIssuedOK, "matched": r.RefTypeAll},
		"published":     map[string]any{"right": r.PublishedOK, "of": r.PubAll},
		"items":         r.Items,
	}
}
