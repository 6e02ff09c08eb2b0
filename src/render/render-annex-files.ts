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
  // The Word and PDF renderers' libraries, loaded only when asked for, start loading at once and side by side: their files are read while the other formats are set.
  const docx = formats.includes('docx') ? loaded(import('./annex-docx.js')) : undefined
  const pdf = formats.includes('pdf') ? loaded(import('./annex-pdf.js')) : undefined
  const files: AnnexFile[] = []
  for (const format of formats) {
    if (format === 'md') files.push({format, name: `${stem}.md`, data: renderAnnexMarkdown(annex, {critic: options.critic})})
    if (format === 'html') files.push({format, name: `${stem}.html`, data: renderAnnexHtml(annex)})
    if (format === 'docx' && docx) files.push({format, name: `${stem}.docx`, data: await (await docx).renderAnnexDocx(annex)})
    if (format === 'pdf' && pdf) files.push({format, name: `${stem}.pdf`, data: await (await pdf).renderAnnexPdf(annex)})
    if (format === 'instructions') files.push({format, name: `${annex.meta.id}-instructions.txt`, data: renderAnnexInstructions(annex)})
  }
  return files
}

/**
 * A renderer's module, loading: docx is a megabyte of code to compile, PDFKit and its font engine
 * take a third of a second to load, and the annex on the terminal needs neither. A failure to load
 * is reported where the format stands in the order of the formats, never as unhandled before it.
 */
function loaded<Module>(module: Promise<Module>): Promise<Module> {
  module.catch(() => undefined)
  return module
}
