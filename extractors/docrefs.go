package extractors

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnextract/vnextract/lang/vi"
	"github.com/vnextract/vnextract/pipeline/doc"
)

// DocRefs finds references to numbered documents in both styles:
// Party ("Quyết định số 455-QĐ/TU", "25-NQ/TW", "439 – QĐNS/TW") and State
// ("30/2020/NĐ-CP", "669/QĐ-UBND", "24/2018/QH14"). The type comes from the
// head word before the number or, failing that, from the symbol; the issuer
// from "của …" after it, an "X ban hành" before it, or the symbol; the issue
// date from "ngày …" right after it.
type DocRefs struct {
	party, state, typed *regexp.Regexp
	// partyAt, stateAt: the same, tried only before a number
	partyAt, stateAt *numPattern
	// typedAt: typed tried only where a type's first letter stands
	typedAt      *litPattern
	issuerAfter  *regexp.Regexp
	issuerBefore *regexp.Regexp
	// issuerBeforeAt: issuerBefore anchored at the start of its text
	issuerBeforeAt *regexp.Regexp
	termAfter      *regexp.Regexp
}

// The vocabulary of documents lives in lang/vi (word lists): head words
// longest first, the type and issuer parts of symbols.
var (
	docVocab     = vi.Docs()
	docTypes     = docVocab.Types
	symbolTypes  = docVocab.TypeCodes
	expandIssuer = docVocab.ExpandIssuer
)

// docWords holds lang/vi/lexicon/docrefwords.txt: the words around a
// reference, by kind, in the file's order.
var docWords = func() map[string][][]string {
	m := map[string][][]string{}
	for _, r := range vi.Records("docrefwords.txt") {
		if len(r) >= 2 {
			m[r[0]] = append(m[r[0]], r[1:])
		}
	}
	return m
}()

// alt writes the given spellings as a regexp alternation, each quoted and
// followed by tail, in their order (the first that matches wins).
func alt(words []string, tail string) string {
	if len(words) == 0 {
		panic("extractors: a word list of the document reference patterns is empty")
	}
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = regexp.QuoteMeta(w) + tail
	}
	return "(?:" + strings.Join(q, "|") + ")"
}

// refWords returns the spellings of one kind of docrefwords.txt.
func refWords(kind string) []string {
	var out []string
	for _, r := range docWords[kind] {
		out = append(out, r[0])
	}
	return out
}

// grammar returns the spellings of a grammar kind (grammarwords.txt).
func grammar(k vi.GrammarKind) []string { return vi.Lex().Words(k) }

// issuerHeads and issuerCont read the body that issued a document: a head
// word, then capitalized words and the lower-case syllables of Party and
// State bodies' names ("Ban Chấp hành Trung ương Đảng", "Bộ Chính trị").
var (
	issuerHeads = alt(refWords("issuerhead"), "")
	issuerCont  = `(?:\s+(?:\p{Lu}[\p{L}.]*|` + alt(grammar(vi.And), "") + `\s+\p{Lu}[\p{L}.]*|` + alt(refWords("issuercont"), "") + `|\([^)]{1,40}\)))*`
)

// symPart is one part of a symbol: a capital, letters, digits ("QĐ",
// "TTg", "QH14"; "Đ" is a capital and "đ" a letter already).
const symPart = `\p{Lu}\p{L}*\d*`

func NewDocRefs() *DocRefs {
	types := make([]string, len(docTypes))
	for i, t := range docTypes {
		types[i] = regexp.QuoteMeta(t)
	}
	typeRe := `(?i:` + strings.Join(types, "|") + `)`
	x := &DocRefs{
		// 455-QĐ/TU, 23- QĐ/TW, 439 – QĐNS/TW, 02-QĐi/TW
		party: regexp.MustCompile(`(?:^|[^\p{L}\p{N}/-])(?P<num>\d{1,5}[a-z]?)\s*[-–—]\s*(?P<sym>` + symPart + `(?:-` + symPart + `)?\s*/\s*` + symPart + `(?:-` + symPart + `)*)`),
		// 30/2020/NĐ-CP, 24/2018/QH14, 669/QĐ-UBND, 233/NQ-ĐU
		// 19-2017/NQ-CP (a dash before the year); 1177/QĐ BGDĐT (a space
		// for the dash, checked in joinSymbol)
		state:        regexp.MustCompile(`(?:^|[^\p{L}\p{N}/-])(?P<num>\d{1,5}[a-z]?)(?:\s*[/-]\s*(?P<year>(?:19|20)\d{2})\s*/|\s*/)\s*(?P<sym>` + symPart + `(?:(?:\s*-\s*| )` + symPart + `)*)`),
		typed:        regexp.MustCompile(`(?P<type>` + typeRe + `)\s+(?:(?i:` + alt(grammar(vi.Number), "") + `)\s*:?\s*)?$`),
		issuerAfter:  regexp.MustCompile(`^(?:,?\s*` + alt(refWords("issuedon"), "") + `\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|,?\s*` + alt(grammar(vi.Day), "") + `\s+\d{1,2}\s+` + alt(grammar(vi.Month), "") + `\s+\d{1,2}\s+` + alt(grammar(vi.Year), "") + `\s+\d{4})?,?\s*(?:\(|)?` + alt(refWords("issuedby"), "") + `\s+(?P<iss>` + issuerHeads + issuerCont + `)`),
		issuerBefore: regexp.MustCompile(issuerBeforePattern),
		termAfter:    regexp.MustCompile(`^[^.;]{0,80}?[(\s]` + alt(grammar(vi.Session), "") + `\s+(?P<term>[IVXL]+|\d+)\b`),
	}
	x.issuerBeforeAt = regexp.MustCompile(`^(?:` + issuerBeforePattern + `)`)
	x.partyAt, x.stateAt = newNumPattern(x.party), newNumPattern(x.state)
	// a case-folded alternation of every type, tried by Go at each byte of
	// the 64 before a number, was half of the stage
	x.typedAt = newLitPattern(x.typed)
	x.typedAt.may = typedTail(maxSolid(docTypes) + maxSolid(grammar(vi.Number)) + 1)
	return x
}

// typedTail is the typed pattern's test of a place i of the window t: the
// pattern reads a type, white space, a number word, a colon and white
// space to the window's end ($). Each code point it matches is one of
// the pattern's, its case folded, so from a match's start to the end
// stand no more than n code points other than its white space (\s: tab,
// line feed, form feed, carriage return, space). Most places where a type's
// first letter stands are further from the number than that. Code points
// are counted as the bytes that start one (an invalid byte that does not
// is one code point to the pattern: the count is no more than the
// pattern's).
func typedTail(n int) func(t string, i int) bool {
	return func(t string, i int) bool {
		if len(t)-i <= n { // no more code points than bytes
			return true
		}
		c := 0
		for k := i; k < len(t); k++ {
			switch b := t[k]; {
			case b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r' || b&0xC0 == 0x80:
			default:
				if c++; c > n {
					return false
				}
			}
		}
		return true
	}
}

// maxSolid is the most code points other than white space of any of
// words ("Thông tư liên tịch": 15): the types' inner spaces are white
// space that the pattern's \s+ may stand for.
func maxSolid(words []string) int {
	n := 0
	for _, w := range words {
		c := 0
		for _, r := range w {
			if r != ' ' && r != '\t' && r != '\n' && r != '\f' && r != '\r' {
				c++
			}
		}
		n = max(n, c)
	}
	return n
}

// numPattern finds the matches of a pattern that begins as party and state
// do, "(?:^|[^\p{L}\p{N}/-])\d": a number after the start of the text or a
// character that is none of those. Such a match starts just before a run
// of digits, so the pattern is tried, anchored, only there, not at every
// byte of a window.
type numPattern struct {
	re *regexp.Regexp // as written
	at *regexp.Regexp // the same, anchored at the start
}

func newNumPattern(re *regexp.Regexp) *numPattern {
	if !strings.HasPrefix(re.String(), `(?:^|[^\p{L}\p{N}/-])(?P<num>\d`) {
		panic("extractors: " + re.String() + " does not begin with a number after a break")
	}
	return &numPattern{re: re, at: regexp.MustCompile(`^(?:` + re.String() + `)`)}
}

// findAll returns what p.re.FindAllStringSubmatchIndex(t, -1) returns.
func (p *numPattern) findAll(t string) [][]int {
	var out [][]int
	from := 0 // where the last match ended
	for i := 0; i < len(t); i++ {
		if !digitBytes[t[i]] || i > 0 && digitBytes[t[i-1]] {
			continue
		}
		s := 0 // "^" before a number that opens the text
		if i > 0 {
			r, w := utf8.DecodeLastRuneInString(t[:i])
			if unicode.IsLetter(r) || unicode.IsNumber(r) || r == '/' || r == '-' {
				continue
			}
			s = i - w
		}
		if s < from {
			continue
		}
		m := p.at.FindStringSubmatchIndex(t[s:])
		if m == nil {
			continue
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += s
			}
		}
		out = append(out, m)
		from = m[1]
	}
	return out
}

func (x *DocRefs) Name() string { return "document_refs" }

// termParen is a "(khóa XI)" after an issuer: the term, not part of the name.
var termParen = regexp.MustCompile(`\s*\(\s*` + alt(grammar(vi.Session), "") + `\s+[^)]*\)\s*$`)

// inherit gives later mentions of a reference what its fullest earlier
// mention said: "Nghị quyết 25-NQ/TW của Ban Chấp hành Trung ương" first,
// "Nghị quyết số 25-NQ/TW" later is the same document, same issuer.
func inherit(refs []*doc.Mention) {
	first := map[string]*doc.DocRef{}
	for _, m := range refs {
		r := m.Ref
		f, ok := first[r.Ref]
		if !ok {
			first[r.Ref] = r
			continue
		}
		if r.Issued.IsZero() {
			r.Issued = f.Issued
		}
		if r.Term == "" {
			r.Term = f.Term
		}
		if decoded, _ := expandIssuer(r.IssuerCode); (r.Issuer == "" || r.Issuer == decoded) && f.Issuer != "" {
			r.Issuer = f.Issuer
		}
		if r.DocType == "" {
			r.DocType = f.DocType
		}
	}
}

func (x *DocRefs) Extract(d *doc.Document) {
	type hit struct {
		numStart, end int
		num, sym      string
		party         bool
	}
	var hits []hit
	var taken doc.SpanSet // the hits' spans
	dates := mentionsOf(d, doc.KindDate)
	// every reference has a "/": the patterns only run around one
	windows := slashWindows(d.Text, 40)
	for i, p := range []*numPattern{x.partyAt, x.stateAt} {
		re := p.re
		for _, m := range findAllInWindows(p.findAll, d.Text, windows, nil) {
			if d.Expired() { // the time budget is used up: keep what was found
				break
			}
			si := re.SubexpIndex("sym")
			h := hit{numStart: m[2], num: d.Text[m[2]:m[3]], party: i == 0}
			sym, n := joinSymbol(d.Text[m[2*si]:m[2*si+1]])
			if n == 0 {
				continue
			}
			h.end = m[2*si] + n
			if yi := re.SubexpIndex("year"); yi > 0 && m[2*yi] >= 0 {
				sym = d.Text[m[2*yi]:m[2*yi+1]] + "/" + sym
			}
			h.sym = sym
			// one lookup, not a scan of every earlier hit
			if !taken.Overlaps(h.numStart, h.end) && plausibleSymbol(h.sym) {
				taken.Add(h.numStart, h.end)
				hits = append(hits, h)
			}
		}
	}
	for _, h := range hits {
		start := h.numStart
		ref := &doc.DocRef{Number: h.num}
		sym := h.sym
		party := h.party
		if party {
			ref.Symbol = sym
			ref.Ref = h.num + "-" + sym
		} else {
			ref.Symbol = sym
			ref.Ref = h.num + "/" + sym
		}
		typeCode, issuerCode := splitSymbol(sym, party)
		ref.IssuerCode = issuerCode
		// the head word stands just before the number: look at a short
		// window, not the whole text before it
		win := max(0, start-64)
		if tm := x.typedAt.find(d.Text[win:start]); tm != nil {
			ref.DocType = canonicalDocType(d.Text[win+tm[2] : win+tm[3]])
			start = win + tm[2]
			// "Thông báo kết luận số 15-TB/TU": the symbol's own type, just
			// before, is the head word; so in "Thông báo kết luật số
			// 19-TB/TW", where a misspelt word stands between
			if st, ok := symbolTypes[typeCode]; ok && st != ref.DocType {
				before := strings.TrimRight(d.Text[win:start], " ")
				for k := 0; k < 2; k++ {
					if len(before) >= len(st) && strings.EqualFold(before[len(before)-len(st):], st) {
						ref.DocType = st
						start = win + len(before) - len(st)
						break
					}
					sp := strings.LastIndexByte(before, ' ')
					if sp < 0 {
						break
					}
					before = strings.TrimRight(before[:sp], " ")
				}
			}
		} else if t, ok := symbolTypes[typeCode]; ok {
			ref.DocType = t
		} else if t, ok := lawType(typeCode); ok {
			ref.DocType = t // "24/2018/QH14": a law of the National Assembly
		}
		end := h.end
		after := d.Text[end:]
		issuerEnd := -1
		if m := x.issuerAfter.FindStringSubmatchIndex(after); m != nil {
			ref.Issuer = strings.TrimRight(after[m[2]:m[3]], " ,")
			issuerEnd = end + m[3]
		} else if m := x.findIssuerBefore(d.Text[max(0, start-120):start]); m != nil {
			ref.Issuer = m[1]
		} else if n, ok := expandIssuer(issuerCode); ok {
			ref.Issuer = n
		}
		// "… ngày 22/11/2021", "…, ngày 29/4": the date mention right after
		if m := dateLead.FindStringIndex(after); m != nil {
			at := d.RuneOffset(end + m[1])
			// dates never overlap: the one holding at is the last to start
			// at or before it (a binary search, not a scan per reference)
			if i := sort.Search(len(dates), func(i int) bool { return dates[i].Start > at }) - 1; i >= 0 {
				dm := dates[i]
				if dm.Date.Granularity == "day" && dm.Start <= at && at < dm.End && dm.Date.Date.Year > 0 {
					ref.Issued = dm.Date.Date
					end = byteOffset(d, dm.End)
					// "(ngày 31-8-2016)": the bracket closes with the date
					if strings.Contains(after[:m[1]], "(") && strings.HasPrefix(d.Text[end:], ")") {
						end++
					}
				}
			}
		}
		// "Quyết định số 12/QĐ-UBND của UBND tỉnh ngày 5/3/2021": the date
		// after the issuer
		if ref.Issued.IsZero() && issuerEnd >= 0 {
			if m := dateLead.FindStringIndex(d.Text[issuerEnd:]); m != nil {
				at := d.RuneOffset(issuerEnd + m[1])
				for _, dm := range d.Mentions {
					if dm.Kind == doc.KindDate && dm.Date.Granularity == "day" && dm.Start == at && dm.Date.Date.Year > 0 {
						ref.Issued = dm.Date.Date
						break
					}
				}
			}
		}
		// "Ngày 6/2/2017, … đã ký quyết định số 439-QĐNS/TW": with no date
		// after it, a document signed or issued in a sentence that opens
		// with a date was issued that day
		if ref.Issued.IsZero() {
			ref.Issued = issuedBefore(d, d.RuneOffset(start))
		}
		if ref.Issued.IsZero() {
			ref.Issued = x.signedOn(d, d.RuneOffset(start))
		}
		// "118/2015/NĐ-CP" was issued in 2015, whatever date stands near
		if y := symbolYear(ref.Symbol); y > 0 && !ref.Issued.IsZero() && ref.Issued.Year != y {
			ref.Issued = doc.Date{}
		}
		if m := x.findTermAfter(after); m != nil {
			ref.Term = m[1]
		}
		ref.Issuer = strings.TrimSpace(termParen.ReplaceAllString(ref.Issuer, ""))
		mm := d.Add(&doc.Mention{Kind: doc.KindDocRef, Start: d.RuneOffset(start), End: d.RuneOffset(end), Rule: "document_refs/" + map[bool]string{true: "party", false: "state"}[party]})
		mm.Ref = ref
	}
	inherit(mentionsOf(d, doc.KindDocRef))
}

// issuerBeforePattern reads the body that issued a document written before
// it: "Bộ Tài chính vừa ban hành ".
var issuerBeforePattern = `(?P<iss>` + issuerHeads + issuerCont + `)\s+` + alt(refWords("issueraspect"), `\s+`) + `?` + alt(refWords("issuerverb"), "") + `\s+$`

// issuerHeadWords are the literals a match of issuerBefore starts with.
var issuerHeadWords = refWords("issuerhead")

// issuerVerbs, sessionWords: the words every match of issuerBefore ends
// with (before white space), and every match of termAfter holds.
var issuerVerbs, sessionWords = refWords("issuerverb"), grammar(vi.Session)

// findIssuerBefore is x.issuerBefore.FindStringSubmatch(s), run only where
// s ends with an issuing verb and white space, as every match does ("…
// ban hành "): most texts before a reference end otherwise.
func (x *DocRefs) findIssuerBefore(s string) []string {
	t := strings.TrimRight(s, " \t\n\r\f")
	if len(t) == len(s) || !slices.ContainsFunc(issuerVerbs, func(v string) bool { return strings.HasSuffix(t, v) }) {
		return nil
	}
	// A match starts with a head word, and the pattern reads nothing
	// before its start: the leftmost match is the first found by the
	// pattern anchored at each place a head word stands, left to right.
	// Unanchored, the pattern (too large for the backtracker) ran its
	// automaton over every byte with a thread per head word: half a
	// million instructions a window.
	for q := 0; q < len(s); q++ {
		next := -1
		for _, h := range issuerHeadWords {
			if k := strings.Index(s[q:], h); k >= 0 && (next < 0 || k < next) {
				next = k
			}
		}
		if next < 0 {
			return nil
		}
		q += next
		if m := x.issuerBeforeAt.FindStringSubmatch(s[q:]); m != nil {
			return m
		}
	}
	return nil
}

// findTermAfter is x.termAfter.FindStringSubmatch(after). No match reaches
// past the first "." or ";" (none of its parts holds one, and the word
// boundary at its end reads "." as the end of the text), so the pattern
// reads the text only up to there, and only where a session word stands.
func (x *DocRefs) findTermAfter(after string) []string {
	if k := strings.IndexAny(after, ".;"); k >= 0 {
		after = after[:k]
	}
	if !slices.ContainsFunc(sessionWords, func(w string) bool { return strings.Contains(after, w) }) {
		return nil
	}
	return x.termAfter.FindStringSubmatch(after)
}

var symPartRe = regexp.MustCompile(symPart)

// lawType returns the document type of a symbol whose type part begins
// with a code of docrefwords.txt's lawcode rows ("QH14").
func lawType(typeCode string) (string, bool) {
	for _, r := range docWords["lawcode"] {
		if len(r) >= 2 && strings.HasPrefix(typeCode, r[0]) {
			return r[1], true
		}
	}
	return "", false
}

// joinSymbol reads a symbol as it was matched and returns it in canonical
// form with how many bytes of the match it keeps. Separators lose their
// spaces ("QĐ - UBND" is "QĐ-UBND"). A bare space stands for a dash only
// between a type code and an all-capital issuer code ("1177/QĐ BGDĐT");
// otherwise the symbol ends before it. A lower-case word glued on after
// the capitals ("TT-BGDĐTvề") is cut off; single lower-case letters are
// part of codes ("TTg", "QĐi").
func joinSymbol(raw string) (string, int) {
	locs := symPartRe.FindAllStringIndex(raw, -1)
	var b strings.Builder
	end := 0
	for k, l := range locs {
		part := raw[l[0]:l[1]]
		if k > 0 {
			sep := strings.TrimSpace(raw[locs[k-1][1]:l[0]])
			if sep == "" {
				prev := raw[locs[k-1][0]:locs[k-1][1]]
				if _, typed := symbolTypes[prev]; !typed || !allCaps(part) || b.Len() != len(prev) && !strings.HasSuffix(b.String(), "/"+prev) {
					break
				}
				sep = "-"
			}
			b.WriteString(sep)
		}
		if cut := gluedWord(part); cut > 0 {
			b.WriteString(part[:len(part)-cut])
			end = l[1] - cut
			break
		}
		b.WriteString(part)
		end = l[1]
	}
	return b.String(), end
}

// gluedWord returns the byte length of a lower-case word run on after a
// code's capitals, or 0.
func gluedWord(part string) int {
	rs := []rune(part)
	k := len(rs)
	for k > 0 && unicode.IsLower(rs[k-1]) {
		k--
	}
	if len(rs)-k < 2 {
		return 0
	}
	caps := 0
	for _, r := range rs[:k] {
		if unicode.IsUpper(r) {
			caps++
		}
	}
	if caps < 2 {
		return 0 // "Ttg": a code written in the wrong case
	}
	return len(string(rs[k:]))
}

func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// dateLead is what may stand between a reference and its issue date.
// "(ngày 5/3/2021)", "ký ngày", "được ban hành ngày", "ban hành vào ngày".
var dateLead = regexp.MustCompile(`^\s*[,(]?\s*(?:` + alt(refWords("datevoice"), `\s+`) + `?` + alt(refWords("dateverb"), "") + `\s+)?` + alt(refWords("dateon"), `\s+`) + `?`)

// issueVerb ends the words between a date and the document issued that
// day: "ngày 12-5-1951, Ban Bí thư ra Chỉ thị …", "ngày 6/2/2017 Chủ tịch
// UBND tỉnh đã có Văn bản …", "ngày 14/11/2013 tại Văn bản …" ("tại" only right after the date:
// "đến ngày 10.2.2017, thuộc đối tượng tại Nghị định …" cites an older one).
var issueVerb = regexp.MustCompile(`(?:^|[^\p{L}])` + alt(refWords("issueverb"), "") + `\s+$|^\s*,?\s*` + alt(refWords("issueat"), "") + `\s+$`)

// issuedBefore returns the day of the nearest full date before a reference
// at pos in its sentence when what stands between them is the issuing
// clause: no other date or reference, no clause break (";", a full stop),
// and an issuing verb right before the document; else the zero Date.
func issuedBefore(d *doc.Document, pos int) doc.Date {
	si := d.SentenceAt(pos)
	var best *doc.Mention
	for _, m := range d.Mentions {
		if m.Sentence != si || m.End > pos {
			continue
		}
		if (m.Kind == doc.KindDate || m.Kind == doc.KindDocRef) && (best == nil || m.End > best.End) {
			best = m
		}
	}
	if best == nil || best.Kind != doc.KindDate || best.Date.Granularity != "day" || best.Date.Date.Year == 0 {
		return doc.Date{}
	}
	between := strings.ToLower(d.Slice(best.End, pos))
	if len([]rune(between)) > 90 || strings.ContainsAny(between, ";:()\"“”") || !issueVerb.MatchString(between) {
		return doc.Date{}
	}
	return best.Date.Date
}

// byteOffset converts a code-point offset back to a byte offset of d.Text.
func byteOffset(d *doc.Document, r int) int {
	return d.ByteOffset(r) // indexed: converting the prefix per call was quadratic
}

// splitSymbol returns the type and issuer codes of a symbol: "QĐ/TU" gives
// QĐ, TU; "NĐ-CP" gives NĐ, CP; "2020/NĐ-CP" gives NĐ, CP; "QH14" gives QH14.
func splitSymbol(sym string, party bool) (string, string) {
	if i := strings.LastIndex(sym, "/"); i >= 0 && party {
		return sym[:i], sym[i+1:]
	}
	if i := strings.LastIndex(sym, "/"); i >= 0 {
		sym = sym[i+1:]
	}
	if i := strings.Index(sym, "-"); i >= 0 {
		// "123/SGDĐT-VP", "526/UBND-TNMT": no type code, the issuer first
		// and its office after
		if _, typed := symbolTypes[sym[:i]]; !typed {
			return "", sym[:i]
		}
		return sym[:i], sym[i+1:]
	}
	// "67/CP": a lone code names the issuer when it is not a type
	if _, typed := symbolTypes[sym]; !typed {
		if _, ok := expandIssuer(sym); ok {
			return "", sym
		}
	}
	return sym, ""
}

// plausibleSymbol rejects things that only look like "N-X/Y": a symbol needs
// an upper-case letter in each part and no lower-case word.
func plausibleSymbol(sym string) bool {
	for _, part := range strings.FieldsFunc(sym, func(r rune) bool { return r == '/' || r == '-' }) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if isYear(part) {
			continue
		}
		upper := 0
		for _, r := range part {
			if r >= 'A' && r <= 'Z' || r == 'Đ' {
				upper++
			}
		}
		if upper == 0 || len([]rune(part)) > 10 {
			return false
		}
	}
	return true
}

// symbolYear is the year written in a State-style symbol ("2020/NĐ-CP"), or 0.
func symbolYear(sym string) int {
	if y, _, ok := strings.Cut(sym, "/"); ok && isYear(y) {
		n := 0
		for _, r := range y {
			n = n*10 + int(r-'0')
		}
		return n
	}
	return 0
}

func isYear(s string) bool {
	return len(s) == 4 && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20"))
}

func canonicalDocType(s string) string {
	for _, t := range docTypes {
		if strings.EqualFold(t, s) {
			return t
		}
	}
	return s
}

// slashWindows returns byte ranges of pad bytes around each "/".
// Only slashes that touch a symbol count: a capital letter (or "Đ") right
// before or after them, or "/2020/" of a State-style number; the slashes
// of dates ("13/01/2022") and ratios do not.
func slashWindows(t string, pad int) [][2]int {
	// an ASCII capital or the first byte of "Đ"
	upperAt := func(k int) bool {
		return k >= 0 && k < len(t) && ((t[k] >= 'A' && t[k] <= 'Z') || (t[k] == 0xC4 && k+1 < len(t) && t[k+1] == 0x90))
	}
	var out [][2]int
	// jump from slash to slash (strings.IndexByte), not a call per byte
	for i := strings.IndexByte(t, '/'); i >= 0; {
		prev := i - 1
		for prev >= 0 && t[prev] == ' ' {
			prev--
		}
		// "Đ" is two bytes: its first byte stands one further back
		symbol := upperAt(i+1) || (i+2 < len(t) && t[i+1] == ' ' && upperAt(i+2)) || upperAt(prev) || (prev >= 1 && t[prev-1] == 0xC4 && t[prev] == 0x90)
		if !symbol && i+6 < len(t) && digitBytes[t[i+1]] && digitBytes[t[i+2]] && digitBytes[t[i+3]] && digitBytes[t[i+4]] && t[i+5] == '/' {
			symbol = true
		}
		if symbol {
			s, e := padWindow(t, i, i+1, pad)
			if n := len(out); n > 0 && s <= out[n-1][1] {
				out[n-1][1] = e
			} else {
				out = append(out, [2]int{s, e})
			}
		}
		k := strings.IndexByte(t[i+1:], '/')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return out
}

// signedOn returns the date of the sentence holding a reference at pos when
// the sentence says the document was signed or issued ("đã ký", "ban hành")
// and gives one full day before the reference; else the zero Date.
func (x *DocRefs) signedOn(d *doc.Document, pos int) doc.Date {
	si := d.SentenceAt(pos)
	if si < 0 {
		return doc.Date{}
	}
	s := d.Sentences[si]
	before := strings.ToLower(d.Slice(s.Start, pos))
	if !signVerb.MatchString(before) {
		return doc.Date{}
	}
	var day doc.Date
	for _, m := range d.Mentions {
		if m.Kind == doc.KindDate && m.Sentence == si && m.End <= pos && m.Date.Granularity == "day" {
			if !day.IsZero() {
				return doc.Date{} // two dates: which one is unclear
			}
			day = m.Date.Date
		}
	}
	if day.Year == 0 {
		return doc.Date{}
	}
	return day
}

// signVerb: the document is the object of signing or issuing.
var signVerb = regexp.MustCompile(`(?:^|[^\p{L}])` + alt(refWords("signaspect"), " ") + `?` + alt(refWords("signverb"), "") + `(?:[^\p{L}]|$)`)
