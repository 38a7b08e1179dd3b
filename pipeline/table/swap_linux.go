package table

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// swapDir puts the staging folder in dir's place in one step: a rename when
// dir does not exist yet, else renameat2(RENAME_EXCHANGE), which swaps two
// paths atomically. The old tables end up in the staging path, which the
// caller removes.
func swapDir(stage, dir string) error {
	if _, err := os.Stat(dir); os.IsNotExist(err) {
		return os.Rename(stage, dir)
	}
	err := unix.Renameat2(unix.AT_FDCWD, stage, unix.AT_FDCWD, dir, unix.RENAME_EXCHANGE)
	if errors.Is(err, unix.ENOSYS) || errors.Is(err, unix.EINVAL) {
		return swapByRename(stage, dir)
	}
	return err
}
