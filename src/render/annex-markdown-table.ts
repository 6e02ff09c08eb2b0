import type {Run} from '../redline/run.js'
import {type LaidOutRow, printedTables, tableRows} from '../layout/table-rows.js'
import type {TableRedline} from '../redline/document.js'

/**
 * A redlined table as a GFM pipe table for the Markdown annex, at `indent`: the header row, the
 * delimiter row, one line per body row. Every cell of an inserted or deleted row (and of a column
 * one version lacks) is wholly marked, an empty one with an empty mark, so the row reads as
 * absent on the other side. `cell` writes a cell's runs (escaped, `|` included, and marked). A
 * column added or removed substitutes the table: the old one deleted whole, a blank line, the new
 * one inserted whole (a pipe table cannot leave a column out on one side only).
 */
export function markdownTable(table: TableRedline, indent: string, cell: (runs: readonly Run[], whole?: 'insert' | 'delete') => string): string[] {
  return printedTables(table).flatMap((printed, index) => [...(index > 0 ? [''] : []), ...oneMarkdownTable(printed, indent, cell)])
}

function oneMarkdownTable(table: TableRedline, indent: string, cell: (runs: readonly Run[], whole?: 'insert' | 'delete') => string): string[] {
  const rows = tableRows(table)
  const line = (row: LaidOutRow): string => {
    const cells = row.cells.map((runs, index) => {
      const whole = row.status === 'inserted' || index >= row.columns.before ? 'insert' : row.status === 'deleted' || index >= row.columns.after ? 'delete' : undefined
      return cell(runs, whole)
    })
    return `${indent}| ${cells.join(' | ')} |`
  }
  const [header, ...body] = rows
  if (!header) return []
  return [line(header), `${indent}| ${header.cells.map(() => '---').join(' | ')} |`, ...body.map(line)]
}
