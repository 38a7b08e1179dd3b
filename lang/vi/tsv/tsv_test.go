package tsv

import (
	"errors"
	"strings"
	"testing"
)

func TestEachRow(t *testing.T) {
	for _, c := range []struct {
		name, in string
		n        int
		want     string // rows joined by "|", fields by ","
		err      string
	}{
		{"comments and blanks skipped", "# head\n\na\tb\nc\td\n", 2, "a,b|c,d", ""},
		{"wrong field count names the line", "a\tb\n\nc\n", 2, "a,b", "line 3: 1 fields, want 2"},
		{"empty field kept", "a\t\n", 2, "a,", ""},
	} {
		var rows []string
		err := EachRow(strings.NewReader(c.in), c.n, func(f []string) error {
			rows = append(rows, strings.Join(f, ","))
			return nil
		})
		if got := strings.Join(rows, "|"); got != c.want {
			t.Errorf("%s: rows %q, want %q", c.name, got, c.want)
		}
		if (err == nil) != (c.err == "") || (err != nil && err.Error() != c.err) {
			t.Errorf("%s: error %v, want %q", c.name, err, c.err)
		}
	}
	// fn's error comes back with the line it was raised on.
	err := EachRow(strings.NewReader("a\nb\n"), 1, func(f []string) error {
		if f[0] == "b" {
			return errors.New("bad b")
		}
		return nil
	})
	if err == nil || err.Error() != "line 2: bad b" {
		t.Errorf("fn error: %v, want line 2: bad b", err)
	}
}
