package extractors

import (
	"slices"

	"github.com/vnextract/vnextract/pipeline/doc"
)

// mentionsOf returns d.Of(k), the mentions of kind k in text order, at
// less cost: the slice is made at its size, and sorted only when the
// mentions are out of order (a stage adds its own in text order, so most
// kinds already are). Both sorts are stable by start, so the order is
// d.Of's. Up to 64 mentions are gathered in one pass into a buffer on the
// stack and copied: counting them first was a second pass over every
// mention of the document. More are counted first (mentionsOfCounted),
// so that no slice is made but the one returned.
func mentionsOf(d *doc.Document, k doc.Kind) []*doc.Mention {
	var buf [64]*doc.Mention
	n := 0
	for _, m := range d.Mentions {
		if m.Kind == k {
			if n == len(buf) {
				return mentionsOfCounted(d, k)
			}
			buf[n] = m
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]*doc.Mention, n)
	copy(out, buf[:n])
	return inOrder(out)
}

// mentionsOfCounted is mentionsOf with the mentions counted first, then
// gathered into a slice of their number.
func mentionsOfCounted(d *doc.Document, k doc.Kind) []*doc.Mention {
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
	return inOrder(out)
}

// inOrder sorts ms by start, stably, unless they are in order already.
func inOrder(ms []*doc.Mention) []*doc.Mention {
	if !slices.IsSortedFunc(ms, byStart) {
		slices.SortStableFunc(ms, byStart)
	}
	return ms
}

func byStart(a, b *doc.Mention) int { return a.Start - b.Start }
