import PDFDocument from 'pdfkit'
import type {Annex} from '../annex/annex-types.js'
import type {AnnexCover} from '../layout/annex-cover.js'
import {type AnnexBlock, type AnnexLayoutSection, layoutAnnex} from '../layout/annex-layout.js'
import type {RedlineParagraph} from '../layout/provision-paragraphs.js'
import {type TableGrid, tableGrids} from '../layout/table-grid.js'
import type {Run} from '../redline/run.js'
import {CHANGE, CLAUSE_INDENT, FONT_FILES, type FontName, LABEL_GAP, MARGIN, MISSING_GLYPH, PAGE, RULE, STEP, STYLES, TABLE, type TextStyle} from './annex-pdf-style.js'
import {visibleText} from '../escape/terminal.js'
import {type FontkitFont, presetPostHeader} from './pdf-font-post.js'

/**
 * The annex as a PDF, laid out as the Word annex is: the cover, then each section on a new page
 * with its instruction lines, cross-headings and provisions (number or label, then the text in a
 * column with a hanging indent per depth), insertions blue and underlined, deletions red and
 * struck through; the title in the header, the classification and "Page n of m" in the footer; A4.
 *
 * The font (DejaVu Sans) is embedded, subset. A character it has no glyph for is never dropped:
 * it is drawn as its code point in a small box, and marked with its real text (`/ActualText`) so
 * that copying or extracting gives the character itself. Each word is placed on its own, in
 * reading order, so text extraction gives every provision's words in order. The same annex always
 * gives the same bytes: the document dates are the modification's date and the file ID is derived
 * from them.
 */
export async function renderAnnexPdf(annex: Annex): Promise<Uint8Array> {
  const layout = layoutAnnex(annex)
  const {cover} = layout
  const date = new Date(`${annex.meta.author.date}T00:00:00Z`)
  const doc = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margins: {top: 0, bottom: 0, left: 0, right: 0},
    bufferPages: true,
    autoFirstPage: false,
    lang: 'en-GB',
    displayTitle: true,
    info: {
      Title: cover.title,
      Subject: `${cover.annex}, ${cover.version}`,
      Author: annex.meta.author.name,
      Creator: 'sec-redline',
      Producer: 'sec-redline (PDFKit)',
      CreationDate: date,
      ModDate: date
    }
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })
  for (const [name, file] of Object.entries(FONT_FILES)) doc.registerFont(name, file)
  const typesetter = new Typesetter(doc)
  typesetter.flow([...coverBlocks(cover), ...layout.sections.flatMap(sectionBlocks)])
  typesetter.frame(`${annex.meta.id} Annex A – ${cover.version}`, cover.classificationLine ?? '')
  for (const font of openedFonts(doc)) presetPostHeader(font)
  doc.end()
  await ended
  return new Uint8Array(Buffer.concat(chunks))
}

/** One paragraph to set: its style, an optional label hanging in the margin of its text column, and its runs. */
interface Block {
  style: TextStyle
  /** The label (clause number or `(a)`), bold, at `indent - hanging`; empty for none. */
  label: Run[]
  runs: Run[]
  /** Where the text column starts, from the left margin. */
  indent: number
  /** How far left of the text column the label hangs. */
  hanging: number
  pageBreakBefore?: boolean
  /** Keep on the same page as the first lines of the next block (headings, instruction lines, lead-ins). */
  keepWithNext?: boolean
}

/** A provision's table, drawn as a ruled grid in the provision's text column. */
interface TableBlock {
  grid: TableGrid
  /** Where the grid starts, from the left margin. */
  indent: number
  style: TextStyle
  label?: undefined
  pageBreakBefore?: undefined
  keepWithNext?: undefined
}

type Item = Block | TableBlock

const isTable = (item: Item): item is TableBlock => 'grid' in item

const plainRuns = (text: string): Run[] => (text === '' ? [] : [{type: 'equal', text}])
const textBlock = (style: TextStyle, text: string, extra: Partial<Block> = {}): Block => ({style, label: [], runs: plainRuns(text), indent: 0, hanging: 0, ...extra})

/** The cover: title, "Annex A", the legal text version, and "About this document". */
function coverBlocks(cover: AnnexCover): Item[] {
  return [
    textBlock(STYLES.title, cover.title),
    textBlock(STYLES.annex, cover.annex),
    textBlock(STYLES.subtitle, cover.version),
    textBlock(STYLES.aboutHeading, cover.aboutHeading, {keepWithNext: true}),
    ...cover.about.map((text) => textBlock(STYLES.body, text))
  ]
}

/** A section on a new page: its heading, then its laid-out blocks (instruction lines, headings, clauses) in reading order. */
function sectionBlocks(section: AnnexLayoutSection): Item[] {
  return [textBlock(STYLES.sectionHeading, section.heading, {pageBreakBefore: true, keepWithNext: true}), ...section.blocks.flatMap(layoutBlocks)]
}

/** One block of the shared annex layout as PDF paragraphs. */
function layoutBlocks(block: AnnexBlock): Item[] {
  if (block.kind === 'instruction') return [textBlock(STYLES.instruction, block.text, {keepWithNext: true})]
  if (block.kind === 'heading') return [{style: STYLES.crossHeading, label: [], runs: block.runs, indent: 0, hanging: 0, keepWithNext: true}]
  return block.paragraphs.flatMap((paragraph): Item[] => (paragraph.table ? tableBlocks(paragraph) : [provisionBlock(paragraph)]))
}

/**
 * A provision's table: a ruled grid in the provision's text column (under its sub-paragraphs'
 * text for a sub-paragraph's table), one grid per version where a column is added or removed.
 */
function tableBlocks(paragraph: RedlineParagraph): TableBlock[] {
  if (!paragraph.table) return []
  const indent = CLAUSE_INDENT + STEP * paragraph.depth
  return tableGrids(paragraph.table).map((grid) => ({grid, indent, style: TABLE.cell}))
}

/**
 * A provision paragraph: the lead-in with its number or label hanging left of the text column
 * (the Word annex's `Clause` and `SubParagraphN` styles), or a tail in its provision's text column.
 * The space between label and text is the column gap here, as the Word annex's tab is.
 */
function provisionBlock(paragraph: RedlineParagraph): Block {
  const indent = CLAUSE_INDENT + STEP * paragraph.depth
  const style = paragraph.depth === 0 && paragraph.role === 'lead' ? STYLES.clause : STYLES.subParagraph
  if (paragraph.role === 'tail') return {style, label: [], runs: paragraph.runs, indent, hanging: 0}
  return {style, label: paragraph.label, runs: paragraph.text, indent, hanging: paragraph.depth === 0 ? CLAUSE_INDENT : STEP, keepWithNext: paragraph.depth === 0}
}

/** A piece of one run in one font: its text, and the parts the font has glyphs for or lacks. */
interface Segment {
  type: Run['type']
  font: FontName
  size: number
  parts: Part[]
  width: number
  /** Whitespace: advances, carries an underline or strike, draws no glyphs. */
  space: boolean
}

/** Text the font can draw, or one character it cannot (drawn as its code point in a box). */
interface Part {
  text: string
  missing: boolean
  width: number
}

/** A segment placed on a line. */
interface Placed {
  segment: Segment
  x: number
  /** Which word (or run of spaces) of the block it belongs to: the unit that right-to-left reordering moves. */
  word: number
}

interface Line {
  placed: Placed[]
}

/**
 * Sets blocks onto pages: measures and wraps their words, breaks pages (keeping headings with what
 * follows), draws every word at its place, and finally the header and footer of every page.
 */
class Typesetter {
  #y = MARGIN.top
  #atTop = true
  readonly #right = PAGE.width - MARGIN.right
  readonly #bottom = PAGE.height - MARGIN.bottom
  readonly #widths = new Map<string, number>()

  constructor(readonly doc: PDFKit.PDFDocument) {}

  /** Sets the blocks in order, starting on a new page. */
  flow(blocks: readonly Item[]): void {
    this.#newPage()
    // A table counts as two lines for keeping a heading or lead-in with it (its header and first row).
    const laid = blocks.map((block) => ({block, lines: isTable(block) ? [{placed: []}, {placed: []}] : this.#wrap(block)}))
    laid.forEach(({block, lines}, index) => {
      if (isTable(block)) {
        this.#table(block)
        return
      }
      if (block.pageBreakBefore && !this.#atTop) this.#newPage()
      const next = laid[index + 1]
      const keep = block.keepWithNext && next ? next.block.style.before + Math.min(2, next.lines.length) * next.block.style.leading : 0
      // A paragraph of up to five lines is kept whole; a longer one may break after its second line.
      const together = Math.min(lines.length, lines.length <= 5 ? lines.length : 2)
      const height = (this.#atTop ? 0 : block.style.before) + together * block.style.leading
      if (!this.#atTop && this.#y + height + keep > this.#bottom && height + keep < this.#bottom - MARGIN.top) this.#newPage()
      // Space before a paragraph, except at the top of a page; the cover's title stands down the first page.
      if (!this.#atTop || index === 0) this.#y += block.style.before
      for (const line of lines) {
        if (this.#y + block.style.leading > this.#bottom && !this.#atTop) this.#newPage()
        this.#drawLine(line, block.style, this.#y)
        this.#y += block.style.leading
        this.#atTop = false
      }
      this.#y += block.style.after
    })
  }

  /** Draws the header (title) and footer (classification, "Page n of m") on every page. */
  frame(header: string, classification: string): void {
    const {start, count} = this.doc.bufferedPageRange()
    const style = STYLES.headerFooter
    for (let index = 0; index < count; index++) {
      this.doc.switchToPage(start + index)
      this.#drawText(header, style, MARGIN.left, MARGIN.top - 28)
      this.doc.rect(MARGIN.left, MARGIN.top - 14, this.#right - MARGIN.left, 0.5).fill('#999999')
      const footerTop = this.#bottom + 16
      this.doc.rect(MARGIN.left, footerTop - 6, this.#right - MARGIN.left, 0.5).fill('#999999')
      if (classification !== '') this.#drawText(classification, style, MARGIN.left, footerTop)
      const page = `Page ${index + 1} of ${count}`
      this.#drawText(page, style, this.#right - this.#measure(page, style.font, style.size), footerTop)
    }
  }

  /**
   * Draws a table as a ruled grid from the current position: each cell's text wrapped in its
   * column, the header row bold on a grey ground and repeated at the top of every page the table
   * runs onto, a row on one side only on a tinted ground with a change bar left of the grid (its
   * text underlined or struck as every change is). A row is kept whole on a page, with the header
   * kept with the first row; only a row taller than a page is split, between lines. Each cell's
   * lines are drawn in order, cell after cell, row after row: the content stream holds the table
   * in reading order.
   */
  #table(block: TableBlock): void {
    const {grid, style} = block
    const left = MARGIN.left + block.indent
    const width = this.#right - left
    const edges = [left]
    for (const share of grid.shares) edges.push((edges[edges.length - 1] as number) + share * width)
    edges[edges.length - 1] = this.#right
    const rows = grid.rows.map((row) => ({
      row,
      cells: row.cells.map((runs, column) => {
        const cellStyle = row.header ? {...style, font: 'bold' as const} : style
        return this.#wrap({style: cellStyle, label: [], runs, indent: 0, hanging: 0}, (edges[column] as number) + TABLE.padding, (edges[column + 1] as number) - TABLE.padding)
      })
    }))
    const header = rows[0]?.row.header ? rows[0] : undefined
    const height = (lines: number): number => lines * style.leading + 2 * TABLE.padding
    const linesOf = (row: (typeof rows)[number]): number => Math.max(1, ...row.cells.map((cell) => cell.length))
    if (!this.#atTop) this.#y += style.before
    const room = (): number => this.#bottom - this.#y
    const headerHeight = header ? height(linesOf(header)) : 0
    let fresh = this.#atTop
    const breakPage = (row: (typeof rows)[number]): void => {
      this.#newPage()
      // The header is repeated at the top of every page the table runs onto.
      if (header && row !== header) this.#tableRow(header, edges, style, 0, linesOf(header))
      fresh = true
    }
    rows.forEach((row, index) => {
      const lines = linesOf(row)
      const next = rows[index + 1]
      // The header needs room for itself and the first row; a body row for itself (on a new page: under the repeated header).
      const wanted = height(lines) + (row === header && next ? height(linesOf(next)) : 0)
      const onNewPage = this.#bottom - MARGIN.top - (row === header ? 0 : headerHeight)
      if (wanted > room() && !fresh && wanted <= onNewPage) breakPage(row)
      let from = 0
      while (from < lines) {
        const fit = Math.floor((room() - 2 * TABLE.padding) / style.leading)
        if (fit < 1 && !fresh) {
          breakPage(row)
          continue
        }
        // Only a row taller than a page is split, between lines.
        const count = Math.max(1, Math.min(fit, lines - from))
        this.#tableRow(row, edges, style, from, from + count)
        fresh = false
        from += count
        if (from < lines) breakPage(row)
      }
    })
    this.#y += style.after
  }

  /** Draws lines `from` to `to` of a row's cells at the current position, with its ground, rules and change bar, and moves down past it. */
  #tableRow(row: {row: TableGrid['rows'][number]; cells: Line[][]}, edges: readonly number[], style: TextStyle, from: number, to: number): void {
    const top = this.#y
    const bottom = top + (to - from) * style.leading + 2 * TABLE.padding
    const left = edges[0] as number
    const right = edges[edges.length - 1] as number
    const status = row.row.status === 'inserted' ? 'insert' : row.row.status === 'deleted' ? 'delete' : null
    const ground = row.row.header ? TABLE.headerGround : status ? TABLE.ground[status] : null
    if (ground) this.doc.rect(left, top, right - left, bottom - top).fill(ground)
    if (status) this.doc.rect(left - TABLE.bar.gap - TABLE.bar.width, top, TABLE.bar.width, bottom - top).fill(CHANGE[status].color)
    const cellStyle = row.row.header ? {...style, font: 'bold' as const} : style
    row.cells.forEach((lines) => {
      lines.slice(from, to).forEach((line, index) => this.#drawLine(line, cellStyle, top + TABLE.padding + index * style.leading))
    })
    this.doc.lineWidth(TABLE.rule.width)
    this.doc.rect(left, top, right - left, bottom - top).stroke(TABLE.rule.color)
    for (const edge of edges.slice(1, -1)) this.doc.moveTo(edge, top).lineTo(edge, bottom).stroke(TABLE.rule.color)
    this.#y = bottom
    this.#atTop = false
  }

  #newPage(): void {
    this.doc.addPage({size: [PAGE.width, PAGE.height], margins: {top: 0, bottom: 0, left: 0, right: 0}})
    this.#y = MARGIN.top
    this.#atTop = true
  }

  /** One line of plain text at a place, unwrapped. */
  #drawText(text: string, style: TextStyle, x: number, top: number): void {
    let at = x
    const placed = this.#segments(plainRuns(text), style.font, style.size).map((segment, word) => {
      const item = {segment, x: at, word}
      at += segment.width
      return item
    })
    this.#drawLine({placed}, style, top)
  }

  /** Breaks a block into lines: the label in its hanging space, then words filling the text column. */
  #wrap(block: Block, left = MARGIN.left + block.indent, right = this.#right): Line[] {
    const lines: Line[] = [{placed: []}]
    let x = left
    const first = lines[0] as Line
    if (block.label.length > 0) {
      x = MARGIN.left + block.indent - block.hanging
      for (const segment of this.#segments(block.label, 'bold', block.style.size)) {
        first.placed.push({segment, x, word: -1})
        x += segment.width
      }
      x = Math.max(left, x + LABEL_GAP)
    }
    let line = first
    let wordsOnLine = 0
    let pendingSpaces: Array<{segment: Segment; word: number}> = []
    for (const [index, word] of this.#words(block.runs, block.style).entries()) {
      if (word.every((segment) => segment.space)) {
        pendingSpaces.push(...word.map((segment) => ({segment, word: index})))
        continue
      }
      if (wordsOnLine > 0 && x + sum(pendingSpaces.map((space) => space.segment)) + sum(word) > right) {
        line = {placed: []}
        lines.push(line)
        x = left
        wordsOnLine = 0
        pendingSpaces = []
      }
      for (const {segment, word: unit} of [...pendingSpaces, ...word.map((segment) => ({segment, word: index}))]) {
        for (const piece of this.#fit(segment, x, left, right)) {
          if (piece.newLine) {
            line = {placed: []}
            lines.push(line)
            x = left
          }
          line.placed.push({segment: piece.segment, x, word: unit})
          x += piece.segment.width
        }
      }
      wordsOnLine++
      pendingSpaces = []
    }
    for (const {segment, word} of pendingSpaces) {
      line.placed.push({segment, x, word})
      x += segment.width
    }
    return lines.map(reorderRightToLeft)
  }

  /**
   * A segment that fits from `x`, or, for a word longer than the whole column, the segment split
   * into pieces that each fit a line (the only place a word is broken).
   */
  #fit(segment: Segment, x: number, left: number, right: number): Array<{segment: Segment; newLine: boolean}> {
    if (x + segment.width <= right || segment.space) return [{segment, newLine: false}]
    const pieces: Array<{segment: Segment; newLine: boolean}> = []
    let current: Part[] = []
    let width = 0
    let start = x
    const flush = (newLine: boolean): void => {
      if (current.length === 0) return
      pieces.push({segment: {...segment, parts: current, width}, newLine})
      current = []
      width = 0
    }
    let newLine = false
    for (const part of segment.parts.flatMap((part) => (part.missing ? [part] : [...part.text].map((char) => this.#part(char, false, segment.font, segment.size))))) {
      if (start + width + part.width > right && current.length > 0) {
        flush(newLine)
        newLine = true
        start = left
      }
      current.push(part)
      width += part.width
    }
    flush(newLine)
    return pieces.map((piece) => ({...piece, segment: {...piece.segment, parts: mergeParts(piece.segment.parts)}}))
  }

  /** The runs as words: groups of segments between spaces, a word spanning runs where no space divides it. */
  #words(runs: readonly Run[], style: TextStyle): Segment[][] {
    const words: Segment[][] = []
    for (const segment of this.#segments(runs, style.font, style.size)) {
      const last = words[words.length - 1]
      const lastSegment = last?.[last.length - 1]
      if (last && lastSegment && lastSegment.space === segment.space) last.push(segment)
      else words.push([segment])
    }
    return words
  }

  /** Runs cut into segments of words and of whitespace, each measured in the font. */
  #segments(runs: readonly Run[], font: FontName, size: number): Segment[] {
    const segments: Segment[] = []
    for (const run of runs) {
      for (const text of visibleText(run.text).split(/([ \t\u00a0]+)/)) {
        if (text === '') continue
        const space = /^[ \t\u00a0]+$/.test(text)
        const parts = space ? [{text, missing: false, width: this.#measure(' ', font, size) * text.length}] : this.#parts(text, font, size)
        segments.push({type: run.type, font, size, parts, width: parts.reduce((total, part) => total + part.width, 0), space})
      }
    }
    return segments
  }

  /** Splits text into what the font draws and the characters it lacks. */
  #parts(text: string, font: FontName, size: number): Part[] {
    const glyphs = this.#embedded(font).font
    const parts: Part[] = []
    let covered = ''
    for (const char of text) {
      if (glyphs.hasGlyphForCodePoint(char.codePointAt(0) as number)) {
        covered += char
        continue
      }
      if (covered !== '') parts.push(this.#part(covered, false, font, size))
      covered = ''
      parts.push(this.#part(char, true, font, size))
    }
    if (covered !== '') parts.push(this.#part(covered, false, font, size))
    return parts
  }

  #part(text: string, missing: boolean, font: FontName, size: number): Part {
    if (!missing) return {text, missing, width: this.#measure(text, font, size)}
    return {text, missing, width: this.#measure(codePointLabel(text), 'regular', MISSING_GLYPH.size) + 2 * MISSING_GLYPH.padding + 1}
  }

  #measure(text: string, font: FontName, size: number): number {
    const key = `${font}\u0000${size}\u0000${text}`
    let width = this.#widths.get(key)
    if (width === undefined) {
      width = this.doc.font(font).fontSize(size).widthOfString(text)
      this.#widths.set(key, width)
    }
    return width
  }

  /** Draws a line's segments, each word on its own, with the underline or strike of a change. */
  #drawLine(line: Line, style: TextStyle, top: number): void {
    const baseline = top + style.size * 0.9 + (style.leading - style.size) / 2
    for (const {segment, x} of line.placed) {
      const change = segment.type === 'equal' ? null : CHANGE[segment.type]
      const color = change?.color ?? style.color
      if (!segment.space) this.#drawParts(segment, color, x, baseline)
      if (change) {
        const offset = (change.rule === 'underline' ? RULE.underline : RULE.strike) * segment.size
        this.doc.rect(x, baseline + offset, segment.width, RULE.thickness).fill(color)
      }
    }
  }

  #drawParts(segment: Segment, color: string, x: number, baseline: number): void {
    let at = x
    for (const part of segment.parts) {
      if (part.missing) this.#drawMissing(part, at, baseline, segment.size)
      else this.doc.font(segment.font).fontSize(segment.size).fillColor(color).text(part.text, at, baseline, {lineBreak: false, baseline: 'alphabetic'})
      at += part.width
    }
  }

  /**
   * A character without a glyph: its code point in a box, drawn as outlines (so it is no text),
   * and over it an invisible glyph as wide as the box, in a marked-content span whose
   * `/ActualText` is the character: copying or extracting the text gives the character itself, in
   * its place in the word. The span is written inside the glyph's own graphics state (a reader
   * places the actual text by the state at the span's end).
   */
  #drawMissing(part: Part, x: number, baseline: number, size: number): void {
    const height = size * 0.8
    this.doc.lineWidth(0.4).rect(x + 0.5, baseline - height, part.width - 1, height + size * 0.1).stroke(MISSING_GLYPH.color)
    const font = this.#embedded('regular')
    const label = font.font.layout(codePointLabel(part.text))
    const scale = MISSING_GLYPH.size / font.font.unitsPerEm
    let at = x + 0.5 + MISSING_GLYPH.padding
    const labelBaseline = baseline - height / 2 + MISSING_GLYPH.size * 0.35
    label.glyphs.forEach((glyph, index) => {
      this.doc.save().translate(at, labelBaseline).scale(scale, -scale).path(glyph.path.toSVG()).fill(MISSING_GLYPH.color).restore()
      at += (label.positions[index]?.xAdvance ?? 0) * scale
    })
    const carrier = this.#embedded('regular')
    const page = this.doc.page as unknown as {fonts: Record<string, unknown>; height: number}
    page.fonts[carrier.id] ??= carrier.ref()
    const [glyphs] = carrier.encode('x')
    const stretch = (100 * part.width) / this.#measure('x', 'regular', size)
    this.doc.addContent(
      `q 1 0 0 -1 0 ${page.height} cm /Span <</ActualText <${utf16Hex(part.text)}>>> BDC BT 3 Tr ${stretch.toFixed(3)} Tz 1 0 0 1 ${x.toFixed(3)} ${(page.height - baseline).toFixed(3)} Tm /${carrier.id} ${size} Tf [<${glyphs.join('')}>] TJ ET EMC Q`
    )
  }

  /** PDFKit's embedded font object for one of the annex fonts (internal to PDFKit). */
  #embedded(name: FontName): EmbeddedFont {
    this.doc.font(name)
    return (this.doc as unknown as {_font: EmbeddedFont})._font
  }
}

/** The fontkit fonts of the fonts PDFKit has opened, which it embeds when the document ends (internal to PDFKit). */
function openedFonts(doc: PDFKit.PDFDocument): FontkitFont[] {
  const families = (doc as unknown as {_fontFamilies: Record<string, {font?: Partial<FontkitFont>}>})._fontFamilies
  return Object.values(families).flatMap(({font}) => (font?.directory && font._tables && font.stream?.buffer instanceof Uint8Array ? [font as FontkitFont] : []))
}

/** What drawing outlines and raw text needs of PDFKit's embedded font and its fontkit font (internal to PDFKit). */
interface EmbeddedFont {
  id: string
  ref(): unknown
  encode(text: string): [string[], unknown[]]
  font: {
    unitsPerEm: number
    hasGlyphForCodePoint(codePoint: number): boolean
    layout(text: string): {glyphs: Array<{path: {toSVG(): string}}>; positions: Array<{xAdvance: number}>}
  }
}

/** A PDF text string in UTF-16BE with its byte order mark, as hex. */
function utf16Hex(text: string): string {
  let hex = 'FEFF'
  for (let index = 0; index < text.length; index++) hex += text.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0')
  return hex
}

/** Strong right-to-left letters: Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms. */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\p{Script=Hebrew}|\p{Script=Arabic}/u

/**
 * Shows runs of right-to-left words in right-to-left order within a left-to-right line: words
 * with Hebrew or Arabic letters, with only spaces between them, swap places so that the first
 * word stands rightmost. (Each word's letters are already ordered by the font's shaping.) A
 * simplification of the Unicode Bidirectional Algorithm that keeps the reading order of such text.
 */
function reorderRightToLeft(line: Line): Line {
  const units: Placed[][] = []
  for (const placed of line.placed) {
    const last = units[units.length - 1]
    if (last && last[0]?.word === placed.word) last.push(placed)
    else units.push([placed])
  }
  const rtl = (unit: Placed[]): boolean => unit.some((placed) => !placed.segment.space && placed.segment.parts.some((part) => RIGHT_TO_LEFT.test(part.text)))
  const space = (unit: Placed[]): boolean => unit.every((placed) => placed.segment.space)
  const placed: Placed[] = []
  for (let start = 0; start < units.length; ) {
    const unit = units[start] as Placed[]
    if (!rtl(unit) || unit[0]?.word === -1) {
      placed.push(...unit)
      start++
      continue
    }
    let end = start
    while (end + 2 < units.length && space(units[end + 1] as Placed[]) && rtl(units[end + 2] as Placed[])) end += 2
    let x = unit[0]?.x ?? 0
    for (const item of units.slice(start, end + 1).reverse().flat()) {
      placed.push({...item, x})
      x += item.segment.width
    }
    start = end + 1
  }
  return {placed}
}

/** `U+6F22`. */
function codePointLabel(char: string): string {
  return `U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`
}

function sum(segments: readonly Segment[]): number {
  return segments.reduce((total, segment) => total + segment.width, 0)
}

/** Joins neighbouring drawable parts split for fitting back into one. */
function mergeParts(parts: readonly Part[]): Part[] {
  const out: Part[] = []
  for (const part of parts) {
    const last = out[out.length - 1]
    if (last && !last.missing && !part.missing) out.push({text: (out.pop() as Part).text + part.text, missing: false, width: last.width + part.width})
    else out.push(part)
  }
  return out
}
