import {decodeUtf8} from '../../read/read-text.js'
import type {SourceDocument} from '../source-paragraph.js'
import {paragraphsFromLines, type SourceLine} from './read-text-lines.js'

/**
 * Reads a text file (text already extracted from a PDF, like the seed) by the tool's one rule for
 * text (`decodeUtf8`): strict UTF-8, an invalid byte an error at its line and column naming the
 * bytes, a byte order mark refused; pages split at form feeds.
 */
export function readTextFile(bytes: Uint8Array, file: string): SourceDocument & {dehyphenated: number} {
  const text = decodeUtf8(bytes, file)
  const lines: SourceLine[] = []
  let page = 1
  text.split(/\r?\n/).forEach((raw, index) => {
    const pieces = raw.split('\f')
    pieces.forEach((piece, at) => {
      if (at > 0) page++
      lines.push({text: piece, page, line: index + 1})
    })
  })
  return paragraphsFromLines(lines, file, 'txt')
}
