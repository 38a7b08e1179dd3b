package extractors

import (
	"strings"

	"github.com/vnextract/vnextract/lang/vi"
	"github.com/vnextract/vnextract/pipeline/doc"
)

// People finds named persons and the titles the article gives them, in the
// shapes Party and State news use:
//
//   - titles before the name, chained by commas: "Phó Bí thư Tỉnh ủy, Chủ
//     tịch HĐND tỉnh Nguyễn Văn Hòa";
//   - titles after the name, after a dash or comma: "Võ Văn Thưởng - Ủy viên
//     Bộ Chính trị, Thường trực Ban Bí thư";
//   - a title shared by a list: "các đồng chí Bí thư Trung ương Đảng: A - …;
//     B - …";
//   - honorifics ("đồng chí", "ông", "bà") and later bare given names that
//     refer back to someone already named ("đồng chí Thưởng").
//
// A name is a run of two to four capitalized syllables; without a title or
// an honorific before it, it must start with a family name and must not be
// a place or part of an organization's name.
type People struct {
	g *vi.Grammar
}

// lex is the language layer's vocabulary, loaded once.
var lex = vi.Lex()

func NewPeople() *People { return &People{g: vi.Gram()} }

func (x *People) Name() string { return "people" }

type personHit struct {
	start, end int // token range of the name
	honor      string
	titles     [][2]int // token ranges of titles
	shared     bool
	coref      bool
	byTitle    string // for a bare title that stands for someone: the holder's name
	// named after an occupation ("ca sỹ Anh Thơ"): a list may follow
	calling bool
	// "A và B nguyên Phó Chủ tịch …": a former post written right after the names
	former [][2]int
}

// walk is the state of one pass of the stage over a document's tokens.
type walk struct {
	d              *doc.Document
	toks           []vi.Token
	found          []personHit
	shared         [][2]int // a title shared by the list that follows (until the sentence ends)
	sharedSentence int
	sent           int // the sentence of the token read last (sentence)
}

// sentence returns the sentence of token i (doc.SentenceAt of its
// start), asking the document only when i is past the end of the one
// read last or that was none: the walk only goes forward.
func (w *walk) sentence(i int) int {
	if w.sent < 0 || w.sent >= len(w.d.Sentences) || w.toks[i].Start >= w.d.Sentences[w.sent].End {
		w.sent = w.d.SentenceAt(w.toks[i].Start)
	}
	return w.sent
}

// personRule reads one shape at token i. If it fires, it returns the
// token to go on from; the rules after it are not tried at i.
type personRule struct {
	name  string
	apply func(x *People, w *walk, i int) (next int, fired bool)
}

// personRules are tried in order at every token; no rule firing moves on
// by one token. The walk runs them through rulesAt, which writes them out.
var personRules = []personRule{
	// "các đồng chí Bí thư Trung ương Đảng: A - …; B - …": a list opener,
	// titles and a colon share the titles with the names that follow
	{"shared-title", (*People).sharedTitle},
	// a person, with or without titles, starts at a capitalized word, an
	// honorific or a role word ("phó bí thư", "đại biểu"): skip the rest
	{"not-a-start", (*People).notAStart},
	// titles before, honorific, degrees, the name, titles after
	{"person", (*People).person},
	// "đồng chí Trưởng ban Dân vận Tỉnh ủy đề nghị": a bare title that one
	// person named before holds
	{"title-coref", (*People).titleCorefAt},
}

func (x *People) Extract(d *doc.Document) {
	w := &walk{d: d, toks: vi.Tokens(d), sharedSentence: -1, sent: -1}
	toks := w.toks
	for i := 0; i < len(toks); {
		// most tokens start nothing: passed here at once, with no rule
		// called. The walk's state needs no update at them: the sentence
		// is read again from the next token that may start something, and
		// a shared title (whose end is the sentence's) makes the walk go
		// token by token.
		if w.shared == nil {
			if i = nextMayStart(toks, i); i >= len(toks) {
				break
			}
		}
		if d.Expired() { // the time budget is used up: keep what was found
			break
		}
		// a shared title ends with its sentence; the sentence is read
		// only then, and where a list rule shares a title (most stops
		// have neither)
		if w.shared != nil && w.sentence(i) != w.sharedSentence {
			w.shared = nil
		}
		i = x.rulesAt(w, i)
	}
	x.emit(d, toks, w.found)
}

// rulesAt tries personRules at token i in their order and returns the
// token to go on from, as a loop over the table does
// (TestRulesAtAsTable), but with each rule's first test written in line:
// the walk stops at some 19,000 tokens of 250 articles, and at most of
// them the list rule and the title coreference read nothing (no list
// opener or number, no honorific), so neither is called, nor is any rule
// through the table's function values.
func (x *People) rulesAt(w *walk, i int) int {
	t := &w.toks[i]
	// shared-title, after a list opener or number whose next word may
	// begin a title or an honorific (sharedTitle's first tests: most
	// numbers are followed by neither)
	if opensList(t) && i+1 < len(w.toks) && w.toks[i+1].IsOrOpens(vi.CHonorific|vi.CTitlePrefix|vi.CRoles, vi.Comrade) {
		if n, ok := x.sharedTitle(w, i); ok {
			return n
		}
	}
	// not-a-start
	if !mayStartPerson(t) {
		return i + 1
	}
	// person
	if n, ok := x.person(w, i); ok {
		return n
	}
	// title-coref: HonorificAt's first test
	if t.Word && t.IsOrOpens(vi.CHonorific, vi.Comrade) {
		if n, ok := x.titleCorefAt(w, i); ok {
			return n
		}
	}
	return i + 1
}

// sharedTitle reads a list opener (or a list number), an optional
// honorific, titles, an optional comma and copula ("gồm", "là") and a
// colon: the titles go to every name of the list, until the sentence ends.
func (x *People) sharedTitle(w *walk, i int) (int, bool) {
	toks := w.toks
	if !opensList(&toks[i]) {
		return 0, false
	}
	j := i + 1
	// the titles begin right after, or after an honorific: a word of
	// neither kind (most words after a number) reads no chain
	if j >= len(toks) || !toks[j].IsOrOpens(vi.CHonorific|vi.CTitlePrefix|vi.CRoles, vi.Comrade) {
		return 0, false
	}
	if n := x.g.HonorificAt(toks, j); n > 0 {
		j += n
	}
	chain, end := x.g.TitleChain(toks, j)
	if end < len(toks) && toks[end].Text == "," {
		end++
	}
	if end < len(toks) && toks[end].IsKind(vi.ListCopula) {
		end++
	}
	if len(chain) > 0 && end < len(toks) && toks[end].Text == ":" {
		w.shared = chain
		w.sharedSentence = w.sentence(i)
		return end + 1, true
	}
	return 0, false
}

// opensList reports a list opener or a list number, where sharedTitle
// may read a title shared by a list.
func opensList(t *vi.Token) bool {
	return t.Word && (t.Is(vi.CListOpener) || t.Text[0] >= '0' && t.Text[0] <= '9')
}

// mayStart reports a token some rule may fire at, the walk's test of
// every token: a shared title at a list opener or number (opensList), a
// person or a title coreference where mayStartPerson and opensPerson both
// hold (titleCorefAt needs an honorific, which opensPerson counts). At any
// other token the rules move on by one token, as the walk does without
// them. Written out from those tests: the entry read once for most tokens.
func mayStart(t *vi.Token) bool {
	return listOrTitleWord(t) || t.Cap && t.Word && capMayStart(t)
}

// nextMayStart returns the first token from i where mayStart holds
// (len(toks) if none): the walk's pass over the tokens that start nothing,
// most of them, in a loop of its own whose state stays in registers (the
// walk's loop kept its own on the stack at every token).
func nextMayStart(toks []vi.Token, i int) int {
	for {
		// the words of listOrTitleWord's classes, numbers, and capitals
		// of capMayStart's classes (a family name's bit is set on its
		// lower case), as the tokenizer marked them (vi.WalkClasses and
		// the rest, the same: the build fails if they part): mayStart
		// holds at all but some family names
		if i = vi.NextWalkStop(toks, i); i >= len(toks) {
			return len(toks)
		}
		if t := &toks[i]; !t.Cap || listOrTitleWord(t) || capMayStart(t) {
			return i
		}
		i++
	}
}

// listOrTitleClasses are the classes listOrTitleWord asks of a word.
const listOrTitleClasses = vi.CListOpener | vi.CRoles | vi.CHonorific | vi.COccupations | vi.CTitlePrefix

// The tokenizer's walk marks (vi.NextWalkStop) are nextMayStart's scan
// only while its classes and kind are those of listOrTitleWord and
// capMayStart: the build fails if they part.
var (
	_ = [1]int{}[listOrTitleClasses^vi.WalkClasses]
	_ = [1]int{}[(vi.CAcademic|vi.CHonorary|vi.CSurname)^vi.WalkCapClasses]
	_ = [1]int{}[vi.Comrade^vi.WalkKind]
)

// listOrTitleWord is mayStart's first test, small enough to be inlined in
// the walk: a list number, or a word of the classes a list, a title or an
// honorific begins with.
func listOrTitleWord(t *vi.Token) bool {
	return t.Word && (t.Text[0]-'0' < 10 || t.IsOrOpens(listOrTitleClasses, vi.Comrade))
}

// capMayStart is mayStart's test of a capitalized word of none of those
// classes: a degree or honour, or a family name that may open a name.
//
//go:noinline
func capMayStart(t *vi.Token) bool {
	return t.Is(vi.CAcademic|vi.CHonorary) || t.NameSyllable() && lex.IsSurname(t)
}

// notAStart passes over a token no person or title can start at.
func (x *People) notAStart(w *walk, i int) (int, bool) {
	if !mayStartPerson(&w.toks[i]) {
		return i + 1, true
	}
	return 0, false
}

// mayStartPerson reports a word a person or a title may start at: a
// capitalized word, an honorific or a role word ("phó bí thư", "đại biểu").
func mayStartPerson(t *vi.Token) bool {
	return t.Word && (t.Cap || t.Is(vi.CRoles|vi.CHonorific|vi.COccupations|vi.CTitlePrefix) || t.OpensKind(vi.Comrade))
}

// person reads a person at i with readPerson and joins it to what the walk
// holds: a shared title, a former post written after a list of names, the
// names listed after an occupation.
func (x *People) person(w *walk, i int) (int, bool) {
	toks := w.toks
	if !opensPerson(&toks[i]) {
		return 0, false
	}
	var h personHit
	next, ok := x.readPerson(w.d, toks, i, w.found, &h)
	if !ok {
		return 0, false
	}
	if len(w.shared) > 0 {
		h.titles = append(append([][2]int{}, w.shared...), h.titles...)
		h.shared = true
	}
	// "A, B và C nguyên Phó Chủ tịch …": the former post follows the
	// whole list
	at := h.start
	for k := len(w.found) - 1; len(h.former) > 0 && k >= 0; k-- {
		p := &w.found[k]
		if len(p.titles) > 0 || p.end+1 != at || (!toks[p.end].IsKind(vi.And) && toks[p.end].Text != ",") {
			break
		}
		p.titles = append([][2]int{}, h.former...)
		at = p.start
	}
	w.found = append(w.found, h)
	if h.calling && len(h.titles) == 0 {
		w.found, next = x.callingList(toks, next, w.found)
	}
	return next, true
}

// titleCorefAt reads a bare title after an honorific that stands for a
// person named before (titleCoref).
func (x *People) titleCorefAt(w *walk, i int) (int, bool) {
	// the honorific first: most tokens are none, and titleCoref's hit is
	// a large value to return
	n := x.g.HonorificAt(w.toks, i)
	if n == 0 {
		return 0, false
	}
	h, e, ok := x.titleCoref(w.toks, i, n, w.found)
	if !ok {
		return 0, false
	}
	w.found = append(w.found, h)
	return e, true
}

// callingList reads the names listed after one introduced by an
// occupation ("ca sỹ Anh Thơ, Tùng Dương, Phương Thanh…"): each item is a
// run of capitalized syllables after a comma or "và" that ends at
// punctuation or "và", and is not a place or a body. It returns the hits
// and the token after the list.
func (x *People) callingList(toks []vi.Token, k int, found []personHit) ([]personHit, int) {
	for k+1 < len(toks) && (toks[k].Text == "," || toks[k].IsKind(vi.And)) {
		s := k + 1
		e, ok := x.g.NameAt(toks, s, true)
		if !ok || lex.NameStop(&toks[s]) || x.g.Places.Match(toks, s) >= e-s {
			break
		}
		if e < len(toks) && toks[e].Word && !toks[e].IsKind(vi.And) {
			// "…, Tùng Dương hát": the list has ended
			break
		}
		found = append(found, personHit{start: s, end: e, calling: true})
		k = e
	}
	return found, k
}

// opensPerson reports a token readPerson may read anything at: a title's
// prefix or role, an honorific, a degree, honour or calling, or a family
// name that may open a bare name. At any other token the titles, the
// honorific and the prefixes it reads first are none, so the name it then
// asks for must open with a family name, and it returns nothing: most
// capitalized words ("Việt", "UBND", a sentence's first word) are passed
// with one read of the token's entry.
func opensPerson(t *vi.Token) bool {
	return t.IsOrOpens(vi.CTitlePrefix|vi.CRoles|vi.CHonorific|vi.CAcademic|vi.CHonorary|vi.COccupations, vi.Comrade) ||
		t.NameSyllable() && lex.Surname(t)
}

// opensPastTitles reports a token readPerson reads anything at when no
// title opens there: an honorific, a degree, honour or calling, or a
// family name that may open a bare name (opensPerson less the title
// words).
func opensPastTitles(t *vi.Token) bool {
	return t.IsOrOpens(vi.CHonorific|vi.CAcademic|vi.CHonorary|vi.COccupations, vi.Comrade) ||
		t.NameSyllable() && lex.Surname(t)
}

// readPerson tries to read a person (with titles before and after) at
// token i, where opensPerson holds. It fills h, which the caller gives
// zeroed (a large value, not copied out at every token tried), and returns
// the token after everything it consumed and whether it read a person; h
// is the caller's to drop when it did not.
func (x *People) readPerson(d *doc.Document, toks []vi.Token, i int, found []personHit, h *personHit) (int, bool) {
	// titles before the name: none where the word can open none (most
	// role words tried), as TitleChain would find
	var chain [][2]int
	end := i
	if x.g.MayTitle(toks, i) {
		chain, end = x.g.TitleChain(toks, i)
	}
	// opensPastTitles is opensPerson, which holds here, at a word of
	// neither title class (a family name's, most often): asked only of
	// the title words
	if len(chain) == 0 && toks[i].Is(vi.CTitlePrefix|vi.CRoles) && !opensPastTitles(&toks[i]) {
		// no title, and the word opens nothing read after one: no
		// honorific, degree or calling, and no family name, so the name
		// asked for after them must open with one and is none ("người",
		// "nhà": role words no role reads at)
		return i + 1, false
	}
	return x.readPersonAfter(d, toks, i, found, h, chain, end)
}

// readPersonAfter is readPerson past the titles before the name: chain
// and end are TitleChain's at i.
func (x *People) readPersonAfter(d *doc.Document, toks []vi.Token, i int, found []personHit, h *personHit, chain [][2]int, end int) (int, bool) {
	j := i
	if len(chain) > 0 {
		j = end
		// "Bí thư Tỉnh ủy, đồng chí Nguyễn Văn A", "Chủ tịch UBND tỉnh Hưng
		// Yên - Đỗ Quốc Văn"
		if j+1 < len(toks) && toks[j].Text == "," && x.g.HonorificAt(toks, j+1) > 0 {
			j++
		} else if j+1 < len(toks) && (toks[j].Text == "-" || toks[j].Text == "–") && x.g.NameStarts(toks, j+1) {
			j++
		}
	}
	// "Thượng tướng, GS.TS Tô Lâm": a comma, then academic degrees
	if len(chain) > 0 && j+1 < len(toks) && toks[j].Text == "," && toks[j+1].Is(vi.CAcademic) {
		j++
	}
	if n := x.g.HonorificAt(toks, j); n > 0 {
		h.honor = lowerJoin(toks[j : j+n])
		j += n
	}
	// "PGS. Phó Thị Nguyệt Hằng", "GS.TS Tô Lâm", "ca sỹ Anh Thơ":
	// degrees, honours and callings, one after another
	j, degree, calling := x.g.NamePrefixesEnd(toks, j)
	h.calling = calling
	loose := len(chain) > 0 || h.honor != "" || degree || h.calling
	if loose && j < len(toks) && (toks[j].Newline || lex.NameStop(&toks[j])) {
		// a title ending a line (a headline) is not followed by its
		// holder on the next; "Bộ Chính trị" is never a name
		return i + 1, false
	}
	nEnd, ok := x.g.NameAt(toks, j, loose)
	if ok && h.calling && x.g.Places.Match(toks, j) >= nEnd-j {
		// "nhà báo Việt Nam"
		ok = false
	}
	if ok && degree && !h.calling && len(chain) == 0 && h.honor == "" && !x.g.IsSurname(&toks[j]) && !x.g.WeakName(&toks[j]) {
		// "Giáo sư Trường Đại học …": a degree alone vouches only for a family name
		ok = false
	}
	if !ok {
		// a bare given name after an honorific refers back to someone named
		if h.honor != "" && j < len(toks) && toks[j].NameSyllable() && !(j+1 < len(toks) && toks[j+1].NameSyllable() && toks[j+1].Space) {
			if ante := x.antecedent(d, toks, toks[j].Text, found); ante >= 0 {
				h.start, h.end, h.coref = j, j+1, true
				h.titles = chain
				return j + 1, true
			}
		}
		return i + 1, false
	}
	if !loose && !x.bareNameOK(d, toks, j, nEnd) {
		return i + 1, false
	}
	h.start, h.end = j, nEnd
	h.titles = chain
	// titles after the name: "Name - T1, T2", "Name, T1", "Name (T1)",
	// "Name nguyên T1"
	after, k, former := x.g.TitlesAfter(toks, nEnd)
	h.titles = append(h.titles, after...)
	if former {
		h.former = after
	}
	return k, true
}

// titleCoref reads a bare title after an honorific of n tokens at i
// ("đồng chí Trưởng ban Dân vận Tỉnh ủy đề nghị") that one person named
// earlier holds: the title stands for that person. It returns the hit and
// the token after it.
func (x *People) titleCoref(toks []vi.Token, i, n int, found []personHit) (personHit, int, bool) {
	chain, end := x.g.TitleChain(toks, i+n)
	if len(chain) != 1 {
		return personHit{}, 0, false
	}
	key := strings.ToLower(vi.Join(toks[chain[0][0]:chain[0][1]]))
	holder := ""
	for _, h := range found {
		if h.coref || h.byTitle != "" {
			continue
		}
		for _, t := range h.titles {
			if strings.ToLower(vi.Join(toks[t[0]:t[1]])) == key {
				name := vi.Join(toks[h.start:h.end])
				if holder != "" && holder != name {
					return personHit{}, 0, false // two holders: ambiguous
				}
				holder = name
			}
		}
	}
	if holder == "" {
		return personHit{}, 0, false
	}
	return personHit{start: chain[0][0], end: chain[0][1], honor: lowerJoin(toks[i : i+n]), byTitle: holder}, end, true
}

// placeNames holds the runs of name syllables the document writes after
// the word for a commune, a ward or a district ("xã Lê Hồng"): the same
// words bare elsewhere in it (the headline "Lê Hồng, Hải Dương: …") name
// the place. Streets, schools and cities are left out: they are named for
// people the same article often speaks of ("đường Tố Hữu", "Tố Hữu là nhà
// thơ"; "TP Hồ Chí Minh", "tư tưởng Hồ Chí Minh"). Computed once per
// document.
func placeNames(d *doc.Document) map[string]bool {
	return d.Memo("extractors/place-names", func() any {
		toks := vi.Tokens(d)
		g := vi.Gram()
		set := map[string]bool{}
		// where a run begins: a name syllable after a unit word
		for i := g.NextAfterLocalUnit(toks, 1); i < len(toks); i = g.NextAfterLocalUnit(toks, i+1) {
			j := i
			for j < len(toks) && j-i < 4 && toks[j].NameSyllable() && toks[j].Space && !toks[j].Newline {
				j++
				if j-i >= 2 {
					set[vi.Join(toks[i:j])] = true
				}
			}
		}
		return set
	}).(map[string]bool)
}

// lowerJoin is strings.ToLower(vi.Join(ts)); a single word's is its
// Lower (the tokenizer's lower case is strings.ToLower's), without a copy:
// most honorifics are one word ("ông", "bà").
func lowerJoin(ts []vi.Token) string {
	if len(ts) == 1 && ts[0].Word {
		return ts[0].Lower
	}
	return strings.ToLower(vi.Join(ts))
}

// lowerNames holds the lower case of persons' names, each written once
// when a short name first asks for it, not once per short name that reads
// back over the persons before it.
type lowerNames []string

// at returns strings.ToLower(persons[k].Person.Name).
func (l *lowerNames) at(persons []*doc.Mention, k int) string {
	for len(*l) < len(persons) {
		*l = append(*l, "")
	}
	if (*l)[k] == "" {
		(*l)[k] = strings.ToLower(persons[k].Person.Name)
	}
	return (*l)[k]
}

// antecedent finds an earlier person whose name ends with the given given
// name; it returns the index into found, or -1.
func (x *People) antecedent(d *doc.Document, toks []vi.Token, given string, found []personHit) int {
	for k := len(found) - 1; k >= 0; k-- {
		h := found[k]
		if h.coref {
			continue
		}
		if strings.EqualFold(toks[h.end-1].Text, given) {
			return k
		}
	}
	return -1
}

// emit turns hits into person and title mentions.
func (x *People) emit(d *doc.Document, toks []vi.Token, found []personHit) {
	var persons []*doc.Mention
	var lowerNames lowerNames
	for _, h := range found {
		name := vi.Join(toks[h.start:h.end])
		p := &doc.Person{Name: name, Honorific: h.honor}
		rule := "people/name"
		if h.byTitle != "" {
			// "đồng chí Trưởng ban Dân vận Tỉnh ủy": the holder named before
			rule = "people/coref-title"
			for k := len(persons) - 1; k >= 0; k-- {
				if persons[k].Person.Name == h.byTitle && persons[k].Person.Antecedent == nil {
					p.Antecedent = persons[k]
					p.Name = h.byTitle
					break
				}
			}
			if p.Antecedent == nil {
				continue
			}
			h.titles = nil // the span is the title: it is not given again
		} else if h.coref {
			rule = "people/coref"
			suffix := " " + lowerJoin(toks[h.start:h.end]) // once, not once per earlier person
			for k := len(persons) - 1; k >= 0; k-- {
				if persons[k].Person.Antecedent == nil && strings.HasSuffix(lowerNames.at(persons, k), suffix) {
					p.Antecedent = persons[k]
					p.Name = persons[k].Person.Name
					break
				}
			}
			if p.Antecedent == nil {
				continue
			}
		}
		m := d.Add(&doc.Mention{Kind: doc.KindPerson, Start: toks[h.start].Start, End: toks[h.end-1].End, Rule: rule, Person: p})
		persons = append(persons, m)
		for ti, tr := range h.titles {
			s, e := toks[tr[0]].Start, toks[tr[1]-1].End
			t := x.g.SplitTitle(toks, tr)
			t.Person = m
			// the rule names the shape: constants, not a string joined
			// (and allocated) for every title
			t.Shape, rule = "before", "people/title-before"
			if tr[0] > h.start {
				t.Shape, rule = "after", "people/title-after"
			}
			if h.shared && ti == 0 {
				t.Shape, rule = "shared", "people/title-shared"
			}
			tm := &doc.Mention{Kind: doc.KindTitle, Start: s, End: e, Rule: rule, Title: t}
			d.Add(tm)
		}
	}
	x.resolvePlaces(d)
}

// resolvePlaces gives a title whose organization names its level only
// ("UBND tỉnh", "Tỉnh ủy", "Chủ tịch UBND huyện") the place of that level
// the article names nearest before it ("tỉnh Kon Tum", "Huyện ủy Ba Vì"),
// or, if none comes before, the first one after.
func (x *People) resolvePlaces(d *doc.Document) {
	// the titles are asked first whether they want a place: most
	// documents have none that does, and then their tokens are not walked
	// for places. Nothing changes before the first that does, so the
	// loop below starts there.
	first := -1
	for k, m := range d.Mentions {
		if x.placeLevel(m) != "" {
			first = k
			break
		}
	}
	if first < 0 {
		return
	}
	type placeAt struct {
		pos         int
		level, name string
	}
	var found []placeAt
	toks := vi.Tokens(d)
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].OpensLevelPlace() {
			continue
		}
		level, k, j, ok := x.g.LevelPlaceAt(toks, i)
		if !ok {
			continue
		}
		if d.Overlaps(toks[k].Start, toks[j-1].End, doc.KindPerson) {
			// "Chủ tịch HĐND tỉnh Nguyễn Văn Hòa": a title's holder
			continue
		}
		found = append(found, placeAt{toks[i].Start, level, vi.Join(toks[k:j])})
	}
	if len(found) == 0 {
		return
	}
	for _, m := range d.Mentions[first:] {
		level := x.placeLevel(m)
		if level == "" {
			continue
		}
		place := ""
		for _, f := range found {
			if f.level != level {
				continue
			}
			if f.pos < m.Start || place == "" {
				place = f.name
			}
			if f.pos >= m.Start {
				break
			}
		}
		if place != "" {
			m.Title.Place = place
		}
	}
}

// placeLevel returns the level of the committee whose place mention m, a
// title, wants from the text ("tỉnh" of "UBND tỉnh"); "" if m is no title
// or wants none.
func (x *People) placeLevel(m *doc.Mention) string {
	if m.Kind != doc.KindTitle {
		return ""
	}
	org := strings.ToLower(m.Title.Organization)
	// a place already read from the title stands, unless the title ends
	// with a bare level: "Ủy ban MTTQ Việt Nam tỉnh" is of a province
	if m.Title.Place != "" && !x.g.EndsWithLevel(org) {
		return ""
	}
	return x.g.CommitteeLevel(org)
}

// titleCaseLine is the last line asked of titleCaseAt: its tokens' bounds
// and whether it is in title case; and the document's line breaks, where
// the lines' bounds are found.
type titleCaseLine struct {
	b, e   int
	ok     bool
	breaks []int
}

// titleCaseAt reports whether token i of the document stands in a line
// written in title case (see vi.TitleCaseLine). Only the lines of the few
// bare names are read, not every line of the document; the last one is
// kept, since names come in runs.
func titleCaseAt(d *doc.Document, i int) bool {
	l := d.Memo("extractors/title-case-line", func() any { return &titleCaseLine{breaks: vi.LineBreaks(d.Text)} }).(*titleCaseLine)
	if i < l.b || i >= l.e {
		l.b, l.e, l.ok = vi.TitleCaseLineAt(l.breaks, vi.Tokens(d), i)
	}
	return l.ok
}

// bareNameRules decide whether a name that nothing before it vouches for
// (no title, honorific or degree) stands as a person: any rule that
// rejects it turns it down. None has a side effect beyond its memo, so
// the order is what costs least: the rules that ask the grammar about the
// words around the name come first, the document-wide ones (which read
// every line or every token of the document, once) last, for the names
// the others let pass.
var bareNameRules = []struct {
	name   string
	reject func(x *People, d *doc.Document, toks []vi.Token, s, e int) bool
}{
	// "tỉnh Hà Nam", "Trường THPT Lê Quý Đôn", a word glued before it
	{"context", func(x *People, d *doc.Document, toks []vi.Token, s, e int) bool { return !x.g.BareNameOK(toks, s) }},
	// "tại 155 Phùng Hưng", "D29 Phạm Văn Bạch, quận Cầu Giấy": a street
	// of an address, named after a person
	{"address", func(x *People, d *doc.Document, toks []vi.Token, s, e int) bool { return x.g.AddressAt(toks, s, e) }},
	// "ngã tư Khuất Duy Tiến, quận Thanh Xuân", "Hồ Châu, tỉnh Chiết
	// Giang": the first part of a written-out location
	{"unit-after", func(x *People, d *doc.Document, toks []vi.Token, s, e int) bool { return x.g.UnitAfter(toks, e) }},
	// "tại Nguyễn Khang, Hà Nội", "ở Vũ Hán": where something is
	{"after-locative", func(x *People, d *doc.Document, toks []vi.Token, s, e int) bool { return x.g.AfterLocative(toks, s) }},
	// "Hồ Sơ Vụ Án Được Đưa Ra Xét Xử": a headline, every word capitalized
	{"title-case-line", func(x *People, d *doc.Document, toks []vi.Token, s, e int) bool { return titleCaseAt(d, s) }},
	// "Lê Hồng, Hải Dương: …" where the text says "xã Lê Hồng"
	{"place-named-in-document", func(x *People, d *doc.Document, toks []vi.Token, s, e int) bool {
		pn := placeNames(d)
		return len(pn) > 0 && pn[vi.Join(toks[s:e])]
	}},
}

// bareNameOK runs bareNameRules on the name at tokens s to e.
func (x *People) bareNameOK(d *doc.Document, toks []vi.Token, s, e int) bool {
	for _, r := range bareNameRules {
		if r.reject(x, d, toks, s, e) {
			return false
		}
	}
	return true
}
