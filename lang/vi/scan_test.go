package vi

import "testing"

// checkScans holds the scans to the tests they stand for, asked token by
// token from every token of in.
func checkScans(t *testing.T, in string) (found int) {
	t.Helper()
	g := Gram()
	toks := Tokenize(in)
	for i := 0; i <= len(toks); i++ {
		// the tokenizer's marks: a word of the walk's classes, one that
		// opens its kind, a capitalized one of its capital classes, or one
		// that begins with a digit
		want := i
		for ; want < len(toks); want++ {
			tk := &toks[want]
			if tk.Word && (tk.IsOrOpens(WalkClasses, WalkKind) || tk.Cap && tk.Is(WalkCapClasses) || tk.Text[0] >= '0' && tk.Text[0] <= '9') {
				break
			}
		}
		if got := NextWalkStop(toks, i); got != want {
			t.Fatalf("%q: NextWalkStop from %d = %d, want %d", in, i, got, want)
		}
		want = max(i, 1)
		for ; want < len(toks); want++ {
			if tk := &toks[want]; tk.NameSyllable() && tk.Space && !tk.Newline && g.AfterLocalUnit(toks, want) {
				found++
				break
			}
		}
		want = min(want, len(toks))
		if got := g.NextAfterLocalUnit(toks, max(i, 1)); got != want {
			t.Fatalf("%q: NextAfterLocalUnit from %d = %d, want %d", in, i, got, want)
		}
	}
	return found
}

// TestScans: places after unit words of one and two words, at a line's
// start and glued, titles, honorifics, numbers and family names.
func TestScans(t *testing.T) {
	n := 0
	for _, in := range []string{
		"xã Lê Hồng, thị trấn Phú Xuyên, huyện Ba Vì\nxã\nLê Lợi, phường Bến Nghé và tỉnh Hà Nam",
		"các đồng chí: 1. Nguyễn Văn A - Phó Chủ tịch UBND tỉnh; ông Lê B, GS Trần C, Việt Nam",
		"",
	} {
		n += checkScans(t, in)
	}
	if n == 0 {
		t.Error("no place found after a unit word: the texts test little")
	}
}

// FuzzScans: checkScans on any text (its first 256 bytes: each scan is
// run from every token).
func FuzzScans(f *testing.F) {
	f.Add("xã Lê Hồng, thị trấn Phú Xuyên, huyện Ba Vì\nxã\nLê Lợi; 1. ông Nguyễn Văn A - Phó Chủ tịch")
	f.Fuzz(func(t *testing.T, in string) {
		if len(in) > 256 {
			in = in[:256]
		}
		checkScans(t, in)
	})
}
