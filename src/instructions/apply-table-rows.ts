import {tableRowIdOf} from '../model/ids.js'
import type {Provision} from '../model/types.js'
import {applyTextEdit} from './edit-text.js'
import type {AmendingInstruction, TextEdit} from './instruction-types.js'

type RowInstruction = Extract<AmendingInstruction, {kind: 'row-entry' | 'row-words' | 'insert-row' | 'delete-row'}>

/**
 * Applies one row instruction to a provision's table, in place: the row is named by its first
 * cell, the entry by its column's header. Answers what did not fit (no table, no such row or
 * column, a name that stands twice, a row of the wrong width), or undefined when applied.
 */
export function applyRowInstruction(provision: Provision, instruction: RowInstruction): string | undefined {
  const table = provision.table
  const at = `the table in Section ${provision.id}`
  if (!table) return `Unexpected table in Section ${provision.id}: it has none, expected a provision with a table`
  const rowIndex = (name: string): number | string => {
    const found = table.rows.flatMap((row, index) => (row.cells[0] === name ? [index] : []))
    if (found.length === 1) return found[0] as number
    return found.length === 0 ? `Unexpected row for "${name}": not in ${at}, expected a row whose first cell reads so` : `Ambiguous row for "${name}": ${found.length} rows of ${at} start so, expected one`
  }
  if (instruction.kind === 'insert-row') {
    if (instruction.cells.length !== table.header.length) return `Unexpected new row of ${instruction.cells.length} cells for ${at}, expected ${table.header.length}, one per column`
    const after = instruction.after === null ? -1 : rowIndex(instruction.after)
    if (typeof after === 'string') return after
    table.rows.splice(after + 1, 0, {id: '', cells: [...instruction.cells]})
  } else {
    const index = rowIndex(instruction.row)
    if (typeof index === 'string') return index
    if (instruction.kind === 'delete-row') table.rows.splice(index, 1)
    else if (instruction.kind === 'row-words') {
      const row = table.rows[index]
      if (!row) return undefined
      const problem = applyToOneEntry(row.cells, instruction.edit, `the row for "${instruction.row}" of ${at}`)
      if (problem) return problem
    } else {
      const columns = table.header.flatMap((cell, column) => (cell === instruction.column ? [column] : []))
      if (columns.length !== 1) return `Unexpected column "${instruction.column}": ${columns.length === 0 ? 'not' : `${columns.length} times`} in the header of ${at}, expected one column headed so`
      const row = table.rows[index]
      if (row) row.cells[columns[0] as number] = instruction.to
    }
  }
  table.rows.forEach((row, index) => (row.id = tableRowIdOf(table.id, index + 1)))
  return undefined
}

/**
 * Applies a word edit to the one entry of a row it fits (its words found there as the edit names
 * them), in place; answers what did not fit: words in no entry, or in more than one.
 */
function applyToOneEntry(cells: string[], edit: TextEdit, row: string): string | undefined {
  const results = cells.map((cell) => applyTextEdit(cell, edit))
  const fits = results.flatMap((result, column) => (result.ok ? [{column, text: result.text}] : []))
  const [only, ...more] = fits
  if (only && more.length === 0) {
    cells[only.column] = only.text
    return undefined
  }
  if (only) return `Ambiguous words: the edit fits ${fits.length} entries of ${row}, expected words that stand in one entry`
  const reason = results.find((result) => !result.ok && /more than once|occurrence/.test(result.reason))
  if (reason && !reason.ok) return reason.reason.replace('the provision', `an entry of ${row}`)
  return `Unexpected words: no entry of ${row} holds them as the edit names them, expected words of one of its entries`
}
