package extractors

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline/doc"
)

// scannedPatterns are the window patterns read by hand, with their
// anchored pattern.
func scannedPatterns(t testing.TB, x *Dates) []*litPattern {
	var ps []*litPattern
	for _, p := range x.at {
		if p.scan != nil {
			ps = append(ps, p)
		}
	}
	for _, p := range append([]*litPattern{x.w.relativeAt, x.w.weekdayAt}, slices.Collect(maps.Values(x.w.at))...) {
		if p.scan != nil {
			ps = append(ps, p)
		}
	}
	if len(ps) < 12 {
		t.Fatalf("%d patterns read by hand, want at least 12", len(ps))
	}
	return ps
}

// agreeAt checks each scanner on every suffix of s against its pattern's
// anchored match.
func agreeAt(t testing.TB, ps []*litPattern, s string) {
	for _, p := range ps {
		for i := range len(s) + 1 {
			want := p.at.FindStringSubmatchIndex(s[i:])
			if got := p.scan(s[i:]); !slices.Equal(got, want) {
				t.Fatalf("%s on %q: %v, the pattern finds %v", p.re, s[i:], got, want)
			}
		}
	}
}

func TestDateScannersExamples(t *testing.T) {
	ps := scannedPatterns(t, NewDates())
	for _, s := range []string{
		"năm 2021", "năm  1999x", "năm 2100", "năm\t2020-", "nămm 2020", "năm 202",
		"tháng 9/2020", "tháng 12 - 2021", "tháng 9 năm 2020", "tháng 123/2020", "tháng 9  năm  20201", "tháng 9 /", "tháng 9 năm",
		"quý i/2021", "quý iii/2021", "quý iv năm 2021", "quý ii /2021", "quý 4-2021", "quý iiii/2021", "quý i", "quý v/2021",
		"9 tháng đầu năm 2020", "6 tháng cuối năm", "12 tháng đầu năm  2020x", "123 tháng đầu năm", "9 tháng giữa năm",
		"nhiệm kỳ 2021 - 2026", "giai đoạn 2021-2025", "từ năm 2015 đến năm 2020", "từ  năm 2015 đến 2020", "nhiệm kỳ 2021–năm 2026", "nhiệm kỳ 2021 - năm x",
		"23 tháng 4 năm 2018", "23tháng4", "1 tháng 12năm2020", "123 tháng 4", "23 tháng năm 2018", "23 tháng 4 năm 20",
		"ngày 11 đến 13/5", "sáng hôm qua", "rạng  sáng nay", "chiều chiều qua", "sáng mai", "thứ hai tuần tới", "thứ 5 của tuần trước", "chủ nhật vừa rồi", "thứ ba tới", "thứ bảy của tới", "thứ hai  của  tuần này", "ngày 23 tháng 4 năm 2018", "mồng 3 tháng ba", "rằm tháng giêng năm canh tý 2020", "sáng mùng 1 tết", "30 tết", "tháng năm năm 2020",
		"12 tháng mười hai, năm 2023", "3 tháng 4 nhuận năm nhâm dần", "123 tháng 4", "ngày 3 tháng", "rạng  sáng ngày 5 tháng 5", "ngày mười tết âm lịch", "ngày 11 đến 13/5.2021", "6-10/2", "30/4 - 1/5", "9/7/1912-9/7/2017", "ngày 9 và ngày 10-2", "6 / 10 hoặc 12 /2", "6 /x-1/2", "1.2.2020 và 3.4", "ngày 11 - ngày 13/5/2021", "ngày 11 tới ngày 13.5.20", "ngày 11–13-5", "ngày 111 đến 13/5", "ngày 11 đến ngày 123/5", "ngày 1 đến 2/",
	} {
		agreeAt(t, ps, s)
	}
}

// On many texts made from matches of the patterns, each piece of which may
// be changed, dropped or doubled, or another put after it: most texts are
// near a match, where the scanners must stop as the patterns do.
func TestDateScannersAgree(t *testing.T) {
	ps := scannedPatterns(t, NewDates())
	pieces := []string{"1", "12", "123", "2021", "1999", "20215", "0", "", " ", "  ", "\t", "\n", "/", ".", "-", "–", "—", "x", "i", "v", "ii", "iii", "iv",
		"năm", "tháng", "quý", "ngày", "đến", "tới", "đầu", "cuối", "nhiệm kỳ", "giai  đoạn", "từ năm", "từ", "nay", "và",
		"hôm", "qua", "mai", "sáng", "thứ", "hai", "chủ", "tuần", "của", "vừa", "bảy", "b", "t",
		"mười", "một", "giêng", "chạp", "nhuận", "canh", "tý", "tết", "đán", "rằm", "mồng", "rạng", ","}
	// in the matches: "#" a day's or a month's digits, "Y" a year's (at
	// times one too few or too many), "§" a separator, "_" white space (or
	// none)
	seps := []string{"/", "/", ".", ".", "-", "-", "–", "—", " ", " - ", "/ ", " /", "", ","}
	nums := []string{"1", "9", "12", "31", "05", "123"}
	years := []string{"2021", "1999", "2100", "1899", "202", "20215"}
	space := []string{" ", " ", "  ", "\t", "", "\n", " \n"}
	matches := [][]string{
		{"năm", "_", "Y"},
		{"tháng", "_", "#", "§", "Y"}, {"tháng", "_", "#", "_", "năm", "_", "Y"},
		{"quý", "_", "iv", "§", "Y"}, {"quý", "_", "#", "_", "năm", "_", "Y"}, {"quý", "_", "ii", "§", "Y"}, {"quý", "_", "iii", "_", "năm", "_", "Y"},
		{"#", "_", "tháng", "_", "đầu", "_", "năm", "_", "Y"}, {"#", "_", "tháng", "_", "cuối", "_", "năm"},
		{"nhiệm kỳ", "_", "Y", "§", "năm", "_", "Y"}, {"từ năm", "_", "Y", "_", "đến", "_", "Y"}, {"giai đoạn", "_", "Y", "§", "Y"},
		{"#", "_", "tháng", "_", "#", "_", "năm", "_", "Y"},
		{"ngày", "_", "#", "_", "đến", "_", "ngày", "_", "#", "§", "#", "§", "Y"}, {"ngày", "_", "#", "§", "#", "§", "#", "§", "Y"},
		{"#", "§", "#", "§", "Y", "_", "và", "_", "ngày", "_", "#", "§", "#", "§", "Y"}, {"#", "_", "§", "_", "#", "_", "–", "_", "#", "_", "§", "_", "#"},
		{"#", "§", "#", "§", "#", "§", "#", "§", "Y"}, {"#", "_", "hoặc", "_", "#", "§", "#"},
		{"rạng", "_", "sáng", "_", "hôm", "_", "qua"}, {"chiều", "_", "nay"}, {"tối", "_", "ngày", "_", "mai"}, {"ngày", "_", "hôm", "_", "kia"},
		{"thứ", "_", "hai", "_", "tuần", "_", "tới"}, {"thứ", "_", "#", "_", "của", "_", "tuần", "_", "sau"}, {"chủ", "_", "nhật", "_", "vừa", "_", "qua"},
		{"thứ", "_", "năm", "_", "tới"}, {"thứ", "_", "bảy", "_", "sắp", "_", "tới"},
		{"sáng", "_", "ngày", "_", "#", "_", "tháng", "_", "#", "_", ",", "_", "năm", "_", "Y"}, {"mồng", "_", "ba", "_", "tháng", "_", "giêng", "_", "nhuận"},
		{"rằm", "_", "tháng", "_", "mười", "_", "hai", "_", "năm", "_", "canh", "_", "tý", "_", "Y"}, {"#", "_", "tháng", "_", "năm", "_", "năm", "_", "Y"},
		{"rạng", "_", "sáng", "_", "mùng", "_", "#", "_", "tết"}, {"#", "_", "tết", "_", "nguyên", "_", "đán"}, {"ngày", "_", "mười", "_", "tết"},
		{"tối", "_", "#", "_", "tháng", "_", "chạp", "§", "năm", "_", "giáp", "_", "thìn"},
	}
	r := rand.New(rand.NewPCG(5, 6))
	for range 40000 {
		var b strings.Builder
		for _, p := range matches[r.IntN(len(matches))] {
			switch p {
			case "#":
				p = nums[r.IntN(len(nums))]
			case "Y":
				p = years[r.IntN(len(years))]
			case "§":
				p = seps[r.IntN(len(seps))]
			case "_":
				p = space[r.IntN(len(space))]
			}
			switch r.IntN(14) {
			case 0:
				p = pieces[r.IntN(len(pieces))]
			case 1:
				p = ""
			case 2:
				p += p
			case 3:
				p += pieces[r.IntN(len(pieces))]
			}
			b.WriteString(p)
		}
		agreeAt(t, ps, b.String())
	}
}

func FuzzDateScanners(f *testing.F) {
	for _, s := range []string{"năm 2021", "tháng 9/2020", "quý iv năm 2021", "9 tháng đầu năm 2020", "nhiệm kỳ 2021 - 2026",
		"23 tháng 4 năm 2018", "ngày 11 đến ngày 13/5/2021", "6-10/2 và 30/4-1/5"} {
		f.Add(s)
	}
	ps := scannedPatterns(f, NewDates())
	f.Fuzz(func(t *testing.T, s string) { agreeAt(t, ps, s) })
}

// clockMatch finds what the clock pattern's search finds, and the lunar
// marks' pretest passes every text the pattern matches, on made texts
// (FuzzClockMatch: on any text).
func TestClockMatchAgrees(t *testing.T) {
	w := newDateWords()
	if w.clockFirst == nil {
		t.Fatal("no first bytes of a time")
	}
	pieces := []string{"1", "9", "14", "123", " ", "  ", "\t", "\n", ",", ".", "/", ":", "-", "(", "giờ", "h", "g", "phút", "p", "lúc", "vào", "vào lúc", "sáng", "x", "ạ", "\xe1\x80", "\xff", "\xe1",
		"âm lịch", "âl", "al", ")"}
	r := rand.New(rand.NewPCG(7, 8))
	for range 50000 {
		var b strings.Builder
		for range 1 + r.IntN(10) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		clockAgrees(t, w, b.String())
	}
}

func clockAgrees(t testing.TB, w *dateWords, s string) {
	if got, want := w.clockMatch(s), w.clock.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
		t.Fatalf("%q: %v, the search finds %v", s, got, want)
	}
	if w.lunarMark.MatchString(s) && !w.lunarMayFollow(s) {
		t.Fatalf("%q: a lunar mark the pretest rules out", s)
	}
}

func FuzzClockMatch(f *testing.F) {
	for _, s := range []string{"lúc 14 giờ 30 phút, ", "vào lúc 9h ", "x7:30", "(ÂL)", "  âm  lịch", " al", "\xe1\x809h"} {
		f.Add(s)
	}
	w := newDateWords()
	f.Fuzz(func(t *testing.T, s string) { clockAgrees(t, w, s) })
}

// The window tests of the year, month, term, day-range and quarter
// patterns read the length of the run of digits as the pattern does.
func TestNeedsReadRunShapes(t *testing.T) {
	x := NewDates()
	for _, c := range []struct {
		re   *regexp.Regexp
		s    string
		want bool
	}{
		{x.year, "năm 2021", true}, {x.year, "năm 20215", true}, {x.year, "năm 1899", false}, {x.year, "năm 202", false}, {x.year, "năm 21", false},
		{x.month, "tháng 9/2020", true}, {x.month, "tháng 12 năm 2020", true}, {x.month, "tháng 123/2020", false},
		{x.term, "nhiệm kỳ 2021 - 2026", true}, {x.term, "nhiệm kỳ 20215 - 2026", false}, {x.term, "từ năm 999 đến 2026", false},
		{x.dayRange, "ngày 11 đến 13/5", true}, {x.dayRange, "ngày 111 đến 13/5", false},
		{x.quarter, "quý iv/2021", true}, {x.quarter, "quý 3 năm 20215", true}, {x.quarter, "quý 3/202", false}, {x.quarter, "quý iv", false},
	} {
		if got := onText(x.needs[c.re], c.s); got != c.want {
			t.Errorf("%s on %q: %v, want %v", c.re, c.s, got, c.want)
		}
		if c.re.MatchString(c.s) && !c.want {
			t.Errorf("%s matches %q, which its test rules out", c.re, c.s)
		}
	}
}

// dayValue writes what fmt's formats write.
func TestDayValueAsFmt(t *testing.T) {
	for _, dt := range []doc.Date{{Year: 2021, Month: 3, Day: 9}, {Month: 12, Day: 31}, {Year: 999, Month: 1, Day: 1}, {Year: 12345, Month: 123, Day: 0},
		{Year: 5, Month: 10, Day: 10}, {}, {Year: -1, Month: 2, Day: 3}, {Month: -4, Day: 5}} {
		want := fmt.Sprintf("%04d-%02d-%02d", dt.Year, dt.Month, dt.Day)
		if dt.Year == 0 {
			want = fmt.Sprintf("XXXX-%02d-%02d", dt.Month, dt.Day)
		}
		if got := dayValue(dt); got != want {
			t.Errorf("%+v: %q, fmt writes %q", dt, got, want)
		}
	}
}

// nextDigit finds the first ASCII digit, as a byte-by-byte loop does.
func FuzzNextDigit(f *testing.F) {
	for _, s := range []string{"", "abc", "ngày 12", "\xff\xb0\x39x", "12345678901", "::////00"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, i int) {
		if i < 0 || i > len(s) {
			return
		}
		want := i
		for want < len(s) && !asciiDigit(s[want]) {
			want++
		}
		if got := nextDigit(s, i); got != want {
			t.Fatalf("nextDigit(%q, %d) = %d, want %d", s, i, got, want)
		}
	})
}

// hasYearDigits finds what a byte-by-byte loop finds.
func FuzzHasYearDigits(f *testing.F) {
	for _, s := range []string{"", "năm 2017", "x1999", "12019", "2017", " 20a1", "số 2100 và 1899, 2020"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := false
		for i := 1; i+4 <= len(s); i++ {
			if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && asciiDigit(s[i+2]) && asciiDigit(s[i+3]) && !asciiDigit(s[i-1]) {
				want = true
			}
		}
		if got := hasYearDigits(s); got != want {
			t.Fatalf("hasYearDigits(%q) = %v, want %v", s, got, want)
		}
	})
}

// skipPairs stops where a pair-by-pair loop stops, on the anchor words'
// table and on a table of the pairs of another text; skipAnchors, from
// every place, where that loop stops at a digit's pair or a place
// anchorMayBegin passes. An input is read up to 256 bytes: skipAnchors is
// tried from each of them.
func FuzzSkipPairs(f *testing.F) {
	for _, s := range []string{"", "a", "ngày 12 tháng", "xxxxxxxxxxxxxxxxxxxxxxx9", "hôm nay là thứ hai, 3/4", "\xff\xfe", "thể thao tháng chủ nhật", "chủ tịch thứ", "Tý", "quan qua xqua thứ2 Chủ nhật, 12 nay"} {
		f.Add(s, "ng")
		f.Add(s+s, "xx9")
	}
	idx := newDateWords().anchorWords
	f.Fuzz(func(t *testing.T, s, marks string) {
		s = s[:min(len(s), 256)]
		other := new([1 << 16]uint8)
		for i := 0; i+1 < len(marks); i++ {
			other[pairKey(marks[i], marks[i+1])] = 1 + uint8(i%3)
		}
		for _, tab := range []*[1 << 16]uint8{idx.pairs, idx.keys, other} {
			want := 0
			for want+1 < len(s) && tab[pairKey(s[want], s[want+1])] == 0 {
				want++
			}
			if got := skipPairs(s, tab); got != want {
				t.Fatalf("skipPairs(%q) = %d, pair by pair %d", s, got, want)
			}
		}
		// skipAnchors, from each place, on the anchor words
		stop := make([]bool, len(s))
		for i := 0; i+1 < len(s); i++ {
			stop[i] = anchorMayBegin(idx, s, i)
		}
		for from := 0; from <= len(s); from++ {
			want := from
			for want+1 < len(s) && !stop[want] {
				want++
			}
			if got := skipAnchors(s, from, idx); got != want {
				t.Fatalf("skipAnchors(%q, %d) = %d, pair by pair %d", s, from, got, want)
			}
		}
	})
}

// keyOffset takes the first two bytes of a word with a capital or only
// ASCII letters, else those around the end of its first letter with a
// mark; mayOverlap tells where two words can both pass mayBegin.
func TestAnchorKeys(t *testing.T) {
	for _, c := range []struct {
		w   string
		off int
	}{{"Tháng", 0}, {"nay", 0}, {"tháng", 3}, {"thứ", 3}, {"tết", 3}, {"chủ nhật", 4}, {"ạx", 2}, {"ạ", 1}} {
		if got := keyOffset(c.w); got != c.off {
			t.Errorf("keyOffset(%q) = %d, want %d", c.w, got, c.off)
		}
	}
	for _, c := range []struct {
		a, b string
		o    int
		want bool
	}{
		{"tết", "tết", 4, true},      // "tếtết": the second passes the ASCII tests
		{"tháng", "tháng", 1, false}, // "h" is no "t"
		{"qua", "nay", 3, false},     // "quanay": "a" before "nay"
		{"qua", "nay", 4, true},      // "qua nay"
		{"chủ nhật", "nay", 5, false},
		{"chủ nhật", "nhật", 6, true},
		{"abcdefg ij", "kl", 8, true}, // past the eight bytes compared
		{"abcdefgh", "x", 7, false},   // "g" before "x"
	} {
		if got := mayOverlap(c.a, c.b, c.o); got != c.want {
			t.Errorf("mayOverlap(%q, %q, %d) = %v, want %v", c.a, c.b, c.o, got, c.want)
		}
	}
}

// anchorMayBegin is skipAnchors' test of one place, written plainly: a
// digit with a byte after it, or an anchor word's first eight bytes (all
// of it when shorter), with no ASCII letter or digit before them nor after
// a shorter word.
func anchorMayBegin(idx *anchorIndex, s string, i int) bool {
	if digitBytes[s[i]] {
		return true
	}
	ascii := func(j int) bool { return j >= 0 && j < len(s) && s[j] < utf8.RuneSelf && asciiWordByte[s[j]] }
	for _, ws := range idx.words {
		for _, w := range ws {
			n := len(w.word)
			if !ascii(i-1) && strings.HasPrefix(s[i:], w.word[:min(8, n)]) && (n >= 8 || !ascii(i+n)) {
				return true
			}
		}
	}
	return false
}

// windowNeeds sets a pattern's bit exactly where the pattern's own window
// test passes, on a window inside a text as the digit windows are (with
// the runs inside it) and on the whole text.
func FuzzWindowNeeds(f *testing.F) {
	for _, s := range []string{"từ 6-10/2", "ngày 9 và 10-2", "nhiệm kỳ 2021 - 2026", "23 tháng 4 năm 2018", "9 tháng  đầu năm",
		"giai\tđoạn 2021-2025", "từ năm 1999 đến 2000", "quý iv/2021", "tháng 9/2020", "ngày 11 đến 13/5", "23tháng4", "tháng 12 năm 2020",
		"năm 20215", "năm 1899", "ngày 111 đến 13/5", "quý 3/202", "x 5 tháng cuối năm 2020, ngày 3 - ngày 4/5 và 6 đến 7.8"} {
		f.Add(s, uint8(0), uint8(255))
		f.Add(s, uint8(3), uint8(20))
	}
	x := NewDates()
	tests := map[uint16]windowNeed{needRange: rangeMayMatch}
	for re, bit := range x.needBit {
		if re != x.w.rangeDM {
			tests[bit] = x.needs[re]
		}
	}
	if len(tests) != 8 {
		f.Fatalf("%d window tests with a bit, want 8", len(tests))
	}
	f.Fuzz(func(t *testing.T, s string, lo, hi uint8) {
		a, b := min(int(lo), len(s)), min(int(hi), len(s))
		if a > b {
			a, b = b, a
		}
		// cutting no run of digits, as digit windows never do
		for a > 0 && a < len(s) && asciiDigit(s[a-1]) && asciiDigit(s[a]) {
			a--
		}
		for b > a && b < len(s) && asciiDigit(s[b-1]) && asciiDigit(s[b]) {
			b--
		}
		var runs [][2]int
		for _, r := range digitRuns(s) {
			if r[0] >= a && r[1] <= b {
				runs = append(runs, r)
			}
		}
		for _, c := range []struct {
			w    [2]int
			runs [][2]int
		}{{[2]int{a, b}, runs}, {[2]int{0, len(s)}, digitRuns(s)}} {
			got := x.windowNeeds(s, c.w, c.runs)
			for bit, need := range tests {
				if want := need(s, c.w, c.runs); (got&bit != 0) != want {
					t.Fatalf("%q in %v: bit %b is %v, its test %v", s, c.w, bit, got&bit != 0, want)
				}
			}
		}
	})
}

// wordRune's tables give what isWordRune gives, for every code point.
func TestWordRune(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if wordRune(r) != isWordRune(r) {
			t.Fatalf("wordRune(%U) = %v, isWordRune %v", r, wordRune(r), isWordRune(r))
		}
	}
}

// lastWordBefore reads ASCII bytes without decoding them: it must return
// what the rune-by-rune loop returns, on any text and at any place.
func FuzzLastWordBefore(f *testing.F) {
	for _, s := range []string{"sáng thứ Năm, 13/01", "ngày (3/4)", "x\xffy 12", "Đà Nẵng ,, 3", "a1b2 c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = s[:min(len(s), 256)]
		for i := 0; i <= len(s); i++ {
			e := i
			for e > 0 && (s[e-1] == ' ' || s[e-1] == ',' || s[e-1] == '(') {
				e--
			}
			b := e
			for b > 0 {
				r, n := utf8.DecodeLastRuneInString(s[:b])
				if !wordRune(r) {
					break
				}
				b -= n
			}
			if got, want := lastWordBefore(s, i), s[b:e]; got != want {
				t.Fatalf("lastWordBefore(%q, %d) = %q, rune by rune %q", s, i, got, want)
			}
		}
	})
}
