package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLooksHTML: a page is known by its first tag within the first 512
// bytes, in any case, after any white space; text that only mentions a tag
// is not a page.
func TestLooksHTML(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"<!DOCTYPE html><html><body>x</body></html>", true},
		{"<!doctype HTML>\n<html>", true},
		{"\ufeff", false},
		{" \n\t\u00a0 <HTML lang=\"vi\">", true},
		{"<HtMl>", true},
		{"<htm", false},
		{"<!DOCTYPE htm", false},
		{"Hà Nội, ngày 5/3 <html>", false},
		{"", false},
		{strings.Repeat(" ", 510) + "<html>", false}, // the tag is cut at 512 bytes
		{strings.Repeat(" ", 507) + "<html>", true},
		{"\u212Aelvin <html>", false},
	} {
		if got := looksHTML([]byte(c.in)); got != c.want {
			t.Errorf("looksHTML(%.40q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// FuzzScanUTF8 holds decode's one pass to what it stands for: utf8.Valid
// and, on valid text, plainUnicode, also when the caller vouches for the
// text's validity (scanText with known).
func FuzzScanUTF8(f *testing.F) {
	for _, s := range []string{"", "Hà Nội", "Uû ban nh©n d©n", "UÛy ban nhaân daân", "a\xffb", "\xed\xa0\x80", "\xe0\x80\x80", "\xf0\x9f\x98\x80 ấ", strings.Repeat("Đảng ủy ", 80), strings.Repeat("nh©n ", 70) + "\xc3", strings.Repeat("Đảng ủy ", 80) + "\xff", strings.Repeat("Đảng ủy ", 80) + "\xe1\xba"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if validUTF8(data) != utf8.Valid(data) {
			t.Fatalf("%q: validUTF8 %v", data, !utf8.Valid(data))
		}
		valid, plain := scanUTF8(data)
		if valid != utf8.Valid(data) {
			t.Fatalf("%q: valid %v", data, valid)
		}
		if valid && plain != plainUnicode(string(data)) {
			t.Fatalf("%q: plain %v", data, plain)
		}
		// on text known valid, the shortcut answers the same
		if valid {
			if kv, kp := scanText(data, true); !kv || kp != plain {
				t.Fatalf("%q: known valid: valid %v plain %v, want true %v", data, kv, kp, plain)
			}
		}
	})
}
