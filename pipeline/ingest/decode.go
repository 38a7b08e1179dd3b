package ingest

import (
	"bytes"
	"errors"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// ErrBinary is returned for inputs that are not text (PDF, images, archives).
var ErrBinary = errors.New("binary content, not text")

// decode turns raw bytes into a UTF-8 string. isHTML lets a page's own
// <meta charset> decide; otherwise a BOM decides, then UTF-8 validity, then
// windows-1258 (the Vietnamese Windows code page) as the fallback.
func decode(data []byte, isHTML bool) (string, string, []string, error) {
	var warnings []string
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return string(data[3:]), "utf-8", nil, nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		out, _, err := transform.Bytes(dec, data)
		if err != nil {
			return "", "", nil, err
		}
		return string(out), "utf-16", nil, nil
	}
	if looksBinary(data) {
		return "", "", nil, ErrBinary
	}
	if isHTML {
		enc, name, _ := charset.DetermineEncoding(data, "")
		if name != "utf-8" && name != "windows-1252" {
			out, _, err := transform.Bytes(enc.NewDecoder(), data)
			if err == nil {
				return string(out), name, nil, nil
			}
		}
	}
	if utf8.Valid(data) {
		return string(data), "utf-8", nil, nil
	}
	// Mostly UTF-8 with a few bad bytes is a damaged UTF-8 file, not a
	// legacy one: keep it, replacing the bad bytes.
	bad := 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		}
		i += size
	}
	if bad*50 < len(data) {
		warnings = append(warnings, "invalid UTF-8 bytes replaced")
		return string(bytes.ToValidUTF8(data, []byte("\uFFFD"))), "utf-8", warnings, nil
	}
	out, _, err := transform.Bytes(charmap.Windows1258.NewDecoder(), data)
	if err != nil {
		return "", "", nil, err
	}
	warnings = append(warnings, "not UTF-8: decoded as windows-1258")
	return string(out), "windows-1258", warnings, nil
}

// looksBinary reports NUL bytes or known binary signatures in the head.
func looksBinary(data []byte) bool {
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	for _, sig := range [][]byte{[]byte("%PDF"), {0xFF, 0xD8, 0xFF}, []byte("\x89PNG"), []byte("GIF8"), []byte("PK\x03\x04"), {0x1F, 0x8B}} {
		if bytes.HasPrefix(data, sig) {
			return true
		}
	}
	return bytes.IndexByte(head, 0) >= 0
}
