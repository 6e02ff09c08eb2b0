/** A stretch of a line standing apart from the rest (a column gap before it): its text and left edge. */
export interface LineSegment {
  text: string
  /** Left edge: points (PDF) or character column (text laid out by `pdftotext -layout`). */
  x: number
  /**
   * The pieces it is made of (PDF text items, words of a text line), each with its left edge and
   * whether a space stands before it: a cell that fills its column leaves too narrow a gap to set
   * it apart, so a segment is split again where a piece starts at a column's edge.
   */
  pieces?: Array<{text: string; x: number; spaceBefore: boolean}>
}

/** A line as the table finder sees it: where it stands on its page and its segments. */
export interface LaidLine {
  page: number
  /** Vertical position, growing up the page (a PDF baseline; minus the line number in a text file). */
  y: number
  /** The line's height unit: the text size (PDF), 1 (text file). */
  size: number
  segments: LineSegment[]
  /** Whether the line starts a block of legal text by itself (its first segment a clause number or label): a table row only as `labelled` says. */
  startsBlock: boolean
  /**
   * Whether its first segment is a sub-paragraph label alone (`(a)`): a row of a table whose first
   * column holds labels where it has three segments or more at the left edges of a neighbouring
   * line's (columns a list never lines up), else a labelled paragraph.
   */
  labelled?: boolean
}

/** A table found among the lines: which lines it spans and its cells, row by row (the first row its header). */
export interface FoundTable {
  /** Index of its first and last line in the input. */
  first: number
  last: number
  rows: string[][]
  /** The left edge of each column (points or characters). */
  edges: number[]
  /** Per cell, the index in the input of the line its text starts on (its row's first line where it is empty). */
  starts: number[][]
  /** Why the lines cannot be read as a table for sure (they are reported, never dropped or guessed), and in which row. */
  problem?: {reason: string; row: number}
}

/** A line holds a cell's wrapped words when it stands within this many line heights of a line of the table. */
const WRAPPED = 1.5
/** Rows stand apart by a gap wider than this many times the closest spacing of the table's lines. */
const ROW_GAP = 1.3
/** Lines of one table stand at most this many line heights apart (row padding, rules). */
const LOOSE = 4

/**
 * Finds tables in laid-out lines by position alone, ruled or not: a table is two or more lines
 * split into segments by column gaps (a line whose first segment is a clause number or label is a
 * numbered paragraph, not a row, unless it is a label alone in columns that line up with a
 * neighbouring line's: see `labelled`), with the one-segment lines between them (and those
 * standing tight above or below them) that hold a cell's wrapped words. Columns are the left edges
 * of the line with most segments, or of the body's rows where that line is a header centred or
 * right-aligned over them ({@link columnEdges}); each segment falls in the column whose edge is the
 * last at or left of it (so right-aligned and centred cells still fall in their column). Rows are
 * told apart by the wider gaps between them; where every line stands at the same spacing, a line
 * with text in the first column starts a row and a line without continues the one above. A cell's
 * lines are joined with a space. `tolerance` is how far a left edge may stray from its column
 * (points or characters).
 */
export function findTables(lines: readonly LaidLine[], tolerance: number): FoundTable[] {
  const found: FoundTable[] = []
  const labelRows = new Set(lines.flatMap((line, index) => (line.labelled === true && alignedWithNeighbour(lines, index, tolerance) ? [index] : [])))
  const isRow = (index: number): boolean => (lines[index] as LaidLine).segments.length >= 2 && (!(lines[index] as LaidLine).startsBlock || labelRows.has(index))
  for (let index = 0; index < lines.length; index++) {
    if (!isRow(index)) continue
    // The run of row lines (with one-segment lines between them) on one page, each within LOOSE line heights of the last.
    let last = index
    let rows = 1
    for (let next = index + 1; next < lines.length; next++) {
      const line = lines[next] as LaidLine
      if (!near(lines[next - 1] as LaidLine, line, LOOSE) || (line.startsBlock && !labelRows.has(next))) break
      if (isRow(next)) {
        last = next
        rows++
      }
    }
    if (rows < 2) continue
    let first = index
    while (first > 0 && !(lines[first - 1] as LaidLine).startsBlock && (lines[first - 1] as LaidLine).segments.length === 1 && near(lines[first - 1] as LaidLine, lines[first] as LaidLine, WRAPPED) && !beforeGap(lines, first - 1)) first--
    while (last + 1 < lines.length && !(lines[last + 1] as LaidLine).startsBlock && (lines[last + 1] as LaidLine).segments.length === 1 && near(lines[last] as LaidLine, lines[last + 1] as LaidLine, WRAPPED)) last++
    found.push(readTable(lines.slice(first, last + 1), first, tolerance))
    index = last
  }
  return found
}

/**
 * Whether a line of three segments or more stands in columns another line of as many segments
 * shares (every left edge within `tolerance`), the nearest such line above or below it, within
 * LOOSE line heights of its neighbours: a table's rows line up, a list's labelled lines (a label,
 * its text, a wide gap of justified text) do not.
 */
function alignedWithNeighbour(lines: readonly LaidLine[], index: number, tolerance: number): boolean {
  const line = lines[index] as LaidLine
  if (line.segments.length < 3) return false
  for (const step of [-1, 1]) {
    for (let other = index + step; other >= 0 && other < lines.length; other += step) {
      const candidate = lines[other] as LaidLine
      if (!near(step < 0 ? candidate : (lines[other - 1] as LaidLine), step < 0 ? (lines[other + 1] as LaidLine) : candidate, LOOSE)) break
      if (candidate.segments.length < 3) continue
      if (candidate.segments.length === line.segments.length && candidate.segments.every((segment, at) => Math.abs(segment.x - (line.segments[at] as LineSegment).x) <= tolerance)) return true
      break
    }
  }
  return false
}

/** Whether two lines stand on one page within `heights` line heights of each other. */
function near(above: LaidLine, below: LaidLine, heights: number): boolean {
  return above.page === below.page && above.y - below.y <= heights * Math.max(above.size, below.size) + 0.01
}

/** Whether the line before `index` stands tight to it (so `index` is a wrapped line of a paragraph above, not a cell's first line). */
function beforeGap(lines: readonly LaidLine[], index: number): boolean {
  const previous = lines[index - 1]
  return previous !== undefined && previous.segments.length === 1 && near(previous, lines[index] as LaidLine, WRAPPED)
}

function readTable(laid: readonly LaidLine[], first: number, tolerance: number): FoundTable {
  const edges = columnEdges(laid, tolerance)
  const lines = laid.map((line) => ({...line, segments: line.segments.flatMap((segment) => splitAtEdges(segment, edges, tolerance))}))
  let problem: {reason: string; line: number} | undefined
  let line = 0
  const columnOf = (segment: LineSegment): number => {
    let column = -1
    edges.forEach((edge, at) => {
      if (edge <= segment.x + tolerance) column = at
    })
    if (column < 0) {
      problem ??= {reason: `the words "${segment.text}" stand left of the table's first column, expected every cell within a column`, line}
      return 0
    }
    return column
  }
  const placed = lines.map((laidLine, at) => {
    line = at
    const cells = new Map<number, string>()
    for (const segment of laidLine.segments) {
      const column = columnOf(segment)
      if (cells.has(column)) problem ??= {reason: `"${cells.get(column) ?? ''}" and "${segment.text}" stand in one column of one line, expected one cell a column`, line: at}
      cells.set(column, cells.has(column) ? `${cells.get(column) ?? ''} ${segment.text}` : segment.text)
    }
    return {line: laidLine, cells}
  })
  // Rows: split at the wider gaps where the lines' spacing says so, else at each line with text in the first column.
  const gaps = placed.slice(1).map((entry, at) => ((placed[at] as (typeof placed)[number]).line.y - entry.line.y) / Math.max(entry.line.size, 1e-6))
  const pitch = Math.min(...gaps)
  const spaced = gaps.some((gap) => gap > pitch * ROW_GAP)
  const rows: Array<Array<string[]>> = []
  const starts: number[][] = []
  let problemRow = 0
  placed.forEach((entry, at) => {
    const startsRow = at === 0 || (spaced ? (gaps[at - 1] as number) > pitch * ROW_GAP : entry.cells.has(0))
    if (startsRow) {
      rows.push(edges.map(() => []))
      starts.push(edges.map(() => first + at))
    }
    if (problem?.line === at) problemRow = rows.length - 1
    const row = rows[rows.length - 1] as string[][]
    const rowStarts = starts[starts.length - 1] as number[]
    for (const [column, text] of entry.cells) {
      if ((row[column] as string[]).length === 0) rowStarts[column] = first + at
      ;(row[column] as string[]).push(text)
    }
  })
  const out: FoundTable = {first, last: first + lines.length - 1, rows: rows.map((row) => row.map(joinCellLines)), edges, starts}
  if (problem !== undefined) out.problem = {reason: problem.reason, row: problemRow}
  return out
}

/**
 * The left edge of each column: those of the first line with most segments (the header row's),
 * unless the lines below it with as many segments agree on edges it stands right of, each of its
 * cells still within its column: a header centred or right-aligned over the body's columns. A
 * body edge counts only where two lines or more share it, so one row's stray words never move a
 * column (they are reported as standing outside it).
 */
function columnEdges(lines: readonly LaidLine[], tolerance: number): number[] {
  const count = Math.max(...lines.map((line) => line.segments.length))
  const [first, ...body] = lines.filter((line) => line.segments.length === count)
  const header = (first as LaidLine).segments.map((segment) => segment.x)
  const shared = header.map((_, column) => leftmostShared(body.map((line) => (line.segments[column] as LineSegment).x), tolerance))
  if (shared.some((edge) => edge === undefined)) return header
  const bodyEdges = shared as number[]
  const within = header.every((x, column) => x >= (bodyEdges[column] as number) - tolerance && (column + 1 === header.length || x < (bodyEdges[column + 1] as number) - tolerance))
  const apart = header.some((x, column) => x > (bodyEdges[column] as number) + tolerance)
  return within && apart ? bodyEdges : header
}

/** The leftmost of the positions that another one stands within `tolerance` of, or undefined where none does. */
function leftmostShared(xs: readonly number[], tolerance: number): number | undefined {
  const sorted = [...xs].sort((a, b) => a - b)
  const at = sorted.findIndex((x, index) => index + 1 < sorted.length && (sorted[index + 1] as number) - x <= tolerance)
  return at < 0 ? undefined : sorted[at]
}

/** A segment split where one of its pieces (after the first) starts at a column's edge right of the segment's own. */
function splitAtEdges(segment: LineSegment, edges: readonly number[], tolerance: number): LineSegment[] {
  const pieces = segment.pieces ?? []
  const out: LineSegment[] = []
  let current: typeof pieces = []
  const close = (): void => {
    if (current.length === 0) return
    out.push({text: current.map((piece, at) => (at > 0 && piece.spaceBefore ? ' ' : '') + piece.text).join(''), x: (current[0] as (typeof pieces)[number]).x})
    current = []
  }
  for (const piece of pieces) {
    if (current.length > 0 && piece.spaceBefore && edges.some((edge) => edge > segment.x + tolerance && Math.abs(piece.x - edge) <= tolerance)) close()
    current.push(piece)
  }
  close()
  return out.length > 1 ? out : [segment]
}

/** A cell's lines as one line of text: joined with a space, a word hyphenated across a line end rejoined. */
function joinCellLines(lines: readonly string[]): string {
  let text = ''
  for (const line of lines) {
    if (text === '') text = line
    else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line)) text = text.slice(0, -1) + line
    else text += ` ${line}`
  }
  return text
}

/** A table continued on the next page: which lines between and in its parts are not rows of it. */
export interface PageJoin {
  /** Indexes in the input of the page's furniture between the two parts. */
  furniture: number[]
  /** Indexes in the input of the lines of the header row repeated on the new page (standing apart from the rows, or as the continuation's first row). */
  repeatedHeader: number[]
}

/**
 * Joins the parts of a table that runs on over a page break: a table that ends its page and one
 * that opens the next, with the same number of columns, nothing but page furniture (`isFurniture`)
 * and the header row repeated between them, and either the same left edges or the header row
 * repeated (Word's and Writer's "repeat heading rows"; text laid out page by page may set the
 * columns at other character positions on each page). The repeated header row is no row of the
 * table: `joins` tells the caller which lines held it, so that they are reported as furniture,
 * never dropped silently.
 */
export function joinAcrossPages(tables: readonly FoundTable[], lines: readonly LaidLine[], isFurniture: (index: number) => boolean, tolerance: number): {tables: FoundTable[]; joins: PageJoin[]} {
  const out: FoundTable[] = []
  const joins: PageJoin[] = []
  for (const table of tables) {
    const previous = out[out.length - 1]
    const join = previous && continuation(previous, table, lines, isFurniture, tolerance)
    if (previous && join) {
      const repeats = join.headerFirst
      const kept = repeats ? table.rows.slice(1) : table.rows
      const keptStarts = repeats ? table.starts.slice(1) : table.starts
      if (repeats) {
        const secondRow = table.starts[1]?.reduce((a, b) => Math.min(a, b)) ?? table.last + 1
        for (let index = table.first; index < secondRow; index++) join.repeatedHeader.push(index)
      }
      const merged: FoundTable = {...previous, last: table.last, rows: [...previous.rows, ...kept], starts: [...previous.starts, ...keptStarts]}
      if (!previous.problem && table.problem) merged.problem = {reason: table.problem.reason, row: previous.rows.length + table.problem.row - (repeats ? 1 : 0)}
      out[out.length - 1] = merged
      joins.push({furniture: join.furniture, repeatedHeader: join.repeatedHeader})
    } else out.push(table)
  }
  return {tables: out, joins}
}

/** How `next` carries `table` on over a page break, or undefined where it does not. */
function continuation(table: FoundTable, next: FoundTable, lines: readonly LaidLine[], isFurniture: (index: number) => boolean, tolerance: number): (PageJoin & {headerFirst: boolean}) | undefined {
  const end = lines[table.last]
  const start = lines[next.first]
  const header = table.rows[0]
  if (!end || !start || !header || start.page !== end.page + 1 || next.edges.length !== table.edges.length) return undefined
  const join: PageJoin & {headerFirst: boolean} = {furniture: [], repeatedHeader: [], headerFirst: sameRow(header, next.rows[0])}
  for (let index = table.last + 1; index < next.first; index++) {
    const line = lines[index] as LaidLine
    if (line.page === start.page && sameRow(header, line.segments.map((segment) => segment.text))) join.repeatedHeader.push(index)
    else if (isFurniture(index)) join.furniture.push(index)
    else return undefined
  }
  const sameEdges = table.edges.every((edge, at) => Math.abs(edge - (next.edges[at] as number)) <= tolerance)
  return sameEdges || join.headerFirst || join.repeatedHeader.length > 0 ? join : undefined
}

function sameRow(a: readonly string[], b: readonly string[] | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((cell, at) => cell === b[at])
}
