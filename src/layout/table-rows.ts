import type {ProvisionStatus, TableRedline} from '../redline/document.js'
import {compactRuns, type Run} from '../redline/run.js'

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
 * only (a column added or removed) takes its separator with it.
 */
export function rowLineRuns(row: LaidOutRow, separator: string): Run[] {
  const type = row.status === 'inserted' ? 'insert' : row.status === 'deleted' ? 'delete' : 'equal'
  const out: Run[] = []
  row.cells.forEach((cell, index) => {
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
