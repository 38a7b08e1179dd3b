// Package explain renders one document's extraction as a self-contained
// HTML page (no network, no external assets): the article text with every
// mention highlighted by kind, its normalized value on hover and in a side
// list, the relations beneath, and, given a scoring report, the misses and
// false alarms marked. It is what a person opens to review rules.
package explain

import (
	"fmt"
	"html"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/vnextract/vnextract/eval"
	"github.com/vnextract/vnextract/pipeline/table"
)

// kinds in drawing priority: where spans overlap, the first wins the
// colour (every mention stays listed and hoverable).
var kinds = []struct{ id, label, color string }{
	{"person", "people", "#ffd59e"},
	{"title", "titles", "#c8e6c9"},
	{"document_ref", "document numbers", "#d1c4e9"},
	{"date", "dates", "#bbdefb"},
	{"figure", "figures", "#ffe0ef"},
	{"organization", "organizations", "#e0e0e0"},
	{"location", "places", "#b2ebf2"},
}

type mention struct {
	id, start, end int
	kind, text     string
	note           string
	falseAlarm     bool
}

// Page writes the page for one document's rows. rep, when not nil, is the
// scoring report of these rows against gold; its items for this document
// mark false alarms and list misses.
func Page(w io.Writer, r table.Rows, rep *eval.Report) error {
	if len(r.Documents) != 1 {
		return fmt.Errorf("explain: want one document, got %d", len(r.Documents))
	}
	d := r.Documents[0]
	fa, misses := judged(rep, d.DocID)
	var ms []mention
	add := func(kind string, s, e int32, text, note string, falseAlarm bool) {
		ms = append(ms, mention{id: len(ms) + 1, start: int(s), end: int(e), kind: kind, text: text, note: note, falseAlarm: falseAlarm})
	}
	for _, p := range r.People {
		note := p.Name
		if p.Honorific != "" {
			note = p.Honorific + " · " + note
		}
		if p.Coref {
			note += " (refers back)"
		}
		add("person", p.Start, p.End, p.Text, note, fa["people"][eval.PersonKey(p)])
	}
	for _, t := range r.Titles {
		add("title", t.Start, t.End, t.Title, fmt.Sprintf("%s · role %s · organization %s%s", t.Person, t.Role, or(t.OrganizationFull, "—"), prefix(" · place ", t.Place)),
			fa["titles"][eval.TitleKey(t)])
	}
	for _, x := range r.Dates {
		k, scored := eval.DateKey(x)
		add("date", x.Start, x.End, x.Text, fmt.Sprintf("%s (%s%s)", x.Value, x.Granularity, prefix(", year from ", x.YearFrom)), scored && fa["dates"][k])
	}
	for _, x := range r.DocRefs {
		add("document_ref", x.Start, x.End, x.Text, fmt.Sprintf("%s · %s%s%s%s", x.Ref, or(x.DocType, "?"), prefix(" · issued by ", x.Issuer), prefix(" · issued ", day(x.Issued)), prefix(" · term ", x.Term)),
			fa["document_refs"][eval.RefKey(x)])
	}
	for _, f := range r.Figures {
		note := fmt.Sprintf("%s %s", num(f.Value), f.Unit)
		if f.Of != nil {
			note += " of " + num(*f.Of)
		}
		if f.Percent != nil && f.Unit != "%" {
			note += fmt.Sprintf(" (%s%%)", num(*f.Percent))
		}
		if f.Consistent != nil {
			note += map[bool]string{true: " · consistent", false: " · INCONSISTENT"}[*f.Consistent]
		}
		add("figure", f.Start, f.End, f.Text, note+prefix(" · ", f.Subject), fa["figures"][eval.FigureKey(f)])
	}
	for _, e := range r.Entities {
		add(e.Kind, e.Start, e.End, e.Text, or(e.Full, e.Name)+prefix(" · ", e.Type), false)
	}
	return render(w, d, ms, r.Relations, misses, rep != nil)
}

// judged returns the keys the report calls false alarms in the document,
// by kind, and its misses and wrong values. Rows are matched to false
// alarms through eval's own per-row keys, so every scored kind is marked.
func judged(rep *eval.Report, docID string) (map[string]map[string]bool, []eval.Item) {
	fa := map[string]map[string]bool{}
	if rep == nil {
		return fa, nil
	}
	base := docID[strings.LastIndex(docID, "/")+1:]
	var misses []eval.Item
	for _, it := range rep.Items {
		if it.Doc != base {
			continue
		}
		switch it.What {
		case "false alarm":
			if fa[it.Kind] == nil {
				fa[it.Kind] = map[string]bool{}
			}
			fa[it.Kind][it.Key] = true
		case "miss", "wrong doc_type", "wrong issued", "wrong":
			misses = append(misses, it)
		}
	}
	return fa, misses
}

func render(w io.Writer, d table.DocumentRow, ms []mention, rels []table.RelationRow, misses []eval.Item, scored bool) error {
	rs := []rune(d.Text)
	rank := map[string]int{}
	for i, k := range kinds {
		rank[k.id] = i
	}
	// spans nest (a title holds its organization, a reference its date):
	// outer first; one that crosses its parent's end is cut there for
	// display (the side list keeps it whole)
	sorted := append([]mention(nil), ms...)
	sort.SliceStable(sorted, func(a, c int) bool {
		if sorted[a].start != sorted[c].start {
			return sorted[a].start < sorted[c].start
		}
		if sorted[a].end != sorted[c].end {
			return sorted[a].end > sorted[c].end
		}
		return rank[sorted[a].kind] < rank[sorted[c].kind]
	})
	var b strings.Builder
	b.WriteString(head(d))
	b.WriteString(`<main><article class="text">`)
	text := func(s, e int) {
		seg := html.EscapeString(string(rs[s:e]))
		b.WriteString(strings.ReplaceAll(seg, "\n", "<br>\n"))
	}
	var stack []int // end offsets of the open spans
	at := 0
	closeTo := func(pos int) {
		for len(stack) > 0 && stack[len(stack)-1] <= pos {
			end := stack[len(stack)-1]
			text(at, end)
			at = end
			b.WriteString("</span>")
			stack = stack[:len(stack)-1]
		}
	}
	for _, m := range sorted {
		if m.start < at || m.start >= m.end || m.end > len(rs) {
			continue // starts inside text already written past (crossing)
		}
		closeTo(m.start)
		text(at, m.start)
		at = m.start
		end := m.end
		if n := len(stack); n > 0 && end > stack[n-1] {
			end = stack[n-1]
		}
		fa := ""
		if m.falseAlarm {
			fa = " fa"
		}
		fmt.Fprintf(&b, `<span class="m k-%s%s" data-kind="%s" data-id="%d" title="%s">`, m.kind, fa, m.kind, m.id,
			html.EscapeString(fmt.Sprintf("[%d] %s: %s", m.id, m.kind, m.note)))
		stack = append(stack, end)
	}
	closeTo(len(rs))
	text(at, len(rs))
	b.WriteString(`</article><aside>`)
	b.WriteString(legend())
	if scored {
		fmt.Fprintf(&b, `<section class="misses"><h2>Misses and wrong values (%d)</h2><ul>`, len(misses))
		for _, it := range misses {
			fmt.Fprintf(&b, `<li class="miss"><b>%s</b> %s: %s</li>`, html.EscapeString(it.Kind), html.EscapeString(it.What), html.EscapeString(or(it.Text, it.Key)))
		}
		n := 0
		for _, m := range ms {
			if m.falseAlarm {
				n++
			}
		}
		fmt.Fprintf(&b, `</ul><p class="hint">False alarms (%d) are outlined in red in the text and in the list of mentions.</p></section>`, n)
	}
	b.WriteString(`<section><h2>Mentions</h2><ol class="mentions">`)
	for _, m := range ms {
		fmt.Fprintf(&b, `<li id="m%d" class="k-%s%s"><span class="tag">%s</span> <q>%s</q> → %s</li>`, m.id, m.kind,
			map[bool]string{true: " fa", false: ""}[m.falseAlarm], m.kind, html.EscapeString(m.text), html.EscapeString(m.note))
	}
	b.WriteString(`</ol></section></aside></main>`)
	fmt.Fprintf(&b, `<section class="relations"><h2>Relations (%d)</h2><table><tr><th>subject</th><th>predicate</th><th>object</th></tr>`, len(rels))
	for _, r := range rels {
		fmt.Fprintf(&b, `<tr><td>%s <small>%s</small></td><td class="pred">%s</td><td>%s <small>%s</small></td></tr>`,
			html.EscapeString(r.Subject), r.SubjectKind, r.Predicate, html.EscapeString(r.Object), r.ObjectKind)
	}
	b.WriteString("</table></section></body></html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func head(d table.DocumentRow) string {
	var css strings.Builder
	for _, k := range kinds {
		fmt.Fprintf(&css, ".k-%s{background:%s}", k.id, k.color)
	}
	meta := []string{html.EscapeString(d.DocID)}
	if p := day(d.Published); p != "" {
		meta = append(meta, "published "+p)
	}
	if d.Site != "" {
		meta = append(meta, html.EscapeString(d.Site))
	}
	if len(d.Authors) > 0 {
		meta = append(meta, html.EscapeString(strings.Join(d.Authors, ", ")))
	}
	if len(d.Warnings) > 0 {
		meta = append(meta, "warnings: "+html.EscapeString(strings.Join(d.Warnings, "; ")))
	}
	return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>` + html.EscapeString(or(d.Title, d.DocID)) + `</title><style>
body{font:16px/1.6 Georgia,"Times New Roman",serif;margin:0;color:#222;background:#fafafa}
header{padding:16px 32px;background:#263238;color:#eceff1}header h1{margin:0;font-size:22px}header p{margin:4px 0 0;font:13px sans-serif;opacity:.8}
main{display:flex;gap:24px;padding:24px 32px}article.text{flex:3;background:#fff;padding:24px 32px;border-radius:6px;box-shadow:0 1px 3px #0002}
aside{flex:2;font:14px/1.45 sans-serif;max-height:90vh;overflow:auto;position:sticky;top:12px}
.m{border-radius:3px;padding:0 1px;cursor:help}.m.fa{outline:2px solid #d32f2f}
.legend span{display:inline-block;margin:2px 6px 2px 0;padding:1px 6px;border-radius:3px}
.mentions{padding-left:22px}.mentions li{margin:3px 0;padding:1px 4px;border-radius:3px}.mentions li.fa{outline:2px solid #d32f2f}
.tag{font-size:11px;text-transform:uppercase;opacity:.6}.misses li{color:#b71c1c}
.relations{padding:0 32px 32px;font:14px sans-serif}.relations table{border-collapse:collapse;background:#fff}
.relations td,.relations th{border-bottom:1px solid #ddd;padding:4px 10px;text-align:left}.pred{font-weight:bold;color:#37474f}
small{color:#888}` + css.String() + `</style></head><body><header><h1>` + html.EscapeString(or(d.Title, d.DocID)) + `</h1><p>` + strings.Join(meta, " · ") + `</p></header>`
}

func legend() string {
	var b strings.Builder
	b.WriteString(`<section class="legend"><h2>Legend</h2>`)
	for _, k := range kinds {
		fmt.Fprintf(&b, `<span class="k-%s">%s</span>`, k.id, k.label)
	}
	b.WriteString(`<p class="hint">Hover a highlight for its value; every mention is listed below.</p></section>`)
	return b.String()
}

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func prefix(p, s string) string {
	if s == "" {
		return ""
	}
	return p + s
}

func day(d *int32) string {
	if d == nil {
		return ""
	}
	return time.Unix(int64(*d)*86400, 0).UTC().Format("2006-01-02")
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
