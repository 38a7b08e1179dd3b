package pipeline

// InFlightDocs is the reader's lead over the writer, a worker's share, for
// the external tests that check records are streamed.
const InFlightDocs = inFlightDocs
