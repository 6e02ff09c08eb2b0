import type {Paragraph, Table as MdastTable} from 'mdast'
import {InputError} from '../diagnostics/errors.js'
import {tableIdOf, tableRowIdOf} from '../model/ids.js'
import type {Place, Table} from '../model/types.js'
import {inlineText} from './parse-inline.js'

type PlaceOf = (node: {position?: {start: {line: number; column: number}}}) => Place

/**
 * The cells of a canonical table line at `indent` (`| a | b |`), taken as written, or undefined
 * when the line is no plain canonical row. A cell holding a backslash is left to remark (its
 * escapes need resolving); every row the scan reads is proven by writing the clause back.
 */
export function scanTableLine(line: string, indent: number): string[] | undefined {
  if (line.length < indent + 4 || !line.startsWith('| ', indent) || !line.endsWith(' |') || line.includes('\\')) return undefined
  if (line.slice(0, indent).trim() !== '') return undefined
  return line.slice(indent + 2, -2).split(' | ')
}

/** The canonical delimiter row of a table of `columns` columns: `| --- | --- |`. */
export function delimiterRow(columns: number): string {
  return `| ${Array.from({length: columns}, () => '---').join(' | ')} |`
}

/** A table built from its header and body cells, with its ID and its rows' IDs. */
export function buildTable(provisionId: string, header: string[], rows: Array<{cells: string[]; place?: Place}>, place?: Place): Table {
  const id = tableIdOf(provisionId)
  return {
    id,
    header,
    rows: rows.map((row, index) => ({id: tableRowIdOf(id, index + 1), cells: row.cells, ...(row.place ? {place: row.place} : {})})),
    ...(place ? {place} : {})
  }
}

/**
 * Reads a GFM table node (remark-parse with the pipe-table extension) as a provision's table.
 * A row with more or fewer cells than the header is an input error at the row.
 */
export function readTable(node: MdastTable, provisionId: string, place: PlaceOf): Table {
  const [head, ...body] = node.children
  const cellsOf = (row: MdastTable['children'][number]): string[] => row.children.map((cell) => inlineText(cell.children, place))
  const header = head ? cellsOf(head) : []
  const rows = body.map((row, index) => {
    const cells = cellsOf(row)
    if (cells.length !== header.length) {
      throw new InputError(
        `Unexpected row ${index + 1} of the table in ${provisionId} with ${cells.length} cell${cells.length === 1 ? '' : 's'}, ` +
          `expected ${header.length}, one per header cell (write an empty cell as '|  |')`,
        place(row)
      )
    }
    return {cells, place: place(row)}
  })
  return buildTable(provisionId, header, rows, place(node))
}

/** Whether a paragraph is table rows written without the delimiter row under the header (`| a | b |` lines only). */
export function isTableWithoutDelimiter(paragraph: Paragraph, source: string): boolean {
  const start = paragraph.position?.start.offset
  const end = paragraph.position?.end.offset
  if (start === undefined || end === undefined) return false
  const lines = source.slice(start, end).split('\n').map((line) => line.trim())
  return lines.length > 0 && lines.every((line) => line.startsWith('|') && line.endsWith('|') && line.length > 1)
}

/** The error for table rows with no delimiter row. */
export function missingDelimiterError(provisionId: string, at: Place): InputError {
  return new InputError(
    `Unexpected table in ${provisionId} without a header delimiter row, expected the header row, then a delimiter row ('| --- | --- |', one '---' per column), then the body rows`,
    at
  )
}
