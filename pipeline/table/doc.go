// Package table turns extracted Documents into the flat rows of SPEC's
// tables, writes them as Parquet (zstd, DATE as int32 days, lists as LISTs,
// fixed created-by so files are byte-stable), and renders the readable dump
// that golden files hold. It never extracts anything.
package table
