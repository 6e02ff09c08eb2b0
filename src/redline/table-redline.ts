import {tableIdOf, tableRowIdOf} from '../model/ids.js'
import {rowToText} from '../model/table-text.js'
import type {Table, TableRow} from '../model/types.js'
import type {ProvisionStatus} from './document.js'
import {pairInOrderWith, type EntryPair} from './pair-in-order.js'
import {redlineText} from './redline-text.js'
import {acceptRuns, hasChanges, rejectRuns, type Run, wholeRuns} from './run.js'
import {similarity} from './similarity.js'

/** A provision's table, redlined: the header row cell by cell and every body row of either version. */
export interface TableRedline {
  /** `F2.11/table` (in the new version; the old one where the table is deleted). */
  id: string
  /** The header cells, redlined; as many as the wider version has columns. */
  header: Run[][]
  /** The body rows of both versions, in the new version's order; deleted rows stand where they stood. */
  rows: RowRedline[]
  /** How many columns the table has in each version (0: no table on that side). */
  columns: {before: number; after: number}
}

/** A body row, redlined. */
export interface RowRedline {
  /** `F2.11/table/3`: the row's ID in the new version (in the old one for a deleted row). */
  id: string
  status: ProvisionStatus
  /** The cells, redlined; as many as the table's header. */
  cells: Run[][]
}

/**
 * Redlines the tables of one provision in two versions (either may be absent), or undefined when
 * neither version has one. Rows align by their first cell, then by similarity, never by number: an
 * identical row is kept, a row whose first cell is found later stands after the rows inserted or
 * deleted before it, and a row alike enough to its counterpart is changed cell by cell.
 */
export function tableRedline(before: Table | undefined, after: Table | undefined): TableRedline | undefined {
  if (!before && !after) return undefined
  const columns = {before: before?.header.length ?? 0, after: after?.header.length ?? 0}
  const width = Math.max(columns.before, columns.after)
  const cellRuns = (oldCells: readonly string[] | undefined, newCells: readonly string[] | undefined): Run[][] =>
    Array.from({length: width}, (_, index) => {
      const oldCell = oldCells && index < columns.before ? oldCells[index] ?? '' : null
      const newCell = newCells && index < columns.after ? newCells[index] ?? '' : null
      if (oldCell === null) return wholeRuns(newCell ?? '', 'insert')
      if (newCell === null) return wholeRuns(oldCell, 'delete')
      return redlineText(oldCell, newCell)
    })
  const row = (oldRow: TableRow | undefined, newRow: TableRow | undefined): RowRedline => {
    const cells = cellRuns(oldRow?.cells, newRow?.cells)
    const status: ProvisionStatus = !oldRow ? 'inserted' : !newRow ? 'deleted' : cells.some(hasChanges) ? 'changed' : 'unchanged'
    return {id: (newRow ?? oldRow)?.id ?? '', status, cells}
  }
  return {
    id: (after ?? before)?.id ?? '',
    header: cellRuns(before?.header, after?.header),
    rows: alignRows(before?.rows ?? [], after?.rows ?? [], row),
    columns
  }
}

/** Whether a table redline changes anything. */
export function tableChanged(table: TableRedline): boolean {
  return table.columns.before !== table.columns.after || table.header.some(hasChanges) || table.rows.some((row) => row.status !== 'unchanged')
}

function alignRows<T>(oldRows: readonly TableRow[], newRows: readonly TableRow[], pair: (a: TableRow | undefined, b: TableRow | undefined) => T): T[] {
  const same = (a: TableRow, b: TableRow): boolean => a.cells.length === b.cells.length && a.cells.every((cell, index) => cell === b.cells[index])
  return pairInOrderWith(oldRows, newRows, same, pairRows).map(([oldRow, newRow]) => pair(oldRow, newRow))
}

/**
 * Pairs a run of removed rows with the added rows that replace it: a row pairs with one whose first
 * cell is the same, or with one alike enough (similarity ≥ 0.5) unless its own first cell is found
 * further on, when the new rows before that one are inserted; otherwise the surplus side goes
 * first as deleted (while at least as many removed rows as added ones remain), else as inserted.
 */
function pairRows(removed: readonly TableRow[], added: readonly TableRow[]): Array<EntryPair<TableRow>> {
  const first = (row: TableRow): string => row.cells[0] ?? ''
  const out: Array<EntryPair<TableRow>> = []
  let i = 0
  let j = 0
  while (i < removed.length || j < added.length) {
    const oldRow = removed[i]
    const newRow = added[j]
    if (oldRow && newRow && (first(oldRow) === first(newRow) || (similarity(rowToText(oldRow.cells), rowToText(newRow.cells)) >= 0.5 && !added.slice(j + 1).some((r) => first(r) === first(oldRow))))) {
      out.push([oldRow, newRow])
      i++
      j++
    } else if (oldRow && newRow && added.slice(j + 1).some((r) => first(r) === first(oldRow))) {
      // The old row's first cell is found further on: the new rows before it are inserted.
      out.push([undefined, newRow])
      j++
    } else if (oldRow && (!newRow || removed.length - i >= added.length - j)) {
      out.push([oldRow, undefined])
      i++
    } else if (newRow) {
      out.push([undefined, newRow])
      j++
    }
  }
  return out
}

/**
 * The table of a provision with every change accepted or rejected, with IDs for the provision
 * `provisionId`; undefined where the table does not exist on that side.
 */
export function resolveTable(table: TableRedline | undefined, side: 'accept' | 'reject', provisionId: string): Table | undefined {
  if (!table) return undefined
  const columns = side === 'accept' ? table.columns.after : table.columns.before
  if (columns === 0) return undefined
  const read = (runs: readonly Run[]): string => (side === 'accept' ? acceptRuns(runs) : rejectRuns(runs))
  const gone = side === 'accept' ? 'deleted' : 'inserted'
  const rows = table.rows.filter((row) => row.status !== gone).map((row) => ({id: '', cells: row.cells.slice(0, columns).map(read)}))
  return renumberTable({id: '', header: table.header.slice(0, columns).map(read), rows}, provisionId)
}

/** The table with its ID and its rows' IDs given by the provision `provisionId` and the rows' order. */
export function renumberTable(table: Table, provisionId: string): Table {
  const id = tableIdOf(provisionId)
  return {...table, id, rows: table.rows.map((row, index) => ({...row, id: tableRowIdOf(id, index + 1)}))}
}
