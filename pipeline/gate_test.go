package pipeline

import (
	"testing"
	"time"
)

// entered reports whether enter(size) returns within a short wait: true
// when the gate let the document in, false when it was still waiting.
func entered(g *gate, size int64) bool {
	done := make(chan bool, 1)
	go func() { done <- g.enter(size) }()
	select {
	case ok := <-done:
		return ok
	case <-time.After(50 * time.Millisecond):
		return false
	}
}

func TestGate(t *testing.T) {
	type step struct {
		leave int64 // a document of this size leaves first (0: none)
		size  int64
		in    bool
	}
	for _, c := range []struct {
		name  string
		docs  int
		bytes int64
		steps []step
	}{
		{"count bounds", 2, 1 << 20, []step{{0, 10, true}, {0, 10, true}, {0, 10, false}}},
		{"bytes bound", 10, 100, []step{{0, 60, true}, {0, 40, true}, {0, 1, false}}},
		{"a large document enters alone", 10, 100, []step{{0, 500, true}, {0, 1, false}}},
		{"a large document waits for the others", 10, 100, []step{{0, 10, true}, {0, 500, false}}},
		{"leaving makes room", 1, 100, []step{{0, 10, true}, {10, 10, true}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			stop := make(chan struct{})
			defer close(stop) // releases a waiter left by a refused step
			g := newGate(c.docs, c.bytes, stop)
			for i, s := range c.steps {
				if s.leave > 0 {
					g.leave(s.leave)
				}
				if got := entered(g, s.size); got != s.in {
					t.Fatalf("step %d: enter(%d) = %v, want %v", i, s.size, got, s.in)
				}
				if !s.in {
					return // a waiter is still inside enter; the rest would race it
				}
			}
		})
	}
}

func TestGateWaitsForLeave(t *testing.T) {
	stop := make(chan struct{})
	g := newGate(1, 100, stop)
	if !g.enter(50) {
		t.Fatal("first enter refused")
	}
	done := make(chan bool)
	go func() { done <- g.enter(50) }()
	select {
	case <-done:
		t.Fatal("second document entered past the count bound")
	case <-time.After(20 * time.Millisecond):
	}
	g.leave(50)
	select {
	case ok := <-done:
		if !ok {
			t.Fatal("enter refused after leave")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("enter still waiting after leave")
	}
}

func TestGateStop(t *testing.T) {
	stop := make(chan struct{})
	g := newGate(1, 100, stop)
	g.enter(1)
	done := make(chan bool)
	go func() { done <- g.enter(1) }()
	close(stop)
	select {
	case ok := <-done:
		if ok {
			t.Fatal("enter let a document in after stop")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("enter did not return after stop")
	}
}
