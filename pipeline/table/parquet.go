package table

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress/zstd"
)

// Version goes into every file's created-by metadata; it is fixed (not the
// build hash) so the same input gives byte-identical files.
const Version = "0.1.0"

// Names lists the tables in the order they are written and reported.
var Names = []string{"documents", "people", "titles", "dates", "document_refs", "figures", "entities", "relations", "people_registry"}

// Writer streams rows into the tables of one output folder, all or
// nothing: the tables are written into a staging folder beside dir, which
// Close then puts in dir's place in one atomic exchange. A run killed at
// any moment leaves dir holding either the previous complete set of tables
// or the new one, never a mix and never a torn file. Other files in dir are
// kept. Rows are flushed to disk as row groups fill, so memory holds one
// row group per table, not the corpus.
type Writer struct {
	dir, stage string
	shard      *Shard // nil: one file per table
	files      []*os.File
	documents  *parquet.GenericWriter[DocumentRow]
	people     *parquet.GenericWriter[PersonRow]
	titles     *parquet.GenericWriter[TitleRow]
	dates      *parquet.GenericWriter[DateRow]
	refs       *parquet.GenericWriter[DocRefRow]
	figures    *parquet.GenericWriter[FigureRow]
	entities   *parquet.GenericWriter[EntityRow]
	relations  *parquet.GenericWriter[RelationRow]
	registry   *registryBuilder
	counts     map[string]int
	err        error
	textBytes  int // document text buffered in the current row group
}

// rowGroupText caps the document text buffered before the documents table
// starts a new row group: its rows carry whole articles, so a row group by
// count alone would hold hundreds of megabytes.
const rowGroupText = 16 << 20

// NewWriter opens the staging folder for dir.
func NewWriter(dir string) (*Writer, error) {
	dir = filepath.Clean(dir)
	parent, base := filepath.Dir(dir), filepath.Base(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	cleanStaging(parent, base)
	stage, err := os.MkdirTemp(parent, "."+base+".staging-")
	if err != nil {
		return nil, err
	}
	w := &Writer{dir: dir, stage: stage, registry: newRegistryBuilder(), counts: map[string]int{}}
	open := func(name string) *os.File {
		if w.err != nil {
			return nil
		}
		f, err := os.Create(filepath.Join(stage, name+".parquet"))
		if err != nil {
			w.err = err
			return nil
		}
		w.files = append(w.files, f)
		return f
	}
	w.documents = newGeneric[DocumentRow](open("documents"))
	w.people = newGeneric[PersonRow](open("people"))
	w.titles = newGeneric[TitleRow](open("titles"))
	w.dates = newGeneric[DateRow](open("dates"))
	w.refs = newGeneric[DocRefRow](open("document_refs"))
	w.figures = newGeneric[FigureRow](open("figures"))
	w.entities = newGeneric[EntityRow](open("entities"))
	w.relations = newGeneric[RelationRow](open("relations"))
	if w.err != nil {
		w.Abort()
		return nil, w.err
	}
	return w, nil
}

func newGeneric[T any](f *os.File) *parquet.GenericWriter[T] {
	if f == nil {
		return nil
	}
	return parquet.NewGenericWriter[T](f, writerOptions()...)
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
	n, err := w.documents.Write(r.Documents)
	put("documents", n, err)
	for _, d := range r.Documents {
		w.textBytes += len(d.Text)
	}
	if w.textBytes > rowGroupText {
		w.textBytes = 0
		put("documents", 0, w.documents.Flush())
		put("relations", 0, w.relations.Flush())
	}
	n, err = w.people.Write(r.People)
	put("people", n, err)
	n, err = w.titles.Write(r.Titles)
	put("titles", n, err)
	n, err = w.dates.Write(r.Dates)
	put("dates", n, err)
	n, err = w.refs.Write(r.DocRefs)
	put("document_refs", n, err)
	n, err = w.figures.Write(r.Figures)
	put("figures", n, err)
	n, err = w.entities.Write(r.Entities)
	put("entities", n, err)
	n, err = w.relations.Write(r.Relations)
	put("relations", n, err)
	w.registry.add(r)
	return w.err
}

// Close finishes every table, writes people_registry, and puts the new
// tables in place. It returns the row count of each table.
func (w *Writer) Close() (map[string]int, error) {
	defer os.RemoveAll(w.stage)
	if w.err != nil {
		w.closeFiles()
		return nil, w.err
	}
	for _, c := range []interface{ Close() error }{w.documents, w.people, w.titles, w.dates, w.refs, w.figures, w.entities, w.relations} {
		if err := c.Close(); err != nil {
			w.closeFiles()
			return nil, err
		}
	}
	for _, f := range w.files {
		if err := f.Sync(); err != nil {
			w.closeFiles()
			return nil, err
		}
	}
	if err := w.closeFiles(); err != nil {
		return nil, err
	}
	reg := w.registry.rows()
	if err := writeFile(filepath.Join(w.stage, "people_registry.parquet"), reg); err != nil {
		return nil, err
	}
	w.counts["people_registry"] = len(reg)
	ours := map[string]bool{}
	for _, n := range Names {
		ours[n+".parquet"] = true
	}
	if w.shard != nil {
		return w.counts, w.placeShard()
	}
	if err := keepOthers(w.dir, w.stage, ours); err != nil {
		return nil, err
	}
	if err := syncDir(w.stage); err != nil {
		return nil, err
	}
	if err := swapDir(w.stage, w.dir); err != nil {
		return nil, err
	}
	return w.counts, syncDir(filepath.Dir(w.dir))
}

// Shard names one part of a run fanned out over several processes.
type Shard struct{ Index, Count int }

// Dir is the hive-style partition folder of the shard.
func (s Shard) Dir() string { return fmt.Sprintf("shard=%05d", s.Index) }

// NewShardWriter writes the tables of one shard under dir as
// dir/<table>/shard=NNNNN/part-00000.parquet (the layout DuckDB, Spark and
// polars read as one dataset), each part moved into place whole, then a
// _SUCCESS marker in each shard folder and dir/_SUCCESS-shard=NNNNN-of-MMMMM.
func NewShardWriter(dir string, s Shard) (*Writer, error) {
	if s.Count < 1 || s.Index < 0 || s.Index >= s.Count {
		return nil, fmt.Errorf("shard %d of %d: want 0 <= index < count", s.Index, s.Count)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	w, err := NewWriter(filepath.Join(dir, "."+s.Dir()))
	if err != nil {
		return nil, err
	}
	w.dir = filepath.Clean(dir)
	w.shard = &s
	return w, nil
}

// placeShard moves each staged table to its partition folder.
func (w *Writer) placeShard() error {
	for _, name := range Names {
		part := filepath.Join(w.dir, name, w.shard.Dir())
		if err := os.MkdirAll(part, 0o755); err != nil {
			return err
		}
		if err := os.Rename(filepath.Join(w.stage, name+".parquet"), filepath.Join(part, "part-00000.parquet")); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(part, "_SUCCESS"), nil, 0o644); err != nil {
			return err
		}
	}
	marker := fmt.Sprintf("_SUCCESS-%s-of-%05d", w.shard.Dir(), w.shard.Count)
	if err := os.WriteFile(filepath.Join(w.dir, marker), nil, 0o644); err != nil {
		return err
	}
	return syncDir(w.dir)
}

// Abort drops everything written so far; dir is left as it was.
func (w *Writer) Abort() {
	w.closeFiles()
	os.RemoveAll(w.stage)
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

// keepOthers hard-links (or copies) entries of dir that are not tables this
// run writes into the staging folder, so the exchange does not lose them.
func keepOthers(dir, stage string, ours map[string]bool) error {
	ents, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	for _, e := range ents {
		if ours[e.Name()] || e.IsDir() {
			continue
		}
		src, dst := filepath.Join(dir, e.Name()), filepath.Join(stage, e.Name())
		if err := os.Link(src, dst); err != nil {
			b, rerr := os.ReadFile(src)
			if rerr != nil {
				return rerr
			}
			if err := os.WriteFile(dst, b, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

// cleanStaging removes staging folders that a killed run left behind.
func cleanStaging(parent, base string) {
	old, _ := filepath.Glob(filepath.Join(parent, "."+base+".staging-*"))
	for _, o := range old {
		os.RemoveAll(o)
	}
}

func syncDir(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := f.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return err
	}
	return nil
}

func writeFile[T any](path string, rows []T) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := parquet.NewGenericWriter[T](f, writerOptions()...)
	if _, err := w.Write(rows); err != nil {
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
