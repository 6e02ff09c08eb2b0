import {InputError} from '../diagnostics/errors.js'
import {groupContinuation, headingOverRun, runsOf} from '../model/group-continuation.js'
import {compareClauseNumbers, compareDocuments, comparePartIds, documentName} from '../model/ids.js'
import type {Clause, Group, Part, Section, Version} from '../model/types.js'
import {proveApplied} from './prove-applied.js'
import {sameProvision} from './same-provision.js'
import {clausesOf} from '../model/walk.js'
import type {Modification, ModificationMeta} from './modification-types.js'
import {parseLegalText, provisions} from './parse-legal-text.js'
import {serializeModificationMeta} from './serialize-modification-meta.js'
import {statusChanges} from './status-changes.js'
import {writeStatusLine} from './status-lines.js'
import {writeLegalText, type ClauseDraft, type LegalTextEntry, type PartDraft, type SectionDraft} from './write-legal-text.js'

/** A new text for one provision's fields, by ID: what a fixer or a drafter changes. */
export interface ProvisionEdit {
  id: string
  text?: string
  tail?: string
}

/**
 * What a modification is drafted from: edited sections (and, from a whole edited version folder,
 * the base's Appendices and Schedules it no longer holds: `deleted`), edited clauses, provision
 * edits, or clauses to scaffold unchanged.
 */
export type DraftSource =
  | {
      sections: Section[]
      list?: string[]
      deleted?: Section[]
      /** The drafter's file (or folder) the sections were read from: the draft is then proved to give them back when applied ({@link proveApplied}). */
      file?: string
    }
  | {clauses: Clause[]}
  | {edits: ProvisionEdit[]}
  | {scaffold: string[]}

/** A drafted change record, ready to write: its two files and its parsed form. */
export interface Draft {
  meta: ModificationMeta
  modificationText: string
  legalText: string
  modification: Modification
}

/**
 * Drafts a modification against `base`: the CriticMarkup is written word by word from the before
 * and after texts (the shared `redlineText`), then read back and proven: rejecting every mark gives
 * the base text, accepting every mark gives the edited text.
 */
export function draftModification(meta: ModificationMeta, base: Version, source: DraftSource): Draft {
  const after = editedSections(base, source)
  const listed = 'scaffold' in source ? source.scaffold : 'sections' in source ? (source.list ?? []) : []
  // Whole new Appendices and Schedules of the edited text are drafted against an empty document.
  const added = after.filter((edited) => !base.sections.some((s) => sameDocumentAs(s, edited)))
  const deleted = 'sections' in source ? (source.deleted ?? []) : []
  for (const document of deleted) {
    if ((document.kind ?? 'section') === 'section' || !base.sections.some((s) => sameDocumentAs(s, document))) {
      throw new InputError(`Unexpected deletion of ${documentName(document)}, expected an Appendix or Schedule of version ${base.id} (a whole Section is not deleted by a record)`, {file: meta.id, start: {line: 1, column: 1}})
    }
  }
  const sections = [...base.sections, ...added.map((edited) => ({...edited, parts: []}))]
    .sort(compareDocuments)
    .map((section) => {
      // A whole Appendix or Schedule deleted: drafted against an empty document, every part and clause deleted.
      if (deleted.some((d) => sameDocumentAs(d, section))) return deletedDocumentDraft(section)
      const edited = after.find((s) => sameDocumentAs(s, section))
      return withStatusLines(documentDraft(section, edited, listed, added.includes(edited as Section)), section, edited)
    })
    .filter((section) => section.entries.length > 0 || section.documentVersion !== undefined || section.retitle !== undefined || (section.statuses?.length ?? 0) > 0)
  if (sections.length === 0) throw new InputError('Nothing to draft: the edited text equals the base, expected at least one changed or listed clause', {file: meta.id, start: {line: 1, column: 1}})
  const legalText = writeLegalText(sections)
  const legalTextFile = `modifications/${meta.id}/legal-text.md`
  const modification: Modification = {meta: {...meta, base: base.id}, metaFile: `modifications/${meta.id}/modification.md`, legalTextFile, sections: parseLegalText(legalText, legalTextFile)}
  proveDraft(sections, modification)
  if ('sections' in source && source.file !== undefined) proveApplied(base, after.filter((section) => !base.sections.includes(section) && !deleted.some((d) => sameDocumentAs(d, section))), modification, source.file ?? meta.id)
  return {meta: modification.meta, modificationText: serializeModificationMeta(modification.meta), legalText, modification}
}

/** A whole Appendix or Schedule deleted: its title, document version, parts and clauses each in a deletion mark. */
function deletedDocumentDraft(base: Section): SectionDraft {
  const draft = draftSection(base, {...base, parts: []}, [])
  // Its cross-headings go with it: each one deleted, never left standing as context.
  draft.entries = draft.entries.map((entry) => ('heading' in entry ? {heading: {before: entry.heading.before ?? entry.heading.after, after: null}} : entry))
  draft.kind = base.kind
  draft.document = 'deleted'
  if (base.documentVersion !== undefined && base.documentVersion !== null) draft.documentVersion = {before: base.documentVersion, after: null}
  return draft
}

function sameDocumentAs(a: Section, b: Section): boolean {
  return (a.kind ?? 'section') === (b.kind ?? 'section') && a.letter === b.letter
}

/** A document's draft: its entries, and for an Appendix or Schedule its kind, whether it is new, and its changed document version; for any document its title changed. */
function documentDraft(base: Section, edited: Section | undefined, listed: readonly string[], isNew: boolean): SectionDraft {
  const draft = draftSection(base, edited, listed)
  if (base.kind !== undefined && base.kind !== 'section') draft.kind = base.kind
  if (isNew) draft.document = 'inserted'
  const before = isNew ? null : (base.documentVersion ?? null)
  const after = edited ? (edited.documentVersion ?? null) : before
  if (before !== after) draft.documentVersion = {before, after}
  if (isNew && edited) draft.title = edited.title
  if (!isNew && edited && edited.title !== base.title) draft.retitle = {before: base.title, after: edited.title}
  return draft
}

function editedSections(base: Version, source: DraftSource): Section[] {
  if ('sections' in source) return source.sections
  if ('scaffold' in source) return base.sections
  const sections: Section[] = structuredClone(base.sections)
  const all = clausesOf(sections)
  if ('clauses' in source) {
    for (const clause of source.clauses) {
      const at = findClause(sections, clause.id)
      if (!at) throw new InputError(`Unknown clause ${clause.id} in version ${base.id}, expected a clause of that version`, clause.place)
      at.group.clauses[at.index] = clause
    }
    return sections
  }
  for (const edit of source.edits) {
    const provision = all.flatMap((clause) => provisions(clause)).find((p) => p.id === edit.id)
    if (!provision) throw new InputError(`Unknown provision ${edit.id} in version ${base.id}, expected a clause or sub-paragraph of that version`)
    if (edit.text !== undefined) provision.text = edit.text
    if (edit.tail !== undefined) provision.tail = edit.tail
  }
  return sections
}

function findClause(sections: Section[], id: string): {group: Section['parts'][number]['groups'][number]; index: number} | undefined {
  for (const section of sections) for (const part of section.parts) for (const group of part.groups) {
    const index = group.clauses.findIndex((c) => c.id === id)
    if (index >= 0) return {group, index}
  }
  return undefined
}

const same = sameProvision

/** Where a clause stands in one version of a section: its part and its cross-heading group. */
interface Standing {
  part: Part
  group: Group
}

function standings(section: Section | undefined): Map<string, Standing> {
  const out = new Map<string, Standing>()
  for (const part of section?.parts ?? []) for (const group of part.groups) for (const clause of group.clauses) out.set(clause.id, {part, group})
  return out
}

/**
 * The entries of one section: changed (or listed) clauses in clause order, each group of them under
 * its cross-heading. Groups are told apart by identity, not by heading text (the code repeats
 * headings such as "Annual Review" from part to part): a new group gets its `###` line, a new part
 * its `##` line, which also ends the cross-heading above it for clauses that stand under none. Over
 * clauses that stay, groups are matched by their first staying clause (`groupContinuation`): a group
 * split off gets `{++### X++}` above its first clause, a group merged into the one before
 * `{--### X--}`, a group continued its heading as context or retitled.
 */
function draftSection(base: Section, edited: Section | undefined, listed: readonly string[]): SectionDraft {
  const baseAt = standings(base)
  const editedAt = edited ? standings(edited) : baseAt
  const baseClauses = new Map(clausesOf([base]).map((c) => [c.id, c]))
  const editedClauses = new Map(clausesOf(edited ? [edited] : []).map((c) => [c.id, c]))
  const ids = [...new Set([...baseClauses.keys(), ...editedClauses.keys()])].sort(compareClauseNumbers)
  // A group of the edited text whose heading stood over one of its clauses in the base already: the heading is context.
  const standsInBase = (group: Group): boolean => group.clauses.some((c) => baseAt.get(c.id)?.group.heading === group.heading)
  const partChanges = changedParts(base, edited)
  const partDraft = (part: Part & {id: string}): PartDraft => {
    const change = partChanges.get(part.id)
    if (!change) return {id: part.id, title: part.title}
    return {id: part.id, title: change.kind === 'deleted' ? change.before : change.after, change: {kind: change.kind, before: change.before}}
  }
  const continuation = groupContinuation(base, edited ?? base)
  const runOf = runsOf(continuation, base, edited ?? base)
  // A clause inserted before the first staying clause of its group: that clause is written too, as context, so the heading line names the group.
  const namesGroup = new Set<string>()
  for (const [id, run] of runOf) {
    const first = run.after ? continuation.firstStaying.get(run.after) : undefined
    if (!baseClauses.has(id) && first !== undefined && compareClauseNumbers(id, first) < 0) namesGroup.add(first)
  }
  const entries: LegalTextEntry[] = []
  let previous: string | undefined
  let underHeading = false
  for (const id of ids) {
    const before = baseClauses.get(id)
    const after = edited ? editedClauses.get(id) : before
    const oldHeading = baseAt.get(id)?.group.heading ?? null
    const newHeading = editedAt.has(id) ? (editedAt.get(id)?.group.heading ?? null) : oldHeading
    const run = runOf.get(id)
    // The heading line over the clause's run of clauses: a group split off there or merged there has its own line.
    const line = run?.before && run.after ? headingOverRun(continuation, run.before, run.after) : undefined
    const changed = !before || !after || !same(before, after) || oldHeading !== newHeading || (line !== undefined && line.before !== line.after) || namesGroup.has(id)
    if (!changed && !listed.includes(id)) continue
    const at = (after ? editedAt.get(id) : baseAt.get(id)) as Standing
    const heading = after ? newHeading : oldHeading
    const partLine = (): void => void (at.part.id !== null && entries.push({part: partDraft(at.part as Part & {id: string})}))
    const samePart = previous !== undefined && partOf(previous) === at.part.id
    if (!samePart) {
      partLine()
      underHeading = false
    }
    if (!samePart || !sameGroup(previous as string, id) || !sameRun(previous as string, id)) {
      if (line !== undefined) {
        // A run in an old group and a new one: the line a group continued, split off or merged has there.
        if (line.before !== null || line.after !== null) entries.push({heading: line})
        else if (underHeading) partLine() // ends the cross-heading above: this clause stands under none
        underHeading = line.before !== null || line.after !== null
        previous = id
        const draft: ClauseDraft = {id}
        if (before) draft.before = before
        if (after) draft.after = after
        entries.push({clause: draft})
        continue
      }
      if (heading !== null) {
        const renamed = before && after && oldHeading !== newHeading && oldHeading !== null
        entries.push({heading: {before: standsInBase(at.group) ? heading : renamed ? oldHeading : null, after: heading}})
      } else if (before && after && oldHeading !== null) {
        // The clause stood under a cross-heading in the base and stands under none now: the heading is deleted.
        if (underHeading) partLine()
        entries.push({heading: {before: oldHeading, after: null}})
      } else if (underHeading) {
        partLine() // ends the cross-heading above: this clause stands under none
      }
      underHeading = heading !== null
    }
    previous = id
    const draft: ClauseDraft = {id}
    if (before) draft.before = before
    if (after) draft.after = after
    entries.push({clause: draft})
  }
  // A part changed with none of its clauses: its heading line alone, where the part stands.
  for (const [id, change] of partChanges) {
    if (entries.some((entry) => 'part' in entry && entry.part.id === id)) continue
    const later = entries.findIndex((entry) => {
      const partId = 'part' in entry ? entry.part.id : 'clause' in entry ? partOf(entry.clause.id) : null
      return partId !== null && comparePartIds(partId, id) > 0
    })
    const part = {id, title: change.kind === 'deleted' ? change.before : change.after, groups: []}
    entries.splice(later < 0 ? entries.length : later, 0, {part: partDraft(part)})
  }
  return {letter: base.letter, title: base.title, entries}

  function partOf(id: string): string | null {
    return ((editedClauses.has(id) ? editedAt : baseAt).get(id) as Standing).part.id
  }

  /** Whether two clauses stand in one run of clauses: in one old group and one new group, where each has them. */
  function sameRun(a: string, b: string): boolean {
    const [x, y] = [runOf.get(a), runOf.get(b)]
    return (x?.before === undefined || y?.before === undefined || x.before === y.before) && (x?.after === undefined || y?.after === undefined || x.after === y.after)
  }

  /** Whether two clauses stand in one group: on the side that holds both (the edited one first), else by heading text. */
  function sameGroup(a: string, b: string): boolean {
    if (editedClauses.has(a) && editedClauses.has(b)) return editedAt.get(a)?.group === editedAt.get(b)?.group
    if (baseClauses.has(a) && baseClauses.has(b)) return baseAt.get(a)?.group === baseAt.get(b)?.group
    const heading = (id: string): string | null => ((editedClauses.has(id) ? editedAt : baseAt).get(id) as Standing).group.heading
    return heading(a) === heading(b)
  }
}

/** The parts retitled, inserted or deleted between the base and the edited section, by ID. */
function changedParts(base: Section, edited: Section | undefined): Map<string, {kind: 'retitled' | 'inserted' | 'deleted'; before: string | null; after: string | null}> {
  const out = new Map<string, {kind: 'retitled' | 'inserted' | 'deleted'; before: string | null; after: string | null}>()
  if (!edited) return out
  const titled = (section: Section): Map<string, string | null> => new Map(section.parts.flatMap((p) => (p.id === null ? [] : [[p.id, p.title] as const])))
  const before = titled(base)
  const after = titled(edited)
  for (const [id, title] of after) {
    if (!before.has(id)) out.set(id, {kind: 'inserted', before: null, after: title})
    else if (before.get(id) !== title) out.set(id, {kind: 'retitled', before: before.get(id) ?? null, after: title})
  }
  for (const [id, title] of before) {
    if (after.has(id)) continue
    // A part goes with all its clauses; a clause of it still written means its heading line went missing.
    const kept = clausesOf([edited]).find((clause) => clause.id.startsWith(`${id}.`))
    if (kept) throw new InputError(`Missing part heading ${id} above ${kept.id}, expected '## ${id}${title === null ? '' : ` ${title}`}' kept (a part is deleted with all its clauses)`, kept.place ?? {file: edited.file ?? '', start: {line: 1, column: 1}})
    out.set(id, {kind: 'deleted', before: title, after: null})
  }
  return out
}

/** The section's draft with a `Status of …` line for each provision whose in-force status the edited text changes. */
function withStatusLines(draft: SectionDraft, base: Section, edited: Section | undefined): SectionDraft {
  const lines = statusChanges(base, edited).flatMap((change) => writeStatusLine(change.id, change.before, change.after) ?? [])
  return lines.length === 0 ? draft : {...draft, statuses: lines}
}

/** Reads the written legal text back and checks both readings against the drafts. */
function proveDraft(sections: readonly SectionDraft[], modification: Modification): void {
  for (const section of sections) {
    const parsed = modification.sections.find((s) => s.letter === section.letter && (s.kind ?? 'section') === (section.kind ?? 'section'))
    if ((parsed?.documentVersion?.after ?? null) !== (section.documentVersion?.after ?? null) || (parsed?.documentVersion?.before ?? null) !== (section.documentVersion?.before ?? null)) {
      throw new Error(`drafted legal text for the document version of ${section.letter} does not read back as drafted`)
    }
    if ((parsed?.retitle?.before ?? null) !== (section.retitle?.before ?? null) || (parsed?.retitle?.after ?? null) !== (section.retitle?.after ?? null)) {
      throw new Error(`drafted legal text for the title of ${section.letter} does not read back as drafted`)
    }
    const reread = (parsed?.statuses ?? []).map((status) => writeStatusLine(status.id, status.before, status.after))
    if (reread.join('\n') !== (section.statuses ?? []).join('\n')) throw new Error(`drafted status lines of Section ${section.letter} do not read back as the statuses they were drafted from`)
    for (const entry of section.entries) {
      if ('part' in entry) {
        const part = parsed?.parts.find((p) => p.id === entry.part.id)
        const change = entry.part.change
        const ok = part && (change ? part.kind === change.kind && (change.kind === 'inserted' || part.before === change.before) : part.kind === 'unchanged') && (change?.kind === 'deleted' || part.after === entry.part.title)
        if (!ok) throw new Error(`drafted legal text for part ${entry.part.id} does not read back as the headings it was drafted from`)
      }
      if (!('clause' in entry)) continue
      const change = parsed?.clauses.find((c) => c.id === entry.clause.id)
      const ok =
        change &&
        (entry.clause.before ? change.before !== undefined && same(change.before, entry.clause.before) : change.before === undefined) &&
        (entry.clause.after ? change.after !== undefined && same(change.after, entry.clause.after) : change.after === undefined)
      if (!ok) throw new Error(`drafted legal text for ${entry.clause.id} does not read back as the texts it was drafted from`)
    }
  }
}
