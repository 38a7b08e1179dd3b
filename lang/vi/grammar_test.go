package vi

import (
	"strings"
	"testing"
)

// words returns the text of toks[i:j].
func words(toks []Token, i, j int) string {
	var b []string
	for _, t := range toks[i:j] {
		b = append(b, t.Text)
	}
	return strings.Join(b, " ")
}

func TestBodyName(t *testing.T) {
	l := Lex()
	cases := []struct {
		name, in string
		head     int    // token of the head word
		lower    bool   // a head in lower case is allowed
		want     string // head and the lower-case run after it
	}{
		{"run to a level word", "Cục thi hành án dân sự tỉnh Thanh Hóa", 0, false, "Cục thi hành án dân sự"},
		{"run to a capitalized word", "Hội huyết học truyền máu Việt Nam", 0, false, "Hội huyết học truyền máu"},
		{"run to punctuation", "Chủ tịch Hội nông dân, ông A", 2, false, "Hội nông dân"},
		{"run to a function word", "Giám đốc Trung tâm y tế dự phòng cho biết", 2, false, "Trung tâm y tế dự phòng"},
		{"a verb right after the head", "Giám đốc Bệnh viện khẳng định", 2, false, "Bệnh viện"},
		{"a level's syllable in a common word", "Trung tâm điều tra dư luận xã hội.", 0, false, "Trung tâm điều tra dư luận xã hội"},
		{"a head in lower case after a role", "Hiệu trưởng trường THPT Chu Văn An", 2, true, "trường"},
		{"a head in lower case elsewhere", "Sở Y tế ban hành", 3, false, ""},
		{"no head", "Tỉnh ủy Thanh Hóa", 0, false, ""},
		{"two descriptions joined by và", "Phó Ban nghiên cứu và đào tạo, Hội luật gia", 1, false, "Ban nghiên cứu và đào tạo"},
		{"và before another body", "Giám đốc Sở Y tế và các sở", 2, false, "Sở"},
		{"a verb after the run", "Công ty cổ phần vừa qua đã bán", 0, false, "Công ty cổ phần"},
		{"a bare level then a verb", "Trung tâm y tế dự phòng tỉnh vi phạm", 0, false, "Trung tâm y tế dự phòng"},
	}
	for _, c := range cases {
		toks := Tokenize(c.in)
		n := l.BodyHead(toks, c.head, c.lower)
		got := ""
		if n > 0 {
			got = words(toks, c.head, l.DescriptorEnd(toks, c.head+n, true))
		}
		if got != c.want {
			t.Errorf("%s: %q → %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func TestBridge(t *testing.T) {
	l := Lex()
	cases := []struct {
		name, in string
		at       int
		want     string
	}{
		{"lower-case words between capitals", "Vụ Kiểm soát chi Kho bạc", 2, "soát chi"},
		{"a clause after the name", "Sở Y tế Quảng Bình tiêm vắc xin phòng chống Covid", 5, ""},
		{"a verb before a capital", "Công ty MHBS hưởng lợi.", 3, ""},
	}
	for _, c := range cases {
		toks := Tokenize(c.in)
		got := words(toks, c.at, l.DescriptorEnd(toks, c.at, false))
		if got != c.want {
			t.Errorf("%s: %q → %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func TestTopic(t *testing.T) {
	l := Lex()
	cases := []struct{ in, want string }{
		{"về phòng, chống tham nhũng, tiêu cực; ông A", "phòng , chống tham nhũng , tiêu cực"},
		{"về phòng, chống dịch cho biết", "phòng , chống dịch"},
		{"về Du lịch", ""},
	}
	for _, c := range cases {
		toks := Tokenize(c.in)
		if got := words(toks, 1, l.TopicEnd(toks, 1)); got != c.want {
			t.Errorf("%q → %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSector(t *testing.T) {
	l := Lex()
	cases := []struct {
		name, in string
		at       int
		want     string
	}{
		{"fields after và in lower case", "Thứ trưởng Bộ Thông tin và truyền thông báo cáo", 3, "Thông tin và truyền thông"},
		{"fields joined by a dash", "Sở Lao động - Thương binh và Xã hội tỉnh", 1, "Lao động - Thương binh và Xã hội"},
		{"fields listed by a comma", "Bộ Văn hóa, thể thao và du lịch", 1, "Văn hóa , thể thao và du lịch"},
		{"and another body", "Bộ Y tế và các sở", 1, "Y tế"},
		{"not after a ministry or department", "Hội Kế hoạch và đầu tư", 1, ""},
		{"a sector must begin with a capital", "Bộ thông tin và truyền thông", 1, ""},
		{"only half a sector", "Sở Kế hoạch và Tài chính", 1, ""},
	}
	for _, c := range cases {
		toks := Tokenize(c.in)
		if got := words(toks, c.at, c.at+l.SectorAt(toks, c.at)); got != c.want {
			t.Errorf("%s: %q → %q, want %q", c.name, c.in, got, c.want)
		}
	}
}
