import {sameInForce} from '../model/in-force.js'
import {comparePartIds} from '../model/ids.js'
import type {InForce} from '../model/types.js'
import type {PartStatusRedline, ProvisionRedline, SectionRedline} from './document.js'

/** Whether a provision present on both sides, or new and not in force, changes its in-force status. */
export function statusChanged(provision: ProvisionRedline): boolean {
  if (!provision.inForce || provision.status === 'deleted') return false
  return !sameInForce(provision.inForce.before, provision.inForce.after)
}

/** The parts whose own status changes. */
export function partStatusChanges(parts: readonly PartStatusRedline[] | undefined): PartStatusRedline[] {
  return (parts ?? []).filter((part) => !sameInForce(part.before, part.after))
}

/** The provisions of a clause (itself and every sub-paragraph) whose status changes, in document order. */
export function statusChangesIn(provision: ProvisionRedline): ProvisionRedline[] {
  return [...(statusChanged(provision) ? [provision] : []), ...provision.items.flatMap(statusChangesIn)]
}

/**
 * Every status a section's redline changes, parts' and provisions', in document order: a part's
 * before the provisions in it (its status holds for them all), then the next part's.
 */
export function sectionStatusChanges(section: Pick<SectionRedline, 'clauses' | 'partStatuses'>): Array<{id: string; after: InForce | undefined}> {
  const entries = [
    ...partStatusChanges(section.partStatuses).map((part) => ({part: part.id as string | null, rank: 0, id: part.id, after: part.after})),
    ...section.clauses.flatMap((clause) => statusChangesIn(clause).map((provision) => ({part: clause.part.id, rank: 1, id: provision.id, after: provision.inForce?.after})))
  ]
  const byPart = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? -1 : b === null ? 1 : comparePartIds(a, b))
  return entries
    .map((entry, index) => ({...entry, index}))
    .sort((a, b) => byPart(a.part, b.part) || a.rank - b.rank || a.index - b.index)
    .map(({id, after}) => ({id, after}))
}
