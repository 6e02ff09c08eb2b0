import type {Table} from './types.js'

/** A table row as plain text: its cells joined by ` | ` (`DCC | 5 Working Days`). */
export function rowToText(cells: readonly string[]): string {
  return cells.join(' | ')
}

/** A table as plain text lines at `indent`: the header row, then one line per body row. */
export function tableToText(table: Table, indent: string): string[] {
  return [table.header, ...table.rows.map((row) => row.cells)].map((cells) => `${indent}${rowToText(cells)}`)
}

/** Whether two provisions' tables (either absent) hold the same header and rows. */
export function sameTable(a: Table | undefined, b: Table | undefined): boolean {
  if (!a || !b) return a === b
  const same = (x: readonly string[], y: readonly string[]): boolean => x.length === y.length && x.every((cell, index) => cell === y[index])
  return same(a.header, b.header) && a.rows.length === b.rows.length && a.rows.every((row, index) => same(row.cells, b.rows[index]?.cells ?? []))
}
