package pipeline

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func gz(s string) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(s))
	zw.Close()
	return buf.Bytes()
}

// loaded is what an input holds: its bytes or its error.
func loaded(in Input) string {
	if in.Open != nil {
		rc, err := in.Open()
		if err != nil {
			return "error: " + err.Error()
		}
		b, _ := io.ReadAll(rc)
		return string(b)
	}
	b, err := in.Load()
	if err != nil {
		return "error: " + err.Error()
	}
	return string(b)
}

const crawlerLines = `{"doc_id":"a","content":"Sáng nay, hội nghị.","date":"2021-01-02"}
{"id":7,"text":"Chiều nay.","published":"2021-03-04","url":"https://x.vn/7"}
{"id":"c","content":"<p>Tối nay.</p>"}
{"id":"d","text":"","html":null}
`

func TestStandardInputFormats(t *testing.T) {
	warc := "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://x.vn/w\r\nContent-Length: 9\r\n\r\n<p>ok</p>\r\n\r\n"
	cases := []struct {
		name   string
		data   []byte
		format Format
		want   []string // "id name published: body" per input
	}{
		{"text", []byte("Sáng nay."), FormatAuto, []string{"stdin stdin : Sáng nay."}},
		{"forced html", []byte("<p>x</p>"), FormatHTML, []string{"stdin stdin.html : <p>x</p>"}},
		{"a JSON object read as text when told", []byte(`{"id":"x"}`), FormatText, []string{`stdin stdin.txt : {"id":"x"}`}},
		{"jsonl sniffed", []byte(crawlerLines), FormatAuto, []string{
			"a record.txt 2021-01-02: Sáng nay, hội nghị.",
			"7 record.txt 2021-03-04: Chiều nay.",
			"c record.html : <p>Tối nay.</p>",
			"d failed : error: stdin:4: record has no text (no non-empty html, text, content field)",
		}},
		{"jsonl.gz sniffed", gz(crawlerLines[:strings.Index(crawlerLines, "\n")+1]), FormatAuto, []string{"a record.txt 2021-01-02: Sáng nay, hội nghị."}},
		{"warc sniffed", []byte(warc), FormatAuto, []string{"https://x.vn/w record.html : <p>ok</p>"}},
		{"warc.gz told", gz(warc), FormatWARC, []string{"https://x.vn/w record.html : <p>ok</p>"}},
	}
	for _, c := range cases {
		ins := Expand([]Input{stdinInput(bytes.NewReader(c.data), Options{Format: c.format})}, 0)
		var got []string
		for _, in := range ins {
			pub := in.Published
			if in.PublishedIsCrawl {
				pub = ""
			}
			got = append(got, in.ID+" "+in.Name+" "+pub+": "+loaded(in))
		}
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}

func TestFieldMapping(t *testing.T) {
	f, err := ParseFields([]string{"doc_id=article_id,text=body", "published=pub"})
	if err != nil {
		t.Fatal(err)
	}
	r, err := f.record([]byte(`{"article_id":"x1","id":"ignored","body":"Nội dung","text":"ignored","pub":"2020-05-06"}`))
	if err != nil {
		t.Fatal(err)
	}
	if r.ID != "x1" || r.Body != "Nội dung" || r.Published != "2020-05-06" || r.Name != "record.txt" {
		t.Errorf("mapped record: %+v", r)
	}
	for _, bad := range []string{"title=headline", "doc_id", "text="} {
		if _, err := ParseFields([]string{bad}); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

// TestFormatForNamedFile: --format reads a file whose ending says nothing
// (or the wrong thing) the way it is told; a folder walk still goes by
// endings.
func TestFormatForNamedFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "feed.json")
	os.WriteFile(p, []byte(crawlerLines), 0o644)
	ins, err := CollectWith([]string{p}, Options{Format: FormatJSONL})
	if err != nil {
		t.Fatal(err)
	}
	ins = Expand(ins, 0)
	if len(ins) != 4 || ins[0].ID != "a" || ins[1].ID != "7" {
		t.Errorf("--format jsonl on feed.json: %d inputs %v", len(ins), ins)
	}
	ins, err = CollectWith([]string{p}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ins) != 1 || ins[0].ID != "feed" {
		t.Errorf("auto on a named .json file reads one document: %v", ins)
	}
}

// TestFolderThroughSymlink: a folder named through a symlink is walked, with
// the doc_ids it would have under its own name.
func TestFolderThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "real", "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "real", "sub", "a.txt"), []byte("Sáng nay."), 0o644)
	if err := os.Symlink(filepath.Join(dir, "real"), filepath.Join(dir, "linked")); err != nil {
		t.Skip("skipping: no symlinks here:", err)
	}
	for _, p := range []string{filepath.Join(dir, "linked"), filepath.Join(dir, "linked") + "/", filepath.Join(dir, "real")} {
		ins, err := Collect([]string{p})
		if err != nil {
			t.Fatal(err)
		}
		want := filepath.Base(filepath.Clean(p)) + "/sub/a"
		if len(ins) != 1 || ins[0].ID != want {
			t.Errorf("%s: %d inputs %v, want %s", p, len(ins), ins, want)
		}
	}
}

// TestRecordAsRaw: a record decoded once into Go values gives the parts
// (or the error) the field-by-field raw decoding gives, whatever the
// wanted fields hold: strings with escapes and invalid UTF-8, empty
// strings that give way to the next name, numbers and booleans read as
// written, null, objects, lists, repeated keys, and lines that are not
// objects.
func TestRecordAsRaw(t *testing.T) {
	lines := []string{
		`{"id": "a/1", "url": "https://x.vn/a", "published": "2021-04-29", "text": "Chiều 29/4, \"Bộ\" Y tế\n\u0110à"}`,
		`{"id": "", "url": "https://x.vn/b", "text": "x"}`,
		`{"doc_id": 12345, "id": "b", "text": "số"}`,
		`{"doc_id": 1.5e3, "text": "y"}`,
		`{"id": 1e999, "text": "z"}`,
		`{"id": true, "text": "t"}`,
		`{"id": null, "doc_id": {"a": 1}, "url": ["u"], "text": "t"}`,
		`{"id": "a", "id": "b", "text": "lặp", "text": "lại"}`,
		`{"id": "h", "html": "<p>trang</p>", "text": "chữ"}`,
		`{"id": "h2", "content": "<div>x</div>"}`,
		"{\"id\": \"bad\xff\xfeutf\", \"text\": \"lẻ \xc3\"}", // invalid UTF-8
		`{"id": "s", "text": "\ud800 lẻ \ud83d\ude00"}`,
		`{"id": "e"}`,
		`["not", "an", "object"]`,
		`"string"`,
		`null`,
		`{"id": "x", "text": "y"} trailing`,
		`{"id": "x", "text": }`,
	}
	for _, f := range []Fields{{}, {ID: []string{"url"}, Text: []string{"content", "text"}}} {
		for _, l := range lines {
			got, gerr := f.record([]byte(l))
			want, werr := f.orDefault().recordRaw([]byte(l))
			if got.Normal {
				if err := normalHolds(got); err != nil {
					t.Errorf("%s: %v", l, err)
				}
			}
			got.Normal = false // the raw path does not tell
			if got != want || fmt.Sprint(gerr) != fmt.Sprint(werr) {
				t.Errorf("%s:\n got %+v, %v\nwant %+v, %v", l, got, gerr, want, werr)
			}
		}
	}
}
