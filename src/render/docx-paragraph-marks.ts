import type {Run} from '../redline/run.js'

/** A piece of a Word paragraph: a run of redlined text, bold or not; `tab`: a tab that stands for the run's one space (label and text apart). */
export interface DocxSegment {
  run: Run
  bold: boolean
  tab?: boolean
}

/** The tracked change on a paragraph's mark: `insert` where the paragraph exists only in the new text, `delete` only in the old. */
export type ParagraphMark = 'insert' | 'delete' | null

/**
 * The tracked change on a paragraph's mark, from its text: a paragraph whose text exists on one
 * side only is new (its mark inserted) or removed (its mark deleted); any other paragraph stands
 * on both sides and its mark is kept.
 */
export function paragraphMark(segments: readonly DocxSegment[]): ParagraphMark {
  const accepted = segments.some((segment) => segment.run.type !== 'delete' && segment.run.text !== '')
  const rejected = segments.some((segment) => segment.run.type !== 'insert' && segment.run.text !== '')
  if (accepted && !rejected) return 'insert'
  if (rejected && !accepted) return 'delete'
  return null
}

/**
 * Word processors join neighbouring tracked changes of one author, date and kind into one change,
 * and LibreOffice does so across a paragraph mark that is not itself tracked: an insertion at the
 * end of a kept paragraph and an inserted paragraph after it become one insertion that also holds
 * the kept paragraph's mark, so Reject All joins the kept paragraph to the next one (and the same
 * for deletions and Accept All). So no kept paragraph ends with a change of the kind the next
 * paragraph starts with: a trailing deletion and insertion swap places (both readings are
 * unchanged), or, where the paragraph ends with that change alone, its last kept word joins the
 * change as a substitution (`practicable;[+ and+]` before an inserted item becomes
 * `practicable[+; and+][-;-]`). Works on a copy, from the last paragraph back.
 */
export function keepParagraphMarksApart(paragraphs: readonly DocxSegment[][]): DocxSegment[][] {
  const out = paragraphs.map((segments) => segments.filter((segment) => segment.run.text !== ''))
  for (let index = out.length - 2; index >= 0; index--) {
    const next = out[index + 1]?.[0]
    const current = out[index] as DocxSegment[]
    if (!next || next.run.type === 'equal') continue
    if (paragraphMark(current) === next.run.type) continue
    out[index] = endApart(current, next.run.type)
  }
  return out
}

/** The segments rewritten so that the last one is not a change of `type`. */
function endApart(segments: DocxSegment[], type: 'insert' | 'delete'): DocxSegment[] {
  const last = segments[segments.length - 1]
  if (!last || last.run.type !== type) return segments
  let start = segments.length
  while (start > 0 && segments[start - 1]?.run.type !== 'equal') start--
  const changes = segments.slice(start)
  const other = type === 'insert' ? 'delete' : 'insert'
  if (changes.some((segment) => segment.run.type === other)) {
    // Both kinds at the end: this kind first, the other last.
    return [...segments.slice(0, start), ...changes.filter((s) => s.run.type === type), ...changes.filter((s) => s.run.type === other)]
  }
  const kept = segments[start - 1]
  if (!kept) return segments
  // The last word (or the last spaces) of the kept text becomes part of the change.
  const word = /(\S+|\s+)$/u.exec(kept.run.text)?.[0] ?? kept.run.text
  const rest = kept.run.text.slice(0, kept.run.text.length - word.length)
  return [
    ...segments.slice(0, start - 1),
    ...(rest === '' ? [] : [{...kept, run: {type: 'equal' as const, text: rest}}]),
    {...kept, run: {type, text: word}},
    ...changes,
    {...kept, run: {type: other, text: word}}
  ]
}

