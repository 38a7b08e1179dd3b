package extractors

import (
	"github.com/vnextract/vnextract/lang/vi"
	"github.com/vnextract/vnextract/lang/vi/gazetteer"
	"github.com/vnextract/vnextract/lang/vi/lunar"
	"github.com/vnextract/vnextract/lang/vi/names"
	"sort"
	"strings"

	"github.com/vnextract/vnextract/pipeline/doc"
)

// People finds named persons and the titles the article gives them, in the
// shapes Party and State news use:
//
//   - titles before the name, chained by commas: "Phó Bí thư Tỉnh ủy, Chủ
//     tịch HĐND tỉnh Nguyễn Văn Hòa";
//   - titles after the name, after a dash or comma: "Võ Văn Thưởng - Ủy viên
//     Bộ Chính trị, Thường trực Ban Bí thư";
//   - a title shared by a list: "các đồng chí Bí thư Trung ương Đảng: A - …;
//     B - …";
//   - honorifics ("đồng chí", "ông", "bà") and later bare given names that
//     refer back to someone already named ("đồng chí Thưởng").
//
// A name is a run of two to four capitalized syllables; without a title or
// an honorific before it, it must start with a family name and must not be
// a place or part of an organization's name.
type People struct {
	surnames    map[string]bool // may start a name on their own
	weakNames   map[string]bool // start a name only after a title or honorific
	places      *vi.PhraseIndex
	roles       *vi.PhraseIndex
	orgWords    map[string]bool
	orgPhrases  *vi.PhraseIndex
	orgNames    *vi.PhraseIndex // names of organizations that hold a person's name ("Đoàn TNCS Hồ Chí Minh")
	honorary    *vi.PhraseIndex // ranks and honours written out before a name ("Nghệ sĩ nhân dân")
	callings    *vi.PhraseIndex // occupations written before a name ("ca sỹ", "nhà thơ")
	entityHeads *vi.PhraseIndex // head words of organizations ("Bộ", "Ban", "Ủy ban")
	abbrev      map[string]string
}

// lex is the language layer's vocabulary, loaded once.
var lex = vi.Lex()

func NewPeople() *People {
	return &People{
		surnames:    lex.Surnames,
		weakNames:   weakSurnames(),
		places:      lex.Places,
		roles:       lex.Roles,
		orgWords:    lex.OrgWords,
		orgPhrases:  lex.OrgBigrams,
		orgNames:    lex.OrgNames,
		honorary:    lex.Honorary,
		callings:    lex.Occupations,
		entityHeads: vi.NewPhraseIndex(lex.OrgHeads),
		abbrev:      lex.Abbrev,
	}
}

func (x *People) Name() string { return "people" }

// weakSurnames are the family names that start a name only after a title
// or an honorific: the project's list and every other family name the
// name data knows (rare and ethnic ones: "Uông", "Du", "Giàng", "Lò"),
// which are too often common words to start a name on their own.
func weakSurnames() map[string]bool {
	m := map[string]bool{}
	for w := range lex.WeakSurnames {
		m[w] = true
	}
	for _, s := range names.Surnames() {
		if !s.Compound && !lex.Surnames[s.Name] {
			m[s.Name] = true
		}
	}
	return m
}

type personHit struct {
	start, end int // token range of the name
	honor      string
	titles     [][2]int // token ranges of titles
	shared     bool
	coref      bool
	byTitle    string   // for a bare title that stands for someone: the holder's name
	calling    bool     // named after an occupation ("ca sỹ Anh Thơ"): a list may follow
	former     [][2]int // "A và B nguyên Phó Chủ tịch …": a former post written right after the names
}

func (x *People) Extract(d *doc.Document) {
	toks := vi.Tokens(d)
	var found []personHit
	var shared [][2]int // a title shared by the list that follows (until the sentence ends)
	sharedSentence := -1
	sent := -1
	for i := 0; i < len(toks); i++ {
		if d.Expired() { // the time budget is used up: keep what was found
			break
		}
		if sent < 0 || sent >= len(d.Sentences) || toks[i].Start >= d.Sentences[sent].End {
			sent = d.SentenceAt(toks[i].Start)
		}
		if sent != sharedSentence {
			shared = nil
		}
		// "các đồng chí Bí thư Trung ương Đảng:" opens a shared title
		if lex.ListOpeners[toks[i].Lower] || (toks[i].Word && toks[i].Text[0] >= '0' && toks[i].Text[0] <= '9') {
			j := i + 1
			if n := x.honorificAt(toks, j); n > 0 {
				j += n
			}
			chain, end := x.titleChain(toks, j)
			if end < len(toks) && toks[end].Text == "," {
				end++
			}
			if end < len(toks) && (strings.EqualFold(toks[end].Text, "gồm") || strings.EqualFold(toks[end].Text, "là")) {
				end++
			}
			if len(chain) > 0 && end < len(toks) && toks[end].Text == ":" {
				shared = chain
				sharedSentence = sent
				i = end
				continue
			}
		}
		// a person, with or without titles, starts at a capitalized word, an
		// honorific or a role word ("phó bí thư", "đại biểu"): skip the rest
		if t := toks[i]; !t.Word || (!t.Capitalized() && !x.roles.Starts(t.Lower) && !lex.Honorifics[t.Lower] && !x.callings.Starts(t.Lower) &&
			t.Lower != "đồng" && lex.TitlePrefix[t.Lower] == "") {
			continue
		}
		h, next, ok := x.personAt(d, toks, i, found)
		if !ok {
			if hh, e, ok := x.titleCoref(toks, i, found); ok {
				found = append(found, hh)
				i = e - 1
			}
			continue
		}
		if len(shared) > 0 {
			h.titles = append(append([][2]int{}, shared...), h.titles...)
			h.shared = true
		}
		// "A, B và C nguyên Phó Chủ tịch …": the former post follows the
		// whole list
		at := h.start
		for k := len(found) - 1; len(h.former) > 0 && k >= 0; k-- {
			p := &found[k]
			if len(p.titles) > 0 || p.end+1 != at || (toks[p.end].Lower != "và" && toks[p.end].Text != ",") {
				break
			}
			p.titles = append([][2]int{}, h.former...)
			at = p.start
		}
		found = append(found, h)
		if h.calling && len(h.titles) == 0 {
			found, next = x.callingList(toks, next, found)
		}
		i = next - 1
	}
	x.emit(d, toks, found)
}

// callingList reads the names listed after one introduced by an
// occupation ("ca sỹ Anh Thơ, Tùng Dương, Phương Thanh…"): each item is a
// run of capitalized syllables after a comma or "và" that ends at
// punctuation or "và", and is not a place or a body. It returns the hits
// and the token after the list.
func (x *People) callingList(toks []vi.Token, k int, found []personHit) ([]personHit, int) {
	for k+1 < len(toks) && (toks[k].Text == "," || toks[k].Lower == "và") {
		s := k + 1
		e, ok := x.nameAt(toks, s, true)
		if !ok || lex.NameStops[toks[s].Text] || x.places.Match(toks, s) >= e-s {
			break
		}
		if e < len(toks) && toks[e].Word && toks[e].Lower != "và" {
			break // "…, Tùng Dương hát": the list has ended
		}
		found = append(found, personHit{start: s, end: e, calling: true})
		k = e
	}
	return found, k
}

// personAt tries to read a person (with titles before and after) at token i.
// It returns the hit and the token after everything it consumed.
func (x *People) personAt(d *doc.Document, toks []vi.Token, i int, found []personHit) (personHit, int, bool) {
	var h personHit
	j := i
	// titles before the name
	chain, end := x.titleChain(toks, i)
	if len(chain) > 0 {
		j = end
		// "Bí thư Tỉnh ủy, đồng chí Nguyễn Văn A", "Chủ tịch UBND tỉnh Hưng
		// Yên - Đỗ Quốc Văn"
		if j+1 < len(toks) && toks[j].Text == "," && x.honorificAt(toks, j+1) > 0 {
			j++
		} else if j+1 < len(toks) && (toks[j].Text == "-" || toks[j].Text == "–") && x.nameStarts(toks, j+1) {
			j++
		}
	}
	// "Thượng tướng, GS.TS Tô Lâm": a comma, then academic degrees
	if len(chain) > 0 && j+1 < len(toks) && toks[j].Text == "," && lex.Academic[toks[j+1].Lower] {
		j++
	}
	if n := x.honorificAt(toks, j); n > 0 {
		h.honor = strings.ToLower(joinTokens(toks[j : j+n]))
		j += n
	}
	// "PGS. Phó Thị Nguyệt Hằng", "GS.TS Tô Lâm", "Giáo sư - Nghệ sĩ nhân
	// dân Thái Ly": degrees and honours, one after another
	degree := false
	for j < len(toks) {
		if lex.Academic[toks[j].Lower] {
			degree = true
			j++
			if j < len(toks) && toks[j].Text == "." {
				j++
			}
			continue
		}
		if n := x.honorary.Match(toks, j); n > 0 {
			degree = true
			j += n
			continue
		}
		if n := x.callings.Match(toks, j); n > 0 && j+n < len(toks) && toks[j+n].NameSyllable() {
			h.calling = true
			j += n
			continue
		}
		if degree && j+1 < len(toks) && (toks[j].Text == "-" || toks[j].Text == "–" || toks[j].Text == ",") &&
			(lex.Academic[toks[j+1].Lower] || x.honorary.Match(toks, j+1) > 0) {
			j++
			continue
		}
		break
	}
	loose := len(chain) > 0 || h.honor != "" || degree || h.calling
	if loose && j < len(toks) && (toks[j].Newline || lex.NameStops[toks[j].Text]) {
		// a title ending a line (a headline) is not followed by its
		// holder on the next; "Bộ Chính trị" is never a name
		return h, i + 1, false
	}
	nEnd, ok := x.nameAt(toks, j, loose)
	if ok && h.calling && x.places.Match(toks, j) >= nEnd-j {
		ok = false // "nhà báo Việt Nam"
	}
	if ok && degree && !h.calling && len(chain) == 0 && h.honor == "" && !x.surnames[toks[j].Text] && !x.weakNames[toks[j].Text] {
		ok = false // "Giáo sư Trường Đại học …": a degree alone vouches only for a family name
	}
	if !ok {
		// a bare given name after an honorific refers back to someone named
		if h.honor != "" && j < len(toks) && toks[j].NameSyllable() && !(j+1 < len(toks) && toks[j+1].NameSyllable() && toks[j+1].Space) {
			if ante := x.antecedent(d, toks, toks[j].Text, found); ante >= 0 {
				h.start, h.end, h.coref = j, j+1, true
				h.titles = chain
				return h, j + 1, true
			}
		}
		return h, i + 1, false
	}
	if !loose && !x.bareNameOK(d, toks, j, nEnd) {
		return h, i + 1, false
	}
	h.start, h.end = j, nEnd
	h.titles = chain
	// titles after the name: "Name - T1, T2", "Name, T1", "Name (T1)"
	k := nEnd
	// "Ông Võ Mạnh Sơn (Sinh năm 1971), Ủy viên …": an aside in brackets
	// that holds no title stands between the name and its titles
	if a := x.asideEnd(toks, k); a > k && a+1 < len(toks) && isTitleSep(toks[a].Text) && toks[a].Text != "(" {
		if after, _ := x.titleChain(toks, a+1); len(after) > 0 {
			k = a
		} else if d := x.degreeEnd(toks, a+1); d > a+1 && d+1 < len(toks) && toks[d].Text == "," {
			if after, _ := x.titleChain(toks, d+1); len(after) > 0 {
				k = a
			}
		}
	}
	if sep := k; k+1 < len(toks) && isTitleSep(toks[k].Text) {
		after, e := x.titleChain(toks, k+1)
		// "Ông Lê Văn Cường, Bác sĩ y khoa, Phó giám đốc …": a degree or
		// an honour before the posts is passed over
		if len(after) == 0 && toks[k].Text != "(" {
			if d := x.degreeEnd(toks, k+1); d > k+1 && d+1 < len(toks) && toks[d].Text == "," {
				after, e = x.titleChain(toks, d+1)
			}
		}
		// "A, Ủy viên Trung ương Đảng, Chủ tịch Hội Nông dân B": titles
		// after a comma that run into another name are that name's
		if toks[k].Text == "," && e < len(toks) && (x.nameStarts(toks, e) || x.weakNameStarts(toks, e)) {
			after = nil
		}
		// "…, Giám đốc Cty TNHH một thành viên Lê Quang Lộc cho biết": a
		// company named after a person; the name belongs to the title
		if len(after) > 0 && e < len(toks) && x.nameStarts(toks, e) && companyTitle(toks[after[len(after)-1][0]:after[len(after)-1][1]]) {
			if ne, ok := x.nameAt(toks, e, false); ok {
				after[len(after)-1][1] = ne
				e = ne
			}
		}
		if len(after) > 0 {
			h.titles = append(h.titles, after...)
			k = e
			if toks[sep].Text == "(" && k < len(toks) && toks[k].Text == ")" {
				k++
			}
		}
	} else if k < len(toks) && lex.TitlePrefix[toks[k].Lower] == "former" && toks[k].Space && !toks[k].Newline {
		// "Nguyễn Văn Pha nguyên Phó Chủ tịch …": "nguyên" (former) joins a
		// post to the name without punctuation
		if after, e := x.titleChain(toks, k); len(after) > 0 && (e >= len(toks) || !x.nameStarts(toks, e)) {
			h.titles = append(h.titles, after...)
			h.former = after
			k = e
		}
	}
	return h, k, true
}

// degreeEnd returns the token after a degree or an honour at i and the
// lower-case words that qualify it ("Bác sĩ y khoa", "Tiến sĩ kinh tế",
// "PGS.TS"), or i.
func (x *People) degreeEnd(toks []vi.Token, i int) int {
	n := x.honorary.Match(toks, i)
	if n == 0 && i < len(toks) && lex.Academic[toks[i].Lower] {
		n = 1
	}
	if n == 0 {
		return i
	}
	return lex.DescriptorEnd(toks, i+n, true)
}

// asideEnd returns the token after a bracketed aside at i that holds no
// title ("(sinh năm 1971)", "(Lương Cường - Sinh năm 1957)"), or i: the
// aside is short, on one line, and not itself a title.
func (x *People) asideEnd(toks []vi.Token, i int) int {
	if i >= len(toks) || toks[i].Text != "(" {
		return i
	}
	if t, _ := x.titleChain(toks, i+1); len(t) > 0 {
		return i
	}
	for k := i + 1; k < len(toks) && k <= i+maxAside; k++ {
		switch {
		case toks[k].Newline || toks[k].Text == "(":
			return i
		case toks[k].Text == ")":
			return k + 1
		}
	}
	return i
}

// maxAside bounds the tokens of an aside between a name and its titles.
const maxAside = 12

// isTitleSep: punctuation that joins a name to the titles after it.
func isTitleSep(s string) bool {
	switch s {
	case "-", "–", "—", ",", "(":
		return true
	}
	return false
}

// titleCoref reads a bare title after an honorific ("đồng chí Trưởng ban
// Dân vận Tỉnh ủy đề nghị") that one person named earlier holds: the title
// stands for that person. It returns the hit and the token after it.
func (x *People) titleCoref(toks []vi.Token, i int, found []personHit) (personHit, int, bool) {
	n := x.honorificAt(toks, i)
	if n == 0 {
		return personHit{}, 0, false
	}
	chain, end := x.titleChain(toks, i+n)
	if len(chain) != 1 {
		return personHit{}, 0, false
	}
	key := strings.ToLower(joinTokens(toks[chain[0][0]:chain[0][1]]))
	holder := ""
	for _, h := range found {
		if h.coref || h.byTitle != "" {
			continue
		}
		for _, t := range h.titles {
			if strings.ToLower(joinTokens(toks[t[0]:t[1]])) == key {
				name := joinTokens(toks[h.start:h.end])
				if holder != "" && holder != name {
					return personHit{}, 0, false // two holders: ambiguous
				}
				holder = name
			}
		}
	}
	if holder == "" {
		return personHit{}, 0, false
	}
	return personHit{start: chain[0][0], end: chain[0][1], honor: strings.ToLower(joinTokens(toks[i : i+n])), byTitle: holder}, end, true
}

// companyTitle reports a title whose organization is a company, whose name
// may be a person's.
func companyTitle(ts []vi.Token) bool {
	for k := range ts {
		if lex.Company.Match(ts, k) > 0 {
			return true
		}
	}
	return false
}

// honorificAt returns how many tokens an honorific at i takes (0 if none).
func (x *People) honorificAt(toks []vi.Token, i int) int {
	if i >= len(toks) || !toks[i].Word {
		return 0
	}
	l := toks[i].Lower
	if l == "đồng" && i+1 < len(toks) && toks[i+1].Lower == "chí" {
		return 2
	}
	if lex.Honorifics[l] {
		return 1
	}
	return 0
}

// titleChain reads one or more titles from token i, separated by commas,
// dashes and "kiêm". It returns their token ranges and the token after.
func (x *People) titleChain(toks []vi.Token, i int) ([][2]int, int) {
	var chain [][2]int
	j := i
	for {
		s, e, ok := x.title(toks, j)
		if !ok {
			break
		}
		chain = append(chain, [2]int{s, e})
		j = e
		if j+1 >= len(toks) {
			break
		}
		sep := toks[j].Lower
		// ", nhiệm kỳ 2014-2019," qualifies the title before it
		if sep == "," && j+3 < len(toks) && strings.EqualFold(toks[j+1].Text, "nhiệm") && strings.EqualFold(toks[j+2].Text, "kỳ") {
			k := j + 3
			for k < len(toks) && (isRomanOrNumber(toks[k].Text) || toks[k].Text == "-" || toks[k].Text == "–") {
				k++
			}
			if k < len(toks) && toks[k].Text == "," {
				if _, _, ok := x.title(toks, k+1); ok {
					j = k + 1
					continue
				}
			}
		}
		// "…, Bí thư Thành ủy Hà Nội (nguyên Bí thư Tỉnh ủy Ninh Bình)"
		if sep == "(" {
			if s2, e2, ok := x.title(toks, j+1); ok && e2 < len(toks) && toks[e2].Text == ")" {
				chain = append(chain, [2]int{s2, e2})
				j = e2 + 1
				continue
			}
		}
		if sep == "," || sep == "-" || sep == "–" || sep == "—" || sep == "kiêm" {
			if _, _, ok := x.title(toks, j+1); ok {
				j++
				continue
			}
			// "Sở Tài nguyên - Môi trường": a dash inside a name continues it
			if sep != "," && sep != "kiêm" && toks[j+1].Capitalized() && !x.nameStarts(toks, j+1) {
				e2 := x.orgTail(toks, j+1)
				if e2 > j+1 {
					chain[len(chain)-1][1] = e2
					j = e2
					continue
				}
			}
		}
		break
	}
	return chain, j
}

// title reads one title at token i: an optional prefix ("nguyên", "cựu",
// "cố", "quyền" kept, "tân" dropped), a role, and the organization and
// place after it.
func (x *People) title(toks []vi.Token, i int) (int, int, bool) {
	if i >= len(toks) || !toks[i].Word {
		return 0, 0, false
	}
	start := i
	// "tân" is dropped; "nguyên", "cựu", "cố", "quyền" stay in the title
	if p := lex.TitlePrefix[toks[i].Lower]; p != "" && x.roles.Match(toks, i+1) > 0 && toks[i+1].Space && !x.prefixIsNoun(toks, i) {
		i++
		if p == "dropped" {
			start = i
		}
	}
	n := x.roles.Match(toks, i)
	if n == 0 {
		return 0, 0, false
	}
	// "Ban Bí thư", "Văn phòng Chủ tịch nước": a role word inside the name
	// of a body is not a title
	if i > 0 && toks[i].Space && (toks[i-1].Lower == "ban" || toks[i-1].Lower == "phòng") {
		return 0, 0, false
	}
	end := x.orgTail(toks, i+n)
	return start, end, true
}

// prefixIsNoun reports a title prefix at i that is the noun it also is:
// "quyền" (power, right) after a word it is the object of or compounds with
// ("trao quyền Thủ tướng", "thẩm quyền Chủ tịch"), not "acting". As a
// prefix it follows punctuation, a name, an honorific or a verb of office.
func (x *People) prefixIsNoun(toks []vi.Token, i int) bool {
	if lex.TitlePrefix[toks[i].Lower] != "acting" || i == 0 {
		return false
	}
	p := toks[i-1]
	return p.Word && !p.Cap && !lex.Honorifics[p.Lower] && !lex.TitleBreaks[p.Lower] && !lex.Particles[p.Lower] && lex.AppointTake.Match(toks, i-1) == 0
}

// orgTail consumes the organization and place words of a title from token
// i and returns the token after them. It stops at punctuation, at a word
// that cannot continue a name of an organization, and where a person's name
// begins.
func (x *People) orgTail(toks []vi.Token, i int) int {
	j := i
	// "Thượng tướng Ngụy Phượng Hòa", "Tổng Bí thư Trường Chinh": a run of
	// name syllables right after the role, ending the phrase, is the name
	if n := x.nameRunAfterRole(toks, i); n > 0 {
		return i
	}
	// "Trưởng ban pháp chế HĐND tỉnh": a role that ends with the body's
	// head word ("ban", "đoàn") is followed by the body's name as after a
	// capital
	prevCap := j > 0 && (toks[j-1].Capitalized() || lex.RoleBodies[toks[j-1].Lower])
	named := false // a head word of a body that needs a name was read
	// "Trưởng ban tổ chức", "Phó Ban nghiên cứu và đào tạo": a role that
	// ends with the body's kind is followed by that body's description
	if i > 0 && lex.RoleBodies[toks[i-1].Lower] && lex.Predicates.Match(toks, i-1) == 0 && x.nameRunAfterRole(toks, i) == 0 {
		if e := lex.DescriptorEnd(toks, i, true); e > i {
			j, named, prevCap = e, true, false
		}
	}
	placed := false // a place was read: the body's own name is over
	proper := false // a capitalized word of the body's own name was read
	// no organization's name runs this long; the cap keeps hostile text
	// (thousands of capitalized words) linear
	for j < len(toks) && j-i < maxOrgTokens {
		t := toks[j]
		if t.Text == "(" && j+2 < len(toks) && toks[j+1].Acronym() && toks[j+2].Text == ")" {
			j += 3
			prevCap = true
			continue
		}
		// "Vụ trưởng Vụ Đảng viên (Ban Tổ chức Trung ương)": the parent
		// body in brackets after a body's name belongs to the title
		if t.Text == "(" && j > i && toks[j-1].Word && x.entityHeads.Match(toks, j+1) > 0 && toks[j+1].Capitalized() {
			if e := x.orgTail(toks, j+1+x.entityHeads.Match(toks, j+1)); e < len(toks) && toks[e].Text == ")" {
				j = e + 1
				prevCap, placed = false, true
				continue
			}
		}
		if t.Text == "," && x.listedBodyName(toks, i, j) {
			j++
			prevCap = false
			continue
		}
		// "UBND TP. Hà Nội": the abbreviated level keeps its full stop
		if t.Text == "." && j > i && toks[j-1].Lower == "tp" && j+1 < len(toks) && toks[j+1].Space && !toks[j+1].Newline {
			n := x.places.Match(toks, j+1)
			if n == 0 {
				n = x.unitOf(toks, j+1, "tp")
			}
			if n > 0 {
				j += 1 + n
				prevCap, placed, proper = true, true, true
				continue
			}
		}
		if (!t.Space && !t.Camel) || t.Newline {
			break
		}
		if t.Text == "&" && j+1 < len(toks) && toks[j+1].Capitalized() {
			j++
			if !toks[j].Space { // "THCS &THPT": the word glued to it is read here
				j++
				prevCap = true
			}
			continue
		}
		if !t.Word || lex.Academic[t.Lower] {
			break // "… GS.TS Tô Lâm"
		}
		l := t.Lower
		if n := x.places.Match(toks, j); n > 0 { // before honorifics: "Bà Rịa - Vũng Tàu"
			j += n
			prevCap = true
			placed, proper = true, true
			continue
		}
		if h := x.honorificAt(toks, j); h > 0 && j+h < len(toks) && toks[j+h].NameSyllable() {
			break // "… Bỉm Sơn đồng chí Trịnh Tuấn Thành"
		}
		// "Trung tâm y tế huyện", "Cục thi hành án dân sự tỉnh", "trường
		// THPT": the head of a body that needs a name, then the lower-case
		// words that describe it
		if n := lex.BodyHead(toks, j, j == i); n > 0 && !(t.Capitalized() && x.nameStarts(toks, j)) && x.orgNames.Match(toks, j) == 0 {
			j += n
			named = true
			prevCap = toks[j-1].Capitalized()
			// "Bộ Thông tin và truyền thông": a ministry's or department's
			// sector is its name however its fields are capitalized
			if m := lex.SectorAt(toks, j); m > 0 {
				j += m
				prevCap, proper = false, true // the sector ends on a whole word
				continue
			}
			if e := lex.DescriptorEnd(toks, j, true); e > j {
				j = e
				prevCap = false
			}
			continue
		}
		if n := x.orgPhrases.Match(toks, j); n > 0 {
			j += n
			prevCap = false
			continue
		}
		if t.Capitalized() {
			if lex.NotInName[t.Lower] {
				break // "… tỉnh Thái Nguyên Theo …": a sentence that lost its full stop
			}
			// "UBND TP Cao Lãnh", "xã Triệu Phong": after a level word a
			// run the gazetteer knows is the unit, even where it begins
			// with a family name
			if n := x.unitAfterLevel(toks, j); n > 0 {
				j += n
				prevCap, placed, proper = true, true, true
				continue
			}
			// "Trường Tiểu học", "Trường THPT": a kind of school is not yet
			// the school's name
			if n := lex.SchoolKinds.Match(toks, j); n > 0 && named && !proper {
				j += n
				prevCap = true
				continue
			}
			// "trường THPT Chu Văn An", "Trường Tiểu học Kim Đồng": a name
			// right after a kind of school names the school, not a person
			if named && !proper && x.afterSchoolKind(toks, i, j) {
				if e, ok := x.nameAt(toks, j, false); ok {
					j = e
					proper, prevCap = true, true
					continue
				}
			}
			if x.nameStarts(toks, j) {
				// "Trung ương Đoàn Phạm Phương Chi": an organization word
				// that is also a family name, with a name right after it
				if !(x.weakNames[t.Text] && x.nameStarts(toks, j+1)) {
					break
				}
			}
			// "Thành ủy Tất Thành Cang": a rarer family name starting a
			// three-syllable run that ends the phrase
			// (not the name a body's head asks for, "Công ty TNHH Long Hiệp
			// Cư", nor a unit the gazetteer knows after a level word,
			// "phường Hòa Hiệp Bắc")
			if x.weakNames[t.Text] && x.nameRunAfterRole(toks, j) == 3 && !(named && !proper) &&
				!(isLevelWord(toks[j-1].Lower) && gazetteer.IsPlace(joinTokens(toks[j:j+3]))) {
				break
			}
			if n := x.orgNames.Match(toks, j); n > 0 {
				j += n
				prevCap = true
				continue
			}
			// "Bộ trưởng Ngoại giao Mỹ Antony Blinken": a word no Vietnamese
			// syllable can be starts a foreign name
			// (not after "Tỉnh ủy", "bang": "Tỉnh ủy Villa Clara" is a place)
			afterLevel := isLevelWord(toks[j-1].Lower) || toks[j-1].Lower == "ủy" || toks[j-1].Lower == "bang"
			if j > i && !afterLevel && t.NameSyllable() && foreignWord(t.Lower) && j+1 < len(toks) && toks[j+1].NameSyllable() && toks[j+1].Space {
				break // a given name and a family name, not a one-word brand ("T&T Group")
			}
			// "Văn phòng Chủ tịch nước": a role inside an organization's name
			if n := x.roles.Match(toks, j); n > 1 {
				j += n
				prevCap = false
				continue
			}
			j++
			// "Bộ Ngoại giao": a lower-case syllable continues a word, not an
			// acronym ("Bộ KH&CN giao nhiệm vụ")
			prevCap = !t.Acronym()
			proper = proper || (named && !t.Acronym())
			continue
		}
		if isLevelWord(l) || l == "đảng" {
			j++
			prevCap = false
			placed = placed || isLevelWord(l)
			continue
		}
		if (l == "thành" && j+1 < len(toks) && toks[j+1].Lower == "phố") || (l == "thị" && j+1 < len(toks) && (toks[j+1].Lower == "xã" || toks[j+1].Lower == "trấn")) {
			j += 2
			prevCap = false
			continue
		}
		if l == "khóa" && j+1 < len(toks) && isRomanOrNumber(toks[j+1].Text) {
			j += 2
			prevCap = false
			continue
		}
		// "Ban Chỉ đạo Nhà nước về Du lịch": what a steering body is about
		if l == "về" && j+1 < len(toks) && toks[j+1].Capitalized() && hasSteering(toks[i:j]) && !x.nameStarts(toks, j+1) {
			j++
			continue
		}
		// "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng": its topic in
		// lower case, commas inside it included
		if l == "về" && hasSteering(toks[i:j]) {
			// the topic ends the name: a capitalized word after it
			// belongs to the sentence ("về việc Việt Nam tham gia")
			if e := lex.TopicEnd(toks, j+1); e > j+1 && (e >= len(toks) || !toks[e].Cap || !toks[e].Word) {
				j = e
				break
			}
		}
		// "Sở Giáo dục và Đào tạo" is one body; "Bộ Lao động, Thương binh
		// và Xã hội và Ngân hàng Nhà nước" is two
		if l == "và" && j+1 < len(toks) && toks[j+1].Capitalized() && !lex.BodyStarts[toks[j+1].Lower] &&
			!x.nameStarts(toks, j+1) && x.roles.Match(toks, j+1) == 0 && j > i {
			j++
			continue
		}
		nextNamed := j+1 < len(toks) && toks[j+1].Space && (toks[j+1].Capitalized() || toks[j+1].Acronym() || isLevelWord(toks[j+1].Lower))
		if !prevCap && x.orgWords[l] && nextNamed && j > i {
			// "… pháp chế HĐND": lower-case syllables between capitals
			j++
			continue
		}
		if prevCap && (x.orgWords[l] || (j+1 < len(toks) && toks[j+1].Space && (toks[j+1].Capitalized() || toks[j+1].Acronym()) && !lex.Function[l] && !lex.TitleBreaks[l])) {
			// the second syllable of a capitalized word ("Dân vận",
			// "Chấp hành Trung ương")
			j++
			prevCap = false
			continue
		}
		// "Quân khu 4", "UBND Quận 2", "Trường THPT Thạch Thành 1": a small
		// number after a body's word, ending the phrase, is part of its name
		if j > i && vi.IsNumber(t.Text) && len(t.Text) <= 3 && (named || toks[j-1].Capitalized()) &&
			(j+1 >= len(toks) || !toks[j+1].Word || toks[j+1].Cap || toks[j+1].Newline) {
			j++
			prevCap = false
			continue
		}
		// "Vụ Kiểm soát chi Kho bạc Nhà nước", "Hội Huyết học truyền máu
		// Việt Nam": lower-case words inside a named body's name, before
		// its place
		if named && !placed && j > i {
			if e := lex.DescriptorEnd(toks, j, false); e > j {
				j = e
				prevCap = false
				continue
			}
			// "Tòa án Nhân dân tối cao;", "Đại học Kinh tế quốc dân,": a
			// lower-case tail of one or two words ends a capitalized name
			// at a clause break
			if e := lex.NameTailEnd(toks, j); e > j && (properWord(toks[j-1]) || (j-2 >= i && properWord(toks[j-2]))) {
				j = e
				break
			}
		}
		break
	}
	// "Viện nghiên cứu tôn giáo và GS. …": a joiner that nothing followed
	// is not part of the name
	for j > i && (toks[j-1].Lower == "và" || toks[j-1].Text == "&") {
		j--
	}
	return j
}

// unitAfterLevel returns how many tokens from i (three at most) name an
// administrative unit the gazetteer knows, right after a level word of
// its type; 0 if none.
func (x *People) unitAfterLevel(toks []vi.Token, i int) int {
	if i == 0 || !isLevelWord(toks[i-1].Lower) {
		return 0
	}
	level := toks[i-1].Lower
	if i >= 2 && isLevelWord(toks[i-2].Lower+" "+level) {
		level = toks[i-2].Lower + " " + level
	}
	return x.unitOf(toks, i, level)
}

// unitOf returns how many tokens from i name a unit written after the
// level word level, or 0. After a province's level word the unit must be a
// province: "TP Lê Hồng Sơn" is no city even where a ward of that name
// exists.
func (x *People) unitOf(toks []vi.Token, i int, level string) int {
	if level == "tp" {
		level = "thành phố"
	}
	typ, ok := gazetteer.ParseType(level)
	if !ok {
		return 0
	}
	// the unit is the whole run of capitalized syllables, or is followed
	// by a person's name: "huyện Gia Lâm Nguyễn Ngọc Thuần", but "huyện
	// Phan Thị Hải Yến" is not the commune "Phan"
	run := 0
	for i+run < len(toks) && run < 7 && toks[i+run].NameSyllable() && toks[i+run].Space && !toks[i+run].Newline {
		run++
	}
	for n := min(run, 3); n >= 1; n-- {
		if n < run && !x.nameStarts(toks, i+n) {
			continue
		}
		name := joinTokens(toks[i : i+n])
		// below a province the data misses some units of earlier years;
		// any unit of that name will do there
		if len(gazetteer.Default().Find(name, typ)) > 0 || (typ != gazetteer.Tinh && typ != gazetteer.ThanhPho && gazetteer.IsPlace(name)) {
			return n
		}
	}
	return 0
}

// properWord: a capitalized word of a name, not an acronym.
func properWord(t vi.Token) bool { return t.Capitalized() && !t.Acronym() }

// afterSchoolKind reports whether a kind of school ("THPT", "mầm non")
// ends right before token j, after token i.
func (x *People) afterSchoolKind(toks []vi.Token, i, j int) bool {
	for k := max(i, j-4); k < j; k++ {
		if k+lex.SchoolKinds.Match(toks, k) == j {
			return true
		}
	}
	return false
}

// listedBodyName reports whether the comma at token c lists the fields of
// one body's name, as ministries and departments are named: "Bộ Văn hóa,
// Thể thao và Du lịch", "Sở Lao động, Thương binh và Xã hội". The title
// from token i must have named a body's head word, and what follows the
// comma must be a capitalized field, not a role, a person, a place or
// another body ("Sở Y tế, Sở Giáo dục và Đào tạo"), that
// a "và" and a further capitalized field end within a few words.
func (x *People) listedBodyName(toks []vi.Token, i, c int) bool {
	headed := false
	for k := max(i-1, 0); k < c; k++ { // from the head word before the tail
		if toks[k].Capitalized() && lex.ListBodies[toks[k].Lower] {
			headed = true
		}
	}
	k := c + 1
	if !headed || k >= len(toks) || !toks[k].Space || !toks[k].NameSyllable() || lex.NameStops[toks[k].Text] ||
		x.roles.Match(toks, k) > 0 || x.nameStarts(toks, k) || x.places.Match(toks, k) > 0 {
		return false
	}
	for k++; k < len(toks) && k <= c+4; k++ {
		t := toks[k]
		if !t.Word || !t.Space || t.Newline {
			return false
		}
		if t.Lower == "và" {
			return k+1 < len(toks) && toks[k+1].NameSyllable() && toks[k+1].Space &&
				x.roles.Match(toks, k+1) == 0 && !x.nameStarts(toks, k+1)
		}
	}
	return false
}

// maxOrgTokens bounds the organization part of one title.
const maxOrgTokens = 24

// nameRunAfterRole returns the length of a run of two to four name
// syllables at i that ends the phrase (punctuation, a lower-case word that
// cannot continue an organization, or the end), or 0.
func (x *People) nameRunAfterRole(toks []vi.Token, i int) int {
	j := i
	for j < len(toks) && j-i < 5 && toks[j].NameSyllable() && toks[j].Space && !toks[j].Newline {
		if x.places.Match(toks, j) > 0 {
			return 0
		}
		j++
	}
	n := j - i
	if n < 2 || n > 4 {
		return 0
	}
	if j < len(toks) && toks[j].Word && toks[j].Space {
		l := toks[j].Lower
		if x.orgWords[l] || isLevelWord(l) || toks[j].Capitalized() || toks[j].Acronym() {
			return 0
		}
	}
	if (x.orgWords[toks[i+1].Lower] && !x.surnames[toks[i].Text] && !x.weakNames[toks[i].Text]) || lex.NameStops[toks[i].Text] {
		return 0
	}
	// "Đoàn Luật sư TPHCM": a body's head whose next word goes on in lower
	// case is a body, not a person
	if lex.BodyHead(toks, i, false) > 0 && j < len(toks) && toks[j].Word && !toks[j].Cap && lex.DescriptorEnd(toks, j, true) > j {
		return 0
	}
	// "Tổng thống Nga Vladimir Putin": Vietnamese words before a foreign
	// name are the country, part of the title
	if !foreignWord(toks[i].Lower) {
		for k := i + 1; k < j; k++ {
			if foreignWord(toks[k].Lower) {
				return 0
			}
		}
	}
	return n
}

// isLevelWord names an administrative level or settlement written in lower
// case inside a title ("UBND tỉnh", "Bí thư thôn").
func isLevelWord(l string) bool { return lex.IsLevel(l) }

// weakNameStarts reports a name of three syllables at i that opens with a
// rarer family name ("Uông Chu Lưu") and ends the phrase.
func (x *People) weakNameStarts(toks []vi.Token, i int) bool {
	return i < len(toks) && x.weakNames[toks[i].Text] && x.nameRunAfterRole(toks, i) == 3
}

// nameStarts reports whether a person's name (family name first) begins at
// token i.
func (x *People) nameStarts(toks []vi.Token, i int) bool {
	_, ok := x.nameAt(toks, i, false)
	return ok
}

// nameAt reads a name at token i: two to four capitalized syllables joined
// by single spaces. Unless loose, the first must be a family name. A known
// place is never a name.
func (x *People) nameAt(toks []vi.Token, i int, loose bool) (int, bool) {
	if i >= len(toks) || !toks[i].NameSyllable() {
		return 0, false
	}
	if !loose && !x.surnames[toks[i].Text] {
		return 0, false
	}
	if n := x.places.Match(toks, i); n > 0 && !loose && n < 4 {
		return 0, false // "Hà Nội Nguyễn Đức …": a run that opens with a place
	}
	j := i + 1
	for j < len(toks) && j-i < 4 && toks[j].NameSyllable() && (toks[j].Space || toks[j].Camel) && !toks[j].Newline &&
		!lex.NotInName[toks[j].Lower] && x.honorificAt(toks, j) != 2 {
		// a place inside the run ends the name ("Đoàn Quảng Trị Đỗ Văn
		// Bình"); one that ends the run is part of it ("Trương Hòa Bình")
		if n := x.places.Match(toks, j); n > 0 && j+n < len(toks) && toks[j+n].NameSyllable() && toks[j+n].Space {
			break
		}
		j++
	}
	if j-i < 2 {
		return 0, false
	}
	if n := x.places.Match(toks, i); n > 0 && n >= j-i && !loose {
		return 0, false
	}
	// a following role word is a new title, not part of the name
	for k := i + 1; k < j; k++ {
		if x.roles.Match(toks, k) > 0 && !x.surnames[toks[k].Text] {
			j = k
			break
		}
	}
	if j-i < 2 {
		return 0, false
	}
	// "xuân Đinh Dậu", "Tết Bính Thân": a stem and a branch of the
	// sexagenary cycle name a year, never a person
	if j-i == 2 && lunar.NearestYearNamed(toks[i].Text+" "+toks[i+1].Text, 2000) != 0 {
		return 0, false
	}
	// "Nguyễn Nguyễn Nguyễn": a repeated syllable is not a name
	for k := i + 1; k < j; k++ {
		if toks[k].Text == toks[k-1].Text {
			return 0, false
		}
	}
	return j, true
}

// bareNameOK decides whether a name with no title or honorific before it
// stands on its own: not after a place word ("tỉnh Hà Nam", "đường Lê
// Lợi"), not inside an organization's name ("Trường THPT Lê Quý Đôn").
func (x *People) bareNameOK(d *doc.Document, toks []vi.Token, s, e int) bool {
	if titleCaseLines(d)[s] {
		return false // "Hồ Sơ Vụ Án Được Đưa Ra Xét Xử": a headline, every word capitalized
	}
	if pn := placeNames(d); len(pn) > 0 && pn[joinTokens(toks[s:e])] {
		return false // "Lê Hồng, Hải Dương: …" where the text says "xã Lê Hồng"
	}
	if s == 0 || toks[s].Newline {
		return true
	}
	p := toks[s-1]
	if !p.Space && p.Word {
		return false
	}
	if p.Word {
		if afterWordOf(placeWord, toks, s) {
			return false
		}
		if x.insideOrganization(toks, s) {
			return false
		}
		if p.Capitalized() || p.Acronym() {
			// after a sentence-initial word it may still be a name
			prevSentEnd := s >= 2 && (toks[s-2].Text == "." || toks[s-2].Newline)
			return prevSentEnd && !lex.NamedHeads[p.Lower]
		}
	}
	return true
}

// placeNames holds the runs of name syllables the document writes after
// the word for a commune, a ward or a district ("xã Lê Hồng"): the same
// words bare elsewhere in it (the headline "Lê Hồng, Hải Dương: …") name
// the place. Streets, schools and cities are left out: they are named for
// people the same article often speaks of ("đường Tố Hữu", "Tố Hữu là nhà
// thơ"; "TP Hồ Chí Minh", "tư tưởng Hồ Chí Minh"). Computed once per
// document.
func placeNames(d *doc.Document) map[string]bool {
	return d.Memo("extractors/place-names", func() any {
		toks := vi.Tokens(d)
		set := map[string]bool{}
		for i := 1; i < len(toks); i++ {
			if !afterWordOf(localUnit, toks, i) {
				continue
			}
			j := i
			for j < len(toks) && j-i < 4 && toks[j].NameSyllable() && toks[j].Space && !toks[j].Newline {
				j++
				if j-i >= 2 {
					set[joinTokens(toks[i:j])] = true
				}
			}
		}
		return set
	}).(map[string]bool)
}

// afterWordOf reports whether one word or two words of set ("xã", "thị xã")
// stand right before token i.
func afterWordOf(set func(string) bool, toks []vi.Token, i int) bool {
	if i < 1 {
		return false
	}
	l := toks[i-1].Lower
	return set(l) || (i >= 2 && set(toks[i-2].Lower+" "+l))
}

// placeWord: after an administrative level or a place noun a capitalized
// run is a place (or a work, a prize), not a person.
func placeWord(w string) bool { return lex.IsLevel(w) || lex.PlaceNouns[w] }

// localUnit: an administrative unit below a province.
func localUnit(w string) bool { return lex.LevelIn(w, vi.District, vi.Village) }

// insideOrganization walks back from token s over the words of a name of
// an organization ("Đoàn Thanh niên Cộng sản Hồ Chí Minh") and reports
// whether one begins there.
func (x *People) insideOrganization(toks []vi.Token, s int) bool {
	for k := s - 1; k >= 0 && s-k <= 8; k-- {
		t := toks[k]
		if !t.Word || (k+1 < len(toks) && !toks[k+1].Space) {
			return false
		}
		if t.Capitalized() {
			if orgHeadWords[t.Text] || lex.NamedHeads[t.Lower] {
				return true
			}
			continue
		}
		if k > 0 && toks[k-1].Capitalized() && (x.orgWords[t.Lower] || lex.OrgInner[t.Lower]) {
			continue
		}
		return false
	}
	return false
}

func isWordOf(w string, set ...string) bool {
	l := strings.ToLower(w)
	for _, s := range set {
		if l == s {
			return true
		}
	}
	return false
}

// antecedent finds an earlier person whose name ends with the given given
// name; it returns the index into found, or -1.
func (x *People) antecedent(d *doc.Document, toks []vi.Token, given string, found []personHit) int {
	for k := len(found) - 1; k >= 0; k-- {
		h := found[k]
		if h.coref {
			continue
		}
		if strings.EqualFold(toks[h.end-1].Text, given) {
			return k
		}
	}
	return -1
}

func isRomanOrNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune("IVXLC0123456789", r) {
			return false
		}
	}
	return true
}

func joinTokens(ts []vi.Token) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 && t.Space {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// emit turns hits into person and title mentions.
func (x *People) emit(d *doc.Document, toks []vi.Token, found []personHit) {
	var persons []*doc.Mention
	for _, h := range found {
		name := joinTokens(toks[h.start:h.end])
		p := &doc.Person{Name: name, Honorific: h.honor}
		rule := "people/name"
		if h.byTitle != "" {
			// "đồng chí Trưởng ban Dân vận Tỉnh ủy": the holder named before
			rule = "people/coref-title"
			for k := len(persons) - 1; k >= 0; k-- {
				if persons[k].Person.Name == h.byTitle && persons[k].Person.Antecedent == nil {
					p.Antecedent = persons[k]
					p.Name = h.byTitle
					break
				}
			}
			if p.Antecedent == nil {
				continue
			}
			h.titles = nil // the span is the title: it is not given again
		} else if h.coref {
			rule = "people/coref"
			for k := len(persons) - 1; k >= 0; k-- {
				if persons[k].Person.Antecedent == nil && strings.HasSuffix(strings.ToLower(persons[k].Person.Name), " "+strings.ToLower(name)) {
					p.Antecedent = persons[k]
					p.Name = persons[k].Person.Name
					break
				}
			}
			if p.Antecedent == nil {
				continue
			}
		}
		m := d.Add(&doc.Mention{Kind: doc.KindPerson, Start: toks[h.start].Start, End: toks[h.end-1].End, Rule: rule, Person: p})
		persons = append(persons, m)
		for ti, tr := range h.titles {
			s, e := toks[tr[0]].Start, toks[tr[1]-1].End
			t := x.split(toks, tr)
			t.Person = m
			t.Shape = "before"
			if tr[0] > h.start {
				t.Shape = "after"
			}
			if h.shared && ti == 0 {
				t.Shape = "shared"
			}
			tm := &doc.Mention{Kind: doc.KindTitle, Start: s, End: e, Rule: "people/title-" + t.Shape, Title: t}
			d.Add(tm)
		}
	}
	resolvePlaces(d)
}

// split divides a title into role, organization, expanded organization and
// place.
func (x *People) split(toks []vi.Token, tr [2]int) *doc.Title {
	i := tr[0]
	t := &doc.Title{}
	if p := lex.TitlePrefix[toks[i].Lower]; p != "" && p != "dropped" && x.roles.Match(toks, i) == 0 {
		t.Former = p == "former"
		i++
	}
	n := x.roles.Match(toks, i)
	t.Role = joinTokens(toks[i : i+n])
	if i+n < tr[1] {
		org := toks[i+n : tr[1]]
		t.Organization = joinTokens(org)
		// "Trưởng ban Dân vận Tỉnh ủy": the body is "Ban Dân vận Tỉnh ủy"
		last := toks[i+n-1].Lower
		if n > 1 && (last == "ban" || last == "đoàn" || last == "phòng" || last == "khoa") {
			t.Organization = upperFirst(last) + " " + t.Organization
		}
		t.OrganizationFull = expand(x.abbrev, org)
		if t.Organization != joinTokens(org) {
			t.OrganizationFull = upperFirst(last) + " " + t.OrganizationFull
		}
		// the most specific place is the last: "… Việt Nam quận Hoàn Kiếm"
		for k := 0; k < len(org); k++ {
			if n := x.places.Match(org, k); n > 0 {
				t.Place = joinTokens(org[k : k+n])
				k += n - 1 // "Thừa Thiên Huế", not "Huế" inside it
			}
		}
	}
	return t
}

// resolvePlaces gives a title whose organization names its level only
// ("UBND tỉnh", "Tỉnh ủy", "Chủ tịch UBND huyện") the place of that level
// the article names nearest before it ("tỉnh Kon Tum", "Huyện ủy Ba Vì"),
// or, if none comes before, the first one after.
func resolvePlaces(d *doc.Document) {
	type placeAt struct {
		pos         int
		level, name string
	}
	var found []placeAt
	toks := vi.Tokens(d)
	for i := 0; i+1 < len(toks); i++ {
		l, k, level := toks[i].Lower, i+1, ""
		switch {
		case l == "tỉnh" || l == "huyện" || l == "quận":
			level = l
		case l == "thành" && toks[i+1].Lower == "phố":
			level, k = "thành phố", i+2
		case l == "tp":
			level = "thành phố"
		case l == "ủy" && i > 0: // "Tỉnh ủy Vĩnh Phúc", "Huyện ủy Ba Vì"
			level = map[string]string{"tỉnh": "tỉnh", "huyện": "huyện", "quận": "quận", "thành": "thành phố"}[toks[i-1].Lower]
		}
		if level == "" || k >= len(toks) {
			continue
		}
		j := k
		if n := lex.Places.Match(toks, k); n > 0 {
			j = k + n
		} else {
			for j < len(toks) && j-k < 3 && toks[j].NameSyllable() && toks[j].Space {
				j++
			}
			if j-k < 2 {
				continue
			}
		}
		if d.Overlaps(toks[k].Start, toks[j-1].End, doc.KindPerson) {
			continue // "Chủ tịch HĐND tỉnh Nguyễn Văn Hòa": a title's holder
		}
		found = append(found, placeAt{toks[i].Start, level, joinTokens(toks[k:j])})
	}
	if len(found) == 0 {
		return
	}
	for _, m := range d.Mentions {
		if m.Kind != doc.KindTitle {
			continue
		}
		org := strings.ToLower(m.Title.Organization)
		// a place already read from the title stands, unless the title ends
		// with a bare level: "Ủy ban MTTQ Việt Nam tỉnh" is of a province
		if m.Title.Place != "" && !endsWithLevel(org) {
			continue
		}
		level := ""
		for _, lv := range committeeLevels {
			if strings.HasSuffix(org, " "+lv.Word) || org == lv.Word || strings.HasPrefix(org, lv.Committee) {
				level = lv.Word
			}
		}
		if level == "" {
			continue
		}
		place := ""
		for _, f := range found {
			if f.level != level {
				continue
			}
			if f.pos < m.Start || place == "" {
				place = f.name
			}
			if f.pos >= m.Start {
				break
			}
		}
		if place != "" {
			m.Title.Place = place
		}
	}
}

// endsWithLevel reports an organization ending with a bare level word.
func endsWithLevel(org string) bool {
	i := strings.LastIndexByte(org, ' ')
	if i < 0 {
		return false
	}
	last := org[i+1:]
	if j := strings.LastIndexByte(org[:i], ' '); j >= 0 && lex.IsLevel(org[j+1:]) {
		last = org[j+1:] // "thành phố", "thị xã"
	}
	return lex.LevelIn(last, vi.Province, vi.Commune)
}

// committeeLevels are the levels with a Party committee of their own
// ("tỉnh" and "Tỉnh ủy"), whose place a bare committee title takes, in a
// fixed order.
var committeeLevels = func() []vi.Level {
	var out []vi.Level
	for _, lv := range lex.Levels {
		if lv.Committee != "" && lex.LevelIn(lv.Word, vi.Province, vi.District) {
			out = append(out, lv)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Word < out[j].Word })
	return out
}()

func upperFirst(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	return strings.ToUpper(string(r[:1])) + string(r[1:])
}

// foreignWord reports a word that cannot be a Vietnamese syllable: letters
// Vietnamese does not use (f, j, w, z), an onset cluster it does not have
// ("bl", "st"), or a final consonant it does not allow. Such a capitalized
// word after a title begins a foreign name, not an organization's.
func foreignWord(w string) bool {
	return w != "" && isASCII(w) && !vi.Syllable(w)
}

// titleCaseLines marks the tokens of lines written in title case: five or
// more words, nearly all capitalized, as some sites write headlines. Names
// cannot be told from other words there. Computed once per document.
func titleCaseLines(d *doc.Document) []bool {
	return d.Memo("extractors/title-case-lines", func() any {
		toks := vi.Tokens(d)
		flags := make([]bool, len(toks))
		for b := 0; b < len(toks); {
			e := b + 1
			for e < len(toks) && !toks[e].Newline {
				e++
			}
			words, caps := 0, 0
			for k := b; k < e; k++ {
				if toks[k].Word && !toks[k].Acronym() {
					words++
					if toks[k].Cap {
						caps++
					}
				}
			}
			if words >= 5 && caps*10 >= words*9 {
				for k := b; k < e; k++ {
					flags[k] = true
				}
			}
			b = e
		}
		return flags
	}).([]bool)
}

// hasSteering reports a steering body's name ("Ban Chỉ đạo …").
func hasSteering(ts []vi.Token) bool {
	for k := 0; k+1 < len(ts); k++ {
		if ts[k].Lower == "chỉ" && ts[k+1].Lower == "đạo" {
			return true
		}
	}
	return false
}
