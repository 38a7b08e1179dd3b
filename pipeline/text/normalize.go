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
func Normalize(s string) string {
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	out := make([]byte, 0, len(s))
	var prev rune // the last rune written
	prevAt := -1  // where it starts in out
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch c {
			case '\r':
				if i < len(s) && s[i] == '\n' {
					continue
				}
				c = '\n'
			case '\t':
				c = ' '
			}
			prev, prevAt = rune(c), len(out)
			out = append(out, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad':
			continue
		case r == '\u00a0' || r == '\u2009' || r == '\u202f' || r == '\u2007' || r == '\u3000' || (r >= '\u2000' && r <= '\u200a'):
			prev, prevAt = ' ', len(out)
			out = append(out, ' ')
			continue
		case r == '\u2028' || r == '\u2029':
			prev, prevAt = '\n', len(out)
			out = append(out, '\n')
			continue
		}
		// "hoà" -> "hòa": the mark moves from the second vowel to the first
		if prevAt >= 0 && (prev == 'o' || prev == 'O' || prev == 'u' || prev == 'U') {
			if np, ok := toneMoves[pair{prev, r}]; ok && wordEndsAt(s, i) && !afterQByte(out, prevAt) {
				out = utf8.AppendRune(out[:prevAt], np.first)
				prev, prevAt = np.second, len(out)
				out = utf8.AppendRune(out, np.second)
				continue
			}
		}
		prev, prevAt = r, len(out)
		out = utf8.AppendRune(out, r)
	}
	return string(out)
}

// wordEndsAt reports whether no letter follows byte i of s.
func wordEndsAt(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.IsLetter(r)
}

// afterQByte reports whether the vowel starting at out[at] follows "q": in
// "qu" the "u" belongs to the onset, so "quý" keeps its mark on "y".
func afterQByte(out []byte, at int) bool {
	return at > 0 && (out[at-1] == 'q' || out[at-1] == 'Q')
}

// Fold returns the lower-case form used for case-insensitive lookups.
func Fold(s string) string { return strings.ToLower(s) }
