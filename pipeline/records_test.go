package pipeline_test

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/table"
)

const recordHTML = `<html><head><title>Hội nghị</title></head><body><div class="content"><p>Sáng 31/12, Phó Chủ tịch UBND tỉnh Nguyễn Hữu Tháp dự hội nghị.</p></div></body></html>`

func warcRecord(uri, body string) []byte {
	http := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
	return []byte(fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: 2021-01-02T00:00:00Z\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", uri, len(http), http))
}

func TestWARCAndJSONL(t *testing.T) {
	dir := t.TempDir()
	// a WARC with gzip per record, as Common Crawl writes them, and a
	// request record that is skipped
	var buf bytes.Buffer
	for _, rec := range [][]byte{
		[]byte("WARC/1.0\r\nWARC-Type: request\r\nContent-Length: 3\r\n\r\nGET\r\n\r\n"),
		warcRecord("https://baokontum.vn/a", recordHTML),
		warcRecord("https://baokontum.vn/b", recordHTML),
	} {
		zw := gzip.NewWriter(&buf)
		zw.Write(rec)
		zw.Close()
	}
	os.WriteFile(filepath.Join(dir, "crawl.warc.gz"), buf.Bytes(), 0o644)
	jsonl := `{"id":"r1","url":"https://x.vn/1","published":"2021-01-02","text":"Sáng 31/12, Phó Chủ tịch UBND tỉnh Nguyễn Hữu Tháp dự hội nghị."}
not json
{"id":"r2","html":"` + `<p>Chủ tịch Hồ Chí Minh</p>` + `"}
`
	os.WriteFile(filepath.Join(dir, "feed.jsonl"), []byte(jsonl), 0o644)
	ins, err := pipeline.Collect([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	rows, st := newRunner(t).Run(ins, nil)
	if len(rows.Documents) != 5 || st.Failed != 1 {
		t.Fatalf("documents %d failed %d, want 5 and 1 (the bad JSON line)", len(rows.Documents), st.Failed)
	}
	byID := map[string]int{}
	for i, d := range rows.Documents {
		byID[d.DocID] = i
	}
	a := rows.Documents[byID["https://baokontum.vn/a"]]
	if a.URL != "https://baokontum.vn/a" || a.Failed || a.Published == nil || !strings.Contains(strings.Join(a.Warnings, ";"), "crawl date") {
		t.Errorf("WARC record: %+v", a)
	}
	bad := rows.Documents[byID["feed.jsonl#2"]]
	if !bad.Failed || !bytes.Contains([]byte(bad.Error), []byte("feed.jsonl:2")) {
		t.Errorf("bad JSON line: %+v", bad.Error)
	}
	// the record's published date resolves "Sáng 31/12"
	found := false
	for _, d := range rows.Dates {
		if d.DocID == "r1" && d.Value == "2020-12-31" {
			found = true
		}
	}
	if !found {
		t.Errorf("record published date not used: %+v", rows.Dates)
	}
}

// TestRecordsStreamed: a file of records is read as workers take them, so
// when the first document's rows reach the sink only a window of records
// has been read, not the file.
func TestRecordsStreamed(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "big.jsonl")
	var b strings.Builder
	const n = 2000
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `{"id":"r%04d","text":"Sáng 31/12, Phó Chủ tịch UBND tỉnh Nguyễn Hữu Tháp dự hội nghị."}`+"\n", i)
	}
	os.WriteFile(p, []byte(b.String()), 0o644)
	ins, err := pipeline.Collect([]string{p})
	if err != nil {
		t.Fatal(err)
	}
	if len(ins) != 1 || ins[0].Records == nil {
		t.Fatalf("a JSON Lines file is %d inputs, want one file of records", len(ins))
	}
	// The reader runs on its own goroutine and the sink on another, so
	// the count they share is atomic.
	var read atomic.Int64
	all := ins[0].Records
	ins[0].Records = func(limit int64, yield func(pipeline.Input) bool) {
		all(limit, func(in pipeline.Input) bool { read.Add(1); return yield(in) })
	}
	r := newRunner(t)
	r.Workers = 2
	var atFirst int64
	var ids []string
	st, err := r.Stream(ins, func(rows table.Rows) error {
		if len(ids) == 0 {
			atFirst = read.Load()
		}
		ids = append(ids, rows.Documents[0].DocID)
		return nil
	}, nil)
	if err != nil || st.Docs != n || len(ids) != n {
		t.Fatalf("docs %d, rows %d, err %v", st.Docs, len(ids), err)
	}
	// the reader may lead by the gate's window and the record it holds
	if atFirst > int64(pipeline.InFlightDocs*r.Workers+2) {
		t.Errorf("%d records read before the first was written: the file is not streamed", atFirst)
	}
	for i, id := range ids {
		if want := fmt.Sprintf("r%04d", i); id != want {
			t.Fatalf("row %d is %s, want %s (file order)", i, id, want)
		}
	}
	// a shard sees only its records, still streamed
	mine := pipeline.InShard(ins, 0, 10)
	rows, _ := r.Run(mine, nil)
	if len(rows.Documents) == 0 || len(rows.Documents) > n/5 {
		t.Errorf("shard 0 of 10 has %d of %d records", len(rows.Documents), n)
	}
}

// TestDuplicateDocIDs: two records with one id and a file whose id
// collides get distinct doc_ids, each saying which id it had.
func TestDuplicateDocIDs(t *testing.T) {
	dir := t.TempDir()
	line := `{"id":"same","text":"Sáng 31/12, Phó Chủ tịch UBND tỉnh Nguyễn Hữu Tháp dự hội nghị."}` + "\n"
	os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(line+line+line), 0o644)
	os.WriteFile(filepath.Join(dir, "x.txt"), []byte("Hội nghị.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "x.html"), []byte("<p>Hội nghị.</p>"), 0o644)
	ins, err := pipeline.Collect([]string{dir})
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := newRunner(t).Run(ins, nil)
	base := filepath.Base(dir)
	want := map[string]string{"same": "", "same~2": `doc_id "same" was taken`, "same~3": `doc_id "same" was taken`,
		base + "/x": "", base + "/x~2": `doc_id "` + base + `/x" was taken`}
	got := map[string]string{}
	for _, d := range rows.Documents {
		got[d.DocID] = strings.Join(d.Warnings, "; ")
	}
	if len(got) != len(rows.Documents) || len(got) != len(want) {
		t.Fatalf("doc_ids %v, want %d distinct", got, len(want))
	}
	for id, w := range want {
		g, ok := got[id]
		if !ok || (w != "" && !strings.Contains(g, w)) || (w == "" && strings.Contains(g, "was taken")) {
			t.Errorf("%s: warnings %q, want %q", id, g, w)
		}
	}
}
