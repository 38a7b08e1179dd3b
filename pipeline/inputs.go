package pipeline

import (
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
)

// Input is one document to read: its doc_id, where it came from, a name
// whose extension picks the reader, and how to get its bytes. A file of
// records (JSON Lines, WARC) is one Input with Records set: its records are
// read one by one as workers take them, so memory follows the documents in
// flight, not the size of the file.
type Input struct {
	ID, Source, Name string
	// Load returns the whole document (embedded files, tests, records
	// already in memory).
	Load func() ([]byte, error)
	// Open, when set, is used instead of Load by the runner, which reads at
	// most its --max-bytes limit (plus one byte, to tell) from it: a file
	// that grows, a device or a pipe cannot make it read more.
	Open             func() (io.ReadCloser, error)
	Size             int64  // bytes, when known before loading (0 if not)
	Published        string // a record's own publication date, if any
	PublishedIsCrawl bool   // Published is when the record was crawled (WARC-Date)
	URL              string
	// ValidUTF8 says what Load returns is valid UTF-8 (a JSON record's
	// text), so reading it need not check that again.
	ValidUTF8 bool
	// Text, when not empty, is what Load returns, already held as a string
	// (a JSON record's text, with ValidUTF8 set): the runner reads it as it
	// stands (ingest.ReadValidString) rather than copy it to bytes and back.
	Text string
	// Normal says that Text reads as plain Unicode Vietnamese, not
	// legacy font text, and is its own normal form (text.Normalize returns
	// it as it is): the record reader's string scan tells, as it reads
	// each code point anyway, so reading it need check neither
	// (ingest.ReadNormalString).
	Normal bool
	// Records, when set, makes this input a file of records: it calls yield
	// with each record in file order (a record or stretch of the file that
	// cannot be read is yielded as an input that fails with the file and
	// line or record), and stops early when yield returns false. limit is
	// the largest record to hold in memory.
	Records func(limit int64, yield func(Input) bool)
}

// textExts are the file kinds a folder walk picks up.
var textExts = map[string]bool{".html": true, ".htm": true, ".txt": true}

// Collect expands paths (files, folders walked recursively, "-" for
// standard input) into inputs. A folder's documents get doc_ids relative to
// the folder's parent, so "corpus/dantri-2021/x.txt" run as
// "corpus/dantri-2021" is "dantri-2021/x". A path named on the command line
// that does not exist is an error (the run cannot start); anything that
// goes wrong inside a folder (an unreadable subfolder, a name too long, a
// FIFO or device) becomes one failed input, so the rest of the folder runs.
func Collect(paths []string) ([]Input, error) { return CollectWith(paths, Options{}) }

// CollectWith is Collect with options: the format of standard input and of
// files named on the command line, and the names of record fields.
func CollectWith(paths []string, opt Options) ([]Input, error) {
	var out []Input
	for _, p := range paths {
		if p == "-" {
			out = append(out, stdinInput(os.Stdin, opt))
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			// named on the command line: a pipe or device is read, bounded
			out = append(out, opt.named(fileInput(p, filepath.Dir(p), st, opt.Fields)))
			continue
		}
		root := filepath.Dir(filepath.Clean(p))
		// a trailing separator makes WalkDir enter a folder named through a
		// symlink (a mounted volume, a linked corpus); below it, links to
		// folders are still not followed
		top := filepath.Clean(p)
		if !strings.HasSuffix(top, string(filepath.Separator)) {
			top += string(filepath.Separator)
		}
		err = filepath.WalkDir(top, func(fp string, de fs.DirEntry, err error) error {
			if err != nil {
				if fp == top {
					return err
				}
				out = append(out, failedInput(DocID(fp, root), fp, err))
				if de != nil && de.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if de.IsDir() {
				if strings.HasPrefix(de.Name(), ".") && fp != top {
					return filepath.SkipDir
				}
				return nil
			}
			ext := strings.ToLower(filepath.Ext(fp))
			if !textExts[ext] && !isRecordFile(fp) {
				return nil
			}
			st, err := os.Stat(fp) // follows a symlink
			if err != nil {
				out = append(out, failedInput(DocID(fp, root), fp, err))
				return nil
			}
			if !st.Mode().IsRegular() {
				// a FIFO would hang the run, a device (/dev/zero behind a
				// symlink) never ends
				out = append(out, failedInput(DocID(fp, root), fp, fmt.Errorf("%s: not a regular file (%s); name it on the command line to read it", fp, kind(st.Mode()))))
				return nil
			}
			out = append(out, fileInput(fp, root, st, opt.Fields))
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

func kind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return m.Type().String()
}

// failedInput is an input that fails with err when read.
func failedInput(id, source string, err error) Input {
	return Input{ID: id, Source: source, Name: "failed", Load: func() ([]byte, error) { return nil, err }}
}

func isRecordFile(p string) bool {
	l := strings.ToLower(p)
	return strings.HasSuffix(l, ".jsonl") || strings.HasSuffix(l, ".jsonl.gz") || strings.HasSuffix(l, ".ndjson") || isWARC(l)
}

func isWARC(l string) bool { return strings.HasSuffix(l, ".warc") || strings.HasSuffix(l, ".warc.gz") }

// DocID is a path relative to root, with "/" separators and no extension.
// Bytes that are not UTF-8 (file names from old archives) are %-escaped, so
// every doc_id is a valid string for Parquet readers.
func DocID(p, root string) string {
	rel, err := filepath.Rel(root, p)
	if err != nil || strings.HasPrefix(rel, "..") {
		rel = filepath.Base(p)
	}
	rel = filepath.ToSlash(rel)
	return ValidID(strings.TrimSuffix(rel, path.Ext(rel)))
}

// ValidID returns id with each byte that is not part of valid UTF-8 written
// as %XX; an id that is valid UTF-8 is returned unchanged.
func ValidID(id string) string {
	if utf8.ValidString(id) {
		return id
	}
	var b strings.Builder
	for i := 0; i < len(id); {
		r, n := utf8.DecodeRuneInString(id[i:])
		if r == utf8.RuneError && n <= 1 {
			fmt.Fprintf(&b, "%%%02X", id[i])
			i++
			continue
		}
		b.WriteString(id[i : i+n])
		i += n
	}
	return b.String()
}

// fileInput is one file: a document, or a file of records.
func fileInput(p, root string, st fs.FileInfo, fields Fields) Input {
	id := DocID(p, root)
	l := strings.ToLower(p)
	if isRecordFile(p) {
		in := Input{ID: id, Source: p, Name: filepath.Base(p)}
		if isWARC(l) {
			in.Records = func(limit int64, yield func(Input) bool) { warcRecords(p, limit, yield) }
		} else {
			in.Records = func(limit int64, yield func(Input) bool) { jsonlRecords(p, limit, fields, yield) }
		}
		return in
	}
	var size int64
	if st.Mode().IsRegular() {
		size = st.Size()
	}
	return Input{ID: id, Source: p, Name: filepath.Base(p), Size: size,
		Open: func() (io.ReadCloser, error) { return os.Open(p) },
		Load: func() ([]byte, error) { return os.ReadFile(p) }}
}

// Expand replaces every file of records by its records, read into memory
// (for benchmarks and small tools; the runner streams them instead).
func Expand(in []Input, limit int64) []Input {
	var out []Input
	for _, x := range in {
		if x.Records == nil {
			out = append(out, x)
			continue
		}
		x.Records(limit, func(r Input) bool {
			out = append(out, r)
			return true
		})
	}
	return out
}

// CollectFS lists the articles of a file system (the embedded corpus) as
// inputs, with doc_ids relative to its root.
func CollectFS(fsys fs.FS) ([]Input, error) {
	var out []Input
	err := fs.WalkDir(fsys, ".", func(p string, de fs.DirEntry, err error) error {
		if err != nil || de.IsDir() || !textExts[strings.ToLower(path.Ext(p))] {
			return err
		}
		out = append(out, Input{ID: strings.TrimSuffix(p, path.Ext(p)), Source: "embedded:" + p, Name: path.Base(p),
			Load: func() ([]byte, error) { return fs.ReadFile(fsys, p) }})
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, err
}

// Sorted returns inputs ordered by doc_id, the order output rows follow.
func Sorted(in []Input) []Input {
	out := append([]Input(nil), in...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// InShard keeps the inputs whose doc_id hashes (FNV-1a, 64 bits) to shard
// index of count. The hash depends on the doc_id alone, so every process of
// a fan-out agrees on who takes which document. A file of records is kept
// with its records filtered the same way as they are read.
func InShard(in []Input, index, count int) []Input {
	mine := func(id string) bool {
		h := fnv.New64a()
		h.Write([]byte(id))
		return int(h.Sum64()%uint64(count)) == index
	}
	var out []Input
	for _, x := range in {
		if x.Records != nil {
			all := x.Records
			x.Records = func(limit int64, yield func(Input) bool) {
				all(limit, func(r Input) bool {
					if !mine(r.ID) {
						return true
					}
					return yield(r)
				})
			}
			out = append(out, x)
			continue
		}
		if mine(x.ID) {
			out = append(out, x)
		}
	}
	return out
}
