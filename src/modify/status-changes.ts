import type {InForce, Place, Section} from '../model/types.js'
import {statusHolders} from '../model/status-holders.js'
import {inForceFlow} from '../serialize/serialize-status.js'

/** A part or provision whose in-force status differs between two versions of a document. */
export interface StatusChange {
  id: string
  before?: InForce
  after?: InForce
  /** Where the provision stands in the later text. */
  place?: Place
}

/** The parts and provisions whose status differs between `before` and `after` (both the same document), in the later document's order, then the earlier's. */
export function statusChanges(before: Section | undefined, after: Section | undefined): StatusChange[] {
  const old = new Map<string, InForce | undefined>()
  if (before) for (const holder of statusHolders([before])) old.set(holder.id, holder.inForce)
  const changes: StatusChange[] = []
  const seen = new Set<string>()
  if (after) {
    for (const provision of statusHolders([after])) {
      seen.add(provision.id)
      if (!old.has(provision.id)) {
        // A new provision: its status is part of its insertion, a change only when it is not in force.
        if (provision.inForce) changes.push(change(provision.id, undefined, provision.inForce, provision.place))
        continue
      }
      const was = old.get(provision.id)
      if (inForceFlow(was) !== inForceFlow(provision.inForce)) changes.push(change(provision.id, was, provision.inForce, provision.place))
    }
  }
  return changes
}

function change(id: string, before: InForce | undefined, after: InForce | undefined, place: Place | undefined): StatusChange {
  const out: StatusChange = {id}
  if (before) out.before = before
  if (after) out.after = after
  if (place) out.place = place
  return out
}
