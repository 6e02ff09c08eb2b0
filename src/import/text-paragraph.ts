import type {SourcePlace, TableCell} from './source-paragraph.js'

/** A paragraph as the recogniser reads it: one reading of its text, and the layout the source gives. */
export interface TextParagraph {
  text: string
  place: SourcePlace
  numberLabel?: string
  level?: number
  indent?: number
  style?: string
  /** The bold label before a tab at its start, in this reading (Word), where it is no number or label: a definition's term; `text` holds what follows. */
  term?: string
  /** Where it stands in a table of the source. */
  cell?: TableCell
  /** Why the reader doubts its lines were joined rightly: the recogniser places it and reports it as ambiguous. */
  doubt?: string
  /**
   * Set where the layout may be another paragraph's: the paragraph follows one whose mark is a
   * tracked deletion, in a document whose writer restyles such paragraphs (LibreOffice, re-saving,
   * gives the paragraph after deleted paragraph marks the style and indent of the first of them).
   */
  layoutDoubtful?: true
  /** Set on a paragraph that follows one whose mark is a tracked deletion (its style may be another's, see `layoutDoubtful`). */
  afterDeletedMark?: true
}
