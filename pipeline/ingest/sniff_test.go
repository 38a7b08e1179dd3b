package ingest

import (
	"strings"
	"testing"
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
