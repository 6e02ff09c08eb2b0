/**
 * `redline mod import` of a Word annex whose only change is an empty table row inserted or deleted
 * (a row of empty cells: no run to carry the change, only the row's own tracked mark), through the
 * real CLI on a copy of test/fixtures/tables-corpus (illustrative, not SEC wording): read back as the
 * same record from the docx our annex writes and from the same annex LibreOffice re-saved.
 */
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repoRoot, runCli, type CliResult} from '../helpers/cli.js'
import {runLibreOfficeTests} from '../helpers/libreoffice.js'
import {sofficeConvert} from '../import/office.js'

function succeeds(root: string, ...args: string[]): CliResult {
  const result = runCli(['--root', root, '--no-color', ...args])
  expect(result.status, `${args.join(' ')}\n${result.stderr}`).toBe(0)
  return result
}

/** Drafts a record against `base` from its Section F edited. */
function draft(root: string, id: string, base: string, edit: (text: string) => string): void {
  const file = path.join(mkdtempSync(path.join(root, 'edited-')), 'section-f.md')
  const text = readFileSync(path.join(root, `sec-text/${base}/section-f.md`), 'utf8')
  const edited = edit(text)
  expect(edited).not.toBe(text)
  writeFileSync(file, edited)
  succeeds(root, 'mod', 'new', id, '--base', base, '--from', file, '--date', '2026-01-01')
}

/**
 * A copy of the tables corpus with three records whose one change is an empty row: MER1 inserts one
 * in F2.11's table, MER2 in F2.12(b)'s (a sub-paragraph's table), MER3 deletes MER1's (against 1.2,
 * released from MER1); and each one's Word annex.
 */
function corpus(): {root: string; out: string; records: string[]} {
  const root = mkdtempSync(path.join(tmpdir(), 'sec-redline-empty-row-'))
  cpSync(path.join(repoRoot, 'test/fixtures/tables-corpus'), root, {recursive: true})
  draft(root, 'MER1', '1.1', (text) => text.replace('| Network Party | notify the illustrative outcome | 15 Working Days |\n', '$&|  |  |  |\n'))
  draft(root, 'MER2', '1.1', (text) => text.replace('  | Availability | 99.9% |\n', '$&  |  |  |\n'))
  expect(readFileSync(path.join(root, 'modifications/MER1/legal-text.md'), 'utf8')).toContain('{++|  |  |  |++}')
  succeeds(root, 'release', '--base', '1.1', '--as', '1.2', 'MER1')
  draft(root, 'MER3', '1.2', (text) => text.replace('|  |  |  |\n', ''))
  expect(readFileSync(path.join(root, 'modifications/MER3/legal-text.md'), 'utf8')).toContain('{--|  |  |  |--}')
  const out = path.join(root, 'out')
  const records = ['MER1', 'MER2', 'MER3']
  for (const id of records) succeeds(root, 'annex', id, '--format', 'docx', '--out', out)
  return {root, out, records}
}

const legalText = (root: string, id: string): string => readFileSync(path.join(root, `modifications/${id}/legal-text.md`), 'utf8')

describe('mod import of an empty table row inserted or deleted as the only change (illustrative tables)', () => {
  it('from the Word annex our annex writes: each record read back as itself', () => {
    const {root, out, records} = corpus()
    for (const id of records) {
      const imported = succeeds(root, 'mod', 'import', path.join(out, `${id}-annex-a.docx`), '--id', `${id}W`)
      expect(legalText(root, `${id}W`), id).toBe(legalText(root, id))
      expect(imported.stderr, id).toContain(id === 'MER3' ? '0 insertions, 1 deletion' : '1 insertion, 0 deletions')
    }
  })

  it.runIf(runLibreOfficeTests)('from the same annexes re-saved by LibreOffice: each record read back as itself', () => {
    const {root, out, records} = corpus()
    const saved = path.join(root, 'libreoffice')
    sofficeConvert(records.map((id) => path.join(out, `${id}-annex-a.docx`)), 'docx:MS Word 2007 XML', saved)
    for (const id of records) {
      succeeds(root, 'mod', 'import', path.join(saved, `${id}-annex-a.docx`), '--id', `${id}L`)
      expect(legalText(root, `${id}L`), id).toBe(legalText(root, id))
    }
  })
})
