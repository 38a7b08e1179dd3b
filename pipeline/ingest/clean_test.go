package ingest

import (
	"bufio"
	"os"
	"testing"
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
	pats := map[string]linePattern{"chrome": chrome, "metaLine": metaLine, "urlLine": urlLine, "dateline": dateline, "sourceTag": sourceTag}
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
