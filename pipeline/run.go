package pipeline

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vnextract/vnextract/pipeline/doc"
	"github.com/vnextract/vnextract/pipeline/ingest"
	"github.com/vnextract/vnextract/pipeline/table"
)

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
	return &Runner{stages: stages, Workers: runtime.GOMAXPROCS(0), MaxBytes: 64 << 20, Budget: 30 * time.Second}, nil
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
	data, err := in.Load()
	if err != nil {
		return nil, 0, err
	}
	n = len(data)
	if r.MaxBytes > 0 && len(data) > r.MaxBytes {
		return nil, n, fmt.Errorf("%s: %d bytes is over the per-document limit of %d (see --max-bytes)", in.Source, len(data), r.MaxBytes)
	}
	d, err = ingest.Read(in.ID, in.Source, in.Name, data)
	if err != nil {
		return nil, n, err
	}
	if in.URL != "" && d.URL == "" {
		d.URL = in.URL
	}
	if in.Published != "" && d.Published.IsZero() {
		d.Published = ingest.ParseDate(in.Published)
	}
	if d.Published.IsZero() && !r.Published.IsZero() {
		d.Published = r.Published
	}
	defer func() {
		if p := recover(); p != nil {
			d, err = nil, fmt.Errorf("%s: internal error: %v\n%s", in.Source, p, debug.Stack())
		}
	}()
	for i, s := range r.stages {
		if r.Budget > 0 && time.Since(start) > r.Budget && i < len(r.stages) {
			d.Warn("time budget of %s used up: stages from %s on skipped", r.Budget, s.Name())
			break
		}
		s.Extract(d)
	}
	return d, n, nil
}

// Stats summarizes a run.
type Stats struct {
	Docs, Failed int
	Bytes        int64 // input bytes read
	Elapsed      time.Duration
	FailedIDs    []string
}

// Run processes inputs on all workers and returns their rows in input
// order (Collect sorts inputs by doc_id), so output does not depend on
// scheduling. progress, if not nil, is called after each document.
func (r *Runner) Run(inputs []Input, progress func(done, total int)) (table.Rows, Stats) {
	start := time.Now()
	results := make([]table.Rows, len(inputs))
	var bytes atomic.Int64
	var done atomic.Int64
	jobs := make(chan int)
	var wg sync.WaitGroup
	workers := max(1, r.Workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				in := inputs[i]
				d, n, err := r.process(in)
				bytes.Add(int64(n))
				if err != nil {
					results[i] = table.Failed(in.ID, in.Source, err)
				} else {
					results[i] = table.FromDocument(d)
				}
				finished := done.Add(1)
				if progress != nil {
					progress(int(finished), len(inputs))
				}
			}
		}()
	}
	for i := range inputs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	var all table.Rows
	st := Stats{Docs: len(inputs)}
	for i, res := range results {
		if len(res.Documents) > 0 && res.Documents[0].Failed {
			st.Failed++
			st.FailedIDs = append(st.FailedIDs, inputs[i].ID)
		}
		all.Append(res)
	}
	st.Bytes = bytes.Load()
	st.Elapsed = time.Since(start)
	return all, st
}
