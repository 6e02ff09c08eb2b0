/**
 * Two change records that change one table merge row by row through the real CLI (release and
 * rebase), on copies of the illustrative tables corpus (test/fixtures/tables-corpus: not SEC
 * text): rows are named by their first cell, so changes to different rows both stand and only
 * two changes to one row (or the columns) are a conflict, which names the table and the row.
 */
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {type CliResult, repoRoot, runCli} from '../helpers/cli.js'

const fixture = path.join(repoRoot, 'test/fixtures/tables-corpus')

function copyFixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sec-redline-tables-merge-'))
  cpSync(fixture, dir, {recursive: true})
  return dir
}

function redline(root: string, args: readonly string[], status = 0): CliResult {
  const result = runCli(['--root', root, ...args])
  expect(result.status, `redline ${args.join(' ')}\n${result.stderr}`).toBe(status)
  expect(result.stderr).not.toMatch(/\n\s+at /)
  return result
}

/** Drafts record `id` on 1.1 with `mod new --from`: Section F of 1.1 edited by `edit`. */
function draft(root: string, id: string, edit: (text: string) => string): void {
  const section = readFileSync(path.join(root, 'sec-text/1.1/section-f.md'), 'utf8')
  const edited = edit(section)
  expect(edited).not.toBe(section)
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'sec-redline-tables-edit-')), 'section-f.md')
  writeFileSync(file, edited)
  redline(root, ['mod', 'new', id, '--from', file, '--title', `illustrative ${id}`, '--date', '2026-02-01'])
}

const header = '| Party | Obligation | Time |\n| --- | --- | --- |\n'
const rows = {
  dcc: '| DCC | acknowledge an illustrative request | 3 Working Days |\n',
  network: '| Network Party | notify the illustrative outcome | 15 Working Days |\n',
  provider: '| Registration Data Provider | publish the illustrative register | 20 Working Days |\n'
}
const changeProvider = (time: string) => (text: string): string => text.replace('| 20 Working Days |', `| ${time} |`)
const insertFirst = (text: string): string => text.replace(header, `${header}| Authority | approve | 1 Working Day |\n`)
const appendLast = (text: string): string => text.replace(rows.provider, `${rows.provider}| Supplier Party | report | 5 Working Days |\n`)

describe('tables merged row by row (illustrative fixture)', () => {
  it('release takes two records changing different rows of one table, each row as its record has it', () => {
    const root = copyFixture()
    draft(root, 'TB5', changeProvider('21 Working Days'))
    draft(root, 'TB6', insertFirst)
    redline(root, ['release', '--base', '1.1', '--as', '1.2', '--date', '2026-03-01', 'TB5', 'TB6'])
    const released = readFileSync(path.join(root, 'sec-text/1.2/section-f.md'), 'utf8')
    const old = readFileSync(path.join(root, 'sec-text/1.1/section-f.md'), 'utf8')
    expect(released).toBe(old.replace(header, `${header}| Authority | approve | 1 Working Day |\n`).replace('| 20 Working Days |', '| 21 Working Days |').replace('version: "1.1"', 'version: "1.2"'))
    const diff = redline(root, ['diff', '1.1', '1.2', '--no-color'])
    expect(diff.stdout).toContain('[+Authority | approve | 1 Working Day+]')
    expect(diff.stdout).toContain('Registration Data Provider | publish the illustrative register | [-20 Working Days-][+21 Working Days+]')
  })

  it('release refuses two records changing one row differently (exit 1), naming the table and the row', () => {
    const root = copyFixture()
    draft(root, 'TB5', changeProvider('21 Working Days'))
    draft(root, 'TB8', changeProvider('22 Working Days'))
    const result = redline(root, ['release', '--base', '1.1', '--as', '1.2', 'TB5', 'TB8'], 1)
    expect(result.stderr).toContain('Conflict in F2.11: TB5 and TB8 both change row "Registration Data Provider" of the table in Section F2.11, expected changes to different rows')
    expect(result.stderr).toContain('  base:    "Registration Data Provider | publish the illustrative register | 20 Working Days"')
    expect(result.stderr).toContain('  TB5:     "…register | [-20 Working Days-][+21 Working Days+]"')
    expect(result.stderr).not.toContain('sub-paragraphs')
  })

  it('release refuses one record deleting a row another changes, and one changing the columns while another changes a row', () => {
    const root = copyFixture()
    draft(root, 'TB5', changeProvider('21 Working Days'))
    draft(root, 'TB9', (text) => text.replace(rows.provider, ''))
    const deleted = redline(root, ['release', '--base', '1.1', '--as', '1.2', 'TB5', 'TB9'], 1)
    expect(deleted.stderr).toContain('both change row "Registration Data Provider" of the table in Section F2.11')
    draft(root, 'TB10', (text) => text.replace('| Party | Obligation | Time |', '| Party | Duty | Time |'))
    const columns = redline(root, ['release', '--base', '1.1', '--as', '1.2', 'TB5', 'TB10'], 1)
    expect(columns.stderr).toContain('Conflict in F2.11: TB5 and TB10 both change the table in Section F2.11, expected changes to different rows')
  })

  it('rebase carries a record appending a row over a release that changed other rows', () => {
    const root = copyFixture()
    draft(root, 'TB3', (text) => text.replace('| 3 Working Days |', '| 4 Working Days |').replace('| 15 Working Days |', '| 16 Working Days |'))
    draft(root, 'TB7', appendLast)
    redline(root, ['release', '--base', '1.1', '--as', '1.2', '--date', '2026-03-01', 'TB3'])
    redline(root, ['rebase', 'TB7', '--onto', '1.2', '--write'])
    const record = readFileSync(path.join(root, 'modifications/TB7/legal-text.md'), 'utf8')
    expect(record).toContain(`| DCC | acknowledge an illustrative request | 4 Working Days |\n| Network Party | notify the illustrative outcome | 16 Working Days |\n${rows.provider}{++| Supplier Party | report | 5 Working Days |++}`)
    redline(root, ['release', '--base', '1.2', '--as', '1.3', 'TB7'])
    const released = readFileSync(path.join(root, 'sec-text/1.3/section-f.md'), 'utf8')
    expect(released).toContain(`| 16 Working Days |\n${rows.provider}| Supplier Party | report | 5 Working Days |\n`)
  })

  it('rebase of a record changing the row a release changed writes a conflict block naming the row (exit 1)', () => {
    const root = copyFixture()
    draft(root, 'TB5', changeProvider('21 Working Days'))
    draft(root, 'TB8', changeProvider('22 Working Days'))
    redline(root, ['release', '--base', '1.1', '--as', '1.2', 'TB5'])
    const result = redline(root, ['rebase', 'TB8', '--onto', '1.2', '--write'], 1)
    expect(result.stderr).toContain('TB8 and 1.2 both change row "Registration Data Provider" of the table in Section F2.11')
    expect(readFileSync(path.join(root, 'modifications/TB8/legal-text.md'), 'utf8')).toContain('<<<<<<< conflict in row "Registration Data Provider" of the table in Section F2.11:')
  })
})
