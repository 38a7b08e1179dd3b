package vi

// find is lookup with no call in it (the key, the whole probe, the
// comparison of a word longer than its key written out, as in
// fastTokens): the words whose Lower waits for the end of a text are
// looked up there, one after another. w is not empty.
func (x *wordIndex) find(w string) uint16 {
	var k uint64
	if n := len(w); n >= 4 {
		a, b := w[:4], w[n-4:]
		k = uint64(uint32(a[0])|uint32(a[1])<<8|uint32(a[2])<<16|uint32(a[3])<<24) |
			uint64(uint32(b[0])|uint32(b[1])<<8|uint32(b[2])<<16|uint32(b[3])<<24)<<32
	} else {
		k = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	n := capLen(w)
	for h := uint32((k ^ uint64(len(w))*0x9E3779B97F4A7C15) * 0xBF58476D1CE4E5B9 >> (x.shift & 63)); ; h = (h + 1) & x.mask {
		s := &x.slots[h]
		// a hit or an empty slot ends the probe, in one test: the
		// product is 0 when either is
		if d := (s.key ^ k) | uint64(s.n^n); d*uint64(s.tag) == 0 {
			if d != 0 {
				return 0
			}
			if len(w) <= 8 || equalBytes(x.long[s.id()], w) {
				return s.id()
			}
		}
	}
}

// equalBytes is a == b without the runtime's call (fastTokens makes none).
func equalBytes(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
