package table

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/parquet-go/parquet-go"
)

// Read loads the per-document tables of an output folder back into rows:
// DIR/<table>.parquet, or the parts of a sharded run
// (DIR/<table>/shard=*/part-*.parquet). people_registry is not read.
func Read(dir string) (Rows, error) {
	var r Rows
	var err error
	if r.Documents, err = readTable[DocumentRow](dir, "documents"); err != nil {
		return r, err
	}
	if r.People, err = readTable[PersonRow](dir, "people"); err != nil {
		return r, err
	}
	if r.Titles, err = readTable[TitleRow](dir, "titles"); err != nil {
		return r, err
	}
	if r.Dates, err = readTable[DateRow](dir, "dates"); err != nil {
		return r, err
	}
	if r.DocRefs, err = readTable[DocRefRow](dir, "document_refs"); err != nil {
		return r, err
	}
	if r.Figures, err = readTable[FigureRow](dir, "figures"); err != nil {
		return r, err
	}
	if r.Entities, err = readTable[EntityRow](dir, "entities"); err != nil {
		return r, err
	}
	if r.Relations, err = readTable[RelationRow](dir, "relations"); err != nil {
		return r, err
	}
	return r, nil
}

func readTable[T any](dir, name string) ([]T, error) {
	files := []string{filepath.Join(dir, name+".parquet")}
	if _, err := os.Stat(files[0]); os.IsNotExist(err) {
		files, _ = filepath.Glob(filepath.Join(dir, name, "shard=*", "part-*.parquet"))
		sort.Strings(files)
		if len(files) == 0 {
			return nil, fmt.Errorf("%s: no %s.parquet and no shard parts", dir, name)
		}
	}
	var out []T
	for _, f := range files {
		rows, err := parquet.ReadFile[T](f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		out = append(out, rows...)
	}
	return out, nil
}
