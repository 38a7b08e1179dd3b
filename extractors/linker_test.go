package extractors

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

func TestAppendLower(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"Đại Hội ĐẢNG bộ", "đại hội đảng bộ"},
		{"TỔ CHỨC Lễ Trao Tặng", "tổ chức lễ trao tặng"},
		{"abc", "abc"},
		{"a\xffb", "a\uFFFDb"}, // an invalid byte becomes U+FFFD
		{"\u0130\u212A", "ik"}, // above the table's range (K, the Kelvin sign) and below it (İ)
	} {
		// appended after what the buffer holds
		if got := string(appendLower([]byte("x"), tc.in)); got != "x"+tc.want {
			t.Errorf("appendLower(%q) = %q, want %q", tc.in, got[1:], tc.want)
		}
		if s := strings.ToLower(tc.in); s != tc.want {
			t.Errorf("strings.ToLower(%q) = %q, the table says %q", tc.in, s, tc.want)
		}
	}
}

// FuzzAppendLower holds the linker's lower-casing to strings.ToLower, which
// the cue test used before, on any input.
func FuzzAppendLower(f *testing.F) {
	for _, s := range []string{"Chủ Trì", "PHÁT BIỂU", "\xe1\xba", "Ǆ ǅ ǆ", "ΣΑΣ", "\u0130\u212A\u2126"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendLower(nil, s)), strings.ToLower(s); got != want {
			t.Fatalf("appendLower(%q) = %q, want %q", s, got, want)
		}
	})
}

func TestFoldsToASCII(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); l < utf8.RuneSelf && !foldsToASCII[l] {
			t.Errorf("%U lowers to %q, which foldsToASCII does not mark", r, l)
		}
	}
	for c, marked := range foldsToASCII {
		if !marked {
			continue
		}
		n := 0
		for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
			if unicode.ToLower(r) == rune(c) {
				n++
			}
		}
		if n == 0 {
			t.Errorf("foldsToASCII marks %q, which no code point beyond ASCII lowers to", rune(c))
		}
	}
}

func TestContainsLower(t *testing.T) {
	for _, tc := range []struct {
		s, w string
		want bool
	}{
		{"Đồng chí Nguyễn Văn A Chủ Trì hội nghị", "chủ trì", true},
		{"ĐỒNG CHÍ CHỦ TRÌ", "chủ trì", true},
		{"chủ tịch trì hoãn", "chủ trì", false},
		{"Tham Dự lễ", "dự", true},
		{"Dư luận", "dự", false},
		{"TRAO", "trao", true},
		{"tra o", "trao", false},
		{"kết thúc", "kết", true}, // 'k': through the lowered copy
		{"\u212Aết thúc", "kết", true},
		{"", "dự", false},
		{"abc", "", true},
		{"phát biể", "phát biểu", false}, // s ends inside w
		{"p\xffhát", "phát", false},
	} {
		got, _ := containsLower(tc.s, tc.w, nil)
		if got != tc.want {
			t.Errorf("containsLower(%q, %q) = %v, want %v", tc.s, tc.w, got, tc.want)
		}
		if ref := strings.Contains(strings.ToLower(tc.s), tc.w); ref != tc.want {
			t.Errorf("strings.ToLower(%q) holding %q: %v, the table says %v", tc.s, tc.w, ref, tc.want)
		}
	}
}

// FuzzContainsLower holds containsLower to the test it replaced,
// strings.Contains(strings.ToLower(s), w), for any text and any lower-case
// word.
func FuzzContainsLower(f *testing.F) {
	for _, c := range [][2]string{{"Chủ Trì", "chủ trì"}, {"THAM DỰ", "dự"}, {"\u0130nh", "inh"}, {"TRAO", "trao"}, {"x\xe1\xbaT", "t"}} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, s, w string) {
		if !utf8.ValidString(w) || strings.ToLower(w) != w {
			return // the cues are valid lower-case words
		}
		got, _ := containsLower(s, w, nil)
		if want := strings.Contains(strings.ToLower(s), w); got != want {
			t.Fatalf("containsLower(%q, %q) = %v, want %v", s, w, got, want)
		}
	})
}

// FuzzIndexLower: indexLower finds what containsLower finds, at a place
// no later than the first from which s, lowered, starts with w (the role
// cues read from there on), and at that place itself when w starts with
// an ASCII letter other than 'i' and 'k'.
func FuzzIndexLower(f *testing.F) {
	for _, c := range [][2]string{{"Đồng chí Chủ Trì và chủ trì", "chủ trì"}, {"dự án, THAM DỰ", "dự"}, {"\u0130nh", "inh"}, {"x\xe1\xbaT trao", "trao"}, {"kết", "kết"}} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, s, w string) {
		if !utf8.ValidString(w) || strings.ToLower(w) != w {
			return // the cues are valid lower-case words
		}
		// the reference lowers the rest of s at every place: its work
		// grows with the square of the input (CI runs 50,000)
		s = s[:min(len(s), 256)]
		first := -1
		for i := range s { // each place a code point (or an invalid byte) starts
			if strings.HasPrefix(strings.ToLower(s[i:]), w) {
				first = i
				break
			}
		}
		if first < 0 && w == "" {
			first = 0
		}
		got, _ := indexLower(s, w, nil)
		contains := strings.Contains(strings.ToLower(s), w)
		switch {
		case (got >= 0) != contains:
			t.Fatalf("indexLower(%q, %q) = %d; the lowered text holding the word: %v", s, w, got, contains)
		case got >= 0 && first >= 0 && got > first:
			t.Fatalf("indexLower(%q, %q) = %d, past the first place %d", s, w, got, first)
		case got >= 0 && w != "" && w[0] >= 'a' && w[0] <= 'z' && w[0] != 'i' && w[0] != 'k' && got != first:
			t.Fatalf("indexLower(%q, %q) = %d, want %d", s, w, got, first)
		}
	})
}

// TestMatchCueSpuriousTimeout: a time-out reported long before the limit
// (regexp2's shared clock jumping after it was starved) is the clock's, so
// the cue runs again; one reported after half the limit or more is a slow
// match and stands; the tries are bounded.
func TestMatchCueSpuriousTimeout(t *testing.T) {
	timeout := errors.New("match timeout")
	cases := []struct {
		name string
		// each run's result (nil error: found) and the wall time it takes
		runs      []error
		took      time.Duration
		wantRuns  int
		wantFound bool
	}{
		{"found at once", []error{nil}, time.Microsecond, 1, true},
		{"spurious then found", []error{timeout, nil}, time.Microsecond, 2, true},
		{"spurious twice then found", []error{timeout, timeout, nil}, time.Millisecond, 3, true},
		{"spurious every time: bounded", []error{timeout, timeout, timeout, nil}, time.Microsecond, 3, false},
		{"slow: stands", []error{timeout, nil}, 600 * time.Millisecond, 1, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			clock := time.Unix(0, 0)
			now := func() time.Time { return clock }
			runs := 0
			found, err := matchCue(time.Second, now, func() (bool, error) {
				e := c.runs[runs]
				runs++
				clock = clock.Add(c.took)
				return e == nil, e
			})
			if runs != c.wantRuns || found != c.wantFound || (err == nil) != c.wantFound {
				t.Errorf("runs %d, found %v, err %v; want %d runs, found %v", runs, found, err, c.wantRuns, c.wantFound)
			}
		})
	}
}

// FuzzRoleMatch holds each role cue run on its windows of the sentence
// (eventRole.match: from before each place of the word to a few code
// points past it) to the cue run on the whole sentence.
func FuzzRoleMatch(f *testing.F) {
	for _, s := range []string{
		"Đồng chí Nguyễn Văn A tham dự và phát biểu tại hội nghị; dự án",
		"Ông B dự án, dự kiến, dự thảo,   dự\u00a0\u00a0án nhưng đến dự lễ",
		"Bà C trao tặng bằng khen; trao quyết định; trao\tcờ; trao", "DỰ ÁN. Dự   toán. Chủ trì hội nghị, chủ trì",
		"x\xe1\xbaT trao \xffdự\u2003án", "thAM DỰ", "dự",
	} {
		f.Add(s)
	}
	x := NewLinker()
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 256 {
			s = s[:256] // the cues backtrack: keep each input quick
		}
		runes := []rune(s)
		for _, r := range x.roles {
			want, err := r.cue.MatchRunes(runes)
			if err != nil {
				t.Fatal(err)
			}
			at, _ := indexLower(s, r.word, nil)
			if at < 0 {
				if want {
					t.Fatalf("%s: the cue matches %q, which does not hold %q", r.predicate, s, r.word)
				}
				continue
			}
			got, err := r.match(s, runes, at)
			if err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Fatalf("%s: match(%q) = %v, the cue on the whole sentence %v", r.predicate, s, got, want)
			}
		}
	})
}
