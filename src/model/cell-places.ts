import type {Place, Table, TableRow} from './types.js'

/**
 * Where each cell of a table read from a file starts, kept beside the model as paragraph places
 * are (tables are compared and copied without them): a table's header cells by the table, a body
 * row's cells by the row. A table built in memory has none.
 */
const recorded = new WeakMap<Table | TableRow, Place[]>()

/** Records the places of the cells of a header (`holder` the table) or of a body row. */
export function recordCellPlaces(holder: Table | TableRow, places: Place[]): void {
  recorded.set(holder, places)
}

/** Where cell `column` (0-based) of the header (`holder` the table) or of a body row starts; the row's or table's own place where none is recorded. */
export function cellPlace(holder: Table | TableRow, column: number): Place | undefined {
  return recorded.get(holder)?.[column] ?? holder.place
}
