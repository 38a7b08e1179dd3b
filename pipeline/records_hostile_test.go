package pipeline_test

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/table"
)

func gz(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func jsonLine(id string) string {
	return fmt.Sprintf(`{"id":%q,"text":"Sáng 31/12, Phó Chủ tịch UBND tỉnh Nguyễn Hữu Tháp dự hội nghị."}`+"\n", id)
}

// warcWith builds a response record for uri whose Content-Length header is
// cl (use "" for the true length).
func warcWith(uri, cl string) []byte {
	http := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + recordHTML
	if cl == "" {
		cl = fmt.Sprint(len(http))
	}
	return []byte(fmt.Sprintf("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nContent-Length: %s\r\n\r\n%s\r\n\r\n", uri, cl, http))
}

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

// outcome runs one file and returns the doc_ids of the good documents and
// the doc_id and error of each failed one.
func outcome(t *testing.T, r *pipeline.Runner, path string) (good []string, failed map[string]string, rows table.Rows) {
	t.Helper()
	ins, err := pipeline.Collect([]string{path})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		rows, _ = r.Run(ins, nil)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		t.Fatalf("%s: the run did not end within a minute", path)
	}
	failed = map[string]string{}
	for _, d := range rows.Documents {
		if d.Failed {
			failed[d.DocID] = d.Error
		} else {
			good = append(good, d.DocID)
		}
	}
	sort.Strings(good)
	return good, failed, rows
}

// TestBadRecordsCostOnlyThemselves: in each file one record (or the file's
// end) is broken; the records before and after it are kept, and the broken
// one is a failed row whose error names the file and the line or record.
func TestBadRecordsCostOnlyThemselves(t *testing.T) {
	a, b, c := "https://x.vn/a", "https://x.vn/b", "https://x.vn/c"
	bombSize := 64 << 20
	if testing.Short() {
		bombSize = 20 << 20 // still past the give-up length (16 x the cap)
	}
	longLine := `{"id":"long","text":"` + strings.Repeat("x", 2<<20) + "\"}\n"
	goodGz := gz([]byte(jsonLine("j1") + jsonLine("j2") + jsonLine("j3")))
	cases := []struct {
		name     string
		data     []byte
		maxBytes int
		good     []string // doc_ids kept
		failedID string   // the one failed doc_id ("" none)
		errHas   []string
	}{
		// the cut takes the gzip trailer and the end of the deflate stream:
		// all three lines decode, then the stream is found cut short
		{"truncated.jsonl.gz", goodGz[:len(goodGz)-12], 0, []string{"j1", "j2", "j3"}, "truncated.jsonl.gz#4", []string{"truncated.jsonl.gz:4", "cut short or corrupt"}},
		{"cut-mid.jsonl.gz", cutMid(), 0, []string{"j1"}, "cut-mid.jsonl.gz#2", []string{"cut-mid.jsonl.gz:2", "cut short or corrupt"}},
		{"notgzip.jsonl.gz", []byte(jsonLine("j1")), 0, nil, "notgzip.jsonl.gz#0", []string{"notgzip.jsonl.gz", "not a gzip file"}},
		{"badline.jsonl", []byte(jsonLine("j1") + "{not json\n" + jsonLine("j3")), 0, []string{"j1", "j3"}, "badline.jsonl#2", []string{"badline.jsonl:2", "bad JSON"}},
		{"longline.jsonl", []byte(jsonLine("j1") + longLine + jsonLine("j3")), 1000, []string{"j1", "j3"}, "longline.jsonl#2", []string{"longline.jsonl:2", "over the record limit"}},
		{"bomb.jsonl.gz", gz(cat([]byte(jsonLine("j1")), make([]byte, bombSize))), 1000, []string{"j1"}, "bomb.jsonl.gz#2", []string{"bomb.jsonl.gz:2", "no end in sight"}},
		{"cl-word.warc", cat(warcWith(a, ""), warcWith(b, "abc"), warcWith(c, "")), 0, []string{a, c}, b, []string{"cl-word.warc", "record 1", "bad Content-Length"}},
		{"cl-negative.warc", cat(warcWith(a, ""), warcWith(b, "-5"), warcWith(c, "")), 0, []string{a, c}, b, []string{"record 1", "bad Content-Length"}},
		{"cl-small.warc", cat(warcWith(a, ""), warcWith(b, "40"), warcWith(c, "")), 0, []string{a, c}, b, []string{"record 1", "does not end at the record's end"}},
		{"cl-big.warc", cat(warcWith(a, ""), warcWith(b, "400"), warcWith(c, "")), 0, []string{a, c}, b, []string{"record 1", "runs into the next record"}},
		{"cl-8gib.warc", cat(warcWith(a, ""), warcWith(b, fmt.Sprint(8<<30)), warcWith(c, "")), 0, []string{a, c}, b, []string{"record 1", "over the per-document limit"}},
		{"cl-8gib-last.warc", cat(warcWith(a, ""), warcWith(b, fmt.Sprint(8<<30))), 0, []string{a}, b, []string{"record 1", "file ends before it"}},
		{"truncated.warc", cat(warcWith(a, ""), warcWith(b, ""), warcWith(c, "")[:200]), 0, []string{a, b}, c, []string{"record 2", "cut short"}},
		{"corrupt-member.warc.gz", cat(gz(warcWith(a, "")), corrupt(gz(warcWith(b, ""))), gz(warcWith(c, ""))), 0, []string{a, c}, b, []string{"record 1", "corrupt gzip member"}},
		{"no-newline.warc", cat(warcWith(a, ""), []byte("WARC/1.0"+strings.Repeat("x", 200<<10))), 0, []string{a}, "no-newline.warc#1", []string{"record 1", "line over"}},
		{"garbage-between.warc", cat(warcWith(a, ""), []byte("junk junk\r\n"), warcWith(c, "")), 0, []string{c}, a, []string{"record 0", "does not end", "junk junk"}},
		{"notgzip.warc.gz", warcWith(a, ""), 0, nil, "notgzip.warc.gz#0", []string{"not a gzip file"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, c.name)
			if err := os.WriteFile(p, c.data, 0o644); err != nil {
				t.Fatal(err)
			}
			r := newRunner(t)
			if c.maxBytes > 0 {
				r.MaxBytes = c.maxBytes
			}
			good, failed, _ := outcome(t, r, p)
			if strings.Join(good, " ") != strings.Join(c.good, " ") {
				t.Errorf("kept %v, want %v (failed: %v)", good, c.good, failed)
			}
			if c.failedID == "" {
				if len(failed) > 0 {
					t.Errorf("failed %v, want none", failed)
				}
				return
			}
			msg, ok := failed[c.failedID]
			if !ok || len(failed) != 1 {
				t.Fatalf("failed %v, want only %s", failed, c.failedID)
			}
			for _, want := range c.errHas {
				if !strings.Contains(msg, want) {
					t.Errorf("error %q lacks %q", msg, want)
				}
			}
		})
	}
}

// cutMid is a gzip JSON Lines file cut inside its second line, a line of
// random letters gzip cannot shrink, so the cut falls inside it.
func cutMid() []byte {
	noise := make([]byte, 64<<10)
	x := uint32(1)
	for i := range noise {
		x = x*1664525 + 1013904223
		noise[i] = 'a' + byte(x>>24)%26
	}
	b := gz([]byte(jsonLine("j1") + `{"id":"j2","text":"` + string(noise) + "\"}\n" + jsonLine("j3")))
	return b[:len(b)/2]
}

// corrupt flips bytes in the middle of a gzip member's compressed data.
func corrupt(b []byte) []byte {
	b = append([]byte(nil), b...)
	for i := len(b) / 2; i < len(b)/2+8; i++ {
		b[i] ^= 0xff
	}
	return b
}
