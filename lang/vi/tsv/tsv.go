// Package tsv reads the generated data files of the language layer: one
// record a line, fields split by tabs, blank lines and "#" comments
// skipped. The gazetteer and the name lists share it so that both report
// a malformed line the same way, with its number.
package tsv

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// EachRow calls fn with the fields of every record of r and insists on n
// fields a line. Lines may be up to 1 MiB long.
func EachRow(r io.Reader, n int, fn func([]string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || t[0] == '#' {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) != n {
			return fmt.Errorf("line %d: %d fields, want %d", line, len(f), n)
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
	}
	return sc.Err()
}
