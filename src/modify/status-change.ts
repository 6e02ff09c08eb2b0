import {holdersAbove, sameInForce, statusesBearingOn} from '../model/in-force.js'
import type {InForce, Located, Version} from '../model/types.js'
import {findPart, findProvision} from '../model/walk.js'
import type {StatusHistory} from './history-types.js'

/** How a status changed: `given` (the provision was in force), `activated` (it awaited a direction and now does not), `removed` (it is now in force), `changed`. */
export type StatusChange = 'given' | 'activated' | 'removed' | 'changed'

/** How a status changed from `was` to `is` (null: in force). */
export function statusChangeOf(was: InForce | null, is: InForce | null): StatusChange {
  return was === null ? 'given' : is === null ? 'removed' : was.commences === 'direction' && is.commences !== 'direction' ? 'activated' : 'changed'
}

/**
 * The statuses bearing on a provision that differ between two versions (then undefined, no
 * versions given: every status it has now). A provision inserted (or deleted) takes the statuses
 * of the part and provisions above it from the version without it (`versions`): a definition
 * inserted into an A1.1 awaiting a direction did not come from "in force".
 */
export function statusHistory(then: Located | undefined, now: Located | undefined, versions?: {before: Version; after: Version}): StatusHistory[] {
  const located = now ?? then
  if (!located) return []
  const fromAbove = (version: Version | undefined): Array<{id: string; inForce: InForce}> =>
    version === undefined ? [] : holdersAbove(located).flatMap(({id}) => {
      const inForce = findProvision(version, id)?.provision.inForce ?? findPart(version, id)?.part.inForce
      return inForce ? [{id, inForce}] : []
    })
  const before = new Map((then ? statusesBearingOn(then) : fromAbove(versions?.before)).map((status) => [status.id, status.inForce]))
  const after = new Map((now ? statusesBearingOn(now) : fromAbove(versions?.after)).map((status) => [status.id, status.inForce]))
  const above = new Set(holdersAbove(located).map((holder) => holder.id))
  const ids = [...new Set([...before.keys(), ...after.keys()])]
  return ids
    .filter((id) => !sameInForce(before.get(id), after.get(id)))
    .map((id): StatusHistory => {
      const was = before.get(id) ?? null
      const is = after.get(id) ?? null
      return {id, of: id === located.provision.id ? 'own' : above.has(id) ? 'above' : 'below', change: statusChangeOf(was, is), before: was, after: is}
    })
}
