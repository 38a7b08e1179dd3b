package report_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vnextract/vnextract/pipeline/table"
	"github.com/vnextract/vnextract/report"
)

func dayOf(s string) *int32 {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	d := int32(t.Unix() / 86400)
	return &d
}

func ptr[T any](v T) *T { return &v }

// run is a small run's rows: three dated articles and one undated, a
// person who is Phó Bí thư in 2021 and Bí thư in 2022, a reference cited
// by two articles (issuer written two ways) and one cited once, a ratio
// whose percentage disagrees with it and one that agrees, a failed input
// and a warning.
func run() (table.Rows, []table.RegistryRow) {
	text := "Tỷ lệ đạt 50/80 hộ, tức 75% số hộ trong xã."
	r := table.Rows{
		Documents: []table.DocumentRow{
			{DocID: "a", Title: "Bài A", Published: dayOf("2021-03-01"), Text: text},
			{DocID: "b", Title: "Bài B", Published: dayOf("2022-05-10"), Warnings: []string{"no publication date found in the page"}},
			{DocID: "c", Title: "Bài C", Published: dayOf("2022-06-01")},
			{DocID: "d", Title: "Bài D"},
			{DocID: "broken", Failed: true, Error: "unreadable: binary content"},
		},
		DocRefs: []table.DocRefRow{
			{DocID: "a", Ref: "455-QĐ/TU", DocType: "Quyết định", Issuer: "Ban Thường vụ Tỉnh ủy", Issued: dayOf("2021-11-22")},
			{DocID: "b", Ref: "455-QĐ/TU", DocType: "Quyết định", Issuer: "BTV Tỉnh ủy"},
			{DocID: "b", Ref: "455-QĐ/TU", DocType: "Quyết định", Issuer: "Ban Thường vụ Tỉnh ủy", Issued: dayOf("2021-11-22")},
			{DocID: "c", Ref: "30/2020/NĐ-CP", DocType: "Nghị định", Issuer: "Chính phủ"},
		},
		Figures: []table.FigureRow{
			{DocID: "a", Text: "50/80 hộ", Value: 50, Of: ptr(80.0), Percent: ptr(75.0), Consistent: ptr(false), Start: 10, End: 18},
			{DocID: "a", Text: "75%", Value: 75, Unit: "%", Percent: ptr(75.0), Consistent: ptr(false), Start: 25, End: 28},
			{DocID: "c", Text: "1/2 số xã", Value: 1, Of: ptr(2.0), Percent: ptr(50.0), Consistent: ptr(true)},
		},
		Relations: []table.RelationRow{
			// the day the article says the appointment took effect, before it was published
			{DocID: "b", Subject: "Nguyễn Văn A", SubjectKind: "person", Predicate: "appointed_to", Object: "Bí thư Tỉnh ủy", ObjectKind: "title", Date: dayOf("2022-04-28"), DateValue: "2022-04-28"},
			{DocID: "b", Subject: "Nguyễn Văn A", SubjectKind: "person", Predicate: "relieved_of", Object: "Phó Bí thư Tỉnh ủy", ObjectKind: "title", DateValue: "XXXX-04-28"},
			{DocID: "b", Subject: "Nguyễn Văn A", SubjectKind: "person", Predicate: "holds_title", Object: "Bí thư Tỉnh ủy", ObjectKind: "title"},
		},
	}
	reg := []table.RegistryRow{
		{PersonKey: "nguyễn văn a", Name: "Nguyễn Văn A", Docs: []string{"a", "b", "c", "d"}, Titles: []table.RegistryTitle{
			{Title: "Bí thư Tỉnh ủy", DocID: "c", Date: dayOf("2022-06-01")},
			{Title: "Phó Bí thư Tỉnh ủy", DocID: "a", Date: dayOf("2021-03-01")},
			{Title: "Bí Thư Tỉnh Ủy", DocID: "b", Date: dayOf("2022-05-10")},
			{Title: "Chủ tịch HĐND tỉnh", DocID: "d"},
			{Title: "Phó Bí thư Tỉnh ủy", DocID: "d"},
		}},
		{PersonKey: "trần b", Name: "Trần B", Docs: []string{"d"}, Titles: []table.RegistryTitle{{Title: "Giám đốc Sở", DocID: "d"}}},
	}
	return r, reg
}

func TestTimelines(t *testing.T) {
	r, reg := run()
	tls, more := report.Timelines(reg, r.Relations, report.DefaultLimits)
	if len(tls) != 1 || more != 0 {
		t.Fatalf("got %d timelines (%d more), want only the person with dated titles", len(tls), more)
	}
	tl := tls[0]
	var lanes []string
	for _, l := range tl.Lanes {
		var seen []string
		for _, s := range l.Seen {
			seen = append(seen, s.DocID+s.Event)
		}
		lanes = append(lanes, l.Title+"="+strings.Join(seen, ","))
	}
	// earliest title first; the two spellings of Bí thư are one lane in date
	// order, with the dated appointment; the undated dismissal is not drawn
	if got, want := strings.Join(lanes, " | "), "Phó Bí thư Tỉnh ủy=a | Bí thư Tỉnh ủy=bappointed_to,b,c"; got != want {
		t.Errorf("lanes %q, want %q", got, want)
	}
	// an undated title is listed, unless it is also drawn
	if got := strings.Join(tl.Undated, ";"); got != "Chủ tịch HĐND tỉnh" {
		t.Errorf("undated %q", got)
	}
	lim := report.DefaultLimits
	lim.Lanes = 1
	tls, _ = report.Timelines(reg, nil, lim)
	if len(tls[0].Lanes) != 1 || tls[0].MoreLanes != 1 {
		t.Errorf("lane limit: %d lanes, %d more", len(tls[0].Lanes), tls[0].MoreLanes)
	}
}

func TestMostCited(t *testing.T) {
	r, _ := run()
	cited, more := report.MostCited(r.DocRefs, 1)
	if len(cited) != 1 || more != 1 {
		t.Fatalf("got %d (%d more), want 1 and 1 more", len(cited), more)
	}
	c := cited[0]
	if c.Ref != "455-QĐ/TU" || c.Docs != 2 || c.Mentions != 3 || c.DocType != "Quyết định" {
		t.Errorf("top cited %+v", c)
	}
	if len(c.Issuers) != 2 || c.Issuers[0] != (report.Issuer{Name: "Ban Thường vụ Tỉnh ủy", Count: 2}) || c.Issuers[1].Name != "BTV Tỉnh ủy" {
		t.Errorf("issuers %+v", c.Issuers)
	}
	if c.Issued == nil || *c.Issued != *dayOf("2021-11-22") {
		t.Errorf("issued %v", c.Issued)
	}
}

func TestInconsistentFigures(t *testing.T) {
	r, _ := run()
	inc := report.InconsistentFigures(r)
	if len(inc) != 1 {
		t.Fatalf("got %d, want the one ratio marked inconsistent", len(inc))
	}
	if inc[0].Fig.Text != "50/80 hộ" || inc[0].Computed != 62.5 {
		t.Errorf("got %q computed %v", inc[0].Fig.Text, inc[0].Computed)
	}
	if !strings.Contains(inc[0].Context, "50/80 hộ, tức 75%") {
		t.Errorf("context %q", inc[0].Context)
	}
}

func page(t *testing.T) string {
	t.Helper()
	r, reg := run()
	var b bytes.Buffer
	if err := report.Page(&b, report.FromRows(r, reg), report.DefaultLimits); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestPage(t *testing.T) {
	p := page(t)
	for _, bad := range []string{"<script", "<link ", "@import", "url(", `src="`, "http://", "https://"} {
		if strings.Contains(p, bad) {
			t.Errorf("page is not self-contained: %q", bad)
		}
	}
	for _, want := range []string{
		"5 documents · 1 failed · 1 with warnings · published 2021-03-01 to 2022-06-01 (3 dated)",
		`<tr><td>document_refs</td><td class="n">4</td></tr>`, `<tr><td>people_registry</td><td class="n">2</td></tr>`,
		// the timeline: the person, both lanes, a dot per article with its date and document
		"<h3>Nguyễn Văn A <small>4 articles</small></h3>", "<title>2021-03-01 · Phó Bí thư Tỉnh ủy · a</title>",
		"<title>2022-06-01 · Bí thư Tỉnh ủy · c</title>", "Also, in articles with no date: Chủ tịch HĐND tỉnh",
		`<path class="appointed" d="M`, "<title>appointed 2022-04-28 · Bí thư Tỉnh ủy · b</title>",
		// most cited, with its issuers as written
		`<td class="ref">455-QĐ/TU</td><td>Quyết định</td><td class="n">2 docs</td><td class="n">3</td><td>Ban Thường vụ Tỉnh ủy <small>(2)</small><br>BTV Tỉnh ủy <small>(1)</small></td><td>2021-11-22</td>`,
		// the inconsistent ratio, stated and computed
		"Figures with inconsistent percentages (1)", `<td class="n">50 / 80</td><td class="n">75%</td><td class="n">62.5%</td>`,
		// problems: the failure first, then the warning
		"Documents that failed (1) or carry warnings (1)", "<b>failed:</b> unreadable: binary content", "no publication date found in the page",
	} {
		if !strings.Contains(p, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Index(p, "unreadable: binary content") > strings.Index(p, "no publication date found") {
		t.Error("failed documents must come before warnings")
	}
	// the earlier title's bar starts left of the later one's
	re := regexp.MustCompile(`<line class="held" x1="([0-9.]+)"`)
	m := re.FindAllStringSubmatch(p, -1)
	if len(m) != 2 {
		t.Fatalf("bars %v: want two", m)
	}
	if a, _ := strconv.ParseFloat(m[0][1], 64); a >= mustFloat(m[1][1]) {
		t.Errorf("bars start at %s and %s: the earlier title must start left", m[0][1], m[1][1])
	}
}

func mustFloat(s string) float64 {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		panic(err)
	}
	return v
}

func TestPageOfAnEmptyRun(t *testing.T) {
	var b bytes.Buffer
	if err := report.Page(&b, report.FromRows(table.Rows{}, nil), report.DefaultLimits); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"0 documents", "No person has a title in a dated article.", "No numbered document is cited.", "Every document was read without a warning."} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("empty run's page lacks %q", want)
		}
	}
}

// TestLoad reads the tables a run wrote, the way the command does.
func TestLoad(t *testing.T) {
	r, _ := run()
	dir := t.TempDir()
	if _, err := table.Write(dir, r); err != nil {
		t.Fatal(err)
	}
	d, err := report.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if d.Counts["documents"] != 5 || d.Counts["document_refs"] != 4 || d.Counts["figures"] != 3 {
		t.Errorf("counts %v", d.Counts)
	}
	if _, err := report.Load(t.TempDir()); err == nil {
		t.Error("a folder with no tables must be an error")
	}
}

// TestPageInBrowser renders the page in headless Chromium: the DOM the
// browser builds must hold the sections and the timeline's SVG, and the
// screenshot must be a real image.
func TestPageInBrowser(t *testing.T) {
	bin := ""
	for _, b := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(b); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		t.Skip("skipping: no chromium on this machine (.ci/run installs Debian's chromium)")
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "report.html")
	if err := os.WriteFile(file, []byte(page(t)), 0o644); err != nil {
		t.Fatal(err)
	}
	flags := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + filepath.Join(dir, "profile"), "--window-size=1280,2000"}
	browse := func(extra ...string) []byte {
		cmd := exec.Command(bin, append(append(append([]string{}, flags...), extra...), "file://"+file)...)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("chromium: %v\n%s", err, errb.String())
			}
		case <-time.After(60 * time.Second):
			cmd.Process.Kill()
			t.Fatal("chromium did not finish in 60s")
		}
		return out.Bytes()
	}
	dom := string(browse("--dump-dom"))
	for _, want := range []string{`<section id="timeline">`, `<svg class="tl"`, `<circle cx=`, `<section id="cited">`, `<td class="ref">455-QĐ/TU</td>`, `<section id="problems">`} {
		if !strings.Contains(dom, want) {
			t.Errorf("browser DOM lacks %q", want)
		}
	}
	shot := filepath.Join(dir, "report.png")
	browse("--screenshot=" + shot)
	b, err := os.ReadFile(shot)
	if err != nil || len(b) < 10000 || !bytes.HasPrefix(b, []byte("\x89PNG")) {
		t.Fatalf("screenshot: %d bytes, %v", len(b), err)
	}
}
