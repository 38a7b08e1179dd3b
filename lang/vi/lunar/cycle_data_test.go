package lunar

import "testing"

// TestCycleData: the names read from cycle.txt give the years their
// well-known names, and a leap month is written with its word.
func TestCycleData(t *testing.T) {
	for _, tc := range []struct {
		year int
		want string
	}{
		{4, "Giáp Tý"}, // the cycle's first year
		{2017, "Đinh Dậu"},
		{2023, "Quý Mão"}, // the fourth branch is Mão (the cat), not the rabbit
		{2024, "Giáp Thìn"},
	} {
		if got := YearName(tc.year); got != tc.want {
			t.Errorf("YearName(%d) = %q, want %q", tc.year, got, tc.want)
		}
	}
	if got := (Date{Year: 2023, Month: 2, Day: 15, Leap: true}).String(); got != "15/2 nhuận/2023" {
		t.Errorf("a leap month's date = %q, want %q", got, "15/2 nhuận/2023")
	}
}
