package ingest

import (
	_ "embed"
	"net/url"
	"regexp"
	"regexp/syntax"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline/doc"
	"github.com/vnextract/vnextract/pipeline/text"
)

// linePatterns are the expressions of lines.txt by name: the words of page
// furniture and header lines are data, the code only says how they are used.
var linePatterns = func() map[string][]string {
	m := map[string][]string{}
	for _, l := range strings.Split(lineData, "\n") {
		if l == "" || l[0] == '#' {
			continue
		}
		name, expr, ok := strings.Cut(l, "\t")
		if !ok {
			panic("pipeline/ingest: lines.txt: no tab in " + strconv.Quote(l)) // compiled in: caught by any test
		}
		m[name] = append(m[name], expr)
	}
	return m
}()

//go:embed lines.txt
var lineData string

// onePattern returns the one expression lines.txt gives for name.
func onePattern(name string) string {
	if ps := linePatterns[name]; len(ps) == 1 {
		return ps[0]
	}
	panic("pipeline/ingest: lines.txt must give exactly one " + name)
}

// chrome matches whole lines that are page furniture, not article text:
// print and font controls, comment forms, share bars, view counters. Lines
// are compared after normalization and trimming.
var chrome = compileLine(`(?i)^(?:` + strings.Join(linePatterns["chrome"], "|") + `)$`)

// Patterns tried on every line are linePatterns: anchored at the line's
// start, so the rune a line begins with rules most of them out before the
// expression runs.
var (
	metaLine    = compileLine(`^#\s*([A-Za-z_]+)\s*=\s*(.*)$`)
	urlLine     = compileLine(onePattern("url"))
	dateline    = compileLine(onePattern("dateline"))
	sourceTag   = compileLine(`^\(([a-z0-9.-]+\.[a-z]{2,})\)\s*[-–—]`)
	bylineHead  = regexp.MustCompile(onePattern("bylinehead"))
	bylineTail  = regexp.MustCompile(`\s*\([^)]*\)\s*$`)
	bylineSplit = regexp.MustCompile(onePattern("bylinesplit"))
	trailName   = regexp.MustCompile(`[.!?…”"]\s+((?:\p{Lu}\p{Ll}*\s+){1,3}\p{Lu}\p{Ll}*)\s*$`)
)

// page is the cleaned result of one input before it becomes a Document.
type page struct {
	lines     []string
	title     string
	url       string
	site      string
	published doc.Date
	authors   []string
	meta      map[string]string
	warnings  []string
}

// cleanLines applies the plain-text cleaning rules to normalized lines:
// metadata comment lines, chrome, trailing URL, dateline and byline.
func cleanLines(raw []string, p *page) {
	if p.meta == nil {
		p.meta = map[string]string{}
	}
	var lines []string
	inHeader := true
	for _, l := range raw {
		l = strings.TrimSpace(collapseSpaces(l))
		if inHeader {
			if m := metaLine.FindStringSubmatch(l); m != nil {
				p.meta[strings.ToLower(m[1])] = strings.TrimSpace(m[2])
				continue
			}
			if l != "" {
				inHeader = false
			}
		}
		if l == "" || chrome.MatchString(l) {
			continue
		}
		lines = append(lines, l)
	}
	// trailing URL lines give the article's address
	for len(lines) > 0 {
		m := urlLine.FindStringSubmatch(lines[len(lines)-1])
		if m == nil {
			break
		}
		if p.url == "" {
			p.url = m[1]
		}
		lines = lines[:len(lines)-1]
	}
	// a line that repeats an earlier one verbatim (a headline printed again
	// above each photo) adds nothing
	seen := map[string]bool{}
	kept := lines[:0]
	for _, l := range lines {
		if seen[l] && utf8.RuneCountInString(l) < 200 {
			continue
		}
		seen[l] = true
		kept = append(kept, l)
	}
	lines = kept

	if v := p.meta["url"]; v != "" && p.url == "" {
		p.url = v
	}
	if v := p.meta["title"]; v != "" && p.title == "" {
		p.title = v
	}
	if v := p.meta["date"]; v != "" && p.published.IsZero() {
		p.published = parseISOish(v)
	}
	// the first line that is not a dateline is the headline; the dateline is
	// the first one after it (one above it is the page's clock)
	headline := -1
	for i, l := range lines {
		if !dateline.MatchString(l) {
			headline = i
			break
		}
	}
	if p.title == "" && headline >= 0 && utf8.RuneCountInString(lines[headline]) < 300 {
		p.title = lines[headline]
	}
	if p.published.IsZero() {
		var first doc.Date
		for i, l := range lines {
			if m := dateline.FindStringSubmatch(l); m != nil {
				d := dmy(m[1], m[2], m[3])
				if d.IsZero() {
					continue
				}
				if first.IsZero() {
					first = d
				}
				if i > headline && headline >= 0 {
					p.published = d
					break
				}
			}
		}
		if p.published.IsZero() {
			p.published = first
		}
	}
	for _, l := range lines {
		if m := sourceTag.FindStringSubmatch(l); m != nil {
			if p.site == "" {
				p.site = m[1]
			}
			break
		}
	}
	if len(p.authors) == 0 && len(lines) > 1 {
		last := lines[len(lines)-1]
		if a := byline(last); a != nil {
			p.authors = a
		} else if m := trailName.FindStringSubmatch(last[max(0, len(last)-120):]); m != nil {
			p.authors = []string{m[1]}
		}
	}
	if p.site == "" && p.url != "" {
		if u, err := url.Parse(p.url); err == nil {
			p.site = strings.TrimPrefix(u.Hostname(), "www.")
		}
	}
	p.lines = lines
}

// collapseSpaces turns each run of spaces into one space.
func collapseSpaces(l string) string {
	i := strings.Index(l, "  ")
	if i < 0 {
		return l
	}
	b := make([]byte, 0, len(l))
	for ; i >= 0; i = strings.Index(l, "  ") {
		j := i + 2
		for j < len(l) && l[j] == ' ' {
			j++
		}
		b = append(b, l[:i+1]...)
		l = l[j:]
	}
	return string(append(b, l...))
}

// linePattern is a regular expression anchored at the start of a line,
// with the instructions that can read a match's first rune, taken from
// the compiled program: a line whose first rune none of them accepts
// cannot match, and most lines are ruled out so, before the expression
// runs. Lines are compared whole, so no cheaper test could say more
// without restating the expression.
type linePattern struct {
	*regexp.Regexp
	first []*syntax.Inst
	ascii [utf8.RuneSelf]bool // the first insts' verdict on each ASCII rune
	any   bool                // the first rune says nothing: the expression always runs
}

func compileLine(expr string) linePattern {
	p := linePattern{Regexp: regexp.MustCompile(expr)}
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(err) // MustCompile above accepted it
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		panic(err)
	}
	if prog.StartCond()&syntax.EmptyBeginText == 0 {
		p.any = true // not anchored: a match may begin anywhere
		return p
	}
	seen := map[uint32]bool{}
	var walk func(pc uint32)
	walk = func(pc uint32) {
		if seen[pc] {
			return
		}
		seen[pc] = true
		in := &prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			walk(in.Out)
			walk(in.Arg)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			walk(in.Out)
		case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
			p.first = append(p.first, in)
		case syntax.InstMatch:
			p.any = true // matches the empty line
		}
	}
	walk(uint32(prog.Start))
	for r := rune(0); r < utf8.RuneSelf; r++ {
		p.ascii[r] = p.firstRune(r)
	}
	return p
}

func (p *linePattern) firstRune(r rune) bool {
	for _, in := range p.first {
		if in.MatchRune(r) {
			return true
		}
	}
	return false
}

// mayMatch reports whether l begins with a rune a match can begin with.
func (p *linePattern) mayMatch(l string) bool {
	if p.any {
		return true
	}
	if l == "" {
		return false
	}
	if l[0] < utf8.RuneSelf {
		return p.ascii[l[0]]
	}
	r, _ := utf8.DecodeRuneInString(l)
	return p.firstRune(r)
}

// MatchString and FindStringSubmatch run the expression only on lines
// that may match.
func (p *linePattern) MatchString(l string) bool {
	return p.mayMatch(l) && p.Regexp.MatchString(l)
}

func (p *linePattern) FindStringSubmatch(l string) []string {
	if !p.mayMatch(l) {
		return nil
	}
	return p.Regexp.FindStringSubmatch(l)
}

// byline returns the authors named by a short closing line ("Thu Trang – Đức
// Thắng", "Theo Tất Định (Dân Việt)"), or nil when the line is not one.
func byline(l string) []string {
	if len(l) > 200 {
		return nil // a paragraph, not a byline
	}
	l = bylineHead.ReplaceAllString(l, "")
	l = bylineTail.ReplaceAllString(l, "")
	l = strings.TrimSpace(l)
	if l == "" || len([]rune(l)) > 60 {
		return nil
	}
	var names []string
	for _, part := range bylineSplit.Split(l, -1) {
		words := strings.Fields(part)
		if len(words) == 0 || len(words) > 4 {
			return nil
		}
		for _, w := range words {
			r := []rune(w)
			if !unicode.IsUpper(r[0]) {
				return nil
			}
			for _, c := range r {
				if !unicode.IsLetter(c) && c != '.' {
					return nil
				}
			}
		}
		names = append(names, strings.Join(words, " "))
	}
	return names
}

func dmy(d, m, y string) doc.Date {
	dd, _ := strconv.Atoi(d)
	mm, _ := strconv.Atoi(m)
	yy, _ := strconv.Atoi(y)
	if dd < 1 || dd > 31 || mm < 1 || mm > 12 || yy < 1000 {
		return doc.Date{}
	}
	return doc.Date{Year: yy, Month: mm, Day: dd}
}

var isoish = regexp.MustCompile(`^(\d{4})-?(\d{2})-?(\d{2})`)

// parseISOish reads "20201101", "2020-11-01" and "2020-11-01T08:00:00+07:00".
func parseISOish(s string) doc.Date {
	m := isoish.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return doc.Date{}
	}
	return dmy(m[3], m[2], m[1])
}

// finish builds the Document from a cleaned page.
func finish(id, source string, p *page) *doc.Document {
	d := doc.NewDocument(id, strings.Join(p.lines, "\n"))
	d.MarkValid() // normalized lines, joined
	d.Source = source
	d.URL = p.url
	d.Site = p.site
	d.Title = p.title
	d.Published = p.published
	d.Authors = p.authors
	// split on the text itself: no stage of the floor needs its runes
	if spans := text.SentencesIn(d.Text); len(spans) > 0 {
		d.Sentences = make([]doc.Span, len(spans))
		for i, sp := range spans {
			d.Sentences[i] = doc.Span{Start: sp[0], End: sp[1]}
		}
	}
	return d
}

// ParseDate reads a date given on the command line or in a record:
// "2021-01-02", "20210102", "2/1/2021". It returns the zero Date if it
// cannot.
func ParseDate(s string) doc.Date {
	if d := parseISOish(s); !d.IsZero() {
		return d
	}
	if m := dmyText.FindStringSubmatch(strings.TrimSpace(s)); m != nil {
		return dmy(m[1], m[2], m[3])
	}
	return doc.Date{}
}

var dmyText = regexp.MustCompile(`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})`)
