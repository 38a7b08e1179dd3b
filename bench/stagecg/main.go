// Command stagecg runs one extraction stage alone, on one goroutine, over
// real articles, so that its instructions can be counted with callgrind's
// --toggle-collect (which miscounts when goroutines switch inside the
// function it watches): the stages before it run first, then the stage is
// called on every article from runStage, a function that does nothing
// else.
//
//	go build -o /tmp/stagecg ./bench/stagecg
//	GOGC=off GODEBUG=asyncpreemptoff=1 GOMAXPROCS=1 valgrind --tool=callgrind \
//	  --toggle-collect=main.runStage /tmp/stagecg -stage figures sample.jsonl
//
// Without valgrind it prints the stage's MB/s over -reps passes, and with
// -cpuprofile writes a profile of those passes.
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
	"time"

	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/lang/vi"
	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/doc"
	"github.com/vnextract/vnextract/pipeline/ingest"
)

// runStage is the function callgrind watches: the stage and nothing else.
//
//go:noinline
func runStage(st doc.Stage, docs []*doc.Document) {
	for _, d := range docs {
		st.Extract(d)
	}
}

// tokenizer is the pseudo-stage "tokens": the tokenizer alone, whose cost
// is otherwise inside the first stage that reads the tokens.
type tokenizer struct{}

func (tokenizer) Name() string { return "tokens" }

func (tokenizer) Extract(d *doc.Document) { _ = vi.Tokenize(d.Text) }

func main() {
	name := flag.String("stage", "figures", "the stage to run alone (the ones before it run first); \"tokens\": the tokenizer alone")
	every := flag.Int("every", 1, "keep every n-th article in doc_id order")
	reps := flag.Int("reps", 1, "passes of the stage (what it added is dropped between passes)")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the passes to this file")
	flag.Parse()
	if err := run(*name, *every, *reps, *cpuProfile, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "stagecg:", err)
		os.Exit(1)
	}
}

func run(name string, every, reps int, cpuProfile string, paths []string) error {
	ins, err := pipeline.Collect(paths)
	if err != nil {
		return err
	}
	var docs []*doc.Document
	size := 0
	for i, in := range pipeline.Expand(ins, 0) {
		if i%every != 0 {
			continue
		}
		data, err := in.Load()
		if err != nil {
			return err
		}
		d, err := ingest.Read(in.ID, in.Source, in.Name, data)
		if err != nil {
			return err
		}
		docs = append(docs, d)
		size += len(data)
	}
	var stage doc.Stage
	if name == "tokens" {
		stage = tokenizer{}
	}
	for _, st := range extractors.Default() {
		if stage != nil {
			break
		}
		if st.Name() == name {
			stage = st
			break
		}
		for _, d := range docs {
			st.Extract(d)
		}
	}
	if stage == nil {
		return fmt.Errorf("no stage %q", name)
	}
	type state struct{ mentions, relations, warnings int }
	before := make([]state, len(docs))
	for i, d := range docs {
		before[i] = state{len(d.Mentions), len(d.Relations), len(d.Warnings)}
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
		defer pprof.StopCPUProfile()
	}
	var spent time.Duration
	for r := 0; r < reps; r++ {
		for i, d := range docs {
			b := before[i]
			d.Mentions, d.Relations, d.Warnings = d.Mentions[:b.mentions], d.Relations[:b.relations], d.Warnings[:b.warnings]
		}
		start := time.Now()
		runStage(stage, docs)
		spent += time.Since(start)
	}
	fmt.Printf("stage=%s docs=%d MB=%.2f mbps=%.1f\n", name, len(docs), float64(size)/1e6, float64(size)*float64(reps)/1e6/spent.Seconds())
	return nil
}
