package vi

import (
	"sort"
	"sync"
)

// DocVocab is the vocabulary of numbered documents: the head words written
// before a number, and what the parts of a symbol stand for. Each list is
// one data file under lexicon/.
type DocVocab struct {
	// head words ("Quyết định", "Công điện"), longest first
	Types []string
	// type part of a symbol ("QĐ") -> head word
	TypeCodes map[string]string
	// issuer part of a symbol ("TU", "BGDĐT") -> body
	IssuerCodes map[string]string
	// head letter of a sector code ("B") -> body word ("Bộ")
	SectorHeads map[string]string
	// sector code ("GDĐT") -> sector ("Giáo dục và Đào tạo")
	Sectors map[string]string
}

var (
	docOnce  sync.Once
	docVocab *DocVocab
)

// Docs returns the document vocabulary, loaded once.
func Docs() *DocVocab {
	docOnce.Do(func() {
		v := &DocVocab{
			Types:       Lines("doctypes.txt"),
			TypeCodes:   Map("doccodes.txt"),
			IssuerCodes: Map("issuercodes.txt"),
			SectorHeads: map[string]string{},
			Sectors:     map[string]string{},
		}
		sort.SliceStable(v.Types, func(i, j int) bool { return len(v.Types[i]) > len(v.Types[j]) })
		for _, f := range Records("sectors.txt") {
			if len(f) < 3 {
				continue
			}
			switch f[0] {
			case "head":
				v.SectorHeads[f[1]] = f[2]
			case "sector":
				v.Sectors[f[1]] = f[2]
			}
		}
		docVocab = v
	})
	return docVocab
}

// ExpandIssuer names the body behind a symbol's issuer code: a listed code
// ("TU", "BGDĐT"), or a head letter and a sector ("SGDĐT" is Sở + Giáo dục
// và Đào tạo, "BYT" Bộ + Y tế).
func (v *DocVocab) ExpandIssuer(code string) (string, bool) {
	if n, ok := v.IssuerCodes[code]; ok {
		return n, true
	}
	for _, r := range code {
		head, ok := v.SectorHeads[string(r)]
		if !ok {
			return "", false
		}
		if sec, ok := v.Sectors[code[len(string(r)):]]; ok {
			return head + " " + sec, true
		}
		return "", false
	}
	return "", false
}
