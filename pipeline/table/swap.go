package table

import "os"

// swapByRename moves dir aside, moves stage in, and leaves the old tables
// at the stage path for the caller to remove.
func swapByRename(stage, dir string) error {
	aside := stage + ".old"
	if err := os.Rename(dir, aside); err != nil {
		return err
	}
	if err := os.Rename(stage, dir); err != nil {
		os.Rename(aside, dir)
		return err
	}
	return os.Rename(aside, stage)
}
