package doc

import (
	"math/bits"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestRuneOffset(t *testing.T) {
	for _, text := range []string{"", "abc", "Nguyễn Văn Hòa", strings.Repeat("ủy ban nhân dân ", 40),
		strings.Repeat("x", 63) + "đ" + strings.Repeat("y", 64), strings.Repeat("ế", 64)} {
		d := NewDocument("x", text)
		for b := 0; b <= len(text); b++ {
			if b < len(text) && !utf8.RuneStart(text[b]) {
				continue
			}
			if got, want := d.RuneOffset(b), utf8.RuneCountInString(text[:b]); got != want {
				t.Fatalf("%q: RuneOffset(%d) = %d, want %d", text, b, got, want)
			}
		}
	}
}

func TestKey(t *testing.T) {
	cases := map[string]string{"  Nguyễn  Văn Hòa, ": "nguyễn văn hòa", "“Phó Chủ tịch”": "phó chủ tịch", "- 25-NQ/TW.": "25-nq/tw"}
	for in, want := range cases {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestOverlapsMatchesScan checks the index against a plain scan over
// random mentions added between queries, as stages do.
func TestOverlapsMatchesScan(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	d := NewDocument("x", strings.Repeat("a", 5000))
	kinds := []Kind{KindPerson, KindDate, KindTitle}
	scan := func(s, e int, ks ...Kind) bool {
		for _, m := range d.Mentions {
			for _, k := range ks {
				if m.Kind == k && m.Start < e && s < m.End {
					return true
				}
			}
		}
		return false
	}
	for i := 0; i < 3000; i++ {
		s := rng.Intn(5000)
		d.Add(&Mention{Kind: kinds[rng.Intn(3)], Start: s, End: s + 1 + rng.Intn(20)})
		for q := 0; q < 3; q++ {
			qs := rng.Intn(5000)
			qe := qs + rng.Intn(30)
			ks := kinds[:1+rng.Intn(3)]
			if got, want := d.Overlaps(qs, qe, ks...), scan(qs, qe, ks...); got != want {
				t.Fatalf("after %d mentions: Overlaps(%d,%d,%v) = %v, scan says %v", i+1, qs, qe, ks, got, want)
			}
		}
	}
}

func TestExpired(t *testing.T) {
	d := NewDocument("x", "")
	for i := 0; i < 1000; i++ {
		if d.Expired() {
			t.Fatal("no deadline: expired")
		}
	}
	d.Deadline = time.Now().Add(-time.Second)
	n := 0
	for !d.Expired() {
		n++
		if n > 256 {
			t.Fatal("a passed deadline not seen within 256 checks")
		}
	}
}

func TestByteOffset(t *testing.T) {
	for _, text := range []string{"", "abc", "Nguyễn Văn Hòa", strings.Repeat("ủy ban nhân dân ", 40), "a\xffb\xfeđ" + strings.Repeat("ế", 130)} {
		d := NewDocument("x", text)
		for r := 0; r <= d.Len(); r++ {
			want := len(string([]rune(text)[:r]))
			if utf8.ValidString(text) {
				if got := d.ByteOffset(r); got != want {
					t.Fatalf("%q: ByteOffset(%d) = %d, want %d", text, r, got, want)
				}
			}
			if got := d.RuneOffset(d.ByteOffset(r)); got != r {
				t.Fatalf("%q: RuneOffset(ByteOffset(%d)) = %d", text, r, got)
			}
		}
	}
}

// TestSliceAndTrimAsRunes holds Slice, Trim and Len, which read Text by
// byte, to what they return over the text's code points, invalid bytes
// included (each is one code point, U+FFFD).
func TestSliceAndTrimAsRunes(t *testing.T) {
	for _, text := range []string{"", "abc", " Nguyễn Văn Hòa\u00a0 ", "\n\t ủy ban  \r", "a\xffb \xfe đ ", "\x80x\xe1\x80 \xc2\xa0", strings.Repeat("ế ", 70)} {
		d := NewDocument("x", text)
		rs := []rune(text)
		check(t, d, text, rs)
		if string(d.Runes()) != string(rs) {
			t.Fatalf("%q: Runes differ", text)
		}
		check(t, d, text, rs) // now from the runes
		d.Release()
		check(t, d, text, rs)
	}
}

// TestMarkValid: a document told its text is valid UTF-8 counts code
// points by their leading bytes and gives the same Len, Slice, Trim,
// ByteOffset and RuneOffset as one that decodes them.
func TestMarkValid(t *testing.T) {
	for _, text := range []string{"", "abc", " Nguyễn Văn Hòa\u00a0 ", "\n\t ủy ban  \r", "𝔸 ấ\U0010FFFF b", strings.Repeat("ế ", 70), strings.Repeat("Ủy ban 𝔸 nhân dân ", 30)} {
		d, plain := NewDocument("x", text), NewDocument("x", text)
		d.MarkValid()
		check(t, d, text, []rune(text))
		for r := 0; r <= plain.Len(); r++ {
			if got, want := d.ByteOffset(r), plain.ByteOffset(r); got != want {
				t.Fatalf("%q: ByteOffset(%d) = %d, want %d", text, r, got, want)
			}
		}
		for b := 0; b <= len(text); b++ {
			if got, want := d.RuneOffset(b), plain.RuneOffset(b); got != want {
				t.Fatalf("%q: RuneOffset(%d) = %d, want %d", text, b, got, want)
			}
		}
		d.SetText("a\xffb") // no longer known valid
		check(t, d, "a\xffb", []rune("a\xffb"))
	}
}

// check compares d's Slice, Trim and Len with the code points rs of text.
func check(t *testing.T, d *Document, text string, rs []rune) {
	t.Helper()
	if d.Len() != len(rs) {
		t.Fatalf("%q: Len %d, want %d", text, d.Len(), len(rs))
	}
	for s := -1; s <= len(rs)+1; s++ {
		for e := s; e <= len(rs)+1; e++ {
			want := ""
			if a, b := max(s, 0), min(e, len(rs)); a < b {
				want = string(rs[a:b])
			}
			if got := d.Slice(s, e); got != want {
				t.Fatalf("%q: Slice(%d, %d) = %q, want %q", text, s, e, got, want)
			}
			if s < 0 || e > len(rs) {
				continue
			}
			ws, we := s, e
			for ws < we && isSpace(rs[ws]) {
				ws++
			}
			for we > ws && isSpace(rs[we-1]) {
				we--
			}
			if gs, ge := d.Trim(s, e); gs != ws || ge != we {
				t.Fatalf("%q: Trim(%d, %d) = %d, %d, want %d, %d", text, s, e, gs, ge, ws, we)
			}
		}
	}
}

// TestRuneOffsetCounts: RuneOffset is the number of bytes before b that
// start a code point (continuation bytes, 10xxxxxx, do not), at every
// offset of texts with stray continuation bytes and runs longer than a
// block of the index.
func TestRuneOffsetCounts(t *testing.T) {
	for _, text := range []string{"", "abc", "\x80\x80ấ\xbfb", strings.Repeat("Nguyễn ", 30) + "\xc3", strings.Repeat("x", 64), strings.Repeat("đ", 64)} {
		d := NewDocument("x", text)
		want := 0
		for b := 0; b <= len(text); b++ {
			if got := d.RuneOffset(b); got != want {
				t.Fatalf("%q: RuneOffset(%d) = %d, want %d", text, b, got, want)
			}
			if b < len(text) && text[b]&0xC0 != 0x80 {
				want++
			}
		}
	}
}

// indexRunesSlow is the index code point by code point.
func indexRunesSlow(s string) []int32 {
	var idx []int32
	i := 0
	for b := range s {
		if i%16 == 0 {
			idx = append(idx, int32(b))
		}
		i++
	}
	return idx
}

func checkIndexRunes(t *testing.T, s string) {
	t.Helper()
	want := indexRunesSlow(s)
	got := make([]int32, utf8.RuneCountInString(s)/16+1)
	byByte := make([]int32, len(s)/64+1)
	if n := indexRunes(s, got, byByte); n != utf8.RuneCountInString(s) {
		t.Errorf("%q: indexRunes counted %d code points, want %d", s, n, utf8.RuneCountInString(s))
	}
	for k := range byByte { // code points that start before byte k*64
		want := 0
		for i := range k * 64 {
			if s[i]&0xC0 != 0x80 {
				want++
			}
		}
		if int(byByte[k]) != want {
			t.Errorf("%q: %d code points before byte %d, want %d", s, byByte[k], k*64, want)
		}
	}
	// the cursor, stopped at every byte (twice) and at every third, builds
	// the same index and counts as RuneOffset does
	for _, every := range []int{1, 3} {
		d := NewDocument("x", s)
		d.MarkValid()
		cur := d.Cursor()
		for b := 0; b <= len(s); b += every {
			for range 2 {
				if got, want := cur.At(b), CountRunes(s[:b]); got != want {
					t.Fatalf("%q: cursor at byte %d: %d code points, want %d", s, b, got, want)
				}
			}
		}
		cur.Done()
		if d.nrunes != utf8.RuneCountInString(s)+1 || !slices.Equal(d.runeToByte[:len(got)], got) || !slices.Equal(d.byteToRune, byByte) {
			t.Fatalf("%q: cursor's index %v %v (%d), want %v %v", s, d.runeToByte, d.byteToRune, d.nrunes-1, got, byByte)
		}
	}
	if len(want) < len(got) {
		want = append(want, make([]int32, len(got)-len(want))...) // the slot past the end stays 0
	}
	if !slices.Equal(got, want) {
		t.Errorf("%q: index %v, want %v", s, got, want)
	}
}

// TestIndexRunes holds the word-at-a-time index to the plain walk on texts
// of every length around the word and step sizes, in one- to four-byte
// code points.
func TestIndexRunes(t *testing.T) {
	pieces := []string{"a", "ă", "ế", "𝔸", " ", "Đ", "ự"}
	for n := 0; n < 80; n++ {
		for p := range pieces {
			var b strings.Builder
			for i := 0; i < n; i++ {
				b.WriteString(pieces[(p+i*i)%len(pieces)])
			}
			checkIndexRunes(t, b.String())
		}
	}
	checkIndexRunes(t, strings.Repeat("Thủ tướng Phạm Minh Chính ", 40))
	// sixteen code points in sixteen bytes: a 16th in every two words
	checkIndexRunes(t, strings.Repeat("abcdefgh", 40))
	checkIndexRunes(t, "ă"+strings.Repeat("abcdefgh", 40))
}

// TestTopBits: for every set of top bits in a word, topBits counts them
// as bits.OnesCount64 does, and so does the sum of two such words shifted
// down (as the index's loop adds them).
func TestTopBits(t *testing.T) {
	for set := range 256 {
		var m uint64
		for j := range 8 {
			if set&(1<<j) != 0 {
				m |= 0x80 << (8 * j)
			}
		}
		if got, want := topBits(m), bits.OnesCount64(m); got != want {
			t.Fatalf("%016x: topBits %d, want %d", m, got, want)
		}
		for other := range 256 {
			var m2 uint64
			for j := range 8 {
				if other&(1<<j) != 0 {
					m2 |= 0x80 << (8 * j)
				}
			}
			if got, want := int((m>>7+m2>>7)*0x0101010101010101>>56), bits.OnesCount64(m)+bits.OnesCount64(m2); got != want {
				t.Fatalf("%016x + %016x: %d, want %d", m, m2, got, want)
			}
		}
	}
}

// TestNthLead: for every set of start bytes in a word and every k below
// their number, nthLead is the byte of the k-th, as counted one by one.
func TestNthLead(t *testing.T) {
	for set := range 256 {
		var lead uint64
		var starts []int
		for j := range 8 {
			if set&(1<<j) != 0 {
				lead |= 0x80 << (8 * j)
				starts = append(starts, j)
			}
		}
		for k, want := range starts {
			if got := nthLead(lead, k); got != want {
				t.Fatalf("starts %08b: nthLead(%d) = %d, want %d", set, k, got, want)
			}
		}
	}
}

// TestSkipRunes: from every code point of texts of one- to four-byte code
// points, skipRunes finds each of the next 16 (all ByteOffset asks of it)
// where the plain walk does.
func TestSkipRunes(t *testing.T) {
	pieces := []string{"a", "ă", "ế", "𝔸", " ", "Đ", "ự"}
	for p := range pieces {
		var b strings.Builder
		for i := range 60 {
			b.WriteString(pieces[(p+i*i)%len(pieces)])
		}
		s := b.String()
		var starts []int
		for i := range s {
			starts = append(starts, i)
		}
		for a := range starts {
			for n := 0; n < 16 && a+n < len(starts); n++ {
				if got, want := skipRunes(s[starts[a]:], n), starts[a+n]-starts[a]; got != want {
					t.Fatalf("%q from byte %d: skipRunes(%d) = %d, want %d", s, starts[a], n, got, want)
				}
			}
		}
	}
}

func FuzzIndexRunes(f *testing.F) {
	f.Add("Sáng 31/12, Ban Dân vận Trung ương tổ chức Hội nghị")
	f.Add(strings.Repeat("𝔸ế", 20))
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // the index is built this way only for valid text
		}
		checkIndexRunes(t, s)
	})
}

// TestAddBytes: a mention added with its span in bytes too gets the text
// and sentence Add gives it, on valid text and on text not known valid.
func TestAddBytes(t *testing.T) {
	for _, valid := range []bool{true, false} {
		text := "Ông Nguyễn Văn A nói. Ủy ban 𝔸 họp\xffngày 5."
		if valid {
			text = "Ông Nguyễn Văn A nói. Ủy ban 𝔸 họp ngày 5."
		}
		a, b := NewDocument("a", text), NewDocument("b", text)
		if valid {
			a.MarkValid()
			b.MarkValid()
		}
		a.Sentences = []Span{{0, 21}, {22, utf8.RuneCountInString(text)}}
		b.Sentences = a.Sentences
		starts := []int{}
		for i := range text {
			starts = append(starts, i)
		}
		starts = append(starts, len(text))
		for s := 0; s < len(starts); s += 3 {
			for e := s; e < len(starts) && e < s+12; e += 2 {
				ma := a.Add(&Mention{Start: s, End: e})
				mb := b.AddBytes(&Mention{Start: s, End: e}, starts[s], starts[e])
				if ma.Text != mb.Text || ma.Sentence != mb.Sentence {
					t.Fatalf("valid %v [%d,%d): AddBytes gave %q in sentence %d, Add %q in %d", valid, s, e, mb.Text, mb.Sentence, ma.Text, ma.Sentence)
				}
			}
		}
		if len(a.Mentions) != len(b.Mentions) {
			t.Errorf("valid %v: %d mentions by AddBytes, %d by Add", valid, len(b.Mentions), len(a.Mentions))
		}
	}
}
