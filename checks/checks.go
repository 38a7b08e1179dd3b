package checks

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"

	vi "github.com/vnextract/vnextract/lang/vi"
	"github.com/vnextract/vnextract/lang/vi/gazetteer"
	"github.com/vnextract/vnextract/lang/vi/lunar"
	"github.com/vnextract/vnextract/lang/vi/names"
	"github.com/vnextract/vnextract/pipeline/table"
)

//go:embed data/bareheads.txt
var bareHeadsFile string

// bareHeads is data/bareheads.txt as a set of folded phrases.
var bareHeads = func() map[string]bool {
	m := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(bareHeadsFile))
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l != "" && l[0] != '#' {
			m[fold(l)] = true
		}
	}
	return m
}()

// Check names one count. Its id is stable: scripts and notes refer to it.
type Check struct {
	ID   string
	Desc string
}

// Checks in the order they print.
var Checks = []Check{
	{"title-body-function-word", "titles: body ends on a function word"},
	{"title-body-bare-head", "titles: body is a bare head word"},
	{"person-is-place", "people: name is an administrative unit, no title or honorific"},
	{"person-is-place-not-given", "people:   ... and its last syllable is no listed given name"},
	{"person-after-level-word", "people: name is a unit and written right after a level word"},
	{"person-is-year-name", "people: name is a year of the sexagenary cycle"},
	{"person-two-names", "people: one person, two full names (same given name and title)"},
}

// Finding is one counted output, with enough to find it again.
type Finding struct {
	DocID  string
	Detail string
}

// Report holds every finding of every check over a set of rows.
type Report struct {
	Documents int
	Findings  map[string][]Finding
}

// Count returns how many findings check id has.
func (r Report) Count(id string) int { return len(r.Findings[id]) }

func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// lastWord is the last word of s, lower case, without punctuation around it.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(strings.TrimFunc(f[len(f)-1], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
}

// Run checks rows (as one run wrote them).
func Run(rows table.Rows) Report {
	rep := Report{Documents: len(rows.Documents), Findings: map[string][]Finding{}}
	add := func(id, docID, detail string) {
		rep.Findings[id] = append(rep.Findings[id], Finding{docID, detail})
	}
	lex := vi.Lex()

	for _, t := range rows.Titles {
		if t.Organization == "" {
			continue
		}
		if endsOnFunctionWord(t.Organization) {
			add("title-body-function-word", t.DocID, t.Person+" | "+t.Title)
		}
		if bareHeads[fold(t.Organization)] {
			add("title-body-bare-head", t.DocID, t.Person+" | "+t.Title)
		}
	}

	// A person introduced by a title or an honorific is a person even when
	// a commune bears the name ("Chủ tịch Hồ Chí Minh", "ông Hoàng Liệt").
	type docName struct{ doc, name string }
	introduced := map[docName]bool{}
	for _, t := range rows.Titles {
		introduced[docName{t.DocID, t.Person}] = true
	}
	for _, p := range rows.People {
		if p.Honorific != "" {
			introduced[docName{p.DocID, p.Name}] = true
		}
	}
	texts := map[string]string{}
	for _, d := range rows.Documents {
		texts[d.DocID] = d.Text
	}
	runes := map[string][]rune{}
	textOf := func(id string) []rune {
		r, ok := runes[id]
		if !ok {
			r = []rune(texts[id])
			runes[id] = r
		}
		return r
	}
	var levels []string // level words of communes and up, longest first
	for w := range lex.Levels {
		if lex.LevelIn(w, vi.Province, vi.Commune) {
			levels = append(levels, w)
		}
	}
	sort.Slice(levels, func(i, j int) bool {
		if len(levels[i]) != len(levels[j]) {
			return len(levels[i]) > len(levels[j])
		}
		return levels[i] < levels[j]
	})
	seen := map[docName]bool{}
	for _, p := range rows.People {
		// "huyện Triệu Phong": a level word before a unit's name makes it
		// the unit. (A level word before other names closes a body: "Chủ
		// tịch UBND tỉnh Nguyễn Văn A".)
		if w := levelBefore(textOf(p.DocID), int(p.Start), levels); w != "" && gazetteer.IsPlace(p.Text) {
			add("person-after-level-word", p.DocID, w+" "+p.Text)
		}
		k := docName{p.DocID, p.Name}
		if seen[k] {
			continue
		}
		seen[k] = true
		if isYearName(p.Name) {
			add("person-is-year-name", p.DocID, p.Name)
		}
		if introduced[k] || len(strings.Fields(p.Name)) < 2 || !gazetteer.IsPlace(p.Name) {
			continue
		}
		add("person-is-place", p.DocID, p.Name)
		// "Phan Thiết", "Mai Dịch", "Giáp Bát": a unit whose last syllable
		// no given-name list holds is more likely the place. (Historical
		// names the lists lack, "Nguyễn Trãi", remain.)
		if f := strings.Fields(p.Name); !names.IsGiven(f[len(f)-1]) {
			add("person-is-place-not-given", p.DocID, p.Name)
		}
	}

	for _, f := range twoNames(rows.Titles) {
		add("person-two-names", f.DocID, f.Detail)
	}
	for _, fs := range rep.Findings {
		sort.SliceStable(fs, func(i, j int) bool {
			if fs[i].DocID != fs[j].DocID {
				return fs[i].DocID < fs[j].DocID
			}
			return fs[i].Detail < fs[j].Detail
		})
	}
	return rep
}

// endsOnFunctionWord reports a body whose last word is a function word, a
// verb or a particle: in lower case that word never ends a name ("Tổng
// thống Trump và"); capitalized it opened the next sentence when the full
// stop was lost ("Công an tỉnh Bình Định Trong"), unless the name ends in
// a place that holds the word ("UBND huyện Ba Vì", "xã Hòa Liên").
func endsOnFunctionWord(body string) bool {
	f := strings.Fields(body)
	if len(f) < 2 {
		return false
	}
	w := lastWord(body)
	lex := vi.Lex()
	last := []rune(strings.TrimFunc(f[len(f)-1], func(r rune) bool { return !unicode.IsLetter(r) }))
	if len(last) == 0 {
		return false
	}
	if !unicode.IsUpper(last[0]) {
		// NotInName is read capitalized only: in lower case some of its
		// words end real names ("Cục Điện ảnh").
		return lex.Function[w]
	}
	if !lex.Function[w] && !lex.NotInName[w] {
		return false
	}
	for n := 2; n <= 4 && n <= len(f); n++ {
		if gazetteer.IsPlace(strings.Join(f[len(f)-n:], " ")) {
			return false
		}
	}
	return true
}

// levelBefore returns the level word ("huyện", "thành phố") that ends just
// before code point start of text, across one space, or "".
func levelBefore(text []rune, start int, levels []string) string {
	if start <= 0 || start > len(text) || text[start-1] != ' ' {
		return ""
	}
	from := max(0, start-12)
	before := strings.ToLower(string(text[from : start-1]))
	for _, w := range levels {
		if strings.HasSuffix(before, w) {
			rest := []rune(before[:len(before)-len(w)])
			if len(rest) == 0 || !unicode.IsLetter(rest[len(rest)-1]) {
				return w
			}
		}
	}
	return ""
}

// isYearName reports a stem-branch name ("Đinh Dậu"): some year of the
// cycle bears it. The cycle repeats every sixty years, so one window of
// sixty decides.
func isYearName(name string) bool {
	return len(strings.Fields(name)) == 2 && len(lunar.YearsNamed(name, 1984, 2043)) > 0
}

// twoNames finds, in each document, two different full names with the same
// given name (last syllable) that hold the same title: the same role and
// bodies equal or one inside the other. That is one person whose name was
// cut or run on in one of the mentions ("Nguyễn Văn Bình" and "Văn Bình"),
// or two readings of one name.
func twoNames(titles []table.TitleRow) []Finding {
	type post struct{ role, org string }
	byDoc := map[string]map[string][]post{}
	var docs []string
	for _, t := range titles {
		if len(strings.Fields(t.Person)) < 2 || t.Role == "" {
			continue
		}
		m := byDoc[t.DocID]
		if m == nil {
			m = map[string][]post{}
			byDoc[t.DocID] = m
			docs = append(docs, t.DocID)
		}
		m[t.Person] = append(m[t.Person], post{fold(t.Role), fold(t.Organization)})
	}
	sort.Strings(docs)
	var out []Finding
	for _, d := range docs {
		m := byDoc[d]
		names := make([]string, 0, len(m))
		for n := range m {
			names = append(names, n)
		}
		sort.Strings(names)
		for i, a := range names {
			for _, b := range names[i+1:] {
				if lastWord(a) != lastWord(b) || fold(a) == fold(b) {
					continue
				}
				// With no body on either side the role alone ("Bộ trưởng")
				// is too common to tie two names: the names must also be
				// near each other (a typo, a country before the name).
				close := sharedWords(a, b) >= 2 || editDistance(a, b) <= 2
				if sharePost(m[a], m[b], func(x, y post) bool {
					if x.role != y.role {
						return false
					}
					if x.org == "" && y.org == "" {
						return close
					}
					return x.org != "" && y.org != "" && (strings.Contains(x.org, y.org) || strings.Contains(y.org, x.org))
				}) {
					out = append(out, Finding{d, a + " / " + b})
				}
			}
		}
	}
	return out
}

// sharedWords counts the words of a that b also has.
func sharedWords(a, b string) int {
	in := map[string]bool{}
	for _, w := range strings.Fields(fold(b)) {
		in[w] = true
	}
	n := 0
	for _, w := range strings.Fields(fold(a)) {
		if in[w] {
			n++
		}
	}
	return n
}

// editDistance is the Levenshtein distance between a and b in code points.
func editDistance(a, b string) int {
	x, y := []rune(a), []rune(b)
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		for j := 1; j <= len(y); j++ {
			c := prev[j-1]
			if x[i-1] != y[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(y)]
}

func sharePost[T any](a, b []T, same func(x, y T) bool) bool {
	for _, x := range a {
		for _, y := range b {
			if same(x, y) {
				return true
			}
		}
	}
	return false
}

// Print writes the counts, one check a line; with examples > 0, that many
// findings of each check follow it.
func (r Report) Print(w io.Writer, examples int) {
	fmt.Fprintf(w, "%-66s %6s %9s\n", "gold-free check", "count", "per 1000")
	for _, c := range Checks {
		n := r.Count(c.ID)
		per := 0.0
		if r.Documents > 0 {
			per = 1000 * float64(n) / float64(r.Documents)
		}
		fmt.Fprintf(w, "%-66s %6d %9.1f\n", c.Desc, n, per)
		for i, f := range r.Findings[c.ID] {
			if i == examples {
				break
			}
			fmt.Fprintf(w, "    %s  %s\n", f.DocID, f.Detail)
		}
	}
}
