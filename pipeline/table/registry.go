package table

import (
	"bufio"
	"container/heap"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// registryBuilder gathers people_registry as documents stream past: one
// entry per person key, with the documents and every title seen with the
// article's date. It keeps only names and titles, not text: every string
// it keeps is copied, since a name cut from a document's text would keep
// the whole text alive for the rest of the run.
//
// What it holds grows with the run (a person in a million articles names a
// million doc_ids), so a builder with a spill budget writes what it holds,
// sorted by key, to a temporary file (a run) once its estimate of the
// bytes held passes the budget, and starts over; rows merges the runs and
// what is left in memory by key. Runs are written in the order documents
// came, and the merge takes a key's parts run by run, so every list keeps
// the order of the documents, as if nothing had been spilled. Memory then
// follows the budget, not the size of the input.
type registryBuilder struct {
	idx  map[string]int
	out  []RegistryRow
	held int // estimated bytes in idx and out

	budget int      // spill past this many bytes; 0: never
	runs   []string // spilled runs, oldest first
	dir    string   // where runs go ("" : the system's temporary folder)
}

// registrySpill is the budget of a run's registry: well under the run's
// memory bound (the estimate is of what the lists hold, and the heap holds
// up to twice that while they grow), and large enough that a corpus of
// 10,000-odd articles never spills (12,583 news articles: 3.6 MB).
const registrySpill = 32 << 20

func newRegistryBuilder() *registryBuilder {
	return &registryBuilder{idx: map[string]int{}}
}

// Estimated bytes held per entry, beyond the strings themselves: a map
// entry and a row (key); a slice element, with half as much again for the
// room append leaves (doc, title).
const (
	heldKey   = 160
	heldDoc   = 24
	heldTitle = 64
)

func (b *registryBuilder) get(key, name string) *RegistryRow {
	i, ok := b.idx[key]
	if !ok {
		i = len(b.out)
		key = strings.Clone(key)
		b.idx[key] = i
		b.out = append(b.out, RegistryRow{PersonKey: key, Name: strings.Clone(name), Docs: []string{}, Titles: []RegistryTitle{}})
		b.held += heldKey + 2*len(key) + len(name)
	}
	return &b.out[i]
}

// add takes one batch of rows: in a run, one document's. A title is listed
// once per person and document, and a document's rows all come in one
// batch (doc_ids are unique in a run; Split gives every row of a repeated
// doc_id to its last document), so the titles seen are remembered for the
// batch only: what the builder holds grows with the registry, not with a
// key per title ever read. It spills once the batch is in (never inside
// one), so a document's entries stay together in one run.
func (b *registryBuilder) add(r Rows) error {
	type docOf struct {
		id  string // the doc_id, copied once for every entry that names it
		pub *int32
	}
	docs := map[string]docOf{}
	for _, d := range r.Documents {
		docs[d.DocID] = docOf{strings.Clone(d.DocID), d.Published}
		b.held += 16 + len(d.DocID)
	}
	id := func(docID string) string {
		if d, ok := docs[docID]; ok {
			return d.id
		}
		d := docOf{id: strings.Clone(docID)} // rows without their document row
		docs[docID] = d
		b.held += 16 + len(docID)
		return d.id
	}
	for _, p := range r.People {
		g := b.get(p.NameKey, p.Name)
		if n := len(g.Docs); n == 0 || g.Docs[n-1] != p.DocID {
			g.Docs = append(g.Docs, id(p.DocID))
			b.held += heldDoc
		}
	}
	seen := map[string]bool{}
	for _, t := range r.Titles {
		k := t.PersonKey + "\x00" + t.DocID + "\x00" + strings.ToLower(t.Title)
		if seen[k] {
			continue
		}
		seen[k] = true
		g := b.get(t.PersonKey, t.Person)
		g.Titles = append(g.Titles, RegistryTitle{Title: strings.Clone(t.Title), DocID: id(t.DocID), Date: docs[t.DocID].pub})
		b.held += heldTitle + len(t.Title)
	}
	if b.budget > 0 && b.held > b.budget {
		return b.spill()
	}
	return nil
}

// sorted returns what the builder holds, by key, and forgets it.
func (b *registryBuilder) sorted() []RegistryRow {
	out := b.out
	slices.SortFunc(out, func(x, y RegistryRow) int { return strings.Compare(x.PersonKey, y.PersonKey) })
	b.idx, b.out, b.held = map[string]int{}, nil, 0
	return out
}

// spill writes what the builder holds to a new run file.
func (b *registryBuilder) spill() error {
	f, err := os.CreateTemp(b.dir, "vnextract-registry-*.run")
	if err != nil {
		return fmt.Errorf("people_registry: spilling to a temporary file: %w", err)
	}
	b.runs = append(b.runs, f.Name())
	w := bufio.NewWriterSize(f, 1<<20)
	for _, r := range b.sorted() {
		putRegistryRow(w, &r)
	}
	err = w.Flush()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("people_registry: writing %s: %w", f.Name(), err)
	}
	return nil
}

// discard removes the builder's run files.
func (b *registryBuilder) discard() {
	for _, p := range b.runs {
		os.Remove(p)
	}
	b.runs = nil
}

// rows returns people_registry sorted by key, for a builder with no
// budget (a set of rows small enough to hold); a run streams with each.
func (b *registryBuilder) rows() []RegistryRow {
	return b.sorted()
}

// each calls yield with every row of people_registry, by key, merging the
// spilled runs and what the builder holds; the runs are removed at the
// end. A key's parts are joined run by run (oldest first): its name is the
// first one seen, its documents and titles are in the order they came.
// A row passed to yield is not kept: it may be copied, not retained.
func (b *registryBuilder) each(yield func(*RegistryRow) error) error {
	defer b.discard()
	mem := b.sorted()
	if len(b.runs) == 0 {
		for i := range mem {
			if err := yield(&mem[i]); err != nil {
				return err
			}
		}
		return nil
	}
	var h runHeap
	for i, p := range b.runs {
		f, err := os.Open(p)
		if err != nil {
			return fmt.Errorf("people_registry: reading back %s: %w", p, err)
		}
		defer f.Close()
		c := &runCursor{order: i, name: p, r: bufio.NewReaderSize(f, 256<<10)}
		if err := c.next(); err != nil {
			return err
		}
		if c.ok {
			h = append(h, c)
		}
	}
	if len(mem) > 0 {
		c := &runCursor{order: len(b.runs), mem: mem}
		c.next()
		h = append(h, c)
	}
	heap.Init(&h)
	for len(h) > 0 {
		row := h[0].row
		if err := h.advance(); err != nil {
			return err
		}
		for len(h) > 0 && h[0].row.PersonKey == row.PersonKey {
			more := h[0].row
			docs := more.Docs
			if n := len(row.Docs); n > 0 && len(docs) > 0 && docs[0] == row.Docs[n-1] {
				docs = docs[1:] // as add does for a document met twice in a row
			}
			row.Docs = append(row.Docs, docs...)
			row.Titles = append(row.Titles, more.Titles...)
			if err := h.advance(); err != nil {
				return err
			}
		}
		if err := yield(&row); err != nil {
			return err
		}
	}
	return nil
}

// runCursor reads one run's rows in order, from a file or from memory.
type runCursor struct {
	order int // runs are taken oldest first for a key they share
	name  string
	r     *bufio.Reader
	mem   []RegistryRow
	row   RegistryRow
	ok    bool
}

func (c *runCursor) next() error {
	if c.r == nil {
		c.ok = len(c.mem) > 0
		if c.ok {
			c.row, c.mem = c.mem[0], c.mem[1:]
		}
		return nil
	}
	row, err := getRegistryRow(c.r)
	if err == io.EOF {
		c.ok = false
		return nil
	}
	if err != nil {
		return fmt.Errorf("people_registry: reading back %s: %w", c.name, err)
	}
	c.row, c.ok = row, true
	return nil
}

// runHeap orders cursors by their current key, then by run.
type runHeap []*runCursor

func (h runHeap) Len() int { return len(h) }
func (h runHeap) Less(i, j int) bool {
	if c := strings.Compare(h[i].row.PersonKey, h[j].row.PersonKey); c != 0 {
		return c < 0
	}
	return h[i].order < h[j].order
}
func (h runHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *runHeap) Push(x any)   { *h = append(*h, x.(*runCursor)) }
func (h *runHeap) Pop() any {
	old := *h
	c := old[len(old)-1]
	*h = old[:len(old)-1]
	return c
}

// advance moves the first cursor on, dropping it at its end.
func (h *runHeap) advance() error {
	c := (*h)[0]
	if err := c.next(); err != nil {
		return err
	}
	if c.ok {
		heap.Fix(h, 0)
	} else {
		heap.Pop(h)
	}
	return nil
}

// A run is a sequence of rows, each: key, name, the doc_ids, the titles
// (title, doc_id, date), every string and count a uvarint length first,
// a date 0 (none) or 1 followed by a zig-zag varint.

func putString(w *bufio.Writer, s string) {
	putUvarint(w, uint64(len(s)))
	w.WriteString(s)
}

func putUvarint(w *bufio.Writer, v uint64) {
	var b [binary.MaxVarintLen64]byte
	w.Write(b[:binary.PutUvarint(b[:], v)])
}

func putRegistryRow(w *bufio.Writer, r *RegistryRow) {
	putString(w, r.PersonKey)
	putString(w, r.Name)
	putUvarint(w, uint64(len(r.Docs)))
	for _, d := range r.Docs {
		putString(w, d)
	}
	putUvarint(w, uint64(len(r.Titles)))
	for _, t := range r.Titles {
		putString(w, t.Title)
		putString(w, t.DocID)
		if t.Date == nil {
			w.WriteByte(0)
		} else {
			w.WriteByte(1)
			var b [binary.MaxVarintLen64]byte
			w.Write(b[:binary.PutVarint(b[:], int64(*t.Date))])
		}
	}
}

// errRunCorrupt: a run file does not read back as written.
var errRunCorrupt = errors.New("run file corrupt")

// runLimit bounds a length read back from a run: nothing written is longer.
const runLimit = 1 << 30

func getCount(r *bufio.Reader) (int, error) {
	v, err := binary.ReadUvarint(r)
	if err != nil {
		return 0, err
	}
	if v > runLimit {
		return 0, errRunCorrupt
	}
	return int(v), nil
}

func getString(r *bufio.Reader) (string, error) {
	n, err := getCount(r)
	if err != nil {
		return "", err
	}
	var sb strings.Builder
	sb.Grow(n)
	if _, err := io.CopyN(&sb, r, int64(n)); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF // the length was there, the text is not
		}
		return "", err
	}
	return sb.String(), nil
}

// getRegistryRow reads one row; io.EOF only at a row's start.
func getRegistryRow(r *bufio.Reader) (RegistryRow, error) {
	var row RegistryRow
	var err error
	if row.PersonKey, err = getString(r); err != nil {
		return row, err // io.EOF here is the run's end
	}
	fail := func(err error) (RegistryRow, error) {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return row, err
	}
	if row.Name, err = getString(r); err != nil {
		return fail(err)
	}
	n, err := getCount(r)
	if err != nil {
		return fail(err)
	}
	row.Docs = make([]string, n)
	for i := range row.Docs {
		if row.Docs[i], err = getString(r); err != nil {
			return fail(err)
		}
	}
	if n, err = getCount(r); err != nil {
		return fail(err)
	}
	row.Titles = make([]RegistryTitle, n)
	for i := range row.Titles {
		t := &row.Titles[i]
		if t.Title, err = getString(r); err != nil {
			return fail(err)
		}
		if t.DocID, err = getString(r); err != nil {
			return fail(err)
		}
		has, err := r.ReadByte()
		if err != nil {
			return fail(err)
		}
		if has == 1 {
			v, err := binary.ReadVarint(r)
			if err != nil {
				return fail(err)
			}
			d := int32(v)
			t.Date = &d
		}
	}
	return row, nil
}
