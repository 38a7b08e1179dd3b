package ingest

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"unicode"
	"unsafe"

	"github.com/vnextract/vnextract/pipeline/doc"
	"github.com/vnextract/vnextract/pipeline/text"
)

// Read turns one input's bytes into a Document. id is the doc_id, source the
// path or record it came from, name a file name whose extension selects the
// reader (".html"/".htm" or anything else as text; content that starts like
// markup is read as HTML whatever its name).
func Read(id, source, name string, data []byte) (*doc.Document, error) {
	return readDoc(id, source, name, data, "", false, false)
}

// ReadValidString is Read for text its caller knows to be valid UTF-8 and
// holds as a string (a JSON record's): the document is the one Read makes
// of []byte(s), with less of the text read to decode it, and s is read
// where it lies, not copied to bytes and back to a string. Text that is
// not valid UTF-8 must go to Read.
func ReadValidString(id, source, name, s string) (*doc.Document, error) {
	// a view of s's bytes, never written: decode and what it calls only
	// read their input
	return readDoc(id, source, name, unsafe.Slice(unsafe.StringData(s), len(s)), s, true, false)
}

// ReadNormalString is ReadValidString for text its caller also knows to
// read as plain Unicode Vietnamese (PlainByCount over its LetterCount
// counts) and to be its own normal form (text.Normalize(s) == s), as a
// JSON record's reader learns as it scans the string: it is neither
// scanned for legacy font text nor, when decoding keeps it as it is,
// normalized again.
func ReadNormalString(id, source, name, s string) (*doc.Document, error) {
	return readDoc(id, source, name, unsafe.Slice(unsafe.StringData(s), len(s)), s, true, true)
}

// readDoc reads data; whole, when not empty, is data as a string, which
// decode returns in place of a copy. normal says whole is its own normal
// form.
func readDoc(id, source, name string, data []byte, whole string, known, normal bool) (*doc.Document, error) {
	isHTML := IsHTMLName(name) || looksHTML(data)
	src, enc, warns, err := decode(data, whole, isHTML, known, normal)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	// decode returns whole itself when it keeps the text (a repair or a
	// BOM makes another string)
	if !normal || len(src) != len(whole) || unsafe.StringData(src) != unsafe.StringData(whole) {
		src = text.Normalize(src)
	}
	p := &page{}
	if isHTML {
		if err := readHTML(src, p); err != nil {
			return nil, fmt.Errorf("%s: html: %w", source, err)
		}
		lines := p.lines
		p.lines = nil
		title := p.title
		p.title = ""
		cleanLines(lines, p)
		if title != "" {
			p.title = title
		}
	} else {
		// the lines' slice is a pooled one: cleanLines keeps its lines in
		// it and finish joins them; nothing holds it after that
		buf := lineBufs.Get().(*[]string)
		raw := splitLines((*buf)[:0], src)
		cleanLines(raw, p)
		d := finish(id, source, src, p)
		p.lines = nil
		clear(raw) // let the text go
		if cap(raw) <= keepLines {
			*buf = raw[:0]
			lineBufs.Put(buf)
		}
		return done(d, enc, warns, p), nil
	}
	return done(finish(id, source, "", p), enc, warns, p), nil
}

// lineBufs holds readDoc's slices of a text's lines; keepLines caps the
// one kept.
var lineBufs = sync.Pool{New: func() any { return new([]string) }}

const keepLines = 1 << 14

// splitLines appends the lines of s to out: strings.Split(s, "\n") without
// a slice of its own.
func splitLines(out []string, s string) []string {
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s = s[i+1:]
	}
}

// done sets what reading found besides the text on d.
func done(d *doc.Document, enc string, warns []string, p *page) *doc.Document {
	d.Encoding = enc
	d.Warnings = append(d.Warnings, warns...)
	d.Warnings = append(d.Warnings, p.warnings...)
	if strings.TrimSpace(d.Text) == "" {
		d.Warn("no article text found")
	}
	return d
}

// IsHTMLName reports whether a file name is an HTML page.
func IsHTMLName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return true
	}
	return false
}

func looksHTML(data []byte) bool {
	head := data
	if len(head) > 512 {
		head = head[:512]
	}
	// compared in place, case folded: no lower-cased copy of the head
	head = bytes.TrimLeftFunc(head, unicode.IsSpace)
	return hasPrefixFold(head, "<!doctype html") || hasPrefixFold(head, "<html")
}

func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && bytes.EqualFold(b[:len(prefix)], []byte(prefix))
}
