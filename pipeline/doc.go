// Package pipeline is the runner: it reads inputs into Documents, runs the
// stages it is given in the order given, records one failure as one row and
// goes on, and hands back rows ordered by doc_id whatever the scheduling.
// It never imports the extractors; cmd wires them in.
package pipeline
