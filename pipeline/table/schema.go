package table

import (
	"fmt"
	"io"
	"reflect"
	"strings"

	"github.com/parquet-go/parquet-go"
)

// A table is defined once: its row struct (parquet tags give the column
// names and Parquet types, a dump tag how the readable dump shows it) and
// one line in perDocument below. The writer, the reader, Rows' Append and
// Split and the dump all walk that list, so a new column is one field in a
// row struct and a new table one struct, one Rows field and one line here.
//
// Parquet tags, as DuckDB, polars and Spark read them:
//   - nullable columns carry "optional"; on a string it writes "" as NULL
//     (parquet-go treats the zero value of an optional field as null), so
//     Go code keeps plain strings and a notebook sees NULL, never ”;
//   - DATE columns are *int32 days since 1970-01-01 with the "date" tag,
//     never time.Time (parquet-go would write a timestamp);
//   - integers are signed int32, no "enum" tag (Arrow readers see binary).
//
// Encodings (they change the bytes, never the values; docs/performance.md
// has the measured trade): "dict" on strings that repeat across documents
// (names, kinds, rules), none on the mention text, whose default (delta
// lengths) suits values that rarely repeat, nor on doc_id outside
// documents: a document's rows are consecutive, so zstd folds the repeats
// of the plain ids into less than a dictionary page of every id, and
// without hashing each one. sentence, start and end carry "delta" in the
// tables of mentions: they climb through a document's rows (text order),
// so their differences bit-pack in fewer bytes than plain 4-byte integers
// and leave zstd less to do. Not in relations, whose rows come in the
// order the relations were found: there the differences jump back and
// forth, and plain integers compress smaller.
//
// The dump tag takes "-" (not shown: keys derived from another column,
// paths that differ between machines) or "quote" (the mention text, shown
// first as «text»). doc_id, sentence, start, end and rule have fixed places.
var perDocument = []Table{
	define("documents", func(r *Rows) *[]DocumentRow { return &r.Documents }),
	define("people", func(r *Rows) *[]PersonRow { return &r.People }),
	define("titles", func(r *Rows) *[]TitleRow { return &r.Titles }),
	define("dates", func(r *Rows) *[]DateRow { return &r.Dates }),
	define("document_refs", func(r *Rows) *[]DocRefRow { return &r.DocRefs }),
	define("figures", func(r *Rows) *[]FigureRow { return &r.Figures }),
	define("entities", func(r *Rows) *[]EntityRow { return &r.Entities }),
	define("relations", func(r *Rows) *[]RelationRow { return &r.Relations }),
}

// registryTable is built from the other tables when a run closes, so it has
// no place in Rows.
var registryTable = define[RegistryRow]("people_registry", nil)

// Tables lists every table in the order they are written and reported.
func Tables() []Table { return append(append([]Table(nil), perDocument...), registryTable) }

// Names lists the tables in the order they are written and reported.
var Names = func() []string {
	var out []string
	for _, t := range Tables() {
		out = append(out, t.Name())
	}
	return out
}()

// Column is one column of a table, read from its row struct's tags once.
type Column struct {
	Name     string // the Parquet column name
	Field    string // the Go field of the row struct
	Type     string // string, date, int32, double, bool, list<string>, or the Go type for nested columns
	Nullable bool   // NULL when the value is absent
	dump     string // "-", "quote" or ""
	index    int
}

// Table is one table's definition; see perDocument.
type Table interface {
	Name() string
	Columns() []Column
	// Schema is the Parquet schema the writer uses.
	Schema() *parquet.Schema

	newWriter(io.Writer) rowWriter
	rowsOf(*Rows) reflect.Value // the table's slice in a Rows, invalid for derived tables
	read(files []string, into *Rows) error
}

type rowWriter interface {
	write(*Rows) (int, error)
	Flush() error
	Close() error
}

type tableOf[T any] struct {
	name    string
	rows    func(*Rows) *[]T
	columns []Column
}

func define[T any](name string, rows func(*Rows) *[]T) Table {
	t := &tableOf[T]{name: name, rows: rows}
	rt := reflect.TypeFor[T]()
	for i := range rt.NumField() {
		f := rt.Field(i)
		tag, ok := f.Tag.Lookup("parquet")
		if !ok || tag == "-" {
			continue
		}
		parts := strings.Split(tag, ",")
		c := Column{Name: parts[0], Field: f.Name, dump: f.Tag.Get("dump"), index: i}
		if c.Name == "" {
			c.Name = f.Name
		}
		opts := map[string]bool{}
		for _, p := range parts[1:] {
			opts[p] = true
		}
		if opts["enum"] {
			panic(fmt.Sprintf("table %s: column %s has the enum tag, which Arrow readers see as binary", name, c.Name))
		}
		c.Nullable = opts["optional"] || f.Type.Kind() == reflect.Pointer
		if opts["optional"] && f.Type.Kind() == reflect.Pointer && f.Type.Elem().Kind() == reflect.String {
			panic(fmt.Sprintf("table %s: column %s: use string with the optional tag, not *string", name, c.Name))
		}
		c.Type = columnType(f.Type, opts)
		t.columns = append(t.columns, c)
	}
	return t
}

func columnType(ft reflect.Type, opts map[string]bool) string {
	if ft.Kind() == reflect.Pointer {
		ft = ft.Elem()
	}
	switch {
	case opts["date"]:
		if ft.Kind() != reflect.Int32 {
			panic("a DATE column must be int32 days since 1970-01-01, not " + ft.String())
		}
		return "date"
	case ft.Kind() == reflect.String:
		return "string"
	case ft.Kind() == reflect.Int32:
		return "int32"
	case ft.Kind() == reflect.Float64:
		return "double"
	case ft.Kind() == reflect.Bool:
		return "bool"
	case ft.Kind() == reflect.Slice && ft.Elem().Kind() == reflect.String:
		return "list<string>"
	case ft.Kind() == reflect.Int, ft.Kind() == reflect.Int64, ft.Kind() == reflect.Uint32, ft.Kind() == reflect.Uint64:
		panic("use int32 columns (signed, INTEGER in DuckDB), not " + ft.String())
	}
	return ft.String()
}

func (t *tableOf[T]) Name() string            { return t.name }
func (t *tableOf[T]) Columns() []Column       { return append([]Column(nil), t.columns...) }
func (t *tableOf[T]) Schema() *parquet.Schema { return parquet.SchemaOf(new(T)) }

func (t *tableOf[T]) rowsOf(r *Rows) reflect.Value {
	if t.rows == nil {
		return reflect.Value{}
	}
	return reflect.ValueOf(t.rows(r)).Elem()
}

// rowsWriter writes through Schema.Deconstruct, one row at a time, not
// GenericWriter's columnar fast path: in parquet-go v0.32 that path loses
// some NULLs of optional non-pointer strings (a run like "", "K", "" comes
// back as NULL, 'K', ”), and nullable strings are what notebooks rely on.
// TestDuckDBTypesAndNulls and TestRoundTrip catch a return of it. The
// per-document tables go through columnsWriter, which gives the column
// writers the same values without reflection; rowsWriter writes the rest
// (people_registry, whose titles are a list of structs).
type rowsWriter[T any] struct {
	*parquet.Writer
	rows func(*Rows) *[]T
	buf  []parquet.Row
}

func (w *rowsWriter[T]) write(r *Rows) (int, error) { return w.writeSlice(*w.rows(r)) }

// writeSlice deconstructs rows into buffers kept from the last call: the
// writer copies every value it is given into its column buffers, so a
// row's values can be overwritten once WriteRows returns, and a run does
// not allocate (and collect) one row of values per row written.
func (w *rowsWriter[T]) writeSlice(rows []T) (int, error) {
	if cap(w.buf) < len(rows) {
		w.buf = append(w.buf[:cap(w.buf)], make([]parquet.Row, len(rows)-cap(w.buf))...)
	}
	w.buf = w.buf[:len(rows)]
	s := w.Schema()
	for i := range rows {
		w.buf[i] = s.Deconstruct(w.buf[i][:0], &rows[i])
	}
	n, err := w.WriteRows(w.buf)
	if len(rows) > keepRows {
		w.buf = nil // one huge document should not pin its rows' values
	}
	return n, err
}

// keepRows caps the row buffers a table writer keeps between documents.
const keepRows = 4096

func (t *tableOf[T]) newWriter(f io.Writer) rowWriter {
	opts := writerOptions(t.name)
	if w := newColumnsWriter(f, t.rows, opts); w != nil {
		return w
	}
	return newRowsWriter(f, t.rows, opts...)
}

// newRowsWriter writes with opts, or with writerOptions("") when none are
// given.
func newRowsWriter[T any](f io.Writer, rows func(*Rows) *[]T, opts ...parquet.WriterOption) *rowsWriter[T] {
	if len(opts) == 0 {
		opts = writerOptions("")
	}
	return &rowsWriter[T]{Writer: parquet.NewWriter(f, append([]parquet.WriterOption{parquet.SchemaOf(new(T))}, opts...)...), rows: rows}
}

func (t *tableOf[T]) read(files []string, into *Rows) error {
	dst := t.rows(into)
	for _, f := range files {
		rows, err := parquet.ReadFile[T](f)
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		*dst = append(*dst, rows...)
	}
	return nil
}
