import {provisionsOfClause} from '../model/walk.js'
import {InputError} from '../diagnostics/errors.js'
import type {Clause, InForce} from '../model/types.js'
import type {StatusEntry} from './parse-status.js'

/** The clause an ID belongs to: `X2.4(b)` → `X2.4` (the ID up to its first label or term). */
export function clauseOfStatusId(id: string): string {
  const cut = id.search(/[([]/)
  return cut < 0 ? id : id.slice(0, cut)
}

/** Fails on the first status entry whose part or provision is not in the document, or that is written twice. `byId`: the document's clause chunks by ID, in document order. */
export function checkStatusIds(entries: readonly StatusEntry[], byId: ReadonlyMap<string, {id: string; parse(): Clause}>, parts: ReadonlyArray<{id: string}> = []): void {
  if (entries.length === 0) return
  const partIds = new Set(parts.map((part) => part.id))
  for (const entry of entries) {
    if (partIds.has(entry.id)) continue
    const chunk = byId.get(clauseOfStatusId(entry.id))
    const found = chunk && (chunk.id === entry.id || provisionsOfClause(chunk.parse()).some((p) => p.id === entry.id))
    if (!found) {
      throw new InputError(`Unknown provision ${entry.id} in 'status', expected the ID of a part, clause or sub-paragraph of this document (such as "${byId.keys().next().value ?? 'G3.20'}")`, entry.place)
    }
  }
}

/** Puts each status that names a part onto that part (`inForce`). */
export function attachPartStatuses(parts: ReadonlyArray<{id: string | null; inForce?: InForce}>, entries: readonly StatusEntry[]): void {
  for (const part of parts) {
    const entry = part.id === null ? undefined : entries.find((e) => e.id === part.id)
    if (entry) part.inForce = {...entry.inForce}
  }
}

/** Puts each status onto its provision of `clause` (`inForce`). */
export function attachStatuses(clause: Clause, entries: readonly StatusEntry[]): void {
  const prefix = clause.id
  const mine = entries.filter((entry) => entry.id === prefix || clauseOfStatusId(entry.id) === prefix)
  if (mine.length === 0) return
  for (const provision of provisionsOfClause(clause)) {
    const entry = mine.find((e) => e.id === provision.id)
    if (entry) provision.inForce = {...entry.inForce}
  }
}

