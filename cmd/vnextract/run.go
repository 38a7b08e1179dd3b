package main

import (
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/vnextract/vnextract/internal/rss"
	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/ingest"
	"github.com/vnextract/vnextract/pipeline/table"
)

const runHelp = `
Reads articles (plain text, HTML pages, JSON Lines and WARC records),
extracts people and titles, dates, document references, figures,
organizations and places, links them, and writes one Parquet file per table
into --out: documents, people, titles, dates, document_refs, figures,
entities, relations, people_registry. Each table is written under a
temporary name beside its own file and renamed over it, so the folder never
holds a half-written table and nothing else in it is touched (it may hold
the inputs, .git, other work, or be a mount point). A second run into a
folder in use is refused.

With no PATH it runs on the embedded default corpus.

%s
Exit codes: 0 every document read, 1 documents failed (by --fail-on),
2 the run itself could not proceed (bad flag, missing path, output not
writable or in use), 3 the tool crashed on an internal error.`

// Exit policies of --fail-on: which failures make run exit 1. A cluster
// job that retries a shard on a non-zero exit wants "none" or "crash": the
// shard wrote its rows and its _SUCCESS marker, and a bad document fails
// the same way on every retry.
var failOnPolicies = []string{"none", "failed", "crash"}

// runOptions are run's flags.
type runOptions struct {
	in                     inputFlags
	out                    string
	workers, maxBytes      int
	budget                 time.Duration
	published, cpuProfile  string
	quiet                  bool
	shardIndex, shardCount int
	shardBy, failOn        string
}

func init() { commands = append(commands, newRunCmd) }

func newRunCmd(a *app) *cobra.Command {
	o := &runOptions{}
	cmd := &cobra.Command{
		Use:   "run [PATH ...]",
		Short: "extract into --out DIR/*.parquet (default out/)",
		Long:  helpText(fmt.Sprintf(runHelp, inputHelp())),
		Example: `  vnextract run --out out ../shared/seeds
  vnextract run corpus/ --out /data/out --shard-index 3 --shard-count 16 --fail-on none
  zcat feed.jsonl.gz | vnextract run - --out out`,
	}
	fs := cmd.Flags()
	fs.StringVar(&o.out, "out", "out", "output folder for the Parquet tables")
	fs.IntVar(&o.workers, "workers", 0, "documents processed at once (default: one per core)")
	fs.IntVar(&o.maxBytes, "max-bytes", 64<<20, "largest input document in bytes; larger ones fail with a message")
	fs.DurationVar(&o.budget, "budget", 30*time.Second, "time one document may take before its remaining stages are skipped")
	fs.StringVar(&o.published, "published", "", "reference publication date (YYYY-MM-DD) for documents that state none")
	fs.BoolVar(&o.quiet, "quiet", false, "no progress line and no summary")
	fs.StringVar(&o.cpuProfile, "cpuprofile", "", "write a CPU profile to this file (for `go tool pprof`)")
	fs.IntVar(&o.shardIndex, "shard-index", 0, "this process's shard (0 .. shard-count-1)")
	fs.IntVar(&o.shardCount, "shard-count", 1, "number of shards the inputs are split into; above 1, tables go to DIR/<table>/shard=NNNNN/")
	fs.StringVar(&o.shardBy, "shard-by", "auto", "how inputs are split into shards: doc (a hash of each doc_id), file (whole input files, so each is read by one shard only) or auto (file when there are at least as many files as shards)")
	fs.StringVar(&o.failOn, "fail-on", "failed", "when to exit 1: none (never for documents; 2 still means the run failed), failed (any document failed) or crash (a document failed by an internal error)")
	o.in.add(cmd)
	cmd.RegisterFlagCompletionFunc("fail-on", cobra.FixedCompletions(failOnPolicies, cobra.ShellCompDirectiveNoFileComp))
	cmd.RegisterFlagCompletionFunc("shard-by", cobra.FixedCompletions([]string{"auto", "doc", "file"}, cobra.ShellCompDirectiveNoFileComp))
	cmd.MarkFlagDirname("out")
	cmd.RunE = a.action(func(_ *cobra.Command, args []string) (int, error) {
		return cmdRun(o, args, a.stderr)
	})
	return cmd
}

func cmdRun(o *runOptions, args []string, stderr io.Writer) (int, error) {
	if !slices.Contains(failOnPolicies, o.failOn) {
		return 2, usagef("--fail-on %q: want one of %s", o.failOn, strings.Join(failOnPolicies, ", "))
	}
	r, err := newRunner()
	if err != nil {
		return 2, err
	}
	if o.cpuProfile != "" {
		f, err := os.Create(o.cpuProfile)
		if err != nil {
			return 2, err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return 2, err
		}
		defer pprof.StopCPUProfile()
	}
	if o.workers > 0 {
		r.Workers = o.workers
	}
	r.MaxBytes = o.maxBytes
	r.Budget = o.budget
	if o.published != "" {
		r.Published = ingest.ParseDate(o.published)
		if r.Published.IsZero() {
			return 2, fmt.Errorf("--published %q: want a date like 2021-01-02", o.published)
		}
	}
	if o.shardCount < 1 {
		return 2, fmt.Errorf("--shard-count %d: want at least 1", o.shardCount)
	}
	if o.shardCount > 1 && (o.shardIndex < 0 || o.shardIndex >= o.shardCount) {
		return 2, fmt.Errorf("--shard-index %d: want 0 <= index < --shard-count %d", o.shardIndex, o.shardCount)
	}
	inputs, err := o.in.inputsFor(args)
	if err != nil {
		return 2, err
	}
	if len(inputs) == 0 {
		return 2, noInput(args)
	}
	var progress func(int, int)
	if f, ok := stderr.(*os.File); ok && !o.quiet && term.IsTerminal(int(f.Fd())) {
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
	if o.shardCount > 1 {
		if inputs, err = shardInputs(o.shardBy, inputs, o.shardIndex, o.shardCount); err != nil {
			return 2, err
		}
		w, err = table.NewShardWriter(o.out, table.Shard{Index: o.shardIndex, Count: o.shardCount})
	} else {
		w, err = table.NewWriter(o.out)
	}
	if err != nil {
		return 2, err
	}
	pipeline.SetMemoryLimit() // peak RSS bounded on inputs of any size
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
	if !o.quiet {
		secs := st.Elapsed.Seconds()
		fmt.Fprintf(stderr, "vnextract: %d documents read, %d failed, %.2fs, %.1f MB/s, %.0f docs/s, %d workers, peak RSS %d MB\n",
			st.Docs, st.Failed, secs, float64(st.Bytes)/1e6/max(secs, 1e-9), float64(st.Docs)/max(secs, 1e-9), r.Workers, rss.Peak()>>20)
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
			fmt.Fprintf(stderr, "  %-16s %6d rows  %s/%s.parquet\n", n, counts[n], o.out, n)
		}
		if st.Cut > 0 {
			fmt.Fprintf(stderr, "  %d documents cut short by --budget (see documents.warnings)\n", st.Cut)
		}
		if len(failed) > 0 {
			fmt.Fprintf(stderr, "failed documents (see documents.error):\n")
			for _, d := range failed {
				fmt.Fprintf(stderr, "  %s: %s\n", d.DocID, d.Error)
			}
		}
	}
	return exitFor(o.failOn, failed), nil
}

// exitFor is run's exit code under a --fail-on policy, given the documents
// that failed.
func exitFor(policy string, failed []table.DocumentRow) int {
	for _, d := range failed {
		switch policy {
		case "failed":
			return 1
		case "crash":
			// the runner records a panic in a stage or a records reader as
			// "<source>: internal error: ..." or "... internal error while
			// reading records: ..."
			if strings.Contains(d.Error, ": internal error") {
				return 1
			}
		}
	}
	return 0
}
