package extractors

import (
	"github.com/vnextract/vnextract/lang/vi"
	"strings"

	"github.com/vnextract/vnextract/pipeline/doc"
)

// Entities finds organizations ("Ban Dân vận Trung ương", "UBND tỉnh",
// "Quận ủy Hoàn Kiếm") and places ("tỉnh Kon Tum", "quận Hoàn Kiếm", "Phú
// Thọ"). Organizations start with a head word of a Party or State body and
// run on like the organization part of a title; places are a level word
// and a capitalized name, or a province from the word list.
type Entities struct {
	g     *vi.Grammar
	heads *vi.PhraseIndex
}

func NewEntities() *Entities {
	return &Entities{g: vi.Gram(), heads: vi.NewPhraseIndex(lex.OrgHeads)}
}

func (x *Entities) Name() string { return "entities" }

// Needs: people first, so that names are not read as organizations.
func (x *Entities) Needs() []string { return []string{"people"} }

func (x *Entities) Extract(d *doc.Document) {
	toks := vi.Tokens(d)
	// names, not titles standing for a person, keep organizations out
	var names []*doc.Mention
	for _, m := range d.Of(doc.KindPerson) {
		if m.Rule != "people/coref-title" {
			names = append(names, m)
		}
	}
	// names are in text order and tokens are visited in text order: a
	// cursor over the names answers each question in constant time
	cur := 0
	inName := func(s, e int) bool {
		for cur < len(names) && names[cur].End <= s {
			cur++
		}
		for k := cur; k < len(names) && names[k].Start < e; k++ {
			if s < names[k].End {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(toks); i++ {
		if d.Expired() { // the time budget is used up: keep what was found
			break
		}
		t := toks[i]
		if !t.Word || inName(t.Start, t.End) {
			continue
		}
		// place: level word ("tỉnh", "xã", "thành phố") + capitalized name.
		// Of the levels in two words only a province's is read whole; "thị
		// xã X" is read from its second word, a level of its own
		if n := x.g.LevelAt(toks, i); n > 0 && x.levelPlaceWord(toks[i:i+n]) {
			j := i + n
			k := j
			if n := x.g.Places.Match(toks, j); n > 0 {
				k = j + n
			} else {
				for k < len(toks) && k-j < 3 && toks[k].NameSyllable() && toks[k].Space {
					k++
				}
			}
			if k-j >= 1 && !(k-j == 1 && !toks[j].Capitalized()) && k > j && toks[j].Capitalized() {
				m := d.Add(&doc.Mention{Kind: doc.KindLocation, Start: t.Start, End: toks[k-1].End, Rule: "entities/level-place",
					Entity: &doc.Entity{Name: vi.Join(toks[j:k]), Type: strings.ToLower(vi.Join(toks[i:j]))}})
				m.Entity.Full = m.Entity.Name
				i = k - 1
				continue
			}
		}
		if !t.Capitalized() {
			continue
		}
		if x.g.Roles.Match(toks, i) > 0 {
			continue // "Bộ trưởng …" is a title, not a body
		}
		if n := x.heads.Match(toks, i); n > 0 && t.Capitalized() {
			e := x.g.OrgTail(toks, i+n)
			if e == i+n && n == 1 && !t.Acronym() {
				continue // "Ban", "Bộ" alone are common words
			}
			if inName(t.Start, toks[e-1].End) || isEventName(toks[i:e]) {
				continue
			}
			name := vi.Join(toks[i:e])
			d.Add(&doc.Mention{Kind: doc.KindOrganization, Start: t.Start, End: toks[e-1].End, Rule: "entities/org-head",
				Entity: &doc.Entity{Name: name, Full: x.g.Expand(toks[i:e]), Type: vi.Join(toks[i : i+n])}})
			i = e - 1
			continue
		}
		if n := x.g.Places.Match(toks, i); n > 0 {
			d.Add(&doc.Mention{Kind: doc.KindLocation, Start: t.Start, End: toks[i+n-1].End, Rule: "entities/place-list",
				Entity: &doc.Entity{Name: vi.Join(toks[i : i+n]), Full: vi.Join(toks[i : i+n])}})
			i += n - 1
		}
	}
}

// levelPlaceWord reports a level word (one or two tokens) after which
// the rule reads a place: a province's, a district's or a commune's, and
// of those in two words a province's ("thành phố").
func (x *Entities) levelPlaceWord(ts []vi.Token) bool {
	if len(ts) == 1 {
		return lex.LevelIn(ts[0].Lower, vi.Province, vi.Commune)
	}
	return lex.LevelIn(ts[0].Lower+" "+ts[1].Lower, vi.Province, vi.Province)
}

// isEventName: "Hội nghị", "Hội thảo" start with "Hội" but are events.
func isEventName(toks []vi.Token) bool {
	if len(toks) < 2 || !toks[0].Cap || toks[0].Acronym() || !lex.Is(toks[0].Lower, vi.Society) {
		return false
	}
	return lex.EventHeads[toks[1].Lower]
}
