import type {StatusDiff, VersionDiff} from '../diff/types.js'
import {describeInForce} from '../model/in-force.js'

/** `status changed, Section X, X2.4(b): ceases to have effect on 31 March 2027 → ceases to have effect on 31 March 2028` (a part's: `…, Section X, Part X2: …`), plain text, for every diff format. */
export function describeStatusDiff(change: StatusDiff): string {
  return `${change.kind}, Section ${change.section}, ${change.clause === null ? 'Part ' : ''}${change.id}: ${describeInForce(change.before ?? undefined)} → ${describeInForce(change.after ?? undefined)}`
}

/** Whether the diff has nothing to show: no provision, heading or status changed. */
export function diffIsEmpty(diff: VersionDiff): boolean {
  return diff.changes.length === 0 && diff.headings.length === 0 && diff.statuses.length === 0
}
