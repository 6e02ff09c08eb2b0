import {sameInForce} from '../model/in-force.js'
import type {InForce, Version} from '../model/types.js'
import {statusHolders} from '../model/status-holders.js'
import {clauseOfStatusId} from '../parse/section-status.js'
import {inForceFlow} from '../serialize/serialize-status.js'
import type {Conflict} from './conflict-error.js'
import type {Modification} from './modification-types.js'

/**
 * Rebases a record's status lines onto `onto`: a line whose old status is `onto`'s stays; one
 * whose new status `onto` already has is dropped (nothing left to change); any other is a conflict
 * (the status changed both ways), and is dropped from the rebased record.
 */
export function rebaseStatuses(modification: Modification, onto: Version, names: [string, string]): {modification: Modification; conflicts: Conflict[]; kept: number} {
  const theirs = new Map<string, InForce | undefined>()
  for (const holder of statusHolders(onto.sections)) theirs.set(holder.id, holder.inForce)
  const conflicts: Conflict[] = []
  let kept = 0
  const sections = modification.sections.map((section) => {
    if (!section.statuses) return section
    const statuses = section.statuses.filter((status) => {
      const target = theirs.get(status.id)
      if (sameInForce(target, status.before ?? undefined)) {
        kept++
        return true
      }
      if (sameInForce(target, status.after ?? undefined)) return false
      conflicts.push({
        clause: clauseOfStatusId(status.id),
        provision: status.id,
        field: 'status',
        base: `status ${inForceFlow(status.before ?? undefined) ?? 'in force'}`,
        sides: [
          {name: names[0], wording: `status ${inForceFlow(status.after ?? undefined) ?? 'in force'}`},
          {name: names[1], wording: `status ${inForceFlow(target) ?? 'in force'}`}
        ],
        place: status.place
      })
      return false
    })
    return {...section, statuses}
  })
  return {modification: {...modification, sections}, conflicts, kept}
}
