import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from '../helpers/cli.js'
import {draft, freshCorpus} from './modify-helpers.js'

/** A corpus whose 6.21 is 6.17 plus a record that adds G3.20(c) and moves the connector to (b). */
function corpusWithNewItem(): string {
  const root = freshCorpus()
  draft(root, 'MP960', (text) =>
    text
      .replace('which form part of its User Systems; and\n- (b) (where applicable)', 'which form part of its User Systems;\n- (b) (where applicable)')
      .replace(
        'for which it is the Responsible Supplier,\n\narrangements designed',
        'for which it is the Responsible Supplier; and\n- (c) any other Device for which it is responsible,\n\narrangements designed'
      )
  )
  const release = runCli(['--root', root, 'release', '--base', '6.17', '--as', '6.21', 'MP960'])
  expect(release.stderr).toBe('')
  expect(release.status).toBe(0)
  return root
}

describe('one plain-text notation, the provision structure and visible control characters on the terminal', () => {
  it('annex, diff and history mark inserted and deleted words as [+…+] and [-…-], and only so', () => {
    const root = corpusWithNewItem()
    const outputs = [
      runCli(['--root', root, 'annex', 'MP960']),
      runCli(['--root', root, 'diff', '6.17', '6.21']),
      runCli(['--root', root, 'diff', '6.17', '6.21', '--context']),
      runCli(['--root', root, 'history', 'G3.20'])
    ]
    for (const output of outputs) {
      expect(output.stderr).toBe('')
      expect(output.stdout).toContain('[+')
      expect(output.stdout).toContain('[-')
      expect(output.stdout).not.toMatch(/\{\+|\+\}|\{-|-\}/)
    }
  })

  it('history sets out a changed clause as diff does: each sub-paragraph on its own line', () => {
    const root = corpusWithNewItem()
    const history = runCli(['--root', root, 'history', 'G3.20'])
    expect(history.status).toBe(0)
    const block = history.stdout.split('\n\n').find((entry) => entry.startsWith('6.21'))?.split('\n').slice(1).filter((line) => line !== '') ?? []
    expect(block).toContain('    [+(c)+] [+any other Device for which it is responsible,+]')
    expect(block).toContain('    (a) the manufacturers of the hardware and developers of the software and firmware which form part of its User Systems;[- and-]')
    expect(block.filter((line) => line.includes('Supplier') && line.includes('(c)'))).toEqual([])
    // The same lines as the diff's whole-clause view, which indents them four spaces.
    const diff = runCli(['--root', root, 'diff', '6.17', '6.21', '--context']).stdout.split('\n')
    for (const line of block) expect(diff).toContain(`    ${line}`)
  })

  it('show, history and apply write control characters from clause text as visible pictures, never raw', () => {
    const root = freshCorpus()
    const file = path.join(root, 'modifications/MP087/legal-text.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('SMETS2+ Device++}', 'SMETS2+ Device \u0007bell \u001b[31mred\u001b[0m++}'))
    expect(runCli(['--root', root, 'release', '--base', '6.17', '--as', '6.21', 'MP087']).status).toBe(0)
    const outputs = [
      runCli(['--root', root, 'show', 'G3.20(b)', '--at', '6.21']),
      runCli(['--root', root, 'show', 'G3.20']),
      runCli(['--root', root, 'history', 'G3.20(b)']),
      runCli(['--root', root, 'history', 'G3.20']),
      runCli(['--root', root, 'apply', 'MP087'])
    ]
    for (const output of outputs) {
      expect(output.status).toBe(0)
      expect(output.stdout).toContain('␇bell ␛[31mred␛[0m')
      expect(output.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
    }
    const coloured = runCli(['--root', root, 'history', 'G3.20(b)'], {env: {NO_COLOR: undefined, FORCE_COLOR: '1'}})
    expect(coloured.stdout).toContain('␇bell ␛[31mred␛[0m')
    expect(coloured.stdout).not.toContain('\u0007')
    expect(coloured.stdout).not.toContain('\u001b[31mred')
  })
})
