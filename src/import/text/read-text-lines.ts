import {startsBlock, sectionTitle} from '../recognise-structure.js'
import type {RemovedFurniture, SourceDocument, SourceParagraph} from '../source-paragraph.js'
import {isFurnitureLine, removeFurnitureInText, learnRunningLines, shape} from './furniture.js'

/** A line of text from a text file or a PDF page, with where it stands and its left edge where known. */
export interface SourceLine {
  text: string
  page: number
  /** 1-based line of a text file. */
  line?: number
  /** Left edge in points (PDF). */
  x?: number
  /** Baseline, in points up from the bottom of the page, and the text size (PDF). */
  y?: number
  size?: number
}

/**
 * Turns lines of extracted text into paragraphs: furniture removed (whole lines, and the running
 * footer caught inside a line), wrapped lines joined with a space and hyphenated words rejoined.
 * A line ends its paragraph when the next one starts a block (a clause number, a label, a Section
 * title) or when it ends with closing punctuation and the next line's first word would have fit on
 * it (so the line break was the author's, not the typesetter's). Blank lines carry no meaning: text
 * extracted from a PDF puts them between every line or none.
 */
export function paragraphsFromLines(lines: readonly SourceLine[], file: string, kind: 'txt' | 'pdf'): SourceDocument & {dehyphenated: number} {
  const pages = new Map<number, string[]>()
  for (const line of lines) pages.set(line.page, [...(pages.get(line.page) ?? []), line.text])
  const running = learnRunningLines([...pages.values()], startsBlock)
  const paged = pages.size > 1
  const furniture: RemovedFurniture[] = []
  const kept: SourceLine[] = []
  for (const line of lines) {
    const text = line.text.replace(/\s+/g, ' ').trim()
    if (text === '') continue
    const place = {file, ...(paged && {page: line.page}), ...(line.line !== undefined && {line: line.line})}
    if (isFurnitureLine(text) || running.has(shape(text))) furniture.push({text, place, midLine: false})
    else kept.push({...line, text})
  }
  const width = Math.max(1, ...kept.map((line) => line.text.length))
  const paragraphs: SourceParagraph[] = []
  let current: SourceLine[] = []
  let dehyphenated = 0
  const flush = (): void => {
    if (current.length === 0) return
    const first = current[0] as SourceLine
    let text = ''
    for (const line of current) {
      if (text === '') text = line.text
      else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line.text)) {
        text = text.slice(0, -1) + line.text
        dehyphenated++
      } else if (/\p{L}-$/u.test(text) && /^\p{Lu}/u.test(line.text)) text += line.text
      else text += ` ${line.text}`
    }
    const place = {file, ...(paged && {page: first.page}), ...(first.line !== undefined && {line: first.line})}
    const cleaned = removeFurnitureInText(text)
    for (const found of cleaned.found) furniture.push({text: found, place, midLine: true})
    text = cleaned.text
    const paragraph: SourceParagraph = {runs: [{type: 'equal', text}], place}
    if (first.x !== undefined) paragraph.indent = Math.round(first.x)
    paragraphs.push(paragraph)
    current = []
  }
  for (let index = 0; index < kept.length; index++) {
    const line = kept[index] as SourceLine
    const next = kept[index + 1]
    if (startsBlock(line.text)) flush()
    current.push(line)
    if (sectionTitle(line.text) !== undefined || !next || startsBlock(next.text) || ended(current, next, width) || laidApart(current, next)) flush()
  }
  flush()
  return {file, kind, paragraphs, furniture, comments: [], plain: kind === 'txt', dehyphenated}
}

/**
 * Where the source has layout (PDF): the next line starts a paragraph when it stands further below
 * than a line's height and a half, in another text size, left of the paragraph's first line, or away
 * from the left edge its wrapped lines keep.
 */
function laidApart(lines: readonly SourceLine[], next: SourceLine): boolean {
  const first = lines[0] as SourceLine
  const last = lines[lines.length - 1] as SourceLine
  if (next.x === undefined || first.x === undefined || last.y === undefined || next.y === undefined) return false
  if (next.page !== last.page) return false
  if (last.y - next.y > 1.45 * (last.size ?? 10) || Math.abs((next.size ?? 10) - (last.size ?? 10)) > 0.5) return true
  if (next.x < first.x - 1) return true
  const second = lines[1]
  return second?.x !== undefined && Math.abs(next.x - second.x) > 1
}

/** Whether the paragraph so far ends at its last line: closing punctuation, and room for the next word on that line. */
function ended(lines: readonly SourceLine[], next: SourceLine, width: number): boolean {
  const last = lines[lines.length - 1] as SourceLine
  if (!/[.;:,]$/.test(last.text)) return false
  const local = lines.length > 1 ? Math.max(...lines.map((line) => line.text.length)) : width
  const firstWord = next.text.split(' ')[0] ?? ''
  return last.text.length + 1 + firstWord.length < 0.9 * local
}
