package vi

// NextWordOf returns the first token from i that is a word of a class of
// cl or one that opens grammar kind k, a word that begins with a digit, or
// a capitalized word of a class of capCl (len(toks) if none): a walk's pass
// over the words it has nothing to do at, in one loop that reads the
// class table's bits once a word and keeps its state in registers.
func NextWordOf(toks []Token, i int, cl, capCl Class, k GrammarKind) int {
	bits := lexBits
	opens := uint64(1) << uint(k)
	// a word of the class table never begins with a digit (when none of
	// its words does): the text is read only at a word of no entry
	var noDigit uint16
	if !digitEntries {
		noDigit = 0xffff
	}
	for ; i < len(toks); i++ {
		t := &toks[i]
		if !t.Word {
			continue
		}
		e := &bits[t.lex]
		if e.class&cl != 0 || e.opens&opens != 0 || t.Cap && e.class&capCl != 0 || t.lex&noDigit == 0 && t.Text[0]-'0' < 10 {
			return i
		}
	}
	return len(toks)
}

// digitEntries reports a word of the class table that begins with a
// digit: NextWordOf then reads the first letter of every word.
var digitEntries = true

// NextAfterLocalUnit returns the first token from i that is a name
// syllable with a space and no line break before it, right after the
// level word of a unit below a province (AfterLocalUnit), or len(toks):
// where a place's name begins ("xã Lê Hồng"). One loop with the level
// classes tested in it; AfterLocalUnit is asked after a level word only.
func (g *Grammar) NextAfterLocalUnit(toks []Token, i int) int {
	bits := lexBits
	for ; i < len(toks); i++ {
		t := &toks[i]
		if !t.name || !t.Space || t.Newline {
			continue
		}
		if (i >= 1 && bits[toks[i-1].lex].class&CLevel != 0 || i >= 2 && bits[toks[i-2].lex].class&CLevelFirst != 0) && g.AfterLocalUnit(toks, i) {
			return i
		}
	}
	return len(toks)
}
