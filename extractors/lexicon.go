package extractors

import (
	"bufio"
	"embed"
	"strings"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// lexiconLines reads one embedded word list: one entry a line, '#' starts a
// comment line, blank lines are skipped.
func lexiconLines(name string) []string {
	f, err := lexiconFS.Open("lexicon/" + name)
	if err != nil {
		panic("extractors: missing word list " + name) // compiled in: a build error in all but name
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

func lexiconSet(name string, fold bool) map[string]bool {
	m := map[string]bool{}
	for _, l := range lexiconLines(name) {
		if fold {
			l = strings.ToLower(l)
		}
		m[l] = true
	}
	return m
}

// lexiconMap reads "key<TAB>value" lines.
func lexiconMap(name string) map[string]string {
	m := map[string]string{}
	for _, l := range lexiconLines(name) {
		k, v, ok := strings.Cut(l, "\t")
		if ok {
			m[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return m
}

// phraseIndex finds the longest phrase of a list starting at a token,
// comparing words case-insensitively.
type phraseIndex struct {
	byFirst map[string][][]string
}

func newPhraseIndex(phrases []string) *phraseIndex {
	p := &phraseIndex{byFirst: map[string][][]string{}}
	for _, ph := range phrases {
		// "Bà Rịa-Vũng Tàu" and "Bà Rịa - Vũng Tàu" are the same words
		w := strings.Fields(strings.ToLower(strings.NewReplacer("-", " - ").Replace(ph)))
		if len(w) == 0 {
			continue
		}
		p.byFirst[w[0]] = append(p.byFirst[w[0]], w)
	}
	return p
}

// match returns how many tokens from i form the longest listed phrase (0 if
// none), on one line.
func (p *phraseIndex) match(toks []token, i int) int {
	if i >= len(toks) || !toks[i].word {
		return 0
	}
	best := 0
	for _, ph := range p.byFirst[toks[i].lower] {
		if len(ph) <= best || i+len(ph) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(ph); k++ {
			t := toks[i+k]
			if t.newline || t.lower != ph[k] {
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

// starts reports whether some phrase begins with the word w (lower case).
func (p *phraseIndex) starts(w string) bool { return len(p.byFirst[w]) > 0 }
