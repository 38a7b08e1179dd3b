package extractors

import (
	"regexp"
	"strings"
	"time"

	"github.com/dlclark/regexp2"

	"github.com/vnextract/vnextract/pipeline/doc"
)

// Linker turns mentions into relations: who holds which title and belongs
// to which body, which document was issued by whom and when, what the article
// cites, who organized the event it reports, and who chaired, attended,
// spoke at it or handed out awards there.
type Linker struct {
	organized *regexp.Regexp
	roles     []eventRole
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

func NewLinker() *Linker {
	return &Linker{
		organized: regexp.MustCompile(`^\s*(?:đã\s+|vừa\s+|phối hợp\s+|long trọng\s+)*tổ chức\s+(?P<ev>[^,.;:\n“"(]{3,120})`),
		roles: []eventRole{
			{"chaired", "chủ trì", cue(`(?<!\p{L})chủ trì(?!\p{L})`)},
			{"spoke_at", "phát biểu", cue(`(?<!\p{L})phát biểu(?!\p{L})`)},
			{"awarded", "trao", cue(`(?<!\p{L})trao\s+(?:tặng|khen thưởng|quyết định|huân chương|bằng khen|giấy khen|cờ|danh hiệu|huy hiệu)(?!\p{L})`)},
			{"attended", "dự", cue(`(?<!\p{L})(?:đến dự|tham dự|dự)(?!\p{L})(?!\s+(?:án|kiến|thảo|báo|toán|định|phòng|trữ|thi|tính|đoán|luật|khuyết))`)},
		},
	}
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
			if gap != "và" && gap != "," {
				break
			}
			end = orgs[n].End
		}
		// "X tổ chức …" within a few words: look before matching
		if !strings.Contains(d.Slice(end, end+40), "tổ chức") {
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
