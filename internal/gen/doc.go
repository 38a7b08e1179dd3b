// Command gen turns the third-party reference data under ../shared/data
// (administrative units before and after the 2025 reorganization, the old →
// new map, family and given names) into the compact files that
// lang/vi/gazetteer and lang/vi/names embed, with a NOTICE naming source,
// commit and licence.
//
//	go run ./internal/gen -shared ../shared     (or: make data)
//
// Every name is normalized the way article text is (pipeline/text.Normalize:
// NFC, one tone-mark placement) so that a lookup of normalized text finds it.
// Output is sorted and contains no dates or paths: running it twice writes
// the same bytes, and a test compares the committed files with a fresh run.
// Only this command reads ../shared; the packages it feeds do not.
package main
