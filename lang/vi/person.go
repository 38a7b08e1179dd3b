package vi

import (
	"strings"
	"sync"

	"github.com/vnextract/vnextract/lang/vi/gazetteer"
	"github.com/vnextract/vnextract/lang/vi/lunar"
	"github.com/vnextract/vnextract/lang/vi/names"
)

// The noun-phrase grammar of persons: a name (two to four capitalized
// syllables, a family name first unless a title or an honorific vouches
// for it), the honorific before it, degrees and honours, and asides
// between a name and its titles. Titles and bodies' names are in title.go
// and body.go; all read one Grammar.

// Grammar is the noun-phrase grammar with the state it carries, built once
// from the lexicon: the lexicon itself (its fields and methods are the
// Grammar's) and the indexes derived from it.
type Grammar struct {
	*Lexicon
	WeakNames map[string]bool // family names that start a name only after a title or an honorific
	// head words of organizations ("Bộ", "Ban", "Ủy ban")
	entityHeads  *PhraseIndex
	orgHeadWords map[string]bool // first words of those heads: a capitalized run starting with one is a body
	committees   []Level         // levels with a Party committee of their own, in a fixed order
	byCommittee  map[string]Level
}

var (
	grammarOnce sync.Once
	grammar     *Grammar
)

// Gram returns the grammar, built once.
func Gram() *Grammar {
	grammarOnce.Do(func() { grammar = newGrammar(Lex()) })
	return grammar
}

func newGrammar(l *Lexicon) *Grammar {
	// The grammar asks the gazetteer whether a name is a place (body.go,
	// address.go, title.go). Parsing it takes about 30 ms; left to its
	// first use, the first title of a run parsed it while every other
	// worker that met a title waited. It is parsed here, beside the
	// grammar's own tables, when the stages are built.
	var wg sync.WaitGroup
	wg.Go(func() { gazetteer.Default() })
	defer wg.Wait()
	g := &Grammar{Lexicon: l, WeakNames: weakSurnames(l), entityHeads: l.orgHeads, orgHeadWords: map[string]bool{}, committees: committeeLevels(l)}
	g.byCommittee = map[string]Level{}
	for _, lv := range g.committees {
		g.byCommittee[lv.Committee] = lv
	}
	for _, h := range l.OrgHeads {
		g.orgHeadWords[strings.Fields(h)[0]] = true
	}
	return g
}

// weakSurnames are the family names that start a name only after a title
// or an honorific: the project's list and every other family name the
// name data knows (rare and ethnic ones: "Uông", "Du", "Giàng", "Lò"),
// which are too often common words to start a name on their own.
func weakSurnames(l *Lexicon) map[string]bool {
	m := map[string]bool{}
	for w := range l.WeakSurnames {
		m[w] = true
	}
	for _, s := range names.Surnames() {
		if !s.Compound && !l.Surnames[s.Name] {
			m[s.Name] = true
		}
	}
	return m
}

// degreeEnd returns the token after a degree or an honour at i and the
// lower-case words that qualify it ("Bác sĩ y khoa", "Tiến sĩ kinh tế",
// "PGS.TS"), or i.
func (g *Grammar) DegreeEnd(toks []Token, i int) int {
	n := g.Honorary.Match(toks, i)
	if n == 0 && i < len(toks) && toks[i].Is(CAcademic) {
		n = 1
	}
	if n == 0 {
		return i
	}
	return g.DescriptorEnd(toks, i+n, true)
}

// NamePrefix is what may stand right before a name, after any title and
// honorific: a degree, an honour or a calling.
type NamePrefix int

const (
	NoPrefix NamePrefix = iota
	DegreePrefix
	CallingPrefix
)

// namePrefixRules read one prefix at token j, tried in order; degree says
// a degree or an honour was read before (a joiner needs one). Each returns
// how many tokens it takes (0: not there) and what it read.
var namePrefixRules = []struct {
	name string
	read func(g *Grammar, toks []Token, j int, degree bool) (int, NamePrefix)
}{
	// "GS.TS", "PGS.": an abbreviated degree, with its full stop
	{"academic", func(g *Grammar, toks []Token, j int, degree bool) (int, NamePrefix) {
		if !toks[j].Is(CAcademic) {
			return 0, NoPrefix
		}
		if j+1 < len(toks) && toks[j+1].Text == "." {
			return 2, DegreePrefix
		}
		return 1, DegreePrefix
	}},
	// "Nghệ sĩ nhân dân", "Anh hùng lao động": an honour written out
	{"honour", func(g *Grammar, toks []Token, j int, degree bool) (int, NamePrefix) {
		return g.Honorary.Match(toks, j), DegreePrefix
	}},
	// "ca sỹ", "nhà thơ": a calling, when a name follows it
	{"calling", func(g *Grammar, toks []Token, j int, degree bool) (int, NamePrefix) {
		// the name must stand within the longest calling's reach: most
		// words that begin one ("nhà") are followed by none, and the
		// index's phrases are not read
		if !nameSyllableIn(toks, j+1, j+1+g.Occupations.longest) {
			return 0, NoPrefix
		}
		if n := g.Occupations.Match(toks, j); n > 0 && j+n < len(toks) && toks[j+n].NameSyllable() {
			return n, CallingPrefix
		}
		return 0, NoPrefix
	}},
	// "Giáo sư - Nghệ sĩ nhân dân", "GS, TS": a dash or comma between a
	// degree and the next
	{"joiner", func(g *Grammar, toks []Token, j int, degree bool) (int, NamePrefix) {
		if degree && j+1 < len(toks) && (toks[j].Text == "-" || toks[j].Text == "–" || toks[j].Text == ",") &&
			(toks[j+1].Is(CAcademic) || g.Honorary.Match(toks, j+1) > 0) {
			return 1, NoPrefix
		}
		return 0, NoPrefix
	}},
}

// nameSyllableIn reports a name syllable among tokens [b, e).
func nameSyllableIn(toks []Token, b, e int) bool {
	for k := b; k < e && k < len(toks); k++ {
		if toks[k].NameSyllable() {
			return true
		}
	}
	return false
}

// NamePrefixesEnd reads the degrees, honours and callings that stand one
// after another from token j ("PGS. Phó Thị Nguyệt Hằng", "GS.TS Tô Lâm",
// "Giáo sư - Nghệ sĩ nhân dân Thái Ly", "ca sỹ Anh Thơ"). It returns the
// token after them and whether a degree or honour, and a calling, were
// read: each vouches for the name after it as a title does.
func (g *Grammar) NamePrefixesEnd(toks []Token, j int) (end int, degree, calling bool) {
	// before any degree only the first three rules may read, and each
	// only at a word of its class: most tokens are none
	if j >= len(toks) || !toks[j].Is(CAcademic|CHonorary|COccupations) {
		return j, false, false
	}
	for j < len(toks) {
		read := false
		for _, r := range namePrefixRules {
			if n, what := r.read(g, toks, j, degree); n > 0 {
				j += n
				degree = degree || what == DegreePrefix
				calling = calling || what == CallingPrefix
				read = true
				break
			}
		}
		if !read {
			break
		}
	}
	return j, degree, calling
}

// asideEnd returns the token after a bracketed aside at i that holds no
// title ("(sinh năm 1971)", "(Lương Cường - Sinh năm 1957)"), or i: the
// aside is short, on one line, and not itself a title.
func (g *Grammar) AsideEnd(toks []Token, i int) int {
	if i >= len(toks) || toks[i].Text != "(" {
		return i
	}
	if t, _ := g.TitleChain(toks, i+1); len(t) > 0 {
		return i
	}
	for k := i + 1; k < len(toks) && k <= i+maxAside; k++ {
		switch {
		case toks[k].Newline || toks[k].Text == "(":
			return i
		case toks[k].Text == ")":
			return k + 1
		}
	}
	return i
}

// maxAside bounds the tokens of an aside between a name and its titles.
const maxAside = 12

// isTitleSep: punctuation that joins a name to the titles after it.
func IsTitleSep(s string) bool {
	switch s {
	case "-", "–", "—", ",", "(":
		return true
	}
	return false
}

// honorificAt returns how many tokens an honorific at i takes (0 if none).
func (g *Grammar) HonorificAt(toks []Token, i int) int {
	if i >= len(toks) || !toks[i].Word || !toks[i].IsOrOpens(CHonorific, Comrade) {
		return 0
	}
	if n := g.At(toks, i, Comrade); n > 0 {
		return n
	}
	if toks[i].Is(CHonorific) {
		return 1
	}
	return 0
}

// nameRunAfterRole returns the length of a run of two to four name
// syllables at i that ends the phrase (punctuation, a lower-case word that
// cannot continue an organization, or the end), or 0.
func (g *Grammar) NameRunAfterRole(toks []Token, i int) int {
	j := i
	for j < len(toks) && j-i < 5 && toks[j].NameSyllable() && toks[j].Space && !toks[j].Newline {
		if g.Places.Match(toks, j) > 0 {
			return 0
		}
		j++
	}
	n := j - i
	if n < 2 || n > 4 {
		return 0
	}
	if j < len(toks) && toks[j].Word && toks[j].Space {
		if toks[j].Is(COrgWord|CLevel) || toks[j].Capitalized() || toks[j].Acronym() {
			return 0
		}
	}
	if (toks[i+1].Is(COrgWord) && !g.IsSurname(&toks[i]) && !g.WeakName(&toks[i])) || g.NameStop(&toks[i]) {
		return 0
	}
	// "Đoàn Luật sư TPHCM": a body's head whose next word goes on in lower
	// case is a body, not a person
	if g.BodyHead(toks, i, false) > 0 && j < len(toks) && toks[j].Word && !toks[j].Cap && g.DescriptorEnd(toks, j, true) > j {
		return 0
	}
	// "Tổng thống Syria Bashar Assad": a country is part of the title,
	// not of the name after it
	if g.countryInTitle(toks, i) > 0 {
		return 0
	}
	// "Tổng thống Nga Vladimir Putin": Vietnamese words before a foreign
	// name are the country, part of the title
	if !ForeignWord(toks[i].Lower) {
		for k := i + 1; k < j; k++ {
			if ForeignWord(toks[k].Lower) {
				return 0
			}
		}
	}
	return n
}

// isLevelWord names an administrative level or settlement written in lower
// case inside a title ("UBND tỉnh", "Bí thư thôn").

// weakNameStarts reports a name of three syllables at i that opens with a
// rarer family name ("Uông Chu Lưu") and ends the phrase.
func (g *Grammar) WeakNameStarts(toks []Token, i int) bool {
	return i < len(toks) && g.WeakName(&toks[i]) && g.NameRunAfterRole(toks, i) == 3
}

// nameStarts reports whether a person's name (family name first) begins at
// token i.
func (g *Grammar) NameStarts(toks []Token, i int) bool {
	_, ok := g.NameAt(toks, i, false)
	return ok
}

// nameAt reads a name at token i: two to four capitalized syllables joined
// by single spaces. Unless loose, the first must be a family name. A known
// place is never a name.
func (g *Grammar) NameAt(toks []Token, i int, loose bool) (int, bool) {
	if i >= len(toks) || !toks[i].NameSyllable() {
		return 0, false
	}
	if !loose && !g.IsSurname(&toks[i]) {
		return 0, false
	}
	if g.Landmarks.Match(toks, i) > 0 {
		// "Lầu Năm Góc", "Nhà Trắng": a building that stands for a body
		return 0, false
	}
	if n := g.Places.Match(toks, i); n > 0 && !loose && n < 4 {
		// "Hà Nội Nguyễn Đức …": a run that opens with a place
		return 0, false
	}
	j := i + 1
	for j < len(toks) && j-i < 4 && toks[j].NameSyllable() && (toks[j].Space || toks[j].Camel) && !toks[j].Newline &&
		!toks[j].Is(CNotInName) && g.HonorificAt(toks, j) != 2 {
		// a place inside the run ends the name ("Đoàn Quảng Trị Đỗ Văn
		// Bình"); one that ends the run is part of it ("Trương Hòa Bình")
		if n := g.Places.Match(toks, j); n > 0 && j+n < len(toks) && toks[j+n].NameSyllable() && toks[j+n].Space {
			break
		}
		j++
	}
	if j-i < 2 {
		return 0, false
	}
	if n := g.Places.Match(toks, i); n > 0 && n >= j-i && !loose {
		return 0, false
	}
	// a following role word is a new title, not part of the name
	for k := i + 1; k < j; k++ {
		if g.Roles.Match(toks, k) > 0 && !g.IsSurname(&toks[k]) {
			j = k
			break
		}
	}
	if j-i < 2 {
		return 0, false
	}
	// "xuân Đinh Dậu", "Tết Bính Thân": a stem and a branch of the
	// sexagenary cycle name a year, never a person
	if j-i == 2 && toks[i].Is(CStem) && lunar.NearestYearNamed(toks[i].Text+" "+toks[i+1].Text, 2000) != 0 {
		return 0, false
	}
	// "Nguyễn Nguyễn Nguyễn": a repeated syllable is not a name
	for k := i + 1; k < j; k++ {
		if toks[k].Text == toks[k-1].Text {
			return 0, false
		}
	}
	return j, true
}

// BareNameOK decides from the words around it whether a name at token s
// with no title or honorific before it stands on its own: not after a
// place word ("tỉnh Hà Nam", "đường Lê Lợi"), not inside an organization's
// name ("Trường THPT Lê Quý Đôn"), not glued to the word before it. What
// the whole document says (a title-case headline, a place it names) is the
// stage's to weigh first.
func (g *Grammar) BareNameOK(toks []Token, s int) bool {
	if s == 0 || toks[s].Newline {
		return true
	}
	p := &toks[s-1]
	if !p.Space && p.Word {
		return false
	}
	if p.Word {
		if g.AfterPlaceWord(toks, s) {
			return false
		}
		if g.InsideOrganization(toks, s) {
			return false
		}
		if p.Capitalized() || p.Acronym() {
			// after a sentence-initial word it may still be a name
			prevSentEnd := s >= 2 && (toks[s-2].Text == "." || toks[s-2].Newline)
			return prevSentEnd && !p.Is(CNamedHead)
		}
	}
	return true
}

// afterWordOf reports whether one word or two words of set ("xã", "thị xã")
// stand right before token i. one is the class of the set's words, first
// that of the first words of its two-word entries: set is asked only
// where they stand, and no two words are joined elsewhere.
func afterWordOf(one, first Class, set func(string) bool, toks []Token, i int) bool {
	if i < 1 {
		return false
	}
	if toks[i-1].Is(one) && set(toks[i-1].Lower) {
		return true
	}
	return i >= 2 && toks[i-2].Is(first) && set(toks[i-2].Lower+" "+toks[i-1].Lower)
}

// AfterPlaceWord reports an administrative level or a place noun right
// before token i: after one a capitalized run is a place (or a work, a
// prize), not a person.
func (g *Grammar) AfterPlaceWord(toks []Token, i int) bool {
	return afterWordOf(CLevel|CPlaceNoun, CLevelFirst|CPlaceNounFirst, func(w string) bool { return g.IsLevel(w) || g.PlaceNouns[w] }, toks, i)
}

// AfterLocalUnit reports the level word of a unit below a province right
// before token i ("xã", "thị trấn").
func (g *Grammar) AfterLocalUnit(toks []Token, i int) bool {
	// afterWordOf's class tests first, without its call and closure: the
	// place-name memo asks at every name syllable, most after no level
	if i < 1 || !toks[i-1].Is(CLevel) && (i < 2 || !toks[i-2].Is(CLevelFirst)) {
		return false
	}
	return afterWordOf(CLevel, CLevelFirst, func(w string) bool { return g.LevelIn(w, District, Village) }, toks, i)
}

// ForeignWord reports a word that cannot be a Vietnamese syllable: letters
// Vietnamese does not use (f, j, w, z), an onset cluster it does not have
// ("bl", "st"), or a final consonant it does not allow. Such a capitalized
// word after a title begins a foreign name, not an organization's.
func ForeignWord(w string) bool {
	return w != "" && isASCII(w) && !Syllable(w)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// TitleCaseLines marks the tokens of lines written in title case: five or
// more words, nearly all capitalized, as some sites write headlines. Names
// cannot be told from other words there.
func TitleCaseLines(toks []Token) []bool {
	flags := make([]bool, len(toks))
	for b := 0; b < len(toks); {
		e := lineEnd(toks, b)
		if titleCase(toks, b, e) {
			for k := b; k < e; k++ {
				flags[k] = true
			}
		}
		b = e
	}
	return flags
}

// TitleCaseLine reports whether the line of token i is written in title
// case (TitleCaseLines(toks)[i]), reading that line alone, and returns
// its tokens' bounds [b, e): a stage asking of a few tokens need not read
// every line.
func TitleCaseLine(toks []Token, i int) (b, e int, ok bool) {
	b = i
	for b > 0 && !toks[b].Newline {
		b--
	}
	e = lineEnd(toks, b)
	return b, e, titleCase(toks, b, e)
}

// LineBreaks returns the byte offsets of the line breaks of text, in
// order: what TitleCaseLineAt finds a line's bounds from.
func LineBreaks(text string) []int {
	var breaks []int
	for k := 0; ; {
		j := strings.IndexByte(text[k:], '\n')
		if j < 0 {
			return breaks
		}
		breaks = append(breaks, k+j)
		k += j + 1
	}
}

// TitleCaseLineAt is TitleCaseLine for the tokens of a text whose line
// breaks are breaks (LineBreaks of the text): a token has a line break
// before it where one stands between it and the token before, so the
// line's bounds are found by the breaks' byte offsets, a binary search
// each, not by reading the line's tokens both ways from i (a paragraph
// is one line of hundreds of tokens).
func TitleCaseLineAt(breaks []int, toks []Token, i int) (b, e int, ok bool) {
	// the first break after token i's start (none is inside a token)
	at := toks[i].ByteStart
	lo, hi := 0, len(breaks)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); breaks[m] >= at {
			hi = m
		} else {
			lo = m + 1
		}
	}
	// b: the first token after the break before i (0 if none); e: the
	// first after the break after i (the end if none)
	b, e = 0, len(toks)
	if lo > 0 {
		b = tokenAfter(toks, 0, i, breaks[lo-1])
	}
	if lo < len(breaks) {
		e = tokenAfter(toks, i+1, len(toks), breaks[lo])
	}
	return b, e, titleCase(toks, b, e)
}

// tokenAfter returns the first token of toks[lo:hi] that starts after
// byte offset at (hi if none).
func tokenAfter(toks []Token, lo, hi, at int) int {
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); toks[m].ByteStart > at {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// lineEnd returns the end of the line that starts at token b: the next
// token with a line break before it.
func lineEnd(toks []Token, b int) int {
	e := b + 1
	for e < len(toks) && !toks[e].Newline {
		e++
	}
	return e
}

// titleCase reports whether tokens [b, e), a line, are in title case.
func titleCase(toks []Token, b, e int) bool {
	// a line with more than a tenth of its words in lower case is not
	// one: tell that before asking which words are acronyms. A word that
	// begins with an ASCII lower-case letter never is one, and the
	// acronyms left out only lower both counts. Once nine times the lower
	// case words outnumber the line's tokens, the capitals cannot catch
	// up: prose is told from a headline a few words in.
	words, caps, lower := 0, 0, 0
	for k := b; k < e; k++ {
		if t := &toks[k]; t.Word {
			words++
			if t.Cap {
				caps++
			} else if c := t.Text[0]; 'a' <= c && c <= 'z' {
				lower++
				if 9*lower > e-b {
					return false
				}
			}
		}
	}
	if words < 5 || caps < 9*lower {
		return false
	}
	words, caps = 0, 0
	for k := b; k < e; k++ {
		if toks[k].Word && !toks[k].Acronym() {
			words++
			if toks[k].Cap {
				caps++
			}
		}
	}
	return words >= 5 && caps*10 >= words*9
}
