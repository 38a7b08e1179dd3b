package vi

import "unicode/utf8"

// vowelRuns2 is twoVowelRuns of a word the tokenizer cut (valid UTF-8),
// its letters decoded here: GluedSplit, which asks it first, passes all
// but a few capitalized words on it (32 of 9,339 on a sample of 252
// articles), and its range loop decoded every letter of two or three bytes
// with a call. The tokenizer asks this first and GluedSplit only when it
// holds.
func vowelRuns2(text string) bool {
	if !mayRun2(text) {
		return false
	}
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

// mayRun2 is false when text (valid UTF-8) cannot have two runs of vowels
// whatever its code points of two or three bytes are, each taken as a vowel
// or not, reading only its bytes: a vowel, then no vowel, then a vowel.
// Most capitalized words have their marked vowels last or next to last
// ("Nguyễn", "Trường", "Việt", "Quốc") and stop here; vowelRuns2 decodes
// the few others.
func mayRun2(text string) bool {
	// the state times 256, so that the next is one load by state and byte
	st := uint(0)
	for i := 0; i < len(text); i++ {
		if st = uint(runNext[(st+uint(text[i]))&1023]); st == 3<<8 {
			return true
		}
	}
	return false
}

// runNext is runStep by state and byte, not kind: runNext[s<<8|b] is the
// next state after byte b in state s, times 256.
var runNext = func() (a [4 << 8]uint16) {
	for s := 0; s < 3; s++ {
		for b := 0; b < 256; b++ {
			a[s<<8|b] = uint16(runStep[s<<2|int(byteKind[b])]) << 8
		}
	}
	return
}()

// The bytes' kinds for mayRun2: an ASCII byte that is no vowel (or a
// code point of four bytes, none of which is a vowel), an ASCII vowel, the
// first byte of a code point of two or three bytes (a vowel or not), a
// continuation byte (read with its first).
const (
	kNone = iota
	kVowel
	kMaybe
	kCont
)

var byteKind = func() (a [256]uint8) {
	for c := range a {
		switch {
		case c < utf8.RuneSelf:
			if vowelBase[c] != 0 {
				a[c] = kVowel
			}
		case c < 0xC0:
			a[c] = kCont
		case c < 0xF0:
			a[c] = kMaybe
		}
	}
	return
}()

// runStep is mayRun2's next state from the state (0: no vowel yet, 1: a
// vowel may have been read, 2: a vowel and then no vowel may have been; 3:
// a vowel after that, two runs) and a byte's kind. A code point that may
// be either goes to the further state: what two runs can follow from 1
// they can from 2.
var runStep = [16]uint8{
	0<<2 | kNone: 0, 0<<2 | kVowel: 1, 0<<2 | kMaybe: 1, 0<<2 | kCont: 0,
	1<<2 | kNone: 2, 1<<2 | kVowel: 1, 1<<2 | kMaybe: 2, 1<<2 | kCont: 1,
	2<<2 | kNone: 2, 2<<2 | kVowel: 3, 2<<2 | kMaybe: 3, 2<<2 | kCont: 2,
}
