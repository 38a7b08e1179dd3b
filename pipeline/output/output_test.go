package output

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
)

// tree lists every path under dir (relative), with folders marked by a
// trailing slash.
func tree(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || p == dir {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() {
			rel += "/"
		}
		out = append(out, filepath.ToSlash(rel))
		return nil
	})
	sort.Strings(out)
	return out
}

func write(t *testing.T, f *Folder, rel, text string) {
	t.Helper()
	w, err := f.Create(rel)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.WriteString(text); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

func read(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestKeepsEverythingElse writes into a folder that holds inputs, a .git
// folder, subfolders and foreign files (the README's `run --out "$PWD"
// corpus`), and checks that only the tool's own files changed, and that
// the folder keeps its inode (a mount point cannot be renamed), mode and
// group.
func TestKeepsEverythingElse(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"corpus/a.txt", ".git/HEAD", "src/deep/x.go", "notes.txt", "documents.parquet"} {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(p)), 0o755)
		os.WriteFile(filepath.Join(dir, p), []byte("user "+p), 0o640)
	}
	if err := os.Chmod(dir, 0o2775); err != nil {
		t.Fatal(err)
	}
	before, _ := os.Stat(dir)
	f, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	write(t, f, "documents.parquet", "new documents")
	write(t, f, "people.parquet", "new people")
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	want := []string{".git/", ".git/HEAD", ".vnextract.lock", "corpus/", "corpus/a.txt", "documents.parquet", "notes.txt", "people.parquet", "src/", "src/deep/", "src/deep/x.go"}
	if got := tree(t, dir); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("folder after the run:\n got %v\nwant %v", got, want)
	}
	for _, p := range []string{"corpus/a.txt", ".git/HEAD", "src/deep/x.go", "notes.txt"} {
		if got := read(t, filepath.Join(dir, p)); got != "user "+p {
			t.Errorf("%s changed: %q", p, got)
		}
	}
	if got := read(t, filepath.Join(dir, "documents.parquet")); got != "new documents" {
		t.Errorf("documents.parquet = %q", got)
	}
	after, _ := os.Stat(dir)
	if after.Mode() != before.Mode() {
		t.Errorf("folder mode %v, was %v", after.Mode(), before.Mode())
	}
	if !os.SameFile(before, after) {
		t.Error("the folder itself was replaced: a mount point would fail")
	}
	if st, _ := os.Stat(filepath.Join(dir, "documents.parquet")); st.Mode().Perm() != 0o640 {
		t.Errorf("replaced table has mode %v, the old one had 0640", st.Mode().Perm())
	}
}

// TestFreshFolderFollowsUmask checks a new output folder and its tables get
// the permissions the umask gives, not 0700/0600.
func TestFreshFolderFollowsUmask(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	dir := filepath.Join(t.TempDir(), "out")
	f, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	write(t, f, "documents.parquet", "x")
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(dir); st.Mode().Perm() != 0o755 {
		t.Errorf("fresh folder mode %v, want 0755", st.Mode().Perm())
	}
	if st, _ := os.Stat(filepath.Join(dir, "documents.parquet")); st.Mode().Perm() != 0o644 {
		t.Errorf("fresh table mode %v, want 0644", st.Mode().Perm())
	}
}

// TestSecondRunRefused: a second Open of a held folder fails at once with a
// message naming the folder; the first run's files are untouched, and the
// folder is free again once the first commits.
func TestSecondRunRefused(t *testing.T) {
	dir := t.TempDir()
	first, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	write(t, first, "documents.parquet", "first")
	if _, err := Open(dir); err == nil || !strings.Contains(err.Error(), "in use by another vnextract run") {
		t.Fatalf("second Open: %v", err)
	}
	// another shard of the same run is not blocked by it, nor by itself
	s0, err := OpenShard(dir, "shard=00000")
	if err != nil {
		t.Fatalf("a shard beside a whole run: %v", err)
	}
	if _, err := OpenShard(dir, "shard=00000"); err == nil {
		t.Fatal("the same shard twice: no error")
	}
	s0.Abort()
	if err := first.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := read(t, filepath.Join(dir, "documents.parquet")); got != "first" {
		t.Errorf("first run's table = %q", got)
	}
	again, err := Open(dir)
	if err != nil {
		t.Fatalf("Open after the first run: %v", err)
	}
	again.Abort()
}

// TestAbortLeavesFolderAsItWas removes the temporary files and nothing else.
func TestAbortLeavesFolderAsItWas(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "documents.parquet"), []byte("old"), 0o644)
	f, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	write(t, f, "documents.parquet", "new")
	write(t, f, "people/shard=00001/part-00000.parquet", "new")
	f.Abort()
	if got := read(t, filepath.Join(dir, "documents.parquet")); got != "old" {
		t.Errorf("documents.parquet = %q after Abort", got)
	}
	for _, p := range tree(t, dir) {
		if strings.Contains(p, tmpInfix) {
			t.Errorf("temporary file left: %s", p)
		}
	}
}

// TestKilledPlacementIsFinished simulates a kill after the journal was
// written and one of three renames done: the next Open places the rest and
// writes the markers; stale temporary files of a killed run are removed,
// and files that only look similar are not.
func TestKilledPlacementIsFinished(t *testing.T) {
	dir := t.TempDir()
	const shard = "shard=00002"
	f, err := OpenShard(dir, shard)
	if err != nil {
		t.Fatal(err)
	}
	names := []string{"documents", "people", "dates"}
	for _, n := range names {
		os.MkdirAll(filepath.Join(dir, n, shard), 0o755)
		os.WriteFile(filepath.Join(dir, n, shard, "part-00000.parquet"), []byte("old"), 0o644)
		write(t, f, n+"/"+shard+"/part-00000.parquet", "new")
	}
	markers := []string{"_SUCCESS-" + shard + "-of-00003"}
	j := journal{Renames: f.temps, Markers: markers}
	if err := f.writeJournal(j); err != nil {
		t.Fatal(err)
	}
	one := journal{Renames: j.Renames[:1]}
	if err := f.apply(one); err != nil {
		t.Fatal(err)
	}
	f.lock.Close() // the kill: the kernel drops the lock
	unregister(f)
	// a killed run's stray temporary file, and a user's file that merely
	// looks like one
	stray := filepath.Join(dir, "dates", shard, ".part-00000.parquet"+tmpInfix+shard+"-dead")
	os.WriteFile(stray, []byte("partial"), 0o644)
	users := filepath.Join(dir, "dates", shard, "mine.vnextract-tmp-notes")
	os.WriteFile(users, []byte("mine"), 0o644)

	g, err := OpenShard(dir, shard)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Abort()
	for _, n := range names {
		if got := read(t, filepath.Join(dir, n, shard, "part-00000.parquet")); got != "new" {
			t.Errorf("%s part = %q after recovery", n, got)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, markers[0])); err != nil {
		t.Errorf("marker not written by recovery: %v", err)
	}
	if _, err := os.Stat(g.journalPath()); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("journal left after recovery: %v", err)
	}
	if _, err := os.Stat(stray); !errors.Is(err, os.ErrNotExist) {
		t.Error("a killed run's temporary file was kept")
	}
	if _, err := os.Stat(users); err != nil {
		t.Errorf("a user's file was removed: %v", err)
	}
}

func TestRejectsPathsOutside(t *testing.T) {
	dir := t.TempDir()
	f, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Abort()
	for _, rel := range []string{"../x", "/etc/x", "a/../../x", ""} {
		if _, err := f.Create(rel); err == nil {
			t.Errorf("Create(%q): no error", rel)
		}
	}
	if _, err := OpenShard(dir, "../x"); err == nil {
		t.Error("OpenShard with a slash: no error")
	}
}

// TestSignalRemovesTemporaryFiles runs a helper process that holds a
// folder with a half-written file, sends it SIGTERM and SIGINT, and checks
// that it died by the signal and left no temporary file.
func TestSignalRemovesTemporaryFiles(t *testing.T) {
	if os.Getenv("OUTPUT_SIGNAL_HELPER") != "" {
		return
	}
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		dir := t.TempDir()
		cmd := exec.Command(os.Args[0], "-test.run=^TestSignalHelper$")
		cmd.Env = append(os.Environ(), "OUTPUT_SIGNAL_HELPER="+dir)
		stdout, _ := cmd.StdoutPipe()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(stdout)
		for sc.Scan() && sc.Text() != "ready" {
		}
		cmd.Process.Signal(sig)
		err := cmd.Wait()
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatalf("%v: helper ended with %v", sig, err)
		}
		if ws, ok := ee.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != sig {
			t.Errorf("%v: helper did not die by the signal: %v", sig, err)
		}
		for _, p := range tree(t, dir) {
			if strings.Contains(p, tmpInfix) {
				t.Errorf("%v: temporary file left: %s", sig, p)
			}
		}
		if got := read(t, filepath.Join(dir, "keep.txt")); got != "user" {
			t.Errorf("%v: user's file = %q", sig, got)
		}
	}
}

func TestSignalHelper(t *testing.T) {
	dir := os.Getenv("OUTPUT_SIGNAL_HELPER")
	if dir == "" {
		t.Skip("run by TestSignalRemovesTemporaryFiles")
	}
	os.WriteFile(filepath.Join(dir, "keep.txt"), []byte("user"), 0o644)
	f, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	w, _ := f.Create("documents.parquet")
	w.WriteString("half")
	g, _ := OpenShard(dir, "shard=00001")
	g.Create("people/shard=00001/part-00000.parquet")
	os.Stdout.WriteString("ready\n")
	select {}
}
