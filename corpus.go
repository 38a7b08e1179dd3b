// Package vnextract holds what the command embeds: the default corpus
// (the seed articles and HTML pages in testdata/corpus) that "vnextract run"
// processes when it is given no paths.
package vnextract

import (
	"embed"
	"io/fs"
)

//go:embed testdata/corpus
var corpus embed.FS

// DefaultCorpus returns the embedded articles, rooted at the corpus folder
// (paths like "seeds/000_94cb08bf75aa2b23.txt").
func DefaultCorpus() fs.FS {
	sub, err := fs.Sub(corpus, "testdata/corpus")
	if err != nil {
		panic(err) // the path is compiled in
	}
	return sub
}
