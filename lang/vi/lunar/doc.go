// Package lunar computes the Vietnamese lunisolar calendar (âm lịch) from
// the astronomy: true new moons and the sun's longitude after Meeus,
// "Astronomical Algorithms". A month begins on the local day of a new moon;
// the eleventh month holds the winter solstice; a year with thirteen months
// repeats the first month after the eleventh that holds no major solar
// term. Days are reckoned at Vietnam's civil time, UTC+7, which is why Tết
// sometimes falls a day or a month away from China's (UTC+8); Historical
// reckons years before 1968 at UTC+8, as the North did until its 1967 reform.
//
// It also names years in the sexagenary cycle ("Đinh Dậu"). It holds no
// text processing: reading "rằm tháng Giêng" is the extractors' work.
package lunar
