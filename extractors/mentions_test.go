package extractors

import (
	"math/rand/v2"
	"testing"

	"github.com/vnextract/vnextract/lang/vi"
	"github.com/vnextract/vnextract/pipeline/doc"
)

// mentionsOf gives d.Of's answer, the same mentions in the same order,
// whether the mentions come in order or not, with ties on the start.
func TestMentionsOf(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	kinds := []doc.Kind{doc.KindDate, doc.KindPerson, doc.KindFigure}
	for round := 0; round < 3000; round++ {
		d := doc.NewDocument("x", "")
		start := 0
		n := rng.IntN(12)
		if round%10 == 0 { // past the gathering buffer's size
			n = rng.IntN(400)
		}
		for k := n; k > 0; k-- {
			if rng.IntN(4) == 0 {
				start = rng.IntN(30) // out of order, or a tie
			} else {
				start += rng.IntN(3)
			}
			d.Mentions = append(d.Mentions, &doc.Mention{Kind: kinds[rng.IntN(len(kinds))], Start: start, End: start + 1})
		}
		for _, k := range kinds {
			got, want := mentionsOf(d, k), d.Of(k)
			if len(got) != len(want) || (got == nil) != (want == nil) {
				t.Fatalf("round %d, %s: %d mentions, want %d", round, k, len(got), len(want))
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("round %d, %s: mention %d is %+v, want %+v", round, k, i, *got[i], *want[i])
				}
			}
		}
	}
}

// The stages pass over a token without calling an index's Match when
// the token lacks the class of the index's first words: every listed
// phrase, written as in its list, must begin with a word of that class
// wherever Match finds it.
func TestIndexClasses(t *testing.T) {
	for _, c := range []struct {
		list  string
		index *vi.PhraseIndex
		class vi.Class
	}{
		{"appointcues.txt", lex.AppointCues, vi.CAppointCues},
		{"roles.txt", lex.Roles, vi.CRoles},
		{"places.txt", lex.Places, vi.CPlaces},
		{"", lex.OrgHeadIndex(), vi.COrgHeads},
	} {
		phrases := lex.OrgHeads
		if c.list != "" {
			phrases = vi.Lines(c.list)
		}
		found := 0
		for _, p := range phrases {
			toks := vi.Tokenize(p)
			if c.index.Match(toks, 0) == 0 {
				continue
			}
			found++
			if !toks[0].Is(c.class) {
				t.Errorf("%s: %q is found by Match but its first word lacks the class", c.list, p)
			}
		}
		if found < len(phrases)/2 {
			t.Errorf("%s: Match finds %d of %d phrases", c.list, found, len(phrases))
		}
	}
}
