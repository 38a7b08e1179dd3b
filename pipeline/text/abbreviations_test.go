package text

import "testing"

// The list is read from its data file: an empty or unread file would make
// every "TP." end a sentence.
func TestAbbreviationsLoaded(t *testing.T) {
	for _, w := range []string{"TP", "ThS", "PGS.TS", "NSƯT", "ĐH"} {
		if !abbreviations[w] {
			t.Errorf("%q missing from abbreviations.txt", w)
		}
	}
	if abbreviations["Hà"] || abbreviations["# Abbreviations whose dot does not end a sentence (\"TP. Hồ Chí"] {
		t.Error("comment or ordinary word read as an abbreviation")
	}
}
