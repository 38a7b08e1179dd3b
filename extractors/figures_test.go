package extractors

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline/doc"
)

// TestFigureForms covers quantities as Vietnamese writers put them: units
// and currencies written onto the digits or before them, signs, counts that
// look like years, fractions, two-part amounts, news shorthand, ranges and
// lengths of time; and the never cases: clock times and dates.
func TestFigureForms(t *testing.T) {
	cases := []struct {
		in   string
		want []string // text|value|unit|currency|kind
	}{
		// a counted noun of three syllables; a space lost before a percentage
		{"của 320 hộ gia đình ở thôn", []string{"320 hộ gia đình|320|hộ gia đình||count"}},
		{"cổ đông này sở hữu11,2%tổng số cổ phần", []string{"11,2%|11.2|%||percent"}},
		{"biến thể Covid19%", nil},
		// units written onto the digits
		{"cây cầu dài 204m bắc qua sông", []string{"204m|204|m||measure"}},
		{"em cao 175cm", []string{"175cm|175|cm||measure"}},
		{"cô ấy cao 1m65, nặng 50kg", []string{"1m65|1.65|m||measure", "50kg|50|kg||measure"}},
		{"cao 1m6 thôi", []string{"1m6|1.6|m||measure"}},
		{"nhiệt độ 25°C vào ban ngày", []string{"25°C|25|°C||measure"}},
		{"điện thoại có 2GB bộ nhớ", []string{"2GB|2|GB||measure"}},
		{"diện tích 5km² rừng", []string{"5km²|5|km²||measure"}},
		{"diện tích 167,3m2 đất ở", []string{"167,3m2|167.3|m2||measure"}},
		{"quãng đường 35.000 km", []string{"35.000 km|35000|km||measure"}},
		// currencies: symbols, short forms, words
		{"giá vé 10đ một lượt", []string{"10đ|10|đồng|VND|amount"}},
		{"số tiền 1.234.567₫ đã nộp", []string{"1.234.567₫|1234567|đồng|VND|amount"}},
		{"giá $10.000 một chiếc", []string{"$10.000|10000|USD|USD|amount"}},
		{"chỉ 10$ mỗi tháng", []string{"10$|10|USD|USD|amount"}},
		{"phạt 20 euros vì đỗ sai", []string{"20 euros|20|EUR|EUR|amount"}},
		{"thu về 5 tỷ đồng", []string{"5 tỷ đồng|5000000000|đồng|VND|amount"}},
		{"vốn 3 triệu USD cho dự án", []string{"3 triệu USD|3000000|USD|USD|amount"}},
		{"giá 2 đô la một cốc", []string{"2 đô la|2|USD|USD|amount"}},
		// a comma before a multiplier is a decimal comma
		{"đạt 39,62 tỷ đồng/77,415 tỷ đồng", []string{"đạt 39,62 tỷ đồng/77,415 tỷ đồng|39620000000|đồng|VND|amount"}},
		// two-part amounts are one figure
		{"món quà giá 2 đô 23 xu thôi", []string{"2 đô 23 xu|2.23|USD|USD|amount"}},
		// news shorthand
		{"áo giá 100k thôi", []string{"100k|100000|đồng|VND|amount"}},
		{"lương 1tr2 một tháng", []string{"1tr2|1200000|đồng|VND|amount"}},
		{"có 100k lượt xem", []string{"100k lượt xem|100000|lượt xem||count"}},
		// signs
		{"nhiệt độ xuống -25°C", []string{"-25°C|-25|°C||measure"}},
		{"số dư âm 1.200.000 đồng", []string{"âm 1.200.000 đồng|-1200000|đồng|VND|amount"}},
		// a range from a negative number keeps its sign in the text
		{"nhiệt độ dao động -5-3°C", []string{"-5-3°C|-5|°C||measure", "3°C|3|°C||measure"}},
		{"tăng trưởng (12,5-13%) trong năm", []string{"12,5-13%|12.5|%||percent", "13%|13|%||percent"}},
		// four-digit counts are not years when a counted noun follows
		{"tiếp nhận 2000 hồ sơ", []string{"2000 hồ sơ|2000|hồ sơ||count"}},
		{"giá từ 1000 đến 2000 đồng", []string{"1000 đến 2000 đồng|1000|đồng|VND|amount", "2000 đồng|2000|đồng|VND|amount"}},
		{"có 2500 người tham gia", []string{"2500 người|2500|người||count"}},
		{"SEA Games 2021 diễn ra", nil},
		// fractions and mixed numbers
		{"bé nặng 23 1/5 kg", []string{"23 1/5 kg|23.2|kg||measure"}},
		{"pha 9/4 lít nước", []string{"9/4 lít|2.25|lít||measure"}},
		// ranges
		{"giữa 5 và 10 năm", []string{"giữa 5 và 10 năm|5|năm||duration", "10 năm|10|năm||duration"}},
		// lengths of time are figures, marked as durations
		{"trong 3 ngày tới", []string{"3 ngày|3|ngày||duration"}},
		{"sau 5 năm thực hiện", []string{"5 năm|5|năm||duration"}},
		{"kéo dài trong 3 giờ", []string{"3 giờ|3|giờ||duration"}},
		// a length that opens a period of the calendar
		{"trong 6 tháng đầu năm, tỉnh đã", []string{"6 tháng|6|tháng||duration"}},
		// never figures: clock times, dates, document numbers, codes
		{"cháy lúc 2 giờ sáng", nil},
		{"hẹn 1 giờ 30 chiều nay", nil},
		{"làm từ 8 giờ đến 11 giờ sáng mai", nil},
		{"hẹn nhau 8 giờ kém 15 nhé", nil},
		{"buổi lễ bắt đầu 8 giờ 30 phút", nil},
		{"cửa hàng mở cửa từ 7 giờ đến 22 giờ", nil},
		{"đúng 0 giờ, pháo hoa bắt đầu", nil},
		{"đến 17 giờ cùng ngày, đám cháy được dập tắt", nil},
		{"sáng mai 9 giờ anh đến nhé", nil},
		{"ca mổ kéo dài trong 2 giờ 30 phút", []string{"2 giờ|2|giờ||duration", "30 phút|30|phút||duration"}},
		{"thời gian từ 2 đến 3 giờ", []string{"2 đến 3 giờ|2|giờ||duration", "3 giờ|3|giờ||duration"}},
		{"anh làm việc 10 giờ mỗi ngày", []string{"10 giờ|10|giờ||duration"}},
		{"về đích với thành tích 1 giờ 33 phút 5 giây", []string{"1 giờ|1|giờ||duration", "33 phút|33|phút||duration", "5 giây|5|giây||duration"}},
		{"tàu chạy lúc 7 giờ 15 phút sáng", nil},
		{"khai mạc 14 giờ 30 phút ngày 5/3", nil},
		{"họp lúc 10h15 phút", nil},
		{"khoảng 17g, đám cháy bùng lên; mua 200g đường", []string{"200g|200|g||measure"}},
		{"ngày 30/4/2021 và 82,6%", []string{"82,6%|82.6|%||percent"}},
		{"mạng 5G và 4G", nil},
		{"Quyết định 1177/QĐ BGDĐT", nil},
		// labels: a document, a hamlet, a corps, an ordinal named by a number
		{"thực hiện Chỉ thị 05 vẫn còn hạn chế", nil},
		{"người dân xóm 3, xóm 6 xã Hà Thượng", nil},
		{"Quân đoàn 1 phụ trách hướng Bắc; Lữ đoàn 468 lính thủy đánh bộ", nil},
		{"hiệp thương lần 1, lần 2 chúng tôi", nil},
		{"ban hành 5 nghị quyết chuyên đề", []string{"5 nghị quyết|5|nghị quyết||count"}},
	}
	pub := doc.Date{Year: 2021, Month: 5, Day: 1}
	for _, c := range cases {
		d := run(t, c.in, pub)
		var got []string
		for _, m := range d.Of(doc.KindFigure) {
			f := m.Figure
			got = append(got, fmt.Sprintf("%s|%s|%s|%s|%s", m.Text, fmtNum(f.Value), f.Unit, f.Currency, f.Kind))
		}
		if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// The word readers walk the text by hand; these pin what they return.
func TestFigureWordReaders(t *testing.T) {
	words := []struct {
		s    string
		n    int
		want string
	}{
		{"đã tiếp nhận ", 1, "nhận"},
		{"đã tiếp nhận ", 2, "tiếp nhận"},
		{"Ban Chỉ đạo", 3, "Ban Chỉ đạo"},
		{"tổng,  số", 2, "tổng số"}, // joined by one space whatever stood between
		{"khoảng (", 1, ""},         // the words must touch the end
		{"COVID-", 1, ""},
		{"", 1, ""},
		{strings.Repeat("x", 70), 1, strings.Repeat("x", 60)}, // 60 bytes at most
	}
	for _, c := range words {
		if got := lastWords(c.s, c.n); got != c.want {
			t.Errorf("lastWords(%q, %d) = %q, want %q", c.s, c.n, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		n    int
		want string
	}{
		{" hộ gia đình", 30, "hộ"},
		{"  " + strings.Repeat("ẩ", 40), 30, strings.Repeat("ẩ", 28)}, // cut at 30 code points
		{strings.Repeat(" ", 31) + "hộ", 30, ""},
		{"", 30, ""},
	} {
		if got := nextWordWithin(c.s, 0, c.n); got != c.want {
			t.Errorf("nextWordWithin(%q, 0, %d) = %q, want %q", c.s, c.n, got, c.want)
		}
	}
	for _, s := range []string{"", "hộ gia đình", "Hộ Gia Đình", "ĐỒNG", "Ơ Ư", "km²", "İstanbul", "a\xffb", "ǅ", "Ⅻ"} {
		if got, want := lower(s), strings.ToLower(s); got != want {
			t.Errorf("lower(%q) = %q, want %q", s, got, want)
		}
	}
	for _, c := range []struct {
		s, q string
		want bool
	}{
		{"đạt Khoảng", "khoảng", true},
		{"đạt khoảng", "khoảng", true},
		{"ĐẠT", "đạt", true},
		{"xđạt", "đạt", true}, // the word boundary is the caller's
		{"đạ", "đạt", false},
		{"đạt", "", true},
	} {
		if got := hasLowerSuffix(c.s, c.q); got != c.want {
			t.Errorf("hasLowerSuffix(%q, %q) = %v", c.s, c.q, got)
		}
	}
}

// numbersByByte is what numbers finds, read a byte at a time, the
// code-point offsets counted as the bytes that do not continue a code
// point (as []rune counts them in valid UTF-8, which documents hold).
func numbersByByte(text string) []number {
	var want []number
	for i := 0; i < len(text); {
		if text[i] < '0' || text[i] > '9' {
			i++
			continue
		}
		s := i
		for i < len(text) && (text[i] >= '0' && text[i] <= '9' || (text[i] == '.' || text[i] == ',') && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9') {
			i++
		}
		r := 0
		for k := 0; k < s; k++ {
			if text[k]&0xC0 != 0x80 {
				r++
			}
		}
		want = append(want, number{s, i, r})
	}
	return want
}

// Numbers are found 32 and eight bytes at a time and carry the
// code-point offset of their start (the document's RuneOffset).
func TestFigureNumbers(t *testing.T) {
	for _, text := range []string{
		"", "5", "Năm 2021, tỉnh có 1.234,5 tỷ đồng và 82,6% hộ gia đình",
		strings.Repeat("đường ", 9) + "3/2 " + strings.Repeat("ẩ", 20) + "7",
		"a:b;c<d>e?f@g/h", // bytes just outside the digits
		strings.Repeat("ữ", 30) + "1" + strings.Repeat("ẩ", 11) + "2",
	} {
		want := numbersByByte(text)
		if got := numbers(text); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("numbers(%q) = %v, want %v", text, got, want)
		}
		d := doc.NewDocument("x", text)
		for _, n := range want {
			for b := max(0, n[0]-9); b <= min(len(text), n[1]+9); b++ {
				if got, want := runeAt(text, n, b), d.RuneOffset(b); got != want {
					t.Errorf("runeAt(%q, %v, %d) = %d, want %d", text, n, b, got, want)
				}
			}
		}
	}
	// every byte value in every place of a block of 32, and of eight
	// after it
	for b := 0; b < 256; b++ {
		for at := 0; at < 40; at++ {
			block := []byte(strings.Repeat(".", 40))
			block[at] = byte(b)
			got := len(numbers(string(block) + "........")) // past the blocks: the byte loop
			if want := b >= '0' && b <= '9'; (got == 1) != want {
				t.Fatalf("byte %#x at %d: %d numbers", b, at, got)
			}
		}
	}
}

// FuzzFigureNumbers holds numbers, its blocks of bytes and its code-point
// count, to the byte-at-a-time reading on any input.
func FuzzFigureNumbers(f *testing.F) {
	for _, s := range []string{"", "5", "Năm 2021, tỉnh có 1.234,5 tỷ đồng", strings.Repeat("ẩ", 20) + "7,5", "\xff\xfe1\x80\x80\x80\x802"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := numbers(s), numbersByByte(s); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("numbers(%q) = %v, want %v", s, got, want)
		}
	})
}

// What joins two numbers of a range or a ratio, read without a pattern.
func TestFigureJoins(t *testing.T) {
	for _, c := range []struct {
		s           string
		range_, rat int
	}{
		{"-13%", 1, -1},
		{" – 30 triệu", 2 + len("–"), -1},
		{", 10 năm", 2, -1},
		{" đến 2 năm", 1 + len("đến") + 1, -1},
		{"  hoặc\t6", 2 + len("hoặc") + 1, -1},
		{" đếnx 2", -1, -1},
		{" đến", -1, -1}, // a space must follow
		{"/2.631", -1, 1},
		{" / 20", -1, 3},
		{" trên 20 xã", -1, 1 + len("trên") + 1},
		{" trên tổng số 20", -1, 1 + len("trên tổng số") + 1},
		{" trên tổng 20", -1, 1 + len("trên") + 1}, // "tổng" alone is not read
		{"trên 20", -1, -1},                        // white space must come first
	} {
		if got := rangeJoin(c.s); got != c.range_ {
			t.Errorf("rangeJoin(%q) = %d, want %d", c.s, got, c.range_)
		}
		if got := ratioJoin(c.s); got != c.rat {
			t.Errorf("ratioJoin(%q) = %d, want %d", c.s, got, c.rat)
		}
	}
}

func TestFields2(t *testing.T) {
	for _, s := range []string{"", " ", "hộ", " hộ ", "hộ gia đình", "ý  kiến", "a\u00a0b", "\tx\n", "đô la "} {
		f := strings.Fields(s)
		first, n := fields2(s)
		wantFirst, wantN := "", min(len(f), 2)
		if len(f) > 0 {
			wantFirst = f[0]
		}
		if first != wantFirst || n != wantN {
			t.Errorf("fields2(%q) = %q, %d; want %q, %d", s, first, n, wantFirst, wantN)
		}
	}
}

// FuzzDecodeRune holds decodeRune and decodeLastRune to the utf8
// package's decoders on any bytes.
func FuzzDecodeRune(f *testing.F) {
	for _, s := range []string{"", "a", "ệ", "đ", "\xe0\xa0\x80", "\xe0\x9f\xbf", "\xed\x9f\xbf", "\xed\xa0\x80", "\xc1\xbf", "\xc2\x80", "\xef\xbf\xbd", "𝕏", "\xf0\x9d", "a\xbf", "\xe1\xbb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i <= len(s); i++ {
			r, n := decodeRune(s[i:])
			wr, wn := utf8.DecodeRuneInString(s[i:])
			if r != wr || n != wn {
				t.Fatalf("decodeRune(%q) = %U %d, want %U %d", s[i:], r, n, wr, wn)
			}
			r, n = decodeLastRune(s[:i])
			wr, wn = utf8.DecodeLastRuneInString(s[:i])
			if r != wr || n != wn {
				t.Fatalf("decodeLastRune(%q) = %U %d, want %U %d", s[:i], r, n, wr, wn)
			}
		}
	})
}

// signStartByWords is signStart as it read before minusEnds: the last
// word before every number.
func signStartByWords(t string, s int) int {
	if s >= 1 && (t[s-1] == '-' || strings.HasSuffix(t[:s], "−")) {
		k := s - 1
		if t[s-1] != '-' {
			k = s - len("−")
		}
		if k == 0 || t[k-1] == ' ' || t[k-1] == '(' {
			return k
		}
		return s
	}
	if w := lastWords(t[:s], 1); isGrammarWord(w, minusWords) && strings.HasSuffix(t[:s], w+" ") {
		return s - len(w) - 1
	}
	return s
}

func TestSignStart(t *testing.T) {
	for _, c := range []struct {
		text string
		want int // bytes before the sign
	}{
		{"lãi âm 5 tỷ", len("lãi ")},
		{"lãi ÂM 5 tỷ", len("lãi ")},
		{"lãi Âm 5 tỷ", len("lãi ")},
		{"lãi âm  5 tỷ", len("lãi âm  ")}, // two spaces: no sign
		{"lãi giảm 5 tỷ", len("lãi giảm ")},
		{"nhiệt độ -5 độ", len("nhiệt độ ")},
		{"nhiệt độ −5 độ", len("nhiệt độ ")},
		{"COVID-19", len("COVID-")},
	} {
		s := strings.IndexAny(c.text, "0123456789")
		if got := signStart(c.text, s); got != c.want {
			t.Errorf("signStart(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

// FuzzSignStart holds signStart, which looks at the words before a number
// only after a space and a letter that ends a minus word, to reading them
// before every number.
func FuzzSignStart(f *testing.F) {
	for _, s := range []string{"lãi âm 5", "ÂM 5", "xâm 5", "âM  5", "(-5", "a−5", "\xffm 5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for s := 0; s <= len(text); s++ {
			if got, want := signStart(text, s), signStartByWords(text, s); got != want {
				t.Fatalf("signStart(%q, %d) = %d, want %d", text, s, got, want)
			}
		}
	})
}

// FuzzParseNumber holds parseNumber's reading of plain digits to the
// general reading (parseGrouped, strconv.ParseFloat) on any input.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"", "0", "007", "2021", "999999999999999", "9999999999999999", "1.234", "82,6", "1.234.567,5", "12a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := parseNumber(s)
		wv, wok := parseGrouped(s)
		if ok != wok || (ok && v != wv) {
			t.Fatalf("parseNumber(%q) = %v %v, want %v %v", s, v, ok, wv, wok)
		}
	})
}

// FuzzParseGrouped holds parseGrouped's reading of digits and marks of
// one kind (groupedDigits) to the text rewritten for strconv.ParseFloat.
func FuzzParseGrouped(f *testing.F) {
	for _, s := range []string{"", ".", "0", "2.172", "1.234.567", "72.84", "82,6", "4,029", "1,2,3", "5.", ".5", "1.234,5", "999999999999999,5", "9999999999999999", "0,000000000000001", "1..2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := parseGrouped(s)
		wv, wok := parseGroupedText(s)
		if ok != wok || (ok && v != wv) {
			t.Fatalf("parseGrouped(%q) = %v %v, want %v %v", s, v, ok, wv, wok)
		}
	})
}

// TestScaleDecimals holds scale to the reading through the text on the
// numbers the text writes: decimals of a few digits times a multiplier.
func TestScaleDecimals(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		v := float64(r.IntN(10_000_000)) / pow10s[r.IntN(4)]
		mult := []float64{1e3, 1e6, 1e9, 1e12, 1e15, 1e3 * 1e9}[r.IntN(6)]
		if got, want := scale(v, mult), scaleText(v, mult); got != want {
			t.Fatalf("scale(%v, %v) = %v, want %v", v, mult, got, want)
		}
	}
}

// FuzzScale holds scale's integers to the reading through the text.
func FuzzScale(f *testing.F) {
	for _, c := range [][2]float64{{16.4, 1e12}, {2.5, 1e9}, {1234, 1e6}, {0.1, 1e3}, {1, 1e12}, {999999, 1e6}, {77.415, 1e9}} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, v, mult float64) {
		if mult == 1 {
			return
		}
		got, want := scale(v, mult), scaleText(v, mult)
		if got != want && !(math.IsNaN(got) && math.IsNaN(want)) {
			t.Fatalf("scale(%v, %v) = %v, want %v", v, mult, got, want)
		}
	})
}

// multipliersByWords is multipliersAfter as it read before
// multiplierFirsts: every word after the number.
func multipliersByWords(t string, e int) (float64, int) {
	mult := 1.0
	i := e
	for {
		w, k := firstWord(t, i)
		if w == "" || !gap(t, i, k, w) {
			return mult, i
		}
		m, ok := multipliers[lower(w)]
		if !ok {
			return mult, i
		}
		mult *= m
		i = k
	}
}

// FuzzMultipliersAfter holds multipliersAfter, which passes a word whose
// first letter starts no multiplier without reading it, to reading every
// word.
func FuzzMultipliersAfter(f *testing.F) {
	for _, s := range []string{"5 triệu", "5 Triệu USD", "5 TỶ", "5  tỷ", "5 nghìn tỷ đồng", "5 k", "5 Kilô", "5 \xffx", "5 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// every byte is a start, and a run of multipliers reads on to the
		// end: the work grows faster than the input (CI runs 50,000)
		s = s[:min(len(s), 256)]
		for e := 0; e <= len(s); e++ {
			m, i := multipliersAfter(s, e)
			wm, wi := multipliersByWords(s, e)
			if m != wm || i != wi {
				t.Fatalf("multipliersAfter(%q, %d) = %v %d, want %v %d", s, e, m, i, wm, wi)
			}
		}
	})
}

// coveredNumbers answers for every number what d.Overlaps answers with
// the dates and the references: spans of every kind, nested, touching,
// empty, before, across and after the numbers, in any order.
func TestCoveredNumbers(t *testing.T) {
	text := "Ngày 5/3/2021 có 12 xã, 3.400 hộ và 7 trường; số 15 nữa 2022 9"
	locs := numbers(text)
	rng := rand.New(rand.NewPCG(1, 2))
	kinds := []doc.Kind{doc.KindDate, doc.KindDocRef, doc.KindPerson, doc.KindFigure}
	n := utf8.RuneCountInString(text)
	for round := 0; round < 2000; round++ {
		d := doc.NewDocument("x", text)
		for k := rng.IntN(6); k > 0; k-- {
			s := rng.IntN(n + 1)
			e := s + rng.IntN(min(12, n-s)+1)
			d.Mentions = append(d.Mentions, &doc.Mention{Kind: kinds[rng.IntN(len(kinds))], Start: s, End: e})
		}
		covered, _ := coveredNumbers(nil, nil, d.Mentions, locs)
		for k, l := range locs {
			if want := d.Overlaps(l.runeStart(), l.runeEnd(), doc.KindDate, doc.KindDocRef); covered[k] != want {
				t.Fatalf("number %q, mentions %v: covered %v, want %v", text[l[0]:l[1]], spansOf(d.Mentions), covered[k], want)
			}
		}
	}
}

func spansOf(ms []*doc.Mention) (out []string) {
	for _, m := range ms {
		out = append(out, fmt.Sprintf("%s[%d,%d)", m.Kind, m.Start, m.End))
	}
	return out
}

// FuzzTrimSpaceSet holds the byte reading to strings.Trim with the set.
func FuzzTrimSpaceSet(f *testing.F) {
	for _, s := range []string{"", " \u00a0ý kiến\u00a0 ", "\u00a0", "\xc2", "a\xc2", "\xa0a", "\xe1\xc2\xa0", "\t\r\nx\n", "\u00a0\u00a0x\u00a0\u00a0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimSpaceSet(s), strings.Trim(s, spaceSet); got != want {
			t.Fatalf("trimSpaceSet(%q) = %q, want %q", s, got, want)
		}
	})
}

// wordFlags answers for every set what the set answers, for every word
// any of them holds.
func TestWordFlags(t *testing.T) {
	sets := []struct {
		name string
		set  map[string]bool
		flag uint8
	}{
		{"notBefore", notBefore, wNotBefore}, {"countCompounds", countCompounds, wCountCompound},
		{"stopUnit", stopUnit, wStopUnit}, {"unitCompounds", unitCompounds, wUnitCompound},
		{"classifiers", classifiers, wClassifier}, {"notUnits", notUnits, wNotUnit}, {"dollarWords", dollarWords, wDollar},
	}
	words := map[string]bool{"": true, "xyz": true}
	for _, s := range sets {
		if len(s.set) == 0 {
			t.Errorf("%s is empty", s.name)
		}
		for w := range s.set {
			words[w] = true
		}
	}
	for w := range words {
		for _, s := range sets {
			if got := wordFlags[w]&s.flag != 0; got != s.set[w] {
				t.Errorf("%q: wordFlags says %v for %s, the set %v", w, got, s.name, s.set[w])
			}
		}
	}
}

// FuzzWordFlags holds the flags the word readers return to what they
// stand for: lowerWord of a word and its flags is lower of the word, a
// word read forward is a word as isWord has it iff its flags hold no
// mark, and the phrase spanIn looks up is the lowered words joined by
// single spaces, whether it is cut from the text or built.
func FuzzWordFlags(f *testing.F) {
	for _, s := range []string{"5 người dân", "5 Người  Dân", "5 hộ gia đình", "5 ca\u0301 nhân", "2 caCovid", "5 ǅa", "x \xff y", "Ảnh 𝕏 ĐẠI"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// every byte is a start, and each check reads to the end of its
		// word, so the work grows with the square of the input (a long
		// run of letters took the fuzzer minutes an input); words in text
		// are short, and 256 bytes hold many of them
		s = s[:min(len(s), 256)]
		for i := 0; i <= len(s); i++ {
			w, k, fl := nextWordF(s, i)
			if ww, wk := nextWord(s, i); w != ww || k != wk {
				t.Fatalf("nextWordF(%q, %d) = %q %d, nextWord %q %d", s, i, w, k, ww, wk)
			}
			if got, want := lowerWord(w, fl), lower(w); got != want {
				t.Fatalf("lowerWord(%q) = %q, want %q", w, got, want)
			}
			if got, want := w != "" && fl&fMark == 0, isWord(w); got != want {
				t.Fatalf("word %q from %q: no mark %v, isWord %v", w, s, got, want)
			}
			var wordBuf [3]string
			var endBuf [3]int
			var flagBuf [3]uint8
			words, ends, fls := nextWordsFlagsInto(s, i, wordBuf[:0], endBuf[:0], flagBuf[:0])
			var key [96]byte
			for n := 1; n <= len(words); n++ {
				lw := make([]string, n)
				for j := range lw {
					lw[j] = lower(words[j])
				}
				phrase := strings.Join(lw, " ")
				if !spanIn(map[string]bool{phrase: true}, key[:0], s, words[:n], ends[:n], fls[:n]) {
					t.Fatalf("spanIn of %q in %q misses %q", words[:n], s, phrase)
				}
				if spanIn(map[string]bool{phrase + "x": true}, key[:0], s, words[:n], ends[:n], fls[:n]) {
					t.Fatalf("spanIn of %q in %q finds %q", words[:n], s, phrase+"x")
				}
			}
			for n := 1; n <= 2; n++ {
				lw, lf := lastWordsF(s[:i], n)
				if lw != lastWords(s[:i], n) {
					t.Fatalf("lastWordsF(%q, %d) = %q, lastWords %q", s[:i], n, lw, lastWords(s[:i], n))
				}
				if got, want := lowerWord(lw, lf), lower(lw); got != want {
					t.Fatalf("lowerWord(%q) = %q, want %q (lastWordsF)", lw, got, want)
				}
			}
		}
	})
}

// unitAfterByWords is unitAfter as it read before the word flags and the
// lazy reading: five words read, each lowered before a lookup, the pairs
// and triples built, the unit joined.
func unitAfterByWords(x *Figures, d *doc.Document, e int) (float64, string, bool, int) {
	t := d.Text
	i := e
	if k := wordStart(t, i); k < len(t) && t[k] == '%' && k-i <= 1 {
		return 1, "%", true, k + 1
	}
	if u, k, ok := gluedUnit(t, e); ok && u.Kind != "multiplier" && u.Kind != "percent" {
		return 1, unitName(u), false, k
	}
	if mult, u, k, ok := spacedUnit(t, e); ok {
		return mult, unitName(u), false, k
	}
	var wordBuf [5]string
	var endBuf [5]int
	words, ends := nextWordsInto(t, i, wordBuf[:0], endBuf[:0])
	if n := phraseLen(words, percentNames); n > 0 {
		return 1, "%", true, ends[n-1]
	}
	join := func(ws ...string) string {
		var b []byte
		return string(lowerPhrase(b, ws...))
	}
	mult := 1.0
	k := 0
	for k < len(words) {
		m, ok := multipliers[lower(words[k])]
		if !ok || k+1 < len(words) && notUnits[join(words[k], words[k+1])] {
			break
		}
		mult *= m
		i = ends[k]
		k++
	}
	words, ends = words[k:], ends[k:]
	if len(words) == 0 || strings.ContainsAny(t[i:wordStart(t, i)], ",;:.()\"“”/") {
		if mult >= 1e6 && mult != 1 {
			return mult, homeCurrency, false, i
		}
		return mult, "", false, i
	}
	first := lower(words[0])
	var pf uint8
	if len(words) > 1 {
		pf = wordFlags[join(first, words[1])]
	}
	if pf&wNotUnit != 0 {
		return mult, "", false, i
	}
	compound := pf&wUnitCompound != 0
	ff := wordFlags[first]
	if (ff&wStopUnit != 0 && !compound) || !isWord(words[0]) {
		if mult >= 1e6 {
			return mult, homeCurrency, false, i
		}
		return mult, "", false, i
	}
	if ff&wDollar != 0 {
		return mult, "USD", false, ends[0]
	}
	n := 1
	if len(words) >= 2 && gap(t, ends[0], ends[1], words[1]) {
		if compound || (ff&wClassifier != 0 && !stopUnit[lower(words[1])] && isWord(words[1])) {
			n = 2
			if len(words) >= 3 && gap(t, ends[1], ends[2], words[2]) &&
				(unitCompounds[join(words[1], words[2])] || unitCompounds[join(first, words[1], words[2])]) {
				n = 3
			}
		} else if len(words) >= 3 && gap(t, ends[1], ends[2], words[2]) && unitCompounds[join(first, words[1], words[2])] {
			n = 3
		}
	}
	unit, end := strings.Join(words[:n], " "), ends[n-1]
	if end < len(t) && t[end] == '/' && isASCII(unit) {
		if w, k := firstWord(t, end+1); w != "" && k-len(w) == end+1 {
			unit, end = unit+"/"+w, k
		}
	}
	return mult, unit, false, end
}

// FuzzUnitAfter holds unitAfter to unitAfterByWords after every byte of
// any text.
func FuzzUnitAfter(f *testing.F) {
	for _, s := range []string{"5 hộ gia đình", "5 Hộ Gia Đình nghèo", "5 nghìn tỷ tỷ lệ", "5 tỷ  đồng", "5 triệu nghìn tỷ lượt du khách", "5 lần lượt", "5 phần trăm", "5 cuộc đối thoại", "5 km/h", "5 ca\u0301 nhân", "3 triệu USD", "5 đô la"} {
		f.Add(s)
	}
	x := NewFigures()
	f.Fuzz(func(t *testing.T, s string) {
		// every byte is a start: the work grows faster than the input
		s = s[:min(len(s), 256)]
		d := doc.NewDocument("x", s)
		for e := 0; e <= len(s); e++ {
			m, u, p, end := x.unitAfter(d, e)
			wm, wu, wp, wend := unitAfterByWords(x, d, e)
			if m != wm || u != wu || p != wp || end != wend {
				t.Fatalf("unitAfter(%q, %d) = %v %q %v %d, want %v %q %v %d", s, e, m, u, p, end, wm, wu, wp, wend)
			}
		}
	})
}

// figureKindByFields is figureKind as it read before: the unit's first
// field looked up whatever white space the unit holds.
func figureKindByFields(f *doc.Figure) string {
	switch {
	case f.Percent != nil || f.Unit == "%":
		return "percent"
	case f.Currency != "":
		return "amount"
	}
	l := lower(f.Unit)
	if u, ok := unitTable.ByWord[l]; ok && (u.Kind == "measure" || u.Kind == "duration") {
		return u.Kind
	}
	if w0, n := fields2(l); n > 0 {
		if u, ok := unitTable.ByWord[w0]; ok && u.Kind == "duration" && n == 1 {
			return "duration"
		}
	}
	if i := strings.IndexByte(l, '/'); i > 0 {
		if u, ok := unitTable.ByWord[l[:i]]; ok && u.Kind == "measure" {
			return "measure"
		}
	}
	return "count"
}

// FuzzFigureKind holds figureKind, which reads the unit's first field
// only when white space stands at an end of it, to figureKindByFields.
func FuzzFigureKind(f *testing.F) {
	for _, u := range []string{"năm", " năm", "năm ", "\u00a0giờ\u2003", "năm học", "km", "m3/s", " km/h", "hộ gia đình", "", " ", "\u0085ngày"} {
		f.Add(u)
	}
	f.Fuzz(func(t *testing.T, unit string) {
		fig := &doc.Figure{Unit: unit}
		if got, want := figureKind(fig), figureKindByFields(fig); got != want {
			t.Fatalf("figureKind(%q) = %q, want %q", unit, got, want)
		}
	})
}

// subjectAfterByRunes is subjectAfter as it read before: every code
// point of the clause stepped over, each word lowered before its lookup.
func subjectAfterByRunes(t string, end int, unit string) string {
	if unit == "" || unit == "%" {
		return ""
	}
	start := end - len(unit)
	if start < 0 || t[start:end] != unit {
		return unit
	}
	i := end
	words := 0
	for i < len(t) && words < 6 {
		r, size := utf8.DecodeRuneInString(t[i:])
		if r == ';' || r == '.' || r == ':' || r == '(' || r == '\n' || isDigit(r) {
			break
		}
		if r == ',' {
			w := nextWordWithin(t, i+1, 39)
			if w == "" || stopUnit[lower(w)] || slices.Contains(reachWords, w) {
				break
			}
		}
		if r == ' ' {
			words++
			w := nextWordWithin(t, i, 30)
			if w == "" || stopUnit[lower(w)] {
				break
			}
		}
		i += size
	}
	return strings.TrimRight(strings.Trim(t[start:i], spaceSet), " ,")
}

// FuzzSubjectAfter holds subjectAfter, which passes a word it has read in
// one step, to subjectAfterByRunes, for units cut anywhere in the text.
func FuzzSubjectAfter(f *testing.F) {
	for _, s := range []string{"5 hộ gia đình nghèo đã được hỗ trợ, ý kiến", "5 người  dân tộc Kinh, của", "12 caCovid mới, 3 ca", "5 lượt xem1 lần", "5 ý kiến phản ánh, kiến nghị về", "5 x\u00a0 ,"} {
		f.Add(s, 2, 3)
	}
	f.Fuzz(func(t *testing.T, s string, at, n int) {
		if at < 0 || n < 0 || at+n > len(s) {
			return
		}
		unit := s[at : at+n]
		if got, want := subjectAfter(s, at+n, unit), subjectAfterByRunes(s, at+n, unit); got != want {
			t.Fatalf("subjectAfter(%q, %d, %q) = %q, want %q", s, at+n, unit, got, want)
		}
	})
}

// FuzzSetCurrency holds setCurrency, which passes a unit whose first
// letter begins no amount without a look-up, to the look-up of every
// unit.
func FuzzSetCurrency(f *testing.F) {
	for w := range unitTable.ByWord {
		f.Add(w)
		f.Add(strings.ToUpper(w))
	}
	f.Add("")
	f.Add("\xffđ")
	f.Fuzz(func(t *testing.T, unit string) {
		got := doc.Figure{Unit: unit}
		setCurrency(&got)
		want := doc.Figure{Unit: unit}
		if u, ok := unitTable.ByWord[lower(unit)]; ok && u.Kind == "amount" {
			want.Currency, want.Unit = u.Currency, u.Canonical
		}
		if got.Currency != want.Currency || got.Unit != want.Unit {
			t.Fatalf("setCurrency(%q) = %q %q, want %q %q", unit, got.Currency, got.Unit, want.Currency, want.Unit)
		}
	})
}

// qualifiersEndingIn answers what qualifiersByEnd holds: for every last
// letter it holds, and for code points sharing its low byte.
func TestQualifiersEndingIn(t *testing.T) {
	for r, qs := range qualifiersByEnd {
		for _, c := range []rune{r, r ^ 0x100, r + 0x1000, r &^ 0x80} {
			if got, want := qualifiersEndingIn(c), qualifiersByEnd[c]; fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("qualifiersEndingIn(%q) = %v, want %v", c, got, want)
			}
		}
		if len(qs) == 0 {
			t.Errorf("no qualifiers listed for %q", r)
		}
	}
}

// FuzzFoldWords holds foldWords.has, which passes a word by its first
// code point, to isGrammarWord.
func FuzzFoldWords(f *testing.F) {
	for _, s := range []string{"giờ", "GIỜ", "Giờ", "tiếng", "người", "", "\xffgiờ", "ǅ", "K", "\u212a"} {
		f.Add(s, "giờ", "\u212aK")
	}
	f.Fuzz(func(t *testing.T, w, a, b string) {
		for _, words := range [][]string{hourWords, {a, b}, {a, ""}} {
			fw := newFoldWords(words)
			if got, want := fw.has(w), isGrammarWord(w, words); got != want {
				t.Fatalf("has(%q) of %q = %v, isGrammarWord %v", w, words, got, want)
			}
		}
	})
}

// FuzzWordGate holds the gated probes of the figures' word sets and maps
// to them: every word of a set passes its gate, and a word the gate turns
// down is in none.
func FuzzWordGate(f *testing.F) {
	for _, w := range []string{"", "và", "của", "người", "hộ", "số", "x", strings.Repeat("a", 70)} {
		f.Add(w)
	}
	sets := []map[string]bool{stopUnit, lastWordsRead}
	gates := []*wordGate{stopUnitGate, lastWordsReadGate}
	for k, set := range sets {
		for w := range set {
			if !gates[k].in(set, w) {
				f.Fatalf("set %d: %q turned down by its gate", k, w)
			}
		}
	}
	for w := range multipliers {
		if m, ok := multiplierOf(w); !ok || m != multipliers[w] {
			f.Fatalf("multiplier %q turned down by its gate", w)
		}
	}
	for w, fl := range wordFlags {
		if flagsOf(w) != fl {
			f.Fatalf("flags of %q turned down by their gate", w)
		}
	}
	for w, u := range unitTable.ByWord {
		for _, g := range []*wordGate{measureGate, amountGate} {
			if got, ok := unitOfKinds(g, w); (u.Kind == "measure" || u.Kind == "duration") && g == measureGate || u.Kind == "amount" && g == amountGate {
				if !ok || got != u {
					f.Fatalf("unit %q (%s) turned down by its kind's gate", w, u.Kind)
				}
			}
		}
	}
	f.Fuzz(func(t *testing.T, w string) {
		u, inTable := unitTable.ByWord[w]
		if got, ok := unitOfKinds(measureGate, w); (ok || inTable && (u.Kind == "measure" || u.Kind == "duration")) && (ok != inTable || got != u) {
			t.Fatalf("unitOfKinds(measures, %q) = %v %v, the table %v %v", w, got, ok, u, inTable)
		}
		if got, ok := unitOfKinds(amountGate, w); (ok || inTable && u.Kind == "amount") && (ok != inTable || got != u) {
			t.Fatalf("unitOfKinds(amounts, %q) = %v %v, the table %v %v", w, got, ok, u, inTable)
		}
		for k, set := range sets {
			if got := gates[k].in(set, w); got != set[w] {
				t.Fatalf("set %d: gated %q: %v, the set: %v", k, w, got, set[w])
			}
		}
		if m, ok := multiplierOf(w); m != multipliers[w] || ok != (multipliers[w] != 0) {
			t.Fatalf("multiplierOf(%q) = %v %v, the map %v", w, m, ok, multipliers[w])
		}
		if got := flagsOf(w); got != wordFlags[w] {
			t.Fatalf("flagsOf(%q) = %v, the map %v", w, got, wordFlags[w])
		}
	})
}
