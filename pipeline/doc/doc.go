// Package doc holds the data model every stage shares: the Document that
// carries normalized text, sentences, mentions and relations through the
// pipeline, and the Stage interface. It imports nothing of the project's, so
// that ingest, text, extractors and the runner can all depend on it.
//
// Offsets are Unicode code points into Document.Text, end-exclusive. The
// Document converts between them and byte offsets (Go strings, the standard
// library's regexp) in one place: RuneOffset and ByteOffset. It makes the
// text's runes when a stage first asks for them (Runes), in a buffer that
// goes back to a pool when the runner releases the document (Release), so
// four bytes a code point are not allocated for every document.
package doc

import (
	"fmt"
	"math/bits"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// Date is a calendar day with possibly unknown parts; Year 0 means unknown.
type Date struct {
	Year, Month, Day int
}

// IsZero reports whether nothing of the date is known.
func (d Date) IsZero() bool { return d == Date{} }

// Document is one article as it moves through the stages.
type Document struct {
	ID        string
	Source    string // input path or record file the document came from
	URL       string
	Site      string
	Title     string
	Published Date // zero when unknown
	Authors   []string
	Encoding  string
	Warnings  []string

	Text string // normalized text; offsets point into it

	Sentences []Span
	Mentions  []*Mention
	Relations []Relation

	// Deadline, when not zero, is when the document's time budget ends.
	// Stages call Expired in their loops and stop early past it, so one
	// document cannot hold a worker for minutes inside one stage.
	Deadline time.Time

	runes      []rune         // Text as code points, built by Runes when first asked
	valid      bool           // Text is known to be valid UTF-8, see MarkValid
	nrunes     int            // code points in Text plus one; 0 until counted
	release    []func()       // what Release gives back, see OnRelease
	byteToRune []int32        // lazily built by RuneOffset
	runeToByte []int32        // lazily built by ByteOffset
	memo       map[string]any // derived views of the text, see Memo
	spans      spanIndex      // mentions by kind, for Overlaps
	checks     int            // Expired calls since the clock was last read
	expired    bool
}

// Cut reports whether a stage has seen the deadline pass (through Expired)
// and stopped early.
func (d *Document) Cut() bool { return d.expired }

// Expired reports whether the document's deadline has passed. It reads the
// clock once every 256 calls, so a stage can call it on every token; once
// true it stays true.
func (d *Document) Expired() bool {
	if d.expired || d.Deadline.IsZero() {
		return d.expired
	}
	d.checks++
	if d.checks&255 != 1 {
		return false
	}
	if time.Now().After(d.Deadline) {
		d.expired = true
	}
	return d.expired
}

// Memo returns the value stored under key, building it once with build.
// Stages use it for views of the text that several of them read (the word
// tokens): a view depends on the text only, which never changes once the
// stages run, so sharing it cannot carry one stage's findings into another.
func (d *Document) Memo(key string, build func() any) any {
	if v, ok := d.memo[key]; ok {
		return v
	}
	if d.memo == nil {
		d.memo = map[string]any{}
	}
	v := build()
	d.memo[key] = v
	return v
}

// Span is a half-open code-point range [Start, End).
type Span struct{ Start, End int }

// NewDocument makes a document over already-normalized text.
func NewDocument(id, text string) *Document {
	return &Document{ID: id, Text: text}
}

// MarkValid records that Text is valid UTF-8, as text.Normalize's output
// always is. Code points are then told apart by their leading bytes alone
// (Len, ByteOffset), and Slice need not check what it cuts: the results are
// the same, without decoding each code point.
func (d *Document) MarkValid() { d.valid = true }

// SetText replaces the text (before any stage has run).
func (d *Document) SetText(text string) {
	d.Text = text
	d.valid = false
	d.runes = nil
	d.nrunes = 0
	d.byteToRune = nil
	d.runeToByte = nil
	d.memo = nil
}

// Runes returns Text as code points, the same as []rune(d.Text), made on
// the first call. The slice is the document's: it is reused for another
// document once the document is released, so nothing may keep it (or a
// part of it) past the document's stages. Stages that can should index
// Text by byte (see ByteOffset) instead.
func (d *Document) Runes() []rune {
	if d.runes == nil && d.Text != "" {
		buf := runeBufs.Get().(*[]rune)
		rs := *buf
		if cap(rs) < len(d.Text) { // never fewer bytes than code points
			rs = make([]rune, len(d.Text))
		}
		rs = rs[:len(d.Text)]
		n := 0
		for i := 0; i < len(d.Text); n++ {
			if c := d.Text[i]; c < utf8.RuneSelf {
				rs[n] = rune(c)
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(d.Text[i:])
			rs[n] = r
			i += size
		}
		d.runes = rs[:n]
		*buf = nil
		runeBufs.Put(buf)
	}
	return d.runes
}

// runeBufs holds code-point buffers of released documents for Runes.
var runeBufs = sync.Pool{New: func() any { return new([]rune) }}

// keepRunes caps a buffer kept for the next document: one huge text should
// not pin its buffer.
const keepRunes = 1 << 20

// OnRelease registers f to run when the document is released: a stage's
// view of the text (the tokens) can give its buffers back for the next
// document.
func (d *Document) OnRelease(f func()) { d.release = append(d.release, f) }

// Release ends the document's use: the runner calls it once the rows are
// made, and nothing may read the document after. Its buffers (Runes, and
// what OnRelease registered) are reused for other documents; rows keep
// only strings, which are never in those buffers.
func (d *Document) Release() {
	for _, f := range d.release {
		f()
	}
	d.release = nil
	d.memo = nil
	if rs := d.runes; rs != nil && cap(rs) <= keepRunes {
		buf := runeBufs.Get().(*[]rune)
		if cap(*buf) < cap(rs) {
			*buf = rs[:0]
		}
		runeBufs.Put(buf)
	}
	d.runes = nil
}

// Len is the length of Text in code points. For valid text it builds the
// code-point index (see ByteOffset), which counts them on the way: a
// document whose mentions are cut by Slice needs both, and one pass over
// the text gives both.
func (d *Document) Len() int {
	if d.runes != nil {
		return len(d.runes)
	}
	if d.nrunes == 0 {
		if d.valid {
			d.indexByRune()
		} else {
			d.nrunes = utf8.RuneCountInString(d.Text) + 1
		}
	}
	return d.nrunes - 1
}

// Slice returns the text of the code-point range [start, end): the same
// string as string(d.Runes()[start:end]), taken from Text without a copy
// when Text is valid there (it always is after normalization).
func (d *Document) Slice(start, end int) string {
	if start < 0 {
		start = 0
	}
	if n := d.Len(); end > n {
		end = n
	}
	if start >= end {
		return ""
	}
	if d.runes != nil {
		return string(d.runes[start:end])
	}
	s := d.Text[d.ByteOffset(start):d.ByteOffset(end)]
	if !d.valid && !utf8.ValidString(s) {
		return string([]rune(s)) // each invalid byte becomes U+FFFD, as in Runes
	}
	return s
}

// RuneOffset converts a byte offset into Text to a code-point offset. It is
// the one place where byte positions (Go strings, the standard regexp) become
// the code-point positions stored everywhere else. It keeps the count of
// code points at every 64th byte and counts the rest, so the index costs a
// sixteenth of the text's size, not four times it.
func (d *Document) RuneOffset(b int) int {
	const step = 64
	if d.byteToRune == nil && d.valid {
		d.indexByRune()
	}
	if d.byteToRune == nil {
		d.byteToRune = make([]int32, len(d.Text)/step+1)
		r := int32(0)
		for i := 0; i < len(d.Text); i += step {
			d.byteToRune[i/step] = r
			r += int32(countRunes(d.Text[i:min(i+step, len(d.Text))]))
		}
		if len(d.Text)%step == 0 {
			d.byteToRune[len(d.Text)/step] = r
		}
	}
	if b < 0 {
		return 0
	}
	if b > len(d.Text) {
		b = len(d.Text)
	}
	k := b / step
	return int(d.byteToRune[k]) + countRunes(d.Text[k*step:b])
}

// CountRunes is utf8.RuneCountInString(s) for valid UTF-8 (each invalid
// byte that is not a continuation byte counts one, as there), read eight
// bytes at a time.
func CountRunes(s string) int { return countRunes(s) }

// countRunes counts the bytes of s that start a code point (all but
// continuation bytes, 10xxxxxx), eight at a time: a continuation byte has
// its top bit set and the next one clear.
func countRunes(s string) int {
	const hi = 0x8080808080808080
	n := len(s)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := word(s, i)
		n -= topBits(x & ^(x << 1) & hi)
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n--
		}
	}
	return n
}

// word is the eight bytes of s from i on as one little-endian word: one
// load, after one bounds check (indexing s[i+1] to s[i+7] checked each).
func word(s string, i int) uint64 {
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// ByteOffset converts a code-point offset into Text to a byte offset, the
// inverse of RuneOffset. It keeps the byte offset of every 16th code point
// (a quarter of a byte per code point), so a call reads at most 16 code
// points' bytes, not a scan from the start: Slice calls it twice for every
// mention.
func (d *Document) ByteOffset(r int) int {
	const step = 16
	if r <= 0 {
		return 0
	}
	if r >= d.Len() {
		return len(d.Text)
	}
	if d.runeToByte == nil && d.valid {
		d.indexByRune()
	}
	if d.runeToByte == nil { // text not known valid: decoded code point by code point
		d.runeToByte = make([]int32, d.Len()/step+1)
		i := 0
		for b := range d.Text { // one step per code point, as []rune counts them
			if i%step == 0 {
				d.runeToByte[i/step] = int32(b)
			}
			i++
		}
	}
	k := r / step
	b := int(d.runeToByte[k])
	if d.valid {
		return b + skipRunes(d.Text[b:], r-k*step)
	}
	for i := k * step; i < r; i++ {
		if c := d.Text[b]; c < utf8.RuneSelf {
			b++
			continue
		}
		_, size := utf8.DecodeRuneInString(d.Text[b:])
		b += size
	}
	return b
}

// indexByRune builds both indexes of valid text, by code point for
// ByteOffset and by byte for RuneOffset, and its length in code points,
// all from one pass: a document's mentions need the first and the length,
// and the stages that match by byte the second, which cost a pass of its
// own for a few calls a document.
func (d *Document) indexByRune() {
	n := len(d.Text) // never fewer bytes than code points
	if d.nrunes > 0 {
		n = d.nrunes - 1
	}
	d.runeToByte = make([]int32, n/16+1)
	d.byteToRune = make([]int32, len(d.Text)/64+1)
	d.nrunes = indexRunes(d.Text, d.runeToByte, d.byteToRune) + 1
}

// skipRunes is the byte offset in s, valid UTF-8 that starts with a code
// point, of its code point n (from 0; s holds more than n). It reads eight
// bytes at a time, as indexRunes does.
func skipRunes(s string, n int) int {
	const hi = 0x8080808080808080
	if n == 0 {
		return 0
	}
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := word(s, i)
		lead := ^(x & ^(x << 1)) & hi
		if c := topBits(lead); n >= c {
			n -= c
			continue
		}
		return i + nthLead(lead, n)
	}
	for ; ; i++ {
		if s[i]&0xC0 != 0x80 {
			if n == 0 {
				return i
			}
			n--
		}
	}
}

// topBits counts the bits set in m, which has none but the top bit of
// each byte: moved to the bottom of their bytes and multiplied by
// 0x0101..., they add up in the top byte (at most 8, no carry). It is
// bits.OnesCount64 for such words without its test of the CPU on every
// call (POPCNT is not in the baseline amd64 the build targets), whose
// call path, taken or not, made the loops around it keep their values
// on the stack.
func topBits(m uint64) int {
	const ones = 0x0101010101010101
	return int((m >> 7) * ones >> 56)
}

// nthLead is the byte (0 to 7) of a word where its code point k (from 0)
// starts, given lead, the top bit of each byte of the word that starts a
// code point, with more than k set. Without a loop: the bits moved to the
// bottom of their bytes and multiplied by 0x0101... give in byte j the
// starts in bytes 0 to j (at most 8, no carry), and adding 0x80-(k+1) to
// every byte sets the top bit of those that reach k+1 (at most 0x87, no
// carry either); the first such byte is the one.
func nthLead(lead uint64, k int) int {
	const ones = 0x0101010101010101
	cum := (lead >> 7) * ones
	reach := (cum + (0x80-uint64(k+1))*ones) & (ones << 7)
	return bits.TrailingZeros64(reach) >> 3
}

// indexRunes writes into idx the byte offset of every 16th code point of
// s, valid UTF-8 (idx has room for one per 16, rounded up), into byByte
// (unless nil) the code points before every 64th byte and before the end
// of s when its length is a multiple of 64 (as RuneOffset keeps them), and
// returns the number of code points in s. It reads eight bytes at a time: the
// bytes that start a code point are marked in one word (as countRunes
// does), counted, and a word where a 16th code point starts gives its
// byte by nthLead. Stepping code point by code point made each step wait
// for the byte it had just read: it was 3% of a whole run.
func indexRunes(s string, idx, byByte []int32) int {
	var x runeIndex
	x.words(s, len(s), idx, byByte)
	return x.tail(s, idx, byByte)
}

// runeIndex is indexRunes's pass, which may stop at any byte and go on
// from there (see RuneCursor): c code points before byte i (a multiple of
// 8), the next code point to record and its slot.
type runeIndex struct{ i, c, next, k int }

// words reads the words of s from x.i to end (rounded down to a word).
// The loop works on local copies: through x, every word's work stored and
// reloaded them. It reads two words a round: sixteen bytes hold at most
// sixteen code points, so at most one 16th starts in them, and their
// starts are counted by one multiplication (topBits of both at once: a
// byte of the sum is at most 2). The count before every 64th byte is
// stored once a block of eight words, not tested for at each word.
func (x *runeIndex) words(s string, end int, idx, byByte []int32) {
	const step = 16
	const hi = 0x8080808080808080
	const ones = 0x0101010101010101
	i, c, next, k := x.i, x.c, x.next, x.k
	t := s[:end&^7] // whole words
	for i < len(t) {
		if i&63 == 0 && byByte != nil {
			byByte[i>>6] = int32(c)
		}
		block := min(i&^63+64, len(t))
		for ; i+16 <= block; i += 16 {
			w1, w2 := word(t, i), word(t, i+8)
			l1 := ^(w1 & ^(w1 << 1)) & hi // the top bit of each byte that starts a code point
			l2 := ^(w2 & ^(w2 << 1)) & hi
			n := int((l1>>7 + l2>>7) * ones >> 56)
			if next < c+n {
				if n1 := topBits(l1); next < c+n1 {
					idx[k] = int32(i + nthLead(l1, next-c))
				} else {
					idx[k] = int32(i + 8 + nthLead(l2, next-c-n1))
				}
				k++
				next += step
			}
			c += n
		}
		if i < block { // one word left before the block's end
			w := word(t, i)
			lead := ^(w & ^(w << 1)) & hi
			n := topBits(lead)
			if next < c+n {
				idx[k] = int32(i + nthLead(lead, next-c))
				k++
				next += step
			}
			c += n
			i += 8
		}
	}
	x.i, x.c, x.next, x.k = i, c, next, k
}

// tail reads the bytes of s past its last whole word, after words has
// read to the end, and returns the code points in s.
func (x *runeIndex) tail(s string, idx, byByte []int32) int {
	const step = 16
	c, next, k := x.c, x.next, x.k
	for i := x.i; i < len(s); i++ {
		if i&63 == 0 && byByte != nil {
			byByte[i>>6] = int32(c)
		}
		if s[i]&0xC0 != 0x80 {
			if c == next {
				idx[k] = int32(i)
				k++
				next += step
			}
			c++
		}
	}
	if len(s)&63 == 0 && byByte != nil {
		byByte[len(s)>>6] = int32(c)
	}
	x.i, x.c, x.next, x.k = len(s), c, next, k
	return c
}

// A RuneCursor turns byte offsets into a document's Text, asked in an
// order that never decreases, into code-point offsets (RuneOffset of
// each), and on valid text builds the code-point index (as Len does) on
// the way: the sentence spans need a count of the text's code points up to
// each of them, the stages' mentions the index, and one pass gives both.
// Done ends it.
type RuneCursor struct {
	d     *Document
	index bool // building the index; else counting as RuneOffset does
	x     runeIndex
}

// Cursor starts a RuneCursor over d's Text, before any stage has run.
func (d *Document) Cursor() *RuneCursor {
	cur := &RuneCursor{d: d, index: d.valid && d.runeToByte == nil && d.byteToRune == nil}
	if cur.index {
		d.runeToByte = make([]int32, len(d.Text)/16+1) // never fewer bytes than code points
		d.byteToRune = make([]int32, len(d.Text)/64+1)
	}
	return cur
}

// At is the number of code points in Text before byte b, which is no
// less than in the call before.
func (cur *RuneCursor) At(b int) int {
	s := cur.d.Text
	if !cur.index {
		cur.x.c += countRunes(s[cur.x.i:b])
		cur.x.i = b
		return cur.x.c
	}
	if b&^7 > cur.x.i { // a sentence's end and the next start often share a word
		cur.x.words(s, b, cur.d.runeToByte, cur.d.byteToRune)
	}
	i := cur.x.i // b rounded down to a word: the starts in [i, b) are counted, not yet indexed
	if i == b {
		return cur.x.c
	}
	if i+8 <= len(s) {
		w := word(s, i)
		lead := ^(w & ^(w << 1)) & 0x8080808080808080
		return cur.x.c + topBits(lead&(1<<(8*uint(b-i))-1))
	}
	return cur.x.c + countRunes(s[i:b])
}

// Done reads the rest of the text, if the cursor builds the index, and
// hands the index and the count to the document.
func (cur *RuneCursor) Done() {
	if !cur.index {
		return
	}
	d := cur.d
	cur.x.words(d.Text, len(d.Text), d.runeToByte, d.byteToRune)
	d.nrunes = cur.x.tail(d.Text, d.runeToByte, d.byteToRune) + 1
	cur.index = false
}

// SentenceAt returns the index of the sentence holding code point pos, or -1.
func (d *Document) SentenceAt(pos int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > pos })
	if i < len(d.Sentences) && d.Sentences[i].Start <= pos {
		return i
	}
	return -1
}

// Warn records a warning on the document.
func (d *Document) Warn(format string, args ...any) {
	d.Warnings = append(d.Warnings, fmt.Sprintf(format, args...))
}

// Add appends a mention, filling its text from the span.
func (d *Document) Add(m *Mention) *Mention {
	m.Text = d.Slice(m.Start, m.End)
	m.Sentence = d.SentenceAt(m.Start)
	d.Mentions = append(d.Mentions, m)
	return m
}

// AddBytes appends a mention whose span the caller knows in both units:
// m.Start and m.End in code points, and start and end the same span in
// bytes of Text (a token's ByteStart and ByteEnd, a match of the standard
// regexp). Its text is cut by the bytes, so unlike Add it converts no
// offset: no ByteOffset, and for a stage that needs none itself no
// code-point index built at all. On text not known valid (see MarkValid)
// it cuts as Add does, which replaces invalid bytes.
func (d *Document) AddBytes(m *Mention, start, end int) *Mention {
	if d.valid && 0 <= start && start <= end && end <= len(d.Text) {
		m.Text = d.Text[start:end]
	} else {
		m.Text = d.Slice(m.Start, m.End)
	}
	m.Sentence = d.SentenceAt(m.Start)
	d.Mentions = append(d.Mentions, m)
	return m
}

// Overlaps reports whether [start,end) overlaps any mention of the given
// kinds. It answers from an index of the mentions by kind, so a stage that
// asks once per candidate stays near-linear when a document holds tens of
// thousands of mentions.
func (d *Document) Overlaps(start, end int, kinds ...Kind) bool {
	d.spans.sync(d.Mentions)
	for _, k := range kinds {
		if d.spans.byKind[k].overlaps(start, end) {
			return true
		}
	}
	return false
}

// spanIndex keeps, per kind, the mentions' spans sorted by start with the
// largest end so far (a query is one binary search), plus the spans added
// since the last merge (scanned). Merging when the unsorted part passes
// the square root of the sorted one keeps both costs near-linear overall.
type spanIndex struct {
	byKind map[Kind]*kindSpans
	seen   int // mentions indexed so far (mentions are only ever appended)
}

// SpanSet is a set of spans that answers "does [start,end) overlap any of
// them" in about a binary search, however many it holds; spans may be
// added between questions. Stages use it instead of comparing a candidate
// with every span found before.
type SpanSet struct {
	sorted  []Span // by Start
	maxEnd  []int  // maxEnd[i] = largest End in sorted[:i+1]
	pending []Span
}

type kindSpans = SpanSet

// Add puts [start,end) in the set.
func (k *SpanSet) Add(start, end int) { k.pending = append(k.pending, Span{start, end}) }

// Overlaps reports whether [start,end) overlaps a span of the set.
func (k *SpanSet) Overlaps(start, end int) bool { return k.overlaps(start, end) }

func (x *spanIndex) sync(ms []*Mention) {
	if len(ms) < x.seen { // the list was replaced: start again
		*x = spanIndex{}
	}
	if x.byKind == nil {
		x.byKind = map[Kind]*kindSpans{}
	}
	for _, m := range ms[x.seen:] {
		k := x.byKind[m.Kind]
		if k == nil {
			k = &kindSpans{}
			x.byKind[m.Kind] = k
		}
		k.pending = append(k.pending, Span{m.Start, m.End})
	}
	x.seen = len(ms)
}

func (k *kindSpans) overlaps(start, end int) bool {
	if k == nil {
		return false
	}
	if p := len(k.pending); p > 32 && p*p > len(k.sorted) {
		k.merge()
	}
	for _, s := range k.pending {
		if s.Start < end && start < s.End {
			return true
		}
	}
	// the spans starting before end; one of them overlaps iff the largest
	// end among them is past start
	i := sort.Search(len(k.sorted), func(i int) bool { return k.sorted[i].Start >= end })
	return i > 0 && k.maxEnd[i-1] > start
}

func (k *kindSpans) merge() {
	sort.Slice(k.pending, func(i, j int) bool { return k.pending[i].Start < k.pending[j].Start })
	all := make([]Span, 0, len(k.sorted)+len(k.pending))
	i, j := 0, 0
	for i < len(k.sorted) || j < len(k.pending) {
		if j == len(k.pending) || (i < len(k.sorted) && k.sorted[i].Start <= k.pending[j].Start) {
			all = append(all, k.sorted[i])
			i++
		} else {
			all = append(all, k.pending[j])
			j++
		}
	}
	k.sorted, k.pending = all, k.pending[:0]
	k.maxEnd = make([]int, len(all))
	m := -1 << 62
	for i, s := range all {
		m = max(m, s.End)
		k.maxEnd[i] = m
	}
}

// Of returns the mentions of one kind in text order.
func (d *Document) Of(k Kind) []*Mention {
	var out []*Mention
	for _, m := range d.Mentions {
		if m.Kind == k {
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// Kind names what a mention is.
type Kind string

const (
	KindPerson       Kind = "person"
	KindTitle        Kind = "title"
	KindDate         Kind = "date"
	KindDocRef       Kind = "document_ref"
	KindFigure       Kind = "figure"
	KindOrganization Kind = "organization"
	KindLocation     Kind = "location"
	KindEvent        Kind = "event"
	KindDocument     Kind = "document"
)

// Mention is a span of the text with what a stage found it to be. Exactly
// one of the typed payloads is set, matching Kind.
type Mention struct {
	Kind       Kind
	Start, End int
	Text       string
	Sentence   int    // index into Document.Sentences, -1 if none
	Rule       string // extractor/rule that produced it (provenance)

	Person *Person
	Title  *Title
	Date   *DateValue
	Ref    *DocRef
	Figure *Figure
	Entity *Entity
}

// Person is a person mention. Name is the full name of the person the mention
// refers to (a later "ông Duy" carries the full name of the Duy named before).
type Person struct {
	Name       string
	Honorific  string
	Antecedent *Mention // set when this mention refers back to an earlier one
}

// Title is a title attached to a person.
type Title struct {
	Person           *Mention // the person mention it is attached to
	Role             string
	Organization     string
	OrganizationFull string
	Place            string
	// "nguyên"
	Former bool
	Shape  string
}

// DateValue is a date or period mention's value.
type DateValue struct {
	Value       string // 2021-07-30, 2021-07, 2021, XXXX-08-30, or a period a/b
	Date        Date   // day-level value when fully known
	Granularity string // day, month, year, period
	PartOfDay   string
	Time        string // HH:MM when given
	Weekday     string
	YearFrom    string // where the year came from: text, published, context, unknown
	Warning     string // e.g. a weekday that does not agree with the date
	Calendar    string // "solar", or "lunar" when the text names a lunar date
	Lunar       string // the lunar date as read, "2017-01-15" ("2020-04L-01" in a leap month)
	// days from the publication date for "hôm qua", "ngày mai" (see IsRelative)
	Relative   int
	IsRelative bool // the text names the day from the day of writing
}

// DocRef is a reference to a numbered document.
type DocRef struct {
	DocType    string
	Number     string
	Symbol     string
	Ref        string
	IssuerCode string
	Issuer     string
	Issued     Date
	Term       string
}

// Figure is a quantity.
type Figure struct {
	Value      float64
	Unit       string
	Of         *float64
	Percent    *float64
	Qualifier  string
	Currency   string
	Subject    string
	Consistent *bool
	Kind       string // count, amount, measure, percent or duration
}

// Entity is an organization or a location.
type Entity struct {
	Name string
	Full string // abbreviations expanded
	Type string // for locations: tỉnh, huyện, ...; for organizations: the head word
}

// Relation links two extracted things.
type Relation struct {
	Subject, SubjectKind string
	Predicate            string
	Object, ObjectKind   string
	Date                 string // when the relation took effect, if the text says (ISO, may be partial)
	Sentence             int
	Start, End           int // span of the evidence (code points)
	Rule                 string
}

// Stage is one step of the pipeline. Extract adds mentions or relations to
// the document; it must not remove what earlier stages added.
type Stage interface {
	Name() string
	Extract(d *Document)
}

// Needs is implemented by stages that must run after others; the runner
// checks it once when it is built.
type Needs interface {
	Needs() []string
}

// Trim returns [start,end) shrunk past white space at both ends.
func (d *Document) Trim(start, end int) (int, int) {
	if start >= end {
		return start, end
	}
	if rs := d.runes; rs != nil {
		for start < end && isSpace(rs[start]) {
			start++
		}
		for end > start && isSpace(rs[end-1]) {
			end--
		}
		return start, end
	}
	b, e := d.ByteOffset(start), d.ByteOffset(end)
	for start < end {
		r, n := utf8.DecodeRuneInString(d.Text[b:])
		if !isSpace(r) {
			break
		}
		b += n
		start++
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(d.Text[:e])
		if !isSpace(r) {
			break
		}
		e -= n
		end--
	}
	return start, end
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' }

// Key normalizes a string the way the scorer compares keys: lower case, runs
// of white space collapsed, leading and trailing punctuation trimmed. The
// text is expected to be normalized (NFC, tone placement) already.
func Key(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.TrimFunc(s, func(r rune) bool {
		return r == ' ' || strings.ContainsRune(".,;:!?\"'“”‘’()[]{}-–—…*/\\|", r)
	})
}
