package vi

import (
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Unit is one entry of the unit table (lexicon/units.txt): how a unit,
// currency or multiplier is written and what it stands for.
type Unit struct {
	// as written ("km²", "đ", "$", "k")
	Symbol string
	// in words ("ki-lô-mét vuông")
	Name string
	// the unit a figure carries ("km²", "đồng", "USD")
	Canonical string
	Currency  string  // ISO code for money, else empty
	Kind      string  // measure, amount, percent, duration, multiplier, subunit
	Factor    float64 // a multiplier's value or a subunit's share; 0 if none
	Before    bool    // written before the number ("$10.000")
}

// Units is the unit table, indexed for the figure reader.
type Units struct {
	After  []Unit          // symbols written after the number, longest first
	Before []Unit          // symbols written before it
	ByWord map[string]Unit // symbols and canonical units by lower-case form
}

var (
	unitsOnce sync.Once
	units     *Units
)

// UnitTable returns the unit table, loaded once.
func UnitTable() *Units {
	unitsOnce.Do(func() {
		u := &Units{ByWord: map[string]Unit{}}
		for _, f := range Records("units.txt") {
			e := Unit{Symbol: f[0], Name: field(f, 1), Canonical: field(f, 2), Currency: field(f, 3), Kind: field(f, 4)}
			if v, err := strconv.ParseFloat(field(f, 5), 64); err == nil {
				e.Factor = v
			}
			if strings.HasPrefix(e.Symbol, "^") && len(e.Symbol) > 1 {
				e.Before, e.Symbol = true, e.Symbol[1:]
				u.Before = append(u.Before, e)
				continue
			}
			u.After = append(u.After, e)
			for _, k := range []string{strings.ToLower(e.Symbol), strings.ToLower(e.Canonical)} {
				if _, dup := u.ByWord[k]; k != "" && !dup {
					u.ByWord[k] = e
				}
			}
		}
		sort.SliceStable(u.After, func(i, j int) bool { return len(u.After[i].Symbol) > len(u.After[j].Symbol) })
		units = u
	})
	return units
}
