import {InputError} from '../diagnostics/errors.js'
import {compareClauseNumbers} from '../model/ids.js'
import type {Clause, Section, Version} from '../model/types.js'
import {sameProvision} from './same-provision.js'
import {clausesOf} from '../model/walk.js'
import type {Modification, ModificationMeta} from './modification-types.js'
import {parseLegalText, provisions} from './parse-legal-text.js'
import {serializeModificationMeta} from './serialize-modification-meta.js'
import {writeLegalText, type ClauseDraft, type LegalTextEntry, type SectionDraft} from './write-legal-text.js'

/** A new text for one provision's fields, by ID: what a fixer or a drafter changes. */
export interface ProvisionEdit {
  id: string
  text?: string
  tail?: string
}

/** What a modification is drafted from: edited sections, edited clauses, provision edits, or clauses to scaffold unchanged. */
export type DraftSource =
  | {sections: Section[]}
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
  const sections = base.sections.map((section) => draftSection(section, after.find((s) => s.letter === section.letter), 'scaffold' in source ? source.scaffold : []))
    .filter((section) => section.entries.length > 0)
  if (sections.length === 0) throw new InputError('Nothing to draft: the edited text equals the base, expected at least one changed or listed clause', {file: meta.id, start: {line: 1, column: 1}})
  const legalText = writeLegalText(sections)
  const legalTextFile = `modifications/${meta.id}/legal-text.md`
  const modification: Modification = {meta: {...meta, base: base.id}, metaFile: `modifications/${meta.id}/modification.md`, legalTextFile, sections: parseLegalText(legalText, legalTextFile)}
  proveDraft(sections, modification)
  return {meta: modification.meta, modificationText: serializeModificationMeta(modification.meta), legalText, modification}
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

/** The entries of one section: changed (or listed) clauses under their cross-headings, in clause order. */
function draftSection(base: Section, edited: Section | undefined, listed: readonly string[]): SectionDraft {
  const headingOf = (section: Section): Map<string, string | null> =>
    new Map(section.parts.flatMap((p) => p.groups.flatMap((g) => g.clauses.map((c) => [c.id, g.heading] as const))))
  const baseHeadings = headingOf(base)
  const editedHeadings = edited ? headingOf(edited) : new Map<string, string | null>()
  const baseClauses = new Map(clausesOf([base]).map((c) => [c.id, c]))
  const editedClauses = new Map(clausesOf(edited ? [edited] : []).map((c) => [c.id, c]))
  const ids = [...new Set([...baseClauses.keys(), ...editedClauses.keys()])].sort(compareClauseNumbers)
  const known = new Set(baseHeadings.values())
  const entries: LegalTextEntry[] = []
  let current: string | null | undefined
  for (const id of ids) {
    const before = baseClauses.get(id)
    const after = edited ? editedClauses.get(id) : before
    const oldHeading = baseHeadings.get(id) ?? null
    const newHeading = editedHeadings.has(id) ? (editedHeadings.get(id) ?? null) : oldHeading
    const changed = !before || !after || !same(before, after) || oldHeading !== newHeading
    if (!changed && !listed.includes(id)) continue
    const heading = after ? newHeading : oldHeading
    if (heading !== current && heading !== null) {
      const renamed = before && after && oldHeading !== newHeading && oldHeading !== null
      entries.push({heading: {before: renamed ? oldHeading : known.has(heading) ? heading : null, after: heading}})
    }
    current = heading
    const draft: ClauseDraft = {id}
    if (before) draft.before = before
    if (after) draft.after = after
    entries.push({clause: draft})
  }
  return {letter: base.letter, title: base.title, entries}
}

/** Reads the written legal text back and checks both readings against the drafts. */
function proveDraft(sections: readonly SectionDraft[], modification: Modification): void {
  for (const section of sections) {
    const parsed = modification.sections.find((s) => s.letter === section.letter)
    for (const entry of section.entries) {
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
