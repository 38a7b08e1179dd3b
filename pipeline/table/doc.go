// Package table turns extracted Documents into the flat rows of SPEC's
// tables, writes them as Parquet (zstd, DATE as int32 days, lists as LISTs,
// absent values as NULL, fixed created-by so files are byte-stable), reads
// them back, and renders the readable dump that golden files hold.
//
// Each table is defined once, by its row struct in rows.go and one line in
// schema.go; the writer, the reader and the dump all follow that
// definition, so a new column is a new field. It never extracts anything.
package table
