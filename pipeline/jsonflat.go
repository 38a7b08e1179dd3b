package pipeline

import (
	"encoding/binary"
	"math/bits"
	"sync"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline/ingest"
	"github.com/vnextract/vnextract/pipeline/text"
)

// flatObject is a JSON Lines record read in one pass: an object whose
// values are strings, true, false or null, as crawlers write them.
// encoding/json checks a line whole before decoding it and then decodes
// every string rune by rune, three readings of the text; this reads it
// once. Anything else (a number, a nested value, invalid UTF-8, an escape
// or a byte JSON rejects, more than one value on the line) is left to
// encoding/json, so that its values and its errors stay that package's:
// parse says no and the caller decodes the line as before.
type flatObject struct {
	fields []flatField
	buf    []byte // unescaped strings, when a string has escapes
}

// flatField is one member. A value without escapes is a slice of the line,
// one with escapes a slice of buf.
type flatField struct {
	key, val []byte
	kind     byte // 's' string, 't' true, 'f' false, 'n' null
	kept     bool // ingest and text.Normalize keep val as it is (see str)
}

var flatObjects = sync.Pool{New: func() any { return new(flatObject) }}

// keepFlat caps the unescaping buffer kept for the next record.
const keepFlat = 1 << 20

// parse reads line into o; false means the line is not a flat object read
// exactly as encoding/json would read it, and o is not to be used.
func (o *flatObject) parse(line []byte) bool {
	o.fields, o.buf = o.fields[:0], o.buf[:0]
	i := skipSpace(line, 0)
	if i == len(line) || line[i] != '{' {
		return false
	}
	i = skipSpace(line, i+1)
	if i < len(line) && line[i] == '}' {
		return skipSpace(line, i+1) == len(line)
	}
	for {
		if i == len(line) || line[i] != '"' {
			return false
		}
		var f flatField
		var ok bool
		if f.key, i, _, ok = o.str(line, i); !ok {
			return false
		}
		i = skipSpace(line, i)
		if i == len(line) || line[i] != ':' {
			return false
		}
		i = skipSpace(line, i+1)
		if i == len(line) {
			return false
		}
		switch c := line[i]; c {
		case '"':
			f.kind = 's'
			if f.val, i, f.kept, ok = o.str(line, i); !ok {
				return false
			}
		case 't', 'f', 'n':
			lit := "null"
			if c == 't' {
				lit = "true"
			} else if c == 'f' {
				lit = "false"
			}
			if len(line)-i < len(lit) || string(line[i:i+len(lit)]) != lit {
				return false
			}
			f.kind, f.kept = c, true
			i += len(lit)
		default:
			return false // a number or a nested value
		}
		o.fields = append(o.fields, f)
		i = skipSpace(line, i)
		if i == len(line) {
			return false
		}
		switch line[i] {
		case ',':
			i = skipSpace(line, i+1)
		case '}':
			return skipSpace(line, i+1) == len(line)
		default:
			return false
		}
	}
}

// get returns the member named name as json.Unmarshal into a map would
// hold it: the last of duplicate keys wins.
func (o *flatObject) get(name string) (flatField, bool) {
	for i := len(o.fields) - 1; i >= 0; i-- {
		if string(o.fields[i].key) == name {
			return o.fields[i], true
		}
	}
	return flatField{}, false
}

func (o *flatObject) release() {
	if cap(o.buf) > keepFlat {
		o.buf = nil
	}
	o.fields = o.fields[:0]
	flatObjects.Put(o)
}

// skipSpace passes JSON white space from line[i].
func skipSpace(line []byte, i int) int {
	for i < len(line) && (line[i] == ' ' || line[i] == '\t' || line[i] == '\n' || line[i] == '\r') {
		i++
	}
	return i
}

// plain marks the bytes a string's scan passes at once: ASCII that is
// neither a quote, a backslash nor a control character.
var plain = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// plainRun returns the index of the first byte of line from i on that a
// string's scan must look at: a quote, a backslash, a control byte, or one
// that does not start ASCII or a valid two- or three-byte code point
// (every Vietnamese letter, checked in place). ASCII is read eight bytes at
// a time. In a function of its own, so that its loop keeps its few
// variables in registers.
//
// kept is what is known of the string so far: while it holds, plainRun
// also stops at a code point text.KeptAfter does not pass, for str to ask
// text.KeptAt (through keptAt: the bytes around it in the line are the
// ones around it in the string, as str keeps kept only across escapes
// that end in no "o" or "u" and stand for none, and an escape after it
// begins with a backslash, not a letter); the call stays out of this loop,
// whose values it made spill. letters adds up the code points passed as
// ingest.LetterCount counts them: Latin-1 ones in its low 32 bits,
// Vietnamese ones in its high 32.
func plainRun(line []byte, i int, kept bool, letters uint64) (int, bool, uint64) {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for i < len(line) {
		for i+8 <= len(line) {
			// (x-ones)&^x&highs marks each zero byte of x and no byte below
			// the first one, (w-0x20*ones)&^w each byte below 0x20 likewise:
			// the lowest bit set is exact
			w := binary.LittleEndian.Uint64(line[i:])
			q, b := w^'"'*ones, w^'\\'*ones
			if m := (w | (w-0x20*ones)&^w | (q-ones)&^q | (b-ones)&^b) & highs; m != 0 {
				i += bits.TrailingZeros64(m) >> 3
				break
			}
			i += 8
		}
		if i == len(line) {
			return i, kept, letters
		}
		c := line[i]
		if c < utf8.RuneSelf {
			if !plain[c] {
				return i, kept, letters
			}
			i++ // the last few bytes, one by one
			continue
		}
		if c < 0xC2 || c >= 0xF0 || i+2 >= len(line) {
			return i, kept, letters
		}
		b1, b2 := line[i+1], line[i+2]
		if c < 0xE0 {
			if b1&0xC0 != 0x80 {
				return i, kept, letters
			}
			cls := scanClass[rune(c&0x1F)<<6|rune(b1&0x3F)]
			if cls&scanKept == 0 && kept && !classKept(cls, line[i-1]) {
				return i, kept, letters // for str to look at
			}
			letters += letterAdd[cls>>3&3]
			i += 2
			continue
		}
		lo, hi := byte(0x80), byte(0xBF)
		if c == 0xE0 {
			lo = 0xA0 // not overlong
		} else if c == 0xED {
			hi = 0x9F // not a surrogate
		}
		if b1 < lo || b1 > hi || b2&0xC0 != 0x80 {
			return i, kept, letters
		}
		var cls byte // past the table: not kept, not counted
		if r := rune(c&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F); r < scanEnd {
			cls = scanClass[r]
		}
		if cls&scanKept == 0 && kept && !classKept(cls, line[i-1]) {
			return i, kept, letters // for str to look at
		}
		letters += letterAdd[cls>>3&3]
		i += 3
	}
	return i, kept, letters
}

// scanClass says, for each code point past ASCII below scanEnd, what a
// string's scan needs of it, in one load: whether text.Normalize keeps it
// wherever it stands (scanKept), or unless it follows an "o" (scanNotO)
// or a "u" (scanNotU), as text.KeptAfter answers, and how
// ingest.LetterCount counts it (scanLatin, scanViet). Above scanEnd
// nothing is kept (KeptAfter says no there) and nothing counted.
var scanClass = func() (t [scanEnd]byte) {
	for r := rune(utf8.RuneSelf); r < scanEnd; r++ {
		var c byte
		any, o, u := text.KeptAfter(' ', r), text.KeptAfter('o', r), text.KeptAfter('u', r)
		switch {
		case any && o && u:
			c = scanKept
		case any && u:
			c = scanNotO
		case any && o:
			c = scanNotU
		}
		switch ingest.LetterCount(r) {
		case 1:
			c |= scanLatin
		case 2:
			c |= scanViet
		}
		t[r] = c
	}
	return t
}()

const scanEnd = 0x2600

const (
	scanKept = 1 << iota
	scanNotO
	scanNotU
	scanLatin
	scanViet
)

// letterAdd is what a code point adds to plainRun's letters, by its
// class's two letter bits.
var letterAdd = [4]uint64{0, 1, 1 << 32, 0}

// classKept is text.KeptAfter(prev, r) for r of class cls.
func classKept(cls, prev byte) bool {
	return cls&scanKept != 0 || cls&scanNotO != 0 && prev|0x20 != 'o' || cls&scanNotU != 0 && prev|0x20 != 'u'
}

// keptAt is text.KeptAt for the code point r of n bytes at line[i], inside
// a string (whose opening quote is at least two bytes in): the bytes
// around a code point are read only for the few that text.KeptAfter does
// not pass.
func keptAt(line []byte, i int, r rune, n int) bool {
	var next byte // none: the string is not closed, so not read
	if i+n < len(line) {
		next = line[i+n]
	}
	return text.KeptAt(line[i-2], line[i-1], r, next)
}

// str reads the string whose opening quote is at line[i] and returns its
// unescaped bytes and the index past its closing quote; ok is false where
// encoding/json would fail, or would replace an invalid byte with U+FFFD.
// kept says that the string reads as plain Unicode Vietnamese
// (ingest.PlainByCount) and that text.Normalize returns it as it is, so
// that reading it as a document keeps it as it is (false: it may or may
// not).
func (o *flatObject) str(line []byte, i int) (s []byte, next int, kept, ok bool) {
	i++
	start := i // of the run not yet copied to buf
	from := -1 // where this string starts in buf, once it has an escape
	kept = true
	var letters uint64
	for i < len(line) {
		i, kept, letters = plainRun(line, i, kept, letters)
		if i == len(line) {
			break
		}
		switch c := line[i]; {
		case c == '"':
			// kept says more from here on: decode keeps the string too
			// (escapes stand for no letter it counts, as kept allows none
			// but ASCII ones)
			kept = kept && ingest.PlainByCount(int(uint32(letters)), int(letters>>32))
			if from < 0 {
				return line[start:i], i + 1, kept, true
			}
			o.buf = append(o.buf, line[start:i]...)
			return o.buf[from:], i + 1, kept, true
		case c == '\\':
			if from < 0 {
				from = len(o.buf)
			}
			o.buf = append(o.buf, line[start:i]...)
			n, ok := o.escape(line, i)
			if !ok {
				return nil, 0, false, false
			}
			// a line feed, a quote, a backslash or a slash is kept by
			// Normalize, and the escape's last byte, which plainRun reads
			// as the byte before the next code point, is no "o" or "u"
			// as what it stands for is not; other escapes (a tab, a
			// return, a code point) are for Normalize to look at
			switch line[i+1] {
			case 'n', '"', '\\', '/':
			default:
				kept = false
			}
			i += n
			start = i
		case c < ' ':
			return nil, 0, false, false
		default:
			// past what plainRun passes: a code point it leaves to
			// keptAt, one at the line's end, a four-byte code point, or a
			// byte that is not UTF-8
			r, size := utf8.DecodeRune(line[i:])
			if r == utf8.RuneError && size == 1 {
				return nil, 0, false, false
			}
			if size < 4 {
				kept = kept && keptAt(line, i, r, size)
				if r < scanEnd {
					letters += letterAdd[scanClass[r]>>3&3]
				}
			} else {
				kept = false
			}
			i += size
		}
	}
	return nil, 0, false, false // no closing quote
}

// escape appends what the escape at line[i] stands for to buf, as
// encoding/json reads it, and returns its length.
func (o *flatObject) escape(line []byte, i int) (int, bool) {
	if i+1 >= len(line) {
		return 0, false
	}
	switch c := line[i+1]; c {
	case '"', '\\', '/':
		o.buf = append(o.buf, c)
	case 'b':
		o.buf = append(o.buf, '\b')
	case 'f':
		o.buf = append(o.buf, '\f')
	case 'n':
		o.buf = append(o.buf, '\n')
	case 'r':
		o.buf = append(o.buf, '\r')
	case 't':
		o.buf = append(o.buf, '\t')
	case 'u':
		r := hex4(line[i+2:])
		if r < 0 {
			return 0, false
		}
		if utf16.IsSurrogate(r) {
			// a pair is one code point; a lone half becomes U+FFFD
			if len(line) >= i+8 && line[i+6] == '\\' && line[i+7] == 'u' {
				if r2 := hex4(line[i+8:]); r2 >= 0 {
					if dec := utf16.DecodeRune(r, r2); dec != unicode.ReplacementChar {
						o.buf = utf8.AppendRune(o.buf, dec)
						return 12, true
					}
				}
			}
			r = unicode.ReplacementChar
		}
		o.buf = utf8.AppendRune(o.buf, r)
		return 6, true
	default:
		return 0, false
	}
	return 2, true
}

// hex4 reads four hexadecimal digits, or returns -1.
func hex4(b []byte) rune {
	if len(b) < 4 {
		return -1
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}
