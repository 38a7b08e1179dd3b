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
	cap        bool   // starts with an upper-case letter
}

// tokens returns the document's word and punctuation tokens, computed
// once and shared by the stages that read them.
func tokens(d *doc.Document) []token {
	return d.Memo("extractors/tokens", func() any { return tokenize(d) }).([]token)
}

// tokenize splits the document into word and punctuation tokens. Token
// text is a substring of the document's text, not a copy. ASCII, most of
// any Vietnamese text, is classified by table.
func tokenize(d *doc.Document) []token {
	t := d.Text
	out := make([]token, 0, len(t)/5)
	space, newline := true, true
	camel := false
	pos := 0 // code-point index of byte i
	next := func(i int) (rune, int, rclass) {
		if c := t[i]; c < utf8.RuneSelf {
			return rune(c), 1, asciiClass[c]
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		return r, n, classOf(r)
	}
	for i := 0; i < len(t); {
		r, n, cl := next(i)
		if cl&cSpace != 0 {
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
		if cl&cWord != 0 {
			upperRun := cl&cUpper != 0
			hasUpper := upperRun
			prevLower := cl&cLower != 0
			split := false
			for i < len(t) && !split {
				r2, n2, cl2 := next(i)
				if cl2&cWord != 0 {
					// "Trung QuốcNgụy Phượng Hòa": a capital right after a
					// lower-case letter starts a new word (a space lost in
					// editing); Vietnamese words never do that
					if cl2&cUpper != 0 && prevLower && i+n2 < len(t) {
						if _, _, cl3 := next(i + n2); cl3&cLower != 0 {
							split = true
							break
						}
					}
					if cl2&cLower != 0 {
						upperRun = false
					}
					if cl2&cUpper != 0 {
						hasUpper = true
					}
					prevLower = cl2&cLower != 0
					i += n2
					pos++
					continue
				}
				// "TP.HCM", "T.Ư", "KH&CN", "KT-XH": joiners between
				// capitals
				if (r2 == '.' || r2 == '&' || r2 == '-') && upperRun && i+n2 < len(t) {
					if _, _, cl3 := next(i + n2); cl3&cUpper != 0 {
						i += n2
						pos++
						continue
					}
				}
				break
			}
			text := t[bs:i]
			if cl&cUpper != 0 && !upperRun && i-bs > 4 {
				if k := gluedSplit(text); k > 0 {
					first := utf8.RuneCountInString(text[:k])
					out = append(out, token{start: start, end: start + first, text: text[:k], lower: strings.ToLower(text[:k]),
						word: true, cap: true, space: space, newline: newline, camel: camel})
					start, text, cl = start+first, text[k:], cLower
					hasUpper, space, newline, camel = false, false, false, true
				}
			}
			lower := text
			if hasUpper {
				lower = strings.ToLower(text)
			}
			out = append(out, token{start: start, end: pos, text: text, lower: lower, word: true, cap: cl&cUpper != 0,
				space: space, newline: newline, camel: camel})
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

// rclass is what the tokenizer needs to know of a code point.
type rclass uint8

const (
	cSpace rclass = 1 << iota
	cWord
	cUpper
	cLower
)

var asciiClass = func() (a [utf8.RuneSelf]rclass) {
	for c := 0; c < utf8.RuneSelf; c++ {
		a[c] = computeClass(rune(c))
	}
	return
}()

// classTable caches the classes of the code points Vietnamese text uses
// (Latin, Latin Extended, combining marks, up to U+1FFF).
var classTable = func() (a [0x2000]rclass) {
	for r := range a {
		a[r] = computeClass(rune(r))
	}
	return
}()

func classOf(r rune) rclass {
	if r >= 0 && r < 0x2000 {
		return classTable[r]
	}
	return computeClass(r)
}

func computeClass(r rune) rclass {
	var c rclass
	if unicode.IsSpace(r) {
		c |= cSpace
	}
	if isWordRune(r) {
		c |= cWord
	}
	if unicode.IsUpper(r) {
		c |= cUpper
	} else if unicode.IsLower(r) {
		c |= cLower
	}
	return c
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// capitalized reports whether a word token starts with an upper-case letter.
func (t token) capitalized() bool { return t.word && t.cap }

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
