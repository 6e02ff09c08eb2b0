import {readDocx} from './docx/read-docx-paragraphs.js'
import {isZip, startsWith} from './docx/read-docx-package.js'
import type {ProgressSink} from './progress.js'
import type {Dehyphenation, SourceDocument} from './source-paragraph.js'
import {readTextFile} from './text/read-text-file.js'

/** A source document read into paragraphs, with every word rejoined across a hyphenated line end. */
export type ReadSource = SourceDocument & {dehyphenated: Dehyphenation[]}

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-
const CFB = [0xd0, 0xcf, 0x11, 0xe0]

/**
 * Reads a source by its content, not its name: a zip (or an encrypted Office file) as Word, `%PDF-`
 * as PDF, anything else as UTF-8 text. A `.docx` or `.pdf` name on other content is refused.
 * `progress` hears how far a Word or PDF reader is (a text file is read at once).
 */
export async function readSource(bytes: Uint8Array, file: string, progress?: ProgressSink): Promise<ReadSource> {
  const lower = file.toLowerCase()
  if (isZip(bytes) || startsWith(bytes, CFB) || lower.endsWith('.docx')) return {...readDocx(bytes, file, progress), dehyphenated: []}
  if (startsWith(bytes, PDF) || lower.endsWith('.pdf')) {
    const {readPdf} = await import('./pdf/read-pdf.js')
    return readPdf(bytes, file, progress)
  }
  return readTextFile(bytes, file)
}
