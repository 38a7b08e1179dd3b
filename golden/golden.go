// Package golden keeps readable snapshots of extraction, one file per
// document, and compares a run against them: the project's own golden tests
// and "vnextract golden check|update" for a user's corpus use this code.
// A snapshot is table.Dump of the document's rows.
package golden

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/vnextract/vnextract/pipeline/table"
)

// Diff is what changed for one document.
type Diff struct {
	DocID string
	// "+ titles: …", "- dates: …", or a note
	Lines []string
}

// Path is where a document's snapshot lives under dir. doc_ids come from
// file paths, JSON Lines ids and WARC URIs, which a corpus author (or an
// attacker) controls, so each slash-separated part is made a safe file
// name: "..", ".", empty parts, a leading "/", backslashes, control and
// non-UTF-8 bytes are %-escaped (and "%" itself, so two ids never share a
// file), and a part too long for a file system is cut with a hash. The
// result is always inside dir.
func Path(dir, docID string) string {
	var parts []string
	for _, p := range strings.Split(docID, "/") {
		parts = append(parts, safePart(p))
	}
	rel := filepath.Join(parts...) + ".golden"
	if !filepath.IsLocal(rel) { // cannot happen with safePart; belt and braces
		rel = fmt.Sprintf("%x.golden", sha256.Sum256([]byte(docID)))
	}
	return filepath.Join(dir, rel)
}

// maxPart keeps a path part (plus ".golden") under the common 255-byte
// limit on one file name.
const maxPart = 200

func safePart(p string) string {
	if p == "" { // a leading, doubled or trailing slash
		return "%2F"
	}
	if p == "." || p == ".." {
		return strings.ReplaceAll(p, ".", "%2E")
	}
	var b strings.Builder
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRuneInString(p[i:])
		c := p[i]
		switch {
		case r == utf8.RuneError && n <= 1, c < 0x20, c == 0x7f, c == '%', c == '\\', c == ':':
			fmt.Fprintf(&b, "%%%02X", c)
			i++
			continue
		}
		b.WriteString(p[i : i+n])
		i += n
	}
	s := b.String()
	if len(s) > maxPart {
		cut := maxPart - 17
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = fmt.Sprintf("%s~%x", s[:cut], sha256.Sum256([]byte(s)))[:cut+17]
	}
	return s
}

// Check compares every document's rows with its snapshot under dir. A
// document without a snapshot, and a snapshot without a document, are
// differences too.
func Check(dir string, rows table.Rows) ([]Diff, error) {
	var diffs []Diff
	seen := map[string]bool{}
	for _, r := range rows.Split() {
		id := r.Documents[0].DocID
		p := Path(dir, id)
		seen[p] = true
		want, err := os.ReadFile(p)
		if os.IsNotExist(err) {
			diffs = append(diffs, Diff{DocID: id, Lines: []string{"no snapshot at " + p}})
			continue
		}
		if err != nil {
			return nil, err
		}
		if got := table.Dump(r); got != string(want) {
			diffs = append(diffs, Diff{DocID: id, Lines: Compare(string(want), got)})
		}
	}
	err := filepath.WalkDir(dir, func(p string, de fs.DirEntry, err error) error {
		if err != nil || de.IsDir() || !strings.HasSuffix(p, ".golden") || seen[p] {
			return err
		}
		diffs = append(diffs, Diff{DocID: strings.TrimSuffix(p, ".golden"), Lines: []string{"snapshot has no document in this run: " + p}})
		return nil
	})
	if err != nil && !os.IsNotExist(err) {
		return nil, err
	}
	return diffs, nil
}

// Update writes every document's snapshot under dir.
func Update(dir string, rows table.Rows) error {
	for _, r := range rows.Split() {
		p := Path(dir, r.Documents[0].DocID)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		tmp := p + ".tmp"
		if err := os.WriteFile(tmp, []byte(table.Dump(r)), 0o644); err != nil {
			return err
		}
		if err := os.Rename(tmp, p); err != nil {
			return err
		}
	}
	return nil
}

// Compare lists the lines that differ between two snapshots, grouped by
// the table section they stand in: "- people: …" for a line gone, "+ …" for
// a line new. Span offsets are part of a line, so a moved mention shows as
// one line out and one in.
func Compare(want, got string) []string {
	w, g := sections(want), sections(got)
	var names []string
	for n := range w {
		names = append(names, n)
	}
	for n := range g {
		if _, ok := w[n]; !ok {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	var out []string
	for _, n := range names {
		for _, l := range without(w[n], g[n]) {
			out = append(out, fmt.Sprintf("- %s: %s", n, l))
		}
		for _, l := range without(g[n], w[n]) {
			out = append(out, fmt.Sprintf("+ %s: %s", n, l))
		}
	}
	return out
}

// without returns the lines of a that b does not hold, counting repeats: a
// line twice in a and once in b is listed once.
func without(a, b []string) []string {
	left := map[string]int{}
	for _, l := range b {
		left[l]++
	}
	var out []string
	for _, l := range a {
		if left[l] > 0 {
			left[l]--
			continue
		}
		out = append(out, l)
	}
	return out
}

// sections splits a snapshot into its table sections (the header lines
// form the "document" section).
func sections(s string) map[string][]string {
	out := map[string][]string{}
	cur := "document"
	for _, l := range strings.Split(s, "\n") {
		if strings.HasPrefix(l, "## ") {
			cur = strings.Fields(strings.TrimPrefix(l, "## "))[0]
			continue
		}
		if l == "" || strings.HasPrefix(l, "# document") {
			continue
		}
		out[cur] = append(out[cur], l)
	}
	return out
}
