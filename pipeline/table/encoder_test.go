package table

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress"
	"github.com/parquet-go/parquet-go/compress/zstd"
)

// failing stands in for a table whose encoding fails after some rows.
type failing struct {
	after int // documents written before the error
	n     int
}

var errDisk = errors.New("disk full")

func (f *failing) write(r *Rows) (int, error) {
	if f.n == f.after {
		return 0, errDisk
	}
	f.n++
	return len(r.Figures), nil
}
func (f *failing) Flush() error { return nil }
func (f *failing) Close() error { return nil }

func docRows(i int) Rows {
	id := fmt.Sprintf("d%04d", i)
	r := Rows{Documents: []DocumentRow{{DocID: id, Text: "văn bản " + id}}}
	for k := range i % 3 {
		r.People = append(r.People, PersonRow{DocID: id, Name: fmt.Sprintf("Người %d", k), Start: int32(k)})
	}
	return r
}

// TestEncoderErrorReachesAddAndClose: an error met by one table's encoder
// on its own goroutine is returned by a later Add and by Close, and the
// failed run leaves no table in the folder.
func TestEncoderErrorReachesAddAndClose(t *testing.T) {
	for _, after := range []int{0, 3, 40} {
		t.Run(fmt.Sprint(after), func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "out")
			w, err := NewWriter(dir)
			if err != nil {
				t.Fatal(err)
			}
			w.encoders[5].w = &failing{after: after} // set before any batch is sent
			var addErr error
			for i := range 200 {
				if addErr = w.Add(docRows(i)); addErr != nil {
					break
				}
			}
			_, closeErr := w.Close()
			if !errors.Is(closeErr, errDisk) {
				t.Fatalf("Close: %v, want %v", closeErr, errDisk)
			}
			if addErr != nil && !errors.Is(addErr, errDisk) {
				t.Errorf("Add: %v, want %v", addErr, errDisk)
			}
			if _, err := os.Stat(filepath.Join(dir, "figures.parquet")); err == nil {
				t.Error("a failed run left figures.parquet")
			}
		})
	}
}

// TestEncodersKeepOrder: more documents than the queues hold, with the
// documents table starting new row groups on the way, read back in the
// order they were added, with the counts Close reports.
func TestEncodersKeepOrder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	w, err := NewWriter(dir)
	if err != nil {
		t.Fatal(err)
	}
	var want Rows
	for i := range 10 * queued {
		r := docRows(i)
		want.Append(r)
		if err := w.Add(r); err != nil {
			t.Fatal(err)
		}
		if i%7 == 0 {
			w.textBytes = rowGroupText // the next Add starts a row group
		}
	}
	counts, err := w.Close()
	if err != nil {
		t.Fatal(err)
	}
	if counts["documents"] != len(want.Documents) || counts["people"] != len(want.People) || counts["figures"] != 0 {
		t.Errorf("counts %v, want %d documents, %d people, 0 figures", counts, len(want.Documents), len(want.People))
	}
	got, err := Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Documents) != len(want.Documents) || len(got.People) != len(want.People) {
		t.Fatalf("read %d documents, %d people; want %d, %d", len(got.Documents), len(got.People), len(want.Documents), len(want.People))
	}
	for i := range want.Documents {
		if got.Documents[i].DocID != want.Documents[i].DocID || got.Documents[i].Text != want.Documents[i].Text {
			t.Fatalf("document %d is %s, want %s", i, got.Documents[i].DocID, want.Documents[i].DocID)
		}
	}
	for i := range want.People {
		g, x := got.People[i], want.People[i]
		if g.DocID != x.DocID || g.Name != x.Name || g.Start != x.Start {
			t.Fatalf("person %d is %s/%s, want %s/%s", i, g.DocID, g.Name, x.DocID, x.Name)
		}
	}
}

// TestTablesShareCodecs: every table compresses with one codec a zstd
// level, so that the encoders' history windows (megabytes each) are pooled
// across the tables rather than held by each; documents at the default
// level, the others at the fastest.
func TestTablesShareCodecs(t *testing.T) {
	codecs := map[string]compress.Codec{}
	for _, name := range []string{"documents", "people", "titles", "dates", "document_refs", "figures", "entities", "relations", "people_registry"} {
		cfg, err := parquet.NewWriterConfig(writerOptions(name)...)
		if err != nil {
			t.Fatal(err)
		}
		z, ok := cfg.Compression.(*zstd.Codec)
		if !ok {
			t.Fatalf("%s: compression %v, want zstd", name, cfg.Compression)
		}
		level := zstd.SpeedFastest
		if name == "documents" {
			level = zstd.SpeedDefault
		}
		if z.Level != level {
			t.Errorf("%s: zstd level %v, want %v", name, z.Level, level)
		}
		key := z.Level.String()
		if c, seen := codecs[key]; seen && c != cfg.Compression {
			t.Errorf("%s: a codec of its own at level %s; the tables of one level share one", name, key)
		}
		codecs[key] = cfg.Compression
	}
}
