//go:build unix

package output

import (
	"errors"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

var (
	errLocked       = errors.New("locked")
	errNotSupported = unix.ENOTSUP
)

// lockFile takes an exclusive advisory lock without waiting; the kernel
// drops it when the process ends, however it ends, so a killed run never
// leaves the folder locked.
func lockFile(f *os.File) error {
	err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB)
	if errors.Is(err, unix.EWOULDBLOCK) {
		return errLocked
	}
	return err
}

// die ends the process by sig, as if it had not been caught, so the parent
// sees the usual "killed by SIGTERM" status.
func die(sig os.Signal) {
	if s, ok := sig.(syscall.Signal); ok {
		syscall.Kill(os.Getpid(), s)
	}
}
