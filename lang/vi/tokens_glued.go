package vi

import "unicode/utf8"

// vowelRuns2 is twoVowelRuns of a word the tokenizer cut (valid UTF-8),
// its letters decoded here: GluedSplit, which asks it first, passes all
// but a few capitalized words on it (32 of 9,339 on a sample of 252
// articles), and its range loop decoded every letter of two or three bytes
// with a call. The tokenizer asks this first and GluedSplit only when it
// holds.
func vowelRuns2(text string) bool {
	runs, in := 0, false
	for i := 0; i < len(text); {
		c := text[i]
		var r rune
		if c < utf8.RuneSelf {
			r = rune(c)
			i++
		} else if c < 0xE0 {
			r = rune(c&0x1F)<<6 | rune(text[i+1]&0x3F)
			i += 2
		} else if c < 0xF0 {
			r = rune(c&0x0F)<<12 | rune(text[i+1]&0x3F)<<6 | rune(text[i+2]&0x3F)
			i += 3
		} else {
			i += 4 // no vowel has four bytes
		}
		v := r < rune(len(vowelBase)) && vowelBase[r] != 0
		if v && !in {
			if runs++; runs == 2 {
				return true
			}
		}
		in = v
	}
	return false
}

// gluedSplit is GluedSplit, asked only of a word with two runs of vowels.
func gluedSplit(text string) int {
	if !vowelRuns2(text) {
		return 0
	}
	return GluedSplit(text)
}
