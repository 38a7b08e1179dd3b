package extractors

import (
	"bytes"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dlclark/regexp2"

	"github.com/vnextract/vnextract/lang/vi"
	"github.com/vnextract/vnextract/pipeline/doc"
)

// Linker turns mentions into relations: who holds which title and belongs
// to which body, which document was issued by whom and when, what the article
// cites, who organized the event it reports, and who chaired, attended,
// spoke at it or handed out awards there.
type Linker struct {
	organized     *regexp.Regexp
	organizedWord string // the cue every match of organized holds: matched only where it stands
	roles         []eventRole
}

type eventRole struct {
	predicate string
	word      string // a literal every match holds: the cue runs only where it stands
	// lead is the most code points a cue has before word ("tham " of
	// "tham dự"): no match starts further than that before word's first place
	lead int
	// tail bounds the code points other than white space that a match
	// reads from word's place on: the longest cue, "then" word and "not"
	// word, the letter the cue's end looks at, and two more
	tail int
	cue  *regexp2.Regexp
}

// cueTimeout bounds one cue match. The cues are short and anchored on a
// word, but regexp2 backtracks, and hostile input must not hang a batch.
// The limit is wall time, so it is set far above any real match (they take
// microseconds): at 50 ms a loaded machine or a GC pause timed matches out
// and two runs of the same input gave different relations. The
// per-document deadline bounds the whole stage in any case.
const cueTimeout = time.Second

// spuriousTries is how many times a cue is run when it keeps reporting a
// time-out long before cueTimeout has passed. regexp2 checks the limit
// against a clock that one shared goroutine moves forward; on a loaded
// machine that goroutine can be starved and then move the clock by
// seconds in one step, so a match that has just started sees its deadline
// gone. Two runs of the same input then gave different relations (seen
// with a dozen processes on two cores). A real runaway match reports only
// after about cueTimeout of wall time, so a report well before half of it
// is the clock's, and the match is run again.
const spuriousTries = 3

// matchCue runs match, again while it reports a time-out (err) sooner
// than half of limit by now, the wall clock, after it started: such a
// report is the clock's jump, not a slow match (see spuriousTries).
func matchCue(limit time.Duration, now func() time.Time, match func() (bool, error)) (bool, error) {
	var found bool
	var err error
	for try := 0; try < spuriousTries; try++ {
		start := now()
		if found, err = match(); err == nil || now().Sub(start) >= limit/2 {
			break
		}
	}
	return found, err
}

// cue compiles a role cue. regexp2 is used here for its lookarounds: "dự"
// (attend) is not "dự án" (project), "dự kiến" (expected), "dự thảo" (draft).
func cue(p string) *regexp2.Regexp {
	re := regexp2.MustCompile(p, regexp2.IgnoreCase)
	re.MatchTimeout = cueTimeout
	return re
}

// organizedPredicate names the entry of the event cues that says a body
// organized the event, not what a person did there.
const organizedPredicate = "organized"

// NewLinker builds the cues from the lexicon's event cues
// (lexicon/eventcues.txt): a role's cue is its phrases as whole words,
// then one of its "then" words or none of its "not" words; "X tổ chức …"
// is the organized cue after any of its lead words, then the event's
// name up to punctuation.
func NewLinker() *Linker {
	x := &Linker{}
	for _, c := range lex.EventCues() {
		if c.Predicate == organizedPredicate {
			x.organized = regexp.MustCompile(`^\s*(?:` + alternatives(c.Lead, `\s+`) + `)*` + alternatives(c.Cues, "") +
				`\s+(?P<ev>[^,.;:\n“"(]{3,120})`)
			x.organizedWord = commonWord(c.Cues)
			continue
		}
		p := `(?<!\p{L})(?:` + alternatives(c.Cues, "") + `)`
		if len(c.Then) > 0 {
			p += `\s+(?:` + alternatives(c.Then, "") + `)`
		}
		p += `(?!\p{L})`
		if len(c.Not) > 0 {
			p += `(?!\s+(?:` + alternatives(c.Not, "") + `))`
		}
		word := commonWord(c.Cues)
		lead := 0
		for _, q := range c.Cues {
			if k := strings.Index(q, word); k >= 0 {
				lead = max(lead, utf8.RuneCountInString(q[:k]))
			}
		}
		tail := maxRunes(c.Cues) + maxRunes(c.Then) + maxRunes(c.Not) + 3
		x.roles = append(x.roles, eventRole{c.Predicate, word, lead, tail, cue(p)})
	}
	return x
}

// maxRunes is the most code points of any of words.
func maxRunes(words []string) int {
	n := 0
	for _, w := range words {
		n = max(n, utf8.RuneCountInString(w))
	}
	return n
}

// alternatives writes words as the branches of a group, each followed by
// suffix; the words are taken literally.
func alternatives(words []string, suffix string) string {
	s := ""
	for k, w := range words {
		if k > 0 {
			s += "|"
		}
		s += regexp.QuoteMeta(w) + suffix
	}
	return s
}

// commonWord returns the shortest of a role's cues when every cue holds
// it ("dự" in "tham dự"), so a sentence without it is skipped before the
// pattern runs; "" (no skipping) otherwise.
func commonWord(cues []string) string {
	short := cues[0]
	for _, c := range cues {
		if len(c) < len(short) {
			short = c
		}
	}
	for _, c := range cues {
		if !strings.Contains(c, short) {
			return ""
		}
	}
	return short
}

func (x *Linker) Name() string { return "linker" }

func (x *Linker) Needs() []string { return []string{"people", "entities", "document_refs", "dates"} }

func (x *Linker) Extract(d *doc.Document) {
	rel := func(s, sk, p, o, ok string, m *doc.Mention, rule string) {
		d.Relations = append(d.Relations, doc.Relation{Subject: s, SubjectKind: sk, Predicate: p, Object: o, ObjectKind: ok,
			Sentence: m.Sentence, Start: m.Start, End: m.End, Rule: rule})
	}
	for _, m := range d.Mentions {
		if d.Expired() { // the time budget is used up: keep what was found
			break
		}
		switch m.Kind {
		case doc.KindTitle:
			person := m.Title.Person.Person.Name
			rel(person, "person", "holds_title", m.Text, "title", m, "linker/title")
			if m.Title.Organization != "" {
				rel(person, "person", "member_of", m.Title.Organization, "organization", m, "linker/title-org")
			}
		case doc.KindDocRef:
			rel(d.ID, "document", "cites", m.Ref.Ref, "document_ref", m, "linker/cites")
			if m.Ref.Issuer != "" {
				rel(m.Ref.Ref, "document_ref", "issued_by", m.Ref.Issuer, "organization", m, "linker/issuer")
			}
			if !m.Ref.Issued.IsZero() {
				rel(m.Ref.Ref, "document_ref", "issued_on", dayValue(m.Ref.Issued), "date", m, "linker/issued")
			}
		}
	}
	// the event: what the first "X tổ chức …" of the article names
	event := ""
	orgs := mentionsOf(d, doc.KindOrganization)
	for k, m := range orgs {
		// "X và Y tổ chức …", "X, Y tổ chức …": bodies that share the verb
		end := m.End
		for n := k + 1; n < len(orgs) && orgs[n].Start > end && orgs[n].Start-end <= 5; n++ {
			gap := strings.TrimSpace(d.Slice(end, orgs[n].Start))
			if !lex.Is(gap, vi.And) && gap != "," {
				break
			}
			end = orgs[n].End
		}
		// "X tổ chức …" within a few words: look before matching
		if x.organized == nil || !strings.Contains(d.Slice(end, end+40), x.organizedWord) {
			continue
		}
		after := d.Slice(end, end+160)
		if g := x.organized.FindStringSubmatch(after); g != nil {
			ev := strings.TrimSpace(g[1])
			if event == "" {
				event = ev
			}
			rel(m.Entity.Name, "organization", "organized", ev, "event", m, "linker/organized")
		}
	}
	if event == "" {
		event = d.Title
	}
	if event == "" {
		return
	}
	// event roles: a person named in a sentence with the role's verb; the
	// cues are matched once per sentence, however many people it names
	// (the persons come in text order, so a sentence's come together)
	sentence, preds := -1, []string(nil)
	var low []byte   // containsLower's buffer, reused
	var runes []rune // the sentence as the cues read it, reused
	for _, p := range mentionsOf(d, doc.KindPerson) {
		if d.Expired() { // the time budget is used up: keep what was found
			break
		}
		if p.Sentence < 0 {
			continue
		}
		if p.Sentence != sentence {
			sentence, preds = p.Sentence, preds[:0]
			s := d.Sentences[p.Sentence]
			sent := d.Slice(s.Start, s.End)
			runes = runes[:0] // made for the first cue that runs
			for _, r := range x.roles {
				var at int
				if at, low = indexLower(sent, r.word, low); at < 0 {
					continue
				}
				if len(runes) == 0 {
					if cap(runes) < len(sent) { // bytes: no fewer than code points
						runes = make([]rune, 0, len(sent))
					}
					for _, c := range sent { // as []rune(sent) reads it
						runes = append(runes, c)
					}
				}
				found, err := r.match(sent, runes, at)
				if err != nil {
					d.Warn("linker: %s cue gave up on sentence %d: %v", r.predicate, p.Sentence, err)
					continue
				}
				if found {
					preds = append(preds, r.predicate)
				}
			}
		}
		for _, pred := range preds {
			rel(p.Person.Name, "person", pred, event, "event", p, "linker/"+pred)
		}
	}
}

// containsLower reports whether strings.ToLower(s) contains w, a
// lower-case word, without building the lower-case copy: where w starts
// with an ASCII letter that only itself and its capital lower to (all but
// 'i' and 'k', see foldsToASCII), only the places that hold one of the two
// are compared, code point by code point lowered; otherwise s is lowered
// into buf (returned for reuse) and searched. The cue test runs on every
// sentence that names a person, and strings.ToLower allocated a copy and
// searched the unicode package's case ranges for each Vietnamese letter.
func containsLower(s, w string, buf []byte) (bool, []byte) {
	at, buf := indexLower(s, w, buf)
	return at >= 0, buf
}

// indexLower is containsLower giving a place: -1 where strings.ToLower(s)
// does not contain w, else a byte offset of s at or before the first
// place from which s, lowered, starts with w: that place itself where w
// starts with an ASCII letter other than 'i' and 'k' (found by its two
// cases' bytes), 0 where w was searched in a lowered copy.
func indexLower(s, w string, buf []byte) (int, []byte) {
	if w == "" {
		return 0, buf
	}
	c := w[0]
	if c < 'a' || c > 'z' || foldsToASCII[c] {
		buf = appendLower(buf[:0], s)
		if bytes.Contains(buf, []byte(w)) {
			return 0, buf
		}
		return -1, buf
	}
	// the next place of each case of c at or after i, -1 past the last
	lo, up := strings.IndexByte(s, c), strings.IndexByte(s, c-('a'-'A'))
	for lo >= 0 || up >= 0 {
		i := lo
		if i < 0 || (up >= 0 && up < i) {
			i = up
		}
		// an ASCII byte after it lowers to an ASCII letter, which must be
		// w's next byte: most places are passed without the call
		next := true
		if len(w) > 1 && i+1 < len(s) && s[i+1] < utf8.RuneSelf {
			c1 := s[i+1]
			if 'A' <= c1 && c1 <= 'Z' {
				c1 += 'a' - 'A'
			}
			next = c1 == w[1]
		}
		if next && hasLowerAt(s[i+1:], w[1:]) {
			return i, buf
		}
		if i == lo {
			lo = nextByte(s, c, i+1)
		} else {
			up = nextByte(s, c-('a'-'A'), i+1)
		}
	}
	return -1, buf
}

// match runs the role's cue on the sentence sent, read as runes, whose
// first place holding the word (indexLower) is byte at. A match holds the
// word, so it starts no further than lead code points before one of the
// word's places, and reads no further than tail code points other than
// white space after it (the cue's white space is \s+, unbounded). The cue
// runs on a window around each place, from one code point before the
// earliest start (what its lookbehind reads) to one code point past the
// last it may read; places closer than that share a window. It read the
// sentence from the word's first place to the end, trying every code
// point (most sentences that hold "dự" hold "dự án", not the cue).
// FuzzRoleMatch holds it to the cue run on the whole sentence.
func (r *eventRole) match(sent string, runes []rune, at int) (bool, error) {
	if r.word == "" || r.word[0] < 'a' || r.word[0] > 'z' || foldsToASCII[r.word[0]] {
		// indexLower's place is no exact first place: from it to the end
		from := max(0, utf8.RuneCountInString(sent[:at])-r.lead-1)
		return matchCue(cueTimeout, time.Now, func() (bool, error) { return r.cue.MatchRunes(runes[from:]) })
	}
	b, q := 0, 0                // q code points stand before byte b of sent
	runeAt := func(i int) int { // i no less than in the call before
		q += utf8.RuneCountInString(sent[b:i])
		b = i
		return q
	}
	for i := at; i >= 0; {
		start := runeAt(i)
		from, end := max(0, start-r.lead-1), runesAfter(runes, start, r.tail+1)
		next := -1
		for j := placeLower(sent, r.word, i+1); j >= 0; j = placeLower(sent, r.word, j+1) {
			qj := runeAt(j)
			if qj >= end {
				next = j
				break
			}
			end = runesAfter(runes, qj, r.tail+1)
		}
		found, err := matchCue(cueTimeout, time.Now, func() (bool, error) { return r.cue.MatchRunes(runes[from:end]) })
		if err != nil || found {
			return found, err
		}
		i = next
	}
	return false, nil
}

// runesAfter is the end of the shortest run of runes from i on that holds
// n code points other than white space (len(runes) if there are fewer).
func runesAfter(runes []rune, i, n int) int {
	for ; i < len(runes) && n > 0; i++ {
		if !unicode.IsSpace(runes[i]) { // what the cue's \s matches
			n--
		}
	}
	return i
}

// placeLower is the first place of s at or after byte i from which s,
// lowered, starts with w, a word starting with an ASCII letter other than
// 'i' and 'k' (indexLower's exact place), or -1.
func placeLower(s, w string, i int) int {
	if i > len(s) {
		return -1
	}
	if j, _ := indexLower(s[i:], w, nil); j >= 0 {
		return i + j
	}
	return -1
}

// nextByte returns the index of the first c in s at or after i, or -1.
func nextByte(s string, c byte, i int) int {
	if j := strings.IndexByte(s[i:], c); j >= 0 {
		return i + j
	}
	return -1
}

// foldsToASCII marks the ASCII letters that a code point beyond ASCII
// lowers to: U+0130 to 'i', U+212A (the Kelvin sign) to 'k'
// (TestFoldsToASCII checks every code point).
var foldsToASCII = [128]bool{'i': true, 'k': true}

// hasLowerAt reports whether s, its code points lowered, starts with w.
func hasLowerAt(s, w string) bool {
	for len(w) > 0 {
		if len(s) == 0 {
			return false
		}
		var r rune
		size := 1
		if c := s[0]; c < utf8.RuneSelf {
			r = rune(c)
			if 'A' <= c && c <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r, size = decodeRune(s)
			r = toLower(r)
		}
		wr, wsize := rune(w[0]), 1
		if wr >= utf8.RuneSelf {
			wr, wsize = decodeRune(w)
		}
		if r != wr {
			return false
		}
		s, w = s[size:], w[wsize:]
	}
	return true
}

// appendLower appends strings.ToLower(s) to b: every code point lowered
// (through the table below U+2000), an invalid byte written as U+FFFD, as
// strings.Map writes it. The cue test lowers every sentence that names a
// person, and strings.ToLower allocated a copy and searched the unicode
// package's case ranges for each Vietnamese letter.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := decodeRune(s[i:])
		if l := toLower(r); l != r || size == 1 {
			b = utf8.AppendRune(b, l) // an invalid byte too, as U+FFFD
		} else {
			b = append(b, s[i:i+size]...) // a lower-case letter as written
		}
		i += size
	}
	return b
}
