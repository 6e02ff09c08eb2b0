import type {SourcePlace, TableCell} from './source-paragraph.js'

/** A paragraph as the recogniser reads it: one reading of its text, and the layout the source gives. */
export interface TextParagraph {
  text: string
  place: SourcePlace
  numberLabel?: string
  level?: number
  indent?: number
  style?: string
  /** Where it stands in a table of the source. */
  cell?: TableCell
}
