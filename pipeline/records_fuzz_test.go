package pipeline

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline/ingest"
	"github.com/vnextract/vnextract/pipeline/text"
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
			b, err := in.Load()
			if err == nil && len(b) > 4*limit+1<<20 {
				t.Errorf("record of %d bytes held, limit %d", len(b), limit)
			}
			// the reader's promise that lets ingest.ReadValidString skip the check
			if err == nil && in.ValidUTF8 && !utf8.Valid(b) {
				t.Errorf("record %s is marked valid UTF-8 and is not: %q", in.Source, b)
			}
			// the runner reads Text in place of Load: they must agree
			if err == nil && in.Text != "" && in.Text != string(b) {
				t.Errorf("record %s: Text %q, Load %q", in.Source, in.Text, b)
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

// normalHolds checks what a record marked Normal promises of its body:
// text.Normalize keeps it, and ingest.ReadNormalString, which neither
// scans it for legacy text nor normalizes it, reads it as ingest.Read
// does.
func normalHolds(r rec) error {
	if text.Normalize(r.Body) != r.Body {
		return fmt.Errorf("body %q said normal, Normalize makes %q", r.Body, text.Normalize(r.Body))
	}
	want, werr := ingest.Read("x", "x", r.Name, []byte(r.Body))
	got, gerr := ingest.ReadNormalString("x", "x", r.Name, r.Body)
	if fmt.Sprint(gerr) != fmt.Sprint(werr) {
		return fmt.Errorf("body %q said normal: ReadNormalString %v, Read %v", r.Body, gerr, werr)
	}
	if werr == nil && (got.Text != want.Text || got.Encoding != want.Encoding || fmt.Sprint(got.Warnings) != fmt.Sprint(want.Warnings) ||
		fmt.Sprint(got.Sentences) != fmt.Sprint(want.Sentences) || got.Title != want.Title || got.Len() != want.Len()) {
		return fmt.Errorf("body %q said normal: ReadNormalString %+v, Read %+v", r.Body, got, want)
	}
	return nil
}

// FuzzRecordLine holds the one-pass reader of flat records to
// encoding/json: on any line, record gives the parts (or the error) that
// decoding the line with encoding/json gives, with the default field names
// and with names that repeat and overlap.
func FuzzRecordLine(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","text":"xin chào\nthế giới"}`,
		`{"doc_id":"x","id":"y","url":"http://a/b","published":"2021-01-02","text":"<p>x</p>"}`,
		`{"id":1234,"text":"số"}`, `{"id":"a","id":"b","text":"x","text":null}`,
		`{"text":"\u0041\ud83d\ude00\ud800x\u00e9","html":""}`, `{"text":"a\'b"}`,
		`{"text":true,"html":false}`, `{"text":"x","meta":{"a":[1,2]}}`, " {\"text\" : \"x\" } \t",
		`{"text":"a` + "\xff" + `b"}`, `{"text":"a` + "\x01" + `"}`, `{"te\u0078t":"k"}`, `{}`, `null`, `{"text":"x"} {}`,
		`{"text":"\/\b\f\r\t\\\""}`, `{"text":"x",}`, `{"text":nul}`, `{"text":"\ud83d\u0041"}`, `[]`,
		// strings read eight bytes at a time: a quote, an escape, a
		// control byte or a letter past ASCII at each place in a word
		`{"text":"abcdefghijklmnop\"qrstuvw\nxyzABCDEFGHIJKLMNOPQRSTUVWXYZà","id":"12345678"}`,
		`{"text":"abcdefg` + "\x1f" + `hijklmno"}`, `{"text":"abcdefghijklmnopqrstuvw` + "\x7f\xe0\xa0\x80\xed\x9f\xbf" + `ab"}`,
		// whether Normalize keeps the text: a tone that moves or not,
		// after an escape, an escaped vowel, a tab, a mark, a space
		`{"text":"Hoàng hoà quý thuý Thuỷ, khoẻ"}`, `{"text":"o\nà hoà\n \u006fà o\u00e0 \"oà\""}`,
		`{"text":"qu\/ý hoà\\ a\tb a\rb e\u0301 e` + "\u0301" + ` a` + "\u00a0" + `b"}`,
		// legacy font text dressed as Latin-1, which decode converts
		`{"text":"Uû ban nh©n d©n tØnh Hµ Néi quyÕt ®Þnh"}`, `{"text":"UÛy ban nhaân daân tænh Haø Noäi"}`,
	} {
		f.Add([]byte(s))
	}
	mapped := Fields{ID: []string{"id", "text"}, URL: []string{"url", "id"}, Published: []string{"published"}, HTML: []string{"text"}, Text: []string{"html", "content"}}
	f.Fuzz(func(t *testing.T, line []byte) {
		for _, fields := range []Fields{DefaultFields, mapped} {
			got, gotErr := fields.record(line)
			want, wantErr := fields.orDefault().recordJSON(line)
			if got.Normal {
				if err := normalHolds(got); err != nil {
					t.Fatalf("%q: %v", line, err)
				}
			}
			got.Normal = false // encoding/json's path does not tell
			if got != want || fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
				t.Fatalf("%q:\n got %+v, %v\nwant %+v, %v", line, got, gotErr, want, wantErr)
			}
		}
	})
}

// TestFlatObjectTaken: the records crawlers write are read in one pass,
// not handed to encoding/json; what it alone reads is.
func TestFlatObjectTaken(t *testing.T) {
	for _, c := range []struct {
		line string
		flat bool
	}{
		{`{"id": "baomoi/1", "text": "Hà Nội\n\"Tin\" \u00e9 \ud83d\ude00"}`, true},
		{` { "id" : "a" , "published" : null , "html" : false } `, true},
		{`{}`, true},
		{`{"id": 12, "text": "x"}`, false},
		{`{"text": "x", "tags": ["a"]}`, false},
		{`{"text": "a` + "\xff" + `"}`, false},
		{`{"text": "x"}{}`, false},
		{`{"text": "\x"}`, false},
	} {
		o := new(flatObject)
		if got := o.parse([]byte(c.line)); got != c.flat {
			t.Errorf("%q: read in one pass %v, want %v", c.line, got, c.flat)
		}
	}
}

// TestRecordLineCorpus holds the one-pass reader to encoding/json on every
// record of the unlabeled corpus, and its word that Normalize keeps a
// body to Normalize; it must say so of nearly every body that is kept.
func TestRecordLineCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "unlabeled", "*.jsonl.gz"))
	if len(files) == 0 {
		t.Skip("../shared/corpus/unlabeled not found: no records to compare")
	}
	n, normal, same := 0, 0, 0
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range bytes.Split(data, []byte("\n")) {
			if line = bytes.TrimSpace(line); len(line) == 0 {
				continue
			}
			got, gotErr := DefaultFields.record(line)
			want, wantErr := DefaultFields.recordJSON(line)
			kept := text.Normalize(got.Body) == got.Body
			if got.Normal {
				if err := normalHolds(got); err != nil {
					t.Fatalf("%s: %.100q: %.300v", p, line, err)
				}
			}
			if got.Normal {
				normal++
			}
			if kept {
				same++
			}
			got.Normal = false
			if got != want || fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
				t.Fatalf("%s: %.100q: one pass %+v, %v; encoding/json %+v, %v", p, line, got, gotErr, want, wantErr)
			}
			if !new(flatObject).parse(line) {
				t.Errorf("%s: %.100q: not read in one pass", p, line)
			}
			n++
		}
	}
	if n < 1000 {
		t.Fatalf("only %d records", n)
	}
	if normal < same*99/100 {
		t.Errorf("%d of %d records Normalize keeps said normal", normal, same)
	}
	t.Logf("%d records, %d that Normalize keeps, %d said normal", n, same, normal)
}
