package pipeline_test

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/lang/vi"
	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/doc"
	"github.com/vnextract/vnextract/pipeline/ingest"
	"github.com/vnextract/vnextract/pipeline/table"
)

// sampleEvery picks the text inputs: every n-th article of the unlabeled
// corpus in doc_id order, distinct real text the rules were not tuned on
// (a repeated corpus would flatter the caches), small enough that a
// benchmark pass takes about a second. bench/wholerun.sh runs all of it.
const sampleEvery = 8

// benchInputs loads the text sample from the unlabeled corpus and the HTML
// pages (or, without ../shared, the embedded corpus) into memory.
func benchInputs(b *testing.B) (text, html []loaded) {
	b.Helper()
	var texts, pages []pipeline.Input
	unlabeled := filepath.Join(shared, "corpus", "unlabeled")
	if _, e := os.Stat(unlabeled); e == nil {
		all, err := pipeline.Collect([]string{unlabeled})
		if err != nil {
			b.Fatal(err)
		}
		// files of records are streamed by the runner; here every record
		// is wanted in memory
		for i, in := range pipeline.Expand(all, 0) {
			if i%sampleEvery == 0 {
				texts = append(texts, in)
			}
		}
		pages, err = pipeline.Collect([]string{filepath.Join(shared, "corpus", "html-legal"), "../testdata/corpus/html"})
		if err != nil {
			b.Fatal(err)
		}
		pages = pipeline.Expand(pages, 0)
	} else {
		b.Logf("%s not found: measuring the embedded corpus instead", unlabeled)
		all, err := pipeline.CollectFS(vnextract.DefaultCorpus())
		if err != nil {
			b.Fatal(err)
		}
		texts = all
	}
	for _, in := range append(texts, pages...) {
		in.Open = nil // served from memory below
		data, err := in.Load()
		if err != nil {
			b.Fatal(err)
		}
		l := loaded{in, data}
		if ingest.IsHTMLName(in.Name) || in.Name == "record.html" {
			html = append(html, l)
		} else {
			text = append(text, l)
		}
	}
	return text, html
}

type loaded struct {
	in   pipeline.Input
	data []byte
}

func size(ls []loaded) int64 {
	var n int64
	for _, l := range ls {
		n += int64(len(l.data))
	}
	return n
}

// memInputs serves loaded bytes, so benchmarks measure work, not disk.
func memInputs(ls []loaded) []pipeline.Input {
	out := make([]pipeline.Input, len(ls))
	for i, l := range ls {
		data := l.data
		in := l.in
		in.Load = func() ([]byte, error) { return data, nil }
		out[i] = in
	}
	return out
}

func report(b *testing.B, docs int) {
	b.ReportMetric(float64(docs*b.N)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "cores")
}

// allocsPerDoc runs f and reports the heap allocations it made per document.
func allocsPerDoc(b *testing.B, docs int, f func()) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(docs*b.N), "allocs/doc")
}

// BenchmarkFloor is reading, decoding, normalizing, splitting and the
// documents row alone: the cost every document pays before extraction.
func BenchmarkFloor(b *testing.B) { benchRun(b, nil) }

// BenchmarkPipeline is the whole extraction on all cores.
func BenchmarkPipeline(b *testing.B) { benchRun(b, extractors.Default()) }

// benchRun runs the given stages over the text and the HTML inputs.
func benchRun(b *testing.B, stages []doc.Stage) {
	text, html := benchInputs(b)
	for _, c := range []struct {
		name string
		ls   []loaded
	}{{"text", text}, {"html", html}} {
		b.Run(c.name, func(b *testing.B) {
			r, err := pipeline.New(stages)
			if err != nil {
				b.Fatal(err)
			}
			ins := memInputs(c.ls)
			b.SetBytes(size(c.ls))
			b.ReportAllocs()
			allocsPerDoc(b, len(ins), func() {
				for i := 0; i < b.N; i++ {
					r.Run(ins, nil)
				}
			})
			report(b, len(ins))
		})
	}
}

// BenchmarkStage times each extractor alone on already-read text
// documents. The state before each stage (the earlier stages' mentions
// and memoized views) is computed once and copied per iteration, so the
// setup does not grow with the square of the stage count.
func BenchmarkStage(b *testing.B) {
	text, _ := benchInputs(b)
	var docs []*doc.Document
	var n int64
	for _, l := range text {
		d, err := ingest.Read(l.in.ID, l.in.Source, l.in.Name, l.data)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		n += int64(len(l.data))
	}
	// the tokenizer alone: its tokens are memoized by the first stage
	// that reads them, so its cost is otherwise inside that stage's
	b.Run("tokens", func(b *testing.B) {
		b.SetBytes(n)
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			for _, d := range docs {
				_ = vi.Tokenize(d.Text)
			}
		}
		report(b, len(docs))
	})
	stages := extractors.Default()
	// before[j] is docs[j] as the stages before the current one left it,
	// with the views of the text they memoized (the tokens), as in a run
	before := append([]*doc.Document(nil), docs...)
	fresh := func() []*doc.Document {
		cp := make([]*doc.Document, len(docs))
		for j, d := range before {
			c := *d
			c.Mentions = append([]*doc.Mention(nil), d.Mentions...)
			c.Relations = append([]doc.Relation(nil), d.Relations...)
			c.Warnings = append([]string(nil), d.Warnings...)
			cp[j] = &c
		}
		return cp
	}
	for _, st := range stages {
		b.Run(st.Name(), func(b *testing.B) {
			b.SetBytes(n)
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				cp := fresh()
				b.StartTimer()
				for _, d := range cp {
					st.Extract(d)
				}
			}
			report(b, len(docs))
		})
		// move the state on past this stage
		cp := fresh()
		for _, d := range cp {
			st.Extract(d)
		}
		before = cp
	}
	docs = before
	b.Run("rows", func(b *testing.B) {
		b.SetBytes(n)
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			for _, d := range docs {
				_ = table.FromDocument(d)
			}
		}
		report(b, len(docs))
	})
}
