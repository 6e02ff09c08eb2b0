import type {Modification} from './modification-types.js'
import {hasChanges} from '../redline/run.js'

/**
 * The provisions a change record touches, in legal-text order: every provision whose words it
 * changes, every clause or sub-paragraph it inserts or deletes, and (as `Section G cross-heading
 * "…"`) every cross-heading it changes.
 */
export function touchedProvisions(modification: Modification): string[] {
  const touched: string[] = []
  const add = (id: string): void => {
    if (!touched.includes(id)) touched.push(id)
  }
  for (const section of modification.sections) {
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
    }
  }
  return touched
}

/** Provisions that two records both touch; a clause counts as shared with its own sub-paragraphs. */
export function sharedProvisions(a: readonly string[], b: readonly string[]): string[] {
  const within = (x: string, y: string): boolean => x === y || y.startsWith(`${x}(`)
  return a.filter((x) => b.some((y) => within(x, y) || within(y, x)))
}
