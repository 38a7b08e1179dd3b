package vi

import (
	"bufio"
	"embed"
	"sort"
	"strings"
	"sync"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// Lexicon is the vocabulary the grammar reads, each word category defined
// once, in one data file under lexicon/ and one typed field here. Sets hold
// lower-case words unless said otherwise.
type Lexicon struct {
	Surnames     map[string]bool // family names that may start a name on their own (case as written)
	WeakSurnames map[string]bool // family names that start a name only after a title or honorific (case as written)
	Places       *PhraseIndex    // provinces and centrally-run cities
	// titles of office ("Bí thư", "Phó Chủ tịch")
	Roles       *PhraseIndex
	OrgWords    map[string]bool   // lower-case syllables that continue a body's name inside a title
	OrgBigrams  *PhraseIndex      // lower-case words of two or more syllables inside a body's name
	OrgNames    *PhraseIndex      // tails of bodies' names that hold a person's name
	Honorary    *PhraseIndex      // ranks and honours written out before a name
	Occupations *PhraseIndex      // callings written before a name
	Abbrev      map[string]string // abbreviations and what they stand for
	// AbbrevInCompany: what an abbreviation stands for right after a word
	// that makes a body a company ("Công ty CP" is "Cổ phần", elsewhere
	// "CP" is "Chính phủ")
	AbbrevInCompany map[string]string

	// "ông", "bà", "đồng chí"
	Honorifics  map[string]bool
	Levels      map[string]Level // administrative level words by lower-case word
	PlaceNouns  map[string]bool  // nouns other than levels after which a capitalized run is not a person
	BodyStarts  map[string]bool  // first words of a body's name
	ListBodies  map[string]bool  // those of BodyStarts whose names may list several fields
	Academic    map[string]bool  // abbreviated degrees before a name
	NameStops   map[string]bool  // capitalized words that never begin a person's name (case as written)
	ListOpeners map[string]bool  // words opening a list of people sharing a title
	NotInName   map[string]bool  // function words that never continue a name
	// kinds of body a role's name ends with ("Trưởng ban")
	RoleBodies  map[string]bool
	TitleBreaks map[string]bool // verbs and particles that end a title
	OrgHeads    []string        // head words and phrases of organizations' names (case as written)
	AppointCues *PhraseIndex    // verbs of appointment and dismissal
	AppointTake *PhraseIndex    // words between a name and the post taken
	Function    map[string]bool // function words, verbs and adverbs that end a noun phrase
	Particles   map[string]bool // those of Function that are never a syllable of a content word
	Company     *PhraseIndex    // words that make a body a company
	NamedHeads  map[string]bool // words that begin a named organization, place or prize
	OrgInner    map[string]bool // syllables inside names of mass organizations and institutes
	// second words that make "Hội" an event
	EventHeads map[string]bool
	// those of OrgHeads that need a name after them ("Trung tâm", "Cục")
	NamedBodies *PhraseIndex
	// verbs that follow a subject and end a name ("khẳng định")
	Predicates *PhraseIndex
	// common words that begin with a level's syllable ("xã hội")
	LevelWords *PhraseIndex
	// kinds of school between "Trường" and its name ("THPT")
	SchoolKinds *PhraseIndex
	// buildings named with common words that stand for a body ("Lầu Năm Góc"): never a person
	Landmarks *PhraseIndex
	// words that, capitalized, open a sentence and end a body's name ("Trong", "Cụ thể")
	Openers     *PhraseIndex
	TitlePrefix map[string]string // words before a role: "former", "acting" (kept) or "dropped"

	grammar   grammarWords    // structural words by kind (grammarwords.txt): Is, At, Words
	orgHeads  *PhraseIndex    // OrgHeads in lower case
	classes   *wordTable      // every list above merged: Token.Is
	compounds map[string]bool // two-syllable words mined from the corpus: Compound

	countries   *PhraseIndex      // countries by CLDR name and press variant: CountryAt
	countryCode map[string]string // lower-case country name -> ISO code
}

// Tier is the rank of an administrative level.
type Tier string

const (
	Province Tier = "province"
	District Tier = "district"
	Commune  Tier = "commune"
	Village  Tier = "village"
)

// Level is an administrative level word ("tỉnh", "huyện", "xã").
type Level struct {
	Word string
	Tier Tier
	// the Party committee of that level ("tỉnh ủy"), if it has its own word
	Committee string
	// for an abbreviated level ("tp"), the level written out ("thành phố")
	Full string
}

var (
	lexOnce sync.Once
	lex     *Lexicon
)

// Lex returns the lexicon, loaded once from the embedded data files.
func Lex() *Lexicon {
	lexOnce.Do(func() { lex = load() })
	return lex
}

func load() *Lexicon {
	l := &Lexicon{
		Surnames:     Set("surnames.txt", false),
		WeakSurnames: Set("surnames_weak.txt", false),
		Places:       NewPhraseIndex(Lines("places.txt")),
		Roles:        NewPhraseIndex(Lines("roles.txt")),
		OrgWords:     Set("orgwords.txt", true),
		OrgBigrams:   NewPhraseIndex(Lines("orgbigrams.txt")),
		OrgNames:     NewPhraseIndex(Lines("orgnames.txt")),
		Honorary:     NewPhraseIndex(Lines("honorary.txt")),
		Occupations:  NewPhraseIndex(Lines("occupations.txt")),
		Abbrev:       map[string]string{},
		Honorifics:   Set("honorifics.txt", true),
		Levels:       map[string]Level{},
		PlaceNouns:   Set("placenouns.txt", true),
		BodyStarts:   map[string]bool{},
		TitlePrefix:  map[string]string{},
		ListBodies:   map[string]bool{},
		Academic:     Set("academic.txt", true),
		NameStops:    Set("namestops.txt", false),
		ListOpeners:  Set("listopeners.txt", true),
		NotInName:    Set("notinname.txt", true),
		RoleBodies:   Set("rolebodies.txt", true),
		TitleBreaks:  Set("titlebreaks.txt", true),
		Predicates:   NewPhraseIndex(Lines("predicates.txt")),
		LevelWords:   NewPhraseIndex(Lines("levelwords.txt")),
		SchoolKinds:  NewPhraseIndex(Lines("schoolkinds.txt")),
		Landmarks:    NewPhraseIndex(Lines("landmarks.txt")),
		Openers:      NewPhraseIndex(Lines("sentenceopeners.txt")),
		AppointCues:  NewPhraseIndex(Lines("appointcues.txt")),
		AppointTake:  NewPhraseIndex(Lines("appointtakes.txt")),
		Function:     map[string]bool{},
		Particles:    map[string]bool{},
		Company:      NewPhraseIndex(Lines("companywords.txt")),
		NamedHeads:   Set("namedheads.txt", true),
		OrgInner:     Set("orginner.txt", true),
		EventHeads:   Set("eventheads.txt", true),
		grammar:      loadGrammarWords(),
		compounds:    loadCompounds(),
	}
	l.countries, l.countryCode = loadCountries()
	l.AbbrevInCompany = map[string]string{}
	for _, f := range Records("abbreviations.txt") {
		if len(f) < 2 {
			continue
		}
		if field(f, 2) == "company" {
			l.AbbrevInCompany[f[0]] = f[1]
		} else {
			l.Abbrev[f[0]] = f[1]
		}
	}
	for _, f := range Records("levels.txt") {
		lv := Level{Word: strings.ToLower(f[0]), Tier: Tier(field(f, 1))}
		lv.Committee = field(f, 2)
		lv.Full = field(f, 3)
		l.Levels[lv.Word] = lv
	}
	for _, f := range Records("functionwords.txt") {
		w := strings.ToLower(f[0])
		l.Function[w] = true
		if field(f, 1) != "content" {
			l.Particles[w] = true
		}
	}
	for _, f := range Records("titleprefixes.txt") {
		l.TitlePrefix[strings.ToLower(f[0])] = field(f, 1)
	}
	var named []string
	for _, f := range Records("orgheads.txt") {
		l.OrgHeads = append(l.OrgHeads, f[0])
		if field(f, 1) == "named" {
			named = append(named, f[0])
		}
	}
	l.NamedBodies = NewPhraseIndex(named)
	l.orgHeads = NewPhraseIndex(l.OrgHeads)
	for _, f := range Records("bodystarts.txt") {
		w := strings.ToLower(f[0])
		l.BodyStarts[w] = true
		if field(f, 1) == "lists" {
			l.ListBodies[w] = true
		}
	}
	l.classes = buildClasses(l)
	lexEntries = l.classes.entries
	lexBits = bitsOf(lexEntries)
	walkMarks = walkStops(lexBits)
	lexGates = gatesOf(lexEntries, l.classes.indexes)
	surnameForms = formsOf(l.Surnames, l.classes.ids, len(lexEntries))
	return l
}

func field(f []string, i int) string {
	if i < len(f) {
		return f[i]
	}
	return ""
}

// IsLevel reports an administrative level word (lower case).
func (l *Lexicon) IsLevel(w string) bool { _, ok := l.Levels[w]; return ok }

// tierRank orders tiers from the top (0 for none).
func tierRank(t Tier) int {
	switch t {
	case Province:
		return 1
	case District:
		return 2
	case Commune:
		return 3
	case Village:
		return 4
	}
	return 0
}

// LevelIn reports a level word whose tier lies between top and bottom
// (inclusive, from the top: Province before Village).
func (l *Lexicon) LevelIn(w string, top, bottom Tier) bool {
	lv, ok := l.Levels[w]
	r := tierRank(lv.Tier)
	return ok && r >= tierRank(top) && r <= tierRank(bottom)
}

// OrgHeadIndex returns the head words and phrases of organizations' names
// (OrgHeads) as a phrase index, whose Match passes at once over a word
// that begins none of them.
func (l *Lexicon) OrgHeadIndex() *PhraseIndex { return l.orgHeads }

// Lines reads one embedded word list: one entry a line, '#' starts a
// comment line, blank lines are skipped.
func Lines(name string) []string {
	f, err := lexiconFS.Open("lexicon/" + name)
	if err != nil {
		panic("lang/vi: missing word list " + name) // compiled in: a build error in all but name
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out
}

// Records reads a list of tab-separated fields, each trimmed.
func Records(name string) [][]string {
	var out [][]string
	for _, l := range Lines(name) {
		f := strings.Split(l, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		out = append(out, f)
	}
	return out
}

// Set reads a word list as a set, in lower case when fold is set.
func Set(name string, fold bool) map[string]bool {
	m := map[string]bool{}
	for _, l := range Lines(name) {
		if fold {
			l = strings.ToLower(l)
		}
		m[l] = true
	}
	return m
}

// Map reads "key<TAB>value" lines.
func Map(name string) map[string]string {
	m := map[string]string{}
	for _, f := range Records(name) {
		if len(f) >= 2 {
			m[f[0]] = f[1]
		}
	}
	return m
}

// PhraseIndex finds the longest phrase of a list starting at a token,
// comparing words case-insensitively.
type PhraseIndex struct {
	byFirst map[string][][]string
	first   Class // the class of the first words, for an index of the lexicon's: 0 for others
	// id names the index in the class table's entries, which hold each
	// word's phrases by index: Match reads them from the token's entry,
	// not from byFirst by its string (0: an index the table does not know)
	id uint8
	// longest is the most words of a phrase: Match never returns more
	longest int
}

// NewPhraseIndex indexes phrases by their first word, in lower case.
func NewPhraseIndex(phrases []string) *PhraseIndex {
	p := &PhraseIndex{byFirst: map[string][][]string{}}
	for _, ph := range phrases {
		// "Bà Rịa-Vũng Tàu" and "Bà Rịa - Vũng Tàu" are the same words
		w := strings.Fields(strings.ToLower(strings.NewReplacer("-", " - ").Replace(ph)))
		if len(w) == 0 {
			continue
		}
		p.byFirst[w[0]] = append(p.byFirst[w[0]], w)
		p.longest = max(p.longest, len(w))
	}
	// longest first: Match stops at the first phrase that matches, the
	// longest, and at the one-word phrases, which end each list
	for _, phs := range p.byFirst {
		sort.SliceStable(phs, func(a, b int) bool { return len(phs[a]) > len(phs[b]) })
	}
	return p
}

// Match returns how many tokens from i form the longest listed phrase (0 if
// none), on one line.
func (p *PhraseIndex) Match(toks []Token, i int) int {
	// mayMatch, written out (a call costs Match's many calls more than
	// the test)
	if i >= len(toks) || !toks[i].Word || (p.first != 0 && !toks[i].Is(p.first)) {
		return 0
	}
	if p.id != 0 {
		m := lexGates[p.id][toks[i].lex]
		if m&gateOne == 0 && (i+1 >= len(toks) || toks[i+1].Newline || m&gateBit(toks[i+1].Lower) == 0) {
			return 0
		}
	}
	var phrases [][]string
	if p.id != 0 {
		for _, f := range lexEntries[toks[i].lex].phrases {
			if f.index == p.id {
				phrases = f.phrases
				break
			}
		}
	} else {
		phrases = p.byFirst[toks[i].Lower]
	}
	// the phrases run longest first (NewPhraseIndex): the first that
	// matches is the longest. A phrase of two or more words is read past
	// its second word only where that is the next token's ("phó" begins
	// some 40 roles, of which one or two go on with the word after it);
	// no word is "", so none goes on past a line break or the text's end.
	next := ""
	if i+1 < len(toks) && !toks[i+1].Newline {
		next = toks[i+1].Lower
	}
	n := len(toks) - i
	for _, ph := range phrases {
		if len(ph) == 1 {
			return 1
		}
		if len(ph) > n || ph[1] != next {
			continue
		}
		k := 2
		for ; k < len(ph); k++ {
			if t := &toks[i+k]; t.Newline || t.Lower != ph[k] {
				break
			}
		}
		if k == len(ph) {
			return k
		}
	}
	return 0
}

// mayMatch reports whether Match may find a phrase at i: false where the
// token begins none of the index's phrases, or where the index's gate
// proves that none of those it begins goes on with the next token. Most
// words asked begin a phrase or two whose second word is not the next
// token's ("người", "đồng", "quốc" before a role's head): the gate turns
// them down without the scan of the entry's lists and phrases.
func (p *PhraseIndex) mayMatch(toks []Token, i int) bool {
	if i >= len(toks) || !toks[i].Word || (p.first != 0 && !toks[i].Is(p.first)) {
		return false
	}
	if p.id != 0 {
		m := lexGates[p.id][toks[i].lex]
		if m&gateOne == 0 && (i+1 >= len(toks) || toks[i+1].Newline || m&gateBit(toks[i+1].Lower) == 0) {
			return false
		}
	}
	return true
}

// IsSurname is Surname, a family name that may start a name on its own as
// written, without the probe of Surnames by the token's text: each family
// name is written one way (title case), kept by its word's entry in the
// class table, and compared with the text. The walk asks it of a capital
// several times over (whether a person may start there, then what
// opens one, then the name).
//
// Out of line: the tests that ask it (of a person's first word) are
// small enough to be inlined where they are asked only without it.
//
//go:noinline
func (l *Lexicon) IsSurname(t *Token) bool {
	if !t.Is(CSurname) {
		return false
	}
	if f := surnameForms[t.lex]; f != manyForms {
		return t.Text == f
	}
	return l.Surnames[t.Text]
}

// surnameForms is the one way Surnames writes each family name, by its
// lower case's entry in the class table (manyForms where it writes one
// more than one way).
var surnameForms = []string{""}

// manyForms stands for a word a list writes more than one way: its
// spellings are looked up in the list.
const manyForms = "\x00"

// formsOf returns, by class table entry, the spelling set gives each
// word's lower case (manyForms for more than one).
func formsOf(set map[string]bool, ids map[string]uint16, entries int) []string {
	forms := make([]string, entries)
	for w := range set {
		id, ok := ids[strings.ToLower(w)]
		if !ok {
			continue
		}
		if forms[id] == "" {
			forms[id] = w
		} else if forms[id] != w {
			forms[id] = manyForms
		}
	}
	return forms
}

// lexGates holds, for each phrase index of the class table (by its id)
// and each word of the table (by its entry's id), a mask of the second
// words of the index's phrases that begin with the word (gateBit of each)
// and whether the word alone is one (gateOne). A bit clear proves that no
// phrase of two or more words can match there; a bit set may be another
// word's (two words share a bit), and Match then reads the phrases.
var lexGates = [][]uint64{nil}

// gateOne marks a one-word phrase in a gate: every such word passes. The
// bit is also some second words' (gateBit), which only lets more pass.
const gateOne = 1 << 63

// gateBit is the bit of a phrase's second word in a gate: from its
// length and its first and last bytes, which set apart the words that
// follow a phrase's first word in its lists.
func gateBit(w string) uint64 {
	if w == "" {
		return 0
	}
	return 1 << ((uint(w[0])*7 + uint(w[len(w)-1])*3 + uint(len(w))) & 63)
}

// gatesOf builds lexGates from the class table's entries and its number
// of phrase indexes.
func gatesOf(entries []lexEntry, indexes uint8) [][]uint64 {
	g := make([][]uint64, int(indexes)+1)
	for k := 1; k < len(g); k++ {
		g[k] = make([]uint64, len(entries))
	}
	for id := range entries {
		for _, f := range entries[id].phrases {
			for _, ph := range f.phrases {
				if len(ph) == 1 {
					g[f.index][id] |= gateOne
				} else {
					g[f.index][id] |= gateBit(ph[1])
				}
			}
		}
	}
	return g
}

// Starts reports whether some phrase begins with the word w (lower case).
func (p *PhraseIndex) Starts(w string) bool { return len(p.byFirst[w]) > 0 }
