package extractors

import (
	"github.com/vnextract/vnextract/lang/vi"
	"github.com/vnextract/vnextract/pipeline/doc"
)

// Appointments finds titles gained or left through a verb: "được bầu làm
// Chủ tịch UBND tỉnh", "bổ nhiệm ông X giữ chức Thứ trưởng Bộ Xây dựng",
// "điều động … làm Bí thư Tỉnh ủy", "cho thôi giữ chức …". Each becomes a
// relation, appointed_to or relieved_of, from the person to the title, with
// the date its sentence gives. Such titles are not apposition, so they are
// not rows of the titles table.
type Appointments struct {
	g    *vi.Grammar
	cues *vi.PhraseIndex
	// "làm", "giữ chức": what stands between a name and the post
	takes *vi.PhraseIndex
	// relieves holds the cues that take a person out of a post
	relieves map[string]bool
}

func NewAppointments() *Appointments {
	return &Appointments{
		g:     vi.Gram(),
		cues:  lex.AppointCues,
		takes: lex.AppointTake,

		relieves: lex.RelieveCues(),
	}
}

func (x *Appointments) Name() string { return "appointments" }

// Needs: the people they concern, and the dates of their sentences.
func (x *Appointments) Needs() []string { return []string{"people", "dates"} }

func (x *Appointments) Extract(d *doc.Document) {
	toks := vi.Tokens(d)
	persons := mentionsOf(d, doc.KindPerson)
	if len(persons) == 0 {
		return // every relation has a person for subject
	}
	dates := mentionsOf(d, doc.KindDate)
	// a cue begins with a word of its index's class: most tokens are
	// passed over without the call
	for i := nextWithClass(toks, 0, vi.CAppointCues); i < len(toks); i = nextWithClass(toks, i+1, vi.CAppointCues) {
		if d.Expired() { // the time budget is used up: keep what was found
			break
		}
		n := x.cues.Match(toks, i)
		if n == 0 {
			continue
		}
		cue := joinLower(toks[i : i+n])
		pred := "appointed_to"
		if x.relieves[cue] {
			pred = "relieved_of"
		}
		sent := d.SentenceAt(toks[i].Start)
		j := i + n
		// "bổ nhiệm ông Nguyễn Văn A giữ chức …": the person stands between
		var person *doc.Mention
		if h := x.g.HonorificAt(toks, j); h > 0 {
			j += h
		}
		for _, p := range persons {
			if j < len(toks) && p.Start == toks[j].Start {
				person = p
				for j < len(toks) && toks[j].Start < p.End {
					j++
				}
				// the post follows "làm", "giữ chức"; titles after a comma
				// are the ones the person holds already
				if k := x.takes.Match(toks, j); k > 0 {
					j += k
				} else {
					person = nil
					j = len(toks)
				}
				break
			}
		}
		if person == nil && j < len(toks) {
			// the subject: the last person named before the cue in the sentence
			for _, p := range persons {
				if p.End <= toks[i].Start && p.Sentence == sent {
					person = p
				}
			}
		}
		chain, end := x.g.TitleChain(toks, j)
		if person == nil || len(chain) == 0 {
			continue
		}
		date := ""
		for _, dm := range dates {
			if dm.Sentence == sent && dm.Date.Granularity == "day" {
				date = dm.Date.Value
				break
			}
		}
		for _, c := range chain {
			s, e := toks[c[0]].Start, toks[c[1]-1].End
			d.Relations = append(d.Relations, doc.Relation{
				Subject: person.Person.Name, SubjectKind: "person", Predicate: pred,
				Object: d.Slice(s, e), ObjectKind: "title", Date: date,
				Sentence: sent, Start: toks[i].Start, End: e, Rule: "appointments/" + cue,
			})
		}
		i = end - 1
	}
}

func joinLower(ts []vi.Token) string {
	s := ""
	for k := range ts {
		if k > 0 {
			s += " "
		}
		s += ts[k].Lower
	}
	return s
}

// nextWithClass is the first token from i on of a class of cl (len(toks)
// if none, or if i is past the end). A function of its own, so that its
// loop keeps its values in registers: in Extract's loop, which calls
// Match, the index was stored at every token.
func nextWithClass(toks []vi.Token, i int, cl vi.Class) int {
	for ; i < len(toks); i++ {
		if toks[i].Is(cl) {
			return i
		}
	}
	return max(i, len(toks))
}
