package extractors

import (
	"unicode"

	"github.com/vnextract/vnextract/pipeline/doc"
)

// token is a word or a punctuation mark of a document, in code points.
type token struct {
	start, end int
	text       string
	word       bool // letters or digits (with inner "." "&" "-": "TP.HCM", "KH&CN", "KT-XH")
	space      bool // white space stands before it
	newline    bool // a line break stands before it
}

// tokens returns the document's word and punctuation tokens, computed
// once and shared by the stages that read them.
func tokens(d *doc.Document) []token {
	return d.Memo("extractors/tokens", func() any { return tokenize(d) }).([]token)
}

// tokenize splits the document into word and punctuation tokens.
func tokenize(d *doc.Document) []token {
	rs := d.Runes
	var out []token
	space, newline := true, true
	for i := 0; i < len(rs); {
		r := rs[i]
		if unicode.IsSpace(r) {
			space = true
			if r == '\n' {
				newline = true
			}
			i++
			continue
		}
		j := i
		if isWordRune(r) {
			j++
			for j < len(rs) {
				if isWordRune(rs[j]) {
					j++
					continue
				}
				// "TP.HCM", "T.Ư", "KH&CN", "KT-XH": joiners between letters
				if (rs[j] == '.' || rs[j] == '&' || rs[j] == '-') && j+1 < len(rs) && unicode.IsUpper(rs[j+1]) && allUpper(rs[i:j]) {
					j++
					continue
				}
				break
			}
			out = append(out, token{start: i, end: j, text: string(rs[i:j]), word: true, space: space, newline: newline})
		} else {
			j++
			out = append(out, token{start: i, end: j, text: string(rs[i:j]), space: space, newline: newline})
		}
		space, newline = false, false
		i = j
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// capitalized reports whether a word token starts with an upper-case letter.
func (t token) capitalized() bool {
	if !t.word {
		return false
	}
	for _, r := range t.text {
		return unicode.IsUpper(r)
	}
	return false
}

// acronym reports an all-capitals word of two or more letters ("UBND", "TP.HCM").
func (t token) acronym() bool {
	if !t.word {
		return false
	}
	n := 0
	for _, r := range t.text {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// nameSyllable reports a capitalized syllable that may be part of a
// personal name: upper then lower case letters only ("Thưởng", not "UBND").
func (t token) nameSyllable() bool {
	if !t.word {
		return false
	}
	first := true
	for _, r := range t.text {
		if !unicode.IsLetter(r) {
			return false
		}
		if first {
			if !unicode.IsUpper(r) {
				return false
			}
			first = false
		} else if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// allUpper reports a run with no lower-case letter ("TP", "KH", "T").
func allUpper(rs []rune) bool {
	for _, r := range rs {
		if unicode.IsLower(r) {
			return false
		}
	}
	return len(rs) > 0
}
