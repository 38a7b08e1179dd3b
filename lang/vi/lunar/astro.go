package lunar

import "math"

// The astronomy the calendar rests on, from Jean Meeus, "Astronomical
// Algorithms" (2nd ed., 1998): the true new moon (chapter 49), the sun's
// apparent longitude (chapter 25, the lower-accuracy series, good to about
// 0.01°, a quarter of an hour of the sun's motion) and the difference between
// dynamical and universal time (Espenak and Meeus's polynomials, 2006).
// Times are Julian Ephemeris Days (JDE) in dynamical time, or Julian Days
// (JD) in universal time where the name says UT.

const rad = math.Pi / 180

// newMoonJDE is the instant of the true new moon of lunation k (k = 0 is
// the new moon of 6 January 2000), in dynamical time. Meeus ch. 49.
func newMoonJDE(k float64) float64 {
	T := k / 1236.85
	T2, T3, T4 := T*T, T*T*T, T*T*T*T
	jde := 2451550.09766 + 29.530588861*k + 0.00015437*T2 - 0.000000150*T3 + 0.00000000073*T4
	E := 1 - 0.002516*T - 0.0000074*T2
	M := (2.5534 + 29.10535670*k - 0.0000014*T2 - 0.00000011*T3) * rad                      // sun's mean anomaly
	Mp := (201.5643 + 385.81693528*k + 0.0107582*T2 + 0.00001238*T3 - 0.000000058*T4) * rad // moon's
	F := (160.7108 + 390.67050284*k - 0.0016118*T2 - 0.00000227*T3 + 0.000000011*T4) * rad  // moon's argument of latitude
	O := (124.7746 - 1.56375588*k + 0.0020672*T2 + 0.00000215*T3) * rad                     // longitude of the ascending node
	s := math.Sin
	c := -0.40720*s(Mp) +
		0.17241*E*s(M) +
		0.01608*s(2*Mp) +
		0.01039*s(2*F) +
		0.00739*E*s(Mp-M) -
		0.00514*E*s(Mp+M) +
		0.00208*E*E*s(2*M) -
		0.00111*s(Mp-2*F) -
		0.00057*s(Mp+2*F) +
		0.00056*E*s(2*Mp+M) -
		0.00042*s(3*Mp) +
		0.00042*E*s(M+2*F) +
		0.00038*E*s(M-2*F) -
		0.00024*E*s(2*Mp-M) -
		0.00017*s(O) -
		0.00007*s(Mp+2*M) +
		0.00004*s(2*Mp-2*F) +
		0.00004*s(3*M) +
		0.00003*s(Mp+M-2*F) +
		0.00003*s(2*Mp+2*F) -
		0.00003*s(Mp+M+2*F) +
		0.00003*s(Mp-M+2*F) -
		0.00002*s(Mp-M-2*F) -
		0.00002*s(3*Mp+M) +
		0.00002*s(4*Mp)
	// the planetary arguments
	A := [14]float64{
		299.77 + 0.107408*k - 0.009173*T2,
		251.88 + 0.016321*k,
		251.83 + 26.651886*k,
		349.42 + 36.412478*k,
		84.66 + 18.206239*k,
		141.74 + 53.303771*k,
		207.14 + 2.453732*k,
		154.84 + 7.306860*k,
		34.52 + 27.261239*k,
		207.19 + 0.121824*k,
		291.34 + 1.844379*k,
		161.72 + 24.198154*k,
		239.56 + 25.513099*k,
		331.55 + 3.592518*k,
	}
	W := [14]float64{325, 165, 164, 126, 110, 62, 60, 56, 47, 42, 40, 37, 35, 23}
	for i := range A {
		c += W[i] * 1e-6 * s(A[i]*rad)
	}
	return jde + c
}

// deltaT is TT − UT in seconds for a decimal year, from Espenak and Meeus's
// polynomial expressions (NASA, "Five Millennium Canon of Solar Eclipses").
func deltaT(y float64) float64 {
	switch {
	case y < 1900:
		t := y - 1860
		return 7.62 + 0.5737*t - 0.251754*t*t + 0.01680668*t*t*t - 0.0004473624*t*t*t*t + t*t*t*t*t/233174
	case y < 1920:
		t := y - 1900
		return -2.79 + 1.494119*t - 0.0598939*t*t + 0.0061966*t*t*t - 0.000197*t*t*t*t
	case y < 1941:
		t := y - 1920
		return 21.20 + 0.84493*t - 0.076100*t*t + 0.0020936*t*t*t
	case y < 1961:
		t := y - 1950
		return 29.07 + 0.407*t - t*t/233 + t*t*t/2547
	case y < 1986:
		t := y - 1975
		return 45.45 + 1.067*t - t*t/260 - t*t*t/718
	case y < 2005:
		t := y - 2000
		return 63.86 + 0.3345*t - 0.060374*t*t + 0.0017275*t*t*t + 0.000651814*t*t*t*t + 0.00002373599*t*t*t*t*t
	case y < 2050:
		t := y - 2000
		return 62.92 + 0.32217*t + 0.005589*t*t
	case y < 2150:
		u := (y - 1820) / 100
		return -20 + 32*u*u - 0.5628*(2150-y)
	default:
		u := (y - 1820) / 100
		return -20 + 32*u*u
	}
}

// jdeToUT turns a dynamical-time instant into universal time.
func jdeToUT(jde float64) float64 {
	year := 2000 + (jde-2451545.0)/365.25
	return jde - deltaT(year)/86400
}

// utToJDE turns a universal-time instant into dynamical time.
func utToJDE(jd float64) float64 {
	year := 2000 + (jd-2451545.0)/365.25
	return jd + deltaT(year)/86400
}

// sunLongitude is the sun's apparent geocentric longitude in degrees
// [0, 360) at the dynamical-time instant jde. Meeus ch. 25.
func sunLongitude(jde float64) float64 {
	T := (jde - 2451545.0) / 36525
	L0 := 280.46646 + 36000.76983*T + 0.0003032*T*T
	M := (357.52911 + 35999.05029*T - 0.0001537*T*T) * rad
	C := (1.914602-0.004817*T-0.000014*T*T)*math.Sin(M) +
		(0.019993-0.000101*T)*math.Sin(2*M) +
		0.000289*math.Sin(3*M)
	omega := (125.04 - 1934.136*T) * rad
	lambda := L0 + C - 0.00569 - 0.00478*math.Sin(omega) // nutation and aberration
	lambda = math.Mod(lambda, 360)
	if lambda < 0 {
		lambda += 360
	}
	return lambda
}

// newMoonJD1982 is the instant of lunation k's new moon (k = 0 is the new
// moon of January 1900), in universal time, by the shorter series of Meeus,
// "Astronomical Formulae for Calculators" (4th ed., 1988, ch. 32) and the
// ΔT parabola given there. It is good to about a minute, and it is what the
// calendars printed in Vietnam since the 1980s have been computed with: where a new
// moon falls within a minute of midnight the two series can name different
// days, and a calendar must name the day the printed ones name.
func newMoonJD1982(k float64) float64 {
	T := k / 1236.85
	T2, T3 := T*T, T*T*T
	jd := 2415020.75933 + 29.53058868*k + 0.0001178*T2 - 0.000000155*T3 +
		0.00033*math.Sin((166.56+132.87*T-0.009173*T2)*rad)
	M := (359.2242 + 29.10535608*k - 0.0000333*T2 - 0.00000347*T3) * rad
	Mp := (306.0253 + 385.81691806*k + 0.0107306*T2 + 0.00001236*T3) * rad
	F := (21.2964 + 390.67050646*k - 0.0016528*T2 - 0.00000239*T3) * rad
	s := math.Sin
	c := (0.1734-0.000393*T)*s(M) + 0.0021*s(2*M) - 0.4068*s(Mp) + 0.0161*s(2*Mp) - 0.0004*s(3*Mp) +
		0.0104*s(2*F) - 0.0051*s(M+Mp) - 0.0074*s(M-Mp) + 0.0004*s(2*F+M) - 0.0004*s(2*F-M) -
		0.0006*s(2*F+Mp) + 0.0010*s(2*F-Mp) + 0.0005*s(2*Mp+M)
	jde := jd + c
	// ΔT in days, T in Julian centuries from 1900 January 0.5
	Td := (jde - 2415020.0) / 36525
	return jde - (-0.000278 + 0.000265*Td + 0.000262*Td*Td)
}

// newMoonUT1982 is newMoonJD1982 numbered from January 2000, as newMoonJDE is.
func newMoonUT1982(k int) float64 { return newMoonJD1982(float64(k + 1237)) }

// newMoonUT is the 1998 series' new moon in universal time.
func newMoonUT(k int) float64 { return jdeToUT(newMoonJDE(float64(k))) }

// sunLongitudeUT is the sun's apparent longitude at a universal-time instant.
func sunLongitudeUT(ut float64) float64 { return sunLongitude(utToJDE(ut)) }
