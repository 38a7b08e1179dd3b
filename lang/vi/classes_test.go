package vi

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/lang/vi/lunar"
)

// TestClassesAgreeWithLists: for every token of a text that holds every
// word of the lexicon's lists (as written, in lower and in upper case) and
// words of none, each class bit says what the list it stands for says:
// the grammar tests the bits in place of the lists.
func TestClassesAgreeWithLists(t *testing.T) {
	l := Lex()
	g := Gram()
	sets := []struct {
		name string
		cl   Class
		set  map[string]bool
	}{
		{"Function", CFunction, l.Function}, {"Particles", CParticle, l.Particles}, {"Honorifics", CHonorific, l.Honorifics},
		{"PlaceNouns", CPlaceNoun, l.PlaceNouns}, {"BodyStarts", CBodyStart, l.BodyStarts}, {"ListBodies", CListBody, l.ListBodies},
		{"OrgInner", COrgInner, l.OrgInner}, {"Academic", CAcademic, l.Academic}, {"ListOpeners", CListOpener, l.ListOpeners},
		{"NotInName", CNotInName, l.NotInName}, {"RoleBodies", CRoleBody, l.RoleBodies}, {"TitleBreaks", CTitleBreak, l.TitleBreaks},
		{"OrgWords", COrgWord, l.OrgWords}, {"NamedHeads", CNamedHead, l.NamedHeads},
	}
	indexes := []struct {
		name string
		cl   Class
		p    *PhraseIndex
	}{
		{"Places", CPlaces, l.Places}, {"Roles", CRoles, l.Roles}, {"OrgBigrams", COrgBigrams, l.OrgBigrams},
		{"OrgNames", COrgNames, l.OrgNames}, {"Honorary", CHonorary, l.Honorary}, {"Occupations", COccupations, l.Occupations},
		{"AppointCues", CAppointCues, l.AppointCues}, {"AppointTake", CAppointTake, l.AppointTake}, {"Company", CCompany, l.Company},
		{"NamedBodies", CNamedBodies, l.NamedBodies}, {"Predicates", CPredicates, l.Predicates}, {"LevelWords", CLevelWords, l.LevelWords},
		{"SchoolKinds", CSchoolKinds, l.SchoolKinds}, {"orgHeads", COrgHeads, l.orgHeads},
		{"Landmarks", CLandmarks, l.Landmarks},
	}
	// the text: every word of every list, then words of none
	var words []string
	add := func(w string) { words = append(words, w, strings.ToLower(w), strings.ToUpper(w)) }
	for _, s := range sets {
		for w := range s.set {
			add(w)
		}
	}
	for _, x := range indexes {
		for _, ph := range x.p.byFirst {
			for _, p := range ph {
				add(strings.Join(p, " "))
			}
		}
	}
	for w := range l.Levels {
		add(w)
	}
	for w := range l.TitlePrefix {
		add(w)
	}
	for w := range l.Surnames {
		add(w)
	}
	for w := range g.WeakNames {
		add(w)
	}
	for w := range l.NameStops {
		add(w)
	}
	for k := GrammarKind(0); k < numKinds; k++ {
		for _, w := range l.Words(k) {
			add(w)
		}
	}
	for _, w := range lunar.Stems {
		add(w)
	}
	add("Hôm nay trời đẹp, chúng tôi đi dạo quanh hồ Gươm và ăn phở bò")
	sort.Strings(words)
	toks := Tokenize(strings.Join(words, " . "))
	if len(toks) < 1000 {
		t.Fatalf("only %d tokens", len(toks))
	}
	for i, tk := range toks {
		if !tk.Word {
			continue
		}
		w := tk.Lower
		for _, s := range sets {
			if tk.Is(s.cl) != s.set[w] {
				t.Errorf("%q: Is(%s) = %v, the list says %v", tk.Text, s.name, tk.Is(s.cl), s.set[w])
			}
		}
		for _, x := range indexes {
			if tk.Is(x.cl) != x.p.Starts(w) {
				t.Errorf("%q: Is(%s) = %v, Starts says %v", tk.Text, x.name, tk.Is(x.cl), x.p.Starts(w))
			}
		}
		if tk.Is(CLevel) != l.IsLevel(w) {
			t.Errorf("%q: Is(CLevel) = %v, IsLevel says %v", tk.Text, tk.Is(CLevel), l.IsLevel(w))
		}
		if i+1 < len(toks) && toks[i+1].Word && l.IsLevel(w+" "+toks[i+1].Lower) && !tk.Is(CLevelFirst) {
			t.Errorf("%q: first word of a level of two words without CLevelFirst", tk.Text)
		}
		if i+1 < len(toks) && toks[i+1].Word && l.PlaceNouns[w+" "+toks[i+1].Lower] && !tk.Is(CPlaceNounFirst) {
			t.Errorf("%q: first word of a place noun of two words without CPlaceNounFirst", tk.Text)
		}
		if tk.Is(CStem) != slices.ContainsFunc(lunar.Stems[:], func(s string) bool { return strings.EqualFold(s, tk.Text) }) {
			t.Errorf("%q: Is(CStem) = %v, lunar.Stems disagrees", tk.Text, tk.Is(CStem))
		}
		if tk.Is(CTitlePrefix) != (l.TitlePrefix[w] != "") {
			t.Errorf("%q: Is(CTitlePrefix) = %v, TitlePrefix says %q", tk.Text, tk.Is(CTitlePrefix), l.TitlePrefix[w])
		}
		if l.Surname(&tk) != l.Surnames[tk.Text] || l.NameStop(&tk) != l.NameStops[tk.Text] || g.WeakName(&tk) != g.WeakNames[tk.Text] {
			t.Errorf("%q: Surname, NameStop or WeakName disagrees with its list", tk.Text)
		}
		for k := GrammarKind(0); k < numKinds; k++ {
			if tk.IsKind(k) != l.Is(w, k) || tk.OpensKind(k) != l.Opens(w, k) {
				t.Errorf("%q: IsKind or OpensKind(%s) disagrees with the grammar words", tk.Text, k)
			}
		}
		// Match reads a word's phrases from its entry: the same as its
		// index by first word
		for _, x := range indexes {
			if got, want := x.p.Match(toks, i), matchByFirst(x.p, toks, i); got != want {
				t.Errorf("%q: %s.Match = %d, by its first word %d", tk.Text, x.name, got, want)
			}
		}
		for k := GrammarKind(0); k < numKinds; k++ {
			if p := l.grammar.phrases[k]; p != nil {
				if got, want := p.Match(toks, i), matchByFirst(p, toks, i); got != want {
					t.Errorf("%q: Match of kind %s = %d, by its first word %d", tk.Text, k, got, want)
				}
			}
		}
	}
}

// matchByFirst is PhraseIndex.Match read from the index's own map of
// phrases by first word.
func matchByFirst(p *PhraseIndex, toks []Token, i int) int {
	if i >= len(toks) || !toks[i].Word {
		return 0
	}
	best := 0
	for _, ph := range p.byFirst[toks[i].Lower] {
		if len(ph) <= best || i+len(ph) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(ph); k++ {
			if toks[i+k].Newline || toks[i+k].Lower != ph[k] {
				ok = false
				break
			}
		}
		if ok {
			best = len(ph)
		}
	}
	return best
}

// TestWordIndex: the tokenizer's hash table finds every word of the class
// table under its id, and no other word.
func TestWordIndex(t *testing.T) {
	c := Lex().classes
	for w, id := range c.ids {
		if got := c.index.lookup(w); got != id {
			t.Errorf("lookup(%q) = %d, want %d", w, got, id)
		}
	}
	// words near those of the table: a key holds eight of a word's bytes,
	// so a longer word that differs only in the others must not be found
	near := []string{"", "xyzzy", "hôm nay", "phở", "a", "ab", "abc", "abcdefghijk", "abcdXfghijk"}
	for w := range c.ids {
		near = append(near, w+"a", "a"+w, w[:len(w)-1], w[1:])
		if len(w) > 8 {
			b := []byte(w)
			b[4]++
			near = append(near, string(b))
		}
		if len(w) >= 3 {
			b := []byte(w)
			b[1]++
			near = append(near, string(b))
		}
	}
	for _, w := range near {
		if got, want := c.index.lookup(w), c.ids[w]; got != want {
			t.Errorf("lookup(%q) = %d, want %d", w, got, want)
		}
	}
}

// FuzzWordIndex: the tokenizer's hash table agrees with the class table's
// map on any string, and on any string with one of its bytes changed.
func FuzzWordIndex(f *testing.F) {
	c := Lex().classes
	// every word of the table, each with one byte of it changed
	f.Add("", uint8(0))
	for w := range c.ids {
		f.Add(w, uint8(len(w)/2))
	}
	f.Fuzz(func(t *testing.T, w string, at uint8) {
		words := []string{w}
		if len(w) > 0 {
			b := []byte(w)
			b[int(at)%len(b)] ^= 0x20
			words = append(words, string(b))
		}
		for _, w := range words {
			if got, want := c.index.lookup(w), c.ids[w]; got != want {
				t.Errorf("lookup(%q) = %d, want %d", w, got, want)
			}
		}
	})
}

// TestLexBits: the bits the grammar tests are those of the class table's
// entries, entry for entry.
func TestLexBits(t *testing.T) {
	Lex()
	if len(lexBits) != len(lexEntries) {
		t.Fatalf("%d entries of bits, %d entries", len(lexBits), len(lexEntries))
	}
	for id, e := range lexEntries {
		if b := lexBits[id]; b.class != e.class || b.kinds != e.kinds || b.opens != e.opens {
			t.Errorf("entry %d: bits %+v, entry class %x kinds %x opens %x", id, b, e.class, e.kinds, e.opens)
		}
	}
}
