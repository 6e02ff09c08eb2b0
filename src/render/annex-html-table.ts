import {escapeHtml} from '../escape/html.js'
import {cellSide, type LaidOutRow, tableRows} from '../layout/table-rows.js'
import type {TableRedline} from '../redline/document.js'
import type {Run} from '../redline/run.js'

/**
 * A redlined table as a real HTML `<table>` in its provision's text column: the header row in
 * `<thead>`, the body rows in `<tbody>`, each row with its ID and status (`data-status="inserted"`:
 * the row exists in the new version only), each cell of a column one version lacks with
 * `data-side`. `runs` writes a cell's runs (escaped, with `<ins>` and `<del>`).
 */
export function htmlTable(table: TableRedline, depth: number, status: string, runs: (list: readonly Run[]) => string): string {
  const [header, ...body] = tableRows(table)
  const row = (laidOut: LaidOutRow, tag: 'th' | 'td'): string => {
    const cells = laidOut.cells.map((cell, index) => {
      const side = cellSide(laidOut, index)
      return `<${tag}${side === 'equal' ? '' : ` data-side="${side}"`}>${runs(cell)}</${tag}>`
    })
    return `<tr data-id="${escapeHtml(laidOut.id)}" data-status="${laidOut.status}">${cells.join('')}</tr>`
  }
  return [
    `<table class="provision-table depth-${Math.min(depth, 4)}" data-id="${escapeHtml(table.id)}" data-status="${status}">`,
    header ? `<thead>${row(header, 'th')}</thead>` : '',
    `<tbody>${body.map((r) => row(r, 'td')).join('')}</tbody>`,
    '</table>'
  ].join('')
}
