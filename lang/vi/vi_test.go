package vi

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/pipeline/doc"
)

func TestSyllable(t *testing.T) {
	for _, w := range []string{"nguyễn", "nghiêng", "trường", "khuyến", "quyền", "gìn", "giữ", "gia", "oanh", "ngoài", "đạo", "ươm", "yêu", "tuổi", "quốc", "a"} {
		if !Syllable(w) {
			t.Errorf("%q is one syllable", w)
		}
	}
	for _, w := range []string{"", "trọngmong", "biden", "blinken", "stop", "hòaán", "nguyễnnn", "đàlạt", "xyz", "hồồ"} {
		if Syllable(w) {
			t.Errorf("%q is not one syllable", w)
		}
	}
}

func TestGluedSplit(t *testing.T) {
	cases := []struct{ in, first string }{
		{"Trọngmong", "Trọng"},
		{"Hùngphát", "Hùng"},
		{"Quốchội", "Quốc"}, // not "Quốch ội"
		{"Lênin", ""},       // "Lê nin" or "Lên in": neither
		{"Hòaán", ""},       // vowels on both sides: ambiguous
		{"Nguyễn", ""},      // one syllable
		{"Samsung", ""},     // plain ASCII: a name of its own
		{"TrọngMong", ""},   // the tokenizer splits at the capital
		{"Đắk", ""},         // one syllable
		{"Hòa2021", ""},     // digits are not a word
		{"Kđăm", ""},        // not Vietnamese, but no lower-case syllable follows
	}
	for _, c := range cases {
		k := GluedSplit(c.in)
		if c.in[:k] != c.first {
			t.Errorf("GluedSplit(%q) = %q, want %q", c.in, c.in[:k], c.first)
		}
	}
}

func TestTokenizeGlued(t *testing.T) {
	d := doc.NewDocument("test", "Ông Phú Trọngmong đến.")
	var got []string
	for _, tk := range Tokens(d) {
		got = append(got, fmt.Sprintf("%s/%v", tk.Text, tk.Space || tk.Camel))
	}
	want := "Ông/true Phú/true Trọng/true mong/true đến/true ./false"
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
}

// TestOffsets holds the invariant every stage relies on: a token's text is
// the document's text at both its code-point and its byte offsets.
func TestOffsets(t *testing.T) {
	for _, text := range []string{
		"Ông Phú Trọngmong đến.",
		"Chủ tịch UBND TP.HCM Phan Văn Mãi; Bí thư Tỉnh ủy Bà Rịa-Vũng Tàu",
		"Trung QuốcNgụy Phượng Hòa (sinh năm 1971), KH&CN – 12,5%\n\nĐắk Lắk",
		"",
	} {
		d := doc.NewDocument("test", text)
		for _, tk := range Tokens(d) {
			if rs := string(d.Runes()[tk.Start:tk.End]); rs != tk.Text {
				t.Errorf("%q: token %q has runes %q at %d:%d", text, tk.Text, rs, tk.Start, tk.End)
			}
			if bs := d.Text[tk.ByteStart:tk.ByteEnd]; bs != tk.Text {
				t.Errorf("%q: token %q has bytes %q at %d:%d", text, tk.Text, bs, tk.ByteStart, tk.ByteEnd)
			}
		}
	}
}

func TestLexicon(t *testing.T) {
	l := Lex()
	cases := []struct {
		name string
		got  bool
		want bool
	}{
		{"huyện is a district level", l.LevelIn("huyện", District, District), true},
		{"tỉnh is no local unit", l.LevelIn("tỉnh", District, Village), false},
		{"xóm is a level", l.IsLevel("xóm"), true},
		{"Nguyễn is a family name", l.Surnames["Nguyễn"], true},
		{"ông is an honorific", l.Honorifics["ông"], true},
		{"bộ lists fields", l.ListBodies["bộ"], true},
		{"hội lists no fields", l.ListBodies["hội"], false},
		{"tỉnh ủy is the province's committee", l.Levels["tỉnh"].Committee == "tỉnh ủy", true},
		{"UBND expands", l.Abbrev["UBND"] == "Ủy ban nhân dân", true},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s: got %v", c.name, c.got)
		}
	}
}

func TestPhraseIndex(t *testing.T) {
	p := NewPhraseIndex([]string{"Bà Rịa-Vũng Tàu", "Bà Rịa", "Hà Nội"})
	toks := Tokenize("tỉnh Bà Rịa - Vũng Tàu và Hà Nội")
	for _, c := range []struct{ at, want int }{{0, 0}, {1, 5}, {7, 2}, {8, 0}, {6, 0}} {
		if got := p.Match(toks, c.at); got != c.want {
			t.Errorf("Match at %d (%q) = %d, want %d", c.at, toks[c.at].Text, got, c.want)
		}
	}
}
