/**
 * Test-side reader of the PDF annex: its text as poppler's `pdftotext` extracts it, in reading
 * order, without the page header and footer. The renderer never sees this: it proves that a real
 * PDF reader gets every word back, in order.
 */
import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'

/** poppler's pdftotext, where installed (CI installs poppler-utils: see .ci/run). */
export const PDFTOTEXT = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((file) => existsSync(file))

/** Whether PDF text tests run: where pdftotext is installed, and always in CI (where a missing pdftotext fails them). */
export const canReadPdf = PDFTOTEXT !== undefined || Boolean(process.env.CI)

/** The raw text of a PDF by `pdftotext` (reading order; `-layout` to keep the page layout; `-raw` in the order the pages draw it). */
export function pdfText(pdf: Uint8Array, options: {layout?: boolean; raw?: boolean} = {}): string {
  if (!PDFTOTEXT) throw new Error('pdftotext is not installed: .ci/run installs poppler-utils')
  return execFileSync(PDFTOTEXT, [...(options.layout ? ['-layout'] : []), ...(options.raw ? ['-raw'] : []), '-enc', 'UTF-8', '-', '-'], {input: pdf, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
}

/**
 * The words of a PDF annex in reading order, as `pdftotext -layout` gives them (line by line, top
 * to bottom: plain `pdftotext` guesses columns, and reads a column of labels before their text
 * when the lines are short). Left out: the page header (title line), the footer (classification,
 * "Page n of m") and the form feeds between pages. The directional embedding marks pdftotext puts
 * around right-to-left text (U+202A–U+202E) count as spaces: it moves a space next to such text
 * inside the marks.
 */
export function pdfWords(pdf: Uint8Array, frame: {header: string; classification: string}): string[] {
  const footer = new RegExp(`^(?:${escapeRegExp(frame.classification)})?\\s*(?:Page \\d+ of \\d+)?$`)
  return pdfText(pdf, {layout: true})
    .replace(DIRECTIONAL_MARKS, ' ')
    .split(/[\n\f]/)
    .filter((line) => line.trim() !== frame.header && !footer.test(line.trim()))
    .join(' ')
    .split(/\s+/)
    .filter((word) => word !== '')
}

/** The directional embedding and override characters (U+202A–U+202E), which the reader counts as spaces: text compared with what it reads must count them the same way. */
export const DIRECTIONAL_MARKS = /[\u202a-\u202e]/g

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Where `words` stand in `text` as one unbroken sequence, at or after `from`, or -1. */
export function indexOfWords(text: readonly string[], words: readonly string[], from = 0): number {
  for (let start = from; start + words.length <= text.length; start++) {
    if (words.every((word, index) => text[start + index] === word)) return start
  }
  return -1
}
