import {provisionToText} from '../model/provision-text.js'
import type {Clause} from '../model/types.js'

/** A clause inserted, amended or deleted between two versions of a document or part. */
export interface ClauseChangeEntry {
  id: string
  change: 'inserted' | 'amended' | 'deleted'
}

/** The clauses inserted, amended or deleted from `before` to `after` (by ID), in the new order (deleted ones after). */
export function clauseChangesBetween(before: ReadonlyMap<string, Clause>, after: ReadonlyMap<string, Clause>): ClauseChangeEntry[] {
  const out: ClauseChangeEntry[] = []
  for (const [id, clause] of after) {
    const old = before.get(id)
    if (!old) out.push({id, change: 'inserted'})
    else if (provisionToText(old) !== provisionToText(clause)) out.push({id, change: 'amended'})
  }
  for (const id of before.keys()) if (!after.has(id)) out.push({id, change: 'deleted'})
  return out
}
