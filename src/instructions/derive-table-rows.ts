import type {ProvisionRedline, TableRedline} from '../redline/document.js'
import {acceptRuns, hasChanges, rejectRuns} from '../redline/run.js'
import {resolveTable, tableChanged} from '../redline/table-redline.js'
import type {AmendingInstruction} from './instruction-types.js'

/** Words an instruction can quote and read back: no quote mark and nothing a text file cannot hold on a line. */
const QUOTABLE = /^[^"\\\u0000-\u001f\u007f-\u009f]+$/

/**
 * Whether every changed table of a provision (and its sub-paragraphs) can be amended row by row:
 * the same columns with the same header, header cells and the first cell of every row in each
 * version unique and quotable (a row is named by its first cell, "the row for 'DCC'"), and no
 * changed row changing its first cell; or substituted whole, where both versions have a table.
 * Otherwise (a table inserted or deleted whole) the clause is substituted whole.
 */
export function tablesAddressable(provision: ProvisionRedline): boolean {
  const table = provision.table
  if (table && tableChanged(table) && !rowsAddressable(table) && (table.columns.before === 0 || table.columns.after === 0)) return false
  return provision.items.every(tablesAddressable)
}

/**
 * The instructions that amend a provision's table: row by row where its rows can be named (see
 * {@link tableRowInstructions}), else (a column added or removed, a header changed, rows that no
 * first cell names uniquely) the whole table substituted: "For the table in Section F2.11
 * substitute the following table:". A table inserted or deleted whole is its clause's
 * substitution (see {@link tablesAddressable}).
 */
export function tableInstructions(provisionId: string, table: TableRedline): AmendingInstruction[] {
  if (!tableChanged(table)) return []
  if (rowsAddressable(table)) return tableRowInstructions(provisionId, table)
  const after = resolveTable(table, 'accept', provisionId)
  return after ? [{kind: 'substitute-table', provision: provisionId, table: after}] : []
}

function rowsAddressable(table: TableRedline): boolean {
  if (table.columns.before !== table.columns.after || table.columns.before === 0 || table.header.some(hasChanges)) return false
  const unique = (texts: string[]): boolean => new Set(texts).size === texts.length && texts.every((text) => QUOTABLE.test(text))
  const firsts = (side: 'accept' | 'reject'): string[] =>
    table.rows.filter((row) => row.status !== (side === 'accept' ? 'deleted' : 'inserted')).map((row) => (side === 'accept' ? acceptRuns : rejectRuns)(row.cells[0] ?? []))
  return (
    unique(table.header.map(acceptRuns)) &&
    unique(firsts('accept')) &&
    unique(firsts('reject')) &&
    table.rows.every((row) => row.status !== 'changed' || (!hasChanges(row.cells[0] ?? []) && row.cells.every((cell) => !hasChanges(cell) || acceptRuns(cell) === '' || QUOTABLE.test(acceptRuns(cell)))))
  )
}

/**
 * The instructions that amend a provision's table row by row, in the order they apply: a row
 * deleted, a changed entry substituted, a row inserted after the row before it in the new table
 * (or at the start of the table).
 */
export function tableRowInstructions(provisionId: string, table: TableRedline): AmendingInstruction[] {
  if (!tableChanged(table)) return []
  const header = table.header.map(acceptRuns)
  const out: AmendingInstruction[] = []
  let previous: string | null = null
  for (const row of table.rows) {
    const first = row.status === 'deleted' ? rejectRuns(row.cells[0] ?? []) : acceptRuns(row.cells[0] ?? [])
    if (row.status === 'deleted') {
      out.push({kind: 'delete-row', provision: provisionId, row: first})
      continue
    }
    if (row.status === 'inserted') out.push({kind: 'insert-row', provision: provisionId, after: previous, cells: row.cells.map(acceptRuns)})
    else if (row.status === 'changed') {
      row.cells.forEach((cell, index) => {
        if (hasChanges(cell)) out.push({kind: 'row-entry', provision: provisionId, row: first, column: header[index] ?? '', to: acceptRuns(cell)})
      })
    }
    previous = first
  }
  return out
}
