package table

import (
	"errors"
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

// Write writes every table of r into dir as <table>.parquet, all or
// nothing: the tables are written into a staging folder beside dir, which
// then takes dir's place in one atomic exchange. A run killed at any moment
// leaves dir holding either the previous complete set of tables or the new
// one, never a mix and never a torn file. Other files in dir are kept.
func Write(dir string, r Rows) (map[string]int, error) {
	dir = filepath.Clean(dir)
	parent, base := filepath.Dir(dir), filepath.Base(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	cleanStaging(parent, base)
	stage, err := os.MkdirTemp(parent, "."+base+".staging-")
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
	ours := map[string]bool{}
	for _, w := range writers {
		if err := w.fn(filepath.Join(stage, w.name+".parquet")); err != nil {
			return nil, fmt.Errorf("writing %s: %w", w.name, err)
		}
		counts[w.name] = w.n
		ours[w.name+".parquet"] = true
	}
	if err := keepOthers(dir, stage, ours); err != nil {
		return nil, err
	}
	if err := syncDir(stage); err != nil {
		return nil, err
	}
	if err := swapDir(stage, dir); err != nil {
		return nil, err
	}
	return counts, syncDir(parent)
}

// keepOthers hard-links (or copies) entries of dir that are not tables this
// run writes into the staging folder, so the exchange does not lose them.
func keepOthers(dir, stage string, ours map[string]bool) error {
	ents, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	for _, e := range ents {
		if ours[e.Name()] || e.IsDir() {
			continue
		}
		src, dst := filepath.Join(dir, e.Name()), filepath.Join(stage, e.Name())
		if err := os.Link(src, dst); err != nil {
			b, rerr := os.ReadFile(src)
			if rerr != nil {
				return rerr
			}
			if err := os.WriteFile(dst, b, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

// cleanStaging removes staging folders that a killed run left behind.
func cleanStaging(parent, base string) {
	old, _ := filepath.Glob(filepath.Join(parent, "."+base+".staging-*"))
	for _, o := range old {
		os.RemoveAll(o)
	}
}

func syncDir(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := f.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return err
	}
	return nil
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
