package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// block is one fenced code block of README.md.
type block struct {
	lang, code string
	line       int // where it starts, for messages
}

func readmeBlocks(t *testing.T) []block {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var out []block
	var cur *block
	for i, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "```") {
			if cur == nil {
				cur = &block{lang: strings.TrimSpace(l[3:]), line: i + 1}
			} else {
				out = append(out, *cur)
				cur = nil
			}
			continue
		}
		if cur != nil {
			cur.code += l + "\n"
		}
	}
	return out
}

// TestReadmeUsageLines checks that every flag the README's usage lines
// show is one the command has, and every command they name exists.
func TestReadmeUsageLines(t *testing.T) {
	flag := regexp.MustCompile(`--[a-z][a-z0-9-]*|(?:^|[\[ ])(-[a-z])\b`)
	n := 0
	for _, b := range readmeBlocks(t) {
		if b.lang != "" || !isUsage(b.code) {
			continue
		}
		var cmd string
		for _, l := range strings.Split(b.code, "\n") {
			f := strings.Fields(l)
			switch {
			case len(f) >= 2 && f[0] == "vnextract" && !strings.HasPrefix(f[1], "-"):
				cmd = f[1]
			case len(f) >= 2 && f[0] == "vnextract":
				cmd = ""
			case len(f) > 0 && strings.HasPrefix(f[0], "["):
				// a continuation of the command above
			default:
				continue
			}
			root := newRoot(&app{stdout: new(strings.Builder), stderr: new(strings.Builder)})
			// what cobra adds when it runs
			root.InitDefaultCompletionCmd()
			root.InitDefaultVersionFlag()
			c := root
			if cmd != "" {
				found, _, err := root.Find([]string{cmd})
				if err != nil || found == root {
					t.Errorf("README line %d: no command %q", b.line, cmd)
					continue
				}
				c = found
			}
			n++
			for _, m := range flag.FindAllStringSubmatch(l, -1) {
				name := strings.TrimSpace(strings.Trim(m[0], "[ "))
				var ok bool
				if strings.HasPrefix(name, "--") {
					ok = c.Flags().Lookup(name[2:]) != nil || c.InheritedFlags().Lookup(name[2:]) != nil
				} else {
					ok = c.Flags().ShorthandLookup(name[1:]) != nil
				}
				if !ok {
					t.Errorf("README line %d: %s has no flag %s", b.line, c.CommandPath(), name)
				}
			}
		}
	}
	if n < 8 {
		t.Errorf("read %d usage lines from README, want the command section's", n)
	}
}

// isUsage reports whether a block is usage lines: each starts with
// "vnextract " or continues the one above.
func isUsage(code string) bool {
	for _, l := range strings.Split(strings.TrimSpace(code), "\n") {
		if !strings.HasPrefix(l, "vnextract ") && !strings.HasPrefix(l, " ") {
			return false
		}
	}
	return true
}

// TestReadmeExamples runs the README's shell and SQL examples as written,
// in order, in a working folder laid out as the README assumes: the
// default corpus's tables in out/ (what `make run` writes), corpus/ and
// my-corpus/ holding articles, and the project's shared folder at
// ../shared when there is one. `make` lines are checked with `make -n`
// (CI runs the targets themselves). Python examples run when pandas or
// polars is installed; else every column name they use is checked against
// the table they read, with DuckDB.
func TestReadmeExamples(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs every README example")
	}
	repo, _ := filepath.Abs("../..")
	tmp := t.TempDir()
	bin := buildBinary(t, tmp)
	work := filepath.Join(tmp, "work")
	os.MkdirAll(work, 0o755)
	os.Symlink(filepath.Join(repo, "testdata/corpus"), filepath.Join(work, "corpus"))
	os.Symlink(filepath.Join(repo, "testdata/corpus/seeds"), filepath.Join(work, "my-corpus"))
	shared := filepath.Join(repo, "..", "shared")
	haveShared := false
	if _, err := os.Stat(filepath.Join(shared, "gold")); err == nil {
		haveShared = true
		os.Symlink(shared, filepath.Join(tmp, "shared"))
	}
	env := append(os.Environ(), "PATH="+tmp+string(os.PathListSeparator)+os.Getenv("PATH"))
	sh := func(line string) {
		t.Helper()
		cmd := exec.Command("sh", "-ec", line)
		cmd.Dir, cmd.Env = work, env
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("README: %s\n%v\n%s", line, err, out)
		}
	}
	// what `make run` does (checked below with make -n), with the binary
	sh(bin + " run --quiet --out out")
	var sqls, pys []block
	ran := 0
	for _, b := range readmeBlocks(t) {
		switch b.lang {
		case "sql":
			sqls = append(sqls, b)
		case "python":
			pys = append(pys, b)
		case "sh":
			for _, l := range strings.Split(b.code, "\n") {
				l = strings.TrimSpace(l)
				if l == "" || strings.HasPrefix(l, "#") {
					continue
				}
				if target, ok := strings.CutPrefix(l, "make "); ok {
					target = strings.Fields(target)[0]
					mk := exec.Command("make", "-n", target)
					mk.Dir = repo
					if out, err := mk.CombinedOutput(); err != nil {
						t.Errorf("README line %d: make -n %s: %v\n%s", b.line, target, err, out)
					}
					continue
				}
				if strings.Contains(l, "../shared") && !haveShared {
					ran++ // counted: it is an example, left for want of data
					t.Logf("README line %d not run: needs the shared folder: %s", b.line, l)
					continue
				}
				ran++
				sh(l)
			}
		}
	}
	if ran < 5 {
		t.Errorf("found %d README shell lines, want them all", ran)
	}
	if len(sqls) < 2 || len(pys) < 2 {
		t.Fatalf("found %d SQL and %d Python examples in README", len(sqls), len(pys))
	}
	var queries []string
	for _, b := range sqls {
		queries = append(queries, b.code)
	}
	for i, res := range duckdbIn(t, work, queries...) {
		// a shard of the small corpus may hold no titles: only the single
		// run's tables must give rows
		if len(res) == 0 && !strings.Contains(sqls[i].code, "/*/") {
			t.Errorf("README line %d: the query returns no rows:\n%s", sqls[i].line, sqls[i].code)
		}
	}
	for _, b := range pys {
		checkPython(t, work, b)
	}
}

// checkPython runs a Python example when its library is installed, else
// checks that each quoted name it uses is a column of the table it reads.
func checkPython(t *testing.T, work string, b block) {
	t.Helper()
	lib := regexp.MustCompile(`(?m)^import (\w+)`).FindStringSubmatch(b.code)
	if lib != nil {
		if err := exec.Command("python3", "-c", "import "+lib[1]).Run(); err == nil {
			cmd := exec.Command("python3", "-c", b.code)
			cmd.Dir = work
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Errorf("README line %d: %v\n%s", b.line, err, out)
			}
			return
		}
	}
	file := regexp.MustCompile(`read_parquet\("([^"]+)"\)`).FindStringSubmatch(b.code)
	if file == nil {
		t.Errorf("README line %d: no read_parquet in the Python example", b.line)
		return
	}
	cols := duckdbIn(t, work, "SELECT column_name FROM (DESCRIBE SELECT * FROM '"+file[1]+"')")[0]
	have := map[string]bool{}
	for _, c := range cols {
		have[c["column_name"].(string)] = true
	}
	for _, m := range regexp.MustCompile(`"([^"]+)"`).FindAllStringSubmatch(b.code, -1) {
		if m[1] != file[1] && !have[m[1]] {
			t.Errorf("README line %d: %s has no column %q", b.line, file[1], m[1])
		}
	}
}

// duckdbIn runs SQL with DuckDB's Node.js package in folder dir and returns
// each statement's rows; it skips when DuckDB is not installed.
func duckdbIn(t *testing.T, dir string, sql ...string) [][]map[string]any {
	t.Helper()
	root, _ := filepath.Abs("../..")
	if _, err := os.Stat(filepath.Join(root, ".tools/duckdb/node_modules/@duckdb/node-api")); err != nil {
		t.Skip("skipping: DuckDB is not installed (run `make duckdb`)")
	}
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("skipping: node is not installed")
	}
	src, err := os.ReadFile(filepath.Join(root, "testdata/duckdb/query.mjs"))
	if err != nil {
		t.Fatal(err)
	}
	// beside node_modules, so that node finds the package
	script := filepath.Join(root, ".tools/duckdb/query.mjs")
	if err := os.WriteFile(script, src, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("node", append([]string{script}, sql...)...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("duckdb: %v\n%s", err, out)
	}
	var res [][]map[string]any
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		var rows []map[string]any
		if err := json.Unmarshal([]byte(line), &rows); err != nil {
			t.Fatalf("duckdb output %q: %v", line, err)
		}
		res = append(res, rows)
	}
	return res
}
