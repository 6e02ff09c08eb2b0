import type {Table} from '../model/types.js'
import type {ProvisionStatus, TableRedline} from '../redline/document.js'
import {compactRuns, type Run, wholeRuns} from '../redline/run.js'
import {resolveTable} from '../redline/table-redline.js'

/** One printed row of a redlined table: the header (`status` of the table's columns) or a body row. */
export interface LaidOutRow {
  /** The row ID (`F2.11/table/3`), or the table ID for the header. */
  id: string
  header: boolean
  /** `inserted` or `deleted`: the whole row exists on one side only. */
  status: ProvisionStatus
  cells: Run[][]
  /** How many columns the table has in each version: a cell past one side's count exists on the other side only. */
  columns: {before: number; after: number}
}

/**
 * The rows of a redlined table in printing order, header first. The header is inserted or
 * deleted with the table (a table on one side only); a body row has its own status.
 */
export function tableRows(table: TableRedline): LaidOutRow[] {
  const headerStatus: ProvisionStatus = table.columns.before === 0 ? 'inserted' : table.columns.after === 0 ? 'deleted' : 'unchanged'
  return [
    {id: table.id, header: true, status: headerStatus, cells: table.header, columns: table.columns},
    ...table.rows.map((row) => ({id: row.id, header: false, status: row.status, cells: row.cells, columns: table.columns}))
  ]
}

/**
 * A row as one line of runs, cells joined by `separator`: the separators of a row on one side only
 * are marked with it, so the line reads as nothing on the other side; a cell that exists on one side
 * only (a column added or removed) takes its separator with it, and a row on one side only leaves
 * out the cells of a column its side lacks.
 */
export function rowLineRuns(row: LaidOutRow, separator: string): Run[] {
  const type = row.status === 'inserted' ? 'insert' : row.status === 'deleted' ? 'delete' : 'equal'
  const out: Run[] = []
  // A row on one side only has no cell in a column that side lacks (an inserted row under a removed column).
  const absent = type === 'insert' ? 'delete' : type === 'delete' ? 'insert' : null
  row.cells.forEach((cell, index) => {
    if (absent !== null && cellSide(row, index) === absent) return
    if (index > 0) out.push({type: type !== 'equal' ? type : cellSide(row, index), text: separator})
    out.push(...cell)
  })
  return compactRuns(out)
}

/** `insert` for a cell of a column the old table lacks, `delete` for one the new table lacks, else `equal`. */
export function cellSide(row: LaidOutRow, index: number): Run['type'] {
  if (index >= row.columns.before) return 'insert'
  if (index >= row.columns.after) return 'delete'
  return 'equal'
}

/**
 * The tables to print for a redlined table: the table itself, or, where a column is added or
 * removed (both versions have a table, with different column counts), the old table deleted whole
 * and then the new table inserted whole. A grid cannot show a column that exists on one side only
 * so that each side reads as its own table (a Markdown table keeps the column, empty, on the other
 * side), so every grid format (Markdown, Word, PDF) substitutes the whole table, as the amending
 * instructions do.
 */
export function printedTables(table: TableRedline): TableRedline[] {
  const {before, after} = table.columns
  if (before === 0 || after === 0 || before === after) return [table]
  return [wholeTable(resolveTable(table, 'reject', '') as Table, table.id, 'delete'), wholeTable(resolveTable(table, 'accept', '') as Table, table.id, 'insert')]
}

/** A table of one version as a redline that inserts or deletes it whole, with the redline's ID and the table's row IDs. */
function wholeTable(table: Table, id: string, type: 'insert' | 'delete'): TableRedline {
  const columns = type === 'insert' ? {before: 0, after: table.header.length} : {before: table.header.length, after: 0}
  const cells = (list: readonly string[]): Run[][] => list.map((cell) => wholeRuns(cell, type))
  const rowId = (index: number): string => `${id}/${index + 1}`
  return {id, header: cells(table.header), rows: table.rows.map((row, index) => ({id: rowId(index), status: type === 'insert' ? 'inserted' : 'deleted', cells: cells(row.cells)})), columns}
}
