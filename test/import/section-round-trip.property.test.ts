import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {importSources, unplacedError} from '../../src/import/import-document.js'
import {readSource} from '../../src/import/read-source.js'
import type {Section} from '../../src/model/types.js'
import {serializeSection} from '../../src/serialize/serialize-section.js'
import {section, sectionWithTextParagraphs} from '../helpers/arbitraries.js'
import {pandocMany, sofficeConvert} from './office.js'
import {sectionHtml} from './section-html.js'

/**
 * Random sections (generated, illustrative text). `REDLINE_SEED=<n>` replays a run;
 * `REDLINE_IMPORT_SECTIONS=<n>` sets the count (default 150 through each writer).
 */
const COUNT = Number(process.env.REDLINE_IMPORT_SECTIONS ?? 150)
const SEED = Number(process.env.REDLINE_SEED ?? Date.now() % 2 ** 31)
/** Sections as before, and as many with several paragraphs in some lead-ins and tails and text between two lists. */
const samples: Section[] = fc.sample(fc.oneof(section, sectionWithTextParagraphs), {numRuns: COUNT, seed: SEED})

/** The section file imported from a docx; a refusal names the sample and the seed that replays it. */
async function imported(file: string): Promise<string> {
  try {
    return await importedFile(file)
  } catch (error) {
    throw new Error(`${path.basename(file)}, REDLINE_SEED=${SEED}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

async function importedFile(file: string): Promise<string> {
  const result = importSources([await readSource(new Uint8Array(readFileSync(file)), file)])
  const problem = unplacedError(result)
  if (problem) throw problem
  const [only] = result.sections
  return only ? serializeSection({...only, version: '6.17'}) : ''
}

/**
 * Round trips through word processors we did not write: a random section as its canonical
 * markdown through pandoc's docx writer, and as HTML through LibreOffice's (one soffice run for
 * every file), imported back: the same section file, byte for byte.
 */
describe('import of sections written by pandoc and LibreOffice', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'redline-import-round-trip-'))

  it(`gives back each random section file from pandoc’s docx (${COUNT} sections)`, async () => {
    await pandocMany(samples.map((s, index) => ({args: ['-f', 'commonmark', '-t', 'docx', '-o', path.join(dir, `pandoc-${index}.docx`)], input: serializeSection(s)})))
    for (const [index, s] of samples.entries()) {
      expect(await imported(path.join(dir, `pandoc-${index}.docx`)), `sample ${index}, REDLINE_SEED=${SEED}`).toBe(serializeSection(s))
    }
  }, 120_000)

  it(`gives back each random section file from LibreOffice’s docx (${COUNT} sections, one soffice)`, async () => {
    const html = samples.map((s, index) => {
      const file = path.join(dir, `lo-${index}.html`)
      writeFileSync(file, sectionHtml(s))
      return file
    })
    sofficeConvert(html, 'docx:MS Word 2007 XML', path.join(dir, 'lo'))
    for (const [index, s] of samples.entries()) {
      expect(await imported(path.join(dir, 'lo', `lo-${index}.docx`)), `sample ${index}, REDLINE_SEED=${SEED}`).toBe(serializeSection(s))
    }
  }, 180_000)
})
