package lunar

import (
	"encoding/json"
	"math"
	"os"
	"testing"
)

type refCase struct {
	Solar [4]int `json:"solar"` // day, month, year, zone
	Lunar [4]int `json:"lunar"` // day, month, year, leap
}

func loadCases(t *testing.T) []refCase {
	t.Helper()
	b, err := os.ReadFile("testdata/amlich_testcase.json")
	if err != nil {
		t.Fatal(err)
	}
	var cs []refCase
	if err := json.Unmarshal(b, &cs); err != nil {
		t.Fatal(err)
	}
	if len(cs) != 5000 {
		t.Fatalf("%d reference dates, want 5000", len(cs))
	}
	return cs
}

// TestReference checks both directions on the 5,000 reference dates
// (1950–2099, see testdata/NOTICE).
func TestReference(t *testing.T) {
	bad := 0
	for _, c := range loadCases(t) {
		s, l := c.Solar, c.Lunar
		want := Date{Day: l[0], Month: l[1], Year: l[2], Leap: l[3] == 1}
		got := Vietnamese.FromSolar(s[2], s[1], s[0])
		if got != want {
			bad++
			if bad <= 20 {
				t.Errorf("FromSolar(%d-%02d-%02d) = %v, want %v", s[2], s[1], s[0], got, want)
			}
			continue
		}
		y, m, d, ok := Vietnamese.ToSolar(want)
		if !ok || y != s[2] || m != s[1] || d != s[0] {
			bad++
			t.Errorf("ToSolar(%v) = %d-%02d-%02d %v, want %d-%02d-%02d", want, y, m, d, ok, s[2], s[1], s[0])
		}
	}
	if bad > 0 {
		t.Errorf("%d of 5000 reference dates disagree", bad)
	}
}

func TestTet(t *testing.T) {
	// Years where Vietnam's Tết differs from China's (computed at UTC+8)
	// and well-known years; sources: the reference dates and the published
	// Vietnamese calendars.
	for _, c := range []struct {
		year int
		want string
		name string
	}{
		{2017, "2017-01-28", "Đinh Dậu"},
		{1965, "1965-02-01", "Ất Tỵ"},
		{1968, "1968-01-29", "Mậu Thân"},
		{1969, "1969-02-16", "Kỷ Dậu"},
		{1985, "1985-01-21", "Ất Sửu"},
		{2007, "2007-02-17", "Đinh Hợi"},
		{2020, "2020-01-25", "Canh Tý"},
		{2030, "2030-02-02", "Canh Tuất"},
		{2053, "2053-02-18", "Quý Dậu"},
		{2026, "2026-02-17", "Bính Ngọ"},
	} {
		if got := Vietnamese.Tet(c.year).Format("2006-01-02"); got != c.want {
			t.Errorf("Tet(%d) = %s, want %s", c.year, got, c.want)
		}
		if got := YearName(c.year); got != c.name {
			t.Errorf("YearName(%d) = %q, want %q", c.year, got, c.name)
		}
	}
}

func TestLeapMonth(t *testing.T) {
	for _, c := range []struct{ year, leap int }{
		{2017, 6}, {2020, 4}, {2023, 2}, {2025, 6}, {2021, 0}, {2033, 11},
		{1985, 2}, {1984, 0}, // China repeats the 10th month of 1984
	} {
		if got := Vietnamese.LeapMonth(c.year); got != c.leap {
			t.Errorf("LeapMonth(%d) = %d, want %d", c.year, got, c.leap)
		}
	}
}

func TestToSolarRejects(t *testing.T) {
	for _, d := range []Date{
		{Year: 2021, Month: 4, Day: 1, Leap: true}, // 2021 has no leap month
		{Year: 2020, Month: 13, Day: 1},
		{Year: 2020, Month: 1, Day: 31},
	} {
		if y, m, dd, ok := Vietnamese.ToSolar(d); ok {
			t.Errorf("ToSolar(%v) = %d-%d-%d, want not ok", d, y, m, dd)
		}
	}
}

// TestRoundTrip walks every day of 1900–2100 through both conversions and
// checks that lunar days follow one another.
func TestRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	prev := Vietnamese.FromSolar(First-1, 12, 31)
	for j := JDN(First, 1, 1); j <= JDN(Last, 12, 31); j++ {
		y, m, d := FromJDN(j)
		l := Vietnamese.FromSolar(y, m, d)
		if l.Day != prev.Day+1 && (l.Day != 1 || prev.Day < 29) {
			t.Fatalf("%d-%02d-%02d: %v follows %v", y, m, d, l, prev)
		}
		if l.Day == 1 && l.Month == 1 && !l.Leap && l.Year != prev.Year+1 {
			t.Fatalf("%d-%02d-%02d: year %d follows %d", y, m, d, l.Year, prev.Year)
		}
		if yy, mm, dd, ok := Vietnamese.ToSolar(l); !ok || yy != y || mm != m || dd != d {
			t.Fatalf("%d-%02d-%02d -> %v -> %d-%02d-%02d %v", y, m, d, l, yy, mm, dd, ok)
		}
		prev = l
	}
}

func TestYearsNamed(t *testing.T) {
	if got := NearestYearNamed("canh tý", 2019); got != 2020 {
		t.Errorf("NearestYearNamed(canh tý, 2019) = %d", got)
	}
	if got := NearestYearNamed("Đinh Dậu", 2016); got != 2017 {
		t.Errorf("NearestYearNamed(Đinh Dậu, 2016) = %d", got)
	}
	if got := NearestYearNamed("Giáp Sửu", 2020); got != 0 {
		t.Errorf("Giáp Sửu is no stem-branch pair, got %d", got) // stem and branch parity differ
	}
}

// TestHistorical: before 1968 the North reckoned at UTC+8 like China.
func TestHistorical(t *testing.T) {
	for _, c := range []struct {
		year int
		want string
	}{{1965, "1965-02-02"}, {1968, "1968-01-29"}, {2017, "2017-01-28"}} {
		if got := Historical.Tet(c.year).Format("2006-01-02"); got != c.want {
			t.Errorf("Historical.Tet(%d) = %s, want %s", c.year, got, c.want)
		}
	}
}

// TestSeriesAgree checks the short new-moon series the calendar uses
// against the full one of 1998: they differ by minutes, never more.
func TestSeriesAgree(t *testing.T) {
	for k := -1250; k <= 1250; k++ { // 1900–2100
		if d := math.Abs(newMoonUT1982(k)-newMoonUT(k)) * 1440; d > 5 {
			t.Errorf("lunation %d: the series differ by %.1f minutes", k, d)
		}
	}
}
