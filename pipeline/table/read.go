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
	for _, t := range perDocument {
		files, err := tableFiles(dir, t.Name())
		if err != nil {
			return r, err
		}
		if err := t.read(files, &r); err != nil {
			return r, err
		}
	}
	return r, nil
}

// ReadRegistry loads people_registry from an output folder.
func ReadRegistry(dir string) ([]RegistryRow, error) {
	files, err := tableFiles(dir, registryTable.Name())
	if err != nil {
		return nil, err
	}
	var out []RegistryRow
	for _, f := range files {
		rows, err := parquet.ReadFile[RegistryRow](f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		out = append(out, rows...)
	}
	return out, nil
}

// tableFiles lists the files holding one table: DIR/<table>.parquet or the
// parts of a sharded run, in a stable order.
func tableFiles(dir, name string) ([]string, error) {
	files := []string{filepath.Join(dir, name+".parquet")}
	if _, err := os.Stat(files[0]); os.IsNotExist(err) {
		files, _ = filepath.Glob(filepath.Join(dir, name, "shard=*", "part-*.parquet"))
		sort.Strings(files)
		if len(files) == 0 {
			return nil, fmt.Errorf("%s: no %s.parquet and no shard parts", dir, name)
		}
	}
	return files, nil
}
