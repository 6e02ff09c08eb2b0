import {spawnSync} from 'node:child_process'
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {cliPath, copyCorpus, repoRoot, runCli} from '../helpers/cli.js'
import {draft, expectInputError, freshCorpus, snapshotTree} from './modify-helpers.js'

const smets2 = 'Gas Proxy Function which forms part of a SMETS2+ Device) for which it is the Responsible Supplier,'

describe('redline apply', () => {
  it('shows G3.20(b) of 6.17 with "which forms part of a SMETS2+ Device" inserted by MP087', () => {
    const result = runCli(['apply', 'MP087'])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(`(b) (where applicable) any Smart Metering System (excluding a Communications Hub Function or ${smets2}`)
    expect(result.stdout.startsWith('G3.20 Each User shall')).toBe(true)
  })

  it('applies to another version with --to, and prints markdown or JSON', () => {
    expect(runCli(['apply', 'MP087', '--to', '5.20', '--format', 'md']).stdout).toContain(`- (b) (where applicable) any Smart Metering System (excluding a Communications Hub Function or ${smets2}`)
    const json = JSON.parse(runCli(['apply', 'MP087', '--format', 'json']).stdout) as {clauses: Array<{id: string; change: string}>}
    expect(json.clauses).toEqual([expect.objectContaining({id: 'G3.20', change: 'amended'})])
  })

  it('refuses to apply MP087 to a version whose text differs (5.19 lacks nothing, but SEC520 is another clause)', () => {
    expect(runCli(['apply', 'SEC520', '--to', '5.20']).status).toBe(2)
  })
})

describe('redline verify', () => {
  it('passes on the committed corpus: 5.20 = 5.19 + SEC520, 6.17 = 5.20, 6.21 = 6.17 + MP087', () => {
    const result = runCli(['verify'])
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('✓ 5.20 = 5.19 + SEC520')
    expect(result.stderr).toContain('✓ 6.21 = 6.17 + MP087')
    expect(result.status).toBe(0)
  })

  it('exits 1 naming an unexplained difference', () => {
    const root = copyCorpus()
    const file = path.join(root, 'sec-text/6.21/section-g.md')
    const text = readFileSync(file, 'utf8').replace('reasonably practicable; and', 'practicable; and')
    rmSync(file)
    writeFileSync(file, text)
    const result = runCli(['--root', root, 'verify'])
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/sec-text\/6\.21\/section-g\.md:\d+:\d+: Unexplained difference in G3\.18\(b\) of 6\.21/)
  })

  it('exits 2 at the manifest line when a listed change record is missing (bad input, not a finding)', () => {
    const root = copyCorpus()
    rmSync(path.join(root, 'modifications/SEC520'), {recursive: true})
    const result = runCli(['--root', root, 'verify'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/sec-text\/5\.20\/manifest\.yaml:4:6: Unknown change record 'SEC520' listed by version 5\.20/)
  })
})

describe('redline history', () => {
  it("names MP087 for G3.20(b) and the 5.20 designation for G3.17(b), with a word-level view", () => {
    const g320 = runCli(['history', 'G3.20(b)'])
    expect(g320.status).toBe(0)
    expect(g320.stdout).toContain('6.21  amended from 6.17 by MP087 (modification) "Correction to SEC Section G – User Responsibilities"')
    expect(g320.stdout).toContain('Gas Proxy Function[+ which forms part of a SMETS2+ Device+])')
    expect(g320.stdout).not.toContain('SEC520')
    const g317 = runCli(['history', 'G3.17(b)'])
    expect(g317.stdout).toContain('5.20  amended from 5.19 by SEC520 (designation)')
    expect(g317.stdout).not.toContain('MP087')
    const json = JSON.parse(runCli(['history', 'G3.20', '--format', 'json']).stdout) as {entries: Array<{version: string; records: Array<{id: string}>}>}
    expect(json.entries.map((e) => [e.version, e.records.map((r) => r.id)])).toEqual([['5.19', []], ['6.21', ['MP087']]])
  })

  it("shows a clause's cross-heading retitled, and the record that retitled it; a sub-paragraph's history is its own text", () => {
    const root = freshCorpus()
    draft(root, 'MP950', (text) => text.replace('### Manufacturers: Duty to Notify and Be Notified', '### Manufacturers and Developers: Duty to Notify'))
    draft(root, 'MP951', (text) => text.replace('material adverse effect is rectified', 'material adverse effect is promptly rectified'))
    expect(runCli(['--root', root, 'release', '--base', '6.17', '--as', '6.21', 'MP950', 'MP951']).status).toBe(0)
    const g320 = runCli(['--root', root, 'history', 'G3.20'])
    expect(g320.status).toBe(0)
    expect(g320.stdout).toContain('6.21  retitled from 6.17 by MP950 (modification)')
    expect(g320.stdout).toContain('cross-heading: Manufacturers[+ and Developers+]: Duty to Notify[- and Be Notified-]')
    expect(g320.stdout).not.toContain('MP951')
    const g318 = JSON.parse(runCli(['--root', root, 'history', 'G3.18', '--format', 'json']).stdout) as {entries: Array<{version: string; change: string; records: Array<{id: string}>; heading?: {before: string; after: string}}>}
    expect(g318.entries.at(-1)).toMatchObject({version: '6.21', change: 'amended', records: [{id: 'MP950'}, {id: 'MP951'}], heading: {before: 'Manufacturers: Duty to Notify and Be Notified', after: 'Manufacturers and Developers: Duty to Notify'}})
    expect(runCli(['--root', root, 'history', 'G3.20(b)']).stdout).not.toContain('6.21')
  })

  it('refuses an unknown provision with a suggestion', () => {
    expectInputError(runCli(['history', 'G3.20(z)']), /Unknown provision 'G3\.20\(z\)'.*did you mean/)
  })
})

describe('redline release', () => {
  it('rebuilds the committed 6.21 byte for byte', () => {
    const root = copyCorpus()
    rmSync(path.join(root, 'sec-text/6.21'), {recursive: true})
    const result = runCli(['--root', root, 'release', '--base', '6.17', '--as', '6.21', '--name', 'November 2019 SEC Release', '--date', '2019-11-29', 'MP087'])
    expect(result.status).toBe(0)
    expect(snapshotTree(path.join(root, 'sec-text/6.21'))).toEqual(snapshotTree(path.join(repoRoot, 'sec-text/6.21')))
  })

  it('refuses a target that exists, writing nothing', () => {
    const root = copyCorpus()
    const before = snapshotTree(root)
    expectInputError(runCli(['--root', root, 'release', '--base', '6.17', '--as', '6.21', 'MP087']), /Version 6\.21 exists already/)
    expect(snapshotTree(root)).toEqual(before)
  })

  it('refuses an unknown base version', () => {
    expectInputError(runCli(['release', '--base', '6.99', '--as', '7.0', 'MP087']), /Unknown version '6\.99', expected one of 5\.19, 5\.20, 6\.17, 6\.21/)
  })

  it('leaves sec-text/ unchanged when a write fails part-way (a real failure: the file-size limit stops section-g.md mid-file)', () => {
    const root = copyCorpus()
    rmSync(path.join(root, 'sec-text/6.21'), {recursive: true})
    const before = snapshotTree(path.join(root, 'sec-text'))
    // `ulimit -f 4` allows 2,048 bytes per file: the manifest fits, the 2.6 kB section file is cut off (EFBIG).
    const limited = spawnSync('/bin/sh', ['-c', 'ulimit -f 4 && exec "$0" "$@"', process.execPath, cliPath, '--root', root, 'release', '--base', '6.17', '--as', '6.21', 'MP087'], {encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
    expectInputError({status: limited.status, stdout: limited.stdout, stderr: limited.stderr}, /Cannot write .*6\.21: .*EFBIG.*, expected a writable location/)
    expect(snapshotTree(path.join(root, 'sec-text'))).toEqual(before)
  })
})

describe('IDs and versions with path characters', () => {
  for (const id of ['../MP087', 'a/b', 'a\\b', 'MP 87', '..']) {
    it(`refuses '${id}' everywhere, writing nothing`, () => {
      const root = copyCorpus()
      const before = snapshotTree(root)
      expectInputError(runCli(['--root', root, 'apply', id]), /not a valid ID|expected only letters, digits/)
      expectInputError(runCli(['--root', root, 'release', '--base', '6.17', '--as', id, 'MP087']), /not a valid ID|expected only letters, digits/)
      expectInputError(runCli(['--root', root, 'release', '--base', id, '--as', '7.0', 'MP087']), /not a valid ID|expected only letters, digits/)
      expectInputError(runCli(['--root', root, 'mod', 'new', id, '--base', '6.17', '--clauses', 'G3.20']), /not a valid ID|expected only letters, digits/)
      expectInputError(runCli(['--root', root, 'patch', 'MP087', '--as', id]), /not a valid ID|expected only letters, digits/)
      expect(snapshotTree(root)).toEqual(before)
    })
  }
})
