package lunar

import (
	"fmt"
	"math"
	"time"
)

// Date is a day of the Vietnamese lunisolar calendar: Year is the
// Gregorian year in which the lunar year's first month begins (Tết).
type Date struct {
	Year, Month, Day int
	Leap             bool // the intercalary month repeating Month's number
}

func (d Date) String() string {
	l := ""
	if d.Leap {
		l = " " + leapWord
	}
	return fmt.Sprintf("%d/%d%s/%d", d.Day, d.Month, l, d.Year)
}

// First and Last bound the years the conversions are trusted for: the
// astronomy holds far wider, the time-zone history and the tests do not.
const (
	First = 1900
	Last  = 2100
)

// Zone returns the civil time zone, in hours east of UTC, that the North's
// calendar was reckoned at on day jdn: UTC+8, China's, until the reform of
// 8 August 1967 took effect with the year 1968; UTC+7 since.
func Zone(jdn int) float64 {
	if jdn < jdn1968 {
		return 8
	}
	return 7
}

var jdn1968 = JDN(1968, 1, 1)

// A Calendar computes lunar dates at the time zone its Zone gives for a
// day. The zero value is not usable; use Vietnamese or NewCalendar.
type Calendar struct {
	zone    func(jdn int) float64
	newMoon func(k int) float64 // lunation k's new moon in UT (k = 0 in January 2000)
	sun     func(ut float64) float64
}

// Vietnamese is the calendar as Vietnamese almanacs print it today, for
// every year at UTC+7, years before 1968 included: it agrees with the
// published tables (testdata/NOTICE) on every day of 1950–2099.
var Vietnamese = FixedZone(7)

// Historical is the calendar as it was reckoned at the time: before 1968 at
// UTC+8 (see Zone), so that Tết 1965 falls on 2 February, not 1 February.
var Historical = NewCalendar(Zone)

// NewCalendar returns a calendar computed at the zone zone gives for each day.
func NewCalendar(zone func(jdn int) float64) *Calendar {
	return &Calendar{zone: zone, newMoon: newMoonUT1982, sun: sunLongitudeUT}
}

// FixedZone returns a calendar computed at one zone for every day.
func FixedZone(hours float64) *Calendar {
	return NewCalendar(func(int) float64 { return hours })
}

// JDN is the Julian Day Number of a Gregorian date (the day that begins at
// the noon of the Julian Day of that number).
func JDN(y, m, d int) int {
	a := (14 - m) / 12
	yy := y + 4800 - a
	mm := m + 12*a - 3
	return d + (153*mm+2)/5 + 365*yy + yy/4 - yy/100 + yy/400 - 32045
}

// FromJDN is the Gregorian date of a Julian Day Number.
func FromJDN(j int) (y, m, d int) {
	a := j + 32044
	b := (4*a + 3) / 146097
	c := a - 146097*b/4
	dd := (4*c + 3) / 1461
	e := c - 1461*dd/4
	mm := (5*e + 2) / 153
	d = e - (153*mm+2)/5 + 1
	m = mm + 3 - 12*(mm/10)
	y = 100*b + dd - 4800 + mm/10
	return
}

// synodic is the mean length of a lunation in days.
const synodic = 29.530588861

// newMoonDay is the local day (JDN) on which lunation k's new moon falls.
func (c *Calendar) newMoonDay(k int) int {
	ut := c.newMoon(k)
	// the zone of the day, found from the day at UTC+7 (the zones differ
	// by one hour, and the switch was at a midnight far from any new moon)
	day := int(math.Floor(ut + 0.5 + 7.0/24))
	return int(math.Floor(ut + 0.5 + c.zone(day)/24))
}

// lunationBefore returns the k of the new moon falling on or before day.
func (c *Calendar) lunationOnOrBefore(day int) int {
	k := int(math.Floor((float64(day) - 2451550.09766) / synodic))
	for c.newMoonDay(k+1) <= day {
		k++
	}
	for c.newMoonDay(k) > day {
		k--
	}
	return k
}

// majorTerm is the major solar term (zhongqi, "trung khí") in force at the
// start of the local day: the sun's longitude in 30° sectors, 0 from the
// spring equinox. A month holds a major term when the sector at its first
// day differs from the sector at the next month's first day.
func (c *Calendar) majorTerm(day int) int {
	ut := float64(day) - 0.5 - c.zone(day)/24
	return int(c.sun(ut) / 30)
}

// month11 returns the lunation of the eleventh month of the lunar year that
// holds the winter solstice of Gregorian year y: the month whose days hold
// the day the sun reaches 270°.
func (c *Calendar) month11(y int) int {
	k := c.lunationOnOrBefore(JDN(y, 12, 31))
	// the solstice falls on 21 or 22 December: if the sun is already at
	// 270° when this month begins, the solstice was in the month before
	if c.majorTerm(c.newMoonDay(k)) >= 9 {
		k--
	}
	return k
}

// month is one lunar month of a year's run of months.
type month struct {
	k      int // lunation
	number int
	leap   bool
	year   int // lunar year
}

// monthsFrom lists the months from the eleventh month of the lunar year
// holding solstice y (inclusive) to that of solstice y+1 (exclusive),
// numbered, with the leap month marked when there are thirteen: the first
// month after the eleventh that holds no major term.
func (c *Calendar) monthsFrom(y int) []month {
	a, b := c.month11(y), c.month11(y+1)
	n := b - a
	leapAt := -1
	if n == 13 {
		for i := 1; i < n; i++ {
			if c.majorTerm(c.newMoonDay(a+i)) == c.majorTerm(c.newMoonDay(a+i+1)) {
				leapAt = i
				break
			}
		}
	}
	out := make([]month, 0, n)
	num := 11
	for i := 0; i < n; i++ {
		leap := i == leapAt
		if i > 0 && !leap {
			num = num%12 + 1
		}
		yr := y + 1
		if i < 3 && num >= 11 { // months 11 and 12 before the new year
			yr = y
		}
		out = append(out, month{k: a + i, number: num, leap: leap, year: yr})
	}
	return out
}

// FromSolar converts a Gregorian date to the lunar calendar.
func (c *Calendar) FromSolar(y, m, d int) Date {
	day := JDN(y, m, d)
	k := c.lunationOnOrBefore(day)
	sy := y
	if c.month11(y) > k {
		sy = y - 1
	}
	for _, mo := range c.monthsFrom(sy) {
		if mo.k == k {
			return Date{Year: mo.year, Month: mo.number, Day: day - c.newMoonDay(k) + 1, Leap: mo.leap}
		}
	}
	panic("lunar: month not found") // monthsFrom covers every lunation from one month 11 to the next
}

// ToSolar converts a lunar date to the Gregorian calendar. ok is false
// when the date does not exist (a leap month the year lacks, day 30 of a
// short month).
func (c *Calendar) ToSolar(ld Date) (y, m, d int, ok bool) {
	if ld.Month < 1 || ld.Month > 12 || ld.Day < 1 || ld.Day > 30 {
		return 0, 0, 0, false
	}
	sy := ld.Year - 1
	if ld.Month >= 11 {
		sy = ld.Year
	}
	for _, mo := range c.monthsFrom(sy) {
		if mo.number != ld.Month || mo.leap != ld.Leap || mo.year != ld.Year {
			continue
		}
		start := c.newMoonDay(mo.k)
		if ld.Day > c.newMoonDay(mo.k+1)-start {
			return 0, 0, 0, false
		}
		y, m, d = FromJDN(start + ld.Day - 1)
		return y, m, d, true
	}
	return 0, 0, 0, false
}

// MonthLength is the number of days (29 or 30) of a lunar month, 0 when
// the month does not exist.
func (c *Calendar) MonthLength(year, month int, leap bool) int {
	y, m, d, ok := c.ToSolar(Date{Year: year, Month: month, Day: 1, Leap: leap})
	if !ok {
		return 0
	}
	start := JDN(y, m, d)
	k := c.lunationOnOrBefore(start)
	return c.newMoonDay(k+1) - start
}

// LeapMonth is the number of the month a lunar year repeats, 0 when none.
func (c *Calendar) LeapMonth(year int) int {
	for _, sy := range []int{year - 1, year} {
		for _, mo := range c.monthsFrom(sy) {
			if mo.leap && mo.year == year {
				return mo.number
			}
		}
	}
	return 0
}

// Tet is the Gregorian date of the first day of lunar year year.
func (c *Calendar) Tet(year int) time.Time {
	y, m, d, _ := c.ToSolar(Date{Year: year, Month: 1, Day: 1})
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}
