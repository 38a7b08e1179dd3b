package extractors

import (
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/lang/vi"
	"github.com/vnextract/vnextract/pipeline/doc"
)

// Figures finds quantities written in digits with what they count: "202 hội
// nghị", "82,6%", "800 nghìn cây", "1,5 tỷ đồng", ratios "2.172 ý kiến/2.631
// ý kiến" and "15 trên 20 xã", ranges "12,5-13%", "từ 1 đến 2 năm". Digits
// inside dates, times, document numbers, codes ("COVID-19") and bare years
// are not figures. A ratio and a percentage of the same thing in one
// sentence are checked against each other.
type Figures struct{}

func NewFigures() *Figures { return &Figures{} }

func (x *Figures) Name() string { return "figures" }

// Needs: digits inside dates and document numbers must be known first.
func (x *Figures) Needs() []string { return []string{"dates", "document_refs"} }

// unitTable holds units, currencies and multipliers (lang/vi/lexicon/units.txt).
var unitTable = vi.UnitTable()

// unitsAt holds unitTable.After by the first byte of the symbol, each list
// in the table's order (longest symbol first), so that reading a unit at a
// position tries the few symbols that can start there, not all of them.
var unitsAt = func() (idx [256][]vi.Unit) {
	for _, u := range unitTable.After {
		if u.Symbol != "" {
			idx[u.Symbol[0]] = append(idx[u.Symbol[0]], u)
		}
	}
	return idx
}()

// spacedUnitsAt is unitsAt without the units spacedUnit never takes after
// a space (multipliers, subunits, durations, and a symbol that is one word
// holding a letter beyond ASCII: such a word is read as a counted noun;
// "km²", whose only such character is a superscript, stays a symbol), so
// that its loop tests only the symbols. Each list is longest first, so the
// longest symbol written there is the one read: "5 km² đất" is km², not
// km with the square dropped, and "60 km/h" is km/h.
var spacedUnitsAt = func() (idx [256][]vi.Unit) {
	for b, us := range unitsAt {
		for _, u := range us {
			if u.Kind == "multiplier" || u.Kind == "subunit" || u.Kind == "duration" {
				continue
			}
			if !strings.Contains(u.Symbol, " ") && hasNonASCIILetter(u.Symbol) && isLetter(firstRuneOf(u.Symbol)) {
				continue
			}
			idx[b] = append(idx[b], u)
		}
		slices.SortStableFunc(idx[b], func(x, y vi.Unit) int { return len(y.Symbol) - len(x.Symbol) })
	}
	return idx
}()

// hasNonASCIILetter reports whether s holds a letter beyond ASCII.
func hasNonASCIILetter(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && isLetter(r) {
			return true
		}
	}
	return false
}

// multipliers are the words that scale a number ("800 nghìn", "1,5 tỷ").
var multipliers = func() map[string]float64 {
	m := map[string]float64{}
	for _, u := range unitTable.After {
		if u.Kind == "multiplier" && !isASCII(u.Symbol) {
			m[u.Symbol] = u.Factor
		}
	}
	return m
}()

// multiplierFirsts are the first letters of the multipliers: a word
// whose first letter, lowered, is none of them is no multiplier.
var multiplierFirsts = func() (out []rune) {
	for w := range multipliers {
		if r := firstRuneOf(w); !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}()

// qualifiers qualify the number after them, tried in their file's order
// (lang/vi/lexicon/qualifiers.txt).
var qualifiers = vi.Lines("qualifiers.txt")

// qualifiersByEnd holds the qualifiers by their last letter, each list in
// the file's order: only those can end the words before a number.
// Each keeps its code points, so that the comparison from the end decodes
// only the text's.
var qualifiersByEnd = func() map[rune][]qualifier {
	m := map[rune][]qualifier{}
	for _, q := range qualifiers {
		m[lastRuneOf(q)] = append(m[lastRuneOf(q)], qualifier{q, []rune(q)})
	}
	return m
}()

// qualifiersByEndByte holds qualifiersByEnd by the low byte of the last
// letter: a look-up in a few entries, not a map probe for every number.
var qualifiersByEndByte = func() (idx [256][]qualifierEnd) {
	for r, qs := range qualifiersByEnd {
		idx[byte(r)] = append(idx[byte(r)], qualifierEnd{r, qs})
	}
	return idx
}()

// qualifierEnd is a last letter and the qualifiers that end in it.
type qualifierEnd struct {
	r  rune
	qs []qualifier
}

// qualifiersEndingIn is qualifiersByEnd[r].
func qualifiersEndingIn(r rune) []qualifier {
	for _, e := range qualifiersByEndByte[byte(r)] {
		if e.r == r {
			return e.qs
		}
	}
	return nil
}

// qualifier is a qualifier's text and its code points.
type qualifier struct {
	text  string
	runes []rune
}

// notBefore are words after which a number is an ordinal, a year, a name or
// a part of an address, never a count (lang/vi/lexicon/numberlabels.txt).
var notBefore = vi.Set("numberlabels.txt", true)

// stopUnit ends a counted noun: function words, verbs and adverbs that
// follow a number without being what it counts (lang/vi/lexicon/countstops.txt).
var stopUnit = vi.Set("countstops.txt", true)

// countCompounds end on a label word ("số", "cấp", "trang") but are verbs or
// counting nouns, so the number after them is a count.
var countCompounds = vi.Set("countcompounds.txt", true)

// unitCompounds are counted nouns (lang/vi/lexicon/countnouns.txt); a
// number followed by the first syllable of one of two syllables takes both.
var unitCompounds = vi.Set("countnouns.txt", true)

// classifiers head a counted noun of two or more syllables ("cuộc đối
// thoại", "lượt xem", "buổi lễ").
var classifiers = vi.Set("classifiers.txt", true)

// notUnits are phrases that begin with a counted noun's syllable but are
// adverbs or pronouns ("lần lượt": respectively).
var notUnits = vi.Set("notunits.txt", true)

// countNouns are the counted nouns of one syllable or more, read whole.
var countNouns = unitCompounds

type figHit struct {
	start, end int    // bytes
	num        number // the number read: its code-point offset is known
	f          doc.Figure
	rule       string
}

// figScratch holds a document's numbers and hits while its figures are
// found, kept for the next document (growing both from nothing cost an
// allocation or more per document and most of the stage's bytes).
type figScratch struct {
	locs    []number
	covered []bool     // covered[k]: locs[k] overlaps a date or a document reference
	spans   []doc.Span // the dates' and references' spans, by start
	hits    []figHit
}

var figScratches = sync.Pool{New: func() any { return new(figScratch) }}

func (x *Figures) Extract(d *doc.Document) {
	sc := figScratches.Get().(*figScratch)
	defer func() {
		// the hits hold strings of this text: drop them before the buffer waits
		clear(sc.hits)
		sc.locs, sc.hits = sc.locs[:0], sc.hits[:0]
		figScratches.Put(sc)
	}()
	t := d.Text
	sc.locs = appendNumbers(sc.locs[:0], d)
	locs := sc.locs
	sc.covered, sc.spans = coveredNumbers(sc.covered[:0], sc.spans[:0], d.Mentions, locs)
	covered := sc.covered
	hits := sc.hits[:0]
	for i := 0; i < len(locs); i++ {
		if d.Expired() { // the time budget is used up: keep what was found
			break
		}
		s, e := locs[i][0], locs[i][1]
		if !x.standalone(d, locs[i], covered[i]) {
			continue
		}
		numText := t[s:e]
		v, ok := parseNumber(numText)
		if !ok {
			continue
		}
		h := figHit{start: s, end: e, num: locs[i], rule: "figures/count"}
		// the qualifier before the number ("khoảng", "gần"), read once:
		// the range test, the start of the mention and the figure use it
		q := qualifierBefore(t, s)
		rest := e
		// news shorthand: "100k" is 100 nghìn, "1tr2" 1,2 triệu, money
		// unless a noun follows
		shortMult, frac, shortEnd, short := shorthand(t, e)
		if short {
			if frac != "" {
				f, _ := strconv.ParseFloat("0."+frac, 64)
				v += f
			}
			rest = shortEnd
		}
		// "1m65": a measure between its whole and its decimals
		if sv, su, se, ok := splitMeasure(t, e, v); ok {
			h.f = doc.Figure{Value: sv, Unit: su}
			h.start, h.end = withQualifier(t, s, q), se
			h.f.Qualifier = q
			hits = append(hits, h)
			for i+1 < len(locs) && locs[i+1][0] < se {
				i++
			}
			continue
		}
		// a mixed number "23 1/5" or an improper fraction "9/4 kg"
		if !short {
			if fv, fe, skip, ok := x.fraction(d, i, locs, v); ok {
				v, rest = fv, fe
				i += skip
				h.rule = "figures/fraction"
			}
		}
		// a range or list whose last member carries the unit: "12,5-13%",
		// "15-30 triệu người", "5, 10 năm", "từ 1 đến 2 năm", "giữa 5 và 10 năm"
		m := -1
		if !short && h.rule != "figures/fraction" && i+1 < len(locs) {
			m = boundsJoin(t, q, rest)
		}
		if m >= 0 && locs[i+1][0] == rest+m {
			ns, ne := locs[i+1][0], locs[i+1][1]
			if _, ok2 := parseNumber(t[ns:ne]); ok2 && x.standalone(d, locs[i+1], covered[i+1]) {
				mult, unit, _, after := x.unitAfter(d, ne)
				if (unit != "" || mult != 1) && (!yearLike(numText) || !strings.ContainsAny(t[rest:rest+m], "-–—") && yearCount(t, s, unit, mult)) && !x.clockTime(d, s, unit, after) {
					f := doc.Figure{Value: scale(decimalBefore(numText, v, mult), mult), Unit: unit}
					x.setSign(t, s, &f)
					setCurrency(&f)
					h.f = f
					h.rule = "figures/range"
					h.start = withQualifier(t, s, q)
					if f.Value < 0 {
						// the sign belongs to the text, as for a single number
						h.start = min(h.start, signStart(t, s))
					}
					h.end = after
					hits = append(hits, h)
					continue // the upper bound is read on the next turn
				}
			}
		}
		mult, unit, percent, after := x.unitAfter(d, rest)
		// "$10.000", "€20": the currency sign stands before the number
		if u, bs, ok := symbolBefore(t, s); ok && !short {
			mult, after = multipliersAfter(t, rest)
			unit, percent = u.Canonical, false
			h.start = bs
		}
		if short {
			// "100k lượt xem" counts views; "100k thôi" is money
			if mult *= shortMult; unit == "" || !knownCount(unit, 1) {
				unit, after = homeCurrency, rest
			}
		}
		if unit == "" {
			// "15 trên 20 xã", "2.172/2.631 ý kiến": the unit follows the whole
			// (a part no greater than its whole: "30/4 lịch sử" is a day)
			if m := ratioJoin(t[rest:]); m >= 0 && i+1 < len(locs) && locs[i+1][0] == rest+m {
				if of, ok := parseNumber(t[locs[i+1][0]:locs[i+1][1]]); !ok || of < v {
					continue
				}
				if _, u2, _, _ := x.unitAfter(d, locs[i+1][1]); u2 != "" {
					unit, after = u2, rest
				}
			}
			if unit == "" {
				unit = x.unitBefore(d, s)
			}
			if unit == "" {
				continue // a number that counts nothing named is not a figure
			}
		}
		// "2000 hồ sơ" counts; "2021 diễn ra" is a year
		if yearLike(numText) && !short && !yearCount(t, s, unit, mult) {
			continue
		}
		// "lúc 2 giờ sáng", "1 giờ 30 chiều": a time of day, not a length;
		// so is "từ 8 giờ" when it runs to one ("từ 8 giờ đến 11 giờ sáng")
		if x.clockTime(d, s, unit, after) {
			for i+1 < len(locs) && locs[i+1][0] < after+16 && x.minutesOf(t, after, locs[i+1][0]) {
				i++
			}
			continue
		}
		if x.clockRange(d, unit, after, i, locs) {
			i++ // the other bound is a clock time too
			if _, _, _, a2 := x.unitAfter(d, locs[i][1]); i+1 < len(locs) && locs[i+1][0] < a2+16 && x.minutesOf(t, a2, locs[i+1][0]) {
				i++
			}
			continue
		}
		h.f = doc.Figure{Value: scale(decimalBefore(numText, v, mult), mult), Unit: unit}
		if percent {
			p := h.f.Value
			h.f.Percent = &p
		}
		setCurrency(&h.f)
		if h.start == s {
			h.start = withQualifier(t, s, q)
			h.f.Qualifier = q
		}
		h.end = after
		x.setSign(t, s, &h.f)
		if h.f.Value < 0 {
			h.start = min(h.start, signStart(t, s))
		}
		// "2 đô 23 xu": the subunit belongs to the same amount
		if h.f.Currency != "" && i+1 < len(locs) {
			if sub, end, ok := x.subunit(d, after, locs[i+1], h.f.Currency); ok {
				h.f.Value += sub
				h.end = end
				i++
			}
		}
		// ratio: "2.172 ý kiến/2.631 ý kiến", "2.172/2.631", "15 trên 20 xã"
		if m := ratioJoin(t[after:]); m >= 0 && i+1 < len(locs) && locs[i+1][0] == after+m {
			ns, ne := locs[i+1][0], locs[i+1][1]
			if of, ok := parseNumber(t[ns:ne]); ok && of >= v && !covered[i+1] {
				m2, unit2, _, after2 := x.unitAfter(d, ne)
				ofv := scale(decimalBefore(t[ns:ne], of, m2), m2)
				h.f.Of = &ofv
				if unit2 != "" && (unit == "" || !strings.HasPrefix(lower(unit2), lower(firstField(unit)))) {
					// "2.172/2.631 ý kiến": the unit follows the whole
					if unit == "" {
						h.f.Unit = unit2
					}
				}
				if unit2 != "" {
					h.end = after2
				} else {
					h.end = ne
				}
				h.rule = "figures/ratio"
				i++
			}
		}
		hits = append(hits, h)
	}
	sc.hits = hits
	if len(hits) == 0 {
		return
	}
	// the mentions and their figures in one block each: two allocations a
	// document, not two a figure
	ms := make([]doc.Mention, len(hits))
	fs := make([]doc.Figure, len(hits))
	out := make([]*doc.Mention, 0, len(hits))
	for k, h := range hits {
		// the digits were checked against dates and references when read;
		// the unit may run into a date ("5 năm 2016 - 2020": 5 years)
		start, end := runeAt(t, h.num, h.start), runeAt(t, h.num, h.end)
		f := &fs[k]
		*f = h.f
		f.Kind = figureKind(f)
		f.Subject = subjectAfter(d.Text, h.end, f.Unit)
		m := &ms[k]
		*m = doc.Mention{Kind: doc.KindFigure, Start: start, End: end, Rule: h.rule}
		m = d.AddBytes(m, h.start, h.end)
		m.Figure = f
		out = append(out, m)
	}
	checkConsistency(d, out)
}

// boundsJoin returns the length of what joins the number ending at rest
// to the next one as the bounds of a range or the members of a list, or
// -1: rangeJoin, or after a qualifier q (qualifierBefore the number) that
// opens a span between two bounds ("giữa 5 và 10 năm") the conjunction.
func boundsJoin(t, q string, rest int) int {
	// most numbers have no qualifier: no comparison with the words
	if (q != "" || betweenEmpty) && isGrammarWord(q, betweenWords) {
		return wordJoin(t[rest:], andWords)
	}
	return rangeJoin(t[rest:])
}

// gluedUnit reads a unit of the table written onto the digits ending at
// byte e ("204m", "5km²", "25°C", "2GB", "10đ", "100k"): the longest symbol
// not followed by a letter. A multiplier may be followed by digits, the
// decimals of the shorthand "1tr2".
func gluedUnit(t string, e int) (vi.Unit, int, bool) {
	if e >= len(t) {
		return vi.Unit{}, e, false
	}
	rest := t[e:]
	for _, u := range unitsAt[rest[0]] {
		if !strings.HasPrefix(rest, u.Symbol) {
			continue
		}
		k := e + len(u.Symbol)
		if k < len(t) {
			next := firstRuneOf(t[k:])
			if isLetter(next) || isMark(next) {
				continue
			}
			if isDigit(next) && u.Kind != "multiplier" && u.Factor == 0 && !isDigit(lastRuneOf(u.Symbol)) {
				continue // "5G2": a code
			}
		}
		return u, k, true
	}
	return vi.Unit{}, e, false
}

// shorthand reads a multiplier glued to the digits and its decimals:
// "100k" (1e3), "1tr2" (1,2 × 1e6). It returns the multiplier, the decimal
// digits, where the shorthand ends, and whether there is one.
func shorthand(t string, e int) (float64, string, int, bool) {
	u, k, ok := gluedUnit(t, e)
	if !ok || u.Kind != "multiplier" {
		return 1, "", e, false
	}
	j := k
	for j < len(t) && t[j] >= '0' && t[j] <= '9' && j-k < 3 {
		j++
	}
	if j < len(t) && (isLetter(firstRuneOf(t[j:])) || (t[j] >= '0' && t[j] <= '9')) {
		return 1, "", e, false // "1tr234x": not a shorthand
	}
	return u.Factor, t[k:j], j, true
}

// splitMeasure reads a measure written between its whole and its
// decimals: "1m65" is 1,65 m. It returns the value, the unit and where it
// ends.
func splitMeasure(t string, e int, v float64) (float64, string, int, bool) {
	u, k, ok := gluedUnit(t, e)
	if !ok || u.Kind != "measure" || u.Factor == 0 {
		return 0, "", e, false
	}
	j := k
	for j < len(t) && t[j] >= '0' && t[j] <= '9' {
		j++
	}
	if j == k || j-k > 2 || j < len(t) && (isLetter(firstRuneOf(t[j:])) || (t[j] == ',' || t[j] == '.') && j+1 < len(t) && t[j+1] >= '0' && t[j+1] <= '9') {
		return 0, "", e, false
	}
	// read as the decimal written, not a sum: 1.7, not 1.7000000000000002
	// ("1m6" is 1,6 m; the factor says the digits are hundredths)
	digits := t[k:j]
	if len(digits) == 1 {
		digits += "0"
	}
	d, _ := strconv.ParseFloat(digits, 64)
	r, err := strconv.ParseFloat(strconv.FormatFloat(v+d*u.Factor, 'f', 6, 64), 64)
	if err != nil || v != math.Trunc(v) {
		return 0, "", e, false
	}
	return r, u.Symbol, j, true
}

// fraction reads a mixed number "23 1/5" (a whole, a space, a proper
// fraction) or an improper fraction "9/4" followed by a unit of the table,
// when the dates stage did not take the digits. It returns the value,
// where the digits end and how many more numbers it used.
func (x *Figures) fraction(d *doc.Document, i int, locs []number, v float64) (float64, int, int, bool) {
	t := d.Text
	e := locs[i][1]
	// the numbers' places are compared first: they rule out most
	isInt := func(k int) bool {
		n := t[locs[k][0]:locs[k][1]]
		return strings.IndexByte(n, '.') < 0 && strings.IndexByte(n, ',') < 0
	}
	// "23 1/5"
	if i+2 < len(locs) && locs[i+1][0] == e+1 && t[e] == ' ' && locs[i+2][0] == locs[i+1][1]+1 && t[locs[i+1][1]] == '/' && isInt(i) && isInt(i+1) && isInt(i+2) {
		a, _ := parseNumber(t[locs[i+1][0]:locs[i+1][1]])
		b, _ := parseNumber(t[locs[i+2][0]:locs[i+2][1]])
		fe := locs[i+2][1]
		if b > 1 && a < b && b <= 16 && !d.Overlaps(locs[i+1].runeStart(), locs[i+2].runeEnd(), doc.KindDate, doc.KindDocRef) && !followedByDigitOrSlash(t, fe) {
			if _, unit, _, _ := x.unitAfter(d, fe); unit != "" && !isUpper(firstRuneOf(unit)) {
				return v + a/b, fe, 2, true
			}
		}
	}
	// "9/4 kg": more than one whole, with a unit of the table ("90/60
	// mm" of blood pressure is no fraction)
	if i+1 < len(locs) && locs[i+1][0] == e+1 && t[e] == '/' && isInt(i) && isInt(i+1) {
		b, _ := parseNumber(t[locs[i+1][0]:locs[i+1][1]])
		fe := locs[i+1][1]
		if b > 1 && v > b && b <= 10 && !followedByDigitOrSlash(t, fe) {
			if _, unit, _, _ := x.unitAfter(d, fe); unit != "" {
				if u, ok := unitTable.ByWord[lower(unit)]; ok && (u.Kind == "measure" || u.Kind == "amount") {
					return v / b, fe, 1, true
				}
			}
		}
	}
	return 0, 0, 0, false
}

func followedByDigitOrSlash(t string, e int) bool {
	return e < len(t) && (t[e] == '/' || (t[e] >= '0' && t[e] <= '9'))
}

// yearLike is a four-digit number that may be a year (1900-2099): a figure
// only when what follows is a known counted noun ("2000 hồ sơ") or money.
func yearLike(n string) bool {
	return len(n) == 4 && (strings.HasPrefix(n, "19") || strings.HasPrefix(n, "20"))
}

// yearCount decides whether a four-digit number that may be a year counts:
// a multiplier or money after it ("2000 tỷ", "2000 USD"), or a listed
// counted noun in lower case after a word that is not one of time ("tiếp
// nhận 2000 hồ sơ"; "từ 2017 khu …", ", 2018 Trường …" are years).
func yearCount(t string, s int, unit string, mult float64) bool {
	if mult != 1 {
		return true
	}
	if u, ok := unitTable.ByWord[lower(unit)]; ok && u.Kind == "amount" {
		return true
	}
	if unit == "" || !isLower(firstRuneOf(unit)) {
		// "2017 M", "2018 Trường": a name or a new clause
		return false
	}
	if u, ok := unitTable.ByWord[unit]; !(ok && u.Kind == "measure") && !countNouns[unit] {
		return false
	}
	// "SEA Games 2017 tổ chức", "Davis Cup 2017 nhóm II": a year names
	// an event, a law or a model after a capitalized word
	prev := lastWords(t[:s], 1)
	if prev == "" || isUpper(firstRuneOf(prev)) {
		return false
	}
	return !yearLead[lower(prev)]
}

var yearLead = vi.Set("yearleads.txt", true)

// knownCount reports a unit that only counts: a listed counted noun, a
// classifier phrase, a unit of the table other than a length of time, or a
// multiplier ("2000 tỷ").
func knownCount(unit string, mult float64) bool {
	if mult != 1 || unit == "%" {
		return true
	}
	l := lower(unit)
	if unitCompounds[l] || countNouns[l] {
		return true
	}
	w0, n := fields2(l)
	if n == 0 {
		return false
	}
	if countNouns[w0] || (n > 1 && classifiers[w0]) {
		return true
	}
	u, ok := unitTable.ByWord[l]
	return ok && u.Kind != "duration"
}

// clockTime reports a number that reads a clock, not a length of time:
// "lúc 2 giờ", "2 giờ sáng", "1 giờ 30 chiều", "14 giờ 30 phút ngày 5/3".
// "trong 3 giờ", "sau 2 giờ 30 phút" are lengths.
func (x *Figures) clockTime(d *doc.Document, s int, unit string, after int) bool {
	t := d.Text
	// "khoảng 17g", "lúc 7g": "g" glued after an hour is "giờ", not grams
	if unit == "g" && after > 0 && t[after-1] == 'g' && after >= 2 && t[after-2] >= '0' && t[after-2] <= '9' {
		prev := lower(lastWords(t[:s], 1))
		if v, ok := parseNumber(t[s : after-1]); ok && v <= 24 && (clockLead[prev] || isGrammarWord(prev, approxWords)) {
			return true
		}
	}
	if !hourFold.has(unit) {
		return false
	}
	prev := lower(lastWords(t[:s], 1))
	prev2 := lower(lastWords(t[:s], 2))
	// "lúc 6 giờ", "đúng 0 giờ", "sáng mai 9 giờ": words that place a time
	if clockLead[prev] || partOfDay[prev] || partOfDay[strings.Fields(prev2 + " x")[0]] && dayWord[prev] {
		return true
	}
	if v, ok := parseNumber(strings.TrimSpace(t[s:after][:strings.IndexByte(t[s:after]+" ", ' ')])); ok && v == 0 {
		// "0 giờ" is midnight, never a length
		return true
	}
	rest := strings.TrimLeft(t[after:], " ")
	j := 0
	for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
		j++
	}
	var wordBuf [2]string
	var endBuf [2]int
	words, _ := nextWordsInto(rest, j, wordBuf[:0], endBuf[:0])
	if j > 0 {
		// minutes: "1 giờ 30 chiều", "14 giờ 30", "8 giờ 30 phút" read a
		// clock; "trong 2 giờ 30 phút", "sau 1 giờ 15 phút" are lengths
		// "1 giờ 33 phút 5 giây": a race time, with seconds, is a length
		if len(words) > 0 && isGrammarWord(words[0], minuteWords) && secondsAfter(rest) {
			return false
		}
		if len(words) == 0 || !isGrammarWord(words[0], minuteWords) || !durationLead[prev] {
			return true
		}
		words = words[1:]
	}
	if len(words) > 0 {
		w := lower(words[0])
		if partOfDay[w] || (j == 0 && isGrammarWord(w, hourMarkWords)) {
			return true
		}
		// "17 giờ cùng ngày", "9 giờ hôm qua"
		if phraseOf(words, sameDayWords) || isGrammarWord(w, relativeDayWords) {
			return true
		}
		// "14 giờ ngày 5/3"
		if isGrammarWord(w, dayWords) {
			k := strings.Index(rest, words[0]) + len(words[0])
			return strings.HasPrefix(strings.TrimLeft(rest[k:], " "), "0") || len(rest) > k+1 && rest[k+1] >= '1' && rest[k+1] <= '9'
		}
	}
	return false
}

// secondsAfter reports "N phút M giây" at the start of s: after the first
// minute word, a number and a second word.
func secondsAfter(s string) bool {
	k, m := -1, ""
	for _, w := range minuteWords {
		if i := strings.Index(s, w); i >= 0 && (k < 0 || i < k) {
			k, m = i, w
		}
	}
	if k < 0 {
		return false
	}
	r := strings.TrimLeft(s[k+len(m):], " ")
	j := 0
	for j < len(r) && r[j] >= '0' && r[j] <= '9' {
		j++
	}
	if j == 0 {
		return false
	}
	r = strings.TrimLeft(r[j:], " ")
	for _, w := range secondWords {
		if strings.HasPrefix(r, w) {
			return true
		}
	}
	return false
}

// clockRange reports an hour whose range partner reads a clock: "từ 8 giờ
// đến 11 giờ sáng".
func (x *Figures) clockRange(d *doc.Document, unit string, after, i int, locs []number) bool {
	if !hourFold.has(unit) || i+1 >= len(locs) {
		return false
	}
	t := d.Text
	m := rangeJoin(t[after:])
	if m < 0 || locs[i+1][0] != after+m {
		return false
	}
	_, u2, _, after2 := x.unitAfter(d, locs[i+1][1])
	if x.clockTime(d, locs[i+1][0], u2, after2) {
		return true
	}
	// "từ 7 giờ đến 22 giờ": hours on both bounds read opening times;
	// "từ 2 đến 3 giờ" is a length
	return isGrammarWord(lastWords(t[:locs[i][0]], 1), fromWords) && isGrammarWord(u2, hourWords)
}

// minutesOf reports whether the number at byte n is the minutes of a clock
// time whose hour ends at byte after ("1 giờ 30 chiều").
func (x *Figures) minutesOf(t string, after, n int) bool {
	between := strings.TrimSpace(t[after:n])
	// "8 giờ kém 15"
	return between == "" || isGrammarWord(between, minutesToWords)
}

var (
	clockLead    = vi.Set("clockleads.txt", true)
	dayWord      = vi.Set("daywords.txt", true)
	durationLead = vi.Set("durationleads.txt", true)
	partOfDay    = partsOfDay()
)

// setSign makes a figure negative when a minus sign is glued to its digits
// ("-25°C", after a space or a bracket: "12,5-13%" is a range) or the word
// "âm" stands before it ("âm 1.200.000 đồng").
func (x *Figures) setSign(t string, s int, f *doc.Figure) {
	if signStart(t, s) < s && f.Value != 0 {
		f.Value = -f.Value
	}
}

// signStart returns where the sign of the number at byte s begins, or s.
func signStart(t string, s int) int {
	if s >= 1 && (t[s-1] == '-' || strings.HasSuffix(t[:s], "−")) {
		k := s - 1
		if t[s-1] != '-' {
			k = s - len("−")
		}
		if k == 0 || t[k-1] == ' ' || t[k-1] == '(' {
			return k
		}
		return s
	}
	// "âm 5": the word and one space, looked for only after a space and
	// a letter that ends one of the words in some case
	if s < 2 || t[s-1] != ' ' || !minusEnds.has(lastRuneOf(t[:s-1])) {
		return s
	}
	if w := lastWords(t[:s], 1); isGrammarWord(w, minusWords) && strings.HasSuffix(t[:s], w+" ") {
		return s - len(w) - 1
	}
	return s
}

// minusEnds holds every member of the case-folding orbit
// (unicode.SimpleFold) of the last letter of each of minusWords: a word
// that ends otherwise equals none of them in any case (strings.EqualFold
// compares code point by code point). The orbits are listed whole so that
// the test before each number after a space is a lookup, not a walk of
// the orbit of the letter before it (3,100 walks on the 252-article
// sample).
var minusEnds = func() *runeSet {
	m := &runeSet{rest: map[rune]bool{}}
	for _, w := range minusWords {
		r := lastRuneOf(w)
		m.add(r)
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			m.add(f)
		}
	}
	return m
}()

// runeSet is a set of code points, those below utf8.RuneSelf in a table.
type runeSet struct {
	ascii [utf8.RuneSelf]bool
	rest  map[rune]bool
}

func (m *runeSet) add(r rune) {
	if r >= 0 && r < utf8.RuneSelf {
		m.ascii[r] = true
		return
	}
	m.rest[r] = true
}

func (m *runeSet) has(r rune) bool {
	if r >= 0 && r < utf8.RuneSelf {
		return m.ascii[r]
	}
	return m.rest[r]
}

// subunit reads the second part of a two-part amount after a currency
// unit: "2 đô 23 xu" is 2,23 USD. next is the following number's range.
func (x *Figures) subunit(d *doc.Document, after int, next number, currency string) (float64, int, bool) {
	t := d.Text
	if next[0] < after || strings.TrimSpace(t[after:next[0]]) != "" {
		return 0, 0, false
	}
	n, ok := parseNumber(t[next[0]:next[1]])
	if !ok {
		return 0, 0, false
	}
	w, end := firstWord(t, next[1])
	if w == "" || !gap(t, next[1], end, w) {
		return 0, 0, false
	}
	u, ok := unitTable.ByWord[lower(w)]
	if !ok || u.Kind != "subunit" || u.Currency != currency {
		return 0, 0, false
	}
	return scale(n, u.Factor), end, true
}

// figureKind tells a count of things from an amount of money, a measure, a
// percentage and a length of time, so that a notebook can filter them.
func figureKind(f *doc.Figure) string {
	switch {
	case f.Percent != nil || f.Unit == "%":
		return "percent"
	case f.Currency != "":
		return "amount"
	}
	l := lower(f.Unit)
	// most units are counted nouns, of no measure's or duration's shape
	if u, ok := unitOfKinds(measureGate, l); ok && (u.Kind == "measure" || u.Kind == "duration") {
		return u.Kind
	}
	// one field, the unit trimmed: a unit with no white space at either
	// end is either one field, itself (asked above), or more
	if l != "" && (unicode.IsSpace(firstRuneOf(l)) || unicode.IsSpace(lastRuneOf(l))) {
		if w0, n := fields2(l); n > 0 {
			if u, ok := unitTable.ByWord[w0]; ok && u.Kind == "duration" && n == 1 {
				return "duration"
			}
		}
	}
	if i := strings.IndexByte(l, '/'); i > 0 {
		if u, ok := unitTable.ByWord[l[:i]]; ok && u.Kind == "measure" {
			return "measure" // "m3/s"
		}
	}
	return "count"
}

// rangeJoin and ratioJoin return the length of what stands at the start
// of s between two numbers of a range ("12,5-13%", "5, 10 năm", "từ 1 đến
// 2 năm") or of a ratio ("2.172/2.631", "15 trên 20", "15 trên tổng số
// 20"), or -1; callers check that it ends where the next number starts.
// White space is that of a regexp's \s.
func rangeJoin(s string) int {
	j := skipBlank(s, 0)
	for _, dash := range dashes {
		// the first byte before the comparison (most numbers are
		// followed by a space and a letter)
		if j < len(s) && s[j] == dash[0] && strings.HasPrefix(s[j:], dash) {
			return skipBlank(s, j+len(dash))
		}
	}
	if s != "" && s[0] == ',' {
		return skipBlank(s, 1)
	}
	return wordJoin(s, rangeWords)
}

func ratioJoin(s string) int {
	j := skipBlank(s, 0)
	if j < len(s) && s[j] == '/' {
		return skipBlank(s, j+1)
	}
	e := wordJoin(s, outOfWords)
	if e < 0 {
		return -1
	}
	// "trên tổng số 20": the whole named as a total
	if k := wordThenBlank(s, e, totalWords); k >= 0 {
		if k = wordThenBlank(s, k, numberWords); k >= 0 {
			return k
		}
	}
	return e
}

// dashes join the bounds of a range: hyphen, en and em dash.
var dashes = []string{"-", "–", "—"}

// wordJoin returns the length of white space, one of words, white space at
// the start of s, or -1.
func wordJoin(s string, words []string) int {
	j := skipBlank(s, 0)
	if j == 0 {
		return -1
	}
	return wordThenBlank(s, j, words)
}

// wordThenBlank returns where the white space after one of words written
// at byte j of s ends, or -1 (at least one white space must follow).
func wordThenBlank(s string, j int, words []string) int {
	for _, w := range words {
		if w != "" && (j >= len(s) || s[j] != w[0]) {
			continue // the first byte decides most places
		}
		if strings.HasPrefix(s[j:], w) {
			k := j + len(w)
			if e := skipBlank(s, k); e > k {
				return e
			}
		}
	}
	return -1
}

// skipBlank returns the first byte at or after i that is not white space
// as a regexp's \s reads it (tab, newline, form feed, carriage return,
// space).
func skipBlank(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}

// The grammar words that join two numbers (lang/vi/lexicon/grammarwords.txt):
// the bounds of a range or alternatives ("đến", "hoặc"), a part and its
// whole ("trên"), the conjunction of "giữa 5 và 10", the qualifier "giữa"
// that calls for it, and "tổng số", the total, written after "trên".
var (
	rangeWords   = vi.Lex().Words(vi.RangeJoin)
	outOfWords   = vi.Lex().Words(vi.OutOf)
	andWords     = vi.Lex().Words(vi.And)
	betweenWords = vi.Lex().Words(vi.Between)
	betweenEmpty = slices.Contains(betweenWords, "") // whether "" is one of them
	totalWords   = vi.Lex().Words(vi.Total)
	numberWords  = vi.Lex().Words(vi.Number)
)

// More grammar words: the hour, minute and second nouns of a clock, what
// makes an hour a clock time ("kém", "rưỡi", "đúng", "cùng ngày", "hôm",
// "ngày"), "từ" opening a range, "khoảng" (about), "âm" (minus), the
// copula of "số hộ nghèo là 1.234", the calendar's periods counted in
// "6 tháng đầu năm", "đạt" opening a predicate, and the bodies named by the
// number after them ("Ban Chỉ đạo 389").
var (
	hourWords        = vi.Lex().Words(vi.Hour)
	minuteWords      = vi.Lex().Words(vi.Minute)
	secondWords      = vi.Lex().Words(vi.Second)
	hourMarkWords    = vi.Lex().Words(vi.HourMark)
	minutesToWords   = vi.Lex().Words(vi.MinutesTo)
	sameDayWords     = phrases(vi.Lex().Words(vi.SameDay))
	relativeDayWords = vi.Lex().Words(vi.RelativeDay)
	dayWords         = vi.Lex().Words(vi.Day)
	fromWords        = vi.Lex().Words(vi.From)
	approxWords      = vi.Lex().Words(vi.Approx)
	minusWords       = vi.Lex().Words(vi.Minus)
	predicateWords   = vi.Lex().Words(vi.Predicate)
	calendarWords    = vi.Lex().Words(vi.CalendarUnit)
	reachWords       = vi.Lex().Words(vi.Reach)
	numberedBodies   = phrases(vi.Lex().Words(vi.NumberedBody))
)

// homeCurrency is the unit money carries when the text names none ("35.000
// tỷ."): the canonical unit of the country's currency in the unit table.
var homeCurrency = func() string {
	for _, u := range unitTable.After {
		if u.Kind == "amount" && u.Currency == "VND" {
			return u.Canonical
		}
	}
	panic("extractors: no VND amount in the unit table")
}()

// maxPercentWords is the most words a name of the percent sign has.
var maxPercentWords = func() (n int) {
	for _, p := range percentNames {
		n = max(n, len(p))
	}
	return n
}()

// percentNames are the names of the percent sign ("phần trăm"), read
// word by word after a number.
var percentNames = func() (out [][]string) {
	for _, u := range unitTable.After {
		if u.Kind == "percent" && u.Name != "" {
			out = append(out, strings.Fields(u.Name))
		}
	}
	return out
}()

// dollarWords are the dollar's symbols written as a lower-case word ("5
// USD", "5 đô"): read as the currency whatever word follows.
var dollarWords = func() map[string]bool {
	m := map[string]bool{}
	for _, u := range unitTable.After {
		if w := lower(u.Symbol); u.Kind == "amount" && u.Currency == "USD" && isWord(w) {
			m[w] = true
		}
	}
	return m
}()

// lastWordsRead holds the last words (lower case) of the phrases that
// standalone looks for before a number: notBefore's, countCompounds' and
// numberedBodies'. A number after any other word is read by
// docLabelBefore alone.
var lastWordsRead = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{notBefore, countCompounds} {
		for w := range set {
			f := strings.Fields(w)
			if len(f) > 0 {
				m[lower(f[len(f)-1])] = true
			}
		}
	}
	for _, p := range numberedBodies {
		if len(p) > 0 {
			m[lower(p[len(p)-1])] = true
		}
	}
	return m
}()

// Flags of wordFlags: which of the sets above hold a lowered word or
// phrase.
const (
	wNotBefore     uint8 = 1 << iota // notBefore
	wCountCompound                   // countCompounds
	wStopUnit                        // stopUnit
	wUnitCompound                    // unitCompounds
	wClassifier                      // classifiers
	wNotUnit                         // notUnits
	wDollar                          // dollarWords
)

// wordFlags holds, for each key of those sets, the flags of the sets that
// hold it: the rules ask several sets about the same word or pair, and
// one probe answers them all.
var wordFlags = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, s := range []struct {
		set  map[string]bool
		flag uint8
	}{
		{notBefore, wNotBefore}, {countCompounds, wCountCompound}, {stopUnit, wStopUnit},
		{unitCompounds, wUnitCompound}, {classifiers, wClassifier}, {notUnits, wNotUnit}, {dollarWords, wDollar},
	} {
		for w, ok := range s.set {
			if ok {
				m[w] |= s.flag
			}
		}
	}
	return m
}()

// numberedBody reports a body named by the number after it ("Ban Chỉ đạo
// 389", "Ban chỉ đạo 24 tỉnh"; "đã chỉ đạo 63 tỉnh" counts) ending head,
// whose last word, lower case, is last.
func numberedBody(head, last string) bool {
	for _, p := range numberedBodies {
		n := len(p)
		if n < 2 || p[n-1] != last {
			continue
		}
		// the words after the first must be the phrase's; the first may
		// end with the phrase's first word
		whole := strings.Join(p, " ")
		if lower(lastWords(head, n-1)) == whole[len(p[0])+1:] && strings.HasSuffix(lower(lastWords(head, n)), whole) {
			return true
		}
	}
	return false
}

// fields2 returns the first of strings.Fields(s) and how many there are,
// counting no further than two, without building the slice.
func fields2(s string) (string, int) {
	first, n := "", 0
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				if n == 0 {
					first = s[start:i]
				}
				n++
				start = -1
				if n == 2 {
					return first, n
				}
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		if n == 0 {
			first = s[start:]
		}
		n++
	}
	return first, n
}

// firstField is strings.Fields(s)[0]; it panics as that does when s holds
// no field.
func firstField(s string) string {
	f, n := fields2(s)
	if n == 0 {
		panic("extractors: firstField of blank " + strconv.Quote(s))
	}
	return f
}

// phrases splits each phrase into its words.
func phrases(list []string) [][]string {
	out := make([][]string, len(list))
	for i, p := range list {
		out[i] = strings.Fields(p)
	}
	return out
}

// phraseLen returns how many of words spell one of phrases, in any case,
// from the first word on, or 0.
func phraseLen(words []string, phrases [][]string) int {
	for _, p := range phrases {
		if len(p) == 0 || len(p) > len(words) {
			continue
		}
		n := 0
		for n < len(p) && strings.EqualFold(words[n], p[n]) {
			n++
		}
		if n == len(p) {
			return n
		}
	}
	return 0
}

// phraseOf reports whether words begin with one of phrases.
func phraseOf(words []string, phrases [][]string) bool { return phraseLen(words, phrases) > 0 }

// foldWords is a list of words asked, in any case, about a word
// (isGrammarWord) with the first letters that can begin a word equal to
// one of them under case folding: strings.EqualFold compares code point
// by code point, so a word whose first code point is in no first letter's
// folding orbit equals none, and is answered without the comparisons.
type foldWords struct {
	words  []string
	firsts []rune // the words' first code points and their orbits
	empty  bool   // "" is one of the words
}

func newFoldWords(words []string) foldWords {
	fw := foldWords{words: words}
	for _, w := range words {
		if w == "" {
			fw.empty = true
			continue
		}
		r := firstRuneOf(w)
		for c := r; ; {
			if !slices.Contains(fw.firsts, c) {
				fw.firsts = append(fw.firsts, c)
			}
			if c = unicode.SimpleFold(c); c == r {
				break
			}
		}
	}
	return fw
}

// has is isGrammarWord(w, fw.words).
func (fw *foldWords) has(w string) bool {
	if w == "" {
		return fw.empty
	}
	if !slices.Contains(fw.firsts, firstRuneOf(w)) {
		return false
	}
	return isGrammarWord(w, fw.words)
}

// hourFold is hourWords for the test of every figure's unit.
var hourFold = newFoldWords(hourWords)

// isGrammarWord reports whether w, in any case, is one of words.
func isGrammarWord(w string, words []string) bool {
	for _, g := range words {
		if strings.EqualFold(w, g) {
			return true
		}
	}
	return false
}

// standalone reports whether the digits at [s,e) are a number of their own:
// not inside a date or a document number, a code ("COVID-19", "F0"), a time
// ("14:30", "7h30"), an ordinal or a bare year.
func (x *Figures) standalone(d *doc.Document, n number, covered bool) bool {
	t := d.Text
	s, e := n[0], n[1]
	if covered && !x.lengthInPeriod(d, n) {
		return false
	}
	if s > 0 {
		prev := lastRuneOf(t[:s])
		if isLetter(prev) || prev == '_' || prev == '#' || prev == '@' || prev == '+' {
			// "sở hữu11,2%": a space lost after a lower-case word before a
			// percentage ("COVID-19", "F0", "U23" are codes)
			if !(isLower(prev) && strings.HasPrefix(t[e:], "%") && !isUpper(firstRuneOf(lastWordOf(t[:s])))) {
				return false
			}
		}
		// "Covid -19": a code whose dash lost its place, not a sign
		if prev == '-' && s >= 2 && t[s-2] == ' ' {
			if w := lastWordOf(t[:s-2]); w != "" && isUpper(firstRuneOf(w)) {
				return false
			}
		}
		if prev == '-' || prev == '/' || prev == '.' || prev == ':' {
			// "COVID-19", "A/19": part of a code ("12,5-13%" is a range)
			if s >= 2 {
				pp := lastRuneOf(t[:s-1])
				if isLetter(pp) || (prev != '-' && isDigit(pp)) {
					return false
				}
			}
		}
	}
	if e < len(t) {
		next := firstRuneOf(t[e:])
		if isLetter(next) {
			// "14h30", "5G", "3D" are times and codes; "204m", "2GB",
			// "10đ", "100k" carry a unit of the table
			if _, _, ok := gluedUnit(t, e); !ok {
				return false
			}
		}
		if next == ':' && e+1 < len(t) && t[e+1] >= '0' && t[e+1] <= '9' {
			return false
		}
		if (next == '-' || next == '/') && e+1 < len(t) && isLetter(firstRuneOf(t[e+1:])) {
			return false
		}
	}
	// the rules below read the two words before the number only when
	// the last, lowered, ends a phrase of theirs; else only docLabelBefore
	// can say no (a rule added below that reads before or last must add
	// its phrases' last words to lastWordsRead)
	lw, lf := lastWordsF(t[:s], 1)
	if lw != "" && !lastWordsReadGate.in(lastWordsRead, lowerWord(lw, lf)) {
		return !docLabelBefore(t[:s])
	}
	before := lowerWord(lastWordsF(t[:s], 2))
	if before != "" {
		// lastWords joins its words with one space
		first, last, two := strings.Cut(before, " ")
		if !two {
			last = first
		}
		// A label word that is the second syllable of a compound is no
		// label: "số 5", "cấp 3", "trang 20" name, but "tổng số 320 hộ",
		// "cung cấp 808 dịch vụ", "chỉnh trang 20 nhà" count
		// (lang/vi/lexicon/countcompounds.txt).
		fb := flagsOf(before)
		if two && fb&wCountCompound != 0 {
			return true
		}
		// "đường 3/2" is a street, "quãng đường 35.000 km" a length: a
		// measure of the table after the number outweighs the word before
		// (with one word, last is before)
		if fb&wNotBefore != 0 || two && notBefore[last] {
			if !measureAfter(t, e) {
				return false
			}
		}
		// "Chỉ thị 05 vẫn còn …", "Nghị quyết 26": a document named by
		// its number (capitalized, as a name is)
		if docLabelBefore(t[:s]) {
			return false
		}
		// "Ban Chỉ đạo 389", "Ban chỉ đạo 24 tỉnh": a steering body is
		// named by a number; "đã chỉ đạo 63 tỉnh" counts
		if numberedBody(t[:s], last) {
			return false
		}
	}
	return true
}

// unitBefore reads the counted noun of a number stated as a predicate:
// "số doanh nghiệp đăng ký mới là 20.000", "tổng số hộ nghèo là 1.234".
// The clause before the number must end in "là" and hold "số" a few words
// back, with no punctuation between; the noun after "số" is the unit.
func (x *Figures) unitBefore(d *doc.Document, s int) string {
	t := d.Text
	head := strings.TrimRight(t[:s], " ")
	la := -1 // where the copula starts
	for _, c := range predicateWords {
		if len(head) > len(c) && head[len(head)-len(c)-1] == ' ' && strings.HasSuffix(head, c) {
			la = len(head) - len(c)
			break
		}
	}
	if la < 0 {
		return ""
	}
	win := head[max(0, la-60):la]
	k, num := -1, "" // the last number word followed by a space
	for _, n := range numberWords {
		if i := strings.LastIndex(win, n+" "); i > k {
			k, num = i, n
		}
	}
	if k < 0 || strings.ContainsAny(win[k:], ",;:.()\"“”/\n") {
		return ""
	}
	at := la - len(win) + k + len(num)
	// "số" opens the clause or follows "tổng"; "hệ số lương", "chỉ số
	// giá", "con số" are other words
	if w := lower(lastWords(t[:at-len(num)], 1)); w != "" && !isGrammarWord(w, totalWords) {
		return ""
	}
	_, unit, _, end := x.unitAfter(d, at)
	if unit == "" || end > la {
		return ""
	}
	return unit
}

// unitAfter reads a multiplier and the counted noun after a number that
// ends at byte e. It returns the multiplier, the unit, whether it is a
// percentage, and the byte offset where the figure ends.
func (x *Figures) unitAfter(d *doc.Document, e int) (float64, string, bool, int) {
	t := d.Text
	i := e
	if k := wordStart(t, i); k < len(t) && t[k] == '%' && k-i <= 1 {
		return 1, "%", true, k + 1 // "82,6%", "82,6 %"
	}
	// a unit of the table written onto the digits: "204m", "25°C", "10đ"
	if u, k, ok := gluedUnit(t, e); ok && u.Kind != "multiplier" && u.Kind != "percent" {
		return 1, unitName(u), false, k
	}
	// or as the next word, after any multiplier: "5 km²", "20 euros",
	// "3 triệu USD", "2 đô la"
	if mult, u, k, ok := spacedUnit(t, e); ok {
		return mult, unitName(u), false, k
	}
	// up to five words: the multipliers and three after them. Three are
	// read first, the other two only when a multiplier leaves fewer than
	// three after it (most numbers have none): the rules below read the
	// same words, one reading or two.
	var wordBuf [5]string
	var endBuf [5]int
	var flagBuf [5]uint8
	var key [96]byte // the phrases looked up below, built here, not joined on the heap
	words, ends, fl := nextWordsFlagsInto(t, i, wordBuf[:0:3], endBuf[:0:3], flagBuf[:0:3])
	more := len(words) == 3 // the reading stopped for room, not at the end of the words
	if more && maxPercentWords > 3 {
		words, ends, fl = nextWordsFlagsInto(t, ends[2], wordBuf[:3:5], endBuf[:3:5], flagBuf[:3:5])
		more = false
	}
	if n := phraseLen(words, percentNames); n > 0 {
		// "82,6 phần trăm"
		return 1, "%", true, ends[n-1]
	}
	mult := 1.0
	k := 0
	for k < len(words) {
		if more && k >= 2 { // the pair below reads the fourth word
			words, ends, fl = nextWordsFlagsInto(t, ends[2], wordBuf[:3:5], endBuf[:3:5], flagBuf[:3:5])
			more = false
		}
		m, ok := multiplierOf(lowerWord(words[k], fl[k]))
		if !ok || k+1 < len(words) && notUnits[string(lowerPhrase(key[:0], words[k], words[k+1]))] {
			// "tỷ lệ" is a rate, "tỷ trọng" a share
			break
		}
		mult *= m
		i = ends[k]
		k++
	}
	if more && k > 0 {
		words, ends, fl = nextWordsFlagsInto(t, ends[2], wordBuf[:3:5], endBuf[:3:5], flagBuf[:3:5])
	}
	words, ends, fl = words[k:], ends[k:], fl[k:]
	if len(words) == 0 || strings.ContainsAny(t[i:wordStart(t, i)], ",;:.()\"“”/") {
		if mult >= 1e6 && mult != 1 {
			// "35.000 tỷ." counts money without saying so
			return mult, homeCurrency, false, i
		}
		return mult, "", false, i
	}
	first := lowerWord(words[0], fl[0])
	// "năm 2020 và 2021 lần lượt đạt": an adverb, not a counted noun
	var pf uint8 // the first two words' wordFlags
	if len(words) > 1 {
		if (fl[0]|fl[1])&fFolds == 0 && gap(t, ends[0], ends[1], words[1]) {
			// lower case, one space apart: the pair as the text has it
			pf = flagsOf(t[ends[0]-len(words[0]) : ends[1]])
		} else {
			pf = flagsOf(string(lowerPhrase(key[:0], first, words[1])))
		}
	}
	if pf&wNotUnit != 0 {
		return mult, "", false, i
	}
	compound := pf&wUnitCompound != 0
	ff := flagsOf(first)
	if (ff&wStopUnit != 0 && !compound) || fl[0]&fMark != 0 { // a mark: no word (isWord)
		if mult >= 1e6 {
			return mult, homeCurrency, false, i
		}
		return mult, "", false, i
	}
	if ff&wDollar != 0 {
		// "5 đô": the dollar, whatever follows
		return mult, "USD", false, ends[0]
	}
	n := 1
	if len(words) >= 2 && gap(t, ends[0], ends[1], words[1]) {
		if compound || (ff&wClassifier != 0 && !stopUnitGate.in(stopUnit, lowerWord(words[1], fl[1])) && fl[1]&fMark == 0) {
			n = 2
			// "hộ gia đình", "lượt du khách": three syllables
			if len(words) >= 3 && gap(t, ends[1], ends[2], words[2]) &&
				(spanIn(unitCompounds, key[:0], t, words[1:3], ends[1:3], fl[1:3]) || spanIn(unitCompounds, key[:0], t, words[:3], ends[:3], fl[:3])) {
				n = 3
			}
		} else if len(words) >= 3 && gap(t, ends[1], ends[2], words[2]) && spanIn(unitCompounds, key[:0], t, words[:3], ends[:3], fl[:3]) {
			// "hộ gia đình": a listed noun of three syllables whose first two are none
			n = 3
		}
	}
	// the words stand one space apart (gap): the unit is the text's own
	// bytes, strings.Join(words[:n], " ")
	unit, end := t[ends[0]-len(words[0]):ends[n-1]], ends[n-1]
	// "km/h", "m3/s": a measure's symbol ("600 mẫu/ngày" counts "mẫu")
	if end < len(t) && t[end] == '/' && isASCII(unit) {
		if w, k := firstWord(t, end+1); w != "" && k-len(w) == end+1 {
			unit, end = unit+"/"+w, k
		}
	}
	return mult, unit, false, end
}

// lowerPhrase appends the words to b lower-cased (as lower does) and joined
// by single spaces, for a map lookup that converts it without a copy.
func lowerPhrase(b []byte, words ...string) []byte {
	for k, w := range words {
		if k > 0 {
			b = append(b, ' ')
		}
		b = appendLower(b, w)
	}
	return b
}

// spanIn reports whether set holds the words of t (nextWordsFlagsInto's,
// with their ends and flags) lower-cased and joined by single spaces: the
// text's own bytes when they are so written, else the phrase built in b.
func spanIn(set map[string]bool, b []byte, t string, words []string, ends []int, fl []uint8) bool {
	for k := range words {
		if fl[k]&fFolds != 0 || k > 0 && !gap(t, ends[k-1], ends[k], words[k]) {
			return set[string(lowerPhrase(b, words...))]
		}
	}
	return set[t[ends[0]-len(words[0]):ends[len(words)-1]]]
}

// gap reports whether the next word follows after a single space.
func gap(t string, prevEnd, nextEnd int, next string) bool {
	return t[prevEnd:nextEnd-len(next)] == " "
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func isWord(w string) bool {
	for i, r := range w {
		if !isLetter(r) && !(i > 0 && isDigit(r)) {
			return false
		}
	}
	return w != ""
}

// firstWord returns the word after byte i, past spaces, and where it
// ends; "" when none follows (nextWordsInto for one word, without slices).
func firstWord(t string, i int) (string, int) {
	if i >= len(t) {
		return "", i
	}
	return nextWord(t, i)
}

// nextWordsInto fills the caller's slices, up to their capacity, with the
// words after byte i and their end offsets. Words are runs of letters;
// anything else between them is kept for the caller to inspect by
// offsets. A caller with arrays on its stack allocates nothing.
func nextWordsInto(t string, i int, words []string, ends []int) ([]string, []int) {
	words, ends, _ = nextWordsFlagsInto(t, i, words, ends, nil)
	return words, ends
}

// nextWordsFlagsInto is nextWordsInto that also appends each word's
// flags (nextWordF) to flags, when it has the room of words.
func nextWordsFlagsInto(t string, i int, words []string, ends []int, flags []uint8) ([]string, []int, []uint8) {
	j := i
	keep := cap(flags) >= cap(words)
	for len(words) < cap(words) && j < len(t) {
		w, k, f := nextWordF(t, j)
		if w == "" {
			break
		}
		words = append(words, w)
		ends = append(ends, k)
		if keep {
			flags = append(flags, f)
		}
		j = k
	}
	return words, ends, flags
}

// lowerWord is lower(w) for a word read with its flags f (nextWordF): a
// word none of whose code points folds is returned as it is, unread.
func lowerWord(w string, f uint8) string {
	if f&fFolds == 0 {
		return w
	}
	return lower(w)
}

// nextWord returns the word after byte i, past spaces, and where it ends;
// "" when none follows.
func nextWord(t string, i int) (string, int) {
	w, k, _ := nextWordF(t, i)
	return w, k
}

// nextWordF is nextWord that also returns the flags of the word's code
// points, or-ed: without fFolds the word is its own lower case (lowerWord),
// without fMark it is a word as isWord has it.
func nextWordF(t string, i int) (string, int, uint8) {
	j := i
	for j < len(t) && t[j] == ' ' {
		j++
	}
	k := j
	prevLower := false
	var all uint8
	for k < len(t) {
		r, size := rune(t[k]), 1
		if r >= utf8.RuneSelf {
			r, size = decodeRune(t[k:])
		}
		// the flags of r, from the table or the unicode package
		var f uint8
		if uint32(r) < tabRunes {
			f = runeFlags[r]
		} else {
			f = slowFlags(r)
		}
		if f&(fLetter|fMark) == 0 && (k == j || f&fDigit == 0) {
			break
		}
		if f&fUpper != 0 && prevLower {
			// "2 caCovid": a space lost before a capital
			break
		}
		prevLower = f&fLower != 0
		all |= f
		k += size
	}
	return t[j:k], k, all
}

func wordStart(t string, i int) int {
	for i < len(t) && t[i] == ' ' {
		i++
	}
	return i
}

// withQualifier returns where the mention of the number at byte s starts:
// at q, the qualifierBefore it, if any.
func withQualifier(t string, s int, q string) int {
	if q == "" {
		return s
	}
	b := s
	for b > 0 && t[b-1] == ' ' {
		b--
	}
	return b - len(q)
}

func qualifierBefore(t string, s int) string {
	b := s
	for b > 0 && t[b-1] == ' ' {
		b--
	}
	win := t[max(0, b-20):b]
	if win == "" {
		return ""
	}
	// every qualifier of the list ends in the window's last code point,
	// lowered: only the code points before it are compared
	r, n := rune(win[len(win)-1]), 1
	if r >= utf8.RuneSelf {
		r, n = decodeLastRune(win)
	}
	head := win[:len(win)-n]
	for _, q := range qualifiersEndingIn(toLower(r)) {
		if hasLowerSuffixRunes(head, q.runes[:len(q.runes)-1]) {
			start := b - len(q.text)
			if start == 0 || !isLetter(lastRuneOf(t[:start])) {
				return t[start:b]
			}
		}
	}
	return ""
}

// hasLowerSuffixRunes is hasLowerSuffix(s, string(q)) for q's code
// points, given decoded: a qualifier is compared before every number.
func hasLowerSuffixRunes(s string, q []rune) bool {
	for k := len(q) - 1; k >= 0; k-- {
		if s == "" {
			return false
		}
		r, n := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = decodeLastRune(s)
		}
		if toLower(r) != q[k] {
			return false
		}
		s = s[:len(s)-n]
	}
	return true
}

// parseNumber reads Vietnamese and English number formats: "2.172" and
// "1.234.567" are thousands, "82,6" is 82.6, "4,029" (three digits after a
// single comma) is a thousands separator too, "72.84" a decimal point.
func parseNumber(s string) (float64, bool) {
	// a run of up to 15 digits, most numbers, is its integer: exact in a
	// float64, as strconv.ParseFloat would read it (FuzzParseNumber)
	if len(s) > 0 && len(s) <= 15 {
		var n uint64
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return parseGrouped(s)
			}
			n = n*10 + uint64(c-'0')
		}
		return float64(n), true
	}
	return parseGrouped(s)
}

// parseGrouped is parseNumber for any text: its groups and decimal mark
// worked out, then strconv.ParseFloat. Up to 15 digits with one kind of
// mark, most numbers, are read as parseGroupedText would read them
// without its copies (groupedDigits; FuzzParseGrouped).
func parseGrouped(s string) (float64, bool) {
	if v, ok := groupedDigits(s); ok {
		return v, true
	}
	return parseGroupedText(s)
}

// pow10s are the powers of ten a decimal of up to 15 digits divides by,
// each exact in a float64.
var pow10s = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// groupedDigits reads s, up to 15 digits and marks of one kind ("." or
// ","), as parseGroupedText does, and reports false for anything else.
// Its marks group thousands, or one mark not followed by three digits is
// the decimal mark. The digits make an integer exact in a float64 (below
// 2^53), and a decimal is that integer divided by a power of ten of at
// most 1e15, also exact: the quotient, rounded once, is the nearest
// float64 to the decimal, what strconv.ParseFloat returns.
func groupedDigits(s string) (float64, bool) {
	var n uint64
	digits, marks, last := 0, 0, -1
	var mark byte
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			if digits == 15 {
				return 0, false
			}
			n = n*10 + uint64(c-'0')
			digits++
		case c == '.' || c == ',':
			if mark != 0 && c != mark {
				return 0, false
			}
			mark, marks, last = c, marks+1, i
		default:
			return 0, false
		}
	}
	if digits == 0 {
		return 0, false
	}
	if marks == 1 {
		if after := len(s) - last - 1; after != 3 {
			return float64(n) / pow10s[after], true
		}
	}
	return float64(n), true
}

// parseGroupedText is parseGrouped by the marks' counts and places, the
// text rewritten for strconv.ParseFloat.
func parseGroupedText(s string) (float64, bool) {
	dots, commas := strings.Count(s, "."), strings.Count(s, ",")
	var clean string
	switch {
	case dots == 0 && commas == 0:
		clean = s
	case dots > 1 || (dots == 1 && commas == 1 && strings.Index(s, ".") < strings.Index(s, ",")):
		clean = strings.ReplaceAll(strings.ReplaceAll(s, ".", ""), ",", ".")
	case commas > 1 || (dots == 1 && commas == 1):
		clean = strings.ReplaceAll(s, ",", "")
	case dots == 1:
		if len(s)-strings.Index(s, ".")-1 == 3 {
			clean = strings.ReplaceAll(s, ".", "")
		} else {
			clean = s
		}
	default: // one comma
		if len(s)-strings.Index(s, ",")-1 == 3 {
			clean = strings.ReplaceAll(s, ",", "")
		} else {
			clean = strings.ReplaceAll(s, ",", ".")
		}
	}
	v, err := strconv.ParseFloat(clean, 64)
	return v, err == nil && !math.IsInf(v, 0)
}

// decimalBefore rereads a number with one comma and three digits after it
// as a decimal when a multiplier word follows: "77,415 tỷ" is 77.415 tỷ
// (the English "4,029 lượt xem" takes no multiplier).
func decimalBefore(text string, v, mult float64) float64 {
	if mult == 1 || strings.Count(text, ",") != 1 || strings.Contains(text, ".") {
		return v
	}
	if r, err := strconv.ParseFloat(strings.Replace(text, ",", ".", 1), 64); err == nil {
		return r
	}
	return v
}

// scale multiplies by a multiplier word's value, keeping the decimal the
// text wrote: "16,4 nghìn tỷ" is 16400000000000, not 16399999999999.998.
func scale(v, mult float64) float64 {
	if mult == 1 {
		return v
	}
	// an integer of up to twelve digits is written exactly in twelve
	// significant digits and read back as itself (FuzzScale)
	if p := v * mult; p == math.Trunc(p) && math.Abs(p) < 1e12 {
		return p
	}
	return scaleText(v, mult)
}

// scaleText is scale through the text of the product to twelve
// significant digits.
func scaleText(v, mult float64) float64 {
	r, err := strconv.ParseFloat(strconv.FormatFloat(v*mult, 'g', 12, 64), 64)
	if err != nil {
		return v * mult
	}
	return r
}

// setCurrency gives money its currency code from the unit table.
func setCurrency(f *doc.Figure) {
	// a unit whose first letter, lowered, begins no amount is passed
	// without lowering it or asking the table
	if !amountFirsts[lowerFirstByte(f.Unit)] {
		return
	}
	if u, ok := unitOfKinds(amountGate, lower(f.Unit)); ok && u.Kind == "amount" {
		f.Currency = u.Currency
		// "15.000 đ", "15.000 VNĐ" are 15.000 "đồng"
		f.Unit = u.Canonical
	}
}

// amountFirsts marks the first bytes of the unit table's words for
// amounts (ByWord's keys, lower case), as written and lowered; a unit
// lower() turns into one of them begins with one.
var amountFirsts = func() (m [256]bool) {
	for w, u := range unitTable.ByWord {
		if u.Kind == "amount" && w != "" {
			m[w[0]], m[lowerFirstByte(w)] = true, true // the key as written, and lowered
		}
	}
	return m
}()

// lowerFirstByte is the first byte of lower(s), 0 for "".
func lowerFirstByte(s string) byte {
	if s == "" {
		return 0
	}
	if c := s[0]; c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return c
	}
	r, _ := decodeRune(s)
	var b [utf8.UTFMax]byte
	utf8.EncodeRune(b[:], toLower(r)) // an invalid byte as U+FFFD, as lower writes it
	return b[0]
}

// docLabelBefore reports a capitalized document type right before a
// number: "Chỉ thị 05", "Nghị quyết số 26".
func docLabelBefore(head string) bool {
	head = trimSpacesRight(head)
	for _, n := range numberWords {
		if len(head) > len(n) && head[len(head)-len(n)-1] == ' ' && strings.HasSuffix(head, n) {
			// "Nghị quyết số 26"
			head = head[:len(head)-len(n)-1]
			break
		}
	}
	if head == "" {
		return false
	}
	for _, ty := range docTypesByEnd[head[len(head)-1]] {
		if strings.HasSuffix(head, ty) {
			k := len(head) - len(ty)
			if k == 0 || !isLetter(lastRuneOf(head[:k])) {
				return true
			}
		}
	}
	return false
}

// docTypesByEnd holds the document types by their last byte, each list in
// docTypes' order (longest first).
var docTypesByEnd = func() (idx [256][]string) {
	for _, ty := range docTypes {
		if ty != "" {
			idx[ty[len(ty)-1]] = append(idx[ty[len(ty)-1]], ty)
		}
	}
	return idx
}()

// lastWordOf returns the run of letters and digits that ends s, or "".
func lastWordOf(s string) string {
	k := len(s)
	for k > 0 {
		r := lastRuneOf(s[:k])
		if !isLetter(r) && !isDigit(r) && !isMark(r) {
			break
		}
		k -= len(string(r))
	}
	return s[k:]
}

// lengthInPeriod reports a number that opens a period of the calendar by
// counting its months or years ("6 tháng đầu năm", "4 tháng đầu năm
// 2021"): the period is a date, the count before it a length of time.
func (x *Figures) lengthInPeriod(d *doc.Document, n number) bool {
	e := n[1]
	w, k := firstWord(d.Text, e)
	if w == "" || !gap(d.Text, e, k, w) {
		return false
	}
	if !isGrammarWord(w, calendarWords) {
		return false
	}
	rs, re := n.runeStart(), n.runeEnd()
	for _, m := range d.Mentions {
		if m.Start < re && rs < m.End {
			if m.Kind != doc.KindDate || m.Date.Granularity != "period" || m.Start != rs {
				return false
			}
		}
	}
	return true
}

// measureAfter reports a measure of the unit table right after byte e,
// glued or as the next word ("35.000 km", "250m").
func measureAfter(t string, e int) bool {
	if u, _, ok := gluedUnit(t, e); ok {
		return u.Kind == "measure"
	}
	_, u, _, ok := spacedUnit(t, e)
	return ok && u.Kind == "measure"
}

// unitName is the unit a figure carries: money by its name in the table
// ("10đ" is 10 "đồng", "20 euros" 20 "EUR"), a measure as written ("m2",
// "km²": readers compare the symbol they see).
func unitName(u vi.Unit) string {
	if u.Kind == "amount" {
		return u.Canonical
	}
	return u.Symbol
}

// symbolBefore reads a currency sign written before the number at byte s
// ("$10.000"), returning its unit and where it starts.
func symbolBefore(t string, s int) (vi.Unit, int, bool) {
	for _, u := range unitTable.Before {
		if strings.HasSuffix(t[:s], u.Symbol) {
			return u, s - len(u.Symbol), true
		}
	}
	return vi.Unit{}, s, false
}

// multipliersAfter reads multiplier words after byte e ("10 triệu").
func multipliersAfter(t string, e int) (float64, int) {
	mult := 1.0
	i := e
	for {
		// a multiplier follows one space and starts with one of a few
		// letters: most numbers are passed without reading the word
		if i+1 >= len(t) || t[i] != ' ' || !slices.Contains(multiplierFirsts, toLower(firstRuneOf(t[i+1:]))) {
			return mult, i
		}
		w, k, f := nextWordF(t, i) // i < len(t): firstWord
		if w == "" || !gap(t, i, k, w) {
			return mult, i
		}
		m, ok := multiplierOf(lowerWord(w, f))
		if !ok {
			return mult, i
		}
		mult *= m
		i = k
	}
}

// spacedUnit reads, after a number ending at byte e and any multiplier
// words, a unit of the table written as its own word: symbols in Latin
// letters or signs ("km²", "USD", "euros", "°C", "₫") and names of more
// than one word ("đô la", "độ C", "bảng Anh"). Vietnamese words of one
// syllable ("đồng", "năm") are read as counted nouns by the caller: "2
// đồng chí" counts comrades.
func spacedUnit(t string, e int) (float64, vi.Unit, int, bool) {
	mult, i := multipliersAfter(t, e)
	if i >= len(t) || t[i] != ' ' {
		return 1, vi.Unit{}, e, false
	}
	rest := t[i+1:]
	if rest == "" {
		return 1, vi.Unit{}, e, false
	}
	for _, u := range spacedUnitsAt[rest[0]] {
		if !strings.HasPrefix(rest, u.Symbol) {
			continue
		}
		k := i + 1 + len(u.Symbol)
		if k < len(t) {
			if r := firstRuneOf(t[k:]); isLetter(r) || isDigit(r) || isMark(r) {
				continue
			}
		}
		return mult, u, k, true
	}
	return 1, vi.Unit{}, e, false
}

// subjectAfter gives what a figure counts, read from its unit onwards to the
// end of the clause ("ý kiến phản ánh, kiến nghị"). end is the byte offset
// where the figure ends. The words after a comma or a space are looked at
// within 39 and 30 code points, as far as the clause reading needs.
func subjectAfter(t string, end int, unit string) string {
	if unit == "" || unit == "%" {
		return ""
	}
	start := end - len(unit)
	if start < 0 || t[start:end] != unit {
		return unit
	}
	i := end
	words := 0
	for i < len(t) && words < 6 {
		r, size := rune(t[i]), 1
		if r >= utf8.RuneSelf {
			r, size = decodeRune(t[i:])
		}
		if r == ';' || r == '.' || r == ':' || r == '(' || r == '\n' || isDigit(r) {
			break
		}
		if r == ',' {
			// a comma continues a list of nouns but not a new clause
			w, f := nextWordWithinF(t, i+1, 39)
			if w == "" || stopUnitGate.in(stopUnit, lowerWord(w, f)) || slices.Contains(reachWords, w) {
				break
			}
		}
		if r == ' ' {
			words++
			w, f := nextWordWithinF(t, i, 30)
			if w == "" || stopUnitGate.in(stopUnit, lowerWord(w, f)) {
				break
			}
			if words < 6 && f&fDigit == 0 && t[i+1:i+1+len(w)] == w {
				// the word right after the space, read: its letters and
				// marks would only be stepped over (at the sixth word the
				// clause ends after the space)
				i += 1 + len(w)
				continue
			}
		}
		i += size
	}
	sub := trimSpaceSet(t[start:i])
	for len(sub) > 0 && (sub[len(sub)-1] == ' ' || sub[len(sub)-1] == ',') {
		sub = sub[:len(sub)-1] // strings.TrimRight(sub, " ,")
	}
	return sub
}

// spaceSet is what doc.Document.Trim takes for white space.
const spaceSet = " \t\n\r\u00a0"

// trimSpacesRight is strings.TrimRight(s, " "), inlined.
func trimSpacesRight(s string) string {
	for len(s) > 0 && s[len(s)-1] == ' ' {
		s = s[:len(s)-1]
	}
	return s
}

// trimSpaceSet is strings.Trim(s, spaceSet) by bytes: a cut set beyond
// ASCII sent strings.Trim through a code point at a time search of the
// set for every figure's subject.
func trimSpaceSet(s string) string {
	for len(s) > 0 {
		if c := s[0]; c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			s = s[1:]
		} else if strings.HasPrefix(s, "\u00a0") {
			s = s[len("\u00a0"):]
		} else {
			break
		}
	}
	for len(s) > 0 {
		if c := s[len(s)-1]; c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			s = s[:len(s)-1]
		} else if strings.HasSuffix(s, "\u00a0") {
			s = s[:len(s)-len("\u00a0")]
		} else {
			break
		}
	}
	return s
}

// nextWordWithin returns the word after byte i, past spaces, read within
// the n code points from i. A word that ends within n bytes ends within n
// code points: only a longer run needs the window measured.
func nextWordWithin(t string, i, n int) string {
	w, _ := nextWordWithinF(t, i, n)
	return w
}

// nextWordWithinF is nextWordWithin with the word's flags (nextWordF).
func nextWordWithinF(t string, i, n int) (string, uint8) {
	w, k, f := nextWordF(t, i)
	if k-i > n {
		w, _, f = nextWordF(t[:advanceRunes(t, i, n)], i)
	}
	return w, f
}

// advanceRunes returns the byte offset n code points after byte i, or the
// end of t.
func advanceRunes(t string, i, n int) int {
	for ; n > 0 && i < len(t); n-- {
		if t[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := decodeRune(t[i:])
		i += size
	}
	return i
}

// checkConsistency pairs a ratio with a percentage later in its sentence
// ("2.172/2.631 …, đạt 82,6%") and records whether they agree.
func checkConsistency(d *doc.Document, figs []*doc.Mention) {
	for i, r := range figs {
		if r.Figure.Of == nil || *r.Figure.Of == 0 {
			continue
		}
		for _, p := range figs[i+1:] {
			if p.Sentence != r.Sentence || p.Figure.Percent == nil || p.Figure.Of != nil {
				continue
			}
			stated := *p.Figure.Percent
			got := r.Figure.Value / *r.Figure.Of * 100
			ok := math.Abs(got-stated) <= roundingSlack(p.Text)
			r.Figure.Percent = &stated
			r.Figure.Consistent = &ok
			p.Figure.Consistent = &ok
			d.Relations = append(d.Relations, doc.Relation{
				Subject: r.Text, SubjectKind: string(doc.KindFigure), Predicate: "percent_of",
				Object: p.Text, ObjectKind: string(doc.KindFigure), Sentence: r.Sentence,
				Start: r.Start, End: p.End, Rule: "figures/consistency",
			})
			if !ok {
				d.Warn("figures %q and %q disagree: %.2f%% computed", r.Text, p.Text, got)
			}
			break
		}
	}
}

// roundingSlack is half a unit of the last decimal the percentage shows,
// plus a little for the ratio's own rounding.
func roundingSlack(s string) float64 {
	dec := 0
	if i := strings.IndexAny(s, ",."); i >= 0 {
		for _, r := range s[i+1:] {
			if r < '0' || r > '9' {
				break
			}
			dec++
		}
	}
	return 0.5*math.Pow(10, -float64(dec)) + 0.05
}

func lastRuneOf(s string) rune {
	if s == "" {
		return 0
	}
	r, _ := decodeLastRune(s)
	return r
}

func firstRuneOf(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// lower is strings.ToLower that first checks whether any code point would
// change: most words are lower case already, and for them it returns s
// after one pass that looks code points below U+2000 up in a table, where
// strings.ToLower would search the Unicode case ranges for each.
func lower(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return lowerCopy(s)
			}
			i++
			continue
		}
		r, size := decodeRune(s[i:])
		if r == utf8.RuneError && size == 1 {
			return lowerCopy(s) // it replaces the invalid byte
		}
		if toLower(r) != r {
			return lowerCopy(s)
		}
		i += size
	}
	return s
}

// lowerCopy is strings.ToLower(s) (appendLower, with the table) in one
// allocation.
func lowerCopy(s string) string {
	var buf [64]byte
	return string(appendLower(buf[:0], s))
}

// The unicode package answers class and case questions by searching range
// tables; for the code points below U+2000, which hold the Latin letters
// and all the Vietnamese ones, its answers are kept in tables here.
const tabRunes = 0x2000

const (
	fLetter = 1 << iota
	fUpper
	fLower
	fDigit
	fMark  // a non-spacing mark (Mn), as a decomposed tone mark is
	fFolds // lowering changes it: toLower(r) != r
)

var runeFlags, lowerOf = func() (flags [tabRunes]uint8, lo [tabRunes]rune) {
	for i := range flags {
		flags[i] = slowFlags(rune(i))
		lo[i] = unicode.ToLower(rune(i))
	}
	return flags, lo
}()

// slowFlags answers the table's questions about r from the unicode package.
func slowFlags(r rune) (flags uint8) {
	for _, c := range []struct {
		is   bool
		flag uint8
	}{{unicode.IsLetter(r), fLetter}, {unicode.IsUpper(r), fUpper}, {unicode.IsLower(r), fLower}, {unicode.IsDigit(r), fDigit}, {unicode.Is(unicode.Mn, r), fMark}, {unicode.ToLower(r) != r, fFolds}} {
		if c.is {
			flags |= c.flag
		}
	}
	return flags
}

func hasFlag(r rune, f uint8, slow func(rune) bool) bool {
	if uint32(r) < tabRunes {
		return runeFlags[r]&f != 0
	}
	return slow(r)
}

func isLetter(r rune) bool { return hasFlag(r, fLetter, unicode.IsLetter) }
func isUpper(r rune) bool  { return hasFlag(r, fUpper, unicode.IsUpper) }
func isLower(r rune) bool  { return hasFlag(r, fLower, unicode.IsLower) }
func isDigit(r rune) bool  { return hasFlag(r, fDigit, unicode.IsDigit) }
func isMark(r rune) bool {
	return hasFlag(r, fMark, func(r rune) bool { return unicode.Is(unicode.Mn, r) })
}

// toLower is unicode.ToLower.
func toLower(r rune) rune {
	if uint32(r) < tabRunes {
		return lowerOf[r]
	}
	return unicode.ToLower(r)
}

// lastWords returns the last n words (runs of letters) of the 60 bytes
// that end s, joined by single spaces, or "" when s, past its trailing
// spaces, does not end on a letter. It walks back from the end: when the
// words stand one space apart, as they mostly do, the answer is a
// substring of s and nothing is allocated.
func lastWords(s string, n int) string {
	w, _ := lastWordsF(s, n)
	return w
}

// lastWordsF is lastWords with the flags of the words' code points,
// or-ed (as nextWordF has them).
func lastWordsF(s string, n int) (string, uint8) {
	s = s[max(0, len(s)-60):]
	// only words that touch the end count
	trimmed := trimSpacesRight(s)
	if trimmed == "" || !isLetter(lastRuneOf(trimmed)) {
		return "", 0
	}
	var all uint8
	var starts, ends [4]int // the words found, last first
	if n > len(starts) {
		n = len(starts)
	}
	found, joined := 0, true
	k := len(trimmed)
	for found < n && k > 0 {
		e := k
		for k > 0 {
			r, size := rune(s[k-1]), 1
			if r >= utf8.RuneSelf {
				r, size = decodeLastRune(s[:k])
			}
			var f uint8
			if uint32(r) < tabRunes {
				f = runeFlags[r]
			} else {
				f = slowFlags(r)
			}
			if f&fLetter == 0 {
				break
			}
			all |= f
			k -= size
		}
		starts[found], ends[found] = k, e
		if found > 0 && s[e:starts[found-1]] != " " {
			joined = false
		}
		if found++; found == n {
			break // no word before is read
		}
		// skip to the end of the word before
		for k > 0 {
			r, size := rune(s[k-1]), 1
			if r >= utf8.RuneSelf {
				r, size = decodeLastRune(s[:k])
			}
			if isLetter(r) {
				break
			}
			k -= size
		}
	}
	if joined {
		return s[starts[found-1]:ends[0]], all
	}
	var b strings.Builder
	for j := found - 1; j >= 0; j-- {
		b.WriteString(s[starts[j]:ends[j]])
		if j > 0 {
			b.WriteByte(' ')
		}
	}
	return b.String(), all
}

// numbers finds the numbers of t without a pattern: a run of digits, then
// groups of "." or "," and digits ("2.172", "82,6", "1.234.567,5").
// Scanning by hand is many times faster than the equivalent regexp on long
// texts. Each is returned as its byte range and the code-point offset of
// its start.
func numbers(t string) []number { return appendNumbers(nil, doc.NewDocument("", t)) }

// appendNumbers is numbers of d.Text appending to out. The code-point
// offset of a number's start is the document's (RuneOffset: the index
// that reading the text built, and a count of under 64 bytes): counting
// the code points of every byte on the way to the digits cost more than
// finding the digits.
func appendNumbers(out []number, d *doc.Document) []number {
	t := d.Text
	// the last number's end and the code points before it: a number
	// closer to it than to the 64-byte block it stands in counts from it
	prevEnd, prevR := -1, 0
	for i := 0; i < len(t); {
		if i = digitAt(t, i); i >= len(t) {
			break
		}
		s := i
		for i < len(t) && t[i] >= '0' && t[i] <= '9' {
			i++
		}
		for i+1 < len(t) && (t[i] == '.' || t[i] == ',') && t[i+1] >= '0' && t[i+1] <= '9' {
			j := i + 1
			for j < len(t) && t[j] >= '0' && t[j] <= '9' {
				j++
			}
			i = j
		}
		r := 0
		if prevEnd >= 0 && s-prevEnd < s&63 {
			r = prevR + doc.CountRunes(t[prevEnd:s])
		} else {
			r = d.RuneOffset(s)
		}
		out = append(out, number{s, i, r})
		prevEnd, prevR = i, r+i-s // digits and marks: one byte a code point
	}
	return out
}

// digitMask has the top bit set of the lowest byte of x that is an ASCII
// digit, and maybe of bytes above it, and no bit when x holds none. A
// byte b is a digit when b^'0' is below 10: subtracting 10 from every byte
// of the word sets the top bit of the first such byte (no byte below it
// borrows) and of none where there is none (a byte of 138 or more, whose
// top bit is set after, had it set before). The bytes after the first
// digit may be marked by the borrow.
func digitMask(x uint64) uint64 { return digitBits(x) & 0x8080808080808080 }

// digitBits is digitMask before its top bits are kept: the top bits of
// several words' digitBits, or-ed, are those of their digitMasks.
func digitBits(x uint64) uint64 {
	u := x ^ 0x3030303030303030
	return (u - 0x0a0a0a0a0a0a0a0a) &^ u
}

// digitAt returns the first ASCII digit of t at or after byte i (len(t)
// when there is none), reading 32 bytes a turn, then eight, then one. It
// is a function of its own so that its loop keeps its values in
// registers.
func digitAt(t string, i int) int {
	for i+32 <= len(t) {
		b := t[i : i+32]
		x0 := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		x1 := uint64(b[8]) | uint64(b[9])<<8 | uint64(b[10])<<16 | uint64(b[11])<<24 |
			uint64(b[12])<<32 | uint64(b[13])<<40 | uint64(b[14])<<48 | uint64(b[15])<<56
		x2 := uint64(b[16]) | uint64(b[17])<<8 | uint64(b[18])<<16 | uint64(b[19])<<24 |
			uint64(b[20])<<32 | uint64(b[21])<<40 | uint64(b[22])<<48 | uint64(b[23])<<56
		x3 := uint64(b[24]) | uint64(b[25])<<8 | uint64(b[26])<<16 | uint64(b[27])<<24 |
			uint64(b[28])<<32 | uint64(b[29])<<40 | uint64(b[30])<<48 | uint64(b[31])<<56
		if (digitBits(x0)|digitBits(x1)|digitBits(x2)|digitBits(x3))&0x8080808080808080 != 0 {
			if m := digitMask(x0); m != 0 {
				return i + bits.TrailingZeros64(m)>>3
			}
			if m := digitMask(x1); m != 0 {
				return i + 8 + bits.TrailingZeros64(m)>>3
			}
			if m := digitMask(x2); m != 0 {
				return i + 16 + bits.TrailingZeros64(m)>>3
			}
			return i + 24 + bits.TrailingZeros64(digitMask(x3))>>3
		}
		i += 32
	}
	for i+8 <= len(t) {
		b := t[i : i+8]
		if m := digitMask(uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
		i += 8
	}
	for i < len(t) && (t[i] < '0' || t[i] > '9') {
		i++
	}
	return i
}

// coveredNumbers appends to covered, for each number of locs, whether it
// overlaps a date or a document reference of ms (as d.Overlaps with those
// two kinds answers), using spans as room for their spans. The numbers
// come in text order, so one sweep over the spans sorted by start answers
// them all: the spans that start before a number's end overlap it iff the
// largest end among them is past its start. Asking d.Overlaps for every
// number scanned the document's dates one by one each time.
func coveredNumbers(covered []bool, spans []doc.Span, ms []*doc.Mention, locs []number) ([]bool, []doc.Span) {
	for _, m := range ms {
		if m.Kind == doc.KindDate || m.Kind == doc.KindDocRef {
			spans = append(spans, doc.Span{Start: m.Start, End: m.End})
		}
	}
	slices.SortFunc(spans, func(a, b doc.Span) int { return a.Start - b.Start })
	j, maxEnd := 0, math.MinInt
	for _, n := range locs {
		rs, re := n.runeStart(), n.runeEnd()
		for j < len(spans) && spans[j].Start < re {
			maxEnd = max(maxEnd, spans[j].End)
			j++
		}
		covered = append(covered, maxEnd > rs)
	}
	return covered, spans
}

// number is a number of the text: its bytes t[n[0]:n[1]] and the code-point offset
// of its start.
type number [3]int

// runeStart and runeEnd are a number's code-point range.
func (n number) runeStart() int { return n[2] }
func (n number) runeEnd() int   { return n[2] + n[1] - n[0] }

// runeAt converts byte b of t to a code-point offset by counting from the
// number n: a figure's text stays near its digits.
func runeAt(t string, n number, b int) int {
	r := n[2]
	for i := n[0]; i < b; i++ {
		if t[i]&0xC0 != 0x80 {
			r++
		}
	}
	for i := b; i < n[0]; i++ {
		if t[i]&0xC0 != 0x80 {
			r--
		}
	}
	return r
}

// hasDigit8 reports whether one of the 8 bytes of s is an ASCII digit,
// testing them together: for a byte b below 0x80, b+0x50 sets the top bit
// when b >= '0' and b+0x46 leaves it clear when b <= '9'; no byte carries
// into the next.
func hasDigit8(s string) bool {
	_ = s[7]
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	const low7, high = 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	y := x & low7
	return (y+0x5050505050505050)&^(y+0x4646464646464646)&^x&high != 0
}

// partsOfDay are the words naming a part of the day, read from the dates
// lexicon's partofday rows so that both stages know the same ones.
func partsOfDay() map[string]bool {
	m := map[string]bool{}
	for _, r := range vi.Records("dates.txt") {
		if len(r) >= 2 && r[0] == "partofday" {
			m[lower(r[1])] = true
		}
	}
	return m
}

// decodeRune is utf8.DecodeRuneInString with the two- and three-byte code
// points, all of Vietnamese's letters, decoded in place: the word readers
// decode most of the text they look at, and the utf8 package decodes any
// code point beyond ASCII in a call.
func decodeRune(s string) (rune, int) {
	if len(s) >= 2 {
		c0, c1 := s[0], s[1]
		if c0 < utf8.RuneSelf {
			return rune(c0), 1
		}
		if c1&0xC0 == 0x80 {
			if 0xC2 <= c0 && c0 <= 0xDF {
				return rune(c0&0x1F)<<6 | rune(c1&0x3F), 2
			}
			if c0&0xF0 == 0xE0 && len(s) >= 3 && s[2]&0xC0 == 0x80 &&
				(c0 != 0xE0 || c1 >= 0xA0) && (c0 != 0xED || c1 <= 0x9F) {
				return rune(c0&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(s[2]&0x3F), 3
			}
		}
	}
	return utf8.DecodeRuneInString(s)
}

// decodeLastRune is utf8.DecodeLastRuneInString through decodeRune: the
// code point that starts at the first byte, at most three back from the
// end, that continues nothing, when it ends exactly at the end.
func decodeLastRune(s string) (rune, int) {
	n := len(s)
	if n > 0 && s[n-1] < utf8.RuneSelf {
		return rune(s[n-1]), 1
	}
	// a valid two- or three-byte code point at the end (all of
	// Vietnamese's letters) read in place, as decodeRune reads it
	if n >= 2 && s[n-1]&0xC0 == 0x80 {
		c0, c1 := s[n-2], s[n-1]
		if 0xC2 <= c0 && c0 <= 0xDF {
			return rune(c0&0x1F)<<6 | rune(c1&0x3F), 2
		}
		if n >= 3 && c0&0xC0 == 0x80 {
			if e := s[n-3]; e&0xF0 == 0xE0 && (e != 0xE0 || c0 >= 0xA0) && (e != 0xED || c0 <= 0x9F) {
				return rune(e&0x0F)<<12 | rune(c0&0x3F)<<6 | rune(c1&0x3F), 3
			}
		}
	}
	for k := 1; k <= 3 && k <= n; k++ {
		if c := s[n-k]; c&0xC0 != 0x80 {
			if r, size := decodeRune(s[n-k:]); size == k {
				return r, k
			}
			break
		}
	}
	return utf8.DecodeLastRuneInString(s)
}
