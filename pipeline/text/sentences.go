package text

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a dot that does not end a sentence ("TP. Hồ Chí
// Minh", "ThS. Nguyễn", "PGS.TS. Lê"). Compared case-sensitively on the
// letters just before the dot. The list is data (abbreviations.txt): this
// package sits below the language layer, so it keeps its own small file.
var abbreviations = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(abbreviationList, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m
}()

//go:embed abbreviations.txt
var abbreviationList string

// Sentences splits runes into sentence spans (code-point offsets, trimmed of
// white space, empty ones dropped). A line break always ends a sentence:
// headlines, datelines and captions stand on lines of their own and rarely
// end with a full stop.
func Sentences(rs []rune) [][2]int {
	var out [][2]int
	emit := func(s, e int) {
		for s < e && unicode.IsSpace(rs[s]) {
			s++
		}
		for e > s && unicode.IsSpace(rs[e-1]) {
			e--
		}
		if s < e {
			out = append(out, [2]int{s, e})
		}
	}
	start := 0
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r > '?' && r != '…' {
			continue // letters and most marks: nothing below can hold
		}
		if r == '\n' {
			emit(start, i)
			start = i + 1
			continue
		}
		if r != '.' && r != '!' && r != '?' && r != '…' {
			continue
		}
		// a run of terminators and closing quotes or brackets
		j := i + 1
		for j < len(rs) && (rs[j] == '.' || rs[j] == '!' || rs[j] == '?' || rs[j] == '…' || isCloser(rs[j])) {
			j++
		}
		if j < len(rs) && rs[j] != ' ' && rs[j] != '\n' {
			continue // "2.172", "TP.HCM", "82,6%."...
		}
		k := j
		for k < len(rs) && rs[k] == ' ' {
			k++
		}
		if k < len(rs) && rs[k] != '\n' && !startsSentence(rs[k]) {
			continue
		}
		if r == '.' && j == i+1 && isAbbreviation(rs, i) {
			continue
		}
		emit(start, j)
		start = j
		i = j - 1
	}
	emit(start, len(rs))
	return out
}

func isCloser(r rune) bool {
	return r == '"' || r == '”' || r == '’' || r == ')' || r == ']' || r == '»' || r == '\''
}

func startsSentence(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '“' || r == '"' || r == '(' || r == '-' || r == '–' || r == '‘' || r == '«' || r == '[' || r == '*' || r == '•'
}

// isAbbreviation reports whether the dot at rs[i] closes an abbreviation or
// an initial ("T.L", "N.V.A").
func isAbbreviation(rs []rune, i int) bool {
	j := i
	for j > 0 && (unicode.IsLetter(rs[j-1]) || rs[j-1] == '.') {
		j--
	}
	word := rs[j:i]
	if len(word) == 0 {
		return false
	}
	if isAbbreviationWord(word) {
		return true
	}
	// a single capital letter is an initial
	if len(word) == 1 && unicode.IsUpper(word[0]) {
		return true
	}
	// dotted chains of abbreviations: "PGS.TS", "Th.S"
	for k := len(word) - 1; k >= 0; k-- {
		if word[k] == '.' {
			last := word[k+1:]
			return isAbbreviationWord(last) || (len(last) >= 1 && len(last) <= 2 && unicode.IsUpper(last[0]))
		}
	}
	return false
}

// isAbbreviationWord looks the runes up in abbreviations without making a
// string of them: the word is encoded into a buffer on the stack, and a map
// index by string(bytes) does not allocate.
func isAbbreviationWord(word []rune) bool {
	var buf [32]byte
	b := buf[:0]
	for _, r := range word {
		if len(b)+utf8.UTFMax > len(buf) {
			return false // longer than any abbreviation
		}
		b = utf8.AppendRune(b, r)
	}
	return abbreviations[string(b)]
}
