package report

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/vnextract/vnextract/pipeline/doc"
	"github.com/vnextract/vnextract/pipeline/table"
)

// Data is what the page is built from: a run's tables as written.
type Data struct {
	Rows     table.Rows
	Registry []table.RegistryRow
	Counts   map[string]int // rows per table
}

// Load reads the tables of an output folder (whole or sharded).
func Load(dir string) (*Data, error) {
	rows, err := table.Read(dir)
	if err != nil {
		return nil, err
	}
	reg, err := table.ReadRegistry(dir)
	if err != nil {
		return nil, err
	}
	return FromRows(rows, reg), nil
}

// FromRows wraps rows already in memory.
func FromRows(rows table.Rows, reg []table.RegistryRow) *Data {
	d := &Data{Rows: rows, Registry: reg, Counts: map[string]int{
		"documents": len(rows.Documents), "people": len(rows.People), "titles": len(rows.Titles),
		"dates": len(rows.Dates), "document_refs": len(rows.DocRefs), "figures": len(rows.Figures),
		"entities": len(rows.Entities), "relations": len(rows.Relations), "people_registry": len(reg),
	}}
	return d
}

// Limits keep the page readable on a large run; what is left out is
// counted on the page.
type Limits struct {
	People int // timelines drawn
	Lanes  int // titles per person drawn
	Cited  int // cited documents listed
	Issues int // documents with problems listed
}

// DefaultLimits suit a run of tens of thousands of articles.
var DefaultLimits = Limits{People: 60, Lanes: 10, Cited: 30, Issues: 300}

// Timeline is one person's titles over time.
type Timeline struct {
	Name, Key string
	Docs      int
	Lanes     []Lane // one per distinct title, earliest first
	Undated   []string
	MoreLanes int // titles not drawn
}

// Lane is one title of a person and the days it was seen (days since
// 1970-01-01, ascending) with the documents saying so.
type Lane struct {
	Title string
	Seen  []Sighting
}

type Sighting struct {
	Day   int32
	DocID string
	Event string // "" when the article gives the title, else the relation's predicate (appointed_to, relieved_of) and Day the day it took effect
}

// events are the relations that date a change of post.
var events = map[string]bool{"appointed_to": true, "relieved_of": true}

// Timelines builds the timelines of the people with the most documents
// that give them a dated title. Titles are told apart case-insensitively
// ("Bí thư Tỉnh ủy" and "Bí Thư Tỉnh Ủy" are one lane, written the way
// seen first). Appointments and dismissals the text dates (relations
// appointed_to and relieved_of with a date) are placed on the same lanes
// at the day they took effect.
func Timelines(reg []table.RegistryRow, rels []table.RelationRow, lim Limits) (out []Timeline, more int) {
	byPerson := map[string][]table.RelationRow{}
	for _, r := range rels {
		if events[r.Predicate] && r.Date != nil && r.SubjectKind == "person" {
			k := doc.Key(r.Subject)
			byPerson[k] = append(byPerson[k], r)
		}
	}
	for _, p := range reg {
		tl := Timeline{Name: p.Name, Key: p.PersonKey, Docs: len(p.Docs)}
		lanes := map[string]int{}
		undated := map[string]bool{}
		for _, t := range p.Titles {
			k := strings.ToLower(strings.Join(strings.Fields(t.Title), " "))
			if t.Date == nil {
				if !undated[k] {
					undated[k] = true
					tl.Undated = append(tl.Undated, t.Title)
				}
				continue
			}
			i, ok := lanes[k]
			if !ok {
				i = len(tl.Lanes)
				lanes[k] = i
				tl.Lanes = append(tl.Lanes, Lane{Title: t.Title})
			}
			tl.Lanes[i].Seen = append(tl.Lanes[i].Seen, Sighting{Day: *t.Date, DocID: t.DocID})
		}
		for _, r := range byPerson[p.PersonKey] {
			k := strings.ToLower(strings.Join(strings.Fields(r.Object), " "))
			i, ok := lanes[k]
			if !ok {
				i = len(tl.Lanes)
				lanes[k] = i
				tl.Lanes = append(tl.Lanes, Lane{Title: r.Object})
			}
			tl.Lanes[i].Seen = append(tl.Lanes[i].Seen, Sighting{Day: *r.Date, DocID: r.DocID, Event: r.Predicate})
		}
		if len(tl.Lanes) == 0 {
			continue
		}
		for i := range tl.Lanes {
			s := tl.Lanes[i].Seen
			sort.SliceStable(s, func(a, b int) bool { return s[a].Day < s[b].Day })
		}
		// a title that appears in the undated list and also dated is drawn
		var keep []string
		for _, u := range tl.Undated {
			if _, ok := lanes[strings.ToLower(strings.Join(strings.Fields(u), " "))]; !ok {
				keep = append(keep, u)
			}
		}
		tl.Undated = keep
		sort.SliceStable(tl.Lanes, func(a, b int) bool {
			x, y := tl.Lanes[a].Seen, tl.Lanes[b].Seen
			if x[0].Day != y[0].Day {
				return x[0].Day < y[0].Day
			}
			return tl.Lanes[a].Title < tl.Lanes[b].Title
		})
		if len(tl.Lanes) > lim.Lanes {
			tl.MoreLanes = len(tl.Lanes) - lim.Lanes
			tl.Lanes = tl.Lanes[:lim.Lanes]
		}
		out = append(out, tl)
	}
	sort.SliceStable(out, func(a, b int) bool {
		if out[a].Docs != out[b].Docs {
			return out[a].Docs > out[b].Docs
		}
		return out[a].Key < out[b].Key
	})
	if len(out) > lim.People {
		more = len(out) - lim.People
		out = out[:lim.People]
	}
	return out, more
}

// Cited is one referenced document across the run.
type Cited struct {
	Ref      string
	DocType  string
	Mentions int
	Docs     int      // documents citing it
	Issuers  []Issuer // as written, most frequent first
	Issued   *int32   // the issue date most often given
}

type Issuer struct {
	Name  string
	Count int
}

// MostCited ranks references by the number of documents citing them, then
// by mentions.
func MostCited(refs []table.DocRefRow, limit int) (out []Cited, more int) {
	type acc struct {
		c       Cited
		docs    map[string]bool
		types   map[string]int
		issuers map[string]int
		issued  map[int32]int
	}
	byRef := map[string]*acc{}
	var order []string
	for _, r := range refs {
		a := byRef[r.Ref]
		if a == nil {
			a = &acc{c: Cited{Ref: r.Ref}, docs: map[string]bool{}, types: map[string]int{}, issuers: map[string]int{}, issued: map[int32]int{}}
			byRef[r.Ref] = a
			order = append(order, r.Ref)
		}
		a.c.Mentions++
		a.docs[r.DocID] = true
		if r.DocType != "" {
			a.types[r.DocType]++
		}
		if r.Issuer != "" {
			a.issuers[r.Issuer]++
		}
		if r.Issued != nil {
			a.issued[*r.Issued]++
		}
	}
	for _, k := range order {
		a := byRef[k]
		a.c.Docs = len(a.docs)
		a.c.DocType = top(a.types)
		for name, n := range a.issuers {
			a.c.Issuers = append(a.c.Issuers, Issuer{name, n})
		}
		sort.Slice(a.c.Issuers, func(i, j int) bool {
			if a.c.Issuers[i].Count != a.c.Issuers[j].Count {
				return a.c.Issuers[i].Count > a.c.Issuers[j].Count
			}
			return a.c.Issuers[i].Name < a.c.Issuers[j].Name
		})
		best, bestN := int32(0), 0
		for d, n := range a.issued {
			if n > bestN || n == bestN && d < best {
				best, bestN = d, n
			}
		}
		if bestN > 0 {
			a.c.Issued = &best
		}
		out = append(out, a.c)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Docs != out[j].Docs {
			return out[i].Docs > out[j].Docs
		}
		if out[i].Mentions != out[j].Mentions {
			return out[i].Mentions > out[j].Mentions
		}
		return out[i].Ref < out[j].Ref
	})
	if len(out) > limit {
		more = len(out) - limit
		out = out[:limit]
	}
	return out, more
}

func top(m map[string]int) string {
	best, n := "", 0
	for k, v := range m {
		if v > n || v == n && k < best {
			best, n = k, v
		}
	}
	return best
}

// Inconsistent is a ratio whose stated percentage disagrees with it.
type Inconsistent struct {
	Fig      table.FigureRow
	Computed float64 // value / of * 100
	Context  string  // the text around the figure
}

// InconsistentFigures lists the ratios the figures stage marked
// inconsistent with the percentage the article gives for them.
func InconsistentFigures(r table.Rows) []Inconsistent {
	docText := map[string]string{}
	for _, d := range r.Documents {
		docText[d.DocID] = d.Text
	}
	runes := map[string][]rune{} // converted on demand: most documents have none
	var out []Inconsistent
	for _, f := range r.Figures {
		if f.Consistent == nil || *f.Consistent || f.Of == nil || *f.Of == 0 {
			continue
		}
		rs, ok := runes[f.DocID]
		if !ok {
			rs = []rune(docText[f.DocID])
			runes[f.DocID] = rs
		}
		out = append(out, Inconsistent{Fig: f, Computed: f.Value / *f.Of * 100, Context: around(rs, int(f.Start), int(f.End), 80)})
	}
	return out
}

// around is the text from n code points before start to n after end,
// trimmed to whole words.
func around(rs []rune, start, end, n int) string {
	if start < 0 || end > len(rs) || start > end {
		return ""
	}
	s, e := max(0, start-n), min(len(rs), end+n)
	out := string(rs[s:e])
	if s > 0 {
		if i := strings.IndexByte(out, ' '); i >= 0 && i < n {
			out = "…" + out[i+1:]
		}
	}
	if e < len(rs) {
		if i := strings.LastIndexByte(out, ' '); i > 0 {
			out = out[:i] + "…"
		}
	}
	return strings.Join(strings.Fields(out), " ")
}

// Problem is a document that failed or carries warnings.
type Problem struct {
	DocID, Title, Error string
	Warnings            []string
	Failed              bool
}

// Problems lists failed documents first, then those with warnings.
func Problems(docs []table.DocumentRow) (failed, warned int, out []Problem) {
	for _, d := range docs {
		if d.Failed {
			failed++
			out = append(out, Problem{DocID: d.DocID, Title: d.Title, Error: d.Error, Failed: true})
		}
	}
	for _, d := range docs {
		if !d.Failed && len(d.Warnings) > 0 {
			warned++
			out = append(out, Problem{DocID: d.DocID, Title: d.Title, Warnings: d.Warnings})
		}
	}
	return failed, warned, out
}

func pct(v float64) string {
	if math.Abs(v-math.Round(v)) < 1e-9 {
		return fmt.Sprintf("%.0f%%", v)
	}
	return fmt.Sprintf("%.1f%%", v)
}
