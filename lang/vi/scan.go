package vi

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
// not the token's flags and its entry's bits.
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

// NextWalkStop returns the first token from i the tokenizer marked as one
// a walk may stop at (a word of WalkClasses or one that opens WalkKind, a
// capitalized word of WalkCapClasses, a word that begins with a digit),
// len(toks) if none.
func NextWalkStop(toks []Token, i int) int {
	for ; i < len(toks); i++ {
		if toks[i].marks&markWalk != 0 {
			return i
		}
	}
	return len(toks)
}
