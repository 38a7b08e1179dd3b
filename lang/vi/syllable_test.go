package vi

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// gluedSplitPlain is GluedSplit without the run-of-vowels test that lets it
// pass most words at once: the two must agree on every word.
func gluedSplitPlain(text string) int {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii || utf8.RuneCountInString(text) < 4 || Syllable(text) {
		return 0
	}
	for i := len(text) - 1; i > 0; i-- {
		if !utf8.RuneStart(text[i]) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLower(r) {
			return 0
		}
		if (r < 0x1F00 && vowelBase[r] != 0) || strings.IndexByte("cghmnpt", text[i-1]) < 0 {
			continue
		}
		if Syllable(text[:i]) && Syllable(text[i:]) {
			return i
		}
	}
	return 0
}

// FuzzGluedSplit: the run-of-vowels test rejects no word the syllable
// tests would split.
func FuzzGluedSplit(f *testing.F) {
	for _, w := range []string{"Trọngmong", "Hùngphát", "Quốchội", "Lênin", "Hòaán", "Nguyễn", "Samsung",
		"Đắk", "Hòa2021", "Kđăm", "Giangnam", "Quyềnlợi", "Ngoàigiao", "Uỷban", "Yênbái", "Ưuđãi", "Ánhsáng"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := GluedSplit(w), gluedSplitPlain(w); got != want {
			t.Errorf("GluedSplit(%q) = %d, want %d", w, got, want)
		}
	})
}
