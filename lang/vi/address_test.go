package vi

import "testing"

func TestAddressAt(t *testing.T) {
	g := Gram()
	cases := []struct {
		name, in, run string // run: the capitalized run asked about
		want          bool
	}{
		{"house number after số", "Cửa hàng số 18 Trần Hưng Đạo mở cửa", "Trần Hưng Đạo", true},
		{"house number after tại", "vụ cháy tại 12A Lê Duẩn khiến", "Lê Duẩn", true},
		{"house number after địa chỉ", "bệnh nhân ở địa chỉ 184 Hoàng Quốc Việt gọi", "Hoàng Quốc Việt", true},
		{"house number after an alley", "nhà trong hẻm 158 Hoàng Hoa Thám bị cháy", "Hoàng Hoa Thám", true},
		{"a letter before the number, after a line's dash", "ĐT: 024 3333\n- D29 Phạm Văn Bạch, quận Cầu Giấy", "Phạm Văn Bạch", true},
		{"after a comma in a written-out address", "Tầng 6, tòa nhà Hòa Bình, 68 Nguyễn Cơ Thạch, Hà Nội", "Nguyễn Cơ Thạch", true},
		{"a number after a noun, a district after the comma", "lối vào sân bóng 367 Hoàng Hoa Thám, Tân Bình", "Hoàng Hoa Thám", true},
		{"a number after a noun, no place after", "lối vào sân bóng 367 Hoàng Hoa Thám với", "Hoàng Hoa Thám", false},

		{"a year is no house number", "năm 2014 Lê Khánh kết hôn", "Lê Khánh", false},
		{"a year before a person and a city", "năm 2010 Nguyễn Văn An, Hà Nội", "Nguyễn Văn An", false},
		{"a rank is no house number", "Á hậu 1 Huỳnh Thị Yến Nhi nói", "Huỳnh Thị Yến Nhi", false},
		{"a table's cells", "Việt Nam 4 0 1 3 3 13 1 Nguyễn Đăng", "Nguyễn Đăng", false},
		{"a ranking, a country in brackets", "... 537 Lý Hoàng Nam (Việt Nam) 20", "Lý Hoàng Nam", false},
		{"a person with no address", "Nguyễn Văn An, Hà Nội", "Nguyễn Văn An", false},
		{"a number glued to letters", "và BSCK2 Lê Thanh Chương, Trưởng khoa", "Lê Thanh Chương", false},
	}
	for _, c := range cases {
		toks := Tokenize(c.in)
		n := len(Tokenize(c.run))
		s := -1
		for k := 0; k+n <= len(toks); k++ {
			if Join(toks[k:k+n]) == c.run {
				s = k
			}
		}
		if s < 0 {
			t.Fatalf("%s: %q not in %q", c.name, c.run, c.in)
		}
		if got := g.AddressAt(toks, s, s+n); got != c.want {
			t.Errorf("%s: AddressAt(%q, %q) = %v, want %v", c.name, c.in, c.run, got, c.want)
		}
	}
}

func TestAfterLocative(t *testing.T) {
	g := Gram()
	cases := []struct {
		in   string
		at   int
		want bool
	}{
		{"một cửa hàng tại Nguyễn Khang, Hà Nội cho biết", 4, true},
		{"phòng thí nghiệm ở Vũ Hán bị nghi ngờ", 4, true},
		{"các quán bar ở Bùi Viện đóng cửa", 4, true},
		{"hiện tại Nguyễn Văn An đang điều trị", 2, false},
		{"ông Nguyễn Văn An tại hội nghị", 1, false},
		{"ở\nNguyễn Văn An nói", 1, false},
	}
	for _, c := range cases {
		if got := g.AfterLocative(Tokenize(c.in), c.at); got != c.want {
			t.Errorf("AfterLocative(%q, %d) = %v, want %v", c.in, c.at, got, c.want)
		}
	}
}

func TestUnitAfter(t *testing.T) {
	g := Gram()
	cases := []struct {
		in   string
		e    int // the token after the capitalized run
		want bool
	}{
		{"về ngã tư Khuất Duy Tiến, quận Thanh Xuân, Hà Nội", 6, true},
		{"công viên ở Hồ Châu, tỉnh Chiết Giang cho biết", 5, true},
		{"đường Hoàng Diệu, phường 12, quận 4", 3, false},
		{"cử tri Nguyễn Văn An, xã Thạnh An nêu ý kiến", 5, false},
		{"Nguyễn Văn An, Hà Nội", 3, false},
		{"Nguyễn Văn An, xã hội đã thay đổi", 3, false},
		{"Nguyễn Văn An, quận nào cũng có", 3, false},
	}
	for _, c := range cases {
		toks := Tokenize(c.in)
		if got := g.UnitAfter(toks, c.e); got != c.want {
			t.Errorf("UnitAfter(%q, %q) = %v, want %v", c.in, toks[c.e].Text, got, c.want)
		}
	}
}
