package table

import (
	"errors"
	"fmt"
	"os"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress/zstd"

	"github.com/vnextract/vnextract/pipeline/output"
)

// Version goes into every file's created-by metadata; it is fixed (not the
// build hash) so the same input gives byte-identical files.
const Version = "0.1.0"

// Writer streams rows into the tables of one output folder. Each table is
// written under a temporary name beside its final one and renamed over only
// that file when the run ends (see pipeline/output): the folder itself and
// everything else in it (the inputs, .git, other work) are never touched, a
// run killed at any moment leaves every table whole, and a second run into
// the same folder is refused before it does any work. Rows are flushed to
// disk as row groups fill, so memory holds one row group per table, not the
// corpus.
type Writer struct {
	out       *output.Folder
	shard     *Shard // nil: one file per table
	files     []*os.File
	writers   []rowWriter // one per perDocument table, in its order
	registry  *registryBuilder
	counts    map[string]int
	err       error
	textBytes int // document text buffered in the current row group
}

// rowGroupText caps the document text buffered before the documents table
// starts a new row group: its rows carry whole articles, so a row group by
// count alone would hold hundreds of megabytes.
const rowGroupText = 16 << 20

// NewWriter takes the output folder dir (creating it when missing).
func NewWriter(dir string) (*Writer, error) {
	out, err := output.Open(dir)
	if err != nil {
		return nil, err
	}
	return newWriter(out, nil)
}

func newWriter(out *output.Folder, shard *Shard) (*Writer, error) {
	w := &Writer{out: out, shard: shard, registry: newRegistryBuilder(), counts: map[string]int{}}
	for _, t := range perDocument {
		f, err := out.Create(w.path(t.Name()))
		if err != nil {
			w.Abort()
			return nil, err
		}
		w.files = append(w.files, f)
		w.writers = append(w.writers, t.newWriter(f))
	}
	return w, nil
}

// path is where a table goes inside the output folder.
func (w *Writer) path(name string) string {
	if w.shard != nil {
		return name + "/" + w.shard.Dir() + "/part-00000.parquet"
	}
	return name + ".parquet"
}

func writerOptions() []parquet.WriterOption {
	return []parquet.WriterOption{
		parquet.Compression(&zstd.Codec{Level: zstd.SpeedFastest}),
		parquet.CreatedBy("vnextract", Version, "release"),
		parquet.MaxRowsPerRowGroup(32 * 1024),
		parquet.PageBufferSize(256 * 1024),
	}
}

// Add writes one batch of rows (one document's, in doc_id order).
func (w *Writer) Add(r Rows) error {
	if w.err != nil {
		return w.err
	}
	put := func(name string, n int, err error) {
		w.counts[name] += n
		if err != nil && w.err == nil {
			w.err = fmt.Errorf("writing %s: %w", name, err)
		}
	}
	for i, t := range perDocument {
		n, err := w.writers[i].write(&r)
		put(t.Name(), n, err)
	}
	for _, d := range r.Documents {
		w.textBytes += len(d.Text)
	}
	if w.textBytes > rowGroupText {
		w.textBytes = 0
		put("documents", 0, w.writers[0].Flush())
	}
	w.registry.add(r)
	return w.err
}

// Close finishes every table, writes people_registry, and puts the new
// tables in place. It returns the row count of each table.
func (w *Writer) Close() (map[string]int, error) {
	if w.err != nil {
		w.Abort()
		return nil, w.err
	}
	for _, c := range w.writers {
		if err := c.Close(); err != nil {
			w.Abort()
			return nil, err
		}
	}
	if err := w.closeFiles(); err != nil {
		w.Abort()
		return nil, err
	}
	reg := w.registry.rows()
	f, err := w.out.Create(w.path("people_registry"))
	if err != nil {
		w.Abort()
		return nil, err
	}
	if err := writeFile(f, reg); err != nil {
		w.Abort()
		return nil, err
	}
	w.counts["people_registry"] = len(reg)
	var markers []string
	if w.shard != nil {
		// A shard's markers go last: a reader that finds
		// _SUCCESS-shard=NNNNN-of-MMMMM knows every part of it is this run's.
		for _, name := range Names {
			markers = append(markers, name+"/"+w.shard.Dir()+"/_SUCCESS")
		}
		markers = append(markers, fmt.Sprintf("_SUCCESS-%s-of-%05d", w.shard.Dir(), w.shard.Count))
	}
	if err := w.out.Commit(markers...); err != nil {
		return nil, err
	}
	return w.counts, nil
}

// Shard names one part of a run fanned out over several processes.
type Shard struct{ Index, Count int }

// Dir is the hive-style partition folder of the shard.
func (s Shard) Dir() string { return fmt.Sprintf("shard=%05d", s.Index) }

// NewShardWriter writes the tables of one shard under dir as
// dir/<table>/shard=NNNNN/part-00000.parquet (the layout DuckDB, Spark and
// polars read as one dataset), then a _SUCCESS marker in each shard folder
// and dir/_SUCCESS-shard=NNNNN-of-MMMMM. Placement is all-or-nothing: the
// markers are removed before the parts are renamed in and written after
// the last one, and a kill in between is finished by the next run of that
// shard. Shards of one run lock only their own name, so they run side by
// side.
func NewShardWriter(dir string, s Shard) (*Writer, error) {
	if s.Count < 1 || s.Index < 0 || s.Index >= s.Count {
		return nil, fmt.Errorf("shard %d of %d: want 0 <= index < count", s.Index, s.Count)
	}
	out, err := output.OpenShard(dir, s.Dir())
	if err != nil {
		return nil, err
	}
	return newWriter(out, &s)
}

// Abort drops everything written so far; dir is left as it was.
func (w *Writer) Abort() {
	w.closeFiles()
	w.out.Abort()
}

func (w *Writer) closeFiles() error {
	var first error
	for _, f := range w.files {
		if err := f.Close(); err != nil && first == nil && !errors.Is(err, os.ErrClosed) {
			first = err
		}
	}
	return first
}

// Write writes a whole set of rows into dir (see Writer).
func Write(dir string, r Rows) (map[string]int, error) {
	w, err := NewWriter(dir)
	if err != nil {
		return nil, err
	}
	for _, one := range r.Split() {
		if err := w.Add(one); err != nil {
			w.Abort()
			return nil, err
		}
	}
	return w.Close()
}

// writeFile writes rows as one whole Parquet file into f and closes it.
func writeFile[T any](f *os.File, rows []T) error {
	w := newRowsWriter[T](f, nil)
	if _, err := w.writeSlice(rows); err != nil {
		f.Close()
		return err
	}
	if err := w.Close(); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
