package table

import (
	"reflect"
	"slices"
	"time"

	"github.com/vnextract/vnextract/pipeline/doc"
)

// Row types, one per table (see schema.go for how the tags are read).
// Field tags are the column names of SPEC; extra columns (rule, warnings,
// ...) are additions SPEC allows. A string that can be absent carries
// "optional" and is NULL when empty; the three SPEC defines as "or empty"
// (honorific, part_of_day, term) keep '' because there the empty value is a
// statement of the text (no honorific), not an unknown.

type DocumentRow struct {
	DocID      string   `parquet:"doc_id,dict"`
	Source     string   `parquet:"source" dump:"-"`
	URL        string   `parquet:"url,optional"`
	Site       string   `parquet:"site,optional,dict"`
	Title      string   `parquet:"title,optional"`
	Published  *int32   `parquet:"published,date,optional"`
	Authors    []string `parquet:"authors,list"`
	Encoding   string   `parquet:"encoding,optional,dict"`
	Text       string   `parquet:"text" dump:"-"`
	NSentences int32    `parquet:"n_sentences"`
	Warnings   []string `parquet:"warnings,list"`
	Failed     bool     `parquet:"failed"`
	Error      string   `parquet:"error,optional"`
}

type PersonRow struct {
	DocID     string `parquet:"doc_id"`
	Name      string `parquet:"name,dict"`
	NameKey   string `parquet:"name_key,dict" dump:"-"`
	Text      string `parquet:"text" dump:"quote"`
	Honorific string `parquet:"honorific,dict"`
	Coref     bool   `parquet:"coref"`
	Sentence  int32  `parquet:"sentence,delta"`
	Start     int32  `parquet:"start,delta"`
	End       int32  `parquet:"end,delta"`
	Rule      string `parquet:"rule,dict"`
}

type TitleRow struct {
	DocID            string `parquet:"doc_id"`
	Person           string `parquet:"person,dict"`
	PersonKey        string `parquet:"person_key,dict" dump:"-"`
	Title            string `parquet:"title,dict" dump:"quote"`
	Role             string `parquet:"role,optional,dict"`
	Organization     string `parquet:"organization,optional,dict"`
	OrganizationFull string `parquet:"organization_full,optional,dict"`
	Place            string `parquet:"place,optional,dict"`
	Former           bool   `parquet:"former"`
	Shape            string `parquet:"shape,optional,dict" dump:"-"`
	Sentence         int32  `parquet:"sentence,delta"`
	Start            int32  `parquet:"start,delta"`
	End              int32  `parquet:"end,delta"`
	Rule             string `parquet:"rule,dict"`
}

type DateRow struct {
	DocID       string `parquet:"doc_id"`
	Text        string `parquet:"text" dump:"quote"`
	Value       string `parquet:"value,optional,dict"`
	Date        *int32 `parquet:"date,date,optional"`
	Granularity string `parquet:"granularity,dict"`
	PartOfDay   string `parquet:"part_of_day,dict"`
	Weekday     string `parquet:"weekday,optional,dict"`
	YearFrom    string `parquet:"year_from,optional,dict"`
	Warning     string `parquet:"warning,optional"`
	// the calendar the text names the day in ("solar", "lunar"), the lunar
	// date as read ("2017-01-15", "2020-04L-01" in a leap month; a year's
	// cycle name for a lunar year), the clock time written with the day
	// ("14:30"), and for a day named from the day of writing ("hôm qua")
	// its offset in days: value and date are NULL when publication is unknown
	Calendar     string `parquet:"calendar,dict"`
	Lunar        string `parquet:"lunar,optional,dict"`
	Time         string `parquet:"time,optional,dict"`
	Relative     bool   `parquet:"relative"`
	RelativeDays *int32 `parquet:"relative_days,optional"`
	Sentence     int32  `parquet:"sentence,delta"`
	Start        int32  `parquet:"start,delta"`
	End          int32  `parquet:"end,delta"`
	Rule         string `parquet:"rule,dict"`
}

type DocRefRow struct {
	DocID      string `parquet:"doc_id"`
	Text       string `parquet:"text" dump:"quote"`
	DocType    string `parquet:"doc_type,optional,dict"`
	Number     string `parquet:"number,optional,dict"`
	Symbol     string `parquet:"symbol,optional,dict"`
	Ref        string `parquet:"ref,dict"`
	IssuerCode string `parquet:"issuer_code,optional,dict"`
	Issuer     string `parquet:"issuer,optional,dict"`
	Issued     *int32 `parquet:"issued,date,optional"`
	Term       string `parquet:"term,dict"`
	Sentence   int32  `parquet:"sentence,delta"`
	Start      int32  `parquet:"start,delta"`
	End        int32  `parquet:"end,delta"`
	Rule       string `parquet:"rule,dict"`
}

type FigureRow struct {
	DocID      string   `parquet:"doc_id"`
	Text       string   `parquet:"text" dump:"quote"`
	Value      float64  `parquet:"value"`
	Unit       string   `parquet:"unit,optional,dict"`
	Of         *float64 `parquet:"of,optional"`
	Percent    *float64 `parquet:"percent,optional"`
	Qualifier  string   `parquet:"qualifier,optional,dict"`
	Currency   string   `parquet:"currency,optional,dict"`
	Kind       string   `parquet:"kind,dict"` // count, amount, measure, percent or duration
	Subject    string   `parquet:"subject,optional"`
	Consistent *bool    `parquet:"consistent,optional"`
	Sentence   int32    `parquet:"sentence,delta"`
	Start      int32    `parquet:"start,delta"`
	End        int32    `parquet:"end,delta"`
	Rule       string   `parquet:"rule,dict"`
}

type EntityRow struct {
	DocID    string `parquet:"doc_id"`
	Kind     string `parquet:"kind,dict"`
	Text     string `parquet:"text" dump:"quote"`
	Name     string `parquet:"name,optional,dict"`
	Full     string `parquet:"full,optional,dict"`
	Type     string `parquet:"type,optional,dict"`
	Sentence int32  `parquet:"sentence,delta"`
	Start    int32  `parquet:"start,delta"`
	End      int32  `parquet:"end,delta"`
	Rule     string `parquet:"rule,dict"`
}

// RelationRow's date is the day the relation took effect when the text
// says it (DATE, NULL otherwise); date_value keeps the ISO value as
// written, which may be partial ("XXXX-08-30") and then has no DATE.
type RelationRow struct {
	DocID       string `parquet:"doc_id"`
	Subject     string `parquet:"subject,dict"`
	SubjectKind string `parquet:"subject_kind,dict"`
	Predicate   string `parquet:"predicate,dict"`
	Object      string `parquet:"object,dict"`
	ObjectKind  string `parquet:"object_kind,dict"`
	Date        *int32 `parquet:"date,date,optional"`
	DateValue   string `parquet:"date_value,optional,dict"`
	Sentence    int32  `parquet:"sentence"`
	Start       int32  `parquet:"start"`
	End         int32  `parquet:"end"`
	Rule        string `parquet:"rule,dict"`
}

// RegistryRow is one person across the corpus.
type RegistryRow struct {
	PersonKey string          `parquet:"person_key,dict,zstd"`
	Name      string          `parquet:"name,dict,zstd"`
	Docs      []string        `parquet:"doc_ids,list"`
	Titles    []RegistryTitle `parquet:"titles,list"`
}

type RegistryTitle struct {
	Title string `parquet:"title"`
	DocID string `parquet:"doc_id"`
	Date  *int32 `parquet:"date,date,optional"`
}

// Rows holds every table's rows for a set of documents.
type Rows struct {
	Documents []DocumentRow
	People    []PersonRow
	Titles    []TitleRow
	Dates     []DateRow
	DocRefs   []DocRefRow
	Figures   []FigureRow
	Entities  []EntityRow
	Relations []RelationRow
}

// relativeDays is a relative day's offset, nil for any other date.
func relativeDays(v *doc.DateValue) *int32 {
	if !v.IsRelative {
		return nil
	}
	n := int32(v.Relative)
	return &n
}

// Days converts a date to days since 1970-01-01 (Parquet DATE), nil if the
// date is not a full day.
func Days(d doc.Date) *int32 {
	if d.Year == 0 || d.Month == 0 || d.Day == 0 {
		return nil
	}
	t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	v := int32(t.Unix() / 86400)
	return &v
}

// isoDays is the DATE of an ISO day ("2021-07-30"), nil when the value is
// partial or empty.
func isoDays(s string) *int32 {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return nil
	}
	return Days(doc.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()})
}

// FromDocument flattens one document's extraction into rows.
func FromDocument(d *doc.Document) Rows {
	var r Rows
	authors := d.Authors
	if authors == nil {
		authors = []string{}
	}
	warnings := d.Warnings
	if warnings == nil {
		warnings = []string{}
	}
	r.Documents = append(r.Documents, DocumentRow{
		DocID: d.ID, Source: d.Source, URL: d.URL, Site: d.Site, Title: d.Title, Published: Days(d.Published),
		Authors: authors, Encoding: d.Encoding, Text: d.Text, NSentences: int32(len(d.Sentences)), Warnings: warnings,
	})
	// each table's slice made at its size: appending row by row allocated
	// about twice the rows' bytes, rows being a few hundred bytes each
	var n [6]int
	for _, m := range d.Mentions {
		switch m.Kind {
		case doc.KindPerson:
			n[0]++
		case doc.KindTitle:
			n[1]++
		case doc.KindDate:
			n[2]++
		case doc.KindDocRef:
			n[3]++
		case doc.KindFigure:
			n[4]++
		case doc.KindOrganization, doc.KindLocation:
			n[5]++
		}
	}
	r.People, r.Titles, r.Dates = sized[PersonRow](n[0]), sized[TitleRow](n[1]), sized[DateRow](n[2])
	r.DocRefs, r.Figures, r.Entities = sized[DocRefRow](n[3]), sized[FigureRow](n[4]), sized[EntityRow](n[5])
	r.Relations = sized[RelationRow](len(d.Relations))
	var keys keyMemo // a person's name is keyed once, however often named
	for _, m := range d.Mentions {
		s, e, sent := int32(m.Start), int32(m.End), int32(m.Sentence)
		switch m.Kind {
		case doc.KindPerson:
			r.People = append(r.People, PersonRow{DocID: d.ID, Name: m.Person.Name, NameKey: keys.key(m.Person.Name), Text: m.Text,
				Honorific: m.Person.Honorific, Coref: m.Person.Antecedent != nil, Sentence: sent, Start: s, End: e, Rule: m.Rule})
		case doc.KindTitle:
			t := m.Title
			name := t.Person.Person.Name
			r.Titles = append(r.Titles, TitleRow{DocID: d.ID, Person: name, PersonKey: keys.key(name), Title: m.Text, Role: t.Role,
				Organization: t.Organization, OrganizationFull: t.OrganizationFull, Place: t.Place, Former: t.Former, Shape: t.Shape,
				Sentence: sent, Start: s, End: e, Rule: m.Rule})
		case doc.KindDate:
			v := m.Date
			r.Dates = append(r.Dates, DateRow{DocID: d.ID, Text: m.Text, Value: v.Value, Date: Days(v.Date), Granularity: v.Granularity,
				PartOfDay: v.PartOfDay, Weekday: v.Weekday, YearFrom: v.YearFrom, Warning: v.Warning,
				Calendar: v.Calendar, Lunar: v.Lunar, Time: v.Time, Relative: v.IsRelative, RelativeDays: relativeDays(v),
				Sentence: sent, Start: s, End: e, Rule: m.Rule})
		case doc.KindDocRef:
			f := m.Ref
			r.DocRefs = append(r.DocRefs, DocRefRow{DocID: d.ID, Text: m.Text, DocType: f.DocType, Number: f.Number, Symbol: f.Symbol,
				Ref: f.Ref, IssuerCode: f.IssuerCode, Issuer: f.Issuer, Issued: Days(f.Issued), Term: f.Term,
				Sentence: sent, Start: s, End: e, Rule: m.Rule})
		case doc.KindFigure:
			f := m.Figure
			r.Figures = append(r.Figures, FigureRow{DocID: d.ID, Text: m.Text, Value: f.Value, Unit: f.Unit, Of: f.Of, Percent: f.Percent,
				Qualifier: f.Qualifier, Currency: f.Currency, Kind: f.Kind, Subject: f.Subject, Consistent: f.Consistent,
				Sentence: sent, Start: s, End: e, Rule: m.Rule})
		case doc.KindOrganization, doc.KindLocation:
			en := m.Entity
			r.Entities = append(r.Entities, EntityRow{DocID: d.ID, Kind: string(m.Kind), Text: m.Text, Name: en.Name, Full: en.Full,
				Type: en.Type, Sentence: sent, Start: s, End: e, Rule: m.Rule})
		}
	}
	// Each table's rows in text order: by start, then end, ties in the
	// order the stages added them. Sorting each table's rows alone gives
	// the order a stable sort of all the mentions gave them, and a stage
	// mostly adds its mentions in text order already, so most tables need
	// only the check.
	sortBySpan(r.People, func(p *PersonRow) (int32, int32) { return p.Start, p.End })
	sortBySpan(r.Titles, func(p *TitleRow) (int32, int32) { return p.Start, p.End })
	sortBySpan(r.Dates, func(p *DateRow) (int32, int32) { return p.Start, p.End })
	sortBySpan(r.DocRefs, func(p *DocRefRow) (int32, int32) { return p.Start, p.End })
	sortBySpan(r.Figures, func(p *FigureRow) (int32, int32) { return p.Start, p.End })
	sortBySpan(r.Entities, func(p *EntityRow) (int32, int32) { return p.Start, p.End })
	for _, rel := range d.Relations {
		r.Relations = append(r.Relations, RelationRow{DocID: d.ID, Subject: rel.Subject, SubjectKind: rel.SubjectKind, Predicate: rel.Predicate,
			Object: rel.Object, ObjectKind: rel.ObjectKind, Date: isoDays(rel.Date), DateValue: rel.Date,
			Sentence: int32(rel.Sentence), Start: int32(rel.Start), End: int32(rel.End), Rule: rel.Rule})
	}
	return r
}

// sortBySpan sorts rows stably by start, then end, as span reads them
// from a row; rows already in that order are left as they are.
func sortBySpan[T any](rows []T, span func(*T) (int32, int32)) {
	cmp := func(a, b *T) int {
		as, ae := span(a)
		bs, be := span(b)
		if as != bs {
			return int(as) - int(bs)
		}
		return int(ae) - int(be)
	}
	for i := 1; i < len(rows); i++ {
		if cmp(&rows[i-1], &rows[i]) > 0 {
			slices.SortStableFunc(rows, func(a, b T) int { return cmp(&a, &b) })
			return
		}
	}
}

// keyMemo keeps doc.Key of the names met in one document: a person named
// five times and holding two titles is keyed once, not seven times.
// It holds the first 32 (a linear search stays short, and nothing is
// allocated).
type keyMemo struct {
	names, keys [32]string
	n           int
}

func (k *keyMemo) key(name string) string {
	for i, n := range k.names[:k.n] {
		if n == name {
			return k.keys[i]
		}
	}
	key := doc.Key(name)
	if k.n < len(k.names) {
		k.names[k.n], k.keys[k.n] = name, key
		k.n++
	}
	return key
}

// sized is an empty slice with room for n rows, nil (as before any append)
// when n is 0.
func sized[T any](n int) []T {
	if n == 0 {
		return nil
	}
	return make([]T, 0, n)
}

// Failed is the documents row for an input that could not be read.
func Failed(id, source string, err error) Rows {
	return Rows{Documents: []DocumentRow{{DocID: id, Source: source, Authors: []string{}, Warnings: []string{err.Error()},
		Failed: true, Error: err.Error()}}}
}

// Append adds another set of rows.
func (r *Rows) Append(o Rows) {
	for _, t := range perDocument {
		dst := t.rowsOf(r)
		dst.Set(reflect.AppendSlice(dst, t.rowsOf(&o)))
	}
}

// Registry builds people_registry from a whole set of rows.
func Registry(r Rows) []RegistryRow {
	b := newRegistryBuilder() // no budget: add never fails
	for _, one := range r.Split() {
		b.add(one)
	}
	return b.rows()
}

// Split returns one Rows per document, in the order of r.Documents.
func (r Rows) Split() []Rows {
	idx := map[string]int{}
	out := make([]Rows, len(r.Documents))
	for i, d := range r.Documents {
		idx[d.DocID] = i
	}
	for n, t := range perDocument {
		id := fieldIndex(t, "doc_id")
		src := t.rowsOf(&r)
		for i := range src.Len() {
			row := src.Index(i)
			to := idx[row.Field(id).String()]
			if n == 0 {
				to = i // a documents row is its own document, even under a repeated doc_id
			}
			dst := t.rowsOf(&out[to])
			dst.Set(reflect.Append(dst, row))
		}
	}
	return out
}

func fieldIndex(t Table, column string) int {
	for _, c := range t.Columns() {
		if c.Name == column {
			return c.index
		}
	}
	panic("table " + t.Name() + " has no column " + column)
}
