/**
 * Tables end to end through the real CLI, on copies of the illustrative tables corpus
 * (test/fixtures/tables-corpus: not SEC text): show by table and row ID, canonical form, bad
 * input, drafting a change record with mod new --from, release, verify, diff, annex and
 * amending instructions applied back.
 */
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {documentXml} from '../annex/read-annex-formats.js'
import {repoRoot, runCli} from '../helpers/cli.js'

const fixture = path.join(repoRoot, 'test/fixtures/tables-corpus')

function copyFixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sec-redline-tables-'))
  cpSync(fixture, dir, {recursive: true})
  return dir
}

describe('tables through the CLI (illustrative fixture)', () => {
  it('show takes a table ID and a row ID, in text, md and json', () => {
    const root = copyFixture()
    const table = runCli(['--root', root, 'show', 'F2.11/table', '--at', '1.0'])
    expect(table.status).toBe(0)
    expect(table.stdout).toBe(
      'Party | Obligation | Time\nDCC | acknowledge an illustrative request | 5 Working Days\nSupplier Party | confirm the illustrative details | 10 Working Days\nNetwork Party | notify the illustrative outcome | 15 Working Days\n'
    )
    const row = runCli(['--root', root, 'show', 'F2.11/table/3'])
    expect(row.stdout).toBe('Party | Obligation | Time\nRegistration Data Provider | publish the illustrative register | 20 Working Days\n')
    const md = runCli(['--root', root, 'show', 'F2.12(b)/table', '--format', 'md'])
    expect(md.stdout).toBe('| Threshold | Value |\n| --- | --- |\n| Availability | 99.9% |\n| Escape \\| test | a \\ b \\<script> |\n')
    const json = JSON.parse(runCli(['--root', root, 'show', 'F2.12(b)/table/2', '--format', 'json']).stdout) as {schema: string; table: {rows: Array<{id: string; cells: string[]}>}; place: {line: number; column: number}}
    expect(json.schema).toBe('sec-redline/table@1')
    expect(json.table.rows).toEqual([{id: 'F2.12(b)/table/2', cells: ['Escape | test', 'a \\ b <script>']}])
    expect(json.place).toMatchObject({line: 29, column: 3})
    const clause = runCli(['--root', root, 'show', 'F2.11'])
    expect(clause.stdout).toContain('    DCC | acknowledge an illustrative request | 3 Working Days')
  })

  it('refuses a table ID that names no table or no row (exit 2, what was expected)', () => {
    const root = copyFixture()
    const none = runCli(['--root', root, 'show', 'F2.13/table'])
    expect(none.status).toBe(2)
    expect(none.stderr).toContain("Unknown table 'F2.13/table' in version 1.1: F2.13 has no table")
    const row = runCli(['--root', root, 'show', 'F2.11/table/9'])
    expect(row.status).toBe(2)
    expect(row.stderr).toContain('the table in F2.11 has 3 rows, expected F2.11/table/1 to F2.11/table/3')
  })

  it('keeps the corpus canonical, and fmt writes a drafter\'s table canonically', () => {
    const root = copyFixture()
    expect(runCli(['--root', root, 'fmt', '--check']).status).toBe(0)
    const file = path.join(root, 'sec-text/1.1/section-f.md')
    const canonical = readFileSync(file, 'utf8')
    writeFileSync(file, canonical.replace('| Party | Obligation | Time |\n| --- | --- | --- |', 'Party | Obligation | Time\n:--- | :---: | ---:'))
    expect(runCli(['--root', root, 'fmt', '--check']).status).toBe(1)
    expect(runCli(['--root', root, 'fmt']).status).toBe(0)
    expect(readFileSync(file, 'utf8')).toBe(canonical)
  })

  it.each([
    ['a ragged row', (text: string) => text.replace('| DCC | acknowledge an illustrative request | 3 Working Days |', '| DCC | acknowledge an illustrative request |'), /section-f\.md:17:1: Unexpected row 1 of the table in F2\.11 with 2 cells, expected 3/s],
    ['a table with no header delimiter', (text: string) => text.replace('| Party | Obligation | Time |\n| --- | --- | --- |\n', '| Party | Obligation | Time |\n'), /section-f\.md:15:1: Unexpected table in F2\.11 without a header delimiter row/s]
  ])('refuses %s at file:line:col with exit 2, writing nothing', (_, spoil, message) => {
    const root = copyFixture()
    const file = path.join(root, 'sec-text/1.1/section-f.md')
    const spoiled = spoil(readFileSync(file, 'utf8'))
    writeFileSync(file, spoiled)
    for (const args of [['fmt'], ['show', 'F2.11'], ['check']]) {
      const result = runCli(['--root', root, ...args])
      expect(result.status, args.join(' ')).toBe(2)
      expect(result.stderr).toMatch(message)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    }
    expect(readFileSync(file, 'utf8')).toBe(spoiled)
  })

  it('drafts a change record from an edited file (row deleted, row inserted, cells changed), releases exactly that file and verifies', () => {
    const root = copyFixture()
    const base = readFileSync(path.join(root, 'sec-text/1.0/section-f.md'), 'utf8')
    const drafted = base
      .replace('| Network Party | notify the illustrative outcome | 15 Working Days |\n', '')
      .replace('| DCC |', '| Smart DCC |')
      .replace('| Threshold | Value |\n  | --- | --- |\n', '| Threshold | Value |\n  | --- | --- |\n  | Latency \\| p95 | 2 seconds |\n')
    const file = path.join(root, 'drafted.md')
    writeFileSync(file, drafted)
    const made = runCli(['--root', root, 'mod', 'new', 'TBL002', '--base', '1.0', '--from', file, '--date', '2026-11-30'])
    expect(made.stderr).toBe('')
    expect(made.status).toBe(0)
    const legalText = readFileSync(path.join(root, 'modifications/TBL002/legal-text.md'), 'utf8')
    expect(legalText).toContain('{--| Network Party | notify the illustrative outcome | 15 Working Days |--}')
    expect(legalText).toContain('  {++| Latency \\| p95 | 2 seconds |++}')
    expect(legalText).toContain('| {++Smart ++}DCC |')
    const released = runCli(['--root', root, 'release', '--base', '1.0', '--as', '1.2', 'TBL002'])
    expect(released.status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/1.2/section-f.md'), 'utf8')).toBe(drafted.replace('version: "1.0"', 'version: "1.2"'))
    const verified = runCli(['--root', root, 'verify'])
    expect(verified.stdout + verified.stderr).toContain('1.2 = 1.0 + TBL002')
    expect(verified.status).toBe(0)
  })

  it('diffs rows as their own kinds in text and JSON', () => {
    const root = copyFixture()
    const text = runCli(['--root', root, 'diff', '1.0', '1.1'])
    expect(text.status).toBe(0)
    expect(text.stdout).toContain('table row deleted F2.11/table/2')
    expect(text.stdout).toContain('[+Registration Data Provider | publish the illustrative register | 20 Working Days+]')
    const json = JSON.parse(runCli(['--root', root, 'diff', '1.0', '1.1', '--format', 'json']).stdout) as {summary: {totals: Record<string, number>}; changes: Array<{kind: string; id: string; oldId: string | null; newId: string | null}>}
    expect(json.changes.map((c) => [c.kind, c.oldId, c.newId])).toEqual([
      ['row-changed', 'F2.11/table/1', 'F2.11/table/1'],
      ['row-deleted', 'F2.11/table/2', null],
      ['row-added', null, 'F2.11/table/3'],
      ['row-changed', 'F2.12(b)/table/1', 'F2.12(b)/table/1']
    ])
    expect(json.summary.totals).toMatchObject({'row-added': 1, 'row-changed': 2, 'row-deleted': 1})
  })

  it('redlines the tables in every annex format; the Word table tracks the row insertion and deletion', () => {
    const root = copyFixture()
    const out = path.join(root, 'out')
    const result = runCli(['--root', root, 'annex', 'TBL001', '--format', 'all', '--out', out])
    expect(result.status).toBe(0)
    const md = readFileSync(path.join(out, 'TBL001-annex-a.md'), 'utf8')
    expect(md).toContain('| <del>Supplier Party</del> | <del>confirm the illustrative details</del> | <del>10 Working Days</del> |')
    const html = readFileSync(path.join(out, 'TBL001-annex-a.html'), 'utf8')
    expect(html).toContain('<tr data-id="F2.11/table/3" data-status="inserted"><td><ins>Registration Data Provider</ins></td>')
    expect(html).toContain('<td>Escape | test</td><td>a \\ b &#60;script&#62;</td>')
    const xml = documentXml(new Uint8Array(readFileSync(path.join(out, 'TBL001-annex-a.docx'))))
    expect(xml.match(/<w:tbl>/g)).toHaveLength(2)
    expect(xml).toMatch(/<w:trPr>(?:(?!<\/w:trPr>).)*<w:del [^>]*w:author="SECAS"/)
    expect(xml).toMatch(/<w:trPr>(?:(?!<\/w:trPr>).)*<w:ins [^>]*w:author="SECAS"/)
  })

  it('writes amending instructions that apply back to the released text', () => {
    const root = copyFixture()
    const out = path.join(root, 'out')
    expect(runCli(['--root', root, 'annex', 'TBL001', '--format', 'instructions', '--out', out]).status).toBe(0)
    const instructions = readFileSync(path.join(out, 'TBL001-instructions.txt'), 'utf8')
    expect(instructions.split('\n').filter((line) => /^\d+\. /.test(line) || line.startsWith('    |'))).toEqual([
      '1. In the table in Section F2.11, in the row for "DCC", for the entry in the column "Time" substitute "3 Working Days".',
      '2. Delete the row for "Supplier Party" from the table in Section F2.11.',
      '3. Insert the following new row in the table in Section F2.11 after the row for "Network Party":',
      '    | Registration Data Provider | publish the illustrative register | 20 Working Days |',
      '4. In the table in Section F2.12(b), in the row for "Availability", for the entry in the column "Value" substitute "99.9%".'
    ])
    const viaInstructions = runCli(['--root', root, 'apply', 'TBL001', '--instructions', path.join(out, 'TBL001-instructions.txt'), '--format', 'md'])
    const viaRecord = runCli(['--root', root, 'apply', 'TBL001', '--format', 'md'])
    expect(viaInstructions.status).toBe(0)
    expect(viaInstructions.stdout).toBe(viaRecord.stdout)
    expect(viaRecord.stdout).toContain('| Registration Data Provider | publish the illustrative register | 20 Working Days |')
  })

  it('checks references to tables: "the table in Section F2.11" resolves, one to a provision with no table is a finding (exit 1)', () => {
    const root = copyFixture()
    const clean = runCli(['--root', root, 'check'])
    expect(clean.status).toBe(0)
    const file = path.join(root, 'sec-text/1.1/section-f.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('A reference to the table in Section F2.11 is illustrative.', 'A reference to the table in Section F2.12 is illustrative.'))
    const result = runCli(['--root', root, 'check'])
    expect(result.status).toBe(1)
    expect(result.stdout + result.stderr).toContain('Unexpected reference to the table in Section F2.12 in F2.13, expected a provision with a table (F2.12 has none)')
  })
})
