// Package ingest turns input bytes (plain-text articles, HTML pages, record
// files) into Documents: it decodes the charset, drops page chrome, takes
// metadata (title, publication date, authors, URL, site) from the page or the
// text, and normalizes the text once, before any stage runs. It never
// extracts entities; that is the stages' job.
package ingest
