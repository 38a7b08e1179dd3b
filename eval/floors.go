package eval

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// ParseFloors reads the --min-f1 value: one number that holds for every kind
// ("0.95"), or floors per kind ("people=0.98,titles=0.88"). Kinds differ in
// how far they have come, so a single floor either lets the best kinds fall
// or fails on the weakest; per-kind floors let each be raised as it rises.
func ParseFloors(s string) (map[string]float64, error) {
	floors := map[string]float64{}
	s = strings.TrimSpace(s)
	if s == "" {
		return floors, nil
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		for _, k := range Kinds {
			floors[k] = f
		}
		return floors, nil
	}
	for _, part := range strings.Split(s, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			return nil, fmt.Errorf("--min-f1 %q: want a number or kind=number pairs", s)
		}
		if !slices.Contains(Kinds, k) {
			return nil, fmt.Errorf("--min-f1: unknown kind %q (kinds: %s)", k, strings.Join(Kinds, ", "))
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || f < 0 || f > 1 {
			return nil, fmt.Errorf("--min-f1: %s=%q is not a number between 0 and 1", k, v)
		}
		floors[k] = f
	}
	return floors, nil
}
