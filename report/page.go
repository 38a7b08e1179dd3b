package report

import (
	"fmt"
	"html"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/vnextract/vnextract/pipeline/table"
)

// Page writes the report page for a run's tables.
func Page(w io.Writer, d *Data, lim Limits) error {
	var b strings.Builder
	failed, warned, problems := Problems(d.Rows.Documents)
	lo, hi, dated := published(d.Rows.Documents)
	b.WriteString(pageHead)
	fmt.Fprintf(&b, `<header><h1>vnextract report</h1><p>%d documents · %d failed · %d with warnings`, len(d.Rows.Documents), failed, warned)
	if dated > 0 {
		fmt.Fprintf(&b, ` · published %s to %s (%d dated)`, day(&lo), day(&hi), dated)
	}
	b.WriteString(`</p><nav><a href="#counts">Counts</a><a href="#timeline">Who held which title when</a><a href="#cited">Most cited documents</a><a href="#figures">Inconsistent percentages</a><a href="#problems">Failures and warnings</a></nav></header><main>`)

	// counts
	b.WriteString(`<section id="counts"><h2>Rows per table</h2><table class="counts"><tr><th>table</th><th>rows</th></tr>`)
	for _, name := range table.Names {
		fmt.Fprintf(&b, `<tr><td>%s</td><td class="n">%s</td></tr>`, name, thousands(d.Counts[name]))
	}
	b.WriteString(`</table></section>`)

	// timelines
	tls, more := Timelines(d.Registry, d.Rows.Relations, lim)
	b.WriteString(`<section id="timeline"><h2>Who held which title when</h2>`)
	b.WriteString(`<p class="hint">From people_registry: each title a person is given, placed at the publication date of every article that gives it; a bar runs from the first article to the last. A green diamond is an appointment, a red one a dismissal, on the day the text says it took effect. Hover a mark for the date and the document. People with the most articles first.</p>`)
	if len(tls) == 0 {
		b.WriteString(`<p class="empty">No person has a title in a dated article.</p>`)
	} else {
		tlo, thi := span(tls)
		for _, tl := range tls {
			timeline(&b, tl, tlo, thi)
		}
		if more > 0 {
			fmt.Fprintf(&b, `<p class="more">%d more people with dated titles are not drawn.</p>`, more)
		}
	}
	b.WriteString(`</section>`)

	// cited
	cited, moreCited := MostCited(d.Rows.DocRefs, lim.Cited)
	b.WriteString(`<section id="cited"><h2>Most cited documents</h2>`)
	if len(cited) == 0 {
		b.WriteString(`<p class="empty">No numbered document is cited.</p>`)
	} else {
		b.WriteString(`<table><tr><th>#</th><th>document</th><th>type</th><th>cited by</th><th>mentions</th><th>issuer (as written)</th><th>issued</th></tr>`)
		for i, c := range cited {
			var iss []string
			for k, is := range c.Issuers {
				if k == 3 {
					iss = append(iss, fmt.Sprintf("… %d more", len(c.Issuers)-3))
					break
				}
				iss = append(iss, fmt.Sprintf("%s <small>(%d)</small>", html.EscapeString(is.Name), is.Count))
			}
			fmt.Fprintf(&b, `<tr><td class="n">%d</td><td class="ref">%s</td><td>%s</td><td class="n">%s docs</td><td class="n">%s</td><td>%s</td><td>%s</td></tr>`,
				i+1, html.EscapeString(c.Ref), html.EscapeString(c.DocType), thousands(c.Docs), thousands(c.Mentions), strings.Join(iss, "<br>"), day(c.Issued))
		}
		b.WriteString(`</table>`)
		if moreCited > 0 {
			fmt.Fprintf(&b, `<p class="more">%d more documents are cited less often.</p>`, moreCited)
		}
	}
	b.WriteString(`</section>`)

	// figures
	inc := InconsistentFigures(d.Rows)
	fmt.Fprintf(&b, `<section id="figures"><h2>Figures with inconsistent percentages (%d)</h2>`, len(inc))
	b.WriteString(`<p class="hint">A ratio ("2.172/2.631 ý kiến") whose percentage in the same sentence disagrees with it beyond rounding.</p>`)
	if len(inc) == 0 {
		b.WriteString(`<p class="empty">None: every percentage given beside a ratio agrees with it.</p>`)
	} else {
		b.WriteString(`<table><tr><th>document</th><th>figure</th><th>ratio</th><th>stated</th><th>computed</th><th>in the text</th></tr>`)
		for _, x := range inc {
			f := x.Fig
			stated := ""
			if f.Percent != nil {
				stated = pct(*f.Percent)
			}
			fmt.Fprintf(&b, `<tr class="bad"><td>%s</td><td><q>%s</q></td><td class="n">%s / %s</td><td class="n">%s</td><td class="n">%s</td><td class="ctx">%s</td></tr>`,
				html.EscapeString(f.DocID), html.EscapeString(f.Text), num(f.Value), num(*f.Of), stated, pct(x.Computed), html.EscapeString(x.Context))
		}
		b.WriteString(`</table>`)
	}
	b.WriteString(`</section>`)

	// problems
	fmt.Fprintf(&b, `<section id="problems"><h2>Documents that failed (%d) or carry warnings (%d)</h2>`, failed, warned)
	if len(problems) == 0 {
		b.WriteString(`<p class="empty">Every document was read without a warning.</p>`)
	} else {
		b.WriteString(`<table><tr><th>document</th><th>title</th><th>what</th></tr>`)
		for i, p := range problems {
			if i == lim.Issues {
				break
			}
			what := ""
			if p.Failed {
				what = `<b>failed:</b> ` + html.EscapeString(p.Error)
			} else {
				var ws []string
				for _, w := range p.Warnings {
					ws = append(ws, html.EscapeString(w))
				}
				what = strings.Join(ws, "<br>")
			}
			cls := "warn"
			if p.Failed {
				cls = "failed"
			}
			fmt.Fprintf(&b, `<tr class="%s"><td>%s</td><td>%s</td><td>%s</td></tr>`, cls, html.EscapeString(p.DocID), html.EscapeString(p.Title), what)
		}
		b.WriteString(`</table>`)
		if len(problems) > lim.Issues {
			fmt.Fprintf(&b, `<p class="more">%d more are not listed (query documents WHERE failed OR len(warnings) > 0).</p>`, len(problems)-lim.Issues)
		}
	}
	b.WriteString("</section></main></body></html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// timeline geometry, in SVG user units
const (
	labelW = 330 // title labels on the left
	plotW  = 560
	laneH  = 22
	axisH  = 22
)

// timeline draws one person: a lane per title, dots at the days seen, a
// bar from the first to the last, on an axis shared by every person so
// that timelines can be compared by eye.
func timeline(b *strings.Builder, tl Timeline, lo, hi int32) {
	fmt.Fprintf(b, `<article class="person"><h3>%s <small>%s articles</small></h3>`, html.EscapeString(tl.Name), thousands(tl.Docs))
	h := axisH + laneH*len(tl.Lanes) + 4
	fmt.Fprintf(b, `<svg class="tl" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-label="%s">`, labelW+plotW+50, h, labelW+plotW+50, h, html.EscapeString("titles of "+tl.Name+" over time"))
	x := func(d int32) float64 { return labelW + float64(d-lo)/float64(hi-lo)*plotW }
	for _, t := range ticks(lo, hi) {
		fmt.Fprintf(b, `<line class="tick" x1="%.1f" x2="%.1f" y1="%d" y2="%d"/><text class="axis" x="%.1f" y="14">%s</text>`, x(t.day), x(t.day), axisH-4, h, x(t.day)+2, t.label)
	}
	for i, l := range tl.Lanes {
		y := axisH + laneH*i + laneH/2
		label := l.Title
		if r := []rune(label); len(r) > 52 {
			label = string(r[:51]) + "…"
		}
		fmt.Fprintf(b, `<text class="lane" x="0" y="%d"><title>%s</title>%s</text>`, y+4, html.EscapeString(l.Title), html.EscapeString(label))
		first, last := l.Seen[0].Day, l.Seen[len(l.Seen)-1].Day
		fmt.Fprintf(b, `<line class="held" x1="%.1f" x2="%.1f" y1="%d" y2="%d"/>`, x(first), x(last), y, y)
		for _, s := range l.Seen {
			if s.Event == "" {
				fmt.Fprintf(b, `<circle cx="%.1f" cy="%d" r="4"><title>%s · %s · %s</title></circle>`, x(s.Day), y, day(&s.Day), html.EscapeString(l.Title), html.EscapeString(s.DocID))
				continue
			}
			what := map[string]string{"appointed_to": "appointed", "relieved_of": "relieved"}[s.Event]
			cx := x(s.Day)
			fmt.Fprintf(b, `<path class="%s" d="M%.1f %dl6 6l-6 6l-6 -6z"><title>%s %s · %s · %s</title></path>`, what, cx, y-6, what, day(&s.Day), html.EscapeString(l.Title), html.EscapeString(s.DocID))
		}
	}
	b.WriteString(`</svg>`)
	if tl.MoreLanes > 0 {
		fmt.Fprintf(b, `<p class="more">%d more titles are not drawn.</p>`, tl.MoreLanes)
	}
	if len(tl.Undated) > 0 {
		var us []string
		for _, u := range tl.Undated {
			us = append(us, html.EscapeString(u))
		}
		fmt.Fprintf(b, `<p class="undated">Also, in articles with no date: %s</p>`, strings.Join(us, "; "))
	}
	b.WriteString(`</article>`)
}

// span is the shared axis: every drawn day, widened to at least 60 days so
// one day does not fill the axis.
func span(tls []Timeline) (lo, hi int32) {
	first := true
	for _, tl := range tls {
		for _, l := range tl.Lanes {
			for _, s := range l.Seen {
				if first || s.Day < lo {
					lo = s.Day
				}
				if first || s.Day > hi {
					hi = s.Day
				}
				first = false
			}
		}
	}
	if hi-lo < 60 {
		mid := lo + (hi-lo)/2
		lo, hi = mid-30, mid+30
	}
	pad := (hi - lo) / 40
	return lo - pad, hi + pad
}

type tick struct {
	day   int32
	label string
}

// ticks marks each year on a long axis, each month on a short one.
func ticks(lo, hi int32) []tick {
	from, to := toTime(lo), toTime(hi)
	var out []tick
	if hi-lo > 2*366 {
		step := 1
		for (to.Year()-from.Year())/step > 12 {
			step++
		}
		for y := from.Year() + 1; y <= to.Year(); y += step {
			out = append(out, tick{days(time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)), strconv.Itoa(y)})
		}
		return out
	}
	step := 1
	if hi-lo > 366 {
		step = 3
	}
	for m := time.Date(from.Year(), from.Month()+1, 1, 0, 0, 0, 0, time.UTC); !m.After(to); m = m.AddDate(0, step, 0) {
		out = append(out, tick{days(m), m.Format("01/2006")})
	}
	return out
}

func published(docs []table.DocumentRow) (lo, hi int32, n int) {
	for _, d := range docs {
		if d.Published == nil {
			continue
		}
		if n == 0 || *d.Published < lo {
			lo = *d.Published
		}
		if n == 0 || *d.Published > hi {
			hi = *d.Published
		}
		n++
	}
	return lo, hi, n
}

func toTime(d int32) time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

func days(t time.Time) int32 { return int32(t.Unix() / 86400) }

func day(d *int32) string {
	if d == nil {
		return ""
	}
	return toTime(*d).Format("2006-01-02")
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// thousands writes 12676 as 12.676, the Vietnamese way the articles do.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "." + s[i:]
	}
	return s
}

const pageHead = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>vnextract report</title><style>
body{font:14px/1.5 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header{padding:16px 32px;background:#263238;color:#eceff1}header h1{margin:0;font-size:22px}header p{margin:4px 0;opacity:.85}
nav a{color:#b3e5fc;margin-right:16px;text-decoration:none}main{padding:8px 32px 32px;max-width:1200px}
section{margin:24px 0}h2{font-size:18px;border-bottom:2px solid #cfd8dc;padding-bottom:4px}h3{font-size:15px;margin:14px 0 2px}
table{border-collapse:collapse;background:#fff}td,th{border-bottom:1px solid #e0e0e0;padding:4px 10px;text-align:left;vertical-align:top}
td.n{text-align:right;white-space:nowrap}td.ref{font-weight:bold;white-space:nowrap}td.ctx{color:#555;max-width:520px}
tr.failed td{color:#b71c1c}tr.bad td:nth-child(5){color:#b71c1c;font-weight:bold}
small{color:#888}.hint{color:#555}.more,.undated{color:#666;font-size:13px}.empty{color:#2e7d32}
svg.tl{display:block;max-width:100%;height:auto;background:#fff;border:1px solid #eceff1}
svg .lane{font:12px system-ui,sans-serif;fill:#333}svg .axis{font:11px system-ui,sans-serif;fill:#78909c}
svg .tick{stroke:#eceff1}svg .held{stroke:#90caf9;stroke-width:6;stroke-linecap:round}svg circle{fill:#1565c0}svg .appointed{fill:#2e7d32}svg .relieved{fill:#c62828}
</style></head><body>`
