package extractors

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/vnextract/vnextract/pipeline/doc"
)

// Figures finds quantities written in digits with what they count: "202 hội
// nghị", "82,6%", "800 nghìn cây", "1,5 tỷ đồng", ratios "2.172 ý kiến/2.631
// ý kiến" and "15 trên 20 xã", ranges "12,5-13%", "từ 1 đến 2 năm". Digits
// inside dates, times, document numbers, codes ("COVID-19") and bare years
// are not figures. A ratio and a percentage of the same thing in one
// sentence are checked against each other.
type Figures struct{}

func NewFigures() *Figures { return &Figures{} }

func (x *Figures) Name() string { return "figures" }

// Needs: digits inside dates and document numbers must be known first.
func (x *Figures) Needs() []string { return []string{"dates", "document_refs"} }

var multipliers = map[string]float64{"nghìn": 1e3, "ngàn": 1e3, "ngìn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}

var qualifiers = []string{"lên đến", "lên tới", "tối thiểu", "tối đa", "ít nhất", "xấp xỉ", "gần", "hơn", "khoảng", "trên", "dưới", "đạt", "chừng", "gần như", "hầu hết", "trọn"}

// notBefore are words after which a number is an ordinal, a year, a name or
// a part of an address, never a count.
var notBefore = map[string]bool{
	"năm": true, "tháng": true, "ngày": true, "quý": true, "khóa": true, "số": true, "thứ": true,
	"điều": true, "khoản": true, "chương": true, "mục": true, "phụ lục": true, "kỳ": true, "lần thứ": true,
	"quốc lộ": true, "tỉnh lộ": true, "ql": true, "km": true, "phòng": true, "tầng": true, "lô": true,
	"đường": true, "hẻm": true, "ngõ": true, "ngách": true, "nhà": true, "khu": true, "tổ": true, "ấp": true,
	"phường": true, "quận": true, "lớp": true, "đợt": true, "giai đoạn": true, "top": true, "covid": true,
	"hạng": true, "cấp": true, "đoạn": true, "trang": true, "tập": true, "nhiệm kỳ": true,
	"mùa": true, "mức độ": true, "cấp độ": true, "sư đoàn": true, "trung đoàn": true, "quân khu": true, "vùng": true, "bảng": true, "hình": true,
}

// stopUnit ends a counted noun: function words, verbs and adverbs that
// follow a number without being what it counts.
var stopUnit = map[string]bool{
	"và": true, "của": true, "với": true, "trong": true, "cho": true, "được": true, "đã": true, "là": true,
	"có": true, "tại": true, "ở": true, "trên": true, "theo": true, "từ": true, "đến": true, "tới": true,
	"này": true, "đó": true, "nay": true, "qua": true, "trước": true, "sau": true, "nữa": true, "thì": true,
	"mà": true, "để": true, "do": true, "bị": true, "sẽ": true, "đang": true, "vừa": true, "hoặc": true,
	"hay": true, "so": true, "gồm": true, "như": true, "về": true, "khi": true, "không": true,
	"cũng": true, "đều": true, "chỉ": true, "còn": true, "rồi": true, "lại": true, "tăng": true, "giảm": true,
	"đạt": true, "chiếm": true, "trở": true, "liên": true, "tiếp": true, "thực": true, "hiện": true,
	"cùng": true, "kể": true, "nhằm": true, "vào": true, "ra": true, "lên": true,
	"xuống": true, "đầu": true, "cuối": true, "nhưng": true, "nếu": true, "vì": true,
	"bởi": true, "hơn": true, "mới": true, "thêm": true, "nhiều": true, "các": true, "những": true, "mỗi": true,
	"khóa": true,
}

// unitCompounds are two-syllable counted nouns; a number followed by the
// first syllable takes both.
var unitCompounds = wordSet(`điểm cầu, hội nghị, ý kiến, lượt xem, lượt người, doanh nghiệp, nhiệm vụ,
chức danh, đối thoại, cán bộ, đảng viên, hộ dân, hộ nghèo, hộ gia đình, học sinh, sinh viên, giáo viên,
công trình, dự án, người dân, tổ chức, cơ sở, đơn vị, tập thể, cá nhân, chi bộ, đại biểu, thành viên,
văn bản, hồ sơ, vụ việc, phương tiện, trường hợp, lao động, việc làm, bệnh nhân, bệnh viện, trạm y tế,
gia đình, căn nhà, ngôi nhà, phần quà, suất quà, xuất quà, tập thể, tỉnh thành, quốc gia, đoàn viên,
hội viên, chương trình, kế hoạch, nghị quyết, quyết định, chỉ thị, kết luận, ca mắc, ca bệnh, lượt khách,
lượt người, bài viết, tác phẩm, thí sinh, nhà đầu tư, chuyến bay, con người, đầu mối, buổi làm việc,
cuộc họp, cuộc đối thoại, cuộc thi, cuộc vận động, vụ án, bị cáo, bị can, đối tượng, tàu cá, héc ta, mét vuông,
ki lô mét, điểm trường, phòng học, xã viên, hợp tác xã, thôn bản, tổ dân phố, khu dân cư, mô hình, sản phẩm,
công ty, tờ trình, báo cáo, phản ánh, kiến nghị, tố cáo, khiếu nại, đơn thư, giấy chứng nhận, tổ chức cơ sở đảng,
cơ sở đảng, chi bộ, đảng bộ, xã phường, thị trấn, nông thôn mới, cộng đồng, ứng cử viên, ứng viên, dòng họ, liệt sĩ, du khách, khách du lịch, thương binh, gia đình chính sách,
bà mẹ, mẹ Việt Nam anh hùng, hộ kinh doanh, học viên, sinh viên, giáo viên, bác sĩ, y bác sĩ, nhân viên, công nhân, nông dân,
thanh niên, phụ nữ, trẻ em, người cao tuổi, người lao động, công chức, viên chức, cán bộ công chức, chiến sĩ, đồng bào, tín đồ,
hạng mục, tuyến đường, công trình, cây số, mét, tấn, lít, kg, hecta, héc-ta, nhà ở, căn hộ, xe ô tô, chiếc xe, tàu thuyền,
nhân khẩu, chung cư, khu chung cư, nghệ sĩ, sáng chế, bằng sáng chế, cây xanh, biệt thự, nhà biệt thự, học viên,
xe máy, ô tô, lượt khách, ngày công, giờ công, con giống, tấn hàng, khách hàng, dịch vụ, dịch vụ công, thuê bao, tài khoản, tỷ đồng, triệu đồng, nghìn đồng, đồng bào, chiến sĩ, cử tri, phiếu bầu, nhiệm kỳ, lãnh đạo, ngành hàng,
chỉ tiêu, tiêu chí, lĩnh vực, giải pháp, cơ quan, địa phương, huyện thị, phường xã, xã phường, trường học`)

// classifiers head a counted noun of two or more syllables ("cuộc đối
// thoại", "lượt xem", "buổi lễ").
var classifiers = wordSet(`cuộc, lượt, buổi, chiếc, con, cái, bản, bức, tấm, ngôi, căn, quyển, cuốn, trận, vụ, suất, phần, đoàn, đợt, tổ, nhóm, đội`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(s, ",") {
		w = strings.Join(strings.Fields(w), " ")
		if w != "" {
			m[w] = true
		}
	}
	return m
}

type figHit struct {
	start, end int // bytes
	f          doc.Figure
	rule       string
}

func (x *Figures) Extract(d *doc.Document) {
	t := d.Text
	locs := numbers(t)
	var hits []figHit
	for i := 0; i < len(locs); i++ {
		if d.Expired() { // the time budget is used up: keep what was found
			break
		}
		s, e := locs[i][0], locs[i][1]
		if !x.standalone(d, s, e) {
			continue
		}
		numText := t[s:e]
		v, ok := parseNumber(numText)
		if !ok {
			continue
		}
		h := figHit{start: s, end: e, rule: "figures/count"}
		rest := e
		// a range or list whose last member carries the unit: "12,5-13%",
		// "15-30 triệu người", "5, 10 năm", "từ 1 đến 2 năm"
		if m := rangeJoin.FindStringIndex(t[rest:]); m != nil && i+1 < len(locs) && locs[i+1][0] == rest+m[1] {
			ns, ne := locs[i+1][0], locs[i+1][1]
			if _, ok2 := parseNumber(t[ns:ne]); ok2 && x.standalone(d, ns, ne) {
				mult, unit, _, after := x.unitAfter(d, ne)
				if unit != "" || mult != 1 {
					f := doc.Figure{Value: scale(v, mult), Unit: unit}
					setCurrency(&f)
					h.f = f
					h.rule = "figures/range"
					h.start = x.withQualifier(t, s)
					h.end = after
					hits = append(hits, h)
					continue // the upper bound is read on the next turn
				}
			}
		}
		mult, unit, percent, after := x.unitAfter(d, rest)
		if unit == "" {
			// "15 trên 20 xã", "2.172/2.631 ý kiến": the unit follows the whole
			// (a part no greater than its whole: "30/4 lịch sử" is a day)
			if m := ratioJoin.FindStringIndex(t[rest:]); m != nil && i+1 < len(locs) && locs[i+1][0] == rest+m[1] {
				if of, ok := parseNumber(t[locs[i+1][0]:locs[i+1][1]]); !ok || of < v {
					continue
				}
				if _, u2, _, _ := x.unitAfter(d, locs[i+1][1]); u2 != "" {
					unit, after = u2, rest
				}
			}
			if unit == "" {
				unit = x.unitBefore(d, s)
			}
			if unit == "" {
				continue // a number that counts nothing named is not a figure
			}
		}
		h.f = doc.Figure{Value: scale(v, mult), Unit: unit}
		if percent {
			p := h.f.Value
			h.f.Percent = &p
		}
		setCurrency(&h.f)
		h.start = x.withQualifier(t, s)
		h.f.Qualifier = qualifierBefore(t, s)
		h.end = after
		// ratio: "2.172 ý kiến/2.631 ý kiến", "2.172/2.631", "15 trên 20 xã"
		if m := ratioJoin.FindStringIndex(t[after:]); m != nil && i+1 < len(locs) && locs[i+1][0] == after+m[1] {
			ns, ne := locs[i+1][0], locs[i+1][1]
			if of, ok := parseNumber(t[ns:ne]); ok && of >= v && !d.Overlaps(d.RuneOffset(ns), d.RuneOffset(ne), doc.KindDate, doc.KindDocRef) {
				m2, unit2, _, after2 := x.unitAfter(d, ne)
				ofv := scale(of, m2)
				h.f.Of = &ofv
				if unit2 != "" && (unit == "" || !strings.HasPrefix(strings.ToLower(unit2), strings.ToLower(strings.Fields(unit)[0]))) {
					// "2.172/2.631 ý kiến": the unit follows the whole
					if unit == "" {
						h.f.Unit = unit2
					}
				}
				if unit2 != "" {
					h.end = after2
				} else {
					h.end = ne
				}
				h.rule = "figures/ratio"
				i++
			}
		}
		hits = append(hits, h)
	}
	var out []*doc.Mention
	for _, h := range hits {
		// the digits were checked against dates and references when read;
		// the unit may run into a date ("5 năm 2016 - 2020": 5 years)
		start, end := d.RuneOffset(h.start), d.RuneOffset(h.end)
		f := h.f
		f.Subject = subjectAfter(d, end, f.Unit)
		m := d.Add(&doc.Mention{Kind: doc.KindFigure, Start: start, End: end, Rule: h.rule})
		m.Figure = &f
		out = append(out, m)
	}
	checkConsistency(d, out)
}

// rangeJoin and ratioJoin match what stands between two numbers of a range
// ("12,5-13%", "từ 1 đến 2 năm") or a ratio ("2.172/2.631", "15 trên 20");
// callers check that the match ends where the next number starts.
var (
	rangeJoin = regexp.MustCompile(`^(?:\s*[-–—]\s*|,\s*|\s+(?:đến|tới|hoặc)\s+)`)
	ratioJoin = regexp.MustCompile(`^(?:\s*/\s*|\s+trên\s+(?:tổng\s+số\s+)?)`)
)

// standalone reports whether the digits at [s,e) are a number of their own:
// not inside a date or a document number, a code ("COVID-19", "F0"), a time
// ("14:30", "7h30"), an ordinal or a bare year.
func (x *Figures) standalone(d *doc.Document, s, e int) bool {
	t := d.Text
	if d.Overlaps(d.RuneOffset(s), d.RuneOffset(e), doc.KindDate, doc.KindDocRef) {
		return false
	}
	if s > 0 {
		prev := lastRuneOf(t[:s])
		if unicode.IsLetter(prev) || prev == '_' || prev == '#' || prev == '@' || prev == '+' {
			return false
		}
		if prev == '-' || prev == '/' || prev == '.' || prev == ':' {
			// "COVID-19", "A/19": part of a code ("12,5-13%" is a range)
			if s >= 2 {
				pp := lastRuneOf(t[:s-1])
				if unicode.IsLetter(pp) || (prev != '-' && unicode.IsDigit(pp)) {
					return false
				}
			}
		}
	}
	if e < len(t) {
		next := firstRuneOf(t[e:])
		if unicode.IsLetter(next) {
			// "14h30", "5G", "3D": a unit glued to digits is fine only for
			// a few measures
			rest := strings.ToLower(t[e:])
			if !(strings.HasPrefix(rest, "km") || strings.HasPrefix(rest, "ha") || strings.HasPrefix(rest, "kg") || strings.HasPrefix(rest, "m2") || strings.HasPrefix(rest, "m3") || strings.HasPrefix(rest, "ha ")) {
				return false
			}
		}
		if next == ':' && e+1 < len(t) && t[e+1] >= '0' && t[e+1] <= '9' {
			return false
		}
		if (next == '-' || next == '/') && e+1 < len(t) && unicode.IsLetter(firstRuneOf(t[e+1:])) {
			return false
		}
	}
	// a bare year
	if n := t[s:e]; len(n) == 4 && (strings.HasPrefix(n, "19") || strings.HasPrefix(n, "20")) {
		return false
	}
	before := strings.ToLower(lastWords(t[:s], 2))
	w := strings.Fields(before)
	if len(w) > 0 {
		last := w[len(w)-1]
		// "số 5" is a label, "tổng số 320 hộ" and "dân số 15 triệu" counts
		if last == "số" && len(w) == 2 && isWordOf(w[0], "tổng", "dân", "con", "với", "có", "lượng") {
			return true
		}
		// "cung cấp 808 dịch vụ" provides, "cấp 3" is a level; "chỉnh
		// trang 20 nhà" renovates, "trang 20" is a page
		if len(w) == 2 && ((last == "cấp" && w[0] == "cung") || (last == "trang" && w[0] == "chỉnh")) {
			return true
		}
		if notBefore[last] || (len(w) == 2 && notBefore[w[0]+" "+w[1]]) {
			return false
		}
		// "Ban Chỉ đạo 389", "Ban chỉ đạo 24 tỉnh": a steering body is
		// named by a number; "đã chỉ đạo 63 tỉnh" counts
		if before == "chỉ đạo" && strings.HasSuffix(strings.ToLower(lastWords(t[:s], 3)), "ban chỉ đạo") {
			return false
		}
	}
	return true
}

// unitBefore reads the counted noun of a number stated as a predicate:
// "số doanh nghiệp đăng ký mới là 20.000", "tổng số hộ nghèo là 1.234".
// The clause before the number must end in "là" and hold "số" a few words
// back, with no punctuation between; the noun after "số" is the unit.
func (x *Figures) unitBefore(d *doc.Document, s int) string {
	t := d.Text
	head := strings.TrimRight(t[:s], " ")
	if !strings.HasSuffix(head, " là") {
		return ""
	}
	la := len(head) - len("là")
	win := head[max(0, la-60):la]
	k := strings.LastIndex(win, "số ")
	if k < 0 || strings.ContainsAny(win[k:], ",;:.()\"“”/\n") {
		return ""
	}
	at := la - len(win) + k + len("số")
	// "số" opens the clause or follows "tổng"; "hệ số lương", "chỉ số
	// giá", "con số" are other words
	if w := strings.ToLower(lastWords(t[:at-len("số")], 1)); w != "" && w != "tổng" {
		return ""
	}
	_, unit, _, end := x.unitAfter(d, at)
	if unit == "" || end > la {
		return ""
	}
	return unit
}

// unitAfter reads a multiplier and the counted noun after a number that
// ends at byte e. It returns the multiplier, the unit, whether it is a
// percentage, and the byte offset where the figure ends.
func (x *Figures) unitAfter(d *doc.Document, e int) (float64, string, bool, int) {
	t := d.Text
	i := e
	if k := wordStart(t, i); k < len(t) && t[k] == '%' && k-i <= 1 {
		return 1, "%", true, k + 1 // "82,6%", "82,6 %"
	}
	words, ends := nextWords(t, i, 5)
	if len(words) > 1 && strings.ToLower(words[0]) == "phần" && strings.ToLower(words[1]) == "trăm" {
		return 1, "%", true, ends[1]
	}
	mult := 1.0
	k := 0
	for k < len(words) {
		m, ok := multipliers[strings.ToLower(words[k])]
		if !ok {
			break
		}
		mult *= m
		i = ends[k]
		k++
	}
	words, ends = words[k:], ends[k:]
	if len(words) == 0 || strings.ContainsAny(t[i:wordStart(t, i)], ",;:.()\"“”/") {
		if mult >= 1e6 && mult != 1 {
			// "35.000 tỷ." counts money without saying so
			return mult, "đồng", false, i
		}
		return mult, "", false, i
	}
	first := strings.ToLower(words[0])
	compound := len(words) > 1 && unitCompounds[first+" "+strings.ToLower(words[1])]
	if (stopUnit[first] && !compound) || !isWord(words[0]) {
		if mult >= 1e6 {
			return mult, "đồng", false, i
		}
		return mult, "", false, i
	}
	if first == "usd" || first == "đô" {
		return mult, "USD", false, ends[0]
	}
	if first == "đối" && len(words) > 1 && strings.ToLower(words[1]) == "với" {
		return mult, "", false, i // "đối với": "regarding", not a noun
	}
	n := 1
	if len(words) >= 2 && gap(t, ends[0], ends[1], words[1]) {
		pair := first + " " + strings.ToLower(words[1])
		if unitCompounds[pair] || (classifiers[first] && !stopUnit[strings.ToLower(words[1])] && isWord(words[1])) {
			n = 2
			// "hộ gia đình", "lượt du khách": three syllables
			if len(words) >= 3 && gap(t, ends[1], ends[2], words[2]) &&
				(unitCompounds[strings.ToLower(words[1])+" "+strings.ToLower(words[2])] || unitCompounds[pair+" "+strings.ToLower(words[2])]) {
				n = 3
			}
		}
	}
	unit, end := strings.Join(words[:n], " "), ends[n-1]
	// "km/h", "m3/s": a measure's symbol ("600 mẫu/ngày" counts "mẫu")
	if end < len(t) && t[end] == '/' && isASCII(unit) {
		if ws, es := nextWords(t, end+1, 1); len(ws) == 1 && es[0]-len(ws[0]) == end+1 {
			unit, end = unit+"/"+ws[0], es[0]
		}
	}
	return mult, unit, false, end
}

// gap reports whether the next word follows after a single space.
func gap(t string, prevEnd, nextEnd int, next string) bool {
	return t[prevEnd:nextEnd-len(next)] == " "
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func isWord(w string) bool {
	for i, r := range w {
		if !unicode.IsLetter(r) && !(i > 0 && unicode.IsDigit(r)) {
			return false
		}
	}
	return w != ""
}

// nextWords returns up to n words after byte i, with their end offsets.
// Words are runs of letters; anything else between them is kept for the
// caller to inspect by offsets.
func nextWords(t string, i, n int) ([]string, []int) {
	var words []string
	var ends []int
	j := i
	for len(words) < n && j < len(t) {
		for j < len(t) && t[j] == ' ' {
			j++
		}
		k := j
		var prev rune
		for k < len(t) {
			r := firstRuneOf(t[k:])
			if !(unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || (k > j && unicode.IsDigit(r))) {
				break
			}
			if unicode.IsUpper(r) && unicode.IsLower(prev) {
				break // "2 caCovid": a space lost before a capital
			}
			prev = r
			k += len(string(r))
		}
		if k == j {
			break
		}
		words = append(words, t[j:k])
		ends = append(ends, k)
		j = k
	}
	return words, ends
}

func wordStart(t string, i int) int {
	for i < len(t) && t[i] == ' ' {
		i++
	}
	return i
}

func (x *Figures) withQualifier(t string, s int) int {
	q := qualifierBefore(t, s)
	if q == "" {
		return s
	}
	b := s
	for b > 0 && t[b-1] == ' ' {
		b--
	}
	return b - len(q)
}

func qualifierBefore(t string, s int) string {
	b := s
	for b > 0 && t[b-1] == ' ' {
		b--
	}
	head := strings.ToLower(t[max(0, b-20):b])
	for _, q := range qualifiers {
		if strings.HasSuffix(head, q) {
			start := b - len(q)
			if start == 0 || !unicode.IsLetter(lastRuneOf(t[:start])) {
				return t[start:b]
			}
		}
	}
	return ""
}

// parseNumber reads Vietnamese and English number formats: "2.172" and
// "1.234.567" are thousands, "82,6" is 82.6, "4,029" (three digits after a
// single comma) is a thousands separator too, "72.84" a decimal point.
func parseNumber(s string) (float64, bool) {
	dots, commas := strings.Count(s, "."), strings.Count(s, ",")
	var clean string
	switch {
	case dots == 0 && commas == 0:
		clean = s
	case dots > 1 || (dots == 1 && commas == 1 && strings.Index(s, ".") < strings.Index(s, ",")):
		clean = strings.ReplaceAll(strings.ReplaceAll(s, ".", ""), ",", ".")
	case commas > 1 || (dots == 1 && commas == 1):
		clean = strings.ReplaceAll(s, ",", "")
	case dots == 1:
		if len(s)-strings.Index(s, ".")-1 == 3 {
			clean = strings.ReplaceAll(s, ".", "")
		} else {
			clean = s
		}
	default: // one comma
		if len(s)-strings.Index(s, ",")-1 == 3 {
			clean = strings.ReplaceAll(s, ",", "")
		} else {
			clean = strings.ReplaceAll(s, ",", ".")
		}
	}
	v, err := strconv.ParseFloat(clean, 64)
	return v, err == nil && !math.IsInf(v, 0)
}

// scale multiplies by a multiplier word's value, keeping the decimal the
// text wrote: "16,4 nghìn tỷ" is 16400000000000, not 16399999999999.998.
func scale(v, mult float64) float64 {
	if mult == 1 {
		return v
	}
	r, err := strconv.ParseFloat(strconv.FormatFloat(v*mult, 'g', 12, 64), 64)
	if err != nil {
		return v * mult
	}
	return r
}

func setCurrency(f *doc.Figure) {
	switch strings.ToLower(f.Unit) {
	case "đồng", "vnđ", "vnd":
		f.Currency = "VND"
	case "usd":
		f.Currency = "USD"
	}
}

// subjectAfter gives what a figure counts, read from its unit onwards to the
// end of the clause ("ý kiến phản ánh, kiến nghị").
func subjectAfter(d *doc.Document, end int, unit string) string {
	if unit == "" || unit == "%" {
		return ""
	}
	rs := d.Runes
	start := end - len([]rune(unit))
	if start < 0 || d.Slice(start, end) != unit {
		return unit
	}
	i := end
	words := 0
	for i < len(rs) && words < 6 {
		r := rs[i]
		if r == ';' || r == '.' || r == ':' || r == '(' || r == '\n' || unicode.IsDigit(r) {
			break
		}
		if r == ',' {
			// a comma continues a list of nouns but not a new clause
			ws, _ := nextWords(string(rs[i+1:min(len(rs), i+40)]), 0, 1)
			if len(ws) == 0 || stopUnit[strings.ToLower(ws[0])] || ws[0] == "đạt" {
				break
			}
		}
		if r == ' ' {
			words++
			ws, _ := nextWords(string(rs[i:min(len(rs), i+30)]), 0, 1)
			if len(ws) == 0 || stopUnit[strings.ToLower(ws[0])] {
				break
			}
		}
		i++
	}
	s, e := d.Trim(start, i)
	return strings.TrimRight(d.Slice(s, e), " ,")
}

// checkConsistency pairs a ratio with a percentage later in its sentence
// ("2.172/2.631 …, đạt 82,6%") and records whether they agree.
func checkConsistency(d *doc.Document, figs []*doc.Mention) {
	for i, r := range figs {
		if r.Figure.Of == nil || *r.Figure.Of == 0 {
			continue
		}
		for _, p := range figs[i+1:] {
			if p.Sentence != r.Sentence || p.Figure.Percent == nil || p.Figure.Of != nil {
				continue
			}
			stated := *p.Figure.Percent
			got := r.Figure.Value / *r.Figure.Of * 100
			ok := math.Abs(got-stated) <= roundingSlack(p.Text)
			r.Figure.Percent = &stated
			r.Figure.Consistent = &ok
			p.Figure.Consistent = &ok
			d.Relations = append(d.Relations, doc.Relation{
				Subject: r.Text, SubjectKind: string(doc.KindFigure), Predicate: "percent_of",
				Object: p.Text, ObjectKind: string(doc.KindFigure), Sentence: r.Sentence,
				Start: r.Start, End: p.End, Rule: "figures/consistency",
			})
			if !ok {
				d.Warn("figures %q and %q disagree: %.2f%% computed", r.Text, p.Text, got)
			}
			break
		}
	}
}

// roundingSlack is half a unit of the last decimal the percentage shows,
// plus a little for the ratio's own rounding.
func roundingSlack(s string) float64 {
	dec := 0
	if i := strings.IndexAny(s, ",."); i >= 0 {
		for _, r := range s[i+1:] {
			if r < '0' || r > '9' {
				break
			}
			dec++
		}
	}
	return 0.5*math.Pow(10, -float64(dec)) + 0.05
}

func lastRuneOf(s string) rune {
	r := []rune(s[max(0, len(s)-4):])
	if len(r) == 0 {
		return 0
	}
	return r[len(r)-1]
}

func firstRuneOf(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// lastWords returns the last n space-separated words before the end of s.
func lastWords(s string, n int) string {
	s = s[max(0, len(s)-60):]
	f := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if len(f) > n {
		f = f[len(f)-n:]
	}
	// only words that touch the end count
	trimmed := strings.TrimRight(s, " ")
	if trimmed == "" || !unicode.IsLetter(lastRuneOf(trimmed)) {
		return ""
	}
	return strings.Join(f, " ")
}

// numbers finds the numbers of t (byte ranges) without a pattern: a run of
// digits, then groups of "." or "," and digits ("2.172", "82,6",
// "1.234.567,5"). Scanning by hand is many times faster than the
// equivalent regexp on long texts.
func numbers(t string) [][]int {
	var out [][]int
	for i := 0; i < len(t); {
		if t[i] < '0' || t[i] > '9' {
			i++
			continue
		}
		s := i
		for i < len(t) && t[i] >= '0' && t[i] <= '9' {
			i++
		}
		for i+1 < len(t) && (t[i] == '.' || t[i] == ',') && t[i+1] >= '0' && t[i+1] <= '9' {
			j := i + 1
			for j < len(t) && t[j] >= '0' && t[j] <= '9' {
				j++
			}
			i = j
		}
		out = append(out, []int{s, i})
	}
	return out
}
