package vi

import (
	"sort"
	"strings"
	"testing"
)

func TestUnitAfterLevel(t *testing.T) {
	g := Gram()
	cases := []struct {
		name, in string
		at       int
		want     string
	}{
		{"a district the gazetteer knows", "huyện Triệu Phong", 1, "Triệu Phong"},
		{"a district then its holder", "huyện Gia Lâm Nguyễn Ngọc Thuần", 1, "Gia Lâm"},
		{"a person, not a commune", "huyện Phan Thị Hải Yến", 1, ""},
		{"a city must be a province", "TP Lê Hồng Sơn", 1, ""},
		{"no level word before", "ông Triệu Phong", 1, ""},
		{"a two-word level", "thị xã Phú Thọ", 2, "Phú Thọ"},
	}
	for _, c := range cases {
		toks := Tokenize(c.in)
		got := Join(toks[c.at : c.at+g.unitAfterLevel(toks, c.at)])
		if got != c.want {
			t.Errorf("%s: %q → %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func TestListedBodyName(t *testing.T) {
	g := Gram()
	cases := []struct {
		name, in string
		want     bool // the first comma lists a field of the body's name
	}{
		{"a ministry's fields", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch", true},
		{"a department's fields", "Giám đốc Sở Lao động, Thương binh và Xã hội", true},
		{"another body", "Giám đốc Sở Y tế, Sở Giáo dục và Đào tạo", false},
		{"a person after the comma", "Bộ trưởng Bộ Văn hóa, Nguyễn Văn Hùng và", false},
		{"a place after the comma", "Giám đốc Sở Y tế, Hà Nội và Hải Phòng", false},
		{"no joiner within reach", "Bộ trưởng Bộ Văn hóa, Thể thao Du lịch Giải trí Nghệ thuật", false},
		{"no body's head", "Chủ tịch UBND, Thể thao và Du lịch", false},
	}
	for _, c := range cases {
		toks := Tokenize(c.in)
		comma := -1
		for k, tk := range toks {
			if tk.Text == "," {
				comma = k
				break
			}
		}
		// the title's tail starts after its role, the first two words
		if got := g.listedBodyName(toks, 2, comma); got != c.want {
			t.Errorf("%s: %q → %v, want %v", c.name, c.in, got, c.want)
		}
	}
}

func TestAfterSchoolKind(t *testing.T) {
	g := Gram()
	cases := []struct {
		in   string
		at   int // the token after the kind
		want bool
	}{
		{"Trường THPT Chu Văn An", 2, true},
		{"Trường mầm non Hoa Sen", 3, true},
		{"Trường Chu Văn An", 1, false},
	}
	for _, c := range cases {
		if got := g.afterSchoolKind(Tokenize(c.in), 0, c.at); got != c.want {
			t.Errorf("afterSchoolKind(%q, %d) = %v, want %v", c.in, c.at, got, c.want)
		}
	}
}

func TestInsideOrganization(t *testing.T) {
	g := Gram()
	cases := []struct {
		in   string
		at   int
		want bool
	}{
		{"Đoàn Thanh niên Cộng sản Hồ Chí Minh", 4, true},
		{"Trường THPT Lê Quý Đôn", 2, true},
		{"hôm nay Lê Quý Đôn", 2, false},
		{"Ông Lê Quý Đôn", 1, false},
	}
	for _, c := range cases {
		if got := g.InsideOrganization(Tokenize(c.in), c.at); got != c.want {
			t.Errorf("InsideOrganization(%q, %d) = %v, want %v", c.in, c.at, got, c.want)
		}
	}
}

func TestLevelPlaceAt(t *testing.T) {
	g := Gram()
	cases := []struct {
		name, in     string
		at           int
		level, place string // "" when none
	}{
		{"a province", "tỉnh Kon Tum", 0, "tỉnh", "Kon Tum"},
		{"a city in two words", "thành phố Vĩnh Yên", 0, "thành phố", "Vĩnh Yên"},
		{"a province the lexicon knows, not the whole run", "thành phố Điện Biên Phủ", 0, "thành phố", "Điện Biên"},
		{"an abbreviated city", "TP Vũng Tàu", 0, "thành phố", "Vũng Tàu"},
		{"a committee", "Huyện ủy Ba Vì", 1, "huyện", "Ba Vì"},
		{"a city committee", "Thành ủy Hà Nội", 1, "thành phố", "Hà Nội"},
		{"one syllable is not enough", "quận Ba", 0, "", ""},
		{"a town's committee", "Thị ủy Điện Bàn", 1, "thị xã", "Điện Bàn"},
		{"a town in two words", "thị xã Vĩnh Châu", 0, "thị xã", "Vĩnh Châu"},
		{"a level below a district", "xã Hải Yến", 0, "", ""},
		{"a township has no committee of its own", "thị trấn Phong Điền", 0, "", ""},
		{"a level at the end", "tỉnh", 0, "", ""},
	}
	for _, c := range cases {
		toks := Tokenize(c.in)
		level, s, e, ok := g.LevelPlaceAt(toks, c.at)
		place := ""
		if ok {
			place = Join(toks[s:e])
		}
		if level != c.level || place != c.place {
			t.Errorf("%s: %q → %q %q, want %q %q", c.name, c.in, level, place, c.level, c.place)
		}
	}
}

func TestCommitteeLevel(t *testing.T) {
	g := Gram()
	cases := []struct {
		org, level string
		endsLevel  bool
	}{
		{"ubnd tỉnh", "tỉnh", true},
		{"tỉnh ủy", "tỉnh", false},
		{"huyện ủy ba vì", "huyện", false},
		{"ủy ban mttq việt nam tỉnh", "tỉnh", true},
		{"ubnd thành phố", "thành phố", true},
		{"ubnd xã", "", true},
		{"bộ y tế", "", false},
	}
	for _, c := range cases {
		if got := g.CommitteeLevel(c.org); got != c.level {
			t.Errorf("CommitteeLevel(%q) = %q, want %q", c.org, got, c.level)
		}
		if got := g.EndsWithLevel(c.org); got != c.endsLevel {
			t.Errorf("EndsWithLevel(%q) = %v, want %v", c.org, got, c.endsLevel)
		}
	}
}

// checkCommitteeLevel holds CommitteeLevel to the test it replaces (the
// level word after a space, or the whole name, or the committee first).
func checkCommitteeLevel(t *testing.T, g *Grammar, org string) {
	t.Helper()
	want := ""
	for _, lv := range g.committees {
		if strings.HasSuffix(org, " "+lv.Word) || org == lv.Word || strings.HasPrefix(org, lv.Committee) {
			want = lv.Word
		}
	}
	if got := g.CommitteeLevel(org); got != want {
		t.Fatalf("CommitteeLevel(%q) = %q, by the plain test %q", org, got, want)
	}
}

// TestCommitteeLevelAsPlain: each committee level's word and committee
// alone, after a space, after another character, with a word after it,
// and cut short.
func TestCommitteeLevelAsPlain(t *testing.T) {
	g := Gram()
	if len(g.committees) == 0 {
		t.Fatal("no committee levels")
	}
	for _, lv := range g.committees {
		for _, w := range []string{lv.Word, lv.Committee} {
			for _, s := range []string{w, " " + w, "ubnd " + w, "ubnd" + w, w + " ba vì", w[:len(w)-1], w[1:], "", " "} {
				checkCommitteeLevel(t, g, s)
			}
		}
	}
}

// FuzzCommitteeLevel: any name (its first 256 bytes).
func FuzzCommitteeLevel(f *testing.F) {
	g := Gram()
	f.Add("ubnd tỉnh")
	f.Add("tỉnh ủy")
	f.Add("ubnd thành phố")
	f.Add("xtỉnh")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 256 {
			s = s[:256]
		}
		checkCommitteeLevel(t, g, s)
	})
}

// An abbreviation may stand for one thing after the word for a company and
// another elsewhere.
func TestExpand(t *testing.T) {
	g := Gram()
	cases := []struct{ in, want string }{
		{"Công ty CP Sữa Việt Nam", "Công ty Cổ phần Sữa Việt Nam"},
		{"Cty CP Đầu tư Hà Nội", "Cty Cổ phần Đầu tư Hà Nội"},
		{"Tổng công ty CP Bảo hiểm", "Tổng công ty Cổ phần Bảo hiểm"},
		{"Văn phòng CP", "Văn phòng Chính phủ"},
		{"Công ty TNHH CP Việt Nam", "Công ty TNHH CP Việt Nam"}, // after a legal form: a name
		{"UBND tỉnh Thanh Hóa", "Ủy ban nhân dân tỉnh Thanh Hóa"},
	}
	for _, c := range cases {
		if got := g.Expand(Tokenize(c.in)); got != c.want {
			t.Errorf("%q → %q, want %q", c.in, got, c.want)
		}
	}
}

// TestExpandWithoutAbbreviations: Expand writes a run of tokens with no
// abbreviation (no CAbbrev word) as Join does, and that is what reading
// it word by word writes; every abbreviation is marked.
func TestExpandWithoutAbbreviations(t *testing.T) {
	g := Gram()
	var keys []string
	for _, m := range []map[string]string{g.Abbrev, g.AbbrevInCompany} {
		for w := range m {
			keys = append(keys, w)
		}
	}
	sort.Strings(keys)
	texts := []string{
		"Ủy ban nhân dân tỉnh Hà Tĩnh, Công ty CP Đầu tư và Văn phòng CP; Sở GD&ĐT TP.HCM",
		"Ban Thường vụ Tỉnh ủy Bà Rịa-Vũng Tàu  và Hội đồng\nnhân dân",
		strings.Join(keys, " x "),
	}
	for _, in := range texts {
		toks := Tokenize(in)
		for i := range toks {
			if _, ok := g.Abbrev[toks[i].Text]; ok && !toks[i].Is(CAbbrev) {
				t.Errorf("%q: an abbreviation without CAbbrev", toks[i].Text)
			}
			if _, ok := g.AbbrevInCompany[toks[i].Text]; ok && !toks[i].Is(CAbbrev) {
				t.Errorf("%q: a company abbreviation without CAbbrev", toks[i].Text)
			}
		}
		for a := 0; a < len(toks); a++ {
			for b := a + 1; b <= len(toks) && b <= a+6; b++ {
				if got, want := g.Expand(toks[a:b]), g.expandAbbrev(toks[a:b]); got != want {
					t.Errorf("%q: Expand of tokens %d-%d = %q, word by word %q", in, a, b, got, want)
				}
			}
		}
	}
}
