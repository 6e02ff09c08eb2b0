import {BorderStyle, type ParagraphChild, Paragraph, Table, TableCell, TableRow, WidthType} from 'docx'
import {type LaidOutRow, printedTables, tableRows} from '../layout/table-rows.js'
import type {TableRedline} from '../redline/document.js'
import type {DocxSegment} from './docx-paragraph-marks.js'
import {textColumn} from './annex-docx-styles.js'

/** A tracked change's attributes: its id (unique in the document), author and date. */
type Revision = {id: number; author: string; date: string}

/** The width of the A4 text column of the Word annex, in twips (the page less its margins). */
const TEXT_WIDTH = 11906 - 1134 - 1134

const BORDER = {style: BorderStyle.SINGLE, size: 4, color: '999999'}

/**
 * A redlined table as a real Word table (`w:tbl`) in its provision's text column: the header row
 * repeated on each page, one row per body row. A row that exists in one version only is a tracked
 * row insertion or deletion (`w:trPr/w:ins`, `w:trPr/w:del`) whose cell text is tracked too, so
 * Accept All and Reject All each leave exactly their version's rows; a changed cell carries tracked
 * insertions and deletions inside it. A table whose columns change is the old table deleted whole
 * and the new inserted whole, in one Word table. `runs` turns a cell's segments into Word runs with revision
 * ids; `next` hands out the next revision.
 */
export function docxTables(
  table: TableRedline,
  depth: number,
  next: () => Revision,
  runs: (segments: readonly DocxSegment[]) => ParagraphChild[]
): Table[] {
  const printed = printedTables(table)
  const [old, replacement] = printed
  if (!old || !replacement) return [docxTable(tableRows(table), Math.max(1, table.header.length), depth, next, runs)]
  // Columns added or removed: the old table deleted whole and the new one inserted whole, as one
  // Word table (two would need a paragraph between them, which Accept All and Reject All both
  // leave): a grid of as many columns as both counts divide, each version's cells spanning their
  // share; both headers first (repeated on each page), then the old rows, then the new.
  const [before, after] = [old.header.length, replacement.header.length]
  const grid = leastCommonMultiple(before, after)
  if (grid > MAX_GRID) return printed.map((one) => docxTable(tableRows(one), Math.max(1, one.header.length), depth, next, runs))
  const [oldRows, newRows] = [tableRows(old), tableRows(replacement)]
  const rows = [oldRows[0], newRows[0], ...oldRows.slice(1), ...newRows.slice(1)].filter((row) => row !== undefined)
  return [docxTable(rows, grid, depth, next, runs)]
}

/** Word's limit on the columns of a table's grid. */
const MAX_GRID = 63

function leastCommonMultiple(a: number, b: number): number {
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y))
  return (a * b) / gcd(a, b)
}

/** A Word table of `rows` on a grid of `grid` equal columns: each row's cells share it equally (a row of 2 cells on a grid of 6 spans 3 columns a cell). */
function docxTable(
  rows: readonly LaidOutRow[],
  grid: number,
  depth: number,
  next: () => Revision,
  runs: (segments: readonly DocxSegment[]) => ParagraphChild[]
): Table {
  const indent = textColumn(depth)
  const width = TEXT_WIDTH - indent
  const columnWidth = Math.floor(width / grid)
  const wordRows = rows.map((row) => {
    const tracked = row.status === 'inserted' ? {insertion: next()} : row.status === 'deleted' ? {deletion: next()} : {}
    const span = Math.max(1, Math.floor(grid / Math.max(1, row.cells.length)))
    const cells = row.cells.map(
      (cell) =>
        new TableCell({
          width: {size: columnWidth * span, type: WidthType.DXA},
          ...(span > 1 ? {columnSpan: span} : {}),
          children: [new Paragraph({style: 'TableCell', children: runs(cell.map((run) => ({run, bold: row.header})))})]
        })
    )
    return new TableRow({children: cells, ...(row.header ? {tableHeader: true} : {}), cantSplit: true, ...tracked})
  })
  return new Table({
    rows: wordRows,
    width: {size: columnWidth * grid, type: WidthType.DXA},
    columnWidths: Array.from({length: grid}, () => columnWidth),
    indent: {size: indent, type: WidthType.DXA},
    borders: {top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER}
  })
}
