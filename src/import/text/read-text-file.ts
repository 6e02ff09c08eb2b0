import {decodeUtf8} from '../../read/read-text.js'
import type {ReadSource} from '../read-source.js'
import {paragraphsFromLines, withContents, withTables, type SourceLine} from './read-text-lines.js'
import type {LineSegment} from './table-lines.js'

/**
 * Reads a text file (text already extracted from a PDF, like the seed) by the tool's one rule for
 * text (`decodeUtf8`): strict UTF-8, an invalid byte an error at its line and column naming the
 * bytes, a byte order mark refused; pages split at form feeds. Tables are found where the text
 * keeps the page's layout (`pdftotext -layout`): columns by character positions.
 */
export function readTextFile(bytes: Uint8Array, file: string): ReadSource {
  const text = decodeUtf8(bytes, file)
  const lines: SourceLine[] = []
  let page = 1
  text.split(/\r?\n/).forEach((raw, index) => {
    const pieces = raw.split('\f')
    pieces.forEach((piece, at) => {
      if (at > 0) page++
      lines.push({text: piece, page, line: index + 1, segments: segmentsOf(piece)})
    })
  })
  // Text laid out as the page was (`pdftotext -layout`): tables by their columns of characters, rows by blank lines or first cells.
  return paragraphsFromLines(withTables(withContents(lines), (line) => ({y: -(line.line ?? 0), size: 1}), 2), file, 'txt')
}

/** A line's stretches of text set apart by three spaces or more (a column gap in laid-out text), with their columns. */
function segmentsOf(line: string): LineSegment[] {
  return [...line.matchAll(/\S+(?: {1,2}\S+)*/g)].map((match) => ({
    text: match[0],
    x: match.index,
    pieces: [...match[0].matchAll(/\S+/g)].map((word) => ({text: word[0], x: match.index + word.index, spaceBefore: true}))
  }))
}
