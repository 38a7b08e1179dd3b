package table

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress/zstd"
)

// Version goes into every file's created-by metadata; it is fixed (not the
// build hash) so the same input gives byte-identical files.
const Version = "0.1.0"

// Names lists the tables in the order they are written and reported.
var Names = []string{"documents", "people", "titles", "dates", "document_refs", "figures", "entities", "relations", "people_registry"}

// Write writes every table of r into dir as <table>.parquet. All files are
// first written to a staging folder inside dir and then renamed into place,
// so a crash never leaves a half-written table.
func Write(dir string, r Rows) (map[string]int, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	stage, err := os.MkdirTemp(dir, ".staging-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(stage)
	counts := map[string]int{}
	reg := Registry(r)
	writers := []struct {
		name string
		n    int
		fn   func(string) error
	}{
		{"documents", len(r.Documents), func(p string) error { return writeFile(p, r.Documents) }},
		{"people", len(r.People), func(p string) error { return writeFile(p, r.People) }},
		{"titles", len(r.Titles), func(p string) error { return writeFile(p, r.Titles) }},
		{"dates", len(r.Dates), func(p string) error { return writeFile(p, r.Dates) }},
		{"document_refs", len(r.DocRefs), func(p string) error { return writeFile(p, r.DocRefs) }},
		{"figures", len(r.Figures), func(p string) error { return writeFile(p, r.Figures) }},
		{"entities", len(r.Entities), func(p string) error { return writeFile(p, r.Entities) }},
		{"relations", len(r.Relations), func(p string) error { return writeFile(p, r.Relations) }},
		{"people_registry", len(reg), func(p string) error { return writeFile(p, reg) }},
	}
	for _, w := range writers {
		if err := w.fn(filepath.Join(stage, w.name+".parquet")); err != nil {
			return nil, fmt.Errorf("writing %s: %w", w.name, err)
		}
		counts[w.name] = w.n
	}
	for _, w := range writers {
		if err := os.Rename(filepath.Join(stage, w.name+".parquet"), filepath.Join(dir, w.name+".parquet")); err != nil {
			return nil, err
		}
	}
	return counts, nil
}

func writeFile[T any](path string, rows []T) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := parquet.NewGenericWriter[T](f,
		parquet.Compression(&zstd.Codec{Level: zstd.SpeedDefault}),
		parquet.CreatedBy("vnextract", Version, "release"),
		parquet.MaxRowsPerRowGroup(64*1024),
	)
	if _, err := w.Write(rows); err != nil {
		f.Close()
		return err
	}
	if err := w.Close(); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
