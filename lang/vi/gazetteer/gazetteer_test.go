package gazetteer

import (
	"strings"
	"testing"

	"github.com/vnextract/vnextract/pipeline/text"
)

// find returns the one unit of lookup(name) with the era, level and type
// given, failing the test when there is not exactly one.
func find(t *testing.T, name string, e Era, l Level, typ Type, province string) Unit {
	t.Helper()
	var got []Unit
	for _, u := range Lookup(name) {
		if u.Era == e && u.Level == l && u.Type == typ && (province == "" || u.Province == province) {
			got = append(got, u)
		}
	}
	if len(got) != 1 {
		t.Fatalf("Lookup(%q): %d units %v %v %v in %q, want 1 (all: %v)", name, len(got), e, l, typ, province, Lookup(name))
	}
	return got[0]
}

func TestLookup(t *testing.T) {
	tests := []struct {
		name     string
		era      Era
		level    Level
		typ      Type
		province string // the holding province as written: "tỉnh Quảng Trị"
		district string
	}{
		// place names that begin with a family name
		{"Triệu Phong", Before2025, District, Huyen, "tỉnh Quảng Trị", ""},
		{"Triệu Phong", After2025, Commune, Xa, "tỉnh Quảng Trị", ""},
		{"Vũ Quang", Before2025, District, Huyen, "tỉnh Hà Tĩnh", ""},
		{"Vũ Quang", Before2025, Commune, ThiTran, "tỉnh Hà Tĩnh", "huyện Vũ Quang"},
		{"Ngô Quyền", Before2025, District, Quan, "thành phố Hải Phòng", ""},
		// upstream writes "Thị Trấn Ái Tử" in places; the type word is read in any case
		{"Ái Tử", Before2025, Commune, ThiTran, "tỉnh Quảng Trị", "huyện Triệu Phong"},
		// the same name as a province and a district, told apart by level
		{"Hà Giang", Before2025, Province, Tinh, "", ""},
		{"Hà Giang", Before2025, District, ThanhPho, "tỉnh Hà Giang", ""},
		{"Hồ Chí Minh", After2025, Province, ThanhPho, "", ""},
		{"Phú Quốc", After2025, Commune, DacKhu, "tỉnh An Giang", ""},
		// any case, and the hyphen written with or without spaces
		{"triệu phong", Before2025, District, Huyen, "tỉnh Quảng Trị", ""},
		{"Bà Rịa-Vũng Tàu", Before2025, Province, Tinh, "", ""},
		{"Bà Rịa – Vũng Tàu", Before2025, Province, Tinh, "", ""},
		// a former name leads to the unit under its later name
		{"Thừa Thiên Huế", Before2025, Province, ThanhPho, "", ""},
		{"Thừa Thiên - Huế", Before2025, Province, ThanhPho, "", ""},
	}
	for _, tt := range tests {
		u := find(t, tt.name, tt.era, tt.level, tt.typ, tt.province)
		if u.District != tt.district {
			t.Errorf("%s: district %q, want %q", u, u.District, tt.district)
		}
	}
}

func TestNotAPlace(t *testing.T) {
	for _, s := range []string{"Nguyễn Phú Trọng", "Bộ Chính trị", "", "Triệu", "Phong Triệu"} {
		if IsPlace(s) {
			t.Errorf("IsPlace(%q) = true: %v", s, Lookup(s))
		}
	}
}

// Names in the data must be found by what the normalizer makes of text in
// either tone placement: upstream writes "Thanh Hoá", "Khánh Hoà".
func TestNormalizedText(t *testing.T) {
	for _, s := range []string{"Thanh Hoá", "Khánh Hoà", "Hoà Bình", "Thanh Hóa"} {
		if !IsPlace(text.Normalize(s)) {
			t.Errorf("IsPlace(Normalize(%q)) = false", s)
		}
	}
	for _, u := range Default().Units() {
		if u.Name != text.Normalize(u.Name) || strings.ContainsRune(u.Name, 'Ð') || strings.TrimSpace(u.Name) != u.Name {
			t.Fatalf("%s: name not in normalized form", u)
		}
	}
}

func TestTypes(t *testing.T) {
	got := Default().Types("Hà Giang")
	want := []Type{Tinh, ThanhPho, Xa}
	if len(got) != len(want) {
		t.Fatalf("Types(Hà Giang) = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Types(Hà Giang) = %v, want %v", got, want)
		}
	}
	if n := len(Default().Find("Triệu Phong", Huyen)); n != 1 {
		t.Errorf("Find(Triệu Phong, huyện): %d units, want 1", n)
	}
	for _, w := range []string{"Huyện", "thị xã", "Đặc khu", "THÀNH PHỐ"} {
		if _, ok := ParseType(w); !ok {
			t.Errorf("ParseType(%q) failed", w)
		}
	}
	if _, ok := ParseType("tổ dân phố"); ok {
		t.Error("ParseType(tổ dân phố) succeeded")
	}
}

func names(us []Unit) string {
	var s []string
	for _, u := range us {
		s = append(s, u.Type.String()+" "+u.Name)
	}
	return strings.Join(s, "; ")
}

func TestSuccessors(t *testing.T) {
	g := Default()
	tests := []struct {
		unit     Unit
		contains string // one of the successors
		n        int    // how many successors; 0: do not check
		province string // ProvinceToday
	}{
		// merged provinces
		{find(t, "Quảng Bình", Before2025, Province, Tinh, ""), "tỉnh Quảng Trị", 1, "Quảng Trị"},
		{find(t, "Hà Giang", Before2025, Province, Tinh, ""), "tỉnh Tuyên Quang", 1, "Tuyên Quang"},
		{find(t, "Hà Nội", Before2025, Province, ThanhPho, ""), "thành phố Hà Nội", 1, "Hà Nội"},
		{find(t, "Thừa Thiên Huế", Before2025, Province, ThanhPho, ""), "thành phố Huế", 1, "Huế"},
		// an old town merged into a commune of today
		{find(t, "Ái Tử", Before2025, Commune, ThiTran, ""), "xã Triệu Phong", 1, "Quảng Trị"},
		// an old ward divided between two wards of today
		{find(t, "Cống Vị", Before2025, Commune, Phuong, "thành phố Hà Nội"), "phường Giảng Võ", 2, "Hà Nội"},
		// an old district: every commune of today holding part of it
		{find(t, "Triệu Phong", Before2025, District, Huyen, ""), "xã Ái Tử", 0, "Quảng Trị"},
		{find(t, "Vũ Quang", Before2025, District, Huyen, ""), "xã Vũ Quang", 0, "Hà Tĩnh"},
		// an island district with no communes became a special zone
		{find(t, "Côn Đảo", Before2025, District, Huyen, ""), "đặc khu Côn Đảo", 1, "Hồ Chí Minh"},
	}
	for _, tt := range tests {
		s := g.Successors(tt.unit)
		if !strings.Contains("; "+names(s)+";", "; "+tt.contains+";") {
			t.Errorf("Successors(%s) = %s, want one to be %s", tt.unit, names(s), tt.contains)
		}
		if tt.n > 0 && len(s) != tt.n {
			t.Errorf("Successors(%s) = %s, want %d", tt.unit, names(s), tt.n)
		}
		for _, u := range s {
			if u.Era != After2025 {
				t.Errorf("Successors(%s) holds %s", tt.unit, u)
			}
		}
		p, ok := g.ProvinceToday(tt.unit)
		if !ok || p.Name != tt.province || p.Era != After2025 {
			t.Errorf("ProvinceToday(%s) = %v %v, want %s", tt.unit, p, ok, tt.province)
		}
	}
	now := find(t, "Triệu Phong", After2025, Commune, Xa, "")
	if s := g.Successors(now); len(s) != 0 {
		t.Errorf("a unit of today has successors: %v", s)
	}
}

// Every unit of the old lists must lead somewhere today: the map is what
// lets a table name the unit of today for a name in a 2017 article.
func TestEveryOldUnitHasASuccessor(t *testing.T) {
	g := Default()
	for _, u := range g.Units() {
		if u.Era != Before2025 {
			continue
		}
		if len(g.Successors(u)) == 0 {
			t.Errorf("%s has no successor", u)
		}
		if _, ok := g.ProvinceToday(u); !ok {
			t.Errorf("%s has no province today", u)
		}
	}
}

// The counts the sources state: a unit lost in generation shows here.
func TestCounts(t *testing.T) {
	type key struct {
		e Era
		t Type
		l Level
	}
	got := map[key]int{}
	for _, u := range Default().Units() {
		got[key{u.Era, u.Type, u.Level}]++
	}
	want := map[key]int{
		{Before2025, Tinh, Province}: 57, {Before2025, ThanhPho, Province}: 6,
		{Before2025, Huyen, District}: 508, {Before2025, ThanhPho, District}: 87, {Before2025, ThiXa, District}: 52, {Before2025, Quan, District}: 49,
		{Before2025, Xa, Commune}: 7692, {Before2025, Phuong, Commune}: 1726, {Before2025, ThiTran, Commune}: 617,
		{After2025, Tinh, Province}: 27, {After2025, ThanhPho, Province}: 7,
		{After2025, Xa, Commune}: 2611, {After2025, Phuong, Commune}: 697, {After2025, DacKhu, Commune}: 13,
	}
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%v %v %v: %d units, want %d", k.e, k.t, k.l, got[k], n)
		}
	}
	if len(got) != len(want) {
		t.Errorf("unexpected kinds of unit: %v", got)
	}
}

func TestLongestPrefix(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Triệu Phong, tỉnh Quảng Trị", "Triệu Phong"},
		{"Hồ Chí Minh đã", "Hồ Chí Minh"},
		{"Bà Rịa - Vũng Tàu.", "Bà Rịa - Vũng Tàu"},
		{"Bà Rịa-Vũng Tàu", "Bà Rịa-Vũng Tàu"},
		{"Thừa Thiên-Huế, ngày", "Thừa Thiên-Huế"},
		{"Văn Miếu - Quốc Tử Giám là", "Văn Miếu - Quốc Tử Giám"},
		{"Quảng Trịnh", ""},
		{"Nguyễn Văn An", ""},
		{"", ""},
		{" Quảng Trị", ""},
	}
	for _, tt := range tests {
		n, us := Default().LongestPrefix(tt.in)
		if tt.in[:n] != tt.want || (n > 0) != (len(us) > 0) {
			t.Errorf("LongestPrefix(%q) = %q, %d units; want %q", tt.in, tt.in[:n], len(us), tt.want)
		}
	}
}

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"Bà Rịa - Vũng Tàu": "bà rịa-vũng tàu",
		"  Triệu   Phong ":  "triệu phong",
		"Thị Trấn":          "thị trấn",
	} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	g := Default()
	for i := 0; i < b.N; i++ {
		g.IsPlace("Triệu Phong")
	}
}

func TestLoadRejects(t *testing.T) {
	units := "old\tprovince\ttỉnh\t01\tA\t\t\n"
	for _, tt := range []struct{ name, units, succ, aliases string }{
		{"unknown type", "old\tprovince\tbang\t01\tA\t\t\n", "", ""},
		{"unknown era", "mid\tprovince\ttỉnh\t01\tA\t\t\n", "", ""},
		{"missing parent", "old\tdistrict\thuyện\t001\tB\t01\t\n", "", ""},
		{"short row", "old\tprovince\ttỉnh\t01\n", "", ""},
		{"twice", units + units, "", ""},
		{"successor to nothing", units, "province\t01\t99\t\n", ""},
		{"alias of nothing", units, "", "Z\told\tprovince\t02\n"},
	} {
		if _, err := Load(strings.NewReader(tt.units), strings.NewReader(tt.succ), strings.NewReader(tt.aliases)); err == nil {
			t.Errorf("%s: Load accepted it", tt.name)
		}
	}
	if _, err := Load(strings.NewReader(units), strings.NewReader(""), nil); err != nil {
		t.Errorf("a minimal gazetteer: %v", err)
	}
}

func BenchmarkDefaultLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		u, _ := dataFS.Open("data/units.tsv")
		s, _ := dataFS.Open("data/successors.tsv")
		if _, err := Load(u, s, nil); err != nil {
			b.Fatal(err)
		}
		u.Close()
		s.Close()
	}
}
