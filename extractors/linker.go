package extractors

import (
	"regexp"
	"strings"
	"time"

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
	cue       *regexp2.Regexp
}

// cueTimeout bounds one cue match. The cues are short and anchored on a
// word, but regexp2 backtracks, and hostile input must not hang a batch.
// The limit is wall time, so it is set far above any real match (they take
// microseconds): at 50 ms a loaded machine or a GC pause timed matches out
// and two runs of the same input gave different relations. The
// per-document deadline bounds the whole stage in any case.
const cueTimeout = time.Second

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
		x.roles = append(x.roles, eventRole{c.Predicate, commonWord(c.Cues), cue(p)})
	}
	return x
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
	orgs := d.Of(doc.KindOrganization)
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
	cues := map[int][]string{}
	for _, p := range d.Of(doc.KindPerson) {
		if d.Expired() { // the time budget is used up: keep what was found
			break
		}
		if p.Sentence < 0 {
			continue
		}
		preds, ok := cues[p.Sentence]
		if !ok {
			s := d.Sentences[p.Sentence]
			sent := d.Slice(s.Start, s.End)
			low := strings.ToLower(sent)
			for _, r := range x.roles {
				if !strings.Contains(low, r.word) {
					continue
				}
				found, err := r.cue.MatchString(sent)
				if err != nil {
					d.Warn("linker: %s cue gave up on sentence %d: %v", r.predicate, p.Sentence, err)
					continue
				}
				if found {
					preds = append(preds, r.predicate)
				}
			}
			cues[p.Sentence] = preds
		}
		for _, pred := range preds {
			rel(p.Person.Name, "person", pred, event, "event", p, "linker/"+pred)
		}
	}
}
