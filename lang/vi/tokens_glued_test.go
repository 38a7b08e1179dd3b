package vi

import (
	"testing"
	"unicode/utf8"
)

// FuzzVowelRuns2: the tokenizer's own twoVowelRuns decodes any valid UTF-8
// as the range loop does (the tokenizer asks it only of words it cut,
// which are valid), so gluedSplit is GluedSplit.
func FuzzVowelRuns2(f *testing.F) {
	for _, s := range []string{"Trọngmong", "Nguyễn", "Lênin", "Hà", "UBND", "Ωmega", "A中b", "a😀e", "Việt", "ươi", "İstanbul", "ỆỘuA"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if got, want := vowelRuns2(s), twoVowelRuns(s); got != want {
			t.Errorf("vowelRuns2(%q) = %v, want %v", s, got, want)
		}
		if got, want := gluedSplit(s), GluedSplit(s); got != want {
			t.Errorf("gluedSplit(%q) = %d, want %d", s, got, want)
		}
	})
}
