package vi

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline/doc"
)

// TestLowerIsToLower: every token's Lower is strings.ToLower of its text,
// whether it is the text itself, a part of one lowered copy shared by the
// text's capitalized words, or a glued word split in two; letters whose
// lower case is shorter or longer in UTF-8 (İ, the Kelvin sign, ẞ) keep the
// parts that follow them in place. A second text tokenized after the first
// (the scratch reused) leaves the first one's tokens as they were.
func TestLowerIsToLower(t *testing.T) {
	texts := []string{
		"Ông Phú Trọngmong đến.",
		"Chủ tịch UBND TP.HCM Phan Văn Mãi; Bí thư Tỉnh ủy Bà Rịa-Vũng Tàu",
		"Trung QuốcNgụy Phượng Hòa (sinh năm 1971), KH&CN – 12,5%\n\nĐẮK LẮK",
		"İstanbul 5\u212Aelvin STRAẞE Ωmega Đà Nẵng ĐỒNG",
		"chữ thường không hoa",
		"",
	}
	var all [][]Token
	for _, text := range texts {
		all = append(all, Tokenize(text))
	}
	for i, text := range texts {
		toks := all[i]
		if again := Tokenize(text); len(again) != len(toks) {
			t.Fatalf("%q: %d tokens, then %d", text, len(toks), len(again))
		}
		var got []string
		for _, tk := range toks {
			if want := strings.ToLower(tk.Text); tk.Lower != want {
				t.Errorf("%q: token %q has Lower %q, want %q", text, tk.Text, tk.Lower, want)
			}
			got = append(got, tk.Text)
		}
		if text != "" && strings.Join(got, "") != strings.Join(strings.Fields(text), "") {
			t.Errorf("%q: tokens %q do not cover the text", text, got)
		}
	}
}

// TestTokensReleased: a document's tokens (Tokens, in a pooled buffer) are
// Tokenize's, and stay so while other documents are tokenized; once it is
// released, the next documents' tokens (in the buffer it gave back) are
// theirs, with Lower still right.
func TestTokensReleased(t *testing.T) {
	texts := []string{
		"Chủ tịch UBND TP.HCM Phan Văn Mãi; Bí thư Tỉnh ủy Bà Rịa-Vũng Tàu",
		"Trung QuốcNgụy Phượng Hòa (sinh năm 1971), KH&CN – 12,5%\n\nĐẮK LẮK",
		"chữ thường không hoa",
		"Ông Phú Trọngmong đến.",
	}
	same := func(a, b []Token) bool {
		if len(a) != len(b) {
			return false
		}
		for i := range a {
			if a[i] != b[i] {
				return false
			}
		}
		return true
	}
	for round := 0; round < 3; round++ {
		var docs []*doc.Document
		for _, text := range texts {
			d := doc.NewDocument("x", text)
			Tokens(d)
			docs = append(docs, d)
		}
		for i, d := range docs {
			if got := Tokens(d); !same(got, Tokenize(texts[i])) {
				t.Fatalf("round %d: %q: pooled tokens differ from Tokenize", round, texts[i])
			}
		}
		for _, d := range docs {
			d.Release()
		}
	}
}

// FuzzNextMultibyte: the tokenizer's decoding of a code point that is not
// ASCII is utf8.DecodeRuneInString's, on any bytes, valid or not.
func FuzzNextMultibyte(f *testing.F) {
	for _, s := range []string{"ễ", "Đ", "ư", "\u0300", "\u2013", "😀", "\xc0\x80", "\xe0\x80\x80", "\xed\xa0\x80", "\xe1\xba", "\xc3", "\xe1\xbb\xc3", "\xf4\x90\x80\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := 0; i < len(s); i++ {
			if s[i] < utf8.RuneSelf {
				continue
			}
			r, n, cl := nextMultibyte(s, i)
			wr, wn := utf8.DecodeRuneInString(s[i:])
			if r != wr || n != wn || cl != computeClass(wr) {
				t.Errorf("nextMultibyte(%q, %d) = %U %d %v, want %U %d %v", s, i, r, n, cl, wr, wn, computeClass(wr))
			}
		}
	})
}

// FuzzNameSyllable: the name-syllable mark the tokenizer sets as it cuts a
// word is the letter-by-letter reading of the token's text, on any text:
// words split at a lost space, glued syllables split apart, joiners,
// digits, combining marks, letters with no case.
func FuzzNameSyllable(f *testing.F) {
	for _, s := range []string{
		"Ông Phú Trọngmong đến.",
		"Chủ tịch UBND TP.HCM Phan Văn Mãi; Bí thư Tỉnh ủy Bà Rịa-Vũng Tàu",
		"Trung QuốcNgụy Phượng Hòa (sinh năm 1971), KH&CN – 12,5%\n\nĐẮK LẮK",
		"İstanbul 5\u212Aelvin STRAẞE Ωmega Đà Nẵng ĐỒNG Hà\u0300 Q1 Aǅb A中 Thànhphố",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, tk := range Tokenize(s) {
			if want := tk.Word && nameSyllable(tk.Text); tk.NameSyllable() != want {
				t.Errorf("%q: token %q NameSyllable %v, want %v", s, tk.Text, tk.NameSyllable(), want)
			}
		}
	})
}

// FuzzJoin: Join, which returns the span of the text the tokens stand in
// when that is what it writes, equals writing the tokens out one by one
// (one space where any stood), for every run of up to six tokens of any
// text.
func FuzzJoin(f *testing.F) {
	for _, s := range []string{
		"Chủ tịch UBND TP.HCM Phan Văn Mãi; Bí thư Tỉnh ủy Bà Rịa-Vũng Tàu",
		"Trung QuốcNgụy Phượng Hòa (sinh năm 1971),  KH&CN – 12,5%\n\nĐẮK LẮK\tHà\u00a0Nội",
		"Ông Phú Trọngmong đến.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		for a := 0; a < len(toks); a++ {
			for b := a; b <= len(toks) && b <= a+6; b++ {
				if got, want := Join(toks[a:b]), joinCopy(toks[a:b]); got != want {
					t.Errorf("%q: Join of tokens %d-%d = %q, want %q", s, a, b, got, want)
				}
			}
		}
	})
}

// FuzzLowerIsToLower: every word token's Lower is strings.ToLower of its
// text on any valid text, whichever way the tokenizer lowered it (the
// first letter alone, letter by letter, a glued word split in two).
func FuzzLowerIsToLower(f *testing.F) {
	for _, s := range []string{
		"Ông Phú Trọngmong đến. Nguyễn Đà Nẵng",
		"İstanbul 5\u212Aelvin STRAẞE Ωmega ĐỒNG Aǅb ǅa A1 1A iPhone TP.HCM Thànhphố",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // the tokenizer reads normalized text
		}
		for _, tk := range Tokenize(s) {
			if want := strings.ToLower(tk.Text); tk.Word && tk.Lower != want {
				t.Errorf("%q: token %q has Lower %q, want %q", s, tk.Text, tk.Lower, want)
			}
		}
	})
}

// TestJoinTokensNotCutFromOneText: tokens whose strings are not where
// their offsets say in one text (made by hand, or taken from two texts)
// are joined by copying, never read as a span of memory.
func TestJoinTokensNotCutFromOneText(t *testing.T) {
	a, b := Tokenize("Phan Văn Mãi"), Tokenize("xx Văn Mãi")
	for _, tc := range []struct {
		name string
		toks []Token
		want string
	}{
		{"two texts, offsets that fit", []Token{a[0], b[1], b[2]}, "Phan Văn Mãi"},
		{"made by hand", []Token{
			{ByteStart: 0, ByteEnd: 4, Text: strings.Clone("Phan")},
			{ByteStart: 5, ByteEnd: 8, Text: strings.Clone("Văn"), Space: true},
		}, "Phan Văn"},
		{"empty first token", []Token{{}, a[1]}, " Văn"}, // a space where one stood
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, ok := spanned(tc.toks); ok {
				t.Errorf("spanned took tokens of separate strings as one span")
			}
			if got := Join(tc.toks); got != tc.want {
				t.Errorf("Join = %q, want %q", got, tc.want)
			}
		})
	}
	if s, ok := spanned(a); !ok || s != "Phan Văn Mãi" {
		t.Errorf("tokens of one text: spanned = %q, %v; want the text itself", s, ok)
	}
}

// TestScratchReuse: a scratch taken back from one text and given the
// next cuts that text as a fresh one does, and keeps nothing of the first
// text past the second's tokens (no string of it stays reachable from the
// array), whichever of the two is longer.
func TestScratchReuse(t *testing.T) {
	long := strings.Repeat("Chủ tịch UBND TP.HCM Phan Văn Mãi; Bí thư Tỉnh ủy Bà Rịa-Vũng Tàu. ", 20)
	short := "Ông Phú Trọngmong đến."
	for _, c := range [][]string{{long, short}, {short, long}, {long, short, short, long, ""}} {
		var s scratch
		for k, text := range c {
			var fresh scratch
			want := fresh.tokenize(text)
			got := s.tokenize(text)
			if len(got) != len(want) {
				t.Fatalf("text %d: %d tokens, want %d", k, len(got), len(want))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("text %d: token %d = %+v, want %+v", k, i, got[i], want[i])
				}
			}
			for i, tk := range got[len(got):cap(got)] {
				if tk != (Token{}) {
					t.Fatalf("text %d: token %d past the end still holds %+v", k, len(got)+i, tk)
				}
			}
			s.recycle(got) // s also goes to the pool: nothing else runs here meanwhile
		}
	}
}

// TestSetFlags: the one store of setFlags puts each flag and lex in its
// own field, read back as fields, whatever was in the slot before.
func TestSetFlags(t *testing.T) {
	cases := []struct {
		word, space, newline, camel, cap, name, walk bool
		lex                                          uint16
	}{
		{word: true, lex: 0},
		{word: true, space: true, cap: true, lex: 1},
		{word: true, walk: true, lex: 2},
		{space: true, newline: true, camel: true, name: true, lex: 0x1234},
		{word: true, space: true, newline: true, camel: true, cap: true, name: true, walk: true, lex: 0xffff},
		{lex: 0x8001},
	}
	for _, c := range cases {
		f := bit(c.word)*fWord | bit(c.space)*preSpace | bit(c.newline)*preNewline | bit(c.camel)*preCamel |
			bit(c.cap)*fCap | bit(c.name)<<fName | bit(c.walk)<<fWalk | uint64(c.lex)<<fLex
		tk := Token{Word: !c.word, Space: !c.space, Newline: !c.newline, Camel: !c.camel, Cap: !c.cap, marks: ^uint8(bit(c.name) | bit(c.walk)<<1), lex: ^c.lex}
		tk.setFlags(f)
		got := [7]bool{tk.Word, tk.Space, tk.Newline, tk.Camel, tk.Cap, tk.NameSyllable(), tk.marks&markWalk != 0}
		want := [7]bool{c.word, c.space, c.newline, c.camel, c.cap, c.name, c.walk}
		if got != want || tk.marks&^(markName|markWalk) != 0 || tk.lex != c.lex {
			t.Errorf("setFlags(%#x): flags %v lex %#x, want %v lex %#x", f, got, tk.lex, want, c.lex)
		}
	}
}
