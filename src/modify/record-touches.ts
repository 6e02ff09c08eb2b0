import {documentName, splitProvisionId, tableIdOf} from '../model/ids.js'
import {rowToText, sameTable} from '../model/table-text.js'
import type {Provision} from '../model/types.js'
import {provisionsOfClause} from '../model/walk.js'
import type {Modification} from './modification-types.js'

/**
 * Whether the record's legal text touches the provision, its clause or its sub-paragraphs: their
 * words, or (a table being part of its provision) their tables' cells, rows or columns.
 */
export function touchesText(modification: Modification, id: string): boolean {
  const clause = splitProvisionId(id)?.clause ?? id
  const related = (other: string): boolean => other === id || other.startsWith(`${id}(`) || id.startsWith(`${other}(`)
  return modification.sections.some((section) =>
    section.clauses.some((c) =>
      c.id === clause && c.kind !== 'unchanged' &&
      (c.kind !== 'amended' ||
        c.insertedProvisions.some(related) || c.deletedProvisions.some(related) ||
        c.fields.some((field) => related(field.provisionId) && field.runs.some((run) => run.type !== 'equal')) ||
        changedTables(c.before, c.after).some(related))
    )
  )
}

/** Whether the record's legal text changes the table of the provision `provisionId` (its cells, rows or columns, or the table as a whole). */
export function touchesTable(modification: Modification, provisionId: string): boolean {
  const clause = splitProvisionId(provisionId)?.clause ?? provisionId
  return modification.sections.some((section) => section.clauses.some((c) => c.id === clause && c.kind !== 'unchanged' && changedTables(c.before, c.after).includes(provisionId)))
}

/** The provisions of a clause, in either version, whose tables differ between the two. */
function changedTables(before: Provision | undefined, after: Provision | undefined): string[] {
  const tables = (provision: Provision | undefined): Map<string, Provision['table']> =>
    new Map(provision && provision.kind === 'clause' ? provisionsOfClause(provision).map((p) => [p.id, p.table]) : [])
  const [old, next] = [tables(before), tables(after)]
  return [...new Set([...old.keys(), ...next.keys()])].filter((id) => !sameTable(old.get(id), next.get(id)))
}

/**
 * What a clause change does to its provisions' tables, in document order: `F2.11/table row "DCC"`
 * for each row (named by its first cell) inserted, deleted or changed; `F2.11/table` for a table
 * inserted, deleted, given other columns, or whose rows share a first cell (no row can be named).
 */
export function changedTableRows(before: Provision | undefined, after: Provision | undefined): string[] {
  const tables = (provision: Provision | undefined): Map<string, Provision['table']> =>
    new Map(provision && provision.kind === 'clause' ? provisionsOfClause(provision).map((p) => [p.id, p.table]) : [])
  const [old, next] = [tables(before), tables(after)]
  return changedTables(before, after).flatMap((id) => {
    const [x, y] = [old.get(id), next.get(id)]
    const table = tableIdOf(id)
    if (!x || !y || !sameTable({...x, rows: []}, {...y, rows: []})) return [table]
    const byName = (rows: NonNullable<Provision['table']>['rows']): Map<string, string> => new Map(rows.map((row) => [row.cells[0] ?? '', rowToText(row.cells)]))
    const [rx, ry] = [byName(x.rows), byName(y.rows)]
    if (rx.size !== x.rows.length || ry.size !== y.rows.length) return [table]
    const names = [...new Set([...ry.keys(), ...rx.keys()])].filter((name) => rx.get(name) !== ry.get(name))
    // Rows only reordered: the table's order is what changed.
    return names.length === 0 ? [table] : names.map((name) => `${table} row "${name}"`)
  })
}

/** Whether the record's status lines set one of the statuses. */
export function setsStatus(modification: Modification, ids: readonly string[]): boolean {
  return modification.sections.some((section) => (section.statuses ?? []).some((status) => ids.includes(status.id)))
}

/** Whether the record's legal text retitles the part (`G3`). */
export function retitlesPart(modification: Modification, part: string): boolean {
  return modification.sections.some((section) => section.parts.some((p) => p.id === part && p.kind === 'retitled'))
}

/** Whether the record retitles, inserts or deletes the part. */
export function changesPart(modification: Modification, id: string): boolean {
  return modification.sections.some((section) => section.parts.some((part) => part.id === id && part.kind !== 'unchanged'))
}

/** Whether the record retitles the document (`Section G`, `Appendix AB`: its name), inserts or deletes it whole, or changes its document version. */
export function changesDocument(modification: Modification, name: string): boolean {
  return modification.sections.some((section) => documentName(section) === name && (section.retitle !== undefined || section.document !== undefined || (section.documentVersion !== undefined && section.documentVersion.before !== section.documentVersion.after)))
}
