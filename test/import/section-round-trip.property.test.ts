import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {importSources, unplacedError} from '../../src/import/import-document.js'
import {readSource} from '../../src/import/read-source.js'
import {startsBlock} from '../../src/import/recognise-structure.js'
import type {ProvisionBase, Section} from '../../src/model/types.js'
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
/**
 * Sections as before, and as many with several paragraphs in some lead-ins and tails and text
 * between two lists; save the one shape a Word document cannot tell apart (recognise-structure's
 * tests hold its refusal): a paragraph of a sub-paragraph after its first (its tail, a further
 * paragraph, the text between two of its lists) that opens like a label or a clause number stands
 * at its sibling labels' indent, where it reads as a sub-paragraph out of sequence.
 */
const samples: Section[] = fc.sample(
  fc.oneof(section, sectionWithTextParagraphs).filter((s) => !labelLikeInList(s)),
  {numRuns: COUNT, seed: SEED}
)

function labelLikeInList(s: Section): boolean {
  const opens = (text: string | undefined): boolean => (text ?? '').split('\n').some((line) => startsBlock(line))
  const visit = (provision: ProvisionBase, isItem: boolean): boolean =>
    (isItem && (opens(provision.text.split('\n').slice(1).join('\n')) || opens(provision.tail))) ||
    provision.items.some((item) => (isItem && opens(item.textBefore)) || visit(item, true))
  return s.parts.some((part) => part.groups.some((group) => group.clauses.some((clause) => visit(clause, false))))
}

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
 * every 200 files), imported back: the same section file, byte for byte.
 */
describe('import of sections written by pandoc and LibreOffice', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'redline-import-round-trip-'))

  it(`gives back each random section file from pandoc’s docx (${COUNT} sections)`, async () => {
    await pandocMany(samples.map((s, index) => ({args: ['-f', 'commonmark', '-t', 'docx', '-o', path.join(dir, `pandoc-${index}.docx`)], input: serializeSection(s)})))
    for (const [index, s] of samples.entries()) {
      expect(await imported(path.join(dir, `pandoc-${index}.docx`)), `sample ${index}, REDLINE_SEED=${SEED}`).toBe(serializeSection(s))
    }
  }, Math.max(120_000, COUNT * 800))

  it(`gives back each random section file from LibreOffice’s docx (${COUNT} sections, one soffice run per 200)`, async () => {
    const html = samples.map((s, index) => {
      const file = path.join(dir, `lo-${index}.html`)
      writeFileSync(file, sectionHtml(s))
      return file
    })
    sofficeConvert(html, 'docx:MS Word 2007 XML', path.join(dir, 'lo'))
    for (const [index, s] of samples.entries()) {
      expect(await imported(path.join(dir, 'lo', `lo-${index}.docx`)), `sample ${index}, REDLINE_SEED=${SEED}`).toBe(serializeSection(s))
    }
  }, Math.max(180_000, COUNT * 1_200))
})
