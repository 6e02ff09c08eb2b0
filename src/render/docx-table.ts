import {BorderStyle, type ParagraphChild, Paragraph, Table, TableCell, TableRow, WidthType} from 'docx'
import {printedTables, tableRows} from '../layout/table-rows.js'
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
 * insertions and deletions inside it. `runs` turns a cell's segments into Word runs with revision
 * ids; `next` hands out the next revision.
 */
export function docxTables(
  table: TableRedline,
  depth: number,
  next: () => Revision,
  runs: (segments: readonly DocxSegment[]) => ParagraphChild[]
): Array<Table | Paragraph> {
  // Columns added or removed: the old table deleted whole, then the new one inserted whole (an empty paragraph keeps them two tables).
  return printedTables(table).flatMap((printed, index) => [...(index > 0 ? [new Paragraph({children: []})] : []), docxTable(printed, depth, next, runs)])
}

function docxTable(
  table: TableRedline,
  depth: number,
  next: () => Revision,
  runs: (segments: readonly DocxSegment[]) => ParagraphChild[]
): Table {
  const indent = textColumn(depth)
  const width = TEXT_WIDTH - indent
  const columns = Math.max(1, table.header.length)
  const columnWidth = Math.floor(width / columns)
  const rows = tableRows(table).map((row) => {
    const tracked = row.status === 'inserted' ? {insertion: next()} : row.status === 'deleted' ? {deletion: next()} : {}
    const cells = row.cells.map(
      (cell) =>
        new TableCell({
          width: {size: columnWidth, type: WidthType.DXA},
          children: [new Paragraph({style: 'TableCell', children: runs(cell.map((run) => ({run, bold: row.header})))})]
        })
    )
    return new TableRow({children: cells, ...(row.header ? {tableHeader: true} : {}), cantSplit: true, ...tracked})
  })
  return new Table({
    rows,
    width: {size: columnWidth * columns, type: WidthType.DXA},
    columnWidths: Array.from({length: columns}, () => columnWidth),
    indent: {size: indent, type: WidthType.DXA},
    borders: {top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER}
  })
}
