import {createRequire} from 'node:module'

/**
 * The page, fonts, sizes and colours of the PDF annex, matching the Word annex (A4, its margins,
 * a 0.5 inch step per sub-paragraph level) and the legal colour convention of every annex format:
 * insertions blue and underlined, deletions red and struck through, so never colour alone.
 */

/** A4 in points. */
export const PAGE = {width: 595.28, height: 841.89}
/** The Word annex's margins (1247 and 1134 twentieths of a point). */
export const MARGIN = {top: 62.35, bottom: 62.35, left: 56.7, right: 56.7}
/** One sub-paragraph level, and the hanging indent of a sub-paragraph label (0.5 inch). */
export const STEP = 36
/** The text column of a clause: wide enough for a bold clause number such as `G12.145` in DejaVu Sans. */
export const CLAUSE_INDENT = 44
/** The smallest gap between a label wider than its hanging indent and the text. */
export const LABEL_GAP = 6

export type FontName = 'regular' | 'bold' | 'oblique'

const require = createRequire(import.meta.url)
/** DejaVu Sans (Bitstream Vera licence: free to embed and redistribute), shipped by the `dejavu-fonts-ttf` package. */
export const FONT_FILES: Record<FontName, string> = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  oblique: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf')
}

/** How a block of text is set: font, size, line height, colour and spacing, in points. */
export interface TextStyle {
  font: FontName
  size: number
  /** Distance between baselines. */
  leading: number
  color: string
  before: number
  after: number
}

const body = (overrides: Partial<TextStyle> = {}): TextStyle => ({font: 'regular', size: 10, leading: 14, color: '#111111', before: 0, after: 6, ...overrides})

/** The styles of the annex, named as the Word annex's paragraph styles. */
export const STYLES = {
  title: body({font: 'bold', size: 22, leading: 28, color: '#1b365d', before: 120, after: 18}),
  annex: body({font: 'bold', size: 18, leading: 24, color: '#1b365d', after: 6}),
  subtitle: body({size: 13, leading: 18, color: '#444444', after: 36}),
  aboutHeading: body({font: 'bold', size: 13, leading: 18, color: '#1b365d', before: 12, after: 8}),
  body: body(),
  sectionHeading: body({font: 'bold', size: 16, leading: 22, color: '#1b365d', after: 12}),
  instruction: body({font: 'oblique', before: 6, after: 6}),
  crossHeading: body({font: 'bold', size: 10.5, before: 10, after: 6}),
  clause: body({before: 6}),
  subParagraph: body(),
  headerFooter: body({size: 8, leading: 10, color: '#444444', after: 0})
} satisfies Record<string, TextStyle>

/** The colours and rules of changed text. */
export const CHANGE = {
  insert: {color: '#0645ad', rule: 'underline'},
  delete: {color: '#b00020', rule: 'strike'}
} as const

/** The rule under (or through) changed text: its offset below the baseline as a share of the size, and its thickness. */
export const RULE = {underline: 0.12, strike: -0.3, thickness: 0.6}

/** A character the font lacks: drawn as its code point in a box, in this size and colour. */
export const MISSING_GLYPH = {size: 6, color: '#555555', padding: 1}

/**
 * A provision's table: its cells' text (a point smaller than the body), the padding inside a cell,
 * the rules, the grey ground of the header row, the tinted ground of a row inserted or deleted
 * and the change bar left of it.
 */
export const TABLE = {
  cell: body({size: 9, leading: 12, before: 4, after: 8}),
  padding: 3,
  rule: {width: 0.5, color: '#777777'},
  headerGround: '#e8e8e8',
  ground: {insert: '#e6eefa', delete: '#fae6e9'},
  bar: {width: 2, gap: 3}
} as const
