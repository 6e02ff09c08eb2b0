import type {ClauseRedline} from './document.js'
import {acceptRuns, hasChanges, rejectRuns, type Run} from './run.js'

/**
 * Whether two neighbouring clauses of a redline stand in one cross-heading group: under the same
 * heading (compared on both sides), and in the same group in each version where both are present.
 * Two neighbouring groups whose headings share their words stay two groups.
 */
export function sameGroup(a: ClauseRedline, b: ClauseRedline): boolean {
  const apart = (x: string | null, y: string | null): boolean => x !== null && y !== null && x !== y
  return headingKey(a) === headingKey(b) && !apart(a.group.before, b.group.before) && !apart(a.group.after, b.group.after)
}

function headingKey(clause: ClauseRedline): string {
  return clause.heading === null ? '\u0000' : `${acceptRuns(clause.heading)}\u0000${rejectRuns(clause.heading)}`
}

/** Whether a cross-heading is wholly inserted (no words before) or wholly deleted (none after); null where it reads the same or is retitled. */
export function headingComesOrGoes(heading: readonly Run[] | null): 'inserted' | 'deleted' | null {
  if (heading === null || !hasChanges(heading)) return null
  const before = rejectRuns(heading)
  const after = acceptRuns(heading)
  if (before === '' && after !== '') return 'inserted'
  if (after === '' && before !== '') return 'deleted'
  return null
}

/**
 * Whether a cross-heading is retitled: it reads differently before and after, with words on both
 * sides (a heading inserted or deleted: {@link headingComesOrGoes}).
 */
export function retitled(heading: readonly Run[] | null): boolean {
  return heading !== null && hasChanges(heading) && acceptRuns(heading) !== '' && rejectRuns(heading) !== ''
}
