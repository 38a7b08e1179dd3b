package pipeline

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
)

// members reads a gzip file member by member (WARC files gzip each record
// on its own), so that a corrupt member costs only its own records: Read
// reports it as *corruptMember, and skip moves on to the next member.
type members struct {
	raw *bufio.Reader // a ByteReader, so flate reads no further than a member's end
	zr  *gzip.Reader
	eof bool
}

type corruptMember struct{ err error }

func (c *corruptMember) Error() string { return "corrupt gzip member: " + c.err.Error() }

func newMembers(r io.Reader) (*members, error) {
	raw := bufio.NewReaderSize(r, 64<<10)
	zr, err := gzip.NewReader(raw)
	if err != nil {
		return nil, err
	}
	zr.Multistream(false)
	return &members{raw: raw, zr: zr}, nil
}

func (m *members) Read(p []byte) (int, error) {
	if m.eof {
		return 0, io.EOF
	}
	for {
		n, err := m.zr.Read(p)
		if err == io.EOF {
			switch rerr := m.zr.Reset(m.raw); {
			case rerr == io.EOF:
				m.eof = true
			case rerr != nil:
				return n, &corruptMember{rerr}
			default:
				m.zr.Multistream(false)
			}
			if n > 0 || m.eof {
				if m.eof && n == 0 {
					return 0, io.EOF
				}
				return n, nil
			}
			continue
		}
		if err != nil {
			return n, &corruptMember{err}
		}
		return n, nil
	}
}

// magic starts every gzip member (ID1, ID2, deflate).
var magic = []byte{0x1f, 0x8b, 0x08}

// skip moves to the next member that starts cleanly; false at the end of
// the file.
func (m *members) skip() bool {
	for {
		// A checksum error leaves the reader at the next member; any other
		// error inside the member. Reset consumes at least a header, so a
		// member that starts cleanly and fails later is not met twice.
		for {
			b, err := m.raw.Peek(len(magic))
			if bytes.Equal(b, magic) {
				break
			}
			if err != nil {
				m.eof = true
				return false
			}
			m.raw.ReadByte()
		}
		if err := m.zr.Reset(m.raw); err == nil {
			m.zr.Multistream(false)
			return true
		}
		m.raw.ReadByte() // a false start: step past it
	}
}
