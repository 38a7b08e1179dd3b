// Package text normalizes Vietnamese text (NFC, one tone-mark placement,
// white space) and splits it into sentences. Every pattern downstream is
// written for the normalized form, so normalization runs before any stage.
// It must not change text in ways that break offsets after it has run: it
// is applied once, before the Document's text is fixed.
package text
