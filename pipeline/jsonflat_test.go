package pipeline

import (
	"testing"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline/ingest"
	"github.com/vnextract/vnextract/pipeline/text"
)

// TestScanClass holds the string scan's table to what it stands for, on
// every code point past ASCII to U+2FFF (past the table's end too): kept
// after each byte text.KeptAfter tells apart and one it does not, exactly
// where KeptAfter keeps it, and counted as ingest.LetterCount counts it.
func TestScanClass(t *testing.T) {
	for r := rune(utf8.RuneSelf); r < 0x3000; r++ {
		var cls byte
		if r < scanEnd {
			cls = scanClass[r]
		}
		for _, prev := range []byte{'o', 'O', 'u', 'U', 'a', 'q', ' '} {
			if got, want := classKept(cls, prev), text.KeptAfter(prev, r); got != want {
				t.Fatalf("%U after %q: kept %v, text.KeptAfter %v", r, prev, got, want)
			}
		}
		if got, want := letterAdd[cls>>3&3], [3]uint64{0, 1, 1 << 32}[ingest.LetterCount(r)]; got != want {
			t.Fatalf("%U: counts %#x, ingest.LetterCount %d", r, got, ingest.LetterCount(r))
		}
	}
}
