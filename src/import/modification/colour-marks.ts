import type {DocxParagraph, RunMarking} from '../docx/read-docx-paragraphs.js'

/**
 * Whether a document holds tracked changes: a changed run, a tracked paragraph mark, or a table row
 * tracked as inserted or deleted (a row of empty cells has no run to carry the change).
 */
export function hasTrackedChanges(paragraphs: readonly DocxParagraph[]): boolean {
  return paragraphs.some((paragraph) => paragraph.mark !== undefined || paragraph.cell?.rowMark !== undefined || paragraph.runs.some((run) => run.type !== 'equal'))
}

/**
 * A colour-marked annex (no tracked changes) read as one: a struck-through run is a deletion, an
 * underlined coloured run an insertion, as SECAS marks annexes that were not drafted with Track
 * Changes. Other runs are kept text, and so is link text: a hyperlink's blue underline (its
 * `w:hyperlink`, HYPERLINK field or Hyperlink style) is how Word shows a link, not an insertion.
 */
export function colourMarksAsChanges(paragraphs: readonly DocxParagraph[]): DocxParagraph[] {
  return paragraphs.map((paragraph) => ({
    ...paragraph,
    runs: paragraph.runs.map((run, index) => {
      const marking = paragraph.markings[index]
      if (marking?.struck) return {...run, type: 'delete' as const}
      if (marking && isInsertionMark(marking)) return {...run, type: 'insert' as const}
      return run
    })
  }))
}

/** Whether any run is colour-marked as a change. */
export function hasColourMarks(paragraphs: readonly DocxParagraph[]): boolean {
  return paragraphs.some((paragraph) => paragraph.markings.some((marking) => marking.struck || isInsertionMark(marking)))
}

/** An insertion's mark: underlined and coloured, and not link text. */
function isInsertionMark(marking: RunMarking): boolean {
  return marking.underlined && marking.coloured && !marking.link
}
