import {escapeText} from '../escape/markdown.js'
import type {Table} from '../model/types.js'

/**
 * The canonical lines of a provision's table, at `indent`: the header row, the delimiter row
 * `| --- | --- |`, one line per body row; each cell's text escaped as clause text is, and every
 * `|` in it escaped `\|` so that it stays in its cell.
 *
 * ```markdown
 * | Party | Obligation | Time |
 * | --- | --- | --- |
 * | DCC | … | 5 Working Days |
 * ```
 */
export function serializeTable(table: Table, indent: string): string[] {
  const row = (cells: readonly string[]): string => `${indent}| ${cells.map(escapeCell).join(' | ')} |`
  return [row(table.header), `${indent}| ${table.header.map(() => '---').join(' | ')} |`, ...table.rows.map((body) => row(body.cells))]
}

/** A cell's text as canonical markdown: escaped as clause text, with `|` escaped `\|`. */
export function escapeCell(text: string): string {
  return escapeText(text).replace(/(\\*)\|/g, (match: string, slashes: string) => (slashes.length % 2 === 0 ? `${slashes}\\|` : match))
}
