package eval

import (
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/vnextract/vnextract/pipeline/doc"
	"github.com/vnextract/vnextract/pipeline/table"
	"github.com/vnextract/vnextract/pipeline/text"
)

// Kinds are the kinds scored, in report order.
var Kinds = []string{"people", "titles", "dates", "document_refs", "figures"}

// Count is tp/fp/fn for one kind.
type Count struct {
	TP, FP, FN int
}

func (c Count) P() float64  { return ratio(c.TP, c.TP+c.FP) }
func (c Count) R() float64  { return ratio(c.TP, c.TP+c.FN) }
func (c Count) F1() float64 { p, r := c.P(), c.R(); return ratio2(2*p*r, p+r) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func ratio2(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// Item is one miss or false alarm, for -v listings.
type Item struct {
	Doc, Kind, What string // What: "miss" or "false alarm"
	Key             string
	Text            string // a miss's gold item as written (original case), for people reading it
}

// Report is the result of scoring.
type Report struct {
	Counts                 map[string]*Count
	Items                  []Item
	RefTypeOK, RefTypeAll  int
	RefIssuedOK, RefIssAll int
	PublishedOK, PubAll    int
	Docs                   int
	MissingDocs            []string
}

// Total is the micro-average over all kinds.
func (r *Report) Total() Count {
	var t Count
	for _, k := range Kinds {
		c := r.Counts[k]
		t.TP += c.TP
		t.FP += c.FP
		t.FN += c.FN
	}
	return t
}

// Key is SPEC's key normalization: NFC, canonical tone placement, lower
// case, white space collapsed, leading and trailing punctuation trimmed.
func Key(s string) string { return doc.Key(text.Normalize(s)) }

// Score compares rows with gold. Documents are matched by the last element
// of their doc_id; gold documents with no rows count every item as missed.
func Score(rows table.Rows, gold map[string]*Gold) *Report {
	rep := &Report{Counts: map[string]*Count{}}
	for _, k := range Kinds {
		rep.Counts[k] = &Count{}
	}
	byDoc := map[string]*docRows{}
	get := func(id string) *docRows {
		k := path.Base(id)
		if byDoc[k] == nil {
			byDoc[k] = &docRows{}
		}
		return byDoc[k]
	}
	for i := range rows.Documents {
		get(rows.Documents[i].DocID).doc = &rows.Documents[i]
	}
	for _, p := range rows.People {
		get(p.DocID).people = append(get(p.DocID).people, p)
	}
	for _, t := range rows.Titles {
		get(t.DocID).titles = append(get(t.DocID).titles, t)
	}
	for _, d := range rows.Dates {
		get(d.DocID).dates = append(get(d.DocID).dates, d)
	}
	for _, r := range rows.DocRefs {
		get(r.DocID).refs = append(get(r.DocID).refs, r)
	}
	for _, f := range rows.Figures {
		get(f.DocID).figs = append(get(f.DocID).figs, f)
	}
	for _, name := range SortedDocs(gold) {
		g := gold[name]
		dr := byDoc[name]
		if dr == nil {
			rep.MissingDocs = append(rep.MissingDocs, name)
			dr = &docRows{}
		}
		rep.Docs++
		rep.scoreDoc(name, g, dr)
	}
	return rep
}

type docRows struct {
	doc    *table.DocumentRow
	people []table.PersonRow
	titles []table.TitleRow
	dates  []table.DateRow
	refs   []table.DocRefRow
	figs   []table.FigureRow
}

// goldItem is a gold entry reduced to the keys it accepts.
type goldItem struct {
	keys     []string
	optional bool
	idx      int
	text     string // as the gold file writes it
}

// matchSets scores one kind: each gold item (deduplicated by its main key)
// takes at most one predicted key it accepts; predicted keys are a set.
// Required items found are true positives, not found are misses; predicted
// keys that no item accepts are false alarms; optional items count neither
// way. accept says whether a predicted key satisfies a gold key.
func (r *Report) matchSets(docName, kind string, items []goldItem, pred []string, accept func(g, p string) bool) map[int]string {
	c := r.Counts[kind]
	uniq := map[string]bool{}
	var ps []string
	for _, p := range pred {
		if !uniq[p] {
			uniq[p] = true
			ps = append(ps, p)
		}
	}
	sort.Strings(ps)
	// deduplicate gold by main key: a required copy wins over an optional one
	seen := map[string]int{}
	var gs []goldItem
	for _, it := range items {
		if j, ok := seen[it.keys[0]]; ok {
			if !it.optional {
				gs[j].optional = false
			}
			gs[j].keys = append(gs[j].keys, it.keys[1:]...)
			continue
		}
		seen[it.keys[0]] = len(gs)
		gs = append(gs, it)
	}
	used := map[string]bool{}
	matched := map[int]string{}
	// required items first, exact keys before alternatives
	order := make([]int, len(gs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return !gs[order[a]].optional && gs[order[b]].optional })
	for _, i := range order {
		it := gs[i]
		found := ""
		for _, gk := range it.keys {
			for _, p := range ps {
				if !used[p] && accept(gk, p) {
					found = p
					break
				}
			}
			if found != "" {
				break
			}
		}
		if found != "" {
			used[found] = true
			matched[it.idx] = found
			if !it.optional {
				c.TP++
			}
		} else if !it.optional {
			c.FN++
			r.Items = append(r.Items, Item{Doc: docName, Kind: kind, What: "miss", Key: it.keys[0], Text: it.text})
		}
	}
	for _, p := range ps {
		if used[p] {
			continue
		}
		// a second predicted key that an already-matched item would also
		// accept is the same thing written twice, not a new false alarm
		dup := false
		for _, it := range gs {
			for _, gk := range it.keys {
				if accept(gk, p) {
					dup = true
				}
			}
		}
		if dup {
			continue
		}
		c.FP++
		r.Items = append(r.Items, Item{Doc: docName, Kind: kind, What: "false alarm", Key: p})
	}
	return matched
}

func (r *Report) scoreDoc(name string, g *Gold, dr *docRows) {
	// people
	var items []goldItem
	var tItems []goldItem
	for i, p := range g.People {
		k := Key(p.Name)
		items = append(items, goldItem{keys: []string{k}, optional: p.Optional, idx: i, text: p.Name})
		for _, t := range p.Titles {
			tItems = append(tItems, goldItem{keys: []string{k + " | " + Key(t)}, optional: p.Optional, text: p.Name + " | " + t})
		}
		for _, t := range append(append([]string{}, p.VerbTitles...), p.OptionalTitles...) {
			tItems = append(tItems, goldItem{keys: []string{k + " | " + Key(t)}, optional: true})
		}
	}
	var pred []string
	for _, p := range dr.people {
		pred = append(pred, PersonKey(p))
	}
	eq := func(a, b string) bool { return a == b }
	r.matchSets(name, "people", items, pred, eq)
	pred = nil
	for _, t := range dr.titles {
		pred = append(pred, TitleKey(t))
	}
	r.matchSets(name, "titles", tItems, pred, eq)

	// dates: day-granularity values
	items = nil
	for i, d := range g.Dates {
		keys := []string{strings.ToLower(d.Value)}
		for _, a := range d.Alt {
			keys = append(keys, strings.ToLower(a))
		}
		items = append(items, goldItem{keys: keys, optional: d.Optional, idx: i, text: d.Text + " (" + d.Value + ")"})
	}
	pred = nil
	for _, d := range dr.dates {
		if k, ok := DateKey(d); ok {
			pred = append(pred, k)
		}
	}
	r.matchSets(name, "dates", items, pred, eq)

	// document_refs
	items = nil
	for i, d := range g.DocumentRefs {
		keys := []string{refKey(d.Ref)}
		for _, a := range d.Alt {
			keys = append(keys, refKey(a))
		}
		items = append(items, goldItem{keys: keys, optional: d.Optional, idx: i, text: or(d.Text, d.Ref)})
	}
	pred = nil
	byRef := map[string]table.DocRefRow{}
	for _, d := range dr.refs {
		k := RefKey(d)
		pred = append(pred, k)
		if _, ok := byRef[k]; !ok {
			byRef[k] = d
		}
	}
	for i, p := range r.matchSets(name, "document_refs", items, pred, eq) {
		gr := g.DocumentRefs[i]
		row := byRef[p]
		r.RefTypeAll++
		if Key(row.DocType) == Key(gr.DocType) {
			r.RefTypeOK++
		} else {
			r.Items = append(r.Items, Item{Doc: name, Kind: "document_refs", What: "wrong doc_type", Key: gr.Ref + ": " + row.DocType + " ≠ " + gr.DocType})
		}
		r.RefIssAll++
		want := ""
		if gr.Issued != nil {
			want = *gr.Issued
		}
		if dayString(row.Issued) == want {
			r.RefIssuedOK++
		} else {
			r.Items = append(r.Items, Item{Doc: name, Kind: "document_refs", What: "wrong issued", Key: gr.Ref + ": " + dayString(row.Issued) + " ≠ " + want})
		}
	}

	// figures
	items = nil
	for i, f := range g.Figures {
		items = append(items, goldItem{keys: []string{figKey(f.Value, f.Of, f.Unit)}, optional: f.Optional, idx: i, text: or(f.Text, num(f.Value)+" "+f.Unit)})
	}
	pred = nil
	for _, f := range dr.figs {
		pred = append(pred, FigureKey(f))
	}
	r.matchSets(name, "figures", items, pred, figAccept)

	// published
	if dr.doc != nil && g.Published != nil {
		r.PubAll++
		if dayString(dr.doc.Published) == *g.Published {
			r.PublishedOK++
		} else {
			r.Items = append(r.Items, Item{Doc: name, Kind: "published", What: "wrong", Key: dayString(dr.doc.Published) + " ≠ " + *g.Published})
		}
	}
}

// refKey normalizes a reference: SPEC's key, with spaces and dash variants
// removed around the separators ("23- QĐ/TW" is "23-qđ/tw").
func refKey(s string) string {
	k := Key(s)
	k = strings.NewReplacer("–", "-", "—", "-", " ", "").Replace(k)
	return k
}

func dayString(d *int32) string {
	if d == nil {
		return ""
	}
	return time.Unix(int64(*d)*86400, 0).UTC().Format("2006-01-02")
}

// figKey encodes a figure as "value|of|unit"; of is empty when not a ratio.
func figKey(v float64, of *float64, unit string) string {
	o := ""
	if of != nil {
		o = num(*of)
		unit = ""
	}
	return num(v) + "|" + o + "|" + Key(unit)
}

func num(v float64) string {
	// ten significant digits: 16.4e12 and 16399999999999.998 are one value
	return strconv.FormatFloat(v, 'g', 10, 64)
}

// figAccept: values equal; a ratio matches on (value, of); otherwise units
// match when one is a syllable prefix of the other.
func figAccept(g, p string) bool {
	gp := strings.SplitN(g, "|", 3)
	pp := strings.SplitN(p, "|", 3)
	if gp[0] != pp[0] || gp[1] != pp[1] {
		return false
	}
	if gp[1] != "" {
		return true
	}
	return syllablePrefix(gp[2], pp[2])
}

func syllablePrefix(a, b string) bool {
	if a == "" || b == "" {
		return a == b
	}
	aw, bw := strings.Fields(a), strings.Fields(b)
	if len(aw) > len(bw) {
		aw, bw = bw, aw
	}
	for i := range aw {
		if aw[i] != bw[i] {
			return false
		}
	}
	return true
}

// The key each row is scored by, one function per kind, so that a page
// marking a row a false alarm finds it by the same key the scorer used.

func PersonKey(p table.PersonRow) string { return Key(p.Name) }

func TitleKey(t table.TitleRow) string { return Key(t.Person) + " | " + Key(t.Title) }

// DateKey is false for a date that is not scored (not a whole day).
func DateKey(d table.DateRow) (string, bool) {
	return strings.ToLower(d.Value), d.Granularity == "day"
}

func RefKey(r table.DocRefRow) string { return refKey(r.Ref) }

func FigureKey(f table.FigureRow) string { return figKey(f.Value, f.Of, f.Unit) }

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
