package pipeline_test

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/vnextract/vnextract"
	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/pipeline"
	"github.com/vnextract/vnextract/pipeline/doc"
	"github.com/vnextract/vnextract/pipeline/ingest"
	"github.com/vnextract/vnextract/pipeline/table"
)

// benchInputs loads the development corpus (or, without it, the embedded
// one) into memory, split into text and HTML inputs.
func benchInputs(b *testing.B) (text, html []loaded) {
	b.Helper()
	var ins []pipeline.Input
	var err error
	if _, e := os.Stat(filepath.Join(shared, "corpus")); e == nil {
		ins, err = pipeline.Collect([]string{filepath.Join(shared, "corpus"), filepath.Join(shared, "seeds"), "../testdata/corpus/html"})
	} else {
		ins, err = pipeline.CollectFS(vnextract.DefaultCorpus())
	}
	if err != nil {
		b.Fatal(err)
	}
	for _, in := range ins {
		data, err := in.Load()
		if err != nil {
			b.Fatal(err)
		}
		l := loaded{in, data}
		if ingest.IsHTMLName(in.Name) {
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
// documents, one core.
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
	stages := extractors.Default()
	for k, st := range stages {
		b.Run(st.Name(), func(b *testing.B) {
			b.SetBytes(n)
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				// a fresh copy with the earlier stages' mentions
				cp := make([]*doc.Document, len(docs))
				for j, d := range docs {
					c := *d
					c.Mentions = nil
					c.Relations = nil
					c.Warnings = nil
					for _, prev := range stages[:k] {
						prev.Extract(&c)
					}
					cp[j] = &c
				}
				b.StartTimer()
				for _, d := range cp {
					st.Extract(d)
				}
			}
			report(b, len(docs))
		})
	}
	b.Run("rows", func(b *testing.B) {
		for _, d := range docs {
			for _, st := range stages {
				st.Extract(d)
			}
		}
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
