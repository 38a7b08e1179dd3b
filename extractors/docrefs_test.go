package extractors

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/lang/vi"
	"github.com/vnextract/vnextract/pipeline/doc"
)

// TestDocRefForms covers symbols as reporters write them: spaces for
// dashes, a word glued on, a dash before the year, the head words of
// telegrams, letters and reports, and issue dates given before the number.
func TestDocRefForms(t *testing.T) {
	cases := []struct {
		in   string
		want []string // text|ref|type|issuer|issued
	}{
		// a space for the dash between the type and the issuer code
		{"theo Quyết định 1177/QĐ BGDĐT ngày 5/4/2021 về việc",
			[]string{"Quyết định 1177/QĐ BGDĐT ngày 5/4/2021|1177/QĐ-BGDĐT|Quyết định|Bộ Giáo dục và Đào tạo|2021-04-05"}},
		// ... but not before a lower-case word or a code that is no type
		{"văn bản 614/BHXH-GĐ BHYT gửi Sở Y tế",
			[]string{"văn bản 614/BHXH-GĐ|614/BHXH-GĐ|Văn bản||"}},
		// a word glued after the symbol
		{"Thông tư 11/2021/TT-BGDĐTvề chương trình",
			[]string{"Thông tư 11/2021/TT-BGDĐT|11/2021/TT-BGDĐT|Thông tư|Bộ Giáo dục và Đào tạo|"}},
		{"Nghị định 67/CPvừa ban hành", []string{"Nghị định 67/CP|67/CP|Nghị định|Chính phủ|"}},
		// a code written in the wrong case keeps its letters
		{"Quyết định 601/QĐ-Ttg của", []string{"Quyết định 601/QĐ-Ttg|601/QĐ-Ttg|Quyết định||"}},
		// a dash before the year of a State-style number
		{"Nghị quyết 19-2017/NQ-CP đặt mục tiêu", []string{"Nghị quyết 19-2017/NQ-CP|19/2017/NQ-CP|Nghị quyết|Chính phủ|"}},
		// telegrams, letters of introduction, reports, submissions
		{"Điện số 14-Đ/TW của Ban Bí thư", []string{"Điện số 14-Đ/TW|14-Đ/TW|Điện|Ban Bí thư|"}},
		{"Công điện số 06/CĐ-UBND", []string{"Công điện số 06/CĐ-UBND|06/CĐ-UBND|Công điện|Ủy ban nhân dân|"}},
		{"Giấy giới thiệu số 35/GGT-UBND", []string{"Giấy giới thiệu số 35/GGT-UBND|35/GGT-UBND|Giấy giới thiệu|Ủy ban nhân dân|"}},
		{"Tờ trình số 02/TTr-UBND", []string{"Tờ trình số 02/TTr-UBND|02/TTr-UBND|Tờ trình|Ủy ban nhân dân|"}},
		// the issuer read from a head letter and a sector code
		{"công văn số 1543/SYT-TCCB", []string{"công văn số 1543/SYT-TCCB|1543/SYT-TCCB|Công văn|Sở Y tế|"}},
		// the issue date in brackets, or before the number with an issuing verb
		{"Chỉ thị số 25/CT-TTg (ngày 31-8-2016) của Thủ tướng",
			[]string{"Chỉ thị số 25/CT-TTg (ngày 31-8-2016)|25/CT-TTg|Chỉ thị|Thủ tướng Chính phủ|2016-08-31"}},
		{"Ngày 12-5-1951, Ban Bí thư ra Chỉ thị số 05-CT/TW; ngày 5-5-1950, Ban Thường vụ ra Chỉ thị số 10-CT/TW.",
			[]string{"Chỉ thị số 05-CT/TW|05-CT/TW|Chỉ thị|Trung ương|1951-05-12", "Chỉ thị số 10-CT/TW|10-CT/TW|Chỉ thị|Trung ương|1950-05-05"}},
		{"Trước đó, ngày 14/11/2013 tại Văn bản số 1333/UBND- TNMT gửi Sở",
			[]string{"Văn bản số 1333/UBND- TNMT|1333/UBND-TNMT|Văn bản|Ủy ban nhân dân|2013-11-14"}},
		{"Ngày 25/1/2021, Thanh tra tỉnh đã có Báo cáo số 155/BC-TTTTH về việc",
			[]string{"Báo cáo số 155/BC-TTTTH|155/BC-TTTTH|Báo cáo|Thanh tra tỉnh|2021-01-25"}},
		// the issue date after the issuer
		{"theo Quyết định số 12/QĐ-UBND của UBND tỉnh ngày 5/3/2021 về việc",
			[]string{"Quyết định số 12/QĐ-UBND|12/QĐ-UBND|Quyết định|UBND tỉnh|2021-03-05"}},
		// a date before that is not the issue date: another verb, "tại"
		// after other words, or a year the symbol contradicts
		{"Ngày 30/4, tỉnh thực hiện Công điện số 860/CĐ-CTUBND", []string{"Công điện số 860/CĐ-CTUBND|860/CĐ-CTUBND|Công điện|Chủ tịch Ủy ban nhân dân|"}},
		{"đến ngày 10.2.2017, thuộc đối tượng ưu đãi tại Nghị định 118/2015/NĐ-CP",
			[]string{"Nghị định 118/2015/NĐ-CP|118/2015/NĐ-CP|Nghị định|Chính phủ|"}},
		{"ngày 10/2/2017 Chính phủ ban hành Nghị định 118/2015/NĐ-CP",
			[]string{"Nghị định 118/2015/NĐ-CP|118/2015/NĐ-CP|Nghị định|Chính phủ|"}},
		// a misspelt word between the symbol's type and the number
		{"quán triệt Thông báo kết luật số 19-TB/TW của Ban Bí thư",
			[]string{"Thông báo kết luật số 19-TB/TW|19-TB/TW|Thông báo|Ban Bí thư|"}},
		// never references
		{"ngày 13/01/2022, tỷ lệ 2.172/2.631 và 82,6%", nil},
		{"Điện Biên 12/5 và điện 220/110 kV", nil},
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
			got = append(got, strings.Join([]string{m.Text, r.Ref, r.DocType, r.Issuer, iss}, "|"))
		}
		if strings.Join(got, "; ") != strings.Join(c.want, "; ") {
			t.Errorf("%q:\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestExpandIssuer(t *testing.T) {
	for code, want := range map[string]string{
		"BGDĐT": "Bộ Giáo dục và Đào tạo", "SGDĐT": "Sở Giáo dục và Đào tạo", "BYT": "Bộ Y tế",
		"STNMT": "Sở Tài nguyên và Môi trường", "TU": "Tỉnh ủy", "UBND": "Ủy ban nhân dân",
		"XYZ": "", "B": "", "S": "",
	} {
		if got, _ := expandIssuer(code); got != want {
			t.Errorf("%s: got %q want %q", code, got, want)
		}
	}
}

// slashWindows jumps from slash to slash; only slashes touching a symbol
// anchor a window, padded and merged as windowsAt does.
func TestSlashWindows(t *testing.T) {
	for _, c := range []struct {
		text string
		pad  int
		want string
	}{
		{"ab QD/TU cd", 2, "[[3 8]]"},
		{"13/01/2022 va 2/3", 2, "[]"},     // dates and ratios
		{"x 30/2020/ND-CP", 2, "[[2 12]]"}, // "/2020/" and "/N", merged
		{"A/B xxxxxxxxxx C/D", 2, "[[0 4] [14 18]]"},
		{"QĐ/tu", 0, "[[3 4]]"}, // "Đ" before the slash
		{"x/ B", 1, "[[0 3]]"},  // a capital after one space
		{"ẩ/B", 1, "[[0 5]]"},   // padded to whole characters
	} {
		if got := fmt.Sprint(slashWindows(c.text, c.pad)); got != c.want {
			t.Errorf("slashWindows(%q, %d) = %s, want %s", c.text, c.pad, got, c.want)
		}
	}
}

// The reference patterns are built from docrefwords.txt: every kind they
// use must have words, and a symbol's law code gives its type.
func TestDocRefWords(t *testing.T) {
	for _, k := range []string{"issuerhead", "issuercont", "issuedon", "issuedby", "issueraspect", "issuerverb",
		"datevoice", "dateverb", "dateon", "issueverb", "issueat", "signaspect", "signverb", "lawcode"} {
		if len(refWords(k)) == 0 {
			t.Errorf("docrefwords.txt has no %s", k)
		}
	}
	for _, c := range []struct {
		code, want string
	}{{"QH14", "Luật"}, {"QH", "Luật"}, {"NQ", ""}, {"TQH", ""}} {
		if got, _ := lawType(c.code); got != c.want {
			t.Errorf("lawType(%q) = %q, want %q", c.code, got, c.want)
		}
	}
	d := doc.NewDocument("t", "Căn cứ 24/2018/QH14 về an ninh mạng.")
	NewDocRefs().Extract(d)
	if refs := d.Of(doc.KindDocRef); len(refs) != 1 || refs[0].Ref.DocType != "Luật" {
		t.Errorf("24/2018/QH14: %v", refs)
	}
}

// The shortcuts before the issuer and term patterns must find what the
// patterns find, on any text.
func FuzzDocRefPrefilters(f *testing.F) {
	for _, s := range []string{"Ban Chấp hành Trung ương Đảng đã ban hành ", "Bộ Chính trị ký ban hành\t", "Chính phủ có ", "UBND tỉnh ban hành",
		"Bộ, Ban Bí thư vừa ban hành ", "của Bộ Y tế và Bộ Tài chính đã ban hành ", "Ban Ban Thủ tướng Chính phủ có ", "XBộ Công an (Bộ) ban hành ", "Bộ Bộ, Bộ ký ban hành \n",
		" của Ban Chấp hành Trung ương Đảng (khóa XII) về", " (khóa XI). Khóa 12", "; khóa 3", " của Quốc hội khóa XIV, kỳ họp", "khóa\nIVa khóa 9",
		"theo Quyết định số ", "QUYẾT ĐỊNH SỐ: ", "nghị quyết ", "Chỉ thị số:", "Kế hoạch  số ", "Thông tư liên tịch số "} {
		f.Add(s)
	}
	x := NewDocRefs()
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := x.findIssuerBefore(s), x.issuerBefore.FindStringSubmatch(s); !slices.Equal(got, want) {
			t.Fatalf("issuer before %q: %q, the pattern finds %q", s, got, want)
		}
		if got, want := x.typedAt.find(s), x.typed.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Fatalf("head word before %q: %v, the pattern finds %v", s, got, want)
		}
		if got, want := x.findTermAfter(s), x.termAfter.FindStringSubmatch(s); !slices.Equal(got, want) {
			t.Fatalf("term after %q: %q, the pattern finds %q", s, got, want)
		}
	})
}

// numPattern must find what the plain search of its pattern finds, on any
// text.
func FuzzDocRefNumbers(f *testing.F) {
	for _, s := range []string{"Quyết định số 455-QĐ/TU, 25-NQ/TW và 439 – QĐNS/TW", "30/2020/NĐ-CP; 669/QĐ-UBND, 24/2018/QH14", "12/34/ab 1/A", "x5-A/B 6-A/B",
		"19-2017/NQ-CP 1177/QĐ BGDĐT", "5/A-B/C-D", "\xe1\xba12/QĐ", "-3/A /4/B"} {
		f.Add(s)
	}
	x := NewDocRefs()
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range []*numPattern{x.partyAt, x.stateAt} {
			if got, want := p.findAll(s), p.re.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
				t.Fatalf("%s on %q: %v, the search finds %v", p.re, s, got, want)
			}
		}
	})
}

// The head-word pattern tried only where a type's first letter stands
// finds what the pattern finds, on many texts made of the types in their
// cases and what may follow them.
func TestTypedStartsAgree(t *testing.T) {
	x := NewDocRefs()
	pieces := []string{" ", "  ", ":", "số", "SỐ", "Số", "x", "K", "\u212a", "ế", "Đ", "đ"}
	for _, ty := range docTypes {
		pieces = append(pieces, ty, strings.ToUpper(ty), strings.ToLower(ty))
	}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(6) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := x.typedAt.find(s), x.typed.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Fatalf("%q: %v, the pattern finds %v", s, got, want)
		}
	}
}

// TestTypedTail: the head-word pattern's count of the code points from a
// place to the window's end (typedTail) passes every type with every
// number word, a colon and white space after it, in lower, upper and
// written case, after words of a window's length: where the pattern
// matches, the shortcut matches the same.
func TestTypedTail(t *testing.T) {
	x := NewDocRefs()
	tried := 0
	for _, typ := range docTypes {
		for _, num := range append(grammar(vi.Number), "") {
			tail := " " + num + " : "
			if num == "" {
				tail = " "
			}
			for _, s := range []string{typ + tail, strings.ToUpper(typ + tail), strings.ToLower(typ + tail), typ + "\t\n" + num + ":"} {
				for _, before := range []string{"", "theo ", "căn cứ các văn bản như "} {
					w := before + s
					want := x.typed.FindStringSubmatchIndex(w)
					if got := x.typedAt.find(w); !slices.Equal(got, want) {
						t.Fatalf("head word before %q: %v, the pattern finds %v", w, got, want)
					}
					if want != nil {
						tried++
					}
				}
			}
		}
	}
	if tried == 0 {
		t.Fatal("the pattern matched none of the windows")
	}
}
