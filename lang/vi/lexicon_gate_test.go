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
