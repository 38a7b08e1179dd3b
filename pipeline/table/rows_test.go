package table

import (
	"fmt"
	"slices"
	"testing"

	"github.com/vnextract/vnextract/pipeline/doc"
)

// TestFromDocumentOrder: each table's rows come in text order (start, then
// end), mentions of equal span in the order the stages added them, however
// the kinds are interleaved; every person row carries its name's key, also
// past the names FromDocument remembers.
func TestFromDocumentOrder(t *testing.T) {
	d := doc.NewDocument("d1", "")
	person := func(start, end int, name, rule string) *doc.Mention {
		m := &doc.Mention{Kind: doc.KindPerson, Start: start, End: end, Rule: rule, Person: &doc.Person{Name: name}}
		d.Mentions = append(d.Mentions, m)
		return m
	}
	date := func(start, end int, rule string) {
		d.Mentions = append(d.Mentions, &doc.Mention{Kind: doc.KindDate, Start: start, End: end, Rule: rule, Date: &doc.DateValue{}})
	}
	date(50, 55, "d1")
	p := person(40, 48, "Nguyễn Văn A", "p1")
	date(10, 15, "d2")
	person(5, 9, "Trần  Thị B", "p2")
	person(40, 45, "Nguyễn Văn A", "p3")
	person(40, 48, "NGUYỄN VĂN A", "p4") // same span as p1, added after it
	date(10, 15, "d3")                   // same span as d2, added after it
	d.Mentions = append(d.Mentions, &doc.Mention{Kind: doc.KindTitle, Start: 30, End: 39, Rule: "t1", Title: &doc.Title{Person: p}})
	for i := range 40 {
		person(100+i, 101+i, fmt.Sprintf("Người Số %d", i), fmt.Sprintf("x%d", i))
	}
	r := FromDocument(d)
	var rules []string
	for _, row := range r.People {
		rules = append(rules, row.Rule)
		if row.NameKey != doc.Key(row.Name) {
			t.Errorf("%s: name_key %q, want %q", row.Rule, row.NameKey, doc.Key(row.Name))
		}
	}
	want := []string{"p2", "p3", "p1", "p4"}
	for i := range 40 {
		want = append(want, fmt.Sprintf("x%d", i))
	}
	if !slices.Equal(rules, want) {
		t.Errorf("people in order %v, want %v", rules, want)
	}
	rules = nil
	for _, row := range r.Dates {
		rules = append(rules, row.Rule)
	}
	if want := []string{"d2", "d3", "d1"}; !slices.Equal(rules, want) {
		t.Errorf("dates in order %v, want %v", rules, want)
	}
	if len(r.Titles) != 1 || r.Titles[0].PersonKey != "nguyễn văn a" {
		t.Errorf("titles %+v, want one with person_key %q", r.Titles, "nguyễn văn a")
	}
}
