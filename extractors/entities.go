package extractors

import (
	"strings"

	"github.com/vnextract/vnextract/pipeline/doc"
)

// Entities finds organizations ("Ban Dân vận Trung ương", "UBND tỉnh",
// "Quận ủy Hoàn Kiếm") and places ("tỉnh Kon Tum", "quận Hoàn Kiếm", "Phú
// Thọ"). Organizations start with a head word of a Party or State body and
// run on like the organization part of a title; places are a level word
// and a capitalized name, or a province from the word list.
type Entities struct {
	p     *People
	heads *phraseIndex
}

// orgHeads begin the name of a Party, State or mass organization.
var orgHeads = []string{
	"Ban", "Bộ", "Sở", "Ủy ban", "UBND", "HĐND", "Hội đồng", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy",
	"Thị ủy", "Đảng ủy", "Đảng bộ", "Mặt trận", "MTTQ", "Hội", "Đoàn", "Tập đoàn", "Tổng công ty", "Công ty",
	"Viện", "Cục", "Tổng cục", "Vụ", "Văn phòng", "Quốc hội", "Chính phủ", "Tòa án", "Viện kiểm sát",
	"Công an", "Bộ Chỉ huy", "Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành", "BCH", "BTV", "Liên đoàn",
	"Trường", "Đại học", "Học viện", "Bệnh viện", "Ngân hàng", "Kiểm toán Nhà nước", "Thanh tra", "Chi cục",
	"Ban cán sự", "Đảng đoàn", "Ban Thường vụ", "Trung ương Đảng", "Đài", "Báo",
}

// orgHeadWords are the first words of orgHeads: a capitalized run that
// starts with one is an organization, not a name.
var orgHeadWords = func() map[string]bool {
	m := map[string]bool{}
	for _, h := range orgHeads {
		m[strings.Fields(h)[0]] = true
	}
	m["Tổng"] = true
	return m
}()

func NewEntities() *Entities {
	return &Entities{p: NewPeople(), heads: newPhraseIndex(orgHeads)}
}

func (x *Entities) Name() string { return "entities" }

// Needs: people first, so that names are not read as organizations.
func (x *Entities) Needs() []string { return []string{"people"} }

func (x *Entities) Extract(d *doc.Document) {
	toks := tokens(d)
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
		t := toks[i]
		if !t.word || inName(t.start, t.end) {
			continue
		}
		l := t.lower
		// place: level word + capitalized name
		if isLevel(l) || (l == "thành" && i+1 < len(toks) && toks[i+1].lower == "phố") {
			j := i + 1
			if l == "thành" {
				j++
			}
			k := j
			if n := x.p.places.match(toks, j); n > 0 {
				k = j + n
			} else {
				for k < len(toks) && k-j < 3 && toks[k].nameSyllable() && toks[k].space {
					k++
				}
			}
			if k-j >= 1 && !(k-j == 1 && !toks[j].capitalized()) && k > j && toks[j].capitalized() {
				m := d.Add(&doc.Mention{Kind: doc.KindLocation, Start: t.start, End: toks[k-1].end, Rule: "entities/level-place",
					Entity: &doc.Entity{Name: joinTokens(toks[j:k]), Type: strings.ToLower(joinTokens(toks[i:j]))}})
				m.Entity.Full = m.Entity.Name
				i = k - 1
				continue
			}
		}
		if !t.capitalized() {
			continue
		}
		if x.p.roles.match(toks, i) > 0 {
			continue // "Bộ trưởng …" is a title, not a body
		}
		if n := x.heads.match(toks, i); n > 0 && t.capitalized() {
			e := x.p.orgTail(toks, i+n)
			if e == i+n && n == 1 && !t.acronym() {
				continue // "Ban", "Bộ" alone are common words
			}
			if inName(t.start, toks[e-1].end) || isEventName(toks[i:e]) {
				continue
			}
			name := joinTokens(toks[i:e])
			d.Add(&doc.Mention{Kind: doc.KindOrganization, Start: t.start, End: toks[e-1].end, Rule: "entities/org-head",
				Entity: &doc.Entity{Name: name, Full: expand(x.p.abbrev, toks[i:e]), Type: joinTokens(toks[i : i+n])}})
			i = e - 1
			continue
		}
		if n := x.p.places.match(toks, i); n > 0 {
			d.Add(&doc.Mention{Kind: doc.KindLocation, Start: t.start, End: toks[i+n-1].end, Rule: "entities/place-list",
				Entity: &doc.Entity{Name: joinTokens(toks[i : i+n]), Full: joinTokens(toks[i : i+n])}})
			i += n - 1
		}
	}
}

func isLevel(l string) bool {
	switch l {
	case "tỉnh", "huyện", "quận", "xã", "phường", "thị xã", "thị trấn", "tp":
		return true
	}
	return false
}

// expand writes an organization name with its abbreviations spelled out.
func expand(abbrev map[string]string, toks []token) string {
	var parts []string
	for k, tk := range toks {
		w := tk.text
		if e, ok := abbrev[w]; ok {
			w = e
		}
		if k > 0 && !tk.space {
			parts[len(parts)-1] += w
			continue
		}
		parts = append(parts, w)
	}
	return strings.Join(parts, " ")
}

// isEventName: "Hội nghị", "Hội thảo" start with "Hội" but are events.
func isEventName(toks []token) bool {
	if len(toks) < 2 || toks[0].text != "Hội" {
		return false
	}
	switch toks[1].lower {
	case "nghị", "thảo", "thi", "diễn", "chợ", "trại", "báo":
		return true
	}
	return false
}
