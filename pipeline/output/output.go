package output

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// Folder is an output folder held by this process until Commit or Abort.
type Folder struct {
	dir  string
	tag  string // "run" for a whole run, else the shard's folder name
	lock *os.File

	mu    sync.Mutex
	temps []rename // files created and not yet placed
	done  bool
}

// rename is one file's move from its temporary name to its final one; both
// are relative to the folder, with slashes, so a journal never points
// outside it.
type rename struct {
	Temp  string `json:"temp"`
	Final string `json:"final"`
}

// journal is what Commit is about to do, written before the first rename so
// that a run killed half way through the renames is finished by the next
// one (roll forward): every rename, then every marker.
type journal struct {
	Renames []rename `json:"renames"`
	Markers []string `json:"markers"`
}

const tmpInfix = ".vnextract-tmp-"

// Open takes dir (created when missing, with the mode the umask gives) for a
// whole run. It fails at once, before any work, when another process holds
// it.
func Open(dir string) (*Folder, error) { return open(dir, "run") }

// OpenShard takes dir for one shard of a run fanned out over processes: the
// shards of one run write side by side, each locking only its own name, and
// each writes only under <table>/<shard>/ and its own markers.
func OpenShard(dir, shard string) (*Folder, error) {
	if shard == "" || shard == "run" || strings.ContainsAny(shard, `/\`) || shard == "." || shard == ".." {
		return nil, fmt.Errorf("output: bad shard name %q", shard)
	}
	return open(dir, shard)
}

func open(dir, tag string) (*Folder, error) {
	dir = filepath.Clean(dir)
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return nil, fmt.Errorf("output folder %s: %w", dir, err)
	}
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("output folder %s: %w", dir, err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("output folder %s is not a folder", dir)
	}
	lockPath := filepath.Join(dir, lockName(tag))
	lock, err := os.OpenFile(lockPath, os.O_RDWR|os.O_CREATE, 0o666)
	if err != nil {
		return nil, fmt.Errorf("output folder %s: cannot create the lock file: %w", dir, err)
	}
	if err := lockFile(lock); err != nil {
		lock.Close()
		if errors.Is(err, errLocked) {
			return nil, fmt.Errorf("output folder %s is in use by another vnextract run (lock %s); wait for it to finish or choose another output folder", dir, lockPath)
		}
		return nil, fmt.Errorf("output folder %s: lock %s: %w", dir, lockPath, err)
	}
	f := &Folder{dir: dir, tag: tag, lock: lock}
	if err := f.recover(); err != nil {
		lock.Close()
		return nil, err
	}
	register(f)
	return f, nil
}

func lockName(tag string) string {
	if tag == "run" {
		return ".vnextract.lock"
	}
	return ".vnextract-" + tag + ".lock"
}

func (f *Folder) journalPath() string {
	return filepath.Join(f.dir, ".vnextract-"+f.tag+".journal")
}

// Dir is the folder's path.
func (f *Folder) Dir() string { return f.dir }

// Create opens a new file that Commit will put at rel (a path inside the
// folder, with slashes). Until then it lives under a temporary name beside
// rel, so the folder never shows a half-written file at rel. A file that
// already stands at rel keeps its permission bits in the new one.
func (f *Folder) Create(rel string) (*os.File, error) {
	if !filepath.IsLocal(filepath.FromSlash(rel)) {
		return nil, fmt.Errorf("output: %q is not a path inside the folder", rel)
	}
	final := filepath.Join(f.dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(final), 0o777); err != nil {
		return nil, err
	}
	var rnd [6]byte
	rand.Read(rnd[:])
	temp := filepath.Join(filepath.Dir(final), "."+filepath.Base(final)+tmpInfix+f.tag+"-"+hex.EncodeToString(rnd[:]))
	file, err := os.OpenFile(temp, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
	if err != nil {
		return nil, err
	}
	if st, err := os.Lstat(final); err == nil && st.Mode().IsRegular() {
		file.Chmod(st.Mode().Perm())
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.done {
		file.Close()
		os.Remove(temp)
		return nil, errors.New("output: folder already committed or aborted")
	}
	relTemp, _ := filepath.Rel(f.dir, temp)
	f.temps = append(f.temps, rename{Temp: filepath.ToSlash(relTemp), Final: rel})
	return file, nil
}

// Commit puts every created file at its final path, then writes markers
// (empty files, e.g. _SUCCESS) at the given paths, and lets the folder go.
// The callers' files must be written and closed. Markers are removed first,
// so while the renames run a reader sees no marker; a kill at any point
// leaves a journal that the next Open of the same folder finishes.
func (f *Folder) Commit(markers ...string) error {
	err := f.commit(markers)
	unregister(f)
	f.lock.Close()
	return err
}

func (f *Folder) commit(markers []string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.done {
		return errors.New("output: folder already committed or aborted")
	}
	f.done = true
	for _, m := range markers {
		if !filepath.IsLocal(filepath.FromSlash(m)) {
			f.removeTemps()
			return fmt.Errorf("output: marker %q is not a path inside the folder", m)
		}
	}
	for _, r := range f.temps {
		if err := syncFile(filepath.Join(f.dir, filepath.FromSlash(r.Temp))); err != nil {
			f.removeTemps()
			return err
		}
	}
	for _, m := range markers {
		p := filepath.Join(f.dir, filepath.FromSlash(m))
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			f.removeTemps()
			return err
		}
		syncDir(filepath.Dir(p))
	}
	j := journal{Renames: f.temps, Markers: markers}
	if err := f.writeJournal(j); err != nil {
		f.removeTemps()
		return err
	}
	f.temps = nil
	// From here the journal owns the temporary files: on failure they stay
	// for the next run to place.
	if err := f.apply(j); err != nil {
		return fmt.Errorf("output folder %s: placing the tables: %w (the next run into this folder finishes the placement)", f.dir, err)
	}
	if err := os.Remove(f.journalPath()); err != nil {
		return err
	}
	return syncDir(f.dir)
}

// Abort removes every file created and not yet placed, and lets the folder
// go. The folder is left as it was.
func (f *Folder) Abort() {
	f.mu.Lock()
	if !f.done {
		f.done = true
		f.removeTemps()
	}
	f.mu.Unlock()
	unregister(f)
	f.lock.Close()
}

// removeTemps is called with f.mu held.
func (f *Folder) removeTemps() {
	for _, r := range f.temps {
		os.Remove(filepath.Join(f.dir, filepath.FromSlash(r.Temp)))
	}
	f.temps = nil
}

func (f *Folder) writeJournal(j journal) error {
	b, err := json.Marshal(j)
	if err != nil {
		return err
	}
	p := f.journalPath()
	tmp := p + ".new"
	w, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o666)
	if err != nil {
		return err
	}
	if _, err := w.Write(b); err != nil {
		w.Close()
		os.Remove(tmp)
		return err
	}
	if err := w.Sync(); err != nil {
		w.Close()
		os.Remove(tmp)
		return err
	}
	if err := w.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, p); err != nil {
		os.Remove(tmp)
		return err
	}
	return syncDir(f.dir)
}

// apply carries out a journal; it is idempotent, so a kill during it and a
// second apply by the next run give the same folder.
func (f *Folder) apply(j journal) error {
	dirs := map[string]bool{}
	for _, r := range j.Renames {
		if !filepath.IsLocal(filepath.FromSlash(r.Temp)) || !filepath.IsLocal(filepath.FromSlash(r.Final)) {
			return fmt.Errorf("journal names a path outside the folder: %q -> %q", r.Temp, r.Final)
		}
		temp := filepath.Join(f.dir, filepath.FromSlash(r.Temp))
		final := filepath.Join(f.dir, filepath.FromSlash(r.Final))
		if _, err := os.Lstat(temp); errors.Is(err, fs.ErrNotExist) {
			continue // placed before the kill
		}
		if err := os.Rename(temp, final); err != nil {
			return err
		}
		dirs[filepath.Dir(final)] = true
	}
	for _, m := range j.Markers {
		if !filepath.IsLocal(filepath.FromSlash(m)) {
			return fmt.Errorf("journal names a path outside the folder: %q", m)
		}
		p := filepath.Join(f.dir, filepath.FromSlash(m))
		w, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o666)
		if err != nil {
			return err
		}
		if err := w.Close(); err != nil {
			return err
		}
		dirs[filepath.Dir(p)] = true
	}
	for d := range dirs {
		if err := syncDir(d); err != nil {
			return err
		}
	}
	return nil
}

// recover finishes a placement a killed run of the same tag left in its
// journal, and removes that tag's temporary files a killed run left
// behind. Only names this package makes are touched.
func (f *Folder) recover() error {
	os.Remove(f.journalPath() + ".new")
	b, err := os.ReadFile(f.journalPath())
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return fmt.Errorf("output folder %s: %w", f.dir, err)
	default:
		var j journal
		if err := json.Unmarshal(b, &j); err != nil {
			return fmt.Errorf("output folder %s: unreadable journal %s (%v); remove it to start afresh", f.dir, f.journalPath(), err)
		}
		if err := f.apply(j); err != nil {
			return fmt.Errorf("output folder %s: finishing an interrupted placement: %w", f.dir, err)
		}
		if err := os.Remove(f.journalPath()); err != nil {
			return err
		}
		syncDir(f.dir)
	}
	removeStale(f.dir, f.tag)
	if f.tag != "run" {
		ents, _ := os.ReadDir(f.dir)
		for _, e := range ents {
			if e.IsDir() {
				removeStale(filepath.Join(f.dir, e.Name(), f.tag), f.tag)
			}
		}
	}
	return nil
}

// removeStale removes this tag's temporary files directly in dir.
func removeStale(dir, tag string) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range ents {
		if IsTemp(e.Name(), tag) && e.Type().IsRegular() {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// IsTemp reports whether name is a temporary file this package made for tag.
func IsTemp(name, tag string) bool {
	return strings.HasPrefix(name, ".") && strings.Contains(name, tmpInfix+tag+"-")
}

func syncFile(p string) error {
	w, err := os.OpenFile(p, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	if err := w.Sync(); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}

func syncDir(p string) error {
	d, err := os.Open(p)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) && !errors.Is(err, errNotSupported) {
		return err
	}
	return nil
}
