package vi

// NextWordOf returns the first token from i that is a word of a class of
// cl or one that opens grammar kind k, a word that begins with a digit, or
// a capitalized word of a class of capCl (len(toks) if none): a walk's pass
// over the words it has nothing to do at, in one loop that reads the
// class table's bits once a word and keeps its state in registers.
func NextWordOf(toks []Token, i int, cl, capCl Class, k GrammarKind) int {
	bits := lexBits
	opens := uint64(1) << uint(k)
	for ; i < len(toks); i++ {
		t := &toks[i]
		if !t.Word {
			continue
		}
		e := &bits[t.lex]
		if e.class&cl != 0 || e.opens&opens != 0 || t.Cap && e.class&capCl != 0 || t.Text[0]-'0' < 10 {
			return i
		}
	}
	return len(toks)
}
