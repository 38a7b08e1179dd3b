// Package vi is the Vietnamese language layer every stage that reads names,
// titles, bodies or places goes through: the one tokenizer (every token
// carries code-point and byte offsets), the syllable check, and the typed
// lexicon, loaded once from the data files under lexicon/, in which every
// word category is defined once.
//
// It imports pipeline/doc only. It must not add mentions to a document or
// know about any stage: stages call it, never the other way round.
package vi
