import type {Corpus} from '../corpus/corpus.js'
import {didYouMean, UsageError} from '../diagnostics/errors.js'
import {splitProvisionId, splitTableId, tableIdOf} from '../model/ids.js'
import type {InForce, Located, Provision, Version} from '../model/types.js'
import {holdersAbove, sameInForce, statusesBearingOn} from '../model/in-force.js'
import {sameTable, tableToText} from '../model/table-text.js'
import {findProvision, provisionIds, provisionsOfClause} from '../model/walk.js'
import {tableRedline} from '../redline/table-redline.js'
import type {ProvisionRedline, TableRedline} from '../redline/document.js'
import {provisionRedline} from '../redline/clause-redline.js'
import {redlineText} from '../redline/redline-text.js'
import type {Run} from '../redline/run.js'
import {provisionToText} from '../model/provision-text.js'
import {applyModifications} from './apply-modification.js'
import {isStoredPart, partHistory} from './part-history.js'
import {loadListedModifications} from './load-modification.js'
import type {Modification, ModificationKind} from './modification-types.js'

/** A change record, as history names it. */
export interface RecordRef {
  id: string
  title: string
  kind: ModificationKind
}

/** A clause's cross-heading in two versions (null: it stands under none). */
export interface HeadingHistory {
  before: string | null
  after: string | null
  runs: Run[]
}

/** How a status changed: `given` (the provision was in force), `activated` (it awaited a direction and now does not), `removed` (it is now in force), `changed`. */
export type StatusChange = 'given' | 'activated' | 'removed' | 'changed'

/** One status that changed in a version: whose, how, before and after (null: in force). */
export interface StatusHistory {
  id: string
  /** `own`: the provision's; `above`: a provision's it is part of (it inherits the status); `below`: one of its sub-paragraphs'. */
  of: 'own' | 'above' | 'below'
  change: StatusChange
  before: InForce | null
  after: InForce | null
}

/** One version in which a provision changed. */
export interface HistoryEntry {
  version: string
  /** The version it was built from; null for a first version. */
  base: string | null
  /** `retitled`: only the cross-heading or the part heading the clause stands under changed, not its text. */
  change: 'first' | 'amended' | 'inserted' | 'deleted' | 'retitled' | 'status changed'
  /** The change records of the version that touch the provision or its cross-heading; empty when nothing explains it. */
  records: RecordRef[]
  /** For a clause whose cross-heading changed: the heading before and after. */
  heading?: HeadingHistory
  /** Where the provision's own in-force status changed: before and after (null: in force). */
  status?: {before: InForce | null; after: InForce | null}
  /**
   * Every status bearing on the provision that changed in this version — its own, a provision's
   * above it (which it inherits), a sub-paragraph's — or, for a first version, every status it
   * was stored with (before null). Absent when none changed.
   */
  statuses?: StatusHistory[]
  /** For a clause whose part was retitled (or a part's own history, retitled): the part's title before and after (null: none). */
  part?: HeadingHistory
  /** For a part's own history: the clauses in it inserted, amended or deleted in this version. */
  clauses?: Array<{id: string; change: 'inserted' | 'amended' | 'deleted'}>
  /** The provision as plain text, before and after (empty where absent). */
  before: string
  after: string
  /** Word-level view of the change, over the plain text as a whole. */
  runs: Run[]
  /** The change provision by provision (label, lead-in, sub-paragraphs, closing words), as diff and annex show it; absent for a first version. */
  redline?: ProvisionRedline
  /** The tables of the provision (and of its sub-paragraphs) that changed: the rows added, changed and deleted, and the columns where their number changed. */
  tables?: TableHistory[]
  /** For the history of a table alone: the table redlined row by row (absent for a first version). */
  tableRedline?: TableRedline
}

/** How one table changed in a version. */
export interface TableHistory {
  /** `F2.11/table` (in the new version; the old one for a deleted table). */
  id: string
  /** `inserted` or `deleted`: the whole table; `amended`: rows or columns. */
  change: 'inserted' | 'deleted' | 'amended'
  /** Rows on one side only or with changed cells, by their ID in the new version (in the old one for a deleted row); the header row is the table's ID. */
  rows: Array<{id: string; change: 'row-added' | 'row-changed' | 'row-deleted'}>
  /** The number of columns before and after, where it changed. */
  columns?: {before: number; after: number}
}

/**
 * Every version in which a provision (or any of its sub-paragraphs) changed, oldest first, with
 * the change record responsible and a word-level view of the change. A table ID follows the
 * table; a part ID (`X2`, `AB:2`) the part ({@link partHistory}).
 */
export function provisionHistory(corpus: Corpus, id: string): HistoryEntry[] {
  const table = splitTableId(id)
  if (table?.row !== undefined) {
    throw new UsageError(`Unexpected table row ID '${id}' for history, expected a table ID such as ${tableIdOf(table.provision)}: rows are numbered afresh in each version, so history follows the whole table`)
  }
  if (table) return tableHistory(corpus, table.provision)
  if (isStoredPart(corpus, id)) return partHistory(corpus, id)
  if (!splitProvisionId(id)) throw new UsageError(`Unexpected provision ID '${id}', expected a clause or sub-paragraph ID such as G3.20 or 'G3.20(b)', a part such as G3, or a table ID such as G3.20/table`)
  const entries: HistoryEntry[] = []
  const known = new Set<string>()
  for (const versionId of corpus.versionIds()) {
    const version = corpus.version(versionId)
    for (const provision of provisionIds(version)) known.add(provision)
    const nowLocated = findProvision(version, id)
    const now = nowLocated?.provision
    const baseId = version.manifest.base
    if (baseId === null || !corpus.has(baseId)) {
      if (nowLocated) {
        const statuses = statusHistory(undefined, nowLocated)
        entries.push({version: versionId, base: baseId, change: 'first', records: [], ...(statuses.length > 0 ? {statuses} : {}), before: '', after: provisionToText(nowLocated.provision), runs: redlineText('', provisionToText(nowLocated.provision))})
      }
      continue
    }
    const base = corpus.version(baseId)
    const thenLocated = findProvision(base, id)
    const then = thenLocated?.provision
    const before = then ? provisionToText(then) : ''
    const after = now ? provisionToText(now) : ''
    // A clause's cross-heading is part of its history; a sub-paragraph's history is its own text.
    const headingThen = thenLocated?.group.heading ?? null
    const headingNow = nowLocated?.group.heading ?? null
    const retitled = then?.kind === 'clause' && now !== undefined && headingThen !== headingNow
    // So is the heading of its part (a part keeps its number; its title may change).
    const partThen = thenLocated?.part
    const partNow = nowLocated?.part
    const partRetitled = then?.kind === 'clause' && partThen !== undefined && partNow !== undefined && partThen.id !== null && partThen.id === partNow.id && partThen.title !== partNow.title
    const statusChanged = then !== undefined && now !== undefined && !sameInForce(then.inForce, now.inForce)
    const statuses = statusHistory(thenLocated, nowLocated)
    if (before === after && !retitled && !partRetitled && statuses.length === 0) continue
    // Each record of the version is read once; they are named in the manifest's order.
    const records = loadListedModifications(corpus, version.manifest)
      .filter((modification) => (before !== after && touchesText(modification, id)) || (retitled && retitles(modification, base, id, headingThen)) || (partRetitled && retitlesPart(modification, partNow.id ?? '')) || (statuses.length > 0 && setsStatus(modification, statuses.map((status) => status.id))))
      .map((modification): RecordRef => ({id: modification.meta.id, title: modification.meta.title, kind: modification.meta.kind}))
    entries.push({
      version: versionId,
      base: baseId,
      change: !then ? 'inserted' : !now ? 'deleted' : before !== after ? 'amended' : retitled || partRetitled ? 'retitled' : 'status changed',
      records,
      ...(statusChanged ? {status: {before: then.inForce ?? null, after: now.inForce ?? null}} : {}),
      ...(statuses.length > 0 ? {statuses} : {}),
      ...(retitled ? {heading: {before: headingThen, after: headingNow, runs: redlineText(headingThen ?? '', headingNow ?? '')}} : {}),
      ...(partRetitled ? {part: {before: partThen.title, after: partNow.title, runs: redlineText(partThen.title ?? '', partNow.title ?? '')}} : {}),
      before,
      after,
      runs: redlineText(before, after),
      redline: provisionRedline(then, now),
      ...tablesField(then, now)
    })
  }
  if (!known.has(id)) throw new UsageError(`Unknown provision '${id}' in every stored version, expected a clause or sub-paragraph${didYouMean(id, [...known])}`)
  return entries
}

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

/** The `tables` field of an entry: how each table of the provision and its sub-paragraphs changed (none: no field). */
function tablesField(then: Provision | undefined, now: Provision | undefined): {tables?: TableHistory[]} {
  const tables = (provision: Provision | undefined): Map<string, Provision['table']> => {
    const out = new Map<string, Provision['table']>()
    const visit = (p: Provision): void => {
      out.set(p.id, p.table)
      p.items.forEach(visit)
    }
    if (provision) visit(provision)
    return out
  }
  const [old, next] = [tables(then), tables(now)]
  const changed = [...new Set([...next.keys(), ...old.keys()])].flatMap((id) => {
    const [a, b] = [old.get(id), next.get(id)]
    return sameTable(a, b) ? [] : [tableChange(a, b)]
  })
  return changed.length > 0 ? {tables: changed} : {}
}

/** How a table changed between two versions (at least one present). */
function tableChange(before: Provision['table'], after: Provision['table']): TableHistory {
  const redline = tableRedline(before, after)
  const id = (after ?? before)?.id ?? ''
  if (!before) return {id, change: 'inserted', rows: []}
  if (!after) return {id, change: 'deleted', rows: []}
  const rows: TableHistory['rows'] = []
  const {header = [], rows: body = []} = redline ?? {}
  if (before.header.length !== after.header.length || header.some((cell) => cell.some((run) => run.type !== 'equal'))) rows.push({id, change: 'row-changed'})
  for (const row of body) {
    if (row.status === 'inserted') rows.push({id: row.id, change: 'row-added'})
    else if (row.status === 'deleted') rows.push({id: row.id, change: 'row-deleted'})
    else if (row.status === 'changed') rows.push({id: row.id, change: 'row-changed'})
  }
  return {id, change: 'amended', rows, ...(before.header.length !== after.header.length ? {columns: {before: before.header.length, after: after.header.length}} : {})}
}

/**
 * The history of a provision's table alone (`F2.11/table`): every version in which the table was
 * inserted, deleted or changed (its cells, rows or columns), with the record whose legal text made
 * the change; a change to the provision's words alone is not the table's.
 */
function tableHistory(corpus: Corpus, provisionId: string): HistoryEntry[] {
  const id = tableIdOf(provisionId)
  const entries: HistoryEntry[] = []
  let everHeld = false
  const text = (table: Provision['table']): string => (table ? tableToText(table, '').join('\n') : '')
  for (const versionId of corpus.versionIds()) {
    const version = corpus.version(versionId)
    const now = findProvision(version, provisionId)?.provision.table
    if (now) everHeld = true
    const baseId = version.manifest.base
    if (baseId === null || !corpus.has(baseId)) {
      if (now) entries.push({version: versionId, base: baseId, change: 'first', records: [], before: '', after: text(now), runs: redlineText('', text(now))})
      continue
    }
    const then = findProvision(corpus.version(baseId), provisionId)?.provision.table
    if (sameTable(then, now)) continue
    const records = loadListedModifications(corpus, version.manifest)
      .filter((modification) => touchesTable(modification, provisionId))
      .map((modification): RecordRef => ({id: modification.meta.id, title: modification.meta.title, kind: modification.meta.kind}))
    const [before, after] = [text(then), text(now)]
    const redline = tableRedline(then, now)
    entries.push({version: versionId, base: baseId, change: !then ? 'inserted' : !now ? 'deleted' : 'amended', records, before, after, runs: redlineText(before, after), tables: [tableChange(then, now)], ...(redline ? {tableRedline: redline} : {})})
  }
  if (!everHeld) {
    const known = new Set(corpus.versionIds().flatMap((versionId) => provisionIds(corpus.version(versionId))))
    const reason = known.has(provisionId) ? `${provisionId} has no table in any stored version` : `no stored version has a provision ${provisionId}${didYouMean(provisionId, [...known])}`
    throw new UsageError(`Unknown table '${id}': ${reason}`)
  }
  return entries
}

/** Whether the record's status lines set one of the statuses. */
function setsStatus(modification: Modification, ids: readonly string[]): boolean {
  return modification.sections.some((section) => (section.statuses ?? []).some((status) => ids.includes(status.id)))
}

/** How a status changed from `was` to `is` (null: in force). */
export function statusChangeOf(was: InForce | null, is: InForce | null): StatusChange {
  return was === null ? 'given' : is === null ? 'removed' : was.commences === 'direction' && is.commences !== 'direction' ? 'activated' : 'changed'
}

/** The statuses bearing on a provision that differ between two versions (then undefined: every status it has now). */
function statusHistory(then: Located | undefined, now: Located | undefined): StatusHistory[] {
  const before = new Map((then ? statusesBearingOn(then) : []).map((status) => [status.id, status.inForce]))
  const after = new Map((now ? statusesBearingOn(now) : []).map((status) => [status.id, status.inForce]))
  const located = now ?? then
  if (!located) return []
  const above = new Set(holdersAbove(located).map((holder) => holder.id))
  const ids = [...new Set([...before.keys(), ...after.keys()])]
  return ids
    .filter((id) => !sameInForce(before.get(id), after.get(id)))
    .map((id): StatusHistory => {
      const was = before.get(id) ?? null
      const is = after.get(id) ?? null
      return {id, of: id === located.provision.id ? 'own' : above.has(id) ? 'above' : 'below', change: statusChangeOf(was, is), before: was, after: is}
    })
}

/** Whether the record's legal text retitles the part (`G3`). */
function retitlesPart(modification: Modification, part: string): boolean {
  return modification.sections.some((section) => section.parts.some((p) => p.id === part && p.kind === 'retitled'))
}

/**
 * Whether the record, applied alone to the base, moves the clause to another cross-heading: a
 * retitle is written against the heading, not the clause, so the legal text does not name the
 * clause. A record that cannot apply alone (drafted against another text) is left out.
 */
function retitles(modification: Modification, base: Version, id: string, heading: string | null): boolean {
  if (!modification.sections.some((section) => section.headings.some((h) => h.before !== h.after))) return false
  try {
    return (findProvision(applyModifications(base, [modification]), id)?.group.heading ?? null) !== heading
  } catch {
    return false
  }
}
