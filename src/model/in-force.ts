import {longDate} from './dates.js'
import type {InForce, Located, Provision} from './types.js'

/** Whether a provision is in force on a date, and if not, why. */
export type InForceState = 'in force' | 'not yet commenced' | 'lapsed' | 'awaiting a direction'

/** The state of a provision with status `inForce` (absent: in force) on `date` (YYYY-MM-DD; dates compare as strings). */
export function inForceOn(inForce: InForce | undefined, date: string): InForceState {
  if (!inForce) return 'in force'
  if (inForce.commences === 'direction') return 'awaiting a direction'
  if (inForce.commences !== undefined && date < inForce.commences) return 'not yet commenced'
  if (inForce.lapses !== undefined && date >= inForce.lapses) return 'lapsed'
  return 'in force'
}

/** The status in words: `comes into force on a direction`, `comes into force on 1 April 2026; ceases to have effect on 31 March 2027`. */
export function describeInForce(inForce: InForce | undefined): string {
  if (!inForce || (inForce.commences === undefined && inForce.lapses === undefined)) return 'in force'
  const parts: string[] = []
  if (inForce.commences === 'direction') parts.push('not in force: comes into force on a direction')
  else if (inForce.commences !== undefined) parts.push(`comes into force on ${longDate(inForce.commences)}`)
  if (inForce.lapses !== undefined) parts.push(`ceases to have effect on ${longDate(inForce.lapses)}`)
  return parts.join('; ')
}

/** An annex's note of a status the record leaves as it is: `(Status of Section X2.4(b): ceases to have effect on 31 March 2027.)`. */
export function statusNote(id: string, inForce: InForce | undefined): string {
  return `(Status of Section ${id}: ${describeInForce(inForce)}.)`
}

/** The form of {@link statusNote}'s line, as an importer reads it back. */
export const STATUS_NOTE = /^\(Status of Section \S+: .+\.\)$/

/** Whether two statuses say the same. */
export function sameInForce(a: InForce | undefined, b: InForce | undefined): boolean {
  return a?.commences === b?.commences && a?.lapses === b?.lapses
}

/** A provision's status, named by its ID. */
export interface ProvisionStatus {
  id: string
  inForce: InForce
}

/**
 * What stands above a located provision and can hold a status, outermost first: its part (when
 * numbered), then its ancestor provisions. A status holds for everything under its holder.
 */
export function holdersAbove(located: Located): Array<{id: string; inForce?: InForce}> {
  const part = located.part.id === null ? [] : [{id: located.part.id, ...(located.part.inForce ? {inForce: located.part.inForce} : {})}]
  return [...part, ...located.ancestors]
}

/**
 * The statuses that bear on a located provision, in document order: its part's and its ancestors'
 * (a status holds for everything under its holder, so it inherits them), its own, and its
 * sub-paragraphs'.
 */
export function statusesBearingOn(located: Located): ProvisionStatus[] {
  const above = holdersAbove(located).flatMap((holder) => (holder.inForce ? [{id: holder.id, inForce: {...holder.inForce}}] : []))
  return [...above, ...statusesUnder(located.provision)]
}

/** The statuses of a provision and everything under it, in document order. */
export function statusesUnder(provision: Provision): ProvisionStatus[] {
  const own = provision.inForce ? [{id: provision.id, inForce: {...provision.inForce}}] : []
  return [...own, ...provision.items.flatMap(statusesUnder)]
}
