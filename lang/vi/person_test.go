package vi

import "testing"

func TestNameAt(t *testing.T) {
	g := Gram()
	cases := []struct {
		name, in string
		at       int
		loose    bool
		want     string // the name read, "" for none
	}{
		{"family name first", "Nguyễn Văn An phát biểu", 0, false, "Nguyễn Văn An"},
		{"no family name, strict", "Văn An phát biểu", 0, false, ""},
		{"no family name after a title", "Văn An phát biểu", 0, true, "Văn An"},
		{"a run that opens with a place", "Hà Nội Nguyễn Đức Chung", 0, false, ""},
		{"a place that ends the run is part of it", "Trương Hòa Bình nói", 0, false, "Trương Hòa Bình"},
		{"a place inside the run ends it", "Đoàn Quảng Trị Đỗ Văn Bình", 0, true, ""},
		{"the name after the place", "Đoàn Quảng Trị Đỗ Văn Bình", 3, false, "Đỗ Văn Bình"},
		{"a role after the name", "Nguyễn Văn An Phó Chủ tịch", 0, false, "Nguyễn Văn An"},
		{"a year of the sexagenary cycle", "xuân Đinh Dậu", 1, false, ""},
		{"a repeated syllable", "Nguyễn Nguyễn Nguyễn", 0, false, ""},
		{"a line break ends it", "Nguyễn Văn\nAn", 0, false, "Nguyễn Văn"},
		{"at most four syllables", "Tôn Nữ Thị Ninh Hòa", 0, true, "Tôn Nữ Thị Ninh"},
		{"one syllable is no name", "Nguyễn nói", 0, false, ""},
		{"the honorific is not the name", "đồng chí Nguyễn Văn An", 0, true, ""},
		{"a building that stands for a body", "Lầu Năm Góc cho biết", 0, false, ""},
		{"a building after a title", "Nhà Trắng cho biết", 0, true, ""},
		{"a family name that begins a building's name", "Lầu Bá Mùa cho biết", 0, false, "Lầu Bá Mùa"},
	}
	for _, c := range cases {
		toks := Tokenize(c.in)
		got := ""
		if e, ok := g.NameAt(toks, c.at, c.loose); ok {
			got = Join(toks[c.at:e])
		}
		if got != c.want {
			t.Errorf("%s: NameAt(%q, %d, %v) = %q, want %q", c.name, c.in, c.at, c.loose, got, c.want)
		}
		if want := c.want != "" && !c.loose; g.NameStarts(toks, c.at) != want && !c.loose {
			t.Errorf("%s: NameStarts(%q, %d) = %v, want %v", c.name, c.in, c.at, !want, want)
		}
	}
}

func TestHonorificAt(t *testing.T) {
	g := Gram()
	cases := []struct {
		in   string
		want int
	}{
		{"đồng chí Lê Minh Hưng", 2},
		{"Đồng chí Lê Minh Hưng", 2},
		{"Ông Lê Minh Hưng", 1},
		{"bà Nguyễn Thị Bình", 1},
		{"đồng bào các dân tộc", 0},
		{"Bí thư Lê Minh Hưng", 0},
		{", ông Lê", 0},
	}
	for _, c := range cases {
		if got := g.HonorificAt(Tokenize(c.in), 0); got != c.want {
			t.Errorf("HonorificAt(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

func TestDegreeAndAside(t *testing.T) {
	g := Gram()
	cases := []struct {
		name, in string
		aside    bool   // AsideEnd, else DegreeEnd
		want     string // the tokens taken, "" for none
	}{
		{"a degree and its field", "Bác sĩ y khoa, Phó Giám đốc", false, "Bác sĩ y khoa"},
		{"an abbreviated degree", "GS.TS Tô Lâm", false, "GS.TS"},
		{"an honour", "Nghệ sĩ nhân dân Thái Ly", false, "Nghệ sĩ nhân dân"},
		{"a role is no degree", "Phó Chủ tịch UBND", false, ""},
		{"a year of birth", "(sinh năm 1971), Ủy viên", true, "( sinh năm 1971 )"},
		{"a name and a year", "(Lương Cường - Sinh năm 1957), Ủy viên", true, "( Lương Cường - Sinh năm 1957 )"},
		{"a title in brackets is no aside", "(Bí thư Tỉnh ủy), ông", true, ""},
		{"an aside on two lines", "(sinh năm\n1971), Ủy viên", true, ""},
		{"no bracket", "sinh năm 1971", true, ""},
		{"an unclosed bracket", "(sinh năm 1971, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Thanh Hóa, Chủ tịch", true, ""},
	}
	for _, c := range cases {
		toks := Tokenize(c.in)
		var e int
		if c.aside {
			e = g.AsideEnd(toks, 0)
		} else {
			e = g.DegreeEnd(toks, 0)
		}
		if got := words(toks, 0, e); got != c.want {
			t.Errorf("%s: %q → %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func TestBareNameOK(t *testing.T) {
	g := Gram()
	cases := []struct {
		name, in string
		at       int
		want     bool
	}{
		{"at the start", "Nguyễn Văn An phát biểu", 0, true},
		{"after a verb", "Hôm nay Nguyễn Văn An phát biểu", 2, true},
		{"after a level word", "tại tỉnh Hà Nam", 2, false},
		{"after a place noun", "trên đường Lê Lợi", 2, false},
		{"after a two-word level", "thị xã Phú Thọ", 2, false},
		{"inside a school's name", "Trường THPT Lê Quý Đôn", 2, false},
		{"after a capitalized word opening a sentence", "Hết giờ. Theo Nguyễn Văn An", 4, true},
		{"after a capitalized word inside a sentence", "Hội nghị Lê Văn An", 2, false},
		{"glued to the word before", "ABC-Nguyễn Văn An", 2, false},
		{"after a line break", "Hội nghị\nLê Văn An", 2, true},
	}
	for _, c := range cases {
		toks := Tokenize(c.in)
		if c.at >= len(toks) || !toks[c.at].NameSyllable() {
			t.Fatalf("%s: token %d of %q is not a name syllable", c.name, c.at, c.in)
		}
		if got := g.BareNameOK(toks, c.at); got != c.want {
			t.Errorf("%s: BareNameOK(%q, %d) = %v, want %v", c.name, c.in, c.at, got, c.want)
		}
	}
}

func TestAfterLocalUnit(t *testing.T) {
	g := Gram()
	cases := []struct {
		in   string
		want bool
	}{
		{"xã Lê Hồng", true},
		{"thị trấn Lê Hồng", true},
		{"huyện Lê Hồng", true},
		{"tỉnh Lê Hồng", false}, // a province is no local unit
		{"đường Lê Hồng", false},
	}
	for _, c := range cases {
		toks := Tokenize(c.in)
		at := len(toks) - 2
		if got := g.AfterLocalUnit(toks, at); got != c.want {
			t.Errorf("AfterLocalUnit(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestForeignWord(t *testing.T) {
	for _, w := range []string{"vladimir", "putin", "blinken", "joe", "biden", "trump", "antony", "macron", "kishida"} {
		if !ForeignWord(w) {
			t.Errorf("%q should read as foreign", w)
		}
	}
	for _, w := range []string{"nguyễn", "thưởng", "nghiêng", "trung", "quốc", "khánh", "chinh", "hòa", "anh", "yên", ""} {
		if ForeignWord(w) {
			t.Errorf("%q is not a foreign word", w)
		}
	}
}

func TestTitleCaseLines(t *testing.T) {
	toks := Tokenize("Hồ Sơ Vụ Án Được Đưa Ra Xét Xử\nông Nguyễn Văn An nói Về Vụ Án")
	flags := TitleCaseLines(toks)
	for i, tk := range toks {
		want := i < 9 // the first line: nine words, all capitalized
		if flags[i] != want {
			t.Errorf("token %d %q: title case %v, want %v", i, tk.Text, flags[i], want)
		}
	}
}

func TestNamePrefixesEnd(t *testing.T) {
	g := Gram()
	cases := []struct {
		rule            string // the rule the row shows at work
		in              string
		want            string // the prefixes read
		degree, calling bool
	}{
		{"academic", "GS.TS Tô Lâm", "GS.TS", true, false},
		{"academic", "PGS. Phó Thị Nguyệt Hằng", "PGS .", true, false},
		{"honour", "Nghệ sĩ nhân dân Thái Ly", "Nghệ sĩ nhân dân", true, false},
		{"calling", "ca sỹ Anh Thơ", "ca sỹ", false, true},
		{"calling", "ca sỹ trẻ", "", false, false}, // no name follows
		{"joiner", "Giáo sư - Nghệ sĩ nhân dân Thái Ly", "Giáo sư - Nghệ sĩ nhân dân", true, false},
		{"joiner", "Nguyễn Văn An - Nghệ sĩ nhân dân", "", false, false}, // no degree before the dash
	}
	seen := map[string]bool{}
	for _, c := range cases {
		seen[c.rule] = true
		toks := Tokenize(c.in)
		e, degree, calling := g.NamePrefixesEnd(toks, 0)
		if got := words(toks, 0, e); got != c.want || degree != c.degree || calling != c.calling {
			t.Errorf("%s: %q → %q degree %v calling %v, want %q %v %v", c.rule, c.in, got, degree, calling, c.want, c.degree, c.calling)
		}
	}
	for _, r := range namePrefixRules {
		if !seen[r.name] {
			t.Errorf("rule %q has no test row", r.name)
		}
	}
}

// FuzzTitleCaseLine: the line of one token, read alone, is in title case
// exactly where TitleCaseLines marks it, and its bounds are the line's: no
// line break inside, one (or the text's start) at its first token and
// after its last, on any text; TitleCaseLineAt, from the text's line
// breaks, finds the same line.
func FuzzTitleCaseLine(f *testing.F) {
	for _, s := range []string{
		"Hồ Sơ Vụ Án Được Đưa Ra Xét Xử\nông Nguyễn Văn An nói Về Vụ Án",
		"\nUBND TP HCM Tổ Chức Hội Nghị Tổng Kết\n\nMột Hai Ba Bốn Năm Sáu Bảy Tám Chín mười\nx",
		"Mạng 3GPP Phủ Sóng Toàn Quốc Từ Đầu Năm Mới nay",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// every token's line is read: quadratic in a line's tokens
		if len(s) > 256 {
			s = s[:256]
		}
		toks := Tokenize(s)
		flags := TitleCaseLines(toks)
		breaks := LineBreaks(s)
		for i := range toks {
			b, e, ok := TitleCaseLine(toks, i)
			if ok != flags[i] {
				t.Fatalf("%q: token %d: TitleCaseLine %v, TitleCaseLines %v", s, i, ok, flags[i])
			}
			// the same line found from the text's line breaks
			if b2, e2, ok2 := TitleCaseLineAt(breaks, toks, i); b2 != b || e2 != e || ok2 != ok {
				t.Fatalf("%q: token %d: TitleCaseLineAt [%d, %d) %v, TitleCaseLine [%d, %d) %v", s, i, b2, e2, ok2, b, e, ok)
			}
			if b > i || e <= i || e > len(toks) || (b > 0 && !toks[b].Newline) || (e < len(toks) && !toks[e].Newline) {
				t.Fatalf("%q: token %d: line [%d, %d) is not its line", s, i, b, e)
			}
			for k := b + 1; k < e; k++ {
				if toks[k].Newline {
					t.Fatalf("%q: token %d: line [%d, %d) breaks at %d", s, i, b, e, k)
				}
			}
		}
	})
}

// TestTitleCaseLineBounds: a line is in title case when nine words in ten
// or more are capitalized, acronyms left out of the count.
func TestTitleCaseLineBounds(t *testing.T) {
	cases := []struct {
		line string
		want bool
	}{
		{"Một Hai Ba Bốn Năm Sáu Bảy Tám Chín mười", true},        // nine in ten
		{"Một Hai Ba Bốn Năm Sáu Bảy Tám chín mười", false},       // eight in ten
		{"UBND TP HCM Tổ Chức Hội Nghị Tổng Kết", true},           // acronyms left out
		{"UBND TP HCM Tổ Chức hội nghị", false},                   // three words left, two in lower case
		{"UBND HĐND TP HCM Tổ Chức Họp Báo", false},               // four words left: too few
		{"Mạng 3GPP Phủ Sóng Toàn Quốc Từ Đầu Năm Mới nay", true}, // "3GPP" left out: nine in ten
		{"mạng 4G phủ sóng toàn quốc từ đầu năm nay", false},      // prose
	}
	for _, c := range cases {
		toks := Tokenize(c.line)
		flags := TitleCaseLines(toks)
		if flags[0] != c.want {
			t.Errorf("%q: title case %v, want %v", c.line, flags[0], c.want)
		}
	}
}

// FuzzCallingRule: the calling rule, which looks for a name syllable
// within the longest calling's reach before reading the index, reads
// what the index alone gives (a calling with a name syllable right after
// it), at every token of any text.
func FuzzCallingRule(f *testing.F) {
	for _, s := range []string{
		"ca sỹ Anh Thơ, nhà báo Lê B và nhà thơ Tố Hữu; nhà máy Hòa Phát",
		"ca sỹ trẻ, nhà nước, nhà văn quân đội Nguyễn Văn A, nghệ sĩ",
	} {
		f.Add(s)
	}
	g := Gram()
	var calling func(g *Grammar, toks []Token, j int, degree bool) (int, NamePrefix)
	for _, r := range namePrefixRules {
		if r.name == "calling" {
			calling = r.read
		}
	}
	if calling == nil {
		f.Fatal("no calling rule")
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		for j := range toks {
			want, what := 0, NoPrefix
			if n := g.Occupations.Match(toks, j); n > 0 && j+n < len(toks) && toks[j+n].NameSyllable() {
				want, what = n, CallingPrefix
			}
			if n, w := calling(g, toks, j, false); n != want || w != what {
				t.Fatalf("%q: token %d %q: calling rule %d %v, the index %d %v", s, j, toks[j].Text, n, w, want, what)
			}
		}
	})
}
