package ingest

import (
	_ "embed"
	"net/url"
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

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
	bylineHead  = compileLine(onePattern("bylinehead"))
	bylineTail  = regexp.MustCompile(`\s*\([^)]*\)\s*$`)
	bylineSplit = regexp.MustCompile(onePattern("bylinesplit"))
	// trailName is the closing name trailMatch reads by hand; the tests
	// hold one to the other
	trailName = regexp.MustCompile(`[.!?…”"]\s+((?:\p{Lu}\p{Ll}*\s+){1,3}\p{Lu}\p{Ll}*)\s*$`)
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
// metadata comment lines, chrome, trailing URL, dateline and byline. raw
// is overwritten.
func cleanLines(raw []string, p *page) {
	// the kept lines are written over raw as it is read (never ahead of
	// the reading), so no second slice is grown line by line; raw is the
	// caller's to give up
	lines := raw[:0]
	inHeader := true
	for _, l := range raw {
		l = strings.TrimSpace(collapseSpaces(l))
		if inHeader {
			if m := metaLine.FindStringSubmatch(l); m != nil {
				if p.meta == nil {
					// made for the few texts that have such lines; a nil
					// map reads as empty for the rest
					p.meta = map[string]string{}
				}
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
	lines = dropRepeats(lines)

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
		} else if m := findTrailName(last[max(0, len(last)-120):]); m != nil {
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

// dropRepeats drops a line that repeats an earlier one verbatim (a
// headline printed again above each photo adds nothing) unless it is 200
// code points or longer, writing the kept lines over lines. The first
// line of each text is always kept, so the lines seen so far are the
// kept ones: a text of up to repeatLinear lines (most articles given as
// JSON hold under ten, long paragraphs) looks a line up among them one by
// one, unequal lengths ruling most out at once, where making and filling
// a map cost about 500 instructions a line.
func dropRepeats(lines []string) []string {
	kept := lines[:0]
	if len(lines) <= repeatLinear {
		for _, l := range lines {
			if slices.Contains(kept, l) && utf8.RuneCountInString(l) < 200 {
				continue
			}
			kept = append(kept, l)
		}
		return kept
	}
	seen := make(map[string]bool, len(lines))
	for _, l := range lines {
		if seen[l] && utf8.RuneCountInString(l) < 200 {
			continue
		}
		seen[l] = true
		kept = append(kept, l)
	}
	return kept
}

// repeatLinear bounds the texts whose repeated lines dropRepeats finds
// without a map: at most repeatLinear*(repeatLinear-1)/2 comparisons.
const repeatLinear = 32

// findTrailName is trailName.FindStringSubmatch, run only where the text,
// white space trimmed, ends with a letter of either case and holds a
// sentence end: what the expression's last word and its first class need.
// A match is a sentence end, then one to four words, each after white
// space (\s: tab, line feed, form feed, return, space), to the end: it
// begins within the last five of the text's fields, so the expression
// reads only those, and finds the same match (it looks at nothing before
// where it begins).
func findTrailName(s string) []string {
	x := strings.TrimRight(s, "\t\n\f\r ")
	r, _ := utf8.DecodeLastRuneInString(x)
	if !unicode.In(r, unicode.Lu, unicode.Ll) || !hasTrailStop(s) {
		return nil
	}
	w := len(x)
	for fields := 1; ; fields++ {
		for w > 0 && !isRESpace(x[w-1]) {
			w--
		}
		if fields == 5 || w == 0 {
			break
		}
		for w > 0 && isRESpace(x[w-1]) {
			w--
		}
	}
	return trailMatch(s[w:])
}

// hasTrailStop is strings.ContainsAny(s, `.!?…”"`): the ASCII ones
// through its fast path for a set of bytes, the two past ASCII as byte
// strings (their first byte is never part of another code point). With
// them in the set, ContainsAny decoded s rune by rune.
func hasTrailStop(s string) bool {
	return strings.ContainsAny(s, `.!?"`) || strings.Contains(s, "…") || strings.Contains(s, "”")
}

// trailMatch is trailName.FindStringSubmatch(s), read by hand: the
// expression's parse is unique (white space, capitals and lower-case
// letters are disjoint classes, so each run ends where its class does),
// and its match runs to the end of s, so the leftmost terminator from
// which two to four words reach the end gives it.
func trailMatch(s string) []string {
	for p := 0; p < len(s); {
		r, n := utf8.DecodeRuneInString(s[p:])
		p += n
		if r != '.' && r != '!' && r != '?' && r != '…' && r != '”' && r != '"' {
			continue
		}
		if b, e, ok := trailWords(s, p); ok {
			return []string{s[p-n:], s[b:e]}
		}
	}
	return nil
}

// trailWords reads, from byte i of s, white space and then one to three
// words (\p{Lu}\p{Ll}*) each followed by white space, a last word and
// white space to the end: the names' bytes are s[b:e].
func trailWords(s string, i int) (b, e int, ok bool) {
	k := skipRESpace(s, i)
	if k == i {
		return 0, 0, false
	}
	b = k
	for words := 1; ; words++ {
		r, n := utf8.DecodeRuneInString(s[k:])
		if n == 0 || !unicode.Is(unicode.Lu, r) {
			return 0, 0, false
		}
		k += n
		for k < len(s) {
			r, n := utf8.DecodeRuneInString(s[k:])
			if !unicode.Is(unicode.Ll, r) {
				break
			}
			k += n
		}
		e = k
		sp := skipRESpace(s, k)
		switch {
		case sp == len(s):
			return b, e, words >= 2
		case sp == k || words == 4:
			return 0, 0, false
		}
		k = sp
	}
}

// skipRESpace passes the white space (\s) from byte i of s.
func skipRESpace(s string, i int) int {
	for i < len(s) && isRESpace(s[i]) {
		i++
	}
	return i
}

// isRESpace reports whether c is white space to \s in a regular expression.
func isRESpace(c byte) bool {
	return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' '
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
// with its compiled program run by hand over the line's first few runes
// before the expression itself: a line on which no thread of the program
// survives them cannot match, and most lines are ruled out so. The
// standard regexp clears state in proportion to the line's length on every
// call, so even a line that fails at its first rune cost it thousands of
// instructions. The threads alive after a first ASCII rune are worked out
// once, when the pattern is compiled. Lines are compared whole, so no
// cheaper test could say more without restating the expression.
type linePattern struct {
	*regexp.Regexp
	prog  *syntax.Prog
	start [2]threadSet                // before the first rune: it is not a word rune, it is
	after [utf8.RuneSelf][4]threadSet // after a first ASCII rune, by the rune that follows (see follows)
	ascii [utf8.RuneSelf]bool         // whether a match may begin with each ASCII rune
	any   bool                        // no test: the expression always runs
	// firstWide marks, below firstWideEnd, the runes past ASCII a match
	// may begin with (read as start[0] reads them: no such rune is a word
	// rune), so that most lines opening with a Vietnamese capital are
	// ruled out without running the program by hand
	firstWide [firstWideEnd / 64]uint64
	// orbits holds, for each instruction that reads one rune, the runes
	// it matches (the rune and, case folded, its fold orbit), so that
	// mayMatch compares them instead of calling unicode.SimpleFold around
	// the orbit at every rune of every line
	orbits [][]rune
}

// threadSet is the program's rune instructions alive at one place in the
// line; match: the program can already match there.
type threadSet struct {
	pcs   []uint32
	match bool
}

// firstWideEnd bounds the runes firstWide covers: Latin, the Vietnamese
// letters (U+1EA0-U+1EF9) and the rest below general punctuation.
const firstWideEnd = 0x2000

// lookahead is how many runes the hand-run program reads: enough to tell
// "Thủ tướng" from "thumbnail" and "Trong" from "trả lời".
const lookahead = 4

// maxInsts bounds a program run by hand (a bit set on the stack), and
// maxThreads the threads alive at one rune; a larger program always runs
// the expression.
const (
	maxInsts   = 1024
	maxThreads = 256
)

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
	if prog.StartCond()&syntax.EmptyBeginText == 0 || len(prog.Inst) > maxInsts {
		p.any = true // not anchored: a match may begin anywhere
		return p
	}
	p.prog = prog
	p.orbits = make([][]rune, len(prog.Inst))
	for pc, in := range prog.Inst {
		if (in.Op == syntax.InstRune || in.Op == syntax.InstRune1) && len(in.Rune) == 1 {
			o := []rune{in.Rune[0]}
			if syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
				// as Inst.MatchRune walks it
				for r := unicode.SimpleFold(in.Rune[0]); r != in.Rune[0]; r = unicode.SimpleFold(r) {
					o = append(o, r)
				}
			}
			p.orbits[pc] = o
		}
	}
	for w, r := range []rune{' ', 'a'} { // a first rune that is not a word rune, one that is
		p.start[w] = p.closure(uint32(prog.Start), syntax.EmptyOpContext(-1, r))
		if p.start[w].match {
			p.any = true // matches at the start, whatever follows
			return p
		}
	}
	// the runes each first instruction matches, read from its ranges (as
	// Inst.MatchRune reads them: one rune and its orbit, or pairs of
	// bounds), not by asking it about every rune: that cost more at
	// start-up than it saves on a corpus
	for _, pc := range p.start[0].pcs {
		if o := p.orbits[pc]; o != nil {
			for _, r := range o {
				p.markWide(r, r)
			}
			continue
		}
		rs := prog.Inst[pc].Rune
		for k := 0; k+1 < len(rs); k += 2 {
			p.markWide(rs[k], rs[k+1])
		}
	}
	for r := rune(0); r < utf8.RuneSelf; r++ {
		for _, pc := range p.start[b2i(syntax.IsWordChar(r))].pcs {
			p.ascii[r] = p.ascii[r] || prog.Inst[pc].MatchRune(r)
		}
		if !p.ascii[r] {
			continue
		}
		for f, next := range []rune{-1, '\n', ' ', 'a'} {
			p.after[r][f] = p.step(p.start[b2i(syntax.IsWordChar(r))].pcs, r, next)
		}
	}
	return p
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// follows picks the after entry for the rune that follows the first one:
// the empty-width conditions there depend only on whether it is the end, a
// line break, a word rune or another rune.
func follows(r rune) int {
	switch {
	case r < 0:
		return 0
	case r == '\n':
		return 1
	case syntax.IsWordChar(r):
		return 3
	}
	return 2
}

// threads is a threadSet being built.
type threads struct {
	pcs   [maxThreads]uint32
	n     int
	seen  [maxInsts / 64]uint64
	match bool
}

// add follows pc through the instructions that read no rune, given the
// empty-width conditions that hold here. Past maxThreads the set counts
// as matching: the expression must then decide.
func (p *linePattern) add(t *threads, pc uint32, flag syntax.EmptyOp) {
	if t.match || t.seen[pc/64]&(1<<(pc%64)) != 0 {
		return
	}
	t.seen[pc/64] |= 1 << (pc % 64)
	in := &p.prog.Inst[pc]
	switch in.Op {
	case syntax.InstAlt, syntax.InstAltMatch:
		p.add(t, in.Out, flag)
		p.add(t, in.Arg, flag)
	case syntax.InstCapture, syntax.InstNop:
		p.add(t, in.Out, flag)
	case syntax.InstEmptyWidth:
		if syntax.EmptyOp(in.Arg)&^flag == 0 {
			p.add(t, in.Out, flag)
		}
	case syntax.InstMatch:
		t.match = true
	case syntax.InstFail:
	default:
		if t.n == maxThreads {
			t.match = true
			return
		}
		t.pcs[t.n] = pc
		t.n++
	}
}

func (p *linePattern) closure(pc uint32, flag syntax.EmptyOp) threadSet {
	var t threads
	p.add(&t, pc, flag)
	return threadSet{append([]uint32(nil), t.pcs[:t.n]...), t.match}
}

// step is the set after the threads pcs read r, with next the rune after
// it (-1 at the end).
func (p *linePattern) step(pcs []uint32, r, next rune) threadSet {
	var t threads
	flag := syntax.EmptyOpContext(r, next)
	for _, pc := range pcs {
		if in := &p.prog.Inst[pc]; in.MatchRune(r) {
			p.add(&t, in.Out, flag)
		}
	}
	return threadSet{append([]uint32(nil), t.pcs[:t.n]...), t.match}
}

// mayMatch reports whether a match can begin at the start of l: false
// once every thread of the program has died within its first lookahead
// runes, read as the regexp package reads them.
func (p *linePattern) mayMatch(l string) bool {
	if p.any {
		return true
	}
	r, size := nextRune(l, 0)
	if r < 0 || r == '\n' {
		return true // start sets are for a line that begins with a rune not a break
	}
	var cur threadSet
	i := 0
	if r < utf8.RuneSelf {
		if !p.ascii[r] {
			return false
		}
		next, _ := nextRune(l, size)
		cur = p.after[r][follows(next)]
		i = size
	} else {
		if r < firstWideEnd && p.firstWide[r/64]&(1<<(r%64)) == 0 {
			return false
		}
		cur = p.start[b2i(syntax.IsWordChar(r))]
	}
	if cur.match || len(cur.pcs) == 0 {
		return cur.match
	}
	// the set being built and the one read from: pooled, as a fresh pair
	// (2 KB) was zeroed on every call
	bufs := threadBufs.Get().(*[2]threads)
	ok := p.runAhead(l, i, cur, bufs)
	threadBufs.Put(bufs)
	return ok
}

// runAhead runs the program by hand from the threads cur at byte i of l
// over the next lookahead runes, with bufs for its thread sets: false once
// every thread has died.
func (p *linePattern) runAhead(l string, i int, cur threadSet, bufs *[2]threads) bool {
	for k := 0; k < lookahead && len(cur.pcs) > 0; k++ {
		t := &bufs[k%2]
		r, size := nextRune(l, i)
		if r < 0 {
			return false // the line ended without a match
		}
		i += size
		next, _ := nextRune(l, i)
		flag := syntax.EmptyOpContext(r, next)
		t.n, t.seen, t.match = 0, [maxInsts / 64]uint64{}, false
		for _, pc := range cur.pcs {
			if p.matchRune(pc, r) {
				p.add(t, p.prog.Inst[pc].Out, flag)
			}
		}
		if t.match {
			return true
		}
		cur = threadSet{pcs: t.pcs[:t.n]}
	}
	return len(cur.pcs) > 0
}

// threadBufs holds mayMatch's pairs of thread sets.
var threadBufs = sync.Pool{New: func() any { return new([2]threads) }}

// markWide marks in firstWide the runes from lo to hi past ASCII.
func (p *linePattern) markWide(lo, hi rune) {
	for r := max(lo, utf8.RuneSelf); r <= hi && r < firstWideEnd; r++ {
		p.firstWide[r/64] |= 1 << (r % 64)
	}
}

// matchRune is p.prog.Inst[pc].MatchRune(r), an instruction of one rune
// answered from its orbit.
func (p *linePattern) matchRune(pc uint32, r rune) bool {
	if o := p.orbits[pc]; o != nil {
		for _, x := range o {
			if x == r {
				return true
			}
		}
		return false
	}
	return p.prog.Inst[pc].MatchRune(r)
}

// nextRune is the rune at byte i of l, or -1 at its end.
func nextRune(l string, i int) (rune, int) {
	if i >= len(l) {
		return -1, 0
	}
	if c := l[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(l[i:])
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
	// the head and tail expressions run only where they may match: the
	// head is anchored at the start, the tail needs a "("; the split runs
	// on every such line (a few a document), so that what separates names
	// is said in lines.txt alone
	if bylineHead.mayMatch(l) {
		l = bylineHead.ReplaceAllString(l, "")
	}
	if strings.IndexByte(l, '(') >= 0 {
		l = bylineTail.ReplaceAllString(l, "")
	}
	l = strings.TrimSpace(l)
	if l == "" || len([]rune(l)) > 60 {
		return nil
	}
	parts := bylineSplit.Split(l, -1)
	var names []string
	for _, part := range parts {
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
func finish(id, source, src string, p *page) *doc.Document {
	d := doc.NewDocument(id, joinLines(src, p.lines))
	d.MarkValid() // normalized lines, joined
	d.Source = source
	d.URL = p.url
	d.Site = p.site
	d.Title = p.title
	d.Published = p.published
	d.Authors = p.authors
	// split on the text itself: no stage of the floor needs its runes. The
	// spans are gathered in a pooled buffer, so the document's own slice is
	// the only one made at its size, not grown span by span.
	buf := spanBufs.Get().(*[][2]int)
	// counted by the pass that builds the code-point index every stage
	// that finds a mention asks for
	spans := text.AppendDocSentences((*buf)[:0], d)
	if len(spans) > 0 {
		d.Sentences = make([]doc.Span, len(spans))
		for i, sp := range spans {
			d.Sentences[i] = doc.Span{Start: sp[0], End: sp[1]}
		}
	}
	if cap(spans) <= keepSpans {
		*buf = spans
		spanBufs.Put(buf)
	}
	return d
}

// joinLines is strings.Join(lines, "\n"). Where the lines are pieces of
// src that follow one another with one line feed between each two (a
// text whose every line was kept as it was: most of them), the joined
// text is already in src, and that piece is returned without a copy. src
// may be "": the lines are then always joined.
func joinLines(src string, lines []string) string {
	if len(lines) == 0 || src == "" {
		return strings.Join(lines, "\n")
	}
	base := uintptr(unsafe.Pointer(unsafe.StringData(src)))
	first, end := 0, 0 // the offsets in src of the first line and of the end of the last
	for i, l := range lines {
		// where l lies in src, if it does: compared as addresses, never
		// read outside src (a line made elsewhere may lie anywhere)
		off := uintptr(unsafe.Pointer(unsafe.StringData(l))) - base
		if l == "" || off > uintptr(len(src)) || uintptr(len(src))-off < uintptr(len(l)) {
			return strings.Join(lines, "\n")
		}
		o := int(off)
		if i == 0 {
			first = o
		} else if o != end+1 || src[end] != '\n' {
			return strings.Join(lines, "\n")
		}
		end = o + len(l)
	}
	return src[first:end]
}

// spanBufs holds finish's buffers of sentence spans; keepSpans caps the
// one kept (an unusually long document's is let go).
var spanBufs = sync.Pool{New: func() any { return new([][2]int) }}

const keepSpans = 1 << 14

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
