// Package rss reports the process's peak resident memory, for the run
// summary and the whole-run benchmark. It is its own package because
// getrusage exists only on unix: the build tags live here once, not in
// every command that prints the figure.
package rss
