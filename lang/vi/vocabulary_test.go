package vi

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"testing"
	"unicode"
)

// The noun-phrase grammar reads its words from the lexicon; its Go code
// spells none. A string literal holding a letter Vietnamese writes with a
// mark (ă, ơ, đ, ế, …) is a word that belongs in a data file under
// lexicon/. Comments may quote Vietnamese freely.
func TestNoVietnameseWordsInGrammar(t *testing.T) {
	for _, file := range []string{"grammar.go", "person.go", "title.go", "body.go", "grammarwords.go", "eventcues.go"} {
		fs := token.NewFileSet()
		f, err := parser.ParseFile(fs, file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
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
					t.Errorf("%s: %s spells a Vietnamese word; put it in the lexicon", fs.Position(lit.Pos()), lit.Value)
					break
				}
			}
			return true
		})
	}
}
