import {diff3Merge} from 'node-diff3'
import {tableRowIdOf} from '../model/ids.js'
import {rowToText, sameTable, tableToText} from '../model/table-text.js'
import type {Table, TableRow} from '../model/types.js'
import type {Conflict} from './conflict-error.js'

/** A merged table (absent: the provision has none), and the conflicts that stop the merge (the table is then the second side's). */
export interface MergedTable {
  table: Table | undefined
  conflicts: Conflict[]
}

const sameCells = (x: readonly string[] | undefined, y: readonly string[] | undefined): boolean => x !== undefined && y !== undefined && x.length === y.length && x.every((cell, index) => cell === y[index])

/** A table's rows by name (the first cell, as amending instructions name them), or undefined when two rows share a name. */
function rowsByName(table: Table): Map<string, TableRow> | undefined {
  const byName = new Map(table.rows.map((row) => [row.cells[0] ?? '', row]))
  return byName.size === table.rows.length ? byName : undefined
}

/**
 * Three-way merge of a provision's table, row by row: rows are named by their first cell, so
 * rows inserted, deleted or changed by one side stand with the other side's changes to other
 * rows (the order of the names merged by node-diff3, rows both sides insert at one place taken
 * first side first). A conflict is a row both sides change differently, a row one side deletes
 * and the other changes, rows both sides reorder or rename at one place, or a header (the
 * columns) changed while the other side changes the table at all; a table added or removed by
 * one side while the other changes it, or one whose rows share a first cell, merges only as a whole.
 */
export function mergeTable(provision: string, clause: string, o: Table | undefined, a: Table | undefined, b: Table | undefined, names: [string, string]): MergedTable {
  if (sameTable(a, o)) return {table: b, conflicts: []}
  if (sameTable(b, o) || sameTable(a, b)) return {table: a, conflicts: []}
  const whole = (): MergedTable => ({table: b, conflicts: [tableConflict(clause, provision, o, a, b, names)]})
  if (!o || !a || !b || !sameCells(o.header, a.header) || !sameCells(o.header, b.header)) return whole()
  const [ro, ra, rb] = [rowsByName(o), rowsByName(a), rowsByName(b)]
  if (!ro || !ra || !rb) return whole()
  const conflicts: Conflict[] = []
  const rowConflict = (name: string): void => {
    const cells = (rows: Map<string, TableRow>): string | null => {
      const row = rows.get(name)
      return row ? rowToText(row.cells) : null
    }
    conflicts.push({clause, provision, field: 'table', row: name, base: cells(ro), sides: [{name: names[0], wording: cells(ra)}, {name: names[1], wording: cells(rb)}]})
  }
  const order: string[] = []
  const regions = diff3Merge([...ra.keys()], [...ro.keys()], [...rb.keys()], {excludeFalseConflicts: true})
  for (const region of regions) {
    if (region.ok) order.push(...region.ok)
    else if (region.conflict) {
      const {a: ours, o: base, b: theirs} = region.conflict
      // Rows both sides insert at one place, none in common: both stand, the first side's first.
      if (base.length === 0 && ours.every((name) => !theirs.includes(name))) order.push(...ours, ...theirs)
      else for (const name of new Set([...base, ...ours, ...theirs])) rowConflict(name)
    }
  }
  if (new Set(order).size !== order.length) return whole()
  // A row one side deletes that the other side changes would lose those words.
  for (const [name, row] of ro) {
    if (order.includes(name) || conflicts.some((c) => c.row === name)) continue
    const changed = [ra.get(name), rb.get(name)].some((edited) => edited !== undefined && !sameCells(edited.cells, row.cells))
    if (changed) rowConflict(name)
  }
  const rows: TableRow[] = []
  for (const name of order) {
    const [x, y, base] = [ra.get(name), rb.get(name), ro.get(name)]
    const cells = x === undefined ? y?.cells : y === undefined ? x.cells : sameCells(x.cells, base?.cells) || sameCells(x.cells, y.cells) ? y.cells : sameCells(y.cells, base?.cells) ? x.cells : undefined
    if (cells === undefined) rowConflict(name)
    else rows.push({...(y ?? x), id: tableRowIdOf(b.id, rows.length + 1), cells: [...cells]})
  }
  if (conflicts.length > 0) return {table: b, conflicts}
  return {table: {...b, rows}, conflicts: []}
}

/** A conflict over a whole table (its columns, or its presence). */
function tableConflict(clause: string, provision: string, o: Table | undefined, a: Table | undefined, b: Table | undefined, names: [string, string]): Conflict {
  const wording = (table: Table | undefined): string | null => (table ? tableToText(table, '').join(' / ') : null)
  return {clause, provision, field: 'table', base: wording(o), sides: [{name: names[0], wording: wording(a)}, {name: names[1], wording: wording(b)}]}
}
