package vi

import (
	"strings"
	"sync"
	"unicode"
)

// The noun-phrase grammar of bodies' names. A body's name is a head word
// ("Cục", "Trung tâm", "trường") and what names it: capitalized words
// ("Bộ Y tế"), acronyms ("Trường THPT …"), a level and a place ("UBND
// tỉnh Thanh Hóa"), and lower-case words that describe the body before its
// proper part or instead of it ("Cục thi hành án dân sự tỉnh Thanh Hóa",
// "Bệnh viện đa khoa tỉnh", "Hội nông dân", "Trường Đại học Kinh tế quốc
// dân"). A name ends at a function word, a verb, punctuation or the next
// title, not after a fixed number of words.

// maxDescriptor bounds a lower-case run inside a body's name right after
// its head; maxBridge one between capitalized words ("Vụ Kiểm soát chi Kho
// bạc"), where a longer run is a clause.
const (
	maxDescriptor = 10
	maxBridge     = 3
)

// BodyHead returns how many tokens the head word of a body that needs a
// name takes at i ("Trung tâm" 2, "Cục" 1), or 0. A head in lower case
// ("trường THPT", "công ty") counts only when lower is set: the caller
// allows it right after a role, where nothing else can stand.
func (l *Lexicon) BodyHead(toks []Token, i int, lower bool) int {
	if i >= len(toks) || !toks[i].Word || (!lower && !toks[i].Cap) || l.Predicates.Match(toks, i) > 0 {
		// "Ban hành …" is a verb
		return 0
	}
	return l.NamedBodies.Match(toks, i)
}

// DescriptorEnd returns where the lower-case words from i that continue a
// body's name end, or i when they do not continue it. The run holds no
// function word, verb, title break, honorific or level word, and must be
// followed by what a name goes on with: a capitalized word, an acronym, a
// level word, a bracket, or right after the head a number. Right after the head word (afterHead)
// the name may also end with the run, at punctuation, a line end, a
// function word, a verb or the next title ("Chủ tịch Hội nông dân cho
// biết"); after a capitalized word it may
// not, for there a lower-case word is as often the sentence's verb ("Công
// ty MHBS hưởng lợi").
func (l *Lexicon) DescriptorEnd(toks []Token, i int, afterHead bool) int {
	e, most := i, maxDescriptor
	if !afterHead {
		most = maxBridge
	}
	for e < len(toks) && e-i < most {
		t := &toks[e]
		// "Viện nghiên cứu xã hội, kinh tế và môi trường": a comma lists
		// the fields a body's description names when "và" closes the list
		if t.Text == "," && afterHead && e > i {
			if k := l.listedFieldsEnd(toks, e); k > e {
				e = k
				continue
			}
		}
		if !t.Word || !t.Space || t.Newline || t.Cap || !isLowerWord(t.Text) {
			break
		}
		// "Ban nghiên cứu và đào tạo": "và" joins two descriptions when
		// another lower-case word of a name follows it
		if t.IsKind(And) && afterHead && e > i && e+1 < len(toks) && toks[e+1].Word && toks[e+1].Space &&
			!toks[e+1].Cap && isLowerWord(toks[e+1].Text) && !l.stopsName(toks, e+1) {
			e++
			continue
		}
		// "Cảng hàng không Việt Nam": a function word that makes a word
		// with the syllable before it is that word's second half where
		// the name goes on after it
		if e > i && t.Is(CParticle) && l.Compound(toks[e-1].Lower, t.Lower) && l.nameGoesOnOrEnds(toks, e+1) &&
			l.fieldSyllable(toks, e) {
			e++
			continue
		}
		if l.stopsName(toks, e) {
			break
		}
		e++
	}
	if e == i {
		return i
	}
	if e >= len(toks) {
		if afterHead {
			return e
		}
		return i
	}
	next := &toks[e]
	switch {
	case next.Newline:
		if afterHead {
			return e
		}
	case next.Word && next.Space && (next.Cap || l.placeAt(toks, e) || (afterHead && isDigitWord(next.Text))):
		return e
	case next.Text == "(":
		return e
	case !next.Word:
		if afterHead {
			return e
		}
	case afterHead:
		// a function word, a verb or the next title ends the name; a run
		// that reached the bound is read that far
		return e
	}
	return i
}

// maxFieldPairs bounds the lower-case words of two syllables that may
// follow a field's name ("Hồi sức tích cực", "Kiểm định chất lượng giáo
// dục"): longer runs are clauses.
const maxFieldPairs = 2

// FieldEnd returns where the field a body's name gives ends when the
// press capitalized only its first syllable: the capitalized syllable at
// i-1 and the lower-case syllable at i make one word ("Trưởng khoa Hồi
// sức", "Cục Hàng không", "Cục Bản quyền"), and words of two syllables may
// follow it ("Hồi sức tích cực", "Bản quyền tác giả", "Điều hòa không
// khí"). It returns i when no word goes on there.
//
// A lower-case syllable that is not a function word and makes a word with
// the capital before it is read as that word's second half; a place's name
// ends before the sentence goes on ("Hà Tĩnh chia sẻ", "Hà Nội ký") because
// its last syllable makes no word with the verb. A function word makes a
// word with the syllable before it in a name ("Hàng không") and in a
// phrase ("lợi cho"); it is read only where the name goes on after it or a
// clause ends. The two-syllable words after the field are read only up to
// where the name goes on or a clause ends ("…, Trưởng khoa Hồi sức tích
// cực, Bệnh viện …"): a lower-case word after them may be the sentence's
// verb ("Cục Hàng không tăng cường kiểm tra").
//
// The described words end at a clause's end or the verb only when the
// field is the first word of the name after its head ("Trưởng khoa Hồi
// sức tích cực, …"; first is set): after a later field a sentence's verb
// phrase may end there ("Bộ Văn hóa, Thể thao và Du lịch phối hợp tổ
// chức.").
func (l *Lexicon) FieldEnd(toks []Token, i int, first bool) int {
	if i == 0 || i >= len(toks) || !l.fieldSyllable(toks, i) || !l.Compound(toks[i-1].Lower, toks[i].Lower) {
		return i
	}
	// the field's own second syllable
	e := i + 1
	if toks[i].Is(CFunction) {
		// "Cục Hàng không Việt Nam", "Cảng Hàng không quốc tế Nội Bài"
		if k := l.fieldWordsEnd(toks, e, first); k >= 0 {
			return k
		}
		// "Công ty Hòa Phát không …"
		return i
	}
	// "Cảng hàng không Việt Nam": the field's syllables overlap two
	// words; a function word that makes the second is read where the name
	// goes on after it
	if e < len(toks) && toks[e].Is(CFunction) && l.fieldSyllable(toks, e) && l.Compound(toks[e-1].Lower, toks[e].Lower) {
		if k := l.fieldWordsEnd(toks, e+1, first); k >= 0 {
			return k
		}
	}
	if k := l.fieldWordsEnd(toks, e, first); k > e {
		return k
	}
	return e
}

// fieldWordsEnd returns the end of the longest run of words of two
// syllables from i that describe a field ("tích cực", "chất lượng giáo
// dục") after which the name goes on (or, when ends is set, a clause
// ends or the sentence's verb follows); i when none is read but the name
// goes on or a clause ends at i; -1 otherwise.
func (l *Lexicon) fieldWordsEnd(toks []Token, i int, ends bool) int {
	best := -1
	if l.nameGoesOnOrEnds(toks, i) {
		best = i
	}
	k, pairs, items := i, 0, 1
	// a comma joined the last word: only "và" closes the list
	open := false
	for k+1 < len(toks) {
		// "Nghiên cứu xã hội, kinh tế và môi trường": described words
		// joined by commas and a closing "và"
		if pairs > 0 && items < maxFieldItems && (toks[k].Text == "," || l.Is(toks[k].Lower, And)) && l.fieldPair(toks, k+1) {
			open = toks[k].Text == ","
			k++
			items, pairs = items+1, 0
			continue
		}
		if pairs == maxFieldPairs || !l.fieldPair(toks, k) {
			// "… doanh nghiệp và kinh tế số Việt Nam": one syllable closes
			// the description where the name goes on after it
			if pairs > 0 && !open && l.fieldSyllable(toks, k) && !toks[k].Is(CFunction) && l.nameGoesOn(toks, k+1) {
				best = k + 1
			}
			break
		}
		k += 2
		pairs++
		// "… Kiểm định chất lượng giáo dục khẳng định": a verb that
		// follows a subject ends the name as a clause's end does
		if !open && (l.nameGoesOn(toks, k) || (ends && (l.nameGoesOnOrEnds(toks, k) || l.Predicates.Match(toks, k) > 0))) {
			best = k
		}
	}
	return best
}

// maxFieldItems bounds the described words a field's name lists.
const maxFieldItems = 3

// fieldPair reports a lower-case word of two syllables at i that may
// describe a field: a function word may open it ("không khí") but not
// close it ("đối với", "lợi cho" are phrases), and a calling is no
// description ("… và bác sĩ Nguyễn Văn A").
//
// A word opened by a function word is a phrase before a foreign person's
// name ("… dưới thời Barack Obama"): a word no Vietnamese syllable can be,
// then another name's syllable, as OrgTail reads a foreign name.
func (l *Lexicon) fieldPair(toks []Token, i int) bool {
	if !(i+1 < len(toks) && l.fieldSyllable(toks, i) && l.fieldSyllable(toks, i+1) && !toks[i+1].Is(CFunction) &&
		l.Occupations.Match(toks, i) == 0 && l.Compound(toks[i].Lower, toks[i+1].Lower)) {
		return false
	}
	if k := i + 2; toks[i].Is(CFunction) && k+1 < len(toks) && toks[k].Capitalized() && !toks[k].Acronym() &&
		ForeignWord(toks[k].Lower) && toks[k+1].NameSyllable() && toks[k+1].Space {
		return false
	}
	return true
}

// fieldSyllable reports a lower-case syllable at i that may stand inside a
// field's name: not a verb, a title break, an honorific, a role or a
// level word opening a place.
func (l *Lexicon) fieldSyllable(toks []Token, i int) bool {
	t := &toks[i]
	if !t.Word || !t.Space || t.Newline || t.Cap || !isLowerWord(t.Text) {
		return false
	}
	return !t.Is(CTitleBreak|CHonorific) && !l.placeAt(toks, i) &&
		l.Predicates.Match(toks, i) == 0 && l.Roles.Match(toks, i) == 0 &&
		(i == 0 || l.Predicates.Match(toks, i-1) == 0)
}

// nameGoesOnOrEnds reports what may follow a body's name at i: a word of a
// name (nameGoesOn) or the end of a clause (punctuation, a line's end, the
// text's end).
func (l *Lexicon) nameGoesOnOrEnds(toks []Token, i int) bool {
	if i >= len(toks) || toks[i].Newline || !toks[i].Word {
		return true
	}
	return l.nameGoesOn(toks, i)
}

// nameGoesOn reports a word of a name at i: a capital, an acronym, a
// level word opening a place, a bracket.
func (l *Lexicon) nameGoesOn(toks []Token, i int) bool {
	if i >= len(toks) {
		return false
	}
	t := &toks[i]
	if t.Newline {
		return false
	}
	if !t.Word {
		return t.Text == "("
	}
	// a degree or an honorific opens the holder's name, a role the next
	// title: the body's has ended ("… Tôn Đức Thắng đối với TS …", "…
	// dưới thời Tổng thống …")
	if t.Is(CAcademic) || t.Is(CHonorific) || l.Roles.Match(toks, i) > 0 {
		return false
	}

	return t.Space && (t.Cap || l.placeAt(toks, i))
}

// listedFieldsEnd returns the end of the fields a comma at c lists in a
// body's lower-case description, up to and including the one after the
// closing "và" ("…, kinh tế và môi trường"), or c when no "và" closes the
// list within a few words. The caller reads on from there.
func (l *Lexicon) listedFieldsEnd(toks []Token, c int) int {
	k := c + 1
	for k < len(toks) && k-c <= 2*maxFieldPairs*maxFieldItems {
		if toks[k].Text == "," {
			k++
			continue
		}
		if l.Is(toks[k].Lower, And) {
			if l.fieldPair(toks, k+1) {
				return k + 1
			}
			return c
		}
		if !l.fieldPair(toks, k) {
			return c
		}
		k += 2
	}
	return c
}

// stopsName reports a lower-case word at i that cannot stand inside a
// body's name.
func (l *Lexicon) stopsName(toks []Token, i int) bool {
	return toks[i].Is(CParticle|CTitleBreak|CHonorific) || l.placeAt(toks, i) ||
		l.Predicates.Match(toks, i) > 0 || l.Roles.Match(toks, i) > 0
}

func isLowerWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) && !unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return true
}

// IsNumber reports a word of digits only ("2", "389").
func IsNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func isDigitWord(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// LevelAt returns how many tokens an administrative level word takes at i
// ("tỉnh" 1, "thành phố" 2), or 0.
func (l *Lexicon) LevelAt(toks []Token, i int) int {
	if i >= len(toks) || !toks[i].Word {
		return 0
	}
	if toks[i].Is(CLevelFirst) && i+1 < len(toks) && toks[i+1].Word && toks[i+1].Space && l.IsLevel(toks[i].Lower+" "+toks[i+1].Lower) {
		return 2
	}
	if toks[i].Is(CLevel) {
		return 1
	}
	return 0
}

// placeAt reports a level word at i that opens a place ("xã Hải Yến",
// "Quận 2", "UBND tỉnh") rather than a common word that begins with a
// level's syllable ("xã hội").
func (l *Lexicon) placeAt(toks []Token, i int) bool {
	return l.LevelAt(toks, i) > 0 && l.LevelWords.Match(toks, i) == 0
}

// NameTailEnd returns the end of one or two lower-case words at i that
// close a capitalized name at a clause break (";", ",", ")", a line end):
// "Tòa án Nhân dân tối cao;". It returns i when the words are not
// followed by such a break or could be the sentence's verb.
func (l *Lexicon) NameTailEnd(toks []Token, i int) int {
	e := i
	for e < len(toks) && e-i < 2 {
		t := &toks[e]
		if !t.Word || !t.Space || t.Newline || t.Cap || !isLowerWord(t.Text) || l.stopsName(toks, e) || t.Is(CFunction) {
			break
		}
		e++
	}
	if e == i || e >= len(toks) {
		return i
	}
	switch toks[e].Text {
	case ";", ",", ")":
		return e
	}
	if toks[e].Newline {
		return e
	}
	return i
}

// TopicEnd returns the end of the lower-case topic that a steering body's
// name gives after "về" ("phòng, chống tham nhũng, tiêu cực"), or i. A
// comma stays inside the topic when a lower-case word of it follows.
func (l *Lexicon) TopicEnd(toks []Token, i int) int {
	e, words := i, 0
	for e < len(toks) && words < maxDescriptor {
		t := &toks[e]
		if t.Text == "," && e > i && e+1 < len(toks) && l.topicWord(toks, e+1) {
			e++
			continue
		}
		if !l.topicWord(toks, e) {
			break
		}
		e++
		words++
	}
	if e > i && toks[e-1].Text == "," {
		e--
	}
	return e
}

func (l *Lexicon) topicWord(toks []Token, i int) bool {
	t := &toks[i]
	return t.Word && t.Space && !t.Newline && !t.Cap && isLowerWord(t.Text) && !l.stopsName(toks, i)
}

var (
	sectorOnce  sync.Once
	sectorIndex *PhraseIndex
	sectorHeads map[string]bool
)

// SectorAt returns how many tokens from i spell the sector of a ministry
// or a provincial department ("Thông tin và truyền thông", "Lao động -
// Thương binh và Xã hội") right after its head word at i-1 ("Bộ", "Sở"),
// or 0. Writers capitalize the fields after "và" or not ("Bộ Thông tin và
// truyền thông"), so the sector is compared case-insensitively; it must
// begin with a capital, as a name does.
func (l *Lexicon) SectorAt(toks []Token, i int) int {
	sectorOnce.Do(func() {
		v := Docs()
		sectorHeads = map[string]bool{}
		for _, h := range v.SectorHeads {
			sectorHeads[strings.ToLower(h)] = true
		}
		var names []string
		for _, s := range v.Sectors {
			names = append(names, strings.ReplaceAll(s, ",", " ,"))
		}
		sectorIndex = NewPhraseIndex(names)
	})
	if i == 0 || i >= len(toks) || !toks[i].Cap || !sectorHeads[toks[i-1].Lower] {
		return 0
	}
	return sectorIndex.Match(toks, i)
}
