import {compareClauseNumbers, compareDocuments, documentName, documentOf, partOf} from '../model/ids.js'
import type {Clause, Group, Manifest, Place, Section, Version} from '../model/types.js'
import {collectRetitles, type DocumentTitleOutcome} from './apply-retitles.js'
import {collectPartChange, withoutDeletedParts, withPartChanges, type PartOutcomes} from './apply-part-changes.js'
import {carryStatuses, checkStatusTargets, recordedStatuses} from './carry-statuses.js'
import {checkContext, emptyDocument, groupOfHeading, sameChangeDocument} from './check-context.js'
import {ConflictError, type Conflict} from './conflict-error.js'
import {mergeClause} from './merge-clauses.js'
import {sameProvision} from './same-provision.js'
import type {ClauseChange, Modification} from './modification-types.js'
import {provisions} from './parse-legal-text.js'

export interface ApplyOptions {
  /** The ID of the resulting version (default: the base's ID). */
  as?: string
  /** The manifest of the resulting version (default: the base's, with version set). */
  manifest?: Manifest
}

/** The cross-heading changes of a release: renamed or deleted groups of the base, and new headings (`letter\u0000text`). */
interface Headings {
  renamed: Map<Group, {after: string | null; by: string}>
  created: Set<string>
  /** New headings written above existing clauses: the clause that starts the new group, and its heading. */
  startsAt: Map<string, {heading: string; by: string}>
  /**
   * Inserted clauses written under a heading line that names its group by an existing clause under
   * it: that clause (the group it stands in once the records apply takes the inserted clause).
   */
  beside: Map<string, string>
  /** The groups the records' new headings open (filled as the section is rebuilt). */
  made: Set<Group>
}

/** What one or more modifications do to one clause. */
interface ClauseOutcome {
  /** The clause afterwards; null when deleted. */
  after: Clause | null
  by: string
  heading?: string
  /** Whether the heading line it is written under is one a record inserts. */
  headingInserted?: true
}

/**
 * Applies modifications to a version in memory and returns the new version. Each modification's
 * context is checked against `base`; modifications touching the same clause are merged word by
 * word, so the result does not depend on their order; two changes to the same words are a
 * {@link ConflictError}. Nothing is read or written.
 */
export function applyModifications(base: Version, modifications: readonly Modification[], options: ApplyOptions = {}): Version {
  const ordered = [...modifications].sort((a, b) => a.meta.id.localeCompare(b.meta.id, 'en', {numeric: true}))
  for (const modification of ordered) checkContext(base, modification)
  const {statuses, conflicts} = recordedStatuses(base.sections, ordered)
  for (const conflict of conflicts) conflict.next = releaseNext(conflict.sides[0].name, conflict.sides[1].name, base.id)
  const outcomes = new Map<string, ClauseOutcome>()
  // Renamed or deleted cross-headings by the group they stand over; new ones by section and text.
  const headings: Headings = {renamed: new Map(), created: new Set(), startsAt: new Map(), beside: new Map(), made: new Set()}
  const partOutcomes: PartOutcomes = new Map()
  for (const modification of ordered) {
    const by = modification.meta.id
    for (const section of modification.sections) {
      for (const part of section.parts) collectPartChange(partOutcomes, section.letter, part, by, conflicts)
      const baseSection = (base.sections.find((s) => sameChangeDocument(s, section)) ?? emptyDocument(section, base.id))
      for (const heading of section.headings) {
        // A clause inserted under a heading line goes into the group of the existing clause written under it (headings repeat: the words alone do not say which group).
        const kinds = heading.clauses.map((id) => section.clauses.find((c) => c.id === id)?.kind)
        const existing = heading.clauses.find((_, index) => kinds[index] !== 'inserted' && kinds[index] !== 'deleted')
        if (existing !== undefined && heading.after !== null) heading.clauses.forEach((id, index) => kinds[index] === 'inserted' && headings.beside.set(id, existing))
        if (heading.before === heading.after) continue
        if (heading.before === null) {
          headings.created.add(`${section.letter}\u0000${heading.after ?? ''}`)
          // A new heading written above existing clauses starts a group at the first of them.
          const first = heading.clauses.find((id) => {
            const kind = section.clauses.find((c) => c.id === id)?.kind
            return kind !== 'inserted' && kind !== 'deleted'
          })
          if (first !== undefined && heading.after !== null) {
            // Above a clause that already opens a group under a heading (the target's own, or another record's): the same words are the same change; other words collide.
            const opens = baseSection.parts.flatMap((p) => p.groups).find((g) => g.clauses[0]?.id === first && g.heading !== null)
            const earlier = headings.startsAt.get(first)
            const other = earlier !== undefined && earlier.heading !== heading.after ? {name: earlier.by, wording: earlier.heading} : opens !== undefined && opens.heading !== heading.after ? {name: base.id, wording: opens.heading} : undefined
            if (other) conflicts.push({clause: first, provision: '', field: 'heading', base: null, sides: [other, {name: by, wording: heading.after}], place: heading.place, next: `write one cross-heading above ${first}: retitle the one there ({~~${other.wording ?? ''}~>${heading.after}~~}) or keep it`})
            else headings.startsAt.set(first, {heading: heading.after, by: earlier ? `${earlier.by}+${by}` : by})
          }
          continue
        }
        const group = groupOfHeading(base, baseSection, section, heading)
        const earlier = headings.renamed.get(group)
        if (earlier && earlier.after !== heading.after) {
          conflicts.push({clause: heading.clauses[0] ?? section.letter, provision: '', field: 'heading', base: heading.before, sides: [{name: earlier.by, wording: earlier.after}, {name: by, wording: heading.after}], place: heading.place, next: releaseNext(earlier.by, by, base.id)})
        } else headings.renamed.set(group, {after: heading.after, by})
      }
      for (const change of section.clauses) {
        if (change.kind === 'unchanged') continue
        const after = change.after ?? null
        const earlier = outcomes.get(change.id)
        const outcome: ClauseOutcome = {after, by}
        if (change.heading !== undefined) outcome.heading = change.heading
        if (change.headingInserted) outcome.headingInserted = true
        if (!earlier) {
          outcomes.set(change.id, outcome)
          continue
        }
        const merged = combine(change.before, earlier, outcome)
        if ('conflicts' in merged) conflicts.push(...merged.conflicts.map((c) => ({...c, place: provisionPlace(change, c.provision, c.row), next: releaseNext(earlier.by, by, base.id)})))
        else outcomes.set(change.id, merged)
      }
    }
  }
  if (conflicts.length > 0) throw new ConflictError(conflicts)
  const id = options.as ?? base.id
  const retitles = collectRetitles(ordered, base.id)
  if (retitles.conflicts.length > 0) throw new ConflictError(retitles.conflicts)
  const sections = withDocumentChanges(base, ordered, retitles.titles)
    .map((section) => withoutDeletedParts(rebuildSection(withPartChanges(section, partOutcomes), id, outcomes, headings), partOutcomes))
    .filter((section) => !ordered.some((m) => m.sections.some((change) => change.document === 'deleted' && sameChangeDocument(section, change))))
  carryStatuses(base.sections, sections, statuses)
  checkStatusTargets(sections, ordered)
  return {id, dir: `sec-text/${id}`, manifest: options.manifest ?? {...base.manifest, version: id}, sections}
}

/** The next step after a release conflict: release one record, then rebase the other onto that release and resolve its conflict block. */
function releaseNext(first: string, second: string, base: string): string {
  return `release ${first} without ${second} (redline release --base ${base} --as <version> ${first.split('+').join(' ')}), then rebase ${second} onto it (redline rebase ${second} --onto <version> --write) and resolve the conflict block it writes`
}

/** Where a provision of a clause change is written in the legal text: its own line (a sub-paragraph's), else the clause's. */
export function provisionPlace(change: ClauseChange, provision: string, row?: string): Place {
  for (const clause of [change.after, change.before]) {
    const found = clause ? provisions(clause).find((p) => p.id === provision) : undefined
    const place = row === undefined ? undefined : found?.table?.rows.find((r) => r.cells[0] === row)?.place
    if (place) return place
    if (found?.place) return found.place
  }
  return change.place
}

function combine(before: Clause | undefined, a: ClauseOutcome, b: ClauseOutcome): ClauseOutcome | {conflicts: Conflict[]} {
  const names: [string, string] = [a.by, b.by]
  const id = (a.after ?? b.after ?? before)?.id ?? ''
  const same = sameProvision(a.after, b.after)
  if (same) return {...a, by: `${a.by}+${b.by}`}
  if (!before || !a.after || !b.after) {
    return {conflicts: [{clause: id, provision: id, field: 'clause', base: before?.text ?? null, sides: [{name: a.by, wording: a.after?.text ?? null}, {name: b.by, wording: b.after?.text ?? null}]}]}
  }
  const merged = mergeClause(before, a.after, b.after, names)
  if (!merged.ok) return {conflicts: merged.conflicts}
  return {...a, after: merged.value, by: `${a.by}+${b.by}`}
}


function rebuildSection(section: Section, version: string, outcomes: Map<string, ClauseOutcome>, headings: Headings): Section {
  const inserted = [...outcomes.entries()].filter(([id, o]) => inDocument(section, id) && o.after && !section.parts.some((p) => p.groups.some((g) => g.clauses.some((c) => c.id === id))))
  // Groups whose clauses the records all delete: gone, unless a clause is inserted into them.
  const emptied = new Set<Group>()
  const parts = section.parts.map((part) => {
    const groups: Group[] = []
    for (const group of part.groups) {
      const renamed = headings.renamed.get(group)
      const clauses = group.clauses.flatMap((clause) => {
        const outcome = outcomes.get(clause.id)
        return outcome ? (outcome.after ? [outcome.after] : []) : [clause]
      })
      // A deleted cross-heading: what remains of its clauses joins the group before it.
      const deleted = renamed !== undefined && renamed.after === null
      // (The group before that still holds a clause: one whose clauses the records all delete goes.)
      let current: Group | undefined = deleted ? groups.filter((g) => g.clauses.length > 0).pop() : {...group, heading: renamed ? renamed.after : group.heading, clauses: []}
      if (current && !deleted) groups.push(current)
      if (current && !deleted && group.clauses.length > 0) emptied.add(current)
      for (const clause of clauses) {
        // A new cross-heading above one of the clauses starts a group there.
        const startsGroup = headings.startsAt.get(clause.id)?.heading
        if (startsGroup !== undefined || !current) {
          if (current && current.clauses.length === 0 && current.heading === null) groups.splice(groups.indexOf(current), 1)
          groups.push((current = {heading: startsGroup ?? null, clauses: []}))
          if (startsGroup !== undefined) headings.made.add(current)
        }
        current.clauses.push(clause)
      }
    }
    return {...part, groups}
  })
  for (const [id, outcome] of inserted.sort(([a], [b]) => compareClauseNumbers(a, b))) {
    placeInsertedClause(parts, id, outcome, headings, section.letter)
  }
  for (const part of parts) part.groups = part.groups.filter((group) => !emptied.has(group) || group.clauses.length > 0)
  // Clauses under no part heading, all deleted: nothing of that part is left (a numbered part goes only with its heading).
  const kept = parts.filter((part, index) => part.id !== null || part.groups.length > 0 || (section.parts[index]?.groups.every((g) => g.clauses.length === 0) ?? true))
  return {...section, version, parts: kept}
}

/** Whether a clause ID belongs to a document (`AB:2.11` to Appendix AB, never to Section A). */
function inDocument(section: Section, id: string): boolean {
  const document = documentOf(id)
  return document !== undefined && document.kind === (section.kind ?? 'section') && document.letter === section.letter
}

/**
 * The base's documents with the records' whole new Appendices and Schedules added (empty, to be
 * filled by their inserted parts and clauses), their document versions and retitles set, in the code's order.
 */
function withDocumentChanges(base: Version, modifications: readonly Modification[], titles: ReadonlyMap<string, DocumentTitleOutcome>): Section[] {
  const sections = [...base.sections]
  for (const modification of modifications) {
    for (const change of modification.sections) {
      let at = sections.findIndex((s) => sameChangeDocument(s, change))
      if (at < 0 && change.document === 'inserted') at = sections.push(emptyDocument(change, base.id)) - 1
      const section = sections[at]
      if (!section || !change.documentVersion || change.documentVersion.after === null) continue
      sections[at] = {...section, documentVersion: change.documentVersion.after}
    }
  }
  return sections.map((section) => {
    const title = titles.get(documentName(section))
    return title ? {...section, title: title.after} : section
  }).sort(compareDocuments)
}

function placeInsertedClause(parts: Section['parts'], id: string, outcome: ClauseOutcome, headings: Headings, letter: string): void {
  const clause = outcome.after as Clause
  const beside = headings.beside.get(id)
  const named = beside === undefined ? undefined : parts.flatMap((p) => p.groups).find((g) => g.clauses.some((c) => c.id === beside))
  if (named) return insertSorted(named, clause)
  const partId = partOf(id)
  const part = parts.find((p) => p.id === partId) ?? parts.find((p) => p.groups.some((g) => g.clauses.some((c) => c.id.startsWith(`${partId ?? ''}.`)))) ?? parts[parts.length - 1]
  if (!part) {
    parts.push({id: null, title: null, groups: [{heading: outcome.heading ?? null, clauses: [clause]}]})
    return
  }
  const isNewHeading = outcome.heading !== undefined && outcome.headingInserted === true && headings.created.has(`${letter}\u0000${outcome.heading}`)
  // After the group holding the nearest lower clause number.
  let at = -1
  part.groups.forEach((group, index) => {
    if (group.clauses.some((c) => compareClauseNumbers(c.id, id) < 0)) at = index
  })
  if (outcome.heading !== undefined && !isNewHeading) {
    // Under the group of that heading nearest before the clause's number (headings repeat within a part).
    const named = part.groups.filter((g, index) => g.heading === outcome.heading && index <= Math.max(at, 0)).pop() ?? part.groups.find((g) => g.heading === outcome.heading)
    if (named) return insertSorted(named, clause)
  }
  if (isNewHeading) {
    // A group a new heading opened, where the clause stands (never an old group of the same words).
    const created = [part.groups[at], part.groups[at + 1]].find((g) => g !== undefined && headings.made.has(g) && g.heading === outcome.heading)
    if (created) return insertSorted(created, clause)
    const group: Group = {heading: outcome.heading ?? null, clauses: [clause]}
    headings.made.add(group)
    part.groups.splice(at + 1, 0, group)
    return
  }
  // Before every clause of its part and written under no heading: it opens the part, under none (the part's first group has a heading).
  if (at < 0 && outcome.heading === undefined && part.groups[0] !== undefined && part.groups[0].heading !== null) {
    part.groups.unshift({heading: null, clauses: [clause]})
    return
  }
  const target = part.groups[Math.max(at, 0)]
  if (target) insertSorted(target, clause)
  else part.groups.push({heading: outcome.heading ?? null, clauses: [clause]})
}

function insertSorted(group: Group, clause: Clause): void {
  const index = group.clauses.findIndex((c) => compareClauseNumbers(c.id, clause.id) > 0)
  if (index < 0) group.clauses.push(clause)
  else group.clauses.splice(index, 0, clause)
}
