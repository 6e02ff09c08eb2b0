import type {Group, Section} from './types.js'

/**
 * How the cross-heading groups of two versions of a document continue one another. A clause that
 * stands in both versions *stays*; a group's first staying clause is where its heading line stands
 * over the clauses the versions share. An old group and a new group are the same group, continued
 * (its heading kept or retitled), when their first staying clause is the same. Otherwise:
 *
 * - a new group that continues no old group but holds staying clauses is a group *split* off: a
 *   cross-heading inserted before its first staying clause, which, with the clauses after it in its
 *   old group, now stands under it;
 * - an old group that no new group continues but whose clauses stay is *merged*: its cross-heading
 *   is deleted from above its first staying clause, and its clauses join the group before them.
 */
export interface GroupContinuation {
  /** Old group → the new group that continues it. */
  continued: Map<Group, Group>
  /** New group → the old group it continues. */
  continues: Map<Group, Group>
  /** The first staying clause of every group (of either version) that holds one. */
  firstStaying: Map<Group, string>
  /** For each staying clause, its group in the old and in the new version. */
  staying: Map<string, {before: Group; after: Group}>
}

/** The groups of two versions of one document matched by their first staying clause. */
export function groupContinuation(before: Section | undefined, after: Section | undefined): GroupContinuation {
  const groupsOf = (section: Section | undefined): Group[] => (section?.parts ?? []).flatMap((part) => part.groups)
  const oldAt = new Map<string, Group>()
  for (const group of groupsOf(before)) for (const clause of group.clauses) oldAt.set(clause.id, group)
  const staying = new Map<string, {before: Group; after: Group}>()
  const firstStaying = new Map<Group, string>()
  for (const group of groupsOf(after)) {
    for (const clause of group.clauses) {
      const old = oldAt.get(clause.id)
      if (!old) continue
      staying.set(clause.id, {before: old, after: group})
      if (!firstStaying.has(group)) firstStaying.set(group, clause.id)
    }
  }
  for (const group of groupsOf(before)) {
    const first = group.clauses.find((clause) => staying.has(clause.id))
    if (first) firstStaying.set(group, first.id)
  }
  const continued = new Map<Group, Group>()
  const continues = new Map<Group, Group>()
  for (const [id, {before: old, after: now}] of staying) {
    if (firstStaying.get(old) === id && firstStaying.get(now) === id) {
      continued.set(old, now)
      continues.set(now, old)
    }
  }
  return {continued, continues, firstStaying, staying}
}

/**
 * The cross-heading line that stands above a run of clauses in both an old group and a new one
 * (`before`: the old group's, `after`: the new group's), as a redline or a change record writes it:
 * the old heading and the new one where the groups are one group continued; only the new heading
 * (inserted) where the run opens a group split off; only the old one (deleted) where it opens a
 * group merged into the one before it; both where the run continues both groups below their line.
 */
export function headingOverRun(continuation: GroupContinuation, before: Group, after: Group): {before: string | null; after: string | null} {
  if (continuation.continued.get(before) === after) return {before: before.heading, after: after.heading}
  const splitOff = !continuation.continues.has(after) && continuation.staying.get(continuation.firstStaying.get(after) ?? '')?.before === before
  if (splitOff) return {before: null, after: after.heading}
  const merged = !continuation.continued.has(before) && continuation.staying.get(continuation.firstStaying.get(before) ?? '')?.after === after
  if (merged) return {before: before.heading, after: null}
  return {before: before.heading, after: after.heading}
}

/**
 * For each clause, the old and the new group of its run of clauses: a staying clause's own groups; an
 * inserted clause takes the old group of the next staying clause of its new group (else the one
 * before), a deleted clause the new group of the staying clause before it in its old group (else the
 * next), so it is written under the heading line of the clauses beside it. Absent where the group
 * has no staying clause (a whole group inserted or deleted).
 */
export function runsOf(continuation: GroupContinuation, base: Section, edited: Section): Map<string, {before?: Group; after?: Group}> {
  const out = new Map<string, {before?: Group; after?: Group}>()
  for (const [id, groups] of continuation.staying) out.set(id, {...groups})
  const borrow = (section: Section, side: 'before' | 'after', order: 'next' | 'previous'): void => {
    for (const part of section.parts) for (const group of part.groups) {
      group.clauses.forEach((clause, index) => {
        if (continuation.staying.has(clause.id)) return
        const around = (list: typeof group.clauses): string | undefined => list.find((c) => continuation.staying.has(c.id))?.id
        const later = around(group.clauses.slice(index + 1))
        const earlier = around([...group.clauses.slice(0, index)].reverse())
        const neighbour = order === 'next' ? (later ?? earlier) : (earlier ?? later)
        const other = neighbour === undefined ? undefined : continuation.staying.get(neighbour)?.[side]
        out.set(clause.id, side === 'before' ? {after: group, ...(other ? {before: other} : {})} : {before: group, ...(other ? {after: other} : {})})
      })
    }
  }
  borrow(edited, 'before', 'next')
  borrow(base, 'after', 'previous')
  return out
}
