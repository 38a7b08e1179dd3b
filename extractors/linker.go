package extractors

import (
	"regexp"
	"strings"

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
	cue       *regexp.Regexp
}

func NewLinker() *Linker {
	return &Linker{
		organized: regexp.MustCompile(`^\s*(?:đã\s+|vừa\s+|phối hợp\s+|long trọng\s+)*tổ chức\s+(?P<ev>[^,.;:\n“"(]{3,120})`),
		roles: []eventRole{
			{"chaired", regexp.MustCompile(`(?i)(?:^|[^\p{L}])chủ trì`)},
			{"spoke_at", regexp.MustCompile(`(?i)(?:^|[^\p{L}])phát biểu`)},
			{"awarded", regexp.MustCompile(`(?i)(?:^|[^\p{L}])trao\s+(?:tặng|khen thưởng|quyết định|huân chương|bằng khen|giấy khen|cờ|danh hiệu|huy hiệu)`)},
			{"attended", regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:đến dự|tham dự|dự(?:\s+và|\s+hội nghị|\s+buổi|\s+lễ|\s+tại|\s+có|$|[\s,.;:]))`)},
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
	for _, m := range d.Of(doc.KindOrganization) {
		after := string(d.Runes[m.End:min(len(d.Runes), m.End+160)])
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
	// event roles: a person named in a sentence with the role's verb
	for _, p := range d.Of(doc.KindPerson) {
		if p.Sentence < 0 {
			continue
		}
		s := d.Sentences[p.Sentence]
		sent := d.Slice(s.Start, s.End)
		for _, r := range x.roles {
			if r.cue.MatchString(sent) {
				rel(p.Person.Name, "person", r.predicate, event, "event", p, "linker/"+r.predicate)
			}
		}
	}
}
