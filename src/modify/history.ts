import type {Corpus} from '../corpus/corpus.js'
import {didYouMean, UsageError} from '../diagnostics/errors.js'
import {parseDocumentReference, splitProvisionId, splitTableId, tableIdOf} from '../model/ids.js'
import type {Located, Provision, Version} from '../model/types.js'
import {sameInForce} from '../model/in-force.js'
import {sameTable, tableToText} from '../model/table-text.js'
import {findDefinition, findProvision, provisionIds} from '../model/walk.js'
import {groupContinuation, headingOverRun} from '../model/group-continuation.js'
import {idInEachVersion} from './definition-names.js'
import {tableRedline} from '../redline/table-redline.js'
import {provisionRedline} from '../redline/clause-redline.js'
import {redlineText} from '../redline/redline-text.js'
import {provisionToText} from '../model/provision-text.js'
import {applyModifications} from './apply-modification.js'
import {isStoredPart, partHistory} from './part-history.js'
import {documentHistory, isStoredDocument} from './document-history.js'
import {loadListedModifications} from './load-modification.js'
import type {Modification} from './modification-types.js'
import type {HistoryEntry, RecordRef, TableHistory} from './history-types.js'
import {retitlesPart, setsStatus, touchesTable, touchesText} from './record-touches.js'
import {statusHistory} from './status-change.js'

export type {HeadingHistory, HistoryEntry, RecordRef, StatusHistory, TableHistory} from './history-types.js'
export type {StatusChange} from './status-change.js'

/**
 * Every version in which a provision (or any of its sub-paragraphs) changed, oldest first, with
 * the change record responsible and a word-level view of the change. A table ID follows the
 * table; a part ID (`X2`, `AB:2`) the part ({@link partHistory}); a document (`G`, `AB`,
 * `Appendix AB`, `Sch11`) the whole document ({@link documentHistory}).
 */
export function provisionHistory(corpus: Corpus, id: string): HistoryEntry[] {
  const table = splitTableId(id)
  if (table?.row !== undefined) {
    throw new UsageError(`Unexpected table row ID '${id}' for history, expected a table ID such as ${tableIdOf(table.provision)}: rows are numbered afresh in each version, so history follows the whole table`)
  }
  if (table) return tableHistory(corpus, table.provision)
  if (isStoredPart(corpus, id)) return partHistory(corpus, id)
  // A whole document (`G`, `AB`, `Appendix AB`, `Sch11`): its title, document version and clauses.
  const document = parseDocumentReference(id)
  if (document && isStoredDocument(corpus, document)) return documentHistory(corpus, document)
  // A defined term alone ('Alert Window') is the definition the latest version holding it has.
  if (!splitProvisionId(id)) {
    for (const versionId of [...corpus.versionIds()].reverse()) {
      const term = findDefinition(corpus.version(versionId), id)
      if (term) return provisionHistory(corpus, term.provision.id)
    }
  }
  if (!splitProvisionId(id)) throw new UsageError(`Unexpected provision ID '${id}', expected a clause or sub-paragraph ID such as G3.20 or 'G3.20(b)', a part such as G3, a table ID such as G3.20/table, a document such as G or AB, or a defined term`)
  // A definition renamed in its place is followed under the term it had before.
  const ids = idInEachVersion(corpus, id)
  const entries: HistoryEntry[] = []
  const known = new Set<string>()
  for (const versionId of corpus.versionIds()) {
    const version = corpus.version(versionId)
    for (const provision of provisionIds(version)) known.add(provision)
    const idNow = ids.get(versionId) ?? id
    const nowLocated = findProvision(version, idNow)
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
    const idThen = ids.get(baseId) ?? id
    const thenLocated = findProvision(base, idThen)
    const then = thenLocated?.provision
    const renamed = then !== undefined && now !== undefined && idThen !== idNow
    const before = then ? provisionToText(then) : ''
    const after = now ? provisionToText(now) : ''
    // A clause's cross-heading is part of its history; a sub-paragraph's history is its own text.
    // The heading line over its run of clauses: a group split off above it shows the heading inserted, one merged the heading deleted.
    const line = headingLine(thenLocated, nowLocated)
    const headingThen = line.before
    const headingNow = line.after
    const retitled = then?.kind === 'clause' && now !== undefined && headingThen !== headingNow
    // So is the heading of its part (a part keeps its number; its title may change).
    const partThen = thenLocated?.part
    const partNow = nowLocated?.part
    const partRetitled = then?.kind === 'clause' && partThen !== undefined && partNow !== undefined && partThen.id !== null && partThen.id === partNow.id && partThen.title !== partNow.title
    const statusChanged = then !== undefined && now !== undefined && !sameInForce(then.inForce, now.inForce)
    const statuses = statusHistory(thenLocated, nowLocated, {before: base, after: version})
    if (before === after && !renamed && !retitled && !partRetitled && statuses.length === 0) continue
    // Each record of the version is read once; they are named in the manifest's order.
    const records = loadListedModifications(corpus, version.manifest)
      .filter((modification) => ((before !== after || renamed) && (touchesText(modification, idNow) || touchesText(modification, idThen))) || (retitled && retitles(modification, base, id, thenLocated)) || (partRetitled && retitlesPart(modification, partNow.id ?? '')) || (statuses.length > 0 && setsStatus(modification, statuses.map((status) => status.id))))
      .map((modification): RecordRef => ({id: modification.meta.id, title: modification.meta.title, kind: modification.meta.kind}))
    entries.push({
      version: versionId,
      base: baseId,
      change: !then ? 'inserted' : !now ? 'deleted' : renamed ? 'renamed' : before !== after ? 'amended' : retitled || partRetitled ? 'retitled' : 'status changed',
      ...(renamed ? {renamedFrom: idThen} : {}),
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

/**
 * Whether the record, applied alone to the base, moves the clause to another cross-heading: a
 * retitle is written against the heading, not the clause, so the legal text does not name the
 * clause. A record that cannot apply alone (drafted against another text) is left out.
 */
function retitles(modification: Modification, base: Version, id: string, then: Located | undefined): boolean {
  if (!modification.sections.some((section) => section.headings.some((h) => h.before !== h.after))) return false
  try {
    const line = headingLine(then, findProvision(applyModifications(base, [modification]), id))
    return line.before !== line.after
  } catch {
    return false
  }
}

/** The cross-heading line over a clause's run of clauses in two versions (see `headingOverRun`); each group's own heading where the clause is absent on a side. */
function headingLine(then: Located | undefined, now: Located | undefined): {before: string | null; after: string | null} {
  if (!then || !now) return {before: then?.group.heading ?? null, after: now?.group.heading ?? null}
  return headingOverRun(groupContinuation(then.section, now.section), then.group, now.group)
}
