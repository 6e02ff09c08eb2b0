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

/**
 * The paragraphs of a provision and its sub-paragraphs, in reading order. A text of several
 * paragraphs (runs holding line feeds, kept, inserted or deleted) is cut at each line feed: the
 * lead's further paragraphs follow it at its depth with no label, the text between two lists
 * stands before the sub-paragraph that follows it at the parent's depth, a tail's paragraphs
 * follow the list. A paragraph present on one side only has only runs of that side.
 */
export function redlineParagraphs(provision: ProvisionRedline, depth = 0, parentId = provision.id): RedlineParagraph[] {
  const label = labelRuns(provision)
  const [first = [], ...more] = splitParagraphs(provision.text)
  const space = separator(first)
  const plain = (id: string, at: number, runs: Run[]): RedlineParagraph => ({depth: at, role: 'tail', status: provision.status, id, label: [], runs, separator: [], text: runs})
  const paragraphs: RedlineParagraph[] = (provision.textBefore ? splitParagraphs(provision.textBefore) : []).map((runs) => plain(parentId, Math.max(0, depth - 1), runs))
  const lead: RedlineParagraph = {depth, role: 'lead', status: provision.status, id: provision.id, label, runs: compactRuns([...space, ...first]), separator: space, text: compactRuns(first)}
  if (provision.definition) lead.definition = true
  paragraphs.push(lead, ...more.map((runs) => plain(provision.id, depth, runs)))
  if (provision.table) {
    paragraphs.push({depth, role: 'table', status: provision.status, id: provision.table.id, label: [], runs: [], separator: [], text: [], table: provision.table})
  }
  for (const item of provision.items) paragraphs.push(...redlineParagraphs(item, depth + 1, provision.id))
  if (provision.tail.length > 0) paragraphs.push(...splitParagraphs(provision.tail).map((runs) => plain(provision.id, depth, runs)))
  return paragraphs
}

/** Runs cut at each line feed (a paragraph break of either side) into the runs of each paragraph; no runs, no paragraph. */
export function splitParagraphs(runs: readonly Run[]): Run[][] {
  if (!runs.some((run) => run.text.includes('\n'))) return runs.length === 0 ? [] : [compactRuns(runs)]
  const out: Run[][] = [[]]
  for (const run of runs) {
    run.text.split('\n').forEach((piece, index) => {
      if (index > 0) out.push([])
      if (piece !== '') out[out.length - 1]?.push({type: run.type, text: piece})
    })
  }
  return out.map((paragraph) => compactRuns(paragraph))
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

/**
 * A clause's paragraphs with, in each run of paragraphs that exist on one side only, the inserted
 * ones before the deleted ones (each version keeps its paragraphs in order, so accepting or
 * rejecting every change reads the same). Every format of the annex lays them out so. The reason
 * is Word's: LibreOffice gives the paragraph after deleted paragraph marks the style and indent of
 * the first of them, on screen and when it saves; an inserted paragraph there would lose its level
 * for good, where a paragraph of both versions is placed again by the base text on import.
 */
export function insertionsFirst(paragraphs: readonly RedlineParagraph[]): RedlineParagraph[] {
  const side = (paragraph: RedlineParagraph | undefined): 'insert' | 'delete' | null => {
    if (!paragraph || paragraph.table) return null
    const runs = [...paragraph.label, ...paragraph.runs].filter((run) => run.text !== '')
    if (runs.length === 0) return null
    return runs.every((run) => run.type === 'insert') ? 'insert' : runs.every((run) => run.type === 'delete') ? 'delete' : null
  }
  const out: RedlineParagraph[] = []
  let index = 0
  while (index < paragraphs.length) {
    let end = index
    while (side(paragraphs[end]) !== null) end++
    const run = paragraphs.slice(index, end)
    out.push(...run.filter((p) => side(p) === 'insert'), ...run.filter((p) => side(p) === 'delete'))
    if (end < paragraphs.length) out.push(paragraphs[end] as RedlineParagraph)
    index = end + 1
  }
  return out
}
