// Package vi is the Vietnamese language layer every stage that reads names,
// titles, bodies or places goes through: the one tokenizer (every token
// carries code-point and byte offsets), the syllable check, the typed
// lexicon, loaded once from the data files under lexicon/, in which every
// word category is defined once, and the noun-phrase grammar built on it
// (Grammar: person name, honorific, title chain, body name, place after a
// level word), whose functions read tokens only and are tested alone.
//
// It imports pipeline/doc and its own data packages (gazetteer, names,
// lunar) only. It must not add mentions to a document or
// know about any stage: stages call it, never the other way round.
package vi
