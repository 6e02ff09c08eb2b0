import {InputError} from '../diagnostics/errors.js'
import {sameInForce} from '../model/in-force.js'
import type {Clause, InForce, Section} from '../model/types.js'
import {provisionsOfClause} from '../model/walk.js'
import {setHolderStatus, statusHolders} from '../model/status-holders.js'
import {inForceFlow} from '../serialize/serialize-status.js'
import {clauseOfStatusId} from '../parse/section-status.js'
import type {Conflict} from './conflict-error.js'
import type {Modification} from './modification-types.js'

/**
 * Carries each part's and provision's in-force status from the base version onto the applied one, by ID (a
 * clause rebuilt from a change record's legal text keeps the status its frontmatter entry gave
 * it), then sets the statuses the records change. A clause whose statuses differ is copied, never
 * changed in place: the base version's objects stay as they were read.
 */
export function carryStatuses(base: readonly Section[], applied: readonly Section[], changed: ReadonlyMap<string, InForce | null> = new Map()): void {
  const before = new Map<string, InForce>()
  for (const holder of statusHolders(base)) if (holder.inForce) before.set(holder.id, holder.inForce)
  if (before.size === 0 && changed.size === 0) return
  const wanted = (id: string): InForce | undefined => (changed.has(id) ? (changed.get(id) ?? undefined) : before.get(id))
  for (const section of applied) {
    section.parts = section.parts.map((part) => {
      if (part.id === null || sameInForce(part.inForce, wanted(part.id))) return part
      const copy = {...part}
      setHolderStatus(copy, wanted(part.id))
      return copy
    })
    for (const part of section.parts) {
      for (const group of part.groups) {
        group.clauses = group.clauses.map((clause) => {
          if (provisionsOfClause(clause).every((p) => sameInForce(p.inForce, wanted(p.id)))) return clause
          const copy: Clause = structuredClone(clause)
          for (const provision of provisionsOfClause(copy)) {
            const status = wanted(provision.id)
            if (status) provision.inForce = {...status}
            else delete provision.inForce
          }
          return copy
        })
      }
    }
  }
}

/**
 * The statuses the records set, by provision ID (null: in force), each checked against the base:
 * the status a record changes from must be the base's (else an input error), and two records
 * setting one provision differently are a conflict (answered, for the caller to report).
 */
export function recordedStatuses(base: readonly Section[], modifications: readonly Modification[]): {statuses: Map<string, InForce | null>; conflicts: Conflict[]} {
  const conflicts: Conflict[] = []
  const current = new Map<string, InForce | undefined>()
  for (const holder of statusHolders(base)) current.set(holder.id, holder.inForce)
  const out = new Map<string, {after: InForce | null; by: string}>()
  for (const modification of modifications) {
    for (const section of modification.sections) {
      for (const status of section.statuses ?? []) {
        const was = current.get(status.id)
        if (!sameInForce(was, status.before ?? undefined)) {
          throw new InputError(
            `Unexpected status of ${status.id} before ${modification.meta.id}: the record changes ${inForceFlow(status.before ?? undefined) ?? 'in force'}, but the base says ${inForceFlow(was) ?? 'in force'}${current.has(status.id) ? '' : ' (no such part or provision in the base)'}, expected the base's status`,
            status.place
          )
        }
        const earlier = out.get(status.id)
        if (earlier && !sameInForce(earlier.after ?? undefined, status.after ?? undefined)) {
          const wording = (inForce: InForce | null | undefined): string => `status ${inForceFlow(inForce ?? undefined) ?? 'in force'}`
          conflicts.push({clause: clauseOfStatusId(status.id), provision: status.id, field: 'status', base: wording(was), sides: [{name: earlier.by, wording: wording(earlier.after)}, {name: modification.meta.id, wording: wording(status.after)}], place: status.place})
          continue
        }
        out.set(status.id, {after: status.after, by: modification.meta.id})
      }
    }
  }
  return {statuses: new Map([...out].map(([id, entry]) => [id, entry.after])), conflicts}
}

/** Fails when a record sets the status of a provision that the applied version does not hold. */
export function checkStatusTargets(applied: readonly Section[], modifications: readonly Modification[]): void {
  const ids = new Set([...statusHolders(applied)].map((holder) => holder.id))
  for (const modification of modifications) {
    for (const section of modification.sections) {
      for (const status of section.statuses ?? []) {
        if (status.after && !ids.has(status.id)) {
          throw new InputError(`Unknown provision ${status.id} in a status line of ${modification.meta.id}, expected a part, clause or sub-paragraph of the version the record makes`, status.place)
        }
      }
    }
  }
}

