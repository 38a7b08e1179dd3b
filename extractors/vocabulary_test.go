package extractors

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"testing"
	"unicode"
)

// The stages that read names, titles, bodies and places take their words
// from the lexicon; their Go code spells none. A string literal holding a
// letter Vietnamese writes with a mark (ă, ơ, đ, ế, …) is a word that
// belongs in a data file under lang/vi/lexicon. Comments may quote
// Vietnamese freely. (Words of plain ASCII letters, "ban", cannot be told
// from identifiers here; review catches those.)
func TestNoVietnameseWordsInCode(t *testing.T) {
	for _, f := range []string{"people.go", "entities.go", "appointments.go", "linker.go", "figures.go", "docrefs.go", "dates.go", "dates_words.go"} {
		for _, lit := range markedLiterals(t, f) {
			t.Errorf("%s: %s spells a Vietnamese word; put it in the lexicon", f, lit)
		}
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
