package extractors

// wordGate answers, before a map probe, that a word is in none of a
// set's words: a set's words mark, in the entry of their first and last
// bytes, their length in bytes (all lengths of 63 and more share the top
// bit). A word whose entry lacks its length is no word of the set; any
// other is looked up. The figures' stop words are probed at every word
// of a subject (2,750 probes on the sample, about 120 instructions each),
// most of them words of no stop word's shape.
type wordGate [256]uint64

func newWordGate(set map[string]bool) *wordGate {
	g := new(wordGate)
	for w := range set {
		if w != "" {
			g[gateKey(w)] |= gateLen(w)
		}
	}
	return g
}

func gateKey(w string) byte { return w[0] + 7*w[len(w)-1] }

func gateLen(w string) uint64 { return 1 << min(len(w), 63) }

// in reports set[w] for the set the gate was made from, probing it only
// for a word of one of its words' shape.
func (g *wordGate) in(set map[string]bool, w string) bool {
	if w != "" && g[gateKey(w)]&gateLen(w) == 0 {
		return false
	}
	return set[w]
}

var stopUnitGate, lastWordsReadGate = newWordGate(stopUnit), newWordGate(lastWordsRead)
