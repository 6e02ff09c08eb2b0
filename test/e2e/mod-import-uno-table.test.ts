import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repoRoot, runCli} from '../helpers/cli.js'
import {pandoc} from '../import/office.js'

/**
 * Tracked changes inside tables, recorded by LibreOffice through its UNO API (python3-uno) as a
 * drafter makes them in Writer with Record Changes on: a cell's words changed, a row deleted
 * (Table › Delete › Rows), a row inserted and typed in (Table › Insert › Rows Below), and a cell of a
 * sub-paragraph's table changed. The drafter's copy is the illustrative tables corpus's Section F
 * 1.0 (test/fixtures/tables-corpus, not SEC text) as pandoc writes it to Word; the edits are
 * TBL001's, so `mod import` must give back TBL001's legal text byte for byte.
 */
describe('mod import of table changes that LibreOffice recorded through UNO', () => {
  it('reads a cell change, a deleted row and an inserted row into the CriticMarkup legal text of the table', () => {
    const fixture = path.join(repoRoot, 'test/fixtures/tables-corpus')
    const root = mkdtempSync(path.join(tmpdir(), 'redline-uno-table-'))
    cpSync(path.join(fixture, 'sec-text/1.0'), path.join(root, 'sec-text/1.0'), {recursive: true})
    const expected = readFileSync(path.join(fixture, 'modifications/TBL001/legal-text.md'), 'utf8')
    const dir = mkdtempSync(path.join(tmpdir(), 'redline-uno-table-work-'))
    const section = readFileSync(path.join(root, 'sec-text/1.0/section-f.md'), 'utf8').replace(/^---\n[\s\S]*?\n---\n\n/, '')
    pandoc(['-f', 'gfm', '-t', 'docx', '-o', path.join(dir, 'f.docx')], section)
    const edits = [
      {find: '5 Working Days', at: 0, remove: 1, insert: '3'},
      {deleteRowOf: 'confirm the illustrative details'},
      {insertRowAfter: 'notify the illustrative outcome', cells: ['Registration Data Provider', 'publish the illustrative register', '20 Working Days']},
      {find: '99.5%', at: 3, remove: 1, insert: '9'}
    ]
    writeFileSync(path.join(dir, 'edits.json'), JSON.stringify(edits))
    const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3'
    const uno = spawnSync(python, [path.join(repoRoot, 'test/import/uno/track-changes.py'), path.join(dir, 'f.docx'), path.join(dir, 'tracked.docx'), path.join(dir, 'profile'), path.join(dir, 'edits.json')], {encoding: 'utf8', timeout: 120_000})
    rmSync(path.join(dir, 'profile'), {recursive: true, force: true})
    expect(uno.stderr).toBe('')
    expect(uno.status).toBe(0)

    const file = path.join(dir, 'tracked.docx')
    const result = runCli(['mod', 'import', file, '--id', 'TBL001', '--base', '1.0'], {cwd: root})
    // LibreOffice types U+200D into the first cell of the row it tracks as inserted: removed, and said so.
    expect(result.stderr).toBe(`read ${file}: 5 insertions, 5 deletions\n  authors: Unknown Author\n  clauses: F2.11 amended, F2.12 amended\n  removed: LibreOffice's placeholder of a table row tracked as inserted, U+200D at ${file} paragraph 17\n`)
    expect(result.stdout).toBe('wrote modifications/TBL001/ (TBL001 against 1.0)\n')
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(root, 'modifications/TBL001/legal-text.md'), 'utf8')).toBe(expected)
    // The record builds the version the fixture's release built.
    expect(runCli(['release', 'TBL001', '--base', '1.0', '--as', '1.1'], {cwd: root}).status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/1.1/section-f.md'), 'utf8')).toBe(readFileSync(path.join(fixture, 'sec-text/1.1/section-f.md'), 'utf8'))
  })
})
