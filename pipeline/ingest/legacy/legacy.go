// Package legacy decodes the pre-Unicode Vietnamese font encodings still
// found on older government pages, TCVN3 ("ABC") and VNI, and tells which of
// several decodings of a text reads as Vietnamese. It works on bytes and
// strings only; the ingest package decides when to use it.
package legacy

import (
	"bufio"
	_ "embed"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

//go:embed tcvn3.txt
var tcvn3Table string

var (
	tcvn3Dec [256]rune
	tcvn3Enc = map[rune]byte{}
)

func init() {
	// bytes not in the table read as windows-1252, as the fonts' pages did
	for b := 0; b < 256; b++ {
		tcvn3Dec[b] = charmap.Windows1252.DecodeByte(byte(b))
	}
	sc := bufio.NewScanner(strings.NewReader(tcvn3Table))
	for sc.Scan() {
		l := sc.Text()
		if l == "" || l[0] == '#' {
			continue
		}
		hex, ch, _ := strings.Cut(l, "\t")
		b, err := strconv.ParseUint(hex, 16, 8)
		if err != nil {
			panic("legacy: bad tcvn3.txt line " + l)
		}
		r := []rune(ch)[0]
		tcvn3Dec[b] = r
		tcvn3Enc[r] = byte(b)
	}
}

// DecodeTCVN3 decodes TCVN3 bytes.
func DecodeTCVN3(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) * 2)
	for _, c := range b {
		if c < 0x80 && tcvn3Dec[c] == rune(c) {
			sb.WriteByte(c)
			continue
		}
		sb.WriteRune(tcvn3Dec[c])
	}
	return sb.String()
}

// EncodeTCVN3 encodes text as TCVN3; letters it cannot hold are replaced
// by '?'.
func EncodeTCVN3(s string) []byte {
	var out []byte
	for _, r := range norm.NFC.String(s) {
		if b, ok := tcvn3Enc[r]; ok {
			out = append(out, b)
			continue
		}
		if b, ok := charmap.Windows1252.EncodeRune(r); ok {
			out = append(out, b)
			continue
		}
		out = append(out, '?')
	}
	return out
}

// FromLatin1Clothing recovers the bytes of legacy text that was stored as
// windows-1252 characters ("Uû ban nh©n d©n" as Unicode): each character
// goes back to its byte. ok is false when a character has no byte.
func FromLatin1Clothing(s string) ([]byte, bool) {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		b, ok := charmap.Windows1252.EncodeRune(r)
		if !ok {
			return nil, false
		}
		out = append(out, b)
	}
	return out, true
}

// VNI writes a letter as an ASCII base and windows-1252 characters standing
// for its marks: "nhaân" is "nhân", "UÛy" is "Ủy", "tænh" is "tỉnh".
var (
	vniTone = map[rune]rune{ // tone alone
		'ù': '\u0301', 'ø': '\u0300', 'û': '\u0309', 'õ': '\u0303', 'ï': '\u0323',
		'Ù': '\u0301', 'Ø': '\u0300', 'Û': '\u0309', 'Õ': '\u0303', 'Ï': '\u0323',
	}
	vniCirc = map[rune]rune{ // circumflex with a tone (or none)
		'â': 0, 'á': '\u0301', 'à': '\u0300', 'å': '\u0309', 'ã': '\u0303', 'ä': '\u0323',
		'Â': 0, 'Á': '\u0301', 'À': '\u0300', 'Å': '\u0309', 'Ã': '\u0303', 'Ä': '\u0323',
	}
	vniBreve = map[rune]rune{ // breve with a tone (or none)
		'ê': 0, 'é': '\u0301', 'è': '\u0300', 'ú': '\u0309', 'ü': '\u0303', 'ë': '\u0323',
		'Ê': 0, 'É': '\u0301', 'È': '\u0300', 'Ú': '\u0309', 'Ü': '\u0303', 'Ë': '\u0323',
	}
	vniSingle = map[rune]string{ // whole letters
		'ô': "ơ", 'Ô': "Ơ", 'ö': "ư", 'Ö': "Ư", 'ñ': "đ", 'Ñ': "Đ",
		'í': "í", 'ì': "ì", 'æ': "ỉ", 'ó': "ĩ", 'ò': "ị",
		'Í': "Í", 'Ì': "Ì", 'Æ': "Ỉ", 'Ó': "Ĩ", 'Ò': "Ị",
		'î': "ỵ", 'Î': "Ỵ",
	}
)

// DecodeVNI turns VNI text (already read as windows-1252 characters) into
// Unicode.
func DecodeVNI(s string) string {
	rs := []rune(s)
	var out []rune
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		// a base vowel (or ơ/ư written as one character) and its marks
		base, ok := vniBase(r)
		if !ok {
			if w, ok := vniSingle[r]; ok && (i == 0 || unicode.IsLetter(rs[i-1]) || (i+1 < len(rs) && unicode.IsLetter(rs[i+1]))) {
				out = append(out, []rune(w)...)
				continue
			}
			out = append(out, r)
			continue
		}
		seq := []rune{base}
		j := i + 1
		if j < len(rs) {
			lb := unicode.ToLower(base)
			if t, ok := vniCirc[rs[j]]; ok && (lb == 'a' || lb == 'e' || lb == 'o') {
				seq = append(seq, '\u0302')
				if t != 0 {
					seq = append(seq, t)
				}
				j++
			} else if t, ok := vniBreve[rs[j]]; ok && lb == 'a' {
				seq = append(seq, '\u0306')
				if t != 0 {
					seq = append(seq, t)
				}
				j++
			} else if t, ok := vniTone[rs[j]]; ok {
				seq = append(seq, t)
				j++
			}
		}
		out = append(out, []rune(norm.NFC.String(string(seq)))...)
		i = j - 1
	}
	return string(out)
}

// vniBase maps the characters a VNI letter may start with to its base:
// plain vowels, and ô/ö standing for ơ/ư (which take tones after them).
func vniBase(r rune) (rune, bool) {
	switch r {
	case 'a', 'e', 'o', 'u', 'y', 'A', 'E', 'O', 'U', 'Y':
		return r, true
	case 'ô':
		return 'ơ', true
	case 'Ô':
		return 'Ơ', true
	case 'ö':
		return 'ư', true
	case 'Ö':
		return 'Ư', true
	}
	return 0, false
}

// EncodeVNI writes Unicode text in VNI (as windows-1252 characters).
func EncodeVNI(s string) string {
	toneOf := map[rune][3]rune{ // tone -> (alone, with circumflex, with breve), lower case
		0:        {0, 'â', 'ê'},
		'\u0301': {'ù', 'á', 'é'},
		'\u0300': {'ø', 'à', 'è'},
		'\u0309': {'û', 'å', 'ú'},
		'\u0303': {'õ', 'ã', 'ü'},
		'\u0323': {'ï', 'ä', 'ë'},
	}
	iForms := map[rune]rune{'\u0301': 'í', '\u0300': 'ì', '\u0309': 'æ', '\u0303': 'ó', '\u0323': 'ò'}
	var b strings.Builder
	for _, r := range norm.NFC.String(s) {
		d := []rune(norm.NFD.String(string(r)))
		base := d[0]
		upper := unicode.IsUpper(base)
		up := func(c rune) rune {
			if upper {
				return unicode.ToUpper(c)
			}
			return c
		}
		var mod, tone rune
		for _, m := range d[1:] {
			switch m {
			case '\u0302', '\u0306', '\u031B':
				mod = m
			default:
				tone = m
			}
		}
		lb := unicode.ToLower(base)
		switch {
		case lb == 'đ' || (lb == 'd' && r != base && mod == 0 && tone == 0):
			b.WriteRune(up('ñ'))
		case len(d) == 1 || !strings.ContainsRune("aeiouy", lb):
			b.WriteRune(r)
		case lb == 'i':
			b.WriteRune(up(iForms[tone]))
		case lb == 'y' && tone == '\u0323':
			b.WriteRune(up('î'))
		case mod == '\u031B': // horn: ơ, ư
			if lb == 'o' {
				b.WriteRune(up('ô'))
			} else {
				b.WriteRune(up('ö'))
			}
			if tone != 0 {
				b.WriteRune(up(toneOf[tone][0]))
			}
		case mod == '\u0302':
			b.WriteRune(base)
			b.WriteRune(up(toneOf[tone][1]))
		case mod == '\u0306':
			b.WriteRune(base)
			b.WriteRune(up(toneOf[tone][2]))
		default:
			b.WriteRune(base)
			b.WriteRune(up(toneOf[tone][0]))
		}
	}
	return b.String()
}

// common are frequent Vietnamese syllables of news text (commonwords.txt);
// the share of words that are among them tells a right decoding from a
// wrong one.
var common = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(commonWords, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "#") {
			continue
		}
		for _, w := range strings.Fields(l) {
			m[w] = true
		}
	}
	return m
}()

//go:embed commonwords.txt
var commonWords string

// Score is the share of words of s that are common Vietnamese syllables:
// near 0.3 for Vietnamese news, near 0 for a wrong decoding.
func Score(s string) float64 {
	n, hits := 0, 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) }) {
		n++
		if common[strings.ToLower(norm.NFC.String(w))] {
			hits++
		}
		if n >= 5000 {
			break
		}
	}
	if n == 0 {
		return 0
	}
	return float64(hits) / float64(n)
}
