package vi

import "strings"

// GrammarKind names a structural word of the grammar ("and", "month"):
// rules anchor on the kind, and lexicon/grammarwords.txt says which words
// write it, so no rule spells a Vietnamese word.
type GrammarKind string

// The kinds listed in lexicon/grammarwords.txt. A kind used here must be
// listed there; TestGrammarKindsListed checks it.
const (
	And          GrammarKind = "and"
	Comrade      GrammarKind = "comrade"
	Term         GrammarKind = "term"
	Concurrently GrammarKind = "concurrently"
	Month        GrammarKind = "month"
	Hour         GrammarKind = "hour"
	Minute       GrammarKind = "minute"
	Number       GrammarKind = "number"

	ListCopula      GrammarKind = "copula"
	UnitNoun        GrammarKind = "unitnoun"
	CommitteeSuffix GrammarKind = "committee"
	FederalState    GrammarKind = "state"
	Party           GrammarKind = "party"
	Session         GrammarKind = "session"
	About           GrammarKind = "about"
	Steering        GrammarKind = "steering"
	Society         GrammarKind = "society"
	RangeJoin       GrammarKind = "rangejoin"
	OutOf           GrammarKind = "outof"
	Between         GrammarKind = "between"
	Total           GrammarKind = "total"
	Second          GrammarKind = "second"
	HourMark        GrammarKind = "hourmark"
	MinutesTo       GrammarKind = "minutesto"
	SameDay         GrammarKind = "sameday"
	RelativeDay     GrammarKind = "relday"
	Day             GrammarKind = "day"
	From            GrammarKind = "from"
	Approx          GrammarKind = "approx"
	Minus           GrammarKind = "minus"
	Predicate       GrammarKind = "predicate"
	CalendarUnit    GrammarKind = "calendarunit"
	Reach           GrammarKind = "reach"
	NumberedBody    GrammarKind = "numberedbody"
	Year            GrammarKind = "year"
)

// grammarWords indexes lexicon/grammarwords.txt: the one-word spellings of
// each kind in a set (the common case, one map probe), every spelling in a
// phrase index.
type grammarWords struct {
	single  map[GrammarKind]map[string]bool
	phrases map[GrammarKind]*PhraseIndex
}

func loadGrammarWords() grammarWords {
	g := grammarWords{single: map[GrammarKind]map[string]bool{}, phrases: map[GrammarKind]*PhraseIndex{}}
	lists := map[GrammarKind][]string{}
	for _, f := range Records("grammarwords.txt") {
		if len(f) < 2 {
			continue
		}
		k, w := GrammarKind(f[0]), strings.ToLower(f[1])
		lists[k] = append(lists[k], w)
		if !strings.Contains(w, " ") {
			if g.single[k] == nil {
				g.single[k] = map[string]bool{}
			}
			g.single[k][w] = true
		}
	}
	for k, l := range lists {
		g.phrases[k] = NewPhraseIndex(l)
	}
	return g
}

// Is reports whether the lower-case word w writes kind k on its own.
func (l *Lexicon) Is(w string, k GrammarKind) bool { return l.grammar.single[k][w] }

// At returns how many tokens from i write kind k (0 if none): "đồng chí"
// takes two.
func (l *Lexicon) At(toks []Token, i int, k GrammarKind) int {
	p := l.grammar.phrases[k]
	if p == nil {
		return 0
	}
	return p.Match(toks, i)
}

// Opens reports whether the lower-case word w is the first word of some
// spelling of kind k ("đồng" of "đồng chí").
func (l *Lexicon) Opens(w string, k GrammarKind) bool {
	p := l.grammar.phrases[k]
	return p != nil && p.Starts(w)
}

// Words returns every spelling of kind k, for building patterns.
func (l *Lexicon) Words(k GrammarKind) []string {
	var out []string
	for _, f := range Records("grammarwords.txt") {
		if len(f) >= 2 && GrammarKind(f[0]) == k {
			out = append(out, strings.ToLower(f[1]))
		}
	}
	return out
}
