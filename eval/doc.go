// Package eval scores extraction rows against gold annotations with the
// rules of SPEC.md: normalized keys, optional items, alternative values,
// unit prefix matching, ratios, and doc_type / issued accuracy on matched
// references. It reads rows and gold files; it never extracts.
package eval
