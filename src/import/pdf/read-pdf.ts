import {ImportError} from '../import-error.js'
import type {ProgressSink} from '../progress.js'
import type {ReadSource} from '../read-source.js'
import {paragraphsFromLines, withContents, withTables, type SourceLine} from '../text/read-text-lines.js'
import type {LineSegment} from '../text/table-lines.js'

/** A piece of text on a PDF page, where it stands: baseline `y` (up from the bottom) and left edge `x`, in points. */
interface Piece {
  text: string
  x: number
  y: number
  width: number
  size: number
}

/**
 * Reads a PDF's text layer (pdfjs-dist, loaded only for a PDF) into lines with their left edges,
 * page by page, then into paragraphs as text files are, with each paragraph's left edge as its
 * indent so that nesting and tails follow the layout. A PDF without a text layer (a scan) and an
 * encrypted PDF are refused.
 */
export async function readPdf(bytes: Uint8Array, file: string, progress?: ProgressSink): Promise<ReadSource> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  let document: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>
  try {
    document = await pdfjs.getDocument({data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false}).promise
  } catch (error) {
    const name = (error as Error).name
    if (name === 'PasswordException') throw new ImportError('Unexpected encrypted PDF, expected a PDF without a password', {file})
    throw new ImportError(`Unexpected damaged PDF (${(error as Error).message}), expected a PDF with a text layer`, {file})
  }
  const lines: SourceLine[] = []
  for (let page = 1; page <= document.numPages; page++) {
    const content = await (await document.getPage(page)).getTextContent()
    const pieces: Piece[] = []
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue
      const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[]
      pieces.push({text: item.str, x, y, width: item.width, size: Math.hypot(a, b) || 10})
    }
    lines.push(...linesOf(pieces, page))
    progress?.({file, unit: 'pages', done: page, total: document.numPages, fraction: page / document.numPages})
  }
  await document.destroy()
  if (!lines.some((line) => line.text.trim() !== '')) {
    throw new ImportError(`Unexpected PDF without a text layer (${document.numPages} page${document.numPages === 1 ? '' : 's'} of images, a scan?), expected a PDF with text: run OCR first, or import the Word document`, {file})
  }
  // Tables by the positions of their text: columns by left edges, rows by baselines (ruled or not).
  return paragraphsFromLines(withTables(withContents(lines), (line) => ({y: line.y ?? 0, size: line.size ?? 10}), 3), file, 'pdf')
}

/** Pieces on one baseline (within a third of the text size) make a line; a gap wider than a fifth of the size is a space. */
function linesOf(pieces: Piece[], page: number): SourceLine[] {
  const sorted = [...pieces].sort((p, q) => q.y - p.y || p.x - q.x)
  const rows: Piece[][] = []
  for (const piece of sorted) {
    const row = rows[rows.length - 1]
    if (row && Math.abs((row[0] as Piece).y - piece.y) <= piece.size / 3) row.push(piece)
    else rows.push([piece])
  }
  return rows.map((row) => {
    const ordered = row.sort((p, q) => p.x - q.x)
    let text = ''
    let end = Number.NEGATIVE_INFINITY
    for (const piece of ordered) {
      if (text !== '' && !/\s$/.test(text) && !/^\s/.test(piece.text) && piece.x - end > piece.size / 5) text += ' '
      text += piece.text
      end = piece.x + piece.width
    }
    const first = ordered[0] as Piece
    return {text, page, x: first.x, y: first.y, size: Math.max(...ordered.map((piece) => piece.size)), segments: segmentsOf(ordered)}
  })
}

/** A line's stretches of text set apart by a column gap (wider than one and a half times the text size), whitespace pieces passed over. */
function segmentsOf(ordered: readonly Piece[]): LineSegment[] {
  const segments: Array<LineSegment & {pieces: NonNullable<LineSegment['pieces']>}> = []
  let end = Number.NEGATIVE_INFINITY
  let spaced = false
  for (const piece of ordered) {
    if (piece.text.trim() === '') {
      spaced = true
      continue
    }
    const last = segments[segments.length - 1]
    const spaceBefore = spaced || piece.x - end > piece.size / 5 || /^\s/.test(piece.text)
    const text = piece.text.replace(/\s+/g, ' ').trim()
    if (last && piece.x - end <= 1.5 * piece.size) {
      last.text += (spaceBefore || /\s$/.test(last.text) ? ' ' : '') + text
      last.pieces.push({text, x: piece.x, spaceBefore: spaceBefore || /\s$/.test(last.text)})
    } else segments.push({text, x: piece.x, pieces: [{text, x: piece.x, spaceBefore: true}]})
    end = piece.x + piece.width
    spaced = /\s$/.test(piece.text)
  }
  return segments
}
