package lunar

import (
	_ "embed"
	"strings"
)

// The sexagenary cycle (can chi): ten heavenly stems and twelve earthly
// branches, named together; year 4 CE was Giáp Tý, the cycle's first.

var (
	// Stems are the ten heavenly stems (thiên can), Giáp first.
	Stems [10]string
	// Branches are the twelve earthly branches (địa chi), Tý first.
	Branches [12]string
	// leapWord follows a leap month's number.
	leapWord string
)

// cycleText holds the names, as words belong in data, not in code.
//
//go:embed cycle.txt
var cycleText string

func init() {
	for _, line := range strings.Split(cycleText, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		key, names := f[0], f[1:]
		n := 0
		switch key {
		case "stems":
			n = copy(Stems[:], names)
		case "branches":
			n = copy(Branches[:], names)
		case "leap":
			leapWord = strings.Join(names, " ")
			n = len(names)
		}
		if n != len(names) || n == 0 {
			panic("lang/vi/lunar: cycle.txt: bad line " + line) // built in: caught by any test
		}
	}
	if Stems[9] == "" || Branches[11] == "" || leapWord == "" {
		panic("lang/vi/lunar: cycle.txt lacks a name")
	}
}

// YearName is the stem-branch name of a lunar year: 2017 is "Đinh Dậu".
func YearName(year int) string {
	return Stems[mod(year+6, 10)] + " " + Branches[mod(year+8, 12)]
}

// YearsNamed returns the lunar years named stem-branch (matched on the
// exact NFC spelling of Stems and Branches, any case) between from and to
// inclusive; there is one every sixty years.
func YearsNamed(name string, from, to int) []int {
	s, b, ok := parseYearName(name)
	if !ok {
		return nil
	}
	var out []int
	for y := from; y <= to; y++ {
		if mod(y+6, 10) == s && mod(y+8, 12) == b {
			out = append(out, y)
		}
	}
	return out
}

// NearestYearNamed returns the year named name nearest to near (ties go to
// the earlier), or 0 when name is not a stem-branch name.
func NearestYearNamed(name string, near int) int {
	s, b, ok := parseYearName(name)
	if !ok {
		return 0
	}
	// Compared by index, not by building each year's name: the people stage
	// asks this of every two-word name, and a name per year made it the
	// stage's largest source of allocations.
	for y := near - 30; y <= near+30; y++ {
		if mod(y+6, 10) == s && mod(y+8, 12) == b {
			return y // the first found is the earlier of two equally near
		}
	}
	return 0
}

// parseYearName reads "Đinh Dậu" (any case, any run of spaces) as the
// indexes of its stem and branch.
func parseYearName(name string) (stem, branch int, ok bool) {
	f := strings.Fields(name)
	if len(f) != 2 {
		return 0, 0, false
	}
	first, rest := f[0], f[1]
	stem, branch = -1, -1
	for i, x := range Stems {
		if strings.EqualFold(x, first) {
			stem = i
		}
	}
	for i, x := range Branches {
		if strings.EqualFold(x, rest) {
			branch = i
		}
	}
	return stem, branch, stem >= 0 && branch >= 0
}

func mod(a, n int) int { return ((a % n) + n) % n }

func abs(a int) int {
	if a < 0 {
		return -a
	}
	return a
}
