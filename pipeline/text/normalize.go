package text

import (
	"strings"
	"unicode"

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
func Normalize(s string) string {
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	rs := []rune(s)
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '\r':
			if i+1 < len(rs) && rs[i+1] == '\n' {
				continue
			}
			out = append(out, '\n')
			continue
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad':
			continue
		case r == '\t' || r == '\u00a0' || r == '\u2009' || r == '\u202f' || r == '\u2007' || r == '\u3000' || (r >= '\u2000' && r <= '\u200a'):
			out = append(out, ' ')
			continue
		case r == '\u2028' || r == '\u2029':
			out = append(out, '\n')
			continue
		}
		if n := len(out); n > 0 {
			if np, ok := toneMoves[pair{out[n-1], r}]; ok && openSyllableEnd(rs, i) && !afterQ(out, n-1) {
				out[n-1] = np.first
				out = append(out, np.second)
				continue
			}
		}
		out = append(out, r)
	}
	return string(out)
}

// openSyllableEnd reports whether rs[i] ends its word.
func openSyllableEnd(rs []rune, i int) bool {
	return i+1 >= len(rs) || !unicode.IsLetter(rs[i+1])
}

// afterQ reports whether the vowel at rs[i] follows "q": in "qu" the "u"
// belongs to the onset, so "quý" keeps its mark on "y".
func afterQ(rs []rune, i int) bool {
	return i > 0 && (rs[i-1] == 'q' || rs[i-1] == 'Q')
}

// Fold returns the lower-case form used for case-insensitive lookups.
func Fold(s string) string { return strings.ToLower(s) }
