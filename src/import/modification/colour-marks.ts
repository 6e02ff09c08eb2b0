import type {DocxParagraph} from '../docx/read-docx-paragraphs.js'

/** Whether a document holds tracked changes: a changed run or a tracked paragraph mark. */
export function hasTrackedChanges(paragraphs: readonly DocxParagraph[]): boolean {
  return paragraphs.some((paragraph) => paragraph.mark !== undefined || paragraph.runs.some((run) => run.type !== 'equal'))
}

/**
 * A colour-marked annex (no tracked changes) read as one: a struck-through run is a deletion, an
 * underlined coloured run an insertion, as SECAS marks annexes that were not drafted with Track
 * Changes. Other runs are kept text.
 */
export function colourMarksAsChanges(paragraphs: readonly DocxParagraph[]): DocxParagraph[] {
  return paragraphs.map((paragraph) => ({
    ...paragraph,
    runs: paragraph.runs.map((run, index) => {
      const marking = paragraph.markings[index]
      if (marking?.struck) return {...run, type: 'delete' as const}
      if (marking?.underlined && marking.coloured) return {...run, type: 'insert' as const}
      return run
    })
  }))
}

/** Whether any run is colour-marked as a change. */
export function hasColourMarks(paragraphs: readonly DocxParagraph[]): boolean {
  return paragraphs.some((paragraph) => paragraph.markings.some((marking) => marking.struck || (marking.underlined && marking.coloured)))
}
