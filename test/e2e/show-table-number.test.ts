/**
 * `redline show` by table number, through the real CLI, on a copy of the illustrative tables corpus
 * (test/fixtures/tables-corpus: not SEC text) with an illustrative Appendix AB of two tables added
 * to the copy: "Table 2 of Appendix AB", "Table 2" --in AB, in text, md and json; unknown numbers
 * and documents refused with exit 2.
 */
import {cpSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {type CliResult, repoRoot, runCli} from '../helpers/cli.js'

const APPENDIX_AB = [
  '---',
  'appendix: "AB"',
  'title: "Illustrative Service Document"',
  'version: "1.1"',
  'document-version: "V1.0"',
  '---',
  '',
  '# Appendix AB: Illustrative Service Document',
  '',
  '## 2 Illustrative Service Levels',
  '',
  '**2.11** The DCC shall meet the illustrative times in Table 1:',
  '',
  '| Service | Time |',
  '| --- | --- |',
  '| Illustrative request | 5 Working Days |',
  '| Illustrative report | 10 Working Days |',
  '',
  '**2.12** The DCC shall:',
  '',
  '- (a) meet the illustrative targets in Table 2:',
  '',
  '  | Target | Value |',
  '  | --- | --- |',
  '  | Availability | 99.5% |',
  '',
  '**2.13** No table here.',
  ''
].join('\n')

function corpusWithAppendix(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sec-redline-table-number-'))
  cpSync(path.join(repoRoot, 'test/fixtures/tables-corpus'), root, {recursive: true})
  writeFileSync(path.join(root, 'sec-text/1.1/appendix-ab.md'), APPENDIX_AB)
  return root
}

function redline(root: string, args: readonly string[], status = 0): CliResult {
  const result = runCli(['--root', root, ...args])
  expect(result.status, `redline ${args.join(' ')}\n${result.stderr}`).toBe(status)
  expect(result.stderr).not.toMatch(/\n\s+at /)
  return result
}

describe('redline show by table number (illustrative fixture)', () => {
  const root = corpusWithAppendix()

  it('"Table 2 of Appendix AB" and "Table 2" --in AB show the document\'s second table (tables counted in document order, a sub-paragraph\'s too), as its ID does', () => {
    const byId = redline(root, ['show', 'AB:2.12(a)/table']).stdout
    expect(byId).toBe('Target | Value\nAvailability | 99.5%\n')
    expect(redline(root, ['show', 'Table 2 of Appendix AB']).stdout).toBe(byId)
    expect(redline(root, ['show', 'Table 2', '--in', 'AB']).stdout).toBe(byId)
    expect(redline(root, ['show', 'Table 2', '--in', 'Appendix AB']).stdout).toBe(byId)
    expect(redline(root, ['show', 'Table 1 of Appendix AB']).stdout).toBe(redline(root, ['show', 'AB:2.11/table']).stdout)
    // A Section's tables by number too, with --in.
    expect(redline(root, ['show', 'Table 2', '--in', 'F']).stdout).toBe(redline(root, ['show', 'F2.12(b)/table']).stdout)
  })

  it('md is the table in canonical markdown; json the table schema with the provision that holds it and the table\'s number', () => {
    expect(redline(root, ['show', 'Table 2 of Appendix AB', '--format', 'md']).stdout).toBe(redline(root, ['show', 'AB:2.12(a)/table', '--format', 'md']).stdout)
    expect(redline(root, ['show', 'Table 1', '--in', 'AB', '--format', 'md']).stdout).toBe('| Service | Time |\n| --- | --- |\n| Illustrative request | 5 Working Days |\n| Illustrative report | 10 Working Days |\n')
    const json = JSON.parse(redline(root, ['show', 'Table 2', '--in', 'AB', '--format', 'json']).stdout) as Record<string, unknown>
    expect(json).toMatchObject({schema: 'sec-redline/table@1', version: '1.1', provision: 'AB:2.12(a)', number: 2, table: {id: 'AB:2.12(a)/table', rows: [{id: 'AB:2.12(a)/table/1', cells: ['Availability', '99.5%']}]}, place: {file: 'sec-text/1.1/appendix-ab.md', line: 23}})
  })

  it('an unknown table number, a missing or unknown document, or --in with another ID: a clear message, exit 2', () => {
    expect(redline(root, ['show', 'Table 3 of Appendix AB'], 2).stderr).toBe(
      "redline: Unknown table 'Table 3' of Appendix AB in version 1.1, expected Table 1 to Table 2 (it has 2 tables: Table 1 in Section 2.11 of Appendix AB, Table 2 in Section 2.12(a) of Appendix AB)\n"
    )
    expect(redline(root, ['show', 'Table 1', '--in', 'G', '--at', '1.0'], 2).stderr).toMatch(/Unknown document Section G in version 1\.0/)
    expect(redline(root, ['show', 'Table 2'], 2).stderr).toContain("Unexpected 'Table 2' without its document, expected \"Table 2 of Appendix AB\", \"Table 2 in Schedule 11\" or 'Table 2' --in <document>")
    expect(redline(root, ['show', 'Table 1 of Appendix AZ'], 2).stderr).toContain('Unknown document Appendix AZ in version 1.1')
    expect(redline(root, ['show', 'Table 1', '--in', 'Q1'], 2).stderr).toContain("Unknown document 'Q1' for --in")
    expect(redline(root, ['show', 'Table 1 of Appendix AB', '--in', 'F'], 2).stderr).toContain("'Table 1 of Appendix AB' names Appendix AB")
    expect(redline(root, ['show', 'AB:2.11', '--in', 'AB'], 2).stderr).toContain('expected a numbered table such as "Table 2"')
  })
})
