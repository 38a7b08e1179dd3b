package text

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// toneMoves maps an old-style placement, where the tone sits on the second
// vowel of an open "oa", "oe" or "uy" syllable ("hoà", "khoẻ", "thuỷ"), to the
// placement SPEC picks ("hòa", "khỏe", "thủy"). Only open syllables move:
// with a final consonant ("hoàng", "thuyết") the second vowel keeps the mark
// in both conventions.
var toneMoves = buildToneMoves()

type pair struct{ first, second rune }

func buildToneMoves() map[pair]pair {
	m := map[pair]pair{}
	// tone marks: grave, acute, hook above, tilde, dot below
	marks := []rune{'\u0300', '\u0301', '\u0309', '\u0303', '\u0323'}
	add := func(first, second rune) {
		for _, mk := range marks {
			oldSecond := []rune(norm.NFC.String(string([]rune{second, mk})))[0]
			newFirst := []rune(norm.NFC.String(string([]rune{first, mk})))[0]
			m[pair{first, oldSecond}] = pair{newFirst, second}
		}
	}
	for _, f := range []rune{'o', 'O'} {
		for _, s := range []rune{'a', 'A', 'e', 'E'} {
			add(f, s)
		}
	}
	for _, f := range []rune{'u', 'U'} {
		for _, s := range []rune{'y', 'Y'} {
			add(f, s)
		}
	}
	return m
}

// Normalize returns s in NFC with canonical tone placement, non-breaking and
// other Unicode spaces turned into plain spaces, zero-width characters
// removed, and line ends made "\n". Runs of spaces inside a line are kept:
// they carry no meaning, but collapsing them is the cleaner's job, not this.
//
// It reads the text once. The NFC check rides on that pass: a rune marked
// in nfcStarters can neither change under NFC nor join the rune before it,
// so text made of them alone (nearly every Vietnamese article) is already in
// NFC; at the first other rune the text goes through the full normalizer
// and the pass starts again. Text that needs no change is returned as it
// is, without a copy.
func Normalize(s string) string {
	out, ok := normalize(s, true)
	if !ok {
		out, _ = normalize(norm.NFC.String(s), false)
	}
	// Dropping an invisible character ("A", U+00AD, "̌") or moving a
	// tone can bring a letter next to a combining mark that NFC then joins
	// to it, so the result would change again on the next call. Only a
	// text that was changed can be affected, and the check costs a scan of
	// it; a few rounds reach a fixed point on anything seen so far.
	for round := 0; round < 3 && out != s && !norm.NFC.IsNormalString(out); round++ {
		out, _ = normalize(norm.NFC.String(out), false)
	}
	return out
}

// normalize does Normalize's work on s. With checkNFC it gives up (false)
// at the first rune that could make s other than NFC.
func normalize(s string, checkNFC bool) (string, bool) {
	// out stays nil while the text needs no change: the result so far is
	// then s[:i], and offsets into it are offsets into s
	var out []byte
	begin := func(i int) {
		if out == nil {
			out = make([]byte, i, len(s))
			copy(out, s[:i])
		}
	}
	var prev rune // the last rune written
	prevAt := -1  // where it starts in the result
	for i := 0; i < len(s); {
		if out == nil {
			// a run that needs no change is passed whole (keptRun); the
			// result so far is still s[:j], so its last rune is s's
			if j := keptRun(s, i); j > i {
				r, n := rune(s[j-1]), 1
				if r >= utf8.RuneSelf {
					r, n = utf8.DecodeLastRuneInString(s[:j])
				}
				prev, prevAt = r, j-n
				i = j
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			at := i
			i++
			switch c {
			case '\r':
				begin(at)
				if i < len(s) && s[i] == '\n' {
					continue
				}
				c = '\n'
			case '\t':
				begin(at)
				c = ' '
			}
			if out != nil {
				prev, prevAt = rune(c), len(out)
				out = append(out, c)
			} else {
				prev, prevAt = rune(c), at
			}
			continue
		}
		at := i
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if checkNFC && !isNFCStarter(r) {
			return "", false
		}
		if r == utf8.RuneError && n == 1 {
			begin(at) // a stray byte becomes U+FFFD, so the result is valid UTF-8
		}
		switch {
		case isInvisible(r):
			begin(at)
			continue
		case isSpaceLike(r):
			begin(at)
			prev, prevAt = ' ', len(out)
			out = append(out, ' ')
			continue
		case isLineSeparator(r):
			begin(at)
			prev, prevAt = '\n', len(out)
			out = append(out, '\n')
			continue
		}
		// "hoà" -> "hòa": the mark moves from the second vowel to the first
		if prevAt >= 0 && (prev == 'o' || prev == 'O' || prev == 'u' || prev == 'U') {
			if np, ok := toneMoves[pair{prev, r}]; ok && wordEndsAt(s, i) && !afterQ(s, out, prevAt) {
				begin(at)
				out = utf8.AppendRune(out[:prevAt], np.first)
				prev, prevAt = np.second, len(out)
				out = utf8.AppendRune(out, np.second)
				continue
			}
		}
		if out != nil {
			prev, prevAt = r, len(out)
			out = utf8.AppendRune(out, r)
		} else {
			prev, prevAt = r, at
		}
	}
	if out == nil {
		return s, true
	}
	return string(out), true
}

// keptRun returns the end of the run of s from byte i that normalize
// keeps as it is while nothing has changed: ASCII but for '\r' and '\t',
// and two- and three-byte code points marked keep in keptClass, unless a
// tone could move from one to an "o" or "u" just before it. While nothing
// has changed the result is s itself, so the rune before a code point is
// the one before it in s, and an "o" or "u" there is one byte. It is a
// function of its own so that its loop keeps its few variables in
// registers: inside normalize, with the variables of the rest, every byte
// reloaded two of them from the stack.
func keptRun(s string, i int) int {
	t := s[i:] // indexed from 0, so that the loop needs fewer bounds checks
	j := 0
	for j < len(t) {
		// ASCII eight bytes at a time, to the first byte that is not
		// ASCII or is a tab or a return
		for j+8 <= len(t) {
			m := notPlainASCII(load64(t, j))
			if m == 0 {
				j += 8
				continue
			}
			j += bits.TrailingZeros64(m) >> 3
			break
		}
		if j == len(t) {
			break
		}
		c := t[j]
		if c < utf8.RuneSelf {
			if c == '\r' || c == '\t' {
				break
			}
			j++ // the last few bytes, read one by one
			continue
		}
		// a valid two- or three-byte code point below nfcTableEnd, decoded
		// in place: its lead byte is 0xC2-0xDF or 0xE0-0xE2
		var r rune
		var n int
		if c < 0xE0 {
			if c < 0xC2 || j+1 >= len(t) || t[j+1]&0xC0 != 0x80 {
				break
			}
			r, n = rune(c&0x1F)<<6|rune(t[j+1]&0x3F), 2
		} else {
			if c > 0xE2 || j+2 >= len(t) {
				break
			}
			b1, b2 := t[j+1], t[j+2]
			if b1&0xC0 != 0x80 || b2&0xC0 != 0x80 || c == 0xE0 && b1 < 0xA0 {
				break // not a code point, or an overlong one
			}
			r, n = rune(c&0x0F)<<12|rune(b1&0x3F)<<6|rune(b2&0x3F), 3
			if r >= nfcTableEnd {
				break
			}
		}
		switch keptClass[r] {
		case keep:
		case keepButTone, keepButToneU:
			if i+j > 0 {
				if p := s[i+j-1]; p == 'o' || p == 'O' || p == 'u' || p == 'U' {
					return i + j
				}
			}
		default:
			return i + j
		}
		j += n
	}
	return i + j
}

// KeptAfter reports whether normalize keeps the code point r (past ASCII)
// as it stands when the byte before it is prev: keptRun's test (see
// KeptAt, which a code point KeptAfter says no to may still pass).
func KeptAfter(prev byte, r rune) bool {
	if uint32(r) >= nfcTableEnd {
		return false
	}
	switch keptClass[r] {
	case keep:
		return true
	case keepButTone:
		return prev|0x20 != 'o'
	case keepButToneU:
		return prev|0x20 != 'u'
	}
	return false
}

// KeptAt reports whether normalize, while nothing has changed, keeps the
// code point r (past ASCII) as it stands when the bytes before it are
// prev2 and prev and the byte after it next: keptRun's test, and past it
// what normalize's tone move asks of a vowel a tone could move from (the
// rune before is the first of a toneMoves key with it, the word ends
// after it, and "u" does not follow "q"), with an ASCII letter after it
// for a word that goes on ("hoàng"). It is for a reader that passes the
// text before it is normalized (a JSON string's scan) and can so tell
// that Normalize will return it as it is: if every code point past ASCII
// of s is kept, with no tab or return in it, Normalize(s) is s. False
// says only that Normalize must look.
func KeptAt(prev2, prev byte, r rune, next byte) bool {
	if uint32(r) >= nfcTableEnd {
		return false
	}
	switch keptClass[r] {
	case keep:
		return true
	case keepButTone:
		return prev != 'o' && prev != 'O' || isASCIILetter(next)
	case keepButToneU:
		return prev != 'u' && prev != 'U' || isASCIILetter(next) || prev2 == 'q' || prev2 == 'Q'
	}
	return false
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// load64 reads the eight bytes of s from i, the first in the low byte
// (the compiler makes it one load).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// notPlainASCII sets the high bit of each byte of w that is not ASCII or
// is a tab or a return, and of no byte below the first such: the lowest
// bit set is exact (above it, a borrow may mark a byte that is not).
func notPlainASCII(w uint64) uint64 {
	y := (w | 0x04*ones) ^ 0x0D*ones // a zero byte where w has '\t' (0x09) or '\r' (0x0D)
	return (w | (y-ones)&^y) & highs
}

// isInvisible, isSpaceLike and isLineSeparator are the runes normalize
// drops, makes a space and makes a line break.
func isInvisible(r rune) bool {
	return r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad'
}

func isSpaceLike(r rune) bool {
	return r == '\u00a0' || r == '\u2009' || r == '\u202f' || r == '\u2007' || r == '\u3000' || (r >= '\u2000' && r <= '\u200a')
}

func isLineSeparator(r rune) bool { return r == '\u2028' || r == '\u2029' }

// keptClass says, for each code point below nfcTableEnd past ASCII,
// whether normalize keeps it as it is wherever it stands (keep: an NFC
// starter that is neither dropped, nor a space, nor a line break), keeps
// it unless it follows an "o" or "u" (keepButTone after "o",
// keepButToneU after "u": a vowel a tone can move from, the second rune
// of a toneMoves key), or must look at it (change).
// A byte a code point: one load where two bit sets took a shift and a mask
// each.
var keptClass = func() *[nfcTableEnd]byte {
	t := new([nfcTableEnd]byte)
	for r := rune(utf8.RuneSelf); r < nfcTableEnd; r++ {
		if isNFCStarter(r) && !isInvisible(r) && !isSpaceLike(r) && !isLineSeparator(r) {
			t[r] = keep
		}
	}
	for k := range toneMoves {
		if k.second >= nfcTableEnd {
			panic("pipeline/text: a tone moves from past nfcTableEnd") // built in: caught by any test
		}
		if t[k.second] != keep {
			continue
		}
		t[k.second] = keepButTone
		if k.first == 'u' || k.first == 'U' {
			t[k.second] = keepButToneU
		}
	}
	return t
}()

const (
	change = iota
	keep
	keepButTone
	keepButToneU
)

// ValidThree reports whether c, b1, b2 is a valid three-byte code point:
// not overlong, not a surrogate (decoders that pass valid text in place,
// here and in ingest, test it without a call to utf8).
func ValidThree(c, b1, b2 byte) bool {
	lo, hi := byte(0x80), byte(0xBF)
	if c == 0xE0 {
		lo = 0xA0
	} else if c == 0xED {
		hi = 0x9F
	}
	return lo <= b1 && b1 <= hi && b2&0xC0 == 0x80
}

// nfcStarters marks, for the runes below nfcTableEnd, those that NFC keeps
// as they are and that never combine with the rune before them: their own
// NFC form is themselves, their combining class is 0, and they start a
// segment. Built once from the normalizer's own tables.
var nfcStarters = buildNFCStarters()

// nfcTableEnd covers Latin, the Vietnamese letters (U+1E00-U+1EFF), general
// punctuation, currency and letter-like symbols, arrows and box drawing.
const nfcTableEnd = 0x2600

func buildNFCStarters() []uint64 {
	bits := make([]uint64, nfcTableEnd/64)
	var buf [utf8.UTFMax]byte
	for r := rune(utf8.RuneSelf); r < nfcTableEnd; r++ {
		n := utf8.EncodeRune(buf[:], r)
		p := norm.NFC.Properties(buf[:n])
		// a rune NFC does not keep has a canonical decomposition (a
		// singleton, a composition exclusion), so the normalizer is
		// asked only about runes that have one: on the others asking
		// cost about 300 instructions each, 3M at every start-up
		// (TestNFCStarters holds the table to norm.NFC.IsNormal on every
		// rune it covers)
		if p.CCC() == 0 && p.BoundaryBefore() && (p.Decomposition() == nil || norm.NFC.IsNormal(buf[:n])) {
			bits[r/64] |= 1 << (r % 64)
		}
	}
	return bits
}

func isNFCStarter(r rune) bool {
	return r < nfcTableEnd && nfcStarters[r/64]&(1<<(r%64)) != 0
}

// wordEndsAt reports whether no letter follows byte i of s. A combining
// mark does not end the word either: it belongs to the vowel before it
// ("uỷ" + U+0300 carries two tones), and moving one tone away from under
// it would leave a vowel and a mark that NFC joins on the next pass, so
// the text would change each time it is normalized.
func wordEndsAt(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r)
}

// afterQ reports whether the vowel starting at byte at of the result
// follows "q": in "qu" the "u" belongs to the onset, so "quý" keeps its
// mark on "y". The result is out, or s itself while out is nil.
func afterQ(s string, out []byte, at int) bool {
	if at == 0 {
		return false
	}
	var c byte
	if out != nil {
		c = out[at-1]
	} else {
		c = s[at-1]
	}
	return c == 'q' || c == 'Q'
}

// Fold returns the lower-case form used for case-insensitive lookups.
func Fold(s string) string { return strings.ToLower(s) }
