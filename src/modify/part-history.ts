import type {Corpus} from '../corpus/corpus.js'
import {clauseChangesBetween, type ClauseChangeEntry} from './clause-changes.js'
import {sameInForce} from '../model/in-force.js'
import type {Clause, InForce, Part} from '../model/types.js'
import {findPart} from '../model/walk.js'
import {redlineText} from '../redline/redline-text.js'
import type {HistoryEntry, RecordRef, StatusHistory} from './history-types.js'
import {changesPart, setsStatus, touchesText} from './record-touches.js'
import {statusChangeOf} from './status-change.js'
import {loadListedModifications} from './load-modification.js'

/** Whether any stored version holds a part with this ID (`X2`, `G3`, `AB:2`). */
export function isStoredPart(corpus: Corpus, id: string): boolean {
  return corpus.versionIds().some((versionId) => findPart(corpus.version(versionId), id) !== undefined)
}

/**
 * Every version in which a part changed, oldest first: inserted or deleted, retitled, its own
 * in-force status changed, or clauses in it inserted, amended or deleted (listed by ID), with the
 * change records responsible. The text of an entry is the part's heading (`X2 Transition`).
 */
export function partHistory(corpus: Corpus, id: string): HistoryEntry[] {
  const entries: HistoryEntry[] = []
  for (const versionId of corpus.versionIds()) {
    const version = corpus.version(versionId)
    const now = findPart(version, id)?.part
    const baseId = version.manifest.base
    if (baseId === null || !corpus.has(baseId)) {
      if (now) {
        const statuses = now.inForce ? [ownStatus(id, undefined, now.inForce)] : []
        entries.push({version: versionId, base: baseId, change: 'first', records: [], ...(statuses.length > 0 ? {statuses} : {}), before: '', after: headingOf(now), runs: redlineText('', headingOf(now))})
      }
      continue
    }
    const then = findPart(corpus.version(baseId), id)?.part
    if (!then && !now) continue
    const before = then ? headingOf(then) : ''
    const after = now ? headingOf(now) : ''
    const statusChanged = !sameInForce(then?.inForce, now?.inForce) && then !== undefined && now !== undefined
    const clauses = clauseChanges(then, now)
    if (then && now && before === after && !statusChanged && clauses.length === 0) continue
    const records = loadListedModifications(corpus, version.manifest)
      .filter((modification) => changesPart(modification, id) || (statusChanged && setsStatus(modification, [id])) || clauses.some((clause) => touchesText(modification, clause.id)))
      .map((modification): RecordRef => ({id: modification.meta.id, title: modification.meta.title, kind: modification.meta.kind}))
    const change: HistoryEntry['change'] = !then ? 'inserted' : !now ? 'deleted' : before !== after ? 'retitled' : clauses.length > 0 ? 'amended' : 'status changed'
    entries.push({
      version: versionId,
      base: baseId,
      change,
      records,
      ...(statusChanged ? {status: {before: then.inForce ?? null, after: now.inForce ?? null}, statuses: [ownStatus(id, then.inForce, now.inForce)]} : {}),
      ...(then && now && before !== after ? {part: {before: then.title, after: now.title, runs: redlineText(then.title ?? '', now.title ?? '')}} : {}),
      ...(clauses.length > 0 ? {clauses} : {}),
      before,
      after,
      runs: redlineText(before, after)
    })
  }
  return entries
}

/** `X2 Illustrative Transition` (the ID alone for a part without a title). */
function headingOf(part: Part): string {
  return part.title ? `${part.id ?? ''} ${part.title}` : (part.id ?? '')
}

function ownStatus(id: string, before: InForce | undefined, after: InForce | undefined): StatusHistory {
  const was = before ?? null
  const is = after ?? null
  return {id, of: 'own', change: statusChangeOf(was, is), before: was, after: is}
}

/** The clauses of a part inserted, amended or deleted between two versions, in the new version's order (deleted ones after). */
function clauseChanges(then: Part | undefined, now: Part | undefined): ClauseChangeEntry[] {
  const clausesOf = (part: Part | undefined): Map<string, Clause> => new Map((part?.groups ?? []).flatMap((group) => group.clauses.map((clause) => [clause.id, clause] as const)))
  return clauseChangesBetween(clausesOf(then), clausesOf(now))
}
