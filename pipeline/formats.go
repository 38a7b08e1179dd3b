package pipeline

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Format says how to read standard input, or a file named on the command
// line whatever its ending.
type Format string

// The formats; auto looks at the bytes (gzip, "WARC/", a JSON object, or
// else one document, HTML if it starts like a page).
const (
	FormatAuto  Format = "auto"
	FormatText  Format = "text"
	FormatHTML  Format = "html"
	FormatJSONL Format = "jsonl"
	FormatWARC  Format = "warc"
)

// Formats lists the formats in the order help shows them.
var Formats = []Format{FormatAuto, FormatText, FormatHTML, FormatJSONL, FormatWARC}

// ParseFormat checks a --format value.
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(s))
	if s == "" {
		f = FormatAuto
	}
	if !slices.Contains(Formats, f) {
		return "", fmt.Errorf("format %q: want one of auto, text, html, jsonl, warc", s)
	}
	return f, nil
}

// Options are how CollectWith reads its paths.
type Options struct {
	Format Format // standard input's and named files' format ("" is auto)
	Fields Fields // record field names (the zero value is DefaultFields)
}

// Fields names the JSON Lines fields each part of a document is taken from,
// tried in order: crawlers disagree on names. A Text field's value that
// starts with markup is read as HTML.
type Fields struct {
	ID, URL, Published, HTML, Text []string
}

// DefaultFields are the names crawlers commonly use.
var DefaultFields = Fields{
	ID:        []string{"doc_id", "id"},
	URL:       []string{"url"},
	Published: []string{"published", "date"},
	HTML:      []string{"html"},
	Text:      []string{"text", "content"},
}

// FieldNames are the parts a --field mapping may name.
var FieldNames = []string{"doc_id", "url", "published", "html", "text"}

// ParseFields reads a mapping "doc_id=article_id,text=body,text=summary"
// over DefaultFields: each part named takes the fields given for it, in
// order, in place of its defaults.
func ParseFields(specs []string) (Fields, error) {
	f := DefaultFields
	given := map[string][]string{}
	for _, spec := range specs {
		for _, kv := range strings.Split(spec, ",") {
			k, v, ok := strings.Cut(strings.TrimSpace(kv), "=")
			if !ok || v == "" || !slices.Contains(FieldNames, k) {
				return f, fmt.Errorf("field mapping %q: want PART=FIELD with PART one of %s", kv, strings.Join(FieldNames, ", "))
			}
			given[k] = append(given[k], v)
		}
	}
	for k, v := range given {
		*f.part(k) = v
	}
	return f, nil
}

func (f *Fields) part(name string) *[]string {
	switch name {
	case "doc_id":
		return &f.ID
	case "url":
		return &f.URL
	case "published":
		return &f.Published
	case "html":
		return &f.HTML
	}
	return &f.Text
}

func (f Fields) orDefault() Fields {
	if f.ID == nil && f.URL == nil && f.Published == nil && f.HTML == nil && f.Text == nil {
		return DefaultFields
	}
	return f
}

func (f Fields) bodyNames() []string {
	f = f.orDefault()
	return append(append([]string(nil), f.HTML...), f.Text...)
}

// rec is a record's parts; Name tells the reader whether Body is HTML.
// Normal says that Body reads as plain Unicode Vietnamese and that
// text.Normalize returns it as it is (see ingest.ReadNormalString; false:
// it may or may not).
type rec struct {
	ID, URL, Published, Body, Name string
	Normal                         bool
}

// parts gathers a record's parts by the field names, first giving the
// value of the first of a list of names that has one (each reader of a
// record has its own). The body is the HTML field, else the text field,
// whose name says which it is; it is the last value parts asks for.
func (f Fields) parts(first func(names []string) string) rec {
	r := rec{ID: first(f.ID), URL: first(f.URL), Published: first(f.Published), Name: "record.html"}
	if r.Body = first(f.HTML); r.Body == "" {
		r.Body = first(f.Text)
		if !startsWithMarkup(r.Body) {
			r.Name = "record.txt"
		}
	}
	return r
}

// record decodes one JSON object by the field names. A flat object (see
// flatObject) is read in one pass; any other line is decoded once into Go
// values: the text is validated and unquoted once, not kept
// raw and decoded again. A record whose wanted field is a number (an id)
// is decoded again by recordRaw, which reads numbers as written; so is a
// line that does not decode, so that its error reads the same.
func (f Fields) record(line []byte) (rec, error) {
	f = f.orDefault()
	o := flatObjects.Get().(*flatObject)
	defer o.release()
	if o.parse(line) {
		return f.flatRecord(o), nil
	}
	return f.recordJSON(line)
}

// recordJSON is record through encoding/json, for any line.
func (f Fields) recordJSON(line []byte) (rec, error) {
	var m map[string]any
	if err := json.Unmarshal(line, &m); err != nil {
		return f.recordRaw(line)
	}
	raw := false // a wanted field is a number
	first := func(names []string) string {
		for _, n := range names {
			switch v := m[n].(type) {
			case string:
				if v != "" {
					return v
				}
			case bool: // as written
				return strconv.FormatBool(v)
			case float64:
				raw = true
			}
			// absent, null, objects and lists do not count
		}
		return ""
	}
	r := f.parts(first)
	if raw {
		return f.recordRaw(line)
	}
	return r, nil
}

// flatRecord takes a record's parts from a flat object, as record does
// from the map encoding/json fills: a string that is not empty, or a
// boolean as written; null does not count.
func (f Fields) flatRecord(o *flatObject) rec {
	kept := false // of the last value taken, which is the body's
	first := func(names []string) string {
		for _, n := range names {
			v, _ := o.get(n)
			kept = v.kept
			switch v.kind {
			case 's':
				if len(v.val) > 0 {
					return string(v.val)
				}
			case 't':
				return "true"
			case 'f':
				return "false"
			}
		}
		return ""
	}
	r := f.parts(first)
	r.Normal = kept && r.Body != ""
	return r
}

// recordRaw decodes one JSON object by the field names, keeping each field
// raw until it is wanted.
func (f Fields) recordRaw(line []byte) (rec, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(line, &m); err != nil {
		return rec{}, err
	}
	first := func(names []string) string {
		for _, n := range names {
			raw, ok := m[n]
			if !ok {
				continue
			}
			var s string
			if json.Unmarshal(raw, &s) == nil {
				if s != "" {
					return s
				}
				continue
			}
			// a number (an id) reads as written; null, objects and lists do not
			if v := string(bytes.TrimSpace(raw)); v != "null" && v != "" && v[0] != '{' && v[0] != '[' {
				return v
			}
		}
		return ""
	}
	return f.parts(first), nil
}

// startsWithMarkup reports whether s opens with an HTML tag or comment.
func startsWithMarkup(s string) bool {
	s = strings.TrimLeft(s, " \t\r\n\ufeff")
	return len(s) > 1 && s[0] == '<' && (s[1] == '!' || s[1] == '/' || ('a' <= s[1]|32 && s[1]|32 <= 'z'))
}

// isGzip reports whether b starts with the gzip magic bytes: standard
// input has no ".gz" to say so.
func isGzip(b []byte) bool { return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b }

// sniff picks the format of bytes that do not say: WARC by its version
// line, JSON Lines by a first line that is a JSON object, else one
// document (text or HTML, which the reader tells apart).
func sniff(head []byte) Format {
	head = bytes.TrimLeft(head, " \t\r\n\ufeff")
	switch {
	case bytes.HasPrefix(head, []byte("WARC/")):
		return FormatWARC
	case len(head) > 0 && head[0] == '{':
		line, _, _ := bytes.Cut(head, []byte("\n"))
		if json.Valid(bytes.TrimSpace(line)) || len(line) == len(head) {
			return FormatJSONL
		}
	}
	return FormatText
}

// StdinSource is the Source of standard input's input.
const StdinSource = "standard input"

// sniffLen is how much of standard input is looked at to tell its format.
const sniffLen = 64 << 10

// stdinInput is standard input as a file of records: by opt.Format (auto:
// looked at, through gzip if it is compressed) JSON Lines or WARC records
// streamed like a file's, or one document.
func stdinInput(r io.Reader, opt Options) Input {
	const src = StdinSource
	return Input{ID: "stdin", Source: src, Name: "stdin", Records: func(limit int64, yield func(Input) bool) {
		br := bufio.NewReaderSize(r, sniffLen)
		head, _ := br.Peek(sniffLen)
		gz := isGzip(head)
		format := opt.Format
		if format == "" || format == FormatAuto {
			content := head
			if gz {
				// the start of the decompressed stream; a cut-off member
				// still yields its first bytes
				if zr, err := gzip.NewReader(bytes.NewReader(head)); err == nil {
					content, _ = io.ReadAll(io.LimitReader(zr, sniffLen))
				}
			}
			format = sniff(content)
		}
		switch format {
		case FormatJSONL:
			readJSONL(br, "stdin", gz, limit, opt.Fields, yield)
			return
		case FormatWARC:
			readWARC(br, "stdin", gz, limit, yield)
			return
		}
		var body io.Reader = br
		if gz {
			zr, err := gzip.NewReader(br)
			if err != nil {
				yield(failedInput("stdin", src, fmt.Errorf("%s: not a gzip stream (%v)", src, err)))
				return
			}
			body = zr
		}
		name := "stdin"
		switch format {
		case FormatText:
			if opt.Format == FormatText {
				name = "stdin.txt"
			}
		case FormatHTML:
			name = "stdin.html"
		}
		yield(Input{ID: "stdin", Source: src, Name: name, Open: func() (io.ReadCloser, error) { return io.NopCloser(body), nil }})
	}}
}

// named applies --format to a file named on the command line: its format
// is what the user says, whatever its ending.
func (opt Options) named(in Input) Input {
	p := in.Source
	switch opt.Format {
	case FormatJSONL:
		in.Open, in.Load = nil, nil
		in.Records = func(limit int64, yield func(Input) bool) { jsonlRecords(p, limit, opt.Fields, yield) }
	case FormatWARC:
		in.Open, in.Load = nil, nil
		in.Records = func(limit int64, yield func(Input) bool) { warcRecords(p, limit, yield) }
	case FormatText, FormatHTML:
		in.Records = nil
		in.Name = strings.TrimSuffix(filepath.Base(p), filepath.Ext(p)) + map[Format]string{FormatText: ".txt", FormatHTML: ".html"}[opt.Format]
		in.Open = func() (io.ReadCloser, error) { return os.Open(p) }
		in.Load = func() ([]byte, error) { return os.ReadFile(p) }
	}
	return in
}
