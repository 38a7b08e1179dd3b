package table_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/doc"
	"github.com/vnextract/vnextract/pipeline/table"
)

func TestSchemas(t *testing.T) {
	seen := map[string]bool{}
	for _, tb := range table.Tables() {
		seen[tb.Name()] = true
		s := tb.Schema()
		if len(s.Fields()) != len(tb.Columns()) {
			t.Errorf("%s: Parquet schema has %d fields, the definition %d columns", tb.Name(), len(s.Fields()), len(tb.Columns()))
		}
		for _, f := range s.Fields() {
			if strings.Contains(f.Type().String(), "ENUM") {
				t.Errorf("%s.%s is an ENUM: Arrow readers see binary", tb.Name(), f.Name())
			}
		}
		for i, c := range tb.Columns() {
			if f := s.Fields()[i]; f.Name() != c.Name || f.Optional() != c.Nullable {
				t.Errorf("%s column %d: schema has %s (optional %v), the definition %s (nullable %v)", tb.Name(), i, f.Name(), f.Optional(), c.Name, c.Nullable)
			}
		}
	}
	for _, n := range table.Names {
		if !seen[n] {
			t.Errorf("table %s is named but has no definition", n)
		}
	}
}

// TestDumpShowsEveryColumn checks that the readable dump is driven by the
// row structs: a value put in any shown column appears in the dump.
func TestDumpShowsEveryColumn(t *testing.T) {
	day := int32(18953)
	r := table.Rows{
		Documents: []table.DocumentRow{{DocID: "d", Title: "T", URL: "u", Published: &day, Authors: []string{"A", "B"}, NSentences: 3}},
		Relations: []table.RelationRow{{DocID: "d", Subject: "S", SubjectKind: "person", Predicate: "appointed", Object: "O",
			ObjectKind: "title", Date: &day, DateValue: "2021-11-22", Sentence: 2, Start: 5, End: 9, Rule: "r/x"}},
		People: []table.PersonRow{{DocID: "d", Name: "N", Text: "N", Coref: true, Start: 1, End: 2, Rule: "p"}},
	}
	got := table.Dump(r)
	for _, want := range []string{
		"# document d\n", "url: u\n", "title: T\n", "published: 2021-11-22\n", "authors: A; B\n", "n_sentences: 3\n",
		"\n## people (1)\n1-2 «N» name=N coref [p]\n",
		"\n## relations (1)\n5-9 subject=S subject_kind=person predicate=appointed object=O object_kind=title date=2021-11-22 date_value=2021-11-22 [r/x]\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("dump lacks %q:\n%s", want, got)
		}
	}
	for _, not := range []string{"failed", "error", "encoding", "site", "honorific"} {
		if strings.Contains(got, not) {
			t.Errorf("dump shows the empty column %s:\n%s", not, got)
		}
	}
}

func TestDays(t *testing.T) {
	cases := []struct {
		d    doc.Date
		want int32
	}{
		{doc.Date{Year: 1970, Month: 1, Day: 1}, 0},
		{doc.Date{Year: 2021, Month: 11, Day: 22}, 18953},
		{doc.Date{Year: 1959, Month: 11, Day: 28}, -3687},
	}
	for _, c := range cases {
		if got := table.Days(c.d); got == nil || *got != c.want {
			t.Errorf("Days(%v) = %v, want %d", c.d, got, c.want)
		}
	}
	if table.Days(doc.Date{Month: 8, Day: 30}) != nil {
		t.Error("a day without a year has no DATE")
	}
}

// duckdb runs SQL through DuckDB's Node.js package, the independent reader
// the tables must satisfy. It skips when DuckDB is not installed (`make
// duckdb` installs it; CI does).
func duckdb(t *testing.T, sql ...string) [][]map[string]any {
	t.Helper()
	root, _ := filepath.Abs("../..")
	mod := filepath.Join(root, ".tools/duckdb/node_modules/@duckdb/node-api")
	if _, err := os.Stat(mod); err != nil {
		t.Skip("skipping: DuckDB is not installed (run `make duckdb`)")
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("skipping: node is not installed")
	}
	script := filepath.Join(root, ".tools/duckdb/query.mjs")
	src, err := os.ReadFile(filepath.Join(root, "testdata/duckdb/query.mjs"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(script, src, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("node", append([]string{script}, sql...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("duckdb: %v\n%s", err, out)
	}
	var res [][]map[string]any
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		var rows []map[string]any
		if err := json.Unmarshal([]byte(line), &rows); err != nil {
			t.Fatalf("duckdb output %q: %v", line, err)
		}
		res = append(res, rows)
	}
	return res
}

func TestDuckDBReadsTables(t *testing.T) {
	r, err := pipeline.New(extractors.Default())
	if err != nil {
		t.Fatal(err)
	}
	ins, err := pipeline.CollectFS(vnextract.DefaultCorpus())
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := r.Run(ins, nil)
	dir := t.TempDir()
	if _, err := table.Write(dir, rows); err != nil {
		t.Fatal(err)
	}
	f := func(name string) string { return "'" + filepath.Join(dir, name+".parquet") + "'" }
	types := func(name string) string {
		return "SELECT column_name AS c, column_type AS t FROM (DESCRIBE SELECT * FROM " + f(name) + ")"
	}
	res := duckdb(t,
		types("documents"), types("dates"), types("figures"), types("document_refs"), types("people_registry"),
		"SELECT CAST(date AS VARCHAR) AS d FROM "+f("dates")+" WHERE text = 'ngày 22/11/2021' LIMIT 1",
		"SELECT CAST(published AS VARCHAR) AS p, len(authors) AS n FROM "+f("documents")+" WHERE doc_id = 'seeds/001_d92ebf451fd9abb2'",
		"SELECT value, \"of\", percent FROM "+f("figures")+" WHERE \"of\" IS NOT NULL AND doc_id = 'seeds/001_d92ebf451fd9abb2'",
		"SELECT CAST(issued AS VARCHAR) AS i FROM "+f("document_refs")+" WHERE ref = '455-QĐ/TU' LIMIT 1",
		"SELECT count(*) AS n FROM "+f("titles")+" WHERE person = 'Nguyễn Văn Hòa' AND role = 'Chủ tịch'",
	)
	want := map[string]map[string]string{
		"documents":       {"doc_id": "VARCHAR", "published": "DATE", "authors": "VARCHAR[]", "warnings": "VARCHAR[]", "n_sentences": "INTEGER"},
		"dates":           {"date": "DATE", "value": "VARCHAR", "start": "INTEGER", "end": "INTEGER"},
		"figures":         {"value": "DOUBLE", "of": "DOUBLE", "percent": "DOUBLE", "consistent": "BOOLEAN"},
		"document_refs":   {"issued": "DATE", "ref": "VARCHAR"},
		"people_registry": {"doc_ids": "VARCHAR[]", "titles": "STRUCT(title VARCHAR, doc_id VARCHAR, date DATE)[]"},
	}
	for i, name := range []string{"documents", "dates", "figures", "document_refs", "people_registry"} {
		got := map[string]string{}
		for _, row := range res[i] {
			got[row["c"].(string)] = row["t"].(string)
		}
		for col, typ := range want[name] {
			if got[col] != typ {
				t.Errorf("%s.%s: DuckDB reads %q, want %q", name, col, got[col], typ)
			}
		}
	}
	expect := func(i int, key, want string) {
		if len(res[i]) == 0 {
			t.Errorf("query %d: no rows", i)
			return
		}
		if got := strings.Trim(toString(res[i][0][key]), "\""); got != want {
			t.Errorf("query %d: %s = %q, want %q", i, key, got, want)
		}
	}
	expect(5, "d", "2021-11-22")
	expect(6, "p", "2022-01-13")
	expect(6, "n", "1")
	expect(7, "value", "2172")
	expect(7, "of", "2631")
	expect(7, "percent", "82.6")
	expect(8, "i", "2021-11-22")
	expect(9, "n", "1")
}

// TestDuckDBTypesAndNulls checks every column of every table as DuckDB
// reads it: the type its definition promises, no NULL in a column that is
// not nullable, and no ” anywhere except the three columns SPEC defines as
// "or empty" (absent values are NULL).
func TestDuckDBTypesAndNulls(t *testing.T) {
	r, err := pipeline.New(extractors.Default())
	if err != nil {
		t.Fatal(err)
	}
	ins, err := pipeline.CollectFS(vnextract.DefaultCorpus())
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := r.Run(ins, nil)
	rows.Append(table.Failed("broken", "broken.html", errors.New("cannot read")))
	dir := t.TempDir()
	if _, err := table.Write(dir, rows); err != nil {
		t.Fatal(err)
	}
	duckType := map[string]string{"string": "VARCHAR", "date": "DATE", "int32": "INTEGER", "double": "DOUBLE", "bool": "BOOLEAN", "list<string>": "VARCHAR[]"}
	emptyAllowed := map[string]bool{"people.honorific": true, "dates.part_of_day": true, "document_refs.term": true,
		"documents.text": true, "documents.source": false}
	var sql []string
	for _, tb := range table.Tables() {
		f := "'" + filepath.Join(dir, tb.Name()+".parquet") + "'"
		sql = append(sql, "SELECT column_name AS c, column_type AS t FROM (DESCRIBE SELECT * FROM "+f+")")
		counts := []string{"count(*) AS n"}
		for _, c := range tb.Columns() {
			q := `"` + c.Name + `"`
			counts = append(counts, fmt.Sprintf(`count(*) FILTER (WHERE %s IS NULL) AS "%s null"`, q, c.Name))
			if c.Type == "string" {
				counts = append(counts, fmt.Sprintf(`count(*) FILTER (WHERE %s = '') AS "%s empty"`, q, c.Name))
			}
		}
		sql = append(sql, "SELECT "+strings.Join(counts, ", ")+" FROM "+f)
	}
	res := duckdb(t, sql...)
	for i, tb := range table.Tables() {
		types := map[string]string{}
		for _, row := range res[2*i] {
			types[row["c"].(string)] = row["t"].(string)
		}
		counts := res[2*i+1][0]
		if strings.Trim(toString(counts["n"]), `"`) == "0" {
			t.Errorf("%s: no rows to check", tb.Name())
		}
		for _, c := range tb.Columns() {
			key := tb.Name() + "." + c.Name
			if want, ok := duckType[c.Type]; ok && types[c.Name] != want {
				t.Errorf("%s: DuckDB reads %q, the definition says %s (%s)", key, types[c.Name], c.Type, want)
			}
			if n := strings.Trim(toString(counts[c.Name+" null"]), `"`); !c.Nullable && n != "0" {
				t.Errorf("%s is not nullable but holds %s NULLs", key, n)
			}
			if n := strings.Trim(toString(counts[c.Name+" empty"]), `"`); c.Type == "string" && !emptyAllowed[key] && n != "0" {
				t.Errorf("%s holds %s empty strings: an absent value must be NULL (tag the column optional)", key, n)
			}
		}
	}
}

func toString(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// TestRoundTrip writes the default corpus's tables and reads them back:
// every value, NULLs included, must survive.
func TestRoundTrip(t *testing.T) {
	r, err := pipeline.New(extractors.Default())
	if err != nil {
		t.Fatal(err)
	}
	ins, err := pipeline.CollectFS(vnextract.DefaultCorpus())
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := r.Run(ins, nil)
	rows.Append(table.Failed("broken", "broken.html", errors.New("cannot read")))
	dir := t.TempDir()
	if _, err := table.Write(dir, rows); err != nil {
		t.Fatal(err)
	}
	back, err := table.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, rows) {
		if a, b := table.Dump(rows), table.Dump(back); a != b {
			t.Errorf("read back differs in the dump:\n%s", strings.Join(diffLines(a, b), "\n"))
		} else {
			t.Errorf("read back differs from what was written (in a column the dump hides)")
		}
	}
	reg, err := table.ReadRegistry(dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := table.Registry(rows); !reflect.DeepEqual(reg, want) {
		t.Errorf("people_registry read back differs: %d rows, want %d", len(reg), len(want))
	}
}

func diffLines(a, b string) []string {
	as, bs := strings.Split(a, "\n"), strings.Split(b, "\n")
	var out []string
	for i := 0; i < len(as) || i < len(bs); i++ {
		var x, y string
		if i < len(as) {
			x = as[i]
		}
		if i < len(bs) {
			y = bs[i]
		}
		if x != y {
			out = append(out, "- "+x, "+ "+y)
		}
	}
	return out
}

// TestReadRegistryMergesShards: a person named in two shards is one
// people_registry row when read back, as in a single run.
func TestReadRegistryMergesShards(t *testing.T) {
	day := int32(19000)
	docRows := func(id string, names ...string) table.Rows {
		r := table.Rows{Documents: []table.DocumentRow{{DocID: id, Published: &day}}}
		for _, n := range names {
			r.People = append(r.People, table.PersonRow{DocID: id, Name: n, NameKey: doc.Key(n), Text: n})
			r.Titles = append(r.Titles, table.TitleRow{DocID: id, Person: n, PersonKey: doc.Key(n), Title: "Bí thư " + id})
		}
		return r
	}
	dir := t.TempDir()
	for i, docs := range [][]table.Rows{{docRows("a", "Nguyễn Văn A"), docRows("c", "Trần B")}, {docRows("b", "Nguyễn Văn A")}} {
		w, err := table.NewShardWriter(dir, table.Shard{Index: i, Count: 2})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range docs {
			if err := w.Add(r); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := w.Close(); err != nil {
			t.Fatal(err)
		}
	}
	reg, err := table.ReadRegistry(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range reg {
		var titles []string
		for _, x := range r.Titles {
			titles = append(titles, x.Title)
		}
		got = append(got, r.Name+": "+strings.Join(r.Docs, ",")+" / "+strings.Join(titles, ","))
	}
	want := "Nguyễn Văn A: a,b / Bí thư a,Bí thư b | Trần B: c / Bí thư c"
	if strings.Join(got, " | ") != want {
		t.Errorf("registry %q, want %q", strings.Join(got, " | "), want)
	}
}

// TestRegistryTitlesOncePerDocument: a title is listed once for a person in
// a document however often the document gives it (in any case), once more
// for each other document that gives it, with that document's date; the
// documents a person is named in are listed once each, in order.
func TestRegistryTitlesOncePerDocument(t *testing.T) {
	day := func(n int32) *int32 { return &n }
	var rows table.Rows
	for i, id := range []string{"a", "b"} {
		rows.Documents = append(rows.Documents, table.DocumentRow{DocID: id, Published: day(int32(100 + i))})
		rows.People = append(rows.People,
			table.PersonRow{DocID: id, Name: "Nguyễn Văn A", NameKey: "nguyễn văn a"},
			table.PersonRow{DocID: id, Name: "Nguyễn Văn A", NameKey: "nguyễn văn a"})
		rows.Titles = append(rows.Titles,
			table.TitleRow{DocID: id, Person: "Nguyễn Văn A", PersonKey: "nguyễn văn a", Title: "Bí thư Tỉnh ủy"},
			table.TitleRow{DocID: id, Person: "Nguyễn Văn A", PersonKey: "nguyễn văn a", Title: "bí thư tỉnh ủy"})
	}
	reg := table.Registry(rows)
	if len(reg) != 1 {
		t.Fatalf("%d registry rows, want 1", len(reg))
	}
	if got := strings.Join(reg[0].Docs, ","); got != "a,b" {
		t.Errorf("docs %q, want a,b", got)
	}
	var got []string
	for _, ti := range reg[0].Titles {
		got = append(got, fmt.Sprintf("%s@%s/%d", ti.Title, ti.DocID, *ti.Date))
	}
	if want := "Bí thư Tỉnh ủy@a/100 | Bí thư Tỉnh ủy@b/101"; strings.Join(got, " | ") != want {
		t.Errorf("titles %q, want %q", strings.Join(got, " | "), want)
	}
}
