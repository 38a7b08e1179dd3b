package vi

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// tokenizeRef is the tokenizer as it was written before its scanning loop
// was tuned (code points counted one by one, every letter decoded with its
// code point): the reading the tuned loop is held to.
func (s *scratch) tokenizeRef(t string) []Token {
	out := s.toks[:0]
	s.lower, s.pending = s.lower[:0], s.pending[:0]
	// one probe a word for every list of the lexicon (Token.Is), made as
	// the word is cut while its bytes are at hand; a word whose Lower is
	// pending is looked up once its Lower is known, at the end
	words := &Lex().classes.index
	space, newline := true, true
	camel := false
	pos := 0 // code-point index of byte i
	for i := 0; i < len(t); {
		// the ASCII case in line (a call per byte costs more than the test)
		c := t[i]
		if c == ' ' { // most of what stands between words
			space = true
			i++
			pos++
			continue
		}
		r, n, cl := rune(c), 1, asciiClass[c&0x7f]
		if c >= utf8.RuneSelf {
			r, n, cl = nextMultibyte(t, i)
		}
		if cl&cSpace != 0 {
			space = true
			if r == '\n' {
				newline = true
			}
			i += n
			pos++
			continue
		}
		bs, start := i, pos
		i += n
		pos++
		if cl&cWord != 0 {
			upperRun := cl&cUpper != 0
			folds := cl&cFolds != 0 // a letter changes in lower case
			prevLower := cl&cLower != 0
			// a name syllable: a capital, then letters none of which is
			// one (NameSyllable, which the grammar asks of a token many
			// times, at no cost)
			name := upperRun
			split := false
			for i < len(t) && !split {
				c2 := t[i]
				if c2-'a' < 26 {
					// lower-case ASCII letters, most of a word after its
					// first letter, go on it in a loop of their own
					j := i + 1
					for j < len(t) && t[j]-'a' < 26 {
						j++
					}
					pos += j - i
					i = j
					upperRun, prevLower = false, true
					continue
				}
				r2, n2, cl2 := rune(c2), 1, asciiClass[c2&0x7f]
				if c2 >= utf8.RuneSelf {
					r2, n2, cl2 = nextMultibyte(t, i)
				}
				if cl2&cWord != 0 {
					// "Trung QuốcNgụy Phượng Hòa": a capital right after a
					// lower-case letter starts a new word (a space lost in
					// editing); Vietnamese words never do that
					if cl2&cUpper != 0 && prevLower && i+n2 < len(t) {
						if _, _, cl3 := nextRune(t, i+n2); cl3&cLower != 0 {
							split = true
							break
						}
					}
					if cl2&cLower != 0 {
						upperRun = false
					}
					if cl2&cFolds != 0 {
						folds = true
					}
					if cl2&(cLetter|cUpper) != cLetter {
						name = false
					}
					prevLower = cl2&cLower != 0
					i += n2
					pos++
					continue
				}
				// "TP.HCM", "T.Ư", "KH&CN", "KT-XH": joiners between
				// capitals
				if (r2 == '.' || r2 == '&' || r2 == '-') && upperRun && i+n2 < len(t) {
					if _, _, cl3 := nextRune(t, i+n2); cl3&cUpper != 0 {
						i += n2
						pos++
						name = false
						continue
					}
				}
				break
			}
			text := t[bs:i]
			if cl&cUpper != 0 && !upperRun && i-bs > 4 {
				if k := GluedSplit(text); k > 0 {
					first := utf8.RuneCountInString(text[:k])
					out = append(out, Token{Start: start, End: start + first, ByteStart: bs, ByteEnd: bs + k, Text: text[:k], Lower: s.lowerWord(text[:k], len(out)),
						Word: true, Cap: true, Space: space, Newline: newline, Camel: camel, marks: uint8(bit(nameSyllable(text[:k])))})
					start, bs, text, cl = start+first, bs+k, text[k:], cLower
					name = nameSyllable(text) // rare: read again
					folds, space, newline, camel = false, false, false, true
				}
			}
			lower, lex := text, uint16(0)
			if folds {
				lower = s.lowerWord(text, len(out))
			} else {
				lex = words.lookup(text)
			}
			out = append(out, Token{Start: start, End: pos, ByteStart: bs, ByteEnd: i, Text: text, Lower: lower, Word: true, Cap: cl&cUpper != 0,
				Space: space, Newline: newline, Camel: camel, marks: uint8(bit(name)), lex: lex})
			camel = split
			if split {
				space, newline = false, false
				continue
			}
		} else {
			text := t[bs:i]
			out = append(out, Token{Start: start, End: pos, ByteStart: bs, ByteEnd: i, Text: text, Lower: text, Space: space, Newline: newline})
		}
		space, newline, camel = false, false, false
	}
	lowered := string(s.lower)
	at := int32(0)
	for _, p := range s.pending {
		tk := &out[p.tok]
		tk.Lower = lowered[at:p.end]
		at = p.end
		tk.lex = words.lookup(tk.Lower)
	}
	// a walk may stop at a word of the walk's classes or kind, a
	// capitalized one of its capitals' classes, one that begins with a
	// digit: what NextWalkStop stops at, from the entry's bits
	for i := range out {
		if tk := &out[i]; tk.Word && (tk.IsOrOpens(WalkClasses, WalkKind) || tk.Cap && tk.Is(WalkCapClasses) || tk.Text[0] >= '0' && tk.Text[0] <= '9') {
			tk.marks |= markWalk
		}
	}
	return out
}

// FuzzTokenizeAsRef: the tuned tokenizer cuts any bytes, valid UTF-8 or
// not, into the tokens the plain reading does, field for field (code-point
// offsets, Lower, marks, the word's entry in the class table).
func FuzzTokenizeAsRef(f *testing.F) {
	for _, s := range []string{
		"Ông Phú Trọngmong đến. Nguyễn Đà Nẵng",
		"Acbế Nguyễnchủ tịch 12 ông", // a glued word's second, a role word: the walk's mark
		"Chủ tịch UBND TP.HCM Phan Văn Mãi; Bí thư Tỉnh ủy Bà Rịa-Vũng Tàu",
		"Trung QuốcNgụy Phượng Hòa (sinh năm 1971), KH&CN – 12,5%\n\nĐẮK LẮK\tHà\u00a0Nội",
		"İstanbul 5\u212Aelvin STRAẞE Ωmega ĐỒNG Aǅb ǅa A1 1A iPhone T.Ư Thànhphố Hà\u0300 A中 😀x",
		"\xc0\x80 \xe0\x80\x80 \xed\xa0\x80 \xe1\xba \xc3 \xe1\xbb\xc3 \xf4\x90\x80\x80 a\xe1\xbb",
		"chữ thường không hoa\u2028của các người\u3000và",
		// capitals that do not change in lower case, after a lower-case
		// letter; a sentence's last word before its full stop
		"naϒbc xϔy Aϓb trường. đồng.” – năm 2017. TP.HCM",
		// words whose first letter alone is lowered, of more and fewer
		// than 16 bytes, near the text's end and far from it
		"Đồng Thànhphốhồchíminhxinh Nguyễnchủtịchnướcta Hà Nội, Việt Nam Ởcácnơikhácđâyđólàđểđếnđi Ả",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var b scratch
		want := b.tokenizeRef(s)
		// a fresh scratch, whose array fills at once (every token but a
		// few cut by slowStep), and one with room for every token
		// (fastTokens cuts what it can) and for every lowered word (a
		// word's rest moved 16 bytes at once, not appended)
		for _, a := range []*scratch{{}, {toks: make([]Token, 0, len(s)+1), lower: make([]byte, 0, 2*len(s)+16)}} {
			got := a.tokenize(s)
			if len(got) != len(want) {
				t.Fatalf("%q: %d tokens, want %d", s, len(got), len(want))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("%q: token %d = %+v, want %+v", s, i, got[i], want[i])
				}
			}
		}
	})
}

// TestTokenizeLexWordsAsRef: every word of the class table, and words one
// byte off them, tokenized on their own and in a run of text, get the
// tokens (their entry in the table above all) the plain reading gives:
// the tuned loop looks up a lower-case word's first slot itself and hands
// the rest (a slot of another word, a word of more than eight bytes) to
// the table's lookup. Random bytes seldom spell a word of the table, so
// FuzzTokenizeAsRef alone would not hold that probe to lookup.
func TestTokenizeLexWordsAsRef(t *testing.T) {
	var words []string
	for w := range Lex().classes.ids {
		words = append(words, w, w+"a", "a"+w, w[:len(w)-1], w[1:])
		if len(w) > 8 {
			b := []byte(w)
			b[4]++
			words = append(words, string(b))
		}
	}
	same := func(text string) {
		t.Helper()
		var b scratch
		a := scratch{toks: make([]Token, 0, len(text)+1)} // room: fastTokens cuts it
		got, want := a.tokenize(text), b.tokenizeRef(text)
		if len(got) != len(want) {
			t.Fatalf("%.80q: %d tokens, want %d", text, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%.80q: token %d = %+v, want %+v", text, i, got[i], want[i])
			}
		}
	}
	hits := 0
	for _, w := range words {
		same(w)
		if toks := Tokenize(w); len(toks) == 1 && toks[0].lex != 0 {
			hits++
		}
	}
	same(strings.Join(words, " "))
	if hits < len(Lex().classes.ids)/2 {
		t.Errorf("%d of %d words of the table found alone, want most", hits, len(Lex().classes.ids))
	}
}

// TestFindAsLookup: find, the word table's probe written out with no
// call, gives lookup's id for every word of the table, for words one byte
// off them, and for words near them in length (a word longer than its
// eight-byte key compared in full).
func TestFindAsLookup(t *testing.T) {
	c := Lex().classes
	for w := range c.ids {
		near := []string{w, w + "a", "a" + w, w + w, w[:len(w)-1], w[1:]}
		for k := range len(w) {
			b := []byte(w)
			b[k] ^= 0x01
			near = append(near, string(b))
		}
		for _, v := range near {
			if v == "" {
				continue
			}
			if got, want := c.index.find(v), c.index.lookup(v); got != want {
				t.Errorf("find(%q) = %d, lookup gives %d", v, got, want)
			}
		}
	}
}
