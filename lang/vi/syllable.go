package vi

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Vietnamese writes one syllable per word: an optional onset, one to three
// vowels carrying at most one tone mark, an optional coda. A capitalized
// word that is not one syllable but splits into two, the second in lower
// case, is two words whose space was lost in editing ("Nguyễn Phú
// Trọngmong muốn"): the capital-after-lower rule in the tokenizer cannot
// see that break.

// onsets, longest first so that "ngh" is tried before "ng" and "n".
var onsets = bytesOf("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
	"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "")

var codas = bytesOf("ng", "nh", "ch", "c", "m", "n", "p", "t", "")

func bytesOf(ss ...string) [][]byte {
	out := make([][]byte, len(ss))
	for i, s := range ss {
		out[i] = []byte(s)
	}
	return out
}

const vowels = "aăâeêioôơuưy"

// vowelBase maps a Vietnamese vowel, either case, to the lower-case vowel
// without its tone mark, keeping the vowel's own marks (ă â ê ô ơ ư), with
// toneBit set when it carried a tone. Other letters map to 0.
var vowelBase = func() (a [0x1F00]rune) {
	for r := rune(0); r < 0x1F00; r++ {
		var kept []rune
		tone := rune(0)
		for _, c := range norm.NFD.String(string(unicode.ToLower(r))) {
			switch c {
			case 0x300, 0x301, 0x303, 0x309, 0x323: // grave, acute, tilde, hook, dot below
				tone = toneBit
			default:
				kept = append(kept, c)
			}
		}
		b := []rune(norm.NFC.String(string(kept)))
		if len(b) == 1 && strings.ContainsRune(vowels, b[0]) {
			a[r] = b[0] | tone
		}
	}
	return
}()

const toneBit = 1 << 30

// Syllable reports whether s, in either case, is one Vietnamese syllable.
// It runs on most capitalized words, so it does not allocate.
func Syllable(s string) bool {
	var buf [32]byte
	t := buf[:0]
	tones, n := 0, 0
	for _, r := range s {
		if r < 0x1F00 && vowelBase[r] != 0 {
			b := vowelBase[r]
			if b&toneBit != 0 {
				tones++
			}
			r = b &^ toneBit
		} else {
			r = unicode.ToLower(r)
		}
		if n++; n > 8 || tones > 1 {
			return false
		}
		t = utf8.AppendRune(t, r)
	}
	if n == 0 {
		return false
	}
	for _, on := range onsets {
		if !bytes.HasPrefix(t, on) {
			continue
		}
		rest := t[len(on):]
		v, nv := 0, 0
		for v < len(rest) {
			r, size := utf8.DecodeRune(rest[v:])
			if !strings.ContainsRune(vowels, r) {
				break
			}
			v += size
			nv++
		}
		if nv == 0 || nv > 3 {
			continue
		}
		for _, co := range codas {
			if bytes.Equal(rest[v:], co) {
				return true
			}
		}
	}
	return false
}

// GluedSplit returns the byte length of the first word of a capitalized
// word that is really two, the first written with Vietnamese letters and
// the second in lower case ("Trọngmong" → 6), or 0. Words of plain ASCII
// ("Samsung", "Hanoi") are left whole: they are names of their own.
func GluedSplit(text string) int {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	// two syllables, each with its vowels, meet at two consonants: a word
	// with one run of vowels (nearly every capitalized word) cannot split,
	// and is passed without the syllable tests
	if ascii || !twoVowelRuns(text) || utf8.RuneCountInString(text) < 4 || Syllable(text) {
		return 0
	}
	// the longest first syllable whose rest is one lower-case syllable
	for i := len(text) - 1; i > 0; i-- {
		if !utf8.RuneStart(text[i]) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLower(r) {
			return 0
		}
		// consonants on both sides of the break: "Lênin" could be "Lên
		// in" or "Lê nin", and is neither
		if (r < 0x1F00 && vowelBase[r] != 0) || strings.IndexByte("cghmnpt", text[i-1]) < 0 {
			continue
		}
		if Syllable(text[:i]) && Syllable(text[i:]) {
			return i
		}
	}
	return 0
}

// twoVowelRuns reports whether text has two runs of vowels (either case,
// with or without marks) with something else between them.
func twoVowelRuns(text string) bool {
	runs, in := 0, false
	for _, r := range text {
		v := r < 0x1F00 && vowelBase[r] != 0
		if v && !in {
			if runs++; runs == 2 {
				return true
			}
		}
		in = v
	}
	return false
}
