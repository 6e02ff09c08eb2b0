import type {ClauseRedline, PartRedline, ProvisionRedline} from '../redline/document.js'
import type {AnnexInstruction} from './annex-types.js'
import {citeClauses, citePart, documentName} from '../model/ids.js'
import {amendDefinitionSentence, deleteDefinitionSentence, insertDefinitionSentence} from '../model/definition-sentences.js'
import {deriveDefinitionInstructions} from '../instructions/definition-instructions.js'
import {hasChanges, rejectRuns, type Run} from '../redline/run.js'
import {headingComesOrGoes, retitled} from '../redline/same-group.js'
import {tableChanged} from '../redline/table-redline.js'

/**
 * The instruction line for a whole Appendix or Schedule a record inserts or deletes ("Insert new
 * Appendix AM as set out below:", "Delete Appendix AM."), or for an Appendix's changed document
 * version ("Amend the document version of Appendix AB as follows:"); null otherwise.
 */
export function documentInstruction(section: {kind?: 'section' | 'appendix' | 'schedule'; letter: string; status: string}): string | null {
  if (section.kind === undefined || section.kind === 'section') return null
  if (section.status === 'inserted') return `Insert new ${documentName(section)} as set out below:`
  if (section.status === 'deleted') return `Delete ${documentName(section)}.`
  return null
}

/** The instruction line before an Appendix's changed document version. */
/** The line before a document's retitled title: "Amend the title of Section G as follows:" (of Appendix AB, of Schedule 11). */
export function titleInstruction(section: {kind?: 'section' | 'appendix' | 'schedule'; letter: string}): string {
  return `Amend the title of ${documentName(section)} as follows:`
}

/** The label of a document's title line in the annex, `Title: Security`, as `Document version: ` labels its version line. */
export const TITLE_LINE_LABEL = 'Title: '

export function documentVersionInstruction(section: {kind?: 'section' | 'appendix' | 'schedule'; letter: string}): string {
  return `Amend the document version of ${documentName(section)} as follows:`
}

/**
 * The instruction line the SECAS annex prints before a changed clause: "Amend Section G3.20 as
 * follows:", "Insert new Section G3.22 as follows:" or "Delete Section G3.22.", or null for an
 * unchanged clause.
 */
export function clauseInstruction(clause: ClauseRedline): AnnexInstruction | null {
  switch (clause.status) {
    case 'changed':
      return {kind: 'amend', clause: clause.id, text: `Amend ${citeClauses([clause.id])} as follows:`}
    case 'inserted':
      return {kind: 'insert', clause: clause.id, text: `Insert new ${citeClauses([clause.id])} as follows:`}
    case 'deleted':
      return {kind: 'delete', clause: clause.id, text: `Delete ${citeClauses([clause.id])}.`}
    default:
      return null
  }
}

/** Whether a group's cross-heading is retitled (a heading inserted or deleted is shown only with its whole group). */
export function headingChanged(group: {heading: readonly Run[] | null}): boolean {
  return retitled(group.heading)
}

/**
 * The instruction line before a cross-heading inserted above clauses that stay ("Insert the
 * following new cross-heading before Section G3.20:", naming the first clause under it) or removed
 * from above them ("Delete the cross-heading above Section G3.20.", naming the first clause it
 * stood over); null where the heading is unchanged, retitled, or comes or goes with its whole group.
 */
export function headingComesOrGoesInstruction(group: {heading: readonly Run[] | null; clauses: readonly ClauseRedline[]}): string | null {
  const change = headingComesOrGoes(group.heading)
  if (change === null || !group.clauses.some((clause) => clause.status === 'unchanged' || clause.status === 'changed')) return null
  if (change === 'inserted') {
    const first = group.clauses.find((clause) => clause.status !== 'deleted')
    return first ? `Insert the following new cross-heading before ${citeClauses([first.id])}:` : null
  }
  const first = group.clauses.find((clause) => clause.status !== 'inserted')
  return first ? `Delete the cross-heading above ${citeClauses([first.id])}.` : null
}

/** The instruction line before a cross-heading retitled over clauses that stay as they were: "Amend the cross-heading above Section G3.19 as follows:". */
export function headingInstruction(firstClause: string): string {
  return `Amend the cross-heading above ${citeClauses([firstClause])} as follows:`
}

/** The instruction line before a changed part heading: "Amend the heading of Part G3 as follows:", "Insert new Part G4 as follows:" or "Delete Part G4.". */
export function partInstruction(part: PartRedline): string {
  // A part heading inserted above clauses that stay: "Insert the following new heading of Part G1 before Section G1.1:".
  if (part.status === 'inserted' && part.over !== undefined) return `Insert the following new heading of ${citePart(part.id)} before ${citeClauses([part.over])}:`
  if (part.status === 'inserted') return `Insert new ${citePart(part.id)} as follows:`
  if (part.status === 'deleted') return `Delete ${citePart(part.id)}.`
  return `Amend the heading of ${citePart(part.id)} as follows:`
}

/**
 * The one instruction line before changed clauses shown together (a cross-heading group in the
 * SECAS layout): "Amend Sections G3.18, G3.20 and G3.21 as follows:", "Amend Section G3.18 and
 * insert new Section G3.18A as follows:", "Delete Section G3.22."; null when none changed. For
 * one clause it is that clause's own line.
 */
export function groupInstructionText(clauses: readonly ClauseRedline[]): string | null {
  const lines = clauses.map(clauseInstruction).filter((line) => line !== null)
  if (lines.length === 0) return null
  if (lines.length === 1) return (lines[0] as AnnexInstruction).text
  const ids = (kind: AnnexInstruction['kind']): string[] => lines.filter((line) => line.kind === kind).map((line) => line.clause)
  const phrase = (verb: string, list: string[]): string | null =>
    list.length === 0 ? null : `${verb} ${citeClauses(list, joinWithAnd)}`
  const phrases = [phrase('amend', ids('amend')), phrase('insert new', ids('insert')), phrase('delete', ids('delete'))].filter((p) => p !== null)
  const sentence = joinWithAnd(phrases)
  const onlyDeletes = ids('delete').length === lines.length
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${onlyDeletes ? '.' : ' as follows:'}`
}

/** `a`, `a and b`, `a, b and c`. */
function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/** A changed definition of a definitions clause and the instruction line the annex prints before it. */
export interface DefinitionLine {
  definition: ProvisionRedline
  /** "Amend the definition of 'Alert Window' as follows:". */
  text: string
}

/**
 * The instruction lines for the changed definitions of an amended definitions clause (`A1.1`), one
 * per definition inserted, amended or deleted, in list order, so the annex can print those
 * definitions alone, as a drafter's annex does, instead of the whole list. Null where the clause
 * must be shown whole: it is not an amended list of definitions only, its own words (number,
 * lead-in, table, closing words) change, or a new definition does not stand in its alphabetical
 * place (the insertion line would put it elsewhere).
 */
export function definitionLines(clause: ClauseRedline): DefinitionLine[] | null {
  if (clause.status !== 'changed' || clause.items.length === 0 || !clause.items.every((item) => item.definition)) return null
  if (hasChanges(clause.label) || hasChanges(clause.text) || hasChanges(clause.tail) || (clause.table !== undefined && tableChanged(clause.table))) return null
  // Each changed definition alone only where the drafting sentences give back the new list exactly (an insertion in its alphabetical place).
  if (!deriveDefinitionInstructions(clause)) return null
  const lines: DefinitionLine[] = []
  for (const item of clause.items) {
    if (item.status === 'unchanged') continue
    if (item.status === 'deleted') lines.push({definition: item, text: deleteDefinitionSentence(rejectRuns(item.label), clause.id)})
    else if (item.status === 'changed') lines.push({definition: item, text: amendDefinitionSentence(rejectRuns(item.label), clause.id)})
    else lines.push({definition: item, text: insertDefinitionSentence(clause.id)})
  }
  return lines.length > 0 ? lines : null
}
