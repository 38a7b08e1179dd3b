package vi

import (
	"strconv"
	"strings"
)

// GrammarKind names a structural word of the grammar ("and", "month"):
// rules anchor on the kind, and lexicon/grammarwords.txt says which words
// write it, so no rule spells a Vietnamese word. A kind is a small number
// so that a token's kinds are bits of its class table entry (Token.IsKind).
type GrammarKind uint8

// The kinds listed in lexicon/grammarwords.txt, by the name the file gives
// them (kindNames). A kind used here must be listed there;
// TestGrammarKindsListed checks it.
const (
	And GrammarKind = iota
	Comrade
	Term
	Concurrently
	Month
	Hour
	Minute
	Number

	ListCopula
	UnitNoun
	CommitteeSuffix
	FederalState
	Party
	Session
	About
	Steering
	Society
	RangeJoin
	OutOf
	Between
	Total
	Second
	HourMark
	MinutesTo
	SameDay
	RelativeDay
	Day
	From
	Approx
	Minus
	Predicate
	CalendarUnit
	Reach
	NumberedBody
	Year
	HouseLead
	Locative
	Building
	NotLocative
	RankOrdinal
	Of

	numKinds
)

// kindNames are the kinds' names in lexicon/grammarwords.txt.
var kindNames = [numKinds]string{
	And:             "and",
	Comrade:         "comrade",
	Term:            "term",
	Concurrently:    "concurrently",
	Month:           "month",
	Hour:            "hour",
	Minute:          "minute",
	Number:          "number",
	ListCopula:      "copula",
	UnitNoun:        "unitnoun",
	CommitteeSuffix: "committee",
	FederalState:    "state",
	Party:           "party",
	Session:         "session",
	About:           "about",
	Steering:        "steering",
	Society:         "society",
	RangeJoin:       "rangejoin",
	OutOf:           "outof",
	Between:         "between",
	Total:           "total",
	Second:          "second",
	HourMark:        "hourmark",
	MinutesTo:       "minutesto",
	SameDay:         "sameday",
	RelativeDay:     "relday",
	Day:             "day",
	From:            "from",
	Approx:          "approx",
	Minus:           "minus",
	Predicate:       "predicate",
	CalendarUnit:    "calendarunit",
	Reach:           "reach",
	NumberedBody:    "numberedbody",
	Year:            "year",
	HouseLead:       "houselead",
	Locative:        "locative",
	Building:        "building",
	NotLocative:     "notlocative",
	RankOrdinal:     "rankordinal",
	Of:              "of",
}

// String returns the kind's name in lexicon/grammarwords.txt.
func (k GrammarKind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// kindNamed returns the kind a name of the data file stands for.
func kindNamed(name string) (GrammarKind, bool) {
	for k, n := range kindNames {
		if n == name {
			return GrammarKind(k), true
		}
	}
	return 0, false
}

// grammarWords indexes lexicon/grammarwords.txt: the one-word spellings of
// each kind in a set, every spelling in a phrase index. Kinds the file
// names and no rule reads are left out.
type grammarWords struct {
	single  [numKinds]map[string]bool
	phrases [numKinds]*PhraseIndex
}

func loadGrammarWords() grammarWords {
	var g grammarWords
	var lists [numKinds][]string
	for _, f := range Records("grammarwords.txt") {
		if len(f) < 2 {
			continue
		}
		k, ok := kindNamed(f[0])
		if !ok {
			continue
		}
		w := strings.ToLower(f[1])
		lists[k] = append(lists[k], w)
		if !strings.Contains(w, " ") {
			if g.single[k] == nil {
				g.single[k] = map[string]bool{}
			}
			g.single[k][w] = true
		}
	}
	for k, l := range lists {
		if l != nil {
			g.phrases[k] = NewPhraseIndex(l)
		}
	}
	return g
}

// Is reports whether the lower-case word w writes kind k on its own.
func (l *Lexicon) Is(w string, k GrammarKind) bool { return k < numKinds && l.grammar.single[k][w] }

// At returns how many tokens from i write kind k (0 if none): "đồng chí"
// takes two.
func (l *Lexicon) At(toks []Token, i int, k GrammarKind) int {
	if k >= numKinds || i >= len(toks) || !toks[i].OpensKind(k) {
		return 0
	}
	return l.grammar.phrases[k].Match(toks, i)
}

// Opens reports whether the lower-case word w is the first word of some
// spelling of kind k ("đồng" of "đồng chí").
func (l *Lexicon) Opens(w string, k GrammarKind) bool {
	return k < numKinds && l.grammar.phrases[k] != nil && l.grammar.phrases[k].Starts(w)
}

// Words returns every spelling of kind k, for building patterns.
func (l *Lexicon) Words(k GrammarKind) []string {
	var out []string
	for _, f := range Records("grammarwords.txt") {
		if len(f) >= 2 && f[0] == k.String() {
			out = append(out, strings.ToLower(f[1]))
		}
	}
	return out
}
