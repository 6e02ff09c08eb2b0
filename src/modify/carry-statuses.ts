import type {InForce, Section} from '../model/types.js'
import {walkProvisions} from '../model/walk.js'

/**
 * Carries each provision's in-force status from the base version onto the applied one, by ID:
 * a clause rebuilt from a change record's legal text keeps the status its frontmatter entry gave it.
 * `changed` holds the statuses a record sets (`null`: in force), which win over the base's.
 */
export function carryStatuses(base: readonly Section[], applied: readonly Section[], changed: ReadonlyMap<string, InForce | null> = new Map()): void {
  const before = new Map<string, InForce>()
  for (const {provision} of walkProvisions(base)) if (provision.inForce) before.set(provision.id, provision.inForce)
  if (before.size === 0 && changed.size === 0) return
  for (const {provision} of walkProvisions(applied)) {
    const status = changed.has(provision.id) ? changed.get(provision.id) : before.get(provision.id)
    if (status) provision.inForce = {...status}
    else delete provision.inForce
  }
}
