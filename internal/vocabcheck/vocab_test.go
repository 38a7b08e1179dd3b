// Package vocabcheck holds one test: the stages and the language layer take
// their words from the lexicon, and their Go code spells none.
package vocabcheck

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// orthography names the files whose literals are letters, not words: the
// syllable check lists Vietnamese onsets and vowels.
var orthography = map[string]bool{"lang/vi/syllable.go": true}

// The language layer's own packages (the gazetteer, the lunar calendar,
// names) are read too: their words live in their data files.
//
// A string literal holding a letter Vietnamese writes with a mark (ă, ơ, đ,
// ế, …) is a word that belongs in a data file under lang/vi/lexicon. Every
// Go file of the stages and of the language layer is read, so a new file is
// held to it without being listed. Comments may quote Vietnamese freely.
// (Words of plain ASCII letters, "ban", cannot be told from identifiers
// here; review catches those.)
func TestNoVietnameseWordsInCode(t *testing.T) {
	var files []string
	for _, dir := range []string{"extractors", "lang/vi", "lang/vi/*"} {
		m, err := filepath.Glob(filepath.Join("..", "..", dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	read := 0
	for _, path := range files {
		rel := filepath.ToSlash(strings.TrimPrefix(path, filepath.Join("..", "..")+string(filepath.Separator)))
		if strings.HasSuffix(rel, "_test.go") || orthography[rel] {
			continue
		}
		read++
		for _, lit := range markedLiterals(t, path) {
			t.Errorf("%s spells a Vietnamese word; put it in the lexicon", lit)
		}
	}
	if read < 20 {
		t.Fatalf("read only %d files: the paths are wrong", read)
	}
}

// markedLiterals returns the position and text of every string literal in
// the Go file that holds a non-ASCII letter.
func markedLiterals(t *testing.T, file string) []string {
	t.Helper()
	fs := token.NewFileSet()
	f, err := parser.ParseFile(fs, file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	ast.Inspect(f, func(n ast.Node) bool {
		lit, ok := n.(*ast.BasicLit)
		if !ok || lit.Kind != token.STRING {
			return true
		}
		s, err := strconv.Unquote(lit.Value)
		if err != nil {
			t.Fatalf("%s: %v", fs.Position(lit.Pos()), err)
		}
		for _, r := range s {
			if r > unicode.MaxASCII && unicode.IsLetter(r) {
				out = append(out, fs.Position(lit.Pos()).String()+" "+lit.Value)
				break
			}
		}
		return true
	})
	return out
}
