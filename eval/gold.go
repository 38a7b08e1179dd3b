package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Gold is one document's hand-made truth (SPEC "Gold annotations").
type Gold struct {
	Doc          string       `json:"doc"`
	Published    *string      `json:"published"`
	Authors      []string     `json:"authors"`
	People       []GoldPerson `json:"people"`
	Dates        []GoldDate   `json:"dates"`
	DocumentRefs []GoldRef    `json:"document_refs"`
	Figures      []GoldFigure `json:"figures"`
	Path         string       `json:"-"`
}

type GoldPerson struct {
	Name           string   `json:"name"`
	Titles         []string `json:"titles"`
	VerbTitles     []string `json:"verb_titles"`
	OptionalTitles []string `json:"optional_titles"`
	Optional       bool     `json:"optional"`
}

type GoldDate struct {
	Text     string   `json:"text"`
	Value    string   `json:"value"`
	Alt      []string `json:"alt"`
	Optional bool     `json:"optional"`
}

type GoldRef struct {
	Text     string   `json:"text"`
	DocType  string   `json:"doc_type"`
	Ref      string   `json:"ref"`
	Issued   *string  `json:"issued"`
	Issuer   string   `json:"issuer"`
	Alt      []string `json:"alt"`
	Optional bool     `json:"optional"`
}

type GoldFigure struct {
	Text     string   `json:"text"`
	Value    float64  `json:"value"`
	Of       *float64 `json:"of"`
	Unit     string   `json:"unit"`
	Alt      []any    `json:"alt"`
	Optional bool     `json:"optional"`
}

// LoadGold reads every *.json file under dir (recursively), keyed by the
// "doc" field.
func LoadGold(dir string) (map[string]*Gold, error) {
	out := map[string]*Gold{}
	err := filepath.WalkDir(dir, func(p string, de os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if de.IsDir() || !strings.HasSuffix(p, ".json") {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		var g Gold
		if err := json.Unmarshal(b, &g); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		if g.Doc == "" {
			g.Doc = strings.TrimSuffix(filepath.Base(p), ".json")
		}
		g.Path = p
		if _, dup := out[g.Doc]; dup {
			return fmt.Errorf("%s: doc %q is annotated twice", p, g.Doc)
		}
		out[g.Doc] = &g
		return nil
	})
	return out, err
}

// SortedDocs lists gold doc names in order.
func SortedDocs(g map[string]*Gold) []string {
	var ks []string
	for k := range g {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
