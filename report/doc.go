// Package report builds one self-contained HTML page over a run's tables,
// for the analyst who would rather look than query: counts per table, who
// held which title when (a timeline per person from people_registry), the
// most cited documents and their issuers, figures whose percentage
// disagrees with their ratio, and the documents that failed or carry
// warnings.
//
// It reads tables, never extracts; the page loads nothing from the network
// (inline CSS and SVG, no script).
package report
