import type {Modification} from './modification-types.js'
import {hasChanges} from '../redline/run.js'
import {changedTableRows} from './record-touches.js'

/**
 * The provisions a change record touches, in legal-text order: every provision whose words it
 * changes, every clause or sub-paragraph it inserts or deletes, (as `Section G cross-heading
 * "…"`) every cross-heading it changes, every table row it inserts, deletes or changes (as
 * `F2.11/table row "DCC"`, by the row's first cell as merges name rows; a table whose columns it
 * changes, or that it inserts or deletes, as `F2.11/table`) and every in-force status it sets (as
 * `X2.7 status`).
 */
export function touchedProvisions(modification: Modification): string[] {
  const touched: string[] = []
  const add = (id: string): void => {
    if (!touched.includes(id)) touched.push(id)
  }
  for (const section of modification.sections) {
    for (const status of section.statuses ?? []) add(`${status.id} status`)
    for (const heading of section.headings) {
      if (heading.before !== heading.after) add(`${section.letter} cross-heading "${heading.before ?? heading.after ?? ''}"`)
    }
    for (const clause of section.clauses) {
      if (clause.kind === 'unchanged') continue
      if (clause.kind === 'inserted' || clause.kind === 'deleted') {
        add(clause.id)
        continue
      }
      for (const id of [...clause.insertedProvisions, ...clause.deletedProvisions]) add(id)
      for (const field of clause.fields) if (hasChanges(field.runs)) add(field.provisionId)
      for (const touch of changedTableRows(clause.before, clause.after)) add(touch)
    }
  }
  return touched
}

/**
 * Provisions that two records both touch; a clause counts as shared with its own sub-paragraphs
 * and their tables, a table (its columns, or the table whole) with its rows. A status is shared
 * only with the same status.
 */
export function sharedProvisions(a: readonly string[], b: readonly string[]): string[] {
  const within = (x: string, y: string): boolean => x === y || (!x.endsWith(' status') && !y.endsWith(' status') && (y.startsWith(`${x}(`) || y.startsWith(`${x}/`) || y.startsWith(`${x} row `)))
  return a.filter((x) => b.some((y) => within(x, y) || within(y, x)))
}
