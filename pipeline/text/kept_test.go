package text

import (
	"testing"
	"unicode/utf8"
)

// allKept is what a reader that scans a text before it is normalized
// concludes with KeptAfter and KeptAt: no tab or return, and every code
// point past ASCII kept where it stands. A byte before the text or after
// it reads as 0.
func allKept(s string) bool {
	at := func(i int) byte {
		if i < 0 || i >= len(s) {
			return 0
		}
		return s[i]
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '\t' || c == '\r' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return false
		}
		if !KeptAfter(at(i-1), r) && !KeptAt(at(i-2), at(i-1), r, at(i+n)) {
			return false
		}
		i += n
	}
	return true
}

// TestKeptAt: a text every code point of which KeptAt passes is one
// Normalize returns as it is; the tone's vowels pass where the word goes
// on or "qu" holds the "u", and not where the tone moves.
func TestKeptAt(t *testing.T) {
	for _, c := range []struct {
		s    string
		kept bool
	}{
		{"Hoàng Văn Thụ", true},
		{"hoạt động", true},
		{"quý vị, Quỳnh", true},
		{"khuỷu tay", true},
		{"của quả", true},
		{"hòa bình", true},
		{"hoà bình", false},
		{"thuý", false},
		{"Thuỷ,", false},
		{"khoẻ", false},
		{"a\tb", false},
		{"a\r\nb", false},
		{"a\u00a0b", false},
		{"e\u0301", false},
		{"😀", false},
	} {
		if got := allKept(c.s); got != c.kept {
			t.Errorf("%q: kept %v, want %v", c.s, got, c.kept)
		}
		if c.kept && Normalize(c.s) != c.s {
			t.Errorf("%q: kept, but Normalize makes %q", c.s, Normalize(c.s))
		}
	}
}

// TestKeptAfter holds KeptAfter to keptRun and Normalize on every code
// point past ASCII to U+2FFF, after each byte it looks at and one it does
// not: it passes every code point keptRun passes, and past those only
// ones Normalize keeps where the word ends after them (a tone's vowel
// after the vowel its tone does not move to: "uà").
func TestKeptAfter(t *testing.T) {
	for r := rune(utf8.RuneSelf); r < 0x3000; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		for _, prev := range []byte{'o', 'O', 'u', 'U', 'a', 'q', ' '} {
			s := string(prev) + string(r)
			run := keptRun(s, 0) == len(s)
			got := KeptAfter(prev, r)
			if run && !got {
				t.Fatalf("KeptAfter(%q, %U) = false; keptRun passes it", prev, r)
			}
			if got && !run && (Normalize(s) != s || Normalize(s+" ") != s+" ") {
				t.Fatalf("KeptAfter(%q, %U) = true; Normalize changes it", prev, r)
			}
		}
	}
}

// FuzzKeptAt: on any text, if every code point passes, Normalize returns
// the text as it is.
func FuzzKeptAt(f *testing.F) {
	for _, s := range []string{"Hoàng Văn Thụ", "hoà bình", "quý thuý", "Thuỷ,", "khoẻ mạnh", "uỷ\u0300", "oà\u0301n", "a\tb\r", "Qùy"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if allKept(s) && Normalize(s) != s {
			t.Fatalf("%q: every code point kept, but Normalize makes %q", s, Normalize(s))
		}
	})
}
