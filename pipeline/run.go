package pipeline

import (
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vnextract/vnextract/pipeline/doc"
	"github.com/vnextract/vnextract/pipeline/ingest"
	"github.com/vnextract/vnextract/pipeline/table"
)

// MemoryLimit is the soft limit on the Go runtime's memory that a whole
// run sets (SetMemoryLimit) when the GOMEMLIMIT environment variable does
// not give one. A run's peak RSS is meant to stay under 600 MB whatever the
// size of its input. What a run keeps from one document to the next is
// bounded: people_registry spills to temporary files past its budget
// (table.Writer), and the doc_ids seen are held as hashes (uniqueIDs, 30
// bytes a document). But the garbage collector lets the heap grow to twice
// what is live before it collects, so the documents in flight, the
// encoders' row groups and the registry's budget together could pass that
// bound well before the live heap needs to. Under the limit the collector
// runs earlier instead; below it nothing changes. 480 MiB (503 MB) leaves room for the binary, stacks and
// pages not yet returned to the system. A live heap past the limit is not
// stopped: the runtime caps the collector's share of the CPU, and the run
// goes on above it.
const MemoryLimit = 480 << 20

// SetMemoryLimit sets MemoryLimit as the runtime's soft memory limit unless
// GOMEMLIMIT sets one, and returns the limit in force.
func SetMemoryLimit() int64 {
	if os.Getenv("GOMEMLIMIT") != "" {
		return debug.SetMemoryLimit(-1)
	}
	debug.SetMemoryLimit(MemoryLimit)
	return MemoryLimit
}

// Runner runs a fixed list of stages over documents.
type Runner struct {
	stages  []doc.Stage
	Workers int
	// MaxBytes caps one input's size; larger inputs fail with a clear error.
	MaxBytes int
	// Budget is the time one document may take; past it the remaining
	// stages are skipped and the document carries a warning.
	Budget time.Duration
	// Published, when set, is the reference date for documents that carry
	// none of their own (YYYY-MM-DD).
	Published doc.Date

	// busy counts the time spent in reading and in each stage, summed
	// over workers: index 0 is reading, 1+i stage i.
	busy []atomic.Int64
}

// New checks the stage order once: a stage that needs another must come
// after it.
func New(stages []doc.Stage) (*Runner, error) {
	pos := map[string]int{}
	for i, s := range stages {
		pos[s.Name()] = i
	}
	for i, s := range stages {
		if n, ok := s.(doc.Needs); ok {
			for _, need := range n.Needs() {
				j, ok := pos[need]
				if !ok {
					return nil, fmt.Errorf("stage %s needs %s, which is not in the list", s.Name(), need)
				}
				if j > i {
					return nil, fmt.Errorf("stage %s needs %s, which runs after it", s.Name(), need)
				}
			}
		}
	}
	return &Runner{stages: stages, Workers: runtime.GOMAXPROCS(0), MaxBytes: 64 << 20, Budget: 30 * time.Second,
		busy: make([]atomic.Int64, len(stages)+1)}, nil
}

// Process reads one input and runs every stage on it. A panic in a stage is
// caught and returned as that document's error.
func (r *Runner) Process(in Input) (*doc.Document, error) {
	d, _, err := r.process(in)
	return d, err
}

func (r *Runner) process(in Input) (d *doc.Document, n int, err error) {
	if r.MaxBytes > 0 && in.Size > int64(r.MaxBytes) {
		return nil, 0, fmt.Errorf("%s: %d bytes is over the per-document limit of %d (see --max-bytes)", in.Source, in.Size, r.MaxBytes)
	}
	start := time.Now()
	held := in.Text != "" && in.ValidUTF8 && in.Records == nil
	var data []byte
	if held {
		n = len(in.Text)
	} else {
		data, err = r.load(in)
		if err != nil {
			return nil, len(data), err
		}
		n = len(data)
	}
	if r.MaxBytes > 0 && n > r.MaxBytes {
		return nil, n, fmt.Errorf("%s: %d bytes is over the per-document limit of %d (see --max-bytes)", in.Source, n, r.MaxBytes)
	}
	switch {
	case held && in.Normal:
		d, err = ingest.ReadNormalString(in.ID, in.Source, in.Name, in.Text)
	case held:
		d, err = ingest.ReadValidString(in.ID, in.Source, in.Name, in.Text)
	default:
		d, err = ingest.Read(in.ID, in.Source, in.Name, data)
	}
	if err != nil {
		return nil, n, err
	}
	if in.URL != "" && d.URL == "" {
		d.URL = in.URL
	}
	if in.Published != "" && d.Published.IsZero() {
		d.Published = ingest.ParseDate(in.Published)
		if in.PublishedIsCrawl && !d.Published.IsZero() {
			d.Warn("published taken from the crawl date (WARC-Date %s)", in.Published)
		}
	}
	if d.Published.IsZero() && !r.Published.IsZero() {
		d.Published = r.Published
	}
	defer func() {
		if p := recover(); p != nil {
			d, err = nil, fmt.Errorf("%s: internal error: %v\n%s", in.Source, p, debug.Stack())
		}
	}()
	t := time.Now()
	r.busy[0].Add(int64(t.Sub(start)))
	if r.Budget > 0 {
		d.Deadline = start.Add(r.Budget)
	}
	for i, s := range r.stages {
		if d.Expired() || (r.Budget > 0 && t.Sub(start) > r.Budget) {
			d.Warn("time budget of %s used up: stages from %s on skipped", r.Budget, s.Name())
			break
		}
		s.Extract(d)
		now := time.Now()
		r.busy[i+1].Add(int64(now.Sub(t)))
		t = now
		if d.Cut() {
			d.Warn("time budget of %s used up inside stage %s: what it found is kept, the rest of the document was not read by it", r.Budget, s.Name())
		}
	}
	return d, n, nil
}

// load reads an input's bytes, never more than MaxBytes (and one byte to
// tell) from a stream: what a file's size says does not bound what a
// growing file, a pipe or a device yields.
func (r *Runner) load(in Input) ([]byte, error) {
	if in.Records != nil {
		return nil, fmt.Errorf("%s: a file of records is read by Run or Stream, record by record", in.Source)
	}
	if in.Open == nil {
		return in.Load()
	}
	rc, err := in.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	var src io.Reader = rc
	if r.MaxBytes > 0 {
		src = io.LimitReader(rc, int64(r.MaxBytes)+1)
	}
	data, err := io.ReadAll(src)
	if err != nil {
		return data, fmt.Errorf("%s: %w", in.Source, err)
	}
	if r.MaxBytes > 0 && len(data) > r.MaxBytes {
		return data[:0], fmt.Errorf("%s: more than %d bytes, over the per-document limit (see --max-bytes)", in.Source, r.MaxBytes)
	}
	return data, nil
}

// Stats summarizes a run.
type Stats struct {
	Docs, Failed int
	Bytes        int64 // input bytes read
	Elapsed      time.Duration
	FailedIDs    []string
	// Cut counts documents whose time budget ran out: stages skipped or
	// stopped early (each says so in documents.warnings).
	Cut int
}

func budgetCut(warnings []string) bool {
	for _, w := range warnings {
		if strings.HasPrefix(w, "time budget") {
			return true
		}
	}
	return false
}

// StageTimes reports the time spent so far in reading ("read") and in
// each stage, summed over workers, in stage order.
func (r *Runner) StageTimes() []StageTime {
	out := []StageTime{{"read", time.Duration(r.busy[0].Load())}}
	for i, s := range r.stages {
		out = append(out, StageTime{s.Name(), time.Duration(r.busy[i+1].Load())})
	}
	return out
}

// StageTime is the time one stage took.
type StageTime struct {
	Name string
	Time time.Duration
}

// Stream processes inputs on all workers and hands each document's rows
// to sink in input order (Collect sorts inputs by doc_id; the records of a
// file follow in file order), so output does not depend on scheduling. At
// most inFlightDocs documents and inFlightBytes of input per worker are in
// flight (see gate), and a file of records is
// read one record at a time as workers take them, so memory is bounded by
// the work in progress, not the corpus or the size of one file.
// progress, if not nil, is called after each document with the number of
// documents found so far. An error from sink stops the run and is returned.
func (r *Runner) Stream(inputs []Input, sink func(table.Rows) error, progress func(done, total int)) (Stats, error) {
	start := time.Now()
	workers := max(1, r.Workers)
	window := inFlightDocs * workers
	type job struct {
		i     int
		in    Input
		dupOf string // the doc_id this input had before it was made unique
	}
	type result struct {
		i    int
		id   string
		rows table.Rows
		n    int
		size int64 // the input's Size, as it entered the gate
	}
	// The feeder reads and decodes the next records while the workers are
	// busy: with an unbuffered channel it began decoding only once a worker
	// took the last one, and a worker that finished meanwhile waited for it
	// (two cores ran 1.65x to 1.77x one core; with the buffer 1.86x). The
	// gate below still bounds what is in flight.
	jobs := make(chan job, 2*workers)
	results := make(chan result, window)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				d, n, err := r.process(j.in)
				var rows table.Rows
				if err != nil {
					if j.dupOf != "" {
						err = fmt.Errorf("%w (doc_id %q was taken by an earlier document; this one is %q)", err, j.dupOf, j.in.ID)
					}
					rows = table.Failed(j.in.ID, j.in.Source, err)
				} else {
					if j.dupOf != "" {
						d.Warn("doc_id %q was taken by an earlier document (%s); this one is %q", j.dupOf, j.in.Source, j.in.ID)
					}
					rows = table.FromDocument(d)
					d.Release() // its buffers serve the worker's next document
				}
				results <- result{j.i, j.in.ID, rows, n, j.in.Size}
			}
		}()
	}
	// feed jobs, never more than window documents or inFlightBytes ahead
	// of what has been written
	stop := make(chan struct{})
	gate := newGate(window, inFlightBytes*int64(workers), stop)
	var found atomic.Int64 // documents found so far
	var fed atomic.Bool    // every input has been read
	for _, in := range inputs {
		if in.Records == nil {
			found.Add(1)
		}
	}
	go func() {
		defer close(jobs)
		defer fed.Store(true)
		i := 0
		ids := uniqueIDs{}
		send := func(in Input) bool {
			if !gate.enter(in.Size) {
				return false
			}
			dupOf := ids.claim(&in)
			select {
			case jobs <- job{i, in, dupOf}:
				i++
				return true
			case <-stop:
				return false
			}
		}
		for _, in := range inputs {
			if in.Records == nil {
				if !send(in) {
					return
				}
				continue
			}
			if !r.records(in, func(rec Input) bool {
				found.Add(1)
				return send(rec)
			}) {
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()

	var st Stats
	pending := map[int]result{}
	next := 0
	var sinkErr error
	for res := range results {
		pending[res.i] = res
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			st.Bytes += int64(p.n)
			if len(p.rows.Documents) > 0 && budgetCut(p.rows.Documents[0].Warnings) {
				st.Cut++
			}
			if len(p.rows.Documents) > 0 && p.rows.Documents[0].Failed {
				st.Failed++
				st.FailedIDs = append(st.FailedIDs, p.id)
			}
			if sinkErr == nil {
				if err := sink(p.rows); err != nil {
					sinkErr = err
					close(stop)
				}
			}
			next++
			if progress != nil {
				total := int(found.Load())
				if !fed.Load() {
					total = max(total, next+1) // more may come
				}
				progress(next, total)
			}
			if sinkErr == nil {
				gate.leave(p.size)
			}
		}
	}
	st.Docs = next
	st.Elapsed = time.Since(start)
	return st, sinkErr
}

// uniqueIDs keeps doc_ids unique across a run: two files or records with
// the same id (two crawls of one URL, "a.txt" and "a.html") would otherwise
// give rows no reader can tell apart. The second gets "~2", the third "~3",
// in input order, so a run and every shard of it agree (a doc_id's shard
// depends on the id alone, so all its copies land in the same shard).
//
// It holds a 128-bit hash of each id, not the id: about 30 bytes a
// document whatever the id's length (a URL runs to 100 bytes and more),
// 30 MB for a million articles. Two ids share a hash with odds of about
// n²/2¹²⁹, nothing at any size a run can reach.
type uniqueIDs map[[16]byte]struct{}

func idHash(id string) (k [16]byte) {
	h := fnv.New128a()
	h.Write([]byte(id))
	h.Sum(k[:0])
	return k
}

// claim makes in.ID unique and returns the id it had when it was taken.
func (u uniqueIDs) claim(in *Input) string {
	take := func(id string) bool {
		k := idHash(id)
		if _, ok := u[k]; ok {
			return false
		}
		u[k] = struct{}{}
		return true
	}
	if take(in.ID) {
		return ""
	}
	was := in.ID
	for k := 2; ; k++ {
		if id := fmt.Sprintf("%s~%d", was, k); take(id) {
			in.ID = id
			return was
		}
	}
}

// records runs a file of records' reader, turning a panic in it into one
// failed input, so a reader bug costs that file's remaining records, not
// the run. It reports false when yield asked to stop.
func (r *Runner) records(in Input, yield func(Input) bool) (more bool) {
	more = true
	defer func() {
		if p := recover(); p != nil {
			more = yield(failedInput(in.ID+"#reader", in.Source, fmt.Errorf("%s: internal error while reading records: %v\n%s", in.Source, p, debug.Stack())))
		}
	}()
	in.Records(int64(r.MaxBytes), func(rec Input) bool {
		if !yield(rec) {
			more = false
		}
		return more
	})
	return more
}

// Run processes inputs and returns all their rows (for tests, eval and
// small runs; "vnextract run" streams instead).
func (r *Runner) Run(inputs []Input, progress func(done, total int)) (table.Rows, Stats) {
	var all table.Rows
	st, _ := r.Stream(inputs, func(rows table.Rows) error {
		all.Append(rows)
		return nil
	}, progress)
	return all, st
}
