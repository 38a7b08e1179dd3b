package pipeline_test

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/pipeline"
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
