package vi

import (
	"sort"
	"strings"
	"unsafe"

	"github.com/vnextract/vnextract/lang/vi/gazetteer"
)

// The noun-phrase grammar of bodies' names after their head word and of
// places after a level word: the unit the gazetteer knows after "huyện",
// the fields a ministry's name lists, the name after a kind of school,
// and whether a capitalized run lies inside a body's name.

// unitAfterLevel returns how many tokens from i (three at most) name an
// administrative unit the gazetteer knows, right after a level word of
// its type; 0 if none.
func (g *Grammar) unitAfterLevel(toks []Token, i int) int {
	if i == 0 || !toks[i-1].Is(CLevel) {
		return 0
	}
	level := toks[i-1].Lower
	if i >= 2 && g.IsLevel(toks[i-2].Lower+" "+level) {
		level = toks[i-2].Lower + " " + level
	}
	return g.unitOf(toks, i, level)
}

// unitOf returns how many tokens from i name a unit written after the
// level word level, or 0. After a province's level word the unit must be a
// province: "TP Lê Hồng Sơn" is no city even where a ward of that name
// exists.
func (g *Grammar) unitOf(toks []Token, i int, level string) int {
	if lv := g.Levels[level]; lv.Full != "" {
		// "TP": "thành phố"
		level = lv.Full
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
		if n < run && !g.NameStarts(toks, i+n) {
			continue
		}
		name := Join(toks[i : i+n])
		// below a province the data misses some units of earlier years;
		// any unit of that name will do there
		if len(gazetteer.Default().Find(name, typ)) > 0 || (typ != gazetteer.Tinh && typ != gazetteer.ThanhPho && gazetteer.IsPlace(name)) {
			return n
		}
	}
	return 0
}

// properWord: a capitalized word of a name, not an acronym.
func properWord(t *Token) bool { return t.Capitalized() && !t.Acronym() }

// afterSchoolKind reports whether a kind of school ("THPT", "mầm non")
// ends right before token j, after token i.
func (g *Grammar) afterSchoolKind(toks []Token, i, j int) bool {
	for k := max(i, j-4); k < j; k++ {
		if k+g.SchoolKinds.Match(toks, k) == j {
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
func (g *Grammar) listedBodyName(toks []Token, i, c int) bool {
	headed := false
	for k := max(i-1, 0); k < c; k++ { // from the head word before the tail
		if toks[k].Capitalized() && toks[k].Is(CListBody) {
			headed = true
		}
	}
	k := c + 1
	if !headed || k >= len(toks) || !toks[k].Space || !toks[k].NameSyllable() || g.NameStop(&toks[k]) ||
		g.Roles.Match(toks, k) > 0 || g.NameStarts(toks, k) || g.Places.Match(toks, k) > 0 {
		return false
	}
	for k++; k < len(toks) && k <= c+4; k++ {
		t := &toks[k]
		if !t.Word || !t.Space || t.Newline {
			return false
		}
		if t.IsKind(And) {
			return k+1 < len(toks) && toks[k+1].NameSyllable() && toks[k+1].Space &&
				g.Roles.Match(toks, k+1) == 0 && !g.NameStarts(toks, k+1)
		}
	}
	return false
}

const maxOrgTokens = 24

// insideOrganization walks back from token s over the words of a name of
// an organization ("Đoàn Thanh niên Cộng sản Hồ Chí Minh") and reports
// whether one begins there.
func (g *Grammar) InsideOrganization(toks []Token, s int) bool {
	for k := s - 1; k >= 0 && s-k <= 8; k-- {
		t := &toks[k]
		if !t.Word || (k+1 < len(toks) && !toks[k+1].Space) {
			return false
		}
		if t.Capitalized() {
			if (t.Is(CHeadWord) && g.orgHeadWords[t.Text]) || t.Is(CNamedHead) {
				return true
			}
			continue
		}
		if k > 0 && toks[k-1].Capitalized() && t.Is(COrgWord|COrgInner) {
			continue
		}
		return false
	}
	return false
}

// EndsWithLevel reports an organization's name (lower case) ending with a
// bare level word ("ủy ban mttq việt nam tỉnh"): it is of a unit the
// article names elsewhere.
func (g *Grammar) EndsWithLevel(org string) bool {
	i := strings.LastIndexByte(org, ' ')
	if i < 0 {
		return false
	}
	last := org[i+1:]
	if j := strings.LastIndexByte(org[:i], ' '); j >= 0 && g.IsLevel(org[j+1:]) {
		// "thành phố", "thị xã"
		last = org[j+1:]
	}
	return g.LevelIn(last, Province, Commune)
}

// CommitteeLevel returns the level word of a unit with a Party committee
// of its own whose place an organization's name (lower case) leaves to the
// article: it ends with the level word ("ubnd tỉnh") or begins with the
// committee ("tỉnh ủy"); "" if none.
func (g *Grammar) CommitteeLevel(org string) string {
	level := ""
	for _, lv := range g.committees {
		if endsWithWord(org, lv.Word) || strings.HasPrefix(org, lv.Committee) {
			level = lv.Word
		}
	}
	return level
}

// endsWithWord reports whether s is w or ends with a space and w, without
// writing " "+w for each level at each title asked.
func endsWithWord(s, w string) bool {
	n := len(s) - len(w)
	return n >= 0 && s[n:] == w && (n == 0 || s[n-1] == ' ')
}

// committeeLevels are the levels with a Party committee of their own
// ("tỉnh" and "Tỉnh ủy"), whose place a bare committee title takes, in a
// fixed order.
func committeeLevels(l *Lexicon) []Level {
	var out []Level
	for _, lv := range l.Levels {
		if lv.Committee != "" && l.LevelIn(lv.Word, Province, District) {
			out = append(out, lv)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Word < out[j].Word })
	return out
}

// Expand writes an organization's name with its abbreviations spelled out.
// Right after a word that makes a body a company an abbreviation may stand
// for something else ("Công ty CP": "Cổ phần", "Văn phòng CP": "Chính
// phủ").
func (g *Grammar) Expand(toks []Token) string {
	// most names hold no abbreviation: then they are written as they stand
	abbrev := false
	for k := range toks {
		if toks[k].Is(CAbbrev) {
			abbrev = true
			break
		}
	}
	if !abbrev {
		return Join(toks)
	}
	return g.expandAbbrev(toks)
}

// expandAbbrev is Expand, word by word.
func (g *Grammar) expandAbbrev(toks []Token) string {
	var parts []string
	for k := range toks {
		tk := &toks[k]
		w := tk.Text
		e, inCompany := g.AbbrevInCompany[w]
		after := ""
		if inCompany {
			after = g.afterCompanyWord(toks, k)
		}
		switch {
		case after == "head":
			w = e
		case after == "form":
			// the company's own name
		default:
			if e, ok := g.Abbrev[w]; ok {
				w = e
			}
		}
		if k > 0 && !tk.Space {
			parts[len(parts)-1] += w
			continue
		}
		parts = append(parts, w)
	}
	return strings.Join(parts, " ")
}

// afterCompanyWord says which word that makes a body a company ends right
// before token k: "head" for the word for a company ("Công ty", "Cty"),
// "form" for a legal form's acronym ("TNHH"), "" for none. After a form the
// abbreviation is the company's own name, not a second form: "Công ty
// TNHH CP Việt Nam".
func (g *Grammar) afterCompanyWord(toks []Token, k int) string {
	for s := max(k-2, 0); s < k; s++ {
		if s+g.Company.Match(toks, s) == k {
			if toks[s].Acronym() {
				return "form"
			}
			return "head"
		}
	}
	return ""
}

// Join writes tokens as the text shows them, one space where any stood.
// The tokens are a run of one text's (Tokenize's, in order), and the
// string may be a part of that text.
func Join(ts []Token) string {
	if s, ok := spanned(ts); ok {
		return s
	}
	return joinCopy(ts)
}

// spanned returns the text the tokens stand in, without a copy, when it is
// what Join writes: each token right after the one before it or after a
// single plain space (most names, titles and places). Tokens are cut from
// one text (Text is that text from ByteStart to ByteEnd), so the span is
// the first token's string run on to the last token's end. Each token's
// string is checked to sit where that holds (its bytes at its offset from
// the first token's), so tokens made any other way (a test's, a caller's
// own) take the copying path and nothing is read outside their strings.
func spanned(ts []Token) (string, bool) {
	if len(ts) == 0 {
		return "", true
	}
	first := ts[0].Text
	if len(first) == 0 || len(first) != ts[0].ByteEnd-ts[0].ByteStart {
		return "", false
	}
	base := unsafe.StringData(first)
	for k := 1; k < len(ts); k++ {
		off := ts[k].ByteStart - ts[0].ByteStart
		if len(ts[k].Text) != ts[k].ByteEnd-ts[k].ByteStart || len(ts[k].Text) == 0 ||
			unsafe.StringData(ts[k].Text) != (*byte)(unsafe.Add(unsafe.Pointer(base), off)) {
			return "", false
		}
		switch gap := ts[k].ByteStart - ts[k-1].ByteEnd; {
		case gap == 0 && !ts[k].Space:
		case gap == 1 && ts[k].Space && *(*byte)(unsafe.Add(unsafe.Pointer(base), off-1)) == ' ':
			// the byte before token k lies between token k-1 and token k,
			// inside the span of one string
		default:
			return "", false
		}
	}
	n := ts[len(ts)-1].ByteEnd - ts[0].ByteStart
	return unsafe.String(base, n), true
}

// joinCopy is Join written into a new string.
func joinCopy(ts []Token) string {
	// sized first: one allocation, not one per growth of the builder
	// (tokens read in place: a Token is 72 bytes)
	n := 0
	for i := range ts {
		if i > 0 && ts[i].Space {
			n++
		}
		n += len(ts[i].Text)
	}
	var b strings.Builder
	b.Grow(n)
	for i := range ts {
		if i > 0 && ts[i].Space {
			b.WriteByte(' ')
		}
		b.WriteString(ts[i].Text)
	}
	return b.String()
}

// OpensLevelPlace reports a level word, the first of two, or a Party
// committee's suffix ("ủy"): LevelPlaceAt reads nothing at any other
// token, and a caller that asks at every token (most are none of these)
// tests this first, inlined, without a call.
func (t *Token) OpensLevelPlace() bool {
	e := &lexBits[t.lex]
	return e.class&(CLevel|CLevelFirst) != 0 || e.kinds&(1<<uint(CommitteeSuffix)) != 0
}

// LevelPlaceAt reads a place named after a level word at i ("tỉnh Kon
// Tum", "thành phố Huế", "TP Vinh") or after a Party committee ("Huyện ủy
// Ba Vì"), for the levels that have a committee of their own. It returns
// the level (as a title's organization writes it: "thành phố" for "TP")
// and the token range of the place's name; ok is false when none stands
// there. The name is a province the lexicon knows or two or three name
// syllables.
func (g *Grammar) LevelPlaceAt(toks []Token, i int) (level string, start, end int, ok bool) {
	if i+1 >= len(toks) || !toks[i].OpensLevelPlace() {
		return "", 0, 0, false
	}
	k := i + g.LevelAt(toks, i)
	var lv Level
	switch k - i {
	case 1:
		lv = g.Levels[toks[i].Lower]
	case 2:
		lv = g.Levels[toks[i].Lower+" "+toks[i+1].Lower]
	}
	switch {
	case k > i && lv.Full != "": // "TP"
		lv = g.Levels[lv.Full]
	// "Tỉnh ủy Vĩnh Phúc"
	case k == i && i > 0 && toks[i].IsKind(CommitteeSuffix):
		lv, k = g.byCommittee[toks[i-1].Lower+" "+toks[i].Lower], i+1
	}
	if lv.Committee == "" || !g.LevelIn(lv.Word, Province, District) || k >= len(toks) {
		return "", 0, 0, false
	}
	j := k
	if n := g.Places.Match(toks, k); n > 0 {
		j = k + n
	} else {
		for j < len(toks) && j-k < 3 && toks[j].NameSyllable() && toks[j].Space {
			j++
		}
		if j-k < 2 {
			return "", 0, 0, false
		}
	}
	return lv.Word, k, j, true
}
