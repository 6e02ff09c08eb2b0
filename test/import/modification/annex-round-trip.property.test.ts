import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {buildAnnex} from '../../../src/annex/build-annex.js'
import {readDocx} from '../../../src/import/docx/read-docx-paragraphs.js'
import {importModification} from '../../../src/import/modification/import-modification.js'
import type {Clause} from '../../../src/model/types.js'
import {draftModification} from '../../../src/modify/draft-modification.js'
import {sameProvision} from '../../../src/modify/same-provision.js'
import {redlineSections} from '../../../src/redline/redline-sections.js'
import {renderAnnexDocx} from '../../../src/render/annex-docx.js'
import {clause, clausePair} from '../../helpers/arbitraries.js'
import {metaOf, versionOf} from '../../modify/fixtures.js'

const HEADING = 'Manufacturers: Duty to Notify and Be Notified'
const annexMeta = {id: 'MP900', title: 'Illustrative round trip', base: '1.0', legalTextVersion: '0.1', classification: 'White', author: {name: 'Drafter', date: '2026-01-02'}}

/**
 * Random modifications (generated, illustrative text): a clause amended word by word or rewritten,
 * a clause before it kept or deleted, a clause inserted after it, the cross-heading retitled. Drafted into CriticMarkup, written
 * as our Word annex, read back by `mod import`: the same legal text, byte for byte.
 */
describe('mod import of our own Word annex', () => {
  it('gives back the legal text it was written from, byte for byte', async () => {
    const cases = fc.tuple(clausePair, clause('G3.19'), fc.boolean(), fc.option(clause('G3.21'), {nil: undefined}), fc.constantFrom(HEADING, HEADING, 'Manufacturers: Duty to Notify', 'Suppliers: Duty to Be Notified'))
    await fc.assert(
      fc.asyncProperty(cases, async ([[before, after], g319, deleteG319, inserted, heading]) => {
        // A retitle alone: the Word annex shows no change (the annex writer's choice), so a clause changes too.
        fc.pre(!sameProvision(before, after) || deleteG319 || inserted !== undefined)
        const base = versionOf('1.0', [g319, before])
        const edited: Clause[] = [...(deleteG319 ? [] : [g319]), after, ...(inserted ? [inserted] : [])]
        // A retitled cross-heading is drawn in the Word annex only beside amended clauses (beside an
        // inserted clause the annex writer shows the new heading as inserted), so it goes with those.
        const editedSections = versionOf('1.0', edited, inserted === undefined && !deleteG319 ? heading : HEADING).sections
        const draft = draftModification(metaOf('MP900', '1.0'), base, {sections: editedSections})
        const docx = await renderAnnexDocx(buildAnnex({...annexMeta}, redlineSections(base.sections, editedSections)))
        const imported = importModification(readDocx(docx, 'annex.docx'), base, {id: 'MP900', today: '2026-01-02'})
        expect(imported.draft.legalText).toBe(draft.legalText)
        expect(imported.reading.authors).toEqual(['Drafter'])
      }),
      {numRuns: 100}
    )
  })
})
