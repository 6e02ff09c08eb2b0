import type {IStylesOptions} from 'docx'

const FONT = 'Arial'
/** Indent of one sub-paragraph level, in twentieths of a point (0.5 inch). */
const STEP = 720

/** The style of a provision paragraph: `Clause`, `SubParagraph1` … `SubParagraph4`, and their tails. */
export function provisionStyle(depth: number, role: 'lead' | 'tail'): string {
  const level = Math.min(depth, 4)
  if (role === 'tail') return level === 0 ? 'ClauseTail' : `SubParagraphTail${level}`
  return level === 0 ? 'Clause' : `SubParagraph${level}`
}

/** The paragraph styles of the Word annex: headings, instructions, clauses and sub-paragraph levels. */
export function annexDocxStyles(): IStylesOptions {
  const levels = [1, 2, 3, 4]
  return {
    // 1.15 lines, proportional ('auto'): without the rule LibreOffice takes 276 as an exact height and large titles overlap.
    default: {document: {run: {font: FONT, size: 21}, paragraph: {spacing: {after: 120, line: 276, lineRule: 'auto'}}}},
    paragraphStyles: [
      {id: 'Instruction', name: 'Instruction', basedOn: 'Normal', next: 'Normal', run: {italics: true}, paragraph: {spacing: {before: 120, after: 120}}},
      {id: 'HeaderText', name: 'Header Text', basedOn: 'Normal', run: {size: 16, color: '444444'}},
      {id: 'Clause', name: 'Clause', basedOn: 'Normal', next: 'Clause', paragraph: {indent: {left: STEP, hanging: STEP}, spacing: {before: 120}}},
      {id: 'ClauseTail', name: 'Clause Tail', basedOn: 'Normal', paragraph: {indent: {left: STEP}}},
      ...levels.map((level) => ({
        id: `SubParagraph${level}`,
        name: `Sub-paragraph ${level}`,
        basedOn: 'Normal',
        paragraph: {indent: {left: STEP * (level + 1), hanging: STEP}}
      })),
      ...levels.map((level) => ({id: `SubParagraphTail${level}`, name: `Sub-paragraph Tail ${level}`, basedOn: 'Normal', paragraph: {indent: {left: STEP * (level + 1)}}}))
    ]
  }
}
