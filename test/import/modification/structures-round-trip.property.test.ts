import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {buildAnnex} from '../../../src/annex/build-annex.js'
import {readDocx} from '../../../src/import/docx/read-docx-paragraphs.js'
import {importModification} from '../../../src/import/modification/import-modification.js'
import type {Section, Version} from '../../../src/model/types.js'
import {draftModification} from '../../../src/modify/draft-modification.js'
import {redlineSections} from '../../../src/redline/redline-sections.js'
import {renderAnnexDocx} from '../../../src/render/annex-docx.js'
import {definitionsModification, modification, tableModification, textParagraphsModification, type GeneratedModification} from '../../helpers/arbitraries.js'
import {metaOf} from '../../modify/fixtures.js'
import {sofficeConvert} from '../office.js'

const annexMeta = {id: 'MP900', title: 'Illustrative round trip', base: '1.0', legalTextVersion: '0.1', classification: 'White', author: {name: 'Drafter', date: '2026-01-02'}}
const CASES = Number(process.env.REDLINE_IMPORT_STRUCTURE_CASES ?? 100)
/** Cases of each kind re-saved by LibreOffice (one soffice for all of them). */
const LIBREOFFICE_CASES = Number(process.env.REDLINE_IMPORT_STRUCTURE_LIBREOFFICE_CASES ?? 15)
const SEED = Number(process.env.REDLINE_SEED ?? Date.now() % 2 ** 31)
/**
 * The share of cases that must come back byte for byte. Known losses, each for a reason outside
 * the importer's reach or not yet mended: C0 control characters (Word cannot hold them; the
 * annex writer prints their pictures, ␛), a cross-heading added or removed over clauses that stay
 * (the annex shows a heading come or go only with its whole group), and Appendix and Schedule
 * cases with tails the annex's layout does not tell apart. A cross-heading retitled over unchanged
 * clauses comes back (the annex shows it under "Amend the cross-heading above …"), and so do status
 * changes (the annex's status sentences are read, an annex of status changes only included).
 * Measured at 400 cases (seed 7; cases with nothing to draft left out), with statuses and column
 * count changes in the mix: 353 of 392 of `modification` (90.1%), 380 of 389 of tables (97.7%),
 * 372 of 383 of definitions (97.1%), 399 of 399 paragraph modifications. LibreOffice's re-save
 * loses nothing more: measured at 60 cases of each kind on seeds 7 and 11, every annex our own
 * annex gives back came back after the re-save (before the importer took restyled paragraphs'
 * levels from the base: 44 and 50 of 59 and 57 modifications, 54 and 52 of 60 and 58 tables, 55
 * and 57 of 59 definitions, 2 and 5 of 60 paragraph modifications). Every run draws fresh cases,
 * so the floor stands some four standard deviations below the lowest measured share at 100 cases
 * (90.1% − 4 × 3.0%): a run under it is a regression, never bad luck.
 */
const AT_LEAST = 0.75

const version = (sections: Section[]): Version => ({id: '1.0', manifest: {version: '1.0', base: null, changes: [], source: 'test'}, dir: 'sec-text/1.0', sections})

interface StructureCase {
  base: Version
  legalText: string
  docx: Uint8Array
}

/** A generated modification as `mod new` drafts it, and its Word annex; undefined where nothing is drafted (the edits cancel out). */
async function structureCase(generated: GeneratedModification): Promise<StructureCase | undefined> {
  const base = version([generated.before])
  let legalText: string
  try {
    legalText = draftModification(metaOf('MP900', '1.0'), base, {sections: [generated.after]}).legalText
  } catch {
    return undefined
  }
  const docx = await renderAnnexDocx(buildAnnex({...annexMeta}, redlineSections(base.sections, [generated.after])))
  return {base, legalText, docx}
}

function importsBack(entry: StructureCase, docx: Uint8Array, file: string): boolean {
  return importOutcome(entry, docx, file) === undefined
}

/** Undefined where the annex imports to the legal text `mod new` drafts; else the error, or both legal texts. */
function importOutcome(entry: StructureCase, docx: Uint8Array, file: string): string | undefined {
  try {
    const legalText = importModification(readDocx(docx, file), entry.base, {id: 'MP900', today: '2026-01-02'}).draft.legalText
    return legalText === entry.legalText ? undefined : `legal text differs:\n${legalText}\nexpected:\n${entry.legalText}`
  } catch (error) {
    return (error as Error).message
  }
}

/**
 * Random modifications with tables (cells changed, rows inserted and deleted), definitions
 * (inserted, deleted, renamed, amended) and Appendix or Schedule content (own numbering, document
 * version lines) → our Word annex → `mod import` → the legal text `mod new` drafts, byte for byte;
 * and the same after LibreOffice has opened and re-saved the annexes. Illustrative text.
 * `REDLINE_SEED=<n>` replays a run.
 */
describe('mod import of Word annexes with tables, definitions, Appendices and Schedules', () => {
  const arbitraries = {'random modifications (parts, headings, Appendices, Schedules)': modification, 'table modifications': tableModification, 'definitions modifications': definitionsModification, 'paragraph modifications (lead-ins, tails, text between two lists)': textParagraphsModification}
  for (const [name, arbitrary] of Object.entries(arbitraries)) {
    it(`gives back the legal text of ${name} (${CASES} cases)`, async () => {
      const cases = (await Promise.all(fc.sample(arbitrary, {numRuns: CASES, seed: SEED}).map(structureCase))).filter((entry) => entry !== undefined)
      const back = cases.filter((entry) => importsBack(entry, entry.docx, 'annex.docx')).length
      console.log(`${name}: ${back} of ${cases.length} annexes import to the same legal text (REDLINE_SEED=${SEED})`)
      expect(back / cases.length, `REDLINE_SEED=${SEED}`).toBeGreaterThanOrEqual(AT_LEAST)
    }, 300_000)
  }

  it(`gives back the same legal text after LibreOffice re-saves the annexes, wherever our annex gives it back (${LIBREOFFICE_CASES} cases of each kind, one soffice)`, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'redline-structures-lo-'))
    const generated = Object.values(arbitraries).flatMap((arbitrary) => fc.sample(arbitrary, {numRuns: LIBREOFFICE_CASES, seed: SEED}))
    const cases = (await Promise.all(generated.map(structureCase))).filter((entry) => entry !== undefined)
    const files = cases.map((entry, index) => {
      const file = path.join(dir, `case-${index}.docx`)
      writeFileSync(file, entry.docx)
      return file
    })
    sofficeConvert(files, 'docx:MS Word 2007 XML', path.join(dir, 'resaved'))
    // The annex's own losses (see AT_LEAST) are judged above; LibreOffice's re-save must lose nothing more.
    const ours = cases.filter((entry) => importsBack(entry, entry.docx, 'annex.docx'))
    const failures = ours.flatMap((entry) => {
      const file = path.join(dir, 'resaved', `case-${cases.indexOf(entry)}.docx`)
      const outcome = importOutcome(entry, new Uint8Array(readFileSync(file)), file)
      return outcome === undefined ? [] : [`${file}: ${outcome}`]
    })
    console.log(`LibreOffice re-save: ${ours.length - failures.length} of the ${ours.length} annexes our writer's import gives back (of ${cases.length}) import to the same legal text (REDLINE_SEED=${SEED})`)
    expect(failures, `REDLINE_SEED=${SEED}`).toEqual([])
  }, 600_000)})
