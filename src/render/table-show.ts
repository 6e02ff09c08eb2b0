import type {Located, Table} from '../model/types.js'
import {tableToText} from '../model/table-text.js'
import {serializeTable} from '../serialize/serialize-table.js'
import {visibleText} from '../escape/terminal.js'

/** The JSON shape of `redline show F2.11/table --format json`, schema `sec-redline/table@1`. */
export interface TableJson {
  schema: 'sec-redline/table@1'
  version: string
  section: {letter: string; title: string}
  /** The provision the table belongs to, `F2.11`. */
  provision: string
  /** The table, or only the row asked for (`F2.11/table/3`) under the table's header. */
  table: {id: string; header: string[]; rows: Array<{id: string; cells: string[]}>}
  place: {file: string; line: number; column: number} | null
  /** The table's number in its document (Table 1, Table 2, … in document order), when it was shown by number (`"Table 2 of Appendix AB"`). */
  number?: number
}

/** The table of a located provision, cut down to one row when `row` (1-based) is given. */
export function tableOrRow(table: Table, row: number | undefined): Table {
  if (row === undefined) return table
  const only = table.rows[row - 1]
  return {...table, rows: only ? [only] : []}
}

/** A table (or one row under its header) as terminal text: one line per row, cells joined by ` | `, control characters shown as pictures. */
export function tableTerminalText(table: Table): string {
  return visibleText(tableToText(table, '').join('\n'))
}

/** A table (or one row under its header) as canonical markdown. */
export function tableMarkdown(table: Table): string {
  return serializeTable(table, '').join('\n')
}

/** A table (or one row under its header) as a plain JSON object. */
export function tableToJson(located: Located, table: Table, version: string, row: number | undefined): TableJson {
  const place = (row === undefined ? table.place : table.rows[0]?.place) ?? located.provision.place
  return {
    schema: 'sec-redline/table@1',
    version,
    section: {letter: located.section.letter, title: located.section.title},
    provision: located.provision.id,
    table: {id: table.id, header: table.header, rows: table.rows.map((r) => ({id: r.id, cells: r.cells}))},
    place: place ? {file: place.file, line: place.start.line, column: place.start.column} : null
  }
}
