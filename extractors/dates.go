package extractors

import (
	"fmt"
	"math"
	"math/bits"
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/vnextract/vnextract/lang/vi"
	"github.com/vnextract/vnextract/pipeline/doc"
)

// Dates finds calendar dates and periods: "Sáng 31/12", "ngày 30/7/2021",
// "Thứ năm, 13/01/2022", "ngày 23 tháng 4 năm 2018", "tháng 9/2020",
// "năm 2021", "quý I/2021", "9 tháng đầu năm 2020", "nhiệm kỳ 2021 - 2026".
// A day without a year takes it from the publication date (the latest such
// day not after it), else from the one year its sentence names, else stays
// XXXX-MM-DD.
type Dates struct {
	day, dayMonth, words, month, quarter, period, term, year *regexp.Regexp
	dayRange, dmyy, iso                                      *regexp.Regexp
	// the cue words before a date, matched backwards from its digits:
	// optional before a full date, required before a day and month alone
	prefix, dmCue *regexp.Regexp
	// the same, tried only where a match can start (see litPattern)
	prefixAt, dmCueAt *litPattern
	// at holds the patterns run over windows, each tried only where a
	// match can start
	at map[*regexp.Regexp]*litPattern
	// needs maps each pattern to a cheap test a window must pass before the
	// pattern runs on it: the words and digits every match holds
	needs map[*regexp.Regexp]windowNeed
	// needBit: the patterns whose test windowNeeds reads, with the other
	// window tests, in one pass over a window's runs, and their bits
	needBit map[*regexp.Regexp]uint16
	// terms, quarters: the words the term's and the quarter's tests read
	terms    [][]string
	termLast [256]bool // the last bytes of the terms' words
	quarters []string
	// pats: the window patterns, their litPattern and bit, looked up on
	// each rule's run without a map
	pats []windowPattern
	// w: dates in words, the lunar calendar, relative days, ranges
	w *dateWords
}

// dateRoles holds the words the date patterns and tests are written with,
// by the part they play (lang/vi/lexicon/dates.txt, kind role): a pattern
// names a role, "{month}", never a word.
type dateRoles map[string][]string

var roles = func() dateRoles {
	r := dateRoles{}
	for _, f := range vi.Records("dates.txt") {
		if len(f) >= 3 && f[0] == "role" {
			r[f[2]] = append(r[f[2]], f[1])
		}
	}
	return r
}()

// one returns the one word of a role.
func (r dateRoles) one(role string) string {
	if len(r[role]) != 1 {
		panic("dates: role " + role + " must have one word in dates.txt")
	}
	return r[role][0]
}

// is reports whether w is one of a role's words.
func (r dateRoles) is(role, w string) bool { return slices.Contains(r[role], w) }

var rolePlace = regexp.MustCompile(`\{([a-z]+)\}`)

// expand writes each {role} of pattern p as an alternation of its words.
func (r dateRoles) expand(p string) string {
	return rolePlace.ReplaceAllStringFunc(p, func(m string) string {
		ws := r[m[1:len(m)-1]]
		if len(ws) == 0 {
			panic("dates: no words for " + m + " in dates.txt")
		}
		return `(?:` + alternation(ws) + `)`
	})
}

// part of day, weekday and "ngày" cues that may stand before a date
var (
	datePartOfDay = roles.expand(`(?:{dawn}\s+)?{daypart}`)
	dateWeekday   = roles.expand(`(?:{weekdayof}\s+`) + `(?:` + alternation(weekdayWords()) + `)` + roles.expand(`|{sunday})`)
	datePrefix    = roles.expand(`(?:(?P<pod>` + datePartOfDay + `)\s+(?:{dayof}\s+)?(?:{fromtoday}\s*,?\s+)?(?:{day}\s+)?|(?P<wd>` + dateWeekday + `)\s*,?\s*(?:{day}\s+)?|(?:{day}|{dayof})\s+(?:(?:{dayof}\s+)?{fromtoday}\s*,?\s+)?|{firstdays}\s+)`)
)

func NewDates() *Dates {
	// patterns run on a lower-cased copy of the text (see lowerSameLen), so
	// they need no case folding, the slow part of matching
	ci := func(s string) *regexp.Regexp { return regexp.MustCompile(s) }
	x := &Dates{
		// 30/7/2021, ngày 30-7-2021, Thứ năm, 13/01/2022
		// Every pattern that starts with the day's digits leaves its cue
		// words ("Sáng", "Thứ năm,", "ngày") to prefix and dmCue: a
		// pattern that may start with a word is tried at every position.
		day:    ci(`(?P<span>(?P<d>\d{1,2})\s?[/.-]\s?(?P<m>\d{1,2})\s?[/.-]\s?(?P<y>\d{4}))`),
		prefix: ci(datePrefix + `$`),
		// "Sáng nay (28/4)", "Hôm qua (3/5)": the day in brackets
		dmCue: ci(`(?:` + datePrefix + roles.expand(`|(?:{from}|{to}|{occasion})\s+(?:{day}\s+)?|{beforetoday}\s+{fromtoday}\s*\(\s*)$`)),
		// Sáng 31/12, ngày 13/1, chiều ngày 30/9, từ ngày 1/1 đến 15/1
		dayMonth: ci(`(?P<span>(?P<d>\d{1,2})[/.-](?P<m>\d{1,2}))`),
		// từ ngày 11 đến 13/5: the first day shares the month
		dayRange: ci(roles.expand(`(?P<span>{day}\s+(?P<d>\d{1,2}))\s*(?:{to}|-|–)\s*(?:{day}\s+)?\d{1,2}[/.-](?P<m>\d{1,2})(?:[/.-](?P<y>\d{4}))?`)),
		// ngày 3/3/17: a two-digit year, only after a cue
		dmyy: ci(`(?P<span>(?P<d>\d{1,2})(?P<s>[/.-])(?P<m>\d{1,2})[/.-](?P<y>\d{2}))`),
		// 2017-05-10, 2017/05/10: the ISO order, year first
		iso: ci(`(?P<span>(?P<y>(?:19|20)\d{2})(?P<s>[/-])(?P<m>\d{1,2})[/-](?P<d>\d{1,2}))`),
		// ngày 23 tháng 4 năm 2018, 23 tháng 4
		words: ci(roles.expand(`(?P<span>(?P<d>\d{1,2})\s*{month}\s*(?P<m>\d{1,2})(?:\s*{year}\s*(?P<y>\d{4}))?)`)),
		// tháng 9/2020, tháng 9 năm 2020, tháng 9-2020
		month: ci(roles.expand(`(?P<span>{month}\s+(?P<m>\d{1,2})(?:\s*[/-]\s*|\s+{year}\s+)(?P<y>\d{4}))`)),
		// quý I/2021, quý 1 năm 2021
		quarter: ci(roles.expand(`(?P<span>{quarter}\s+(?P<q>i{1,3}|iv|[1-4])(?:\s*[/-]\s*|\s+{year}\s+)(?P<y>\d{4}))`)),
		// 9 tháng đầu năm 2020, 6 tháng cuối năm
		period: ci(roles.expand(`(?P<span>(?P<n>\d{1,2})\s+{month}\s+(?P<side>{early}|{late})\s+{year}(?:\s+(?P<y>\d{4}))?)`)),
		// nhiệm kỳ 2021 - 2026, giai đoạn 2021-2025
		term: ci(roles.expand(`(?P<span>{termof}\s+(?P<a>\d{4})\s*(?:[-–—]|{until})\s*(?:{year}\s+)?(?P<b>\d{4}))`)),
		// năm 2021
		year: ci(roles.expand(`(?P<span>{year}\s+(?P<y>(?:19|20)\d{2}))`)),
	}
	x.prefixAt, x.dmCueAt = newLitPattern(x.prefix), newLitPattern(x.dmCue)
	// their texts are the 48 bytes before a day, and repeat
	x.prefixAt.memo = &matchMemo{m: map[string][]int{}}
	x.dmCueAt.memo = &matchMemo{m: map[string][]int{}}
	x.at = map[*regexp.Regexp]*litPattern{}
	for _, re := range []*regexp.Regexp{x.dayRange, x.dmyy, x.iso, x.words, x.month, x.quarter, x.period, x.term, x.year} {
		x.at[re] = newLitPattern(re)
	}
	x.w = newDateWords()
	x.setNeeds()
	x.setScanners()
	return x
}

// litPattern finds a pattern in a short text (the cue before a date, which
// ends with "$"; a window of relative days or weekdays). Go's unanchored
// search tries the pattern at every byte, and these patterns are long
// alternations that fail at most of them: here it is tried, anchored, only
// where one of the words a match begins with stands, leftmost first. That
// finds the match the unanchored search finds (the leftmost start, then the
// pattern's own preference), for a pattern that looks at no byte before its
// start: no "\b" or "^" (newLitPattern keeps the plain search for any
// pattern it cannot read so, or that can match the empty text).
type litPattern struct {
	re *regexp.Regexp // as written
	at *regexp.Regexp // the same, anchored at the start
	// starts holds, by first byte, the texts a match begins with; nil: the
	// plain search
	starts *[256][]string
	// heads: starts by first byte again, grouped by their first four bytes
	// (fewer: the rest of mask zero) as a 32-bit load of the text reads
	// them: most places fail there, and starts that differ only later
	// ("năm\t", "năm ", the pattern's "năm\s") are compared once
	heads *[256][]litHead
	// pairs: a bit for each first two bytes of a start (pairKey; a start
	// of one byte sets every pair it begins), tested before startsAt
	pairs *[1 << 10]uint64
	// may, if set, is a further test of a place where a match may begin
	// (i, in t): false where none can
	may func(t string, i int) bool
	// memo, if set, keeps the anchored match of short texts, which repeat
	// ("ngày ", "sáng ngày ", "từ ngày " before a day)
	memo *matchMemo
	// scan, if set, is the anchored match read by hand (dates_scan.go)
	scan dateScan
	// how find passes over the bytes no start begins with: one (when not
	// negative) is the one byte every start begins with, found by
	// strings.IndexByte; digits: the starts begin with the ten digits
	// and no other byte, found eight at a time; else the table first
	one    int
	digits bool
	first  [256]bool
}

// matchMemo maps a text to a pattern's anchored match on it (nil: none),
// up to a number of texts, shared by every document: the match depends on
// the text alone, so what it holds is what the pattern finds.
type matchMemo struct {
	mu sync.RWMutex
	m  map[string][]int
}

const (
	memoTexts  = 4096 // texts kept, at most
	memoLength = 64   // bytes of the longest text kept
)

// match returns at's match on t, from the memo when t is in it.
func (mm *matchMemo) match(at *regexp.Regexp, t string) []int {
	if len(t) > memoLength {
		return at.FindStringSubmatchIndex(t)
	}
	mm.mu.RLock()
	m, ok := mm.m[t]
	mm.mu.RUnlock()
	if !ok {
		m = at.FindStringSubmatchIndex(t)
		mm.mu.Lock()
		if len(mm.m) < memoTexts {
			mm.m[strings.Clone(t)] = m // t may be cut from a buffer used again
		}
		mm.mu.Unlock()
	}
	if m == nil {
		return nil
	}
	return slices.Clone(m) // the caller shifts the indexes in place
}

func newLitPattern(re *regexp.Regexp) *litPattern {
	p := &litPattern{re: re, at: regexp.MustCompile(`^(?:` + re.String() + `)`)}
	tree, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		panic(err) // re was compiled from the same text
	}
	if lits, nullable, ok := matchStarts(tree.Simplify()); ok && !nullable {
		p.starts = new([256][]string)
		for _, l := range lits {
			if !slices.Contains(p.starts[l[0]], l) {
				p.starts[l[0]] = append(p.starts[l[0]], l)
			}
		}
		p.heads = new([256][]litHead)
		p.pairs = new([1 << 10]uint64)
		for c, ls := range p.starts {
			for _, l := range ls {
				for c2 := range 256 {
					if len(l) == 1 || l[1] == byte(c2) {
						k := pairKey(l[0], byte(c2))
						p.pairs[k>>6] |= 1 << (k & 63)
					}
				}
				h := newAnchorWord(l, 0)
				k := slices.IndexFunc(p.heads[c], func(x litHead) bool { return x.head == h.head && x.mask == h.mask })
				if k < 0 {
					k = len(p.heads[c])
					p.heads[c] = append(p.heads[c], litHead{head: h.head, mask: h.mask})
				}
				p.heads[c][k].lits = append(p.heads[c][k].lits, l)
			}
		}
		p.one = -1
		n, digits := 0, 0
		for c, ls := range p.starts {
			if ls != nil {
				p.first[c] = true
				p.one = c
				n++
				if asciiDigit(byte(c)) {
					digits++
				}
			}
		}
		if n != 1 {
			p.one = -1
		}
		p.digits = n == 10 && digits == 10
	}
	return p
}

// next returns the first byte of t at or after i that a start begins
// with, len(t) when there is none.
func (p *litPattern) next(t string, i int) int {
	switch {
	case p.one >= 0:
		if k := strings.IndexByte(t[i:], byte(p.one)); k >= 0 {
			return i + k
		}
		return len(t)
	case p.digits:
		return nextDigit(t, i)
	}
	for i < len(t) && !p.first[t[i]] {
		i++
	}
	return i
}

// nextDigit returns the first ASCII digit of t at or after i, len(t) when
// there is none, reading eight bytes at a time: per byte, bit 7 of the
// sums is set from "0" up and from ":" up, and the byte itself is ASCII.
func nextDigit(t string, i int) int {
	const lo7, high, ones = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080, 0x0101010101010101
	for ; i+8 <= len(t); i += 8 {
		q := t[i : i+8]
		x := uint64(q[0]) | uint64(q[1])<<8 | uint64(q[2])<<16 | uint64(q[3])<<24 |
			uint64(q[4])<<32 | uint64(q[5])<<40 | uint64(q[6])<<48 | uint64(q[7])<<56
		x7 := x & lo7
		if d := ^x & (x7 + (0x80-'0')*ones) &^ (x7 + (0x80-'9'-1)*ones) & high; d != 0 {
			return i + bits.TrailingZeros64(d)>>3
		}
	}
	for i < len(t) && !asciiDigit(t[i]) {
		i++
	}
	return i
}

// findAll returns what p.re.FindAllStringSubmatchIndex(t, -1) returns:
// each search starts where the last match ended.
func (p *litPattern) findAll(t string) [][]int { return p.findAllTo(nil, t, 0) }

// findAllTo is findAll appending to out, each index moved by off (t's
// start in a longer text): one slice for a document's matches, not one a
// window.
func (p *litPattern) findAllTo(out [][]int, t string, off int) [][]int {
	if p.starts == nil {
		return appendShifted(out, p.re.FindAllStringSubmatchIndex(t, -1), off)
	}
	for i := 0; i < len(t); {
		m := p.find(t[i:])
		if m == nil {
			break
		}
		end := i + m[1] // past i: the pattern cannot match the empty text
		for k := range m {
			if m[k] >= 0 {
				m[k] += i + off
			}
		}
		out = append(out, m)
		i = end
	}
	return out
}

// find returns the match's submatch indexes in t, nil if none.
func (p *litPattern) find(t string) []int {
	if p.starts == nil {
		return p.re.FindStringSubmatchIndex(t)
	}
	for i := p.next(t, 0); i < len(t); i = p.next(t, i+1) {
		if i+1 < len(t) {
			// the first two bytes of no start: most places that begin
			// with "n" go on with "g" or "h", not "ă" ("năm")
			if k := pairKey(t[i], t[i+1]); p.pairs[k>>6]&(1<<(k&63)) == 0 {
				continue
			}
		}
		if !p.startsAt(t, i) || p.may != nil && !p.may(t, i) {
			continue
		}
		var m []int
		if p.scan != nil {
			m = p.scan(t[i:])
		} else if p.memo != nil {
			m = p.memo.match(p.at, t[i:])
		} else {
			m = p.at.FindStringSubmatchIndex(t[i:])
		}
		if m != nil {
			for k := range m {
				if m[k] >= 0 {
					m[k] += i
				}
			}
			return m
		}
	}
	return nil
}

// litHead is the starts of a litPattern that share their first four bytes.
type litHead struct {
	head, mask uint32
	lits       []string
}

// startsAt reports whether t holds one of p's starts at i:
// hasPrefixIn(t[i:], p.starts[t[i]]), the first four bytes compared at
// once.
func (p *litPattern) startsAt(t string, i int) bool {
	if i+4 > len(t) {
		return hasPrefixIn(t[i:], p.starts[t[i]])
	}
	x := *(*uint32)(unsafe.Pointer(unsafe.StringData(t[i : i+4])))
	for _, h := range p.heads[t[i]] {
		if x&h.mask == h.head && hasPrefixIn(t[i:], h.lits) {
			return true
		}
	}
	return false
}

// hasPrefixIn reports whether s begins with one of lits, whose first
// bytes are s's. The second and the last byte are compared before the
// rest: "th" begins "tháng" and many common words ("thông", "thì", "thể").
func hasPrefixIn(s string, lits []string) bool {
	for _, l := range lits {
		if len(l) == 1 || len(s) >= len(l) && s[1] == l[1] && s[len(l)-1] == l[len(l)-1] && s[:len(l)] == l {
			return true
		}
	}
	return false
}

// matchStarts returns texts one of which begins every non-empty match of
// re, and whether re can match the empty text (a case-folded literal: its
// first letter in each case). ok is false when it cannot tell: a large
// class, or an assertion that reads outside the match (a word boundary,
// the start of a line or of the text).
func matchStarts(re *syntax.Regexp) (lits []string, nullable, ok bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return nil, false, true
	case syntax.OpEmptyMatch, syntax.OpEndText:
		return nil, true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, true, true
		}
		if re.Flags&syntax.FoldCase != 0 {
			// case-folded: its first letter in each of its cases, as (?i)
			// matches it (the orbit of unicode.SimpleFold)
			r := re.Rune[0]
			lits = []string{string(r)}
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				lits = append(lits, string(f))
			}
			return lits, false, true
		}
		return []string{string(re.Rune)}, false, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if len(lits)+int(re.Rune[i+1]-re.Rune[i]) >= 64 {
				return nil, false, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				lits = append(lits, string(r))
			}
		}
		return lits, false, true
	case syntax.OpCapture, syntax.OpPlus:
		return matchStarts(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		lits, _, ok := matchStarts(re.Sub[0])
		return lits, true, ok
	case syntax.OpRepeat:
		lits, n, ok := matchStarts(re.Sub[0])
		return lits, n || re.Min == 0, ok
	case syntax.OpConcat:
		// literals in a row join, and join the texts the next part
		// begins with: the parser writes "trưa|tối" as "t(?:rưa|ối)", and
		// "t" alone would let through every t
		prefix := ""
		for _, sub := range re.Sub {
			if sub.Op == syntax.OpLiteral && sub.Flags&syntax.FoldCase == 0 {
				prefix += string(sub.Rune)
				continue
			}
			l, n, ok := matchStarts(sub)
			if !ok {
				return nil, false, false
			}
			if prefix != "" {
				if n {
					return append(lits, prefix), false, true
				}
				for _, x := range l {
					lits = append(lits, prefix+x)
				}
				return lits, false, true
			}
			lits = append(lits, l...)
			if !n {
				return lits, false, true
			}
		}
		if prefix != "" {
			return append(lits, prefix), false, true
		}
		return lits, true, true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			l, n, ok := matchStarts(sub)
			if !ok {
				return nil, false, false
			}
			lits = append(lits, l...)
			nullable = nullable || n
		}
		return lits, nullable, true
	}
	return nil, false, false
}

func (x *Dates) Name() string { return "dates" }

// windowNeed is a cheap test a window [w[0], w[1]) of t must pass before a
// pattern runs on it; runs are the window's runs of digits (every match
// holds a digit, and most tests read the words before or after one).
type windowNeed func(t string, w [2]int, runs [][2]int) bool

// onText is a need on the whole of s, as the tests call it.
func onText(need windowNeed, s string) bool { return need(s, [2]int{0, len(s)}, digitRuns(s)) }

func (x *Dates) setNeeds() {
	x.needs = map[*regexp.Regexp]windowNeed{}
	needs := x.needs
	sep := func(t string, w [2]int, _ [][2]int) bool { return strings.ContainsAny(t[w[0]:w[1]], "/.-") }
	needs[x.day], needs[x.dayMonth] = sep, sep
	// a word the pattern needs a number right after (over white space):
	// most windows hold "ngày", "tháng" or "năm" but not so
	day, month, year := roles.one("day"), roles.one("month"), roles.one("year")
	// and the run of digits after it as long as the pattern's number:
	// "ngày 11 đến", "tháng 9/2020" one or two digits, "năm 2021" four or
	// more from "19" or "20", "nhiệm kỳ 2021 - 2026" four (a longer run
	// would put a digit where the pattern wants a space or a dash)
	dayDigits, yearDigits, termDigits := runShape{1, 2, false}, runShape{4, math.MaxInt, true}, runShape{4, 4, false}
	dayWords, monthWords, yearWords := []string{day}, []string{month}, []string{year}
	needs[x.dayRange] = func(t string, w [2]int, runs [][2]int) bool {
		return wordBeforeRunShaped(t, w, runs, dayWords, 1, dayDigits)
	}
	// a window the short-year and ISO patterns can match holds their shape:
	// a byte scan is far cheaper than trying the pattern everywhere
	needs[x.dmyy] = func(t string, w [2]int, _ [][2]int) bool { return hasDigitsShape(t[w[0]:w[1]], 2, 2) }
	needs[x.iso] = func(t string, w [2]int, _ [][2]int) bool { return hasDigitsShape(t[w[0]:w[1]], 4, 2) }
	// the word and what stands on either side of it, as the pattern has it
	needs[x.words] = func(t string, w [2]int, runs [][2]int) bool { return digitsAround(t, w, runs, month) }
	needs[x.month] = func(t string, w [2]int, runs [][2]int) bool {
		return wordBeforeRunShaped(t, w, runs, monthWords, 1, dayDigits)
	}
	needs[x.period] = func(t string, w [2]int, runs [][2]int) bool { return wordAfterRun(t, w, runs, month, startsSide) }
	// the quarter's word, and a run of four digits or more: the year
	// begins a run (after "/", "-" or white space)
	quarters := roles["quarter"]
	x.quarters = quarters
	needs[x.quarter] = func(t string, w [2]int, runs [][2]int) bool {
		return slices.ContainsFunc(runs, func(r [2]int) bool { return r[1]-r[0] >= 4 }) &&
			slices.ContainsFunc(quarters, func(q string) bool { return strings.Contains(t[w[0]:w[1]], q) })
	}
	// a term's words over white space, then white space and a digit
	var terms [][]string
	for _, t := range roles["termof"] {
		terms = append(terms, strings.Fields(t))
	}
	x.terms = terms
	for _, f := range terms {
		l := f[len(f)-1]
		x.termLast[l[len(l)-1]] = true
	}
	needs[x.term] = func(t string, w [2]int, runs [][2]int) bool {
		for j, r := range runs { // the runs of four digits, then the words
			if !termDigits.fits(t, r) {
				continue
			}
			for _, f := range terms {
				if wordBeforeRunShaped(t, w, runs[j:j+1], f, 1, termDigits) {
					return true
				}
			}
		}
		return false
	}
	needs[x.year] = func(t string, w [2]int, runs [][2]int) bool {
		return wordBeforeRunShaped(t, w, runs, yearWords, 1, yearDigits)
	}
	x.needBit = map[*regexp.Regexp]uint16{
		x.dayRange: needDayRange, x.words: needWords, x.month: needMonth, x.quarter: needQuarter,
		x.period: needPeriod, x.term: needTerm, x.year: needYear, x.w.rangeDM: needRange,
	}
	for re, p := range x.at {
		x.pats = append(x.pats, windowPattern{re, p, x.needBit[re]})
	}
}

// windowPattern is a pattern run over the digit windows, tried where its
// matches may start (at), on the windows whose windowNeeds has bit (0: its
// own test in needs).
type windowPattern struct {
	re  *regexp.Regexp
	at  *litPattern
	bit uint16
}

// pattern returns the window pattern of re.
func (x *Dates) pattern(re *regexp.Regexp) windowPattern {
	for _, p := range x.pats {
		if p.re == re {
			return p
		}
	}
	panic("dates: no window pattern " + re.String())
}

// the bits of windowNeeds: a pattern's bit is set when its window test
// (needs; rangeMayMatch for the range) passes
const (
	needRange uint16 = 1 << iota
	needDayRange
	needWords
	needMonth
	needQuarter
	needPeriod
	needTerm
	needYear
)

// windowNeeds returns the bits of the window tests that pass on the window
// w of t, with its runs of digits: each test reads a run and the words on
// either side of it, and one pass over the runs serves them all (each
// pattern's test read them again: some 180 instructions a test on each of
// a document's windows). It is what the tests return one by one
// (FuzzWindowNeeds).
func (x *Dates) windowNeeds(t string, w [2]int, runs [][2]int) (bits uint16) {
	long := false // a run of four digits or more (the quarter's year)
	for j, r := range runs {
		n := r[1] - r[0]
		long = long || n >= 4
		b := spacesBefore(t, w[0], r[0])
		head := t[w[0]:b]
		// a word over white space, and a run of the pattern's length
		if b < r[0] {
			if n <= 2 {
				if hasSuffixByte(head, rangeDay) {
					bits |= needDayRange
				}
				if hasSuffixByte(head, monthWord) {
					bits |= needMonth
				}
			}
			if n >= 4 && (t[r[0]] == '1' && t[r[0]+1] == '9' || t[r[0]] == '2' && t[r[0]+1] == '0') && hasSuffixByte(head, yearWord) {
				bits |= needYear
			}
		}
		// "23 tháng 4": digits, white space, the word, white space, the run
		if bits&needWords == 0 && hasSuffixByte(head, monthWord) {
			if c := spacesBefore(t, w[0], b-len(monthWord)); c > w[0] && asciiDigit(t[c-1]) {
				bits |= needWords
			}
		}
		// the term's words end with a byte of termLast, over white space
		if n == 4 && bits&needTerm == 0 && b < r[0] && b > w[0] && x.termLast[t[b-1]] {
			for _, f := range x.terms {
				if wordBeforeRunShaped(t, w, runs[j:j+1], f, 1, runShape{4, 4, false}) {
					bits |= needTerm
					break
				}
			}
		}
		// both read what follows the run over white space: "9 tháng đầu",
		// "6 - 10/2", "9 và 10-2"
		k := spacesAfter(t, r[1], w[1])
		if bits&needPeriod == 0 && k > r[1] && k < w[1] && t[k] == monthWord[0] && wordAfterRunAt(t, w, r, monthWord, startsSide) {
			bits |= needPeriod
		}
		if bits&needRange == 0 && k < w[1] && rangeJoinFirst[t[k]] && rangeAfterRun(t[:w[1]], r) {
			bits |= needRange
		}
	}
	if long && slices.ContainsFunc(x.quarters, func(q string) bool { return strings.Contains(t[w[0]:w[1]], q) }) {
		bits |= needQuarter
	}
	return bits
}

// wordBeforeRun reports whether a run of digits of the window w of t
// follows the words f of a phrase, each after white space (the patterns'
// \s+), and at least minSpace bytes of white space: the digit after
// "năm 2021" starts a run, so only the starts of runs need be read.
func wordBeforeRun(t string, w [2]int, runs [][2]int, f []string, minSpace int) bool {
	return wordBeforeRunShaped(t, w, runs, f, minSpace, runShape{1, math.MaxInt, false})
}

// runShape: the lengths a run of digits may have, and whether it must
// begin with "19" or "20"
type runShape struct {
	min, max int
	century  bool
}

// fits reports whether the run r of t has the shape.
func (sh runShape) fits(t string, r [2]int) bool {
	n := r[1] - r[0]
	return n >= sh.min && n <= sh.max && (!sh.century || n >= 2 && (t[r[0]] == '1' && t[r[0]+1] == '9' || t[r[0]] == '2' && t[r[0]+1] == '0'))
}

// wordBeforeRunShaped is wordBeforeRun for the runs of a shape only.
func wordBeforeRunShaped(t string, w [2]int, runs [][2]int, f []string, minSpace int, sh runShape) bool {
	head := t[w[0]:]
	for _, r := range runs {
		if !sh.fits(t, r) {
			continue
		}
		b := spacesBefore(t, w[0], r[0])
		if r[0]-b < minSpace {
			continue
		}
		ok := true
		for k := len(f) - 1; k >= 0 && ok; k-- {
			if !hasSuffixByte(head[:b-w[0]], f[k]) {
				ok = false
				break
			}
			b -= len(f[k])
			if k > 0 {
				e := b
				if b = spacesBefore(t, w[0], b); b == e {
					ok = false
				}
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// hasSuffixByte is strings.HasSuffix(s, suffix), comparing the last bytes
// before calling for the rest: most texts before a number end with
// another word.
func hasSuffixByte(s, suffix string) bool {
	return suffix == "" || len(s) >= len(suffix) && s[len(s)-1] == suffix[len(suffix)-1] && s[len(s)-len(suffix):] == suffix
}

// digitsAround reports whether the window w of t holds word between two
// runs of digits, over any white space: "23 tháng 4".
func digitsAround(t string, w [2]int, runs [][2]int, word string) bool {
	for _, r := range runs {
		b := spacesBefore(t, w[0], r[0])
		if !hasSuffixByte(t[w[0]:b], word) {
			continue
		}
		if b = spacesBefore(t, w[0], b-len(word)); b > w[0] && asciiDigit(t[b-1]) {
			return true
		}
	}
	return false
}

// wordAfterRun reports whether a run of digits of the window w of t is
// followed by white space, word, white space and a text after passes:
// "9 tháng đầu".
func wordAfterRun(t string, w [2]int, runs [][2]int, word string, after func(string) bool) bool {
	return slices.ContainsFunc(runs, func(r [2]int) bool { return wordAfterRunAt(t, w, r, word, after) })
}

// wordAfterRunAt is wordAfterRun for the run r.
func wordAfterRunAt(t string, w [2]int, r [2]int, word string, after func(string) bool) bool {
	a := spacesAfter(t, r[1], w[1])
	if a == r[1] || !strings.HasPrefix(t[a:w[1]], word) {
		return false
	}
	a += len(word)
	e := spacesAfter(t, a, w[1])
	return e > a && after(t[e:w[1]])
}

// spacesBefore returns the start of the white space (the patterns' \s)
// that ends at i of t, not before lo.
func spacesBefore(t string, lo, i int) int {
	for i > lo && asciiSpace(t[i-1]) {
		i--
	}
	return i
}

// spacesAfter returns the end of the white space that starts at i of t,
// not after hi.
func spacesAfter(t string, i, hi int) int {
	for i < hi && asciiSpace(t[i]) {
		i++
	}
	return i
}

func asciiSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

func endsDigit(s string) bool   { return s != "" && asciiDigit(s[len(s)-1]) }
func startsDigit(s string) bool { return s != "" && asciiDigit(s[0]) }

// startsSide: the words of the months-of-year pattern after "tháng"
func startsSide(s string) bool {
	for _, r := range [...]string{"early", "late"} {
		for _, w := range roles[r] {
			if strings.HasPrefix(s, w) {
				return true
			}
		}
	}
	return false
}

// lowerSameLen lower-cases the windows of s rune by rune (the rest, where
// no pattern looks, is kept as it is), keeping a rune whose lower case
// would change its length in bytes, so byte offsets into the result are
// offsets into s. It copies s only once a window has a rune to change, and
// the copy, written only here, becomes the result without a second copy.
// Windows that overlap are lowered once: the lists are read in the order
// of their windows' starts, merged.
func lowerSameLen(s string, windows ...[][2]int) string {
	return lowerSameLenIn(new([]byte), s, windows...)
}

// lowerPool holds the buffers of the lower-cased copies.
var lowerPool = sync.Pool{New: func() any { return new([]byte) }}

// lowerSameLenIn is lowerSameLen making its copy in *buf (grown as needed,
// and kept there): the result is valid until *buf is next written.
func lowerSameLenIn(buf *[]byte, s string, windows ...[][2]int) string {
	var b []byte
	copyS := func() {
		b = append((*buf)[:0], s...)
		*buf = b
	}
	end := 0 // lowered up to here
	// the lists that hold windows: most documents have two or three
	windows = slices.DeleteFunc(windows, func(ws [][2]int) bool { return len(ws) == 0 })
	for len(windows) > 0 {
		// the window that starts first among the lists' next ones (each
		// list is sorted)
		k := 0
		for j := 1; j < len(windows); j++ {
			if windows[j][0][0] < windows[k][0][0] {
				k = j
			}
		}
		w := windows[k][0]
		if windows[k] = windows[k][1:]; len(windows[k]) == 0 {
			windows = slices.Delete(windows, k, k+1)
		}
		// every character that begins in [from, w[1]) and changes: the
		// pairs of bytes where one may begin are stops in lowerStops (a
		// capital, or the lead byte of a letter that has a lower case), or
		// where the second and third bytes of a letter of Latin Extended
		// Additional ("Ạ", "Ế") begin, whose lead byte is the same for
		// capitals and small letters. Every byte that is no continuation
		// byte begins a character of the rune-by-rune loop, whatever
		// came before in the window.
		from := max(w[0], end)
		hi := min(w[1]+2, len(s)) // the pair at w[1] holds the second and third bytes of a letter begun at w[1]-1
		for i := from; i < hi; i++ {
			i += skipPairs(s[i:hi], &lowerStops)
			if i+1 >= hi {
				// no pair left; the text's last byte, in the window, begins no
				// pair: a capital there changes
				if i == len(s)-1 && i >= from && i < w[1] && 'A' <= s[i] && s[i] <= 'Z' {
					if b == nil {
						copyS()
					}
					b[i] = s[i] + 32
				}
				break
			}
			j := i // where the character begins
			if lowerStops[pairKey(s[i], s[i+1])] == lowerStopExt {
				if j--; j < from || s[j] != 0xe1 {
					continue
				}
			} else if i >= w[1] {
				break
			}
			c := s[j]
			if c < utf8.RuneSelf {
				if b == nil {
					copyS()
				}
				b[j] = c + 32
				continue
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if l := lowerKeepLen(r, n); l != r {
				if b == nil {
					copyS()
				}
				utf8.EncodeRune(b[j:], l)
			}
		}
		end = max(end, w[1])
	}
	if b == nil {
		return s
	}
	// b is *buf: the caller writes it again only once done with the result
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// lowerKeepLen returns the lower case of r (n bytes long), or r when that
// would be of another length. The letters of Vietnamese are looked up in
// tables made once from unicode.ToLower: searching its case ranges was most
// of lowerSameLen's time.
func lowerKeepLen(r rune, n int) rune {
	switch {
	case r < rune(len(lower2)):
		return lower2[r]
	case r >= 0x1E00 && r < 0x1F00: // Latin Extended Additional: ạ, ế, ữ ...
		return lowerExt[r-0x1E00]
	}
	if l := unicode.ToLower(r); utf8.RuneLen(l) == n {
		return l
	}
	return r
}

// lowerStops marks the pairs of bytes lowerSameLenIn stops at (pairKey):
// lowerStopLead where a character that may change begins, lowerStopExt
// where the second and third bytes of a letter of Latin Extended
// Additional with a lower case stand (the lead byte 0xe1 before them).
var lowerStops = func() (a [1 << 16]uint8) {
	for c := 'A'; c <= 'Z'; c++ {
		for c2 := range 256 {
			a[pairKey(byte(c), byte(c2))] = lowerStopLead
		}
	}
	for c := 0xc2; c <= 0xf4; c++ {
		for c2 := 0x80; c2 <= 0xbf; c2++ {
			if c == 0xe1 && c2 >= 0xb8 && c2 <= 0xbb {
				// read from the second and third bytes
				for c3 := 0x80; c3 <= 0xbf; c3++ {
					if r, _ := utf8.DecodeRune([]byte{byte(c), byte(c2), byte(c3)}); lowerExt[r-0x1E00] != r {
						a[pairKey(byte(c2), byte(c3))] = lowerStopExt
					}
				}
				continue
			}
			// a lead with its second byte: a stop if any character it
			// begins may change (the three-byte ones read with every
			// third byte; the four-byte ones, rare, are all stops)
			for c3 := 0x80; c3 <= 0xbf; c3++ {
				r, n := utf8.DecodeRune([]byte{byte(c), byte(c2), byte(c3)})
				if c >= 0xf0 || n > 1 && lowerKeepLen(r, n) != r {
					a[pairKey(byte(c), byte(c2))] = lowerStopLead
				}
			}
		}
	}
	return
}()

const (
	lowerStopLead = 1
	lowerStopExt  = 2
)

var lower2, lowerExt = func() (a [0x800]rune, b [0x100]rune) {
	keep := func(r rune) rune {
		if l := unicode.ToLower(r); utf8.RuneLen(l) == utf8.RuneLen(r) {
			return l
		}
		return r
	}
	for r := range a {
		a[r] = keep(rune(r))
	}
	for r := range b {
		b[r] = keep(rune(0x1E00 + r))
	}
	return
}()

type dateHit struct {
	start, end int // bytes
	v          doc.DateValue
	rule       string
	day        bool
	// lunar dates: the year's cycle name when the text gives one, a leap
	// month, "30 Tết" (the month's last day), a day of the old year's end
	cycle                  string
	leap, lastDay, oldYear bool
	// a weekday named from the day of writing, and the week: "this",
	// "next", "last", "coming", "past"
	weekday int
	week    string
}

func (x *Dates) Extract(d *doc.Document) {
	// the hits in a pooled buffer: rows are made of copies of them
	hp := hitsPool.Get().(*[]dateHit)
	hits := (*hp)[:0]
	defer func() {
		clear(hits) // keep no text of this document alive
		*hp = hits[:0]
		hitsPool.Put(hp)
	}()
	var taken doc.SpanSet // the hits' spans: one lookup, not a scan of every earlier hit
	add := func(h dateHit) {
		if taken.Overlaps(h.start, h.end) {
			return // an earlier, more specific pattern has it
		}
		taken.Add(h.start, h.end)
		hits = append(hits, h)
	}
	// one pass over the text finds the digits and the word rules' words
	rp := runsPool.Get().(*runBuffers)
	wordWindows, runs := x.w.scan(d.Text, rp.runs[:0], &rp.words)
	windows := digitWindowsIn(rp.windows[:0], d.Text, runs, 48)
	spans := windowRunSpans(rp.spans[:0], windows, runs)
	defer func() { rp.runs, rp.windows, rp.spans = runs[:0], windows[:0], spans[:0]; runsPool.Put(rp) }()
	// the lower-cased copy lives in a pooled buffer: nothing found here
	// keeps a piece of it past this call (rows are cut from d.Text)
	lb := lowerPool.Get().(*[]byte)
	defer func() {
		if cap(*lb) <= 1<<20 {
			lowerPool.Put(lb)
		}
	}()
	lower := lowerSameLenIn(lb, d.Text, windows, wordWindows.month, wordWindows.tet, wordWindows.cycle, wordWindows.rel, wordWindows.week)
	// the window tests, read once for every pattern
	needs := rp.needs[:0]
	for i, w := range windows {
		needs = append(needs, x.windowNeeds(lower, w, runs[spans[i][0]:spans[i][1]]))
	}
	defer func() { rp.needs = needs[:0] }()
	shapes := runsShapes(lower, runs)
	eachCue := func(re, cue *regexp.Regexp, required bool, f func(g dateGroups) (doc.DateValue, bool), rule string) {
		names := re.SubexpNames()
		cueAt := x.prefixAt
		if cue == x.dmCue {
			cueAt = x.dmCueAt
		}
		var found [][]int
		switch re {
		case x.day: // the commonest shapes are found by scanning, not matching
			found = numericDatesAt(lower, runs, true)
		case x.dayMonth:
			found = numericDatesAt(lower, runs, false)
		case x.dmyy, x.iso:
			// their shapes are rare: looked for once in the runs of
			// digits, not in every window
			if shapes&shapeOf(re == x.iso) != 0 {
				found = digitWindowsOf(x.at[re], lower, windows, runs, spans, x.needs[re])
			}
		default:
			if p := x.pattern(re); p.bit != 0 {
				found = digitWindowsWith(p.at, lower, windows, needs, p.bit)
			} else {
				found = digitWindowsOf(p.at, lower, windows, runs, spans, x.needs[re])
			}
		}
		for _, m := range found {
			if d.Expired() { // the time budget is used up: keep what was found
				return
			}
			var g dateGroups
			s, e := g.read(names, m, d.Text)
			begin := m[0]
			// weak: no cue before the day and month, only the weaker signs
			// of a day are left to try
			weak := func() {
				if re == x.dmyy && g.get("s") == "/" && dateBounded(d.Text, s, e) && !x.w.notDateBefore[lastWordBefore(lower, s)] {
					// "3/9/91": three numbers, the last of two digits, are a
					// day without a cue; an address ("hẻm 172/46/12") is not,
					// nor a code with dashes ("NPK 30-10-10")
					if v, ok := f(g); ok {
						add(dateHit{start: s, end: e, v: v, rule: rule + "+bare", day: true})
					}
					return
				}
				if re != x.dayMonth {
					return
				}
				ws, we, ok := x.w.weakCue(lower, s, e)
				if !ok || !dateBounded(d.Text, s, e) {
					return
				}
				if v, ok := f(g); ok {
					add(dateHit{start: ws, end: we, v: v, rule: rule + "+weak", day: true})
				}
			}
			if cue != nil && !cueEnds[lastWordBefore(lower, s)] {
				if required {
					weak()
					continue
				}
			} else if cue != nil {
				ws := max(0, s-48)
				for ws < s && !utf8.RuneStart(lower[ws]) {
					ws++
				}
				if cm := cueAt.find(lower[ws:s]); cm != nil {
					for i, n := range cue.SubexpNames() {
						if n != "" && cm[2*i] >= 0 {
							g.set(n, d.Text[ws+cm[2*i]:ws+cm[2*i+1]])
						}
					}
					s, begin = ws+cm[0], ws+cm[0]
					// "Chiều qua (3/5)": the span takes the closing bracket too
					if strings.HasSuffix(strings.TrimRight(lower[ws:ws+cm[1]], " "), "(") && e < len(d.Text) && d.Text[e] == ')' {
						e++
					}
				} else if required {
					weak()
					continue
				}
			}
			if !dateBounded(d.Text, begin, m[1]) {
				continue
			}
			if re == x.dayMonth && x.w.fraction(lower, e) {
				// "từ 2/3 tổng số đại biểu": a share of a whole
				continue
			}
			if v, ok := f(g); ok {
				v.PartOfDay = strings.ToLower(g.get("pod"))
				v.Weekday = g.get("wd")
				add(dateHit{start: s, end: e, v: v, rule: rule, day: v.Granularity == "day"})
			}
		}
	}
	each := func(re *regexp.Regexp, f func(g dateGroups) (doc.DateValue, bool), rule string) {
		eachCue(re, nil, false, f, rule)
	}
	dayOf := func(g dateGroups) (doc.DateValue, bool) {
		dd := atoi(g.get("d"))
		mm := atoi(g.get("m"))
		yy := atoi(g.get("y"))
		if len(g.get("y")) == 2 {
			yy = fullYear(yy, d.Published.Year)
		}
		if !validDay(yy, mm, dd) {
			return doc.DateValue{}, false
		}
		v := doc.DateValue{Granularity: "day", Date: doc.Date{Year: yy, Month: mm, Day: dd}}
		if yy > 0 {
			v.YearFrom = "text"
		}
		return v, true
	}
	x.w.ranges(lower, windows, needs, add)
	eachCue(x.day, x.prefix, false, dayOf, "dates/dmy")
	eachCue(x.dmyy, x.prefix, true, func(g dateGroups) (doc.DateValue, bool) {
		if g.get("s") != "/" && g.get("s") != "." && g.get("s") != "-" {
			return doc.DateValue{}, false
		}
		return dayOf(g)
	}, "dates/dmyy")
	eachCue(x.iso, x.prefix, false, func(g dateGroups) (doc.DateValue, bool) {
		if len(g.get("m")) != 2 || len(g.get("d")) != 2 {
			return doc.DateValue{}, false // "2017-5-1" is rarer than a code
		}
		return dayOf(g)
	}, "dates/iso")
	x.w.find(lower, wordWindows, add)
	eachCue(x.words, x.prefix, false, dayOf, "dates/words")
	eachCue(x.dayMonth, x.dmCue, true, dayOf, "dates/dm")
	each(x.dayRange, dayOf, "dates/range-start")
	// "30/4 và 1/5", "30/4, 1/5": a day joined to a day already found
	// the hits found so far: add appends after them
	for i, n := 0, len(hits); i < n; i++ {
		h := hits[i]
		if !h.day {
			continue
		}
		if s, e, g, ok := joinedDay(lower, h.end); ok && dateBounded(d.Text, s, e) {
			if v, ok := dayOf(g); ok {
				add(dateHit{start: s, end: e, v: v, rule: "dates/and", day: true})
			}
		}
	}
	x.w.findRelative(lower, wordWindows.rel, add)
	x.w.findWeekdays(lower, wordWindows.week, add)
	each(x.month, func(g dateGroups) (doc.DateValue, bool) {
		mm := atoi(g.get("m"))
		yy := atoi(g.get("y"))
		if mm < 1 || mm > 12 {
			return doc.DateValue{}, false
		}
		return doc.DateValue{Granularity: "month", Value: fmt.Sprintf("%04d-%02d", yy, mm), YearFrom: "text"}, true
	}, "dates/month")
	each(x.quarter, func(g dateGroups) (doc.DateValue, bool) {
		q := map[string]int{"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}[strings.ToUpper(g.get("q"))]
		yy := atoi(g.get("y"))
		return doc.DateValue{Granularity: "period", Value: fmt.Sprintf("%04d-%02d/%04d-%02d", yy, 3*q-2, yy, 3*q), YearFrom: "text"}, true
	}, "dates/quarter")
	each(x.period, func(g dateGroups) (doc.DateValue, bool) {
		n := atoi(g.get("n"))
		if n < 1 || n > 12 {
			return doc.DateValue{}, false
		}
		yy := atoi(g.get("y"))
		if yy == 0 {
			// "9 tháng đầu năm" in an article of 2020
			yy = d.Published.Year
		}
		y := "XXXX"
		if yy > 0 {
			y = fmt.Sprintf("%04d", yy)
		}
		a, b := 1, n
		if roles.is("late", strings.ToLower(g.get("side"))) {
			a, b = 13-n, 12
		}
		return doc.DateValue{Granularity: "period", Value: fmt.Sprintf("%s-%02d/%s-%02d", y, a, y, b)}, true
	}, "dates/months-of-year")
	each(x.term, func(g dateGroups) (doc.DateValue, bool) {
		return doc.DateValue{Granularity: "period", Value: g.get("a") + "/" + g.get("b"), YearFrom: "text"}, true
	}, "dates/term")
	each(x.year, func(g dateGroups) (doc.DateValue, bool) {
		return doc.DateValue{Granularity: "year", Value: g.get("y"), YearFrom: "text"}, true
	}, "dates/year")

	for i := range hits {
		x.w.markLunar(lower, &hits[i])
		x.w.clockBefore(lower, &hits[i])
	}
	years := &sentenceYears{d: d}
	for _, h := range hits {
		start, end := d.RuneOffset(h.start), d.RuneOffset(h.end)
		v := h.v
		switch {
		case v.Calendar == "lunar":
			if !resolveLunar(d, start, &h, years) {
				continue
			}
			v = h.v
			if v.Granularity == "day" {
				v.Value = dayValue(v.Date)
			}
		case v.IsRelative:
			resolveRelative(d, &h)
			v = h.v
			if v.Date.Year > 0 {
				v.Value = dayValue(v.Date)
			}
		case h.day:
			resolveYear(d, start, &v, years)
			v.Value = dayValue(v.Date)
			if v.Weekday != "" && v.Date.Year > 0 {
				if wd := weekdayOf(v.Weekday); wd >= 0 {
					got := time.Date(v.Date.Year, time.Month(v.Date.Month), v.Date.Day, 0, 0, 0, 0, time.UTC).Weekday()
					if int(got) != wd {
						v.Warning = fmt.Sprintf("weekday does not agree: %s is a %s", v.Value, got)
						d.Warn("date %q: weekday does not agree with %s", d.Slice(start, end), v.Value)
					}
				}
			}
		}
		if v.Calendar == "" {
			v.Calendar = "solar"
		}
		// the mention and its value in one allocation
		mv := &dateMention{m: doc.Mention{Kind: doc.KindDate, Start: start, End: end, Rule: h.rule}, v: v}
		// cut by its bytes where they begin characters, as the code points
		// start and end name the same span: no conversion back
		var m *doc.Mention
		if runeBoundary(d.Text, h.start) && runeBoundary(d.Text, h.end) {
			m = d.AddBytes(&mv.m, h.start, h.end)
		} else {
			m = d.Add(&mv.m)
		}
		m.Date = &mv.v
	}
}

// runeBoundary reports whether byte i of t is where a character begins or
// the text ends.
func runeBoundary(t string, i int) bool {
	return i == len(t) || 0 <= i && i < len(t) && utf8.RuneStart(t[i])
}

// dateMention is a date's mention with its value, allocated together.
type dateMention struct {
	m doc.Mention
	v doc.DateValue
}

// resolveYear fills a missing year from the publication date or the one
// year the sentence names.
func resolveYear(d *doc.Document, pos int, v *doc.DateValue, years *sentenceYears) {
	if v.Date.Year > 0 {
		return
	}
	if p := d.Published; p.Year > 0 {
		// the year that puts the day nearest the publication date: "Sáng
		// 31/12" in an article of 2/1/2021 is 2020-12-31, "13/5" announced
		// on 5/5/2021 is 2021-05-13
		pub := time.Date(p.Year, time.Month(p.Month), p.Day, 0, 0, 0, 0, time.UTC)
		best, bestDist := 0, time.Duration(math.MaxInt64)
		for _, y := range []int{p.Year - 1, p.Year, p.Year + 1} {
			if !validDay(y, v.Date.Month, v.Date.Day) {
				continue
			}
			t := time.Date(y, time.Month(v.Date.Month), v.Date.Day, 0, 0, 0, 0, time.UTC)
			dist := t.Sub(pub)
			if dist < 0 {
				dist = -dist
			}
			if dist < bestDist {
				best, bestDist = y, dist
			}
		}
		v.Date.Year = best
		v.YearFrom = "published"
		return
	}
	if y := years.at(pos); y > 0 {
		v.Date.Year = y
		v.YearFrom = "context"
		return
	}
	v.YearFrom = "unknown"
}

// sentenceYear is a sentence's index and its onlyYear.
type sentenceYear struct{ sentence, year int }

// sentenceYears keeps onlyYear of each sentence of a document, read once
// however many dates the sentence holds.
type sentenceYears struct {
	d    *doc.Document
	memo []sentenceYear // the sentences read so far (a document's dates are in a few)
}

// at returns onlyYear of the sentence holding code point pos, 0 when no
// sentence holds it. The sentence is cut by d.Slice, from the code-point
// index d.Add builds anyway (counting from the date, and checking the
// sentence was valid UTF-8, cost more).
func (y *sentenceYears) at(pos int) int {
	si := y.d.SentenceAt(pos)
	if si < 0 {
		return 0
	}
	for _, m := range y.memo {
		if m.sentence == si {
			return m.year
		}
	}
	s := y.d.Sentences[si]
	v := onlyYear(y.d.Slice(s.Start, s.End))
	y.memo = append(y.memo, sentenceYear{si, v})
	return v
}

// sentenceYearCue: the words before "năm 2017" that make it the time of a
// sentence (lang/vi/lexicon/dates.txt).
var sentenceYearCue = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range vi.Lines("dates.txt") {
		if k, w, ok := strings.Cut(l, "\t"); ok && k == "sentenceyear" {
			m[w] = true
		}
	}
	return m
}()

// yearInText finds years a sentence states for itself ("năm 2017", "tháng
// 2/2017"), not ends of ranges ("nhiệm kỳ 2015-2020"). It is what
// nextYearInText finds, by hand: the pattern, case-folded, with a letter
// class before "năm", was most of the time spent on sentences.
var yearInText = regexp.MustCompile(roles.expand(`(?i)(?:(?:^|[^\p{L}]){year}\s+|{month}\s+\d{1,2}\s*[/-]\s*)((?:19|20)\d{2})(?:[^\p{N}-]|$)`))

// yearWord, monthWord: the words yearInText's two branches begin with.
// Each must begin with an ASCII letter whose only other case is its
// capital, so that a byte test finds every place a branch can begin.
var yearWord, monthWord = func() (string, string) {
	y, m := roles.one("year"), roles.one("month")
	for _, w := range []string{y, m} {
		c := rune(w[0])
		if c < 'a' || c > 'z' || unicode.SimpleFold(c) != c-32 || unicode.SimpleFold(c-32) != c {
			panic("dates: " + w + " must begin with an ASCII letter of two cases")
		}
	}
	return y, m
}()

// nextYearInText returns the first match of yearInText in s that starts at
// or after from, as the pattern's search for all its matches finds it after
// a match that ended at from: m[0], m[1] the match, m[2], m[3] the year.
func nextYearInText(s string, from int) (m [4]int, ok bool) {
	for q := from; q < len(s); q++ {
		c := s[q] | 0x20
		var j int // after the words before the year
		switch {
		case c == yearWord[0]:
			// "năm" after the start of the text or a character that is no
			// letter, and white space
			n, ok := yearFold.prefix(s[q:])
			if !ok {
				continue
			}
			p := q
			if q > 0 {
				r, w := utf8.DecodeLastRuneInString(s[:q])
				if unicode.IsLetter(r) || q-w < from {
					continue
				}
				p = q - w
			}
			j = spaces(s, q+n)
			if j == q+n {
				continue
			}
			m[0] = p
		case c == monthWord[0]:
			// "tháng", white space, one or two digits, a slash or a dash
			// between any white space
			n, ok := monthFold.prefix(s[q:])
			if !ok {
				continue
			}
			j = spaces(s, q+n)
			if j == q+n {
				continue
			}
			d := j
			for j < len(s) && j-d < 3 && asciiDigit(s[j]) {
				j++
			}
			if j-d < 1 || j-d > 2 {
				continue
			}
			j = spaces(s, j)
			if j == len(s) || s[j] != '/' && s[j] != '-' {
				continue
			}
			j = spaces(s, j+1)
			m[0] = q
		default:
			continue
		}
		// the year, then the end of the text or a character that is no
		// number and no dash
		if j+4 > len(s) || !(s[j] == '1' && s[j+1] == '9' || s[j] == '2' && s[j+1] == '0') || !asciiDigit(s[j+2]) || !asciiDigit(s[j+3]) {
			continue
		}
		e := j + 4
		if e < len(s) {
			r, w := utf8.DecodeRuneInString(s[e:])
			if unicode.IsNumber(r) || r == '-' {
				continue
			}
			e += w
		}
		m[1], m[2], m[3] = e, j, j+4
		return m, true
	}
	return m, false
}

// spaces returns the end of the white space (the patterns' \s) at i of s.
func spaces(s string, i int) int {
	for i < len(s) && asciiSpace(s[i]) {
		i++
	}
	return i
}

// yearFold, monthFold: yearWord and monthWord as foldPrefix reads them
var yearFold, monthFold = newFoldWord(yearWord), newFoldWord(monthWord)

// foldWord is a word as foldPrefix reads it, each character's case orbit
// (unicode.SimpleFold's) listed once, not walked at each place it is tried.
type foldWord [][]rune

func newFoldWord(word string) foldWord {
	var fw foldWord
	for _, w := range word {
		orbit := []rune{w}
		for f := unicode.SimpleFold(w); f != w; f = unicode.SimpleFold(f) {
			orbit = append(orbit, f)
		}
		fw = append(fw, orbit)
	}
	return fw
}

// prefix is foldPrefix(s, word).
func (fw foldWord) prefix(s string) (int, bool) {
	n := 0
	for _, orbit := range fw {
		if n == len(s) {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(s[n:])
		if !slices.Contains(orbit, r) {
			return 0, false
		}
		n += size
	}
	return n, true
}

// foldPrefix reports whether s begins with word, case-folded as a pattern's
// (?i) folds it, and the length of that beginning of s.
func foldPrefix(s, word string) (int, bool) {
	n := 0
	for _, w := range word {
		if n == len(s) {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(s[n:])
		if r != w {
			f := unicode.SimpleFold(w)
			for f != w && f != r {
				f = unicode.SimpleFold(f)
			}
			if f != r {
				return 0, false
			}
		}
		n += size
	}
	return n, true
}

// onlyYear returns the year a sentence names when it names exactly one
// as the time of its events: "tháng 2/2017", or "năm 2017" at the start of
// the sentence or after a word of time ("trong năm 2017"; see
// sentenceYearCue). "Kết quả năm 2016" is a year looked back on.
func onlyYear(s string) int {
	if !hasYearDigits(s) {
		return 0 // every match of yearInText holds one
	}
	year := 0
	lower := ""
	for m, ok := nextYearInText(s, 0); ok; m, ok = nextYearInText(s, m[1]) {
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		if nam := strings.LastIndex(strings.ToLower(s[m[0]:m[2]]), roles.one("year")); nam >= 0 {
			if lower == "" {
				lower = strings.ToLower(s)
			}
			before := lastWordBefore(lower, m[0]+nam)
			if before != "" && !sentenceYearCue[before] {
				continue
			}
		}
		if year != 0 && y != year {
			return 0
		}
		year = y
	}
	return year
}

// hasYearDigits reports whether s holds four digits starting "19" or
// "20" after a byte that is not a digit, as every year yearInText finds.
func hasYearDigits(s string) bool {
	// from digit to digit, eight bytes at a time between them: a sentence
	// has few
	for i := nextDigit(s, 1); i+4 <= len(s); i = nextDigit(s, i+1) {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && asciiDigit(s[i+2]) && asciiDigit(s[i+3]) && !asciiDigit(s[i-1]) {
			return true
		}
	}
	return false
}

// hasDigitsShape reports whether w holds a run of exactly first digits,
// a separator ("/", ".", "-"), digits, a separator and a run of exactly last
// digits: "3/3/17" is (≤2, 2), "2017-05-10" is (4, 2).
func hasDigitsShape(w string, first, last int) bool {
	run := func(i int) int {
		j := i
		for j < len(w) && w[j] >= '0' && w[j] <= '9' {
			j++
		}
		return j - i
	}
	sep := func(i int) bool { return i < len(w) && (w[i] == '/' || w[i] == '.' || w[i] == '-') }
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' || (i > 0 && w[i-1] >= '0' && w[i-1] <= '9') {
			continue
		}
		a := run(i)
		if a > first || (first == 4 && a != 4) || !sep(i+a) {
			continue
		}
		b := run(i + a + 1)
		if b < 1 || b > 2 || !sep(i+a+1+b) {
			continue
		}
		if run(i+a+2+b) == last {
			return true
		}
	}
	return false
}

// runsShape is hasDigitsShape over a whole text, read from its runs of
// digits: a window of the text holds the shape only if this finds it.
func runsShape(t string, runs [][2]int, first, last int) bool {
	sep := func(k int) bool { return k < len(t) && (t[k] == '/' || t[k] == '.' || t[k] == '-') }
	for j := 0; j+2 < len(runs); j++ {
		a, b, c := runs[j], runs[j+1], runs[j+2]
		if n := a[1] - a[0]; n > first || first == 4 && n != 4 {
			continue
		}
		if sep(a[1]) && b[0] == a[1]+1 && b[1]-b[0] <= 2 && sep(b[1]) && c[0] == b[1]+1 && c[1]-c[0] == last {
			return true
		}
	}
	return false
}

// runsShapes returns the shapes, of shapeOf, runsShape finds in the runs
// for (2, 2) and (4, 2), in one pass. Only a run of four digits or fewer
// begins one; most runs are followed by no separator.
func runsShapes(t string, runs [][2]int) (shapes uint8) {
	sep := func(k int) bool { return k < len(t) && (t[k] == '/' || t[k] == '.' || t[k] == '-') }
	for j := 0; j+2 < len(runs); j++ {
		a := runs[j]
		n := a[1] - a[0]
		if n > 4 || !sep(a[1]) {
			continue
		}
		b, c := runs[j+1], runs[j+2]
		if b[0] == a[1]+1 && b[1]-b[0] <= 2 && sep(b[1]) && c[0] == b[1]+1 && c[1]-c[0] == 2 {
			if n <= 2 {
				shapes |= shapeOf(false)
			} else if n == 4 {
				shapes |= shapeOf(true)
			}
		}
	}
	return shapes
}

// shapeOf is the bit of runsShapes of the short-year shape, "3/3/17"
// (iso false), or of the ISO one, "2017-05-10" (iso true).
func shapeOf(iso bool) uint8 {
	if iso {
		return 2
	}
	return 1
}

// fullYear reads a two-digit year: the latest year ending so that is not
// past the year after publication (or 2030 when that is unknown).
func fullYear(yy, published int) int {
	limit := published + 1
	if published == 0 {
		limit = 2030
	}
	y := limit - (limit-yy)%100
	if y > limit {
		y -= 100
	}
	return y
}

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	if y != 0 && (y < 1800 || y > 2200) {
		return false
	}
	yy := y
	if yy == 0 {
		yy = 2000 // a leap year: 29/2 without a year is a real day
	}
	t := time.Date(yy, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}

func dayValue(dt doc.Date) string {
	if dt.Year < 0 || dt.Month < 0 || dt.Day < 0 {
		// not a day any rule makes; fmt's own way with a sign
		if dt.Year == 0 {
			return fmt.Sprintf("XXXX-%02d-%02d", dt.Month, dt.Day)
		}
		return fmt.Sprintf("%04d-%02d-%02d", dt.Year, dt.Month, dt.Day)
	}
	// as the formats above, by hand: fmt spent some 1,700 instructions a
	// value
	var b [32]byte
	out := b[:0]
	if dt.Year == 0 {
		out = append(out, "XXXX"...)
	} else {
		out = appendPadded(out, dt.Year, 4)
	}
	out = append(out, '-')
	out = appendPadded(out, dt.Month, 2)
	out = append(out, '-')
	out = appendPadded(out, dt.Day, 2)
	return string(out)
}

// appendPadded appends n (not negative) in decimal, with zeros before it
// to width digits, as fmt's %0<width>d.
func appendPadded(b []byte, n, width int) []byte {
	for k := len(strconv.Itoa(n)); k < width; k++ {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// weekdayNumbers are the words after "thứ" that name a weekday
// (lang/vi/lexicon/dates.txt, kind weekday), read once.
var weekdayNumbers = func() map[string]int {
	m := map[string]int{}
	for _, r := range vi.Records("dates.txt") {
		if len(r) >= 3 && r[0] == "weekday" {
			if n, err := strconv.Atoi(r[2]); err == nil {
				m[r[1]] = n
			}
		}
	}
	return m
}()

// weekdayWords are the words after "thứ" that name a weekday.
func weekdayWords() []string {
	var out []string
	for w := range weekdayNumbers {
		out = append(out, w)
	}
	return out
}

// weekdayOf maps "Thứ năm", "thứ 5", "Chủ nhật" to time.Weekday numbers.
func weekdayOf(s string) int {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return -1
	}
	if sunday := strings.Fields(roles.one("sunday")); f[0] == sunday[0] {
		return 0
	}
	if len(f) < 2 {
		return -1
	}
	if n, ok := weekdayNumbers[f[1]]; ok {
		return n
	}
	return -1
}

// dateBounded reports whether the match [s,e) stands alone: no letter or
// digit glued to either end, and no "/", "." or "-" that continues a number
// ("2.172/2.631", "30/2020/NĐ-CP").
func dateBounded(t string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(t[:s])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '/' || r == '.' || r == '-' || r == ',' {
			return false
		}
	}
	if e < len(t) {
		r, n := utf8.DecodeRuneInString(t[e:])
		if unicode.IsDigit(r) || (unicode.IsLetter(r) && !endsWithYear(t[s:e])) {
			return false
		}
		if r == '/' || r == '.' || r == '-' || r == ',' {
			next, _ := utf8.DecodeRuneInString(t[e+n:])
			if unicode.IsDigit(next) || unicode.IsLetter(next) && r != '.' && r != ',' {
				return false
			}
		}
	}
	return true
}

// endsWithYear: "ngày 06 tháng 08năm 2020của" still ends a date.
func endsWithYear(s string) bool {
	return len(s) >= 4 && strings.Trim(s[len(s)-4:], "0123456789") == ""
}

// hitsPool holds buffers for a document's hits.
var hitsPool = sync.Pool{New: func() any { return new([]dateHit) }}

// runsPool holds buffers for a document's runs of digits, read only while
// its dates are found.
var runsPool = sync.Pool{New: func() any { return new(runBuffers) }}

// runBuffers are a document's runs of digits and the windows around them.
type runBuffers struct {
	runs, windows [][2]int
	needs         []uint16             // each window's windowNeeds
	spans         [][2]int             // each window's runs: a range of runs
	words         [maxAnchors][][2]int // the word rules' windows
}

// digitWindows returns byte ranges around the runs of digits of t (runs,
// as digitRuns finds them), pad bytes wide on each side, widened to whole
// characters, merged where they touch. Every date holds a digit, so the
// patterns only need to look there: on long texts this is most of the
// dates stage's speed.
func digitWindows(t string, runs [][2]int, pad int) [][2]int {
	return digitWindowsIn(nil, t, runs, pad)
}

// digitWindowsIn is digitWindows appending to out.
func digitWindowsIn(out [][2]int, t string, runs [][2]int, pad int) [][2]int {
	for _, r := range runs {
		s, e := padWindow(t, r[0], r[1], pad)
		if n := len(out); n > 0 && s <= out[n-1][1] {
			out[n-1][1] = e
		} else {
			out = append(out, [2]int{s, e})
		}
	}
	return out
}

var digitBytes = func() (a [256]bool) {
	for c := '0'; c <= '9'; c++ {
		a[c] = true
	}
	return
}()

// digitRuns returns the byte ranges of the runs of ASCII digits of t.
func digitRuns(t string) [][2]int {
	var out [][2]int
	for i := 0; i < len(t); i++ {
		if !digitBytes[t[i]] {
			continue
		}
		j := i + 1
		for j < len(t) && digitBytes[t[j]] {
			j++
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

// numericDates finds "D/M/YYYY" (withYear; one space allowed around the
// separators) or "D/M" shapes, separators "/", ".", "-", by scanning bytes,
// and returns them in the layout of the day and dayMonth patterns'
// submatches (whole, span, d, m[, y]). It finds what those patterns find;
// the checks on both ends are dateBounded's, as for every pattern.
func numericDates(t string, withYear bool) [][]int {
	return numericDatesAt(t, digitRuns(t), withYear)
}

// numericDatesAt is numericDates given the runs of digits of t (a day
// starts one), found once for the document.
func numericDatesAt(t string, runs [][2]int, withYear bool) [][]int {
	digits := func(k int) int {
		for k < len(t) && t[k] >= '0' && t[k] <= '9' {
			k++
		}
		return k
	}
	space := func(k int) int {
		if withYear && k < len(t) && (t[k] == ' ' || t[k] == '\t' || t[k] == '\n' || t[k] == '\r' || t[k] == '\f') {
			return k + 1
		}
		return k
	}
	sep := func(k int) bool { return k < len(t) && (t[k] == '/' || t[k] == '.' || t[k] == '-') }
	var out [][]int
	var flat []int // the matches' indexes, end to end: one allocation, not one a match
	add := func(m ...int) {
		if cap(flat)-len(flat) < len(m) {
			flat = make([]int, 0, max(20, 2*cap(flat)))
		}
		flat = append(flat, m...)
		out = append(out, flat[len(flat)-len(m):len(flat):len(flat)])
	}
	for _, r := range runs {
		i, dE := r[0], r[1]
		if dE-i > 2 {
			continue
		}
		// space and sep written out: most runs stop here, and the
		// closures are calls
		k := dE
		if withYear && k < len(t) && asciiSpace(t[k]) {
			k++
		}
		if k >= len(t) || t[k] != '/' && t[k] != '.' && t[k] != '-' {
			continue
		}
		mS := space(k + 1)
		mE := digits(mS)
		if mE-mS < 1 || mE-mS > 2 {
			continue
		}
		if !withYear {
			add(i, mE, i, mE, i, dE, mS, mE)
			continue
		}
		k = space(mE)
		if !sep(k) {
			continue
		}
		yS := space(k + 1)
		yE := digits(yS)
		if yE-yS != 4 {
			continue
		}
		add(i, yE, i, yE, i, dE, mS, mE, yS, yE)
	}
	return out
}

// windowsAt calls at for each byte i of t; a result past i marks [i, result)
// as an anchor. It returns the anchors padded by pad bytes (widened to whole
// characters) and merged where they touch.
func windowsAt(t string, pad int, at func(i int) int) [][2]int {
	var out [][2]int
	for i := 0; i < len(t); i++ {
		j := at(i)
		if j <= i {
			continue
		}
		s, e := padWindow(t, i, j, pad)
		if n := len(out); n > 0 && s <= out[n-1][1] {
			out[n-1][1] = e
		} else {
			out = append(out, [2]int{s, e})
		}
		i = j - 1
	}
	return out
}

// padWindow widens the anchor [i, j) of t by pad bytes each side, to whole
// characters. (The callers append in their own loop, where the compiler
// can keep a short list off the heap.)
func padWindow(t string, i, j, pad int) (int, int) {
	s, e := max(0, i-pad), min(len(t), j+pad)
	for s > 0 && !utf8.RuneStart(t[s]) {
		s--
	}
	for e < len(t) && !utf8.RuneStart(t[e]) {
		e++
	}
	return s, e
}

// findAllInWindows returns all the matches findAll finds in each window of
// t that passes need, in offsets of the whole text.
func findAllInWindows(findAll func(string) [][]int, t string, windows [][2]int, need func(string) bool) [][]int {
	var out [][]int
	for _, w := range windows {
		if need != nil && !need(t[w[0]:w[1]]) {
			continue
		}
		out = appendShifted(out, findAll(t[w[0]:w[1]]), w[0])
	}
	return out
}

// appendShifted appends a window's matches to out, their offsets (the
// unmatched groups' -1 kept) moved by off, the window's start in the text.
func appendShifted(out, ms [][]int, off int) [][]int {
	for _, m := range ms {
		for i := range m {
			if m[i] >= 0 {
				m[i] += off
			}
		}
		out = append(out, m)
	}
	return out
}

// windowsOf is findAllInWindows with p's search, its matches appended to
// one slice.
func windowsOf(p *litPattern, t string, windows [][2]int, need func(string) bool) [][]int {
	var out [][]int
	for _, w := range windows {
		if need != nil && !need(t[w[0]:w[1]]) {
			continue
		}
		out = p.findAllTo(out, t[w[0]:w[1]], w[0])
	}
	return out
}

// windowRunSpans appends to out, for each of the windows (sorted), the
// range [k, j) of runs (sorted) that lie inside it: the runs each window's
// need is given, found once for a document, not once a pattern.
func windowRunSpans(out [][2]int, windows, runs [][2]int) [][2]int {
	k := 0
	for _, w := range windows {
		for k < len(runs) && runs[k][0] < w[0] {
			k++
		}
		j := k
		for j < len(runs) && runs[j][1] <= w[1] {
			j++
		}
		out = append(out, [2]int{k, j})
	}
	return out
}

// digitWindowsWith is digitWindowsOf over the windows whose windowNeeds
// (needs, one a window) has bit.
func digitWindowsWith(p *litPattern, t string, windows [][2]int, needs []uint16, bit uint16) [][]int {
	var out [][]int
	for i, w := range windows {
		if needs[i]&bit != 0 {
			out = p.findAllTo(out, t[w[0]:w[1]], w[0])
		}
	}
	return out
}

// digitWindowsOf is windowsOf over the windows around the runs of digits,
// runs, sorted as they are: each window's need is given its runs, the
// range spans (windowRunSpans) holds for it.
func digitWindowsOf(p *litPattern, t string, windows, runs, spans [][2]int, need windowNeed) [][]int {
	var out [][]int
	for i, w := range windows {
		if sp := spans[i]; need != nil && !need(t, w, runs[sp[0]:sp[1]]) {
			continue
		}
		out = p.findAllTo(out, t[w[0]:w[1]], w[0])
	}
	return out
}

// cueEnds are the words a date's cue can end with ("Sáng", "ngày", "Thứ
// năm,", "hôm nay", "từ", "lễ"): before any other word the cue patterns
// cannot match, and are not tried (lang/vi/lexicon/dates.txt, kind cueend;
// the list must hold every word the cue patterns can end with).
var cueEnds = func() map[string]bool {
	m := map[string]bool{}
	for _, r := range vi.Records("dates.txt") {
		if len(r) >= 2 && r[0] == "cueend" {
			m[r[1]] = true
		}
	}
	return m
}()

// lastWordBefore returns the word that ends before byte s of t, skipping
// spaces and one comma ("Thứ năm, 13/01").
func lastWordBefore(t string, s int) string {
	e := s
	for e > 0 && (t[e-1] == ' ' || t[e-1] == ',' || t[e-1] == '(') {
		e--
	}
	b := e
	for b > 0 {
		if c := t[b-1]; c < utf8.RuneSelf {
			// an ASCII byte is a character of its own
			if !asciiWordByte[c] {
				break
			}
			b--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(t[:b])
		if !wordRune(r) {
			break
		}
		b -= n
	}
	return t[b:e]
}

// dateGroups holds a match's named groups: a few, in arrays, not a map
// made per match.
type dateGroups struct {
	n         int
	name, val [12]string
}

// read takes a match's named groups from t and returns the byte range of
// the one named "span" (the text the mention covers).
func (g *dateGroups) read(names []string, m []int, t string) (int, int) {
	var s, e int
	for i, n := range names {
		if n == "" || m[2*i] < 0 {
			continue
		}
		g.set(n, t[m[2*i]:m[2*i+1]])
		if n == "span" {
			s, e = m[2*i], m[2*i+1]
		}
	}
	return s, e
}

// get returns the group named n, "" when the match has none.
func (g *dateGroups) get(n string) string {
	for i := range g.n {
		if g.name[i] == n {
			return g.val[i]
		}
	}
	return ""
}

// set sets the group named n to v.
func (g *dateGroups) set(n, v string) {
	for i := range g.n {
		if g.name[i] == n {
			g.val[i] = v
			return
		}
	}
	g.name[g.n], g.val[g.n] = n, v // a pattern with more groups panics here, in every test
	g.n++
}

// atoi is strconv.Atoi's value, without the error it allocates for "" (a
// group that took no part).
func atoi(s string) int {
	if s == "" {
		return 0 // strconv.Atoi's value, without its error
	}
	if len(s) > 9 {
		n, _ := strconv.Atoi(s)
		return n
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !asciiDigit(s[i]) {
			n, _ := strconv.Atoi(s)
			return n
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// prefixOf returns the first of words that s starts with, "" if none.
func prefixOf(s string, words []string) string {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return w
		}
	}
	return ""
}

// dayJoinWords: the words that join two days ("và", "hoặc"), looked up once
var dayJoinWords = roles["and"]

// joinedDay reads ", 1/5", " và 1/5" or " hoặc 1/5" at byte p of the
// lower-cased text: the span of the day and its groups.
func joinedDay(t string, p int) (int, int, dateGroups, bool) {
	k := p
	for k < len(t) && (t[k] == ' ' || t[k] == '\t') {
		k++
	}
	switch and := prefixOf(t[k:], dayJoinWords); {
	case strings.HasPrefix(t[k:], ","):
		k++
	case and != "":
		k += len(and)
	default:
		return 0, 0, dateGroups{}, false
	}
	for k < len(t) && (t[k] == ' ' || t[k] == '\t') {
		k++
	}
	found := numericDates(t[k:min(len(t), k+6)], false)
	if len(found) == 0 || found[0][0] != 0 {
		return 0, 0, dateGroups{}, false
	}
	m := found[0]
	var g dateGroups
	g.set("d", t[k+m[4]:k+m[5]])
	g.set("m", t[k+m[6]:k+m[7]])
	return k + m[2], k + m[3], g, true
}
