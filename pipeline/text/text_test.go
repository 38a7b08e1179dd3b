package text

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vnextract/vnextract/pipeline/doc"
)

func TestNormalizeTonePlacement(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Hoà Bình", "Hòa Bình"},
		{"thuỷ sản", "thủy sản"},
		{"Quận uỷ", "Quận ủy"},
		{"Khoá XI", "Khóa XI"},
		{"khoẻ mạnh", "khỏe mạnh"},
		{"UỶ BAN", "ỦY BAN"},
		{"hoàng hôn", "hoàng hôn"},       // closed syllable: the mark stays
		{"thuyết trình", "thuyết trình"}, // closed syllable
		{"quý I", "quý I"},               // "qu" is the onset: the mark stays on y
		{"hòa", "hòa"},                   // already canonical
		{"Thuỵ Điển", "Thụy Điển"},
	}
	for _, c := range cases {
		if got := Normalize(c.in); got != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNormalizeForms(t *testing.T) {
	decomposed := norm.NFD.String("Nguyễn Văn Hòa")
	if got := Normalize(decomposed); got != "Nguyễn Văn Hòa" {
		t.Errorf("NFD input: got %q", got)
	}
	if got := Normalize("a\u00a0b\r\nc\u200bd\te"); got != "a b\ncd e" {
		t.Errorf("spaces and line ends: got %q", got)
	}
}

// TestNormalizeNFCCheck holds the one-pass NFC check to the full
// normalizer: text that is not NFC, in scripts past the table and with
// stray bytes, comes out as NFC then normalized would.
func TestNormalizeNFCCheck(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Nguye\u0302\u0303n", "Nguyễn"},     // combining circumflex and tilde after a base letter
		{"Vie\u0302\u0323t Nam", "Việt Nam"}, // two marks out of canonical order
		{"Vie\u0323\u0302t", "Việt"},         // two marks in canonical order
		{"\u1100\u1161 và 한", "\uac00 và 한"}, // Hangul jamo compose; past the table
		{"Ω \u2126 Å \u212b", "Ω Ω Å Å"},     // singletons (Ohm, Angstrom signs)
		{"a\u2000b", "a b"},                  // en quad: NFC makes it en space, then a space
		{"ho\u0300a", "hòa"},                 // decomposed old-style tone: composed, then moved
		{"x\xffy", "x\ufffdy"},               // a stray byte
		{"Thủ tướng\u00a0Phạm Minh Chính", "Thủ tướng Phạm Minh Chính"}, // NFC already
	}
	for _, c := range cases {
		if got := Normalize(c.in); got != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSentences(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string
	}{
		{"abbreviations and numbers", "Tại TP. Hồ Chí Minh, ThS. Lê A cho biết giải quyết 2.172 ý kiến, đạt 82,6%. Năm 2022 tiếp tục.",
			[]string{"Tại TP. Hồ Chí Minh, ThS. Lê A cho biết giải quyết 2.172 ý kiến, đạt 82,6%.", "Năm 2022 tiếp tục."}},
		{"dates stay whole", "Ngày 13/01/2022, hội nghị diễn ra. PGS.TS. Nguyễn B phát biểu.",
			[]string{"Ngày 13/01/2022, hội nghị diễn ra.", "PGS.TS. Nguyễn B phát biểu."}},
		{"headline without full stop", "Tổng kết công tác dân vận\nSáng 31/12, Ban Dân vận tổ chức hội nghị…",
			[]string{"Tổng kết công tác dân vận", "Sáng 31/12, Ban Dân vận tổ chức hội nghị…"}},
		{"quotes", "Ông nói: “dân là gốc”. Đó là phương châm.",
			[]string{"Ông nói: “dân là gốc”.", "Đó là phương châm."}},
		{"ellipsis inside", "các mô hình như: Tổ COVID cộng đồng, Vùng xanh… Đồng thời triển khai.",
			[]string{"các mô hình như: Tổ COVID cộng đồng, Vùng xanh…", "Đồng thời triển khai."}},
		{"lower case after dot", "vào lúc 7 giờ. sau đó", []string{"vào lúc 7 giờ. sau đó"}},
	}
	for _, c := range cases {
		rs := []rune(c.in)
		var got []string
		for _, s := range Sentences(rs) {
			got = append(got, string(rs[s[0]:s[1]]))
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"Hoà Bình", "thuỷ", "Quận uỷ Hoàn Kiếm", "\u0301a", "q\u00fa", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		out := Normalize(s)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from %q", s)
		}
		if again := Normalize(out); again != out {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, out, again)
		}
		// the one-pass NFC check must agree with the full normalizer
		if full := Normalize(norm.NFC.String(s)); full != out {
			t.Fatalf("%q: one pass %q, full NFC first %q", s, out, full)
		}
	})
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"A. B.", "TP. HCM. Ông A.", "…\n\n“x”. Y", "1.2. 3", "PGS.TS. Lê", "Ông Đ. Văn", "a\xe2\x80. B", "x.\u2028Y", "a…” B", "\xffA. \xc3", "T.Ư. Đảng",
		// stops found eight bytes at a time: at each place in a word
		"abcdefgh. Ijklmnop! Qrstuvwx? Yz", "Một hai ba bốn năm… Sáu bảy tám.\nChín mười", "1234567.\n", "0123456789abcde. Fghijklmnopqrstu! V", "Một hai ba bốn năm sáu bảy…"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// the offsets are checked at every code point and byte, each a
		// walk from the nearest indexed point, and the reference splitter
		// reads runes: the work grows faster than the input, and long
		// inputs stalled the fuzzer; sentence ends are seen in far fewer
		// bytes than these
		s = s[:min(len(s), 256)]
		// invalid UTF-8 is split without a panic, its spans in bounds
		prev := 0
		for _, sp := range SentencesIn(s) {
			if sp[0] < prev || sp[0] > sp[1] || sp[1] > len(s) {
				t.Fatalf("bad span %v after %d in %q", sp, prev, s)
			}
			prev = sp[1]
		}
		// valid, read by byte, the spans are those of the splitter over
		// runes
		rs := []rune(s)
		got := SentencesIn(string(rs))
		if want := sentencesRunes(rs); !slices.Equal(got, want) {
			t.Fatalf("%q: by byte %v, over runes %v", s, got, want)
		}
		if !slices.Equal(Sentences(rs), got) {
			t.Fatalf("%q: Sentences and SentencesIn differ", s)
		}
		// appended after earlier spans, the same spans follow them
		prefix := [][2]int{{1, 2}, {3, 4}}
		if app := AppendSentencesIn(prefix[:2:2], string(rs)); !slices.Equal(app[:2], prefix) || !slices.Equal(app[2:], got) {
			t.Fatalf("%q: AppendSentencesIn %v, SentencesIn %v", s, app, got)
		}
		// counted by the document's cursor, which builds its code-point
		// index on valid text (as ingest does) and counts on other text;
		// the index is then the one Len and ByteOffset build themselves
		for _, valid := range []bool{true, false} {
			d := doc.NewDocument("x", string(rs))
			if valid {
				d.MarkValid()
			}
			idx := AppendDocSentences(prefix[:2:2], d)
			if !slices.Equal(idx[:2], prefix) || !slices.Equal(idx[2:], got) {
				t.Fatalf("%q (valid %v): AppendDocSentences %v, SentencesIn %v", s, valid, idx[2:], got)
			}
			if n := d.Len(); n != len(rs) {
				t.Fatalf("%q (valid %v): Len %d, want %d", s, valid, n, len(rs))
			}
			ref := doc.NewDocument("y", string(rs))
			ref.MarkValid()
			for r := 0; r <= len(rs); r++ {
				if b, want := d.ByteOffset(r), ref.ByteOffset(r); b != want {
					t.Fatalf("%q (valid %v): ByteOffset(%d) = %d, want %d", s, valid, r, b, want)
				}
			}
			for b := 0; b <= len(string(rs)); b++ {
				if r, want := d.RuneOffset(b), ref.RuneOffset(b); r != want {
					t.Fatalf("%q (valid %v): RuneOffset(%d) = %d, want %d", s, valid, b, r, want)
				}
			}
		}
	})
}

// TestSentencesInCorpus holds the byte reader to the rune splitter on real
// articles (every 8th of the unlabeled corpus).
func TestSentencesInCorpus(t *testing.T) {
	for _, s := range benchTexts(t) {
		s = Normalize(s)
		if got, want := SentencesIn(s), sentencesRunes([]rune(s)); !slices.Equal(got, want) {
			t.Fatalf("%.80q...: by byte %v, over runes %v", s, got, want)
		}
	}
}

// FuzzNormalizeRef holds normalize, with its pass over runes that need
// nothing, to the loop as it was written before it.
func FuzzNormalizeRef(f *testing.F) {
	for _, s := range []string{"Hoà Bình", "thuỷ", "Quận uỷ Hoàn Kiếm", "\u0301a", "q\u00fa", "", "a\u00a0b\u200bc\u2028d\r\ne\tf", "hoà\u0300", "Ủy ban\xffx", "ô\u00e0", "ngoà", "\xed\xa0\x80o\u00e0",
		// runs of ASCII read eight bytes at a time: a tab, a return or a
		// letter past ASCII at each place in a word, and at its end
		"abcdefg\thijklmno\rpqrstuv\u00e0wxyzABCDoà", "12345678", "1234567\r", "12345678hoà\u2028\u00a0x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, check := range []bool{true, false} {
			got, gotOK := normalize(s, check)
			want, wantOK := normalizeRef(s, check)
			if got != want || gotOK != wantOK {
				t.Fatalf("%q (check NFC %v): %q %v, before %q %v", s, check, got, gotOK, want, wantOK)
			}
		}
	})
}

// TestNormalizeRefCorpus: the same on every 8th unlabeled article.
func TestNormalizeRefCorpus(t *testing.T) {
	for _, s := range benchTexts(t) {
		if got, want := Normalize(s), normalizeRefAll(s); got != want {
			t.Fatalf("%.80q: differs from before", s)
		}
	}
}

// normalizeRefAll is Normalize over normalizeRef.
func normalizeRefAll(s string) string {
	out, ok := normalizeRef(s, true)
	if !ok {
		out, _ = normalizeRef(norm.NFC.String(s), false)
	}
	for round := 0; round < 3 && out != s && !norm.NFC.IsNormalString(out); round++ {
		out, _ = normalizeRef(norm.NFC.String(out), false)
	}
	return out
}

// TestLastRuneAndLetter holds the in-place readers to unicode/utf8 and
// unicode: lastRune on every one-, two- and three-byte ending after any
// lead byte, isLetter on every code point to U+FFFF.
func TestLastRuneAndLetter(t *testing.T) {
	for r := rune(0); r <= 0xFFFF; r++ {
		if isLetter(r) != unicode.IsLetter(r) {
			t.Fatalf("isLetter(%U) = %v", r, isLetter(r))
		}
	}
	for _, pre := range []string{"", "a", "\xc3", "\xe1", "\xe1\xba", "\xf0\x9f", "\x80"} {
		for a := 0; a < 256; a++ {
			for b := 0x80; b < 0xC0; b++ {
				for _, s := range []string{pre + string([]byte{byte(a), byte(b)}), pre + string([]byte{0xE1, byte(a), byte(b)}), pre + string([]byte{byte(a), 0xBB, byte(b)})} {
					gr, gn := lastRune(s)
					wr, wn := utf8.DecodeLastRuneInString(s)
					if gr != wr || gn != wn {
						t.Fatalf("lastRune(%q) = %U %d, utf8 %U %d", s, gr, gn, wr, wn)
					}
				}
			}
		}
	}
}
