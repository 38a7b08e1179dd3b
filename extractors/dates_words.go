package extractors

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/vnextract/vnextract/lang/vi"
	"github.com/vnextract/vnextract/lang/vi/lunar"
	"github.com/vnextract/vnextract/pipeline/doc"
)

// Dates written with words rather than digits alone, and the forms that
// only the words around a date decide: a month in words ("mồng 3 tháng
// ba", "tháng Chạp"), the lunar calendar ("rằm tháng Giêng", "mùng 1 Tết",
// "15/7 âm lịch", "Tết Đinh Dậu", "xuân Canh Tý"), days named from the day
// of writing ("hôm qua", "sáng nay"), ranges ("6-10/2", "30/4-1/5"), a bare
// "7/3" that its neighbours make a day ("vào 7/3", "7/3 tới", "(7/3)"), and
// the clock time before a date ("14 giờ 30 phút ngày 5/3").
//
// The vocabulary is lang/vi/lexicon/dates.txt; the patterns are built from it once.

// dateWords holds the rules and vocabulary of the forms above.
type dateWords struct {
	// "giêng" -> 1
	months     map[string]int
	lunarMonth map[string]bool // names only the lunar calendar uses
	// "ba" -> 3 after "mồng"
	days map[string]int
	// "rằm" -> 15
	dayWords map[string]int
	// "hôm qua" -> -1
	relative  map[string]int
	partOfDay map[string]string
	dmCue     map[string]bool // words before a bare day and month
	dmAfter   []string        // words after one
	// cues that take "7/3", not "7-3" ("dẫn trước 4-2" is a score)
	dmCueSlash map[string]bool
	countAfter map[string]bool // words after "4-5" that make it a count
	// "tuần tới" -> "next": the week a weekday is in
	weekAfter map[string]string
	// words a weekday may follow ("vào", "sáng")
	weekBefore    map[string]bool
	notDateBefore map[string]bool // words before "3/9/91" that make it an address or a number
	// words before "2/3" that make it a share: "đạt", "chiếm"
	countBefore map[string]bool
	notDate     map[string]bool // day-shaped pairs that are phrases: "24/7"
	// words after a fraction: "2/3 số hộ"
	fractionOf []string

	// wordDate: ngày 12 tháng mười hai năm 2023, mồng 3 tháng ba, rằm tháng Giêng
	wordDate *regexp.Regexp
	// tetDay: mùng 1 Tết, 30 Tết
	tetDay *regexp.Regexp
	// tetYear: Tết Nguyên đán Đinh Dậu, Tết Canh Tý 2020, Tết Nguyên đán 2017
	tetYear *regexp.Regexp
	// cycleYear: xuân Canh Tý 2020, năm Đinh Dậu
	cycleYear *regexp.Regexp
	// relative: hôm nay, chiều qua, ngày mai
	relative_ *regexp.Regexp
	// relEnds: the last two words of the relative phrases, the last word
	// first ("nay" after "hôm", "sáng" ...), for relativeMayMatch
	relEnds []relEnd
	// dayLast, monthFirst: the last words of the days and the first words
	// of the months written in words, for wordDateMayMatch; leapOrCycle:
	// "nhuận" and the last words of the years' names
	dayLast, monthFirst, leapOrCycle []string
	// lunarMark: "âm lịch", "(ÂL)" right after a date
	lunarMark *regexp.Regexp
	// lunarFirst: the bytes a lunar mark, or its bracket, begins with
	// (nil: not known); after white space, any other byte is no mark
	lunarFirst *[256]bool
	// clock: the time of day written before a date's cue
	clock *regexp.Regexp
	// clockAt0, clockAfter: clock anchored at the text's start, and
	// anchored with one character before the time (see clockMatch);
	// clockFirst: the bytes a time can begin with (nil: not known)
	clockAt0, clockAfter *regexp.Regexp
	clockFirst           *[256]bool
	// clockEnds: the words of hours and minutes and ":", one of which, or
	// a digit, ends every match of clock (nil: not known)
	clockEnds []string
	// rangeDM: 6-10/2, 30/4-1/5, 9/7/1912-9/7/2017, ngày 9 và 10-2
	rangeDM *regexp.Regexp
	// the words each form holds one of, as written in any case, and how far
	// its matches reach before and after them
	monthAnchor, tetAnchor, cycleAnchor, relAnchor, weekAnchor anchor
	// month, year: the words "tháng" and "năm" (dates.txt, role)
	month, year string
	// anchorWords: the anchors' words by first byte, for anchoredWindows
	anchorWords *anchorIndex
	// weekday: "thứ Năm tuần tới", "Chủ nhật vừa qua": a day of a week
	// named from the day of writing
	weekday *regexp.Regexp
	// relative_ and weekday tried only where their words begin
	relativeAt, weekdayAt *litPattern
	// at: the other patterns run over windows, each tried only where a
	// match can start
	at map[*regexp.Regexp]*litPattern
}

// anchor is a set of words a pattern's every match holds, and the bytes
// the match may reach to the left and right of them.
type anchor struct {
	words       []string
	left, right int
}

// wordWindows are the places each word rule can match.
type wordWindows struct {
	month, tet, cycle, rel, week [][2]int
}

func newDateWords() *dateWords {
	w := &dateWords{
		months: map[string]int{}, lunarMonth: map[string]bool{}, days: map[string]int{}, dayWords: map[string]int{},
		relative: map[string]int{}, partOfDay: map[string]string{}, dmCue: map[string]bool{}, dmCueSlash: map[string]bool{}, weekAfter: map[string]string{}, weekBefore: map[string]bool{}, countAfter: map[string]bool{}, notDateBefore: map[string]bool{}, countBefore: map[string]bool{}, notDate: map[string]bool{},
	}
	w.month, w.year = roles.one("month"), roles.one("year")
	lists := map[string][]string{}
	for _, l := range vi.Lines("dates.txt") {
		f := strings.Split(l, "\t")
		if len(f) < 2 {
			continue
		}
		kind, word := f[0], f[1]
		val := ""
		if len(f) > 2 {
			val = f[2]
		}
		n, _ := strconv.Atoi(val)
		switch kind {
		case "month":
			w.months[word] = n
			if len(f) > 3 && f[3] == "lunar" {
				w.lunarMonth[word] = true
			}
		case "day":
			w.days[word] = n
		case "dayword":
			w.dayWords[word] = n
		case "relative":
			w.relative[word] = n
		case "partofday":
			w.partOfDay[word] = val
		case "dmcue":
			w.dmCue[word] = true
			if val == "slash" {
				w.dmCueSlash[word] = true
			}
		case "weekafter":
			w.weekAfter[word] = val
		case "weekbefore":
			w.weekBefore[word] = true
		case "countafter":
			w.countAfter[word] = true
		case "notdatebefore":
			w.notDateBefore[word] = true
		case "notdate":
			w.notDate[word] = true
		case "countbefore":
			w.countBefore[word] = true
		case "dmafter":
			w.dmAfter = append(w.dmAfter, word)
		case "fractionof":
			w.fractionOf = append(w.fractionOf, word)

		}
		lists[kind] = append(lists[kind], word)
	}
	keys := func(m map[string]int) []string {
		var out []string
		for k := range m {
			out = append(out, k)
		}
		return out
	}
	var cycle []string
	for _, s := range lunar.Stems {
		for _, b := range lunar.Branches {
			cycle = append(cycle, strings.ToLower(s+" "+b))
		}
	}
	w.leapOrCycle = append(w.leapOrCycle, roles["leap"]...)
	for _, b := range lunar.Branches {
		w.leapOrCycle = append(w.leapOrCycle, strings.ToLower(b))
	}
	dayAlt := alternation(append(keys(w.days), keys(w.dayWords)...))
	monthAlt := alternation(keys(w.months))
	cycleAlt := alternation(cycle)
	tetAlt := alternation(lists["tet"])
	podAlt := alternation(lists["partofday"])
	w.wordDate = regexp.MustCompile(`(?:(?P<pod>` + podAlt + `)\s+)?(?:(?P<cue>` + alternation(lists["daycue"]) + `)\s+)?(?P<d>\d{1,2}|` + dayAlt + roles.expand(`)\s+{month}\s+(?P<m>\d{1,2}|`) + monthAlt + roles.expand(`)(?P<leap>\s+{leap})?(?:\s*,?\s*{year}\s+(?:`) + `(?P<y>\d{4})|(?P<cc>` + cycleAlt + `)(?:\s+(?P<y2>\d{4}))?))?`)
	w.tetDay = regexp.MustCompile(`(?:(?P<pod>` + podAlt + `)\s+)?(?:(?P<cue>` + alternation(lists["daycue"]) + `)\s+)?(?P<d>\d{1,2}|` + dayAlt + `)\s+(?:` + tetAlt + `)`)
	w.tetYear = regexp.MustCompile(`(?:` + tetAlt + roles.expand(`)\s+(?:{tetyear}\s+)?(?:`) + `(?P<cc>` + cycleAlt + `)(?:\s*\(?\s*(?P<y>\d{4})\)?)?|(?P<y2>\d{4}))`)
	w.cycleYear = regexp.MustCompile(`(?:` + alternation(lists["yearcue"]) + `)\s+(?P<cc>` + cycleAlt + `)(?:\s*\(?\s*(?P<y>\d{4})\)?)?`)
	// "tối hôm qua", "3 giờ chiều ngày mai": a part of the day before a
	// phrase that does not name one
	w.relEnds = relativeEnds(keys(w.relative))
	for _, d := range append(keys(w.days), keys(w.dayWords)...) {
		if f := strings.Fields(d); len(f) > 0 && !slices.Contains(w.dayLast, f[len(f)-1]) {
			w.dayLast = append(w.dayLast, f[len(f)-1])
		}
	}
	for _, m := range keys(w.months) {
		if f := strings.Fields(m); len(f) > 0 && !slices.Contains(w.monthFirst, f[0]) {
			w.monthFirst = append(w.monthFirst, f[0])
		}
	}
	w.relative_ = regexp.MustCompile(`(?:(?P<pod>` + podAlt + `)\s+)?(?P<rel>` + alternation(keys(w.relative)) + `)`)
	marks := alternation(lists["lunarmark"])
	w.lunarMark = regexp.MustCompile(`^\s*(?:\(\s*(?:` + marks + `)\s*\)|(?:` + marks + `))`)
	// on one line: a time on the line before is the page's, not the day's
	clockLead := `[^\p{L}\p{N}.,/:]`
	clockBody := `(?P<span>` + roles.expand(`(?:(?:{at}[ \t]+)?{clockat}[ \t]+)?`) + `(?P<h>\d{1,2})[ \t]*(?:` + alternation(lists["hour"]) + `|:)[ \t]*(?:(?P<min>\d{1,2})[ \t]*(?:` + alternation(lists["minute"]) + `)?)?)[ \t]*,?[ \t]*$`
	w.clock = regexp.MustCompile(`(?:^|` + clockLead + `)` + clockBody)
	w.clockAt0 = regexp.MustCompile(`^(?:` + w.clock.String() + `)`)
	w.clockAfter = regexp.MustCompile(`^` + clockLead + clockBody)
	w.clockFirst = firstBytes(append(append([]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}, roles["at"]...), roles["clockat"]...))
	w.lunarFirst = firstBytes(append([]string{"("}, lists["lunarmark"]...))
	w.clockEnds = append(append([]string{":"}, lists["hour"]...), lists["minute"]...)
	if slices.ContainsFunc(w.clockEnds, func(x string) bool { return x == "" || strings.ContainsAny(x, " \t\n\r\f") }) {
		w.clockEnds = nil
	}
	w.rangeDM = regexp.MustCompile(`(?P<d1>\d{1,2})(?:\s?[/.]\s?(?P<m1>\d{1,2})(?:\s?[/.]\s?(?P<y1>\d{4}))?)?\s*(?P<sep>-|–|` + alternation(roles["and"]) + roles.expand(`)\s*(?:{day}\s+)?`) + `(?P<d2>\d{1,2})\s?(?P<s2>[/.-])\s?(?P<m2>\d{1,2})(?:\s?[/.-]\s?(?P<y2>\d{4}))?`)
	cases := func(ws ...string) []string {
		var out []string
		for _, x := range ws {
			out = append(out, x, capitalFirst(x), strings.ToUpper(x))
		}
		return out
	}
	w.monthAnchor = anchor{cases(roles["month"]...), 40, 64}
	w.tetAnchor = anchor{cases(firstWords(lists["tet"])...), 40, 64}
	w.cycleAnchor = anchor{lunar.Branches[:], 48, 16} // names of years are capitalized
	// the words every relative phrase ends with ("nay", "qua" ...)
	var relLast []string
	for _, e := range w.relEnds {
		relLast = append(relLast, e.last)
	}
	w.relAnchor = anchor{cases(relLast...), 40, 2}
	w.weekAnchor = anchor{cases(append(roles["weekdayof"], roles["sunday"]...)...), 2, 40}
	w.anchorWords = indexAnchors(w.monthAnchor, w.tetAnchor, w.cycleAnchor, w.relAnchor, w.weekAnchor)
	w.weekday = regexp.MustCompile(`(?P<wd>` + dateWeekday + roles.expand(`)\s+(?:{of}\s+)?(?P<mod>`) + alternation(lists["weekafter"]) + `)`)
	w.relativeAt, w.weekdayAt = newLitPattern(w.relative_), newLitPattern(w.weekday)
	w.at = map[*regexp.Regexp]*litPattern{}
	for _, re := range []*regexp.Regexp{w.wordDate, w.tetDay, w.tetYear, w.cycleYear, w.rangeDM} {
		w.at[re] = newLitPattern(re)
	}
	w.at[w.rangeDM].may = rangeMayStart
	w.setScanners(lists)
	return w
}

// firstWords returns the first words of phrases, each once.
func firstWords(phrases []string) []string {
	var out []string
	for _, p := range phrases {
		if f := strings.Fields(p); len(f) > 0 && !slices.Contains(out, f[0]) {
			out = append(out, f[0])
		}
	}
	return out
}

// alternation joins words into a pattern alternation, longest first (Go's
// regexp prefers the earlier alternative), spaces matching any white space.
func alternation(words []string) string {
	ws := alternationOrder(words)
	for i, x := range ws {
		ws[i] = strings.ReplaceAll(regexp.QuoteMeta(x), " ", `\s+`)
	}
	return strings.Join(ws, "|")
}

// alternationOrder returns words in the order alternation writes them.
func alternationOrder(words []string) []string {
	ws := append([]string(nil), words...)
	sort.Slice(ws, func(i, j int) bool {
		if len(ws[i]) != len(ws[j]) {
			return len(ws[i]) > len(ws[j])
		}
		return ws[i] < ws[j]
	})
	return ws
}

func capitalFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// scan returns, for each word rule, the byte ranges of t around the whole
// words that rule's matches hold, and the runs of digits of t, in one pass;
// runs is a buffer the runs are appended to.
// bufs, if not nil, holds buffers the windows are appended to, and takes
// them back, grown, for the next document.
func (w *dateWords) scan(t string, runs [][2]int, bufs *[maxAnchors][][2]int) (wordWindows, [][2]int) {
	out, runs := anchoredWindows(t, w.anchorWords, []anchor{w.monthAnchor, w.tetAnchor, w.cycleAnchor, w.relAnchor, w.weekAnchor}, runs, bufs)
	if bufs != nil {
		for k := range out {
			bufs[k] = out[k][:0]
		}
	}
	return wordWindows{month: out[0], tet: out[1], cycle: out[2], rel: out[3], week: out[4]}, runs
}

// anchorWord is one word of an anchor and the anchor's index.
type anchorWord struct {
	word   string
	anchor int
	// head, mask: the word's first four bytes (fewer: the rest of mask
	// zero) as a little-endian load of the text reads them
	head, mask uint32
}

func newAnchorWord(w string, anchor int) anchorWord {
	x := anchorWord{word: w, anchor: anchor}
	var head, mask [4]byte
	for i := 0; i < 4 && i < len(w); i++ {
		head[i], mask[i] = w[i], 0xff
	}
	// read as the text is read, in the machine's byte order
	x.head, x.mask = *(*uint32)(unsafe.Pointer(&head)), *(*uint32)(unsafe.Pointer(&mask))
	return x
}

// pairKey is the index of the pair of bytes c, c2 in anchorIndex.pairs:
// what a 16-bit load of the two reads, in the machine's byte order.
func pairKey(c, c2 byte) uint16 {
	b := [2]byte{c, c2}
	return *(*uint16)(unsafe.Pointer(&b))
}

// anchorIndex sorts the bytes of a text for anchoredWindows: most start no
// anchor word and are no digit.
type anchorIndex struct {
	class [256]uint8 // 0: neither; digitClass: a digit; else 1 + index into second
	// second maps the byte after a first byte to 1 + the index into words
	// of the words that start with both (0: none)
	second []*[256]uint8
	// pairs is second in one lookup: the first two bytes, as a 16-bit
	// load reads them (pairKey), to 1 + the index into words (0: none),
	// or to digitClass after a digit
	pairs *[1 << 16]uint8
	words [][]anchorWord
	// keys is what skipAnchors stops at: the pairs of bytes at the
	// words' keys (keyOffset), as a 16-bit load reads them, to k, the
	// words keyWords[keyStart[k-1]:keyStart[k]] (0: none), or to
	// digitClass after a digit
	keys     *[1 << 16]uint8
	keyWords []keyedWord
	keyStart [256]int
}

const digitClass = 255

// indexAnchors lists the anchors' words by their first two bytes. A search
// for a word that overlaps itself ("tết" ends with its first letter)
// resumes after each match, as strings.Index does, and may pass over a
// later one that overlaps it; anchoredWindows, which tries every byte,
// finds the same whole words as long as the byte before any such overlap
// is in a word, so that the later match is never a whole word.
func indexAnchors(as ...anchor) *anchorIndex {
	x := &anchorIndex{}
	for c := '0'; c <= '9'; c++ {
		x.class[c] = digitClass
	}
	for k, a := range as {
		for _, wd := range a.words {
			for n := 1; n < len(wd); n++ {
				if r, _ := utf8.DecodeLastRuneInString(wd[:n]); strings.HasPrefix(wd, wd[n:]) && !isWordRune(r) {
					panic("dates: anchor word " + wd + " overlaps itself after a break")
				}
			}
			if len(wd) < 2 || x.class[wd[0]] == digitClass {
				panic("dates: anchor word " + wd + " is shorter than two bytes or starts with a digit")
			}
			c := wd[0]
			if x.class[c] == 0 {
				x.second = append(x.second, new([256]uint8))
				x.class[c] = uint8(len(x.second))
			}
			sec := x.second[x.class[c]-1]
			if sec[wd[1]] == 0 {
				x.words = append(x.words, nil)
				sec[wd[1]] = uint8(len(x.words))
			}
			x.words[sec[wd[1]]-1] = append(x.words[sec[wd[1]]-1], newAnchorWord(wd, k))
		}
	}
	if len(x.second) >= digitClass || len(x.words) > 32 {
		panic("dates: too many anchor words")
	}
	x.keys = new([1 << 16]uint8)
	var keyed [][]keyedWord
	for c := '0'; c <= '9'; c++ {
		for c2 := range 256 {
			x.keys[pairKey(byte(c), byte(c2))] = digitClass
		}
	}
	for _, ws := range x.words {
		for _, aw := range ws {
			w, off := aw.word, keyOffset(aw.word)
			if strings.ContainsAny(w, "0123456789") {
				panic("dates: anchor word " + w + " holds a digit")
			}
			key := pairKey(w[off], w[off+1])
			if x.keys[key] == 0 {
				keyed = append(keyed, nil)
				x.keys[key] = uint8(len(keyed))
			}
			keyed[x.keys[key]-1] = append(keyed[x.keys[key]-1], keyedWord{newWordHead(w), off})
			// skipAnchors finds the words in the order of their starts
			// only if a word that may begin inside another has its key
			// no earlier than the other's
			for _, bs := range x.words {
				for _, b := range bs {
					for o := 1; o < len(w); o++ {
						if mayOverlap(w, b.word, o) && o+keyOffset(b.word) < off {
							panic("dates: anchor word " + b.word + " may begin inside " + w + " before its key")
						}
					}
				}
			}
		}
	}
	if len(keyed) >= digitClass {
		panic("dates: too many anchor keys")
	}
	for k, ws := range keyed {
		x.keyWords = append(x.keyWords, ws...)
		x.keyStart[k+1] = len(x.keyWords)
	}
	x.pairs = new([1 << 16]uint8)
	for c := range 256 {
		switch k := x.class[c]; k {
		case 0:
		case digitClass:
			for c2 := range 256 {
				x.pairs[pairKey(byte(c), byte(c2))] = digitClass
			}
		default:
			for c2, w := range x.second[k-1] {
				x.pairs[pairKey(byte(c), byte(c2))] = w
			}
		}
	}
	return x
}

// isWordRune: the runes wordBounded takes as part of a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordRune is isWordRune, read from tables for the code points below
// U+0800 and Latin Extended Additional ("ạ", "ế"), the letters of
// Vietnamese: unicode.IsLetter searches its ranges for each (some 60
// instructions a letter).
func wordRune(r rune) bool {
	switch {
	case 0 <= r && r < rune(len(wordRunes2)):
		return wordRunes2[r]
	case r >= 0x1E00 && r < 0x1F00:
		return wordRunesExt[r-0x1E00]
	}
	return isWordRune(r)
}

var wordRunes2, wordRunesExt = func() (a [0x800]bool, b [0x100]bool) {
	for r := range a {
		a[r] = isWordRune(rune(r))
	}
	for r := range b {
		b[r] = isWordRune(rune(0x1E00 + r))
	}
	return
}()

// asciiWordByte: the ASCII bytes that are letters or digits; a word that
// follows one is not a whole word.
var asciiWordByte = func() (a [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		a[c] = isWordRune(rune(c))
	}
	return
}()

// anchoredWindows finds the anchors' words (idx, from indexAnchors(as...))
// in t as whole words and returns, for each anchor, the ranges around them,
// widened to whole characters, sorted and merged; and the runs of digits of
// t, as digitRuns finds them, appended to runs; the windows are appended
// to bufs when it is not nil. One pass over t finds them
// all: skipAnchors passes over the places where no digit is and no word
// can begin.
func anchoredWindows(t string, idx *anchorIndex, as []anchor, runs [][2]int, bufs *[maxAnchors][][2]int) (windows [maxAnchors][][2]int, _ [][2]int) {
	if len(as) > maxAnchors {
		panic("dates: more anchors than anchoredWindows returns")
	}
	if bufs != nil {
		for k := range windows {
			windows[k] = bufs[k][:0]
		}
	}
	out := &windows
	pairs := idx.pairs
	n := len(t)
	for i := 0; ; i++ {
		// a pair of bytes at a time: the first letters of the words ("n",
		// "c", "t") are a sixth of a text's bytes, the first two ("na",
		// "ch", "th") and a digit with the byte after it a thirtieth
		i = skipAnchors(t, i, idx)
		if i+1 >= n {
			// the last byte: a digit there is a run of one, as the byte
			// before is no digit (the pair would have stopped the loop)
			if i < n && digitBytes[t[i]] {
				runs = append(runs, [2]int{i, i + 1})
			}
			break
		}
		k := pairs[pairKey(t[i], t[i+1])]
		if k == digitClass {
			j := i + 1
			for j < n && digitBytes[t[j]] {
				j++
			}
			runs = append(runs, [2]int{i, j})
			i = j - 1
			continue
		}
		if i > 0 && t[i-1] < utf8.RuneSelf && asciiWordByte[t[i-1]] {
			continue
		}
		// the text's next four bytes, to compare with the words' first
		// four at once: most words that share the first two ("th") differ
		// there
		var next4 uint32
		if i+4 <= n {
			next4 = *(*uint32)(unsafe.Pointer(unsafe.StringData(t[i : i+4])))
		}
		for _, x := range idx.words[k-1] {
			e := i + len(x.word)
			if e > n || i+4 <= n && next4&x.mask != x.head || t[i:e] != x.word || !wordBounded(t, i, e) {
				continue
			}
			a := as[x.anchor]
			s, e := max(0, i-a.left), min(n, e+a.right)
			for s > 0 && !utf8.RuneStart(t[s]) {
				s--
			}
			for e < n && !utf8.RuneStart(t[e]) {
				e++
			}
			// windows come in the order of their starts: merge as they come
			if o := out[x.anchor]; len(o) > 0 && s <= o[len(o)-1][1] {
				o[len(o)-1][1] = max(o[len(o)-1][1], e)
			} else {
				out[x.anchor] = append(o, [2]int{s, e})
			}
		}
	}
	return windows, runs
}

// skipPairs returns the first i where the pair of bytes s[i], s[i+1] is in
// pairs (not 0), or len(s)-1 (0 for an empty s) when none is. It reads
// each pair with one 16-bit load, without bounds checks (i+1 < len(s)), in
// a function of its own, where the loop keeps its few values in
// registers: eight pairs a round, their table bytes or-ed into one test,
// about four instructions a byte (seven one pair at a time; a block with a
// stop is not read again, its eight bytes are still in registers). Seven
// pairs from one 64-bit load counted more: the compiler copies the word
// for each shift.
//
//go:noinline
func skipPairs(s string, pairs *[1 << 16]uint8) int {
	n := len(s) - 1
	if n <= 0 {
		return 0
	}
	p, tab := unsafe.Pointer(unsafe.StringData(s)), unsafe.Pointer(pairs)
	i := 0
	for ; i+8 <= n; i += 8 {
		a := *(*uint8)(unsafe.Add(tab, *(*uint16)(unsafe.Add(p, i))))
		b := *(*uint8)(unsafe.Add(tab, *(*uint16)(unsafe.Add(p, i+1))))
		c := *(*uint8)(unsafe.Add(tab, *(*uint16)(unsafe.Add(p, i+2))))
		d := *(*uint8)(unsafe.Add(tab, *(*uint16)(unsafe.Add(p, i+3))))
		e := *(*uint8)(unsafe.Add(tab, *(*uint16)(unsafe.Add(p, i+4))))
		f := *(*uint8)(unsafe.Add(tab, *(*uint16)(unsafe.Add(p, i+5))))
		g := *(*uint8)(unsafe.Add(tab, *(*uint16)(unsafe.Add(p, i+6))))
		h := *(*uint8)(unsafe.Add(tab, *(*uint16)(unsafe.Add(p, i+7))))
		if a|b|c|d|e|f|g|h != 0 {
			switch {
			case a != 0:
				return i
			case b != 0:
				return i + 1
			case c != 0:
				return i + 2
			case d != 0:
				return i + 3
			case e != 0:
				return i + 4
			case f != 0:
				return i + 5
			case g != 0:
				return i + 6
			}
			return i + 7
		}
	}
	for ; i < n; i++ {
		if *(*uint8)(unsafe.Add(tab, *(*uint16)(unsafe.Add(p, i)))) != 0 {
			return i
		}
	}
	return i
}

// skipAnchors returns the first i >= from where the pair of bytes t[i],
// t[i+1] is a digit's (digitClass in idx.keys), or where an anchor word
// may begin (mayBegin), or len(t)-1 (from, when from >= len(t)-1) when
// there is none. A word is looked for at its key pair (keyOffset), not at
// its first two bytes: "th", "ch", "qu" begin thousands of words in a
// text, the bytes around the first letter with a mark ("án" of "tháng",
// "ứ" of "thứ", "ết" of "tết", "ủ " of "chủ nhật") far fewer (27,700
// stops on the sample's 883,000 bytes became some 16,000). Eight pairs
// a round, their values or-ed, and the pair that stops it found again one
// by one: unlike skipPairs, where taking it from the eight values in
// registers is cheaper, here the loop then keeps all its values in
// registers and the stops are fewer (5.47M -> 5.17M instructions on the
// sample; sixteen a round, 6.10M). The places come in order: indexAnchors
// makes sure that a word that may begin inside another has its key no
// earlier.
//
//go:noinline
func skipAnchors(t string, from int, idx *anchorIndex) int {
	n := len(t) - 1
	if from >= n {
		return from
	}
	p, tab := unsafe.Pointer(unsafe.StringData(t)), unsafe.Pointer(idx.keys)
	j := from
	for {
		// the next pair in keys, as skipPairs finds it
		for ; j+8 <= n; j += 8 {
			if *(*uint8)(unsafe.Add(tab, *(*uint16)(unsafe.Add(p, j))))|
				*(*uint8)(unsafe.Add(tab, *(*uint16)(unsafe.Add(p, j+1))))|
				*(*uint8)(unsafe.Add(tab, *(*uint16)(unsafe.Add(p, j+2))))|
				*(*uint8)(unsafe.Add(tab, *(*uint16)(unsafe.Add(p, j+3))))|
				*(*uint8)(unsafe.Add(tab, *(*uint16)(unsafe.Add(p, j+4))))|
				*(*uint8)(unsafe.Add(tab, *(*uint16)(unsafe.Add(p, j+5))))|
				*(*uint8)(unsafe.Add(tab, *(*uint16)(unsafe.Add(p, j+6))))|
				*(*uint8)(unsafe.Add(tab, *(*uint16)(unsafe.Add(p, j+7)))) != 0 {
				break
			}
		}
		for ; j < n; j++ {
			if *(*uint8)(unsafe.Add(tab, *(*uint16)(unsafe.Add(p, j)))) != 0 {
				goto found
			}
		}
		return j
	found:
		k := *(*uint8)(unsafe.Add(tab, *(*uint16)(unsafe.Add(p, j))))
		if k == digitClass {
			return j
		}
		// the first place i >= from a word keyed here begins (mayBegin):
		// at most one does, as no anchor word may begin inside another
		// before its key
		first := -1
		for x := idx.keyStart[k-1]; x < idx.keyStart[k]; x++ {
			kw := &idx.keyWords[x]
			i := j - kw.off
			if i < from {
				continue
			}
			if i+8 > len(t) {
				if mayBegin(t, i, &kw.wordHead) && (first < 0 || i < first) {
					first = i
				}
				continue
			}
			// mayBegin, inline: the eight bytes first, which most places fail
			if *(*uint64)(unsafe.Add(p, i))&kw.mask != kw.head ||
				i > 0 && t[i-1] < utf8.RuneSelf && asciiWordByte[t[i-1]] ||
				kw.n < 8 && t[i+kw.n] < utf8.RuneSelf && asciiWordByte[t[i+kw.n]] {
				continue
			}
			if first < 0 || i < first {
				first = i
			}
		}
		if first >= 0 {
			return first
		}
		j++
	}
}

// mayBegin reports whether t holds at i the first eight bytes of h's word
// (all of it, when shorter), with no ASCII letter or digit before it nor,
// when shorter than eight, after it: every whole word anchoredWindows
// takes passes.
func mayBegin(t string, i int, h *wordHead) bool {
	if i > 0 && t[i-1] < utf8.RuneSelf && asciiWordByte[t[i-1]] {
		return false
	}
	if i+8 <= len(t) {
		v := *(*uint64)(unsafe.Pointer(unsafe.StringData(t[i : i+8])))
		return v&h.mask == h.head && (h.n >= 8 || t[i+h.n] >= utf8.RuneSelf || !asciiWordByte[t[i+h.n]])
	}
	m := min(8, h.n)
	return i+m <= len(t) && t[i:i+m] == h.word[:m] && (h.n >= 8 || i+h.n >= len(t) || t[i+h.n] >= utf8.RuneSelf || !asciiWordByte[t[i+h.n]])
}

// wordHead is an anchor word's first eight bytes (fewer: the rest of mask
// zero) as a 64-bit load of the text reads them, in the machine's byte
// order, and the word.
type wordHead struct {
	head, mask uint64
	n          int
	word       string
}

func newWordHead(w string) wordHead {
	var head, mask [8]byte
	for i := 0; i < 8 && i < len(w); i++ {
		head[i], mask[i] = w[i], 0xff
	}
	return wordHead{*(*uint64)(unsafe.Pointer(&head)), *(*uint64)(unsafe.Pointer(&mask)), len(w), w}
}

// keyedWord is an anchor word looked for at its key pair, off bytes into
// it.
type keyedWord struct {
	wordHead
	off int
}

// keyOffset is where in an anchor word skipAnchors looks for it: the
// first two bytes of a word that begins with a capital or has only ASCII
// letters ("Tháng", "nay"); else the last byte of its first letter with a
// mark and the byte after it ("án" of "tháng"), or, where that letter ends
// the word, its last two bytes ("ứ" of "thứ").
func keyOffset(w string) int {
	if 'A' <= w[0] && w[0] <= 'Z' {
		return 0
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			_, n := utf8.DecodeRuneInString(w[i:])
			return min(i+n-1, len(w)-2)
		}
	}
	return 0
}

// mayOverlap reports whether mayBegin can pass b at o bytes into a place
// where it passes a, on some text.
func mayOverlap(a, b string, o int) bool {
	// each place's byte, or -1: no ASCII letter or digit
	need := map[int]int{}
	put := func(i, c int) bool {
		old, ok := need[i]
		switch {
		case !ok:
			need[i] = c
		case old == -1 && c >= 0:
			need[i] = c
			return c >= utf8.RuneSelf || !asciiWordByte[c]
		case old >= 0 && c == -1:
			return old >= utf8.RuneSelf || !asciiWordByte[old]
		case old != c:
			return false
		}
		return true
	}
	word := func(w string, at int) bool {
		if !put(at-1, -1) {
			return false
		}
		for i := 0; i < min(8, len(w)); i++ {
			if !put(at+i, int(w[i])) {
				return false
			}
		}
		return len(w) >= 8 || put(at+len(w), -1)
	}
	return word(a, 0) && word(b, o)
}

// maxAnchors: the anchors anchoredWindows returns windows for (an array,
// not a slice made per document)
const maxAnchors = 8

// wordBounded reports whether [s,e) of t is a run of whole words.
func wordBounded(t string, s, e int) bool {
	if s > 0 {
		if r, _ := utf8.DecodeLastRuneInString(t[:s]); wordRune(r) {
			return false
		}
	}
	if e < len(t) {
		if r, _ := utf8.DecodeRuneInString(t[e:]); wordRune(r) {
			return false
		}
	}
	return true
}

// group reads one named group of a match, "" when it did not take part.
func group(re *regexp.Regexp, m []int, t, name string) (string, int, int) {
	i := re.SubexpIndex(name)
	if i < 0 || m[2*i] < 0 {
		return "", -1, -1
	}
	return t[m[2*i]:m[2*i+1]], m[2*i], m[2*i+1]
}

// pod reads a match's part of the day ("rạng sáng" is "sáng").
func (w *dateWords) pod(re *regexp.Regexp, m []int, lower string) string {
	p, _, _ := group(re, m, lower, "pod")
	return w.partOfDay[strings.Join(strings.Fields(p), " ")]
}

// dayNumber reads a day written in digits or words.
func (w *dateWords) dayNumber(s string) int {
	s = strings.Join(strings.Fields(s), " ")
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	if n, ok := w.days[s]; ok {
		return n
	}
	return w.dayWords[s]
}

func (w *dateWords) monthNumber(s string) int {
	s = strings.Join(strings.Fields(s), " ")
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return w.months[s]
}

// find runs the word rules over the windows of the lower-cased text and
// hands each hit to add, which keeps the first of overlapping hits.
func (w *dateWords) find(lower string, ww wordWindows, add func(dateHit)) {
	each := func(re *regexp.Regexp, f func(m []int)) {
		windows := ww.month
		switch re {
		case w.tetDay, w.tetYear:
			windows = ww.tet
		case w.cycleYear:
			windows = ww.cycle
		}
		var need func(string) bool
		if re == w.wordDate {
			need = w.wordDateMayMatch
		}
		for _, m := range windowsOf(w.at[re], lower, windows, need) {
			if wordBounded(lower, m[0], m[1]) {
				f(m)
			}
		}
	}
	// ngày 12 tháng mười hai năm 2023, mồng 3 tháng ba, rằm tháng Giêng
	each(w.wordDate, func(m []int) {
		cue, _, _ := group(w.wordDate, m, lower, "cue")
		ds, _, _ := group(w.wordDate, m, lower, "d")
		ms, _, _ := group(w.wordDate, m, lower, "m")
		_, digitDay := strconv.Atoi(ds)
		_, digitMonth := strconv.Atoi(ms)
		lunarName := w.lunarMonth[strings.Join(strings.Fields(ms), " ")] || w.dayWords[ds] > 0
		leap, _, _ := group(w.wordDate, m, lower, "leap")
		cc, _, _ := group(w.wordDate, m, lower, "cc")
		if digitDay == nil && digitMonth == nil && leap == "" && cc == "" {
			// "23 tháng 4": the digit rules' form
			return
		}
		if cue == "" && digitDay == nil && !lunarName {
			// "2 tháng một lần" (once in two months): a count, not a day
			return
		}
		if digitDay != nil && w.days[ds] > 0 && !roles.is("firstdays", cue) {
			// a day in words is written after "mồng"
			return
		}
		dd, mm := w.dayNumber(ds), w.monthNumber(ms)
		if !validDay(0, mm, dd) {
			return
		}
		h := dateHit{start: m[0], end: m[1], rule: "dates/words-month", day: true,
			v: doc.DateValue{Granularity: "day", Date: doc.Date{Month: mm, Day: dd}}}
		h.v.PartOfDay = w.pod(w.wordDate, m, lower)
		if ys, _, _ := group(w.wordDate, m, lower, "y"); ys != "" {
			h.v.Date.Year, _ = strconv.Atoi(ys)
			h.v.YearFrom = "text"
		} else if cc != "" {
			h.cycle = cc
			if y2, _, _ := group(w.wordDate, m, lower, "y2"); y2 != "" {
				h.v.Date.Year, _ = strconv.Atoi(y2)
				h.v.YearFrom = "text"
			}
			lunarName = true // a year of the cycle names a lunar year
		}
		if lunarName {
			h.v.Calendar = "lunar"
			h.rule = "dates/lunar-words"
		}
		if leap != "" {
			h.leap = true
			h.v.Calendar = "lunar"
			h.rule = "dates/lunar-words"
		}
		if !validDay(h.v.Date.Year, mm, dd) {
			return
		}
		add(h)
	})
	// mùng 1 Tết, 30 Tết: days of the new year's first month, and the last
	// days of the old year's twelfth
	each(w.tetDay, func(m []int) {
		cue, _, _ := group(w.tetDay, m, lower, "cue")
		ds, _, _ := group(w.tetDay, m, lower, "d")
		dd := w.dayNumber(ds)
		h := dateHit{start: m[0], end: m[1], rule: "dates/lunar-tet", day: true,
			v: doc.DateValue{Granularity: "day", Calendar: "lunar"}}
		h.v.PartOfDay = w.pod(w.tetDay, m, lower)
		switch {
		case dd >= 1 && dd <= 10 && cue != "":
			h.v.Date = doc.Date{Month: 1, Day: dd}
		case dd >= 23 && dd <= 30:
			// "30 Tết" is the old year's last day, the 29th in a short month
			h.v.Date = doc.Date{Month: 12, Day: dd}
			h.lastDay = dd == 30
			h.oldYear = true
		default:
			// "3 Tết xa nhà": three new years, a count
			return
		}
		add(h)
	})
	// Tết Nguyên đán Đinh Dậu, Tết Canh Tý 2020, Tết Nguyên đán 2017: the
	// first day of that lunar year
	each(w.tetYear, func(m []int) {
		h := dateHit{start: m[0], end: m[1], rule: "dates/lunar-tet-year", day: true,
			v: doc.DateValue{Granularity: "day", Calendar: "lunar", Date: doc.Date{Month: 1, Day: 1}}}
		cc, _, _ := group(w.tetYear, m, lower, "cc")
		ys, _, _ := group(w.tetYear, m, lower, "y")
		if ys == "" {
			ys, _, _ = group(w.tetYear, m, lower, "y2")
		}
		if ys != "" {
			h.v.Date.Year, _ = strconv.Atoi(ys)
			h.v.YearFrom = "text"
			if cc != "" && !strings.EqualFold(lunar.YearName(h.v.Date.Year), strings.Join(strings.Fields(cc), " ")) {
				return // the name and the number disagree: trust neither
			}
		}
		h.cycle = cc
		add(h)
	})
	// xuân Canh Tý 2020, năm Đinh Dậu: a lunar year
	each(w.cycleYear, func(m []int) {
		cc, _, _ := group(w.cycleYear, m, lower, "cc")
		ys, _, _ := group(w.cycleYear, m, lower, "y")
		h := dateHit{start: m[0], end: m[1], rule: "dates/lunar-year", cycle: cc,
			v: doc.DateValue{Granularity: "year", Calendar: "lunar"}}
		if ys != "" {
			h.v.Date.Year, _ = strconv.Atoi(ys)
			if !strings.EqualFold(lunar.YearName(h.v.Date.Year), strings.Join(strings.Fields(cc), " ")) {
				return
			}
			h.v.YearFrom = "text"
		}
		add(h)
	})
}

// wordDateMayMatch reports whether s holds "tháng" between white space with
// a day before it and a month after it (a number, the last word of a day
// in words, the first word of a month in words), as every match of the
// wordDate pattern does; "hàng tháng", "tháng này" need no pattern run. A
// day and a month both in digits ("23 tháng 4") are the digit rules' form,
// which the word rule keeps only with "nhuận" or a year's name after it:
// without either in s, they need no run either.
func (w *dateWords) wordDateMayMatch(s string) bool {
	space := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
	// whether s holds "nhuận" or a year's name: 1 yes, read once when needed
	extra := -1
	for i := 0; ; {
		k := strings.Index(s[i:], w.month)
		if k < 0 {
			return false
		}
		at := i + k
		i = at + len(w.month)
		b := at
		for b > 0 && space(s[b-1]) {
			b--
		}
		e := i
		for e < len(s) && space(s[e]) {
			e++
		}
		// A day must stand before "tháng": white space at the very start
		// of the window (" tháng ") has none, and s[b-1] would not exist.
		if b == at || b == 0 || e == i || e == len(s) {
			continue
		}
		dayDigit := asciiDigit(s[b-1])
		// the words compared from their last (first) byte: most words
		// before "tháng" are no day's
		dayWord := !dayDigit && slices.ContainsFunc(w.dayLast, func(d string) bool { return hasSuffixByte(s[:b], d) })
		monthDigit := asciiDigit(s[e])
		monthWord := !monthDigit && slices.ContainsFunc(w.monthFirst, func(m string) bool { return m == "" || s[e] == m[0] && strings.HasPrefix(s[e:], m) })
		if !(dayDigit || dayWord) || !(monthDigit || monthWord) {
			continue
		}
		if dayWord || monthWord {
			return true
		}
		if extra < 0 {
			extra = 0
			if slices.ContainsFunc(w.leapOrCycle, func(x string) bool { return strings.Contains(s, x) }) {
				extra = 1
			}
		}
		if extra == 1 {
			return true
		}
	}
}

// relEnd is a last word of relative phrases and the words before it.
type relEnd struct {
	last   string
	before []string // nil: a phrase of one word, the last word alone may match
}

// relativeEnds groups the phrases' last words with the words before them.
func relativeEnds(phrases []string) []relEnd {
	slices.Sort(phrases)
	var out []relEnd
	for _, p := range phrases {
		f := strings.Fields(p)
		if len(f) == 0 {
			continue
		}
		last := f[len(f)-1]
		k := slices.IndexFunc(out, func(e relEnd) bool { return e.last == last })
		if k < 0 {
			out = append(out, relEnd{last: last, before: []string{}})
			k = len(out) - 1
		}
		switch {
		case len(f) == 1:
			out[k].before = nil
		case out[k].before != nil && !slices.Contains(out[k].before, f[len(f)-2]):
			out[k].before = append(out[k].before, f[len(f)-2])
		}
	}
	return out
}

// relativeMayMatch reports whether s holds a phrase's last word after white
// space (the pattern's \s+) and the word before it, as every match of the
// relative pattern does: most windows hold "qua" or "nay" after another
// word ("thông qua", "hiện nay") and need no pattern run.
func (w *dateWords) relativeMayMatch(s string) bool {
	for _, e := range w.relEnds {
		for i := 0; ; {
			k := strings.Index(s[i:], e.last)
			if k < 0 {
				break
			}
			at := i + k
			i = at + len(e.last)
			if e.before == nil {
				return true
			}
			j := at
			for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t' || s[j-1] == '\n' || s[j-1] == '\r' || s[j-1] == '\f') {
				j--
			}
			if j == at {
				continue
			}
			for _, b := range e.before {
				if hasSuffixByte(s[:j], b) {
					return true
				}
			}
		}
	}
	return false
}

// findRelative finds days named from the day of writing: hôm nay, chiều
// qua, ngày mai. It runs after the rules that read a date written beside
// them ("Sáng nay (28/4)").
func (w *dateWords) findRelative(lower string, windows [][2]int, add func(dateHit)) {
	for _, m := range windowsOf(w.relativeAt, lower, windows, w.relativeMayMatch) {
		if !wordBounded(lower, m[0], m[1]) {
			continue
		}
		rel, _, _ := group(w.relative_, m, lower, "rel")
		phrase := strings.Join(strings.Fields(rel), " ")
		first, _, _ := strings.Cut(phrase, " ")
		pod := w.pod(w.relative_, m, lower)
		if pod != "" && w.partOfDay[first] != "" {
			// "ánh sáng chiều nay": two parts of the day are no phrase
			continue
		}
		h := dateHit{start: m[0], end: m[1], rule: "dates/relative", day: true,
			v: doc.DateValue{Granularity: "day", IsRelative: true, Relative: w.relative[phrase]}}
		h.v.PartOfDay = w.partOfDay[first]
		if pod != "" {
			h.v.PartOfDay = pod
		}
		add(h)
	}
}

// findWeekdays finds weekdays named from the day of writing: "thứ Năm
// tuần tới", "Chủ nhật vừa qua", "thứ Hai tới". A weekday alone is not one
// ("lần thứ hai" is an ordinal).
func (w *dateWords) findWeekdays(lower string, windows [][2]int, add func(dateHit)) {
	for _, m := range windowsOf(w.weekdayAt, lower, windows, nil) {
		if !wordBounded(lower, m[0], m[1]) {
			continue
		}
		wd, _, _ := group(w.weekday, m, lower, "wd")
		mod, _, _ := group(w.weekday, m, lower, "mod")
		n := weekdayOf(wd)
		if prev := strings.ToLower(lastWordBefore(lower, m[0])); n < 0 || prev != "" && !w.weekBefore[prev] {
			// "lần thứ hai tới thăm": an ordinal after its noun
			continue
		}
		add(dateHit{start: m[0], end: m[1], rule: "dates/relative-weekday", day: true, weekday: n,
			week: w.weekAfter[strings.Join(strings.Fields(mod), " ")],
			v:    doc.DateValue{Granularity: "day", IsRelative: true}})
	}
}

// weekdayOffset is the days from a publication day of weekday pub to
// weekday wd in the week named: "this", "next", "last" (weeks from Monday),
// "coming" (the next one after), "past" (the last one before).
func weekdayOffset(pub, wd int, week string) int {
	idx := func(x int) int { return (x + 6) % 7 } // Monday first
	switch week {
	case "this":
		return idx(wd) - idx(pub)
	case "next":
		return idx(wd) - idx(pub) + 7
	case "last":
		return idx(wd) - idx(pub) - 7
	case "coming":
		k := (wd - pub + 7) % 7
		if k == 0 {
			k = 7
		}
		return k
	case "past":
		k := (pub - wd + 7) % 7
		if k == 0 {
			k = 7
		}
		return -k
	}
	return 0
}

// ranges finds two days joined by a dash or "và" that share a month or
// stand as two full dates, and hands both to add: "6-10/2", "ngày 9 và
// 10-2", "30/4-1/5", "9/7/1912-9/7/2017". A pair without years needs a cue
// before it ("từ", "ngày", "lễ" ...): "2/3-3/4" alone may be a ratio.
func (w *dateWords) ranges(lower string, windows [][2]int, needs []uint16, add func(dateHit)) {
	re := w.rangeDM
	for _, m := range digitWindowsWith(w.at[re], lower, windows, needs, needRange) {
		if !dateBounded(lower, m[0], m[1]) {
			continue
		}
		get := func(n string) int {
			s, _, _ := group(re, m, lower, n)
			v := atoi(s)
			return v
		}
		d1, m1, y1, d2, m2, y2 := get("d1"), get("m1"), get("y1"), get("d2"), get("m2"), get("y2")
		sep, _, _ := group(re, m, lower, "sep")
		s2, _, _ := group(re, m, lower, "s2")
		cue := cueEnds[lastWordBefore(lower, m[0])]
		switch {
		case m1 == 0 && sep != "-" && sep != "–" && !cue:
			// "9 và 10-2" needs "ngày" before
			continue
		case m1 == 0 && !cue:
			continue
		case m1 > 0 && roles.is("and", sep):
			continue // two full days: each is found on its own
		case m1 > 0 && !cue && (y1 == 0 || y2 == 0):
			continue
		case m1 > 0 && s2 == "-":
			continue // "30/4-1-5": no one writes a range so
		}
		if m1 == 0 {
			m1, y1 = m2, y2
		}
		if !validDay(y1, m1, d1) || !validDay(y2, m2, d2) {
			continue
		}
		if m1 == m2 && y1 == y2 && d2 <= d1 {
			continue
		}
		_, s1, e1 := group(re, m, lower, "d1")
		if _, _, e := group(re, m, lower, "y1"); e > 0 {
			e1 = e
		} else if _, _, e := group(re, m, lower, "m1"); e > 0 {
			e1 = e
		}
		_, sd2, _ := group(re, m, lower, "d2")
		first := dateHit{start: s1, end: e1, rule: "dates/range", day: true, v: doc.DateValue{Granularity: "day", Date: doc.Date{Year: y1, Month: m1, Day: d1}}}
		second := dateHit{start: sd2, end: m[1], rule: "dates/range", day: true, v: doc.DateValue{Granularity: "day", Date: doc.Date{Year: y2, Month: m2, Day: d2}}}
		for _, h := range []*dateHit{&first, &second} {
			if h.v.Date.Year > 0 {
				h.v.YearFrom = "text"
			}
		}
		add(first)
		add(second)
	}
}

// rangeJoins are the words and dashes that join the two days of a range,
// as the rangeDM pattern spells them.
var rangeJoins = append([]string{"-", "–"}, roles["and"]...)

// rangeDay: the day's word, which may stand after a range's join ("9 đến
// ngày 10/5"), looked up once, not in a map on each window
var rangeDay = roles.one("day")

// rangeJoinFirst: the first bytes of rangeJoins (every join is a word or
// a dash, never empty)
var rangeJoinFirst = func() (a [256]bool) {
	for _, j := range rangeJoins {
		a[j[0]] = true
	}
	return
}()

// rangeMayMatch reports whether the window w of t holds what every match
// of the rangeDM pattern holds around its join: a digit before it (over
// white space), and after it (over white space and "ngày") one or two
// digits, an optional white space and a separator, "5 - 6/2". Most windows
// hold a dash or "và" but no such pair: the pattern need not run there.
// The digit before the join ends a run of digits, so only the ends of
// runs need be read.
func rangeMayMatch(t string, w [2]int, runs [][2]int) bool {
	s := t[:w[1]]
	return slices.ContainsFunc(runs, func(r [2]int) bool { return rangeAfterRun(s, r) })
}

// rangeAfterRun is rangeMayMatch for the run r of s, the text up to the
// window's end.
func rangeAfterRun(s string, r [2]int) bool {
	day := rangeDay
	k := spacesAfter(s, r[1], len(s))
	n := 0
	if k < len(s) && rangeJoinFirst[s[k]] {
		for _, j := range rangeJoins {
			if strings.HasPrefix(s[k:], j) {
				n = len(j)
				break
			}
		}
	}
	if n == 0 {
		return false
	}
	k = spacesAfter(s, k+n, len(s))
	if strings.HasPrefix(s[k:], day) {
		k += len(day)
		if k == len(s) || !asciiSpace(s[k]) {
			return false
		}
		k = spacesAfter(s, k, len(s))
	}
	d := k
	for k < len(s) && asciiDigit(s[k]) {
		k++
	}
	if k-d < 1 || k-d > 2 {
		return false
	}
	if k < len(s) && asciiSpace(s[k]) {
		k++
	}
	return k < len(s) && (s[k] == '/' || s[k] == '.' || s[k] == '-')
}

// rangeMayStart reports whether a match of the rangeDM pattern may begin
// at the digit i of t: the first day is the last one or two digits of a
// run, then, over white space, a separator of the day and month or a
// join. Most digits (a year's, a count's) start none, and the pattern,
// a long one, need not be tried there.
func rangeMayStart(t string, i int) bool {
	e := i
	for e < len(t) && e-i < 3 && asciiDigit(t[e]) {
		e++
	}
	if e-i > 2 {
		return false
	}
	k := spacesAfter(t, e, len(t))
	if k < len(t) && (t[k] == '/' || t[k] == '.') {
		return true
	}
	return slices.ContainsFunc(rangeJoins, func(j string) bool { return strings.HasPrefix(t[k:], j) })
}

// dmSeparators writes a day and month's separator as "/" (a Replacer is
// safe to share and costly to build).
var dmSeparators = strings.NewReplacer(".", "/", "-", "/")

// weakCue reports whether a day and month [s,e) without a strong cue is
// still a day: after a word that takes a time ("vào", "trước", "kể từ"), before
// one that dates it ("tới", "vừa qua", "năm nay"), or alone in brackets
// after a name ("Ngày Bảo hiểm y tế Việt Nam (1-7)"). It returns the span to
// keep, brackets included.
func (w *dateWords) weakCue(lower string, s, e int) (int, int, bool) {
	prev := lastWordBefore(lower, s)
	pair := lower[s:e]
	d, m, _ := strings.Cut(dmSeparators.Replace(pair), "/")
	dd, mm := atoi(d), atoi(m)
	dash := strings.Contains(pair, "-")
	next := lastWordAfter(lower, e)
	switch {
	case w.notDateBefore[prev] || w.notDate[strings.TrimSpace(pair)]:
		// "đường 3/2" names a street, "24/7" is always
		return s, e, false
	case prev == w.month || w.countAfter[next] || dash && next == w.year:
		// "tháng 3-4", "4-5 tháng", "5-10 năm sau": ranges of counts
		return s, e, false
	case dash && mm == dd+1:
		// "3-4 năm nay": about three or four
		return s, e, false
	}
	if w.dmCue[prev] && !(dash && w.dmCueSlash[prev]) {
		return s, e, true
	}
	// two-word cues: "kể từ", "tính đến"
	if b := strings.TrimRight(lower[:s], " "); strings.HasSuffix(b, prev) {
		two := lastWordBefore(lower, len(b)-len(prev)) + " " + prev
		if w.dmCue[two] && !(dash && w.dmCueSlash[two]) {
			return s, e, true
		}
	}
	rest := strings.TrimLeft(lower[e:min(len(lower), e+24)], " ")
	for _, a := range w.dmAfter {
		if strings.HasPrefix(rest, a) && wordBounded(rest, 0, len(a)) {
			return s, e, true
		}
	}
	// "07/03": a count or a share is never written with a leading zero
	if strings.Contains(pair, "/") && (len(d) == 2 && d[0] == '0' || len(m) == 2 && m[0] == '0') {
		return s, e, true
	}
	// "gặp nhau 7/3.": a day and month closing a clause, after a word that
	// does not count ("đạt 2/3." is a share)
	if strings.Contains(pair, "/") && e < len(lower) && strings.IndexByte(".,;", lower[e]) >= 0 &&
		(e+1 == len(lower) || lower[e+1] == ' ' || lower[e+1] == '\n') && prev != "" && !w.notDateBefore[prev] && !w.countBefore[prev] {
		return s, e, true
	}
	// "(1-7)", "(17/3)": the whole bracket is the day, unless it follows a
	// number ("20% (1/5)", "7-6 (7-2)": a share, a tie-break)
	if s > 0 && lower[s-1] == '(' && e < len(lower) && lower[e] == ')' && !afterScore(lower[:s-1]) {
		return s - 1, e + 1, true
	}
	return s, e, false
}

// afterScore reports whether t ends with a percentage or a score or share
// ("20%", "7-6", "9/22"), after which a bracketed pair is another one.
func afterScore(t string) bool {
	t = strings.TrimRight(t, " ")
	tok := t[strings.LastIndexAny(t, " \n\t(")+1:]
	tok = strings.TrimRight(tok, ",;")
	if strings.HasSuffix(tok, "%") {
		return true
	}
	for i := 1; i+1 < len(tok); i++ {
		if strings.IndexByte("-/:", tok[i]) >= 0 && asciiDigit(tok[i-1]) && asciiDigit(tok[i+1]) {
			return true
		}
	}
	return false
}

func asciiDigit(c byte) bool { return c >= '0' && c <= '9' }

// lastWordAfter returns the word that starts after byte e of t, skipping
// spaces.
func lastWordAfter(t string, e int) string {
	b := e
	for b < len(t) && t[b] == ' ' {
		b++
	}
	k := b
	for k < len(t) {
		r, n := utf8.DecodeRuneInString(t[k:])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			break
		}
		k += n
	}
	return t[b:k]
}

// fraction reports whether the words after a day and month ending at e
// make it a share of a whole: "2/3 số đại biểu", "1/2 tổng diện tích".
func (w *dateWords) fraction(lower string, e int) bool {
	rest := strings.TrimLeft(lower[e:min(len(lower), e+24)], " ")
	for _, a := range w.fractionOf {
		if strings.HasPrefix(rest, a) && wordBounded(rest, 0, len(a)) {
			return true
		}
	}
	return false
}

// markLunar widens a day hit over a lunar mark that follows it ("15/7 âm
// lịch", "mùng 10 tháng Giêng (ÂL)") and makes it a lunar date.
func (w *dateWords) markLunar(lower string, h *dateHit) {
	if !h.day || h.v.IsRelative || h.v.Date.Month == 0 {
		return
	}
	after := lower[h.end:min(len(lower), h.end+24)]
	if !w.lunarMayFollow(after) {
		return
	}
	m := w.lunarMark.FindStringIndex(after)
	if m == nil {
		return
	}
	if e := h.end + m[1]; lower[e-1] != ')' && e < len(lower) {
		if r, _ := utf8.DecodeRuneInString(lower[e:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return // "al" of a longer word
		}
	}
	h.end += m[1]
	h.v.Calendar = "lunar"
	if !strings.HasPrefix(h.rule, "dates/lunar") {
		h.rule += "+lunar"
	}
}

// clockBefore widens a day hit over the clock time written before it and
// keeps the time: "14 giờ 30 phút ngày 5/3", "lúc 9h sáng 7/3".
func (w *dateWords) clockBefore(lower string, h *dateHit) {
	if !h.day {
		return
	}
	ws := max(0, h.start-40)
	for ws < h.start && !utf8.RuneStart(lower[ws]) {
		ws++
	}
	if !w.clockMayMatch(lower[ws:h.start]) {
		return
	}
	m := w.clockMatch(lower[ws:h.start])
	if m == nil {
		return
	}
	hs, _, _ := group(w.clock, m, lower[ws:h.start], "h")
	ms, _, _ := group(w.clock, m, lower[ws:h.start], "min")
	hh, mm := atoi(hs), atoi(ms)
	if hh > 24 || mm > 59 {
		return
	}
	if roles.is("afternoon", h.v.PartOfDay) && hh < 12 {
		// "7:30 chiều" is half past seven in the evening
		hh += 12
	}
	_, s, _ := group(w.clock, m, lower[ws:h.start], "span")
	h.start = ws + s
	h.v.Time = fmt.Sprintf("%02d:%02d", hh, mm)
}

// clockMayMatch reports whether s ends as every match of the clock
// pattern ends, over white space and a comma: with a digit, or with an
// hour's or a minute's word or ":" after a digit ("9h", "14 giờ 30",
// "7:30"). Most texts before a date end with another word.
func (w *dateWords) clockMayMatch(s string) bool {
	if w.clockEnds == nil {
		return true
	}
	s = strings.TrimRight(s, " \t")
	s = strings.TrimSuffix(s, ",")
	s = strings.TrimRight(s, " \t")
	if s == "" {
		return false
	}
	if asciiDigit(s[len(s)-1]) {
		return true
	}
	for _, e := range w.clockEnds {
		if t, ok := strings.CutSuffix(s, e); ok {
			if t = strings.TrimRight(t, " \t"); t != "" && asciiDigit(t[len(t)-1]) {
				return true
			}
		}
	}
	return false
}

// resolveLunar turns a lunar hit into its Gregorian day (or year). The
// lunar year comes from the text, else the one that puts the day nearest
// the publication date, else the one year the sentence names. It reports
// false when the day cannot be placed or does not exist.
func resolveLunar(d *doc.Document, pos int, h *dateHit, years *sentenceYears) bool {
	v := &h.v
	cal := lunar.Vietnamese
	near := 0
	if p := d.Published; p.Year > 0 {
		near = p.Year
	} else {
		near = years.at(pos)
	}
	if v.Date.Year == 0 && h.cycle != "" {
		if near == 0 {
			return false
		}
		v.Date.Year = lunar.NearestYearNamed(h.cycle, near)
		if v.Date.Year == 0 {
			return false
		}
		v.YearFrom = "name"
	}
	if v.Granularity == "year" {
		if v.Date.Year == 0 {
			return false
		}
		v.Value = strconv.Itoa(v.Date.Year)
		v.Lunar = lunar.YearName(v.Date.Year)
		v.Date = doc.Date{}
		return true
	}
	toSolar := func(ly int) (doc.Date, bool) {
		ld := lunar.Date{Year: ly, Month: v.Date.Month, Day: v.Date.Day, Leap: h.leap}
		y, m, dd, ok := cal.ToSolar(ld)
		if !ok && h.lastDay {
			ld.Day = 29
			y, m, dd, ok = cal.ToSolar(ld)
		}
		return doc.Date{Year: y, Month: m, Day: dd}, ok
	}
	ly := v.Date.Year
	if ly > 0 && h.oldYear {
		// "30 Tết Đinh Dậu" is the last day of the year before
		ly--
	}
	if ly == 0 {
		p := d.Published
		if p.Year == 0 {
			if near == 0 {
				return false
			}
			ly = near
			v.YearFrom = "context"
		} else {
			pub := time.Date(p.Year, time.Month(p.Month), p.Day, 0, 0, 0, 0, time.UTC)
			best := time.Duration(1<<63 - 1)
			for _, y := range []int{p.Year - 1, p.Year, p.Year + 1} {
				sd, ok := toSolar(y)
				if !ok {
					continue
				}
				dist := time.Date(sd.Year, time.Month(sd.Month), sd.Day, 0, 0, 0, 0, time.UTC).Sub(pub)
				if dist < 0 {
					dist = -dist
				}
				if dist < best {
					best, ly = dist, y
				}
			}
			v.YearFrom = "published"
		}
	}
	if ly < lunar.First || ly > lunar.Last {
		return false
	}
	sd, ok := toSolar(ly)
	if !ok {
		return false
	}
	leap := ""
	if h.leap {
		leap = "L"
	}
	day := v.Date.Day
	if h.lastDay && sd.Day != 0 {
		if l := cal.FromSolar(sd.Year, sd.Month, sd.Day); l.Day != day {
			day = l.Day
		}
	}
	v.Lunar = fmt.Sprintf("%04d-%02d%s-%02d", ly, v.Date.Month, leap, day)
	v.Date = sd
	return true
}

// resolveRelative places "hôm qua" from the publication date; without one
// the row keeps the words and no date.
func resolveRelative(d *doc.Document, h *dateHit) {
	v := &h.v
	p := d.Published
	if p.Year == 0 {
		// no day to count from: the row keeps the words, no value, and a
		// granularity of its own, so it is never taken for a known day
		v.YearFrom = "unknown"
		v.Date = doc.Date{}
		v.Granularity = "relative"
		return
	}
	pub := time.Date(p.Year, time.Month(p.Month), p.Day, 0, 0, 0, 0, time.UTC)
	if h.week != "" {
		v.Relative = weekdayOffset(int(pub.Weekday()), h.weekday, h.week)
	}
	t := pub.AddDate(0, 0, v.Relative)
	v.Date = doc.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
	v.YearFrom = "published"
}
