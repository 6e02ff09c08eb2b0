/**
 * Tables in the Word annex as LibreOffice reads them, through the real CLI on copies of the
 * illustrative tables corpus (not SEC text): a cell changed, a row inserted and a row deleted
 * (TBL001), and a column added to one table and removed from another (drafted here with mod new
 * --from), and a sub-paragraph rewritten without its table (TBL031). Accept All must give the new
 * version's paragraphs and table rows, Reject All the old, and no paragraph of any style left empty.
 */
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadAnnex} from '../../src/annex/load-annex.js'
import {openCorpus} from '../../src/corpus/corpus.js'
import {expectedParagraphs} from '../annex/read-annex-formats.js'
import {repoRoot, runCli} from '../helpers/cli.js'
import {emptyParagraphs, provisionsAndRows, readWithLibreOffice, runLibreOfficeTests} from '../helpers/libreoffice.js'

describe.runIf(runLibreOfficeTests)('tables in the Word annex, read by LibreOffice (illustrative fixture)', () => {
  it('Accept All gives the new rows and Reject All the old: cells changed, rows inserted and deleted, columns added and removed', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sec-redline-tables-lo-'))
    cpSync(path.join(repoRoot, 'test/fixtures/tables-corpus'), root, {recursive: true})
    const base = readFileSync(path.join(root, 'sec-text/1.1/section-f.md'), 'utf8')
    const drafted = base
      .replace('| Party | Obligation | Time |\n| --- | --- | --- |', '| Party | Obligation | Time | Notes |\n| --- | --- | --- | --- |')
      .replace(/^(\| (?:DCC|Network Party|Registration Data Provider) \|.*\|)$/gm, (row: string) => `${row} illustrative |`)
      .replace('  | Threshold | Value |\n  | --- | --- |\n  | Availability | 99.9% |\n  | Escape \\| test | a \\ b \\<script> |', '  | Threshold |\n  | --- |\n  | Availability |\n  | Escape \\| test |')
    writeFileSync(path.join(root, 'drafted.md'), drafted)
    expect(runCli(['--root', root, 'mod', 'new', 'TBL030', '--base', '1.1', '--from', path.join(root, 'drafted.md'), '--date', '2026-11-30']).status).toBe(0)
    const rewritten = base.replace('- (b) meet the illustrative thresholds in the following table:\n\n  | Threshold | Value |\n  | --- | --- |\n  | Availability | 99.9% |\n  | Escape \\| test | a \\ b \\<script> |\n', '- (b) meet the illustrative thresholds.\n')
    expect(rewritten).not.toBe(base)
    writeFileSync(path.join(root, 'rewritten.md'), rewritten)
    expect(runCli(['--root', root, 'mod', 'new', 'TBL031', '--base', '1.1', '--from', path.join(root, 'rewritten.md'), '--date', '2026-11-30']).status).toBe(0)
    const files: Array<{id: string; file: string}> = []
    for (const id of ['TBL001', 'TBL030', 'TBL031']) {
      const result = runCli(['--root', root, 'annex', id, '--format', 'docx', '--out', path.join(root, 'out')])
      expect(result.stderr).toBe('')
      expect(result.status).toBe(0)
      files.push({id, file: path.join(root, 'out', `${id}-annex-a.docx`)})
    }
    const corpus = openCorpus(root)
    readWithLibreOffice(files.map((entry) => entry.file)).forEach((reading, index) => {
      const id = files[index]?.id ?? ''
      const annex = loadAnnex(corpus, id, {context: 'heading'})
      for (const side of ['accept', 'reject'] as const) {
        const expected = expectedParagraphs(annex, side)
        expect(expected.filter((line) => line.includes(' | ')).length, `${id} has table rows`).toBeGreaterThan(id === 'TBL031' ? 2 : 3)
        expect(provisionsAndRows(reading[side]), `${id} ${side}`).toEqual(expected)
        expect(emptyParagraphs(reading[side]), `${id} ${side}: empty paragraphs`).toEqual([])
      }
    })
  }, 200_000)
})
