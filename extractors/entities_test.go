package extractors

import (
	"fmt"
	"slices"
	"testing"

	"github.com/vnextract/vnextract/lang/vi"
	"github.com/vnextract/vnextract/pipeline/doc"
	"github.com/vnextract/vnextract/pipeline/text"
)

// Each rule of the entities stage, tried alone at one token of a text the
// people stage has read: whether it fires, what it consumes and the
// mention it adds ("" when it only passes tokens over). A new rule is one
// entry in entityRules and rows here.
var entityRuleCases = []struct {
	rule  string
	in    string
	at    int
	fires bool
	reads string // the tokens consumed, when it fires
	adds  string // "kind name" of the mention added
}{
	{"not-a-word", ", tỉnh Kon Tum", 0, true, ",", ""},
	{"not-a-word", "Bí thư Nguyễn Văn Hùng phát biểu", 2, true, "Nguyễn", ""},
	{"not-a-word", "tỉnh Kon Tum", 0, false, "", ""},
	{"level-place", "tại tỉnh Kon Tum", 1, true, "tỉnh Kon Tum", "location Kon Tum"},
	{"level-place", "ở thành phố Vinh, Nghệ An", 1, true, "thành phố Vinh", "location Vinh"},
	{"level-place", "cấp tỉnh trở lên", 1, false, "", ""},
	// a level in two words is read whole, not from its last word
	{"level-place", "về thị xã Sơn Tây làm việc", 1, true, "thị xã Sơn Tây", "location Sơn Tây"},
	{"level-place", "Công an thị trấn Phong Điền cho biết", 2, true, "thị trấn Phong Điền", "location Phong Điền"},
	// a place's name stops at a line break: the next line is a sentence
	{"level-place", "Lũ cuốn trôi cầu ở thị trấn Kỳ Sơn\nĐang có mưa lớn", 5, true, "thị trấn Kỳ Sơn", "location Kỳ Sơn"},
	{"lower-case", "các cơ quan", 1, true, "cơ", ""},
	{"lower-case", "Ban Dân vận", 0, false, "", ""},
	{"role", "Bộ trưởng Bộ Y tế", 0, true, "Bộ", ""},
	{"role", "Bộ Y tế", 0, false, "", ""},
	{"org-head", "Ban Dân vận Trung ương tổ chức hội nghị", 0, true, "Ban Dân vận Trung ương", "organization Ban Dân vận Trung ương"},
	{"org-head", "Ban, ngành chức năng", 0, true, "Ban", ""},
	{"org-head", "Hội nghị Trung ương", 0, true, "Hội", ""},
	{"org-head", "Kon Tum", 0, false, "", ""},
	{"place-list", "Kon Tum là tỉnh", 0, true, "Kon Tum", "location Kon Tum"},
	{"place-list", "Hôm nay", 0, false, "", ""},
}

func TestEntityRules(t *testing.T) {
	x := NewEntities()
	p := NewPeople()
	for _, c := range entityRuleCases {
		d := doc.NewDocument("test", text.Normalize(c.in))
		for _, sp := range text.Sentences(d.Runes()) {
			d.Sentences = append(d.Sentences, doc.Span{Start: sp[0], End: sp[1]})
		}
		p.Extract(d)
		w := &entityWalk{d: d, toks: vi.Tokens(d)}
		for _, m := range d.Of(doc.KindPerson) {
			w.names = append(w.names, m)
		}
		before := len(d.Mentions)
		var rule *entityRule
		for k := range entityRules {
			if entityRules[k].name == c.rule {
				rule = &entityRules[k]
			}
		}
		if rule == nil {
			t.Fatalf("no rule %q", c.rule)
		}
		next, fired := rule.apply(x, w, c.at)
		w.flush()
		reads, adds := "", ""
		if fired {
			reads = words(w.toks[c.at:next])
		}
		if len(d.Mentions) > before {
			m := d.Mentions[len(d.Mentions)-1]
			adds = string(m.Kind) + " " + m.Entity.Name
		}
		if fired != c.fires || reads != c.reads || adds != c.adds {
			t.Errorf("%s at %d of %q: fired %v reading %q adding %q, want %v reading %q adding %q",
				c.rule, c.at, c.in, fired, reads, adds, c.fires, c.reads, c.adds)
		}
	}
	for _, r := range entityRules {
		var fires, passes bool
		for _, c := range entityRuleCases {
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

// TestEntityMayStart: at a token the walk passes over without calling a
// rule (entityMayStart false), the rules, tried in order, would only have
// passed it over too: the first to fire goes on to the next token and
// adds nothing.
func TestEntityMayStart(t *testing.T) {
	x := NewEntities()
	p := NewPeople()
	texts := []string{
		"Ông Nguyễn Văn A, Chủ tịch UBND tỉnh Kon Tum, làm việc tại thành phố Vinh, Nghệ An và thị xã Sơn Tây.",
		"các cơ quan, ban ngành của huyện, xã, thị trấn Phong Điền; Ban Dân vận Trung ương (12/3) – 5%",
	}
	for _, c := range entityRuleCases {
		texts = append(texts, c.in)
	}
	for _, in := range texts {
		d := doc.NewDocument("test", text.Normalize(in))
		for _, sp := range text.Sentences(d.Runes()) {
			d.Sentences = append(d.Sentences, doc.Span{Start: sp[0], End: sp[1]})
		}
		p.Extract(d)
		w := &entityWalk{d: d, toks: vi.Tokens(d)}
		for _, m := range d.Of(doc.KindPerson) {
			w.names = append(w.names, m)
		}
		for i := range w.toks {
			if entityMayStart(&w.toks[i]) {
				continue
			}
			before := len(d.Mentions)
			next := i + 1
			for _, r := range entityRules {
				if n, ok := r.apply(x, w, i); ok {
					next = n
					break
				}
			}
			w.flush()
			if next != i+1 || len(d.Mentions) != before {
				t.Errorf("%q: at %q the rules go on to token %d and add %d mentions; the walk passes it over", in, w.toks[i].Text, next, len(d.Mentions)-before)
			}
		}
	}
}

// TestLevelAtClasses: levelPlace passes a token of neither level class
// without asking LevelAt, which finds no level there.
func TestLevelAtClasses(t *testing.T) {
	g := vi.Gram()
	texts := []string{
		"Ông Nguyễn Văn A, Chủ tịch UBND tỉnh Kon Tum, làm việc tại thành phố Vinh, Nghệ An và thị xã Sơn Tây.",
		"Thị trấn Phong Điền, Quận 2, xã Hải Yến, huyện Tĩnh Gia; Thành phố Hồ Chí Minh, TP. Huế, thủ đô Hà Nội",
	}
	for _, c := range entityRuleCases {
		texts = append(texts, c.in)
	}
	for _, in := range texts {
		d := doc.NewDocument("test", text.Normalize(in))
		toks := vi.Tokens(d)
		for i := range toks {
			if !toks[i].Is(vi.CLevel|vi.CLevelFirst) && g.LevelAt(toks, i) != 0 {
				t.Errorf("%q: LevelAt finds a level at %q, a word of neither level class", in, toks[i].Text)
			}
		}
	}
}

// TestEntityRulesAtAsTable: a walk through rulesAt goes from token to
// token and finds what a walk trying the table's rules in order does.
func TestEntityRulesAtAsTable(t *testing.T) {
	texts := []string{
		"Ông Nguyễn Văn A, Chủ tịch UBND tỉnh Kon Tum, làm việc tại thành phố Vinh, Nghệ An và thị xã Sơn Tây.",
		"các cơ quan, ban ngành của huyện, xã, thị trấn Phong Điền; Ban Dân vận Trung ương (12/3) – 5%",
		"Bộ trưởng Bộ Y tế Nguyễn Thanh Long dự Hội nghị Trung ương tại Hà Nội; Bộ Công an, Sở Y tế TP.HCM, UBND xã Hải Yến",
	}
	for _, c := range entityRuleCases {
		texts = append(texts, c.in)
	}
	for k, in := range texts {
		if found := compareEntityWalks(t, in); found == 0 && k == 0 {
			t.Errorf("%q: no entity found", in)
		}
	}
}

// FuzzEntityRulesAt is TestEntityRulesAtAsTable on any text.
func FuzzEntityRulesAt(f *testing.F) {
	for _, c := range entityRuleCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, in string) { compareEntityWalks(t, in) })
}

// the stages compareEntityWalks runs, made once for the fuzz target
var entitiesForWalks, peopleForWalks = NewEntities(), NewPeople()

// compareEntityWalks walks the text through the table and through
// rulesAt, reports any difference in the tokens stopped at or the
// mentions found, and returns how many were found.
func compareEntityWalks(t *testing.T, in string) int {
	x, p := entitiesForWalks, peopleForWalks
	walks := [2]*entityWalk{}
	var steps [2][]int
	for k := range walks {
		d := doc.NewDocument("test", text.Normalize(in))
		for _, sp := range text.Sentences(d.Runes()) {
			d.Sentences = append(d.Sentences, doc.Span{Start: sp[0], End: sp[1]})
		}
		p.Extract(d)
		w := &entityWalk{d: d, toks: vi.Tokens(d)}
		for _, m := range d.Of(doc.KindPerson) {
			w.names = append(w.names, m)
		}
		for i := 0; i < len(w.toks); {
			steps[k] = append(steps[k], i)
			if k == 0 {
				next := i + 1
				for _, r := range entityRules {
					if n, ok := r.apply(x, w, i); ok {
						next = n
						break
					}
				}
				i = next
			} else {
				i = x.rulesAt(w, i)
			}
		}
		walks[k] = w
	}
	if fmt.Sprint(steps[0]) != fmt.Sprint(steps[1]) {
		t.Errorf("%q: rulesAt steps %v, the table %v", in, steps[1], steps[0])
	}
	if fmt.Sprintf("%+v", walks[0].found) != fmt.Sprintf("%+v", walks[1].found) {
		t.Errorf("%q: rulesAt finds %+v, the table %+v", in, walks[1].found, walks[0].found)
	}
	return len(walks[0].found)
}

// TestEntityRulesAtNamesTable: Entities.rulesAt writes out entityRules'
// rules by hand, in this order. A rule added to the table, dropped or
// moved must be written there too (and entityMayStart checked against it).
func TestEntityRulesAtNamesTable(t *testing.T) {
	written := []string{"not-a-word", "level-place", "lower-case", "role", "org-head", "place-list"}
	var table []string
	for _, r := range entityRules {
		table = append(table, r.name)
	}
	if !slices.Equal(table, written) {
		t.Errorf("entityRules is %q, rulesAt is written for %q: write the change into rulesAt, then here", table, written)
	}
}

// entityNext finds, from every token, the token a walk testing
// entityMayStart at each token one by one stops at.
func TestEntityNext(t *testing.T) {
	texts := []string{
		"Ông Nguyễn Văn A, Chủ tịch UBND tỉnh Kon Tum, làm việc tại thành phố Vinh, Nghệ An và thị xã Sơn Tây.",
		"các cơ quan, ban ngành của huyện, xã, thị trấn Phong Điền; Ban Dân vận Trung ương (12/3) – 5%",
		"Bộ trưởng Bộ Y tế Nguyễn Thanh Long dự Hội nghị Trung ương tại Hà Nội; Bộ Công an, Sở Y tế TP.HCM",
		"", ".", "tỉnh", "Hà Nội",
	}
	for _, c := range entityRuleCases {
		texts = append(texts, c.in)
	}
	stops := 0
	for _, in := range texts {
		stops += checkEntityNext(t, in)
	}
	if stops == 0 {
		t.Error("no token where an entity may start")
	}
}

// FuzzEntityNext is TestEntityNext on any text.
func FuzzEntityNext(f *testing.F) {
	for _, c := range entityRuleCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, in string) { checkEntityNext(t, in) })
}

// checkEntityNext compares entityNext at every token of in with the
// reading token by token and returns how many tokens it stops at.
func checkEntityNext(t *testing.T, in string) int {
	toks := vi.Tokens(doc.NewDocument("test", text.Normalize(in)))
	want := len(toks) // from the end back: the next token where one may start
	stops := 0
	for i := len(toks); i >= 0; i-- {
		if i < len(toks) && entityMayStart(&toks[i]) {
			want = i
			stops++
		}
		if got := entityNext(toks, i); got != want {
			t.Fatalf("%q: entityNext from token %d is %d, want %d", in, i, got, want)
		}
	}
	return stops
}

// nextWithClass (the appointments' walk) finds, from every token and
// past the end, the token a test of each token one by one stops at.
func TestNextWithClass(t *testing.T) {
	texts := []string{
		"Thủ tướng quyết định bổ nhiệm ông Nguyễn Văn A giữ chức Thứ trưởng Bộ Y tế; miễn nhiệm bà B.",
		"Bổ nhiệm lại, điều động và luân chuyển cán bộ", "", ".",
	}
	for _, c := range entityRuleCases {
		texts = append(texts, c.in)
	}
	stops := 0
	for _, in := range texts {
		toks := vi.Tokens(doc.NewDocument("test", text.Normalize(in)))
		for _, cl := range []vi.Class{vi.CAppointCues, vi.CRoles, vi.CLevel | vi.CPlaces} {
			want := len(toks)
			for i := len(toks) + 1; i >= 0; i-- {
				if i < len(toks) && toks[i].Is(cl) {
					want = i
					stops++
				}
				w := want
				if i > len(toks) { // past the end: i itself, which the walk's loop ends at
					w = i
				}
				if got := nextWithClass(toks, i, cl); got != w {
					t.Fatalf("%q: nextWithClass(%d, %v) = %d, want %d", in, i, cl, got, w)
				}
			}
		}
	}
	if stops == 0 {
		t.Error("no token of the classes")
	}
}
