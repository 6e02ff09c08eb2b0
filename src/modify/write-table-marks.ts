import type {Table} from '../model/types.js'
import {tableRedline} from '../redline/table-redline.js'
import type {Run} from '../redline/run.js'
import {escapeCell, serializeTable} from '../serialize/serialize-table.js'
import {escapeMarks} from './escape-marked-text.js'

/** Text that needs no escape in a cell or inside a mark: no markdown, HTML, mark or table character. */
const PLAIN_PIECE = /^[^\\`*_<>&[\]!~|{}#\n\r\t\u0000-\u001f\u007f]*$/

/**
 * A provision's table with CriticMarkup, as lines at `indent` (after a blank line): a whole table
 * inserted or deleted is one block mark over its lines; a row inserted or deleted is a block mark
 * over the row's line (`{++| DCC | 5 Working Days |++}`); a changed cell carries word marks, or one
 * substitution of the whole cell where its words need escapes. A table whose number of columns
 * changes is the old table deleted and the new one inserted. Rejecting every mark gives the old
 * table, accepting every mark the new one.
 */
export function writeTableMarks(before: Table | undefined, after: Table | undefined, indent: string): string[] {
  if (!before && !after) return []
  const whole = (table: Table, mark: '++' | '--'): string => block(serializeTable(table, indent).join('\n'), indent, mark)
  if (!before && after) return ['', whole(after, '++')]
  if (before && !after) return ['', whole(before, '--')]
  const [old, next] = [before as Table, after as Table]
  if (old.header.length !== next.header.length) return ['', whole(old, '--'), whole(next, '++')]
  const redline = tableRedline(old, next)
  if (!redline) return []
  const row = (cells: readonly Run[][]): string => `${indent}| ${cells.map(cellMarks).join(' | ')} |`
  const lines = ['', row(redline.header), `${indent}| ${next.header.map(() => '---').join(' | ')} |`]
  for (const body of redline.rows) {
    const plain = (side: 'insert' | 'delete'): string => `${indent}| ${body.cells.map((cell) => escapeMarks(escapeCell(read(cell, side)))).join(' | ')} |`
    if (body.status === 'inserted') lines.push(block(plain('insert'), indent, '++'))
    else if (body.status === 'deleted') lines.push(block(plain('delete'), indent, '--'))
    else lines.push(row(body.cells))
  }
  return lines
}

/** One reading of a cell's runs: `insert` keeps insertions, `delete` keeps deletions. */
function read(runs: readonly Run[], side: 'insert' | 'delete'): string {
  return runs.filter((run) => run.type === 'equal' || run.type === side).map((run) => run.text).join('')
}

/** A cell's runs as CriticMarkup inside the cell. */
function cellMarks(runs: readonly Run[]): string {
  const [old, next] = [read(runs, 'delete'), read(runs, 'insert')]
  const field = (text: string): string => escapeMarks(escapeCell(text))
  if (old === next) return field(next)
  if (runs.every((run) => PLAIN_PIECE.test(run.text))) {
    let out = ''
    for (let index = 0; index < runs.length; index++) {
      const run = runs[index] as Run
      if (run.type === 'equal') out += run.text
      else if (run.type === 'insert') out += `{++${run.text}++}`
      else if (runs[index + 1]?.type === 'insert') out += `{~~${run.text}~>${(runs[++index] as Run).text}~~}`
      else out += `{--${run.text}--}`
    }
    return out
  }
  if (old === '') return `{++${field(next)}++}`
  if (next === '') return `{--${field(old)}--}`
  return `{~~${field(old)}~>${field(next)}~~}`
}

/** Lines wrapped in one block mark: the opener after the indentation, the closer at the end. */
function block(markdown: string, indent: string, mark: '++' | '--'): string {
  return `${indent}{${mark}${escapeMarks(markdown.slice(indent.length))}${mark}}`
}
