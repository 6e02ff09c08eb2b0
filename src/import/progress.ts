/**
 * How far a reader is through a source, for a progress line on a terminal: paragraphs read from a
 * Word document (with the share of its body read), pages read from a PDF. Readers call it now and
 * then; the library never prints.
 */
export interface ReadProgress {
  file: string
  unit: 'paragraphs' | 'pages'
  done: number
  /** Pages in the PDF; absent for a Word document, whose paragraph count is known only at the end. */
  total?: number
  /** The share of the source read, 0 to 1. */
  fraction: number
}

/** Receives progress reports; the CLI draws them on a terminal. */
export type ProgressSink = (progress: ReadProgress) => void
