import type {Run} from '../redline/run.js'

/**
 * Where a paragraph of an imported document stands: its 1-based paragraph number in a Word
 * document, or its page and line in a PDF or a text file. Messages name it so a reader can find it.
 */
export interface SourcePlace {
  file: string
  /** 1-based paragraph of the Word document body. */
  paragraph?: number
  /** 1-based page (PDF, or a text file with form feeds). */
  page?: number
  /** 1-based line of a text file (the first line of the paragraph). */
  line?: number
}

/** A run of a paragraph, with its tracked-change author where it is a tracked change. */
export interface SourceRun extends Run {
  author?: string
  date?: string
}

/**
 * One paragraph of a source document, as the structure recogniser reads it: the text (with
 * tracked changes as runs where the source has them) and what layout the source gives.
 */
export interface SourceParagraph {
  /** The paragraph's runs: kept text, and tracked insertions and deletions. Plain sources have one kept run. */
  runs: SourceRun[]
  place: SourcePlace
  /** The label Word's automatic numbering prints before the text (`(a)`, `G3.17`), if any. */
  numberLabel?: string
  /** The numbering level (`w:ilvl`, 0-based) of a numbered paragraph. */
  level?: number
  /** The left indent in twentieths of a point (Word) or in points (PDF), where the source has layout. */
  indent?: number
  /** The paragraph style name (Word), lower-cased: `heading 3`, `clause`. */
  style?: string
  /** Whether the paragraph mark itself is a tracked insertion or deletion (the paragraph was split or joined). */
  mark?: 'insert' | 'delete'
  /** How many runs at its start are a bold label before a tab (Word): a definition's term where they are no number or label. */
  termRuns?: number
  /** Where the paragraph stands in a table of the source (Word tables): which table, row and column. */
  cell?: TableCell
  /** Why the reader doubts it joined the paragraph's lines rightly (a table's cells read as running text): placed, but reported as ambiguous. */
  doubt?: string
}

/** A paragraph's cell in a table (a Word table, or one found by position in a PDF or laid-out text): 1-based table of the document, 0-based row and column. */
export interface TableCell {
  table: number
  row: number
  column: number
  /** Whether the cell spans columns or rows (`w:gridSpan`, `w:vMerge`): the model's tables hold neither. */
  merged?: boolean
  /** How many grid columns the cell spans (`w:gridSpan`), where more than one. */
  span?: number
  /** Whether the table holds another table. */
  nested?: boolean
  /** Whether the cell's row is a tracked row insertion or deletion (`w:trPr/w:ins`, `w:trPr/w:del`). */
  rowMark?: 'insert' | 'delete'
  /** Why a table found by position (PDF, laid-out text) cannot be read for sure: the table is reported, not placed. */
  problem?: string
}

/** Furniture removed from inside a paragraph or a whole line: running headers and footers, page numbers. */
export interface RemovedFurniture {
  text: string
  place: SourcePlace
  /** Whether it stood inside a line of legal text rather than on a line of its own. */
  midLine: boolean
  /** What it is, where the text does not say (an invisible character). */
  what?: string
}

/**
 * A word a text or PDF source breaks over a line end with a hyphen, and how the import read it:
 * the hyphen dropped (a typesetter's: `secu-` / `rity` read `security`), or kept where the document
 * prints the hyphenated word elsewhere unbroken (`self-` / `evidently` read `self-evidently`).
 */
export interface Dehyphenation {
  /** The word as the lines print it, the line break left out: `self-evidently`. */
  printed: string
  /** The word as imported: `selfevidently`, or `self-evidently` where the hyphen is kept. */
  read: string
  /** The line that ends with the hyphen. */
  place: SourcePlace
}

/** A source read into paragraphs, with the furniture its reader removed already (text and PDF sources). */
export interface SourceDocument {
  file: string
  kind: 'docx' | 'pdf' | 'txt'
  paragraphs: SourceParagraph[]
  furniture: RemovedFurniture[]
  /** Comments found (ignored, reported). */
  comments: Array<{author: string; text: string}>
  /** Whether the paragraphs come from plain text without layout (nesting by label sequence only). */
  plain: boolean
}

/** A source place written for a message: `draft.docx paragraph 12`, `seed.txt:718 (page 3)`. */
export function describePlace(place: SourcePlace): string {
  if (place.paragraph !== undefined) return `${place.file} paragraph ${place.paragraph}`
  const line = place.line !== undefined ? `:${place.line}` : ''
  const page = place.page !== undefined ? ` (page ${place.page})` : ''
  return `${place.file}${line}${page}`
}
