package ingest

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
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
	return readDoc(id, source, name, data, "", false)
}

// ReadValid is Read for data its caller knows to be valid UTF-8, such as
// the text of a JSON record: the document is the one Read makes, with
// less of the text read to decode it. Data that is not valid UTF-8 must
// go to Read.
func ReadValid(id, source, name string, data []byte) (*doc.Document, error) {
	return readDoc(id, source, name, data, "", true)
}

// ReadValidString is ReadValid for text already held as a string (a JSON
// record's): the document is the one ReadValid makes of []byte(s), but s
// is read where it lies, not copied to bytes and back to a string.
func ReadValidString(id, source, name, s string) (*doc.Document, error) {
	// a view of s's bytes, never written: decode and what it calls only
	// read their input
	return readDoc(id, source, name, unsafe.Slice(unsafe.StringData(s), len(s)), s, true)
}

// readDoc reads data; whole, when not empty, is data as a string, which
// decode returns in place of a copy.
func readDoc(id, source, name string, data []byte, whole string, known bool) (*doc.Document, error) {
	isHTML := IsHTMLName(name) || looksHTML(data)
	src, enc, warns, err := decode(data, whole, isHTML, known)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	src = text.Normalize(src)
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
		cleanLines(strings.Split(src, "\n"), p)
	}
	d := finish(id, source, p)
	d.Encoding = enc
	d.Warnings = append(d.Warnings, warns...)
	d.Warnings = append(d.Warnings, p.warnings...)
	if strings.TrimSpace(d.Text) == "" {
		d.Warn("no article text found")
	}
	return d, nil
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
