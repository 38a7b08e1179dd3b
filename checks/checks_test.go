package checks

import (
	"strings"
	"testing"

	"github.com/vnextract/vnextract/pipeline/table"
)

func title(doc, person, role, org string) table.TitleRow {
	return table.TitleRow{DocID: doc, Person: person, Title: strings.TrimSpace(role + " " + org), Role: role, Organization: org}
}

func TestBodyChecks(t *testing.T) {
	tests := []struct {
		org            string
		function, bare bool
	}{
		{"Bộ Y tế", false, false},
		{"UBND huyện Ba Vì", false, false},            // "vì" ends a place's name
		{"UBND xã Hòa Liên", false, false},            // "liên" too
		{"Cục Điện ảnh", false, false},                // lower-case "ảnh" ends a real name
		{"Bệnh viện Bạch Mai và", true, false},        // lower-case conjunction
		{"Công an tỉnh Bình Định Trong", true, false}, // the next sentence, full stop lost
		{"Ban Thực", true, false},                     // cut inside "thực hiện"
		{"Sở", false, true},
		{"Công ty", false, true},
		{"tổng công ty", false, true},
		{"Quốc hội", false, false}, // a head that is a whole name
		{"Tỉnh ủy", false, false},  // completed by a place
		{"", false, false},
	}
	for _, tt := range tests {
		rep := Run(table.Rows{Titles: []table.TitleRow{title("d", "Nguyễn Văn An", "Giám đốc", tt.org)}})
		if got := rep.Count("title-body-function-word") == 1; got != tt.function {
			t.Errorf("%q: ends on a function word = %v, want %v", tt.org, got, tt.function)
		}
		if got := rep.Count("title-body-bare-head") == 1; got != tt.bare {
			t.Errorf("%q: bare head = %v, want %v", tt.org, got, tt.bare)
		}
	}
}

func TestPersonChecks(t *testing.T) {
	text := "Tết Đinh Dậu, ông Hoàng Liệt thăm phường Hoàng Liệt. Chủ tịch UBND tỉnh Nguyễn Văn An nói. Giáp Sửu đến. Triệu Phong hát. Phan Thiết nắng."
	rs := []rune(text)
	at := func(s string, nth int) (int32, int32) {
		i := 0
		for k := 0; k <= nth; k++ {
			j := strings.Index(string(rs[i:]), s)
			i += len([]rune(string(rs[i:])[:j]))
			if k < nth {
				i++
			}
		}
		return int32(i), int32(i + len([]rune(s)))
	}
	person := func(name, honorific string, nth int) table.PersonRow {
		s, e := at(name, nth)
		return table.PersonRow{DocID: "d", Name: name, Text: name, Honorific: honorific, Start: s, End: e}
	}
	rows := table.Rows{
		Documents: []table.DocumentRow{{DocID: "d", Text: text}},
		People: []table.PersonRow{
			person("Đinh Dậu", "", 0),      // a year, not a person
			person("Hoàng Liệt", "ông", 0), // introduced by an honorific: a person
			person("Hoàng Liệt", "", 1),    // after "phường": the ward
			person("Nguyễn Văn An", "", 0), // a level word before a name closes the body
			person("Giáp Sửu", "", 0),      // no such year: stem and branch differ in parity
			person("Triệu Phong", "", 0),   // a district's name, nothing says person
			person("Phan Thiết", "", 0),    // a city's name, and "Thiết" is no given name
		},
	}
	rep := Run(rows)
	want := map[string][]string{
		"person-is-year-name":       {"Đinh Dậu"},
		"person-after-level-word":   {"phường Hoàng Liệt"},
		"person-is-place":           {"Phan Thiết", "Triệu Phong"},
		"person-is-place-not-given": {"Phan Thiết"},
	}
	for id, w := range want {
		var got []string
		for _, f := range rep.Findings[id] {
			got = append(got, f.Detail)
		}
		if strings.Join(got, "|") != strings.Join(w, "|") {
			t.Errorf("%s: %q, want %q", id, got, w)
		}
	}
}

func TestTwoNames(t *testing.T) {
	rows := table.Rows{Titles: []table.TitleRow{
		// a country run into the name: one person, two names
		title("a", "Joko Widodo", "Tổng thống", ""),
		title("a", "Indonesia Joko Widodo", "Tổng thống", ""),
		// two ministers sharing a given name: different people
		title("b", "Nguyễn Chí Dũng", "Bộ trưởng", ""),
		title("b", "Đinh Tiến Dũng", "Bộ trưởng", ""),
		// a typo of the family name, same body
		title("c", "Trương Quý Dương", "Giám đốc", "Sở Y tế"),
		title("c", "Trần Quý Dương", "Giám đốc", "Sở Y tế tỉnh Nam Định"),
		// same given name, different bodies
		title("d", "Lê Văn Hùng", "Giám đốc", "Sở Y tế"),
		title("d", "Trần Văn Hùng", "Giám đốc", "Sở Tài chính"),
	}}
	var got []string
	for _, f := range Run(rows).Findings["person-two-names"] {
		got = append(got, f.DocID+": "+f.Detail)
	}
	want := "a: Indonesia Joko Widodo / Joko Widodo|c: Trương Quý Dương / Trần Quý Dương"
	if strings.Join(got, "|") != want {
		t.Errorf("two names: %q, want %q", got, want)
	}
}

func TestPrint(t *testing.T) {
	var b strings.Builder
	Run(table.Rows{Documents: make([]table.DocumentRow, 4)}).Print(&b, 3)
	for _, c := range Checks {
		if !strings.Contains(b.String(), c.Desc) {
			t.Errorf("report lacks %q:\n%s", c.Desc, b.String())
		}
	}
}
