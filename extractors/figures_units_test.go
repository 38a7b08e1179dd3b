package extractors

import "testing"

// TestSpacedUnit: the word after a number read as a unit of the table only
// when it is a symbol or a name of several words; a one-syllable
// Vietnamese word, a multiplier alone, a duration and a subunit are left
// to the caller's reading. Of two symbols written there the longer is
// read.
func TestSpacedUnit(t *testing.T) {
	for _, c := range []struct {
		text      string
		ok        bool
		canonical string
		mult      float64
		end       int // bytes of text the unit ends at
	}{
		{"5 km đường", true, "km", 1, len("5 km")},
		{"3 triệu USD", true, "USD", 1e6, len("3 triệu USD")},
		{"2 đô la", true, "USD", 1, len("2 đô la")},
		{"20 euros,", true, "EUR", 1, len("20 euros")},
		{"2 đồng chí", false, "", 1, 0},  // "đồng": one syllable, a counted noun's business
		{"5 giờ chiều", false, "", 1, 0}, // a duration
		{"3 triệu người", false, "", 1, 0},
		{"5 kmh", false, "", 1, 0}, // the symbol runs on into a letter
		// the longest symbol written is the one read, superscripts included
		{"5 km² đất", true, "km²", 1, len("5 km²")},
		{"120 m² sàn", true, "m²", 1, len("120 m²")},
		{"3 m³ nước", true, "m³", 1, len("3 m³")},
		{"60 km/h,", true, "km/h", 1, len("60 km/h")},
	} {
		e := 1
		for c.text[e] >= '0' && c.text[e] <= '9' {
			e++
		}
		mult, u, end, ok := spacedUnit(c.text, e)
		if ok != c.ok || ok && (u.Canonical != c.canonical || mult != c.mult || end != c.end) {
			t.Errorf("spacedUnit(%q) = %v, %q, %d, %v; want %v, %q, %d, %v", c.text, mult, u.Canonical, end, ok, c.mult, c.canonical, c.end, c.ok)
		}
	}
}
