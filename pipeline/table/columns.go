package table

import (
	"io"
	"math"
	"reflect"
	"slices"
	"strings"
	"unsafe"

	"github.com/parquet-go/parquet-go"
)

// columnsWriter writes a table's rows straight into the Parquet writer's
// column writers, one column at a time. It hands each column writer the
// same values, in the same calls, as Schema.Deconstruct followed by
// Writer.WriteRows (at most 64 rows a call, a new row group when one is
// full), so the file is the same bytes; what it saves is the reflection
// that walks every field of every row, the two slices Deconstruct
// allocates a row (about 1 KB a row in a wide table: the bulk of the
// writers' garbage) and the regrouping of each row's values by column.
//
// It reads each field at its offset in the row struct, so it covers only
// the kinds of field the row structs use (see leafOf); a table with any
// other kind is written by rowsWriter.
type columnsWriter[T any] struct {
	*parquet.Writer
	rows    func(*Rows) *[]T
	cols    []*parquet.ColumnWriter
	leaves  []leaf
	vals    []parquet.Value // one column's values for one call, reused
	maxRows int             // rows in a row group
	inGroup int             // rows in the current row group
	// rows of the last documents, not yet handed to the column writers
	// (see write), and how many documents they come from
	batch []T
	docs  int
	text  int // bytes of those documents' text
}

// rowsPerWrite is how many rows Writer.WriteRows hands each column writer
// at a time: a page is flushed, if full, only between such calls, so the
// same grouping gives the same pages.
const rowsPerWrite = 64

// leaf is one column of a flat row struct: where its field is and how its
// values are made.
type leaf struct {
	offset uintptr
	kind   leafKind
	column int
	// the column's NULL and, for appendColumn, a value of its kind at
	// the levels of a present value (for a list, of its first string)
	// and of a list's later strings: made once, since appendColumn runs
	// for every column of every document and most documents have a few
	// rows
	null, model, more parquet.Value
	// buf holds the column's values of one call (rowsPerWrite rows),
	// each made from model once: fillColumn sets only their data
	buf []parquet.Value
}

type leafKind uint8

const (
	leafString     leafKind = iota // string, required
	leafOptString                  // string, optional: "" is NULL
	leafInt32                      // int32 (INT32 or DATE), required
	leafFloat64                    // float64, required
	leafBool                       // bool, required
	leafOptInt32                   // *int32, optional: nil is NULL
	leafOptFloat64                 // *float64, optional
	leafOptBool                    // *bool, optional
	leafStrings                    // []string as a required LIST of required strings
)

// leavesOf maps every column of schema (derived from T) to its field in T,
// or reports false when some column is not one of the kinds columnsWriter
// writes.
func leavesOf[T any](schema *parquet.Schema) ([]leaf, bool) {
	rt := reflect.TypeFor[T]()
	fields := map[string]reflect.StructField{}
	for i := range rt.NumField() {
		f := rt.Field(i)
		tag, ok := f.Tag.Lookup("parquet")
		if !ok || tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		fields[name] = f
	}
	var leaves []leaf
	for _, path := range schema.Columns() {
		col, ok := schema.Lookup(path...)
		f, found := fields[path[0]]
		if !ok || !found {
			return nil, false
		}
		kind, ok := leafOf(f.Type, col, len(path))
		if !ok || col.ColumnIndex != len(leaves) {
			return nil, false
		}
		leaves = append(leaves, newLeaf(f.Offset, kind, col.ColumnIndex))
	}
	return leaves, len(leaves) == len(fields)
}

// leafOf is the kind of a field whose column is col, depth names deep in
// the schema, if columnsWriter writes it: the Go type, the Parquet type and
// the levels must all agree.
func leafOf(t reflect.Type, col parquet.LeafColumn, depth int) (leafKind, bool) {
	pk := col.Node.Type().Kind()
	rep, def := col.MaxRepetitionLevel, col.MaxDefinitionLevel
	flat := rep == 0 && depth == 1
	switch {
	case t.Kind() == reflect.String && pk == parquet.ByteArray && flat && def == 0:
		return leafString, true
	case t.Kind() == reflect.String && pk == parquet.ByteArray && flat && def == 1:
		return leafOptString, true
	case t.Kind() == reflect.Int32 && pk == parquet.Int32 && flat && def == 0:
		return leafInt32, true
	case t.Kind() == reflect.Float64 && pk == parquet.Double && flat && def == 0:
		return leafFloat64, true
	case t.Kind() == reflect.Bool && pk == parquet.Boolean && flat && def == 0:
		return leafBool, true
	case t.Kind() == reflect.Pointer && flat && def == 1:
		switch {
		case t.Elem().Kind() == reflect.Int32 && pk == parquet.Int32:
			return leafOptInt32, true
		case t.Elem().Kind() == reflect.Float64 && pk == parquet.Double:
			return leafOptFloat64, true
		case t.Elem().Kind() == reflect.Bool && pk == parquet.Boolean:
			return leafOptBool, true
		}
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.String && pk == parquet.ByteArray &&
		rep == 1 && def == 1 && depth == 3:
		return leafStrings, true
	}
	return 0, false
}

func newLeaf(offset uintptr, kind leafKind, c int) leaf {
	l := leaf{offset: offset, kind: kind, column: c, null: parquet.NullValue().Level(0, 0, c)}
	switch kind {
	case leafString:
		l.model = parquet.ByteArrayValue(nil).Level(0, 0, c)
	case leafOptString:
		l.model = parquet.ByteArrayValue(nil).Level(0, 1, c)
	case leafInt32:
		l.model = parquet.Int32Value(0).Level(0, 0, c)
	case leafFloat64:
		l.model = parquet.DoubleValue(0).Level(0, 0, c)
	case leafOptInt32:
		l.model = parquet.Int32Value(0).Level(0, 1, c)
	case leafOptFloat64:
		l.model = parquet.DoubleValue(0).Level(0, 1, c)
	case leafBool:
		l.model = parquet.BooleanValue(false).Level(0, 0, c)
	case leafOptBool:
		l.model = parquet.BooleanValue(false).Level(0, 1, c)
	case leafStrings:
		l.model, l.more = parquet.ByteArrayValue(nil).Level(0, 1, c), parquet.ByteArrayValue(nil).Level(1, 1, c)
	}
	return l
}

// newColumnsWriter is a columnsWriter for T, or nil when T has a field it
// does not write.
func newColumnsWriter[T any](f io.Writer, rows func(*Rows) *[]T, opts []parquet.WriterOption) *columnsWriter[T] {
	schema := parquet.SchemaOf(new(T))
	leaves, ok := leavesOf[T](schema)
	if !ok {
		return nil
	}
	w := parquet.NewWriter(f, append([]parquet.WriterOption{schema}, opts...)...)
	return &columnsWriter[T]{Writer: w, rows: rows, cols: w.ColumnWriters(), leaves: leaves, maxRows: maxRowsPerRowGroup}
}

// write takes one document's rows. They are copied into a batch that is
// handed to the column writers once it holds rowsPerWrite rows, batchDocs
// documents or batchText bytes of their text: most documents have a few rows a table, and each
// call into a column writer has a cost of its own (the buffer's growth,
// the dictionary's and the levels' setup) that a few values did not
// repay. Rows are counted as taken; an error in writing them is returned
// by the call that writes the batch, a later write, Flush or Close.
func (w *columnsWriter[T]) write(r *Rows) (int, error) {
	rows := *w.rows(r)
	if len(rows) == 0 {
		return 0, nil
	}
	w.batch = append(w.batch, rows...)
	w.docs++
	for _, d := range r.Documents {
		w.text += len(d.Text)
	}
	if len(w.batch) < rowsPerWrite && w.docs < batchDocs && w.text < batchText {
		return len(rows), nil
	}
	return len(rows), w.writeBatch()
}

// batchDocs and batchText cap the documents whose rows wait in a batch,
// and their text: the rows' strings keep their documents' text alive.
const (
	batchDocs = 16
	batchText = 4 << 20
)

// writeBatch hands the batch to the column writers.
func (w *columnsWriter[T]) writeBatch() error {
	if len(w.batch) == 0 {
		return nil
	}
	_, err := w.writeSlice(w.batch)
	clear(w.batch) // the rows point into their documents' strings
	w.batch, w.docs, w.text = w.batch[:0], 0, 0
	if cap(w.batch) > keepRows {
		w.batch = nil
	}
	return err
}

// writeSlice writes rows in calls of at most rowsPerWrite rows, starting a
// row group first when the current one is full, as Writer.WriteRows does.
func (w *columnsWriter[T]) writeSlice(rows []T) (int, error) {
	written := 0
	for written < len(rows) {
		if w.inGroup >= w.maxRows {
			if err := w.endGroup(); err != nil {
				return written, err
			}
		}
		n := min(len(rows)-written, rowsPerWrite, w.maxRows-w.inGroup)
		first, size := unsafe.Pointer(&rows[written]), unsafe.Sizeof(rows[0])
		for i := range w.leaves {
			l := &w.leaves[i]
			if l.inPlace() {
				vals := l.fillColumn(first, n, size)
				_, err := w.cols[l.column].WriteRowValues(vals)
				l.release(vals)
				if err != nil {
					return written, err
				}
				continue
			}
			vals := l.appendColumn(w.vals[:0], first, n, size)
			_, err := w.cols[l.column].WriteRowValues(vals)
			clear(vals) // the values point into the rows' strings
			w.vals = vals[:0]
			if err != nil {
				return written, err
			}
		}
		w.inGroup += n
		written += n
	}
	if cap(w.vals) > keepRows {
		w.vals = nil
	}
	return written, nil
}

// Flush ends the row group after the rows taken so far.
func (w *columnsWriter[T]) Flush() error {
	if err := w.writeBatch(); err != nil {
		return err
	}
	return w.endGroup()
}

// endGroup ends the row group.
func (w *columnsWriter[T]) endGroup() error {
	w.inGroup = 0
	return w.Writer.Flush()
}

// Close writes the rows taken so far and ends the file.
func (w *columnsWriter[T]) Close() error {
	if err := w.writeBatch(); err != nil {
		return err
	}
	return w.Writer.Close()
}

// inPlace reports whether l's values are made by fillColumn: a column of
// one value a row (not a list), on a parquet-go whose values fillColumn
// knows how to fill (see dataInPlace).
func (l *leaf) inPlace() bool { return dataInPlace && l.kind != leafStrings }

// fillColumn is appendColumn for a column of one value a row, into l.buf:
// a required column's values are copies of the model made once, so a
// call stores only each value's data words (appendColumn copied the whole
// value, appended it, and cleared the slice after the write); an optional
// column's value is the model or the NULL, whichever the row has.
func (l *leaf) fillColumn(first unsafe.Pointer, n int, size uintptr) []parquet.Value {
	if l.buf == nil {
		l.buf = make([]parquet.Value, rowsPerWrite)
		for i := range l.buf {
			l.buf[i] = l.model
		}
	}
	vals := l.buf[:n]
	field := func(i int) unsafe.Pointer { return unsafe.Add(first, uintptr(i)*size+l.offset) }
	model, null := l.model, l.null
	switch l.kind {
	case leafString:
		for i := range vals {
			s := *(*string)(field(i))
			d := (*valueData)(unsafe.Pointer(&vals[i]))
			d.ptr, d.u64 = unsafe.StringData(s), uint64(len(s))
		}
	case leafOptString:
		for i := range vals {
			if s := *(*string)(field(i)); s != "" {
				vals[i] = withString(model, s)
			} else {
				vals[i] = null
			}
		}
	case leafInt32:
		for i := range vals {
			(*valueData)(unsafe.Pointer(&vals[i])).u64 = uint64(*(*int32)(field(i)))
		}
	case leafFloat64:
		for i := range vals {
			(*valueData)(unsafe.Pointer(&vals[i])).u64 = math.Float64bits(*(*float64)(field(i)))
		}
	case leafBool:
		for i := range vals {
			(*valueData)(unsafe.Pointer(&vals[i])).u64 = boolBits(*(*bool)(field(i)))
		}
	case leafOptInt32:
		for i := range vals {
			if v := *(**int32)(field(i)); v != nil {
				vals[i] = withBits(model, uint64(*v))
			} else {
				vals[i] = null
			}
		}
	case leafOptFloat64:
		for i := range vals {
			if v := *(**float64)(field(i)); v != nil {
				vals[i] = withBits(model, math.Float64bits(*v))
			} else {
				vals[i] = null
			}
		}
	case leafOptBool:
		for i := range vals {
			if v := *(**bool)(field(i)); v != nil {
				vals[i] = withBits(model, boolBits(*v))
			} else {
				vals[i] = null
			}
		}
	}
	return vals
}

// release drops what vals, just written, point to: the strings of rows
// that may be long gone when a later document has fewer rows, and whose
// texts the values would keep alive. The model's other fields stay.
func (l *leaf) release(vals []parquet.Value) {
	if l.kind != leafString && l.kind != leafOptString {
		return
	}
	for i := range vals {
		(*valueData)(unsafe.Pointer(&vals[i])).ptr = nil
	}
}

// appendColumn appends the values of l's column in the n rows of size
// bytes from first on, with the levels Schema.Deconstruct gives them: one
// loop per kind of field, since this runs for every value written. Each
// value is a copy of a model made once with the column's kind and levels
// (Value.Level is not inlined, and was a third of this loop) with only its
// data set, see valueData.
func (l leaf) appendColumn(vals []parquet.Value, first unsafe.Pointer, n int, size uintptr) []parquet.Value {
	if !dataInPlace {
		return l.appendColumnLevels(vals, first, n, size)
	}
	field := func(i int) unsafe.Pointer { return unsafe.Add(first, uintptr(i)*size+l.offset) }
	model, null := l.model, l.null
	vals = slices.Grow(vals, n)
	switch l.kind {
	case leafString:
		for i := range n {
			vals = append(vals, withString(model, *(*string)(field(i))))
		}
	case leafOptString:
		for i := range n {
			if s := *(*string)(field(i)); s != "" {
				vals = append(vals, withString(model, s))
			} else {
				vals = append(vals, null)
			}
		}
	case leafInt32:
		for i := range n {
			vals = append(vals, withBits(model, uint64(*(*int32)(field(i)))))
		}
	case leafFloat64:
		for i := range n {
			vals = append(vals, withBits(model, math.Float64bits(*(*float64)(field(i)))))
		}
	case leafOptInt32:
		for i := range n {
			if v := *(**int32)(field(i)); v != nil {
				vals = append(vals, withBits(model, uint64(*v)))
			} else {
				vals = append(vals, null)
			}
		}
	case leafOptFloat64:
		for i := range n {
			if v := *(**float64)(field(i)); v != nil {
				vals = append(vals, withBits(model, math.Float64bits(*v)))
			} else {
				vals = append(vals, null)
			}
		}
	case leafStrings:
		more := l.more
		for i := range n {
			list := *(*[]string)(field(i))
			for k, s := range list {
				if k == 0 {
					vals = append(vals, withString(model, s))
				} else {
					vals = append(vals, withString(more, s))
				}
			}
			if len(list) == 0 {
				vals = append(vals, null)
			}
		}
	case leafBool:
		for i := range n {
			vals = append(vals, withBits(model, boolBits(*(*bool)(field(i)))))
		}
	case leafOptBool:
		for i := range n {
			if v := *(**bool)(field(i)); v != nil {
				vals = append(vals, withBits(model, boolBits(*v)))
			} else {
				vals = append(vals, null)
			}
		}
	}
	return vals
}

// boolBits is a BOOLEAN value's data word.
func boolBits(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// appendColumnLevels is appendColumn through Value.Level for every value:
// what appendColumn does where valueData does not hold.
func (l leaf) appendColumnLevels(vals []parquet.Value, first unsafe.Pointer, n int, size uintptr) []parquet.Value {
	c := l.column
	field := func(i int) unsafe.Pointer { return unsafe.Add(first, uintptr(i)*size+l.offset) }
	null := parquet.NullValue().Level(0, 0, c)
	switch l.kind {
	case leafString:
		for i := range n {
			vals = append(vals, stringValue(*(*string)(field(i))).Level(0, 0, c))
		}
	case leafOptString:
		for i := range n {
			if s := *(*string)(field(i)); s != "" {
				vals = append(vals, stringValue(s).Level(0, 1, c))
			} else {
				vals = append(vals, null)
			}
		}
	case leafInt32:
		for i := range n {
			vals = append(vals, parquet.Int32Value(*(*int32)(field(i))).Level(0, 0, c))
		}
	case leafFloat64:
		for i := range n {
			vals = append(vals, parquet.DoubleValue(*(*float64)(field(i))).Level(0, 0, c))
		}
	case leafBool:
		for i := range n {
			vals = append(vals, parquet.BooleanValue(*(*bool)(field(i))).Level(0, 0, c))
		}
	case leafOptInt32:
		for i := range n {
			if v := *(**int32)(field(i)); v != nil {
				vals = append(vals, parquet.Int32Value(*v).Level(0, 1, c))
			} else {
				vals = append(vals, null)
			}
		}
	case leafOptFloat64:
		for i := range n {
			if v := *(**float64)(field(i)); v != nil {
				vals = append(vals, parquet.DoubleValue(*v).Level(0, 1, c))
			} else {
				vals = append(vals, null)
			}
		}
	case leafOptBool:
		for i := range n {
			if v := *(**bool)(field(i)); v != nil {
				vals = append(vals, parquet.BooleanValue(*v).Level(0, 1, c))
			} else {
				vals = append(vals, null)
			}
		}
	case leafStrings:
		for i := range n {
			list := *(*[]string)(field(i))
			for k, s := range list {
				vals = append(vals, stringValue(s).Level(min(k, 1), 1, c))
			}
			if len(list) == 0 {
				vals = append(vals, null)
			}
		}
	}
	return vals
}

// valueData mirrors the first two fields of parquet.Value: the data word
// (a byte array's address) and the 64-bit one (its length, or an INT32's
// or DOUBLE's bits), which parquet.Value keeps unexported. appendColumn
// sets only these in a model value that parquet-go made with the column's
// kind and levels (leaf.model), and does so only when dataInPlace has checked, on this
// build of parquet-go, that the fields are where it writes them.
type valueData struct {
	ptr *byte
	u64 uint64
}

func withString(model parquet.Value, s string) parquet.Value {
	d := (*valueData)(unsafe.Pointer(&model))
	d.ptr, d.u64 = unsafe.StringData(s), uint64(len(s))
	return model
}

func withBits(model parquet.Value, bits uint64) parquet.Value {
	(*valueData)(unsafe.Pointer(&model)).u64 = bits
	return model
}

// dataInPlace reports whether parquet.Value starts with the fields
// valueData mirrors, and whether values built from a model with them
// equal those parquet-go builds, for every kind appendColumn builds so.
var dataInPlace = func() bool {
	vt := reflect.TypeFor[parquet.Value]()
	if vt.NumField() < 2 {
		return false
	}
	p, u := vt.Field(0), vt.Field(1)
	if p.Name != "ptr" || p.Offset != 0 || p.Type != reflect.TypeFor[*byte]() ||
		u.Name != "u64" || u.Offset != unsafe.Offsetof(valueData{}.u64) || u.Type != reflect.TypeFor[uint64]() {
		return false
	}
	s := "a value" // any bytes: the check is of the layout, not of the text
	f, i := -2.5, int32(-42)
	for _, c := range []struct{ made, want parquet.Value }{
		{withString(parquet.ByteArrayValue(nil).Level(1, 1, 7), s), stringValue(s).Level(1, 1, 7)},
		{withBits(parquet.Int32Value(0).Level(0, 1, 3), uint64(i)), parquet.Int32Value(i).Level(0, 1, 3)},
		{withBits(parquet.DoubleValue(0).Level(0, 0, 2), math.Float64bits(f)), parquet.DoubleValue(f).Level(0, 0, 2)},
		{withBits(parquet.BooleanValue(false).Level(0, 1, 5), boolBits(true)), parquet.BooleanValue(true).Level(0, 1, 5)},
		{withBits(parquet.BooleanValue(false).Level(0, 0, 5), boolBits(false)), parquet.BooleanValue(false).Level(0, 0, 5)},
	} {
		if *(*[unsafe.Sizeof(parquet.Value{})]byte)(unsafe.Pointer(&c.made)) != *(*[unsafe.Sizeof(parquet.Value{})]byte)(unsafe.Pointer(&c.want)) {
			return false
		}
	}
	return true
}()

// stringValue is a BYTE_ARRAY value reading s in place, as Deconstruct
// makes it: the column writer copies the bytes before the call returns.
func stringValue(s string) parquet.Value {
	return parquet.ByteArrayValue(unsafe.Slice(unsafe.StringData(s), len(s)))
}
