package text

import (
	"unicode"
	"unicode/utf8"
)

// sentencesRunes is the splitter as it was written over []rune, kept to
// hold SentencesIn, which reads the string by byte, to the same spans.
func sentencesRunes(rs []rune) [][2]int {
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
			continue
		}
		if r == '\n' {
			emit(start, i)
			start = i + 1
			continue
		}
		if r != '.' && r != '!' && r != '?' && r != '…' {
			continue
		}
		j := i + 1
		for j < len(rs) && (rs[j] == '.' || rs[j] == '!' || rs[j] == '?' || rs[j] == '…' || isCloser(rs[j])) {
			j++
		}
		if j < len(rs) && rs[j] != ' ' && rs[j] != '\n' {
			continue
		}
		k := j
		for k < len(rs) && rs[k] == ' ' {
			k++
		}
		if k < len(rs) && rs[k] != '\n' && !startsSentence(rs[k]) {
			continue
		}
		if r == '.' && j == i+1 && isAbbreviationRunes(rs, i) {
			continue
		}
		emit(start, j)
		start = j
		i = j - 1
	}
	emit(start, len(rs))
	return out
}

func isAbbreviationRunes(rs []rune, i int) bool {
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
	if len(word) == 1 && unicode.IsUpper(word[0]) {
		return true
	}
	for k := len(word) - 1; k >= 0; k-- {
		if word[k] == '.' {
			last := word[k+1:]
			return isAbbreviationWord(last) || (len(last) >= 1 && len(last) <= 2 && unicode.IsUpper(last[0]))
		}
	}
	return false
}

func isAbbreviationWord(word []rune) bool {
	var buf [32]byte
	b := buf[:0]
	for _, r := range word {
		if len(b)+utf8.UTFMax > len(buf) {
			return false
		}
		b = utf8.AppendRune(b, r)
	}
	return abbreviations[string(b)]
}
