package vi

import (
	"encoding/binary"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/vnextract/vnextract/pipeline/doc"
)

// Token is a word or a punctuation mark of a text. Start and End are
// code-point offsets (what regexp2 and the output tables use), ByteStart and
// ByteEnd byte offsets into the same text (what Go slicing uses): no stage
// converts between them itself. Text == text[ByteStart:ByteEnd].
type Token struct {
	Start, End         int
	ByteStart, ByteEnd int
	Text               string
	Lower              string // text in lower case, for word-list lookups
	// letters or digits, with inner "." "&" "-" ("TP.HCM", "KH&CN",
	// "KT-XH")
	Word    bool
	Space   bool // white space stands before it
	Newline bool // a line break stands before it
	// split from the word before at a lost space ("QuốcNgụy")
	Camel bool
	Cap   bool   // starts with an upper-case letter
	marks uint8  // markName (NameSyllable) and markWalk, found as the word is cut
	lex   uint16 // the word's entry in the lexicon's class table (Is), 0 if none
}

// Tokens returns the document's word and punctuation tokens, computed
// once and shared by the stages that read them. They live in a buffer that
// goes back to a pool when the runner releases the document (doc.Release),
// so the tokens of every document (a quarter of all that a run allocated)
// are not allocated and collected each time: no stage keeps a token past
// its document (mentions and rows hold strings).
func Tokens(d *doc.Document) []Token {
	return d.Memo("lang/vi/tokens", func() any {
		s := scratches.Get().(*scratch)
		toks := s.tokenize(d.Text)
		d.OnRelease(func() { s.recycle(toks) })
		return toks
	}).([]Token)
}

// scratch is where a text's tokens are gathered before it is known how
// many there are: a Token is 72 bytes and texts run from four to six bytes
// a token, so any first guess either wastes a fifth of the slice or grows
// it. Tokenize copies them out into a slice of exactly their number and
// keeps the scratch for the next text; Tokens hands the scratch's own
// tokens to the document until it is released.
type scratch struct {
	toks []Token
	// used is how many tokens of the last text toks' array still holds:
	// they are not cleared when the document is released (a pass over
	// every token's 72 bytes) but overwritten by the next text, and only
	// those past its own cleared then, so that a scratch waiting in the
	// pool keeps no more than the one text it last cut alive
	used  int
	lower []byte // the lower-cased words that need it, one after another
	// where each of them ends in lower, and the token it is the Lower
	// of (one slice, one append a word)
	pending []pendingLower
}

// pendingLower is a word lowered into scratch.lower: where it ends there,
// and its token.
type pendingLower struct{ end, tok int32 }

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// keepScratch caps what a scratch keeps for the next text: one huge text
// should not pin its buffers.
const keepScratch = 1 << 16

// lowerWord appends w, the word of token tok, in lower case to s.lower (as
// strings.ToLower would write it) and returns "", which marks the token's
// Lower as pending: every word is lowered into one buffer per text, made
// one string at the end, not one string per capitalized word.
func (s *scratch) lowerWord(w string, tok int) string {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			s.lower = append(s.lower, c)
			i++
			continue
		}
		r, n, _ := nextMultibyte(w, i)
		if r < rune(len(lowerTable)) {
			// a letter already in lower case (most of them) is copied as
			// it stands, not encoded again
			if l := rune(lowerTable[r]); l != r {
				s.lower = utf8.AppendRune(s.lower, l)
			} else {
				s.lower = append(s.lower, w[i:i+n]...)
			}
		} else {
			s.lower = utf8.AppendRune(s.lower, unicode.ToLower(r))
		}
		i += n
	}
	s.pending = append(s.pending, pendingLower{end: int32(len(s.lower)), tok: int32(tok)})
	return ""
}

// Tokenize splits a text into word and punctuation tokens. Token text is a
// substring of t, not a copy; the Lower of capitalized words are substrings
// of one lower-cased copy of those words. ASCII, most of any Vietnamese
// text, is classified by table.
func Tokenize(t string) []Token {
	s := scratches.Get().(*scratch)
	out := s.tokenize(t)
	toks := make([]Token, len(out))
	copy(toks, out)
	s.recycle(out)
	return toks
}

// recycle takes back the tokens tokenize returned, once nothing reads them.
func (s *scratch) recycle(out []Token) {
	if cap(out) <= keepScratch {
		s.toks, s.used = out[:0], len(out)
		if cap(s.lower) > 8*keepScratch {
			s.lower, s.pending = nil, nil
		}
		scratches.Put(s)
	}
}

// tokenize gathers t's tokens in s.toks and returns them; they are valid
// until s is recycled.
//
// Most of a text is cut by fastTokens, a loop with no call in it, so that
// its values stay in registers: every call makes the compiler keep on the
// stack what a loop holds across it, stored and loaded again at each
// token. What it does not cut (a capitalized word, a letter that changes
// in lower case, a joiner, a code point it does not decode) it leaves to
// slowStep, one token at a time, and goes on after it.
func (s *scratch) tokenize(t string) []Token {
	// each token is stored field by field in its slot of the scratch's
	// array (append builds the 72 bytes on the stack and copies them in)
	out := s.toks[:0]
	s.lower, s.pending = s.lower[:0], s.pending[:0]
	// one probe a word for every list of the lexicon (Token.Is), made as
	// the word is cut while its bytes are at hand; a word whose Lower is
	// pending is looked up once its Lower is known, at the end
	words := &Lex().classes.index
	// what stands before the next token: white space, a line break, a
	// lost space (the word before split at a capital), in one byte
	pre := uint64(preSpace | preNewline)
	// i's code-point index is i-extra: extra counts the bytes before i
	// past the first of their code points, so only a letter of two or
	// three bytes moves it, not every byte
	i, extra := 0, 0
	for {
		out, i, extra, pre = fastTokens(out, t, i, extra, pre, words)
		if i >= len(t) {
			break
		}
		out, i, extra, pre = s.slowStep(out, t, i, extra, pre, words)
	}
	lowered := string(s.lower)
	at := int32(0)
	for _, p := range s.pending {
		tk := &out[p.tok]
		w := lowered[at:p.end]
		at = p.end
		tk.Lower, tk.lex = w, words.find(w)
		// the walk's mark of the entry (a digit first was marked as
		// the token was cut)
		tk.marks |= walkMarks[bit(tk.Cap)][tk.lex]
	}
	if len(out) < s.used {
		clear(out[len(out):s.used]) // the last text's tokens past this one's
	}
	return out
}

// fastTokens cuts t from byte i into out as far as it can with no call:
// white space, punctuation of one code point, and words of letters none
// of which changes in lower case (ASCII, two bytes, three that begin with
// 0xE1), looked up in the word table. It stops at the end of t, or at the
// start of a token it leaves to slowStep (i, extra and pre as they stand
// there), or when out is full.
func fastTokens(out []Token, t string, i, extra int, pre uint64, words *wordIndex) ([]Token, int, int, uint64) {
	for i < len(t) {
		c := t[i]
		if c == ' ' { // most of what stands between words
			pre |= preSpace
			i++
			continue
		}
		n, cl := 1, asciiClass[c&0x7f]
		if c >= utf8.RuneSelf {
			// a continuation byte with its top bit flipped is below
			// 0x40, and is then the code point's low six bits: one test
			// and no mask for each
			if c-0xC2 < 0xE0-0xC2 && i+1 < len(t) {
				c1 := t[i+1] ^ 0x80
				if c1 >= 0x40 {
					break
				}
				n, cl = 2, classTable[int(c&0x1F)<<6|int(c1)]
			} else if c == 0xE1 && i+2 < len(t) {
				c3 := t[i+2] ^ 0x80 // first: it bounds t[i+1] too
				c1 := t[i+1] ^ 0x80
				if c1|c3 >= 0x40 {
					break
				}
				n, cl = 3, classTable[(0x1000|int(c1)<<6|int(c3))&0x1FFF]
			} else {
				break
			}
		}
		if cl&cSpace != 0 {
			pre |= preSpace
			if c == '\n' {
				pre |= preNewline
			}
			i += n
			extra += n - 1
			continue
		}
		if cl&(cUpper|cFolds) != 0 || len(out) == cap(out) {
			break
		}
		bs, start := i, i-extra
		i += n
		extra += n - 1
		if cl&cWord == 0 {
			text := t[bs:i]
			out = out[:len(out)+1]
			tk := &out[len(out)-1]
			tk.Start, tk.End, tk.ByteStart, tk.ByteEnd = start, i-extra, bs, i
			tk.Text, tk.Lower = text, text
			tk.setFlags(pre & (preSpace | preNewline))
		} else {
			for i < len(t) {
				c2 := t[i]
				if c2-'a' < 26 {
					// lower-case ASCII letters, most of a word after
					// its first letter, go on it in a loop of their own
					i++
					for i < len(t) && t[i]-'a' < 26 {
						i++
					}
					continue
				}
				n2, cl2 := 1, asciiClass[c2&0x7f]
				if c2 >= utf8.RuneSelf {
					if c2-0xC2 < 0xE0-0xC2 && i+1 < len(t) {
						c1 := t[i+1] ^ 0x80
						if c1 >= 0x40 {
							return out, bs, bs - start, pre
						}
						n2, cl2 = 2, classTable[int(c2&0x1F)<<6|int(c1)]
					} else if c2 == 0xE1 && i+2 < len(t) {
						c3 := t[i+2] ^ 0x80
						c1 := t[i+1] ^ 0x80
						if c1|c3 >= 0x40 {
							return out, bs, bs - start, pre
						}
						n2, cl2 = 3, classTable[(0x1000|int(c1)<<6|int(c3))&0x1FFF]
					} else {
						return out, bs, bs - start, pre
					}
				}
				// the word ends at anything else: a joiner joins only
				// capitals ("TP.HCM"), and this word's first letter is none
				if cl2&cWord == 0 {
					break
				}
				// a capital, which may start a word of its own, or a
				// letter that changes in lower case: slowStep's
				if cl2&(cUpper|cFolds) != 0 {
					return out, bs, bs - start, pre
				}
				i += n2
				extra += n2 - 1
			}
			// no capital first, no letter that changes in lower case, so
			// no name, no glued words, Lower the text
			text := t[bs:i]
			out = out[:len(out)+1]
			tk := &out[len(out)-1]
			tk.Start, tk.End, tk.ByteStart, tk.ByteEnd = start, i-extra, bs, i
			tk.Text, tk.Lower = text, text
			// words.find(text) written out, with no call in it: the
			// key, the probe, and the comparison of a word longer than
			// its key
			var k uint64
			if n := len(text); n >= 4 {
				a, b := text[:4], text[n-4:]
				k = uint64(uint32(a[0])|uint32(a[1])<<8|uint32(a[2])<<16|uint32(a[3])<<24) |
					uint64(uint32(b[0])|uint32(b[1])<<8|uint32(b[2])<<16|uint32(b[3])<<24)<<32
			} else {
				k = uint64(text[0]) | uint64(text[n/2])<<8 | uint64(text[n-1])<<16
			}
			nn := capLen(text)
			tag := uint32(0) // the slot's: lex and the walk's mark
			for h := uint32((k ^ uint64(len(text))*0x9E3779B97F4A7C15) * 0xBF58476D1CE4E5B9 >> (words.shift & 63)); ; h = (h + 1) & words.mask {
				sl := &words.slots[h]
				// a hit or an empty slot ends the probe, in one test: the
				// product is 0 when either is
				if d := (sl.key ^ k) | uint64(sl.n^nn); d*uint64(sl.tag) == 0 {
					if d != 0 {
						break
					}
					if len(text) <= 8 || equalBytes(words.long[sl.id()], text) {
						tag = sl.tag
						break
					}
				}
			}
			// a word of no capital: a walk stops at it for its entry
			// (the slot's mark) or a digit first (markWalk), the key's
			// low byte being the word's first
			tk.setFlags(pre | fWord | uint64(tag)<<fName | bit(uint8(k)-'0' < 10)<<fWalk)
		}
		pre = 0
		// the space after a token (most often one) taken here, not by
		// another turn of the loop
		if i < len(t) && t[i] == ' ' {
			pre = preSpace
			i++
		}
	}
	return out, i, extra, pre
}

// slowStep is one turn of the tokenizer's loop at byte i, for what
// fastTokens leaves: a capitalized word, a word with a letter that changes
// in lower case or a joiner, a code point it does not decode, a full array.
// It reads one code point of white space, or one token (two of a glued
// word) and the space after it, and the next as well while it begins with
// an ASCII capital.
func (s *scratch) slowStep(out []Token, t string, i, extra int, pre uint64, words *wordIndex) ([]Token, int, int, uint64) {
	for {
		c := t[i]
		n, cl := 1, asciiClass[c&0x7f]
		if c >= utf8.RuneSelf {
			n, cl = multiClass(t, i)
		}
		if cl&cSpace != 0 {
			pre |= preSpace
			if c == '\n' {
				pre |= preNewline
			}
			return out, i + n, extra + n - 1, pre
		}
		bs, start := i, i-extra
		i += n
		extra += n - 1
		if cl&cWord == 0 {
			text := t[bs:i]
			out = room(out)
			tk := &out[len(out)-1]
			tk.Start, tk.End, tk.ByteStart, tk.ByteEnd = start, i-extra, bs, i
			tk.Text, tk.Lower = text, text
			tk.setFlags(pre & (preSpace | preNewline))
		} else {
			// x gathers the classes of the word's code points after the
			// first, each with its letter bit flipped: x&cLower, a letter
			// in lower case among them; x&cFolds, one that changes in
			// lower case; x&(cUpper|cLetter), a capital or something that
			// is no letter; x&cSplit, a word cut before a capital
			x := rclass(0)
			// the letters most words are made of, read with no call in the
			// loop: ASCII, two bytes, three that begin with 0xE1. It stops at
			// anything else, and at a capital after a lower-case letter; the
			// word ends there unless what stops it is a joiner
			for i < len(t) {
				c2 := t[i]
				if c2-'a' < 26 {
					i++
					for i < len(t) && t[i]-'a' < 26 {
						i++
					}
					x |= cWord | cLower
					continue
				}
				n2, cl2 := 1, asciiClass[c2&0x7f]
				if c2 >= utf8.RuneSelf {
					if c2-0xC2 < 0xE0-0xC2 && i+1 < len(t) {
						c1 := t[i+1] ^ 0x80
						if c1 >= 0x40 {
							goto rest
						}
						n2, cl2 = 2, classTable[int(c2&0x1F)<<6|int(c1)]
					} else if c2 == 0xE1 && i+2 < len(t) {
						c3 := t[i+2] ^ 0x80
						c1 := t[i+1] ^ 0x80
						if c1|c3 >= 0x40 {
							goto rest
						}
						n2, cl2 = 3, classTable[(0x1000|int(c1)<<6|int(c3))&0x1FFF]
					} else {
						goto rest
					}
				}
				if cl2&cWord == 0 {
					if cl2&cJoin == 0 {
						goto cut
					}
					goto rest
				}
				// a capital after a lower-case letter may start a word of
				// its own; while no letter so far is in lower case, none
				// before this one is
				if cl2&cUpper != 0 && (cl|x)&cLower != 0 {
					goto rest
				}
				x |= cl2 ^ cLetter
				i += n2
				extra += n2 - 1
			}
			goto cut
		rest:
			i, extra, x = scanRest(t, i, extra, cl, x, t[bs:i])
		cut:
			if cl&cUpper != 0 || (cl|x)&cFolds != 0 {
				// a capitalized word, or one with a letter that changes in
				// lower case
				text, end := t[bs:i], i-extra
				// upper case up to here, no lower-case letter after the capital
				upperRun := cl&cUpper != 0 && x&cLower == 0
				// a name syllable: a capital, then letters none of which is
				// one (NameSyllable, which the grammar asks of a token many
				// times, at no cost)
				name := cl&cUpper != 0 && x&(cLetter|cUpper) == 0
				foldsRest := x&cFolds != 0 // a letter after the first changes in lower case
				folds := foldsRest || cl&cFolds != 0
				// GluedSplit leaves a word of plain ASCII whole, and one of
				// fewer than four code points: such a word (its bytes as
				// many as its code points, or end-start < 4) is not asked
				if cl&cUpper != 0 && !upperRun && len(text) > 4 && len(text) != end-start && end-start >= 4 {
					if k := gluedSplit(text); k > 0 {
						first := utf8.RuneCountInString(text[:k])
						out = room(out)
						tk := &out[len(out)-1]
						tk.Start, tk.End, tk.ByteStart, tk.ByteEnd = start, start+first, bs, bs+k
						tk.Text, tk.Lower = text[:k], s.lowerWord(text[:k], len(out)-1)
						tk.setFlags(pre | fWord | fCap | bit(nameSyllable(text[:k]))<<fName)
						start, bs, text, cl = start+first, bs+k, text[k:], cLower
						name = nameSyllable(text) // rare: read again
						folds, pre = false, preCamel
					}
				}
				out = room(out)
				tk := &out[len(out)-1]
				tk.Start, tk.End, tk.ByteStart, tk.ByteEnd = start, end, bs, bs+len(text)
				tk.Text, tk.Lower = text, text
				tk.setFlags(pre | fWord | uint64(cl&cUpper)<<(32-2) | bit(name)<<fName | bit(text[0]-'0' < 10)<<fWalk)
				if folds && !foldsRest {
					// "Nguyễn", "Hà": only the first letter changes; lowerWord
					// of the first letter, the rest copied as it stands
					if l, c := len(s.lower), text[0]; c < utf8.RuneSelf && len(text) <= 16 && cap(s.lower)-l >= 16 && len(t)-bs >= 16 {
						// an ASCII capital and a word of up to 16 bytes: the
						// whole word in one 16-byte move from the text (which
						// runs on that far) into the buffer's room, its first
						// byte lowered there; what it moves past the word
						// lies past len(s.lower), where the next word goes
						p := unsafe.Add(unsafe.Pointer(unsafe.SliceData(s.lower)), l)
						*(*[16]byte)(p) = *(*[16]byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(t)), bs))
						*(*byte)(p) = c | 0x20
						s.lower = s.lower[:l+len(text)]
					} else {
						n := 1
						if c := text[0]; c < utf8.RuneSelf {
							s.lower = append(s.lower, c|0x20) // an ASCII capital
						} else {
							var r rune
							r, n, _ = nextMultibyte(text, 0)
							if r < rune(len(lowerTable)) {
								s.lower = utf8.AppendRune(s.lower, rune(lowerTable[r]))
							} else {
								s.lower = utf8.AppendRune(s.lower, unicode.ToLower(r))
							}
						}
						// the rest as it stands: a word of up to 16 bytes in
						// one 16-byte move from the text (which runs on that
						// far) when the buffer has room, not a memmove call;
						// what it moves past the word lies past len(s.lower),
						// where the next word goes
						if l, j := len(s.lower), bs+n; len(text) <= 16 && cap(s.lower)-l >= 16 && len(t)-j >= 16 {
							*(*[16]byte)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(s.lower)), l)) = *(*[16]byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(t)), j))
							s.lower = s.lower[:l+len(text)-n]
						} else {
							s.lower = append(s.lower, text[n:]...)
						}
					}
					s.pending = append(s.pending, pendingLower{end: int32(len(s.lower)), tok: int32(len(out) - 1)})
					// tk.Lower is the text until the end sets it
				} else if folds {
					tk.Lower = s.lowerWord(text, len(out)-1)
				} else {
					tk.lex = words.find(text)
					tk.marks |= walkMarks[bit(tk.Cap)][tk.lex] // Cap: a glued word's second is none
				}
			} else {
				text := t[bs:i]
				out = room(out)
				tk := &out[len(out)-1]
				tk.Start, tk.End, tk.ByteStart, tk.ByteEnd = start, i-extra, bs, i
				tk.Text, tk.Lower = text, text
				lex := words.find(text)
				tk.setFlags(pre | fWord | uint64(lex)<<fLex | uint64(walkMarks[0][lex])<<fName | bit(text[0]-'0' < 10)<<fWalk)
			}
			if x&cSplit != 0 {
				pre = preCamel
				continue
			}
		}
		pre = 0
		if i < len(t) && t[i] == ' ' {
			pre = preSpace
			i++
		}
		// a capital next (a name of several words, "Hà Nội" written
		// with an ASCII capital first, "Nguyễn Văn"): this function's
		// again, with no return to fastTokens and back
		if i >= len(t) || t[i]-'A' >= 26 {
			return out, i, extra, pre
		}
	}
}

// scanRest reads the rest of a word from byte i, where tokenize's loop
// stopped at what it does not read itself: a letter it does not decode, a
// joiner, a capital after a lower-case letter. cl is the class of the
// word's first code point, x as in tokenize, read the word up to i (whole
// code points of word class, which the loop decoded). The x it returns has
// cSplit set for a word cut before a capital that starts a new one.
//
//go:noinline
func scanRest(t string, i, extra int, cl, x rclass, read string) (int, int, rclass) {
	// the class of the code point before i, which the loop did not keep
	r, _ := utf8.DecodeLastRuneInString(read)
	last := classOf(r)
	for i < len(t) {
		c2 := t[i]
		if c2-'a' < 26 {
			// lower-case ASCII letters, most of a word after its
			// first letter, go on it in a loop of their own
			i++
			for i < len(t) && t[i]-'a' < 26 {
				i++
			}
			x |= cWord | cLower
			last = cLower
			continue
		}
		n2, cl2 := 1, asciiClass[c2&0x7f]
		if c2 >= utf8.RuneSelf {
			_, n2, cl2 = nextMultibyte(t, i)
		}
		if cl2&cWord != 0 {
			// "Trung QuốcNgụy Phượng Hòa": a capital right after a
			// lower-case letter starts a new word (a space lost in
			// editing); Vietnamese words never do that
			if cl2&cUpper != 0 && last&cLower != 0 && i+n2 < len(t) {
				if _, _, cl3 := nextRune(t, i+n2); cl3&cLower != 0 {
					return i, extra, x | cSplit
				}
			}
			x |= cl2 ^ cLetter
			last = cl2
			i += n2
			extra += n2 - 1
			continue
		}
		// "TP.HCM", "T.Ư", "KH&CN", "KT-XH": joiners between
		// capitals (ASCII, one byte), taken as no letter
		if cl2&cJoin != 0 && cl&cUpper != 0 && x&cLower == 0 && i+1 < len(t) {
			if _, _, cl3 := nextRune(t, i+1); cl3&cUpper != 0 {
				i++
				x |= cLetter
				continue
			}
		}
		break
	}
	return i, extra, x
}

// room returns out one token longer, the new one's slot holding whatever
// it held (a token of an earlier text, or nothing); only when the array
// is full, rarely (a scratch keeps it from text to text), a larger one.
func room(out []Token) []Token {
	if len(out) < cap(out) {
		return out[:len(out)+1]
	}
	return grow(out)
}

// grow is room's rare case, out of line so that room inlines.
//
//go:noinline
func grow(out []Token) []Token {
	return append(out, Token{})
}

// A token's flags and lex, eight bytes in a row (Word, Space, Newline,
// Camel, Cap, marks, then lex), are written in one store of the word these
// bits make (the byte of each flag its lowest bit), not seven: the
// tokenizer's bits of what stands before a token are Space, Newline and
// Camel's own.
const (
	fWord      = 1 << 0
	preSpace   = 1 << 8
	preNewline = 1 << 16
	preCamel   = 1 << 24
	fCap       = 1 << 32
	fName      = 40 // shifts: markName
	fWalk      = 41 // markWalk
	fLex       = 48
)

// The layout setFlags writes: the build fails if a field moves.
var (
	_ = [1]int{}[unsafe.Offsetof(Token{}.Space)-unsafe.Offsetof(Token{}.Word)-1]
	_ = [1]int{}[unsafe.Offsetof(Token{}.Newline)-unsafe.Offsetof(Token{}.Word)-2]
	_ = [1]int{}[unsafe.Offsetof(Token{}.Camel)-unsafe.Offsetof(Token{}.Word)-3]
	_ = [1]int{}[unsafe.Offsetof(Token{}.Cap)-unsafe.Offsetof(Token{}.Word)-4]
	_ = [1]int{}[unsafe.Offsetof(Token{}.marks)-unsafe.Offsetof(Token{}.Word)-5]
	_ = [1]int{}[unsafe.Offsetof(Token{}.lex)-unsafe.Offsetof(Token{}.Word)-6]
)

// setFlags writes Word through lex from f (bit 8k the k-th flag, lex in
// bits 48-63). The bytes are written in little-endian order, so each
// one-byte flag lands in its field on any machine, and on little-endian
// ones (amd64, arm64) all of it is a single store. lex is two bytes: a
// big-endian machine reads them the other way round, so there it is
// written again as a field.
func (t *Token) setFlags(f uint64) {
	binary.LittleEndian.PutUint64((*[8]byte)(unsafe.Pointer(&t.Word))[:], f)
	if bigEndian {
		t.lex = uint16(f >> fLex)
	}
}

// bit is 1 for true.
func bit(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// nextRune decodes and classifies the code point at byte i of t. The
// ASCII case is small enough for the compiler to inline in the loop; the
// rest is a call.
func nextRune(t string, i int) (rune, int, rclass) {
	if c := t[i]; c < utf8.RuneSelf {
		return rune(c), 1, asciiClass[c]
	}
	return nextMultibyte(t, i)
}

// nextMultibyte decodes the code point at byte i of t, which is not ASCII.
// Vietnamese letters are two bytes (U+00C0-U+01B0) or three (U+1EA0-U+1EF9):
// those are decoded here, as utf8.DecodeRuneInString would, without its
// general path; anything else (four bytes, invalid UTF-8) goes to it.
func nextMultibyte(t string, i int) (rune, int, rclass) {
	c := t[i]
	switch {
	case c >= 0xC2 && c < 0xE0 && i+1 < len(t):
		if c1 := t[i+1]; c1&0xC0 == 0x80 {
			r := rune(c&0x1F)<<6 | rune(c1&0x3F)
			return r, 2, classTable[r] // below U+0800
		}
	case c >= 0xE0 && c < 0xF0 && i+2 < len(t):
		if c1, c2 := t[i+1], t[i+2]; c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			r := rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
			if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) { // not overlong, no surrogate
				return r, 3, classOf(r)
			}
		}
	}
	r, n := utf8.DecodeRuneInString(t[i:])
	return r, n, classOf(r)
}

// multiClass is the length and class of the code point at byte i of t,
// which is not ASCII: nextMultibyte without the code point. The letters of
// two bytes (U+0080-U+07FF: "đ", "ư", "á") and of three that begin with
// 0xE1 (U+1000-U+1FFF: "ễ", "ộ") have their classes read from classTable
// with no further test.
func multiClass(t string, i int) (int, rclass) {
	if c := t[i]; c < 0xE0 {
		if c >= 0xC2 && i+1 < len(t) && t[i+1]&0xC0 == 0x80 {
			return 2, classTable[int(c&0x1F)<<6|int(t[i+1]&0x3F)]
		}
	} else if c == 0xE1 && i+2 < len(t) && t[i+1]&0xC0 == 0x80 && t[i+2]&0xC0 == 0x80 {
		return 3, classTable[0x1000|int(t[i+1]&0x3F)<<6|int(t[i+2]&0x3F)]
	}
	_, n, cl := nextMultibyte(t, i)
	return n, cl
}

// rclass is what the tokenizer needs to know of a code point.
type rclass uint8

const (
	cSpace rclass = 1 << iota
	cWord
	cUpper
	cLower
	cLetter // unicode.IsLetter
	cFolds  // unicode.ToLower changes it
	// ".", "&", "-": may join the capitals of a word ("TP.HCM",
	// "KH&CN", "KT-XH")
	cJoin
	// not a class: tokenize's mark of a word cut before a capital that
	// starts another
	cSplit
)

var asciiClass = func() (a [utf8.RuneSelf]rclass) {
	for c := 0; c < utf8.RuneSelf; c++ {
		a[c] = computeClass(rune(c))
	}
	return
}()

// classTable caches the classes of the code points Vietnamese text uses
// (Latin, Latin Extended, combining marks, up to U+1FFF).
var classTable = func() (a [0x2100]rclass) {
	for r := range a {
		a[r] = computeClass(rune(r))
	}
	return
}()

// lowerTable is unicode.ToLower below U+2000 (the Vietnamese letters and
// the Latin, Greek and Cyrillic ones around them).
var lowerTable = func() (a [0x2000]uint16) {
	for r := range a {
		a[r] = uint16(unicode.ToLower(rune(r)))
	}
	return
}()

func classOf(r rune) rclass {
	if r >= 0 && r < rune(len(classTable)) {
		return classTable[r]
	}
	return computeClass(r)
}

func computeClass(r rune) rclass {
	var c rclass
	if unicode.IsSpace(r) {
		c |= cSpace
	}
	if isWordRune(r) {
		c |= cWord
	}
	if unicode.IsLetter(r) {
		c |= cLetter
	}
	if unicode.ToLower(r) != r {
		c |= cFolds
	}
	if r == '.' || r == '&' || r == '-' {
		c |= cJoin
	}
	if unicode.IsUpper(r) {
		c |= cUpper
	} else if unicode.IsLower(r) {
		c |= cLower
	}
	return c
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// Capitalized reports whether a word token starts with an upper-case letter.
func (t *Token) Capitalized() bool { return t.Word && t.Cap }

// Acronym reports an all-capitals word of two or more letters ("UBND", "TP.HCM").
func (t *Token) Acronym() bool {
	if !t.Word {
		return false
	}
	n := 0
	for _, r := range t.Text {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// NameSyllable reports a capitalized syllable that may be part of a
// personal name: upper then lower case letters only ("Thưởng", not "UBND").
// The tokenizer finds it as it cuts the word.
func (t *Token) NameSyllable() bool { return t.marks&markName != 0 }

// nameSyllable is NameSyllable of a word's text, read letter by letter.
func nameSyllable(w string) bool {
	first := true
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
		if first {
			if !unicode.IsUpper(r) {
				return false
			}
			first = false
		} else if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
