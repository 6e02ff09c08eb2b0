import {childId, tableIdOf, tableRowIdOf} from '../model/ids.js'
import type {Place, Provision} from '../model/types.js'
import {resolveProvision} from '../redline/accept-reject.js'
import {provisionRedline} from '../redline/clause-redline.js'
import type {ClauseRedline, ProvisionRedline, TableRedline} from '../redline/document.js'
import {acceptRuns, hasChanges, rejectRuns} from '../redline/run.js'
import {similarity} from '../redline/similarity.js'
import type {ProvisionChange, SourcePoint} from './types.js'

/** What classification needs to know about a clause besides its redline. */
export interface ClauseContext {
  section: string
  /** Places of the provisions of the old and the new clause, by ID (looked up only for the changes found). */
  oldPlaces: Pick<ReadonlyMap<string, Place>, 'get'>
  newPlaces: Pick<ReadonlyMap<string, Place>, 'get'>
  /** Whether the clause's ID exists in the old version (for a clause inserted as `[Not used]`). */
  existedBefore: boolean
  /** Where the old clause of this ID moved to, if it moved. */
  movedTo?: string
}

const NOT_USED = /^\[Not used\]\.?$/i

/** Whether a provision reads `[Not used]` and nothing else. */
export function isNotUsed(text: string, itemCount: number): boolean {
  return itemCount === 0 && NOT_USED.test(text.trim())
}

/**
 * Turns one clause's redline into change records, most specific first: a changed clause whose
 * only change is in sub-paragraph (b) gives one `changed` record for `G3.20(b)`. Added, deleted,
 * moved and `[Not used]` provisions give one record each for the whole provision.
 */
export function classifyClause(clause: ClauseRedline, context: ClauseContext): ProvisionChange[] {
  const heading = clause.heading === null ? null : acceptRuns(clause.heading) || rejectRuns(clause.heading) || null
  const base = {section: context.section, part: clause.part.id, heading}
  const out: ProvisionChange[] = []
  const record = (
    kind: ProvisionChange['kind'],
    redline: ProvisionRedline,
    ids: {oldId: string | null; newId: string | null; clause: string},
    whole: boolean,
    score: number | null = null
  ): void => {
    const change: ProvisionChange = {
      kind,
      id: ids.newId ?? ids.oldId ?? redline.id,
      oldId: ids.oldId,
      newId: ids.newId,
      ...base,
      clause: ids.clause,
      similarity: score,
      oldPlace: point(ids.oldId === null ? undefined : context.oldPlaces.get(ids.oldId)),
      newPlace: point(ids.newId === null ? undefined : context.newPlaces.get(ids.newId)),
      redline: whole ? redline : {...redline, items: []}
    }
    if (kind === 'not-used' && context.movedTo) change.movedTo = context.movedTo
    out.push(change)
  }
  // The label is the number as printed (`2.11` in an Appendix): the IDs take the document's prefix back (`AB:2.11`).
  const prefix = clause.id.includes(':') ? clause.id.slice(0, clause.id.indexOf(':') + 1) : ''
  const oldClauseId = prefix + rejectRuns(clause.label)
  const newClauseId = prefix + acceptRuns(clause.label)
  if (clause.status === 'inserted') {
    const notUsed = isNotUsed(acceptRuns(clause.text), clause.items.length) && context.existedBefore
    record(notUsed ? 'not-used' : 'added', clause, {oldId: notUsed ? clause.id : null, newId: clause.id, clause: clause.id}, true)
  } else if (clause.status === 'deleted') {
    record('deleted', clause, {oldId: clause.id, newId: null, clause: clause.id}, true)
  } else if (clause.movedFrom) {
    record('moved', clause, {oldId: clause.movedFrom.id, newId: clause.id, clause: clause.id}, true, clause.movedFrom.similarity)
  } else if (clause.status === 'changed') {
    const survivors = clause.items.filter((item) => item.status !== 'deleted').length
    if (isNotUsed(acceptRuns(clause.text), survivors) && !isNotUsed(rejectRuns(clause.text), clause.items.length)) {
      record('not-used', clause, {oldId: oldClauseId, newId: newClauseId, clause: clause.id}, true)
    } else {
      walkChanged(clause, oldClauseId, newClauseId, clause.id, record)
    }
  }
  return out
}

type Recorder = (
  kind: ProvisionChange['kind'],
  redline: ProvisionRedline,
  ids: {oldId: string | null; newId: string | null; clause: string},
  whole: boolean,
  score?: number | null
) => void

function walkChanged(provision: ProvisionRedline, oldId: string, newId: string, clause: string, record: Recorder): void {
  // The text between two lists before a sub-paragraph is recorded with that sub-paragraph.
  if (hasChanges(provision.text) || hasChanges(provision.tail) || hasChanges(provision.textBefore ?? [])) record('changed', provision, {oldId, newId, clause}, false)
  if (provision.table) recordRows(provision, provision.table, oldId, newId, clause, record)
  if (provision.items.some((item) => item.definition)) {
    classifyDefinitions(provision, oldId, newId, clause, record)
    return
  }
  for (const item of provision.items) {
    if (item.status === 'unchanged') continue
    const itemOld = `${oldId}(${rejectRuns(item.label)})`
    const itemNew = `${newId}(${acceptRuns(item.label)})`
    if (item.status === 'inserted') record('added', item, {oldId: null, newId: itemNew, clause}, true)
    else if (item.status === 'deleted') record('deleted', item, {oldId: itemOld, newId: null, clause}, true)
    else if (hasChanges(item.label)) record('moved', item, {oldId: itemOld, newId: itemNew, clause}, true, provisionSimilarity(item))
    else walkChanged(item, itemOld, itemNew, clause, record)
  }
}

/**
 * The changes of a definitions list, one record per definition: added, deleted, changed (its words
 * or its sub-paragraphs), renamed in its place, or moved (the same term deleted at one place and
 * inserted at another: out of or into alphabetical order), in the new list's order.
 */
function classifyDefinitions(list: ProvisionRedline, oldId: string, newId: string, clause: string, record: Recorder): void {
  const deletedByTerm = new Map<string, ProvisionRedline>()
  const insertedByTerm = new Map<string, ProvisionRedline>()
  for (const item of list.items) {
    if (item.status === 'deleted') deletedByTerm.set(rejectRuns(item.label), item)
    if (item.status === 'inserted') insertedByTerm.set(acceptRuns(item.label), item)
  }
  for (const item of list.items) {
    if (item.status === 'unchanged') continue
    const oldTerm = rejectRuns(item.label)
    const newTerm = acceptRuns(item.label)
    const itemOld = `${oldId}[${oldTerm}]`
    const itemNew = `${newId}[${newTerm}]`
    if (item.status === 'inserted') {
      const old = deletedByTerm.get(newTerm)
      if (old) {
        const moved = movedDefinition(old, item)
        record('definition-moved', moved, {oldId: `${oldId}[${newTerm}]`, newId: itemNew, clause}, true, provisionSimilarity(moved))
      } else record('definition-added', item, {oldId: null, newId: itemNew, clause}, true)
    } else if (item.status === 'deleted') {
      if (!insertedByTerm.has(oldTerm)) record('definition-deleted', item, {oldId: itemOld, newId: null, clause}, true)
    } else if (hasChanges(item.label)) record('definition-renamed', item, {oldId: itemOld, newId: itemNew, clause}, true, provisionSimilarity(item))
    else record('definition-changed', item, {oldId: itemOld, newId: itemNew, clause}, true)
  }
}

/** One redline of a definition that stands at another place in the new list: its old text against its new. */
function movedDefinition(deleted: ProvisionRedline, inserted: ProvisionRedline): ProvisionRedline {
  const before = resolveProvision(deleted, 'reject') ?? undefined
  const after = resolveProvision(inserted, 'accept') ?? undefined
  const number = (provision: Provision | undefined, id: string): void => {
    if (!provision) return
    provision.id = id
    for (const item of provision.items) number(item, childId(id, item))
  }
  number(before, deleted.id)
  number(after, inserted.id)
  return provisionRedline(before, after)
}
/**
 * One change per table row added, changed or deleted (`F2.11/table/3`, numbered in its own
 * version), and one `row-changed` for the header row (`F2.11/table`) when its cells or the number
 * of columns changed. The change's redline is the provision's table cut down to that row.
 */
function recordRows(provision: ProvisionRedline, table: TableRedline, oldId: string, newId: string, clause: string, record: Recorder): void {
  const cut = (rows: TableRedline['rows']): ProvisionRedline => ({...provision, status: 'changed', text: [], tail: [], items: [], table: {...table, rows}})
  const [oldTable, newTable] = [tableIdOf(oldId), tableIdOf(newId)]
  if (table.columns.before > 0 && table.columns.after > 0 && (table.columns.before !== table.columns.after || table.header.some(hasChanges))) {
    record('row-changed', cut([]), {oldId: oldTable, newId: newTable, clause}, true)
  }
  let oldRow = 0
  let newRow = 0
  for (const row of table.rows) {
    if (row.status !== 'inserted') oldRow++
    if (row.status !== 'deleted') newRow++
    if (row.status === 'unchanged') continue
    const ids = {
      oldId: row.status === 'inserted' ? null : tableRowIdOf(oldTable, oldRow),
      newId: row.status === 'deleted' ? null : tableRowIdOf(newTable, newRow),
      clause
    }
    record(row.status === 'inserted' ? 'row-added' : row.status === 'deleted' ? 'row-deleted' : 'row-changed', cut([row]), ids, true)
  }
}

/** The similarity of a redlined provision's old and new text, sub-paragraphs included, labels left out. */
export function provisionSimilarity(redline: ProvisionRedline): number {
  const flat = (side: 'accept' | 'reject'): string => {
    const provision = resolveProvision(redline, side)
    const visit = (p: typeof provision): string => (p ? [p.text, ...p.items.map(visit), p.tail].join(' ') : '')
    return visit(provision)
  }
  return roundScore(similarity(flat('reject'), flat('accept')))
}

/** Scores are stated to two decimals, rounded down so that 0.999 never reads as 1. */
export function roundScore(score: number): number {
  return score >= 1 ? 1 : Math.floor(score * 100) / 100
}

function point(place: Place | undefined): SourcePoint | null {
  return place ? {file: place.file, line: place.start.line, column: place.start.column} : null
}
