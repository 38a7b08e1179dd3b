package ingest

import (
	"bytes"
	"errors"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"github.com/vnextract/vnextract/pipeline/ingest/legacy"
	"github.com/vnextract/vnextract/pipeline/text"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// ErrBinary is returned for inputs that are not text (PDF, images, archives).
var ErrBinary = errors.New("binary content, not text")

// decode turns raw bytes into a UTF-8 string and names the encoding found.
// A BOM decides first; then, for a page, its own <meta charset>; then UTF-8
// validity; a legacy single-byte file is read as whichever of windows-1258,
// TCVN3 and VNI reads most like Vietnamese. Legacy font text dressed as
// Latin-1 characters is converted too.
//
// known says the caller vouches that data is valid UTF-8 (a JSON string's
// bytes): validity is then not checked past what tells plain Vietnamese
// from legacy text (see scanText); plain, that it also reads as plain
// Unicode Vietnamese (PlainByCount), so that neither is checked. whole,
// when not empty, is data as a string already made: what decode would
// copy of data whole it returns instead.
func decode(data []byte, whole string, isHTML, known, plain bool) (string, string, []string, error) {
	var warnings []string
	asString := func(from int) string {
		if whole != "" {
			return whole[from:]
		}
		return string(data[from:])
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return asString(3), "utf-8", nil, nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		out, _, err := transform.Bytes(dec, data)
		if err != nil {
			return "", "", nil, err
		}
		return string(out), "utf-16", nil, nil
	}
	if looksBinary(data) {
		return "", "", nil, ErrBinary
	}
	if isHTML {
		enc, name, _ := charset.DetermineEncoding(data, "")
		if name != "utf-8" && name != "windows-1252" {
			out, _, err := transform.Bytes(enc.NewDecoder(), data)
			if err == nil {
				text, fixed, w := repairLegacy(string(out), name)
				return text, fixed, w, nil
			}
		}
	}
	valid := true
	if !plain {
		valid, plain = scanText(data, known)
	}
	if valid {
		if plain {
			return asString(0), "utf-8", nil, nil // what repairLegacy would keep
		}
		text, name, w := repairLegacy(asString(0), "utf-8")
		return text, name, w, nil
	}
	// Mostly UTF-8 with a few bad bytes is a damaged UTF-8 file, not a
	// legacy one: keep it, replacing the bad bytes. The share is taken among
	// the bytes that are not ASCII, the ones that carry Vietnamese letters:
	// measured over the whole page, a large ASCII script or stylesheet
	// would hide a windows-1258 article whose every letter is a bad byte
	// (and a page declaring utf-8 lost all its letters to U+FFFD).
	bad, high := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		}
		high += size
		i += size
	}
	if bad*4 < high {
		warnings = append(warnings, "invalid UTF-8 bytes replaced")
		return string(bytes.ToValidUTF8(data, []byte("\uFFFD"))), "utf-8", warnings, nil
	}
	// A legacy single-byte file: the decoding that reads most like
	// Vietnamese wins (windows-1258 first on a tie).
	text, name := bestLegacy(data)
	warnings = append(warnings, "not UTF-8: decoded as "+name)
	return text, name, warnings, nil
}

// bestLegacy decodes single-byte Vietnamese text as windows-1258, TCVN3 and
// VNI and keeps the one that scores best.
func bestLegacy(data []byte) (string, string) {
	cp1258, _, _ := transform.Bytes(charmap.Windows1258.NewDecoder(), data)
	cp1252, _, _ := transform.Bytes(charmap.Windows1252.NewDecoder(), data)
	cands := []struct{ name, text string }{
		{"windows-1258", norm.NFC.String(string(cp1258))},
		{"tcvn3", legacy.DecodeTCVN3(data)},
		{"vni", legacy.DecodeVNI(string(cp1252))},
	}
	best, bestScore := 0, -1.0
	for i, c := range cands {
		if s := legacy.Score(c.text); s > bestScore {
			best, bestScore = i, s
		}
	}
	return cands[best].text, cands[best].name
}

// repairLegacy catches TCVN3 or VNI text that reached us as Unicode
// Latin-1 characters ("Uû ban nh©n d©n", "UÛy ban nhaân daân"): pages made
// with legacy fonts and served as windows-1252. When such a reading scores
// clearly better as Vietnamese, it replaces the text.
func repairLegacy(s, name string) (string, string, []string) {
	if plainUnicode(s) {
		return s, name, nil
	}
	base := legacy.Score(s)
	best, bestName, bestScore := s, name, base+0.1
	if b, ok := legacy.FromLatin1Clothing(s); ok {
		if t := legacy.DecodeTCVN3(b); legacy.Score(t) > bestScore {
			best, bestName, bestScore = t, "tcvn3", legacy.Score(t)
		}
	}
	if t := legacy.DecodeVNI(s); legacy.Score(t) > bestScore {
		best, bestName = t, "vni"
	}
	if bestName == name {
		return s, name, nil
	}
	return best, bestName, []string{"legacy font encoding " + bestName + " in " + name + " text converted to Unicode"}
}

// plainUnicode reports whether s reads as Unicode Vietnamese, not as
// legacy font text dressed as Latin-1: few Latin-1 letters, or enough of
// the letters only Vietnamese has. It stops reading once the text is
// plainly Vietnamese.
func plainUnicode(s string) bool {
	latin, viet, n := 0, 0, 0
	for _, r := range s {
		n++
		switch {
		case r >= 0xA0 && r <= 0xFF:
			latin++
		case isVietLetter(r):
			viet++
		}
		// plainly Vietnamese already: no need to read on
		if n&255 == 0 && viet > 40 && viet > 2*latin {
			return true
		}
	}
	return latin < 8 || viet > latin/4
}

// LetterCount says how plainUnicode counts a code point: 1 a Latin-1
// letter or sign (U+00A0-U+00FF), 2 a letter only Vietnamese has, 0
// anything else. A reader that passes the text anyway can count them.
func LetterCount(r rune) int {
	switch {
	case r >= 0xA0 && r <= 0xFF:
		return 1
	case isVietLetter(r):
		return 2
	}
	return 0
}

// PlainByCount is plainUnicode's answer for a text with latin and viet
// code points counted whole by LetterCount: where it is true, so is
// plainUnicode (which may also stop early and say true where this would
// not), and decode keeps the text as it is.
func PlainByCount(latin, viet int) bool { return latin < 8 || viet > latin/4 }

func isVietLetter(r rune) bool {
	return r >= 0x1EA0 && r <= 0x1EF9 || r == 'đ' || r == 'Đ' || r == 'ă' || r == 'ơ' || r == 'ư'
}

// scanUTF8 reads data once for what decode asks first: whether it is valid
// UTF-8 (utf8.Valid) and, if so, plainUnicode(string(data)), the two-
// and three-byte code points (every Vietnamese letter) decoded in place.
// Once the text is plainly Vietnamese only validity is left to check.
func scanUTF8(data []byte) (valid, plain bool) {
	return scanText(data, false)
}

// scanText is scanUTF8 for data that known says is valid UTF-8 (the
// caller vouches for it): once the text reads as plainly Vietnamese, the
// rest of it is not read at all. On valid UTF-8 it answers as scanUTF8
// does. The check it skips was most of reading a record's text: a record
// of JSON Lines is valid UTF-8 by the time it is decoded, the reader's
// strings having been checked or repaired as encoding/json does.
func scanText(data []byte, known bool) (valid, plain bool) {
	latin, viet, n := 0, 0, 0
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			// a run of ASCII is counted whole: nothing in it changes the
			// counts, so the check below, due where the count passes a
			// multiple of 256, is made once after it (and validity read
			// from the run's end: the rest of the run is ASCII)
			j := i + 1
			for j < len(data) && data[j] < utf8.RuneSelf {
				j++
			}
			before := n
			n += j - i
			i = j
			if before>>8 != n>>8 && viet > 40 && viet > 2*latin {
				if known {
					return true, true
				}
				return validUTF8(data[i:]), true
			}
			continue
		}
		var r rune
		switch {
		case 0xC2 <= c && c < 0xE0 && i+1 < len(data) && data[i+1]&0xC0 == 0x80:
			r = rune(c&0x1F)<<6 | rune(data[i+1]&0x3F)
			i += 2
		case 0xE0 <= c && c < 0xF0 && i+2 < len(data) && text.ValidThree(c, data[i+1], data[i+2]):
			r = rune(c&0x0F)<<12 | rune(data[i+1]&0x3F)<<6 | rune(data[i+2]&0x3F)
			i += 3
		default:
			var size int
			r, size = utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				return false, false
			}
			i += size
		}
		switch {
		case r >= 0xA0 && r <= 0xFF:
			latin++
		case isVietLetter(r):
			viet++
		}
		n++
		if n&255 == 0 && viet > 40 && viet > 2*latin {
			if known {
				return true, true
			}
			return validUTF8(data[i:]), true
		}
	}
	return true, latin < 8 || viet > latin/4
}

// validUTF8 is utf8.Valid, with the two- and three-byte code points of
// Vietnamese text checked in place rather than through its tables.
func validUTF8(data []byte) bool {
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c < utf8.RuneSelf:
			i++
		case 0xC2 <= c && c < 0xE0 && i+1 < len(data) && data[i+1]&0xC0 == 0x80:
			i += 2
		case 0xE0 <= c && c < 0xF0 && i+2 < len(data) && text.ValidThree(c, data[i+1], data[i+2]):
			i += 3
		default:
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				return false
			}
			i += size
		}
	}
	return true
}

// looksBinary reports NUL bytes or known binary signatures in the head.
func looksBinary(data []byte) bool {
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	for _, sig := range [][]byte{[]byte("%PDF"), {0xFF, 0xD8, 0xFF}, []byte("\x89PNG"), []byte("GIF8"), []byte("PK\x03\x04"), {0x1F, 0x8B}} {
		if bytes.HasPrefix(data, sig) {
			return true
		}
	}
	return bytes.IndexByte(head, 0) >= 0
}
