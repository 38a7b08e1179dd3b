//go:build armbe || arm64be || m68k || mips || mips64 || mips64p32 || ppc || ppc64 || s390 || s390x || shbe || sparc || sparc64

package vi

// bigEndian tells setFlags the machine's byte order; a constant, so that
// the test it makes folds away.
const bigEndian = true
