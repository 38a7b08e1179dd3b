package lunar

import (
	"strings"
	"testing"
)

// TestNearestYearNamedByIndex holds the index arithmetic to the plain
// definition: the year within thirty of near whose name is the one asked,
// the earlier of two equally near; every stem with every branch (half of
// the pairs name no year), written in any case and spacing.
func TestNearestYearNamedByIndex(t *testing.T) {
	brute := func(name string, near int) int {
		want := strings.ToLower(strings.Join(strings.Fields(name), " "))
		for y := near - 30; y <= near+30; y++ {
			if strings.ToLower(YearName(y)) == want {
				return y
			}
		}
		return 0
	}
	for _, s := range Stems {
		for _, b := range Branches {
			for _, name := range []string{s + " " + b, strings.ToUpper(s) + "  " + strings.ToLower(b), " " + s + "\t" + b + " "} {
				for near := 1890; near <= 2110; near += 7 {
					if got, want := NearestYearNamed(name, near), brute(name, near); got != want {
						t.Fatalf("NearestYearNamed(%q, %d) = %d, want %d", name, near, got, want)
					}
				}
				if got, want := len(YearsNamed(name, 1900, 2100)), len(YearsNamed(s+" "+b, 1900, 2100)); got != want {
					t.Fatalf("YearsNamed(%q) found %d years, the plain spelling %d", name, got, want)
				}
			}
		}
	}
	for _, name := range []string{"", "Đinh", "Đinh Dậu Mão", "Nguyễn Văn", "Đinh Văn"} {
		if y := NearestYearNamed(name, 2000); y != 0 {
			t.Errorf("NearestYearNamed(%q) = %d, want 0", name, y)
		}
	}
	if y := NearestYearNamed("Đinh Dậu", 2020); y != 2017 {
		t.Errorf("Đinh Dậu near 2020 is %d, want 2017", y)
	}
}
