package extractors

import (
	"sync"

	"github.com/vnextract/vnextract/lang/vi"
	"github.com/vnextract/vnextract/pipeline/doc"
)

// Entities finds organizations ("Ban Dân vận Trung ương", "UBND tỉnh",
// "Quận ủy Hoàn Kiếm") and places ("tỉnh Kon Tum", "quận Hoàn Kiếm", "Phú
// Thọ"). Organizations start with a head word of a Party or State body and
// run on like the organization part of a title; places are a level word
// and a capitalized name, or a province from the word list.
type Entities struct {
	g     *vi.Grammar
	heads *vi.PhraseIndex
}

func NewEntities() *Entities {
	return &Entities{g: vi.Gram(), heads: lex.OrgHeadIndex()}
}

func (x *Entities) Name() string { return "entities" }

// Needs: people first, so that names are not read as organizations.
func (x *Entities) Needs() []string { return []string{"people"} }

// entityWalk is the state of one pass of the stage over a document's
// tokens.
type entityWalk struct {
	d     *doc.Document
	toks  []vi.Token
	names []*doc.Mention // persons' names, in text order
	cur   int            // the first name that may still overlap a token
	found []entityFound  // the mentions found, added to d by flush
}

// entityFound is a mention found over tokens i to e (exclusive), kept
// until the walk is over: then their number is known, and they are made
// in one block (flush).
type entityFound struct {
	kind doc.Kind
	i, e int
	rule string
	ent  doc.Entity
}

// entityMention is a mention with its entity, made together.
type entityMention struct {
	m doc.Mention
	e doc.Entity
}

// add keeps a mention of kind k over tokens i to e (exclusive) with its
// entity for flush. No rule reads the stage's own mentions, so they are
// added to the document once the walk is over, in the order found.
func (w *entityWalk) add(k doc.Kind, i, e int, rule string, ent doc.Entity) {
	w.found = append(w.found, entityFound{kind: k, i: i, e: e, rule: rule, ent: ent})
}

// flush adds the mentions found to the document, in the order found,
// each with its entity, all in one allocation: one a document, not one a
// mention (slabs of a fixed size, the count unknown while walking, left a
// third of their room unused).
func (w *entityWalk) flush() {
	if len(w.found) == 0 {
		return
	}
	ems := make([]entityMention, len(w.found))
	for k := range w.found {
		f := &w.found[k]
		em := &ems[k]
		em.e = f.ent
		em.m = doc.Mention{Kind: f.kind, Start: w.toks[f.i].Start, End: w.toks[f.e-1].End, Rule: f.rule, Entity: &em.e}
		// the tokens' byte offsets cut the text without converting offsets
		w.d.AddBytes(&em.m, w.toks[f.i].ByteStart, w.toks[f.e-1].ByteEnd)
	}
	w.found = w.found[:0]
}

// inName reports whether the code points s to e overlap a person's name.
// Names and the questions come in text order: the cursor answers each in
// constant time.
func (w *entityWalk) inName(s, e int) bool {
	for w.cur < len(w.names) && w.names[w.cur].End <= s {
		w.cur++
	}
	for k := w.cur; k < len(w.names) && w.names[k].Start < e; k++ {
		if s < w.names[k].End {
			return true
		}
	}
	return false
}

// entityRule reads one shape at token i. If it fires, it returns the
// token to go on from (it may add a mention or only pass the token over);
// the rules after it are not tried at i. The rule's name is the id on
// the rows it makes ("entities/" + name).
type entityRule struct {
	name  string
	apply func(x *Entities, w *entityWalk, i int) (next int, fired bool)
}

// entityRules are tried in order at every token; no rule firing moves on
// by one token. The walk runs them through rulesAt, which writes them out.
var entityRules = []entityRule{
	// punctuation, and the words of a person's name, are no entity
	{"not-a-word", (*Entities).notAWord},
	// "tỉnh Kon Tum", "thành phố Vinh": a level word and a capitalized name
	{"level-place", (*Entities).levelPlace},
	// an entity's name begins with a capital
	{"lower-case", (*Entities).lowerCase},
	// "Bộ trưởng …" is a title, not a body
	{"role", (*Entities).role},
	// "Ban Dân vận Trung ương", "UBND tỉnh": a head word and the name
	// after it, read as a title's organization is
	{"org-head", (*Entities).orgHead},
	// "Phú Thọ": a province the lexicon knows
	{"place-list", (*Entities).placeList},
}

// entityFounds keeps the walks' buffers of mentions found for the next
// document.
var entityFounds = sync.Pool{New: func() any { return new([]entityFound) }}

func (x *Entities) Extract(d *doc.Document) {
	buf := entityFounds.Get().(*[]entityFound)
	w := &entityWalk{d: d, toks: vi.Tokens(d), found: (*buf)[:0]}
	defer func() {
		clear(w.found) // the entities hold strings of this text
		*buf = w.found[:0]
		entityFounds.Put(buf)
	}()
	// names, not titles standing for a person, keep organizations out
	// (mentionsOf's slice is the stage's own: kept in place)
	names := mentionsOf(d, doc.KindPerson)
	w.names = names[:0]
	for _, m := range names {
		if m.Rule != "people/coref-title" {
			w.names = append(w.names, m)
		}
	}
	toks := w.toks // on the stack: w escapes to the rules
	// most tokens are punctuation or a lower-case word that is no level
	// word: every rule passes them over, so no rule is called
	for i := entityNext(toks, 0); i < len(toks); i = entityNext(toks, i) {
		if d.Expired() { // the time budget is used up: keep what was found
			break
		}
		i = x.rulesAt(w, i)
	}
	w.flush()
}

// entityStartClasses are the classes of which entityMayStart asks a word
// for one: a token of none of them is passed over.
const entityStartClasses = vi.CLevel | vi.CLevelFirst | vi.CRoles | vi.COrgHeads | vi.CPlaces

// entityNext is the first token from i on where entityMayStart holds
// (len(toks) if none). Most tokens are punctuation or words of none of
// entityStartClasses: one class test passes them, before the word and
// capital tests. A function of its own, so that its loop keeps its values
// in registers (in Extract's, the index was stored at every token for the
// call to rulesAt).
func entityNext(toks []vi.Token, i int) int {
	for ; i < len(toks); i++ {
		if t := &toks[i]; t.Is(entityStartClasses) && entityMayStart(t) {
			return i
		}
	}
	return len(toks)
}

// rulesAt tries entityRules at token i in their order and returns the
// token to go on from, as a loop over the table does
// (TestEntityRulesAtAsTable), with each rule called directly, not through
// the table's function values, and the class tests that pass most tokens
// in line.
func (x *Entities) rulesAt(w *entityWalk, i int) int {
	t := &w.toks[i]
	// not-a-word
	if !t.Word || w.inName(t.Start, t.End) {
		return i + 1
	}
	// level-place
	if t.Is(vi.CLevel | vi.CLevelFirst) {
		if n, ok := x.levelPlace(w, i); ok {
			return n
		}
	}
	// lower-case
	if !t.Capitalized() {
		return i + 1
	}
	// role
	if t.Is(vi.CRoles) && x.g.Roles.Match(w.toks, i) > 0 {
		return i + 1
	}
	// org-head
	if t.Is(vi.COrgHeads) {
		if n, ok := x.orgHead(w, i); ok {
			return n
		}
	}
	// place-list
	if t.Is(vi.CPlaces) {
		if n, ok := x.placeList(w, i); ok {
			return n
		}
	}
	return i + 1
}

// entityMayStart reports a token where some rule may read more than the
// token itself: a level word ("tỉnh", "thành" of "thành phố"), or a
// capitalized word (an entity's name begins with a capital) that begins a
// role, an organization's head or a listed place. Before them notAWord
// passes punctuation and lowerCase any other lower-case word; at any other
// capitalized word role, orgHead and placeList find no phrase (their
// indexes' first words carry these classes), so the walk need not ask.
func entityMayStart(t *vi.Token) bool {
	return t.Word && (t.Is(vi.CLevel|vi.CLevelFirst) || t.Cap && t.Is(vi.CRoles|vi.COrgHeads|vi.CPlaces))
}

func (x *Entities) notAWord(w *entityWalk, i int) (int, bool) {
	t := &w.toks[i]
	return i + 1, !t.Word || w.inName(t.Start, t.End)
}

// levelPlace reads a level word ("tỉnh", "xã", "thành phố") and a
// capitalized name: a province the lexicon knows or up to three name
// syllables.
func (x *Entities) levelPlace(w *entityWalk, i int) (int, bool) {
	toks := w.toks
	// LevelAt reads a level only at a word of these classes: most tokens
	// the walk stops at are capitalized names, passed here without it
	if !toks[i].Is(vi.CLevel | vi.CLevelFirst) {
		return 0, false
	}
	n := x.g.LevelAt(toks, i)
	if n == 0 {
		return 0, false
	}
	level, ok := x.levelPlaceWord(toks[i : i+n])
	if !ok {
		return 0, false
	}
	j := i + n
	k := j
	if n := x.g.Places.Match(toks, j); n > 0 {
		k = j + n
	} else {
		// a name ends at a line break: "thị trấn Kỳ Sơn\nĐang …" is a
		// headline's place and the next line's first word
		for k < len(toks) && k-j < 3 && toks[k].NameSyllable() && toks[k].Space && (k == j || !toks[k].Newline) {
			k++
		}
	}
	if k-j >= 1 && !(k-j == 1 && !toks[j].Capitalized()) && k > j && toks[j].Capitalized() {
		name := vi.Join(toks[j:k])
		w.add(doc.KindLocation, i, k, "entities/level-place", doc.Entity{Name: name, Full: name, Type: level})
		return k, true
	}
	return 0, false
}

func (x *Entities) lowerCase(w *entityWalk, i int) (int, bool) {
	return i + 1, !w.toks[i].Capitalized()
}

// role, orgHead and placeList test the class of their index's first
// words before calling its Match, which finds nothing at a token without
// it (TestIndexClasses): the walk stops at words of any of the three.
func (x *Entities) role(w *entityWalk, i int) (int, bool) {
	return i + 1, w.toks[i].Is(vi.CRoles) && x.g.Roles.Match(w.toks, i) > 0
}

// orgHead reads an organization from its head word. A head word alone
// ("Ban", "Bộ"), a name that runs into a person's, or an event ("Hội
// nghị") is passed over, not left to the rules after.
func (x *Entities) orgHead(w *entityWalk, i int) (int, bool) {
	toks := w.toks
	t := &toks[i]
	if !t.Is(vi.COrgHeads) {
		return 0, false
	}
	n := x.heads.Match(toks, i)
	if n == 0 {
		return 0, false
	}
	e := x.g.OrgTail(toks, i+n)
	if e == i+n && n == 1 && !t.Acronym() {
		// "Ban", "Bộ" alone are common words
		return i + 1, true
	}
	if w.inName(t.Start, toks[e-1].End) || isEventName(toks[i:e]) {
		return i + 1, true
	}
	w.add(doc.KindOrganization, i, e, "entities/org-head", doc.Entity{Name: vi.Join(toks[i:e]), Full: x.g.Expand(toks[i:e]), Type: vi.Join(toks[i : i+n])})
	return e, true
}

func (x *Entities) placeList(w *entityWalk, i int) (int, bool) {
	toks := w.toks
	if !toks[i].Is(vi.CPlaces) {
		return 0, false
	}
	n := x.g.Places.Match(toks, i)
	if n == 0 {
		return 0, false
	}
	name := vi.Join(toks[i : i+n])
	w.add(doc.KindLocation, i, i+n, "entities/place-list", doc.Entity{Name: name, Full: name})
	return i + n, true
}

// levelPlaceWord reports a level word (one or two tokens) after which
// the rule reads a place: a province's, a district's or a commune's. A
// level in two words is read whole ("thị xã Sơn Tây", "thị trấn Kỳ Sơn"):
// its last word alone ("xã") names another level. It returns the level in
// lower case, the place's type: the tokens joined (LevelAt reads two only
// with a space between) as their Lower has them, strings.ToLower of their
// text.
func (x *Entities) levelPlaceWord(ts []vi.Token) (string, bool) {
	w := ts[0].Lower
	if len(ts) == 2 {
		w += " " + ts[1].Lower
	}
	return w, lex.LevelIn(w, vi.Province, vi.Commune)
}

// isEventName: "Hội nghị", "Hội thảo" start with "Hội" but are events.
func isEventName(toks []vi.Token) bool {
	// the class table's kind bit before the letters are read
	if len(toks) < 2 || !toks[0].Cap || !toks[0].IsKind(vi.Society) || toks[0].Acronym() {
		return false
	}
	return lex.EventHeads[toks[1].Lower]
}
