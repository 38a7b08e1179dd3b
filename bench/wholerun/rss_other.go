//go:build !unix

package main

// peakRSS is unknown where getrusage is missing (Windows, wasm): the
// summary then says 0 MB.
func peakRSS() int64 { return 0 }
