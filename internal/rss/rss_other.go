//go:build !unix

package rss

// Peak is unknown where getrusage is missing (Windows, wasm): the
// summary then says 0 MB.
func Peak() int64 { return 0 }
