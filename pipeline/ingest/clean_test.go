package ingest

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline/text"
)

// TestLinePatternAgrees holds the first-rune test to the expressions
// themselves: on every line of the fixture (chrome, datelines, bylines,
// source tags, metadata, article text, upper and lower case) a linePattern
// matches exactly where its expression does.
func TestLinePatternAgrees(t *testing.T) {
	f, err := os.Open("testdata/lines.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	pats := map[string]linePattern{"chrome": chrome, "metaLine": metaLine, "urlLine": urlLine, "dateline": dateline, "sourceTag": sourceTag, "bylineHead": bylineHead}
	matched := map[string]int{}
	for name, p := range pats {
		if p.any {
			t.Errorf("%s: no first-rune test (is it still anchored with ^?)", name)
		}
		for _, l := range lines {
			got, want := p.MatchString(l), p.Regexp.MatchString(l)
			if got != want {
				t.Errorf("%s on %q: %v, the expression says %v", name, l, got, want)
			}
			if want {
				matched[name]++
			}
		}
	}
	// the fixture must exercise every pattern, or the test proves nothing
	for name := range pats {
		if matched[name] == 0 {
			t.Errorf("%s matches no line of the fixture", name)
		}
	}
}

func TestLinePatternUnanchored(t *testing.T) {
	p := compileLine(`lượt xem`)
	if !p.any || !p.MatchString("1.234 lượt xem") {
		t.Error("an expression without ^ must run on every line")
	}
}

func TestCollapseSpaces(t *testing.T) {
	cases := []struct{ in, want string }{
		{"", ""},
		{"a b", "a b"},
		{"a  b", "a b"},
		{"  a   b    c  ", " a b c "},
		{"Hà   Nội", "Hà Nội"},
		{"\t\t a", "\t\t a"}, // only spaces: tabs were made spaces by Normalize before
	}
	for _, c := range cases {
		if got := collapseSpaces(c.in); got != c.want {
			t.Errorf("collapseSpaces(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// linePatterns by name, for the tests.
var testPatterns = map[string]*linePattern{"chrome": &chrome, "metaLine": &metaLine, "urlLine": &urlLine, "dateline": &dateline, "sourceTag": &sourceTag, "bylineHead": &bylineHead}

// agrees checks, on one line, every pattern against its expression.
func agrees(t *testing.T, l string) {
	t.Helper()
	for name, p := range testPatterns {
		if got, want := p.MatchString(l), p.Regexp.MatchString(l); got != want {
			t.Fatalf("%s on %q: %v, the expression says %v", name, l, got, want)
		}
		if got, want := p.FindStringSubmatch(l), p.Regexp.FindStringSubmatch(l); !slices.Equal(got, want) {
			t.Fatalf("%s on %q: %q, the expression says %q", name, l, got, want)
		}
	}
	if got, want := findTrailName(l), trailName.FindStringSubmatch(l); !slices.Equal(got, want) {
		t.Fatalf("trailName on %q: %q, the expression says %q", l, got, want)
	}
	if got, want := hasTrailStop(l), strings.ContainsAny(l, `.!?…”"`); got != want {
		t.Fatalf("hasTrailStop on %q: %v", l, got)
	}
	if got, want := trailMatch(l), trailName.FindStringSubmatch(l); !slices.Equal(got, want) {
		t.Fatalf("trailMatch on %q: %q, the expression says %q", l, got, want)
	}
	if got, want := byline(l), bylineRef(l); !slices.Equal(got, want) {
		t.Fatalf("byline on %q: %q, every expression run: %q", l, got, want)
	}
}

// bylineRef is byline running each of its expressions on every line.
func bylineRef(l string) []string {
	if len(l) > 200 {
		return nil
	}
	l = bylineHead.ReplaceAllString(l, "")
	l = bylineTail.ReplaceAllString(l, "")
	l = strings.TrimSpace(l)
	if l == "" || len([]rune(l)) > 60 {
		return nil
	}
	var names []string
	for _, part := range bylineSplit.Split(l, -1) {
		words := strings.Fields(part)
		if len(words) == 0 || len(words) > 4 {
			return nil
		}
		for _, w := range words {
			r := []rune(w)
			if !unicode.IsUpper(r[0]) {
				return nil
			}
			for _, c := range r {
				if !unicode.IsLetter(c) && c != '.' {
					return nil
				}
			}
		}
		names = append(names, strings.Join(words, " "))
	}
	return names
}

// TestLinePatternCorpus: on every line of the unlabeled corpus, as the
// cleaner sees it, a linePattern matches exactly where its expression does.
func TestLinePatternCorpus(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/corpus/unlabeled/*.jsonl.gz")
	if len(files) == 0 {
		t.Skip("../shared/corpus/unlabeled not found: no lines to compare")
	}
	n := 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(fh)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(zr)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for i := 0; sc.Scan(); i++ {
			if i%4 != 0 {
				continue // a quarter of the records: the test stays short
			}
			var r struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatal(err)
			}
			for _, l := range strings.Split(text.Normalize(r.Text), "\n") {
				agrees(t, strings.TrimSpace(collapseSpaces(l)))
				n++
			}
		}
		fh.Close()
	}
	t.Logf("%d lines", n)
}

func FuzzLinePattern(f *testing.F) {
	for _, s := range []string{"", "Thumbnail", "Thủ tướng", "print font size", "Ngày 12/5/2022 08:00", "# title = x", "(baomoi.com) - tin", "https://a.vn/b", "© 2022", "| >", "\n", "lượt xem: 1.234", "printx font size", "Tin. Thu Trang", "đã nói. Nguyễn Văn A \n", "x” Lê Ánh", "A. Bb Cc Dd Ee", "x.\fAb", "Hà Nội. An Bình Chi Dũng Em", "nói. A B C D", "nói. A B C D E", "x.  A\t B \r\n", "a” Bc. Dd Ee", "Theo Tất Định (Dân Việt)", "Bài và ảnh: Thu Trang – Đức Thắng", "THEO\tA và B", "Tin, ảnh: X/Y", "Nhóm phóng viên Ánh, Ông", "x. ABc De", "x…\tÁnh Ông  ", "a.\u00a0Bb Cc", "a! Bb Cc. Dd Ee", "a? Bb\xffCc Dd", "\"  Ông Bà", "a. Bb, Cc", "\xe2\x80\x9d Ab Cd", "\xf0\xe2\x80\xa6 Ab Cd", "\xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, l string) { agrees(t, l) })
}

// TestFirstWide: the bit set read from the first instructions' ranges
// marks exactly the runes one of them matches.
func TestFirstWide(t *testing.T) {
	for name, p := range testPatterns {
		if p.any {
			continue
		}
		for r := rune(utf8.RuneSelf); r < firstWideEnd; r++ {
			want := false
			for _, pc := range p.start[0].pcs {
				want = want || p.prog.Inst[pc].MatchRune(r)
			}
			if got := p.firstWide[r/64]&(1<<(r%64)) != 0; got != want {
				t.Fatalf("%s: %U marked %v, its first instructions say %v", name, r, got, want)
			}
		}
	}
}

// dropRepeatsRef is the map walk dropRepeats replaced for short texts.
func dropRepeatsRef(lines []string) []string {
	seen := map[string]bool{}
	var kept []string
	for _, l := range lines {
		if seen[l] && utf8.RuneCountInString(l) < 200 {
			continue
		}
		seen[l] = true
		kept = append(kept, l)
	}
	return kept
}

// FuzzDropRepeats holds dropRepeats to the map walk on the lines of s,
// a line opening with "+" made a hundred times longer (so that repeats of
// 200 code points and more occur), the lines doubled copies times (so
// that texts past repeatLinear take the map).
func FuzzDropRepeats(f *testing.F) {
	for _, s := range []string{"", "a", "a\na", "a\nb\na\n\nb", "+ab\n+ab\nx\n+ab", "Hà Nội\nHà Nội\n+Hà\n+Hà", "+a\n+a"} {
		for copies := range uint8(5) {
			f.Add(s, copies)
		}
	}
	f.Fuzz(func(t *testing.T, s string, copies uint8) {
		if len(s) > 256 {
			return
		}
		lines := strings.Split(s, "\n")
		for i, l := range lines {
			if strings.HasPrefix(l, "+") {
				lines[i] = strings.Repeat(l, 100)
			}
		}
		for range copies % 6 {
			lines = append(lines, lines...)
		}
		want := dropRepeatsRef(lines)
		if got := dropRepeats(slices.Clone(lines)); !slices.Equal(got, want) {
			t.Fatalf("dropRepeats(%q) = %q, want %q", lines, got, want)
		}
	})
}

// TestDropRepeats: a short repeat goes, a repeat of 200 code points or
// more stays, on both sides of repeatLinear.
func TestDropRepeats(t *testing.T) {
	long := strings.Repeat("ạ", 200)
	short := strings.Repeat("ạ", 199)
	for _, n := range []int{repeatLinear - 3, repeatLinear + 5} {
		lines := []string{"a", long, short, "a", long, short}
		for i := range n - len(lines) {
			lines = append(lines, strconv.Itoa(i))
		}
		got := dropRepeats(slices.Clone(lines))
		want := append([]string{"a", long, short, long}, lines[6:]...)
		if !slices.Equal(got, want) {
			t.Errorf("%d lines: got %q, want %q", n, got, want)
		}
	}
}
