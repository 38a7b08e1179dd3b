package vi

import "testing"

func TestEventCues(t *testing.T) {
	cues := Lex().EventCues()
	var preds []string
	byPred := map[string]EventCue{}
	for _, c := range cues {
		preds = append(preds, c.Predicate)
		byPred[c.Predicate] = c
		if len(c.Cues) == 0 {
			t.Errorf("%s: no cue", c.Predicate)
		}
	}
	want := []string{"chaired", "spoke_at", "awarded", "attended", "organized"}
	if len(preds) != len(want) {
		t.Fatalf("predicates %v, want %v", preds, want)
	}
	for i := range want {
		if preds[i] != want[i] {
			t.Errorf("predicate %d: %q, want %q (file order)", i, preds[i], want[i])
		}
	}
	if a := byPred["attended"]; len(a.Cues) != 3 || a.Cues[2] != "dự" || len(a.Not) == 0 {
		t.Errorf("attended: %+v", a)
	}
	if a := byPred["awarded"]; len(a.Then) == 0 || a.Then[0] != "tặng" {
		t.Errorf("awarded: %+v", a)
	}
	if o := byPred["organized"]; len(o.Lead) != 4 || o.Cues[0] != "tổ chức" {
		t.Errorf("organized: %+v", o)
	}
}

// A verb that relieves is one of the appointment verbs the stage matches:
// one that is not would never be seen.
func TestRelieveCuesAreCues(t *testing.T) {
	all := map[string]bool{}
	for _, c := range Lines("appointcues.txt") {
		all[c] = true
	}
	rc := Lex().RelieveCues()
	if len(rc) == 0 {
		t.Fatal("no relieving verb")
	}
	for c := range rc {
		if !all[c] {
			t.Errorf("%q relieves but is not in appointcues.txt", c)
		}
	}
}
