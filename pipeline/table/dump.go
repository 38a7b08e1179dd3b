package table

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// Dump renders rows as readable text: each document's header, then one
// section per table with every row on one line, its span, its text and
// every column that holds a value (NULL, ”, false and empty lists are left
// out, so a new column shows only where it says something). It is what
// "vnextract show" prints and what golden files hold, so it is stable and
// diffs well. The row structs' tags decide what is shown (see schema.go).
func Dump(r Rows) string {
	var b strings.Builder
	docs := perDocument[0]
	rows := docs.rowsOf(&r)
	for i := range rows.Len() {
		row := rows.Index(i)
		for _, c := range docs.Columns() {
			if c.Name == "doc_id" {
				fmt.Fprintf(&b, "# document %s\n", row.Field(c.index).String())
				continue
			}
			if v, ok := show(c, row.Field(c.index)); ok && c.dump != "-" {
				fmt.Fprintf(&b, "%s: %s\n", c.Name, v)
			}
		}
	}
	for _, t := range perDocument[1:] {
		rows := t.rowsOf(&r)
		fmt.Fprintf(&b, "\n## %s (%d)\n", t.Name(), rows.Len())
		for i := range rows.Len() {
			b.WriteString(line(t.Columns(), rows.Index(i)))
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// line is one row: "start-end «text» column=value … flag … [rule]".
func line(cols []Column, row reflect.Value) string {
	var head, body []string
	field := map[string]reflect.Value{}
	for _, c := range cols {
		v := row.Field(c.index)
		field[c.Name] = v
		switch {
		case c.dump == "-", c.Name == "doc_id", c.Name == "sentence", c.Name == "start", c.Name == "end", c.Name == "rule":
		case c.dump == "quote":
			head = append(head, "«"+v.String()+"»")
		case c.Type == "bool" && v.Kind() == reflect.Bool:
			if v.Bool() {
				body = append(body, c.Name)
			}
		default:
			if s, ok := show(c, v); ok {
				body = append(body, c.Name+"="+s)
			}
		}
	}
	if s, ok := field["start"]; ok {
		head = append([]string{fmt.Sprintf("%d-%d", s.Int(), field["end"].Int())}, head...)
	}
	out := strings.Join(append(head, body...), " ")
	if r, ok := field["rule"]; ok {
		out += " [" + r.String() + "]"
	}
	return out
}

// show formats one value, false when it holds nothing (NULL, ”, an empty
// list or false).
func show(c Column, v reflect.Value) (string, bool) {
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return "", false
		}
		v = v.Elem()
	}
	switch {
	case c.Type == "date":
		return time.Unix(v.Int()*86400, 0).UTC().Format("2006-01-02"), true
	case v.Kind() == reflect.String:
		return v.String(), v.String() != ""
	case v.Kind() == reflect.Int32:
		return strconv.FormatInt(v.Int(), 10), true
	case v.Kind() == reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'f', -1, 64), true
	case v.Kind() == reflect.Bool:
		return strconv.FormatBool(v.Bool()), c.Nullable || v.Bool()
	case v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.String:
		var parts []string
		for i := range v.Len() {
			parts = append(parts, v.Index(i).String())
		}
		return strings.Join(parts, "; "), len(parts) > 0
	}
	return fmt.Sprint(v.Interface()), true
}
