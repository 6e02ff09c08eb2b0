import type {Annex} from '../annex/annex-types.js'
import {renderAnnexHtml} from './annex-html.js'
import {renderAnnexInstructions} from './annex-instructions.js'
import {renderAnnexMarkdown} from './annex-markdown.js'

/** The file formats of an annex. */
export const ANNEX_FORMATS = ['md', 'html', 'docx', 'pdf', 'instructions'] as const
export type AnnexFormat = (typeof ANNEX_FORMATS)[number]

export interface AnnexFile {
  format: AnnexFormat
  /** The file name, `MP087-annex-a.docx`. */
  name: string
  data: string | Uint8Array
}

/** Renders an annex in the given formats, all in memory (so a failure writes nothing). */
export async function renderAnnexFiles(annex: Annex, formats: readonly AnnexFormat[], options: {critic?: boolean} = {}): Promise<AnnexFile[]> {
  const stem = `${annex.meta.id}-annex-a`
  const files: AnnexFile[] = []
  for (const format of formats) {
    if (format === 'md') files.push({format, name: `${stem}.md`, data: renderAnnexMarkdown(annex, {critic: options.critic})})
    if (format === 'html') files.push({format, name: `${stem}.html`, data: renderAnnexHtml(annex)})
    if (format === 'docx') files.push({format, name: `${stem}.docx`, data: await renderDocx(annex)})
    if (format === 'pdf') files.push({format, name: `${stem}.pdf`, data: await renderPdf(annex)})
    if (format === 'instructions') files.push({format, name: `${annex.meta.id}-instructions.txt`, data: renderAnnexInstructions(annex)})
  }
  return files
}

/** The Word renderer, loaded only when a Word file is asked for: docx is a megabyte of code to compile (the annex on the terminal never needs it). */
async function renderDocx(annex: Annex): Promise<Uint8Array> {
  const {renderAnnexDocx} = await import('./annex-docx.js')
  return renderAnnexDocx(annex)
}

/** The PDF renderer, loaded only when a PDF is asked for: PDFKit and its font engine take a third of a second to load. */
async function renderPdf(annex: Annex): Promise<Uint8Array> {
  const {renderAnnexPdf} = await import('../render/annex-pdf.js')
  return renderAnnexPdf(annex)
}
