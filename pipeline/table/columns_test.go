package table

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/format"
)

// fill sets every field of the row at v to a value that depends on i:
// strings empty every third row (NULL in an optional column) and repeating
// otherwise (so dictionaries are used), pointers nil every fourth row,
// lists nil, empty, or of one to three strings.
func fill(v reflect.Value, i int) {
	for k := range v.NumField() {
		f := v.Field(k)
		switch f.Kind() {
		case reflect.String:
			if (i+k)%3 != 0 {
				f.SetString(fmt.Sprintf("%c-%d", 'a'+k, (i*7+k)%23))
			}
		case reflect.Int32:
			f.SetInt(int64(i*31%1000 - 500))
		case reflect.Float64:
			f.SetFloat(float64(i) / 8)
		case reflect.Bool:
			f.SetBool((i+k)%2 == 1)
		case reflect.Pointer:
			if (i+k)%4 != 0 {
				p := reflect.New(f.Type().Elem())
				switch p.Elem().Kind() {
				case reflect.Int32:
					p.Elem().SetInt(int64(i - 100))
				case reflect.Float64:
					p.Elem().SetFloat(float64(i) * 1.5)
				case reflect.Bool:
					p.Elem().SetBool(i%3 == 0)
				}
				f.Set(p)
			}
		case reflect.Slice:
			switch (i + k) % 4 {
			case 0: // nil
			case 1:
				f.Set(reflect.MakeSlice(f.Type(), 0, 0))
			default:
				s := reflect.MakeSlice(f.Type(), (i+k)%4-1+i%2, 3)
				for j := range s.Len() {
					s.Index(j).SetString(fmt.Sprintf("e%d", (i+j)%5))
				}
				f.Set(s)
			}
		}
	}
}

// sameAsDeconstruct writes the same rows, in batches of varied sizes (one
// to 200 rows, as documents come), through columnsWriter and through
// Schema.Deconstruct and Writer.WriteRows, and wants the same bytes. The
// rows pass a row group's limit, and a row group is also ended by hand
// on the way, as the documents table does.
func sameAsDeconstruct[T any](t *testing.T, name string, n int) {
	t.Run(name, func(t *testing.T) {
		rows := make([]T, n)
		for i := range rows {
			fill(reflect.ValueOf(&rows[i]).Elem(), i)
		}
		var fast, slow bytes.Buffer
		cw := newColumnsWriter[T](&fast, nil, writerOptions(name))
		if cw == nil {
			t.Fatalf("%s is not written by columnsWriter", name)
		}
		rw := newRowsWriter[T](&slow, nil, writerOptions(name)...)
		for i, b := 0, 0; i < len(rows); b++ {
			end := min(len(rows), i+1+b*37%200)
			if _, err := cw.writeSlice(rows[i:end]); err != nil {
				t.Fatal(err)
			}
			if _, err := rw.writeSlice(rows[i:end]); err != nil {
				t.Fatal(err)
			}
			if b%50 == 49 {
				if err := cw.Flush(); err != nil {
					t.Fatal(err)
				}
				if err := rw.Flush(); err != nil {
					t.Fatal(err)
				}
			}
			i = end
		}
		if err := cw.Close(); err != nil {
			t.Fatal(err)
		}
		if err := rw.Close(); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(fast.Bytes(), slow.Bytes()) {
			t.Errorf("columnsWriter wrote %d bytes, Deconstruct %d, not the same", fast.Len(), slow.Len())
		}
	})
}

// TestColumnsWriterBatches: rows taken a document at a time through write,
// which hands them on in batches of several documents, come back from the
// file as they went in, in the same row groups: a row group ends after
// maxRowsPerRowGroup rows and where Flush is called, not where a batch
// happens to end. Documents have from no rows to a few hundred (one
// larger than a batch, one larger than a row group's rest).
func TestColumnsWriterBatches(t *testing.T) {
	var buf bytes.Buffer
	w := newColumnsWriter[FigureRow](&buf, func(r *Rows) *[]FigureRow { return &r.Figures }, writerOptions("figures"))
	var all []FigureRow
	var groups []int // rows in each row group, as they should be
	inGroup := 0
	for d := 0; len(all) < maxRowsPerRowGroup+5000; d++ {
		n := d * 7 % 13
		if d%50 == 7 {
			n = 300
		}
		doc := Rows{Documents: []DocumentRow{{DocID: fmt.Sprint(d), Text: strings.Repeat("x", d%5000)}}}
		for range n {
			var f FigureRow
			fill(reflect.ValueOf(&f).Elem(), len(all))
			doc.Figures = append(doc.Figures, f)
			all = append(all, f)
		}
		if got, err := w.write(&doc); err != nil || got != n {
			t.Fatalf("write of document %d: %d rows, %v; want %d", d, got, err, n)
		}
		for k := n; k > 0; {
			take := min(k, maxRowsPerRowGroup-inGroup)
			inGroup += take
			k -= take
			if inGroup == maxRowsPerRowGroup && k > 0 {
				groups = append(groups, inGroup)
				inGroup = 0
			}
		}
		if d%500 == 499 && inGroup > 0 { // as Writer.Add does for the documents table
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
			groups = append(groups, inGroup)
			inGroup = 0
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	groups = append(groups, inGroup)
	f, err := parquet.OpenFile(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, rg := range f.RowGroups() {
		got = append(got, int(rg.NumRows()))
	}
	if !slices.Equal(got, groups) {
		t.Errorf("row groups of %v rows, want %v", got, groups)
	}
	rows, err := parquet.Read[FigureRow](bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(all) {
		t.Fatalf("%d rows read back, %d written", len(rows), len(all))
	}
	for i := range all {
		if !reflect.DeepEqual(rows[i], all[i]) {
			t.Fatalf("row %d read back as %+v, written %+v", i, rows[i], all[i])
		}
	}
}

func TestColumnsWriterSameBytes(t *testing.T) {
	n := 3000
	sameAsDeconstruct[DocumentRow](t, "documents", n)
	sameAsDeconstruct[PersonRow](t, "people", maxRowsPerRowGroup+n) // into a second row group
	sameAsDeconstruct[TitleRow](t, "titles", n)
	sameAsDeconstruct[DateRow](t, "dates", n)
	sameAsDeconstruct[DocRefRow](t, "document_refs", n)
	sameAsDeconstruct[FigureRow](t, "figures", n)
	sameAsDeconstruct[EntityRow](t, "entities", n)
	sameAsDeconstruct[RelationRow](t, "relations", n)
	if len(perDocument) != 8 {
		t.Errorf("%d per-document tables, 8 checked here: add the new one", len(perDocument))
	}
}

// TestColumnsWriterSameBytesThroughLevels: the same when every value is
// made through Value.Level, as where parquet.Value's fields have moved.
func TestColumnsWriterSameBytesThroughLevels(t *testing.T) {
	defer func(was bool) { dataInPlace = was }(dataInPlace)
	dataInPlace = false
	sameAsDeconstruct[DocumentRow](t, "documents", 500)
	sameAsDeconstruct[DateRow](t, "dates", 500)
	sameAsDeconstruct[FigureRow](t, "figures", 500)
}

// TestValueDataInPlace: parquet.Value keeps its data where valueData
// mirrors it, so appendColumn sets the data of a model value instead of
// calling Value.Level for every value. When a new parquet-go moves the
// fields the files stay the same, only slower to write: change valueData.
func TestValueDataInPlace(t *testing.T) {
	if !dataInPlace {
		t.Error("parquet.Value does not start with the data fields valueData mirrors")
	}
}

// encodingsOf writes 500 filled rows of T through the table's writer and
// returns each column's encodings in the file.
func encodingsOf[T any](t *testing.T, name string) map[string][]format.Encoding {
	rows := make([]T, 500)
	for i := range rows {
		fill(reflect.ValueOf(&rows[i]).Elem(), i)
	}
	var buf bytes.Buffer
	w := newColumnsWriter[T](&buf, nil, writerOptions(name))
	if _, err := w.writeSlice(rows); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	f, err := parquet.OpenFile(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]format.Encoding{}
	for _, col := range f.Metadata().RowGroups[0].Columns {
		out[strings.Join(col.MetaData.PathInSchema, ".")] = col.MetaData.Encoding
	}
	return out
}

// TestEncodingsPerColumn: outside documents, doc_id is written without a
// dictionary, and sentence, start and end as DELTA_BINARY_PACKED in the
// tables of mentions, PLAIN in relations (see schema.go).
func TestEncodingsPerColumn(t *testing.T) {
	all := map[string]map[string][]format.Encoding{
		"people":        encodingsOf[PersonRow](t, "people"),
		"titles":        encodingsOf[TitleRow](t, "titles"),
		"dates":         encodingsOf[DateRow](t, "dates"),
		"document_refs": encodingsOf[DocRefRow](t, "document_refs"),
		"figures":       encodingsOf[FigureRow](t, "figures"),
		"entities":      encodingsOf[EntityRow](t, "entities"),
		"relations":     encodingsOf[RelationRow](t, "relations"),
	}
	if len(all) != len(perDocument)-1 {
		t.Errorf("%d tables checked, %d per-document tables besides documents", len(all), len(perDocument)-1)
	}
	for name, encs := range all {
		if id := encs["doc_id"]; slices.Contains(id, format.RLEDictionary) || !slices.Contains(id, format.DeltaLengthByteArray) {
			t.Errorf("%s.doc_id is encoded %v, want DELTA_LENGTH_BYTE_ARRAY and no dictionary", name, id)
		}
		want := format.DeltaBinaryPacked
		if name == "relations" {
			want = format.Plain
		}
		for _, c := range []string{"sentence", "start", "end"} {
			if got := encs[c]; !slices.Equal(got, []format.Encoding{want}) {
				t.Errorf("%s.%s is encoded %v, want %v", name, c, got, want)
			}
		}
		if rule := encs["rule"]; !slices.Contains(rule, format.RLEDictionary) {
			t.Errorf("%s.rule is encoded %v, want a dictionary", name, rule)
		}
	}
}

// TestColumnsWriterLeavesNested: a row struct with a nested list (the
// registry's) is left to Deconstruct.
func TestColumnsWriterLeavesNested(t *testing.T) {
	if newColumnsWriter[RegistryRow](&bytes.Buffer{}, nil, writerOptions("")) != nil {
		t.Error("columnsWriter took RegistryRow, whose titles are a list of structs")
	}
}

// TestCompressionPerTable: every column of every per-document table is
// zstd (the writer's codec: a column without it would be left
// uncompressed), and no row struct names a codec of its own, which would
// override the table's level.
func TestCompressionPerTable(t *testing.T) {
	for _, tb := range perDocument {
		for _, c := range tb.Columns() {
			f, _ := tb.rowsOf(&Rows{}).Type().Elem().FieldByName(c.Field)
			for _, opt := range strings.Split(f.Tag.Get("parquet"), ",")[1:] {
				switch opt {
				case "zstd", "snappy", "gzip", "brotli", "lz4", "uncompressed":
					t.Errorf("%s.%s has the codec tag %s: the table's writer options set the codec", tb.Name(), c.Name, opt)
				}
			}
		}
	}
	dir := filepath.Join(t.TempDir(), "out")
	var all Rows
	for i := range 50 {
		all.Append(docRows(i))
	}
	if _, err := Write(dir, all); err != nil {
		t.Fatal(err)
	}
	for _, tb := range perDocument {
		f, err := os.Open(filepath.Join(dir, tb.Name()+".parquet"))
		if err != nil {
			t.Fatal(err)
		}
		st, _ := f.Stat()
		pf, err := parquet.OpenFile(f, st.Size())
		if err != nil {
			t.Fatal(err)
		}
		for _, rg := range pf.Metadata().RowGroups {
			for _, col := range rg.Columns {
				if col.MetaData.Codec != format.Zstd {
					t.Errorf("%s.%s is %s, want ZSTD", tb.Name(), strings.Join(col.MetaData.PathInSchema, "."), col.MetaData.Codec)
				}
			}
		}
		f.Close()
	}
}
