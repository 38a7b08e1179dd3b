package text

import (
	_ "embed"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline/doc"
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

// abbrevFirst marks the bytes an abbreviation begins with, and abbrevMax
// is the longest one: most words before a dot ("dân.", "2021.") are ruled
// out by them without hashing the word.
var abbrevFirst, abbrevMax = func() (first [256]bool, longest int) {
	for a := range abbreviations {
		first[a[0]] = true
		longest = max(longest, len(a))
	}
	return first, longest
}()

// isAbbrevWord reports whether w is in abbreviations.
func isAbbrevWord(w string) bool {
	return w != "" && abbrevFirst[w[0]] && len(w) <= abbrevMax && abbreviations[w]
}

//go:embed abbreviations.txt
var abbreviationList string

// Sentences splits runes into sentence spans (code-point offsets, trimmed of
// white space, empty ones dropped): SentencesIn on the same text.
func Sentences(rs []rune) [][2]int { return SentencesIn(string(rs)) }

// SentencesIn splits s, valid UTF-8 (as normalized text is), into sentence
// spans in code-point offsets (trimmed of white space, empty ones
// dropped): the spans Sentences gives for []rune(s). A line break always
// ends a sentence: headlines, datelines and captions stand on lines of
// their own and rarely end with a full stop. The text is read by byte: no
// rune buffer is made, and code points are counted, eight bytes at a time,
// only where a sentence starts or ends.
func SentencesIn(s string) [][2]int { return AppendSentencesIn(nil, s) }

// AppendSentencesIn appends the spans SentencesIn gives for s to out: a
// caller that keeps out from one text to the next grows it once, not once
// a document.
func AppendSentencesIn(out [][2]int, s string) [][2]int {
	return appendSentences(out, s, &runeCursor{s: s})
}

// AppendDocSentences appends the spans SentencesIn gives for d.Text to
// out, counting code points with the document's RuneCursor: on valid text
// the count builds the code-point index the stages' mentions need, in
// place of a count of its own and, later, a pass of the index's own. It
// is called before any stage runs.
func AppendDocSentences(out [][2]int, d *doc.Document) [][2]int {
	cur := d.Cursor()
	out = appendSentences(out, d.Text, cur)
	cur.Done()
	return out
}

// appendSentences is AppendSentencesIn with code points counted by pos,
// asked about byte offsets that never decrease.
func appendSentences(out [][2]int, s string, pos interface{ At(b int) int }) [][2]int {
	emit := func(b, e int) {
		for b < e {
			if c := s[b]; c < utf8.RuneSelf { // ASCII, without a decoding
				if !asciiSpace(c) {
					break
				}
				b++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[b:])
			if !unicode.IsSpace(r) {
				break
			}
			b += n
		}
		for e > b {
			if c := s[e-1]; c < utf8.RuneSelf {
				if !asciiSpace(c) {
					break
				}
				e--
				continue
			}
			r, n := utf8.DecodeLastRuneInString(s[b:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= n
		}
		if b < e {
			out = append(out, [2]int{pos.At(b), pos.At(e)})
		}
	}
	start := 0
	// letters, most marks and every byte of a code point but '…' are
	// passed by nextStop
	for i := nextStop(s, 0); i < len(s); i = nextStop(s, i+1) {
		c := s[i]
		if c == '\n' {
			emit(start, i)
			start = i + 1
			continue
		}
		size := 1
		if c == ellipsis[0] {
			if !strings.HasPrefix(s[i:], ellipsis) {
				continue
			}
			size = len(ellipsis)
		}
		// a run of terminators and closing quotes or brackets
		j := i + size
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if r != '.' && r != '!' && r != '?' && r != '…' && !isCloser(r) {
				break
			}
			j += n
		}
		// the terminators after s[i] in the run share its j, so a run that
		// does not end a sentence is passed whole: one look at each run
		if !endsSentence(s, i, j) {
			i = j - 1
			continue
		}
		emit(start, j)
		start = j
		i = j - 1
	}
	emit(start, len(s))
	return out
}

// endsSentence reports whether the run of terminators and closers s[i:j]
// ends a sentence: what follows it is a line break, or spaces and a rune
// that opens a sentence, and a lone dot does not close an abbreviation.
func endsSentence(s string, i, j int) bool {
	if j < len(s) && s[j] != ' ' && s[j] != '\n' {
		// "2.172", "TP.HCM", "82,6%."...
		return false
	}
	k := j
	for k < len(s) && s[k] == ' ' {
		k++
	}
	if k < len(s) && s[k] != '\n' {
		if r, _ := utf8.DecodeRuneInString(s[k:]); !startsSentence(r) {
			return false
		}
	}
	return !(s[i] == '.' && j == i+1 && isAbbreviation(s, i))
}

// ellipsis is the one code point past ASCII that can end a sentence.
const ellipsis = "…"

// stops marks the bytes the sentence loop must look at: line breaks,
// terminators and the first byte of '…'.
// 0xE2 opens "…"
var stops = [256]bool{'\n': true, '.': true, '!': true, '?': true, 0xE2: true}

// lastRune is utf8.DecodeLastRuneInString, with a valid two- or
// three-byte code point at the end (every Vietnamese letter) decoded in
// place.
func lastRune(s string) (rune, int) {
	if n := len(s); n >= 2 && s[n-1]&0xC0 == 0x80 {
		c1 := s[n-1]
		if c0 := s[n-2]; 0xC2 <= c0 && c0 < 0xE0 {
			return rune(c0&0x1F)<<6 | rune(c1&0x3F), 2
		}
		if n >= 3 {
			if c0 := s[n-3]; 0xE0 <= c0 && c0 < 0xF0 && ValidThree(c0, s[n-2], c1) {
				return rune(c0&0x0F)<<12 | rune(s[n-2]&0x3F)<<6 | rune(c1&0x3F), 3
			}
		}
	}
	return utf8.DecodeLastRuneInString(s)
}

// isLetter is unicode.IsLetter, answering for the Vietnamese letters of
// Latin Extended Additional (U+1EA0-U+1EF9) without its table search.
func isLetter(r rune) bool {
	return 0x1EA0 <= r && r <= 0x1EF9 || unicode.IsLetter(r)
}

// asciiSpace is unicode.IsSpace for an ASCII byte.
func asciiSpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// nextStop returns the index of the first byte of s from i on that stops
// marks, or len(s). It reads eight bytes at a time: a sentence holds a
// hundred bytes or so between two of them. In a function of its own, so
// that the sentence loop's variables do not crowd its registers.
func nextStop(s string, i int) int {
	t := s[i:]         // sliced as it is read: no bounds check on each word
	for len(t) >= 16 { // two words a round: half the loop's own work
		if m := stopMask(load64(t, 0)); m != 0 {
			return len(s) - len(t) + bits.TrailingZeros64(m)>>3
		}
		if m := stopMask(load64(t, 8)); m != 0 {
			return len(s) - len(t) + 8 + bits.TrailingZeros64(m)>>3
		}
		t = t[16:]
	}
	if len(t) >= 8 {
		if m := stopMask(load64(t, 0)); m != 0 {
			return len(s) - len(t) + bits.TrailingZeros64(m)>>3
		}
		t = t[8:]
	}
	for i = len(s) - len(t); i < len(s) && !stops[s[i]]; i++ {
	}
	return i
}

// stopMask sets the high bit of the first byte of w (the lowest) that
// stops marks, and of no byte below it; bytes above it may be marked too.
// (x-ones)&^x&highs marks each zero byte of x, and no byte below the first
// one: the lowest bit set is exact (above it, a borrow may mark a byte
// that is not zero).
func stopMask(w uint64) uint64 {
	a, b, c, d, e := w^'\n'*ones, w^'.'*ones, w^'!'*ones, w^'?'*ones, w^0xE2*ones
	return ((a-ones)&^a | (b-ones)&^b | (c-ones)&^c | (d-ones)&^d | (e-ones)&^e) & highs
}

// runeCursor turns byte offsets into s, asked in increasing order, into
// code-point offsets, counting only the bytes between two questions.
type runeCursor struct {
	s    string
	b, r int
}

func (c *runeCursor) At(b int) int {
	c.r += doc.CountRunes(c.s[c.b:b])
	c.b = b
	return c.r
}

func isCloser(r rune) bool {
	return r == '"' || r == '”' || r == '’' || r == ')' || r == ']' || r == '»' || r == '\''
}

func startsSentence(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '“' || r == '"' || r == '(' || r == '-' || r == '–' || r == '‘' || r == '«' || r == '[' || r == '*' || r == '•'
}

// isAbbreviation reports whether the dot at s[i] closes an abbreviation or
// an initial ("T.L", "N.V.A").
func isAbbreviation(s string, i int) bool {
	j := i
	for j > 0 {
		if c := s[j-1]; c < utf8.RuneSelf {
			// ASCII letters and dots, without a decoding
			if c != '.' && (c|0x20 < 'a' || c|0x20 > 'z') {
				break
			}
			j--
			continue
		}
		r, n := lastRune(s[:j])
		if !isLetter(r) && r != '.' {
			break
		}
		j -= n
	}
	word := s[j:i]
	if word == "" {
		return false
	}
	if isAbbrevWord(word) {
		return true
	}
	// a single capital letter is an initial
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsUpper(r) {
		return true
	}
	// dotted chains of abbreviations: "PGS.TS", "Th.S"
	if k := strings.LastIndexByte(word, '.'); k >= 0 {
		last := word[k+1:]
		if isAbbrevWord(last) {
			return true
		}
		r, _ := utf8.DecodeRuneInString(last)
		return last != "" && utf8.RuneCountInString(last) <= 2 && unicode.IsUpper(r)
	}
	return false
}
