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

/** The offset of the first byte of the first sequence that is not valid UTF-8 (overlong forms and surrogates included). */
function firstInvalidByte(bytes: Uint8Array): number {
  let at = 0
  while (at < bytes.length) {
    const lead = bytes[at] ?? 0
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0
    if (length === 0) return at
    const valid = (() => {
      try {
        new TextDecoder('utf-8', {fatal: true}).decode(bytes.subarray(at, at + length))
        return at + length <= bytes.length
      } catch {
        return false
      }
    })()
    if (!valid) return at
    at += length
  }
  return at
}
