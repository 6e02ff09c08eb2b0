import type {TableRedline} from '../redline/document.js'
import {acceptRuns, rejectRuns, type Run} from '../redline/run.js'
import {type LaidOutRow, printedTables, tableRows} from './table-rows.js'

/**
 * A redlined table laid out as a ruled grid, for the formats that draw one themselves (the PDF
 * annex): its rows in printing order (header first) and how the text column is shared between
 * its columns. Neutral: the shares are in characters, the renderer turns them into widths.
 */
export interface TableGrid {
  /** `F2.11/table`. */
  id: string
  /** The header row, then the body rows; a row on one side only has status `inserted` or `deleted`. */
  rows: LaidOutRow[]
  /** Each column's share of the table's width (they add up to 1). */
  shares: number[]
}

/** The shortest and longest text a column is sized for, in characters. */
const NARROWEST = 6
const WIDEST = 48

/**
 * The grids to draw for a redlined table: one, or (a column added or removed) the old table
 * deleted whole and the new one inserted whole, as every grid format prints a column change.
 * A column's share follows the longest text of its cells on either side (between 6 and 48
 * characters), so a column of short entries ("5 Working Days") leaves room for one of prose.
 */
export function tableGrids(table: TableRedline): TableGrid[] {
  return printedTables(table).map((printed) => {
    const rows = tableRows(printed)
    const columns = Math.max(1, printed.header.length)
    const weights = Array.from({length: columns}, (_, column) =>
      Math.min(WIDEST, Math.max(NARROWEST, ...rows.map((row) => cellLength(row.cells[column] ?? []))))
    )
    const total = weights.reduce((sum, weight) => sum + weight, 0)
    return {id: printed.id, rows, shares: weights.map((weight) => weight / total)}
  })
}

/** The longer of a cell's two versions, in characters. */
function cellLength(runs: readonly Run[]): number {
  return Math.max([...acceptRuns(runs)].length, [...rejectRuns(runs)].length)
}
