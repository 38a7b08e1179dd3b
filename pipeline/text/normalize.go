package text

import (
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
			// a run that needs no change is passed whole: ASCII but for
			// '\r' and '\t', and two- and three-byte code points marked in
			// keptAsIs, unless a tone could move from one to an "o" or
			// "u" before it
			j := i
			for j < len(s) {
				k := j
				for k < len(s) && plainASCII[s[k]] {
					k++
				}
				if k > j {
					prev, prevAt = rune(s[k-1]), k-1
					j = k
					continue
				}
				// a valid two- or three-byte code point, decoded in place
				var r rune
				n := 0
				if c := s[j]; 0xC2 <= c && c < 0xE0 && j+1 < len(s) && s[j+1]&0xC0 == 0x80 {
					r, n = rune(c&0x1F)<<6|rune(s[j+1]&0x3F), 2
				} else if 0xE0 <= c && c < 0xF0 && j+2 < len(s) && ValidThree(c, s[j+1], s[j+2]) {
					r, n = rune(c&0x0F)<<12|rune(s[j+1]&0x3F)<<6|rune(s[j+2]&0x3F), 3
				}
				if n == 0 || r >= nfcTableEnd || keptAsIs[r/64]&(1<<(r%64)) == 0 ||
					toneTargets[r/64]&(1<<(r%64)) != 0 && (prev == 'o' || prev == 'O' || prev == 'u' || prev == 'U') {
					break
				}
				prev, prevAt = r, j
				j += n
			}
			if j > i {
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

// isInvisible, isSpaceLike and isLineSeparator are the runes normalize
// drops, makes a space and makes a line break.
func isInvisible(r rune) bool {
	return r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad'
}

func isSpaceLike(r rune) bool {
	return r == '\u00a0' || r == '\u2009' || r == '\u202f' || r == '\u2007' || r == '\u3000' || (r >= '\u2000' && r <= '\u200a')
}

func isLineSeparator(r rune) bool { return r == '\u2028' || r == '\u2029' }

// plainASCII marks the ASCII bytes normalize keeps as they are.
var plainASCII = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = c != '\r' && c != '\t'
	}
	return t
}()

// keptAsIs marks, below nfcTableEnd, the NFC starters that normalize
// keeps as they are wherever they stand, unless a tone moves onto the
// vowel before them: neither dropped, nor a space, nor a line break.
var keptAsIs = func() []uint64 {
	bits := make([]uint64, nfcTableEnd/64)
	for r := rune(utf8.RuneSelf); r < nfcTableEnd; r++ {
		if isNFCStarter(r) && !isInvisible(r) && !isSpaceLike(r) && !isLineSeparator(r) {
			bits[r/64] |= 1 << (r % 64)
		}
	}
	return bits
}()

// toneTargets marks, below nfcTableEnd, the vowels a tone can move from
// (the second rune of a toneMoves key): only before one of them can a rune
// after "o" or "u" change.
var toneTargets = func() []uint64 {
	bits := make([]uint64, nfcTableEnd/64)
	for k := range toneMoves {
		if k.second < nfcTableEnd {
			bits[k.second/64] |= 1 << (k.second % 64)
		} else {
			panic("pipeline/text: a tone moves from past nfcTableEnd") // built in: caught by any test
		}
	}
	return bits
}()

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
		if p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormal(buf[:n]) {
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
