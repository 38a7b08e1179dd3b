package table

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"reflect"
	"testing"
)

// registryBatches makes n documents' rows: people drawn from a small pool
// (so keys recur across documents and runs), some with titles, some
// documents dated, and now and then a document that comes twice in a row
// (rows without a document row, as Registry's callers may give).
func registryBatches(n int, seed uint64) []Rows {
	rnd := rand.New(rand.NewPCG(seed, 1))
	names := []string{"Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu", "Phạm Quốc Dũng", "Võ Thị Én", "Đỗ Hữu Phúc", "Hoàng Gia Huy", "Bùi Thanh Khê"}
	titles := []string{"Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Phó Chủ tịch HĐND tỉnh", "Giám đốc Sở Y tế"}
	var out []Rows
	for i := range n {
		id := fmt.Sprintf("doc-%04d", i)
		var r Rows
		if rnd.IntN(10) > 0 {
			d := DocumentRow{DocID: id}
			if rnd.IntN(2) == 0 {
				day := int32(19000 + rnd.IntN(1000))
				d.Published = &day
			}
			r.Documents = append(r.Documents, d)
		}
		for range rnd.IntN(5) {
			name := names[rnd.IntN(len(names))]
			r.People = append(r.People, PersonRow{DocID: id, Name: name, NameKey: "k:" + name})
			if rnd.IntN(2) == 0 {
				r.Titles = append(r.Titles, TitleRow{DocID: id, Person: name, PersonKey: "k:" + name, Title: titles[rnd.IntN(len(titles))]})
			}
		}
		out = append(out, r)
		if rnd.IntN(8) == 0 {
			out = append(out, r) // the same document again, straight after
		}
	}
	return out
}

func TestRegistrySpillMatchesMemory(t *testing.T) {
	for _, tc := range []struct {
		name      string
		docs      int
		budget    int
		wantSpill bool
	}{
		{"no budget", 300, 0, false},
		{"budget never reached", 300, 1 << 30, false},
		{"spill after every document", 300, 1, true},
		{"spill every few documents", 300, 2000, true},
		{"one document", 1, 1, true},
		{"no documents", 0, 1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			batches := registryBatches(tc.docs, 7)
			ref := newRegistryBuilder()
			for _, r := range batches {
				ref.add(r)
			}
			want := ref.rows()

			dir := t.TempDir()
			b := newRegistryBuilder()
			b.budget, b.dir = tc.budget, dir
			for _, r := range batches {
				if err := b.add(r); err != nil {
					t.Fatal(err)
				}
			}
			if spilled := len(b.runs) > 0; spilled != tc.wantSpill {
				t.Fatalf("spilled %d runs, want spilling %v", len(b.runs), tc.wantSpill)
			}
			var got []RegistryRow
			if err := b.each(func(r *RegistryRow) error { got = append(got, *r); return nil }); err != nil {
				t.Fatal(err)
			}
			if len(want) == 0 && len(got) == 0 {
				return
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("merged runs differ from the registry held in memory:\n got %d rows %+v\nwant %d rows %+v", len(got), got, len(want), want)
			}
			if left, _ := os.ReadDir(dir); len(left) != 0 {
				t.Errorf("run files left behind: %v", left)
			}
		})
	}
}

// The merge joins a key's parts across runs as add joins them in memory:
// a document met twice in a row is listed once even when the two batches
// fall in different runs.
func TestRegistrySpillJoinsAcrossRuns(t *testing.T) {
	one := Rows{
		Documents: []DocumentRow{{DocID: "a"}},
		People:    []PersonRow{{DocID: "a", Name: "Nguyễn Văn An", NameKey: "k"}},
		Titles:    []TitleRow{{DocID: "a", Person: "Nguyễn Văn An", PersonKey: "k", Title: "Bí thư"}},
	}
	other := Rows{
		Documents: []DocumentRow{{DocID: "b"}},
		People:    []PersonRow{{DocID: "b", Name: "Nguyễn Văn Ân", NameKey: "k"}},
	}
	b := newRegistryBuilder()
	b.budget, b.dir = 1, t.TempDir()
	for _, r := range []Rows{one, one, other} {
		if err := b.add(r); err != nil {
			t.Fatal(err)
		}
	}
	if len(b.runs) != 3 {
		t.Fatalf("%d runs, want 3", len(b.runs))
	}
	var got []RegistryRow
	if err := b.each(func(r *RegistryRow) error { got = append(got, *r); return nil }); err != nil {
		t.Fatal(err)
	}
	want := []RegistryRow{{PersonKey: "k", Name: "Nguyễn Văn An", Docs: []string{"a", "b"},
		Titles: []RegistryTitle{{Title: "Bí thư", DocID: "a"}, {Title: "Bí thư", DocID: "a"}}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

// A run file cut short or damaged reads back as an error, never as rows.
func TestRegistryRunCorrupt(t *testing.T) {
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	d := int32(20000)
	putRegistryRow(w, &RegistryRow{PersonKey: "k", Name: "n", Docs: []string{"a", "b"}, Titles: []RegistryTitle{{Title: "t", DocID: "a", Date: &d}}})
	w.Flush()
	whole := buf.Bytes()
	r, err := getRegistryRow(bufio.NewReader(bytes.NewReader(whole)))
	if err != nil || r.PersonKey != "k" || len(r.Docs) != 2 || *r.Titles[0].Date != d {
		t.Fatalf("whole row read back as %+v, %v", r, err)
	}
	for cut := 1; cut < len(whole); cut++ {
		if _, err := getRegistryRow(bufio.NewReader(bytes.NewReader(whole[:cut]))); !errors.Is(err, io.ErrUnexpectedEOF) {
			t.Errorf("row cut at %d of %d bytes: err %v, want unexpected EOF", cut, len(whole), err)
		}
	}
	huge := append([]byte{0xff, 0xff, 0xff, 0xff, 0x0f}, whole...) // a length of 4 GiB
	if _, err := getRegistryRow(bufio.NewReader(bytes.NewReader(huge))); !errors.Is(err, errRunCorrupt) {
		t.Errorf("absurd length: err %v, want errRunCorrupt", err)
	}
}

// A Writer whose registry spills writes the same people_registry, and
// leaves no run file behind, whether it closes or aborts.
func TestWriterRegistrySpills(t *testing.T) {
	batches := registryBatches(200, 11)
	var all Rows
	for _, r := range batches {
		all.Append(r)
	}
	for _, abort := range []bool{false, true} {
		out, runs := t.TempDir(), t.TempDir()
		w, err := NewWriter(out)
		if err != nil {
			t.Fatal(err)
		}
		w.registry.budget, w.registry.dir = 500, runs
		for _, r := range all.Split() {
			if err := w.Add(r); err != nil {
				t.Fatal(err)
			}
		}
		if len(w.registry.runs) < 2 {
			t.Fatalf("%d runs spilled, want several", len(w.registry.runs))
		}
		if abort {
			w.Abort()
		} else {
			if _, err := w.Close(); err != nil {
				t.Fatal(err)
			}
			got, err := ReadRegistry(out)
			if err != nil {
				t.Fatal(err)
			}
			if want := Registry(all); !reflect.DeepEqual(got, want) {
				t.Errorf("people_registry from spilled runs differs from the one held in memory: %d rows, want %d", len(got), len(want))
			}
		}
		if left, _ := os.ReadDir(runs); len(left) != 0 {
			t.Errorf("abort %v: run files left behind: %v", abort, left)
		}
	}
}
