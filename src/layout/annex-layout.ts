import {clauseInstruction, definitionLines, documentVersionInstruction, groupInstructionText, headingChanged, headingInstruction, TITLE_LINE_LABEL, titleInstruction} from '../annex/annex-instructions.js'
import type {Annex, AnnexMeta} from '../annex/annex-types.js'
import type {ClauseRedline, ProvisionRedline} from '../redline/document.js'
import {comparePartIds} from '../model/ids.js'
import {compactRuns, type Run} from '../redline/run.js'
import {type AnnexCover, annexCover, sectionHeading} from './annex-cover.js'
import {insertionsFirst, type RedlineParagraph, redlineParagraphs} from './provision-paragraphs.js'
import {partStatusNote, statusNotes} from './status-notes.js'

/**
 * One block of an annex section, in reading order. Every annex renderer (terminal, Markdown,
 * HTML, Word, PDF) prints these blocks and nothing else, so all formats stand each instruction
 * line before the text it governs and show the same headings and paragraphs.
 */
export type AnnexBlock =
  /**
   * "Amend Sections G3.18 and G3.20 as follows:": before the clauses (and the heading) it governs.
   * With `definition`, a definition's line ("Amend the definition of 'Alert Window' as follows:")
   * before that definition alone; the first line of a clause's definitions names the clause.
   * With `status`, a line that governs no text: a `sentence` that changes a part's or provision's
   * in-force status ("Section X2.4(b) shall cease to have effect on 31 March 2028."), after the
   * section heading; or a `note` of a status the record keeps, after the clause it bears on.
   */
  | {kind: 'instruction'; text: string; clauses: string[]; definition?: string; status?: 'sentence' | 'note'}
  /**
   * A cross-heading, redlined (wholly inserted or deleted only when its group is new or gone), or
   * with `part` a part heading (`G3 Title`) that a record retitles, inserts or deletes; with
   * `documentTitle` the document's own title retitled (`Title: Security[+ and …+]`), with
   * `documentVersion` an Appendix's document version line.
   */
  | {kind: 'heading'; runs: Run[]; part?: {id: string; status: 'changed' | 'inserted' | 'deleted'}; documentVersion?: true; documentTitle?: true}
  /**
   * A clause: its paragraphs (number or label, depth, lead-in, tail) laid out for printing. With
   * `definition`, one changed definition of the clause alone (its paragraphs at their depth in the
   * list), the definitions around it left out: an amended definitions list shows only what changes.
   */
  | {kind: 'clause'; clause: ClauseRedline; paragraphs: RedlineParagraph[]; definition?: ProvisionRedline}

/** One section of the laid-out annex: its heading line ("Section G ‘Security’") and its blocks. */
export interface AnnexLayoutSection {
  letter: string
  /** The kind of document (absent: a section). */
  kind?: 'section' | 'appendix' | 'schedule'
  /** `Section G ‘Security’`. */
  heading: string
  blocks: AnnexBlock[]
}

/** One line of a contents list: the changed clause and what happened to it and its sub-paragraphs. */
export interface AnnexContentsEntry {
  /** The clause, `G3.20` (the anchor of its text). */
  clause: string
  /** `Amend Section G3.20 (G3.20(c) inserted)`. */
  text: string
  /** Where the entry's text starts when not at the clause: its first changed definition (`A1.1[Alert Window]`). */
  anchor?: string
}

/** The annex laid out once for every renderer. */
export interface AnnexLayout {
  meta: AnnexMeta
  cover: AnnexCover
  sections: AnnexLayoutSection[]
  /** One entry per changed clause, in document order. */
  contents: AnnexContentsEntry[]
}

/**
 * Lays an annex out: per section, the instruction lines, part headings a record changes (each
 * after its instruction line, before the first clause of its part), cross-headings and clause
 * paragraphs in reading order. With `--context heading` (the SECAS layout) a group with changed clauses gets
 * one instruction line before its heading, naming every changed clause of the group; with
 * `clause` and `none` each changed clause gets its own line immediately before it.
 */
export function layoutAnnex(annex: Annex): AnnexLayout {
  const sections = annex.sections.map((section): AnnexLayoutSection => {
    const blocks: AnnexBlock[] = []
    // A whole Appendix or Schedule inserted or deleted: one instruction line governs all its text.
    const whole = section.documentInstruction !== undefined
    if (whole) blocks.push({kind: 'instruction', text: section.documentInstruction ?? '', clauses: section.instructions.map((instruction) => instruction.clause)})
    if (section.retitle) {
      // A document retitled: its line, then its title redlined under a label, as its document version is.
      blocks.push({kind: 'instruction', text: titleInstruction(section), clauses: []})
      blocks.push({kind: 'heading', runs: compactRuns([{type: 'equal', text: TITLE_LINE_LABEL}, ...section.retitle]), documentTitle: true})
    }
    if (section.documentVersion) {
      // A whole new (or deleted) Appendix shows its document version under the one instruction line.
      if (!whole) blocks.push({kind: 'instruction', text: documentVersionInstruction(section), clauses: []})
      // The label is inserted (deleted) with a version that exists on one side only, so Reject All (Accept All) leaves no line.
      const types = new Set(section.documentVersion.map((run) => run.type))
      const label = types.size === 1 && !types.has('equal') ? (types.has('insert') ? 'insert' : 'delete') : 'equal'
      blocks.push({kind: 'heading', runs: compactRuns([{type: label, text: 'Document version: '}, ...section.documentVersion]), documentVersion: true})
    }
    // Each part heading stands before the first clause of its part (or of a later part), so a
    // reader meets the headings in document order: a new part's heading directly above its clauses.
    const pendingParts = [...section.parts]
    const partsUpTo = (partId: string | null | undefined): void => {
      while (pendingParts.length > 0) {
        const part = pendingParts[0] as (typeof pendingParts)[number]
        if (partId !== undefined && (partId === null || comparePartIds(part.id, partId) > 0)) return
        pendingParts.shift()
        if (!whole) blocks.push({kind: 'instruction', text: part.instruction, clauses: []})
        blocks.push({kind: 'heading', runs: part.heading, part: {id: part.id, status: part.status}})
      }
    }
    // A part's unchanged status is noted once, with the first clause of the part shown.
    const pendingPartNotes = new Map((section.partStatuses ?? []).map((part) => [part.id, partStatusNote(part.id, part.inForce)]))
    for (const status of section.statuses ?? []) blocks.push({kind: 'instruction', text: status.text, clauses: [], status: 'sentence'})
    for (const group of section.groups) {
      // A clause deleted from a part under no heading has none (null); the group stands in the part of its first clause that has one.
      partsUpTo(group.clauses.find((clause) => clause.part.id !== null)?.part.id ?? group.clauses[0]?.part.id)
      // An amended definitions list shows its changed definitions alone, each under its own line.
      const definitions = new Map(whole ? [] : group.clauses.map((clause) => [clause.id, definitionLines(clause)] as const))
      const lined = group.clauses.filter((clause) => !definitions.get(clause.id))
      const changed = lined.filter((clause) => clause.status !== 'unchanged').map((clause) => clause.id)
      // One line for the group (the SECAS layout), unless definitions stand among its clauses: then each clause has its own, in reading order.
      const oneLine = annex.context === 'heading' && !whole && lined.length === group.clauses.length
      const perGroup = oneLine ? groupInstructionText(lined) : null
      const comesOrGoes = whole ? undefined : group.headingInstruction
      if (comesOrGoes !== undefined && group.heading) {
        // A cross-heading inserted above clauses that stay (or removed from above them): its line and the heading first, then the line for the clauses under it.
        blocks.push({kind: 'instruction', text: comesOrGoes, clauses: []})
        blocks.push({kind: 'heading', runs: group.heading})
        if (perGroup !== null) blocks.push({kind: 'instruction', text: perGroup, clauses: changed})
      } else {
        if (perGroup !== null) blocks.push({kind: 'instruction', text: perGroup, clauses: changed})
        // A cross-heading retitled over unchanged clauses: its own line, since no clause's names it.
        const first = group.clauses[0]
        if (!whole && changed.length === 0 && first && headingChanged(group)) blocks.push({kind: 'instruction', text: headingInstruction(first.id), clauses: []})
        if (group.heading) blocks.push({kind: 'heading', runs: group.heading})
      }
      for (const clause of group.clauses) {
        // Groups merged across parts (`--context none`): a part heading between their clauses.
        if (clause !== group.clauses[0]) partsUpTo(clause.part.id)
        const lines = definitions.get(clause.id)
        if (lines) {
          lines.forEach(({definition, text}, index) => {
            blocks.push({kind: 'instruction', text, clauses: index === 0 ? [clause.id] : [], definition: definition.id})
            blocks.push({kind: 'clause', clause, paragraphs: insertionsFirst(redlineParagraphs(definition, 1)), definition})
          })
        } else {
          const own = oneLine || whole ? null : clauseInstruction(clause)
          if (own) blocks.push({kind: 'instruction', text: own.text, clauses: [clause.id]})
          blocks.push({kind: 'clause', clause, paragraphs: insertionsFirst(redlineParagraphs(clause))})
        }
        const partNote = pendingPartNotes.get(clause.part.id ?? '')
        if (partNote !== undefined) {
          blocks.push({kind: 'instruction', text: partNote, clauses: [], status: 'note'})
          pendingPartNotes.delete(clause.part.id ?? '')
        }
        for (const note of statusNotes(clause)) blocks.push({kind: 'instruction', text: note, clauses: [], status: 'note'})
      }
    }
    partsUpTo(undefined)
    return {letter: section.letter, ...(section.kind ? {kind: section.kind} : {}), heading: sectionHeading(section.letter, section.title, section.kind), blocks}
  })
  return {meta: annex.meta, cover: annexCover(annex.meta), sections, contents: contentsOf(annex)}
}

function contentsOf(annex: Annex): AnnexContentsEntry[] {
  const clauses = new Map(annex.redline.sections.flatMap((section) => section.clauses.map((clause) => [clause.id, clause] as const)))
  return annex.sections.flatMap((section) => {
    // A whole Appendix or Schedule inserted or deleted: one entry, its instruction, at its first clause.
    const [opening] = section.instructions
    if (section.documentInstruction !== undefined) return opening ? [{clause: opening.clause, text: section.documentInstruction.replace(/( as set out below)?[:.]$/, '')}] : []
    return section.instructions.map((instruction) => {
      const line = instruction.text.replace(/( as follows)?[:.]$/, '')
      const clause = clauses.get(instruction.clause)
      const notes = clause && instruction.kind === 'amend' ? subParagraphNotes(clause) : []
      const first = clause && instruction.kind === 'amend' ? definitionLines(clause)?.[0] : undefined
      return {clause: instruction.clause, text: notes.length > 0 ? `${line} (${notes.join(', ')})` : line, ...(first ? {anchor: first.definition.id} : {})}
    })
  })
}

/** "G3.20(c) inserted", "G3.20(d) deleted": the sub-paragraphs of an amended clause that come or go. */
function subParagraphNotes(provision: ProvisionRedline): string[] {
  return provision.items.flatMap((item) => {
    if (item.status === 'inserted') return [`${item.id} inserted`]
    if (item.status === 'deleted') return [`${item.id} deleted`]
    return subParagraphNotes(item)
  })
}
