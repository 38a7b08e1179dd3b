package main

import (
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"time"

	"golang.org/x/term"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/ingest"
	"github.com/vnextract/vnextract/pipeline/table"
)

const runHelp = `
vnextract run [--out DIR] [PATH ...]

Reads articles (plain text, HTML pages, JSON Lines records), extracts people
and titles, dates, document references, figures, organizations and places,
links them, and writes one Parquet file per table into DIR:
documents, people, titles, dates, document_refs, figures, entities,
relations, people_registry. Tables are written to a staging folder and
renamed into place, so DIR never holds a half-written table.

With no PATH it runs on the embedded default corpus.
`

// inputsFor turns command-line paths into inputs; none means the embedded
// corpus.
func inputsFor(paths []string) ([]pipeline.Input, error) {
	if len(paths) == 0 {
		return pipeline.CollectFS(vnextract.DefaultCorpus())
	}
	return pipeline.Collect(paths)
}

func cmdRun(args []string, stdout, stderr io.Writer) (int, error) {
	fs := newFlags("run", runHelp, stderr)
	out := fs.String("out", "out", "output folder for the Parquet tables")
	workers := fs.Int("workers", 0, "documents processed at once (default: one per core)")
	maxBytes := fs.Int("max-bytes", 64<<20, "largest input document in bytes; larger ones fail with a message")
	budget := fs.Duration("budget", 30*time.Second, "time one document may take before its remaining stages are skipped")
	published := fs.String("published", "", "reference publication date (YYYY-MM-DD) for documents that state none")
	quiet := fs.Bool("quiet", false, "no progress line and no summary")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile to this file (for `go tool pprof`)")
	shardIndex := fs.Int("shard-index", 0, "this process's shard (0 .. shard-count-1)")
	shardCount := fs.Int("shard-count", 1, "number of shards the inputs are split into by a hash of doc_id; above 1, tables go to DIR/<table>/shard=NNNNN/")
	if err := fs.Parse(args); err != nil {
		return 2, err
	}
	r, err := newRunner()
	if err != nil {
		return 2, err
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return 2, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return 2, err
		}
		defer pprof.StopCPUProfile()
	}
	if *workers > 0 {
		r.Workers = *workers
	}
	r.MaxBytes = *maxBytes
	r.Budget = *budget
	if *published != "" {
		r.Published = ingest.ParseDate(*published)
		if r.Published.IsZero() {
			return 2, fmt.Errorf("--published %q: want a date like 2021-01-02", *published)
		}
	}
	inputs, err := inputsFor(fs.Args())
	if err != nil {
		return 2, err
	}
	if len(inputs) == 0 {
		return 2, fmt.Errorf("no .txt, .html, .htm or .jsonl input found in %v", fs.Args())
	}
	if *shardCount < 1 {
		return 2, fmt.Errorf("--shard-count %d: want at least 1", *shardCount)
	}
	var progress func(int, int)
	if f, ok := stderr.(*os.File); ok && !*quiet && term.IsTerminal(int(f.Fd())) {
		last := time.Now()
		progress = func(done, total int) {
			if time.Since(last) > 200*time.Millisecond || done == total {
				last = time.Now()
				fmt.Fprintf(stderr, "\r%d/%d documents", done, total)
				if done == total {
					fmt.Fprintln(stderr)
				}
			}
		}
	}
	var w *table.Writer
	if *shardCount > 1 {
		if *shardIndex < 0 || *shardIndex >= *shardCount {
			return 2, fmt.Errorf("--shard-index %d: want 0 <= index < --shard-count %d", *shardIndex, *shardCount)
		}
		inputs = pipeline.InShard(inputs, *shardIndex, *shardCount)
		w, err = table.NewShardWriter(*out, table.Shard{Index: *shardIndex, Count: *shardCount})
	} else {
		w, err = table.NewWriter(*out)
	}
	if err != nil {
		return 2, err
	}
	var failed []table.DocumentRow
	st, err := r.Stream(inputs, func(rows table.Rows) error {
		for _, d := range rows.Documents {
			if d.Failed {
				failed = append(failed, d)
			}
		}
		return w.Add(rows)
	}, progress)
	if err != nil {
		w.Abort()
		return 2, err
	}
	writeStart := time.Now()
	counts, err := w.Close()
	if err != nil {
		return 2, err
	}
	closeTime := time.Since(writeStart)
	if !*quiet {
		secs := st.Elapsed.Seconds()
		fmt.Fprintf(stderr, "vnextract: %d documents read, %d failed, %.2fs, %.1f MB/s, %.0f docs/s, %d workers, peak RSS %d MB\n",
			st.Docs, st.Failed, secs, float64(st.Bytes)/1e6/max(secs, 1e-9), float64(st.Docs)/max(secs, 1e-9), r.Workers, peakRSS()>>20)
		var total time.Duration
		times := r.StageTimes()
		for _, s := range times {
			total += s.Time
		}
		if total > 0 {
			fmt.Fprintf(stderr, "  time by stage (all workers):")
			for _, s := range times {
				fmt.Fprintf(stderr, " %s %.0f%%", s.Name, 100*float64(s.Time)/float64(total))
			}
			fmt.Fprintf(stderr, "; closing the tables %.2fs\n", closeTime.Seconds())
		}
		names := append([]string(nil), table.Names...)
		for _, n := range names {
			fmt.Fprintf(stderr, "  %-16s %6d rows  %s/%s.parquet\n", n, counts[n], *out, n)
		}
		if len(failed) > 0 {
			fmt.Fprintf(stderr, "failed documents (see documents.error):\n")
			for _, d := range failed {
				fmt.Fprintf(stderr, "  %s: %s\n", d.DocID, d.Error)
			}
		}
	}
	if st.Failed > 0 {
		return 1, nil
	}
	return 0, nil
}
