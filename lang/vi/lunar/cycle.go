package lunar

import "strings"

// The sexagenary cycle (can chi): ten heavenly stems and twelve earthly
// branches, named together; year 4 CE was Giáp Tý, the cycle's first.

var (
	// Stems are the ten heavenly stems (thiên can), Giáp first.
	Stems = [10]string{"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"}
	// Branches are the twelve earthly branches (địa chi), Tý first; Vietnam
	// names the fourth Mão (the cat), where China has the rabbit.
	Branches = [12]string{"Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"}
)

// YearName is the stem-branch name of a lunar year: 2017 is "Đinh Dậu".
func YearName(year int) string {
	return Stems[mod(year+6, 10)] + " " + Branches[mod(year+8, 12)]
}

// YearsNamed returns the lunar years named stem-branch (matched on the
// exact NFC spelling of Stems and Branches, any case) between from and to
// inclusive; there is one every sixty years.
func YearsNamed(name string, from, to int) []int {
	var out []int
	for y := from; y <= to; y++ {
		if equalFold(YearName(y), name) {
			out = append(out, y)
		}
	}
	return out
}

// NearestYearNamed returns the year named name nearest to near (ties go to
// the earlier), or 0 when name is not a stem-branch name.
func NearestYearNamed(name string, near int) int {
	best := 0
	for y := near - 30; y <= near+30; y++ {
		if equalFold(YearName(y), name) && (best == 0 || abs(y-near) < abs(best-near)) {
			best = y
		}
	}
	return best
}

func mod(a, n int) int { return ((a % n) + n) % n }

func abs(a int) int {
	if a < 0 {
		return -a
	}
	return a
}

// equalFold compares names with runs of spaces collapsed and case folded.
func equalFold(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}
