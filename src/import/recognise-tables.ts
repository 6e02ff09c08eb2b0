import {OPENS_WITH_DEFINING_WORD as DEFINING} from '../model/defining-words.js'
import type {ProvisionBase, SubParagraph, Table} from '../model/types.js'
import type {ReportEntry} from './fidelity-report.js'
import {recogniseDefinitions, type ClauseReader} from './recognise-definitions.js'
import type {TextParagraph} from './text-paragraph.js'

/** A Word table as the recogniser reads it: rows of cells, each cell its paragraphs. */
export interface SourceTable {
  rows: TextParagraph[][][]
  paragraphs: TextParagraph[]
}

/** What a table became: the provision's table, or definitions added to its list, and each paragraph's fate. */
export interface PlacedTable {
  entries: ReportEntry[]
  /** Whether the table was placed (false: its paragraphs are all in `entries` as unplaced). */
  placed: boolean
}

/** The paragraphs of the table that starts at `index` (all paragraphs of that table, in order) and where the next paragraph is. */
export function collectTable(paragraphs: readonly TextParagraph[], index: number): {table: SourceTable; next: number} {
  const first = paragraphs[index] as TextParagraph
  const number = first.cell?.table
  const rows: TextParagraph[][][] = []
  let next = index
  for (; next < paragraphs.length; next++) {
    const paragraph = paragraphs[next] as TextParagraph
    if (paragraph.cell?.table !== number || !paragraph.cell) break
    const {row, column} = paragraph.cell
    const cells = (rows[row] ??= [])
    ;(cells[column] ??= []).push(paragraph)
  }
  return {table: {rows: rows.filter((row) => row !== undefined).map((row) => Array.from(row, (cell) => cell ?? [])), paragraphs: paragraphs.slice(index, next)}, next}
}

/**
 * Whether a two-column table is a definitions table ("term | meaning", as in Section A1.1): its
 * provision's lead-in speaks of the meanings in a column, or every row's right cell defines ("means …",
 * "has the meaning given …").
 */
export function isDefinitionsTable(table: SourceTable, owner: ProvisionBase): boolean {
  if (!table.rows.every((row) => row.length === 2)) return false
  if (/\bmeanings?\b/i.test(owner.text) && /\bcolumn\b/i.test(owner.text)) return true
  return table.rows.every((row) => DEFINING.test(row[1]?.[0]?.text ?? ''))
}

/**
 * Places a Word table in the provision it follows: a definitions table becomes definitions in the
 * provision's list (`A1.1[Term]`), any other table the provision's `table` (the first row its
 * header, `F2.11/table/1` the first body row). Refused, with the paragraph and why: a table outside
 * a clause, after the provision's sub-paragraphs or after another table, a nested table, merged
 * cells, a ragged row, a cell of more than one paragraph (the model holds a cell as one line), a
 * term defined twice.
 */
export function placeTable(table: SourceTable, owner: ProvisionBase | undefined, terms: Map<string, TextParagraph>, readClause: ClauseReader): PlacedTable {
  const refuse = (reason: string, at: TextParagraph = table.paragraphs[0] as TextParagraph): PlacedTable => ({
    placed: false,
    // The paragraph at fault first (messages name the first problem), then the rest of the table, each with the reason.
    entries: [at, ...table.paragraphs.filter((paragraph) => paragraph !== at)].map((paragraph) => ({place: paragraph.place, fate: 'unplaced' as const, text: paragraph.text, reason}))
  })
  const first = table.paragraphs[0] as TextParagraph
  if (!owner) return refuse('Unexpected table outside a clause, expected a table after a clause’s lead-in')
  if (first.cell?.nested) return refuse(`Unexpected table inside a table cell after ${owner.id}, expected a table of plain cells`)
  const faults = rowFaults(table, owner)
  if (faults.size > 0) return refuseRows(table, owner, faults)
  if (isDefinitionsTable(table, owner)) {
    if (owner.items.some((item) => item.term === undefined)) return refuse(`Unexpected definitions table after the labelled sub-paragraphs of ${owner.id}, expected a list of definitions only or of labelled items only`)
    const read = recogniseDefinitions(table, owner, terms, readClause)
    if (typeof read === 'string') return refuse(read)
    if ('problem' in read) {
      const told = new Set(read.entries.map((entry) => entry.place))
      return {placed: false, entries: [...read.entries, ...table.paragraphs.filter((p) => !told.has(p.place)).map((p) => ({place: p.place, fate: 'unplaced' as const, text: p.text}))]}
    }
    owner.items.push(...read.definitions)
    return {placed: true, entries: read.entries}
  }
  if (owner.items.length > 0) return refuse(`Unexpected table after the sub-paragraphs of ${owner.id}, expected a table after the lead-in and before the sub-paragraphs`)
  if (owner.table) return refuse(`Unexpected second table in ${owner.id}, expected one table a provision`)
  const [header, ...body] = table.rows
  if (!header || header.length === 0) return refuse(`Unexpected empty table after ${owner.id}, expected a header row`)
  const texts: string[][] = []
  for (const row of table.rows) {
    const cells: string[] = []
    for (const cell of row) {
      if (cell.length > 1) return refuse(`Unexpected table cell of ${cell.length} paragraphs after ${owner.id}, expected one paragraph a cell (a table cell is one line of text)`, cell[1])
      const text = cell[0]?.text ?? ''
      if (/[\n\r]/.test(text)) return refuse(`Unexpected line break in a table cell after ${owner.id}, expected one line of text a cell`, cell[0])
      cells.push(text)
    }
    texts.push(cells)
  }
  const id = `${owner.id}/table`
  const made: Table = {id, header: texts[0] ?? [], rows: body.map((_, index) => ({id: `${id}/${index + 1}`, cells: texts[index + 1] ?? []}))}
  owner.table = made
  const entries: ReportEntry[] = table.rows.flatMap((row, index) =>
    row.flat().map((paragraph) => ({place: paragraph.place, fate: paragraph.text === '' ? ('empty' as const) : ('kept' as const), text: paragraph.text, target: index === 0 ? `${id} header` : `${id}/${index}`}))
  )
  return {placed: true, entries}
}

/**
 * The rows a table cannot be read by, each with why (by 0-based row): a row its positions do not
 * lay out for sure (PDF, laid-out text), merged cells (`w:gridSpan`, `w:vMerge`), a row not as wide
 * as the header (ragged). Rows are named 1-based, the header row 1, as a reader counts them.
 */
function rowFaults(table: SourceTable, owner: ProvisionBase): Map<number, string> {
  const faults = new Map<number, string>()
  const width = table.rows[0]?.length ?? 0
  // A table drawn on a finer grid whose rows all span it alike (the same spans, cell by cell): a plain
  // table. Our annex draws a table whose columns change so, both versions' rows on one grid, and a
  // reading holds one version's rows; LibreOffice may cut that grid again on re-saving, alike for them all.
  const spans = (row: readonly (readonly TextParagraph[])[]): string => row.map((cell) => cell[0]?.cell?.span ?? 1).join(',')
  const evenGrid = new Set(table.rows.map(spans)).size === 1
  table.rows.forEach((row, index) => {
    const cells = row.flat()
    const troubled = cells.find((paragraph) => paragraph.cell?.problem !== undefined)
    const spanning = evenGrid ? undefined : cells.find((paragraph) => (paragraph.cell?.span ?? 1) > 1)
    const merged = cells.find((paragraph) => paragraph.cell?.merged && !(evenGrid && (paragraph.cell.span ?? 1) > 1))
    if (troubled) faults.set(index, `Unexpected table after ${owner.id} that its positions do not lay out for sure: ${troubled.cell?.problem ?? ''}`)
    else if (spanning) faults.set(index, `Unexpected merged cells in the table after ${owner.id}, row ${index + 1} (a cell spanning ${spanning.cell?.span ?? 2} columns), expected one cell per row and column: ${width} cells, found ${row.length}`)
    else if (merged) faults.set(index, `Unexpected merged cells in the table after ${owner.id}, row ${index + 1} (a cell merged with the one above or below), expected one cell per row and column`)
    else if (row.length !== width) faults.set(index, `Unexpected row ${index + 1} of the table after ${owner.id} with ${row.length} cell${row.length === 1 ? '' : 's'} in a table of ${width} columns, expected ${width} cells (as many as the header row), found ${row.length}`)
  })
  return faults
}

/**
 * A table refused for the rows at fault: each of their paragraphs unplaced with its row's reason
 * (the first row at fault first, so that messages name it), and every paragraph of the rows that are
 * well formed unplaced as left out with the table, naming the rows at fault (never their reason).
 */
function refuseRows(table: SourceTable, owner: ProvisionBase, faults: ReadonlyMap<number, string>): PlacedTable {
  const rows = [...faults.keys()].map((index) => index + 1)
  const named = rows.length === 1 ? `row ${rows[0] ?? ''}` : `rows ${rows.slice(0, -1).join(', ')} and ${rows[rows.length - 1] ?? ''}`
  const faulty: ReportEntry[] = []
  const others: ReportEntry[] = []
  table.rows.forEach((row, index) => {
    const reason = faults.get(index)
    for (const paragraph of row.flat()) {
      if (reason !== undefined) faulty.push({place: paragraph.place, fate: 'unplaced', text: paragraph.text, reason})
      else others.push({place: paragraph.place, fate: 'unplaced', text: paragraph.text, reason: `Left out with the table after ${owner.id}, refused for its ${named} (this row ${index + 1} itself is well formed)`})
    }
  })
  return {placed: false, entries: [...faulty, ...others]}
}

/** Whether a sub-paragraph is a definition. */
export function isDefinition(item: SubParagraph): boolean {
  return item.term !== undefined
}
