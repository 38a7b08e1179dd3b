package extractors

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline/doc"
	"github.com/vnextract/vnextract/pipeline/text"
)

// testStages is built once: stages compile their patterns in the
// constructor and are safe to reuse.
var testStages = Default()

// run builds a document from text (normalized, split into sentences, with
// an optional publication date) and runs the standard stage list on it.
func run(t testing.TB, s string, published doc.Date) *doc.Document {
	t.Helper()
	d := doc.NewDocument("test", text.Normalize(s))
	d.Published = published
	for _, sp := range text.Sentences(d.Runes()) {
		d.Sentences = append(d.Sentences, doc.Span{Start: sp[0], End: sp[1]})
	}
	for _, st := range testStages {
		st.Extract(d)
	}
	checkOffsets(t, d)
	return d
}

// checkOffsets asserts the invariant every table relies on.
func checkOffsets(t testing.TB, d *doc.Document) {
	t.Helper()
	for _, m := range d.Mentions {
		if m.Start < 0 || m.End > d.Len() || m.Start >= m.End {
			t.Fatalf("%s mention %q has bad span %d-%d (text length %d)", m.Kind, m.Text, m.Start, m.End, d.Len())
		}
		if got := string(d.Runes()[m.Start:m.End]); got != m.Text {
			t.Fatalf("%s mention text %q but span holds %q", m.Kind, m.Text, got)
		}
	}
}

func TestDates(t *testing.T) {
	pub := doc.Date{Year: 2021, Month: 1, Day: 2}
	cases := []struct {
		in   string
		pub  doc.Date
		want []string // "text=value"
	}{
		{"Sáng 31/12, Ban Dân vận tổ chức hội nghị.", pub, []string{"Sáng 31/12=2020-12-31"}},
		{"Sáng 31/12, Ban Dân vận tổ chức hội nghị.", doc.Date{}, []string{"Sáng 31/12=XXXX-12-31"}},
		{"thực hiện quyết định ngày 30/7/2021 của Bộ Chính trị", pub, []string{"ngày 30/7/2021=2021-07-30"}},
		{"Thứ năm, 13/01/2022, 14:30 (GMT +7)", pub, []string{"Thứ năm, 13/01/2022=2022-01-13"}},
		{"vào ngày 30-7-2021 tại Hà Nội", pub, []string{"ngày 30-7-2021=2021-07-30"}},
		{"ngày 23 tháng 4 năm 2018 Quốc hội thông qua", pub, []string{"ngày 23 tháng 4 năm 2018=2018-04-23"}},
		{"chiều ngày 30/9 đã diễn ra", doc.Date{Year: 2020, Month: 9, Day: 30}, []string{"chiều ngày 30/9=2020-09-30"}},
		{"từ ngày 1/1 đến 15/1 năm sau", pub, []string{"từ ngày 1/1=2021-01-01", "đến 15/1=2021-01-15"}},
		{"nghỉ lễ 30/4 và 1/5 năm nay", doc.Date{Year: 2021, Month: 4, Day: 20}, []string{"lễ 30/4=2021-04-30", "1/5=2021-05-01"}},
		{"Ngày 8/2, trong tháng 2/2017 tỉnh đã", doc.Date{}, []string{"Ngày 8/2=2017-02-08", "tháng 2/2017=2017-02"}},
		{"tháng 9/2020 và năm 2021", pub, []string{"tháng 9/2020=2020-09", "năm 2021=2021"}},
		{"quý I/2021 tăng trưởng", pub, []string{"quý I/2021=2021-01/2021-03"}},
		{"9 tháng đầu năm 2020 đạt", pub, []string{"9 tháng đầu năm 2020=2020-01/2020-09"}},
		{"nhiệm kỳ 2021 - 2026", pub, []string{"nhiệm kỳ 2021 - 2026=2021/2026"}},
		{"Sáng 7.5, Hội nghị bế mạc", doc.Date{}, []string{"Sáng 7.5=XXXX-05-07"}},
		{"Chiều qua (3/5), tỉnh tổ chức hội nghị", doc.Date{Year: 2021, Month: 5, Day: 4}, []string{"Chiều qua (3/5)=2021-05-03"}},
		{"từ ngày 11 đến 13/5, với chủ đề", doc.Date{Year: 2021, Month: 5, Day: 2}, []string{"ngày 11=2021-05-11", "đến 13/5=2021-05-13"}},
		// never dates
		{"đạt 82,6% kế hoạch", pub, nil},
		{"giải quyết 2.172/2.631 ý kiến", pub, nil},
		{"Nghị định 30/2020/NĐ-CP quy định", pub, []string{}},
		{"phòng chống dịch COVID-19", pub, nil},
		{"có 4,029 lượt xem", pub, nil},
		{"tỷ lệ 2/3 số hộ", pub, nil},
	}
	for _, c := range cases {
		d := run(t, c.in, c.pub)
		var got []string
		for _, m := range d.Of(doc.KindDate) {
			got = append(got, m.Text+"="+m.Date.Value)
		}
		if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestDateWeekdayCheck(t *testing.T) {
	d := run(t, "Thứ năm, 13/01/2022", doc.Date{})
	if len(d.Warnings) != 0 {
		t.Errorf("13/01/2022 is a Thursday, got warnings %q", d.Warnings)
	}
	d = run(t, "Thứ hai, 13/01/2022", doc.Date{})
	if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "weekday") {
		t.Errorf("want a weekday warning, got %q", d.Warnings)
	}
	if ds := d.Of(doc.KindDate); len(ds) != 1 || !strings.Contains(ds[0].Date.Warning, "Thursday") {
		t.Errorf("the date row carries the warning: %+v", ds[0].Date)
	}
}

func TestDocRefs(t *testing.T) {
	cases := []struct {
		in   string
		want []string // ref|type|issuer code|issued|term
	}{
		{"Ban Thường vụ Tỉnh ủy đã ban hành Quyết định số 455-QĐ/TU ngày 22/11/2021 về Quy chế",
			[]string{"455-QĐ/TU|Quyết định|TU|2021-11-22|"}},
		{"thực hiện quyết định số 23- QĐ/TW ngày 30/7/2021 của Bộ Chính trị",
			[]string{"23-QĐ/TW|Quyết định|TW|2021-07-30|"}},
		{"đã ký quyết định số 439 – QĐNS/TW chỉ định", []string{"439-QĐNS/TW|Quyết định|TW||"}},
		{"Nghị quyết 25-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XI) về", []string{"25-NQ/TW|Nghị quyết|TW||XI"}},
		{"theo Nghị định 30/2020/NĐ-CP của Chính phủ", []string{"30/2020/NĐ-CP|Nghị định|CP||"}},
		{"Quyết định 669/QĐ-UBND ngày 29/4 của UBND tỉnh", []string{"669/QĐ-UBND|Quyết định|UBND|2021-04-29|"}},
		{"Luật số 24/2018/QH14 được thông qua", []string{"24/2018/QH14|Luật|||"}},
		{"Thông tư 01/2021/TT-BNV hướng dẫn", []string{"01/2021/TT-BNV|Thông tư|BNV||"}},
		{"Nghị quyết số 25-NQ/TW và Kết luận số 43-KL/TW", []string{"25-NQ/TW|Nghị quyết|TW||", "43-KL/TW|Kết luận|TW||"}},
		{"công văn 12-CV/HU gửi các xã", []string{"12-CV/HU|Công văn|HU||"}},
		{"Theo Thông báo kết luận số 15-TB/TU của Ban Thường vụ", []string{"15-TB/TU|Thông báo|TU||"}},
		{"theo Văn bản số 526/UBND-TNMT gửi các sở", []string{"526/UBND-TNMT|Văn bản|UBND||"}},
		// signed on the day the sentence opens with
		{"Ngày 6/2/2017, đồng chí Đinh Thế Huynh đã ký quyết định số 439 – QĐNS/TW chỉ định", []string{"439-QĐNS/TW|Quyết định|TW|2017-02-06|"}},
		{"Ngày 30/4, Chủ tịch UBND tỉnh đã ký Công điện số 860/CĐ-CTUBND về việc", []string{"860/CĐ-CTUBND|Công điện|CTUBND|2021-04-30|"}},
		{"Ngày 30/4, tỉnh thực hiện Công điện số 860/CĐ-CTUBND về việc", []string{"860/CĐ-CTUBND|Công điện|CTUBND||"}},
		// not references
		{"ngày 13/01/2022 và tỷ lệ 2/3", nil},
		{"dịch COVID-19 và biến chủng", nil},
	}
	pub := doc.Date{Year: 2021, Month: 5, Day: 1}
	for _, c := range cases {
		d := run(t, c.in, pub)
		var got []string
		for _, m := range d.Of(doc.KindDocRef) {
			r := m.Ref
			iss := ""
			if !r.Issued.IsZero() {
				iss = dayValue(r.Issued)
			}
			got = append(got, strings.Join([]string{r.Ref, r.DocType, r.IssuerCode, iss, r.Term}, "|"))
		}
		if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestDocRefIssuer(t *testing.T) {
	d := run(t, "Ban Thường vụ Tỉnh ủy đã ban hành Quyết định số 455-QĐ/TU ngày 22/11/2021 về Quy chế", doc.Date{})
	refs := d.Of(doc.KindDocRef)
	if len(refs) != 1 || refs[0].Ref.Issuer != "Ban Thường vụ Tỉnh ủy" {
		t.Fatalf("issuer: %+v", refs)
	}
	d = run(t, "thực hiện Nghị quyết số 48-NQ/TW ngày 24/5/2005 của Bộ Chính trị về Chiến lược", doc.Date{})
	refs = d.Of(doc.KindDocRef)
	if len(refs) != 1 || refs[0].Ref.Issuer != "Bộ Chính trị" {
		t.Fatalf("issuer: %+v", refs[0].Ref)
	}
}

func TestFigures(t *testing.T) {
	cases := []struct {
		in   string
		want []string // value|unit|of
	}{
		{"toàn tỉnh tổ chức 202 hội nghị định kỳ", []string{"202|hội nghị|"}},
		{"giải quyết 2.172 ý kiến/2.631 ý kiến phản ánh, kiến nghị, đạt 82,6%.", []string{"2172|ý kiến|2631", "82.6|%|"}},
		{"Vĩnh Phúc sẽ trồng 800 nghìn cây xanh", []string{"800000|cây xanh|"}},
		{"tổng vốn 1,5 tỷ đồng", []string{"1500000000|đồng|"}},
		{"có 4,029 lượt xem", []string{"4029|lượt xem|"}},
		{"lên đến 35.000 tỷ.", []string{"35000000000000|đồng|"}},
		{"đạt 72.84% số phiếu", []string{"72.84|%|"}},
		{"tăng 12,5 % so với", []string{"12.5|%|"}},
		{"tăng trưởng (12,5-13%) trong năm", []string{"12.5|%|", "13|%|"}},
		{"từ 15-30 triệu người", []string{"15000000|người|", "30000000|người|"}},
		{"hơn 3 lần so với", []string{"3|lần|"}},
		{"15 trên 20 xã đạt chuẩn", []string{"15|xã|20"}},
		{"77 cuộc đối thoại đột xuất", []string{"77|cuộc đối thoại|"}},
		{"tốc độ 80 km/h", []string{"80|km/h|"}},
		// never figures
		{"Ngày 13/01/2022 lúc 14:30", nil},
		{"Nghị quyết 25-NQ/TW và Nghị định 30/2020/NĐ-CP", nil},
		{"Đại hội Đảng toàn quốc lần thứ XIII, khóa XI", nil},
		{"đại dịch COVID-19 bùng phát", nil},
		{"trong năm 2021 và năm 2022", nil},
		{"Điều 5 của Luật", nil},
		{"gửi Ban Chỉ đạo 389 quốc gia và Ban chỉ đạo 24 tỉnh Thanh Hóa", nil},
		{"Sở đã chỉ đạo 63 trường học", []string{"63|trường học|"}},
		{"hào khí 30/4 lịch sử", nil},
		{"Về đầu tư, số doanh nghiệp đăng ký mới là 20.000. Tổng số hộ nghèo là 1.234.", []string{"20000|doanh nghiệp|", "1234|hộ nghèo|"}},
		{"Hệ số lương là 2,34. Con số này là 15.", nil},
	}
	pub := doc.Date{Year: 2021, Month: 5, Day: 1}
	for _, c := range cases {
		d := run(t, c.in, pub)
		var got []string
		for _, m := range d.Of(doc.KindFigure) {
			f := m.Figure
			of := ""
			if f.Of != nil {
				of = fmt.Sprint(*f.Of)
			}
			got = append(got, fmt.Sprintf("%s|%s|%s", fmtNum(f.Value), f.Unit, of))
		}
		if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func fmtNum(v float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.4f", v), "0"), ".")
}

func TestFigureConsistency(t *testing.T) {
	d := run(t, "giải quyết 2.172 ý kiến/2.631 ý kiến phản ánh, kiến nghị, đạt 82,6%.", doc.Date{})
	figs := d.Of(doc.KindFigure)
	if len(figs) != 2 || figs[0].Figure.Consistent == nil || !*figs[0].Figure.Consistent {
		t.Fatalf("2172/2631 = 82.55%% agrees with 82,6%%: %+v", figs)
	}
	if got := figs[0].Figure.Subject; got != "ý kiến phản ánh, kiến nghị" {
		t.Errorf("subject %q", got)
	}
	d = run(t, "giải quyết 1.000 ý kiến/2.000 ý kiến, đạt 82,6%.", doc.Date{})
	figs = d.Of(doc.KindFigure)
	if figs[0].Figure.Consistent == nil || *figs[0].Figure.Consistent || len(d.Warnings) != 1 {
		t.Fatalf("50%% does not agree with 82,6%%: %+v warnings %q", figs[0].Figure, d.Warnings)
	}
}

// peopleOf renders person names with their titles, sorted.
func peopleOf(d *doc.Document) []string {
	titles := map[*doc.Mention][]string{}
	for _, m := range d.Of(doc.KindTitle) {
		titles[m.Title.Person] = append(titles[m.Title.Person], m.Text)
	}
	seen := map[string]bool{}
	var out []string
	for _, p := range d.Of(doc.KindPerson) {
		s := p.Person.Name
		if ts := titles[p]; len(ts) > 0 {
			s += " = " + strings.Join(ts, "; ")
		}
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

func TestPeopleShapes(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string
	}{
		{"titles before the name",
			"Dự có Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Văn Hòa; Phó Chủ tịch UBND tỉnh Nguyễn Hữu Tháp.",
			[]string{"Nguyễn Hữu Tháp = Phó Chủ tịch UBND tỉnh", "Nguyễn Văn Hòa = Phó Bí thư Tỉnh ủy; Chủ tịch HĐND tỉnh"}},
		{"titles after a dash",
			"Đồng chí Võ Văn Thưởng - Ủy viên Bộ Chính trị, Thường trực Ban Bí thư đến dự.",
			[]string{"Võ Văn Thưởng = Ủy viên Bộ Chính trị; Thường trực Ban Bí thư"}},
		{"titles after a comma, parent body kept out",
			"có đồng chí Vũ Ngọc Dũng, Vụ trưởng Vụ Địa phương I, Ban Tổ chức Trung ương.",
			[]string{"Vũ Ngọc Dũng = Vụ trưởng Vụ Địa phương I"}},
		{"dashes between titles",
			"Dự có đồng chí Nguyễn Xuân Phúc - Ủy viên Bộ Chính trị, Bí thư Ban cán sự Đảng - Thủ tướng Chính phủ.",
			[]string{"Nguyễn Xuân Phúc = Ủy viên Bộ Chính trị; Bí thư Ban cán sự Đảng; Thủ tướng Chính phủ"}},
		{"a title shared by a list",
			"Cùng dự có các đồng chí Bí thư Trung ương Đảng: Đỗ Văn Chiến - Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam; Lê Minh Khái - Phó Thủ tướng Chính phủ.",
			[]string{"Lê Minh Khái = Bí thư Trung ương Đảng; Phó Thủ tướng Chính phủ", "Đỗ Văn Chiến = Bí thư Trung ương Đảng; Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"}},
		{"a title shared by a counted list",
			"Ba Phó ban kiêm nhiệm gồm: ông Trần Tuấn Anh, Bộ trưởng Công Thương; ông Trần Văn Hiếu, Thứ trưởng Tài chính.",
			[]string{"Trần Tuấn Anh = Phó ban kiêm nhiệm; Bộ trưởng Công Thương", "Trần Văn Hiếu = Phó ban kiêm nhiệm; Thứ trưởng Tài chính"}},
		{"a company named after a person, and a role word inside a body's name",
			"Ông Nguyễn Tri Quang - Phó Chủ tịch Hội Doanh nhân trẻ TPHCM, Giám đốc Cty TNHH một thành viên Lê Quang Lộc cho biết. Thay mặt Ban Bí thư Trung ương Đảng, đồng chí Đinh Thế Huynh ký.",
			[]string{"Nguyễn Tri Quang = Phó Chủ tịch Hội Doanh nhân trẻ TPHCM; Giám đốc Cty TNHH một thành viên Lê Quang Lộc", "Đinh Thế Huynh"}},
		{"a ministry's sector with its later fields in lower case",
			"Ông Hoàng Vĩnh Bảo, Thứ trưởng Bộ Thông tin và truyền thông báo cáo. Ông Vũ Xuân Sáng, giám đốc Sở Kế hoạch và đầu tư tỉnh Yên Bái, cho biết.",
			[]string{"Hoàng Vĩnh Bảo = Thứ trưởng Bộ Thông tin và truyền thông", "Vũ Xuân Sáng = giám đốc Sở Kế hoạch và đầu tư tỉnh Yên Bái"}},
		{"an aside between the name and its titles",
			"Ông Trần Văn Thức (Sinh năm 1969), Ủy viên UBND tỉnh, Giám đốc Sở Giáo dục và Đào tạo tỉnh Thanh Hóa. Ông Lương Văn Cường (Lương Cường - Sinh năm 1957), Đại tướng.",
			[]string{"Lương Văn Cường = Đại tướng", "Trần Văn Thức = Ủy viên UBND tỉnh; Giám đốc Sở Giáo dục và Đào tạo tỉnh Thanh Hóa"}},
		{"an aside followed by no title",
			"Ông Trần Văn Thức (sinh năm 1969), quê Thanh Hóa, cho biết.",
			[]string{"Trần Văn Thức"}},
		{"a body's name running on in lower case",
			"Bà Phan Thị Hương, Phó chủ tịch Liên đoàn lao động huyện Hậu Lộc, phát biểu. Ông Nguyễn Văn A, Giám đốc Trung tâm y tế dự phòng tỉnh vi phạm quy định.",
			[]string{"Nguyễn Văn A = Giám đốc Trung tâm y tế dự phòng tỉnh", "Phan Thị Hương = Phó chủ tịch Liên đoàn lao động huyện Hậu Lộc"}},
		{"a post at a school, a head in lower case",
			"Bà Trần Thị B - Hiệu trưởng trường THPT Chu Văn An cho biết.",
			[]string{"Trần Thị B = Hiệu trưởng trường THPT Chu Văn An"}},
		{"former, late and acting posts keep their word; newly appointed drops it",
			"Cựu Chủ tịch nước Trương Tấn Sang, quyền Viện trưởng Viện Dầu khí Nguyễn Văn B và tân Bộ trưởng Bộ Y tế Đào Hồng Lan dự.",
			[]string{"Nguyễn Văn B = quyền Viện trưởng Viện Dầu khí", "Trương Tấn Sang = Cựu Chủ tịch nước", "Đào Hồng Lan = Bộ trưởng Bộ Y tế"}},
		{"quyền as a noun is no prefix",
			"Họ trao quyền Chủ tịch Nguyễn Văn C cho ông.",
			[]string{"Nguyễn Văn C = Chủ tịch"}},
		{"a number ends a unit's name",
			"Thiếu tướng Du Trường Giang, Phó Tư lệnh Quân khu 7, và Tư lệnh Quân đoàn 2 Phạm Văn Hóa dự.",
			[]string{"Du Trường Giang = Thiếu tướng; Phó Tư lệnh Quân khu 7", "Phạm Văn Hóa = Tư lệnh Quân đoàn 2"}},
		{"a role ending with its body's kind, then the body's description",
			"Bà Ung Thị Xuân Hương, Phó Ban nghiên cứu và đào tạo, phát biểu.",
			[]string{"Ung Thị Xuân Hương = Phó Ban nghiên cứu và đào tạo"}},
		{"a rare family name after a title starts a name; after a company's head it names the company",
			"Phó Thủ tướng Vương Đình Huệ, Phó Chủ tịch Quốc hội Uông Chu Lưu dự. Ông Lương Văn Cư, Giám đốc Công ty Long Hiệp Cư, cho biết.",
			[]string{"Lương Văn Cư = Giám đốc Công ty Long Hiệp Cư", "Uông Chu Lưu = Phó Chủ tịch Quốc hội", "Vương Đình Huệ = Phó Thủ tướng"}},
		{"a parent body in brackets, a lower-case tail closing a name",
			"Ông Vũ Đức Hiệp, Vụ trưởng Vụ Kiểm soát chi Kho bạc Nhà nước (Bộ Tài chính), và ông Nguyễn Hòa Bình, Chánh án Tòa án Nhân dân tối cao; ông Trương Trọng Nghĩa, Phó chủ nhiệm Đoàn Luật sư TPHCM.",
			[]string{"Nguyễn Hòa Bình = Chánh án Tòa án Nhân dân tối cao", "Trương Trọng Nghĩa = Phó chủ nhiệm Đoàn Luật sư TPHCM", "Vũ Đức Hiệp = Vụ trưởng Vụ Kiểm soát chi Kho bạc Nhà nước (Bộ Tài chính)"}},
		{"posts at institutions; a unit the gazetteer knows after its level word",
			"Bà Mai Thị Hằng, giáo viên Trường THPT Thạch Thành 1, và Phó Chủ tịch UBND huyện Gia Lâm Nguyễn Ngọc Thuần dự. Chủ tịch huyện Nông Sơn Lê Ngọc Trung phát biểu.",
			[]string{"Lê Ngọc Trung = Chủ tịch huyện Nông Sơn", "Mai Thị Hằng = giáo viên Trường THPT Thạch Thành 1", "Nguyễn Ngọc Thuần = Phó Chủ tịch UBND huyện Gia Lâm"}},
		{"a person after a province's level word is no ward of that name",
			"Phó Chủ tịch UBND TP Lê Hồng Sơn dự.",
			[]string{"Lê Hồng Sơn = Phó Chủ tịch UBND TP"}},
		{"a steering body's topic, its comma inside",
			"Đồng chí Tô Lâm, Phó Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng; đồng chí Nguyễn Chí Vịnh, Trưởng Ban Chỉ đạo Bộ Quốc phòng về việc Việt Nam tham gia.",
			[]string{"Nguyễn Chí Vịnh = Trưởng Ban Chỉ đạo Bộ Quốc phòng", "Tô Lâm = Phó Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"}},
		{"a degree before the posts is passed over",
			"Ông Lê Văn Cường (Sinh năm 1978), Bác sĩ y khoa, Phó giám đốc Bệnh viện Đa khoa tỉnh Thanh Hóa.",
			[]string{"Lê Văn Cường = Phó giám đốc Bệnh viện Đa khoa tỉnh Thanh Hóa"}},
		{"a year of the sexagenary cycle is no person",
			"Xuân Đinh Dậu, ông Nguyễn Văn Đông về thăm quê. Tết Nhâm Thân năm ấy, Đinh Dậu đón khách.",
			[]string{"Nguyễn Văn Đông"}},
		{"an abbreviated level keeps its full stop before a place",
			"Chủ tịch UBND TP. Hà Nội Nguyễn Đức Chung và Phó Chủ tịch UBND Tp. Hồ Chí Minh Lê Văn Khoa dự.",
			[]string{"Lê Văn Khoa = Phó Chủ tịch UBND Tp. Hồ Chí Minh", "Nguyễn Đức Chung = Chủ tịch UBND TP. Hà Nội"}},
		{"a foreign name after a title",
			"Tổng thống Nga Vladimir Putin và Ngoại trưởng Mỹ Antony Blinken hội đàm.",
			[]string{"Antony Blinken = Ngoại trưởng Mỹ", "Vladimir Putin = Tổng thống Nga"}},
		{"a later given name refers back",
			"Đồng chí Đinh Văn Khóa phát biểu. Đồng chí Khóa cũng ghi nhận kết quả.",
			[]string{"Đinh Văn Khóa"}},
		{"a bare title after an honorific stands for its holder",
			"Đồng chí Đặng Thanh Giang, Trưởng ban Dân vận Tỉnh ủy chủ trì. Đồng chí Trưởng ban Dân vận Tỉnh ủy đề nghị các cấp.",
			[]string{"Đặng Thanh Giang", "Đặng Thanh Giang = Trưởng ban Dân vận Tỉnh ủy"}},
		{"old tone placement",
			"Phó Trưởng ban Dân vận Thành uỷ Đinh Văn Khoá phát biểu.",
			[]string{"Đinh Văn Khóa = Phó Trưởng ban Dân vận Thành ủy"}},
		{"place between title and name",
			"Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam quận Hoàn Kiếm Lê Hồng Phú trao khen thưởng.",
			[]string{"Lê Hồng Phú = Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam quận Hoàn Kiếm"}},
		{"a rank and a historical figure",
			"Thượng tướng Tô Lâm gặp mặt. Chủ tịch Hồ Chí Minh phát động Tết trồng cây.",
			[]string{"Hồ Chí Minh = Chủ tịch", "Tô Lâm = Thượng tướng"}},
		{"nguyên stays, tân goes",
			"ông Lê Thanh Hải, nguyên Bí thư Thành ủy. Tân Chủ tịch UBND tỉnh Nguyễn Văn A nhậm chức.",
			[]string{"Lê Thanh Hải = nguyên Bí thư Thành ủy", "Nguyễn Văn A = Chủ tịch UBND tỉnh"}},
		{"a pen name after a role, and a headline's title not given to the next line",
			"Ông Nguyễn Thiện Nhân làm Bí thư TP.HCM\nBộ Chính trị phân công. Tổng Bí thư Trường Chinh, Thủ tướng Phạm Văn Đồng dự.",
			[]string{"Nguyễn Thiện Nhân", "Phạm Văn Đồng = Thủ tướng", "Trường Chinh = Tổng Bí thư"}},
		{"academic degrees are skipped, a name inside an organization's name is not a person",
			"Thượng tướng, GS.TS Tô Lâm dự. Bí thư Trung ương Đoàn TNCS Hồ Chí Minh Nguyễn Anh Tuấn phát biểu.",
			[]string{"Nguyễn Anh Tuấn = Bí thư Trung ương Đoàn TNCS Hồ Chí Minh", "Tô Lâm = Thượng tướng"}},
		{"a title, a dash, the name",
			"Ngày 30/4, Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên - Đỗ Quốc Văn, đã ký Công điện.",
			[]string{"Đỗ Quốc Văn = Chủ tịch Ủy ban nhân dân tỉnh Hưng Yên"}},
		{"a space lost before a name",
			"Tổng Bí thư Nguyễn Phú Trọng và Ủy viên Quốc vụ, Bộ trưởng Quốc phòng Trung QuốcNgụy Phượng Hòa.",
			[]string{"Nguyễn Phú Trọng = Tổng Bí thư", "Ngụy Phượng Hòa = Ủy viên Quốc vụ; Bộ trưởng Quốc phòng Trung Quốc"}},
		{"a space lost after a name, before a lower-case word",
			"Tổng Bí thư Nguyễn Phú Trọngmong muốn hai bên hợp tác.",
			[]string{"Nguyễn Phú Trọng = Tổng Bí thư"}},
		{"a ministry's name lists its fields; a list of places or roles is not one",
			"Ông Nguyễn Văn Hùng, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch, phát biểu. Phó Giám đốc Sở Lao động, Thương binh và Xã hội tỉnh Thừa Thiên Huế Nguyễn Hữu Phước dự. Ông Trần Văn Nam, Giám đốc Sở Y tế, Hà Nam và Nam Định. Ông Lê Văn Tám, Giám đốc Sở Y tế, Trưởng ban Chỉ đạo.",
			[]string{"Lê Văn Tám = Giám đốc Sở Y tế; Trưởng ban Chỉ đạo", "Nguyễn Hữu Phước = Phó Giám đốc Sở Lao động, Thương binh và Xã hội tỉnh Thừa Thiên Huế",
				"Nguyễn Văn Hùng = Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch", "Trần Văn Nam = Giám đốc Sở Y tế"}},
		{"a former post right after a list of names",
			"Các đồng chí: Lê Bá Trình, Hà Văn Sơn và Nguyễn Văn Pha nguyên Phó Chủ tịch Ủy ban MTTQ Việt Nam được tặng Huân chương. Ông Trần Văn Nam nguyên là Giám đốc Sở Y tế.",
			[]string{"Hà Văn Sơn = nguyên Phó Chủ tịch Ủy ban MTTQ Việt Nam", "Lê Bá Trình = nguyên Phó Chủ tịch Ủy ban MTTQ Việt Nam",
				"Nguyễn Văn Pha = nguyên Phó Chủ tịch Ủy ban MTTQ Việt Nam", "Trần Văn Nam"}},
		{"a body's name in lower case after its head word",
			"Đó là ý kiến của đồng chí Phan Đức Đồng - Trưởng ban pháp chế HĐND tỉnh tại cuộc họp.",
			[]string{"Phan Đức Đồng = Trưởng ban pháp chế HĐND tỉnh"}},
		{"a former post in brackets, a steering body's subject",
			"Dự có ông Đinh Tiến Dũng, UV BCT, Bí thư Thành ủy Hà Nội (nguyên Bí thư Tỉnh ủy Ninh Bình); ông Vũ Đức Đam, Phó Thủ tướng Chính phủ, Trưởng Ban Chỉ đạo Nhà nước về Du lịch.",
			[]string{"Vũ Đức Đam = Phó Thủ tướng Chính phủ; Trưởng Ban Chỉ đạo Nhà nước về Du lịch", "Đinh Tiến Dũng = UV BCT; Bí thư Thành ủy Hà Nội; nguyên Bí thư Tỉnh ủy Ninh Bình"}},
		{"a lower-case honorific ends the title",
			"Chủ tịch UBND thị xã Bỉm Sơn đồng chí Trịnh Tuấn Thành phát biểu.",
			[]string{"Trịnh Tuấn Thành = Chủ tịch UBND thị xã Bỉm Sơn"}},
		{"a lost full stop does not lengthen a name; places that start like names",
			"Trao Huy hiệu cho đảng viên Đỗ Kim Hội Với những đóng góp. Đoàn công tác đến Hà Lan, Mông Cổ và huyện đảo Lý Sơn.",
			[]string{"Đỗ Kim Hội"}},
		{"an academic degree stands before a name as an honorific does",
			"11\nPGS. Phó Thị Nguyệt Hằng\nGVCC. Viện Vật lý Kỹ thuật. Dự có GS.TS Nguyễn Văn Hiệu.",
			[]string{"Nguyễn Văn Hiệu", "Phó Thị Nguyệt Hằng"}},
		{"ranks and honours written out, one after another",
			"Dự có Giáo sư - Nghệ sĩ nhân dân Thái Ly và Nhà giáo ưu tú Lê Văn Tám. Giáo sư Trường Đại học Y cho biết.",
			[]string{"Lê Văn Tám", "Thái Ly"}},
		{"an occupation introduces stage and pen names, and the list after it",
			"Các tiết mục do ca sỹ Anh Thơ, Lê Anh Dũng, Tùng Dương, Noo Phước Thịnh… thể hiện. Nhà thơ Tố Hữu và nhà báo Việt Nam. Ca sĩ Mỹ Tâm, Hà Nội, Đà Nẵng.",
			[]string{"Anh Thơ", "Lê Anh Dũng", "Mỹ Tâm", "Noo Phước Thịnh", "Tùng Dương", "Tố Hữu"}},
		{"a bare name the text also writes as a place is the place",
			"Lê Hồng, Hải Dương: Chú trọng xây dựng Đảng\nĐảng bộ xã Lê Hồng đã thực hiện. Ông Nguyễn Văn An phát biểu.",
			[]string{"Nguyễn Văn An"}},
		{"a street named for a person does not hide the person",
			"Đặt tên đường Bùi Thiện Ngộ ở Thủ Đức. Bùi Thiện Ngộ từng là Bộ trưởng Công an.",
			[]string{"Bùi Thiện Ngộ"}},
		{"a title-case headline holds no bare names",
			"Hồ Sơ Vụ Án Được Đưa Ra Xét Xử\nÔng Nguyễn Văn An phát biểu.",
			[]string{"Nguyễn Văn An"}},
		{"organizations and places are not people",
			"Mặt trận Tổ quốc Việt Nam và quận Hoàn Kiếm, tỉnh Hà Nam, Tổ COVID cộng đồng, Đoàn Thanh niên Cộng sản Hồ Chí Minh.",
			nil},
	}
	for _, c := range cases {
		d := run(t, c.in, doc.Date{})
		got := peopleOf(d)
		if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

func TestPlaceOfBareLevel(t *testing.T) {
	d := run(t, "Bà Nguyễn Thị Bình, Phó Chủ tịch UBND huyện Đông Anh phát biểu. Bí thư Huyện ủy Ba Vì Nguyễn Văn Hùng và Chủ tịch UBND huyện Đỗ Mạnh Hùng dự lễ.", doc.Date{})
	got := map[string]string{}
	for _, m := range d.Of(doc.KindTitle) {
		got[m.Title.Person.Person.Name] = m.Title.Place
	}
	if got["Đỗ Mạnh Hùng"] != "Ba Vì" || got["Nguyễn Thị Bình"] != "Đông Anh" {
		t.Errorf("places: %v", got)
	}
}

func TestTitleSplit(t *testing.T) {
	d := run(t, "Dự tại điểm cầu tỉnh Kon Tum có Phó Chủ tịch UBND tỉnh Nguyễn Hữu Tháp.", doc.Date{})
	ts := d.Of(doc.KindTitle)
	if len(ts) != 1 {
		t.Fatalf("titles: %d", len(ts))
	}
	tt := ts[0].Title
	if tt.Role != "Phó Chủ tịch" || tt.Organization != "UBND tỉnh" || tt.OrganizationFull != "Ủy ban nhân dân tỉnh" || tt.Place != "Kon Tum" {
		t.Errorf("split: %+v", tt)
	}
}

func FuzzExtractors(f *testing.F) {
	for _, s := range []string{
		"Sáng 31/12, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Văn Hòa dự.",
		"Quyết định số 455-QĐ/TU ngày 22/11/2021; giải quyết 2.172 ý kiến/2.631 ý kiến, đạt 82,6%.",
		"các đồng chí Bí thư Trung ương Đảng: A - B; 1.5 tỷ/ 3 - 4 % ngày 1 tháng 2 năm 2020",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		d := run(t, s, doc.Date{Year: 2021, Month: 1, Day: 1})
		for _, m := range d.Of(doc.KindFigure) {
			if m.Figure.Value != m.Figure.Value {
				t.Fatalf("NaN figure from %q", m.Text)
			}
		}
	})
}

func TestAppointments(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Ngày 6/2/2017, Bộ Chính trị chỉ định đồng chí Đỗ Đức Duy, Thứ trưởng Bộ Xây dựng tham gia Ban Chấp hành và giữ chức vụ Phó Bí thư Tỉnh ủy Yên Bái.",
			"Đỗ Đức Duy appointed_to Phó Bí thư Tỉnh ủy Yên Bái 2017-02-06"},
		{"HĐND tỉnh bầu ông Nguyễn Văn A giữ chức Chủ tịch UBND tỉnh.", "Nguyễn Văn A appointed_to Chủ tịch UBND tỉnh "},
		{"Trung ương quyết định cho đồng chí Đinh La Thăng thôi giữ chức Ủy viên Bộ Chính trị khóa XII.", "Đinh La Thăng relieved_of Ủy viên Bộ Chính trị khóa XII "},
		{"Ông Trần Văn B đã dự án khởi công.", ""},
	}
	for _, c := range cases {
		d := run(t, c.in, doc.Date{})
		var got []string
		for _, r := range d.Relations {
			if r.Predicate == "appointed_to" || r.Predicate == "relieved_of" {
				got = append(got, r.Subject+" "+r.Predicate+" "+r.Object+" "+r.Date)
			}
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestEventRoles(t *testing.T) {
	d := run(t, "Sáng 31/12, Ban Dân vận Trung ương tổ chức Hội nghị tổng kết. Ủy viên Bộ Chính trị Trần Quốc Vượng dự và chỉ đạo Hội nghị. Phó Chủ tịch UBND tỉnh Nguyễn Hữu Tháp phát biểu. Ông Lê Văn C làm dự án đường.", doc.Date{})
	got := map[string]bool{}
	for _, r := range d.Relations {
		got[r.Subject+" "+r.Predicate] = true
	}
	for _, want := range []string{"Ban Dân vận Trung ương organized", "Trần Quốc Vượng attended", "Nguyễn Hữu Tháp spoke_at"} {
		if !got[want] {
			t.Errorf("missing %q in %v", want, got)
		}
	}
	if got["Lê Văn C attended"] {
		t.Error("\"dự án\" (project) is not attending")
	}
	// bodies joined by "và" share the verb
	d = run(t, "Sáng 2/3, Bộ Văn hóa, Thể thao và Du lịch và Ủy ban nhân dân tỉnh Ninh Bình tổ chức Lễ khai mạc.", doc.Date{})
	var organizers []string
	for _, r := range d.Relations {
		if r.Predicate == "organized" {
			organizers = append(organizers, r.Subject+" -> "+r.Object)
		}
	}
	if want := "Bộ Văn hóa, Thể thao và Du lịch -> Lễ khai mạc | Ủy ban nhân dân tỉnh Ninh Bình -> Lễ khai mạc"; strings.Join(organizers, " | ") != want {
		t.Errorf("organizers\n got %q\nwant %q", strings.Join(organizers, " | "), want)
	}
}

// fuzzStage runs one stage (after the ones it needs) on fuzzed text and
// checks the invariants every table relies on.
func fuzzStage(f *testing.F, name string) {
	for _, s := range []string{
		"Sáng 31/12, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Văn Hòa dự.",
		"Quyết định số 455-QĐ/TU ngày 22/11/2021; giải quyết 2.172 ý kiến/2.631 ý kiến, đạt 82,6%.",
		"các đồng chí Bí thư Trung ương Đảng: A - B; 1.5 tỷ/ 3 - 4 % ngày 1 tháng 2 năm 2020",
		"30/2020/NĐ-CP 12,5-13% từ ngày 11 đến 13/5 quý I/2021 COVID-19",
	} {
		f.Add(s)
	}
	var stages []doc.Stage
	for _, st := range testStages {
		stages = append(stages, st)
		if st.Name() == name {
			break
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		d := doc.NewDocument("fuzz", text.Normalize(s))
		for _, sp := range text.Sentences(d.Runes()) {
			d.Sentences = append(d.Sentences, doc.Span{Start: sp[0], End: sp[1]})
		}
		for _, st := range stages {
			st.Extract(d)
		}
		checkOffsets(t, d)
		for _, m := range d.Mentions {
			switch {
			case m.Date != nil && m.Date.Granularity == "day" && len(m.Date.Value) != 10:
				t.Fatalf("day value %q", m.Date.Value)
			case m.Figure != nil && (m.Figure.Value != m.Figure.Value || m.Figure.Value < 0 && !negativeText(m.Text)):
				t.Fatalf("figure value %v from %q", m.Figure.Value, m.Text)
			case m.Ref != nil && m.Ref.Ref == "":
				t.Fatalf("empty ref from %q", m.Text)
			case m.Title != nil && m.Title.Person == nil:
				t.Fatalf("title %q without a person", m.Text)
			}
		}
	})
}

// negativeText reports a figure written with a sign or "âm".
func negativeText(s string) bool {
	return strings.HasPrefix(s, "-") || strings.HasPrefix(s, "−") || strings.HasPrefix(strings.ToLower(s), "âm ")
}

func FuzzDates(f *testing.F)    { fuzzStage(f, "dates") }
func FuzzDocRefs(f *testing.F)  { fuzzStage(f, "document_refs") }
func FuzzFigures(f *testing.F)  { fuzzStage(f, "figures") }
func FuzzPeople(f *testing.F)   { fuzzStage(f, "people") }
func FuzzEntities(f *testing.F) { fuzzStage(f, "entities") }

// FuzzNumericDates holds the byte scanner to the patterns it replaces: on
// any text it must find what the day and dayMonth patterns find (the
// matches that survive the boundary check, which both share).
func FuzzNumericDates(f *testing.F) {
	for _, s := range []string{"13/01/2022", "ngày 3 / 6 / 2021 và 30/7", "123/12/2020 1.2.3 12-3-45678", "7.5 ", "1/12/2020/"} {
		f.Add(s)
	}
	x := NewDates()
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range []struct {
			re       *regexp.Regexp
			withYear bool
		}{{x.day, true}, {x.dayMonth, false}} {
			var want, got []string
			for _, m := range c.re.FindAllStringSubmatchIndex(s, -1) {
				if dateBounded(s, m[0], m[1]) {
					want = append(want, s[m[0]:m[1]])
				}
			}
			for _, m := range numericDates(s, c.withYear) {
				if dateBounded(s, m[0], m[1]) {
					got = append(got, s[m[0]:m[1]])
				}
			}
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Fatalf("withYear=%v on %q: scanner %q, pattern %q", c.withYear, s, got, want)
			}
		}
	})
}

func TestOrganizations(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Bộ Văn hóa, Thể thao và Du lịch phối hợp tổ chức.", "Bộ Văn hóa, Thể thao và Du lịch"},
		{"Sở Y tế, Sở Giáo dục và Đào tạo cùng dự.", "Sở Y tế | Sở Giáo dục và Đào tạo"},
		{"Sở Y tế, Hà Nam và Nam Định cùng dự.", "Sở Y tế"},
		{"Bộ Lao động, Thương binh và Xã hội và Ngân hàng Nhà nước ký kết.", "Bộ Lao động, Thương binh và Xã hội | Ngân hàng Nhà nước"},
		{"Sở Khoa học và Công nghệ chủ trì.", "Sở Khoa học và Công nghệ"},
	}
	for _, c := range cases {
		d := run(t, c.in, doc.Date{})
		var got []string
		for _, m := range d.Of(doc.KindOrganization) {
			got = append(got, m.Entity.Name)
		}
		if strings.Join(got, " | ") != c.want {
			t.Errorf("%s\n got %q\nwant %q", c.in, strings.Join(got, " | "), c.want)
		}
	}
}
