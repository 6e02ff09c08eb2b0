import type {Section} from '../../src/model/types.js'
import type {RedlineDocument} from '../../src/redline/document.js'
import {acceptRuns, rejectRuns} from '../../src/redline/run.js'
import {sameGroup} from '../../src/redline/same-group.js'

/**
 * The groups a redline reads as on one side, as an annex prints it: a heading line where the clauses'
 * group changes, which stands on that side where its words do (an inserted heading is gone with the
 * changes rejected: its clauses continue the group before them).
 */
export function readGroups(redline: RedlineDocument, side: 'accept' | 'reject'): unknown {
  const parts: Array<[string | null, Array<[string | null, string[]]>]> = []
  let previous: RedlineDocument['sections'][number]['clauses'][number] | undefined
  for (const clause of redline.sections[0]?.clauses ?? []) {
    const partChanged = previous === undefined || previous.part.id !== clause.part.id
    if (partChanged) parts.push([clause.part.id, []])
    const groups = parts[parts.length - 1]?.[1] ?? []
    if (partChanged || !sameGroup(previous as typeof clause, clause)) {
      const heading = clause.heading === null ? '' : side === 'accept' ? acceptRuns(clause.heading) : rejectRuns(clause.heading)
      if (heading !== '' || groups.length === 0) groups.push([heading === '' ? null : heading, []])
    }
    previous = clause
    if (clause.status !== (side === 'accept' ? 'deleted' : 'inserted')) groups[groups.length - 1]?.[1].push(clause.id)
  }
  return parts.map(([id, groups]) => [id, groups.filter(([, clauses]) => clauses.length > 0)]).filter(([, groups]) => (groups as unknown[]).length > 0)
}

export const groupsOf = (section: Section): unknown => section.parts.map((part) => [part.id, part.groups.map((group) => [group.heading, group.clauses.map((clause) => clause.id)])])
