//go:build !linux

package table

// swapDir puts the staging folder in dir's place. Without an atomic
// exchange there is a moment with no dir; the old tables stay complete in
// the staging path until the new ones are in place.
func swapDir(stage, dir string) error { return swapByRename(stage, dir) }
