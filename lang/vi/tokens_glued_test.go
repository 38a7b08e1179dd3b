package vi

import (
	"testing"
	"unicode/utf8"
)

// FuzzVowelRuns2: the tokenizer's own twoVowelRuns decodes any valid UTF-8
// as the range loop does (the tokenizer asks it only of words it cut,
// which are valid), so gluedSplit is GluedSplit.
func FuzzVowelRuns2(f *testing.F) {
	for _, s := range []string{"Trọngmong", "Nguyễn", "Lênin", "Hà", "UBND", "Ωmega", "A中b", "a😀e", "Việt", "ươi", "İstanbul", "ỆỘuA",
		// mayRun2's states: a marked vowel in the middle of one run, a
		// letter of two bytes that is no vowel between two runs
		"Người", "Chiều", "Đường", "Bađô", "Ađa", "Thànhphố", "Ωmega", "a😀e", "ả😀ẻ"} {
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

// TestMayRun2Passes: the byte test turns down the capitalized words whose
// one run of vowels has its marked vowel last or next to last, and passes
// every word with two runs and some with one (FuzzVowelRuns2 holds it to
// twoVowelRuns on any text).
func TestMayRun2Passes(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"Nguyễn", false}, {"Trường", false}, {"Việt", false}, {"Quốc", false},
		{"Phương", false}, {"Đồng", false}, {"Hoàng", false},
		{"Thànhphố", true}, {"Bađô", true}, {"Người", true}, {"Đường", true},
	} {
		if got := mayRun2(c.w); got != c.want {
			t.Errorf("mayRun2(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}
