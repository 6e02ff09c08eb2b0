import {resolveClause, resolveHeading} from '../redline/accept-reject.js'
import type {ClauseRedline, ProvisionRedline, RedlineDocument} from '../redline/document.js'
import {acceptRuns, hasChanges, rejectRuns} from '../redline/run.js'
import {documentRef, parseDocumentReference} from '../model/ids.js'
import type {Section, Version} from '../model/types.js'
import {applyInstructions} from './apply-instructions.js'
import {sameGroup} from '../redline/same-group.js'
import {deriveDefinitionInstructions} from './definition-instructions.js'
import {sectionStatusChanges} from '../redline/status-changed.js'
import {deriveTextEdits} from './derive-text-edits.js'
import {tableInstructions, tablesAddressable} from './derive-table-rows.js'
import type {AmendingInstruction} from './instruction-types.js'

/**
 * The amending instructions that turn the old side of a redline into the new side, one per change:
 * word edits where a clause keeps its structure, whole-clause substitution where sub-paragraphs
 * come, go or are relabelled, and clause insertions and deletions.
 */
export function deriveInstructions(redline: RedlineDocument): AmendingInstruction[] {
  const out: AmendingInstruction[] = []
  for (const section of redline.sections) {
    const ref = documentRef(section)
    const whole = section.kind !== undefined && section.kind !== 'section' ? section.status : 'unchanged'
    const version = section.documentVersion
    // A whole Appendix or Schedule deleted: one instruction, "Delete Appendix AB.", with nothing of its text.
    if (whole === 'deleted') {
      out.push({kind: 'delete-document', section: ref})
      continue
    }
    if (whole === 'inserted') {
      // A whole new Appendix or Schedule: one instruction holding its text, then the statuses of its provisions.
      const inserted = insertedDocument(section, ref)
      out.push(inserted.instruction, ...inserted.statuses)
      continue
    }
    // A document retitled: its title first, as the annex shows it under the document's heading.
    if (section.status === 'changed' && hasChanges(section.title)) out.push({kind: 'document-title', section: ref, from: rejectRuns(section.title), to: acceptRuns(section.title)})
    if (version && hasChanges(version)) out.push({kind: 'document-version', section: ref, from: rejectRuns(version) || null, to: acceptRuns(version) || null})
    let previous: string | null = null
    // One instruction per retitled group, anchored on its first clause present in both versions.
    let before: ClauseRedline | undefined
    const parts = section.parts ?? []
    for (const part of parts) {
      if (part.status === 'inserted') out.push({kind: 'insert-part', section: ref, part: part.id, title: part.after})
      if (part.status === 'changed') out.push({kind: 'part-heading', section: ref, part: part.id, from: part.before, to: part.after})
    }
    section.clauses.forEach((clause, index) => {
      const from = resolveHeading(clause, 'reject')
      const to = resolveHeading(clause, 'accept')
      if (clause.heading && hasChanges(clause.heading) && clause.status !== 'inserted' && clause.status !== 'deleted' && !(before && sameGroup(before, clause))) {
        // A group split off reads as a heading inserted (below, where its group opens); a group merged into the one before, as a heading deleted.
        if (from !== null && to !== null) out.push({kind: 'heading', section: ref, from, to, before: clause.id})
        // A cross-heading removed from above clauses that stay: anchored on the first of them.
        if (from !== null && to === null) out.push({kind: 'delete-heading', section: ref, heading: from, before: clause.id})
      }
      if (clause.status !== 'inserted' && clause.status !== 'deleted') before = clause
      const inserted = clauseInstructions(clause, previous, ref)
      const beforeHeading = clause.status === 'inserted' ? headingAfterAtStart(section.clauses, index, previous) : null
      out.push(...inserted.map((instruction) => (beforeHeading !== null && instruction.kind === 'insert-clause' ? {...instruction, beforeHeading} : instruction)))
      // A new cross-heading starts its group at the first clause under it: in a new part, over a new
      // group, or over clauses that stay (the group's first clause, once any clause inserted there is in place).
      const opens = clause.status !== 'deleted' && clause.group.after === clause.id
      const newPart = clause.status === 'inserted' && parts.some((p) => p.status === 'inserted' && p.id === clause.part.id)
      const heading = opens && (newPart || (from === null && clause.heading !== null)) ? to : null
      if (heading !== null) out.push({kind: 'insert-heading', section: ref, heading, before: clause.id})
      if (clause.status !== 'deleted') previous = clause.id
    })
    // Statuses after the clauses: a substituted or inserted clause is in place before its status is set.
    for (const status of sectionStatusChanges(section)) out.push({kind: 'status', id: status.id, inForce: status.after})
    for (const part of parts) if (part.status === 'deleted') out.push({kind: 'delete-part', section: ref, part: part.id})
  }
  return out
}

/**
 * For a clause inserted first in its part (after no clause of its part), the cross-heading it stands
 * before, under none: the old heading of the part's next clause of the old version, where the two
 * are not in one group. Null where it stands under that heading, or the part has no such clause.
 */
function headingAfterAtStart(clauses: readonly ClauseRedline[], index: number, previous: string | null): string | null {
  const clause = clauses[index] as ClauseRedline
  const partOfPrevious = previous === null ? undefined : clauses.find((c) => c.id === previous)?.part.id
  if (previous !== null && partOfPrevious === clause.part.id) return null
  const next = clauses.slice(index + 1).find((c) => c.status !== 'inserted')
  if (!next || next.part.id !== clause.part.id || sameGroup(clause, next)) return null
  return resolveHeading(next, 'reject')
}

/**
 * A whole new document's instruction, its text built by applying, to an empty document, the
 * instructions that would insert it part by part and clause by clause (so its text is exactly
 * what those instructions give back), and the status instructions of its provisions.
 */
function insertedDocument(section: RedlineDocument['sections'][number], ref: string): {instruction: AmendingInstruction; statuses: AmendingInstruction[]} {
  const document = parseDocumentReference(ref)
  const version = section.documentVersion ? acceptRuns(section.documentVersion) || null : null
  const empty: Section = {letter: document?.letter ?? section.letter, kind: section.kind ?? 'appendix', title: acceptRuns(section.title), version: '', parts: []}
  if (version !== null) empty.documentVersion = version
  const steps: AmendingInstruction[] = []
  const parts = section.parts ?? []
  for (const part of parts) if (part.status === 'inserted') steps.push({kind: 'insert-part', section: ref, part: part.id, title: part.after})
  let previous: string | null = null
  for (const clause of section.clauses) {
    steps.push(...clauseInstructions(clause, previous, ref))
    const heading = clause.group.after === clause.id && parts.some((p) => p.status === 'inserted' && p.id === clause.part.id) ? resolveHeading(clause, 'accept') : null
    if (heading !== null) steps.push({kind: 'insert-heading', section: ref, heading, before: clause.id})
    previous = clause.id
  }
  const built = applyInstructions({id: '', dir: '', manifest: {version: '', base: null, changes: []}, sections: [empty]} as unknown as Version, steps).sections[0] ?? empty
  const statuses = sectionStatusChanges(section).map((status): AmendingInstruction => ({kind: 'status', id: status.id, inForce: status.after}))
  return {instruction: {kind: 'insert-document', section: ref, document: built}, statuses}
}

function clauseInstructions(clause: ClauseRedline, previous: string | null, section: string): AmendingInstruction[] {
  if (clause.status === 'unchanged') return []
  if (clause.status === 'deleted') return [{kind: 'delete-clause', id: clause.id}]
  const after = resolveClause(clause, 'accept')
  if (!after) return []
  if (clause.status === 'inserted') return [{kind: 'insert-clause', clause: after, after: previous, section}]
  const definitions = deriveDefinitionInstructions(clause)
  if (definitions) {
    // The clause's own lead-in, tail and table change by words and rows beside its definitions.
    const own = ownInstructions(clause)
    return own ? [...own, ...definitions] : [{kind: 'substitute-clause', clause: after}]
  }
  // A table that cannot be amended row by row (columns or header changed, rows not named uniquely by their first cell): the whole clause.
  if (!sameShape(clause) || !tablesAddressable(clause)) return [{kind: 'substitute-clause', clause: after}]
  const out: AmendingInstruction[] = []
  let plain = true
  const push = (edits: ReturnType<typeof deriveTextEdits>, provision: string, field: 'text' | 'tail'): void => {
    if (edits === undefined) plain = false
    else for (const edit of edits) out.push({kind: 'text', target: {provision, field}, edit})
  }
  const visit = (provision: ProvisionRedline, id: string): void => {
    push(deriveTextEdits(provision.text), id, 'text')
    if (provision.table) out.push(...tableInstructions(id, provision.table))
    for (const item of provision.items) visit(item, item.id)
    push(deriveTextEdits(provision.tail), id, 'tail')
  }
  visit(clause, clause.id)
  // Words that no quoted instruction can carry (they hold the instruction's own phrasing): the whole clause.
  return plain ? out : [{kind: 'substitute-clause', clause: after}]
}

/**
 * The word and row instructions for a definitions clause's own lead-in, table and tail (its
 * definitions aside), or undefined where no quoted instruction can carry them.
 */
function ownInstructions(clause: ClauseRedline): AmendingInstruction[] | undefined {
  const own: ClauseRedline = {...clause, items: []}
  if (!tablesAddressable(own)) return undefined
  // Text of several paragraphs changes whole (see sameShape).
  if ([...clause.text, ...clause.tail].some((run) => run.text.includes('\n'))) return undefined
  const text = deriveTextEdits(clause.text)
  const tail = deriveTextEdits(clause.tail)
  if (text === undefined || tail === undefined) return undefined
  return [
    ...text.map((edit): AmendingInstruction => ({kind: 'text', target: {provision: clause.id, field: 'text'}, edit})),
    ...(clause.table ? tableInstructions(clause.id, clause.table) : []),
    ...tail.map((edit): AmendingInstruction => ({kind: 'text', target: {provision: clause.id, field: 'tail'}, edit}))
  ]
}

/** Whether only words change: no provision inserted, deleted or relabelled, and no text of several paragraphs or between two lists (such a clause is substituted whole, as drafters do). */
function sameShape(provision: ProvisionRedline): boolean {
  if (provision.status === 'inserted' || provision.status === 'deleted' || hasChanges(provision.label)) return false
  if (provision.textBefore || [...provision.text, ...provision.tail].some((run) => run.text.includes('\n'))) return false
  return provision.items.every(sameShape)
}
