package pipeline

import "sync"

// How far the reader may run ahead of the writer, a worker's share. Output
// is written in input order, so one long document holds back the rows of
// every document after it: with room for only four documents a worker, the
// reader soon had nothing it was allowed to hand out and the other workers
// waited for it (on two cores a fifth of the workers' time went to waiting
// for a job). A few dozen ordinary articles a worker keep them busy; the
// byte bound keeps a run of large documents from filling memory.
const (
	inFlightDocs  = 32
	inFlightBytes = 16 << 20
)

// gate bounds the documents between the reader and the writer by count and
// by input bytes. A document larger than the byte bound still enters, but
// only alone, so no input is ever refused and memory stays bounded by one
// document at its --max-bytes limit plus the bound.
type gate struct {
	mu          sync.Mutex
	docs, limit int
	bytes, max  int64
	wake        chan struct{} // a leave happened; one waiter, the reader
	stop        <-chan struct{}
}

func newGate(docs int, bytes int64, stop <-chan struct{}) *gate {
	return &gate{limit: docs, max: bytes, wake: make(chan struct{}, 1), stop: stop}
}

// enter waits until a document of size bytes may be handed out, and
// reports false when the run stops first. It has one caller at a time.
func (g *gate) enter(size int64) bool {
	for {
		g.mu.Lock()
		if g.docs < g.limit && (g.docs == 0 || g.bytes+size <= g.max) {
			g.docs++
			g.bytes += size
			g.mu.Unlock()
			return true
		}
		g.mu.Unlock()
		select {
		case <-g.wake:
		case <-g.stop:
			return false
		}
	}
}

// leave gives back what a written document held.
func (g *gate) leave(size int64) {
	g.mu.Lock()
	g.docs--
	g.bytes -= size
	g.mu.Unlock()
	select {
	case g.wake <- struct{}{}:
	default:
	}
}
