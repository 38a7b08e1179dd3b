package pipeline

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Bounds on a WARC header: its lines are short and few, so a header
// without a newline or without an end is an error, not a reason to read
// the file into memory.
const (
	maxHeaderLine  = 64 << 10
	maxHeaderLines = 1000
)

// warcRecords streams a WARC file (gzip per record, whole-file gzip, or
// plain), yielding one input per "response" or "resource" record: the HTTP
// body of a response, the block of a resource. The record's target URI is
// its doc_id and URL, and its WARC-Date stands in for the publication date
// when the page gives none (with a warning: a crawl date can be later than
// the article's).
//
// A record that cannot be read is one failed input naming the file, the
// record's number and its URI, and reading goes on at the next record: a
// Content-Length that is not a number, negative, too small or too large is
// found because the record does not end where it says (the blank line and
// the next "WARC/" header must follow), and the reader looks for the next
// header; a corrupt gzip member is skipped to the next member. A record is
// held back until the next header is found, so one whose length was wrong
// is reported failed, not read as a cut or padded page. A block over limit
// is read through without being kept.
func warcRecords(p string, limit int64, yield func(Input) bool) {
	f, err := os.Open(p)
	if err != nil {
		yield(failedInput(ValidID(filepath.Base(p)+"#0"), p, err))
		return
	}
	defer f.Close()
	readWARC(f, p, strings.HasSuffix(strings.ToLower(p), ".gz"), limit, yield)
}

// readWARC reads WARC records from r (see warcRecords); p names the file
// in doc_ids and errors.
func readWARC(r io.Reader, p string, gzipped bool, limit int64, yield func(Input) bool) {
	if limit <= 0 {
		limit = defaultRecordLimit
	}
	w := &warcReader{p: p, base: filepath.Base(p), limit: limit, yield: yield}
	if gzipped {
		m, err := newMembers(r)
		if err != nil {
			w.fail(0, "", fmt.Errorf("not a gzip file (%v)", err))
			return
		}
		w.members = m
		r = m
	}
	w.br = bufio.NewReaderSize(r, 64<<10)
	w.run()
}

type warcReader struct {
	p, base string
	limit   int64
	yield   func(Input) bool
	br      *bufio.Reader
	members *members
	stopped bool
	next    string // the first line of the next record, when already read
	held    *Input // the last good record, yielded once the next header is found
	heldN   int    // its number in the file
}

func (w *warcReader) emit(in Input) {
	if !w.stopped && !w.yield(in) {
		w.stopped = true
	}
}

// fail yields a failed input for record n (uri, if known, is its doc_id).
func (w *warcReader) fail(n int, uri string, err error) {
	id := uri
	if id == "" {
		id = fmt.Sprintf("%s#%d", w.base, n)
	}
	src := fmt.Sprintf("%s#%d", w.p, n)
	w.emit(failedInput(ValidID(id), src, fmt.Errorf("%s: record %d%s: %w", w.p, n, uriNote(uri), err)))
}

func uriNote(uri string) string {
	if uri == "" {
		return ""
	}
	return " (" + uri + ")"
}

// release yields the held record as good.
func (w *warcReader) release() {
	if w.held != nil {
		w.emit(*w.held)
		w.held = nil
	}
}

// spoil turns the held record into a failed one: what follows it is not a
// record boundary, so its Content-Length was wrong.
func (w *warcReader) spoil(why string) {
	if w.held == nil {
		return
	}
	h := w.held
	w.held = nil
	w.emit(failedInput(h.ID, h.Source, fmt.Errorf("%s: record %d%s: %s", w.p, w.heldN, uriNote(h.URL), why)))
}

func (w *warcReader) run() {
	defer w.release()
	for n := 0; !w.stopped; n++ {
		line := w.next
		w.next = ""
		if line == "" {
			l, warcLike, err := w.nextLine()
			if err == io.EOF {
				return
			}
			if err != nil {
				var bad *corruptMember
				switch {
				case errors.As(err, &bad):
					w.corrupt(n, "", bad)
				case warcLike:
					// a broken header: the record before it ended where it said
					w.release()
					w.fail(n, "", err)
				default:
					w.damaged(n, err)
				}
				w.resync()
				continue
			}
			line = l
		}
		if !strings.HasPrefix(line, "WARC/") {
			w.damaged(n, fmt.Errorf("not a WARC record header (starts %q); skipped to the next record", clip(line)))
			w.resync()
			continue
		}
		w.release()
		w.record(n, line)
	}
}

// damaged reports bytes that are not a record header where one should
// start. Right after a record, they mean that record's Content-Length was
// wrong (it ended on a blank line inside its own block): that record fails
// and carries the reason. Elsewhere they are a failed row of their own.
func (w *warcReader) damaged(n int, err error) {
	if w.held != nil {
		w.spoil(fmt.Sprintf("its Content-Length does not end at the record's end: %v", err))
		return
	}
	w.fail(n, "", err)
}

// corrupt reports a corrupt gzip member and skips to the next member. Met
// between records, the member is the one the record just read came from
// (WARC files gzip each record alone, and the checksum is checked at the
// member's end), so that record fails.
func (w *warcReader) corrupt(n int, uri string, bad *corruptMember) {
	err := fmt.Errorf("corrupt gzip member (%v); skipped to the next member", bad.err)
	if w.held != nil && uri == "" {
		w.spoil(err.Error())
	} else {
		w.fail(n, uri, err)
	}
	if !w.members.skip() {
		w.stopped = true
	}
}

// record reads one record whose first line has been read.
func (w *warcReader) record(n int, first string) {
	hdr, err := w.header()
	uri := strings.Trim(hdr["warc-target-uri"], "<>")
	if err != nil {
		w.readError(n, uri, err)
		w.resync()
		return
	}
	cl := hdr["content-length"]
	length, err := strconv.ParseInt(cl, 10, 64)
	if err != nil || length < 0 {
		w.fail(n, uri, fmt.Errorf("bad Content-Length %q; skipped to the next record", clip(cl)))
		w.resync()
		return
	}
	if length > w.limit {
		found, err := w.discardBlock(length)
		switch {
		case found:
			w.fail(n, uri, fmt.Errorf("Content-Length %d is over the per-document limit of %d and a record header stands inside it; reading goes on there", length, w.limit))
			return
		case err != nil:
			w.fail(n, uri, fmt.Errorf("Content-Length %d is over the per-document limit of %d and the file ends before it (%v)", length, w.limit, err))
			w.resync()
			return
		}
		if !w.endsHere() {
			w.fail(n, uri, fmt.Errorf("Content-Length %d does not end at the record's end", length))
			w.resync()
			return
		}
		w.fail(n, uri, fmt.Errorf("block of %d bytes is over the per-document limit of %d (see --max-bytes)", length, w.limit))
		return
	}
	block := make([]byte, length)
	got, err := io.ReadFull(w.br, block)
	if err != nil {
		block = block[:got]
		if w.pushBackHeader(block) {
			w.fail(n, uri, fmt.Errorf("Content-Length %d runs into the next record", length))
			return
		}
		w.readError(n, uri, fmt.Errorf("block cut short after %d of %d bytes: %w", got, length, err))
		w.resync()
		return
	}
	if !w.endsHere() {
		if w.pushBackHeader(block) {
			w.fail(n, uri, fmt.Errorf("Content-Length %d runs into the next record", length))
			return
		}
		// too small: the rest of the block follows; the next header check
		// reports it and spoils nothing (this record is failed now)
		w.fail(n, uri, fmt.Errorf("Content-Length %d does not end at the record's end", length))
		w.resync()
		return
	}
	typ := hdr["warc-type"]
	if typ != "response" && typ != "resource" {
		return
	}
	body, name := block, "record.html"
	if typ == "response" {
		body, name = httpBody(block)
	}
	id := uri
	if id == "" {
		id = strings.Trim(hdr["warc-record-id"], "<>")
	}
	if id == "" {
		id = fmt.Sprintf("%s#%d", w.base, n)
	}
	data := body
	w.heldN = n
	w.held = &Input{ID: ValidID(id), Source: fmt.Sprintf("%s#%d", w.p, n), Name: name, URL: uri, Size: int64(len(body)),
		Published: hdr["warc-date"], PublishedIsCrawl: true,
		Load: func() ([]byte, error) { return data, nil }}
}

// readError reports a read error inside record n.
func (w *warcReader) readError(n int, uri string, err error) {
	var bad *corruptMember
	if errors.As(err, &bad) {
		w.corrupt(n, uri, bad)
		return
	}
	w.fail(n, uri, err)
}

// endsHere checks that the record's block is followed by its blank lines
// (CRLF CRLF; LF LF accepted) or by the end of the file.
func (w *warcReader) endsHere() bool {
	b, err := w.br.Peek(4)
	if len(b) == 0 && err != nil {
		return true
	}
	return bytes.HasPrefix(b, []byte("\r\n\r\n")) || bytes.HasPrefix(b, []byte("\n\n")) ||
		(err != nil && (string(b) == "\r\n" || string(b) == "\n"))
}

// pushBackHeader looks for the start of a WARC header inside block (a
// Content-Length that runs past its record) and, when found, puts the
// bytes from there back in front of the reader.
func (w *warcReader) pushBackHeader(block []byte) bool {
	i := bytes.Index(block, []byte("\nWARC/1."))
	if i < 0 {
		return false
	}
	w.pushBack(block[i+1:])
	return true
}

// discardBlock reads through a block too large to keep, watching for the
// start of a WARC header inside it: a Content-Length of gigabytes in a
// small file must not cost the records after it. At the first header found
// it stops, puts the rest back, and reports found.
func (w *warcReader) discardBlock(length int64) (found bool, err error) {
	pat := []byte("\nWARC/1.")
	buf := make([]byte, 64<<10)
	carry := 0 // bytes kept from the previous chunk, so a header split across chunks is seen
	for length > 0 {
		want := int64(len(buf) - carry)
		if want > length {
			want = length
		}
		n, rerr := io.ReadFull(w.br, buf[carry:carry+int(want)])
		chunk := buf[:carry+n]
		if i := bytes.Index(chunk, pat); i >= 0 {
			w.pushBack(chunk[i+1:])
			return true, nil
		}
		length -= int64(n)
		if rerr != nil {
			if rerr == io.ErrUnexpectedEOF {
				rerr = io.EOF
			}
			return false, rerr
		}
		carry = min(len(pat)-1, len(chunk))
		copy(buf, chunk[len(chunk)-carry:])
	}
	return false, nil
}

func (w *warcReader) pushBack(b []byte) {
	rest := append([]byte(nil), b...)
	w.br = bufio.NewReaderSize(io.MultiReader(bytes.NewReader(rest), w.br), 64<<10)
}

// nextLine returns the next non-blank line, bounded in length; warcLike
// tells whether it starts like a record header, even when it is too long.
func (w *warcReader) nextLine() (line string, warcLike bool, err error) {
	for {
		head, _ := w.br.Peek(5)
		warcLike = string(head) == "WARC/"
		b, _, long, err := readLine(w.br, maxHeaderLine, maxHeaderLine)
		if long {
			return "", warcLike, fmt.Errorf("a line over %d bytes where a WARC header was expected", maxHeaderLine)
		}
		if len(bytes.TrimSpace(b)) != 0 {
			return string(b), warcLike, nil
		}
		if err != nil {
			return "", false, err
		}
	}
}

// header reads header lines up to the blank line that ends them.
func (w *warcReader) header() (map[string]string, error) {
	hdr := map[string]string{}
	for i := 0; ; i++ {
		if i >= maxHeaderLines {
			return hdr, fmt.Errorf("header of over %d lines", maxHeaderLines)
		}
		b, _, long, err := readLine(w.br, maxHeaderLine, maxHeaderLine)
		if long {
			return hdr, fmt.Errorf("header line over %d bytes", maxHeaderLine)
		}
		l := string(b)
		if strings.TrimSpace(l) == "" && err == nil {
			return hdr, nil
		}
		if k, v, ok := strings.Cut(l, ":"); ok {
			hdr[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
		}
		if err == io.EOF {
			return hdr, fmt.Errorf("header cut short: %w", io.ErrUnexpectedEOF)
		}
		if err != nil {
			return hdr, fmt.Errorf("header cut short: %w", err)
		}
	}
}

// resync discards lines until one starts with "WARC/1." and leaves it in
// w.next for the loop to read as the next record; a corrupt gzip member met
// on the way is skipped. At the end of the file (or on an error that does
// not go away) it stops the reader.
func (w *warcReader) resync() {
	for {
		b, _, _, err := readLine(w.br, maxHeaderLine, 1<<62)
		if bytes.HasPrefix(b, []byte("WARC/1.")) {
			w.next = string(b)
			return
		}
		var bad *corruptMember
		if errors.As(err, &bad) && w.members.skip() {
			continue
		}
		if err != nil && err != errLineRunaway {
			w.stopped = true
			return
		}
	}
}

func clip(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return s
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
