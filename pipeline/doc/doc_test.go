package doc

import (
	"strings"
	"testing"
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
