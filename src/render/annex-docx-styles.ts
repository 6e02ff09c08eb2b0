import {AlignmentType, type IStylesOptions, TabStopType} from 'docx'

const FONT = 'Arial'
/** Indent of one sub-paragraph level, in twentieths of a point (0.5 inch). */
const STEP = 720
/** Where a clause's text stands, right of its number (2 cm: room for `G3.20A` in bold). */
const CLAUSE_TEXT = 1134

/**
 * A numbered paragraph's hanging indent: the number or label at `left - hanging`, a tab, then the
 * text in a column at `left`, where wrapped lines start too (a tab stop there as well, for readers
 * that do not take the hanging indent as one).
 */
function hanging(left: number, width: number): {indent: {left: number; hanging: number}; tabStops: Array<{type: typeof TabStopType.LEFT; position: number}>} {
  return {indent: {left, hanging: width}, tabStops: [{type: TabStopType.LEFT, position: left}]}
}

/** The style of a provision paragraph: `Clause`, `SubParagraph1` … `SubParagraph4`, and their tails. */
export function provisionStyle(depth: number, role: 'lead' | 'tail' | 'table'): string {
  const level = Math.min(depth, 4)
  if (role === 'tail') return level === 0 ? 'ClauseTail' : `SubParagraphTail${level}`
  return level === 0 ? 'Clause' : `SubParagraph${level}`
}

/** Where a provision's text column starts at `depth`, in twentieths of a point: where its table stands. */
export function textColumn(depth: number): number {
  return CLAUSE_TEXT + STEP * Math.min(depth, 4)
}

/** The paragraph styles of the Word annex: headings, instructions, clauses and sub-paragraph levels. */
export function annexDocxStyles(): IStylesOptions {
  const levels = [1, 2, 3, 4]
  return {
    // 1.15 lines, proportional ('auto'): without the rule LibreOffice takes 276 as an exact height and large titles overlap.
    default: {document: {run: {font: FONT, size: 21}, paragraph: {spacing: {after: 120, line: 276, lineRule: 'auto'}}}},
    paragraphStyles: [
      {id: 'Instruction', name: 'Instruction', basedOn: 'Normal', next: 'Normal', run: {italics: true}, paragraph: {spacing: {before: 120, after: 120}}},
      {id: 'AnnexEnd', name: 'Annex End', basedOn: 'Normal', run: {italics: true}, paragraph: {alignment: AlignmentType.CENTER, spacing: {before: 360}}},
      {id: 'HeaderText', name: 'Header Text', basedOn: 'Normal', run: {size: 16, color: '444444'}},
      {id: 'Clause', name: 'Clause', basedOn: 'Normal', next: 'Clause', paragraph: {...hanging(CLAUSE_TEXT, CLAUSE_TEXT), spacing: {before: 120}}},
      {id: 'ClauseTail', name: 'Clause Tail', basedOn: 'Normal', paragraph: {indent: {left: CLAUSE_TEXT}}},
      // Sub-paragraph labels stand in the text column of the level above, their text one step further in.
      ...levels.map((level) => ({
        id: `SubParagraph${level}`,
        name: `Sub-paragraph ${level}`,
        basedOn: 'Normal',
        paragraph: hanging(CLAUSE_TEXT + STEP * level, STEP)
      })),
      {id: 'TableCell', name: 'Table Cell', basedOn: 'Normal', paragraph: {spacing: {before: 40, after: 40}}},
      ...levels.map((level) => ({id: `SubParagraphTail${level}`, name: `Sub-paragraph Tail ${level}`, basedOn: 'Normal', paragraph: {indent: {left: CLAUSE_TEXT + STEP * level}}}))
    ]
  }
}
