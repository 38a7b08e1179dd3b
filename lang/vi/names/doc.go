// Package names knows Vietnamese personal names: family names ranked by
// frequency, with the ethnic groups that use them (Hmong "Giàng", Thái
// "Lò", "Tòng") and the compound ones ("Tôn Thất", "Âu Dương"); and given
// names of one and two syllables with the genders they are listed for.
// (Year names of the sexagenary cycle, "Đinh Dậu", which look like a family
// name and a given name, belong to lang/vi/lunar.)
//
// The data is generated from third-party lists by internal/gen (see
// data/NOTICE), embedded, and parsed once on first use. Names are stored
// normalized as article text is (pipeline/text.Normalize); lookups ignore
// case.
//
// It holds data and lookups only; deciding whether a capitalized run in a
// sentence is a person belongs to the grammar that uses it.
package names
