import {compareClauseNumbers, compareDocuments, comparePartIds, printedNumber} from '../model/ids.js'
import type {Clause, Group, Part, Section} from '../model/types.js'
import {groupContinuation, headingOverRun, runsOf} from '../model/group-continuation.js'
import {headlessPartOf} from '../model/headless-part.js'
import {type ClauseSetting, clauseRedline, statusOf} from './clause-redline.js'
import type {ClauseRedline, PartRedline, PartStatusRedline, RedlineDocument, SectionRedline} from './document.js'
import {redlineText} from './redline-text.js'
import {hasChanges, type Run, wholeRuns} from './run.js'
import {partStatusChanges, statusChangesIn} from './status-changed.js'

/** Where a clause stands: its part and cross-heading. */
interface Placed {
  clause: Clause
  part: Part
  group: Group
}

/**
 * Redlines two sets of sections (an old and a new version, or a base and a modification's result).
 * Sections are aligned by letter and clauses by ID; sub-paragraphs are aligned by their text, so a
 * sub-paragraph inserted before others shows as one insertion plus relabelled followers, not as a
 * cascade of rewritten text.
 */
export function redlineSections(before: readonly Section[], after: readonly Section[]): RedlineDocument {
  const documents = [...after, ...before].filter((s, index, all) => all.findIndex((other) => sameDocumentOf(other, s)) === index).sort(compareDocuments)
  return {
    sections: documents.map((document) => redlineSection(before.find((s) => sameDocumentOf(s, document)), after.find((s) => sameDocumentOf(s, document))))
  }
}

function redlineSection(before: Section | undefined, after: Section | undefined): SectionRedline {
  const letter = (after ?? before)?.letter ?? ''
  const oldClauses = placedClauses(before)
  const newClauses = placedClauses(after)
  const oldById = new Map(oldClauses.map((placed) => [placed.clause.id, placed]))
  const newIds = new Set(newClauses.map((placed) => placed.clause.id))
  const clauses: ClauseRedline[] = []
  // Deleted clauses go right after the clause that preceded them in the old version.
  const deletedAfter = new Map<string | null, Placed[]>()
  let previous: string | null = null
  for (const placed of oldClauses) {
    if (!newIds.has(placed.clause.id)) deletedAfter.set(previous, [...(deletedAfter.get(previous) ?? []), placed])
    else previous = placed.clause.id
  }
  const newById = new Map(newClauses.map((placed) => [placed.clause.id, placed]))
  const oldGroupOf = counterpartGroups(newClauses, oldById)
  const newGroupOf = counterpartGroups(oldClauses, newById)
  // The heading line over each run of clauses: a group continued, split off (its heading inserted) or merged (deleted).
  const continuation = groupContinuation(before, after)
  const runs = before && after ? runsOf(continuation, before, after) : new Map<string, {before?: Group; after?: Group}>()
  /**
   * A clause of one side only (`side`: the side it stands on): it stands in its run of clauses (see
   * `runsOf`) under the heading line over that run on each side, else in its group's counterpart.
   */
  const oneSided = (placed: Placed, side: 'before' | 'after'): ClauseRedline => {
    const run = runs.get(placed.clause.id)
    const other = side === 'before' ? 'after' : 'before'
    const line = run?.before && run.after ? headingOverRun(continuation, run.before, run.after) : undefined
    const counterpart = line && run?.[other] ? {heading: line[other], group: run[other]?.clauses[0]?.id ?? null} : groupSetting((side === 'before' ? newGroupOf : oldGroupOf).get(placed.group))
    const own = settled(placed, line ? line[side] : placed.group.heading)
    return side === 'before' ? clauseRedline(own, undefined, counterpart) : clauseRedline(undefined, own, counterpart)
  }
  // A clause inserted after the same clause goes before the deleted ones whose number it precedes
  // (G1.2A before a deleted G1.3), so the clauses read in document order; but groups come first:
  // - a deleted clause of an old group before the inserted clause's run goes first (a wholly deleted
  //   group before the group a new G1.0A opens), one of a later old group waits;
  // - a deleted clause whose run continues into an earlier new group goes first (it stands in the
  //   group of the clause before it), one whose run is in a later new group waits (a deleted G1.3
  //   whose run continues into G1.4's group, behind a G1.3A inserted in a new group before it),
  // so no other group's heading line stands between two clauses of one group as either version reads.
  let pending: Placed[] = [...(deletedAfter.get(null) ?? [])]
  const oldOrder = new Map((before?.parts ?? []).flatMap((part) => part.groups).map((group, index) => [group, index]))
  const newOrder = new Map((after?.parts ?? []).flatMap((part) => part.groups).map((group, index) => [group, index]))
  const distance = (order: ReadonlyMap<Group, number>, a: Group | undefined, b: Group | undefined): number => (a === undefined || b === undefined ? 0 : (order.get(a) ?? 0) - (order.get(b) ?? 0))
  const goesFirst = (deleted: Placed, inserted: Placed): boolean => {
    const byOld = distance(oldOrder, deleted.group, runs.get(inserted.clause.id)?.before)
    if (byOld !== 0) return byOld < 0
    const byNew = distance(newOrder, runs.get(deleted.clause.id)?.after, inserted.group)
    if (byNew !== 0) return byNew < 0
    return compareClauseNumbers(deleted.clause.id, inserted.clause.id) < 0
  }
  const pushDeleted = (before: Placed | undefined): void => {
    const waiting: Placed[] = []
    for (const placed of pending) {
      if (before === undefined || (waiting.length === 0 && goesFirst(placed, before))) clauses.push(oneSided(placed, 'before'))
      else waiting.push(placed)
    }
    pending = waiting
  }
  for (const placed of newClauses) {
    pushDeleted(oldById.has(placed.clause.id) ? undefined : placed)
    const old = oldById.get(placed.clause.id)
    if (old) {
      // A clause in both versions: its old and new group give the heading line over its run.
      const line = headingOverRun(continuation, old.group, placed.group)
      clauses.push(clauseRedline(settled(old, line.before), settled(placed, line.after)))
    } else clauses.push(oneSided(placed, 'after'))
    pending.push(...(deletedAfter.get(placed.clause.id) ?? []))
  }
  pushDeleted(undefined)
  const title = redlineText(before?.title ?? '', after?.title ?? '')
  const parts = partRedlines(before, after)
  const partStatuses = partStatusRedlines(before, after)
  const oldVersion = before?.documentVersion
  const newVersion = after?.documentVersion
  const documentVersion = oldVersion === undefined && newVersion === undefined ? undefined : textRunsOf(before ? (oldVersion ?? '') : null, after ? (newVersion ?? '') : null)
  const changed = hasChanges(title) || parts.length > 0 || partStatusChanges(partStatuses).length > 0 || clauses.some((c) => c.status !== 'unchanged' || statusChangesIn(c).length > 0 || (c.heading !== null && hasChanges(c.heading))) || (documentVersion !== undefined && hasChanges(documentVersion))
  const redline: SectionRedline = {letter, title, status: statusOf(before, after, changed), clauses, parts}
  const kind = (after ?? before)?.kind
  if (kind !== undefined && kind !== 'section') redline.kind = kind
  if (documentVersion !== undefined) redline.documentVersion = documentVersion
  if (partStatuses.length > 0) redline.partStatuses = partStatuses
  return redline
}

/** The parts of the new version with a status on either side, in the new version's part order. */
export function partStatusRedlines(before: Section | undefined, after: Section | undefined): PartStatusRedline[] {
  const old = new Map((before?.parts ?? []).flatMap((p) => (p.id === null ? [] : [[p.id, p.inForce] as const])))
  return (after?.parts ?? []).flatMap((part): PartStatusRedline[] => {
    const was = part.id === null ? undefined : old.get(part.id)
    if (part.id === null || (!was && !part.inForce)) return []
    return [{id: part.id, ...(was ? {before: {...was}} : {}), ...(part.inForce ? {after: {...part.inForce}} : {})}]
  })
}

/** Whether two section files are the same document (kind and designation: Appendix A is not Section A). */
function sameDocumentOf(a: Section, b: Section): boolean {
  return (a.kind ?? 'section') === (b.kind ?? 'section') && a.letter === b.letter
}

/** Runs for a text present on one or both sides (null: absent there). */
function textRunsOf(before: string | null, after: string | null): Run[] {
  if (before === null) return wholeRuns(after ?? '', 'insert')
  if (after === null) return wholeRuns(before, 'delete')
  return redlineText(before, after)
}

/** The parts retitled, inserted or deleted between two versions of a section, by part number. */
export function partRedlines(before: Section | undefined, after: Section | undefined): PartRedline[] {
  const titles = (section: Section | undefined): Map<string, string | null> => new Map((section?.parts ?? []).flatMap((p) => (p.id === null ? [] : [[p.id, p.title] as const])))
  const old = titles(before)
  const now = titles(after)
  const line = (id: string, title: string | null): string => (title === null ? printedNumber(id) : `${printedNumber(id)} ${title}`)
  const ids = [...new Set([...old.keys(), ...now.keys()])].sort(comparePartIds)
  return ids.flatMap((id): PartRedline[] => {
    const was = old.get(id) ?? null
    const is = now.get(id) ?? null
    if (!old.has(id)) {
      // Over clauses that stay: the old version's part under no heading whose clauses carry this part's number.
      const kept = new Set((after?.parts ?? []).flatMap((p) => p.groups.flatMap((group) => group.clauses.map((clause) => clause.id))))
      const over = before ? headlessPartOf(before, id)?.groups.flatMap((group) => group.clauses).find((clause) => kept.has(clause.id))?.id : undefined
      return [{id, status: 'inserted', before: null, after: is, heading: wholeRuns(line(id, is), 'insert'), ...(over !== undefined ? {over} : {})}]
    }
    if (!now.has(id)) return [{id, status: 'deleted', before: was, after: null, heading: wholeRuns(line(id, was), 'delete')}]
    return was === is ? [] : [{id, status: 'changed', before: was, after: is, heading: redlineText(line(id, was), line(id, is))}]
  })
}

function placedClauses(section: Section | undefined): Placed[] {
  if (!section) return []
  return section.parts.flatMap((part) => part.groups.flatMap((group) => group.clauses.map((clause) => ({clause, part, group}))))
}

/** A clause with its setting: its part, its group, and the heading over it (its group's, unless `heading` says which line stands over its run). */
function settled(placed: Placed | undefined, heading: string | null = placed?.group.heading ?? null): {clause: Clause; setting: ClauseSetting} | undefined {
  if (!placed) return undefined
  return {clause: placed.clause, setting: {partId: placed.part.id, partTitle: placed.part.title, heading, group: placed.group.clauses[0]?.id ?? null}}
}

/**
 * For each cross-heading group of one version, the group of the other version it continues: the
 * group of its first clause present in both. A group with no such clause is new (or gone).
 */
function counterpartGroups(placed: readonly Placed[], otherById: ReadonlyMap<string, Placed>): Map<Group, Group> {
  const out = new Map<Group, Group>()
  for (const {clause, group} of placed) {
    const other = otherById.get(clause.id)
    if (other && !out.has(group)) out.set(group, other.group)
  }
  return out
}

/** A group as the setting a clause takes from it: its heading and its first clause. */
function groupSetting(group: Group | undefined): Pick<ClauseSetting, 'heading' | 'group'> | undefined {
  return group ? {heading: group.heading, group: group.clauses[0]?.id ?? null} : undefined
}
