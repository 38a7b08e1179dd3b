package names

import (
	"embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/vnextract/vnextract/lang/vi/tsv"
)

//go:embed data/surnames.tsv data/given.tsv
var dataFS embed.FS

// Surname is one family name.
type Surname struct {
	Name string
	// Rank is 1 for the most frequent ("Nguyễn"). Upstream gives real
	// percentages for about the top 30; below, weights are placeholders
	// in tiers (0.05, 0.02, 0.01) and the rank inside a tier is list order.
	Rank   int
	Weight float64  // percent of the population, the highest of any region
	Ethnic []string // ethnic groups listed as using it: hmong, tay, nung, muong, thai, khmer, cham, dao
	// two syllables written as one family name: "Tôn Thất"
	Compound bool
}

// Given is one given name of one or two syllables.
type Given struct {
	Name         string
	Male, Female bool // the lists it appears in
}

// Syllables is the number of syllables of the name.
func (g Given) Syllables() int { return len(strings.Fields(g.Name)) }

type db struct {
	surnames []Surname
	surname  map[string]int
	given    map[string]Given
}

var (
	once sync.Once
	the  *db
)

// load parses the embedded files once. They are checked by this
// package's tests, so a parse error is a broken build.
func load() *db {
	once.Do(func() {
		d := &db{surname: map[string]int{}, given: map[string]Given{}}
		must := func(name string, fn func(io.Reader) error) {
			f, err := dataFS.Open("data/" + name)
			if err != nil {
				panic(err)
			}
			defer f.Close()
			if err := fn(f); err != nil {
				panic("names: embedded " + name + ": " + err.Error())
			}
		}
		must("surnames.tsv", d.readSurnames)
		must("given.tsv", d.readGiven)
		the = d
	})
	return the
}

func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

func (d *db) readSurnames(r io.Reader) error {
	return tsv.EachRow(r, 5, func(f []string) error {
		rank, err := strconv.Atoi(f[1])
		if err != nil {
			return err
		}
		w, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			return err
		}
		s := Surname{Name: f[0], Rank: rank, Weight: w, Compound: f[4] == "compound"}
		if f[3] != "" {
			s.Ethnic = strings.Split(f[3], ",")
		}
		if rank != len(d.surnames)+1 {
			return fmt.Errorf("rank %d out of order", rank)
		}
		d.surname[fold(s.Name)] = len(d.surnames)
		d.surnames = append(d.surnames, s)
		return nil
	})
}

func (d *db) readGiven(r io.Reader) error {
	return tsv.EachRow(r, 2, func(f []string) error {
		g := Given{Name: f[0], Male: strings.Contains(f[1], "m"), Female: strings.Contains(f[1], "f")}
		if !g.Male && !g.Female {
			return fmt.Errorf("%q: no gender", f[0])
		}
		d.given[fold(g.Name)] = g
		return nil
	})
}

// LookupSurname returns the family name s (one or two syllables, any case).
func LookupSurname(s string) (Surname, bool) {
	d := load()
	i, ok := d.surname[fold(s)]
	if !ok {
		return Surname{}, false
	}
	return d.surnames[i], true
}

// IsSurname reports whether s is a family name.
func IsSurname(s string) bool { _, ok := load().surname[fold(s)]; return ok }

// Surnames returns every family name, most frequent first.
func Surnames() []Surname { return append([]Surname(nil), load().surnames...) }

// LookupGiven returns the given name s (one or two syllables, any case).
func LookupGiven(s string) (Given, bool) {
	g, ok := load().given[fold(s)]
	return g, ok
}

// IsGiven reports whether s is a listed given name.
func IsGiven(s string) bool { _, ok := load().given[fold(s)]; return ok }
