// Command wholerun measures one whole run over real files: the extraction
// pipeline or, with -floor, the floor every document pays (read, decode,
// normalize, split sentences, write the documents table with zstd). It
// prints one line of key=value figures for bench/wholerun.sh to tabulate.
//
// Each configuration runs in its own process so that the peak RSS it
// reports belongs to that configuration alone.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"runtime/trace"
	"strings"
	"time"

	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/internal/rss"
	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/doc"
	"github.com/vnextract/vnextract/pipeline/table"
)

func main() {
	floor := flag.Bool("floor", false, "run no extractor: the floor")
	out := flag.String("out", "", "output folder (default: a temporary one, removed after)")
	every := flag.Int("every", 1, "keep every n-th input in doc_id order (a fixed sample)")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	memProfile := flag.String("memprofile", "", "write an allocation profile to this file")
	traceOut := flag.String("trace", "", "write an execution trace to this file (where cores wait: go tool trace -pprof=sync)")
	flag.Parse()
	if err := run(*floor, *out, *every, *cpuProfile, *memProfile, *traceOut, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "wholerun:", err)
		os.Exit(1)
	}
}

func run(floor bool, out string, every int, cpuProfile, memProfile, traceOut string, paths []string) error {
	if len(paths) == 0 {
		return fmt.Errorf("no input path")
	}
	var stages []doc.Stage
	if !floor {
		stages = extractors.Default()
	}
	r, err := pipeline.New(stages)
	if err != nil {
		return err
	}
	inputs, err := pipeline.Collect(paths)
	if err != nil {
		return err
	}
	if every > 1 {
		// a sample of records: files of records are expanded first (the
		// full run streams them)
		inputs = pipeline.Expand(inputs, 0)
		kept := inputs[:0]
		for i, in := range inputs {
			if i%every == 0 {
				kept = append(kept, in)
			}
		}
		inputs = kept
	}
	if out == "" {
		tmp, err := os.MkdirTemp("", "wholerun-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		out = filepath.Join(tmp, "out")
	}
	w, err := table.NewWriter(out)
	if err != nil {
		return err
	}
	if cpuProfile != "" {
		f, err := os.Create(cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
	}
	if traceOut != "" {
		f, err := os.Create(traceOut)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := trace.Start(f); err != nil {
			return err
		}
		defer trace.Stop()
	}
	if memProfile != "" {
		runtime.MemProfileRate = 64 << 10
	}
	pipeline.SetMemoryLimit() // as vnextract run does
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var write time.Duration
	start := time.Now()
	st, err := r.Stream(inputs, func(rows table.Rows) error {
		t := time.Now()
		err := w.Add(rows)
		write += time.Since(t)
		return err
	}, nil)
	if err != nil {
		w.Abort()
		return err
	}
	t := time.Now()
	if _, err := w.Close(); err != nil {
		return err
	}
	closing := time.Since(t)
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	if cpuProfile != "" {
		pprof.StopCPUProfile()
	}
	if memProfile != "" {
		f, err := os.Create(memProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
			return err
		}
	}
	mode := "pipeline"
	if floor {
		mode = "floor"
	}
	secs := elapsed.Seconds()
	mb := float64(st.Bytes) / 1e6
	var b strings.Builder
	fmt.Fprintf(&b, "mode=%s cores=%d docs=%d failed=%d mb=%.1f secs=%.2f mbps=%.2f docsps=%.0f allocs_per_doc=%.0f alloc_kb_per_doc=%.1f rss_mb=%d",
		mode, runtime.GOMAXPROCS(0), st.Docs, st.Failed, mb, secs, mb/secs, float64(st.Docs)/secs,
		float64(after.Mallocs-before.Mallocs)/float64(max(1, st.Docs)),
		float64(after.TotalAlloc-before.TotalAlloc)/1024/float64(max(1, st.Docs)), rss.Peak()>>20)
	// each stage's MB/s is the input bytes over the time spent in it,
	// summed over workers: what one core would do for that stage alone
	for _, s := range r.StageTimes() {
		fmt.Fprintf(&b, " stage_%s=%.1f", s.Name, mb/max(s.Time.Seconds(), 1e-9))
	}
	fmt.Fprintf(&b, " stage_write=%.1f close_secs=%.2f", mb/max(write.Seconds(), 1e-9), closing.Seconds())
	fmt.Println(b.String())
	return nil
}
