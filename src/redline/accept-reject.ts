import {childId, printedNumber} from '../model/ids.js'
import type {Clause, Provision, SubParagraph} from '../model/types.js'
import type {ClauseRedline, ProvisionRedline} from './document.js'
import {acceptRuns, rejectRuns, type Run} from './run.js'
import {renumberTable, resolveTable} from './table-redline.js'

/** Which version to read back from a redline: `accept` every change (new) or `reject` every change (old). */
export type Side = 'accept' | 'reject'

const read = (runs: readonly Run[], side: Side): string => (side === 'accept' ? acceptRuns(runs) : rejectRuns(runs))

/**
 * The provision as it reads with every change accepted or rejected, or null where it does not
 * exist on that side (an inserted provision, rejected; a deleted one, accepted).
 */
export function resolveProvision(redline: ProvisionRedline, side: Side): Provision | null {
  if (redline.status === (side === 'accept' ? 'deleted' : 'inserted')) return null
  const items = redline.items.map((item) => resolveProvision(item, side)).filter((p): p is SubParagraph => p !== null)
  const label = read(redline.label, side)
  const table = resolveTable(redline.table, side, redline.id)
  const base = {text: read(redline.text, side), ...(table ? {table} : {}), items, tail: read(redline.tail, side)}
  if (redline.kind === 'clause') {
    // The label is the number the document prints (`2.11`); the ID keeps its document's prefix (`AB:2.11`).
    const prefix = redline.id.slice(0, redline.id.length - printedNumber(redline.id).length)
    const clause: Clause = {kind: 'clause', id: `${prefix}${label}`, ...base}
    return clause
  }
  const textBefore = redline.textBefore ? read(redline.textBefore, side) : ''
  const sub: SubParagraph = {kind: 'sub-paragraph', id: '', label, ...(redline.definition ? {term: label} : {}), ...base, ...(textBefore === '' ? {} : {textBefore})}
  return sub
}

/** A clause with every change accepted or rejected, with sub-paragraph IDs rebuilt from labels. */
export function resolveClause(redline: ClauseRedline, side: Side): Clause | null {
  const clause = resolveProvision(redline, side)
  if (!clause || clause.kind !== 'clause') return null
  const renumber = (provision: Provision): void => {
    if (provision.table) provision.table = renumberTable(provision.table, provision.id)
    for (const item of provision.items) {
      item.id = childId(provision.id, item)
      renumber(item)
    }
  }
  renumber(clause)
  return clause
}

/** The cross-heading a clause stands under, on one side, or null. */
export function resolveHeading(redline: ClauseRedline, side: Side): string | null {
  if (redline.heading === null) return null
  const text = read(redline.heading, side)
  return text === '' ? null : text
}
