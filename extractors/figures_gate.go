package extractors

import (
	"slices"

	"github.com/vnextract/vnextract/lang/vi"
)

// wordGate answers, before a map probe, that a word is in none of a
// set's words: a set's words mark, in the entry of their first and last
// bytes, their length in bytes (all lengths of 63 and more share the top
// bit). A word whose entry lacks its length is no word of the set; any
// other is looked up. The figures' stop words are probed at every word
// of a subject (2,750 probes on the sample, about 120 instructions each),
// most of them words of no stop word's shape.
type wordGate [256]uint64

func newWordGate[V any](set map[string]V) *wordGate {
	g := new(wordGate)
	for w := range set {
		if w != "" {
			g[gateKey(w)] |= gateLen(w)
		}
	}
	return g
}

// may reports whether w may be one of the set's words: false only for a
// word of none of their shapes.
func (g *wordGate) may(w string) bool { return w == "" || g[gateKey(w)]&gateLen(w) != 0 }

func gateKey(w string) byte { return w[0] + 7*w[len(w)-1] }

func gateLen(w string) uint64 { return 1 << min(len(w), 63) }

// in reports set[w] for the set the gate was made from, probing it only
// for a word of one of its words' shape.
func (g *wordGate) in(set map[string]bool, w string) bool { return g.may(w) && set[w] }

var (
	stopUnitGate, lastWordsReadGate = newWordGate(stopUnit), newWordGate(lastWordsRead)
	// the multipliers after a number, and the flags of a unit's first
	// word or pair
	multipliersGate, wordFlagsGate = newWordGate(multipliers), newWordGate(wordFlags)
)

// multiplierOf is multipliers[w] through its gate.
func multiplierOf(w string) (float64, bool) {
	if !multipliersGate.may(w) {
		return 0, false
	}
	m, ok := multipliers[w]
	return m, ok
}

// flagsOf is wordFlags[w] through its gate.
func flagsOf(w string) uint8 {
	if !wordFlagsGate.may(w) {
		return 0
	}
	return wordFlags[w]
}

// measureGate and amountGate are gates of the unit table's words of the
// kinds figureKind (measures, durations) and setCurrency (amounts) ask
// for: a word they turn down is no unit of those kinds, whatever else the
// table holds it for.
var measureGate, amountGate = unitGate("measure", "duration"), unitGate("amount")

func unitGate(kinds ...string) *wordGate {
	set := map[string]bool{}
	for w, u := range unitTable.ByWord {
		if slices.Contains(kinds, u.Kind) {
			set[w] = true
		}
	}
	return newWordGate(set)
}

// unitOfKinds is unitTable.ByWord[w] for a word that passes g, a gate of
// the table's words of some kinds, and nothing for any other: a word g
// turns down is no unit of those kinds.
func unitOfKinds(g *wordGate, w string) (vi.Unit, bool) {
	if !g.may(w) {
		return vi.Unit{}, false
	}
	u, ok := unitTable.ByWord[w]
	return u, ok
}
