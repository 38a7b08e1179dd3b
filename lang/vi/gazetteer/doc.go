// Package gazetteer knows Vietnam's administrative units before and after
// the 2025 reorganization: their names, types (tỉnh, thành phố, huyện, quận,
// thị xã, xã, phường, thị trấn, đặc khu), the province (and, before 2025, the
// district) that holds each, and which units of today an old one became.
//
// It is what tells a place from a person when a place name begins with a
// family name ("huyện Triệu Phong", "Vũ Quang"), and what lets a table say
// which unit a name is. The data is generated from third-party lists by
// internal/gen (see data/NOTICE), embedded, and parsed once on first use.
// Names are stored normalized as article text is (pipeline/text.Normalize);
// lookups ignore case, runs of spaces and the spaces around a hyphen.
//
// It holds data and lookups only: no text scanning beyond matching a name
// at the start of a string, and no imports of the pipeline or extractors.
package gazetteer
