package vi

import (
	"sort"
	"strings"
	"testing"
)

// gatedIndexes is every phrase index Match reads through the class table
// (an id of its own), the lexicon's and the grammar kinds'.
func gatedIndexes(t testing.TB) []*PhraseIndex {
	l := Lex()
	ps := []*PhraseIndex{
		l.Places, l.Roles, l.OrgBigrams, l.OrgNames, l.Honorary, l.Occupations, l.AppointCues,
		l.AppointTake, l.Company, l.NamedBodies, l.Predicates, l.LevelWords, l.SchoolKinds,
		l.orgHeads, l.Landmarks,
	}
	for k := GrammarKind(0); k < numKinds; k++ {
		if p := l.grammar.phrases[k]; p != nil {
			ps = append(ps, p)
		}
	}
	seen := map[uint8]bool{}
	for _, p := range ps {
		if p.id == 0 {
			t.Fatalf("an index without an id in the class table")
		}
		seen[p.id] = true
	}
	// no index of the table is left out of this list
	if len(seen) != int(l.classes.indexes) || len(lexGates) != int(l.classes.indexes)+1 {
		t.Fatalf("%d indexes listed, %d in the class table, %d gates", len(seen), l.classes.indexes, len(lexGates)-1)
	}
	return ps
}

// checkGate holds Match, which turns a word down by its gate before
// reading its phrases, to the plain scan of the word's phrases
// (matchByFirst) at every token of the text, for every index; and
// mayMatch (the gate alone) turns down no token a phrase starts at.
func checkGate(t *testing.T, ps []*PhraseIndex, text string) {
	t.Helper()
	toks := Tokenize(text)
	for _, p := range ps {
		for i := range toks {
			got, want := p.Match(toks, i), matchByFirst(p, toks, i)
			if got != want {
				t.Fatalf("%q: index %d at %q: Match = %d, by its first word %d", text, p.id, toks[i].Text, got, want)
			}
			if want > 0 && !p.mayMatch(toks, i) {
				t.Fatalf("%q: index %d at %q: mayMatch turns down a phrase of %d words", text, p.id, toks[i].Text, want)
			}
		}
	}
}

// TestMatchGate: every first word of every index followed by the second
// word of every phrase of that index (its own and others', so that words
// sharing a bit of the gate meet), after a line break, at the end of the
// text, and before a word of no phrase.
func TestMatchGate(t *testing.T) {
	ps := gatedIndexes(t)
	for _, p := range ps {
		seconds := map[string]bool{}
		for _, phs := range p.byFirst {
			for _, ph := range phs {
				if len(ph) > 1 {
					seconds[ph[1]] = true
				}
			}
		}
		var next []string
		for w := range seconds {
			next = append(next, w)
		}
		sort.Strings(next)
		next = append(next, "xyz", "Hà", "2024", ",")
		var firsts []string
		for w := range p.byFirst {
			firsts = append(firsts, w)
		}
		sort.Strings(firsts)
		for _, w := range firsts {
			var b strings.Builder
			for _, n := range next {
				b.WriteString(w + " " + n + " " + w + "\n" + n + " . ")
			}
			b.WriteString(w)
			checkGate(t, []*PhraseIndex{p}, b.String())
		}
		// whole phrases, each with its last word and with one more
		for _, phs := range p.byFirst {
			for _, ph := range phs {
				s := strings.Join(ph, " ")
				checkGate(t, []*PhraseIndex{p}, s+" . "+s+" mới . "+strings.ToUpper(s))
			}
		}
	}
}

// FuzzMatchGate: any text, every index, every token. The input is cut to
// 256 bytes: each token is asked of every index.
func FuzzMatchGate(f *testing.F) {
	ps := gatedIndexes(f)
	f.Add("Phó Chủ tịch UBND tỉnh, người đứng đầu Bộ Công an; đồng chí Tổng Bí thư")
	f.Add("nhà báo\nnhà thơ Tố Hữu, quốc hội, Đại biểu Quốc hội khóa XV")
	for _, p := range ps[:3] {
		for _, phs := range p.byFirst {
			f.Add(strings.Join(phs[0], " ") + " và " + phs[0][0] + " x")
			break
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 256 {
			s = s[:256]
		}
		checkGate(t, ps, s)
	})
}

// checkIsSurname holds IsSurname to Surname (the probe of Surnames by the
// token's text) at every token of text.
func checkIsSurname(t *testing.T, text string) {
	t.Helper()
	l := Lex()
	toks := Tokenize(text)
	for i := range toks {
		if got, want := l.IsSurname(&toks[i]), l.Surname(&toks[i]); got != want {
			t.Fatalf("%q: %q: IsSurname %v, Surname %v", text, toks[i].Text, got, want)
		}
	}
}

// TestIsSurname: every family name of the list as written, in lower
// case, in capitals and with its first letter alone in lower case, and
// the words around them.
func TestIsSurname(t *testing.T) {
	l := Lex()
	var words []string
	for w := range l.Surnames {
		lower := strings.ToLower(w)
		words = append(words, w, lower, strings.ToUpper(w), lower[:1]+w[1:])
	}
	sort.Strings(words)
	text := strings.Join(words, " ") + " Nam Hà Nội Văn Nguyễn, ông Lê B"
	checkIsSurname(t, text)
	if n := len(words); n < 40 {
		t.Fatalf("only %d words", n)
	}
}

// FuzzIsSurname: checkIsSurname on any text (its first 256 bytes).
func FuzzIsSurname(f *testing.F) {
	f.Add("Nguyễn Văn A, NGUYỄN, nguyễn, Trần Lê Phạm Hoàng")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 256 {
			s = s[:256]
		}
		checkIsSurname(t, s)
	})
}
