package eval

import "testing"

func TestParseFloors(t *testing.T) {
	for _, c := range []struct {
		in   string
		want map[string]float64
		err  bool
	}{
		{"", map[string]float64{}, false},
		{"0.9", map[string]float64{"people": 0.9, "titles": 0.9, "dates": 0.9, "document_refs": 0.9, "figures": 0.9}, false},
		{"people=0.98, titles=0.88", map[string]float64{"people": 0.98, "titles": 0.88}, false},
		{"persons=0.9", nil, true},
		{"titles=high", nil, true},
		{"titles=1.5", nil, true},
		{"titles", nil, true},
	} {
		got, err := ParseFloors(c.in)
		if (err != nil) != c.err {
			t.Errorf("ParseFloors(%q) error %v, want error %v", c.in, err, c.err)
			continue
		}
		if c.err {
			continue
		}
		if len(got) != len(c.want) {
			t.Errorf("ParseFloors(%q) = %v, want %v", c.in, got, c.want)
		}
		for k, v := range c.want {
			if got[k] != v {
				t.Errorf("ParseFloors(%q)[%s] = %v, want %v", c.in, k, got[k], v)
			}
		}
	}
}
