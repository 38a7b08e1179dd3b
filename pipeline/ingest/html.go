package ingest

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// chromeSelector names the parts of a news page that are never article text.
// Not "form": ASP.NET pages wrap the whole body in one.
const chromeSelector = `script, style, noscript, template, iframe, svg, canvas, button, select, input, textarea, nav, header, footer, aside, menu, object, embed, video, audio`

// chromeClass matches class and id values of page furniture in the CMSs
// Vietnamese papers run: menus, breadcrumbs, share bars, related lists,
// comment boxes, tags, banners.
var chromeClass = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:menu|nav|navbar|breadcrumbs?|share|social|comments?|binh-?luan|related|lien-?quan|tin-?khac|footer|header|sidebar|banner|adv?s?|advert\w*|quang-?cao|tags?|keywords?|popup|modal|login|search|toolbar|widget|hotline|copyright|print|font-?size|rating|vote|most-?read|xem-?nhieu)(?:$|[\s_-])`)

var blockTags = map[string]bool{
	"p": true, "div": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"li": true, "tr": true, "td": true, "th": true, "table": true, "section": true, "article": true,
	"blockquote": true, "figcaption": true, "figure": true, "ul": true, "ol": true, "dd": true, "dt": true,
	"main": true, "pre": true, "address": true, "time": true, "caption": true,
}

// readHTML extracts the article from a whole page.
func readHTML(src string, p *page) error {
	q, err := goquery.NewDocumentFromReader(strings.NewReader(src))
	if err != nil {
		// the parser refuses pathological pages (elements nested past its
		// limit); their text is still worth reading, flat
		p.lines = flatText(src)
		p.warnings = append(p.warnings, "page could not be parsed as a tree ("+err.Error()+"): read as flat text")
		return nil
	}
	meta := func(sel, attr string) string {
		return strings.TrimSpace(q.Find(sel).First().AttrOr(attr, ""))
	}
	p.title = firstNonEmpty(meta(`meta[property="og:title"]`, "content"), strings.TrimSpace(q.Find("h1").First().Text()), strings.TrimSpace(q.Find("title").First().Text()))
	p.url = firstNonEmpty(meta(`link[rel="canonical"]`, "href"), meta(`meta[property="og:url"]`, "content"))
	p.site = meta(`meta[property="og:site_name"]`, "content")
	if d := firstNonEmpty(meta(`meta[property="article:published_time"]`, "content"), meta(`meta[itemprop="datePublished"]`, "content"), meta(`meta[name="pubdate"]`, "content"), meta(`time[datetime]`, "datetime")); d != "" {
		p.published = parseISOish(d)
	}
	if a := firstNonEmpty(meta(`meta[name="author"]`, "content"), meta(`meta[property="article:author"]`, "content")); a != "" && !strings.Contains(a, "://") {
		p.authors = []string{a}
	}
	q.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
		readJSONLD(s.Text(), p)
	})

	// text the reader never reads: <noscript> (parsed as raw markup) and
	// an iframe's srcdoc page; measured before they go with the chrome
	hidden := 0
	q.Find("noscript").Each(func(_ int, s *goquery.Selection) { hidden += len([]rune(collapse(stripTags(s.Text())))) })
	q.Find("iframe[srcdoc]").Each(func(_ int, s *goquery.Selection) {
		hidden += len([]rune(collapse(stripTags(s.AttrOr("srcdoc", "")))))
	})
	q.Find(chromeSelector).Remove()
	// a dateline printed near the headline: read it before the header
	// that holds it goes
	dateLine := ""
	q.Find(`[class*="date"], [class*="time"], [class*="publish"]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		if t := collapse(s.Text()); dateline.MatchString(t) {
			dateLine = t
			return false
		}
		return true
	})
	q.Find("*").Each(func(_ int, s *goquery.Selection) {
		if s.Is("body, html, article, main") {
			return
		}
		c := s.AttrOr("class", "") + " " + s.AttrOr("id", "")
		// a class that names furniture, unless the element holds the
		// article: some CMSs call their main column "sidebar-1"
		if chromeClass.MatchString(c) && paragraphText(s) < 400 {
			s.Remove()
		}
	})
	root := bestContainer(q)
	var lines []string
	if p.title != "" {
		lines = append(lines, p.title)
	}
	if dateLine != "" {
		lines = append(lines, dateLine)
	}
	read := 0
	if root != nil {
		body := blockText(root)
		for _, l := range body {
			read += len([]rune(l))
		}
		lines = append(lines, body...)
	}
	// an article only inside <noscript> or <iframe srcdoc> would come out
	// as its title alone, silently
	if hidden >= 200 && hidden > 2*read {
		p.warnings = append(p.warnings, fmt.Sprintf("%d characters of text inside <noscript> or <iframe srcdoc> were not read (%d read): the article may be there", hidden, read))
	}
	p.lines = lines
	return nil
}

// stripTags drops markup from a fragment, keeping its text with a space
// where each tag stood.
func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>' && in:
			in = false
			b.WriteByte(' ')
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func readJSONLD(raw string, p *page) {
	var v any
	if json.Unmarshal([]byte(raw), &v) != nil {
		return
	}
	var walk func(any)
	walk = func(v any) {
		switch t := v.(type) {
		case []any:
			for _, x := range t {
				walk(x)
			}
		case map[string]any:
			if s, ok := t["datePublished"].(string); ok && p.published.IsZero() {
				p.published = parseISOish(s)
			}
			if len(p.authors) == 0 {
				switch a := t["author"].(type) {
				case map[string]any:
					if n, ok := a["name"].(string); ok && n != "" {
						p.authors = []string{n}
					}
				case []any:
					for _, x := range a {
						if m, ok := x.(map[string]any); ok {
							if n, ok := m["name"].(string); ok && n != "" {
								p.authors = append(p.authors, n)
							}
						}
					}
				case string:
					p.authors = []string{a}
				}
			}
			if g, ok := t["@graph"]; ok {
				walk(g)
			}
		}
	}
	walk(v)
}

// bestContainer picks the element whose direct paragraph children hold the
// most text: the article body in every CMS layout seen, whatever its class.
// Ties go to the element seen first, so the choice is deterministic.
func bestContainer(q *goquery.Document) *html.Node {
	scores := map[*html.Node]int{}
	var seen []*html.Node
	q.Find("p, br").Each(func(_ int, s *goquery.Selection) {
		n := s.Get(0)
		parent := n.Parent
		if parent == nil {
			return
		}
		if _, ok := scores[parent]; !ok {
			seen = append(seen, parent)
		}
		if n.Data == "br" {
			scores[parent] += 20
			return
		}
		scores[parent] += len(strings.TrimSpace(s.Text()))
	})
	var best *html.Node
	bestScore := 0
	for _, n := range seen {
		if scores[n] > bestScore {
			best, bestScore = n, scores[n]
		}
	}
	if best == nil {
		return q.Find("body").Get(0)
	}
	// The lead ("sapo"), dateline and captions often sit beside the body's
	// container, inside the article: climb while the parent adds little
	// text of its own.
	size := textLen(best)
	steps := 0
	for p := best.Parent; p != nil && p.Type == html.ElementNode && p.Data != "body" && p.Data != "html" && steps < 4; p = p.Parent {
		steps++
		n := textLen(p)
		if n > size+size/2+600 {
			break
		}
		best, size = p, n
	}
	return best
}

// textLen counts the non-space bytes of text under n.
func textLen(n *html.Node) int {
	total := 0
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > 500 {
			return
		}
		if n.Type == html.TextNode {
			total += len(strings.TrimSpace(n.Data))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return total
}

// blockText renders a subtree as lines, one per block element or <br>.
func blockText(n *html.Node) []string {
	var lines []string
	var cur strings.Builder
	flush := func() {
		if t := collapse(cur.String()); t != "" {
			lines = append(lines, t)
		}
		cur.Reset()
	}
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > 500 {
			return // absurdly nested pages: the rest is not prose
		}
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if n.Data == "br" {
				flush()
				return
			}
			if n.Data == "img" {
				return
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.Data]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
		if block {
			flush()
		}
	}
	walk(n, 0)
	flush()
	return lines
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

// flatText reads the text of a page token by token, with no tree: a line
// per block element, script and style skipped.
func flatText(src string) []string {
	z := html.NewTokenizer(strings.NewReader(src))
	var lines []string
	var cur strings.Builder
	skip := 0
	flush := func() {
		if t := collapse(cur.String()); t != "" {
			lines = append(lines, t)
		}
		cur.Reset()
	}
	for {
		switch z.Next() {
		case html.ErrorToken:
			flush()
			return lines
		case html.TextToken:
			if skip == 0 {
				cur.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style", "noscript", "template":
				skip++
			case "br":
				flush()
			default:
				if blockTags[string(name)] {
					flush()
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "script", "style", "noscript", "template":
				if skip > 0 {
					skip--
				}
			default:
				if blockTags[string(name)] {
					flush()
				}
			}
		}
	}
}

// paragraphText counts the text of the paragraphs under s.
func paragraphText(s *goquery.Selection) int {
	n := 0
	s.Find("p").Each(func(_ int, p *goquery.Selection) {
		n += len(strings.TrimSpace(p.Text()))
	})
	return n
}
