// Package extractors holds the stages that find things in a Document: one
// file per extractor, each a doc.Stage. They import pipeline/doc and the
// language layer lang/vi only (tokens and vocabulary come from there), read
// the normalized text, and add mentions and
// relations; none of them writes files or reaches into another's internals.
// The order they run in is the list in Default.
package extractors

import "github.com/vnextract/vnextract/pipeline/doc"

// Default returns the standard stage list, in the order it must run:
// dates and document numbers first, so that figures can skip the digits
// inside them; people before organizations and places, so that a name is
// never read as part of an organization; the linker last.
func Default() []doc.Stage {
	return []doc.Stage{
		NewDates(),
		NewDocRefs(),
		NewFigures(),
		NewPeople(),
		NewAppointments(),
		NewEntities(),
		NewLinker(),
	}
}
