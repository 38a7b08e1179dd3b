package vi

import (
	"strings"

	"github.com/vnextract/vnextract/lang/vi/gazetteer"
	"github.com/vnextract/vnextract/pipeline/doc"
)

// The noun-phrase grammar of titles: a title is an optional prefix
// ("nguyên", "quyền"), a role from the roles lexicon, and the body and
// place it is held in ("Phó Bí thư Tỉnh ủy Thanh Hóa"); a chain is titles
// joined by commas, dashes and the word for "concurrently". The body's
// name runs as OrgTail reads it: until a function word, a verb,
// punctuation, a person's name or the next title.

// CompanyTitle reports a title whose organization is a company, whose name
// may be a person's.
func (g *Grammar) CompanyTitle(ts []Token) bool {
	for k := range ts {
		if g.Company.Match(ts, k) > 0 {
			return true
		}
	}
	return false
}

// TitleChain reads one or more titles from token i, separated by commas,
// dashes and "kiêm". It returns their token ranges and the token after.
func (g *Grammar) TitleChain(toks []Token, i int) ([][2]int, int) {
	var chain [][2]int
	j := i
	for {
		s, e, ok := g.Title(toks, j)
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
		if n := g.At(toks, j+1, Term); sep == "," && n > 0 && j+n+1 < len(toks) {
			k := j + 1 + n
			for k < len(toks) && (isRomanOrNumber(toks[k].Text) || toks[k].Text == "-" || toks[k].Text == "–") {
				k++
			}
			if k < len(toks) && toks[k].Text == "," {
				if _, _, ok := g.Title(toks, k+1); ok {
					j = k + 1
					continue
				}
			}
		}
		// "…, Bí thư Thành ủy Hà Nội (nguyên Bí thư Tỉnh ủy Ninh Bình)"
		if sep == "(" {
			if s2, e2, ok := g.Title(toks, j+1); ok && e2 < len(toks) && toks[e2].Text == ")" {
				chain = append(chain, [2]int{s2, e2})
				j = e2 + 1
				continue
			}
		}
		if sep == "," || sep == "-" || sep == "–" || sep == "—" || toks[j].IsKind(Concurrently) {
			if _, _, ok := g.Title(toks, j+1); ok {
				j++
				continue
			}
			// "Sở Tài nguyên - Môi trường": a dash inside a name continues it
			if sep != "," && !toks[j].IsKind(Concurrently) && toks[j+1].Capitalized() && !g.NameStarts(toks, j+1) {
				e2 := g.OrgTail(toks, j+1)
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

// MayTitle reports whether Title may read a title at i: false where it
// reads none for certain, at a word that is no title prefix and whose
// roles the roles' gate turns down (PhraseIndex.mayMatch). Most role words
// a person is sought at are such ("người", "đồng", "nhà" before a word no
// role of theirs goes on with): TitleChain's calls down to the roles'
// phrases are spared there.
func (g *Grammar) MayTitle(toks []Token, i int) bool {
	return i < len(toks) && (toks[i].Word && toks[i].Is(CTitlePrefix) || g.Roles.mayMatch(toks, i))
}

// Title reads one title at token i: an optional prefix ("nguyên", "cựu",
// "cố", "quyền" kept, "tân" dropped), a role, and the organization and
// place after it.
func (g *Grammar) Title(toks []Token, i int) (int, int, bool) {
	// a title begins with its prefix or its role: nothing else to read at
	// any other word
	if i >= len(toks) || !toks[i].Word || !toks[i].Is(CTitlePrefix|CRoles) {
		return 0, 0, false
	}
	start := i
	// "tân" is dropped; "nguyên", "cựu", "cố", "quyền" stay in the title
	if p := g.titlePrefix(&toks[i]); p != "" && g.Roles.Match(toks, i+1) > 0 && toks[i+1].Space && !g.prefixIsNoun(toks, i) {
		i++
		if p == "dropped" {
			start = i
		}
	}
	n := g.roleLen(toks, i)
	if n == 0 || g.countedRole(toks, start) {
		return 0, 0, false
	}
	// "Ban Bí thư", "Văn phòng Chủ tịch nước": a role word inside the name
	// of a body is not a title
	if i > 0 && toks[i].Space && toks[i-1].IsKind(UnitNoun) {
		return 0, 0, false
	}
	end := g.OrgTail(toks, i+n)
	return start, end, true
}

// roleLen returns how many tokens the role at i takes (0 if none). An
// ordinal of rank after a role is part of it ("Phó Chủ tịch thứ nhất Hội
// đồng …", "Bí thư thứ hai Đại sứ quán …") where the body's name follows or
// the phrase ends; before anything else it counts holders in a line ("Thủ
// tướng thứ hai của Ấn Độ"), not a post.
func (g *Grammar) roleLen(toks []Token, i int) int {
	n := g.Roles.Match(toks, i)
	if n == 0 || i+n >= len(toks) || !toks[i+n].Space || toks[i+n].Newline {
		return n
	}
	m := g.At(toks, i+n, RankOrdinal)
	if m == 0 {
		return n
	}
	k := i + n + m
	if k >= len(toks) || !toks[k].Word || g.OrgTail(toks, k) > k {
		return n + m
	}
	return n
}

// countedRole reports a role at i that a cardinal number before it
// counts ("HĐQT gồm 9 thành viên: …", "có 3 Phó Chủ tịch"): a noun of a
// count, not a title anyone holds. A number after a calendar word is a
// date's ("ngày 15 Chủ tịch …", "Ngày 23/6 Thủ tướng …"), and a year has
// four digits. The words of a longer role that holds i count with it ("3
// Phó Chủ tịch" holds no "Chủ tịch").
func (g *Grammar) countedRole(toks []Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if g.Roles.Match(toks, k) > i-k {
			i = k
		}
	}
	if i < 2 || !toks[i].Space || toks[i].Newline || !toks[i-1].Space || !IsNumber(toks[i-1].Text) || len(toks[i-1].Text) > 3 {
		return false
	}
	w := toks[i-2].Lower
	return !g.Is(w, CalendarUnit) && !g.Is(w, Day) && !g.Is(w, Month)
}

// prefixIsNoun reports a title prefix at i that is the noun it also is:
// "quyền" (power, right) after a word it is the object of or compounds with
// ("trao quyền Thủ tướng", "thẩm quyền Chủ tịch"), not "acting". As a
// prefix it follows punctuation, a name, an honorific or a verb of office.
func (g *Grammar) prefixIsNoun(toks []Token, i int) bool {
	if g.titlePrefix(&toks[i]) != "acting" || i == 0 {
		return false
	}
	p := &toks[i-1]
	return p.Word && !p.Cap && !p.Is(CHonorific) && !p.Is(CTitleBreak) && !p.Is(CParticle) && g.AppointTake.Match(toks, i-1) == 0
}

// OrgTail consumes the organization and place words of a title from token
// i and returns the token after them. It stops at punctuation, at a word
// that cannot continue a name of an organization, and where a person's name
// begins.
func (g *Grammar) OrgTail(toks []Token, i int) int {
	j := i
	// "Thượng tướng Ngụy Phượng Hòa", "Tổng Bí thư Trường Chinh": a run of
	// name syllables right after the role, ending the phrase, is the name
	if n := g.NameRunAfterRole(toks, i); n > 0 {
		return i
	}
	// "Trưởng ban pháp chế HĐND tỉnh": a role that ends with the body's
	// head word ("ban", "đoàn") is followed by the body's name as after a
	// capital
	prevCap := j > 0 && (toks[j-1].Capitalized() || toks[j-1].Is(CRoleBody))
	named := false // a head word of a body that needs a name was read
	// "Trưởng ban tổ chức", "Phó Ban nghiên cứu và đào tạo": a role that
	// ends with the body's kind is followed by that body's description
	if i > 0 && toks[i-1].Is(CRoleBody) && g.Predicates.Match(toks, i-1) == 0 && g.NameRunAfterRole(toks, i) == 0 {
		if e := g.DescriptorEnd(toks, i, true); e > i {
			j, named, prevCap = e, true, false
		}
	}
	// where the body's own name begins: after the head word read last, or
	// right after a role that ends with its body's kind ("Trưởng khoa")
	nameStart := -1
	if i > 0 && toks[i-1].Is(CRoleBody) {
		nameStart = i
	}
	placed := false // a place was read: the body's own name is over
	// the token right after a place read whole: the place's last word is
	// complete, so a lower-case word there is no second syllable of it
	// ("Công an huyện Quế Võ thông tin", "Sở Y tế Quảng Nam cam kết")
	placeEnd := -1
	proper := false // a capitalized word of the body's own name was read
	// no organization's name runs this long; the cap keeps hostile text
	// (thousands of capitalized words) linear
	for j < len(toks) && j-i < maxOrgTokens {
		t := &toks[j]
		if e := g.bracketedShortName(toks, i, j); e > j {
			j = e
			prevCap = true
			continue
		}
		// "Vụ trưởng Vụ Đảng viên (Ban Tổ chức Trung ương)": the parent
		// body in brackets after a body's name belongs to the title
		if t.Text == "(" && j > i && toks[j-1].Word && g.entityHeads.Match(toks, j+1) > 0 && toks[j+1].Capitalized() {
			if e := g.OrgTail(toks, j+1+g.entityHeads.Match(toks, j+1)); e < len(toks) && toks[e].Text == ")" {
				j = e + 1
				prevCap, placed = false, true
				continue
			}
		}
		// "Phó Chủ tịch Hội đồng Dân tộc của Quốc hội": a body's name, "of"
		// and its parent body's, where the parent's name ends the phrase
		if t.IsKind(Of) && j > i && toks[j-1].Word && j+1 < len(toks) && toks[j+1].Capitalized() && toks[j+1].Space {
			if m := g.entityHeads.Match(toks, j+1); m > 0 {
				if e := g.OrgTail(toks, j+1+m); e >= len(toks) || !toks[e].Word {
					j = e
					prevCap, placed = false, true
					continue
				}
			}
		}
		// "Trưởng phòng Phòng, chống tệ nạn xã hội": two verbs that make
		// one word, written with a comma between them ("phòng, chống"), and
		// their object in lower case are one field of the name, where the
		// name goes on or the phrase ends after them
		if t.Text == "," && j > i && toks[j-1].Word && !toks[j-1].Is(CFunction) && j+2 < len(toks) &&
			toks[j+1].Word && !toks[j+1].Cap && !toks[j+1].Is(CFunction) && g.Compound(toks[j-1].Lower, toks[j+1].Lower) {
			if e := g.TopicEnd(toks, j+2); e > j+2 && g.nameGoesOnOrEnds(toks, e) {
				j = e
				prevCap = false
				continue
			}
		}
		if t.Text == "," && g.listedBodyName(toks, i, j) {
			j++
			prevCap = false
			continue
		}
		// "UBND TP. Hà Nội": the abbreviated level keeps its full stop
		if t.Text == "." && j > i && g.Levels[toks[j-1].Lower].Full != "" && j+1 < len(toks) && toks[j+1].Space && !toks[j+1].Newline {
			n := g.Places.Match(toks, j+1)
			if n == 0 {
				n = g.unitOf(toks, j+1, toks[j-1].Lower)
			}
			if n > 0 {
				j += 1 + n
				prevCap, placed, proper = true, true, true
				placeEnd = j
				continue
			}
		}
		// "Covid-19", "Su-30": a word and a number joined by a hyphen are
		// one name
		if t.Text == "-" && !t.Space && j > i && toks[j-1].Word && j+1 < len(toks) && !toks[j+1].Space && IsNumber(toks[j+1].Text) {
			j += 2
			prevCap = false
			continue
		}
		// "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Bắc Giang": a
		// steering body's topic may follow its name without "về"; it is
		// read where the name goes on or a clause ends after it
		if j >= 2 && g.At(toks, j-2, Steering) == 2 && t.Word && !t.Cap {
			if e := g.TopicEnd(toks, j); e > j && g.nameGoesOnOrEnds(toks, e) {
				j = e
				prevCap = false
				continue
			}
		}
		if (!t.Space && !t.Camel) || t.Newline {
			break
		}
		if t.Text == "&" && j+1 < len(toks) && toks[j+1].Capitalized() {
			j++
			// "THCS &THPT": the word glued to it is read here
			if !toks[j].Space {
				j++
				prevCap = true
			}
			continue
		}
		if !t.Word || t.Is(CAcademic) {
			// "… GS.TS Tô Lâm"
			break
		}
		// before honorifics: "Bà Rịa - Vũng Tàu"
		if n := g.Places.Match(toks, j); n > 0 {
			j += n
			prevCap = true
			placed, proper = true, true
			placeEnd = j
			continue
		}
		// "Tổng thống Philippines Rodrigo Duterte", "Bộ trưởng Thương mại
		// Australia Steven Ciobo": a country is read as a province is,
		// part of the title, and its holder's name follows
		if n := g.countryInTitle(toks, j); n > 0 {
			j += n
			if g.holderAfterCountry(toks, j) {
				break
			}
			prevCap = true
			placed, proper = true, true
			continue
		}
		if h := g.HonorificAt(toks, j); h > 0 && j+h < len(toks) && toks[j+h].NameSyllable() {
			// "… Bỉm Sơn đồng chí Trịnh Tuấn Thành"
			break
		}
		// "Trung tâm y tế huyện", "Cục thi hành án dân sự tỉnh", "trường
		// THPT": the head of a body that needs a name, then the lower-case
		// words that describe it
		if n := g.BodyHead(toks, j, j == i); n > 0 && !(t.Capitalized() && g.NameStarts(toks, j)) && g.OrgNames.Match(toks, j) == 0 {
			j += n
			named = true
			nameStart = j
			prevCap = toks[j-1].Capitalized()
			// "Bộ Thông tin và truyền thông": a ministry's or department's
			// sector is its name however its fields are capitalized
			if m := g.SectorAt(toks, j); m > 0 {
				j += m
				prevCap, proper = false, true // the sector ends on a whole word
				continue
			}
			if e := g.DescriptorEnd(toks, j, true); e > j {
				j = e
				prevCap = false
			}
			continue
		}
		if n := g.OrgBigrams.Match(toks, j); n > 0 {
			first := j == nameStart
			j += n
			prevCap = false
			// "Viện Nghiên cứu xã hội, kinh tế và môi trường": the words
			// that describe the first field of the name, when it is a
			// word of bodies' names ("Trung ương tổ chức …" is a clause)
			if first && toks[j-n].Capitalized() && !toks[j-1].Capitalized() {
				if e := g.fieldWordsEnd(toks, j, true); e > j {
					j = e
				}
			}
			continue
		}
		if t.Capitalized() {
			if t.Is(CNotInName) {
				// "… tỉnh Thái Nguyên Theo …": a sentence that lost its full stop
				break
			}
			// "UBND TP Cao Lãnh", "xã Triệu Phong": after a level word a
			// run the gazetteer knows is the unit, even where it begins
			// with a family name
			if n := g.unitAfterLevel(toks, j); n > 0 {
				j += n
				prevCap, placed, proper = true, true, true
				placeEnd = j
				continue
			}
			// "… tỉnh Thái Nguyên Trong …", "… Việt Nam Cụ thể, …": a word
			// that opens sentences, where no unit the gazetteer knows
			// begins with it ("xã Cuối Hạ")
			if j > i && g.Openers.Match(toks, j) > 0 {
				break
			}
			// "Trường Tiểu học", "Trường THPT": a kind of school is not yet
			// the school's name
			if n := g.SchoolKinds.Match(toks, j); n > 0 && named && !proper {
				j += n
				prevCap = true
				continue
			}
			// "trường THPT Chu Văn An", "Trường Tiểu học Kim Đồng": a name
			// right after a kind of school names the school, not a person
			if named && !proper && g.afterSchoolKind(toks, i, j) {
				if e, ok := g.NameAt(toks, j, false); ok {
					j = e
					proper, prevCap = true, true
					continue
				}
			}
			if g.NameStarts(toks, j) {
				// "Trung ương Đoàn Phạm Phương Chi": an organization word
				// that is also a family name, with a name right after it
				if !(g.WeakName(t) && g.NameStarts(toks, j+1)) {
					break
				}
			}
			// "Thành ủy Tất Thành Cang": a rarer family name starting a
			// three-syllable run that ends the phrase
			// (not the name a body's head asks for, "Công ty TNHH Long Hiệp
			// Cư", nor a unit the gazetteer knows after a level word,
			// "phường Hòa Hiệp Bắc")
			if g.WeakName(t) && g.NameRunAfterRole(toks, j) == 3 && !(named && !proper) &&
				!(toks[j-1].Is(CLevel) && gazetteer.IsPlace(Join(toks[j:j+3]))) {
				break
			}
			if n := g.OrgNames.Match(toks, j); n > 0 {
				j += n
				prevCap = true
				continue
			}
			// "Bộ trưởng Ngoại giao Mỹ Antony Blinken": a word no Vietnamese
			// syllable can be starts a foreign name
			// (not after "Tỉnh ủy", "bang": "Tỉnh ủy Villa Clara" is a place;
			// nor after the word for a palace: "Điện Kremlin" is a building)
			afterLevel := toks[j-1].Is(CLevel) || toks[j-1].IsKind(CommitteeSuffix) || toks[j-1].IsKind(FederalState) || toks[j-1].IsKind(Building)
			// (not before a country or place: "Công ty TNHH Nhôm Namsung
			// Việt Nam" is a company's name and where it is)
			if j > i && !afterLevel && t.NameSyllable() && ForeignWord(t.Lower) && j+1 < len(toks) && toks[j+1].NameSyllable() && toks[j+1].Space &&
				g.countryInTitle(toks, j+1) == 0 && g.Places.Match(toks, j+1) == 0 {
				break // a given name and a family name, not a one-word brand ("T&T Group")
			}
			// "Văn phòng Chủ tịch nước": a role inside an organization's name
			if n := g.Roles.Match(toks, j); n > 1 {
				j += n
				prevCap = false
				continue
			}
			j++
			// "Trưởng khoa Hồi sức tích cực", "Cục Hàng không Việt Nam":
			// a field whose first syllable alone is capitalized
			if !t.Acronym() {
				if e := g.FieldEnd(toks, j, j-1 == nameStart); e > j {
					j = e
					prevCap = false
					proper = proper || named
					continue
				}
			}
			// "Bộ Ngoại giao": a lower-case syllable continues a word, not an
			// acronym ("Bộ KH&CN giao nhiệm vụ")
			prevCap = !t.Acronym()
			proper = proper || (named && !t.Acronym())
			continue
		}
		if t.Is(CLevel) || t.IsKind(Party) {
			j++
			prevCap = false
			placed = placed || t.Is(CLevel)
			continue
		}
		// "thành phố", "thị xã": a level in two words
		if g.LevelAt(toks, j) == 2 {
			j += 2
			prevCap = false
			continue
		}
		if t.IsKind(Session) && j+1 < len(toks) && isRomanOrNumber(toks[j+1].Text) {
			j += 2
			prevCap = false
			continue
		}
		// "Ban Chỉ đạo Nhà nước về Du lịch": what a steering body is about
		if t.IsKind(About) && j+1 < len(toks) && toks[j+1].Capitalized() && g.hasSteering(toks[i:j]) && !g.NameStarts(toks, j+1) {
			j++
			continue
		}
		// "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng": its topic in
		// lower case, commas inside it included
		if t.IsKind(About) && g.hasSteering(toks[i:j]) {
			// the topic ends the name: a capitalized word after it
			// belongs to the sentence ("về việc Việt Nam tham gia")
			if e := g.TopicEnd(toks, j+1); e > j+1 && (e >= len(toks) || !toks[e].Cap || !toks[e].Word) {
				j = e
				break
			}
		}
		// "Sở Giáo dục và Đào tạo" is one body; "Bộ Lao động, Thương binh
		// và Xã hội và Ngân hàng Nhà nước" is two
		if t.IsKind(And) && j+1 < len(toks) && toks[j+1].Capitalized() && !toks[j+1].Is(CBodyStart) &&
			!g.NameStarts(toks, j+1) && g.Roles.Match(toks, j+1) == 0 && j > i {
			j++
			continue
		}
		nextNamed := j+1 < len(toks) && toks[j+1].Space && (toks[j+1].Capitalized() || toks[j+1].Acronym() || toks[j+1].Is(CLevel))
		if !prevCap && t.Is(COrgWord) && nextNamed && j > i {
			// "… pháp chế HĐND": lower-case syllables between capitals
			j++
			continue
		}
		// (a place written in lower case is not known complete, "Viện Hải
		// dương học"; a lower-case word between capitals still joins them,
		// "Bia Sài Gòn miền Tây")
		afterPlace := j == placeEnd && toks[j-1].Cap && !(j+1 < len(toks) && toks[j+1].Space && toks[j+1].Capitalized())
		if prevCap && !afterPlace && (t.Is(COrgWord) || (j+1 < len(toks) && toks[j+1].Space && (toks[j+1].Capitalized() || toks[j+1].Acronym()) && !t.Is(CFunction|CTitleBreak))) {
			// the second syllable of a capitalized word ("Dân vận",
			// "Chấp hành Trung ương")
			j++
			prevCap = false
			// "Khoa Tai mũi họng Bệnh viện …": a word that begins on the
			// syllable read is part of the name only where the name goes
			// on or a clause ends after it ("Đảng ủy nhiệm kỳ" is not
			// one)
			if e := g.FieldEnd(toks, j, false); e > j && g.nameGoesOnOrEnds(toks, e) {
				j = e
			}
			continue
		}
		// "Quân khu 4", "UBND Quận 2", "Trường THPT Thạch Thành 1": a small
		// number after a body's word, ending the phrase, is part of its name
		if j > i && IsNumber(t.Text) && len(t.Text) <= 3 && (named || toks[j-1].Capitalized()) &&
			(j+1 >= len(toks) || !toks[j+1].Word || toks[j+1].Cap || toks[j+1].Newline) {
			j++
			prevCap = false
			continue
		}
		// "Vụ Kiểm soát chi Kho bạc Nhà nước", "Hội Huyết học truyền máu
		// Việt Nam": lower-case words inside a named body's name, before
		// its place
		if named && !placed && j > i {
			if e := g.DescriptorEnd(toks, j, false); e > j {
				j = e
				prevCap = false
				continue
			}
			// "Tòa án Nhân dân tối cao;", "Đại học Kinh tế quốc dân,": a
			// lower-case tail of one or two words ends a capitalized name
			// at a clause break
			if e := g.NameTailEnd(toks, j); e > j && (properWord(&toks[j-1]) || (j-2 >= i && properWord(&toks[j-2]))) {
				j = e
				break
			}
		}
		break
	}
	// "Viện nghiên cứu tôn giáo và GS. …": a joiner that nothing followed
	// is not part of the name
	for j > i && (toks[j-1].IsKind(And) || toks[j-1].Text == "&") {
		j--
	}
	return j
}

// bracketedShortName returns the token after a body's short name written
// in brackets at j ("(THADS)", "(UBTƯ MTTQ)", "(CDC Hà Nội)",
// "(Vietcombank)"), or j where there is none. The short name is an acronym
// followed by acronyms or a place, or, after a body's name, one word no
// Vietnamese syllable can be: a brand ("Vietcombank", "PVTex"). A place
// alone in brackets ("(Hà Nội)") says where, and a person's name is no
// short name.
func (g *Grammar) bracketedShortName(toks []Token, i, j int) int {
	if toks[j].Text != "(" || j+2 >= len(toks) || !toks[j+1].Word {
		return j
	}
	k := j + 1
	switch {
	// "(TP Đà Nẵng)" is a place
	case toks[k].Acronym() && !toks[k].Is(CLevel):
		k++
		// at most a few more acronyms or a place: "(UBTƯ MTTQ)", "(CDC Hà Nội)"
		for n := 0; n < 3 && k < len(toks) && toks[k].Space && toks[k].Word; n++ {
			if m := g.Places.Match(toks, k); m > 0 {
				k += m
				break
			}
			if !toks[k].Acronym() {
				return j
			}
			k++
		}
	case j > i && toks[j-1].Word && toks[k].Cap && ForeignWord(toks[k].Lower) && !g.NameStarts(toks, k):
		k++
	default:
		return j
	}
	if k < len(toks) && toks[k].Text == ")" {
		return k + 1
	}
	return j
}

// countryInTitle returns how many tokens a country's name takes at i
// inside a title (0 if none). A country that opens with a family name
// ("Hà Lan", "Vương quốc Anh") counts only before a foreign word or what
// is no name: "Vương Đình Huệ" is a person.
func (g *Grammar) countryInTitle(toks []Token, i int) int {
	if i >= len(toks) {
		return 0
	}
	n, _ := g.CountryAt(toks, i)
	if n > 0 && g.IsSurname(&toks[i]) {
		if k := i + n; k < len(toks) && toks[k].NameSyllable() && !ForeignWord(toks[k].Lower) {
			return 0
		}
	}
	return n
}

// holderAfterCountry reports a capitalized word at j, right after a
// country in a title, that begins its holder's name rather than going on
// with the title: not a place, a country, a body's head or a word of an
// organization's name ("Thủ tướng Lào Thongloun Sisoulith", "Chủ tịch
// Quốc hội Cuba Esteban Lazo", but "Đại sứ Mỹ tại …", "Thủ tướng Ấn Độ").
func (g *Grammar) holderAfterCountry(toks []Token, j int) bool {
	if j >= len(toks) || !toks[j].NameSyllable() || !toks[j].Space || toks[j].Newline {
		return false
	}
	if g.Places.Match(toks, j) > 0 || g.countryInTitle(toks, j) > 0 || g.BodyHead(toks, j, false) > 0 ||
		toks[j].Is(COrgWord) || toks[j].Is(CNamedHead) || g.Roles.Match(toks, j) > 0 {
		return false
	}
	// "Quốc vương Qatar Tamim bin Hamad": a word no Vietnamese syllable
	// can be begins a foreign name however it goes on
	_, ok := g.NameAt(toks, j, true)
	return ok || ForeignWord(toks[j].Lower)
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

// SplitTitle divides a title into role, organization, expanded organization and
// place.
func (g *Grammar) SplitTitle(toks []Token, tr [2]int) *doc.Title {
	i := tr[0]
	t := &doc.Title{}
	if p := g.titlePrefix(&toks[i]); p != "" && p != "dropped" && g.Roles.Match(toks, i) == 0 {
		t.Former = p == "former"
		i++
	}
	n := g.roleLen(toks, i)
	t.Role = Join(toks[i : i+n])
	if i+n < tr[1] {
		org := toks[i+n : tr[1]]
		t.Organization = Join(org)
		// "Trưởng ban Dân vận Tỉnh ủy": the body is "Ban Dân vận Tỉnh ủy";
		// "Chánh Văn phòng UBND tỉnh", "Chánh Thanh tra Sở": the role's head
		// and the kind of body it heads share the words after the head, and
		// the longest such kind names the body ("Văn phòng", not "Phòng")
		t.OrganizationFull = g.Expand(org)
		if kind := g.roleBodyKind(toks[i : i+n]); kind != "" {
			t.Organization = upperFirst(kind) + " " + t.Organization
			t.OrganizationFull = upperFirst(kind) + " " + t.OrganizationFull
		}
		// the most specific place is the last: "… Việt Nam quận Hoàn Kiếm"
		for k := 0; k < len(org); k++ {
			n := g.Places.Match(org, k)
			if n == 0 {
				n = g.countryInTitle(org, k)
			}
			if n > 0 {
				t.Place = Join(org[k : k+n])
				// "Thừa Thiên Huế", not "Huế" inside it
				k += n - 1
			}
		}
	}
	return t
}

// roleBodyKind returns the kind of body a role's last words name
// ("trưởng ban" → "ban", "chánh văn phòng" → "văn phòng"), lower case, or
// "" where the role ends with none. The role's first word, its head, is
// never the kind; a kind has one or two words, the longer read first. The
// two-word key is built on the stack (it does not escape), so a role that
// ends with no kind costs no allocation.
func (g *Grammar) roleBodyKind(role []Token) string {
	n := len(role)
	if n >= 3 && g.RoleBodies[role[n-2].Lower+" "+role[n-1].Lower] {
		return role[n-2].Lower + " " + role[n-1].Lower
	}
	if n > 1 && role[n-1].Is(CRoleBody) {
		return role[n-1].Lower
	}
	return ""
}

func upperFirst(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	return strings.ToUpper(string(r[:1])) + string(r[1:])
}

// hasSteering reports a steering body's name ("Ban Chỉ đạo …").
func (g *Grammar) hasSteering(ts []Token) bool {
	for k := 0; k+1 < len(ts); k++ {
		if g.At(ts, k, Steering) > 0 {
			return true
		}
	}
	return false
}

// TitlesAfter reads the titles written after a name that ends at token k:
// "Name - T1, T2", "Name, T1", "Name (T1)", "Name nguyên T1". An aside in
// brackets that holds no title may stand between ("Ông Võ Mạnh Sơn (Sinh
// năm 1971), Ủy viên …"). It returns the titles' token ranges, the token
// after all it read (past the aside even where no title follows), and
// whether the titles are former posts joined without punctuation.
func (g *Grammar) TitlesAfter(toks []Token, k int) (titles [][2]int, end int, former bool) {
	if a := g.AsideEnd(toks, k); a > k && a+1 < len(toks) && IsTitleSep(toks[a].Text) && toks[a].Text != "(" {
		if after, _ := g.TitleChain(toks, a+1); len(after) > 0 {
			k = a
		} else if d := g.DegreeEnd(toks, a+1); d > a+1 && d+1 < len(toks) && toks[d].Text == "," {
			if after, _ := g.TitleChain(toks, d+1); len(after) > 0 {
				k = a
			}
		}
	}
	for _, r := range appositionRules {
		if titles, end, former, ok := r.read(g, toks, k); ok {
			return titles, end, former
		}
	}
	return nil, k, false
}

// appositionRules read the titles after a name at token k, tried in
// order; the first that fires says what was read (it may fire and read no
// title: punctuation that joins no title ends the name's phrase).
var appositionRules = []struct {
	name string
	read func(g *Grammar, toks []Token, k int) (titles [][2]int, end int, former, fired bool)
}{
	{"punctuated", (*Grammar).punctuatedTitles},
	{"former", (*Grammar).formerTitles},
}

// punctuatedTitles reads titles after a dash, a comma or a bracket.
func (g *Grammar) punctuatedTitles(toks []Token, k int) ([][2]int, int, bool, bool) {
	if k+1 >= len(toks) || !IsTitleSep(toks[k].Text) {
		return nil, 0, false, false
	}
	sep := k
	after, e := g.TitleChain(toks, k+1)
	// "Ông Lê Văn Cường, Bác sĩ y khoa, Phó giám đốc …": a degree or
	// an honour before the posts is passed over
	if len(after) == 0 && toks[k].Text != "(" {
		if d := g.DegreeEnd(toks, k+1); d > k+1 && d+1 < len(toks) && toks[d].Text == "," {
			after, e = g.TitleChain(toks, d+1)
		}
	}
	// "A, Ủy viên Trung ương Đảng, Chủ tịch Hội Nông dân B": titles
	// after a comma that run into another name are that name's
	if toks[k].Text == "," && e < len(toks) && (g.NameStarts(toks, e) || g.WeakNameStarts(toks, e)) {
		after = nil
	}
	// "…, Giám đốc Cty TNHH một thành viên Lê Quang Lộc cho biết": a
	// company named after a person; the name belongs to the title
	if len(after) > 0 && e < len(toks) && g.NameStarts(toks, e) && g.CompanyTitle(toks[after[len(after)-1][0]:after[len(after)-1][1]]) {
		if ne, ok := g.NameAt(toks, e, false); ok {
			after[len(after)-1][1] = ne
			e = ne
		}
	}
	if len(after) == 0 {
		return nil, k, false, true
	}
	k = e
	if toks[sep].Text == "(" && k < len(toks) && toks[k].Text == ")" {
		k++
	}
	return after, k, false, true
}

// formerTitles reads "Nguyễn Văn Pha nguyên Phó Chủ tịch …": the prefix
// of a former post joins it to the name without punctuation.
func (g *Grammar) formerTitles(toks []Token, k int) ([][2]int, int, bool, bool) {
	if k >= len(toks) || g.titlePrefix(&toks[k]) != "former" || !toks[k].Space || toks[k].Newline {
		return nil, 0, false, false
	}
	if after, e := g.TitleChain(toks, k); len(after) > 0 && (e >= len(toks) || !g.NameStarts(toks, e)) {
		return after, e, true, true
	}
	return nil, 0, false, false
}
