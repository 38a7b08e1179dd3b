package eval

import (
	"os"
	"testing"

	"github.com/vnextract/vnextract/pipeline/table"
)

func f64(v float64) *float64 { return &v }
func day(s string) *int32 {
	// days since 1970-01-01 for the few dates these cases use
	m := map[string]int32{"2021-11-22": 18953, "2021-07-30": 18838}
	v, ok := m[s]
	if !ok {
		panic(s)
	}
	return &v
}

func score(rows table.Rows, g *Gold) *Report {
	return Score(rows, map[string]*Gold{g.Doc: g})
}

func counts(t *testing.T, r *Report, kind string, tp, fp, fn int) {
	t.Helper()
	c := r.Counts[kind]
	if c.TP != tp || c.FP != fp || c.FN != fn {
		t.Errorf("%s: tp/fp/fn = %d/%d/%d, want %d/%d/%d (items %v)", kind, c.TP, c.FP, c.FN, tp, fp, fn, r.Items)
	}
}

func TestPeopleKeysAndOptional(t *testing.T) {
	g := &Gold{Doc: "d", People: []GoldPerson{
		{Name: "Nguyễn Văn Hòa", Titles: []string{"Chủ tịch HĐND tỉnh"}},
		{Name: "Mai Phương", Optional: true},
		{Name: "Lê Minh Khái", Titles: []string{"Phó Thủ tướng Chính phủ"}, VerbTitles: []string{"Bộ trưởng"}},
	}}
	rows := table.Rows{
		Documents: []table.DocumentRow{{DocID: "seeds/d"}},
		// old tone placement, other case and spaces still match: keys are normalized
		People: []table.PersonRow{{DocID: "seeds/d", Name: "nguyễn văn  hoà"}, {DocID: "seeds/d", Name: "Mai Phương"}, {DocID: "seeds/d", Name: "Trần A"}},
		Titles: []table.TitleRow{
			{DocID: "seeds/d", Person: "Nguyễn Văn Hòa", Title: "Chủ tịch HĐND tỉnh,"}, // trailing punctuation trimmed
			{DocID: "seeds/d", Person: "Lê Minh Khái", Title: "Bộ trưởng"},             // optional (verb title): neither way
		},
	}
	r := score(rows, g)
	counts(t, r, "people", 1, 1, 1) // Hòa found; Trần A false; Khái missed; Mai Phương optional
	counts(t, r, "titles", 1, 0, 1) // Khái's appositive title missed
}

func TestDatesAlt(t *testing.T) {
	g := &Gold{Doc: "d", Dates: []GoldDate{
		{Text: "Sáng 31/12", Value: "2020-12-31", Alt: []string{"XXXX-12-31"}},
		{Text: "Chiều 30/8", Value: "XXXX-08-30", Alt: []string{"2023-08-30"}},
		{Text: "Thứ 3, 26/11/2024", Value: "2024-11-26", Optional: true},
		{Text: "ngày 13/1", Value: "2022-01-13"},
		{Text: "Thứ năm, 13/01/2022", Value: "2022-01-13"}, // same key: counts once
	}}
	rows := table.Rows{Documents: []table.DocumentRow{{DocID: "d"}}, Dates: []table.DateRow{
		{DocID: "d", Value: "XXXX-12-31", Granularity: "day"},
		{DocID: "d", Value: "2023-08-30", Granularity: "day"},
		{DocID: "d", Value: "2024-11-26", Granularity: "day"},
		{DocID: "d", Value: "2021", Granularity: "year"}, // not day level: not scored
		{DocID: "d", Value: "2021-05-01", Granularity: "day"},
	}}
	r := score(rows, g)
	counts(t, r, "dates", 2, 1, 1)
}

func TestRefsAndAccuracy(t *testing.T) {
	issued := "2021-11-22"
	g := &Gold{Doc: "d", DocumentRefs: []GoldRef{
		{Ref: "455-QĐ/TU", DocType: "Quyết định", Issued: &issued},
		{Ref: "439-QĐNS/TW", DocType: "Quyết định"},
		{Ref: "160/QĐ-TW", Alt: []string{"160-QĐ/TW"}, DocType: "Quyết định"},
	}}
	rows := table.Rows{Documents: []table.DocumentRow{{DocID: "d"}}, DocRefs: []table.DocRefRow{
		{DocID: "d", Ref: "455-QĐ/TU", DocType: "Quyết định", Issued: day("2021-11-22")},
		{DocID: "d", Ref: "439 – QĐNS/TW", DocType: "Nghị quyết"},                        // dash and spaces normalized; wrong type
		{DocID: "d", Ref: "160-QĐ/TW", DocType: "Quyết định", Issued: day("2021-07-30")}, // alt; wrong issued
	}}
	r := score(rows, g)
	counts(t, r, "document_refs", 3, 0, 0)
	if r.RefTypeOK != 2 || r.RefTypeAll != 3 || r.RefIssuedOK != 2 {
		t.Errorf("doc_type %d/%d issued %d/%d", r.RefTypeOK, r.RefTypeAll, r.RefIssuedOK, r.RefIssAll)
	}
}

func TestFiguresUnitPrefixAndRatio(t *testing.T) {
	g := &Gold{Doc: "d", Figures: []GoldFigure{
		{Value: 5, Unit: "nhiệm vụ"},
		{Value: 1, Unit: "cây"},
		{Value: 2172, Of: f64(2631), Unit: "ý kiến"},
		{Value: 82.6, Unit: "%"},
		{Value: 9, Unit: "tháng", Optional: true},
		{Value: 10, Unit: "năm"},
	}}
	rows := table.Rows{Documents: []table.DocumentRow{{DocID: "d"}}, Figures: []table.FigureRow{
		{DocID: "d", Value: 5, Unit: "nhiệm vụ trọng tâm"}, // gold unit is a syllable prefix
		{DocID: "d", Value: 1, Unit: "cây đa"},
		{DocID: "d", Value: 2172, Of: f64(2631), Unit: "ý kiến phản ánh"}, // ratio: (value, of)
		{DocID: "d", Value: 82.6, Unit: "%"},
		{DocID: "d", Value: 10, Unit: "nămkhác"}, // not a syllable prefix
		{DocID: "d", Value: 9, Unit: "tháng"},
	}}
	r := score(rows, g)
	counts(t, r, "figures", 4, 1, 1)
}

func TestPublished(t *testing.T) {
	p := "2022-01-13"
	g := &Gold{Doc: "d", Published: &p}
	v := int32(19005) // 2022-01-13
	r := score(table.Rows{Documents: []table.DocumentRow{{DocID: "d", Published: &v}}}, g)
	if r.PublishedOK != 1 || r.PubAll != 1 {
		t.Errorf("published %d/%d", r.PublishedOK, r.PubAll)
	}
}

// goldAsRows turns gold into the rows a perfect extractor would write.
func goldAsRows(g map[string]*Gold) table.Rows {
	var r table.Rows
	for _, d := range g {
		r.Documents = append(r.Documents, table.DocumentRow{DocID: d.Doc})
		for _, p := range d.People {
			r.People = append(r.People, table.PersonRow{DocID: d.Doc, Name: p.Name})
			for _, t := range p.Titles {
				r.Titles = append(r.Titles, table.TitleRow{DocID: d.Doc, Person: p.Name, Title: t})
			}
		}
		for _, x := range d.Dates {
			r.Dates = append(r.Dates, table.DateRow{DocID: d.Doc, Value: x.Value, Granularity: "day"})
		}
		for _, x := range d.DocumentRefs {
			r.DocRefs = append(r.DocRefs, table.DocRefRow{DocID: d.Doc, Ref: x.Ref, DocType: x.DocType})
		}
		for _, x := range d.Figures {
			r.Figures = append(r.Figures, table.FigureRow{DocID: d.Doc, Value: x.Value, Of: x.Of, Unit: x.Unit})
		}
	}
	return r
}

// TestSeedGoldHandCount scores the seed gold against itself and checks the
// counts against a count made by reading the five gold files:
//
//	people (required): 4 + 7 + 1 + 2 + 4 = 18
//	titles: 6 + 13 + 2 + 6 + 4 = 31
//	dates (distinct required values): 1 + 4 + 1 + 1 + 1 = 8
//	  (001 has 2022-01-13 twice; 002 has 2020-09-30 twice and one optional;
//	  003 has 2019-01-10 twice)
//	document_refs: 0 + 3 + 0 + 0 + 3 = 6
//	figures (required): 1 + 4 + 0 + 0 + 4 = 9
func TestSeedGoldHandCount(t *testing.T) {
	dir := "../../shared/gold/seeds"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("skipping: %s is not beside the repository (CI has it)", dir)
	}
	g, err := LoadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	r := Score(goldAsRows(g), g)
	want := map[string]int{"people": 18, "titles": 31, "dates": 8, "document_refs": 6, "figures": 9}
	for k, n := range want {
		c := r.Counts[k]
		if c.TP != n || c.FP != 0 || c.FN != 0 {
			t.Errorf("%s: tp/fp/fn %d/%d/%d, want %d/0/0", k, c.TP, c.FP, c.FN, n)
		}
	}
}
