import {CLAUSE_NUMBER_SOURCE} from '../model/ids.js'
import type {TextParagraph} from './recognise-structure.js'
import type {SourceParagraph} from './source-paragraph.js'

/** A bold run that is a label or a clause number (G1A.1, 2.11), never a defined term. */
const NOT_A_TERM = new RegExp(String.raw`^(?:\(\S+\)|${CLAUSE_NUMBER_SOURCE}|(?:\d+[A-Z]?\.)*\d+[A-Z]?)$`)

/** Which text of a tracked-change document to read: every change accepted, or every change rejected. */
export type Reading = 'accept' | 'reject'

/**
 * One reading of a document's paragraphs as plain text. A paragraph whose mark is a tracked
 * deletion joins the next paragraph when changes are accepted (and one whose mark is a tracked
 * insertion, when they are rejected), as Word does. Tabs and line breaks become spaces; the text
 * is trimmed. A tracked table row insertion is left out when changes are rejected, a row deletion when they are accepted.
 * `restyledAfterDeletions`: the writer (LibreOffice) gives the paragraph after a deleted paragraph
 * mark another paragraph's style and indent; such a paragraph's layout is marked doubtful, unless it is
 * among `restored` (its layout set again from what the base says).
 */
export function readParagraphs(paragraphs: readonly SourceParagraph[], reading: Reading, options: {restyledAfterDeletions?: boolean; restored?: ReadonlySet<SourceParagraph>} = {}): TextParagraph[] {
  const out: TextParagraph[] = []
  let pending: TextParagraph | undefined
  const dropped = reading === 'accept' ? 'delete' : 'insert'
  let previous: SourceParagraph | undefined
  for (const paragraph of paragraphs) {
    // A paragraph whose layout was restored from the base is believed like any other.
    const afterDeletedMark = previous?.mark === 'delete' && paragraph.cell === undefined && options.restored?.has(paragraph) !== true
    const doubtful = options.restyledAfterDeletions === true && afterDeletedMark
    previous = paragraph
    // A table row inserted (deleted) with tracked changes is not there when they are rejected (accepted).
    if (paragraph.cell?.rowMark === dropped) continue
    const read = (runs: readonly SourceParagraph['runs'][number][]): string => runs.filter((run) => run.type !== dropped).map((run) => run.text).join('').replace(/[\t\n]/g, ' ')
    const text = read(paragraph.runs)
    const term = paragraph.termRuns !== undefined ? read(paragraph.runs.slice(0, paragraph.termRuns)).trim() : ''
    const isTerm = term !== '' && !NOT_A_TERM.test(term)
    // A joined paragraph keeps the first one's layout, unless nothing of the first is left in this reading.
    const current: TextParagraph =
      pending && pending.text.trim() !== ''
        ? {...pending, text: pending.text + text}
        : isTerm
          ? {...layoutOf(paragraph), term, text: read(paragraph.runs.slice(paragraph.termRuns))}
          : {...layoutOf(paragraph), ...(doubtful && {layoutDoubtful: true as const}), ...(afterDeletedMark && {afterDeletedMark: true as const}), text: (pending?.text ?? '') + text}
    if (paragraph.mark === dropped) {
      pending = current
      continue
    }
    pending = undefined
    out.push({...current, text: current.text.trim()})
  }
  if (pending) out.push({...pending, text: pending.text.trim()})
  return out
}

function layoutOf(paragraph: SourceParagraph): Omit<TextParagraph, 'text'> {
  const out: Omit<TextParagraph, 'text'> = {place: paragraph.place}
  if (paragraph.numberLabel !== undefined) out.numberLabel = paragraph.numberLabel
  if (paragraph.level !== undefined) out.level = paragraph.level
  if (paragraph.indent !== undefined) out.indent = paragraph.indent
  if (paragraph.style !== undefined) out.style = paragraph.style
  if (paragraph.cell !== undefined) out.cell = paragraph.cell
  if (paragraph.doubt !== undefined) out.doubt = paragraph.doubt
  return out
}
