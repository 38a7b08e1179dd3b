package text

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// benchTexts reads every 8th article of the unlabeled corpus (real text,
// not tuned on), or skips without it.
func benchTexts(b testing.TB) []string {
	b.Helper()
	files, _ := filepath.Glob("../../../shared/corpus/unlabeled/*.jsonl.gz")
	if len(files) == 0 {
		b.Skip("../shared/corpus/unlabeled not found: no text to measure")
	}
	var out []string
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			b.Fatal(err)
		}
		gz, err := gzip.NewReader(fh)
		if err != nil {
			b.Fatal(err)
		}
		sc := bufio.NewScanner(gz)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for i := 0; sc.Scan(); i++ {
			if i%8 != 0 {
				continue
			}
			var r struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				b.Fatal(err)
			}
			out = append(out, r.Text)
		}
		fh.Close()
	}
	return out
}

func size(ts []string) int64 {
	var n int64
	for _, t := range ts {
		n += int64(len(t))
	}
	return n
}

func BenchmarkNormalize(b *testing.B) {
	ts := benchTexts(b)
	b.SetBytes(size(ts))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range ts {
			Normalize(t)
		}
	}
}

func BenchmarkSentences(b *testing.B) {
	ts := benchTexts(b)
	for i, t := range ts {
		ts[i] = Normalize(t)
	}
	b.SetBytes(size(ts))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range ts {
			SentencesIn(t)
		}
	}
}
