package vi

// EventCue is how an article says what a person did at the event it
// reports ("chủ trì", "phát biểu"), or that a body organized it: one
// predicate of lexicon/eventcues.txt with its parts.
type EventCue struct {
	Predicate string
	Cues      []string // phrases that say it, longer before shorter
	Then      []string // one of these must follow a cue
	Not       []string // none of these may follow a cue
	Lead      []string // words that may stand between a body and the cue
}

// EventCues reads lexicon/eventcues.txt, predicates in the order of their
// first line. Stages build their patterns from it once, in the
// constructor.
func (l *Lexicon) EventCues() []EventCue {
	var out []EventCue
	at := map[string]int{}
	for _, f := range Records("eventcues.txt") {
		if len(f) < 3 {
			continue
		}
		k, ok := at[f[0]]
		if !ok {
			k = len(out)
			at[f[0]] = k
			out = append(out, EventCue{Predicate: f[0]})
		}
		c := &out[k]
		switch f[1] {
		case "cue":
			c.Cues = append(c.Cues, f[2])
		case "then":
			c.Then = append(c.Then, f[2])
		case "not":
			c.Not = append(c.Not, f[2])
		case "lead":
			c.Lead = append(c.Lead, f[2])
		}
	}
	return out
}

// RelieveCues are the verbs of lexicon/appointcues.txt that take a person
// out of a post ("thôi giữ chức", "miễn nhiệm"), as written there.
func (l *Lexicon) RelieveCues() map[string]bool { return Set("relievecues.txt", true) }
