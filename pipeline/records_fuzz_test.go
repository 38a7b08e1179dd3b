package pipeline

import (
	"bytes"
	"compress/gzip"
	"testing"
	"unicode/utf8"
)

// checkRecords runs a reader over data and checks what any input must
// give: it ends, every doc_id is UTF-8, no record holds more than the
// limit, and (for plain input) no more records come out than the input has
// lines.
func checkRecords(t *testing.T, data []byte, gz bool, read func(limit int64, yield func(Input) bool)) {
	const limit = 1 << 10
	n := 0
	read(limit, func(in Input) bool {
		n++
		if !utf8.ValidString(in.ID) {
			t.Errorf("doc_id %q is not UTF-8", in.ID)
		}
		if in.Load != nil {
			if b, err := in.Load(); err == nil && len(b) > 4*limit+1<<20 {
				t.Errorf("record of %d bytes held, limit %d", len(b), limit)
			}
		}
		return true
	})
	if !gz && n > bytes.Count(data, []byte("\n"))+2 {
		t.Errorf("%d records from %d lines", n, bytes.Count(data, []byte("\n")))
	}
}

func gzipped(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func FuzzWARC(f *testing.F) {
	rec := "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.vn/a\r\nContent-Length: 52\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>xin chào</p>\r\n\r\n"
	f.Add([]byte(rec), false)
	f.Add([]byte(rec+rec), false)
	f.Add(gzipped([]byte(rec)), true)
	f.Add([]byte("WARC/1.0\r\nContent-Length: -1\r\n\r\n"), false)
	f.Add([]byte("WARC/1.0\r\nContent-Length: 99999999999\r\n\r\nx"), false)
	f.Fuzz(func(t *testing.T, data []byte, gz bool) {
		checkRecords(t, data, gz, func(limit int64, yield func(Input) bool) {
			readWARC(bytes.NewReader(data), "f.warc", gz, limit, yield)
		})
	})
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"xin chào"}`+"\n"+`{"id":"b","html":"<p>x</p>"}`), false)
	f.Add(gzipped([]byte(`{"id":"a","text":"x"}`+"\n")), true)
	f.Add([]byte("{not json\n\n\n"), false)
	f.Fuzz(func(t *testing.T, data []byte, gz bool) {
		checkRecords(t, data, gz, func(limit int64, yield func(Input) bool) {
			readJSONL(bytes.NewReader(data), "f.jsonl", gz, limit, Fields{}, yield)
		})
	})
}
