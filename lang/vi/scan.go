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
		if t.marks&markName == 0 || !t.Space || t.Newline {
			continue
		}
		if (i >= 1 && bits[toks[i-1].lex].class&CLevel != 0 || i >= 2 && bits[toks[i-2].lex].class&CLevelFirst != 0) && g.AfterLocalUnit(toks, i) {
			return i
		}
	}
	return len(toks)
}

// What the people walk (extractors) may stop at, besides a word that
// begins with a digit: a word of WalkClasses or one that opens WalkKind,
// and a capitalized word of WalkCapClasses. The tokenizer marks such a
// token (markWalk) as it writes its flags, so that the walk's pass over
// the tokens that start nothing (NextWalkStop) reads one byte a token,
// not the token's flags and its entry's bits (NextWordOf with these).
const (
	WalkClasses    = CListOpener | CRoles | CHonorific | COccupations | CTitlePrefix
	WalkCapClasses = CAcademic | CHonorary | CSurname
	WalkKind       = Comrade
)

// The bits of Token.marks.
const (
	markName = 1 << (fName - 40) // NameSyllable
	markWalk = 1 << (fWalk - 40) // a walk may stop here (NextWalkStop)
)

// walkMarks is markWalk for each entry of the class table by its index,
// [0] for a word not capitalized (a word of WalkClasses or one that opens
// WalkKind), [1] for a capitalized one (those and WalkCapClasses): the
// tokenizer ORs it into a token's marks with no test and no bounds check.
// Set with lexBits.
var walkMarks [2][1 << 16]uint8

// walkStops returns walkMarks of the entries' bits b.
func walkStops(b []entryBits) (w [2][1 << 16]uint8) {
	for i, e := range b {
		if e.class&WalkClasses != 0 || e.opens&(1<<uint(WalkKind)) != 0 {
			w[0][i], w[1][i] = markWalk, markWalk
		} else if e.class&WalkCapClasses != 0 {
			w[1][i] = markWalk
		}
	}
	return w
}

// NextWalkStop is NextWordOf(toks, i, WalkClasses, WalkCapClasses,
// WalkKind) from the tokens' marks: the first token from i the tokenizer
// marked as one a walk may stop at, len(toks) if none.
func NextWalkStop(toks []Token, i int) int {
	for ; i < len(toks); i++ {
		if toks[i].marks&markWalk != 0 {
			return i
		}
	}
	return len(toks)
}
