package golden

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/pipeline/table"
)

// TestPathStaysInside feeds doc_ids a JSON Lines id or a WARC URI can
// carry and checks that every snapshot path lies under dir, and that
// distinct ids get distinct paths.
func TestPathStaysInside(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "snap")
	ids := []string{
		"seeds/a", "../../etc/passwd", "a/../../b", "/etc/passwd", "..", ".", "", "/",
		`a\..\..\b`, "x/%2E%2E/y", "x/../y", "https://example.org/../../x", "a\x00b", "a\xffb",
		"c:/windows", strings.Repeat("ắ", 300), strings.Repeat("ắ", 300) + "x",
	}
	seen := map[string]string{}
	for _, id := range ids {
		p := Path(dir, id)
		rel, err := filepath.Rel(dir, p)
		if err != nil || !filepath.IsLocal(rel) {
			t.Errorf("Path(%q) = %s, outside %s", id, p, dir)
		}
		for _, part := range strings.Split(rel, string(filepath.Separator)) {
			if len(part) > 255 {
				t.Errorf("Path(%q): part of %d bytes", id, len(part))
			}
		}
		if other, ok := seen[p]; ok && other != id {
			t.Errorf("Path(%q) and Path(%q) are both %s", id, other, p)
		}
		seen[p] = id
	}
	if got := Path(dir, "seeds/a"); got != filepath.Join(dir, "seeds", "a.golden") {
		t.Errorf("a plain id changed its path: %s", got)
	}
}

// TestUpdateWritesOnlyUnderDir runs Update on ids that climb out and checks
// nothing appears beside dir.
func TestUpdateWritesOnlyUnderDir(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "snap")
	var rows table.Rows
	for _, id := range []string{"../escaped", "../../escaped2", "/abs", "ok/one"} {
		rows.Documents = append(rows.Documents, table.DocumentRow{DocID: id})
	}
	if err := Update(dir, rows); err != nil {
		t.Fatal(err)
	}
	all, _ := filepath.Glob(filepath.Join(root, "*"))
	if len(all) != 1 || all[0] != dir {
		t.Errorf("Update wrote beside its folder: %v", all)
	}
	if diffs, err := Check(dir, rows); err != nil || len(diffs) != 0 {
		t.Errorf("Check after Update: %v %v", diffs, err)
	}
}
