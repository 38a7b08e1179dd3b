package table

import (
	"os"
	"testing"
)

// byteCount is an io.Writer that keeps only the number of bytes written.
type byteCount int64

func (c *byteCount) Write(p []byte) (int, error) { *c += byteCount(len(p)); return len(p), nil }

// BenchmarkWriteTables writes again, on one goroutine, each per-document
// table of the output folder named by VNEXTRACT_TABLES (written by
// `vnextract run` or `bench/wholerun -out`): one document's rows at a time,
// the documents table ending a row group by text as Writer.Add does, so
// the bytes reported are those of the file the run wrote. Under callgrind,
// --toggle-collect=github.com/vnextract/vnextract/pipeline/table.writeTable
// counts the writing alone, not the reading back (docs/performance.md).
func BenchmarkWriteTables(b *testing.B) {
	dir := os.Getenv("VNEXTRACT_TABLES")
	if dir == "" {
		b.Skip("VNEXTRACT_TABLES names no output folder to write again")
	}
	r, err := Read(dir)
	if err != nil {
		b.Fatal(err)
	}
	docs := r.Split()
	for _, t := range perDocument {
		b.Run(t.Name(), func(b *testing.B) {
			var size byteCount
			for range b.N {
				size = 0
				if err := writeTable(t, docs, &size); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(size), "bytes")
		})
	}
}

func writeTable(t Table, docs []Rows, out *byteCount) error {
	w := t.newWriter(out)
	text := 0
	for i := range docs {
		if _, err := w.write(&docs[i]); err != nil {
			return err
		}
		if t.Name() != "documents" {
			continue
		}
		for _, d := range docs[i].Documents {
			text += len(d.Text)
		}
		if text > rowGroupText { // as Writer.Add: the row group ends after this document
			text = 0
			if err := w.Flush(); err != nil {
				return err
			}
		}
	}
	return w.Close()
}
