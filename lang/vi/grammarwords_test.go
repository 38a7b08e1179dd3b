package vi

import "testing"

// Every kind the code names must be written by some word in the data file:
// a kind with no words would make its rules silently never fire.
func TestGrammarKindsListed(t *testing.T) {
	for k := GrammarKind(0); k < numKinds; k++ {
		if len(Lex().Words(k)) == 0 {
			t.Errorf("grammar kind %q has no word in lexicon/grammarwords.txt", k)
		}
	}
}

func TestGrammarWords(t *testing.T) {
	cases := []struct {
		text string
		i    int
		kind GrammarKind
		want int
	}{
		{"Bí thư và Chủ tịch", 2, And, 1},
		{"Bí thư Và Chủ tịch", 2, And, 1}, // case does not matter
		{"Bí thư hoặc Chủ tịch", 2, And, 0},
		{"đồng chí Nguyễn Văn A", 0, Comrade, 2},
		{"đồng bào Nguyễn Văn A", 0, Comrade, 0},
		{"Bí thư, nhiệm kỳ 2020", 3, Term, 2},
		{"ngày 3 tháng 2", 2, Month, 1},
		{"lúc 8 giờ 30 phút", 2, Hour, 1},
		{"lúc 8 giờ 30 phút", 4, Minute, 1},
		{"Bí thư Trung ương Đảng gồm:", 5, ListCopula, 1},
		{"Ban Bí thư", 0, UnitNoun, 1},
		{"Văn phòng Chủ tịch nước", 1, UnitNoun, 1},
		{"Tỉnh ủy Thanh Hóa", 1, CommitteeSuffix, 1},
		{"bang California", 0, FederalState, 1},
		{"Quốc hội khóa XV", 2, Session, 1},
		{"Ban Chỉ đạo về phòng, chống", 3, About, 1},
		{"Ban Chỉ đạo về phòng, chống", 1, Steering, 2},
		{"Ban chỉ huy", 1, Steering, 0},
		{"Hội nghị", 0, Society, 1},
		{"từ 1 đến 2 năm", 2, RangeJoin, 1},
		{"5 hoặc 6 người", 1, RangeJoin, 1},
		{"5 và 6 người", 1, RangeJoin, 0},
		{"15 trên 20 xã", 1, OutOf, 1},
		{"giữa 5 và 10 năm", 0, Between, 1},
		{"trên tổng số 20", 1, Total, 1},
		{"1 giờ 33 phút 5 giây", 5, Second, 1},
		{"8 giờ rưỡi", 2, HourMark, 1},
		{"8 giờ kém 15", 2, MinutesTo, 1},
		{"17 giờ cùng ngày", 2, SameDay, 2},
		{"9 giờ hôm qua", 2, RelativeDay, 1},
		{"14 giờ ngày 5/3", 2, Day, 1},
		{"từ 7 giờ", 0, From, 1},
		{"khoảng 17g", 0, Approx, 1},
		{"âm 1.200.000 đồng", 0, Minus, 1},
		{"số hộ nghèo là 1.234", 3, Predicate, 1},
		{"6 tháng đầu năm", 1, CalendarUnit, 1},
		{"6 tháng đầu năm", 3, CalendarUnit, 1},
		{"đạt 82,6%", 0, Reach, 1},
		{"Ban Chỉ đạo 389", 0, NumberedBody, 3},
		{"Ban chỉ huy 389", 0, NumberedBody, 0},
		{"ngày 5 tháng 3 năm 2021", 4, Year, 1},
	}
	for _, c := range cases {
		toks := Tokenize(c.text)
		if got := Lex().At(toks, c.i, c.kind); got != c.want {
			t.Errorf("At(%q, %d, %s) = %d, want %d", c.text, c.i, c.kind, got, c.want)
		}
	}
	if !Lex().Is("và", And) || Lex().Is("với", And) || !Lex().Is("kiêm", Concurrently) || Lex().Is("đồng chí", Comrade) {
		t.Error("Is: one-word spellings only, lower case")
	}
	if !Lex().Opens("đồng", Comrade) || Lex().Opens("chí", Comrade) || !Lex().Opens("chỉ", Steering) || Lex().Opens("và", Comrade) {
		t.Error("Opens: the first word of a spelling only")
	}
}

// The mined pairs tell two-syllable words from syllables that merely meet:
// rows read from lexicon/mined/compounds.tsv, chosen by hand as words and
// non-words.
func TestCompound(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"hồi", "sức", true},
		{"truyền", "nhiễm", true},
		{"hàng", "không", true},
		{"an", "toàn", true},
		{"kiểm", "định", true},
		{"tĩnh", "chia", false}, // "Hà Tĩnh chia sẻ": a place, then a verb
		{"nam", "cho", false},
		{"nội", "ký", false}, // "Hà Nội ký quyết định"
	} {
		if got := Lex().Compound(c.a, c.b); got != c.want {
			t.Errorf("Compound(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestCountryAt(t *testing.T) {
	for _, c := range []struct {
		text string
		i    int
		n    int
		code string
	}{
		{"Tổng thống Philippines Rodrigo Duterte", 2, 1, "PH"},
		{"Tổng thống Mỹ Joe Biden", 2, 1, "US"},
		{"Tổng thống Thổ Nhĩ Kỳ Erdogan", 2, 3, "TR"},
		{"Thủ tướng Anh Theresa May", 2, 1, "GB"},
		{"Ngoại trưởng Ả Rập Xê-út", 2, 5, "SA"}, // "Xê", "-", "út",
		{"chính quyền Myanmar", 2, 1, "MM"},
		{"tiếng anh", 1, 0, ""}, // lower case: the common word
		{"Bộ trưởng Nguyễn Văn A", 2, 0, ""},
	} {
		toks := Tokenize(c.text)
		n, code := Lex().CountryAt(toks, c.i)
		if n != c.n || code != c.code {
			t.Errorf("CountryAt(%q, %d) = %d %q, want %d %q", c.text, c.i, n, code, c.n, c.code)
		}
	}
}
