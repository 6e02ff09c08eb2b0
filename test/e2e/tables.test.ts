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
import {canReadPdf, pdfText} from '../annex/read-annex-pdf.js'
import {type CliResult, repoRoot, runCli} from '../helpers/cli.js'

const fixture = path.join(repoRoot, 'test/fixtures/tables-corpus')

function copyFixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sec-redline-tables-'))
  cpSync(fixture, dir, {recursive: true})
  return dir
}

/** Runs `redline --root <root> <args>` and expects its exit status (0 unless given); the whole result, for more assertions. */
function redline(root: string, args: readonly string[], status = 0): CliResult {
  const result = runCli(['--root', root, ...args])
  expect(result.status, `redline ${args.join(' ')}\n${result.stderr}`).toBe(status)
  if (status !== 2) expect(result.stderr).not.toMatch(/\n\s+at /)
  return result
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
    if (canReadPdf) {
      // The PDF draws a grid: each row reads as one line, its cells in order, the deleted and inserted rows included.
      const lines = pdfText(new Uint8Array(readFileSync(path.join(out, 'TBL001-annex-a.pdf'))), {layout: true}).split('\n').map((line) => line.trim().split(/\s+/).join(' '))
      for (const row of ['Party Obligation Time', 'Supplier Party confirm the illustrative details 10 Working Days', 'Network Party notify the illustrative outcome 15 Working Days', 'Registration Data Provider publish the illustrative register 20 Working Days', 'Threshold Value', 'Escape | test a \\ b <script>']) {
        expect(lines, row).toContain(row)
      }
    }
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

  it('reads the instructions back with curly quotes as Word and pandoc write them (“DCC”, “Time”)', () => {
    const root = copyFixture()
    const out = path.join(root, 'out')
    expect(runCli(['--root', root, 'annex', 'TBL001', '--format', 'instructions', '--out', out]).status).toBe(0)
    const straight = readFileSync(path.join(out, 'TBL001-instructions.txt'), 'utf8')
    // Each pair of straight quotes becomes “…”, as a word processor's smart quotes make them.
    const curly = straight.replace(/"([^"\n]*)"/g, '“$1”')
    expect(curly).toContain('1. In the table in Section F2.11, in the row for “DCC”, for the entry in the column “Time” substitute “3 Working Days”.')
    expect(curly).not.toContain('"')
    writeFileSync(path.join(out, 'curly.txt'), curly)
    const viaCurly = runCli(['--root', root, 'apply', 'TBL001', '--instructions', path.join(out, 'curly.txt'), '--format', 'md'])
    expect(viaCurly.stderr).not.toMatch(/Unexpected/)
    expect(viaCurly.status).toBe(0)
    expect(viaCurly.stdout).toBe(runCli(['--root', root, 'apply', 'TBL001', '--format', 'md']).stdout)
  })

  it('apply --instructions takes a word change in one entry of a row, refuses words no entry holds, and names the table forms in its help', () => {
    const root = copyFixture()
    const file = path.join(root, 'words.txt')
    writeFileSync(file, '1. In the table in Section F2.12(b), in the row for "Availability", for "99.5%" substitute "99.95%".\n2. In the table in Section F2.11, in the row for "DCC", for "5" substitute "7".\n')
    const applied = runCli(['--root', root, 'apply', 'TBL001', '--instructions', file])
    expect(applied.status, applied.stderr).toBe(0)
    expect(applied.stdout).toContain('        Availability | 99.95%\n')
    expect(applied.stdout).toContain('    DCC | acknowledge an illustrative request | 7 Working Days\n')
    writeFileSync(file, '# illustrative\n1. In the table in Section F2.11, in the row for "Supplier Party", for "fifty" substitute "any".\n')
    const missing = runCli(['--root', root, 'apply', 'TBL001', '--instructions', file])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain(`${file}:2:1: Unexpected words: no entry of the row for "Supplier Party" of the table in Section F2.11 holds them`)
    writeFileSync(file, '1. In the table in Section F2.11, in the row for "DCC", frobnicate "5".\n')
    expect(runCli(['--root', root, 'apply', 'TBL001', '--instructions', file]).stderr).toContain(`${file}:1:1: Unexpected 'frobnicate "…"'`)
    writeFileSync(file, '1. Frobnicate the table.\n')
    const help = runCli(['--root', root, 'apply', 'TBL001', '--instructions', file])
    expect(help.status).toBe(2)
    expect(help.stderr).toContain('`In the table in Section F2.11, in the row for "Availability", for "99.9%" substitute "99.95%".`')
    expect(help.stderr).toContain('`Delete the row for "…" from the table in Section F2.11.`')
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

  it('history attributes a change to a table alone (a cell changed, a row deleted, a row added) to the record and version that made it, in text and JSON', () => {
    const root = copyFixture()
    const clause = redline(root, ['history', 'F2.11']).stdout
    expect(clause).toContain('1.1  amended from 1.0 by TBL001 (modification) "Illustrative table changes (not SEC text)"\ntable F2.11/table: row F2.11/table/1 changed, row F2.11/table/2 deleted, row F2.11/table/3 added\n')
    expect(clause).toContain('    [-Supplier Party | confirm the illustrative details | 10 Working Days-]')
    expect(clause).not.toContain('no change record explains this change')
    const table = redline(root, ['history', 'F2.11/table']).stdout
    expect(table.split('\n\n')[1]).toBe(
      [
        '1.1  amended from 1.0 by TBL001 (modification) "Illustrative table changes (not SEC text)"',
        'table F2.11/table: row F2.11/table/1 changed, row F2.11/table/2 deleted, row F2.11/table/3 added',
        'Party | Obligation | Time',
        'DCC | acknowledge an illustrative request | [-5 Working Days-][+3 Working Days+]',
        '[-Supplier Party | confirm the illustrative details | 10 Working Days-]',
        'Network Party | notify the illustrative outcome | 15 Working Days',
        '[+Registration Data Provider | publish the illustrative register | 20 Working Days+]\n'
      ].join('\n')
    )
    // A sub-paragraph's table is its sub-paragraph's, and its clause's.
    expect(redline(root, ['history', 'F2.12(b)']).stdout).toContain('by TBL001 (modification)')
    type Json = {schema: string; provision: string; entries: Array<{version: string; change: string; records: Array<{id: string}>; tables?: unknown[]; before: string; after: string}>}
    const json = JSON.parse(redline(root, ['history', 'F2.12(b)/table', '--format', 'json']).stdout) as Json
    expect(json.schema).toBe('sec-redline/history@1')
    expect(json.entries.map((entry) => [entry.version, entry.change, entry.records.map((record) => record.id)])).toEqual([['1.0', 'first', []], ['1.1', 'amended', ['TBL001']]])
    expect(json.entries[1]?.tables).toEqual([{id: 'F2.12(b)/table', change: 'amended', rows: [{id: 'F2.12(b)/table/1', change: 'row-changed'}]}])
    expect(json.entries[1]?.after).toBe('Threshold | Value\nAvailability | 99.9%\nEscape | test | a \\ b <script>')
    // A change to the provision's words alone is not the table's: F2.13 has no table.
    expect(redline(root, ['history', 'F2.11/table/2'], 2).stderr).toContain("Unexpected table row ID 'F2.11/table/2' for history, expected a table ID such as F2.11/table")
    expect(redline(root, ['history', 'F2.13/table'], 2).stderr).toContain("Unknown table 'F2.13/table': F2.13 has no table in any stored version")
  })

  it('history names the record that changed only a table, among records that change other words of the same release', () => {
    const root = copyFixture()
    const base = readFileSync(path.join(root, 'sec-text/1.1/section-f.md'), 'utf8')
    const file = path.join(root, 'drafted.md')
    writeFileSync(file, base.replace('| Network Party | notify the illustrative outcome | 15 Working Days |\n', ''))
    redline(root, ['mod', 'new', 'TBL010', '--base', '1.1', '--from', file, '--date', '2026-11-30'])
    writeFileSync(file, base.replace('A reference to the table in Section F2.11 is illustrative.', 'A reference to the table in Section F2.11 is plainly illustrative.'))
    redline(root, ['mod', 'new', 'TBL011', '--base', '1.1', '--from', file, '--date', '2026-11-30'])
    redline(root, ['release', '--base', '1.1', '--as', '1.2', 'TBL010', 'TBL011'])
    const history = redline(root, ['history', 'F2.11']).stdout
    expect(history).toContain('1.2  amended from 1.1 by TBL010 (modification)')
    expect(history).toContain('table F2.11/table: row F2.11/table/2 deleted\n')
    expect(history).not.toMatch(/1\.2 [^\n]*TBL011/)
    expect(redline(root, ['history', 'F2.11/table']).stdout).toMatch(/1\.2 {2}amended from 1\.1 by TBL010 \(modification\)[^\n]*\n/)
    expect(redline(root, ['history', 'F2.13']).stdout).toMatch(/1\.2 {2}amended from 1\.1 by TBL011 \(modification\)/)
  })

  it('a table in an Appendix: shown by its ID (AB:2.11/table), drafted, released, diffed, redlined, amended by instructions, followed by history; "Table 2" and "the table in Section 2.11" checked', () => {
    const root = copyFixture()
    const appendix = (version: string): string =>
      [
        '---',
        'appendix: "AB"',
        'title: "Illustrative Service Document"',
        `version: "${version}"`,
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
        '**2.12** The DCC shall meet the illustrative targets in Table 2:',
        '',
        '| Target | Value |',
        '| --- | --- |',
        '| Availability | 99.5% |',
        '',
        '**2.13** The times in the table in Section 2.11 and the targets in Table 2 are illustrative.',
        ''
      ].join('\n')
    for (const version of ['1.0', '1.1']) writeFileSync(path.join(root, `sec-text/${version}/appendix-ab.md`), appendix(version))
    expect(redline(root, ['verify']).stderr).toContain('1.1 = 1.0 + TBL001')
    expect(redline(root, ['show', 'AB:2.11/table']).stdout).toBe('Service | Time\nIllustrative request | 5 Working Days\nIllustrative report | 10 Working Days\n')
    expect(redline(root, ['show', 'AB:2.11/table/2']).stdout).toBe('Service | Time\nIllustrative report | 10 Working Days\n')
    expect(JSON.parse(redline(root, ['show', 'AB:2.12/table/1', '--format', 'json']).stdout)).toMatchObject({provision: 'AB:2.12', table: {rows: [{id: 'AB:2.12/table/1', cells: ['Availability', '99.5%']}]}})
    expect(redline(root, ['show', 'AB:2.13/table'], 2).stderr).toContain("Unknown table 'AB:2.13/table' in version 1.1: AB:2.13 has no table")
    // Cited from Section F: "Table 2 of Appendix AB" and "the table in Section 2.11 of Appendix AB" resolve.
    const section = path.join(root, 'sec-text/1.1/section-f.md')
    const sectionText = readFileSync(section, 'utf8')
    writeFileSync(section, sectionText.replace('A reference to the table in Section F2.11 is illustrative.', 'A reference to the table in Section F2.11, to Table 2 of Appendix AB and to the table in Section 2.11 of Appendix AB is illustrative.'))
    redline(root, ['check'])
    // Drafted, released and verified.
    const drafted = path.join(root, 'drafted-ab.md')
    writeFileSync(drafted, appendix('1.1').replace('| Illustrative report | 10 Working Days |', '| Illustrative report | 8 Working Days |\n| Illustrative notice | 2 Working Days |'))
    writeFileSync(section, sectionText)
    redline(root, ['mod', 'new', 'TBL020', '--base', '1.1', '--from', drafted, '--date', '2026-11-30'])
    expect(readFileSync(path.join(root, 'modifications/TBL020/legal-text.md'), 'utf8')).toContain('| Illustrative report | {~~10 Working Days~>8 Working Days~~} |\n{++| Illustrative notice | 2 Working Days |++}')
    redline(root, ['release', '--base', '1.1', '--as', '1.2', 'TBL020'])
    expect(readFileSync(path.join(root, 'sec-text/1.2/appendix-ab.md'), 'utf8')).toBe(appendix('1.2').replace('| Illustrative report | 10 Working Days |', '| Illustrative report | 8 Working Days |\n| Illustrative notice | 2 Working Days |'))
    expect(redline(root, ['verify']).stderr).toContain('1.2 = 1.1 + TBL020')
    // Diffed with the rows' own IDs, document prefix included.
    const diff = JSON.parse(redline(root, ['diff', '1.1', '1.2', '--format', 'json']).stdout) as {changes: Array<{kind: string; oldId: string | null; newId: string | null}>}
    expect(diff.changes.map((change) => [change.kind, change.oldId, change.newId])).toEqual([
      ['row-changed', 'AB:2.11/table/2', 'AB:2.11/table/2'],
      ['row-added', null, 'AB:2.11/table/3']
    ])
    expect(redline(root, ['diff', '1.1', '1.2']).stdout).toContain('table row added AB:2.11/table/3')
    // Redlined in every format, the Word table tracking the inserted row.
    const out = path.join(root, 'out')
    redline(root, ['annex', 'TBL020', '--format', 'all', '--out', out])
    expect(readFileSync(path.join(out, 'TBL020-annex-a.md'), 'utf8')).toContain('| <ins>Illustrative notice</ins> | <ins>2 Working Days</ins> |')
    expect(readFileSync(path.join(out, 'TBL020-annex-a.html'), 'utf8')).toContain('<tr data-id="AB:2.11/table/3" data-status="inserted">')
    expect(documentXml(new Uint8Array(readFileSync(path.join(out, 'TBL020-annex-a.docx'))))).toMatch(/<w:trPr>(?:(?!<\/w:trPr>).)*<w:ins [^>]*w:author=/)
    if (canReadPdf) expect(pdfText(new Uint8Array(readFileSync(path.join(out, 'TBL020-annex-a.pdf'))), {layout: true}).replace(/ +/g, ' ')).toContain('Illustrative notice 2 Working Days')
    const instructions = readFileSync(path.join(out, 'TBL020-instructions.txt'), 'utf8')
    expect(instructions).toContain('1. In the table in Section 2.11 of Appendix AB, in the row for "Illustrative report", for the entry in the column "Time" substitute "8 Working Days".')
    expect(instructions).toContain('2. Insert the following new row in the table in Section 2.11 of Appendix AB after the row for "Illustrative report":\n    | Illustrative notice | 2 Working Days |')
    expect(redline(root, ['apply', 'TBL020', '--instructions', path.join(out, 'TBL020-instructions.txt'), '--format', 'md']).stdout).toBe(redline(root, ['apply', 'TBL020', '--format', 'md']).stdout)
    expect(redline(root, ['history', 'AB:2.11/table']).stdout).toContain('1.2  amended from 1.1 by TBL020 (modification) "Draft TBL020"\ntable AB:2.11/table: row AB:2.11/table/2 changed, row AB:2.11/table/3 added\n')
    // Inside the Appendix, "Table 3" and "the table in Section 2.13" name what it does not have: findings, exit 1.
    const released = path.join(root, 'sec-text/1.2/appendix-ab.md')
    writeFileSync(released, readFileSync(released, 'utf8').replace('the table in Section 2.11 and the targets in Table 2', 'the table in Section 2.13 and the targets in Table 3'))
    const findings = redline(root, ['check'], 1).stdout
    expect(findings).toContain('Unexpected reference to Table 3 in AB:2.13, expected a table of Appendix AB (it has 2 tables: Table 1 in Section 2.11 of Appendix AB, Table 2 in Section 2.12 of Appendix AB)')
    expect(findings).toContain('Unexpected reference to the table in Section 2.13 in AB:2.13, expected a provision with a table (AB:2.13 has none)')
  })

  it('a column added to one table and removed from another: drafted, released exactly, diffed, redlined as the old table deleted and the new inserted, and the table substituted by instructions that apply back', () => {
    const root = copyFixture()
    const base = readFileSync(path.join(root, 'sec-text/1.1/section-f.md'), 'utf8')
    const drafted = base
      .replace('| Party | Obligation | Time |\n| --- | --- | --- |', '| Party | Obligation | Time | Notes |\n| --- | --- | --- | --- |')
      .replace(/^(\| (?:DCC|Network Party|Registration Data Provider) \|.*\|)$/gm, (row: string) => `${row} illustrative |`)
      .replace('  | Threshold | Value |\n  | --- | --- |\n  | Availability | 99.9% |\n  | Escape \\| test | a \\ b \\<script> |', '  | Threshold |\n  | --- |\n  | Availability |\n  | Escape \\| test |')
    expect(drafted).not.toBe(base)
    const file = path.join(root, 'drafted.md')
    writeFileSync(file, drafted)
    redline(root, ['mod', 'new', 'TBL030', '--base', '1.1', '--from', file, '--date', '2026-11-30'])
    const legalText = readFileSync(path.join(root, 'modifications/TBL030/legal-text.md'), 'utf8')
    expect(legalText).toContain('{--| Party | Obligation | Time |')
    expect(legalText).toContain('{++| Party | Obligation | Time | Notes |')
    redline(root, ['release', '--base', '1.1', '--as', '1.2', 'TBL030'])
    expect(readFileSync(path.join(root, 'sec-text/1.2/section-f.md'), 'utf8')).toBe(drafted.replace('version: "1.1"', 'version: "1.2"'))
    expect(redline(root, ['verify']).stderr).toContain('1.2 = 1.1 + TBL030')
    // Diffed: the header row changed (the number of columns), every row changed.
    const diff = JSON.parse(redline(root, ['diff', '1.1', '1.2', '--format', 'json']).stdout) as {changes: Array<{kind: string; id: string}>}
    expect(diff.changes.filter((change) => change.id.endsWith('/table')).map((change) => [change.kind, change.id])).toEqual([
      ['row-changed', 'F2.11/table'],
      ['row-changed', 'F2.12(b)/table']
    ])
    // Redlined: the old table deleted whole and the new one inserted whole, in Markdown (two tables each) and Word
    // (one table each, both versions' rows on a shared grid: two would need a paragraph between them that Accept All and Reject All leave).
    const out = path.join(root, 'out')
    redline(root, ['annex', 'TBL030', '--format', 'all', '--out', out])
    const md = readFileSync(path.join(out, 'TBL030-annex-a.md'), 'utf8')
    expect(md).toContain('| <del>Party</del> | <del>Obligation</del> | <del>Time</del> |')
    expect(md).toContain('| <ins>Party</ins> | <ins>Obligation</ins> | <ins>Time</ins> | <ins>Notes</ins> |')
    const xml = documentXml(new Uint8Array(readFileSync(path.join(out, 'TBL030-annex-a.docx'))))
    expect(xml.match(/<w:tbl>/g)).toHaveLength(2)
    // F2.11: 3 columns become 4 (a grid of 12, cells spanning 4 and 3; both headers, then the old rows, then the new); F2.12(b): 2 become 1 (a grid of 2, the new cells spanning 2).
    expect(xml.match(/<w:gridSpan w:val="\d+"\/>/g)?.map((span) => /\d+/.exec(span)?.[0])).toEqual([...Array(3).fill('4'), ...Array(4).fill('3'), ...Array(3 * 3).fill('4'), ...Array(3 * 4).fill('3'), ...Array(3).fill('2')])
    if (canReadPdf) {
      const pdf = pdfText(new Uint8Array(readFileSync(path.join(out, 'TBL030-annex-a.pdf'))), {layout: true}).replace(/ +/g, ' ')
      expect(pdf).toContain('Party Obligation Time Notes')
      expect(pdf).toContain('Party Obligation Time\n')
    }
    // Amending instructions substitute each table whole, and apply back to the same text.
    const instructions = readFileSync(path.join(out, 'TBL030-instructions.txt'), 'utf8')
    expect(instructions).toContain(
      [
        '1. For the table in Section F2.11 substitute the following table:',
        '    | Party | Obligation | Time | Notes |',
        '    | --- | --- | --- | --- |',
        '    | DCC | acknowledge an illustrative request | 3 Working Days | illustrative |'
      ].join('\n')
    )
    expect(instructions).toContain('2. For the table in Section F2.12(b) substitute the following table:\n    | Threshold |\n    | --- |\n    | Availability |\n    | Escape \\| test |\n')
    expect(redline(root, ['apply', 'TBL030', '--instructions', path.join(out, 'TBL030-instructions.txt'), '--format', 'md']).stdout).toBe(redline(root, ['apply', 'TBL030', '--format', 'md']).stdout)
    expect(redline(root, ['history', 'F2.11/table']).stdout).toContain('1.2  amended from 1.1 by TBL030 (modification) "Draft TBL030"\ntable F2.11/table: columns 3 → 4, header row changed')
  })
})
