/**
 * Every change record of the full-size synthetic corpus (test/bench/generate-corpus.mjs: about
 * 20,800 provisions; illustrative text, not SEC wording), end to end through the real CLI. Its 40
 * records between them touch every structure the code has: clause words, sub-paragraphs inserted,
 * deleted and renumbered, clauses replaced by [Not used], cross-headings, definitions inserted,
 * amended, renamed and deleted, table rows and cells, statuses set and changed, Appendix and
 * Schedule clauses with their document versions, and a whole new Appendix. For each record:
 * `annex --format all` writes its five files; `apply --instructions` of its amending instructions
 * leaves the text the legal text leaves; `mod import` of its Word annex gives the legal text back
 * byte for byte; and LibreOffice's Accept All and Reject All of the Word annex read as the two
 * versions, paragraph by paragraph.
 */
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {loadAnnex} from '../../src/annex/load-annex.js'
import {openCorpus} from '../../src/corpus/corpus.js'
import {applyModifications} from '../../src/modify/apply-modification.js'
import {loadModification, modificationBase} from '../../src/modify/load-modification.js'
import {sourceParagraphs} from '../annex/read-annex-formats.js'
import {runCli} from '../helpers/cli.js'
import {provisionsAndRows, readWithLibreOffice, runLibreOfficeTests} from '../helpers/libreoffice.js'
// @ts-expect-error: a plain ES module without types
import {generateCorpus} from '../bench/generate-corpus.mjs'

const work = mkdtempSync(path.join(tmpdir(), 'sec-redline-annex-full-'))
const root = path.join(work, 'corpus')
afterAll(() => rmSync(work, {recursive: true, force: true}))

let ids: string[] = []
const annexFile = (id: string, extension: string): string => path.join(root, 'out', id, `${id}-annex-a.${extension}`)
const instructionsFile = (id: string): string => path.join(root, 'out', id, `${id}-instructions.txt`)

describe('every change record of the full-size synthetic corpus, end to end', () => {
  beforeAll(async () => {
    await generateCorpus(root, {scale: 1, seed: 11})
    ids = readdirSync(path.join(root, 'modifications')).sort()
    for (const id of ids) {
      const written = runCli(['--root', root, 'annex', id, '--format', 'all', '--out', path.join(root, 'out', id)])
      expect(written.stderr, id).toBe('')
      expect(written.status, id).toBe(0)
    }
  }, 600_000)

  it('annex --format all writes the five files of each of the 40 records', () => {
    expect(ids).toHaveLength(40)
    for (const id of ids) for (const extension of ['md', 'html', 'docx', 'pdf']) expect(existsSync(annexFile(id, extension)), `${id} ${extension}`).toBe(true)
    for (const id of ids) expect(existsSync(instructionsFile(id)), id).toBe(true)
  })

  it('apply --instructions of each record leaves the text its legal text leaves', () => {
    for (const id of ids) {
      const byLegalText = runCli(['--root', root, 'apply', id, '--format', 'md'])
      const byInstructions = runCli(['--root', root, 'apply', id, '--instructions', instructionsFile(id), '--format', 'md'])
      expect(byInstructions.stderr, id).toBe(byLegalText.stderr)
      expect(byInstructions.status, id).toBe(0)
      expect(byInstructions.stdout, id).toBe(byLegalText.stdout)
    }
  }, 240_000)

  it('mod import of each Word annex gives the record’s legal text back, byte for byte', () => {
    for (const id of ids) {
      const copy = `X${id}`
      const imported = runCli(['--root', root, 'mod', 'import', annexFile(id, 'docx'), '--id', copy])
      expect(imported.status, `${id}: ${imported.stderr}`).toBe(0)
      expect(readFileSync(path.join(root, 'modifications', copy, 'legal-text.md'), 'utf8'), id).toBe(readFileSync(path.join(root, 'modifications', id, 'legal-text.md'), 'utf8'))
      rmSync(path.join(root, 'modifications', copy), {recursive: true})
    }
  }, 240_000)

  it.runIf(runLibreOfficeTests)('LibreOffice’s Accept All reads as the record’s text and Reject All as its base, paragraph by paragraph', () => {
    const readings = readWithLibreOffice(ids.map((id) => annexFile(id, 'docx')))
    const corpus = openCorpus(root)
    ids.forEach((id, index) => {
      const modification = loadModification(corpus, id)
      const base = modificationBase(corpus, modification)
      const after = applyModifications(base, [modification])
      const annex = loadAnnex(corpus, id)
      const reading = readings[index]
      expect(reading, id).toBeDefined()
      if (!reading) return
      expect(provisionsAndRows(reading.accept), `${id} accept`).toEqual(sourceParagraphs(annex, after.sections, 'accept'))
      expect(provisionsAndRows(reading.reject), `${id} reject`).toEqual(sourceParagraphs(annex, base.sections, 'reject'))
    })
  }, 300_000)
})
