import {ImportError} from '../import-error.js'
import type {ReadSource} from '../read-source.js'

/** Reads a PDF's text layer into paragraphs (not built yet). */
export function readPdf(_bytes: Uint8Array, file: string): Promise<ReadSource> {
  return Promise.reject(new ImportError('PDF import is not available yet, expected a .docx or a .txt', {file}))
}
