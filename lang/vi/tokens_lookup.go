package vi

// equalBytes is a == b without the runtime's call (fastTokens makes none).
func equalBytes(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
