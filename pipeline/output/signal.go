package output

import (
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"
)

// The folders open in this process, so that SIGINT or SIGTERM can remove
// their temporary files before the process dies.
var held struct {
	sync.Mutex
	folders map[*Folder]bool
	ch      chan os.Signal
}

func register(f *Folder) {
	held.Lock()
	defer held.Unlock()
	if held.folders == nil {
		held.folders = map[*Folder]bool{}
	}
	held.folders[f] = true
	if held.ch == nil {
		held.ch = make(chan os.Signal, 1)
		signal.Notify(held.ch, os.Interrupt, syscall.SIGTERM)
		go watch(held.ch)
	}
}

func unregister(f *Folder) {
	held.Lock()
	defer held.Unlock()
	delete(held.folders, f)
	if len(held.folders) == 0 && held.ch != nil {
		signal.Stop(held.ch)
		close(held.ch)
		held.ch = nil
	}
}

func watch(ch chan os.Signal) {
	for sig := range ch {
		held.Lock()
		var open []*Folder
		for f := range held.folders {
			open = append(open, f)
		}
		held.Unlock()
		// A commit under way finishes first (it holds f.mu): its files are
		// in the journal, not temporary any more.
		for _, f := range open {
			f.mu.Lock()
			if !f.done {
				f.done = true
				f.removeTemps()
			}
			f.mu.Unlock()
		}
		signal.Reset(sig)
		die(sig)
		time.Sleep(time.Second)
		code := 130
		if sig == syscall.SIGTERM {
			code = 143
		}
		os.Exit(code)
	}
}
