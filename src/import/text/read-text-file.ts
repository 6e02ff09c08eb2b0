import {ImportError} from '../import-error.js'
import type {SourceDocument} from '../source-paragraph.js'
import {paragraphsFromLines, type SourceLine} from './read-text-lines.js'

/**
 * Reads a text file (text already extracted from a PDF, like the seed): strict UTF-8 (an invalid
 * byte is an error naming its line and column, never replaced), pages split at form feeds.
 */
export function readTextFile(bytes: Uint8Array, file: string): SourceDocument & {dehyphenated: number} {
  let text: string
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    const at = firstInvalidByte(bytes)
    const before = new TextDecoder().decode(bytes.subarray(0, at))
    const line = before.split('\n').length
    throw new ImportError(`Unexpected invalid UTF-8 at byte ${at} (column ${before.length - before.lastIndexOf('\n')}), expected text in UTF-8`, {file, line})
  }
  const lines: SourceLine[] = []
  let page = 1
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, index) => {
    const pieces = raw.split('\f')
    pieces.forEach((piece, at) => {
      if (at > 0) page++
      lines.push({text: piece, page, line: index + 1})
    })
  })
  return paragraphsFromLines(lines, file, 'txt')
}

/** The offset of the first byte that does not decode as UTF-8. */
function firstInvalidByte(bytes: Uint8Array): number {
  let low = 0
  let high = bytes.length
  // The longest valid prefix: decoding is monotone in the prefix length, up to an incomplete sequence at the end.
  const valid = (end: number): boolean => {
    try {
      new TextDecoder('utf-8', {fatal: true}).decode(bytes.subarray(0, end), {stream: true})
      return true
    } catch {
      return false
    }
  }
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (valid(middle)) low = middle
    else high = middle - 1
  }
  return low
}
