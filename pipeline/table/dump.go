package table

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Dump renders rows as readable text, one section per table, every row on
// one line with its span and text. It is what "vnextract show" prints and
// what golden files hold, so it is stable and diffs well.
func Dump(r Rows) string {
	var b strings.Builder
	for _, d := range r.Documents {
		fmt.Fprintf(&b, "# document %s\n", d.DocID)
		fmt.Fprintf(&b, "title: %s\npublished: %s\nauthors: %s\nurl: %s\nsite: %s\nencoding: %s\nsentences: %d\n",
			d.Title, day(d.Published), strings.Join(d.Authors, "; "), d.URL, d.Site, d.Encoding, d.NSentences)
		if len(d.Warnings) > 0 {
			fmt.Fprintf(&b, "warnings: %s\n", strings.Join(d.Warnings, "; "))
		}
		if d.Failed {
			fmt.Fprintf(&b, "failed: %s\n", d.Error)
		}
	}
	section := func(name string, lines []string) {
		fmt.Fprintf(&b, "\n## %s (%d)\n", name, len(lines))
		for _, l := range lines {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	var ls []string
	for _, p := range r.People {
		ls = append(ls, fmt.Sprintf("%s «%s» name=%s honorific=%s%s [%s]", span(p.Start, p.End), p.Text, p.Name, p.Honorific, flag(p.Coref, " coref"), p.Rule))
	}
	section("people", ls)
	ls = nil
	for _, t := range r.Titles {
		ls = append(ls, fmt.Sprintf("%s «%s» person=%s role=%s org=%s full=%s place=%s%s [%s]", span(t.Start, t.End), t.Title, t.Person, t.Role, t.Organization, t.OrganizationFull, t.Place, flag(t.Former, " former"), t.Rule))
	}
	section("titles", ls)
	ls = nil
	for _, d := range r.Dates {
		warn := ""
		if d.Warning != "" {
			warn = " warning=" + d.Warning
		}
		ls = append(ls, fmt.Sprintf("%s «%s» value=%s date=%s granularity=%s part_of_day=%s year_from=%s%s [%s]", span(d.Start, d.End), d.Text, d.Value, day(d.Date), d.Granularity, d.PartOfDay, d.YearFrom, warn, d.Rule))
	}
	section("dates", ls)
	ls = nil
	for _, d := range r.DocRefs {
		ls = append(ls, fmt.Sprintf("%s «%s» ref=%s type=%s issuer=%s (%s) issued=%s term=%s [%s]", span(d.Start, d.End), d.Text, d.Ref, d.DocType, d.Issuer, d.IssuerCode, day(d.Issued), d.Term, d.Rule))
	}
	section("document_refs", ls)
	ls = nil
	for _, f := range r.Figures {
		ls = append(ls, fmt.Sprintf("%s «%s» value=%s unit=%s of=%s percent=%s qualifier=%s currency=%s consistent=%s subject=%s [%s]", span(f.Start, f.End), f.Text, g(f.Value), f.Unit, pg(f.Of), pg(f.Percent), f.Qualifier, f.Currency, pb(f.Consistent), f.Subject, f.Rule))
	}
	section("figures", ls)
	ls = nil
	for _, e := range r.Entities {
		ls = append(ls, fmt.Sprintf("%s «%s» kind=%s name=%s full=%s type=%s [%s]", span(e.Start, e.End), e.Text, e.Kind, e.Name, e.Full, e.Type, e.Rule))
	}
	section("entities", ls)
	ls = nil
	for _, rel := range r.Relations {
		when := ""
		if rel.Date != "" {
			when = " @" + rel.Date
		}
		ls = append(ls, fmt.Sprintf("%s %s(%s) -%s-> %s(%s)%s [%s]", span(rel.Start, rel.End), rel.Subject, rel.SubjectKind, rel.Predicate, rel.Object, rel.ObjectKind, when, rel.Rule))
	}
	section("relations", ls)
	return b.String()
}

func span(s, e int32) string { return fmt.Sprintf("%d-%d", s, e) }

func day(d *int32) string {
	if d == nil {
		return "-"
	}
	return time.Unix(int64(*d)*86400, 0).UTC().Format("2006-01-02")
}

func g(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func pg(v *float64) string {
	if v == nil {
		return "-"
	}
	return g(*v)
}

func pb(v *bool) string {
	if v == nil {
		return "-"
	}
	return strconv.FormatBool(*v)
}

func flag(b bool, s string) string {
	if b {
		return s
	}
	return ""
}
