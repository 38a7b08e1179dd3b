package pipeline

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// warcInputs reads a WARC file (gzip per record, whole-file gzip, or
// plain) and returns one input per "response" or "resource" record: the
// HTTP body of a response, the block of a resource. The record's target URI
// is its doc_id and URL, and its WARC-Date stands in for the publication
// date when the page gives none (with a warning: a crawl date can be later
// than the article's).
// A record that cannot be read ends the file with an error naming the
// record's offset; the records before it are kept.
func warcInputs(p string) ([]Input, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = bufio.NewReaderSize(f, 1<<16)
	if strings.HasSuffix(strings.ToLower(p), ".gz") {
		gz, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		defer gz.Close()
		r = gz
	}
	br := bufio.NewReaderSize(r, 1<<16)
	var out []Input
	for n := 0; ; n++ {
		hdr, err := readWARCHeader(br)
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, fmt.Errorf("%s: record %d: %w", p, n, err)
		}
		length, err := strconv.ParseInt(hdr["content-length"], 10, 64)
		if err != nil || length < 0 {
			return out, fmt.Errorf("%s: record %d: bad Content-Length %q", p, n, hdr["content-length"])
		}
		block := make([]byte, length)
		if _, err := io.ReadFull(br, block); err != nil {
			return out, fmt.Errorf("%s: record %d: truncated block: %w", p, n, err)
		}
		typ := hdr["warc-type"]
		if typ != "response" && typ != "resource" {
			continue
		}
		body := block
		name := "record.html"
		if typ == "response" {
			body, name = httpBody(block)
		}
		uri := strings.Trim(hdr["warc-target-uri"], "<>")
		id := uri
		if id == "" {
			id = strings.Trim(hdr["warc-record-id"], "<>")
		}
		data := body
		out = append(out, Input{ID: id, Source: fmt.Sprintf("%s#%d", p, n), Name: name, URL: uri, Size: int64(len(body)),
			Published: hdr["warc-date"], PublishedIsCrawl: true,
			Load: func() ([]byte, error) { return data, nil }})
	}
}

// readWARCHeader reads "WARC/1.x" and the header lines up to the blank line,
// skipping the blank lines that end the previous record.
func readWARCHeader(br *bufio.Reader) (map[string]string, error) {
	var line string
	for {
		l, err := br.ReadString('\n')
		if err != nil && l == "" {
			return nil, err
		}
		if strings.TrimSpace(l) != "" {
			line = l
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if !strings.HasPrefix(line, "WARC/") {
		return nil, fmt.Errorf("not a WARC record (starts %q)", strings.TrimSpace(line))
	}
	hdr := map[string]string{}
	for {
		l, err := br.ReadString('\n')
		if strings.TrimSpace(l) == "" {
			return hdr, nil
		}
		if k, v, ok := strings.Cut(l, ":"); ok {
			hdr[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
		}
		if err != nil {
			return nil, fmt.Errorf("header cut short: %w", err)
		}
	}
}

// httpBody splits an HTTP response into its body, and names it by its
// Content-Type so the right reader takes it.
func httpBody(block []byte) ([]byte, string) {
	i := bytes.Index(block, []byte("\r\n\r\n"))
	sep := 4
	if i < 0 {
		i, sep = bytes.Index(block, []byte("\n\n")), 2
	}
	if i < 0 {
		return block, "record.html"
	}
	head := strings.ToLower(string(block[:i]))
	name := "record.html"
	if strings.Contains(head, "content-type: text/plain") {
		name = "record.txt"
	}
	return block[i+sep:], name
}
