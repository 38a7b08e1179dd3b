package table_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/doc"
	"github.com/vnextract/vnextract/pipeline/table"
)

func TestSchemas(t *testing.T) {
	for name, v := range map[string]any{
		"documents": table.DocumentRow{}, "people": table.PersonRow{}, "titles": table.TitleRow{},
		"dates": table.DateRow{}, "document_refs": table.DocRefRow{}, "figures": table.FigureRow{},
		"entities": table.EntityRow{}, "relations": table.RelationRow{}, "people_registry": table.RegistryRow{},
	} {
		s := parquet.SchemaOf(v)
		if len(s.Fields()) == 0 {
			t.Errorf("%s: empty schema", name)
		}
		for _, f := range s.Fields() {
			if strings.Contains(f.Type().String(), "ENUM") {
				t.Errorf("%s.%s is an ENUM: Arrow readers see binary", name, f.Name())
			}
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

func toString(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
