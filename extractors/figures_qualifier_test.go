package extractors

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzHasLowerSuffixRunes holds the comparison with a qualifier's decoded
// code points to hasLowerSuffix of its text, and both to
// strings.HasSuffix of the lowered text where that lowering keeps the
// text's code points one for one.
func FuzzHasLowerSuffixRunes(f *testing.F) {
	for _, c := range [][2]string{{"đạt KHOẢNG", "khoảng"}, {"gần", "gần"}, {"trên", "hơn"}, {"", "x"}, {"a\xe1", "á"}, {"Ít nhất", "ít nhất"}} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, s, q string) {
		if !utf8.ValidString(q) || strings.ToLower(q) != q {
			return // the qualifiers are valid lower-case words
		}
		got, want := hasLowerSuffixRunes(s, []rune(q)), hasLowerSuffix(s, q)
		if got != want {
			t.Fatalf("hasLowerSuffixRunes(%q, %q) = %v, hasLowerSuffix %v", s, q, got, want)
		}
		if utf8.ValidString(s) && utf8.RuneCountInString(strings.ToLower(s)) == utf8.RuneCountInString(s) {
			if ref := strings.HasSuffix(strings.ToLower(s), q); got != ref {
				t.Fatalf("hasLowerSuffixRunes(%q, %q) = %v, lowered text's suffix %v", s, q, got, ref)
			}
		}
	})
}

// TestQualifierBeforeCases: a qualifier is found before a number in any
// case, as a whole word only.
func TestQualifierBeforeCases(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"đạt khoảng 5", "khoảng"},
		{"KHOẢNG 5", "KHOẢNG"},
		{"Gần 30", "Gần"},
		{"có 5", ""},
		{"xgần 5", ""}, // not a whole word
	} {
		s := strings.IndexAny(c.text, "0123456789")
		if got := qualifierBefore(c.text, s); got != c.want {
			t.Errorf("qualifierBefore(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// hasLowerSuffix reports whether lower(s) ends with q, which is in lower
// case, comparing code points from the end instead of lowering s: the
// reading qualifierBefore used before its qualifiers kept their code
// points, kept as the reference its fuzz test holds it to.
func hasLowerSuffix(s, q string) bool {
	for q != "" {
		if s == "" {
			return false
		}
		qr, qn := rune(q[len(q)-1]), 1
		if qr >= utf8.RuneSelf {
			qr, qn = decodeLastRune(q)
		}
		r, n := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = decodeLastRune(s)
		}
		if toLower(r) != qr {
			return false
		}
		q, s = q[:len(q)-qn], s[:len(s)-n]
	}
	return true
}

// qualifierBeforeWhole is qualifierBefore as it read before it compared
// only the code points before the window's last: each qualifier ending in
// that code point compared whole.
func qualifierBeforeWhole(t string, s int) string {
	b := s
	for b > 0 && t[b-1] == ' ' {
		b--
	}
	win := t[max(0, b-20):b]
	for _, q := range qualifiersEndingIn(toLower(lastRuneOf(win))) {
		if hasLowerSuffixRunes(win, q.runes) {
			start := b - len(q.text)
			if start == 0 || !isLetter(lastRuneOf(t[:start])) {
				return t[start:b]
			}
		}
	}
	return ""
}

// FuzzQualifierBefore holds qualifierBefore to qualifierBeforeWhole at
// every place of the text.
func FuzzQualifierBefore(f *testing.F) {
	for _, s := range []string{"đạt khoảng 5", "KHOẢNG 5", "Gần 30", "xgần 5", "hơn  7", "\xe1n 5", " 5", "ít nhất 3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 256 {
			return
		}
		for i := 0; i <= len(s); i++ {
			if got, want := qualifierBefore(s, i), qualifierBeforeWhole(s, i); got != want {
				t.Fatalf("qualifierBefore(%q, %d) = %q, want %q", s, i, got, want)
			}
		}
	})
}
