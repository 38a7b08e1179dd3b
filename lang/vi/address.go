package vi

import "github.com/vnextract/vnextract/lang/vi/gazetteer"

// Streets are named after people, so a street in an address reads like a
// bare name ("số 18 Trần Hưng Đạo", "tại Nguyễn Khang, Hà Nội"). An
// address gives itself away by what stands around the name: a house number
// before it, or a locative. A person named with an honorific or a title never gets here: the
// callers ask only about names nothing vouches for.

// AddressAt reports whether the capitalized run at tokens s to e is the
// street of an address:
//
//   - after a house number that follows a word that leads one ("số", "tại",
//     "địa chỉ", "hẻm") or a clause mark (",", ":", "(", "-"): "tại 155
//     Phùng Hưng", "Tầng 6, tòa nhà X, 68 Nguyễn Cơ Thạch";
//   - after a house number that follows a lower-case noun, with a place
//     after a comma or a bracket: "sân bóng 367 Hoàng Hoa Thám, Tân Bình".
//
// A street after "tại" or "ở" with no number is AfterLocative's.
//
// A number after a count or calendar word ("năm 2014 Lê Khánh", "Á hậu 1
// Huỳnh Thị Yến Nhi", a table's columns: "537 Lý Hoàng Nam (Việt Nam)")
// is no house number.
func (g *Grammar) AddressAt(toks []Token, s, e int) bool {
	if s < 1 {
		return false
	}
	if n := s - 1; houseNumber(&toks[n]) && !toks[n].Newline {
		if n >= 1 && g.houseLeadBefore(toks, n) {
			return true
		}
		// a number after a lower-case noun ("sân bóng 367 …"); not after
		// a count, a date, a capitalized word or a table's cells
		p := n - 1
		noun := p >= 0 && toks[p].Word && !toks[p].Capitalized() && !isDigitWord(toks[p].Text) && !toks[p].IsKind(CalendarUnit)
		return noun && g.PlaceAfter(toks, e)
	}
	return false
}

// AfterLocative reports "tại" or "ở" right before token s: a capitalized
// run there names where something is (a street, a town, a foreign city:
// "tại Nguyễn Khang, Hà Nội", "phòng thí nghiệm ở Vũ Hán"), not a person,
// whom Vietnamese does not put after a locative without an honorific. A
// locative that closes another word ("hiện tại", "tồn tại": kind
// notlocative) is none.
func (g *Grammar) AfterLocative(toks []Token, s int) bool {
	if s < 1 || !toks[s-1].IsKind(Locative) || toks[s].Newline {
		return false
	}
	return s < 2 || g.At(toks, s-2, NotLocative) != 2
}

// houseLeadBefore reports a word that leads a house number, or a clause
// mark, right before token n (the number).
func (g *Grammar) houseLeadBefore(toks []Token, n int) bool {
	p := &toks[n-1]
	if !p.Word {
		switch p.Text {
		case ",", ":", "(", "-", "–", ";":
			return true
		}
		return false
	}
	if p.IsKind(HouseLead) {
		return true
	}
	// "địa chỉ"
	return n >= 2 && g.At(toks, n-2, HouseLead) == 2
}

// PlaceAfter reports a comma or an opening bracket at token e followed by
// a place: a level word and its name ("quận Cầu Giấy"), a province the
// lexicon knows or a unit of the gazetteer ("Hà Nội", "Tân Bình").
func (g *Grammar) PlaceAfter(toks []Token, e int) bool {
	if e+1 >= len(toks) || (toks[e].Text != "," && toks[e].Text != "(") {
		return false
	}
	k := e + 1
	if toks[k].Newline {
		return false
	}
	if g.placeAt(toks, k) || g.Places.Match(toks, k) > 0 {
		return true
	}
	j := k
	for j < len(toks) && j-k < 3 && toks[j].NameSyllable() && (j == k || (toks[j].Space && !toks[j].Newline)) {
		j++
	}
	for ; j > k; j-- {
		if gazetteer.IsPlace(Join(toks[k:j])) {
			return true
		}
	}
	return false
}

// houseNumber reports a token written as a house number: digits, with at
// most two capital letters before them ("D29") and one letter after
// ("12A", "27a").
func houseNumber(t *Token) bool {
	w := t.Text
	i := 0
	for i < len(w) && i < 2 && w[i] >= 'A' && w[i] <= 'Z' {
		i++
	}
	d := i
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	if i == d || i-d > 4 {
		return false
	}
	if i < len(w) && ((w[i] >= 'A' && w[i] <= 'Z') || (w[i] >= 'a' && w[i] <= 'z')) {
		i++
	}
	return i == len(w)
}

// UnitAfter reports a comma at token e followed by a level word and the
// unit's name or number ("…, quận Thanh Xuân", "…, phường 12", "…, tỉnh
// Chiết Giang"): a written-out location whose first part, the capitalized
// run before the comma, is a street, a school or a town, not a person. A
// person's place is written in brackets ("Nguyễn Văn A (xã Y)"), after a
// verb of residence, or is the commune ("cử tri Nguyễn Văn A, xã Y"): only
// a district or a province after the comma counts.
func (g *Grammar) UnitAfter(toks []Token, e int) bool {
	if e+2 >= len(toks) || toks[e].Text != "," || toks[e+1].Newline || !g.placeAt(toks, e+1) {
		return false
	}
	n := g.LevelAt(toks, e+1)
	w := toks[e+1].Lower
	if n == 2 {
		w += " " + toks[e+2].Lower
	}
	if lv := g.Levels[w]; lv.Full != "" {
		w = lv.Full
	}
	// a district or a province: a commune or a village after a comma is
	// often where a person lives ("cử tri Nguyễn Văn A, xã Y")
	if !g.LevelIn(w, Province, District) {
		return false
	}
	k := e + 1 + n
	return k < len(toks) && toks[k].Word && !toks[k].Newline && (toks[k].Capitalized() || isDigitWord(toks[k].Text))
}
