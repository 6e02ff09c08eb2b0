/**
 * `redline check` reads the cells of tables as it reads clause text: a cross-reference to a
 * provision the version does not hold, a table cited where the provision has none, or a
 * misspelt defined term in a cell is a finding at the cell (file:line:col), through the real CLI
 * on a copy of the illustrative tables corpus (test/fixtures/tables-corpus: not SEC text) made a
 * whole code (no excerpt line), so an absent provision is missing rather than outside the corpus.
 */
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repoRoot, runCli} from '../helpers/cli.js'

function tablesCorpus(edit?: (text: string) => string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sec-redline-check-cells-'))
  cpSync(path.join(repoRoot, 'test/fixtures/tables-corpus'), root, {recursive: true})
  const manifest = path.join(root, 'sec-text/1.1/manifest.yaml')
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/^excerpt: .*\n/m, ''))
  const section = path.join(root, 'sec-text/1.1/section-f.md')
  const text = readFileSync(section, 'utf8')
  if (edit) {
    const edited = edit(text)
    expect(edited).not.toBe(text)
    writeFileSync(section, edited)
  }
  writeFileSync(path.join(root, 'redline.config.yaml'), 'rules:\n  numbering: off\n  defined-terms:\n    terms: [Working Day, Party, Obligation, Time, DCC, Network Party, Registration Data Provider, Threshold, Value, Availability, Escape]\n')
  return root
}

interface Message {
  line: number
  column: number
  ruleId: string
  provision: string
  reason: string
}

function check(root: string): {status: number | null; messages: Message[]} {
  const result = runCli(['--root', root, 'check', '--at', '1.1', '--format', 'json'])
  expect(result.stderr).not.toMatch(/\n\s+at /)
  const report = JSON.parse(result.stdout) as {messages: Message[]}
  return {status: result.status, messages: report.messages.map(({line, column, ruleId, provision, reason}) => ({line, column, ruleId, provision, reason}))}
}

describe('check reads table cells (illustrative fixture)', () => {
  it('the fixture as given has no finding in its cells', () => {
    expect(check(tablesCorpus()).messages).toEqual([])
  })

  it('a reference to an absent provision and to a table a provision lacks, in a cell, stand at the cell', () => {
    const root = tablesCorpus((text) => text.replace('| DCC | acknowledge an illustrative request |', '| DCC | acknowledge under Section F2.99 and the table in Section F2.13 |'))
    const result = check(root)
    expect(result.status).toBe(1)
    expect(result.messages).toEqual([
      {line: 17, column: 9, ruleId: 'cross-references', provision: 'F2.11', reason: "Unexpected reference to F2.99 in F2.11, expected a provision of version 1.1; did you mean 'F2.11' or 'F2.12' or 'F2.13'?"},
      {line: 17, column: 9, ruleId: 'cross-references', provision: 'F2.11', reason: 'Unexpected reference to the table in Section F2.13 in F2.11, expected a provision with a table (F2.13 has none)'}
    ])
  })

  it('a misspelt defined term in a cell stands at the cell, in a plain row and in a row with escapes', () => {
    const root = tablesCorpus((text) => text.replace('| Availability | 99.9% |', '| Availability | 99.9% of Working Dyas |').replace('| a \\ b \\<script> |', '| a \\ b \\<script> Working Dyas |'))
    const result = check(root)
    expect(result.status).toBe(1)
    const misspelt = "Unexpected term 'Working Dyas' in F2.12(b), expected the defined term 'Working Day'"
    expect(result.messages).toEqual([
      {line: 28, column: 20, ruleId: 'defined-terms', provision: 'F2.12(b)', reason: misspelt},
      {line: 29, column: 22, ruleId: 'defined-terms', provision: 'F2.12(b)', reason: misspelt}
    ])
  })
})
