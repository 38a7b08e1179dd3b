package ingest

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"

	"github.com/vnextract/vnextract/pipeline/doc"
	"github.com/vnextract/vnextract/pipeline/text"
)

func read(t *testing.T, name, src string) *doc.Document {
	t.Helper()
	d, err := Read("x", name, name, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestPlainTextCleaning(t *testing.T) {
	src := `Logo of Phú Thọ Logo of Phú Thọ

Tổng kết công tác dân vận

Thứ năm, 13/01/2022, 14:30 (GMT +7)
thumbnail
Print + | - Font Size: A
(baophutho.vn) - Ngày 13/1, Ban Dân vận Trung ương tổ chức hội nghị.

Thân bài của bài báo.

Mai Phương

Ý kiến bạn đọc ( )
Bình luận bài viết
https://baophutho.vn/tong-ket.html`
	d := read(t, "a.txt", src)
	for _, junk := range []string{"thumbnail", "Print", "Logo of", "Ý kiến bạn đọc", "Bình luận", "https://"} {
		if strings.Contains(d.Text, junk) {
			t.Errorf("page chrome %q left in text:\n%s", junk, d.Text)
		}
	}
	if d.Title != "Tổng kết công tác dân vận" {
		t.Errorf("title %q", d.Title)
	}
	if d.Published != (doc.Date{Year: 2022, Month: 1, Day: 13}) {
		t.Errorf("published %v", d.Published)
	}
	if strings.Join(d.Authors, ",") != "Mai Phương" {
		t.Errorf("authors %q", d.Authors)
	}
	if d.URL != "https://baophutho.vn/tong-ket.html" || d.Site != "baophutho.vn" {
		t.Errorf("url %q site %q", d.URL, d.Site)
	}
	if !strings.Contains(d.Text, "Thứ năm, 13/01/2022") {
		t.Error("the dateline is article text and stays")
	}
}

func TestPageClockIsNotTheDateline(t *testing.T) {
	// a date above the headline is the page's clock; the dateline follows it
	d := read(t, "a.txt", "Thứ 3, 26/11/2024, 07:30[GMT+7]\n\nTriển khai nhiệm vụ\n\nThứ 4, 30/09/2020 | 15:06:38\nSáng ngày 30/9, hội nghị.\n")
	if d.Published != (doc.Date{Year: 2020, Month: 9, Day: 30}) {
		t.Errorf("published %v", d.Published)
	}
}

func TestDatelineForms(t *testing.T) {
	for _, l := range []string{"Thứ năm, 13/01/2022, 14:30 (GMT +7)", "Thứ 4, 30/09/2020 | 15:06:38", "10/01/2019",
		"Cập nhật: 10/01/2022 08:15", "08:15 | 10/01/2022", "Thứ Hai, 10/01/2022 - 08:15 AM", "Chủ nhật, 9/1/2022 20:05 (GMT+7)"} {
		if !dateline.MatchString(l) {
			t.Errorf("%q is a dateline", l)
		}
	}
	for _, l := range []string{"Ngày 13/1, Ban Dân vận tổ chức hội nghị.", "10/01/2019 là ngày khai mạc"} {
		if dateline.MatchString(l) {
			t.Errorf("%q is not a dateline", l)
		}
	}
}

func TestMetadataHeader(t *testing.T) {
	d := read(t, "a.txt", "# doc_id = news_1\n# url = https://dantri.com.vn/a.htm\n# date = 20201101\nTiêu đề\nCâu một.\n")
	if d.Published != (doc.Date{Year: 2020, Month: 11, Day: 1}) || d.URL != "https://dantri.com.vn/a.htm" {
		t.Errorf("meta: %v %q", d.Published, d.URL)
	}
	if strings.Contains(d.Text, "# url") {
		t.Error("metadata lines are not text")
	}
}

func TestHTMLFixture(t *testing.T) {
	b, err := os.ReadFile("../../testdata/corpus/html/baophutho-dan-van-2021.html")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Read("x", "p.html", "p.html", b)
	if err != nil {
		t.Fatal(err)
	}
	for _, junk := range []string{"Trang chủ", "Tin liên quan", "Đọc nhiều", "Gửi bình luận", "Bản quyền", "dataLayer", "Chia sẻ", "Từ khóa"} {
		if strings.Contains(d.Text, junk) {
			t.Errorf("chrome %q left in text", junk)
		}
	}
	for _, keep := range []string{"(baophutho.vn) - Ngày 13/1", "Võ Văn Thưởng", "đạt 82,6%", "Thứ năm, 13/01/2022"} {
		if !strings.Contains(d.Text, keep) {
			t.Errorf("article text %q lost", keep)
		}
	}
	if d.Published != (doc.Date{Year: 2022, Month: 1, Day: 13}) || strings.Join(d.Authors, ",") != "Mai Phương" || d.Site != "Báo Phú Thọ" {
		t.Errorf("meta: %v %q %q", d.Published, d.Authors, d.Site)
	}
}

func TestReadNeverPanics(t *testing.T) {
	for _, s := range []string{"", "<", "<html>", "\x00\x00", "\xff\xfe", "\xfe\xff\x00", strings.Repeat("<div>", 1000)} {
		Read("x", "a.html", "a.html", []byte(s))
		Read("x", "a.txt", "a.txt", []byte(s))
	}
}

// plainByCounts is PlainByCount over s's LetterCount counts.
func plainByCounts(s string) bool {
	latin, viet := 0, 0
	for _, r := range s {
		switch LetterCount(r) {
		case 1:
			latin++
		case 2:
			viet++
		}
	}
	return PlainByCount(latin, viet)
}

// TestPlainByCount: where the counts over the whole text say plain, so
// does plainUnicode, on texts that stop early, that do not and that are
// legacy font text.
func TestPlainByCount(t *testing.T) {
	texts := []string{"", "abc", "Chủ tịch nước", "Uû ban nh©n d©n tØnh Hµ Néi quyÕt ®Þnh", "UÛy ban nhaân daân tænh", "©®µ¶·¸¹º»¼½¾ đ",
		strings.Repeat("Chủ tịch Ủy ban nhân dân tỉnh ", 30) + strings.Repeat("Ø©", 200)}
	for _, s := range texts {
		if plainByCounts(s) && !plainUnicode(s) {
			t.Errorf("%.40q: plain by its counts, not to plainUnicode", s)
		}
	}
	if plainByCounts(texts[3]) || !plainByCounts(texts[2]) {
		t.Error("legacy text counted plain, or Vietnamese not")
	}
}

func FuzzRead(f *testing.F) {
	f.Add([]byte("Thứ năm, 13/01/2022\nTiêu đề\nMai Phương"), false)
	f.Add([]byte("<html><head><title>x</title></head><body><p>Chủ tịch</p></body></html>"), true)
	f.Add([]byte("\xef\xbb\xbfUû ban nh©n d©n"), false)
	f.Add([]byte("UÛy ban nhaân daân tænh"), false)
	f.Add([]byte("Hoàng Văn Thụ\nquý vị"), false)
	f.Fuzz(func(t *testing.T, data []byte, html bool) {
		name := "a.txt"
		if html {
			name = "a.html"
		}
		d, err := Read("x", name, name, data)
		if utf8.Valid(data) {
			// what the runner does with a JSON record's text, read where it
			// lies as a string, must make the document Read makes
			v, verr := ReadValidString("x", name, name, string(data))
			if (err == nil) != (verr == nil) || err == nil && !sameDoc(d, v) {
				t.Fatalf("ReadValidString(%q) = %+v, %v; Read: %+v, %v", data, v, verr, d, err)
			}
			// and a text that is plainly Unicode by its counts and its own
			// normal form, neither scanned nor normalized again
			if s := string(data); text.Normalize(s) == s && plainByCounts(s) {
				v, verr := ReadNormalString("x", name, name, s)
				if (err == nil) != (verr == nil) || err == nil && !sameDoc(d, v) {
					t.Fatalf("ReadNormalString(%q) = %+v, %v; Read: %+v, %v", data, v, verr, d, err)
				}
			}
		}
		if err != nil {
			return
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("invalid UTF-8 text from %q", data)
		}
		prev := 0
		for _, s := range d.Sentences {
			if s.Start < prev || s.End > d.Len() || s.Start >= s.End {
				t.Fatalf("bad sentence %v", s)
			}
			prev = s.End
		}
	})
}

// TestLayoutMainColumnNamedSidebar: a CMS whose main column carries a class
// that usually names furniture ("sidebar-1") keeps its article.
func TestLayoutMainColumnNamedSidebar(t *testing.T) {
	b, err := os.ReadFile("../../testdata/layouts/main-column-named-sidebar.html")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Read("x", "p.html", "p.html", b)
	if err != nil {
		t.Fatal(err)
	}
	for _, keep := range []string{"Sáng 12/5, Thủ tướng Phạm Minh Chính", "Nguyễn Chí Dũng", "đạt 17,5% kế hoạch", "Thứ năm, 12/5/2022"} {
		if !strings.Contains(d.Text, keep) {
			t.Errorf("article text %q lost:\n%s", keep, d.Text)
		}
	}
	for _, junk := range []string{"Tin liên quan", "Ý kiến (12)", "Góc nhìn", "nhiều người xem nhất"} {
		if strings.Contains(d.Text, junk) {
			t.Errorf("chrome %q kept", junk)
		}
	}
	if d.Published != (doc.Date{Year: 2022, Month: 5, Day: 12}) || strings.Join(d.Authors, ",") != "Anh Minh" {
		t.Errorf("meta: %v %q", d.Published, d.Authors)
	}
}

// sameDoc compares what reading sets on a document.
func sameDoc(a, b *doc.Document) bool {
	return a.ID == b.ID && a.Source == b.Source && a.Text == b.Text && a.Title == b.Title &&
		a.URL == b.URL && a.Site == b.Site && a.Published == b.Published && a.Encoding == b.Encoding &&
		slices.Equal(a.Authors, b.Authors) && slices.Equal(a.Warnings, b.Warnings) &&
		slices.Equal(a.Sentences, b.Sentences)
}

// TestMetaLines: comment lines at the head of a text give its address,
// title and date, and are not part of the article.
func TestMetaLines(t *testing.T) {
	d := read(t, "a.txt", "# url = https://example.vn/a\n# Title = Tiêu đề\n# date = 2021-03-04\nÔng A nói.\n")
	if d.URL != "https://example.vn/a" || d.Title != "Tiêu đề" || d.Published != (doc.Date{Year: 2021, Month: 3, Day: 4}) {
		t.Errorf("url %q, title %q, published %v", d.URL, d.Title, d.Published)
	}
	if strings.Contains(d.Text, "#") {
		t.Errorf("meta lines kept in the text: %q", d.Text)
	}
}

// FuzzSplitLines: splitLines appended after earlier lines gives the lines
// strings.Split gives.
func FuzzSplitLines(f *testing.F) {
	for _, s := range []string{"", "\n", "a", "a\n", "\na\n\nb", "Hà Nội\r\nx"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := splitLines([]string{"x"}, s)
		if want := strings.Split(s, "\n"); got[0] != "x" || !slices.Equal(got[1:], want) {
			t.Fatalf("splitLines(%q) = %q, strings.Split %q", s, got[1:], want)
		}
	})
}

// FuzzJoinLines holds joinLines to strings.Join on the lines of a text
// kept, dropped, trimmed, cut or copied (two bits of mask a line), and
// checks that lines all kept as they were come back as src itself.
func FuzzJoinLines(f *testing.F) {
	for _, s := range []string{"", "a", "a\nb", "\na\n\nb\n", "Hà Nội\r\n x \ny", "a\nb\nc\nd\ne"} {
		f.Add(s, uint64(0))
		f.Add(s, uint64(0x1b1b))
		f.Add(s, uint64(0xe4e4))
	}
	f.Fuzz(func(t *testing.T, s string, mask uint64) {
		var lines []string
		for i, l := range strings.Split(s, "\n") {
			switch mask >> (2 * (i % 32)) & 3 {
			case 1:
				continue // dropped
			case 2:
				l = strings.TrimSpace(l)
				if len(l) > 1 && i%2 == 1 {
					l = l[1:] // cut: a piece of s that does not follow its line feed
				}
			case 3:
				l = strings.Clone(l) // made elsewhere, equal
			}
			lines = append(lines, l)
		}
		if got, want := joinLines(s, lines), strings.Join(lines, "\n"); got != want {
			t.Fatalf("joinLines(%q, %q) = %q, want %q", s, lines, got, want)
		}
		if got := joinLines("", lines); got != strings.Join(lines, "\n") {
			t.Fatalf("joinLines without src: %q", got)
		}
	})
}

// TestJoinLinesShares: lines kept as they were, all but blank ones at the
// ends, are the piece of the text they came from, not a copy of it.
func TestJoinLinesShares(t *testing.T) {
	src := "\nHà Nội ngày 5.\nÔng A nói.\nHết\n"
	lines := strings.Split(src, "\n")
	lines = lines[1 : len(lines)-1]
	got := joinLines(src, lines)
	if got != src[1:len(src)-1] || unsafe.StringData(got) != unsafe.StringData(src[1:]) {
		t.Fatalf("joinLines = %q, not the piece of src it equals", got)
	}
	// a line changed (a copy, equal in content) is joined
	lines[1] = strings.Clone(lines[1])
	if got := joinLines(src, lines); got != src[1:len(src)-1] || unsafe.StringData(got) == unsafe.StringData(src[1:]) {
		t.Fatalf("joinLines over a copied line = %q, shared %v", got, unsafe.StringData(got) == unsafe.StringData(src[1:]))
	}
}
