package table

import (
	"errors"
	"fmt"
	"os"
	"sync"

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
//
// Each table is encoded by its own goroutine (see encoder), so Add only
// queues a document's rows and the run's consumer is free to take the next
// document while the tables compress: Parquet encoding and zstd are off the
// path every document waits on, and on N cores the extraction workers keep
// them busy. Every encoder writes its table's rows in the order Add got
// them, so the files are the same bytes as with one goroutine.
type Writer struct {
	out       *output.Folder
	shard     *Shard // nil: one file per table
	files     []*os.File
	encoders  []*encoder // one per perDocument table, in its order
	registry  *registryBuilder
	counts    map[string]int
	err       error
	textBytes int // document text buffered in the current row group
	failed    failure
}

// queued is how many documents' rows may wait for one table's encoder
// before Add blocks: memory stays bounded by the documents in flight, and
// a slow table holds the run back instead of piling up rows.
const queued = 16

// An encoder owns one table's rowWriter and writes the batches it is sent,
// in the order sent, on its own goroutine.
type encoder struct {
	name string
	w    rowWriter
	in   chan batch
	done chan struct{}
	rows int   // written; read only after done is closed
	err  error // the first error; read only after done is closed
}

// batch is one document's rows; flush ends the row group after them.
type batch struct {
	rows  *Rows
	flush bool
}

// failure holds the first error any encoder met, so Add can report it
// without waiting for Close.
type failure struct {
	mu  sync.Mutex
	err error
}

func (f *failure) set(err error) {
	f.mu.Lock()
	if f.err == nil {
		f.err = err
	}
	f.mu.Unlock()
}

func (f *failure) get() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.err
}

func (e *encoder) run(failed *failure) {
	defer close(e.done)
	for b := range e.in {
		if e.err != nil {
			continue // keep draining so Add never blocks on a failed table
		}
		n, err := e.w.write(b.rows)
		e.rows += n
		if err == nil && b.flush {
			err = e.w.Flush()
		}
		if err != nil {
			e.err = fmt.Errorf("writing %s: %w", e.name, err)
			failed.set(e.err)
		}
	}
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
	reg := newRegistryBuilder()
	reg.budget = registrySpill
	w := &Writer{out: out, shard: shard, registry: reg, counts: map[string]int{}}
	for _, t := range perDocument {
		f, err := out.Create(w.path(t.Name()))
		if err != nil {
			w.Abort()
			return nil, err
		}
		w.files = append(w.files, f)
		e := &encoder{name: t.Name(), w: t.newWriter(f), in: make(chan batch, queued), done: make(chan struct{})}
		w.encoders = append(w.encoders, e)
		go e.run(&w.failed)
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

// maxRowsPerRowGroup caps a row group by rows (the documents table also
// by text, see rowGroupText).
const maxRowsPerRowGroup = 32 * 1024

// The zstd codecs every table shares, one a level. A codec keeps a pool of
// encoders, each holding a history window of several megabytes; a codec a
// table kept one pool a table (96 MB of windows live on two cores, half
// the heap on 300 MB of JSON Lines), where the tables' encoder goroutines
// need about one encoder a core between them. Sharing changes no byte:
// each page is compressed on its own.
var (
	fastestCodec = &zstd.Codec{Level: zstd.SpeedFastest}
	defaultCodec = &zstd.Codec{Level: zstd.SpeedDefault}
)

// writerOptions are the Parquet settings of the table called name.
//
// Every column is zstd at its table's level, which the writer sets: the
// row structs carry no codec tag (a "zstd" tag is parquet-go's default
// level whatever the writer asks). documents holds the articles' text, most
// of the output's bytes, so it keeps the default level, on pages of 1 MiB:
// a page is compressed on its own, and a longer one finds more of the
// words the articles share, so the text is smaller and cheaper to write
// than on 256 KiB pages. The other tables, short strings and numbers and
// a fraction of the bytes, take the fastest level. docs/performance.md
// has the measured trade.
//
// Data pages carry no statistics in their headers: the page index written
// with the footer holds every page's bounds and the footer every row
// group's, which is where readers look. The headers' own copies held a
// whole article twice for every page of documents.text, 15% of that file.
func writerOptions(name string) []parquet.WriterOption {
	codec, page := fastestCodec, 256<<10
	if name == "documents" {
		codec, page = defaultCodec, 1<<20
	}
	return []parquet.WriterOption{
		parquet.Compression(codec),
		parquet.CreatedBy("vnextract", Version, "release"),
		parquet.MaxRowsPerRowGroup(maxRowsPerRowGroup),
		parquet.PageBufferSize(page),
		parquet.DataPageStatistics(false),
	}
}

// Add queues one batch of rows (one document's, in doc_id order) for the
// tables' encoders. r's slices must not change after Add; the encoders read
// them until Close. An encoder's error is returned by a later Add and by
// Close.
func (w *Writer) Add(r Rows) error {
	if w.err == nil {
		w.err = w.failed.get()
	}
	if w.err != nil {
		return w.err
	}
	for _, d := range r.Documents {
		w.textBytes += len(d.Text)
	}
	flush := w.textBytes > rowGroupText
	if flush {
		w.textBytes = 0
	}
	for i, e := range w.encoders {
		e.in <- batch{rows: &r, flush: flush && i == 0} // perDocument[0] is documents
	}
	if err := w.registry.add(r); err != nil {
		w.err = err
	}
	return w.err
}

// drain stops the encoders once they have written everything queued, and
// gathers their row counts and first error.
func (w *Writer) drain() {
	for _, e := range w.encoders {
		close(e.in)
	}
	for _, e := range w.encoders {
		<-e.done
		w.counts[e.name] += e.rows
		if e.err != nil && w.err == nil {
			w.err = e.err
		}
	}
	w.encoders = nil
}

// Close finishes every table, writes people_registry, and puts the new
// tables in place. It returns the row count of each table.
func (w *Writer) Close() (map[string]int, error) {
	writers := make([]rowWriter, len(w.encoders))
	for i, e := range w.encoders {
		writers[i] = e.w
	}
	w.drain()
	if w.err != nil {
		w.Abort()
		return nil, w.err
	}
	// Each table's last row group is compressed as its writer closes, and
	// people_registry is merged and written only now: all of it at once,
	// one goroutine each, so the end of a run is not a serial tail that
	// leaves the other cores idle. Errors are reported in the same order
	// as if done one by one.
	closed := make([]error, len(writers))
	var reg struct {
		n   int
		err error
	}
	var wg sync.WaitGroup
	for i, c := range writers {
		wg.Go(func() { closed[i] = c.Close() })
	}
	wg.Go(func() {
		f, err := w.out.Create(w.path("people_registry"))
		if err == nil {
			reg.n, err = writeRegistry(f, w.registry)
		}
		reg.err = err
	})
	wg.Wait()
	for _, err := range append(closed, w.closeFiles(), reg.err) {
		if err != nil {
			w.Abort()
			return nil, err
		}
	}
	w.counts["people_registry"] = reg.n
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
	w.registry.discard()
	w.drain()
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
// writeRegistry streams people_registry from b into f, a batch of rows at
// a time, and returns how many it wrote.
func writeRegistry(f *os.File, b *registryBuilder) (int, error) {
	w := newRowsWriter[RegistryRow](f, nil)
	var batch []RegistryRow
	n := 0
	flush := func() error {
		_, err := w.writeSlice(batch)
		n += len(batch)
		clear(batch) // the rows' lists go as soon as they are written
		batch = batch[:0]
		return err
	}
	err := b.each(func(r *RegistryRow) error {
		batch = append(batch, *r)
		if len(batch) < 1024 {
			return nil
		}
		return flush()
	})
	if err == nil {
		err = flush()
	}
	if err == nil {
		err = w.Close()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return n, err
}
