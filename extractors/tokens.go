package extractors

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline/doc"
)

// token is a word or a punctuation mark of a document, in code points.
type token struct {
	start, end int
	text       string
	lower      string // text in lower case, for word-list lookups
	word       bool   // letters or digits (with inner "." "&" "-": "TP.HCM", "KH&CN", "KT-XH")
	space      bool   // white space stands before it
	newline    bool   // a line break stands before it
	camel      bool   // split from the word before at a lost space ("QuốcNgụy")
}

// tokens returns the document's word and punctuation tokens, computed
// once and shared by the stages that read them.
func tokens(d *doc.Document) []token {
	return d.Memo("extractors/tokens", func() any { return tokenize(d) }).([]token)
}

// tokenize splits the document into word and punctuation tokens. Token
// text is a substring of the document's text, not a copy.
func tokenize(d *doc.Document) []token {
	t := d.Text
	out := make([]token, 0, len(t)/5)
	space, newline := true, true
	camel := false
	pos := 0 // code-point index of byte i
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		if unicode.IsSpace(r) {
			space = true
			if r == '\n' {
				newline = true
			}
			i += n
			pos++
			continue
		}
		bs, start := i, pos
		i += n
		pos++
		if isWordRune(r) {
			upperRun := unicode.IsUpper(r)
			prev := r
			split := false
			for i < len(t) && !split {
				r2, n2 := utf8.DecodeRuneInString(t[i:])
				if isWordRune(r2) {
					// "Trung QuốcNgụy Phượng Hòa": a capital right after a
					// lower-case letter starts a new word (a space lost in
					// editing); Vietnamese words never do that
					if unicode.IsUpper(r2) && unicode.IsLower(prev) && i+n2 < len(t) {
						if r3, _ := utf8.DecodeRuneInString(t[i+n2:]); unicode.IsLower(r3) {
							split = true
							break
						}
					}
					if unicode.IsLower(r2) {
						upperRun = false
					}
					prev = r2
					i += n2
					pos++
					continue
				}
				// "TP.HCM", "T.Ư", "KH&CN", "KT-XH": joiners between
				// capitals
				if (r2 == '.' || r2 == '&' || r2 == '-') && upperRun && i+n2 < len(t) {
					r3, _ := utf8.DecodeRuneInString(t[i+n2:])
					if unicode.IsUpper(r3) {
						i += n2
						pos++
						continue
					}
				}
				break
			}
			text := t[bs:i]
			out = append(out, token{start: start, end: pos, text: text, lower: lowerWord(text), word: true, space: space, newline: newline, camel: camel})
			camel = split
			if split {
				space, newline = false, false
				continue
			}
		} else {
			text := t[bs:i]
			out = append(out, token{start: start, end: pos, text: text, lower: text, space: space, newline: newline})
		}
		space, newline, camel = false, false, false
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

// lowerWord lower-cases a word, returning the word itself (no copy) when it
// has no upper-case letter, the common case.
func lowerWord(w string) string {
	for _, r := range w {
		if unicode.IsUpper(r) {
			return strings.ToLower(w)
		}
	}
	return w
}
