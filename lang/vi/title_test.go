package vi

import (
	"strings"
	"testing"
)

func TestTitleChain(t *testing.T) {
	g := Gram()
	cases := []struct {
		name, in string
		at       int
		want     string // the titles read, joined by " | "
		next     string // the token after the chain, "" at the end
	}{
		{"two titles before a name", "Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Văn Hòa", 0,
			"Phó Bí thư Tỉnh ủy | Chủ tịch HĐND tỉnh", "Nguyễn"},
		{"joined by concurrently", "Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh", 0,
			"Bí thư Tỉnh ủy | Chủ tịch HĐND tỉnh", ""},
		{"a term after a title", "Bí thư Tỉnh ủy, nhiệm kỳ 2015-2020, Chủ tịch HĐND tỉnh", 0,
			"Bí thư Tỉnh ủy | Chủ tịch HĐND tỉnh", ""},
		{"a former post in brackets", "Bí thư Thành ủy Hà Nội (nguyên Bí thư Tỉnh ủy Ninh Bình) phát biểu", 0,
			"Bí thư Thành ủy Hà Nội | nguyên Bí thư Tỉnh ủy Ninh Bình", "phát"},
		{"a dash inside a body's name", "Giám đốc Sở Tài nguyên - Môi trường tỉnh Nghệ An", 0,
			"Giám đốc Sở Tài nguyên - Môi trường tỉnh Nghệ An", ""},
		{"a ministry's listed fields", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng", 0,
			"Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch", "Nguyễn"},
		{"two bodies, not one listed name", "Giám đốc Sở Y tế, Sở Giáo dục và Đào tạo", 0,
			"Giám đốc Sở Y tế", ","},
		{"a dropped prefix", "tân Bộ trưởng Bộ Y tế", 0, "Bộ trưởng Bộ Y tế", ""},
		{"a kept prefix", "nguyên Chủ tịch nước", 0, "nguyên Chủ tịch nước", ""},
		{"a role inside a body's name", "Ban Bí thư", 1, "", "Bí"},
		{"a prefix that is a noun", "trao quyền Thủ tướng", 1, "", "quyền"},
		{"a role counted by a number", "Ban kiểm soát gồm 5 thành viên: ông", 5, "", "thành"},
		{"a counted role of two words holds no shorter one", "Chính phủ có 4 Phó Thủ tướng", 5, "", "Thủ"},
		{"a number of a date before a role", "Sáng 12/3 Thủ tướng Phạm Minh Chính", 4, "Thủ tướng", "Phạm"},
		{"a day's number before a role", "ngày 15 Chủ tịch nước", 2, "Chủ tịch nước", ""},
		{"a number ending a headline", "Hội nghị lần 3\nChủ tịch tỉnh", 4, "Chủ tịch tỉnh", ""},
		{"not a title", "Hội nghị Trung ương", 0, "", "Hội"},
	}
	for _, c := range cases {
		toks := Tokenize(c.in)
		chain, end := g.TitleChain(toks, c.at)
		var got []string
		for _, r := range chain {
			got = append(got, Join(toks[r[0]:r[1]]))
		}
		next := ""
		if end < len(toks) {
			next = toks[end].Text
		}
		if strings.Join(got, " | ") != c.want || next != c.next {
			t.Errorf("%s: %q → %q then %q, want %q then %q", c.name, c.in, strings.Join(got, " | "), next, c.want, c.next)
		}
	}
}

// OrgTail is read here through the one title it ends: the role is the
// title's first words, the body and place the rest.
func TestOrgTail(t *testing.T) {
	g := Gram()
	cases := []struct {
		name, in string
		want     string // the title at token 0
	}{
		{"a name right after the role", "Tổng Bí thư Trường Chinh", "Tổng Bí thư"},
		{"a foreign name after a country", "Bộ trưởng Ngoại giao Mỹ Antony Blinken", "Bộ trưởng Ngoại giao Mỹ"},
		{"a body in lower case after the role's body word", "Trưởng ban pháp chế HĐND tỉnh", "Trưởng ban pháp chế HĐND tỉnh"},
		{"a body's description then a verb", "Chủ tịch Hội nông dân cho biết", "Chủ tịch Hội nông dân"},
		{"a kind of school and its name", "Hiệu trưởng trường THPT Chu Văn An", "Hiệu trưởng trường THPT Chu Văn An"},
		{"an abbreviated level keeps its stop", "Chủ tịch UBND TP. Hà Nội", "Chủ tịch UBND TP. Hà Nội"},
		{"a unit, then the holder", "Phó Chủ tịch UBND huyện Gia Lâm Nguyễn Ngọc Thuần", "Phó Chủ tịch UBND huyện Gia Lâm"},
		{"a number ending a body's name", "Tư lệnh Quân khu 4, ông", "Tư lệnh Quân khu 4"},
		{"a number before a lower-case word may count what follows", "Giám đốc Công ty 3 xưởng", "Giám đốc Công ty"},
		{"a parent body in brackets", "Vụ trưởng Vụ Đảng viên (Ban Tổ chức Trung ương)", "Vụ trưởng Vụ Đảng viên (Ban Tổ chức Trung ương)"},
		{"a bracketed acronym", "Cục trưởng Cục Thi hành án dân sự (THADS) tỉnh", "Cục trưởng Cục Thi hành án dân sự (THADS) tỉnh"},
		// a capitalized word that opens sentences ends the body's name: the full stop was lost
		{"a sentence opener after a place", "Chủ tịch UBND tỉnh Thái Nguyên Trong thời gian tới", "Chủ tịch UBND tỉnh Thái Nguyên"},
		{"a sentence opener of two words", "Giám đốc Công an tỉnh Nghệ An Cụ thể, ông", "Giám đốc Công an tỉnh Nghệ An"},
		{"a sentence opener after a body's name", "Giám đốc Sở Y tế Hiện nay", "Giám đốc Sở Y tế"},
		{"a unit that begins with an opener's word", "Chủ tịch UBND xã Cuối Hạ cho biết", "Chủ tịch UBND xã Cuối Hạ"},
		// a place read whole is complete: a lower-case word after it begins the clause
		{"a verb of two syllables after a place", "Trưởng Công an huyện Quế Võ thông tin", "Trưởng Công an huyện Quế Võ"},
		{"a verb after a province", "Phó Giám đốc Sở Y tế Quảng Nam cam kết", "Phó Giám đốc Sở Y tế Quảng Nam"},
		{"an adverb after a unit", "Chủ tịch UBND thị xã Bỉm Sơn đồng thời là", "Chủ tịch UBND thị xã Bỉm Sơn"},
		{"a place in lower case is not complete", "Viện trưởng Viện Hải dương học Nha Trang", "Viện trưởng Viện Hải dương học Nha Trang"},
		{"a lower-case word between capitals after a place", "Chủ tịch HĐQT CTCP Bia Sài Gòn miền Tây", "Chủ tịch HĐQT CTCP Bia Sài Gòn miền Tây"},
		// a body "of" its parent body is one title where the parent's name ends the phrase
		{"a body of its parent body", "Phó Chủ tịch Hội đồng Dân tộc của Quốc hội, ông", "Phó Chủ tịch Hội đồng Dân tộc của Quốc hội"},
		{"a body of its parent, then a clause", "Phó Chủ tịch Hội đồng Dân tộc của Quốc hội cho biết", "Phó Chủ tịch Hội đồng Dân tộc"},
		{"of what is no body", "Giám đốc Sở Y tế của tỉnh, ông", "Giám đốc Sở Y tế"},
		// two verbs of one word written with a comma, and their object, are one field of the name
		{"a pair of verbs with a comma, then a comma", "Trưởng phòng Phòng, chống tệ nạn xã hội, Sở Lao động", "Trưởng phòng Phòng, chống tệ nạn xã hội"},
		{"a pair of verbs with a comma, then a bracket", "Cục trưởng Cục Quản lý Khám, chữa bệnh (Bộ Y tế)", "Cục trưởng Cục Quản lý Khám, chữa bệnh (Bộ Y tế)"},
		{"a comma before a clause splits", "Giám đốc Sở Y tế, cho biết", "Giám đốc Sở Y tế"},
		// a foreign word before a country or place names the body, not its holder
		{"a foreign brand before the country", "Giám đốc điều hành Công ty TNHH Nhôm Namsung Việt Nam cho biết", "Giám đốc điều hành Công ty TNHH Nhôm Namsung Việt Nam"},
		{"a foreign brand before a province", "Giám đốc Ngân hàng Agribank Hà Tĩnh cho biết", "Giám đốc Ngân hàng Agribank Hà Tĩnh"},
		// a body's short name in brackets belongs to the title; a place or a name in brackets does not
		{"two bracketed acronyms", "Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam (UBTƯ MTTQ) cho biết", "Tổng Thư ký Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam (UBTƯ MTTQ)"},
		{"a bracketed acronym and place", "Giám đốc Trung tâm Kiểm soát bệnh tật Hà Nội (CDC Hà Nội) cho biết", "Giám đốc Trung tâm Kiểm soát bệnh tật Hà Nội (CDC Hà Nội)"},
		{"a bracketed brand", "Chủ tịch Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) cho biết", "Chủ tịch Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank)"},
		{"a bracketed place says where", "Giám đốc Bệnh viện Bạch Mai (Hà Nội) cho biết", "Giám đốc Bệnh viện Bạch Mai"},
		{"a bracketed level and place says where", "Đội trưởng Đội CSGT quận Thanh Khê (TP Đà Nẵng) cho biết", "Đội trưởng Đội CSGT quận Thanh Khê"},
		{"an acronym then lower case is no short name", "Giám đốc Sở Y tế (SYT đã báo cáo) cho biết", "Giám đốc Sở Y tế"},
		{"a steering body's topic", "Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực", "Trưởng Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực"},
		{"an honorific then a name ends it", "Bí thư Thị ủy Bỉm Sơn đồng chí Trịnh Tuấn Thành", "Bí thư Thị ủy Bỉm Sơn"},
		{"a ministry's sector in lower case", "Bộ trưởng Bộ Thông tin và truyền thông", "Bộ trưởng Bộ Thông tin và truyền thông"},
		{"a legislature's session", "Đại biểu Quốc hội khóa XV tỉnh Thanh Hóa", "Đại biểu Quốc hội khóa XV tỉnh Thanh Hóa"},
		{"a foreign place after a committee", "Bí thư Tỉnh ủy Villa Clara", "Bí thư Tỉnh ủy Villa Clara"},
		{"a foreign name after the word for a palace is the building's", "người phát ngôn Điện Elysee Gabriel Attal", "người phát ngôn Điện Elysee"},
		{"a level in two words inside a title", "Chủ tịch UBND thành phố Vinh", "Chủ tịch UBND thành phố Vinh"},
		{"a joiner nothing follows", "Viện trưởng Viện nghiên cứu tôn giáo và GS. Lê", "Viện trưởng Viện nghiên cứu tôn giáo"},
		// a field whose first syllable alone is capitalized
		{"a field's second syllable", "Trưởng khoa Truyền nhiễm cho biết", "Trưởng khoa Truyền nhiễm"},
		{"a field described up to a comma", "Phó trưởng khoa Hồi sức tích cực, Bệnh viện tỉnh", "Phó trưởng khoa Hồi sức tích cực"},
		{"a field described up to the next body", "Trưởng khoa Hồi sức tích cực Bệnh viện Chợ Rẫy", "Trưởng khoa Hồi sức tích cực Bệnh viện Chợ Rẫy"},
		{"a field described up to the verb", "Cục trưởng Cục Bản quyền tác giả khẳng định", "Cục trưởng Cục Bản quyền tác giả"},
		{"a field then words that are no name", "Cục trưởng Cục Bản quyền tác giả đăng ký", "Cục trưởng Cục Bản quyền"},
		{"a function word as a field's second half", "Cục trưởng Cục Hàng không Việt Nam", "Cục trưởng Cục Hàng không Việt Nam"},
		{"a function word after a field is the sentence's", "Giám đốc Công ty Hòa Bình không trả lời", "Giám đốc Công ty Hòa Bình"},
		{"a field over two words", "Giám đốc Cảng hàng không quốc tế Nội Bài", "Giám đốc Cảng hàng không quốc tế Nội Bài"},
		{"a field described before the country", "Chủ tịch Hội Điều hòa không khí Việt Nam", "Chủ tịch Hội Điều hòa không khí Việt Nam"},
		{"two capitalized fields", "Trưởng phòng Kế hoạch Tổng hợp Sở Y tế", "Trưởng phòng Kế hoạch Tổng hợp Sở Y tế"},
		{"a place then the verb", "Chủ tịch UBND tỉnh Hà Tĩnh chia sẻ", "Chủ tịch UBND tỉnh Hà Tĩnh"},
		{"a district then the verb", "Chủ tịch UBND quận Hai Bà Trưng cho biết", "Chủ tịch UBND quận Hai Bà Trưng"},
		{"a phrase is no field", "Hiệu trưởng Trường ĐH Tôn Đức Thắng đối với TS Lê", "Hiệu trưởng Trường ĐH Tôn Đức Thắng"},
		{"a term after a committee", "Phó Bí thư Đảng ủy nhiệm kỳ 2020-2025", "Phó Bí thư Đảng ủy"},
		// a steering body's topic without "về", a word joined to a number
		{"a steering body's topic, then its place", "Trưởng Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Quảng Ninh", "Trưởng Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Quảng Ninh"},
		{"a steering body's topic up to a comma", "Phó Trưởng ban Chỉ đạo cải cách hành chính, ông", "Phó Trưởng ban Chỉ đạo cải cách hành chính"},
		{"a steering body, then a clause", "Trưởng Ban Chỉ đạo đã họp", "Trưởng Ban Chỉ đạo"},
		// described words listed inside a body's name
		{"a lower-case list closed by and", "Viện trưởng Viện nghiên cứu văn hóa, xã hội và môi trường cho biết", "Viện trưởng Viện nghiên cứu văn hóa, xã hội và môi trường"},
		{"a list no and closes", "Viện trưởng Viện nghiên cứu văn hóa, xã hội, môi trường", "Viện trưởng Viện nghiên cứu văn hóa"},
		{"fields joined by and before the country", "Chủ tịch Hội Bảo vệ thiên nhiên và môi trường Việt Nam", "Chủ tịch Hội Bảo vệ thiên nhiên và môi trường Việt Nam"},
		{"a last syllable before the name goes on", "Viện trưởng Viện Khoa học quản lý doanh nghiệp và kinh tế số Việt Nam", "Viện trưởng Viện Khoa học quản lý doanh nghiệp và kinh tế số Việt Nam"},
		{"and a calling, then a person", "Trưởng khoa Nội tiết và bác sĩ Lê Văn An", "Trưởng khoa Nội tiết"},
		{"a phrase before a foreign name", "Bộ trưởng Quốc phòng dưới thời Barack Obama", "Bộ trưởng Quốc phòng"},
		{"described words before the next title", "Giám đốc Sở Y tế dưới thời Chủ tịch tỉnh", "Giám đốc Sở Y tế"},
		// a country between a role and a foreign name belongs to the title
		{"a country, then the holder", "Tổng thống Venezuela Nicolás Maduro", "Tổng thống Venezuela"},
		{"a ministry's field, a country, the holder", "Bộ trưởng Ngoại giao Ireland Simon Coveney", "Bộ trưởng Ngoại giao Ireland"},
		{"a country of two words", "Thủ tướng New Zealand Jacinda Ardern", "Thủ tướng New Zealand"},
		{"a country as the press shortens it", "Ngoại trưởng Mỹ Mike Pompeo", "Ngoại trưởng Mỹ"},
		{"a body's name, then its country", "Chủ tịch Quốc hội Cuba Esteban Lazo", "Chủ tịch Quốc hội Cuba"},
		{"a country then the verb", "Tổng thống Pháp phát biểu", "Tổng thống Pháp"},
		{"a foreign name with a particle", "Quốc vương Oman Haitham bin Tariq", "Quốc vương Oman"},
		{"a country that opens with a family name", "Thủ tướng Hà Lan Mark Rutte", "Thủ tướng Hà Lan"},
		{"a family name that opens a country's name", "Phó Thủ tướng Vương Đình Huệ", "Phó Thủ tướng"},
		// an ordinal of rank after a role is part of it where a body follows
		{"an ordinal of rank, then the body", "Phó Chủ tịch thứ nhất Hội đồng Thi đua Trung ương", "Phó Chủ tịch thứ nhất Hội đồng Thi đua Trung ương"},
		{"an ordinal of rank, then a committee", "Phó Bí thư thứ hai Tỉnh ủy Bắc Ninh", "Phó Bí thư thứ hai Tỉnh ủy Bắc Ninh"},
		{"an ordinal of rank ending the phrase", "Phó Thủ tướng thứ nhất, ông", "Phó Thủ tướng thứ nhất"},
		{"an ordinal that counts holders in a line", "Thủ tướng thứ hai của Ấn Độ", "Thủ tướng"},
		{"an ordinal beyond rank", "Thủ tướng thứ 40 Nhật Bản", "Thủ tướng"},
	}
	for _, c := range cases {
		toks := Tokenize(c.in)
		got := ""
		if s, e, ok := g.Title(toks, 0); ok {
			got = Join(toks[s:e])
		}
		if got != c.want {
			t.Errorf("%s: %q → %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func TestSplitTitle(t *testing.T) {
	g := Gram()
	cases := []struct {
		in                     string
		role, org, full, place string
		former                 bool
	}{
		{"Trưởng ban Dân vận Tỉnh ủy", "Trưởng ban", "Ban Dân vận Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "", false},
		{"Chủ tịch UBND tỉnh Thanh Hóa", "Chủ tịch", "UBND tỉnh Thanh Hóa", "Ủy ban nhân dân tỉnh Thanh Hóa", "Thanh Hóa", false},
		{"nguyên Bí thư Tỉnh ủy", "Bí thư", "Tỉnh ủy", "Tỉnh ủy", "", true},
		{"Tổng thống Kenya", "Tổng thống", "Kenya", "Kenya", "Kenya", false},
		{"Thủ tướng", "Thủ tướng", "", "", "", false},
		// a kind of body in two words is read whole, not its last word
		{"Chánh Văn phòng UBND tỉnh Nghệ An", "Chánh Văn phòng", "Văn phòng UBND tỉnh Nghệ An", "Văn phòng Ủy ban nhân dân tỉnh Nghệ An", "Nghệ An", false},
		{"Phó Chánh Văn phòng Tỉnh ủy", "Phó Chánh Văn phòng", "Văn phòng Tỉnh ủy", "Văn phòng Tỉnh ủy", "", false},
		{"Chánh Thanh tra Sở Y tế", "Chánh Thanh tra", "Thanh tra Sở Y tế", "Thanh tra Sở Y tế", "", false},
		{"Trưởng Công an tỉnh Quảng Ninh", "Trưởng Công an", "Công an tỉnh Quảng Ninh", "Công an tỉnh Quảng Ninh", "Quảng Ninh", false},
		{"Phó Trưởng ban Tuyên giáo Tỉnh ủy", "Phó Trưởng ban", "Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "", false},
		// a role whose head is no body's kind keeps its organization
		{"Phó Chủ tịch thứ nhất Hội đồng Thi đua Trung ương", "Phó Chủ tịch thứ nhất", "Hội đồng Thi đua Trung ương", "Hội đồng Thi đua Trung ương", "", false},
		{"Chánh án Tòa án nhân dân tỉnh Bắc Ninh", "Chánh án", "Tòa án nhân dân tỉnh Bắc Ninh", "Tòa án nhân dân tỉnh Bắc Ninh", "Bắc Ninh", false},
	}
	for _, c := range cases {
		toks := Tokenize(c.in)
		s, e, ok := g.Title(toks, 0)
		if !ok {
			t.Errorf("%q: no title", c.in)
			continue
		}
		got := g.SplitTitle(toks, [2]int{s, e})
		if got.Role != c.role || got.Organization != c.org || got.OrganizationFull != c.full || got.Place != c.place || got.Former != c.former {
			t.Errorf("%q: %+v", c.in, got)
		}
	}
}

func TestTitlesAfter(t *testing.T) {
	g := Gram()
	cases := []struct {
		rule   string // the rule the row shows at work
		in     string // a name of three syllables, then what follows it
		want   string // titles read, joined by " | "
		next   string // the token after all that was read
		former bool
	}{
		{"punctuated", "Võ Văn Thưởng - Ủy viên Bộ Chính trị, Thường trực Ban Bí thư phát biểu",
			"Ủy viên Bộ Chính trị | Thường trực Ban Bí thư", "phát", false},
		{"punctuated", "Nguyễn Văn An (Bí thư Tỉnh ủy) phát biểu", "Bí thư Tỉnh ủy", "phát", false},
		{"punctuated", "Đặng Ngọc Thịnh, Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng Trung ương, phát biểu",
			"Phó Chủ tịch thứ nhất Hội đồng Thi đua - Khen thưởng Trung ương", ",", false},
		{"punctuated", "Võ Mạnh Sơn (sinh năm 1971), Ủy viên Ban Thường vụ Tỉnh ủy.", "Ủy viên Ban Thường vụ Tỉnh ủy", ".", false},
		{"punctuated", "Lê Văn Cường, Bác sĩ y khoa, Phó Giám đốc Sở Y tế.", "Phó Giám đốc Sở Y tế", ".", false},
		{"punctuated", "Lê Văn Cường, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Trần Văn Nam", "", ",", false},
		{"punctuated", "Lê Văn Cường, nông dân", "", ",", false},
		{"former", "Nguyễn Văn Pha nguyên Phó Chủ tịch UBND tỉnh.", "nguyên Phó Chủ tịch UBND tỉnh", ".", true},
		{"former", "Nguyễn Văn Pha nguyên là nông dân", "", "nguyên", false},
	}
	seen := map[string]bool{}
	for _, c := range cases {
		seen[c.rule] = true
		toks := Tokenize(c.in)
		titles, end, former := g.TitlesAfter(toks, 3)
		var got []string
		for _, r := range titles {
			got = append(got, Join(toks[r[0]:r[1]]))
		}
		next := ""
		if end < len(toks) {
			next = toks[end].Text
		}
		if strings.Join(got, " | ") != c.want || next != c.next || former != c.former {
			t.Errorf("%s: %q → %q then %q former %v, want %q then %q former %v", c.rule, c.in, strings.Join(got, " | "), next, former, c.want, c.next, c.former)
		}
	}
	for _, r := range appositionRules {
		if !seen[r.name] {
			t.Errorf("rule %q has no test row", r.name)
		}
	}
}

// checkMayTitle: at every token of in where MayTitle turns a title down,
// Title reads none and TitleChain returns no chain, at the token.
func checkMayTitle(t *testing.T, in string) (turnedDown int) {
	t.Helper()
	g := Gram()
	toks := Tokenize(in)
	for i := 0; i <= len(toks); i++ {
		if g.MayTitle(toks, i) {
			continue
		}
		turnedDown++
		if s, e, ok := g.Title(toks, i); ok {
			t.Fatalf("%q: MayTitle turns down token %d, Title reads %q", in, i, words(toks, s, e))
		}
		if chain, end := g.TitleChain(toks, i); len(chain) > 0 || end != i {
			t.Fatalf("%q: MayTitle turns down token %d, TitleChain reads %v to %d", in, i, chain, end)
		}
	}
	return turnedDown
}

// TestMayTitle: texts with titles, their prefixes, role words no role
// reads at and words that begin a role only at a line's end.
func TestMayTitle(t *testing.T) {
	texts := []string{
		"nguyên Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Văn Hòa; quyền Giám đốc Sở, tân Bộ trưởng",
		"người dân, người đứng đầu, đồng bào, đồng chí Tổng Bí thư, nhà báo, nhà nước, quốc hội, Quốc hội khóa XV",
		"Phó\nChủ tịch, Phó Chủ\ntịch, ông Bí thư, 3 Phó Chủ tịch, Thủ tướng thứ hai, Bí thư thứ hai Đại sứ quán",
		"Chủ tịch",
		"",
	}
	n := 0
	for _, in := range texts {
		n += checkMayTitle(t, in)
	}
	if n < 30 {
		t.Errorf("MayTitle turned down %d tokens: the texts test little", n)
	}
}

// FuzzMayTitle: checkMayTitle on any text (its first 256 bytes: a title
// chain is read at every token turned down).
func FuzzMayTitle(f *testing.F) {
	f.Add("nguyên Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Văn Hòa; người đứng đầu, nhà báo")
	f.Add("Phó\nChủ tịch, 3 Phó Chủ tịch, Bí thư thứ hai Đại sứ quán, đồng chí Tổng Bí thư")
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 256 {
			in = in[:256]
		}
		checkMayTitle(t, in)
	})
}
