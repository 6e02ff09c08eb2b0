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
/** Room beyond a column's longest word, in characters (a bold header is wider than its letters count). */
const WORD_ROOM = 3

/**
 * The grids to draw for a redlined table: one, or (a column added or removed) the old table
 * deleted whole and the new one inserted whole, as every grid format prints a column change.
 * A column's share follows the longest text of its cells on either side (between 6 and 48
 * characters), and is never less than its longest word needs, so a column of short entries
 * ("5 Working Days") leaves room for one of prose and a word is broken only when it is longer
 * than a whole column could be.
 */
export function tableGrids(table: TableRedline): TableGrid[] {
  return printedTables(table).map((printed) => {
    const rows = tableRows(printed)
    const columns = Math.max(1, printed.header.length)
    const weights = Array.from({length: columns}, (_, column) =>
      Math.max(NARROWEST, ...rows.map((row) => Math.min(WIDEST, cellLength(row.cells[column] ?? []))), ...rows.map((row) => longestWord(row.cells[column] ?? []) + WORD_ROOM))
    )
    const total = weights.reduce((sum, weight) => sum + weight, 0)
    return {id: printed.id, rows, shares: weights.map((weight) => weight / total)}
  })
}

/** The longer of a cell's two versions, in characters. */
function cellLength(runs: readonly Run[]): number {
  return Math.max([...acceptRuns(runs)].length, [...rejectRuns(runs)].length)
}

/** The longest word of a cell on either side, in characters. */
function longestWord(runs: readonly Run[]): number {
  return Math.max(0, ...`${acceptRuns(runs)} ${rejectRuns(runs)}`.split(/\s+/).map((word) => [...word].length))
}
