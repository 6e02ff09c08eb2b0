import type {Paragraph, Table as MdastTable} from 'mdast'
import {InputError} from '../diagnostics/errors.js'
import {tableIdOf, tableRowIdOf} from '../model/ids.js'
import type {Place, Table} from '../model/types.js'
import {recordCellPlaces} from '../model/cell-places.js'
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

/** A row of cells as read, with where it and (when known) each of its cells start. */
export interface ReadRow {
  cells: string[]
  place?: Place
  cellPlaces?: Place[]
}

/** A table built from its header and body cells, with its ID and its rows' IDs, and the places of its cells recorded beside it. */
export function buildTable(provisionId: string, header: ReadRow, rows: ReadRow[], place?: Place): Table {
  const id = tableIdOf(provisionId)
  const table: Table = {
    id,
    header: header.cells,
    rows: rows.map((row, index) => {
      const built = {id: tableRowIdOf(id, index + 1), cells: row.cells, ...(row.place ? {place: row.place} : {})}
      if (row.cellPlaces) recordCellPlaces(built, row.cellPlaces)
      return built
    }),
    ...(place ? {place} : {})
  }
  if (header.cellPlaces) recordCellPlaces(table, header.cellPlaces)
  return table
}

/** Where each cell of a canonical row (`| a | b |`, its `|` at `place`) starts: two columns after its pipe, the cells as written. */
export function canonicalCellPlaces(cells: readonly string[], place: Place): Place[] {
  let column = place.start.column + 2
  return cells.map((cell) => {
    const at = {file: place.file, start: {line: place.start.line, column}}
    column += cell.length + 3
    return at
  })
}

/**
 * Reads a GFM table node (remark-parse with the pipe-table extension) as a provision's table.
 * A row with more or fewer cells than the header is an input error at the row.
 */
export function readTable(node: MdastTable, provisionId: string, place: PlaceOf): Table {
  const [head, ...body] = node.children
  const cellsOf = (row: MdastTable['children'][number]): string[] => row.children.map((cell) => inlineText(cell.children, place))
  const placesOf = (row: MdastTable['children'][number]): Place[] => row.children.map((cell) => place(cell.children[0] ?? cell))
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
    return {cells, place: place(row), cellPlaces: placesOf(row)}
  })
  return buildTable(provisionId, {cells: header, ...(head ? {cellPlaces: placesOf(head)} : {})}, rows, place(node))
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
