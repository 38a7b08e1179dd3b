package pipeline

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// defaultRecordLimit bounds a record when the runner gives no limit.
const defaultRecordLimit = 64 << 20

// lineCap is the longest JSON line held for a record body of limit bytes:
// JSON escapes can make the line several times longer than the text.
func lineCap(limit int64) int64 {
	if limit <= 0 {
		limit = defaultRecordLimit
	}
	return 4*limit + 1<<20
}

// jsonlRecords streams a JSON Lines file (gzip or not), one input per
// line. A line that does not parse, or is longer than the cap, becomes an
// input that fails with the file and line number; the lines around it are
// read as usual. A file cut short or a corrupt gzip stream ends the file
// with one failed input naming the line where reading stopped; the records
// before it are kept.
func jsonlRecords(p string, limit int64, fields Fields, yield func(Input) bool) {
	f, err := os.Open(p)
	if err != nil {
		yield(failedInput(ValidID(filepath.Base(p)+"#0"), p+":0", err))
		return
	}
	defer f.Close()
	readJSONL(f, p, strings.HasSuffix(strings.ToLower(p), ".gz"), limit, fields, yield)
}

// readJSONL reads JSON Lines records from r (see jsonlRecords); p names the
// file in doc_ids and errors, fields the names of a record's parts.
func readJSONL(r io.Reader, p string, gzipped bool, limit int64, fields Fields, yield func(Input) bool) {
	base := filepath.Base(p)
	fail := func(line int, err error) bool {
		return yield(failedInput(ValidID(fmt.Sprintf("%s#%d", base, line)), fmt.Sprintf("%s:%d", p, line), err))
	}
	if gzipped {
		zr, err := gzip.NewReader(bufio.NewReader(r))
		if err != nil {
			fail(0, fmt.Errorf("%s: not a gzip file (%v)", p, err))
			return
		}
		defer zr.Close()
		r = zr
	}
	capBytes := lineCap(limit)
	br := bufio.NewReaderSize(r, 64<<10)
	line := 0
	// one buffer for every line: a record's parts are copied out of it
	// (jsonlRecord keeps no slice of the line), and a buffer grown past
	// keepLine by one long record is let go rather than held for the file
	var buf []byte
	for {
		b, n, long, err := readLineInto(buf[:0], br, capBytes, 16*capBytes)
		if cap(b) <= keepLine {
			buf = b
		} else {
			buf = nil
		}
		if err != nil && err != io.EOF && err != errLineRunaway {
			// the stream broke inside this line: what was read of it is not
			// a record
			fail(line+1, fmt.Errorf("%s:%d: file cut short or corrupt after line %d: %w", p, line+1, line, err))
			return
		}
		if n > 0 {
			line++
			switch {
			case long && err == errLineRunaway:
				fail(line, fmt.Errorf("%s: line over %d bytes with no end in sight: the rest of the file is not read", lineSource(p, line), 16*capBytes))
				return
			case long:
				if !fail(line, fmt.Errorf("%s: line of %d bytes is over the record limit of %d (see --max-bytes)", lineSource(p, line), n, capBytes)) {
					return
				}
			default:
				if in, ok := jsonlRecord(base, p, line, b, fields); ok {
					if !yield(in) {
						return
					}
				}
			}
		}
		if err == io.EOF {
			return
		}
	}
}

// jsonlRecord turns one line into an input; ok is false for a blank line.
// A record with no text is an input that fails: an empty document would
// pass silently.
func jsonlRecord(base, p string, line int, b []byte, fields Fields) (Input, bool) {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return Input{}, false
	}
	src := lineSource(p, line)
	rec, err := fields.record(b)
	if err != nil {
		return failedInput(ValidID(fmt.Sprintf("%s#%d", base, line)), src, fmt.Errorf("%s: bad JSON record: %w", src, err)), true
	}
	id := rec.ID
	if id == "" {
		id = rec.URL
	}
	if id == "" {
		id = fmt.Sprintf("%s#%d", base, line)
	}
	if rec.Body == "" {
		in := failedInput(ValidID(id), src, fmt.Errorf("%s: record has no text (no non-empty %s field)", src, strings.Join(fields.bodyNames(), ", ")))
		in.Published, in.URL = rec.Published, rec.URL
		return in, true
	}
	body := rec.Body
	// a record's strings are valid UTF-8: the flat reader takes only valid
	// ones, and encoding/json, which reads the rest, repairs bad bytes. The
	// runner reads Text; Load copies it only for a caller that asks.
	return Input{ID: ValidID(id), Source: src, Name: rec.Name, Published: rec.Published, URL: rec.URL, Size: int64(len(body)),
		Load: func() ([]byte, error) { return []byte(body), nil }, Text: body, ValidUTF8: true, Normal: rec.Normal}, true
}

// lineSource names line of file p ("p:line"), as fmt's "%s:%d" does,
// without its formatting machinery: it is made for every record.
func lineSource(p string, line int) string {
	return p + ":" + strconv.Itoa(line)
}

// keepLine is the largest line buffer readJSONL keeps for the next line.
const keepLine = 1 << 20

// errLineRunaway: a line went past the give-up length (a gzip bomb of one
// endless line): stop reading the file rather than decompress it all.
var errLineRunaway = errors.New("line runs away")

// readLine reads one line, newline included, holding at most capBytes of
// it: a longer line is read through and dropped (long is true), and one
// longer than giveUp stops with errLineRunaway. n is the line's length.
func readLine(br *bufio.Reader, capBytes, giveUp int64) (line []byte, n int64, long bool, err error) {
	return readLineInto(nil, br, capBytes, giveUp)
}

// readLineInto is readLine appending the line to buf, so that a reader of
// many lines can give the same buffer back each time instead of allocating
// one a line; the line is valid until the next call with that buffer.
func readLineInto(buf []byte, br *bufio.Reader, capBytes, giveUp int64) (line []byte, n int64, long bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		n += int64(len(chunk))
		if !long {
			if int64(len(buf)+len(chunk)) > capBytes {
				long, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			if n > giveUp {
				return nil, n, true, errLineRunaway
			}
			continue
		}
		return buf, n, long, err
	}
}
