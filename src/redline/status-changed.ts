import {sameInForce} from '../model/in-force.js'
import type {PartStatusRedline, ProvisionRedline} from './document.js'

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
