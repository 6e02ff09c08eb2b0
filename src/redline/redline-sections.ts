import {diffArrays} from 'diff/lib/diff/array.js'
import type {Clause, Group, Part, Provision, Section, SubParagraph} from '../model/types.js'
import {serializeProvision} from '../serialize/serialize-clause.js'
import type {ClauseRedline, ProvisionRedline, ProvisionStatus, RedlineDocument, SectionRedline} from './document.js'
import {redlineText} from './redline-text.js'
import {hasChanges, type Run, wholeRuns} from './run.js'
import {similarity} from './similarity.js'

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
  const letters = [...new Set([...after.map((s) => s.letter), ...before.map((s) => s.letter)])].sort()
  return {
    sections: letters.map((letter) => redlineSection(before.find((s) => s.letter === letter), after.find((s) => s.letter === letter)))
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
  const pushDeleted = (key: string | null): void => {
    for (const placed of deletedAfter.get(key) ?? []) clauses.push(clauseRedline(placed, undefined, newGroupOf.get(placed.group)))
  }
  pushDeleted(null)
  for (const placed of newClauses) {
    clauses.push(clauseRedline(oldById.get(placed.clause.id), placed, oldGroupOf.get(placed.group)))
    pushDeleted(placed.clause.id)
  }
  const title = redlineText(before?.title ?? '', after?.title ?? '')
  return {letter, title, status: statusOf(before, after, hasChanges(title) || clauses.some((c) => c.status !== 'unchanged')), clauses}
}

function placedClauses(section: Section | undefined): Placed[] {
  if (!section) return []
  return section.parts.flatMap((part) => part.groups.flatMap((group) => group.clauses.map((clause) => ({clause, part, group}))))
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

function statusOf(before: unknown, after: unknown, changed: boolean): ProvisionStatus {
  if (!before) return 'inserted'
  if (!after) return 'deleted'
  return changed ? 'changed' : 'unchanged'
}

/**
 * A clause redlined with its headings. A clause present on one side only stands in its group's
 * counterpart on the other side (`counterpart`), so its heading is inserted or deleted only when
 * its whole group is new or gone.
 */
function clauseRedline(before: Placed | undefined, after: Placed | undefined, counterpart?: Group): ClauseRedline {
  const provision = provisionRedline(before?.clause, after?.clause)
  const oldGroup = before?.group ?? (after ? counterpart : undefined)
  const newGroup = after?.group ?? (before ? counterpart : undefined)
  const oldHeading = oldGroup?.heading ?? null
  const newHeading = newGroup?.heading ?? null
  const oldPartTitle = before?.part.title ?? null
  const newPartTitle = after?.part.title ?? null
  return {
    ...provision,
    kind: 'clause',
    part: {
      id: (after ?? before)?.part.id ?? null,
      title: oldPartTitle === null && newPartTitle === null ? null : textRuns(before ? oldPartTitle ?? '' : null, after ? newPartTitle ?? '' : null)
    },
    heading: oldHeading === null && newHeading === null ? null : textRuns(oldGroup ? oldHeading ?? '' : null, newGroup ? newHeading ?? '' : null),
    group: {before: oldGroup?.clauses[0]?.id ?? null, after: newGroup?.clauses[0]?.id ?? null}
  }
}

/** Runs for a text present in one or both versions (null: the provision is absent there). */
function textRuns(before: string | null, after: string | null): Run[] {
  if (before === null) return wholeRuns(after ?? '', 'insert')
  if (after === null) return wholeRuns(before, 'delete')
  return redlineText(before, after)
}

function labelOf(provision: Provision): string {
  return provision.kind === 'clause' ? provision.id : provision.label
}

/** Redlines a provision present in one or both versions. */
export function provisionRedline(before: Provision | undefined, after: Provision | undefined): ProvisionRedline {
  const present = (after ?? before) as Provision
  const oldText = before ? before.text : null
  const newText = after ? after.text : null
  const text = textRuns(oldText, newText)
  const tail = textRuns(before ? before.tail : null, after ? after.tail : null)
  const label = textRuns(before ? labelOf(before) : null, after ? labelOf(after) : null)
  const items = alignItems(before?.items, after?.items)
  const changed = hasChanges(text) || hasChanges(tail) || hasChanges(label) || items.some((item) => item.status !== 'unchanged')
  return {id: present.id, kind: present.kind, status: statusOf(before, after, changed), label, text, items, tail}
}

/** Pairs old and new sub-paragraphs: identical ones by an LCS, the rest in order where similar enough. */
function alignItems(before: SubParagraph[] | undefined, after: SubParagraph[] | undefined): ProvisionRedline[] {
  const oldItems = before ?? []
  const newItems = after ?? []
  if (!before) return newItems.map((item) => provisionRedline(undefined, item))
  if (!after) return oldItems.map((item) => provisionRedline(item, undefined))
  const body = (item: SubParagraph): string => serializeProvision({...item, label: ''})
  const changes = diffArrays(oldItems, newItems, {comparator: (x, y) => body(x) === body(y)})
  const out: ProvisionRedline[] = []
  let removed: SubParagraph[] = []
  const flush = (added: SubParagraph[]): void => {
    let i = 0
    let j = 0
    while (i < removed.length || j < added.length) {
      const oldItem = removed[i]
      const newItem = added[j]
      if (oldItem && newItem && similarity(body(oldItem), body(newItem)) >= 0.4) {
        out.push(provisionRedline(oldItem, newItem))
        i++
        j++
      } else if (oldItem && (!newItem || removed.length - i > added.length - j)) {
        out.push(provisionRedline(oldItem, undefined))
        i++
      } else if (newItem) {
        out.push(provisionRedline(undefined, newItem))
        j++
      }
    }
    removed = []
  }
  let oldIndex = 0
  let newIndex = 0
  for (const change of changes) {
    const count = change.count ?? change.value.length
    if (change.removed) {
      removed.push(...oldItems.slice(oldIndex, oldIndex + count))
      oldIndex += count
    } else if (change.added) {
      flush(newItems.slice(newIndex, newIndex + count))
      newIndex += count
    } else {
      flush([])
      for (let k = 0; k < count; k++) out.push(provisionRedline(oldItems[oldIndex + k], newItems[newIndex + k]))
      oldIndex += count
      newIndex += count
    }
  }
  flush([])
  return out
}

