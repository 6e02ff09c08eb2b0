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
import {definitionsModification, modification, provisionsOfSection, tableModification, textParagraphsModification, type GeneratedModification} from '../../helpers/arbitraries.js'
import {metaOf} from '../../modify/fixtures.js'
import {sofficeConvert} from '../office.js'

const annexMeta = {id: 'MP900', title: 'Illustrative round trip', base: '1.0', legalTextVersion: '0.1', classification: 'White', author: {name: 'Drafter', date: '2026-01-02'}}
const CASES = Number(process.env.REDLINE_IMPORT_STRUCTURE_CASES ?? 100)
/** Cases of each kind re-saved by LibreOffice (one soffice for all of them). */
const LIBREOFFICE_CASES = Number(process.env.REDLINE_IMPORT_STRUCTURE_LIBREOFFICE_CASES ?? 15)
const SEED = Number(process.env.REDLINE_SEED ?? Date.now() % 2 ** 31)
/**
 * Every case comes back byte for byte, except the named exclusions below, each outside what a Word
 * annex can carry; they are counted and printed, never hidden under a floor:
 * - C0 control characters (`\u001b`, `\u0007`): Word cannot hold them, so the annex writer prints
 *   their pictures (␛), and the import reads the pictures.
 * - A defined term that reads as a sub-paragraph label (`(a)`, `(iv) Party`): Word shows a term as
 *   the annex prints every label, in bold before a tab, so the import reads it as a label.
 * Cross-headings retitled, inserted above clauses that stay or removed from above them come back
 * (the annex's own lines, "Amend the cross-heading above …", "Insert the following new
 * cross-heading before …", "Delete the cross-heading above …"), and so do part headings inserted
 * above clauses that stood under none ("Insert the following new heading of Part G1 before …"),
 * status changes, and Appendix and Schedule tails that open with a number ("15 Working Day": the
 * annex styles them as text). A part heading removed from above clauses that stay is refused by
 * `mod new` (a part goes with its clauses), so no case of it is drafted. Measured at 400 cases
 * (cases with nothing to draft left out): before, under a floor of 75%, `modification` gave back
 * 353 of 392 (seed 7), 356 of 390 (seed 11), 351 of 388 (seed 23); now every case not excluded
 * (seed 7: 376 of 376, 15 C0 and 3 terms excluded; seed 11: 370 of 370, 15 and 2).
 * LibreOffice's re-save loses nothing more: measured at 60 cases of each kind on seeds 7 and 11,
 * every annex our own annex gives back came back after the re-save (before the importer took
 * restyled paragraphs' levels from the base: 44 and 50 of 59 and 57 modifications, 54 and 52 of
 * 60 and 58 tables, 55 and 57 of 59 definitions, 2 and 5 of 60 paragraph modifications).
 */
const C0 = /[\u0000-\u0009\u000b-\u001f]/
const LABEL_TERM = /^\(([a-z]{1,4}|[A-Z]{1,4}|\d{1,3})\)(?=\s|$)/

/** Why a case is outside what a Word annex can carry, or undefined. */
function exclusion(generated: GeneratedModification): string | undefined {
  const strings: string[] = []
  JSON.stringify([generated.before, generated.after], (_key, value: unknown) => {
    if (typeof value === 'string') strings.push(value)
    return value
  })
  if (strings.some((text) => C0.test(text))) return 'C0 control characters'
  const terms = [generated.before, generated.after].flatMap((section) => provisionsOfSection(section).flatMap((provision) => (provision.kind === 'sub-paragraph' && provision.term !== undefined ? [provision.term] : [])))
  if (terms.some((term) => LABEL_TERM.test(term))) return 'a defined term that reads as a label'
  return undefined
}

const version = (sections: Section[]): Version => ({id: '1.0', manifest: {version: '1.0', base: null, changes: [], source: 'test'}, dir: 'sec-text/1.0', sections})

interface StructureCase {
  /** Why the case is excluded (see {@link exclusion}), or undefined. */
  excluded?: string
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
  const excluded = exclusion(generated)
  return {base, legalText, docx, ...(excluded !== undefined ? {excluded} : {})}
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
      const drafted = (await Promise.all(fc.sample(arbitrary, {numRuns: CASES, seed: SEED}).map(structureCase))).filter((entry) => entry !== undefined)
      const cases = drafted.filter((entry) => entry.excluded === undefined)
      const excluded = new Map<string, number>()
      for (const entry of drafted) if (entry.excluded !== undefined) excluded.set(entry.excluded, (excluded.get(entry.excluded) ?? 0) + 1)
      const lost = cases.filter((entry) => !importsBack(entry, entry.docx, 'annex.docx'))
      const named = [...excluded].map(([why, count]) => `${count} excluded: ${why}`).join('; ')
      console.log(`${name}: ${cases.length - lost.length} of ${cases.length} annexes import to the same legal text${named === '' ? '' : ` (${named})`} (REDLINE_SEED=${SEED})`)
      expect(lost.map((entry) => entry.legalText.slice(0, 200)), `REDLINE_SEED=${SEED}`).toEqual([])
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
    // The annex's own losses (the exclusions) are judged above; LibreOffice's re-save must lose nothing more.
    const ours = cases.filter((entry) => importsBack(entry, entry.docx, 'annex.docx'))
    const failures = ours.flatMap((entry) => {
      const file = path.join(dir, 'resaved', `case-${cases.indexOf(entry)}.docx`)
      const outcome = importOutcome(entry, new Uint8Array(readFileSync(file)), file)
      return outcome === undefined ? [] : [`${file}: ${outcome}`]
    })
    console.log(`LibreOffice re-save: ${ours.length - failures.length} of the ${ours.length} annexes our writer's import gives back (of ${cases.length}) import to the same legal text (REDLINE_SEED=${SEED})`)
    expect(failures, `REDLINE_SEED=${SEED}`).toEqual([])
  }, 600_000)
})
