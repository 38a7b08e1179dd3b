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

// ReadRegistry loads people_registry from an output folder. The shards of
// a sharded run each hold a registry of their own documents; a person in
// several shards is merged back into one row, as a single run writes it.
func ReadRegistry(dir string) ([]RegistryRow, error) {
	files, err := tableFiles(dir, registryTable.Name())
	if err != nil {
		return nil, err
	}
	var out []RegistryRow
	idx := map[string]int{}
	for _, f := range files {
		rows, err := parquet.ReadFile[RegistryRow](f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		for _, r := range rows {
			i, ok := idx[r.PersonKey]
			if !ok {
				idx[r.PersonKey] = len(out)
				out = append(out, r)
				continue
			}
			out[i].Docs = append(out[i].Docs, r.Docs...)
			out[i].Titles = append(out[i].Titles, r.Titles...)
		}
	}
	if len(files) > 1 {
		sort.Slice(out, func(i, j int) bool { return out[i].PersonKey < out[j].PersonKey })
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
