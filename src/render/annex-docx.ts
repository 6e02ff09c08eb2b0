import {
  AlignmentType, DeletedTextRun, Document, Footer, Header, HeadingLevel, InsertedTextRun, Packer, PageNumber, Paragraph,
  type ParagraphChild, ShadingType, TextRun
} from 'docx'
import type {Annex} from '../annex/annex-types.js'
import type {ClauseRedline} from '../redline/document.js'
import type {Run} from '../redline/run.js'
import {annexCover, sectionHeading} from './annex-cover.js'
import {annexDocxStyles, provisionStyle} from './annex-docx-styles.js'
import {rezipDeterministic} from './deterministic-zip.js'
import {redlineParagraphs} from './redline-paragraphs.js'
import {visibleText} from './visible-text.js'
import {isWhitespaceOnly} from './whitespace-marks.js'

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
  const cover = annexCover(annex.meta)
  const date = `${annex.meta.author.date}T00:00:00Z`
  const revisions = new Revisions(annex.meta.author.name, date)
  const plain = (text: string): TextRun => new TextRun({text: visibleText(text)})
  const children: Paragraph[] = [
    new Paragraph({heading: HeadingLevel.TITLE, children: [plain(cover.title)]}),
    new Paragraph({heading: HeadingLevel.HEADING_1, children: [plain(cover.annex)]}),
    new Paragraph({style: 'Subtitle', children: [plain(cover.version)]}),
    new Paragraph({heading: HeadingLevel.HEADING_2, children: [plain(cover.aboutHeading)]}),
    ...cover.about.map((text) => new Paragraph({children: [plain(text)]}))
  ]
  for (const section of annex.sections) {
    children.push(new Paragraph({heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [plain(sectionHeading(section.letter, section.title))]}))
    for (const instruction of section.instructions) children.push(new Paragraph({style: 'Instruction', children: [plain(instruction.text)]}))
    for (const group of section.groups) {
      if (group.heading) children.push(new Paragraph({heading: HeadingLevel.HEADING_3, children: docxRuns(group.heading, revisions)}))
      for (const clause of group.clauses) children.push(...clauseParagraphs(clause, revisions))
    }
  }
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
  const packed = await Packer.toBuffer(document)
  return rezipDeterministic(new Uint8Array(packed), (name, data) => (name === 'docProps/core.xml' ? fixCoreDates(data, date) : data))
}

function clauseParagraphs(clause: ClauseRedline, revisions: Revisions): Paragraph[] {
  return redlineParagraphs(clause).map((paragraph) => {
    const mark =
      paragraph.status === 'inserted' ? {insertion: revisions.next()} : paragraph.status === 'deleted' ? {deletion: revisions.next()} : {}
    const label = paragraph.label.length > 0 ? docxRuns(paragraph.label, revisions, true) : []
    return new Paragraph({
      style: provisionStyle(paragraph.depth, paragraph.role),
      keepNext: paragraph.role === 'lead' && paragraph.depth === 0,
      run: mark,
      children: [...label, ...docxRuns(paragraph.runs, revisions)]
    })
  })
}

/** Runs as Word runs: kept text plain, changes as tracked insertions and deletions. */
function docxRuns(runs: readonly Run[], revisions: Revisions, bold = false): ParagraphChild[] {
  return runs.map((run) => {
    const text = visibleText(run.text)
    // A change of whitespace only is shaded, so it can be seen; its text stays exact on Accept and Reject.
    const style = {...(bold ? {bold} : {}), ...(isWhitespaceOnly(run) ? {shading: {type: ShadingType.CLEAR, color: 'auto', fill: 'FFE08A'}} : {})}
    if (run.type === 'insert') return new InsertedTextRun({text, ...style, ...revisions.next()})
    if (run.type === 'delete') return new DeletedTextRun({text, ...style, ...revisions.next()})
    return new TextRun({text, ...style})
  })
}

/** Replaces the creation and modification times docx stamps with the time of the tracked changes. */
function fixCoreDates(data: Uint8Array, date: string): Uint8Array {
  const xml = new TextDecoder().decode(data)
  const fixed = xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${date}$2`)
  return new TextEncoder().encode(fixed)
}
