package pipeline

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// Input is one document to read: its doc_id, where it came from, a name
// whose extension picks the reader, and how to get its bytes.
type Input struct {
	ID, Source, Name string
	Load             func() ([]byte, error)
	Size             int64  // bytes, when known before loading (0 if not)
	Published        string // a record's own publication date, if any
	PublishedIsCrawl bool   // Published is when the record was crawled (WARC-Date)
	URL              string
}

// textExts are the file kinds a folder walk picks up.
var textExts = map[string]bool{".html": true, ".htm": true, ".txt": true}

// Collect expands paths (files, folders walked recursively, "-" for
// standard input) into inputs. A folder's documents get doc_ids relative to
// the folder's parent, so "corpus/dantri-2021/x.txt" run as
// "corpus/dantri-2021" is "dantri-2021/x".
func Collect(paths []string) ([]Input, error) {
	var out []Input
	for _, p := range paths {
		if p == "-" {
			data, err := io.ReadAll(os.Stdin)
			if err != nil {
				return nil, fmt.Errorf("standard input: %w", err)
			}
			out = append(out, Input{ID: "stdin", Source: "-", Name: "stdin", Load: func() ([]byte, error) { return data, nil }})
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			ins, err := fileInputs(p, filepath.Dir(p))
			if err != nil {
				return nil, err
			}
			out = append(out, ins...)
			continue
		}
		root := filepath.Dir(filepath.Clean(p))
		err = filepath.WalkDir(p, func(fp string, de fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if de.IsDir() {
				if strings.HasPrefix(de.Name(), ".") && fp != p {
					return filepath.SkipDir
				}
				return nil
			}
			ext := strings.ToLower(filepath.Ext(fp))
			if !textExts[ext] && !isRecordFile(fp) {
				return nil
			}
			ins, err := fileInputs(fp, root)
			if err != nil {
				return err
			}
			out = append(out, ins...)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

func isRecordFile(p string) bool {
	l := strings.ToLower(p)
	return strings.HasSuffix(l, ".jsonl") || strings.HasSuffix(l, ".jsonl.gz") || strings.HasSuffix(l, ".ndjson") || isWARC(l)
}

func isWARC(l string) bool { return strings.HasSuffix(l, ".warc") || strings.HasSuffix(l, ".warc.gz") }

// DocID is a path relative to root, with "/" separators and no extension.
func DocID(p, root string) string {
	rel, err := filepath.Rel(root, p)
	if err != nil || strings.HasPrefix(rel, "..") {
		rel = filepath.Base(p)
	}
	rel = filepath.ToSlash(rel)
	return strings.TrimSuffix(rel, path.Ext(rel))
}

func fileInputs(p, root string) ([]Input, error) {
	if isWARC(strings.ToLower(p)) {
		return warcInputs(p)
	}
	if isRecordFile(p) {
		return jsonlInputs(p)
	}
	var size int64
	if st, err := os.Stat(p); err == nil {
		size = st.Size()
	}
	return []Input{{ID: DocID(p, root), Source: p, Name: filepath.Base(p), Size: size, Load: func() ([]byte, error) { return os.ReadFile(p) }}}, nil
}

// record is one line of a JSON Lines crawl file.
type record struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Published string `json:"published"`
	HTML      string `json:"html"`
	Text      string `json:"text"`
}

// jsonlInputs reads a JSON Lines file (gzip or not) into inputs, one per
// record; a line that does not parse becomes an input that fails with the
// file and line number.
func jsonlInputs(p string) ([]Input, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(strings.ToLower(p), ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		defer gz.Close()
		r = gz
	}
	var out []Input
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 256<<20)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var rec record
		src := fmt.Sprintf("%s:%d", p, line)
		if err := json.Unmarshal(b, &rec); err != nil {
			e := fmt.Errorf("%s: bad JSON record: %w", src, err)
			out = append(out, Input{ID: fmt.Sprintf("%s#%d", filepath.Base(p), line), Source: src, Name: "record", Load: func() ([]byte, error) { return nil, e }})
			continue
		}
		id := rec.ID
		if id == "" {
			id = rec.URL
		}
		if id == "" {
			id = fmt.Sprintf("%s#%d", filepath.Base(p), line)
		}
		name, body := "record.txt", rec.Text
		if rec.HTML != "" {
			name, body = "record.html", rec.HTML
		}
		data := []byte(body)
		out = append(out, Input{ID: id, Source: src, Name: name, Published: rec.Published, URL: rec.URL, Load: func() ([]byte, error) { return data, nil }})
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("%s:%d: %w", p, line+1, err)
	}
	return out, nil
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
// a fan-out agrees on who takes which document.
func InShard(in []Input, index, count int) []Input {
	var out []Input
	for _, x := range in {
		h := fnv.New64a()
		h.Write([]byte(x.ID))
		if int(h.Sum64()%uint64(count)) == index {
			out = append(out, x)
		}
	}
	return out
}
