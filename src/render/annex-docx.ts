import {
  AlignmentType, DeletedTextRun, Document, encodeUtf8, Footer, Header, HeadingLevel, InsertedTextRun, type IParagraphOptions, Packer, PageNumber,
  Paragraph, type ParagraphChild, ShadingType, Tab, type Table, TextRun
} from 'docx'
import type {Annex} from '../annex/annex-types.js'
import type {Run} from '../redline/run.js'
import {type AnnexLayout, layoutAnnex} from '../layout/annex-layout.js'
import type {RedlineParagraph} from '../layout/provision-paragraphs.js'
import {annexDocxStyles, provisionStyle} from './annex-docx-styles.js'
import {zipDeterministic} from './deterministic-zip.js'
import {type DocxSegment, keepParagraphMarksApart, paragraphMark} from './docx-paragraph-marks.js'
import {visibleText} from '../escape/terminal.js'
import {isWhitespaceOnly} from './whitespace-marks.js'
import {docxTables} from './docx-table.js'
import type {TableRedline} from '../redline/document.js'

/** Hands out the revision ids of one document: unique, in document order. */
class Revisions {
  #next = 1
  constructor(readonly author: string, readonly date: string) {}
  next(): {id: number; author: string; date: string} {
    return {id: this.#next++, author: this.author, date: this.date}
  }
}

/**
 * The annex as a Word document with real tracked changes: every inserted run a `w:ins` and every
 * deleted run a `w:del`, by the modification's author on its date, so a reviewer can Accept or
 * Reject them in Word or LibreOffice. Clause numbers are literal text (never list numbering),
 * the header carries the title, the footer the classification and page numbers. The same annex
 * always gives the same bytes.
 */
export async function renderAnnexDocx(annex: Annex): Promise<Uint8Array> {
  const layout = layoutAnnex(annex)
  const {cover} = layout
  const date = `${annex.meta.author.date}T00:00:00Z`
  const revisions = new Revisions(annex.meta.author.name, date)
  const plain = (text: string): TextRun => new TextRun({text: visibleText(text)})
  const children: Array<Paragraph | Table> = [
    new Paragraph({heading: HeadingLevel.TITLE, children: [plain(cover.title)]}),
    new Paragraph({heading: HeadingLevel.HEADING_1, children: [plain(cover.annex)]}),
    new Paragraph({style: 'Subtitle', children: [plain(cover.version)]}),
    new Paragraph({heading: HeadingLevel.HEADING_2, children: [plain(cover.aboutHeading)]}),
    ...cover.about.map((text) => new Paragraph({children: [plain(text)]}))
  ]
  children.push(...bodyParagraphs(layout, revisions))
  // The body ends with a kept paragraph, never a tracked one: a document's final paragraph mark cannot
  // be tracked, so a tracked paragraph last would leave an empty paragraph behind on Reject All (an
  // inserted one) or Accept All (a deleted one). With it, each gives back exactly its version.
  children.push(new Paragraph({style: 'AnnexEnd', children: [plain(cover.end)]}))
  const headerText = `${annex.meta.id} Annex A – ${cover.version}`
  const document = new Document({
    creator: annex.meta.author.name,
    lastModifiedBy: annex.meta.author.name,
    title: cover.title,
    description: `${cover.annex}, ${cover.version}`,
    revision: 1,
    styles: annexDocxStyles(),
    features: {trackRevisions: true},
    sections: [
      {
        properties: {page: {size: {width: 11906, height: 16838}, margin: {top: 1247, bottom: 1247, left: 1134, right: 1134}}},
        headers: {default: new Header({children: [new Paragraph({style: 'HeaderText', children: [plain(headerText)]})]})},
        footers: {
          default: new Footer({
            children: [
              new Paragraph({style: 'HeaderText', children: [plain(cover.classificationLine ?? '')]}),
              new Paragraph({
                style: 'HeaderText',
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES]})]
              })
            ]
          })
        },
        children
      }
    ]
  })
  const files = [...packageFiles(document)].map(([name, data]): [string, Uint8Array] => {
    const bytes = typeof data === 'string' ? encodeUtf8(data) : data
    return [name, name === 'docProps/core.xml' ? fixCoreDates(bytes, date) : bytes]
  })
  return zipDeterministic(files)
}

/**
 * The files of the document's package, in the order `Packer` zips them, from the compiler `Packer`
 * holds (internal to docx): zipped once, by {@link zipDeterministic}, where `Packer.toBuffer`'s
 * zip had to be unzipped again to give every entry a fixed timestamp (a third of the Word annex's time).
 */
function packageFiles(document: Document): Map<string, string | Uint8Array> {
  const {compiler} = Packer as unknown as {compiler: {compile(file: Document): Map<string, string | Uint8Array>}}
  return compiler.compile(document)
}

/** A body paragraph before it becomes Word XML: its options and its redlined segments. */
interface BodyParagraph {
  options: Omit<IParagraphOptions, 'children' | 'run'>
  segments: DocxSegment[]
  /** Set on a provision's table, which stands here instead of a paragraph (its segments empty). */
  table?: {redline: TableRedline; depth: number}
}

/**
 * The sections of the annex as Word paragraphs. A paragraph that exists on one side only has its
 * mark tracked (inserted or deleted), so Accept All and Reject All each leave exactly their
 * version's paragraphs; see {@link keepParagraphMarksApart} for why no kept paragraph ends with a
 * change of the kind that follows it. The caller ends the document with a kept paragraph after them.
 */
function bodyParagraphs(layout: AnnexLayout, revisions: Revisions): Array<Paragraph | Table> {
  const body: BodyParagraph[] = []
  const plain = (text: string): DocxSegment[] => [{run: {type: 'equal', text}, bold: false}]
  const segments = (runs: readonly Run[], bold = false): DocxSegment[] => runs.map((run) => ({run, bold}))
  for (const section of layout.sections) {
    body.push({options: {heading: HeadingLevel.HEADING_1, pageBreakBefore: true}, segments: plain(section.heading)})
    for (const block of section.blocks) {
      if (block.kind === 'instruction') body.push({options: {style: 'Instruction'}, segments: plain(block.text)})
      else if (block.kind === 'heading') body.push({options: {heading: block.part ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3}, segments: segments(block.runs)})
      else body.push(...block.paragraphs.map(provisionParagraph))
    }
  }
  joinMarksBeforeTables(body)
  const apart = keepParagraphMarksApart(body.map((paragraph) => paragraph.segments))
  const paragraphs = body.flatMap((paragraph, index): Array<Paragraph | Table> => {
    if (paragraph.table) return docxTables(paragraph.table.redline, paragraph.table.depth, () => revisions.next(), (segments) => docxRuns(segments, revisions))
    const mark = paragraphMark(paragraph.segments)
    const run = mark === 'insert' ? {insertion: revisions.next()} : mark === 'delete' ? {deletion: revisions.next()} : {}
    return [new Paragraph({...paragraph.options, run, children: docxRuns(apart[index] ?? [], revisions)})]
  })
  return paragraphs
}

/**
 * Word keeps the paragraph before a table whatever its mark says (no paragraph can join a table),
 * so a paragraph on one side only there would be left empty by Accept All or Reject All (a
 * sub-paragraph rewritten whole whose old version had a table: its deleted lead before the deleted
 * table). Where such a paragraph has one of the other side in the same style beside it, the two
 * become one paragraph of both sides (the new words, then the old), which stands on both sides.
 * Works in place.
 */
function joinMarksBeforeTables(body: BodyParagraph[]): void {
  for (let index = 1; index < body.length; index++) {
    const before = body[index - 1] as BodyParagraph
    if (!body[index]?.table || before.table) continue
    const mark = paragraphMark(before.segments)
    if (mark === null) continue
    const at = [index - 2, index + 1].find((other) => {
      const partner = body[other]
      return partner !== undefined && !partner.table && paragraphMark(partner.segments) === (mark === 'insert' ? 'delete' : 'insert') && JSON.stringify(partner.options) === JSON.stringify(before.options)
    })
    if (at === undefined) continue
    const partner = body[at] as BodyParagraph
    const [inserted, deleted] = mark === 'insert' ? [before, partner] : [partner, before]
    body[index - 1] = {options: before.options, segments: [...inserted.segments, ...deleted.segments]}
    body.splice(at, 1)
    if (at < index) index--
  }
}

/** A provision paragraph: number or label in bold, a tab to the hanging indent, the text. */
function provisionParagraph(paragraph: RedlineParagraph): BodyParagraph {
  if (paragraph.table) return {options: {}, segments: [], table: {redline: paragraph.table, depth: paragraph.depth}}
  return {
    options: {style: provisionStyle(paragraph.depth, paragraph.role), keepNext: paragraph.role === 'lead' && paragraph.depth === 0},
    segments: [
      ...paragraph.label.map((run) => ({run, bold: true})),
      ...paragraph.separator.map((run) => ({run, bold: false, tab: true})),
      ...paragraph.text.map((run) => ({run, bold: false}))
    ]
  }
}

/** Segments as Word runs: kept text plain, changes as tracked insertions and deletions. */
function docxRuns(segments: readonly DocxSegment[], revisions: Revisions): ParagraphChild[] {
  return segments.map(({run, bold, tab}) => {
    const content = tab ? {children: [new Tab()]} : {text: visibleText(run.text)}
    // A change of whitespace only is shaded, so it can be seen; its text stays exact on Accept and Reject.
    const style = {...(bold ? {bold} : {}), ...(!tab && isWhitespaceOnly(run) ? {shading: {type: ShadingType.CLEAR, color: 'auto', fill: 'FFE08A'}} : {})}
    if (run.type === 'insert') return new InsertedTextRun({...content, ...style, ...revisions.next()})
    if (run.type === 'delete') return new DeletedTextRun({...content, ...style, ...revisions.next()})
    return new TextRun({...content, ...style})
  })
}

/** Replaces the creation and modification times docx stamps with the time of the tracked changes. */
function fixCoreDates(data: Uint8Array, date: string): Uint8Array {
  const xml = new TextDecoder().decode(data)
  const fixed = xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${date}$2`)
  return new TextEncoder().encode(fixed)
}
