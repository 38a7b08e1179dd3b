package vi

import (
	"strings"

	"github.com/vnextract/vnextract/lang/vi/lunar"
)

// Class is a set of the lexical categories a lower-case word belongs to:
// the word lists of the lexicon merged into one table, so that the
// grammar, which asks of every token whether it is a function word, a
// level word, the first word of a role and so on, tests bits the
// tokenizer looked up once instead of probing one map per list.
type Class uint64

// The categories. A set of words "as written" (family names, name stops)
// is marked on its lower-case form: the bit says the word may be in the
// set, the set itself confirms the case.
const (
	CFunction  Class = 1 << iota // Function
	CParticle                    // Particles
	CHonorific                   // Honorifics
	CLevel                       // a one-word key of Levels
	// the first word of a key of Levels of two words ("thành" of "thành phố")
	CLevelFirst
	CPlaceNoun      // PlaceNouns
	CPlaceNounFirst // the first word of a PlaceNouns entry of two words
	CBodyStart      // BodyStarts
	CListBody       // ListBodies
	COrgInner       // OrgInner
	CAcademic       // Academic
	CListOpener     // ListOpeners
	CNotInName      // NotInName
	CRoleBody       // RoleBodies
	CTitleBreak     // TitleBreaks
	COrgWord        // OrgWords
	CNamedHead      // NamedHeads
	CTitlePrefix    // a key of TitlePrefix
	CSurname        // lower case of a Surnames entry
	CWeakName       // lower case of a Grammar.WeakNames entry
	CNameStop       // lower case of a NameStops entry
	CHeadWord       // lower case of the first word of an OrgHeads entry
	CStem           // a heavenly stem of the sexagenary cycle (lunar.Stems) in lower case
	CAbbrev         // lower case of a key of Abbrev or AbbrevInCompany

	// the first words of the lexicon's phrase indexes
	CPlaces
	CRoles
	COrgBigrams
	COrgNames
	CHonorary
	COccupations
	CAppointCues
	CAppointTake
	CCompany
	CNamedBodies
	CPredicates
	CLevelWords
	CSchoolKinds
	COrgHeads
	CLandmarks
)

// lexEntry is what the table knows of one lower-case word: its classes,
// the grammar kinds it writes alone (bit k of kinds) and those some
// spelling of which begins with it (bit k of opens).
type lexEntry struct {
	class Class
	kinds uint64
	opens uint64
	// the phrases the word begins, by phrase index (those of the
	// lexicon's indexes and of the grammar's kinds): a word begins phrases
	// of few indexes, so PhraseIndex.Match finds its own in a short scan
	phrases []firstOf
}

// firstOf is the phrases of one index that begin with a word.
type firstOf struct {
	index   uint8 // PhraseIndex.id
	phrases [][]string
}

// a kind is a bit of lexEntry.kinds: no more than 64 of them
var _ [64 - numKinds]struct{}

// wordTable gives every word some list of the lexicon holds an id (0 for
// none: a token of a word no list holds); Token keeps the id, in what was
// padding, so a token stays 72 bytes.
type wordTable struct {
	ids     map[string]uint16
	entries []lexEntry
	index   wordIndex // ids, for the tokenizer's lookups
	indexes uint8     // the phrase indexes given an id so far
}

// wordIndex is ids as an open-addressing hash table, under a quarter
// full. A word is keyed by eight of its bytes read in two loads (the
// first four and the last four, which overlap in a word of four to eight
// bytes; the first, middle and last byte of a shorter one) and its
// length: that key is the word itself up to eight bytes (most words:
// "của", "người"), so neither hashing nor comparing a word walks its
// bytes, and only a longer word is compared as a string (long, by id, out
// of the slots). A slot is 16 bytes, the table 64 KB for the lexicon's
// words: it is probed at every word of every text.
type wordIndex struct {
	slots []wordSlot
	mask  uint32
	shift uint8    // 64 less log2(len(slots)): a slot is the hash's top bits
	long  []string // by id: the words longer than their key
}

type wordSlot struct {
	key uint64
	n   uint32 // len(w), capped
	// the entry's id (0: an empty slot) in bits 8-23, and below them
	// walkMarks[0] of the entry: what fastTokens (whose words are not
	// capitalized) stores of the word in its token's flags from bit 40,
	// the mark and lex, in one load and one shift as lex alone was
	tag uint32
}

// id is the slot's entry, 0 if it is empty.
func (s *wordSlot) id() uint16 { return uint16(s.tag >> 8) }

// wordKey returns w's key and its hash, the product's top bits (the low
// ones do not depend on the key's high bytes, the end of a word).
func wordKey(w string, shift uint8) (uint64, uint32) {
	var k uint64
	switch n := len(w); {
	case n >= 4:
		a, b := w[:4], w[n-4:]
		// two four-byte loads: the compiler merges a half's bytes only
		// when the half is built alone
		lo := uint32(a[0]) | uint32(a[1])<<8 | uint32(a[2])<<16 | uint32(a[3])<<24
		hi := uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
		k = uint64(lo) | uint64(hi)<<32
	case n > 0:
		k = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	h := (k ^ uint64(len(w))*0x9E3779B97F4A7C15) * 0xBF58476D1CE4E5B9
	return k, uint32(h >> (shift & 63))
}

func capLen(w string) uint32 {
	if len(w) > 0xffff {
		return 0xffff
	}
	return uint32(len(w))
}

func newWordIndex(ids map[string]uint16) wordIndex {
	n, bits := 4, uint8(2)
	for n < 4*len(ids) {
		n, bits = n*2, bits+1
	}
	x := wordIndex{slots: make([]wordSlot, n), mask: uint32(n - 1), shift: 64 - bits}
	for w, id := range ids {
		k, h := wordKey(w, x.shift)
		i := h
		for x.slots[i].tag != 0 {
			i = (i + 1) & x.mask
		}
		x.slots[i] = wordSlot{key: k, n: capLen(w), tag: uint32(id) << 8}
		if len(w) > 8 {
			for int(id) >= len(x.long) {
				x.long = append(x.long, "")
			}
			x.long[id] = w
		}
	}
	return x
}

// lookup returns the id of w, 0 if the table has no entry for it.
func (x *wordIndex) lookup(w string) uint16 {
	// wordKey, written out here: the call was a sixth of a lookup
	var k uint64
	switch n := len(w); {
	case n >= 4:
		a, b := w[:4], w[n-4:]
		// two four-byte loads: the compiler merges a half's bytes only
		// when the half is built alone
		lo := uint32(a[0]) | uint32(a[1])<<8 | uint32(a[2])<<16 | uint32(a[3])<<24
		hi := uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
		k = uint64(lo) | uint64(hi)<<32
	case n > 0:
		k = uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16
	}
	h := uint32((k ^ uint64(len(w))*0x9E3779B97F4A7C15) * 0xBF58476D1CE4E5B9 >> (x.shift & 63))
	n := capLen(w)
	for i := h; ; i = (i + 1) & x.mask {
		s := &x.slots[i]
		// a hit or an empty slot ends the probe, in one test: the product
		// is 0 when either is. Whether a word is in the table is no
		// pattern a branch predictor can learn, so that is not a branch
		if d := (s.key ^ k) | uint64(s.n^n); d*uint64(s.tag) == 0 {
			id := s.id()
			if d != 0 {
				id = 0
			}
			if n > 8 && id != 0 {
				// a word longer than its key is compared in full, in a
				// function of its own: a call here made every lookup
				// keep its state on the stack
				return x.lookupLong(w, k, i)
			}
			return id
		}
	}
}

// lookupLong is lookup of a word longer than eight bytes, whose key k
// first matches at slot i.
func (x *wordIndex) lookupLong(w string, k uint64, i uint32) uint16 {
	n := capLen(w)
	for ; ; i = (i + 1) & x.mask {
		s := &x.slots[i]
		if s.tag == 0 {
			return 0
		}
		if s.key == k && s.n == n && x.long[s.id()] == w {
			return s.id()
		}
	}
}

// lexEntries is the table's entries once the lexicon is loaded; before,
// only the empty entry every token starts with.
var lexEntries = []lexEntry{{}}

// lexBits is the bits of lexEntries, which the grammar tests at nearly
// every token, apart from the phrase lists: 24 bytes an entry, not 48, so
// that the tests of a walk over the tokens find more of them in the
// nearest cache.
var lexBits = []entryBits{{}}

type entryBits struct {
	class Class
	kinds uint64
	opens uint64
}

// bitsOf is lexBits of the entries e.
func bitsOf(e []lexEntry) []entryBits {
	b := make([]entryBits, len(e))
	for i := range e {
		b[i] = entryBits{class: e[i].class, kinds: e[i].kinds, opens: e[i].opens}
	}
	return b
}

func (c *wordTable) entry(w string) *lexEntry {
	id, ok := c.ids[w]
	if !ok {
		if len(c.entries) > 0xffff {
			panic("lang/vi: more than 65535 words in the class table")
		}
		id = uint16(len(c.entries))
		c.ids[w] = id
		c.entries = append(c.entries, lexEntry{})
	}
	return &c.entries[id]
}

func (c *wordTable) addSet(set map[string]bool, cl Class) {
	for w := range set {
		c.entry(strings.ToLower(w)).class |= cl
	}
}

// addIndex marks the first words of p's phrases and lets p's Match skip
// a token whose word begins none.
func (c *wordTable) addIndex(p *PhraseIndex, cl Class) {
	for w := range p.byFirst {
		c.entry(w).class |= cl
	}
	p.first = cl
	c.addPhrases(p)
}

// addPhrases gives p an id and files its phrases under their first words'
// entries, where p's Match reads them.
func (c *wordTable) addPhrases(p *PhraseIndex) {
	if c.indexes == 0xff {
		panic("lang/vi: more than 255 phrase indexes in the class table")
	}
	c.indexes++
	p.id = c.indexes
	for w, ph := range p.byFirst {
		e := c.entry(w)
		e.phrases = append(e.phrases, firstOf{index: p.id, phrases: ph})
	}
}

// buildClasses merges the lexicon's word lists into one table.
func buildClasses(l *Lexicon) *wordTable {
	c := &wordTable{ids: map[string]uint16{}, entries: []lexEntry{{}}}
	c.addSet(l.Function, CFunction)
	c.addSet(l.Particles, CParticle)
	c.addSet(l.Honorifics, CHonorific)
	for w := range l.Levels {
		if f := strings.Fields(w); len(f) == 2 {
			c.entry(f[0]).class |= CLevelFirst
		} else {
			c.entry(w).class |= CLevel
		}
	}
	c.addSet(l.PlaceNouns, CPlaceNoun)
	for w := range l.PlaceNouns {
		if f := strings.Fields(w); len(f) == 2 {
			c.entry(f[0]).class |= CPlaceNounFirst
		}
	}
	c.addSet(l.BodyStarts, CBodyStart)
	c.addSet(l.ListBodies, CListBody)
	c.addSet(l.OrgInner, COrgInner)
	c.addSet(l.Academic, CAcademic)
	c.addSet(l.ListOpeners, CListOpener)
	c.addSet(l.NotInName, CNotInName)
	c.addSet(l.RoleBodies, CRoleBody)
	c.addSet(l.TitleBreaks, CTitleBreak)
	c.addSet(l.OrgWords, COrgWord)
	c.addSet(l.NamedHeads, CNamedHead)
	for w, p := range l.TitlePrefix {
		if p != "" {
			c.entry(w).class |= CTitlePrefix
		}
	}
	c.addSet(l.Surnames, CSurname)
	c.addSet(weakSurnames(l), CWeakName)
	c.addSet(l.NameStops, CNameStop)
	for _, m := range []map[string]string{l.Abbrev, l.AbbrevInCompany} {
		for w := range m {
			c.entry(strings.ToLower(w)).class |= CAbbrev
		}
	}
	for _, w := range lunar.Stems {
		c.entry(strings.ToLower(w)).class |= CStem
	}
	for _, h := range l.OrgHeads {
		c.entry(strings.ToLower(strings.Fields(h)[0])).class |= CHeadWord
	}
	for _, x := range []struct {
		p  *PhraseIndex
		cl Class
	}{
		{l.Places, CPlaces}, {l.Roles, CRoles}, {l.OrgBigrams, COrgBigrams}, {l.OrgNames, COrgNames},
		{l.Honorary, CHonorary}, {l.Occupations, COccupations}, {l.AppointCues, CAppointCues},
		{l.AppointTake, CAppointTake}, {l.Company, CCompany}, {l.NamedBodies, CNamedBodies},
		{l.Predicates, CPredicates}, {l.LevelWords, CLevelWords}, {l.SchoolKinds, CSchoolKinds},
		{l.orgHeads, COrgHeads}, {l.Landmarks, CLandmarks},
	} {
		c.addIndex(x.p, x.cl)
	}
	for k := range l.grammar.single {
		for w := range l.grammar.single[k] {
			c.entry(w).kinds |= 1 << uint(k)
		}
	}
	for k, p := range l.grammar.phrases {
		if p == nil {
			continue
		}
		for w := range p.byFirst {
			c.entry(w).opens |= 1 << uint(k)
		}
		c.addPhrases(p)
	}
	c.index = newWordIndex(c.ids)
	walk := walkStops(bitsOf(c.entries))
	for i := range c.index.slots {
		c.index.slots[i].tag |= uint32(walk[0][c.index.slots[i].id()])
	}
	return c
}

// Is reports whether the token's word (in lower case) is in one of the
// classes cl.
func (t *Token) Is(cl Class) bool { return lexBits[t.lex].class&cl != 0 }

// IsKind reports whether the token's word writes grammar kind k on its own
// (Lexicon.Is of its lower case).
func (t *Token) IsKind(k GrammarKind) bool { return lexBits[t.lex].kinds&(1<<uint(k)) != 0 }

// OpensKind reports whether some spelling of grammar kind k begins with
// the token's word (Lexicon.Opens of its lower case).
func (t *Token) OpensKind(k GrammarKind) bool {
	return lexBits[t.lex].opens&(1<<uint(k)) != 0
}

// IsOrOpens reports t.Is(cl) || t.OpensKind(k), from one read of the
// token's entry: for a test asked of every token.
func (t *Token) IsOrOpens(cl Class, k GrammarKind) bool {
	e := &lexBits[t.lex]
	return e.class&cl != 0 || e.opens&(1<<uint(k)) != 0
}

// Surname reports a family name that may start a name on its own, as
// written (Surnames): the class bit rules out nearly every token without
// a probe.
func (l *Lexicon) Surname(t *Token) bool { return t.Is(CSurname) && l.Surnames[t.Text] }

// NameStop reports a capitalized word that never begins a person's name,
// as written (NameStops).
func (l *Lexicon) NameStop(t *Token) bool { return t.Is(CNameStop) && l.NameStops[t.Text] }

// WeakName reports a family name that starts a name only after a title or
// an honorific, as written (WeakNames).
func (g *Grammar) WeakName(t *Token) bool { return t.Is(CWeakName) && g.WeakNames[t.Text] }

// titlePrefix returns what the title prefix the token writes does
// ("former", "acting", "dropped"; TitlePrefix), "" if it is none.
func (l *Lexicon) titlePrefix(t *Token) string {
	if !t.Is(CTitlePrefix) {
		return ""
	}
	return l.TitlePrefix[t.Lower]
}
