package pipeline

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// TestJSONLRecordsOwnTheirText: readJSONL reads every line into one
// buffer, so a record must hold a copy of its parts, never a slice of the
// line. Lines long and short, plain and escaped, are all read before any
// record is loaded; each must still hold its own text.
func TestJSONLRecordsOwnTheirText(t *testing.T) {
	var file bytes.Buffer
	var want []string
	for i, n := range []int{200, 5, 3000, 40, 1, 800, 2} {
		text := fmt.Sprintf("%d %s", i, strings.Repeat(string(rune('a'+i)), n))
		esc := ""
		if i%2 == 1 {
			esc = `\n`
			text += "\n"
		}
		fmt.Fprintf(&file, "{\"id\":\"r%d\",\"text\":\"%s%s\"}\n", i, strings.TrimSuffix(text, "\n"), esc)
		want = append(want, text)
	}
	var got []Input
	readJSONL(bytes.NewReader(file.Bytes()), "f.jsonl", false, 1<<20, Fields{}, func(in Input) bool {
		got = append(got, in)
		return true
	})
	if len(got) != len(want) {
		t.Fatalf("%d records, want %d", len(got), len(want))
	}
	for i, in := range got {
		b, err := in.Load()
		if err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
		if string(b) != want[i] || in.Text != want[i] || in.ID != fmt.Sprintf("r%d", i) {
			t.Errorf("record %d is %q, Text %q (id %q), want %q", i, b, in.Text, in.ID, want[i])
		}
	}
}

// TestJSONLRecordsValidUTF8: a record's text is valid UTF-8 whatever bytes
// its line holds (the flat reader takes valid strings only, encoding/json
// replaces bad bytes), so a record may be marked ValidUTF8 for
// ingest.ReadValidString. A bad byte and a lone surrogate escape come out as
// U+FFFD.
func TestJSONLRecordsValidUTF8(t *testing.T) {
	file := "{\"id\":\"a\",\"text\":\"Hà Nội \xff ngày\"}\n{\"id\":\"b\",\"text\":\"x \\ud800 y\"}\n{\"id\":\"c\",\"text\":\"Đảng ủy\"}\n"
	want := []string{"Hà Nội \uFFFD ngày", "x \uFFFD y", "Đảng ủy"}
	i := 0
	readJSONL(strings.NewReader(file), "f.jsonl", false, 1<<20, Fields{}, func(in Input) bool {
		b, err := in.Load()
		if err != nil || !in.ValidUTF8 || string(b) != want[i] {
			t.Errorf("record %d: %q (err %v, ValidUTF8 %v), want %q marked valid", i, b, err, in.ValidUTF8, want[i])
		}
		i++
		return true
	})
	if i != len(want) {
		t.Fatalf("%d records, want %d", i, len(want))
	}
}

// TestLineSource: a record's source is named as fmt's "%s:%d" names it.
func TestLineSource(t *testing.T) {
	for _, c := range []struct {
		p    string
		line int
	}{{"a.jsonl", 0}, {"a.jsonl", 1}, {"dir/b 100%.jsonl.gz", 10}, {"", 123456}, {"x:y", -3}} {
		if got, want := lineSource(c.p, c.line), fmt.Sprintf("%s:%d", c.p, c.line); got != want {
			t.Errorf("lineSource(%q, %d) = %q, want %q", c.p, c.line, got, want)
		}
	}
}
