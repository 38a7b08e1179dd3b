package extractors

import (
	"slices"

	"github.com/vnextract/vnextract/pipeline/doc"
)

// mentionsOf returns d.Of(k), the mentions of kind k in text order, at
// less cost: the slice is made at its size (counted first), and sorted
// only when the mentions are out of order (a stage adds its own in text
// order, so most kinds already are). Both sorts are stable by start, so
// the order is d.Of's.
func mentionsOf(d *doc.Document, k doc.Kind) []*doc.Mention {
	n := 0
	for _, m := range d.Mentions {
		if m.Kind == k {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]*doc.Mention, 0, n)
	for _, m := range d.Mentions {
		if m.Kind == k {
			out = append(out, m)
		}
	}
	if !slices.IsSortedFunc(out, byStart) {
		slices.SortStableFunc(out, byStart)
	}
	return out
}

func byStart(a, b *doc.Mention) int { return a.Start - b.Start }
