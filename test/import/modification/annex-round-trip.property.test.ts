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
    for (const [index, entry] of cases.entries()) {
      const file = path.join(dir, 'resaved', `case-${index}.docx`)
      try {
        const imported = importModification(readDocx(new Uint8Array(readFileSync(file)), file), entry.base, {id: 'MP900', today: '2026-01-02'})
        if (imported.draft.legalText !== entry.legalText) failures.push(`case ${index} (${file}): legal text differs:\n${imported.draft.legalText}\nexpected:\n${entry.legalText}`)
      } catch (error) {
        failures.push(`case ${index} (${file}): ${(error as Error).message}`)
      }
    }
    const paragraphCases = fc.sample(annexEdits, {numRuns: LIBREOFFICE_CASES, seed: SEED}).filter(([[before, after]]) => hasParagraphs(before) || hasParagraphs(after)).length
    console.log(`LibreOffice re-save: ${cases.length - failures.length} of ${cases.length} annexes (${paragraphCases} amending paragraphs) import to the same legal text (REDLINE_SEED=${SEED})`)
    // LibreOffice gives the paragraph after deleted paragraph marks another paragraph's style and indent; the
    // importer takes such a paragraph's level from the base clause, which the annex shows whole.
    expect(failures, `REDLINE_SEED=${SEED}`).toEqual([])
  }, 300_000)
})
