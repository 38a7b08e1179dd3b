package gazetteer

import (
	"embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/lang/vi/tsv"
)

//go:embed data/units.tsv data/successors.tsv data/aliases.tsv
var dataFS embed.FS

// Era says on which side of the 2025 reorganization a unit stands.
type Era uint8

const (
	// Before2025 units: 63 provinces, 696 districts, 10,035 communes.
	Before2025 Era = iota + 1
	// After2025 units: 34 provinces and 3,321 communes, no districts.
	After2025
)

func (e Era) String() string {
	switch e {
	case Before2025:
		return "before 2025"
	case After2025:
		return "after 2025"
	}
	return "?"
}

// Level is a unit's tier: province, district (before 2025 only) or commune.
type Level uint8

const (
	Province Level = iota + 1
	District
	Commune
)

var levelNames = map[string]Level{"province": Province, "district": District, "commune": Commune}

func (l Level) String() string {
	switch l {
	case Province:
		return "province"
	case District:
		return "district"
	case Commune:
		return "commune"
	}
	return "?"
}

// Type is the kind of unit the name is written after ("huyện", "phường").
// "thành phố" is both a province (Hà Nội) and, before 2025, a district
// (Thanh Hóa): the Level tells them apart.
type Type uint8

const (
	Tinh     Type = iota + 1 // tỉnh
	ThanhPho                 // thành phố
	Huyen                    // huyện
	Quan                     // quận
	ThiXa                    // thị xã
	Xa                       // xã
	Phuong                   // phường
	ThiTran                  // thị trấn
	DacKhu                   // đặc khu
)

// typeWords are the level words as the data files write them, read from
// types.txt in the order of the constants; a Type prints as its word.
var typeWords = func() (w [DacKhu + 1]string) {
	t := Tinh
	for _, line := range strings.Split(typesText, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if t > DacKhu {
			panic("lang/vi/gazetteer: types.txt has more words than there are types") // built in: caught by any test
		}
		w[t] = line
		t++
	}
	if t != DacKhu+1 {
		panic("lang/vi/gazetteer: types.txt has fewer words than there are types")
	}
	return w
}()

//go:embed types.txt
var typesText string

// Types lists every unit type, in the order of their constants.
func Types() []Type {
	out := make([]Type, 0, len(typeWords)-1)
	for t := range typeWords {
		if typeWords[t] != "" {
			out = append(out, Type(t))
		}
	}
	return out
}

func (t Type) String() string {
	if int(t) < len(typeWords) && t > 0 {
		return typeWords[t]
	}
	return "?"
}

// ParseType reads a level word in any case ("Huyện", "thị xã").
func ParseType(s string) (Type, bool) {
	k := Key(s)
	for t, w := range typeWords {
		if w != "" && w == k {
			return Type(t), true
		}
	}
	return 0, false
}

// Unit is one administrative unit. Province and District name the units
// that hold it ("" when none: a province holds itself, and units after 2025
// have no district).
type Unit struct {
	Name         string
	Type         Type
	Level        Level
	Era          Era
	Code         string // official code, unique within an era and level
	Province     string
	ProvinceCode string
	District     string
	DistrictCode string
}

// String gives the unit as a reader writes it: "huyện Triệu Phong, tỉnh
// Quảng Trị (before 2025)".
func (u Unit) String() string {
	s := u.Type.String() + " " + u.Name
	if u.District != "" {
		s += ", " + u.District
	}
	if u.Province != "" {
		s += ", " + u.Province
	}
	return s + " (" + u.Era.String() + ")"
}

// Gazetteer holds every unit of both eras and the old → new map.
type Gazetteer struct {
	units    []Unit
	byKey    map[string][]int32
	byCode   map[string]int32  // era|level|code
	next     map[int32][]int32 // old unit -> units of today
	maxWords int
}

var (
	defaultOnce sync.Once
	defaultG    *Gazetteer
)

// Default returns the embedded gazetteer, parsed on first use. The
// embedded files are checked by this package's tests, so a parse error
// here is a broken build, not an input error.
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		u, err := dataFS.Open("data/units.tsv")
		if err != nil {
			panic(err)
		}
		defer u.Close()
		s, err := dataFS.Open("data/successors.tsv")
		if err != nil {
			panic(err)
		}
		defer s.Close()
		a, err := dataFS.Open("data/aliases.tsv")
		if err != nil {
			panic(err)
		}
		defer a.Close()
		g, err := Load(u, s, a)
		if err != nil {
			panic("gazetteer: embedded data: " + err.Error())
		}
		defaultG = g
	})
	return defaultG
}

// Lookup returns Default().Lookup(name).
func Lookup(name string) []Unit { return Default().Lookup(name) }

// IsPlace returns Default().IsPlace(name).
func IsPlace(name string) bool { return Default().IsPlace(name) }

// Key is the form names are compared in: lower case, single spaces, no
// spaces around a hyphen or dash ("Bà Rịa-Vũng Tàu" = "bà rịa - vũng tàu").
// The text is expected to be normalized already (NFC, tone placement).
func Key(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '-' || r == '–' || r == '—':
			b.WriteByte('-')
			space = false
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if space && b.Len() > 0 {
			if last := b.String()[b.Len()-1]; last != '-' {
				b.WriteByte(' ')
			}
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Load parses units.tsv and successors.tsv (the generator's formats) and
// aliases.tsv (former names; nil for none).
func Load(units, successors, aliases io.Reader) (*Gazetteer, error) {
	g := &Gazetteer{byKey: map[string][]int32{}, next: map[int32][]int32{}, byCode: map[string]int32{}}
	index := g.byCode
	provName := map[string]string{}
	distName := map[string]string{}
	err := tsv.EachRow(units, 7, func(f []string) error {
		u := Unit{Code: f[3], Name: f[4], ProvinceCode: f[5], DistrictCode: f[6]}
		switch f[0] {
		case "old":
			u.Era = Before2025
		case "new":
			u.Era = After2025
		default:
			return fmt.Errorf("unknown era %q", f[0])
		}
		var ok bool
		if u.Level, ok = levelNames[f[1]]; !ok {
			return fmt.Errorf("unknown level %q", f[1])
		}
		if u.Type, ok = ParseType(f[2]); !ok {
			return fmt.Errorf("unknown type %q", f[2])
		}
		id := f[0] + "|" + f[1] + "|" + u.Code
		if _, dup := index[id]; dup {
			return fmt.Errorf("unit %s listed twice", id)
		}
		full := u.Type.String() + " " + u.Name
		switch u.Level {
		case Province:
			provName[f[0]+u.Code] = full
		case District:
			distName[f[0]+u.Code] = full
		}
		u.Province = provName[f[0]+u.ProvinceCode]
		u.District = distName[f[0]+u.DistrictCode]
		if (u.ProvinceCode != "" && u.Province == "") || (u.DistrictCode != "" && u.District == "") {
			return fmt.Errorf("unit %s names a parent listed nowhere before it", id)
		}
		i := int32(len(g.units))
		index[id] = i
		g.units = append(g.units, u)
		k := Key(u.Name)
		g.byKey[k] = append(g.byKey[k], i)
		if n := len(strings.Fields(u.Name)); n > g.maxWords {
			g.maxWords = n
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("units: %w", err)
	}
	err = tsv.EachRow(successors, 4, func(f []string) error {
		from, ok := index["old|"+f[0]+"|"+f[1]]
		if !ok {
			return fmt.Errorf("no old %s %s", f[0], f[1])
		}
		lvl := "commune"
		if f[0] == "province" {
			lvl = "province"
		}
		to, ok := index["new|"+lvl+"|"+f[2]]
		if !ok {
			return fmt.Errorf("no new %s %s", lvl, f[2])
		}
		g.addNext(from, to)
		// A district became whatever its communes became.
		if u := g.units[from]; u.Level == Commune {
			g.addNext(index["old|district|"+u.DistrictCode], to)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("successors: %w", err)
	}
	if aliases != nil {
		err = tsv.EachRow(aliases, 4, func(f []string) error {
			id, ok := index[f[1]+"|"+f[2]+"|"+f[3]]
			if !ok {
				return fmt.Errorf("no %s %s %s", f[1], f[2], f[3])
			}
			k := Key(f[0])
			for _, have := range g.byKey[k] {
				if have == id {
					return fmt.Errorf("%q is already the unit's name", f[0])
				}
			}
			g.byKey[k] = append(g.byKey[k], id)
			sort.Slice(g.byKey[k], func(i, j int) bool { return g.byKey[k][i] < g.byKey[k][j] })
			if n := len(strings.Fields(f[0])); n > g.maxWords {
				g.maxWords = n
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("aliases: %w", err)
		}
	}
	for k, v := range g.next {
		sort.Slice(v, func(i, j int) bool { return v[i] < v[j] })
		g.next[k] = v
	}
	return g, nil
}

func (g *Gazetteer) addNext(from, to int32) {
	for _, t := range g.next[from] {
		if t == to {
			return
		}
	}
	g.next[from] = append(g.next[from], to)
}

// Lookup returns every unit called name, in either era and at any level,
// old before new, provinces before districts before communes, then by
// code. Numbered wards ("Phường 1") are called by their number. A former
// name ("Thừa Thiên Huế") finds the unit under its later name ("Huế").
func (g *Gazetteer) Lookup(name string) []Unit {
	ids := g.byKey[Key(name)]
	if len(ids) == 0 {
		return nil
	}
	out := make([]Unit, len(ids))
	for i, id := range ids {
		out[i] = g.units[id]
	}
	return out
}

// IsPlace reports whether some unit, old or new, is called name.
func (g *Gazetteer) IsPlace(name string) bool { return len(g.byKey[Key(name)]) > 0 }

// Types returns the distinct types of the units called name, in Type order.
func (g *Gazetteer) Types(name string) []Type {
	var seen [len(typeWords)]bool
	for _, id := range g.byKey[Key(name)] {
		seen[g.units[id].Type] = true
	}
	var out []Type
	for t, ok := range seen {
		if ok {
			out = append(out, Type(t))
		}
	}
	return out
}

// Find returns the units called name that have type t.
func (g *Gazetteer) Find(name string, t Type) []Unit {
	var out []Unit
	for _, id := range g.byKey[Key(name)] {
		if g.units[id].Type == t {
			out = append(out, g.units[id])
		}
	}
	return out
}

// Units returns every unit, in the order Lookup uses.
func (g *Gazetteer) Units() []Unit { return append([]Unit(nil), g.units...) }

func (g *Gazetteer) id(u Unit) (int32, bool) {
	era := "old"
	if u.Era == After2025 {
		era = "new"
	}
	id, ok := g.byCode[era+"|"+u.Level.String()+"|"+u.Code]
	return id, ok
}

// Successors returns the units of today that the old unit u became: the
// province it merged into, the communes an old commune was merged into (or
// divided between), or every commune that holds part of an old district.
// A unit of today, or one the map does not cover, has none.
func (g *Gazetteer) Successors(u Unit) []Unit {
	id, ok := g.id(u)
	if !ok {
		return nil
	}
	var out []Unit
	for _, n := range g.next[id] {
		out = append(out, g.units[n])
	}
	return out
}

// ProvinceToday returns the province of today that holds u: u's own
// province for a unit of today, the province its territory went to for an
// old one.
func (g *Gazetteer) ProvinceToday(u Unit) (Unit, bool) {
	if u.Era == After2025 {
		if u.Level == Province {
			return u, true
		}
		return g.unit(After2025, Province, u.ProvinceCode)
	}
	id, ok := g.id(u)
	if !ok {
		return Unit{}, false
	}
	for _, n := range g.next[id] {
		s := g.units[n]
		if s.Level == Province {
			return s, true
		}
		return g.unit(After2025, Province, s.ProvinceCode)
	}
	return Unit{}, false
}

func (g *Gazetteer) unit(e Era, l Level, code string) (Unit, bool) {
	era := "old"
	if e == After2025 {
		era = "new"
	}
	id, ok := g.byCode[era+"|"+l.String()+"|"+code]
	if !ok {
		return Unit{}, false
	}
	return g.units[id], true
}

// LongestPrefix finds the longest unit name that s begins with and that
// ends where a word ends ("Triệu Phong, tỉnh Quảng Trị" -> "Triệu Phong").
// It returns the byte length of the name in s and the units so called, or
// 0 and nil. Words of a name are separated by single spaces or a hyphen.
func (g *Gazetteer) LongestPrefix(s string) (int, []Unit) {
	best, words := 0, 0
	for i := 0; i < len(s) && words < g.maxWords+2; {
		r, _ := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			j += n
		}
		words++
		if len(g.byKey[Key(s[:j])]) > 0 {
			best = j
		}
		i = skipSeparator(s, j)
		if i == j {
			break
		}
	}
	if best == 0 {
		return 0, nil
	}
	return best, g.Lookup(s[:best])
}

// skipSeparator returns where the next word of a name starts after the word
// ending at j: past one space, a hyphen or dash, or a dash between spaces.
// It returns j when none of these follows.
func skipSeparator(s string, j int) int {
	k := j
	if strings.HasPrefix(s[k:], " ") {
		k++
	}
	dash := false
	for _, d := range []string{"-", "–", "—"} {
		if strings.HasPrefix(s[k:], d) {
			k += len(d)
			dash = true
			break
		}
	}
	if dash && strings.HasPrefix(s[k:], " ") {
		k++
	}
	if k == j || (k == j+1 && !dash && s[j] != ' ') {
		return j
	}
	return k
}
