import {isHeadingLine, isLabel, isPartHeadingLine, startsBlock, sectionTitle} from '../recognise-structure.js'
import {appendixTitle, inOwnNumbering, isOwnPartHeading, startsOwnClause} from '../recognise-documents.js'
import type {ReadSource} from '../read-source.js'
import type {Dehyphenation, RemovedFurniture, SourceParagraph, TableCell} from '../source-paragraph.js'
import {findContents, findPageFurniture, learnRunningLines, removeFurnitureInText} from './furniture.js'
import {blankLineBreaks} from './blank-lines.js'
import {findTables, joinAcrossPages, type LaidLine, type LineSegment} from './table-lines.js'

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
  /** The stretches of the line that column gaps set apart (PDF, laid-out text): where a table's cells may stand. */
  segments?: LineSegment[]
  /** Where the line holds a table cell (found by position): its text is the whole cell's. */
  cell?: TableCell
  /** A table's header row repeated where the table runs on over a page break: furniture, reported as such. */
  repeatedHeader?: true
  /** A line of a table of contents (its heading and its entries): furniture, reported as such. */
  contents?: true
}

/** The lines with those of the tables of contents marked ({@link findContents}): a number alone in the last stretch of a line is a page number. */
export function withContents(lines: readonly SourceLine[]): SourceLine[] {
  const gapped = (index: number): boolean => {
    const segments = lines[index]?.segments ?? []
    return segments.length > 1 && /^\d{1,4}$/.test(segments[segments.length - 1]?.text ?? '')
  }
  const found = findContents(
    lines.map((line) => line.text),
    gapped
  )
  return lines.map((line, index) => (found.has(index) ? {...line, contents: true as const} : line))
}

/**
 * The lines with the tables found among them by position ({@link findTables}) replaced by one
 * line per cell, row by row, each at the place its text starts: `position` gives a line's height on its
 * page (growing up the page) and its text size; lines without segments (blank) are passed over. Tables are numbered from 1 in the document.
 */
export function withTables(lines: readonly SourceLine[], position: (line: SourceLine) => {y: number; size: number}, tolerance: number): SourceLine[] {
  const kept: Array<{line: SourceLine; laid: LaidLine}> = []
  for (const line of lines) {
    const segments = line.segments ?? []
    if (segments.length === 0 || line.contents) continue
    const firstSegment = (segments[0] as LineSegment).text
    kept.push({line, laid: {page: line.page, ...position(line), segments, startsBlock: startsBlock(firstSegment) || startsBlock(line.text.trim()), ...(isLabel(firstSegment) && {labelled: true})}})
  }
  const laid = kept.map((entry) => entry.laid)
  const found = findTables(laid, tolerance)
  if (found.length === 0) return [...lines]
  // A table that runs on over a page break is one table; the page's furniture between its parts stays to be reported.
  const pageFurniture = furnitureLines(lines)
  const furniture = (index: number): boolean => pageFurniture.has((kept[index] as (typeof kept)[number]).line)
  const {tables, joins} = joinAcrossPages(found, laid, furniture, tolerance)
  const replaced = new Map<SourceLine, SourceLine[]>()
  const dropped = new Set<SourceLine>()
  const repeated = new Set<SourceLine>()
  const between = new Set<number>()
  for (const join of joins) {
    for (const index of join.furniture) between.add(index)
    for (const index of join.repeatedHeader) {
      between.add(index)
      repeated.add((kept[index] as (typeof kept)[number]).line)
    }
  }
  tables.forEach((table, at) => {
    const cells: SourceLine[] = []
    table.rows.forEach((row, rowIndex) =>
      row.forEach((text, column) => {
        const start = (kept[table.starts[rowIndex]?.[column] ?? table.first] as (typeof kept)[number]).line
        // The row at fault carries the reason: the table is refused there, its other cells reported with it.
        const cell: TableCell = {table: at + 1, row: rowIndex, column, ...(table.problem?.row === rowIndex && {problem: table.problem.reason})}
        cells.push({...start, text, cell})
      })
    )
    replaced.set((kept[table.first] as (typeof kept)[number]).line, cells)
    for (let index = table.first + 1; index <= table.last; index++) if (!between.has(index)) dropped.add((kept[index] as (typeof kept)[number]).line)
  })
  return lines.flatMap((line) => replaced.get(line) ?? (repeated.has(line) ? [{...line, repeatedHeader: true as const}] : dropped.has(line) ? [] : [line]))
}

/**
 * The lines that are page furniture ({@link findPageFurniture}): at the top or bottom of their
 * page, a page number, a running footer, or a header or footer the pages repeat
 * ({@link learnRunningLines}). A table's cell is never furniture (a cell may hold a number alone).
 */
function furnitureLines(lines: readonly SourceLine[]): Set<SourceLine> {
  const pages = new Map<number, SourceLine[]>()
  for (const line of lines) pages.set(line.page, [...(pages.get(line.page) ?? []), line])
  const paged = [...pages.values()]
  const running = learnRunningLines(
    paged.map((page) => page.filter((line) => !line.cell && !line.repeatedHeader && !line.contents).map((line) => line.text)),
    startsBlock
  )
  const found = findPageFurniture(
    paged.map((page) => page.map((line) => ({text: line.text.replace(/\s+/g, ' ').trim(), ...((line.cell !== undefined || line.repeatedHeader || line.contents) && {never: true})}))),
    running
  )
  const out = new Set<SourceLine>()
  paged.forEach((page, at) =>
    page.forEach((line, index) => {
      if (found[at]?.[index] === true) out.add(line)
    })
  )
  return out
}

/**
 * Turns lines of extracted text into paragraphs: furniture removed (whole lines, and the running
 * footer caught inside a line), wrapped lines joined with a space and hyphenated words rejoined.
 * A line ends its paragraph when the next one starts a block (a clause number, a label, a Section
 * title), when it ends with closing punctuation and the next line's first word would have fit on
 * it (so the line break was the author's, not the typesetter's), or (text) where more blank lines
 * stand before the next than the text's line spacing ({@link blankLineBreaks}): text extracted from
 * a PDF puts them between paragraphs, or between every line (then saying nothing). A paragraph
 * holding a run of short unpunctuated lines, as joined without regard to blank lines, is doubted
 * (a table's cells read as running text), and so is each paragraph the blank lines make of it.
 */
export function paragraphsFromLines(lines: readonly SourceLine[], file: string, kind: 'txt' | 'pdf'): ReadSource {
  const pageFurniture = furnitureLines(lines)
  const paged = new Set(lines.map((line) => line.page)).size > 1
  const furniture: RemovedFurniture[] = []
  const kept: SourceLine[] = []
  /** Per kept line, the blank lines directly before it, where the line before them is the kept line before it on its page. */
  const blanksBefore: Array<number | undefined> = []
  let blanks = 0
  let previous: SourceLine | undefined
  for (const line of lines) {
    const text = line.text.replace(/\s+/g, ' ').trim()
    if (line.cell) {
      // A table cell (empty ones too) is the table's: never furniture (a cell may hold a number alone).
      kept.push({...line, text})
      blanksBefore.push(undefined)
      previous = undefined
      continue
    }
    if (text === '') {
      blanks++
      continue
    }
    const place = {file, ...(paged && {page: line.page}), ...(line.line !== undefined && {line: line.line})}
    const before = blanks
    blanks = 0
    if (line.contents) furniture.push({text, place, midLine: false, what: 'a table of contents'})
    else if (line.repeatedHeader) furniture.push({text, place, midLine: false, what: "a table's header row repeated on a new page"})
    else if (pageFurniture.has(line)) furniture.push({text, place, midLine: false})
    else {
      kept.push({...line, text})
      blanksBefore.push(previous?.page === line.page ? before : undefined)
      previous = line
      continue
    }
    previous = undefined
  }
  const width = Math.max(1, ...kept.filter((line) => !line.cell).map((line) => line.text.length))
  // Inside an Appendix or a Schedule its own numbering holds: `2.11 …` starts a clause, `2 Title` over one a part.
  const own = inOwnNumbering(kept.map((line) => line.text), sectionTitle)
  const isTitle = (text: string): boolean => sectionTitle(text) !== undefined || appendixTitle(text, undefined) !== undefined
  const starts = (index: number): boolean => {
    const line = kept[index]
    if (!line || line.cell) return false
    if (startsBlock(line.text) || isTitle(line.text)) return true
    if (own[index] !== true) return false
    return startsOwnClause(line.text) || (isOwnPartHeading(line.text) && isHeadingLine(line.text) && ownClauseAfter(index))
  }
  /** Whether an own clause follows a line, directly or under one heading line. */
  const ownClauseAfter = (index: number): boolean => {
    const [next, after] = [kept[index + 1], kept[index + 2]]
    return next !== undefined && (startsOwnClause(next.text) || (isHeadingLine(next.text) && after !== undefined && startsOwnClause(after.text)))
  }
  const groups = (breakBefore: readonly boolean[]): number[][] => {
    const out: number[][] = []
    let current: number[] = []
    const close = (): void => {
      if (current.length > 0) out.push(current)
      current = []
    }
    kept.forEach((line, index) => {
      const next = kept[index + 1]
      if (line.cell) {
        close()
        out.push([index])
        return
      }
      if (starts(index) || breakBefore[index] === true) close()
      current.push(index)
      const joined = current.map((at) => kept[at] as SourceLine)
      if (isTitle(line.text) || !next || next.cell !== undefined || starts(index + 1) || ended(joined, next, width) || laidApart(joined, next) || partOverHeading(joined, next, kept[index + 2], width, own[index] === true)) close()
    })
    close()
    return out
  }
  const unbroken = kept.map(() => false)
  const doubted = new Set(groups(unbroken).filter((group) => fragmentRun(group.map((at) => kept[at] as SourceLine), width) >= 3).flat())
  const paragraphs: SourceParagraph[] = []
  const dehyphenated: Dehyphenation[] = []
  // Hyphenated words the document prints unbroken (within a line): broken over a line end, they keep their hyphen.
  const printedWhole = new Set(kept.flatMap((line) => [...line.text.matchAll(/\p{L}+(?:-\p{L}+)+/gu)].map((match) => match[0].toLowerCase())))
  for (const group of groups(kind === 'txt' ? blankLineBreaks(kept.map((line) => line.text), blanksBefore) : unbroken)) {
    const current = group.map((at) => kept[at] as SourceLine)
    const first = current[0] as SourceLine
    const place = {file, ...(paged && {page: first.page}), ...(first.line !== undefined && {line: first.line})}
    if (first.cell) {
      paragraphs.push({runs: [{type: 'equal', text: first.text}], place, cell: first.cell, ...(first.x !== undefined && {indent: Math.round(first.x)})})
      continue
    }
    let text = ''
    let lastLine: SourceLine | undefined
    for (const line of current) {
      if (text === '') text = line.text
      else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line.text)) {
        const printed = `${/[\p{L}-]*$/u.exec(text)?.[0] ?? ''}${/^\p{L}*/u.exec(line.text)?.[0] ?? ''}`
        const keep = printedWhole.has(printed.toLowerCase())
        text = (keep ? text : text.slice(0, -1)) + line.text
        const at = lastLine ?? first
        dehyphenated.push({printed, read: keep ? printed : printed.replace(/-(?=\p{L}*$)/u, ''), place: {file, ...(paged && {page: at.page}), ...(at.line !== undefined && {line: at.line})}})
      } else if (/\p{L}-$/u.test(text) && /^\p{Lu}/u.test(line.text)) text += line.text
      else text += ` ${line.text}`
      lastLine = line
    }
    const cleaned = removeFurnitureInText(text)
    for (const found of cleaned.found) furniture.push({text: found, place, midLine: true})
    const paragraph: SourceParagraph = {runs: [{type: 'equal', text: cleaned.text}], place}
    if (first.x !== undefined) paragraph.indent = Math.round(first.x)
    if (group.some((at) => doubted.has(at))) paragraph.doubt = 'Unexpected lines of a few words each, without closing punctuation, read as one paragraph: they may be the cells of a table that the text does not lay out, expected text laid out as the page is (pdftotext -layout) or the PDF itself'
    paragraphs.push(paragraph)
  }
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

/**
 * Plain text: a Part heading line ("G3 System Security", in an Appendix or a Schedule "2 Processing")
 * directly over a cross-heading line, a clause under them, are two headings, not one wrapped: the
 * Part heading's line had room for the next line's first word (the break is the author's, as
 * {@link ended} tells it after punctuation). `own`: the lines stand in an Appendix or a Schedule.
 */
function partOverHeading(lines: readonly SourceLine[], next: SourceLine, after: SourceLine | undefined, width: number, own: boolean): boolean {
  const line = lines[0] as SourceLine
  if (lines.length > 1 || line.x !== undefined || !after || after.cell !== undefined) return false
  const part = isPartHeadingLine(line.text) || (own && isOwnPartHeading(line.text))
  if (!part || !isHeadingLine(next.text) || !(startsBlock(after.text) || (own && startsOwnClause(after.text)))) return false
  const firstWord = next.text.split(' ')[0] ?? ''
  return line.text.length + 1 + firstWord.length < 0.9 * width
}

/** The longest run of consecutive lines shorter than half the text's width that end without closing punctuation (a table's cells, read cell by cell). */
function fragmentRun(lines: readonly SourceLine[], width: number): number {
  let run = 0
  let longest = 0
  for (const line of lines) {
    run = line.text.length < width / 2 && !/[.;:,]$/.test(line.text) ? run + 1 : 0
    longest = Math.max(longest, run)
  }
  return longest
}

/** Whether the paragraph so far ends at its last line: closing punctuation, and room for the next word on that line. */
function ended(lines: readonly SourceLine[], next: SourceLine, width: number): boolean {
  const last = lines[lines.length - 1] as SourceLine
  if (!/[.;:,]$/.test(last.text)) return false
  const local = lines.length > 1 ? Math.max(...lines.map((line) => line.text.length)) : width
  const firstWord = next.text.split(' ')[0] ?? ''
  return last.text.length + 1 + firstWord.length < 0.9 * local
}
