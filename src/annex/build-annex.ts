import type {ClauseRedline, RedlineDocument, SectionRedline} from '../redline/document.js'
import {acceptRuns, hasChanges, rejectRuns} from '../redline/run.js'
import {sameGroup} from '../redline/same-group.js'
import {clauseInstruction, documentInstruction, headingChanged, headingComesOrGoesInstruction, partInstruction} from './annex-instructions.js'
import {statusSentence} from '../model/status-sentence.js'
import {sameInForce} from '../model/in-force.js'
import {sectionStatusChanges} from '../redline/status-changed.js'
import type {Annex, AnnexContext, AnnexGroup, AnnexMeta, AnnexSection} from './annex-types.js'

/**
 * Builds the annex of a modification from its redline: the changed sections, an instruction line
 * per changed clause, and the clauses the context asks for, grouped under their cross-headings; a
 * cross-heading retitled over unchanged clauses is shown with its group (unless the context shows
 * no headings). Sections without a change are left out.
 */
export function buildAnnex(meta: AnnexMeta, redline: RedlineDocument, context: AnnexContext = 'heading'): Annex {
  const sections = redline.sections.filter((section) => section.status !== 'unchanged').map((section) => annexSection(section, context, meta.kind === 'direction'))
  return {
    meta,
    context,
    sections,
    redline,
    changed: sections.flatMap((section) => section.instructions.map((instruction) => instruction.clause))
  }
}

function annexSection(section: SectionRedline, context: AnnexContext, direction: boolean): AnnexSection {
  const whole = documentInstruction(section)
  // A whole Appendix or Schedule inserted or deleted has one instruction line; its clauses follow it unannounced.
  const instructions = section.clauses.map(clauseInstruction).filter((line) => line !== null)
  const groups = groupByHeading(section.clauses)
  const shown: AnnexGroup[] = []
  for (const group of groups) {
    const changed = group.clauses.filter((clause) => clause.status !== 'unchanged')
    // A cross-heading inserted above clauses that stay, or removed from above them: its own line, naming the group's first clause.
    const line = context === 'none' ? null : headingComesOrGoesInstruction(group)
    if (line !== null) group.headingInstruction = line
    if (changed.length === 0) {
      // A cross-heading retitled, inserted or removed over clauses that stay as they were: the group under its heading (headings shown), else nothing to show.
      if (context !== 'none' && (headingChanged(group) || line !== null)) shown.push(group)
      continue
    }
    if (context === 'heading') shown.push(group)
    else if (context === 'clause') shown.push({heading: group.heading, clauses: changed, ...(line !== null ? {headingInstruction: line} : {})})
    else shown.push({heading: null, clauses: changed})
  }
  const parts = (section.parts ?? []).map((part) => ({id: part.id, status: part.status, instruction: partInstruction(part), heading: part.heading}))
  const statuses = sectionStatusChanges(section).map((status) => ({id: status.id, text: statusSentence(status.id, status.after, {direction})}))
  const partStatuses = (section.partStatuses ?? []).flatMap((part) => (part.after && sameInForce(part.before, part.after) ? [{id: part.id, inForce: {...part.after}}] : []))
  const annexed: AnnexSection = {letter: section.letter, title: rejectRuns(section.title) || acceptRuns(section.title), parts, instructions, groups: context === 'heading' ? shown : mergeHeadless(shown), ...(statuses.length > 0 ? {statuses} : {})}
  if (section.kind !== undefined && section.kind !== 'section') annexed.kind = section.kind
  if (partStatuses.length > 0) annexed.partStatuses = partStatuses
  if (whole !== null) annexed.documentInstruction = whole
  if (whole === null && section.status === 'changed' && hasChanges(section.title)) annexed.retitle = section.title
  if (section.documentVersion && hasChanges(section.documentVersion)) annexed.documentVersion = section.documentVersion
  return annexed
}

/** Consecutive clauses in the same cross-heading group, in document order. */
function groupByHeading(clauses: readonly ClauseRedline[]): AnnexGroup[] {
  const groups: AnnexGroup[] = []
  let previous: ClauseRedline | undefined
  for (const clause of clauses) {
    const last = groups[groups.length - 1]
    if (last && previous && sameGroup(previous, clause)) last.clauses.push(clause)
    else groups.push({heading: clause.heading, clauses: [clause]})
    previous = clause
  }
  return groups
}

/**
 * Joins neighbouring groups that show no heading, so `--context none` and `clause` list their clauses in one run
 * (each clause has its own line there). The SECAS layout keeps them apart: one line per group may not govern
 * clauses on both sides of a part heading.
 */
function mergeHeadless(groups: AnnexGroup[]): AnnexGroup[] {
  const out: AnnexGroup[] = []
  for (const group of groups) {
    const last = out[out.length - 1]
    if (last && last.heading === null && group.heading === null) last.clauses.push(...group.clauses)
    else out.push({...group, clauses: [...group.clauses]})
  }
  return out
}
