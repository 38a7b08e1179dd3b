// Command peers runs vnextract's dates stage beside go-dateparser's search,
// and vnextract's HTML reader beside go-trafilatura, on the same inputs in
// one run, and prints speed and what each finds. It is a separate module so
// that the product does not depend on the peers.
//
//	cd bench/peers && go run . -shared ../../../shared
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"
	"github.com/markusmobius/go-trafilatura"

	"github.com/vnextract/vnextract/eval"
	"github.com/vnextract/vnextract/extractors"
	"github.com/vnextract/vnextract/pipeline/doc"
	"github.com/vnextract/vnextract/pipeline/ingest"
)

func main() {
	shared := flag.String("shared", "../../../shared", "the shared folder with corpus/, seeds/ and gold/")
	fixtures := flag.String("fixtures", "../../testdata/corpus/html", "extra HTML pages")
	flag.Parse()
	if err := dates(*shared); err != nil {
		fmt.Fprintln(os.Stderr, "peers:", err)
		os.Exit(2)
	}
	if err := htmlText(*shared, *fixtures); err != nil {
		fmt.Fprintln(os.Stderr, "peers:", err)
		os.Exit(2)
	}
}

// dates compares day-level dates found on the gold documents' sentences.
func dates(shared string) error {
	gold, err := eval.LoadGold(filepath.Join(shared, "gold"))
	if err != nil {
		return err
	}
	var files []string
	for _, dir := range []string{"seeds", "corpus/baomoi-dev", "corpus/dantri-2021"} {
		fs, _ := filepath.Glob(filepath.Join(shared, dir, "*.txt"))
		files = append(files, fs...)
	}
	stage := extractors.NewDates()
	cfg := &dateparser.Configuration{Languages: []string{"vi"}, CurrentTime: time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)}
	var oursT, peerT time.Duration
	var textBytes int
	type score struct{ found, hit, extra int }
	var ours, peer score
	goldDays := 0
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		g, ok := gold[name]
		if !ok {
			continue
		}
		want := map[string]bool{}
		for _, gd := range g.Dates {
			if gd.Optional {
				continue
			}
			want[gd.Value[5:]] = true // month-day: the year is a separate question
			goldDays++
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		d, err := ingest.Read(name, f, f, b)
		if err != nil {
			return err
		}
		textBytes += len(d.Text)
		t := time.Now()
		stage.Extract(d)
		oursT += time.Since(t)
		got := map[string]bool{}
		for _, m := range d.Of(doc.KindDate) {
			if m.Date.Granularity == "day" {
				got[m.Date.Value[5:]] = true
			}
		}
		tally(&ours.found, &ours.hit, &ours.extra, got, want)
		got = map[string]bool{}
		t = time.Now()
		for _, s := range d.Sentences {
			_, res, err := dateparser.Search(cfg, d.Slice(s.Start, s.End))
			if err != nil {
				continue
			}
			for _, r := range res {
				if r.Date.Period == date.Day {
					got[r.Date.Time.Format("01-02")] = true
				}
			}
		}
		peerT += time.Since(t)
		tally(&peer.found, &peer.hit, &peer.extra, got, want)
	}
	fmt.Printf("Dates on the gold articles (%d KB of text, %d distinct required days; compared by month and day)\n", textBytes/1000, goldDays)
	fmt.Printf("%-26s %10s %9s %7s %9s %7s\n", "", "time", "MB/s", "found", "in gold", "other")
	row := func(n string, d time.Duration, s score) {
		fmt.Printf("%-26s %10s %9.2f %7d %9d %7d\n", n, d.Round(time.Millisecond), float64(textBytes)/1e6/d.Seconds(), s.found, s.hit, s.extra)
	}
	row("vnextract dates stage", oursT, ours)
	row("go-dateparser Search", peerT, peer)
	fmt.Println()
	return nil
}

func tally(found, hit, extra *int, got, want map[string]bool) {
	for k := range got {
		*found++
		if want[k] {
			*hit++
		} else {
			*extra++
		}
	}
}

// htmlText compares the article text each HTML reader keeps.
func htmlText(shared, fixtures string) error {
	pages, _ := filepath.Glob(filepath.Join(shared, "corpus/html-legal/*.html"))
	more, _ := filepath.Glob(filepath.Join(fixtures, "*.html"))
	pages = append(pages, more...)
	sort.Strings(pages)
	fmt.Println("HTML main text (same pages; agreement = F1 of the two texts' word multisets)")
	fmt.Printf("%-40s %9s %9s %9s %9s %9s\n", "page", "ours ms", "peer ms", "ours wds", "peer wds", "agree")
	var oursT, peerT time.Duration
	var total int
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		total += len(b)
		t := time.Now()
		d, err := ingest.Read("x", p, p, b)
		ot := time.Since(t)
		if err != nil {
			return err
		}
		t = time.Now()
		res, err := trafilatura.Extract(bytes.NewReader(b), trafilatura.Options{})
		pt := time.Since(t)
		peerText := ""
		if err == nil && res != nil {
			peerText = res.ContentText
		}
		oursT += ot
		peerT += pt
		ow, pw := strings.Fields(d.Text), strings.Fields(peerText)
		fmt.Printf("%-40s %9.1f %9.1f %9d %9d %9.2f\n", filepath.Base(p), ms(ot), ms(pt), len(ow), len(pw), agree(ow, pw))
	}
	fmt.Printf("%-40s %9.1f %9.1f   (%.1f MB/s vs %.1f MB/s)\n", "total", ms(oursT), ms(peerT),
		float64(total)/1e6/oursT.Seconds(), float64(total)/1e6/peerT.Seconds())
	return nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// agree is the F1 of two word multisets.
func agree(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	count := map[string]int{}
	for _, w := range a {
		count[strings.ToLower(w)]++
	}
	common := 0
	for _, w := range b {
		if k := strings.ToLower(w); count[k] > 0 {
			count[k]--
			common++
		}
	}
	p, r := float64(common)/float64(len(b)), float64(common)/float64(len(a))
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
