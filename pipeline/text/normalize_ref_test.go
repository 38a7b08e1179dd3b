package text

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normalizeRef is normalize as it was written before its fast path for
// runes that need nothing, kept to hold normalize to the same results.
func normalizeRef(s string, checkNFC bool) (string, bool) {
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
			// a run of ASCII that needs no change is skipped whole
			j := i
			for j < len(s) && s[j] < utf8.RuneSelf && s[j] != '\r' && s[j] != '\t' {
				j++
			}
			if j > i {
				prev, prevAt = rune(s[j-1]), j-1
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
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad':
			begin(at)
			continue
		case r == '\u00a0' || r == '\u2009' || r == '\u202f' || r == '\u2007' || r == '\u3000' || (r >= '\u2000' && r <= '\u200a'):
			begin(at)
			prev, prevAt = ' ', len(out)
			out = append(out, ' ')
			continue
		case r == '\u2028' || r == '\u2029':
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

// TestNFCStarters holds the table built with norm.NFC.QuickSpan to its
// definition with norm.NFC.IsNormal, on every rune it covers.
func TestNFCStarters(t *testing.T) {
	var buf [utf8.UTFMax]byte
	for r := rune(utf8.RuneSelf); r < nfcTableEnd; r++ {
		n := utf8.EncodeRune(buf[:], r)
		p := norm.NFC.Properties(buf[:n])
		want := p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormal(buf[:n])
		if got := isNFCStarter(r); got != want {
			t.Errorf("isNFCStarter(%U) = %v, want %v", r, got, want)
		}
	}
	// a precomposed letter is one; a combining mark, a singleton (the Ohm
	// sign, NFC "Ω") and a composition exclusion (U+0344) are not
	for r, want := range map[rune]bool{'Ạ': true, 'ệ': true, '\u0300': false, '\u2126': false, '\u0344': false} {
		if got := isNFCStarter(r); got != want {
			t.Errorf("isNFCStarter(%U) = %v, want %v", r, got, want)
		}
	}
}
