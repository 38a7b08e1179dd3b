package extractors

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/lang/vi"
	"github.com/vnextract/vnextract/pipeline/doc"
	"github.com/vnextract/vnextract/pipeline/text"
)

// Each rule of the people stage, tried alone at one token: whether it
// fires and what it consumes. A new rule is one entry in personRules and
// one row here; TestPersonRulesCovered keeps them in step.
var personRuleCases = []struct {
	rule  string
	in    string
	at    int    // the token the rule is tried at
	fires bool   // whether it fires
	reads string // the tokens it consumes, when it fires
}{
	{"shared-title", "các đồng chí Bí thư Trung ương Đảng: Nguyễn Văn A", 0, true, "các đồng chí Bí thư Trung ương Đảng :"},
	{"shared-title", "các Ủy viên Bộ Chính trị gồm: Nguyễn Văn A", 0, true, "các Ủy viên Bộ Chính trị gồm :"},
	{"shared-title", "các đồng chí Bí thư Trung ương Đảng dự", 0, false, ""},
	{"shared-title", "Bí thư Tỉnh ủy: Nguyễn Văn A", 0, false, ""},
	{"not-a-start", "hội nghị", 0, true, "hội"},
	{"not-a-start", ", Nguyễn Văn A", 0, true, ","},
	{"not-a-start", "đồng chí Nguyễn Văn A", 0, false, ""},
	{"not-a-start", "phó bí thư Nguyễn Văn A", 0, false, ""},
	{"not-a-start", "Nguyễn Văn A", 0, false, ""},
	{"person", "Bí thư Tỉnh ủy Nguyễn Văn Hùng phát biểu", 0, true, "Bí thư Tỉnh ủy Nguyễn Văn Hùng"},
	{"person", "Ông Võ Mạnh Sơn (sinh năm 1971), Ủy viên Ban Thường vụ Tỉnh ủy.", 0, true, "Ông Võ Mạnh Sơn ( sinh năm 1971 ) , Ủy viên Ban Thường vụ Tỉnh ủy"},
	{"person", "Hội nghị Trung ương bế mạc", 0, false, ""},
	{"title-coref", "Bí thư Tỉnh ủy Nguyễn Văn Hùng phát biểu. Đồng chí Bí thư Tỉnh ủy đề nghị", 10, true, "Đồng chí Bí thư Tỉnh ủy"},
	{"title-coref", "Đồng chí Bí thư Tỉnh ủy đề nghị", 0, false, ""},
}

func TestPersonRules(t *testing.T) {
	x := NewPeople()
	for _, c := range personRuleCases {
		d := doc.NewDocument("test", text.Normalize(c.in))
		for _, sp := range text.Sentences(d.Runes()) {
			d.Sentences = append(d.Sentences, doc.Span{Start: sp[0], End: sp[1]})
		}
		w := &walk{d: d, toks: vi.Tokens(d), sharedSentence: -1, sent: 0}
		// what the walk holds at the token: the persons read before it
		for i := 0; i < c.at; {
			next := i + 1
			if n, ok := x.person(w, i); ok {
				next = n
			}
			i = next
		}
		rule := ruleNamed(t, c.rule)
		next, fired := rule.apply(x, w, c.at)
		got := ""
		if fired {
			got = words(w.toks[c.at:next])
		}
		if fired != c.fires || got != c.reads {
			t.Errorf("%s at %d of %q: fired %v reading %q, want %v reading %q", c.rule, c.at, c.in, fired, got, c.fires, c.reads)
		}
	}
}

// TestPersonRulesCovered: every rule has a row that fires and one that
// does not, so a rule that never fires, or always does, is caught.
func TestPersonRulesCovered(t *testing.T) {
	for _, r := range personRules {
		var fires, passes bool
		for _, c := range personRuleCases {
			if c.rule == r.name {
				fires = fires || c.fires
				passes = passes || !c.fires
			}
		}
		if !fires || !passes {
			t.Errorf("rule %q needs a row where it fires and one where it does not", r.name)
		}
	}
}

// TestMayStart: the walk's one test of a token passes over exactly the
// tokens where neither a shared title (opensList) nor a person
// (mayStartPerson and opensPerson) may start.
func TestMayStart(t *testing.T) {
	texts := []string{
		"các đồng chí Bí thư Trung ương Đảng: 1. Nguyễn Văn A; 2. ông Lê B",
		"nguyên phó bí thư, ca sĩ Anh Thơ và đại biểu; bà Hoa, đồng chí Tư (12/3) – 5%",
		"Hội nghị lần thứ 9 gồm: Chủ tịch UBND tỉnh, Giáo sư Trần C, quyền Giám đốc Sở",
	}
	for _, c := range personRuleCases {
		texts = append(texts, c.in)
	}
	for _, in := range texts {
		toks := vi.Tokenize(text.Normalize(in))
		for i := range toks {
			tk := &toks[i]
			if got, want := mayStart(tk), opensList(tk) || mayStartPerson(tk) && opensPerson(tk); got != want {
				t.Errorf("%q: token %q: mayStart %v, want %v", in, tk.Text, got, want)
			}
		}
	}
}

// FuzzWalkSentence: the walk's sentence of a token, read from the one it
// read last, is the document's (SentenceAt) wherever the walk asks, at
// whichever tokens it stops at (the bits of skip say which it passes), on
// an input's first 256 bytes.
func FuzzWalkSentence(f *testing.F) {
	f.Add("Ông A nói. Bà B đáp!\nHai câu nữa: một; hai. Ba", uint64(0x5a5a))
	f.Add("", uint64(0))
	f.Fuzz(func(t *testing.T, in string, skip uint64) {
		if len(in) > 256 {
			in = in[:256]
		}
		d := doc.NewDocument("test", text.Normalize(in))
		for _, sp := range text.Sentences(d.Runes()) {
			d.Sentences = append(d.Sentences, doc.Span{Start: sp[0], End: sp[1]})
		}
		w := &walk{d: d, toks: vi.Tokens(d), sharedSentence: -1, sent: -1}
		for i := range w.toks {
			if skip>>(uint(i)%64)&1 != 0 {
				continue
			}
			if got, want := w.sentence(i), d.SentenceAt(w.toks[i].Start); got != want {
				t.Fatalf("%q: token %d: sentence %d, SentenceAt %d", in, i, got, want)
			}
		}
	})
}

// TestNextMayStart: the walk's scan stops at the first token from any
// token where mayStart holds, as a loop asking mayStart of each would.
func TestNextMayStart(t *testing.T) {
	texts := []string{
		"",
		"các đồng chí Bí thư Trung ương Đảng: 1. Nguyễn Văn A; 2. ông Lê B",
		"hôm nay trời đẹp, chúng tôi đi dạo quanh hồ",
		"nguyên phó bí thư, ca sĩ Anh Thơ và đại biểu; bà Hoa, đồng chí Tư (12/3) – 5%",
	}
	for _, c := range personRuleCases {
		texts = append(texts, c.in)
	}
	for _, in := range texts {
		checkNextMayStart(t, in)
	}
}

// FuzzNextMayStart: TestNextMayStart on any text (its first 256 bytes).
func FuzzNextMayStart(f *testing.F) {
	f.Add("các đồng chí Bí thư Trung ương Đảng: 1. Nguyễn Văn A; 2. ông Lê B")
	f.Add("Việt Nam, UBND TP Hà Nội: ông Lê B, bà Hoa, Thượng tướng, PGS. Phó Thị Nguyệt Hằng")
	f.Fuzz(func(t *testing.T, in string) {
		// the check scans on from every token: quadratic in the tokens
		if len(in) > 256 {
			in = in[:256]
		}
		checkNextMayStart(t, in)
	})
}

func checkNextMayStart(t *testing.T, in string) {
	t.Helper()
	toks := vi.Tokenize(text.Normalize(in))
	for i := 0; i <= len(toks); i++ {
		want := i
		for want < len(toks) && !mayStart(&toks[want]) {
			want++
		}
		if got := nextMayStart(toks, i); got != want {
			t.Fatalf("%q: nextMayStart from %d = %d, want %d", in, i, got, want)
		}
	}
}

// TestOpensPerson: at every token opensPerson turns down, and at every
// token where no title chain opens and opensPastTitles turns it down,
// reading a person in full (readPersonAfter, from the token's title
// chain) finds nothing and moves on by one token, as person and
// readPerson then return at once. The texts hold titles with their
// prefixes, honorifics, degrees, callings, names with and without a
// family name, places and headlines.
func TestOpensPerson(t *testing.T) {
	x := NewPeople()
	texts := []string{
		"nguyên Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Văn Hòa; GS.TS Tô Lâm, ca sĩ Anh Thơ và đồng chí Thưởng",
		"Việt Nam, UBND TP Hà Nội: ông Lê B, bà Hoa, Thượng tướng, PGS. Phó Thị Nguyệt Hằng – Đại tá Trần C",
		"Hồ Sơ Vụ Án Được Đưa Ra Xét Xử\nXuân Đinh Dậu, Nguyễn Nguyễn, Tố Hữu, đường Lê Lợi, Trường THPT Lê Quý Đôn",
	}
	for _, c := range personRuleCases {
		texts = append(texts, c.in)
	}
	for _, c := range bareNameCases {
		texts = append(texts, c.in)
	}
	turnedDown, pastTitles := 0, 0
	for _, in := range texts {
		a, b := checkTurnedDown(t, x, in)
		turnedDown += a
		pastTitles += b
	}
	if turnedDown == 0 || pastTitles == 0 {
		t.Errorf("tokens turned down: %d by opensPerson, %d by opensPastTitles; the test must read both", turnedDown, pastTitles)
	}
}

// FuzzOpensPerson is TestOpensPerson on any text.
func FuzzOpensPerson(f *testing.F) {
	f.Add("nguyên Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Văn Hòa; GS.TS Tô Lâm, ca sĩ Anh Thơ và đồng chí Thưởng")
	f.Add("người phát ngôn Bộ Ngoại giao, nhà báo Lê B, đồng chí Thường trực, quốc gia, bà Hoa")
	for _, c := range personRuleCases {
		f.Add(c.in)
	}
	x := NewPeople()
	f.Fuzz(func(t *testing.T, in string) {
		checkTurnedDown(t, x, in)
	})
}

// checkTurnedDown reads a person in full (readPersonAfter, from the
// token's title chain) at every token of in that opensPerson, or an empty
// chain and opensPastTitles, turn down: it must find nothing and move on
// by one token. It returns how many tokens each test turned down.
func checkTurnedDown(t *testing.T, x *People, in string) (turnedDown, pastTitles int) {
	t.Helper()
	d := doc.NewDocument("test", text.Normalize(in))
	toks := vi.Tokens(d)
	for i := range toks {
		// readPerson asks opensPastTitles of title words only: at any
		// other word it is opensPerson
		if !toks[i].Is(vi.CTitlePrefix|vi.CRoles) && opensPastTitles(&toks[i]) != opensPerson(&toks[i]) {
			t.Errorf("%q: token %d %q of no title class: opensPastTitles %v, opensPerson %v", in, i, toks[i].Text, opensPastTitles(&toks[i]), opensPerson(&toks[i]))
		}
		chain, end := x.g.TitleChain(toks, i)
		switch {
		case !opensPerson(&toks[i]):
			turnedDown++
		case len(chain) == 0 && !opensPastTitles(&toks[i]):
			pastTitles++
		default:
			continue
		}
		var h personHit
		next, ok := x.readPersonAfter(d, toks, i, nil, &h, chain, end)
		if ok || next != i+1 || h.start != 0 || h.end != 0 || h.honor != "" || len(h.titles) > 0 || h.calling || h.coref {
			t.Errorf("%q: token %d %q turned down, but the full reading gives %+v, %d, %v", in, i, toks[i].Text, h, next, ok)
		}
	}
	return turnedDown, pastTitles
}

// TestSharedTitleAfterNumber: where sharedTitle returns at once after a
// list opener or number (the next word begins no title and no
// honorific), the honorific and the title chain it would read there are
// none, on every token of the rule tests' texts.
func TestSharedTitleAfterNumber(t *testing.T) {
	x := NewPeople()
	texts := []string{
		"các đồng chí Bí thư Trung ương Đảng: 1. Nguyễn Văn A; 2. ông Lê B; 3. đồng chí Tư, 4 Phó Chủ tịch",
		"Hội nghị lần thứ 9 gồm: Chủ tịch UBND tỉnh, 12 nguyên Giám đốc Sở, năm 2020 tân Bộ trưởng",
	}
	for _, c := range personRuleCases {
		texts = append(texts, c.in)
	}
	checked := 0
	for _, in := range texts {
		toks := vi.Tokenize(text.Normalize(in))
		for i := 0; i+1 < len(toks); i++ {
			if !opensList(&toks[i]) || toks[i+1].IsOrOpens(vi.CHonorific|vi.CTitlePrefix|vi.CRoles, vi.Comrade) {
				continue
			}
			checked++
			if n := x.g.HonorificAt(toks, i+1); n > 0 {
				t.Errorf("%q: after %q an honorific of %d tokens", in, toks[i].Text, n)
			}
			if chain, _ := x.g.TitleChain(toks, i+1); len(chain) > 0 {
				t.Errorf("%q: after %q a title chain %v", in, toks[i].Text, chain)
			}
		}
	}
	if checked == 0 {
		t.Error("no list opener checked: the test reads nothing")
	}
}

func ruleNamed(t *testing.T, name string) personRule {
	t.Helper()
	for _, r := range personRules {
		if r.name == name {
			return r
		}
	}
	t.Fatalf("no rule %q", name)
	return personRule{}
}

// words writes tokens one space apart, punctuation included, so a test row
// shows exactly which tokens were read.
func words(ts []vi.Token) string {
	s := ""
	for k, tk := range ts {
		if k > 0 {
			s += " "
		}
		s += tk.Text
	}
	return s
}

// Each rule that may turn down a bare name, tried alone on the name at
// tokens s to e.
var bareNameCases = []struct {
	rule   string
	in     string
	s, e   int
	reject bool
}{
	{"title-case-line", "Hồ Sơ Vụ Án Lê Văn Tám Được Đưa Ra Xét Xử", 4, 7, true},
	{"title-case-line", "Hồ sơ vụ án Lê Văn Tám được đưa ra xét xử", 4, 7, false},
	{"place-named-in-document", "Lê Hồng, Hải Dương: nông dân xã Lê Hồng thu hoạch", 0, 2, true},
	{"place-named-in-document", "Lê Hồng, Hải Dương: nông dân thu hoạch", 0, 2, false},
	{"context", "Hiệu trưởng trường THPT Lê Quý Đôn", 4, 7, true},
	{"context", "Hôm nay Lê Quý Đôn", 2, 5, false},
	{"address", "cháy nhà ở số 18 Trần Hưng Đạo", 5, 8, true},
	{"after-locative", "Cửa hàng tại Nguyễn Khang, Hà Nội", 3, 5, true},
	{"unit-after", "đến ngã tư Khuất Duy Tiến, quận Thanh Xuân", 3, 6, true},
	{"unit-after", "Cử tri Võ Văn An, xã Thạnh Tiến nêu ý kiến", 2, 5, false},
	{"after-locative", "Hiện tại Nguyễn Văn An đang điều trị", 2, 5, false},
	{"address", "Năm 2014 Lê Khánh kết hôn", 2, 4, false},
}

func TestBareNameRules(t *testing.T) {
	x := NewPeople()
	for _, c := range bareNameCases {
		d := doc.NewDocument("test", text.Normalize(c.in))
		toks := vi.Tokens(d)
		var rule func(x *People, d *doc.Document, toks []vi.Token, s, e int) bool
		for _, r := range bareNameRules {
			if r.name == c.rule {
				rule = r.reject
			}
		}
		if rule == nil {
			t.Fatalf("no rule %q", c.rule)
		}
		if got := rule(x, d, toks, c.s, c.e); got != c.reject {
			t.Errorf("%s on %q of %q: reject %v, want %v", c.rule, words(toks[c.s:c.e]), c.in, got, c.reject)
		}
	}
	for _, r := range bareNameRules {
		var rejects, passes bool
		for _, c := range bareNameCases {
			if c.rule == r.name {
				rejects = rejects || c.reject
				passes = passes || !c.reject
			}
		}
		if !rejects || !passes {
			t.Errorf("rule %q needs a row it rejects and one it passes", r.name)
		}
	}
}

// TestLowerJoin: lowerJoin writes what strings.ToLower(vi.Join(ts)) writes,
// for runs of one to three tokens of mixed case, glued and spaced words and
// punctuation (its shortcut takes one word's Lower).
func TestLowerJoin(t *testing.T) {
	for _, text := range []string{
		"ĐỒNG CHÍ Nguyễn Văn A, Ông Trần B (bà Lê Thị C) và ĐẠI TÁ Phạm Đ.",
		"Đồng chí Bí thư Tỉnh ủy; PGS.TS Hoàng Ê, Ủy viên-Trưởng ban.",
	} {
		toks := vi.Tokenize(text)
		for i := range toks {
			for n := 1; n <= 3 && i+n <= len(toks); n++ {
				ts := toks[i : i+n]
				if got, want := lowerJoin(ts), strings.ToLower(vi.Join(ts)); got != want {
					t.Errorf("lowerJoin(%q) = %q, want %q", vi.Join(ts), got, want)
				}
			}
		}
	}
}

// TestRulesAtAsTable: at every token of the rule tests' texts, in the
// state a walk over the text has reached there, rulesAt moves on to the
// same token and leaves the same state as trying personRules in order.
func TestRulesAtAsTable(t *testing.T) {
	x := NewPeople()
	texts := []string{
		"các đồng chí Bí thư Trung ương Đảng: 1. Nguyễn Văn A; 2. ông Lê B; 3. đồng chí Tư, 4 Phó Chủ tịch",
		"nguyên phó bí thư, ca sĩ Anh Thơ, Tùng Dương và đại biểu; bà Hoa, đồng chí Tư (12/3) – 5%",
		"Ông Nguyễn Văn A, Bí thư Tỉnh ủy. Đồng chí Bí thư Tỉnh ủy đề nghị; A và B nguyên Phó Chủ tịch UBND tỉnh",
	}
	for _, c := range personRuleCases {
		texts = append(texts, c.in)
	}
	for _, c := range bareNameCases {
		texts = append(texts, c.in)
	}
	fired := 0
	for _, in := range texts {
		fired += checkRulesAt(t, x, in)
	}
	if fired == 0 {
		t.Error("no rule fired: the test reads nothing")
	}
}

// FuzzRulesAtAsTable is TestRulesAtAsTable on any text.
func FuzzRulesAtAsTable(f *testing.F) {
	f.Add("các đồng chí Bí thư Trung ương Đảng: 1. Nguyễn Văn A; 2. ông Lê B; 3. đồng chí Tư, 4 Phó Chủ tịch")
	f.Add("Ông Nguyễn Văn A, Bí thư Tỉnh ủy. Đồng chí Bí thư Tỉnh ủy đề nghị; ca sĩ Anh Thơ, Tùng Dương")
	for _, c := range personRuleCases {
		f.Add(c.in)
	}
	x := NewPeople()
	f.Fuzz(func(t *testing.T, in string) {
		checkRulesAt(t, x, in)
	})
}

// checkRulesAt walks in token by token as Extract does (the sentence and
// the shared title kept up to date), trying at each token rulesAt and the
// table on two copies of the walk's state, and fails where they differ.
// It returns how many tokens a rule fired at.
func checkRulesAt(t *testing.T, x *People, in string) int {
	t.Helper()
	d := doc.NewDocument("test", text.Normalize(in))
	for _, sp := range text.Sentences(d.Runes()) {
		d.Sentences = append(d.Sentences, doc.Span{Start: sp[0], End: sp[1]})
	}
	w := &walk{d: d, toks: vi.Tokens(d), sharedSentence: -1, sent: -1}
	toks := w.toks
	copyWalk := func() *walk {
		c := *w
		c.found = append([]personHit(nil), w.found...)
		return &c
	}
	fired := 0
	for i := 0; i < len(toks); {
		if w.sentence(i) != w.sharedSentence {
			w.shared = nil
		}
		byTable, written := copyWalk(), copyWalk()
		next := i + 1
		for _, r := range personRules {
			if n, ok := r.apply(x, byTable, i); ok {
				next = n
				fired++
				break
			}
		}
		got := x.rulesAt(written, i)
		if got != next || !reflect.DeepEqual(byTable, written) {
			t.Fatalf("%q: token %d %q: rulesAt goes on at %d with %+v, the table at %d with %+v", in, i, toks[i].Text, got, written.found, next, byTable.found)
		}
		w = byTable
		i = next
	}
	return fired
}

// TestRulesAtNamesTable: rulesAt writes out personRules' rules by hand, in
// this order. A rule added to the table, dropped or moved must be written
// there too; this list says which ones rulesAt was written for, so the
// table cannot change without it.
func TestRulesAtNamesTable(t *testing.T) {
	written := []string{"shared-title", "not-a-start", "person", "title-coref"}
	var table []string
	for _, r := range personRules {
		table = append(table, r.name)
	}
	if !slices.Equal(table, written) {
		t.Errorf("personRules is %q, rulesAt is written for %q: write the change into rulesAt, then here", table, written)
	}
}
