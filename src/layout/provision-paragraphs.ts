import type {ProvisionRedline, ProvisionStatus, TableRedline} from '../redline/document.js'
import type {Run} from '../redline/run.js'
import {acceptRuns, compactRuns, rejectRuns} from '../redline/run.js'

/**
 * One printed paragraph of a redlined provision: its lead-in (number or label, then text) or its
 * tail. Every annex renderer lays provisions out through this list, so that all formats show the
 * same paragraphs and accepting or rejecting them gives the same text. A lead is set with a
 * hanging indent: the label, a tab (`separator`: a space in plain text), then `text` in a column.
 */
export interface RedlineParagraph {
  /** 0 for a clause, 1 for `(a)`, 2 for `(i)`, … */
  depth: number
  /** `table`: the provision's table (`table` set; label and runs empty), after its lead and before its sub-paragraphs. */
  role: 'lead' | 'tail' | 'table'
  /** The provision's status; a tail paragraph has its provision's status. */
  status: ProvisionStatus
  /** The provision ID (the new one; the old one for a deleted provision). */
  id: string
  /** Set on the lead of a definition: `label` is its term, printed in bold. */
  definition?: true
  /** For a lead: the label runs (`G3.20`, or `(b)` with brackets), empty for a tail. */
  label: Run[]
  /** The text after the label (with the separating space, marked where it exists on one side only). */
  runs: Run[]
  /** The separator between label and text alone: one space run (marked where the text exists on one side only), or none. */
  separator: Run[]
  /** The text after the label without the separator (for a tail: its text). */
  text: Run[]
  /** For a `table` paragraph: the table, redlined. */
  table?: TableRedline
}

/** The paragraphs of a provision and its sub-paragraphs, in reading order. */
export function redlineParagraphs(provision: ProvisionRedline, depth = 0): RedlineParagraph[] {
  const label = labelRuns(provision)
  const space = separator(provision.text)
  const lead: RedlineParagraph = {depth, role: 'lead', status: provision.status, id: provision.id, label, runs: compactRuns([...space, ...provision.text]), separator: space, text: compactRuns(provision.text)}
  if (provision.definition) lead.definition = true
  const paragraphs: RedlineParagraph[] = [lead]
  if (provision.table) {
    paragraphs.push({depth, role: 'table', status: provision.status, id: provision.table.id, label: [], runs: [], separator: [], text: [], table: provision.table})
  }
  for (const item of provision.items) paragraphs.push(...redlineParagraphs(item, depth + 1))
  if (provision.tail.length > 0) {
    paragraphs.push({depth, role: 'tail', status: provision.status, id: provision.id, label: [], runs: provision.tail, separator: [], text: provision.tail})
  }
  return paragraphs
}

/** The label as printed: the clause number, a definition's term, or the sub-paragraph label in brackets. */
function labelRuns(provision: ProvisionRedline): Run[] {
  if (provision.kind === 'clause' || provision.definition) return provision.label
  const bracket = provision.status === 'inserted' ? 'insert' : provision.status === 'deleted' ? 'delete' : 'equal'
  return compactRuns([{type: bracket, text: '('}, ...provision.label, {type: bracket, text: ')'}])
}

/** The space between label and text, on the sides where there is text. */
function separator(text: readonly Run[]): Run[] {
  const accepted = acceptRuns(text) !== ''
  const rejected = rejectRuns(text) !== ''
  if (accepted && rejected) return [{type: 'equal', text: ' '}]
  if (accepted) return [{type: 'insert', text: ' '}]
  if (rejected) return [{type: 'delete', text: ' '}]
  return []
}

/** The paragraph's whole runs: label followed by text. */
export function paragraphRuns(paragraph: RedlineParagraph): Run[] {
  return compactRuns([...paragraph.label, ...paragraph.runs])
}
