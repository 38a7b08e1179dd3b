// Package output places a run's files into a user's output folder without
// ever removing or replacing anything the tool did not write.
//
// A Folder is one output folder held by one process: a lock file keeps a
// second run (or a second process of the same shard) out before it does any
// work; every file is written to a temporary name beside its final path and
// renamed over only that path; a small journal makes the set of renames
// all-or-nothing across a kill; SIGINT and SIGTERM remove the temporary
// files before the process dies. The folder itself is never renamed,
// removed or re-moded, so a mount point, a group-shared folder or a folder
// that also holds the inputs, .git and other work are all safe outputs.
//
// It imports nothing of ours.
package output
