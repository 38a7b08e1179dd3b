package extractors

import (
	"cmp"
	"math/rand/v2"
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline/doc"
)

// dateCase is one sentence and the dates it must give, each written
// "text=value", with "|calendar", "|time", "|rel" or "|pod" parts where the
// case is about them.
type dateCase struct {
	in   string
	pub  doc.Date
	want []string
}

func checkDateCases(t *testing.T, cases []dateCase, show func(*doc.Mention) string) {
	t.Helper()
	for _, c := range cases {
		d := run(t, c.in, c.pub)
		var got []string
		for _, m := range d.Of(doc.KindDate) {
			got = append(got, show(m))
		}
		if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func textValue(m *doc.Mention) string { return m.Text + "=" + m.Date.Value }

var (
	pub2021 = doc.Date{Year: 2021, Month: 4, Day: 26}
	pub2017 = doc.Date{Year: 2017, Month: 1, Day: 20}
	noPub   = doc.Date{}
)

func TestDatesMonthInWords(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"Lễ hội diễn ra vào mồng 3 tháng ba năm 2021.", noPub, []string{"mồng 3 tháng ba năm 2021=2021-03-03"}},
		{"Hạn chót là ngày 12 tháng mười hai năm 2023.", noPub, []string{"ngày 12 tháng mười hai năm 2023=2023-12-12"}},
		{"Ngày 2 tháng chín năm 1945 Bác đọc Tuyên ngôn.", noPub, []string{"Ngày 2 tháng chín năm 1945=1945-09-02"}},
		{"Hẹn gặp ngày 14 tháng hai.", pub2021, []string{"ngày 14 tháng hai=2021-02-14"}},
		{"Sáng mồng mười tháng ba, cả làng ra đình.", pub2021, []string{"Sáng mồng mười tháng ba=2021-03-10"}},
		{"ngày 1 tháng mười một năm 2020", noPub, []string{"ngày 1 tháng mười một năm 2020=2020-11-01"}},
		// a count of months, not a day
		{"Cứ 2 tháng một lần, đoàn lại về thăm.", pub2021, nil},
		{"Sau 3 tháng năm nay, doanh thu tăng.", pub2021, nil},
	}, textValue)
}

func TestDatesTwoDigitYear(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"Văn bản ký ngày 3/3/17 tại Hà Nội.", noPub, []string{"ngày 3/3/17=2017-03-03"}},
		{"Sáng 2.6.17, đoàn đến thăm.", noPub, []string{"Sáng 2.6.17=2017-06-02"}},
		{"Ông sinh ngày 5/9/48 ở Huế.", pub2021, []string{"ngày 5/9/48=1948-09-05"}},
		{"Sự kiện diễn ra 3/9/91.", noPub, []string{"3/9/91=1991-09-03"}},
		// an address, a code, a formula
		{"Hẻm 172/46/12 đường Cù Chính Lan", noPub, nil},
		{"RAM 8/16/32GB", noPub, nil},
		{"ca nô BP 12-04-02 chở quá người", noPub, nil},
		{"1% phân NPK 30-10-10; 33% đất mùn", noPub, nil},
		{"nhà số 3/9/15 đường Lê Lợi", noPub, nil},
	}, textValue)
}

func TestDatesISO(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"• 2017-05-10 19:54 Kết thúc trận đấu", noPub, []string{"2017-05-10=2017-05-10"}},
		{"cập nhật ngày 2021/04/26", noPub, []string{"ngày 2021/04/26=2021-04-26"}},
		{"mã số 2017-13-40", noPub, nil},
		{"giai đoạn 2016-2020", noPub, []string{"giai đoạn 2016-2020=2016/2020"}},
	}, textValue)
}

func TestDatesBareDayMonth(t *testing.T) {
	pub := doc.Date{Year: 2021, Month: 3, Day: 1}
	checkDateCases(t, []dateCase{
		{"Hội nghị sẽ họp vào 7/3 tại Hà Nội.", pub, []string{"7/3=2021-03-07"}},
		{"Hoàn thành trước 30/6 năm nay.", pub, []string{"30/6=2021-06-30"}},
		{"Kể từ 1/7, luật có hiệu lực.", pub, []string{"từ 1/7=2021-07-01"}},
		{"Các cơ quan gặp mặt 8/3 tới.", pub, []string{"8/3=2021-03-08"}},
		{"Ngày Bảo hiểm y tế Việt Nam (1-7) được tổ chức.", pub, []string{"(1-7)=2021-07-01"}},
		{"hội nghị hiệp thương lần thứ 2 (17/3) đã diễn ra", pub, []string{"(17/3)=2021-03-17"}},
		{"Lịch thi đấu vòng 1/8 09/02 00:30 Sandhausen", pub, []string{"09/02=2021-02-09"}},
		{"Chúng tôi gặp nhau 7/3.", pub, []string{"7/3=2021-03-07"}},
		{"Sự kiện diễn ra 07/03.", pub, []string{"07/03=2021-03-07"}},
		// never days: ratios, scores, counts, month ranges
		{"Có từ 2/3 tổng số đại biểu tán thành.", pub, nil},
		{"tỷ lệ 2/3 số hộ", pub, nil},
		{"Tỷ lệ thắng đạt 2/3.", pub, nil},
		{"khu nghỉ dưỡng hoạt động 24/7, các dịch vụ", pub, nil},
		{"phòng khám (35B đường 3/2, phường 11)", pub, nil},
		{"là thương binh hạng 2/4, tỷ lệ thương tật 61%", pub, nil},
		{"có những nội dung thậm chí 5-10 năm sau mới có kết quả", pub, nil},
		{"cầu thủ chơi tệ nhất với số điểm 2/10.", pub, nil},
		{"giành vé vào vòng 1/8, trong khi", pub, nil},
		{"Điểm Break 20% (1/5) 8 game", pub, nil},
		{"vòng 4 năm 2009 (2-6, 7-6 (7-2), 4-6)", pub, []string{"năm 2009=2009"}},
		{"Bruno giúp Man Utd dẫn trước 4-2.", pub, nil},
		{"chỉ sau 4-5 tháng, trào lưu qua đi", pub, nil},
		{"khoảng tháng 3-4 hàng năm", pub, nil},
		{"gia đình anh 3-4 năm nay khổ sở", pub, nil},
	}, textValue)
}

func TestDatesRanges(t *testing.T) {
	pub := doc.Date{Year: 2017, Month: 2, Day: 11}
	checkDateCases(t, []dateCase{
		{"Trong hai ngày 9 và 10-2, đoàn làm việc.", pub, []string{"9=2017-02-09", "10-2=2017-02-10"}},
		{"nổi bật tuần từ 6-10/2/2017", noPub, []string{"6=2017-02-06", "10/2/2017=2017-02-10"}},
		{"làm việc từ ngày 30/5-7/6.", pub, []string{"30/5=2017-05-30", "7/6=2017-06-07"}},
		{"Nguyễn Văn Cừ (9/7/1912-9/7/2017), chiều 7/7", pub, []string{"9/7/1912=1912-07-09", "9/7/2017=2017-07-09", "chiều 7/7=2017-07-07"}},
		{"trong các ngày nghỉ lễ 30/4-1/5", doc.Date{Year: 2021, Month: 4, Day: 30}, []string{"30/4=2021-04-30", "1/5=2021-05-01"}},
		{"Trong 2 ngày 26 và 27/04/2021, đoàn công tác", noPub, []string{"26=2021-04-26", "27/04/2021=2021-04-27"}},
		// no cue, no years: may be two ratios
		{"đạt 2/3-3/4 kế hoạch", pub, nil},
		{"từ ngày 22-24, đợt hai", pub, nil},
	}, textValue)
}

func TestDatesRelative(t *testing.T) {
	show := func(m *doc.Mention) string {
		s := m.Text + "=" + m.Date.Value + "|" + m.Date.Granularity
		if m.Date.PartOfDay != "" {
			s += "|" + m.Date.PartOfDay
		}
		if m.Date.Time != "" {
			s += "|" + m.Date.Time
		}
		return s
	}
	checkDateCases(t, []dateCase{
		{"Sáng nay, Ban Bí thư họp.", pub2021, []string{"Sáng nay=2021-04-26|day|sáng"}},
		{"Sự kiện diễn ra bữa nay; họp tối ngày mai, 3 giờ chiều ngày kia.", pub2021, []string{"bữa nay=2021-04-26|day", "tối ngày mai=2021-04-27|day|tối", "3 giờ chiều ngày kia=2021-04-28|day|chiều|15:00"}},
		{"Chiều qua, mưa lớn; ngày mai trời nắng.", pub2021, []string{"Chiều qua=2021-04-25|day|chiều", "ngày mai=2021-04-27|day"}},
		{"Thủ tướng hôm qua tuyên bố.", doc.Date{Year: 2021, Month: 3, Day: 1}, []string{"hôm qua=2021-02-28|day"}},
		{"khoảng 10h sáng nay, ông H. chạy xe", pub2021, []string{"10h sáng nay=2021-04-26|day|sáng|10:00"}},
		// unknown publication date: the words stay, no value, no day
		{"Hôm nay, Quốc hội khai mạc.", noPub, []string{"Hôm nay=|relative"}},
		// a date after the words is the day itself
		{"Sáng nay, 18-5, Ban Bí thư tổ chức hội nghị.", noPub, []string{"Sáng nay, 18-5=XXXX-05-18|day|sáng"}},
		{"Sáng nay 26/4, Eximbank họp; sáng mai 27/4 đại hội.", pub2021, []string{"Sáng nay 26/4=2021-04-26|day|sáng", "sáng mai 27/4=2021-04-27|day|sáng"}},
		{"Đảng Cộng sản Cuba hôm nay 19/4 bầu", doc.Date{Year: 2021, Month: 4, Day: 19}, []string{"hôm nay 19/4=2021-04-19|day"}},
		// words that only look like the phrases
		{"Ánh sáng quanh năm, ngày nay khác xưa.", pub2021, nil},
	}, show)
	d := run(t, "Chiều qua, mưa lớn.", pub2021)
	if ms := d.Of(doc.KindDate); len(ms) != 1 || !ms[0].Date.IsRelative || ms[0].Date.Relative != -1 {
		t.Errorf("relative flag and offset: %+v", ms)
	}
}

func TestDatesRelativeWeekday(t *testing.T) {
	thu := doc.Date{Year: 2017, Month: 2, Day: 2} // a Thursday
	checkDateCases(t, []dateCase{
		{"Họp vào thứ năm tuần tới.", thu, []string{"thứ năm tuần tới=2017-02-09"}},
		{"Thứ 5 tuần sau họp.", thu, []string{"Thứ 5 tuần sau=2017-02-09"}},
		{"Thứ tư của tuần tới, đoàn đến.", thu, []string{"Thứ tư của tuần tới=2017-02-08"}},
		{"Thứ ba vừa rồi, trời mưa.", thu, []string{"Thứ ba vừa rồi=2017-01-31"}},
		{"Chủ nhật vừa qua, hội chợ đông.", thu, []string{"Chủ nhật vừa qua=2017-01-29"}},
		{"Sáng thứ Hai tới, khai giảng.", thu, []string{"thứ Hai tới=2017-02-06"}},
		{"Hạn chót là thứ sáu tới.", thu, []string{"thứ sáu tới=2017-02-03"}},
		{"thứ sáu tuần này", thu, []string{"thứ sáu tuần này=2017-02-03"}},
		{"thứ năm tuần này", thu, []string{"thứ năm tuần này=2017-02-02"}},
		{"chủ nhật tuần này", thu, []string{"chủ nhật tuần này=2017-02-05"}},
		{"thứ Hai tuần trước", thu, []string{"thứ Hai tuần trước=2017-01-23"}},
		// ordinals, and no day to count from
		{"Đây là lần thứ hai tới thăm tỉnh.", thu, nil},
		{"đứng thứ ba tuần qua trên bảng xếp hạng", thu, nil},
		{"Họp vào thứ năm tuần tới.", noPub, []string{"thứ năm tuần tới="}},
	}, textValue)
}

func TestDatesClockTime(t *testing.T) {
	show := func(m *doc.Mention) string { return m.Text + "=" + m.Date.Value + "|" + m.Date.Time }
	pub := doc.Date{Year: 2021, Month: 3, Day: 1}
	checkDateCases(t, []dateCase{
		{"Đúng 14 giờ 30 phút ngày 5/3, lễ khai mạc.", pub, []string{"14 giờ 30 phút ngày 5/3=2021-03-05|14:30"}},
		{"Từ 14h30 ngày 6/3/2021 sẽ cấm đường.", pub, []string{"14h30 ngày 6/3/2021=2021-03-06|14:30"}},
		{"lúc 8 giờ sáng 7/3, đoàn xuất phát", pub, []string{"lúc 8 giờ sáng 7/3=2021-03-07|08:00"}},
		{"vào lúc 9:15, ngày 2/3", pub, []string{"vào lúc 9:15, ngày 2/3=2021-03-02|09:15"}},
		{"7:30 chiều ngày 20/4/2017", pub, []string{"7:30 chiều ngày 20/4/2017=2017-04-20|19:30"}},
		// a clock time alone is no date
		{"Cuộc họp bắt đầu lúc 14 giờ 30.", pub, nil},
		{"lúc 2 giờ sáng, trời mưa", pub, nil},
	}, show)
}

func TestDatesLunar(t *testing.T) {
	show := func(m *doc.Mention) string {
		return m.Text + "=" + m.Date.Value + "|" + m.Date.Calendar + "|" + m.Date.Lunar
	}
	checkDateCases(t, []dateCase{
		// Tết Đinh Dậu is 28/01/2017
		{"Tết Nguyên đán Đinh Dậu đã cận kề.", pub2017, []string{"Tết Nguyên đán Đinh Dậu=2017-01-28|lunar|2017-01-01"}},
		{"Sáng mùng 1 Tết, người dân đi lễ chùa.", pub2017, []string{"Sáng mùng 1 Tết=2017-01-28|lunar|2017-01-01"}},
		{"Tối 30 Tết, cả nhà quây quần.", pub2017, []string{"Tối 30 Tết=2017-01-27|lunar|2016-12-30"}},
		{"Lễ hội rằm tháng Giêng năm nay rất đông.", pub2017, []string{"rằm tháng Giêng=2017-02-11|lunar|2017-01-15"}},
		{"Vào ngày 15 tháng Giêng âm lịch, làng mở hội.", doc.Date{Year: 2021, Month: 2, Day: 10}, []string{"ngày 15 tháng Giêng âm lịch=2021-02-26|lunar|2021-01-15"}},
		{"Lễ Vu lan rằm tháng Bảy.", doc.Date{Year: 2021, Month: 8, Day: 1}, []string{"rằm tháng Bảy=2021-08-22|lunar|2021-07-15"}},
		{"Ngày 6/2 (tức 10/1 âm lịch) Hội xuân khai mạc.", pub2017, []string{"Ngày 6/2=2017-02-06|solar|", "10/1 âm lịch=2017-02-06|lunar|2017-01-10"}},
		{"giỗ vào ngày 15 tháng 6 năm 2017 âm lịch", noPub, []string{"ngày 15 tháng 6 năm 2017 âm lịch=2017-07-08|lunar|2017-06-15"}},
		{"mùng 5/5 Âm lịch (Tết Đoan Ngọ)", doc.Date{Year: 2021, Month: 6, Day: 1}, []string{"mùng 5/5 Âm lịch=2021-06-14|lunar|2021-05-05"}},
		{"Tết Canh Tý 2020 đến sớm.", noPub, []string{"Tết Canh Tý 2020=2020-01-25|lunar|2020-01-01"}},
		{"Tết Nguyên đán 2017 đã đến", noPub, []string{"Tết Nguyên đán 2017=2017-01-28|lunar|2017-01-01"}},
		{"mùng 4 tháng Chạp năm Bính Thân 2016", noPub, []string{"mùng 4 tháng Chạp năm Bính Thân 2016=2017-01-01|lunar|2016-12-04"}},
		{"ngày 1 tháng 4 nhuận năm 2020", noPub, []string{"ngày 1 tháng 4 nhuận năm 2020=2020-05-23|lunar|2020-04L-01"}},
		// a year of the cycle is a year
		{"Chào xuân Canh Tý 2020 an khang.", noPub, []string{"xuân Canh Tý 2020=2020|lunar|Canh Tý"}},
		{"Năm Đinh Dậu này, tỉnh đón nhiều khách.", pub2017, []string{"Năm Đinh Dậu=2017|lunar|Đinh Dậu"}},
		// a name and a number that disagree, a count of new years, no year to
		// place a lunar day in
		{"Tết Canh Tý 2021", noPub, nil},
		{"Anh đã trải qua 3 Tết xa nhà.", pub2017, nil},
		{"rằm tháng Giêng là ngày lễ lớn", noPub, nil},
	}, show)
}

func TestDatesNever(t *testing.T) {
	checkDateCases(t, []dateCase{
		{"đạt 82,6% kế hoạch", pub2021, nil},
		{"giải quyết 2.172/2.631 ý kiến", pub2021, nil},
		{"Nghị định 30/2020/NĐ-CP quy định", pub2021, nil},
		{"lúc 14 giờ 30 phút", pub2021, nil},
		{"tỷ số 2-1 nghiêng về chủ nhà", pub2021, nil},
		{"Nguyễn Xuân Phúc và Vương Đình Huệ", pub2021, nil},
		{"quan hệ thân thiện", pub2021, nil},
	}, textValue)
}

// FuzzDateWords holds the word and lunar rules to their invariants on any
// text: a lunar day carries its lunar date and converts back to it, a
// relative day is its offset from the publication date, and a time is a
// real clock time.
func FuzzDateWords(f *testing.F) {
	for _, s := range []string{
		"Tết Nguyên đán Đinh Dậu, mùng 1 Tết, tối 30 Tết, rằm tháng Giêng",
		"ngày 15 tháng 7 năm 2023 âm lịch; 10/1 (âm lịch); xuân Canh Tý 2020",
		"hôm qua, sáng nay, ngày mai; 14 giờ 30 phút ngày 5/3; 6-10/2/2017",
		"mồng 3 tháng ba; ngày 12 tháng mười hai năm 2023; 3/3/17 ngày 3/3/17",
	} {
		f.Add(s)
	}
	pub := doc.Date{Year: 2021, Month: 4, Day: 26}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		d := run(t, s, pub)
		for _, m := range d.Of(doc.KindDate) {
			v := m.Date
			switch {
			case v.Calendar != "solar" && v.Calendar != "lunar":
				t.Fatalf("%q: calendar %q", m.Text, v.Calendar)
			case v.Calendar == "lunar" && v.Lunar == "":
				t.Fatalf("%q: lunar date without its lunar value", m.Text)
			case v.IsRelative && v.Granularity == "day":
				want := time.Date(2021, 4, 26+v.Relative, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
				if v.Value != want {
					t.Fatalf("%q: relative %d gives %s, want %s", m.Text, v.Relative, v.Value, want)
				}
			case v.Time != "" && (len(v.Time) != 5 || v.Time > "24:59"):
				t.Fatalf("%q: time %q", m.Text, v.Time)
			}
		}
	})
}

// The byte tests that decide whether a pattern or a sentence is worth
// matching must pass everything the pattern could match.
func TestDatesPrefilters(t *testing.T) {
	for _, c := range []struct {
		s, word  string
		minSpace int
		want     bool
	}{
		{"vào năm 2021", "năm", 1, true},
		{"năm\t\n2021", "năm", 1, true},
		{"năm2021", "năm", 1, false},
		{"năm nay, năm 2020", "năm", 1, true},
		{"năm nay", "năm", 1, false},
		{"23 tháng4", "tháng", 0, true},
		{"tháng tư", "tháng", 0, false},
		{"ngày", "ngày", 1, false},
	} {
		need := func(t string, w [2]int, runs [][2]int) bool {
			return wordBeforeRun(t, w, runs, []string{c.word}, c.minSpace)
		}
		if got := onText(need, c.s); got != c.want {
			t.Errorf("wordBeforeRun(%q, %q, %d) = %v, want %v", c.s, c.word, c.minSpace, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Trong năm 2017, ...", true},
		{"tháng 2/1999", true},
		{"số 12019 và 2100", false},
		{"năm 2017", true},
		{"2017", false}, // no byte before it: yearInText needs one
	} {
		if got := hasYearDigits(c.s); got != c.want {
			t.Errorf("hasYearDigits(%q) = %v, want %v", c.s, got, c.want)
		}
		if y := onlyYear(c.s); y > 0 && !c.want {
			t.Errorf("onlyYear(%q) = %d where hasYearDigits sees none", c.s, y)
		}
	}
}

func TestDatesRelativePrefilter(t *testing.T) {
	w := newDateWords()
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"họp chiều qua tại", true},
		{"sáng\n nay", true},
		{"vào ngày hôm kia", true},
		{"thông qua nghị quyết", false},
		{"hiện nay, năm nay", false},
		{"ngàymai", false},
	} {
		if got := w.relativeMayMatch(c.s); got != c.want {
			t.Errorf("relativeMayMatch(%q) = %v, want %v", c.s, got, c.want)
		}
		if w.relative_.MatchString(c.s) && !w.relativeMayMatch(c.s) {
			t.Errorf("%q: the pattern matches where the test says it cannot", c.s)
		}
	}
}

func TestDatesWordDatePrefilter(t *testing.T) {
	w := newDateWords()
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"ngày 12 tháng mười hai năm 2023", true},
		{"rằm tháng giêng", true},
		{"mồng 3  tháng\tba", true},
		{"hàng tháng một lần", false},
		{"tháng này", false},
		{"23 tháng", false},
		{" tháng ", false},
		{"\ttháng 3", false},
		{"ngày 23 tháng 4 năm 2018", false}, // the digit rules' form
		{"23 tháng 4 nhuận", true},
		{"5 tháng 3 năm giáp tý", true},
	} {
		if got := w.wordDateMayMatch(c.s); got != c.want {
			t.Errorf("wordDateMayMatch(%q) = %v, want %v", c.s, got, c.want)
		}
		if slices.ContainsFunc(w.wordDate.FindAllStringSubmatchIndex(c.s, -1), func(m []int) bool { return wordDateKept(w, c.s, m) }) && !w.wordDateMayMatch(c.s) {
			t.Errorf("%q: the pattern matches where the test says it cannot", c.s)
		}
	}
}

// litPattern must find what the plain search of its pattern finds: the
// same start and the same groups.
func TestLitPatternAgreesWithSearch(t *testing.T) {
	x := NewDates()
	for _, p := range windowPatterns(x) {
		if p.starts == nil {
			t.Errorf("%s: no texts its matches begin with", p.re)
		}
		for _, s := range []string{"hôm nay và chiều qua", "ánh sáng chiều nay", "thứ hai tuần sau, thứ ba tới", "chủ nhật vừa rồi", "sáng sáng nay",
			"từ ngày 11 đến 13/5, ngày 3/3/17 và 2017-05-10", "ngày 23 tháng 4 năm 2018, tháng 9/2020, quý iv/2021", "9 tháng đầu năm 2020, nhiệm kỳ 2021 - 2026",
			"giai đoạn 2021-2025 và năm 2021", "mồng 3 tháng ba, rằm tháng giêng năm canh tý", "sáng mùng 1 tết, 30 tết", "tết nguyên đán đinh dậu (2017), tết 2020",
			"xuân canh tý 2020", "6-10/2, 30/4 - 1/5, ngày 9 và ngày 10-2", "123 456/7 89-10/11/2012-1/1/2013"} {
			want := p.re.FindAllStringSubmatchIndex(s, -1)
			if got := p.findAll(s); !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("%s on %q: %v, the search finds %v", p.re, s, got, want)
			}
		}
	}
	for _, s := range []string{
		"sáng ", "Chiều hôm qua, ", "vào sáng nay ", "thứ năm, ngày ", "chủ nhật ", "từ ngày ",
		"hôm nay (", "rạng sáng ", "xsáng ngày ", "sáng sáng ", "tết ", "đêm   qua ( ",
		"hội nghị ", "", "ngày", "thứ 7,", "lễ ngày ", "mồng ", "mùng  ", "tối mai,",
	} {
		for _, p := range []*litPattern{x.prefixAt, x.dmCueAt} {
			want := p.re.FindStringSubmatchIndex(s)
			if got := p.find(s); !slices.Equal(got, want) {
				t.Errorf("%s on %q: %v, the search finds %v", p.re, s, got, want)
			}
		}
	}
}

// The range pattern, whose places to try are tested further (rangeMayStart),
// on many texts made of the pieces it reads.
func TestRangeStartsAgree(t *testing.T) {
	w := newDateWords()
	p := w.at[w.rangeDM]
	pieces := []string{"1", "12", "123", "2021", "0", " ", "  ", "\t", "/", ".", "-", "–", "và", "hoặc", "ngày", "ngày ", "x", "v", "h", "(", "9/7/1912", " - "}
	r := rand.New(rand.NewPCG(3, 4))
	for range 50000 {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := p.findAll(s), p.re.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("%q: %v, the search finds %v", s, got, want)
		}
	}
}

// windowPatterns are the litPatterns whose every match in a window is
// read (findAll).
func windowPatterns(x *Dates) []*litPattern {
	ps := []*litPattern{x.w.relativeAt, x.w.weekdayAt}
	for _, p := range x.at {
		ps = append(ps, p)
	}
	for _, p := range x.w.at {
		ps = append(ps, p)
	}
	return ps
}

// A cue pattern's memo gives what the pattern gives, the second time too,
// whatever the caller did with the first answer.
func TestLitPatternMemo(t *testing.T) {
	x := NewDates()
	for _, p := range []*litPattern{x.prefixAt, x.dmCueAt} {
		if p.memo == nil {
			t.Fatalf("%s: no memo", p.re)
		}
		for _, s := range []string{"vào sáng ngày ", "ngày ", "xem ngày ", "hội nghị ", "chiều qua (", "thứ năm, "} {
			want := p.re.FindStringSubmatchIndex(s)
			for range 3 {
				got := p.find(s)
				if !slices.Equal(got, want) {
					t.Fatalf("%s on %q: %v, the search finds %v", p.re, s, got, want)
				}
				for k := range got {
					got[k] += 100 // as a caller shifting the indexes
				}
			}
		}
	}
}

func FuzzLitPattern(f *testing.F) {
	for _, s := range []string{"sáng nay, ngày ", "thứ hai ", "từ ", "tối qua (", "chiều hôm qua và sáng nay", "thứ năm tuần tới, chủ nhật vừa qua",
		"ngày 11 đến 13/5/2021", "3/3/17 2017-05-10", "ngày 23 tháng 4 năm 2018", "tháng 9/2020 quý i/2021", "6 tháng cuối năm", "nhiệm kỳ 2021 - 2026 năm 1999",
		"mồng 3 tháng ba năm canh tý 2020", "rằm tháng giêng nhuận", "mùng 1 tết", "tết nguyên đán đinh dậu (2017)", "mùa xuân canh tý", "6-10/2 và 30/4-1/5"} {
		f.Add(s)
	}
	x := NewDates()
	ps := windowPatterns(x)
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range ps {
			want := p.re.FindAllStringSubmatchIndex(s, -1)
			if got := p.findAll(s); !slices.EqualFunc(got, want, slices.Equal) {
				t.Fatalf("%s on %q: %v, the search finds %v", p.re, s, got, want)
			}
		}
		for _, p := range []*litPattern{x.prefixAt, x.dmCueAt} {
			want := p.re.FindStringSubmatchIndex(s)
			if got := p.find(s); !slices.Equal(got, want) {
				t.Fatalf("%s on %q: %v, the search finds %v", p.re, s, got, want)
			}
		}
	})
}

func TestMatchStarts(t *testing.T) {
	for _, c := range []struct {
		re       string
		lits     string
		nullable bool
		ok       bool
	}{
		{`(?:rạng[ \t])?(?:sáng|trưa)[ \t]+$`, "rạng\t|rạng |sáng|trưa", false, true},
		{`trưa|tối`, "trưa|tối", false, true}, // not the "t" they share
		{`x(?:ab)*`, "x", false, true},
		{`(?:ab)*c?`, "ab|c", true, true},
		{`[0-2]x|y`, "0|1|2|y", false, true},
		{`\bngày`, "", false, false},                // reads the byte before
		{`(?i)ngày`, "N|n", false, true},            // case-folded: the first letter's cases
		{`(?i)kế|x`, "K|k|\u212a|X|x", false, true}, // with the Kelvin sign
		{`\p{L}+`, "", false, false},                // too many letters to list
		{`x{0,2}y`, "x|y", false, true},
	} {
		tree, err := syntax.Parse(c.re, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		lits, nullable, ok := matchStarts(tree.Simplify())
		if strings.Join(lits, "|") != c.lits || nullable != c.nullable || ok != c.ok {
			t.Errorf("matchStarts(%s) = %q, %v, %v; want %q, %v, %v", c.re, lits, nullable, ok, c.lits, c.nullable, c.ok)
		}
	}
}

func TestDatesRangePrefilter(t *testing.T) {
	w := newDateWords()
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"từ 6-10/2", true},
		{"ngày 9 và 10-2", true},
		{"30/4 – 1/5", true},
		{"9/7/1912-9/7/2017", true},
		{"từ ngày 3 đến ngày 5 hoặc ngày 6/7", true},
		{"5 - ngày\t6 / 2", true},
		{"tỷ số 3-1 và 12 người", false},
		{"năm 2021-2025", false},
		{"5 - ngày6/2", false},
		{"và 7/3", false},
	} {
		if got := onText(rangeMayMatch, c.s); got != c.want {
			t.Errorf("rangeMayMatch(%q) = %v, want %v", c.s, got, c.want)
		}
		if w.rangeDM.MatchString(c.s) && !onText(rangeMayMatch, c.s) {
			t.Errorf("%q: the pattern matches where the test says it cannot", c.s)
		}
	}
}

// FuzzDatesPrefilters holds every test that lets a pattern skip a window
// to the pattern: wherever the pattern matches, the test must pass.
func FuzzDatesPrefilters(f *testing.F) {
	for _, s := range []string{"từ 6-10/2", "ngày 9 và 10-2", "nhiệm kỳ 2021 - 2026", "23 tháng 4 năm 2018", "sáng nay", "rằm tháng giêng",
		"lúc 9h ", "14 giờ 30 phút, ", "7:30\t", "vào lúc 9 g ,", "ngày 5 ", "9h30p", "đến 12 ", "9 giờ sáng ",
		"9 tháng  đầu năm", "giai\tđoạn 2021-2025", "từ năm 1999 đến 2000", "quý iv/2021", "tháng 9/2020", "ngày 11 đến 13/5", "3/3/17", "2017-05-10", "23tháng4"} {
		f.Add(s)
	}
	x := NewDates()
	tests := map[*regexp.Regexp]func(string) bool{
		x.w.rangeDM:   func(s string) bool { return onText(rangeMayMatch, s) },
		x.w.relative_: x.w.relativeMayMatch,
		x.w.wordDate:  x.w.wordDateMayMatch,
		x.w.clock:     x.w.clockMayMatch,
	}
	for re, need := range x.needs {
		tests[re] = func(s string) bool { return onText(need, s) }
	}
	// the shapes of "3/3/17" and "2017-05-10" pass only matches with no
	// digit glued to them, the only ones dateBounded keeps, and of ISO
	// days only those of two digits, the only ones its rule keeps
	bounded := map[*regexp.Regexp]bool{x.dmyy: true, x.iso: true}
	kept := func(re *regexp.Regexp, w string) bool {
		return slices.ContainsFunc(re.FindAllStringSubmatchIndex(w, -1), func(m []int) bool {
			d := re.SubexpIndex("d")
			return dateBounded(w, m[0], m[1]) && (re != x.iso || m[2*d+1]-m[2*d] == 2)
		})
	}
	f.Fuzz(func(t *testing.T, s string) {
		for re, need := range tests {
			match := re.MatchString(s)
			if bounded[re] {
				match = kept(re, s)
			}
			if re == x.w.wordDate {
				match = slices.ContainsFunc(re.FindAllStringSubmatchIndex(s, -1), func(m []int) bool { return wordDateKept(x.w, s, m) })
			}
			if match && !need(s) {
				t.Fatalf("%s matches %q where its test says it cannot", re, s)
			}
		}
		// a window inside a text, as the digit windows are: cutting no run
		// of digits, with the runs inside it
		a, b := len(s)/4, 3*len(s)/4
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
		for re, need := range x.needs {
			w := s[a:b]
			match := re.MatchString(w)
			if bounded[re] {
				match = kept(re, w)
			}
			if match && !need(s, [2]int{a, b}, runs) {
				t.Fatalf("%s matches %q in %q where its test says it cannot", re, w, s)
			}
		}
		if x.w.rangeDM.MatchString(s[a:b]) && !rangeMayMatch(s, [2]int{a, b}, runs) {
			t.Fatalf("%s matches %q in %q where its test says it cannot", x.w.rangeDM, s[a:b], s)
		}
	})
}

// nextYearInText must find, match by match, what the pattern it stands
// for finds, on any text (invalid UTF-8 included).
func FuzzYearInText(f *testing.F) {
	for _, s := range []string{"Trong năm 2017, tháng 2/2017", "NĂM 2019-2020 và Năm\t2021x", "năm 2017 năm 2018", "tháng 12 - 2019 tháng 123/2019",
		"năm 2020", "xnăm 2020", "(năm 1999)", "tháng 1/20201", "năm 2020٣", "\xe1\xbanăm 2001", "THÁNG  3 /  1999."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got [][]int
		for m, ok := nextYearInText(s, 0); ok; m, ok = nextYearInText(s, m[1]) {
			got = append(got, m[:])
		}
		var want [][]int
		for _, m := range yearInText.FindAllStringSubmatchIndex(s, -1) {
			want = append(want, m[:4])
		}
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("%q: %v, the pattern finds %v", s, got, want)
		}
	})
}

// A foldWord must read a text's beginning as foldPrefix reads it, for any
// word (the Kelvin sign and the long s are in the orbits of "k" and "s").
func FuzzFoldWord(f *testing.F) {
	for _, c := range [][2]string{{"năm", "NĂM 2020"}, {"tháng", "thÁng"}, {"sk", "ſ\u212a"}, {"năm", "nam"}, {"ă", "\xc4"}, {"", "x"}} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, word, s string) {
		gn, gok := newFoldWord(word).prefix(s)
		wn, wok := foldPrefix(s, word)
		if gn != wn || gok != wok {
			t.Fatalf("%q on %q: %d %v, foldPrefix %d %v", word, s, gn, gok, wn, wok)
		}
	})
}

// The same on texts made of the pieces the pattern reads, many of them.
func TestYearInTextAgrees(t *testing.T) {
	pieces := []string{"năm", "Năm", "NĂM", "nĂm", "tháng", "THÁNG", "Tháng", "n", "t", "x", "ư", " ", "  ", "\t", "\n", "\v", "/", "-", "–",
		"1", "2", "9", "0", "19", "20", "2017", "1999", "2100", "12", "٣", "Ⅻ", ".", "(", "\xe1", "\xba", "\xe1\xba\xa1"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 50000 {
		var b strings.Builder
		for range 1 + r.IntN(10) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		var got [][]int
		for m, ok := nextYearInText(s, 0); ok; m, ok = nextYearInText(s, m[1]) {
			got = append(got, m[:])
		}
		var want [][]int
		for _, m := range yearInText.FindAllStringSubmatchIndex(s, -1) {
			want = append(want, m[:4])
		}
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("%q: %v, the pattern finds %v", s, got, want)
		}
	}
}

// anchoredWindowsOneByOne is anchoredWindows as it was, one anchor and
// one strings.Index pass per word: it finds a's words in t as whole words and returns the
// ranges around them, widened to whole characters, sorted and merged.
func anchoredWindowsOneByOne(t string, a anchor) [][2]int {
	var ws [][2]int
	for _, x := range a.words {
		for i := 0; ; {
			k := strings.Index(t[i:], x)
			if k < 0 {
				break
			}
			s, e := i+k, i+k+len(x)
			i = e
			if !wordBounded(t, s, e) {
				continue
			}
			s, e = max(0, s-a.left), min(len(t), e+a.right)
			for s > 0 && !utf8.RuneStart(t[s]) {
				s--
			}
			for e < len(t) && !utf8.RuneStart(t[e]) {
				e++
			}
			ws = append(ws, [2]int{s, e})
		}
	}
	// the order of windows with the same start does not change the merge;
	// slices.SortFunc sorts without sort.Slice's reflection and allocation
	slices.SortFunc(ws, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	var out [][2]int
	for _, x := range ws {
		if n := len(out); n > 0 && x[0] <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], x[1])
		} else {
			out = append(out, x)
		}
	}
	return out
}

// anchoredWindows must find, in one pass, the windows the search word by
// word found, and the runs of digits.
func FuzzAnchoredWindows(f *testing.F) {
	for _, s := range []string{"Tháng 3, tết", "THÁNG tư chủ nhật Thứ", "năm Canh Tý hôm nay", "thángtháng tháng", "kia kìa qua"} {
		f.Add(s)
	}
	w := newDateWords()
	as := []anchor{w.monthAnchor, w.tetAnchor, w.cycleAnchor, w.relAnchor, w.weekAnchor}
	f.Fuzz(func(t *testing.T, s string) {
		got, runs := anchoredWindows(s, w.anchorWords, as, nil, nil)
		if want := digitRuns(s); !slices.Equal(runs, want) {
			t.Fatalf("%q: digit runs %v, digitRuns finds %v", s, runs, want)
		}
		for k, a := range as {
			if want := anchoredWindowsOneByOne(s, a); !slices.Equal(got[k], want) {
				t.Fatalf("%q, anchor %v: %v, word by word %v", s, a.words, got[k], want)
			}
		}
	})
}

// windowRunSpans must give each window around a text's runs of digits
// exactly the runs that lie inside it, as digitWindowsOf read them for
// itself before: a run is in one window, and each window holds one or
// more, in order.
func FuzzWindowRunSpans(f *testing.F) {
	for _, s := range []string{"ngày 3/4/2020 và 5", "1 2 3", "năm 2021" + strings.Repeat(" x", 60) + " 7, 8", "Ă9\xff12"} {
		f.Add(s, 48)
	}
	f.Fuzz(func(t *testing.T, s string, pad int) {
		pad = max(0, pad%100)
		runs := digitRuns(s)
		windows := digitWindows(s, runs, pad)
		spans := windowRunSpans(nil, windows, runs)
		if len(spans) != len(windows) {
			t.Fatalf("%q: %d spans for %d windows", s, len(spans), len(windows))
		}
		next := 0
		for i, w := range windows {
			var want [2]int
			want[0] = next
			for next < len(runs) && runs[next][0] >= w[0] && runs[next][1] <= w[1] {
				next++
			}
			want[1] = next
			if spans[i] != want || want[0] == want[1] {
				t.Fatalf("%q pad %d, window %v: runs %v, want %v (runs %v)", s, pad, w, spans[i], want, runs)
			}
		}
		if next != len(runs) {
			t.Fatalf("%q pad %d: %d of %d runs in no window", s, pad, len(runs)-next, len(runs))
		}
	})
}

// runsShape must see in a text's runs of digits what hasDigitsShape sees
// in the text.
func FuzzRunsShape(f *testing.F) {
	for _, s := range []string{"3/3/17", "2017-05-10", "123/4/56", "1.2.345 và 2020/1/01", "12345-1-12", "1/22/333", "2017.5.1/1/17"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range [][2]int{{2, 2}, {4, 2}} {
			if got, want := runsShape(s, digitRuns(s), c[0], c[1]), hasDigitsShape(s, c[0], c[1]); got != want {
				t.Fatalf("%q %v: runsShape %v, hasDigitsShape %v", s, c, got, want)
			}
			if got, want := runsShapes(s, digitRuns(s))&shapeOf(c[0] == 4) != 0, hasDigitsShape(s, c[0], c[1]); got != want {
				t.Fatalf("%q %v: runsShapes %v, hasDigitsShape %v", s, c, got, want)
			}
		}
	})
}

// lowerKeepLen's tables must give what unicode.ToLower gives, for every
// code point whose lower case keeps its length.
func TestLowerKeepLen(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		n := utf8.RuneLen(r)
		if n < 0 {
			continue // surrogates
		}
		want := unicode.ToLower(r)
		if utf8.RuneLen(want) != n {
			want = r
		}
		if got := lowerKeepLen(r, n); got != want {
			t.Fatalf("lowerKeepLen(%U) = %U, want %U", r, got, want)
		}
	}
	// overlapping windows are lowered once, as each alone would be
	s := "Sáng THỨ NĂM, Ngày 3"
	if got, want := lowerSameLen(s, [][2]int{{0, 10}}, [][2]int{{5, 20}, {20, len(s)}}), "sáng thứ năm, ngày 3"; got != want {
		t.Errorf("lowerSameLen = %q, want %q", got, want)
	}
}

// lowerSameLen must lower what a plain rune-by-rune loop lowers, on any
// bytes and in any windows: the stops it reads from a table of pairs of
// bytes are only shortcuts. Two lists of windows, each sorted, built from
// the fuzzer's numbers, may start or end inside a character and overlap.
func FuzzLowerSameLen(f *testing.F) {
	for _, s := range []string{"Sáng THỨ NĂM, Ngày 3", "ĐẠI HỘI Ẩn ẞ Ǆ İ", "\xe1\xba tháng \xc3", "ABCDEFGHabcdefgh12345678ÀÉÌ", "ỞẠ\xe1Ạ\xb8\x80𐐀A", "xẠ"} {
		f.Add(s, uint64(0), uint64(0))
		f.Add(s, uint64(0x0302_0100), uint64(0x0504_0201))
	}
	f.Fuzz(func(t *testing.T, s string, wa, wb uint64) {
		whole := [][2]int{{0, len(s)}}
		if got, want := lowerSameLen(s, whole), lowerRuneByRune(s, whole); got != want {
			t.Fatalf("%q: %q, rune by rune %q", s, got, want)
		}
		a, b := windowsFrom(wa, len(s)), windowsFrom(wb, len(s))
		if got, want := lowerSameLen(s, slices.Clone(a), slices.Clone(b)), lowerRuneByRune(s, a, b); got != want {
			t.Fatalf("%q in %v and %v: %q, rune by rune %q", s, a, b, got, want)
		}
	})
}

// On made texts of Vietnamese capitals and small letters, other scripts'
// letters and pieces of characters, in made windows, lowerSameLen lowers
// what the plain loop lowers (the fuzzer seldom writes such letters).
func TestLowerSameLenAgrees(t *testing.T) {
	pieces := []string{"Ạ", "ạ", "Ế", "ế", "Đ", "đ", "Ư", "ơ", "A", "z", " ", "7", "\xe1", "\xba", "\xb8\x80", "Ω", "Ж", "İ", "ẞ", "Ǆ", "𐐀", "Ａ", "–", "Ἀ"}
	rng := rand.New(rand.NewPCG(13, 1))
	for range 20000 {
		var sb strings.Builder
		for range rng.IntN(12) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := sb.String()
		a, b := windowsFrom(rng.Uint64(), len(s)), windowsFrom(rng.Uint64(), len(s))
		if got, want := lowerSameLen(s, slices.Clone(a), slices.Clone(b)), lowerRuneByRune(s, a, b); got != want {
			t.Fatalf("%q in %v and %v: %q, rune by rune %q", s, a, b, got, want)
		}
	}
}

// windowsFrom makes up to four sorted windows in [0, n] from the bytes of
// x: each pair of bytes a gap from the last window's start and a length.
func windowsFrom(x uint64, n int) [][2]int {
	var out [][2]int
	at := 0
	for k := 0; k < 4 && x != 0; k++ {
		gap, size := int(x&0xff)%16, int(x>>8&0xff)%24
		x >>= 16
		s := min(n, at+gap)
		out = append(out, [2]int{s, min(n, s+size)})
		at = s
	}
	return out
}

// lowerRuneByRune is what lowerSameLen does, done plainly: the windows of
// the lists in the order of their starts, each lowered rune by rune from
// its start or the end of the ones before it, whichever is later.
func lowerRuneByRune(s string, lists ...[][2]int) string {
	var all [][2]int
	for _, l := range lists {
		all = append(all, l...)
	}
	slices.SortStableFunc(all, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	out := []byte(s)
	end := 0
	for _, w := range all {
		for i := max(w[0], end); i < w[1]; {
			r, n := utf8.DecodeRuneInString(s[i:])
			if l := lowerKeepLen(r, n); l != r {
				utf8.EncodeRune(out[i:], l)
			}
			i += n
		}
		end = max(end, w[1])
	}
	return string(out)
}

// Every role the date rules name has its words in dates.txt (a role with
// none would make a test or a pattern silently match nothing). That the
// rules' Go code spells no Vietnamese word is internal/vocabcheck's test.
func TestDateRolesListed(t *testing.T) {
	for _, r := range []string{"afternoon", "and", "at", "beforetoday", "clockat", "dawn", "day", "dayof", "daypart",
		"early", "firstdays", "from", "fromtoday", "late", "leap", "month", "occasion", "of", "quarter", "sunday",
		"termof", "tetyear", "to", "until", "weekdayof", "year"} {
		if len(roles[r]) == 0 {
			t.Errorf("role %q has no words in dates.txt", r)
		}
	}
}

// wordDateKept reports whether find's word rule can keep the match m of
// the wordDate pattern: not a day and a month both in digits with neither
// "nhuận" nor a year's name after them.
func wordDateKept(w *dateWords, s string, m []int) bool {
	get := func(n string) string { g, _, _ := group(w.wordDate, m, s, n); return g }
	_, dayErr := strconv.Atoi(get("d"))
	_, monthErr := strconv.Atoi(get("m"))
	return dayErr != nil || monthErr != nil || get("leap") != "" || get("cc") != ""
}

// A date's text, cut by its bytes where the text is valid UTF-8, must be
// what d.Slice cuts by its code points, on texts with letters of two and
// three bytes before and inside dates, and on text not marked valid.
func TestDateMentionTextIsSlice(t *testing.T) {
	x := NewDates()
	texts := []string{
		"Sáng thứ Năm, ngày 23 tháng 4 năm 2018, Thủ tướng đến Hà Nội; từ ngày 11 đến 13/5 và 30/4 - 1/5.",
		"Tết Nguyên đán Đinh Dậu (2017), mồng 3 tháng Ba năm Canh Tý, quý IV/2021, nhiệm kỳ 2021 - 2026, hôm qua.",
		"\xff ngày 3/3/2017 \xe1\xba ngày 9/7/2019, năm 2020 \xc3",
	}
	for i, s := range texts {
		for _, valid := range []bool{true, false} {
			if valid && !utf8.ValidString(s) {
				continue
			}
			d := doc.NewDocument("t", s)
			if valid {
				d.MarkValid()
			}
			x.Extract(d)
			n := 0
			for _, m := range d.Mentions {
				if m.Kind != doc.KindDate {
					continue
				}
				n++
				if want := d.Slice(m.Start, m.End); m.Text != want {
					t.Errorf("text %d (valid %v): mention %q, d.Slice(%d, %d) = %q", i, valid, m.Text, m.Start, m.End, want)
				}
			}
			if n < 2 {
				t.Errorf("text %d (valid %v): %d dates found, want two or more", i, valid, n)
			}
		}
	}
}

// hasSuffixByte, which the window tests call for strings.HasSuffix, must
// answer as it does.
func FuzzHasSuffixByte(f *testing.F) {
	for _, c := range [][2]string{{"ngày 3 tháng", "tháng"}, {"thông", "tháng"}, {"", ""}, {"a", ""}, {"", "a"}, {"g", "ng"}} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, s, suffix string) {
		if got, want := hasSuffixByte(s, suffix), strings.HasSuffix(s, suffix); got != want {
			t.Fatalf("hasSuffixByte(%q, %q) = %v, strings.HasSuffix %v", s, suffix, got, want)
		}
	})
}
