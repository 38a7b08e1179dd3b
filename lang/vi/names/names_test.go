package names

import (
	"strings"
	"testing"

	"github.com/vnextract/vnextract/pipeline/text"
)

func TestSurnames(t *testing.T) {
	tests := []struct {
		name     string
		maxRank  int    // rank at most this
		ethnic   string // one group it must list, "" for none asked
		compound bool
	}{
		{"Nguyễn", 1, "", false},
		{"Trần", 2, "", false},
		{"Huỳnh", 10, "", false}, // southern spelling of Hoàng: weighted by its own region
		{"Võ", 10, "", false},
		{"Uông", 200, "", false},
		{"Tòng", 200, "thai", false},
		{"Lò", 200, "thai", false},
		{"Giàng", 200, "hmong", false},
		{"Vừ", 200, "hmong", false},
		{"Tôn Thất", 250, "", true},
		{"Âu Dương", 250, "", true},
		{"đinh", 30, "muong", false}, // any case
	}
	for _, tt := range tests {
		s, ok := LookupSurname(tt.name)
		if !ok {
			t.Errorf("%q is not a family name", tt.name)
			continue
		}
		if s.Rank > tt.maxRank || s.Rank < 1 {
			t.Errorf("%q: rank %d, want 1..%d", tt.name, s.Rank, tt.maxRank)
		}
		if tt.ethnic != "" && !strings.Contains(","+strings.Join(s.Ethnic, ",")+",", ","+tt.ethnic+",") {
			t.Errorf("%q: ethnic %v, want %s among them", tt.name, s.Ethnic, tt.ethnic)
		}
		if s.Compound != tt.compound {
			t.Errorf("%q: compound %v", tt.name, s.Compound)
		}
	}
	for _, s := range []string{"Bộ", "Thủ tướng", "Hà Nội", ""} {
		if IsSurname(s) {
			t.Errorf("IsSurname(%q) = true", s)
		}
	}
}

func TestRanksAreOrdered(t *testing.T) {
	all := Surnames()
	if len(all) < 200 {
		t.Fatalf("%d family names, want the 200-odd of the source", len(all))
	}
	for i := 1; i < len(all); i++ {
		if all[i].Weight > all[i-1].Weight || all[i].Rank != i+1 {
			t.Fatalf("%v after %v", all[i], all[i-1])
		}
	}
}

func TestGiven(t *testing.T) {
	tests := []struct {
		name         string
		male, female bool
		syllables    int
	}{
		{"An", true, true, 1},
		{"Đại", true, false, 1}, // upstream writes "Ðại" with U+00D0
		{"Đình Trọng", true, false, 2},
		{"Xanh", false, true, 1}, // upstream lower case "xanh"
		{"phương chi", false, true, 2},
	}
	for _, tt := range tests {
		g, ok := LookupGiven(tt.name)
		if !ok {
			t.Errorf("%q is not a given name", tt.name)
			continue
		}
		if g.Male != tt.male || g.Female != tt.female || g.Syllables() != tt.syllables {
			t.Errorf("%q: %+v syllables %d", tt.name, g, g.Syllables())
		}
	}
	// three-word lines of the source are whole names, not given names
	if IsGiven("Nguyễn Hải An") {
		t.Error("IsGiven(Nguyễn Hải An) = true")
	}
	for _, g := range load().given {
		if strings.ContainsRune(g.Name, 'Ð') || g.Name != text.Normalize(g.Name) {
			t.Fatalf("%q is not in normalized form", g.Name)
		}
	}
}
