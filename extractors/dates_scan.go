package extractors

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/vnextract/vnextract/lang/vi/lunar"
)

// Hand-written anchored matches of the patterns run over digit windows.
// Each returns what its pattern's anchored FindStringSubmatchIndex returns
// on a text (the same groups, -1 for a group that took no part): Go's
// backtracker spent some 4,000 instructions a try on them, most of it
// pushing alternatives and clearing its visited set, where these read a
// few bytes. A pattern is leftmost-first: of its alternatives, the first
// that lets the rest match wins. The scanners try the role words in the
// order alternation writes them and go on to the next word when the rest
// fails, so they choose as the pattern does; the other steps (a run of
// white space, one or two digits, a separator) have one way to go on,
// since what follows each cannot begin the step before it (a digit after
// white space, a separator after digits). FuzzDateScanners and
// TestDateScannersAgree hold each to its pattern.

// dateScan is an anchored match: the submatch indexes of the pattern on t
// matched from t's start, nil when none.
type dateScan func(t string) []int

// scanGroups maps a pattern's named groups to their slots in a match.
type scanGroups struct {
	n     int // the pattern's groups, the whole match included
	slots map[string]int
}

func groupsOf(re *regexp.Regexp) scanGroups {
	g := scanGroups{n: re.NumSubexp() + 1, slots: map[string]int{}}
	for i, name := range re.SubexpNames() {
		if i > 0 {
			if name == "" {
				panic("dates: a scanned pattern has an unnamed group: " + re.String())
			}
			g.slots[name] = i
		}
	}
	return g
}

// slot returns the index of group name in a match, panicking when the
// pattern has none (the scanner and the pattern disagree).
func (g scanGroups) slot(name string) int {
	i, ok := g.slots[name]
	if !ok {
		panic("dates: a scanned pattern has no group " + name)
	}
	return 2 * i
}

// match returns a match [0, end) with no group set.
func (g scanGroups) match(end int) []int {
	m := make([]int, 2*g.n)
	for i := range m {
		m[i] = -1
	}
	m[0], m[1] = 0, end
	return m
}

// scanWords returns a role's words in the order alternation writes them,
// the order the pattern tries them in; ok is false when a word is not
// what wordEnd reads (white space other than single spaces between
// letters).
func scanWords(ws ...string) ([]string, bool) {
	out := alternationOrder(ws)
	for _, w := range out {
		if w == "" || w != strings.Join(strings.Fields(w), " ") || strings.ContainsAny(w, "\t\n\r\f") {
			return nil, false
		}
	}
	return out, true
}

// wordEnd returns the end of word w at i of t, each space of w read as
// the pattern reads it (\s+), -1 when t does not hold w at i.
func wordEnd(t string, i int, w string) int {
	// most places a word is tried begin with another letter: told by the
	// first byte before w is cut at its spaces
	if rest := t[i:]; w != "" && w[0] != ' ' && (rest == "" || rest[0] != w[0]) {
		return -1
	}
	for {
		piece, rest, more := strings.Cut(w, " ")
		if !strings.HasPrefix(t[i:], piece) {
			return -1
		}
		i += len(piece)
		if !more {
			return i
		}
		j := spaces(t, i)
		if j == i {
			return -1
		}
		i, w = j, rest
	}
}

// digitsUpTo returns the end of the digits at i of t, at most n of them
// (\d{1,n}, greedy).
func digitsUpTo(t string, i, n int) int {
	j := i
	for j < len(t) && j-i < n && asciiDigit(t[j]) {
		j++
	}
	return j
}

// fourDigits reports whether t holds four digits at i (\d{4}).
func fourDigits(t string, i int) bool {
	return i+4 <= len(t) && asciiDigit(t[i]) && asciiDigit(t[i+1]) && asciiDigit(t[i+2]) && asciiDigit(t[i+3])
}

// oneSpace returns i past one white-space byte of t (\s?).
func oneSpace(t string, i int) int {
	if i < len(t) && asciiSpace(t[i]) {
		return i + 1
	}
	return i
}

func byteIn(t string, i int, set string) bool { return i < len(t) && strings.IndexByte(set, t[i]) >= 0 }

// setScanners gives the window patterns they can be read by hand for
// their scanners; a pattern whose words a scanner cannot read keeps Go's
// match.
func (x *Dates) setScanners() {
	words := func(role string) []string {
		ws, ok := scanWords(roles[role]...)
		if !ok {
			return nil
		}
		return ws
	}
	day, month, year, quarter := words("day"), words("month"), words("year"), words("quarter")
	to, until, early, late, termof := words("to"), words("until"), words("early"), words("late"), words("termof")
	if day == nil || month == nil || year == nil || quarter == nil || to == nil || until == nil || early == nil || late == nil || termof == nil {
		return
	}
	x.at[x.year].scan = scanYear(groupsOf(x.year), year)
	x.at[x.month].scan = scanMonth(groupsOf(x.month), month, year)
	x.at[x.quarter].scan = scanQuarter(groupsOf(x.quarter), quarter, year)
	x.at[x.period].scan = scanPeriod(groupsOf(x.period), month, early, late, year)
	x.at[x.term].scan = scanTerm(groupsOf(x.term), termof, until, year)
	x.at[x.words].scan = scanWordsDate(groupsOf(x.words), month, year)
	x.at[x.dayRange].scan = scanDayRange(groupsOf(x.dayRange), day, append(slices.Clone(to), "-", "–"))
	and := words("and")
	if and == nil {
		return
	}
	x.w.at[x.w.rangeDM].scan = scanRange(groupsOf(x.w.rangeDM), append([]string{"-", "–"}, and...), day)
}

// scanYear: {year}\s+((?:19|20)\d{2}), "năm 2021".
func scanYear(g scanGroups, year []string) dateScan {
	span, y := g.slot("span"), g.slot("y")
	return func(t string) []int {
		for _, w := range year {
			j := wordEnd(t, 0, w)
			if j < 0 {
				continue
			}
			k := spaces(t, j)
			if k == j || !fourDigits(t, k) || !(t[k] == '1' && t[k+1] == '9' || t[k] == '2' && t[k+1] == '0') {
				continue
			}
			m := g.match(k + 4)
			m[span], m[span+1] = 0, k+4
			m[y], m[y+1] = k, k+4
			return m
		}
		return nil
	}
}

// yearAfterNumber reads what the month and quarter patterns have after
// their number at i: (?:\s*[/-]\s*|\s+{year}\s+)(\d{4}); the start of the
// year, -1 when none.
func yearAfterNumber(t string, i int, year []string) int {
	c := spaces(t, i)
	if byteIn(t, c, "/-") {
		if d := spaces(t, c+1); fourDigits(t, d) {
			return d
		}
	}
	if c == i {
		return -1
	}
	for _, w := range year {
		e := wordEnd(t, c, w)
		if e < 0 {
			continue
		}
		if f := spaces(t, e); f > e && fourDigits(t, f) {
			return f
		}
	}
	return -1
}

// scanMonth: {month}\s+(\d{1,2})(?:\s*[/-]\s*|\s+{year}\s+)(\d{4}),
// "tháng 9/2020". Two digits that fail leave one, before a digit, which
// fails too.
func scanMonth(g scanGroups, month, year []string) dateScan {
	span, mo, y := g.slot("span"), g.slot("m"), g.slot("y")
	return func(t string) []int {
		for _, w := range month {
			j := wordEnd(t, 0, w)
			if j < 0 {
				continue
			}
			a := spaces(t, j)
			b := digitsUpTo(t, a, 2)
			if a == j || b == a {
				continue
			}
			if c := yearAfterNumber(t, b, year); c >= 0 {
				m := g.match(c + 4)
				m[span], m[span+1] = 0, c+4
				m[mo], m[mo+1] = a, b
				m[y], m[y+1] = c, c+4
				return m
			}
		}
		return nil
	}
}

// scanQuarter: {quarter}\s+(i{1,3}|iv|[1-4])(?:\s*[/-]\s*|\s+{year}\s+)(\d{4}),
// "quý I/2021": the number's forms tried in the pattern's order, "iii",
// "ii", "i", then "iv".
func scanQuarter(g scanGroups, quarter, year []string) dateScan {
	span, q, y := g.slot("span"), g.slot("q"), g.slot("y")
	return func(t string) []int {
		for _, w := range quarter {
			j := wordEnd(t, 0, w)
			if j < 0 {
				continue
			}
			a := spaces(t, j)
			if a == j || a == len(t) {
				continue
			}
			var ends [4]int // the number's possible ends, in the pattern's order
			n := 0
			if t[a] == 'i' {
				k := a + 1
				for k < len(t) && k-a < 3 && t[k] == 'i' {
					k++
				}
				for ; k > a; k-- {
					ends[n] = k
					n++
				}
				if a+1 < len(t) && t[a+1] == 'v' {
					ends[n] = a + 2
					n++
				}
			} else if t[a] >= '1' && t[a] <= '4' {
				ends[n] = a + 1
				n++
			}
			for _, b := range ends[:n] {
				if c := yearAfterNumber(t, b, year); c >= 0 {
					m := g.match(c + 4)
					m[span], m[span+1] = 0, c+4
					m[q], m[q+1] = a, b
					m[y], m[y+1] = c, c+4
					return m
				}
			}
		}
		return nil
	}
}

// scanPeriod: (\d{1,2})\s+{month}\s+({early}|{late})\s+{year}(?:\s+(\d{4}))?,
// "9 tháng đầu năm 2020".
func scanPeriod(g scanGroups, month, early, late, year []string) dateScan {
	span, num, side, y := g.slot("span"), g.slot("n"), g.slot("side"), g.slot("y")
	sides := append(append([]string(nil), early...), late...)
	return func(t string) []int {
		b := digitsUpTo(t, 0, 2)
		a := spaces(t, b)
		if b == 0 || a == b {
			return nil
		}
		for _, mw := range month {
			c := wordEnd(t, a, mw)
			if c < 0 {
				continue
			}
			d := spaces(t, c)
			if d == c {
				continue
			}
			for _, sw := range sides {
				e := wordEnd(t, d, sw)
				if e < 0 {
					continue
				}
				f := spaces(t, e)
				if f == e {
					continue
				}
				for _, yw := range year {
					h := wordEnd(t, f, yw)
					if h < 0 {
						continue
					}
					end, ys := h, -1
					if k := spaces(t, h); k > h && fourDigits(t, k) {
						end, ys = k+4, k
					}
					m := g.match(end)
					m[span], m[span+1] = 0, end
					m[num], m[num+1] = 0, b
					m[side], m[side+1] = d, e
					if ys >= 0 {
						m[y], m[y+1] = ys, ys+4
					}
					return m
				}
			}
		}
		return nil
	}
}

// scanTerm: {termof}\s+(\d{4})\s*(?:[-–—]|{until})\s*(?:{year}\s+)?(\d{4}),
// "nhiệm kỳ 2021 - 2026".
func scanTerm(g scanGroups, termof, until, year []string) dateScan {
	span, ga, gb := g.slot("span"), g.slot("a"), g.slot("b")
	joins := append([]string{"-", "–", "—"}, until...)
	return func(t string) []int {
		for _, w := range termof {
			j := wordEnd(t, 0, w)
			if j < 0 {
				continue
			}
			a := spaces(t, j)
			if a == j || !fourDigits(t, a) {
				continue
			}
			c := spaces(t, a+4)
			for _, jw := range joins {
				e := wordEnd(t, c, jw)
				if e < 0 {
					continue
				}
				f := spaces(t, e)
				b := -1
				for _, yw := range year {
					if h := wordEnd(t, f, yw); h >= 0 {
						if k := spaces(t, h); k > h && fourDigits(t, k) {
							b = k
							break
						}
					}
				}
				if b < 0 && fourDigits(t, f) {
					b = f
				}
				if b < 0 {
					continue
				}
				m := g.match(b + 4)
				m[span], m[span+1] = 0, b+4
				m[ga], m[ga+1] = a, a+4
				m[gb], m[gb+1] = b, b+4
				return m
			}
		}
		return nil
	}
}

// scanWordsDate: (\d{1,2})\s*{month}\s*(\d{1,2})(?:\s*{year}\s*(\d{4}))?,
// "23 tháng 4 năm 2018".
func scanWordsDate(g scanGroups, month, year []string) dateScan {
	span, gd, gm, gy := g.slot("span"), g.slot("d"), g.slot("m"), g.slot("y")
	return func(t string) []int {
		b := digitsUpTo(t, 0, 2)
		if b == 0 {
			return nil
		}
		a := spaces(t, b)
		for _, mw := range month {
			c := wordEnd(t, a, mw)
			if c < 0 {
				continue
			}
			d := spaces(t, c)
			e := digitsUpTo(t, d, 2)
			if e == d {
				continue
			}
			end, ys := e, -1
			f := spaces(t, e)
			for _, yw := range year {
				if h := wordEnd(t, f, yw); h >= 0 {
					if k := spaces(t, h); fourDigits(t, k) {
						end, ys = k+4, k
						break
					}
				}
			}
			m := g.match(end)
			m[span], m[span+1] = 0, end
			m[gd], m[gd+1] = 0, b
			m[gm], m[gm+1] = d, e
			if ys >= 0 {
				m[gy], m[gy+1] = ys, ys+4
			}
			return m
		}
		return nil
	}
}

// scanDayRange: ({day}\s+(\d{1,2}))\s*(?:{to}|-|–)\s*(?:{day}\s+)?\d{1,2}[/.-](\d{1,2})(?:[/.-](\d{4}))?,
// "ngày 11 đến 13/5"; joins are {to}'s words, "-" and "–" in that order.
func scanDayRange(g scanGroups, day, joins []string) dateScan {
	span, gd, gm, gy := g.slot("span"), g.slot("d"), g.slot("m"), g.slot("y")
	// tail reads \d{1,2}[/.-](\d{1,2})(?:[/.-](\d{4}))? at i
	tail := func(t string, i int) (ms, me, ys int) {
		k := digitsUpTo(t, i, 2)
		if k == i || !byteIn(t, k, "/.-") {
			return -1, -1, -1
		}
		me = digitsUpTo(t, k+1, 2)
		if me == k+1 {
			return -1, -1, -1
		}
		if byteIn(t, me, "/.-") && fourDigits(t, me+1) {
			return k + 1, me, me + 1
		}
		return k + 1, me, -1
	}
	return func(t string) []int {
		for _, w := range day {
			j := wordEnd(t, 0, w)
			if j < 0 {
				continue
			}
			a := spaces(t, j)
			b := digitsUpTo(t, a, 2)
			if a == j || b == a {
				continue
			}
			c := spaces(t, b)
			for _, jw := range joins {
				e := wordEnd(t, c, jw)
				if e < 0 {
					continue
				}
				f := spaces(t, e)
				ms, me, ys := -1, -1, -1
				for _, dw := range day { // (?:{day}\s+)? first with the word
					if h := wordEnd(t, f, dw); h >= 0 {
						if k := spaces(t, h); k > h {
							if ms, me, ys = tail(t, k); ms >= 0 {
								break
							}
						}
					}
				}
				if ms < 0 {
					ms, me, ys = tail(t, f)
				}
				if ms < 0 {
					continue
				}
				end := me
				if ys >= 0 {
					end = ys + 4
				}
				m := g.match(end)
				m[span], m[span+1] = 0, b
				m[gd], m[gd+1] = a, b
				m[gm], m[gm+1] = ms, me
				if ys >= 0 {
					m[gy], m[gy+1] = ys, ys+4
				}
				return m
			}
		}
		return nil
	}
}

// scanRange: the range pattern (dateWords.rangeDM), "6-10/2", "30/4 - 1/5",
// "ngày 9 và ngày 10-2":
//
//	(\d{1,2})(?:\s?[/.]\s?(\d{1,2})(?:\s?[/.]\s?(\d{4}))?)?\s*(-|–|{and})\s*(?:{day}\s+)?
//	(\d{1,2})\s?([/.-])\s?(\d{1,2})(?:\s?[/.-]\s?(\d{4}))?
//
// The month and year of the first day are taken when there; a match that
// fails after them fails without them too (a separator or a digit stands
// where the join would have to), so they are never given back.
func scanRange(g scanGroups, joins, day []string) dateScan {
	gd1, gm1, gy1, gsep := g.slot("d1"), g.slot("m1"), g.slot("y1"), g.slot("sep")
	gd2, gs2, gm2, gy2 := g.slot("d2"), g.slot("s2"), g.slot("m2"), g.slot("y2")
	// sepNumber reads \s?[seps]\s?(\d{n}) at i (n 2: one or two digits):
	// the number's start and end, -1 when none
	sepNumber := func(t string, i int, seps string, n int) (int, int) {
		k := oneSpace(t, i)
		if !byteIn(t, k, seps) {
			return -1, -1
		}
		s := oneSpace(t, k+1)
		if n == 4 {
			if fourDigits(t, s) {
				return s, s + 4
			}
			return -1, -1
		}
		if e := digitsUpTo(t, s, 2); e > s {
			return s, e
		}
		return -1, -1
	}
	// second reads (\d{1,2})\s?([/.-])\s?(\d{1,2})(?:\s?[/.-]\s?(\d{4}))?
	// at i into m, false when it does not match there
	second := func(t string, i int, m []int) bool {
		e := digitsUpTo(t, i, 2)
		if e == i {
			return false
		}
		k := oneSpace(t, e)
		ms, me := sepNumber(t, e, "/.-", 2)
		if ms < 0 {
			return false
		}
		m[gd2], m[gd2+1] = i, e
		m[gs2], m[gs2+1] = k, k+1
		m[gm2], m[gm2+1] = ms, me
		m[1] = me
		if ys, ye := sepNumber(t, me, "/.-", 4); ys >= 0 {
			m[gy2], m[gy2+1] = ys, ye
			m[1] = ye
		}
		return true
	}
	return func(t string) []int {
		e := digitsUpTo(t, 0, 2)
		if e == 0 {
			return nil
		}
		m1s, m1e := sepNumber(t, e, "/.", 2)
		y1s, y1e := -1, -1
		end := e
		if m1s >= 0 {
			end = m1e
			if y1s, y1e = sepNumber(t, m1e, "/.", 4); y1s >= 0 {
				end = y1e
			}
		}
		c := spaces(t, end)
		for _, jw := range joins {
			j := wordEnd(t, c, jw)
			if j < 0 {
				continue
			}
			f := spaces(t, j)
			m := g.match(0)
			ok := false
			for _, dw := range day { // (?:{day}\s+)? first with the word
				if h := wordEnd(t, f, dw); h >= 0 {
					if k := spaces(t, h); k > h && second(t, k, m) {
						ok = true
						break
					}
				}
			}
			if !ok && !second(t, f, m) {
				continue
			}
			m[gd1], m[gd1+1] = 0, e
			if m1s >= 0 {
				m[gm1], m[gm1+1] = m1s, m1e
			}
			if y1s >= 0 {
				m[gy1], m[gy1+1] = y1s, y1e
			}
			m[gsep], m[gsep+1] = c, j
			return m
		}
		return nil
	}
}

// firstBytes returns the set of the first bytes of words, nil when one is
// empty (it would begin with anything).
func firstBytes(words []string) *[256]bool {
	set := new([256]bool)
	for _, w := range words {
		if w == "" {
			return nil
		}
		set[w[0]] = true
	}
	return set
}

// lunarMayFollow reports whether the lunar-mark pattern may match s: after
// its white space stands a mark's first byte or a bracket. Most days are
// followed by another word, and the pattern need not run.
func (w *dateWords) lunarMayFollow(s string) bool {
	k := spaces(s, 0)
	return w.lunarFirst == nil || k < len(s) && w.lunarFirst[s[k]]
}

// clockMatch returns what w.clock.FindStringSubmatchIndex(s) returns. The
// pattern is tried, anchored, at the start of s (where "^" may stand for
// the character before the time) and at each later character that a
// time's first byte follows (a digit, or the first byte of "vào", "lúc"):
// leftmost first, as the search tries them. Go's search tried the whole
// pattern at each of the 40 bytes before a day, some 26,000 instructions
// a call. The places are found by decoding s forward from its start, as
// the search steps through it, so invalid UTF-8 is stepped the same way.
func (w *dateWords) clockMatch(s string) []int {
	if w.clockFirst == nil {
		return w.clock.FindStringSubmatchIndex(s)
	}
	if m := w.clockAt0.FindStringSubmatchIndex(s); m != nil {
		return m
	}
	for p := 0; p < len(s); {
		n := 1
		if s[p] >= utf8.RuneSelf {
			_, n = utf8.DecodeRuneInString(s[p:])
		}
		if p > 0 && p+n < len(s) && w.clockFirst[s[p+n]] {
			if m := w.clockAfter.FindStringSubmatchIndex(s[p:]); m != nil {
				for k := range m {
					if m[k] >= 0 {
						m[k] += p
					}
				}
				return m
			}
		}
		p += n
	}
	return nil
}

// setScanners gives the relative-day and weekday patterns their scanners,
// when their words are what a scanner reads.
func (w *dateWords) setScanners(lists map[string][]string) {
	pods, ok1 := scanWords(lists["partofday"]...)
	var relWords []string
	for r := range w.relative {
		relWords = append(relWords, r)
	}
	rels, ok2 := scanWords(relWords...)
	if ok1 && ok2 {
		w.relativeAt.scan = scanRelative(groupsOf(w.relative_), pods, rels)
	}
	of, ok3 := scanWords(roles["of"]...)
	weekdayOf, ok4 := scanWords(roles["weekdayof"]...)
	days, ok5 := scanWords(weekdayWords()...)
	sunday, ok6 := scanWords(roles["sunday"]...)
	mods, ok7 := scanWords(lists["weekafter"]...)
	if ok3 && ok4 && ok5 && ok6 && ok7 {
		w.weekdayAt.scan = scanWeekday(groupsOf(w.weekday), weekdayOf, days, sunday, of, mods)
	}
	w.setWordScanners(lists)
}

// firstOfWords returns the end of the first of words at i of t, -1 when none
// is there: an alternation that nothing follows in its pattern.
func firstOfWords(t string, i int, words *wordsByFirst) int {
	for _, w := range words.at(t, i) {
		if e := wordEnd(t, i, w); e >= 0 {
			return e
		}
	}
	return -1
}

// wordsByFirst holds words, in the order the pattern tries them, by their
// first byte: only those can begin at a byte, and their order among
// themselves is the pattern's.
type wordsByFirst [256][]string

func byFirst(words []string) *wordsByFirst {
	b := new(wordsByFirst)
	for _, w := range words {
		b[w[0]] = append(b[w[0]], w)
	}
	return b
}

// at returns the words that may begin at i of t.
func (b *wordsByFirst) at(t string, i int) []string {
	if i >= len(t) {
		return nil
	}
	return b[t[i]]
}

// scanRelative: (?:({partofday})\s+)?({relative}), "chiều hôm qua".
func scanRelative(g scanGroups, podList, relList []string) dateScan {
	gpod, grel := g.slot("pod"), g.slot("rel")
	pods, rels := byFirst(podList), byFirst(relList)
	return func(t string) []int {
		for _, p := range pods.at(t, 0) {
			e := wordEnd(t, 0, p)
			if e < 0 {
				continue
			}
			f := spaces(t, e)
			if f == e {
				continue
			}
			if r := firstOfWords(t, f, rels); r >= 0 {
				m := g.match(r)
				m[gpod], m[gpod+1] = 0, e
				m[grel], m[grel+1] = f, r
				return m
			}
		}
		if r := firstOfWords(t, 0, rels); r >= 0 {
			m := g.match(r)
			m[grel], m[grel+1] = 0, r
			return m
		}
		return nil
	}
}

// scanWeekday: ({weekdayof}\s+{weekday}|{sunday})\s+(?:{of}\s+)?({weekafter}),
// "thứ Năm tuần tới", "chủ nhật vừa qua".
func scanWeekday(g scanGroups, weekdayOf, dayList, sunday, of, modList []string) dateScan {
	gwd, gmod := g.slot("wd"), g.slot("mod")
	days, mods := byFirst(dayList), byFirst(modList)
	// rest reads \s+(?:{of}\s+)?({weekafter}) at e: the modifier's span
	rest := func(t string, e int) (int, int) {
		f := spaces(t, e)
		if f == e {
			return -1, -1
		}
		for _, o := range of {
			if h := wordEnd(t, f, o); h >= 0 {
				if k := spaces(t, h); k > h {
					if r := firstOfWords(t, k, mods); r >= 0 {
						return k, r
					}
				}
			}
		}
		return f, firstOfWords(t, f, mods)
	}
	found := func(e, ms, me int) []int {
		m := g.match(me)
		m[gwd], m[gwd+1] = 0, e
		m[gmod], m[gmod+1] = ms, me
		return m
	}
	return func(t string) []int {
		for _, w := range weekdayOf {
			j := wordEnd(t, 0, w)
			if j < 0 {
				continue
			}
			k := spaces(t, j)
			if k == j {
				continue
			}
			for _, d := range days.at(t, k) {
				e := wordEnd(t, k, d)
				if e < 0 {
					continue
				}
				if ms, me := rest(t, e); me >= 0 {
					return found(e, ms, me)
				}
			}
		}
		for _, w := range sunday {
			if e := wordEnd(t, 0, w); e >= 0 {
				if ms, me := rest(t, e); me >= 0 {
					return found(e, ms, me)
				}
			}
		}
		return nil
	}
}

// wordDayGroups: the most groups a word-day pattern has (wordDate: the
// whole match, pod, cue, d, m, leap, y, cc, y2)
const wordDayGroups = 9

// wordDay is a match of a word-day pattern being read: its indexes, set as
// the steps succeed (-1: not set).
type wordDay [2 * wordDayGroups]int

// scanWordDay reads the beginning the word-date and Tết-day patterns
// share, (?:({partofday})\s+)?(?:({daycue})\s+)?(\d{1,2}|{days}), then
// what follows the day (tail, from the day's end: the match's end, -1
// when it fails; it sets its own groups in m only when it succeeds). The
// optional words are tried first with each word, then without, as the
// pattern tries them.
func scanWordDay(g scanGroups, podList, cueList, dayList []string, tail func(t string, i int, m *wordDay) int) dateScan {
	gpod, gcue, gd := g.slot("pod"), g.slot("cue"), g.slot("d")
	if g.n > wordDayGroups {
		panic("dates: a word-day pattern with more groups than wordDay holds")
	}
	pods, cues, days := byFirst(podList), byFirst(cueList), byFirst(dayList)
	// day reads (\d{1,2}|{days}) at i and the tail: the match's end
	day := func(t string, i int, m *wordDay) int {
		if e := digitsUpTo(t, i, 2); e > i {
			for ; e > i; e-- { // \d{1,2}: two digits, then one
				if end := tail(t, e, m); end >= 0 {
					m[gd], m[gd+1] = i, e
					return end
				}
			}
		}
		for _, w := range days.at(t, i) {
			if e := wordEnd(t, i, w); e >= 0 {
				if end := tail(t, e, m); end >= 0 {
					m[gd], m[gd+1] = i, e
					return end
				}
			}
		}
		return -1
	}
	// optional reads (?:({words})\s+)? at i, then next: the match's end
	optional := func(t string, i int, words *wordsByFirst, slot int, m *wordDay, next func(int) int) int {
		for _, w := range words.at(t, i) {
			e := wordEnd(t, i, w)
			if e < 0 {
				continue
			}
			f := spaces(t, e)
			if f == e {
				continue
			}
			if end := next(f); end >= 0 {
				m[slot], m[slot+1] = i, e
				return end
			}
		}
		return next(i)
	}
	return func(t string) []int {
		var m wordDay
		for k := range m {
			m[k] = -1
		}
		end := optional(t, 0, pods, gpod, &m, func(i int) int {
			return optional(t, i, cues, gcue, &m, func(i int) int { return day(t, i, &m) })
		})
		if end < 0 {
			return nil
		}
		out := g.match(end)
		copy(out[2:], m[2:2*g.n])
		return out
	}
}

// setWordScanners gives the word-date and Tết-day patterns their
// scanners, when their words are what a scanner reads.
func (w *dateWords) setWordScanners(lists map[string][]string) {
	var dayWords, monthWords []string
	for d := range w.days {
		dayWords = append(dayWords, d)
	}
	for d := range w.dayWords {
		dayWords = append(dayWords, d)
	}
	for m := range w.months {
		monthWords = append(monthWords, m)
	}
	var cycle []string
	for _, s := range lunar.Stems {
		for _, b := range lunar.Branches {
			cycle = append(cycle, strings.ToLower(s+" "+b))
		}
	}
	pods, ok1 := scanWords(lists["partofday"]...)
	cues, ok2 := scanWords(lists["daycue"]...)
	days, ok3 := scanWords(dayWords...)
	months, ok4 := scanWords(monthWords...)
	cycles, ok5 := scanWords(cycle...)
	tets, ok6 := scanWords(lists["tet"]...)
	month, ok7 := scanWords(roles["month"]...)
	leap, ok8 := scanWords(roles["leap"]...)
	year, ok9 := scanWords(roles["year"]...)
	if !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6 && ok7 && ok8 && ok9) {
		return
	}
	// Tết-day: ... \s+(?:{tet})
	tet := byFirst(tets)
	w.at[w.tetDay].scan = scanWordDay(groupsOf(w.tetDay), pods, cues, days, func(t string, i int, _ *wordDay) int {
		k := spaces(t, i)
		if k == i {
			return -1
		}
		return firstOfWords(t, k, tet)
	})
	// word date: ... \s+{month}\s+(\d{1,2}|{months})(\s+{leap})?
	// (?:\s*,?\s*{year}\s+(?:(\d{4})|({cycle})(?:\s+(\d{4}))?))?
	g := groupsOf(w.wordDate)
	gm, gleap, gy, gcc, gy2 := g.slot("m"), g.slot("leap"), g.slot("y"), g.slot("cc"), g.slot("y2")
	monthsBy, cyclesBy, leapBy := byFirst(months), byFirst(cycles), byFirst(leap)
	w.at[w.wordDate].scan = scanWordDay(g, pods, cues, days, func(t string, i int, m *wordDay) int {
		k := spaces(t, i)
		if k == i {
			return -1
		}
		for _, mw := range month {
			e := wordEnd(t, k, mw)
			if e < 0 {
				continue
			}
			f := spaces(t, e)
			if f == e {
				continue
			}
			// the month: its digits, else the first of its words (what
			// follows is optional: the first that is there is taken)
			me := digitsUpTo(t, f, 2)
			if me == f {
				if me = firstOfWords(t, f, monthsBy); me < 0 {
					continue
				}
			}
			m[gm], m[gm+1] = f, me
			end := me
			if h := spaces(t, end); h > end {
				if l := firstOfWords(t, h, leapBy); l >= 0 {
					m[gleap], m[gleap+1] = end, l
					end = l
				}
			}
			// the year, optional
			h := spaces(t, end)
			if h < len(t) && t[h] == ',' {
				h = spaces(t, h+1)
			}
			for _, yw := range year {
				ye := wordEnd(t, h, yw)
				if ye < 0 {
					continue
				}
				s := spaces(t, ye)
				if s == ye {
					continue
				}
				if fourDigits(t, s) {
					m[gy], m[gy+1] = s, s+4
					return s + 4
				}
				if ce := firstOfWords(t, s, cyclesBy); ce >= 0 {
					m[gcc], m[gcc+1] = s, ce
					if s2 := spaces(t, ce); s2 > ce && fourDigits(t, s2) {
						m[gy2], m[gy2+1] = s2, s2+4
						return s2 + 4
					}
					return ce
				}
			}
			return end
		}
		return -1
	})
}
