import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {buildAnnex} from '../../../src/annex/build-annex.js'
import {readDocx} from '../../../src/import/docx/read-docx-paragraphs.js'
import {importModification} from '../../../src/import/modification/import-modification.js'
import type {Clause, SubParagraph, Version} from '../../../src/model/types.js'
import {draftModification} from '../../../src/modify/draft-modification.js'
import {sameProvision} from '../../../src/modify/same-provision.js'
import {redlineSections} from '../../../src/redline/redline-sections.js'
import {renderAnnexDocx} from '../../../src/render/annex-docx.js'
import {clause, clausePair, textParagraphsPair} from '../../helpers/arbitraries.js'
import {metaOf, versionOf} from '../../modify/fixtures.js'
import {sofficeConvert} from '../office.js'

const HEADING = 'Manufacturers: Duty to Notify and Be Notified'
/** Whether a provision or one below it has a text of several paragraphs or text between two lists. */
const hasParagraphs = (provision: Clause | SubParagraph): boolean =>
  [provision.text, provision.tail, provision.kind === 'sub-paragraph' ? (provision.textBefore ?? '') : ''].some((text) => text.includes('\n')) ||
  (provision.kind === 'sub-paragraph' && provision.textBefore !== undefined) ||
  provision.items.some(hasParagraphs)
const annexMeta = {id: 'MP900', title: 'Illustrative round trip', base: '1.0', legalTextVersion: '0.1', classification: 'White', author: {name: 'Drafter', date: '2026-01-02'}}
/** Cases through our writer alone (in process, fast), and through LibreOffice's re-save (one soffice for all). */
const CASES = Number(process.env.REDLINE_IMPORT_CASES ?? 400)
const LIBREOFFICE_CASES = Number(process.env.REDLINE_IMPORT_LIBREOFFICE_CASES ?? 150)
const SEED = Number(process.env.REDLINE_SEED ?? Date.now() % 2 ** 31)

interface AnnexCase {
  base: Version
  /** The legal text `mod new` drafts from the edited text: what `mod import` must give back. */
  legalText: string
  docx: Uint8Array
}

/**
 * Random modifications (generated, illustrative text): a clause amended word by word or rewritten,
 * a clause before it kept or deleted, a clause inserted after it, the cross-heading retitled.
 * A retitle alone is drawn too: the annex shows it under "Amend the cross-heading above …".
 * One case in four amends paragraphs: lead-ins, tails and text between two lists of several.
 */
const annexEdits = fc
  .tuple(fc.oneof({weight: 3, arbitrary: clausePair}, {weight: 1, arbitrary: textParagraphsPair}), clause('G3.19'), fc.boolean(), fc.option(clause('G3.21'), {nil: undefined}), fc.constantFrom(HEADING, HEADING, 'Manufacturers: Duty to Notify', 'Suppliers: Duty to Be Notified'))
  .filter(([[before, after], , deleteG319, inserted, heading]) => !sameProvision(before, after) || deleteG319 || inserted !== undefined || heading !== HEADING)

async function annexCase([[before, after], g319, deleteG319, inserted, heading]: (typeof annexEdits extends fc.Arbitrary<infer T> ? T : never)): Promise<AnnexCase> {
  const base = versionOf('1.0', [g319, before])
  const edited: Clause[] = [...(deleteG319 ? [] : [g319]), after, ...(inserted ? [inserted] : [])]
  // A retitled cross-heading is drawn in the Word annex only beside amended clauses (beside an
  // inserted clause the annex writer shows the new heading as inserted), so it goes with those.
  const editedSections = versionOf('1.0', edited, inserted === undefined && !deleteG319 ? heading : HEADING).sections
  const draft = draftModification(metaOf('MP900', '1.0'), base, {sections: editedSections})
  const docx = await renderAnnexDocx(buildAnnex({...annexMeta}, redlineSections(base.sections, editedSections)))
  return {base, legalText: draft.legalText, docx}
}

/**
 * Random modification → our Word annex → `mod import` → the same legal text, byte for byte; and
 * the same after LibreOffice has opened and re-saved each annex (its own docx writer, its own
 * tracked-change markup).
 *
 * `REDLINE_SEED=<n>` replays a run; `REDLINE_IMPORT_CASES` and `REDLINE_IMPORT_LIBREOFFICE_CASES` set the counts.
 */
describe('mod import of Word annexes', () => {
  it(`gives back the legal text our annex was written from, byte for byte (${CASES} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(annexEdits, async (edits) => {
        const {base, legalText, docx} = await annexCase(edits)
        const imported = importModification(readDocx(docx, 'annex.docx'), base, {id: 'MP900', today: '2026-01-02'})
        expect(imported.draft.legalText).toBe(legalText)
        expect(imported.reading.authors).toEqual(['Drafter'])
      }),
      {numRuns: CASES, seed: SEED}
    )
  }, 120_000)

  it(`gives back the same legal text after LibreOffice opens and re-saves each annex (${LIBREOFFICE_CASES} cases, one soffice)`, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'redline-annex-lo-'))
    const cases = await Promise.all(fc.sample(annexEdits, {numRuns: LIBREOFFICE_CASES, seed: SEED}).map(annexCase))
    const files = cases.map((entry, index) => {
      const file = path.join(dir, `case-${index}.docx`)
      writeFileSync(file, entry.docx)
      return file
    })
    sofficeConvert(files, 'docx:MS Word 2007 XML', path.join(dir, 'resaved'))
    const failures: string[] = []
    /**
     * Cases that fail where LibreOffice moved a paragraph to another level (its known restyle of the
     * paragraph after tracked deleted paragraphs): the layout no longer says where an unlabelled paragraph belongs.
     */
    const restyledFailures: string[] = []
    let restyled = 0
    /** The cases whose amended clause has a text of several paragraphs on either side (lead-ins, tails, text between two lists), counted apart. */
    const paragraphCases = new Set(fc.sample(annexEdits, {numRuns: LIBREOFFICE_CASES, seed: SEED}).flatMap(([[before, after]], index) => (hasParagraphs(before) || hasParagraphs(after) ? [index] : [])))
    const paragraphFailures: string[] = []
    for (const [index, entry] of cases.entries()) {
      const file = path.join(dir, 'resaved', `case-${index}.docx`)
      const resaved = readDocx(new Uint8Array(readFileSync(file)), file)
      const ours = readDocx(entry.docx, 'annex.docx')
      const moved = ours.paragraphs.some((paragraph, at) => paragraph.runs.length > 0 && paragraph.indent !== resaved.paragraphs[at]?.indent)
      let outcome: string | undefined
      try {
        const imported = importModification(resaved, entry.base, {id: 'MP900', today: '2026-01-02'})
        if (imported.draft.legalText !== entry.legalText) outcome = `legal text differs:\n${imported.draft.legalText}\nexpected:\n${entry.legalText}`
      } catch (error) {
        outcome = (error as Error).message
      }
      if (moved) restyled++
      if (outcome !== undefined) (moved ? (paragraphCases.has(index) ? paragraphFailures : restyledFailures) : failures).push(`case ${index} (${file}): ${outcome}`)
    }
    if (process.env.SHOW_FAILURES) console.log([...failures, ...restyledFailures, ...paragraphFailures].join('\n'))
    const others = cases.length - paragraphCases.size
    console.log(
      `LibreOffice re-save: ${cases.length} annexes, ${restyled} restyled by LibreOffice; of the ${others} without paragraphs ${restyledFailures.length} restyled ones, of the ${paragraphCases.size} with paragraphs ${paragraphFailures.length} restyled ones do not import to the same legal text (REDLINE_SEED=${SEED})`
    )
    expect(failures.length, `REDLINE_SEED=${SEED}: ${failures.length} of ${cases.length} failed; first: ${failures[0] ?? ''}`).toBe(0)
    // Where LibreOffice restyled a paragraph, the importer still gives back most annexes (the labels and the base decide).
    // Seen as high as 4 of 40 (10%) on a fresh seed; the floor (a quarter) leaves room for that spread.
    // Measured at 150 cases: 7 of the 110 without paragraphs (seed 7), 8 of 121 (seed 11); 5 of 150 before paragraphs were read.
    expect(restyledFailures.length, restyledFailures[0]).toBeLessThan(others / 4)
    // With paragraphs, an unnumbered paragraph LibreOffice restyled keeps the indent of the deleted
    // paragraph before it, which can be a further paragraph's or a tail's of another level: most of those
    // do not come back. Measured at 150 cases: 23 of 40 (seed 7), 14 of 29 (seed 11). Never silently: each such import
    // is refused or differs, none is counted as read.
    expect(paragraphFailures.length, paragraphFailures[0]).toBeLessThan(paragraphCases.size * 0.8)
  }, 300_000)
})
