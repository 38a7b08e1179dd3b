package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// shared is where ../shared sits seen from this package's folder.
const shared = "../../../shared"

// The committed data files must be what the generator makes of the
// sources today: a hand edit, or a generator change without `make data`,
// shows here.
func TestCommittedFilesAreFresh(t *testing.T) {
	if _, err := os.Stat(filepath.Join(shared, "data")); err != nil {
		t.Skipf("no reference data at %s/data (%v): the committed files cannot be compared with a fresh generation", shared, err)
	}
	files, err := Generate(shared)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("the generator wrote nothing")
	}
	for p, want := range files {
		got, err := os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(p)))
		if err != nil {
			t.Errorf("%s: %v (run `make data`)", p, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from a fresh generation (run `make data` and review the diff)", p)
		}
	}
	again, err := Generate(shared)
	if err != nil {
		t.Fatal(err)
	}
	for p := range files {
		if !bytes.Equal(files[p], again[p]) {
			t.Errorf("%s: two runs of the generator differ", p)
		}
	}
}

func TestCleanName(t *testing.T) {
	for in, want := range map[string]string{
		"Thanh Hoá":            "Thanh Hóa", // old-style tone placement
		"Ðức":                  "Đức",       // U+00D0 for U+0110
		"Đại áng":              "Đại Áng",
		"  Bà Rịa -  Vũng Tàu": "Bà Rịa - Vũng Tàu",
		"xanh":                 "Xanh",
	} {
		if got := cleanName(in); got != want {
			t.Errorf("cleanName(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string][2]string{
		"Thị Trấn Ái Tử":    {"thị trấn", "Ái Tử"},
		"Thành phố Hà Nội":  {"thành phố", "Hà Nội"},
		"Huyện Triệu Phong": {"huyện", "Triệu Phong"},
		"Phường 1":          {"phường", "1"},
	} {
		typ, name, err := splitType(in)
		if err != nil || typ != want[0] || name != want[1] {
			t.Errorf("splitType(%q) = %q, %q, %v; want %q", in, typ, name, err, want)
		}
	}
	if _, _, err := splitType("Ấp Bình Minh"); err == nil {
		t.Error("splitType accepted a name with no level word")
	}
}
