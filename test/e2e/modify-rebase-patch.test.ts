import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, repoRoot, runCli} from '../helpers/cli.js'
import {draft, freshCorpus, snapshotTree} from './modify-helpers.js'

const git = (cwd: string, ...args: string[]): ReturnType<typeof spawnSync> =>
  spawnSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args], {cwd, encoding: 'utf8'})

describe('redline rebase', () => {
  it('re-drafts MP087 onto 5.20 (same G3.20): printed, and written with --write', () => {
    const root = copyCorpus()
    const printed = runCli(['--root', root, 'rebase', 'MP087', '--onto', '5.20'])
    expect(printed.status).toBe(0)
    expect(printed.stdout).toBe(readFileSync(path.join(root, 'modifications/MP087/legal-text.md'), 'utf8'))
    expect(runCli(['--root', root, 'rebase', 'MP087', '--onto', '5.20', '--write']).stdout).toBe('rewrote modifications/MP087/ against 5.20\n')
    expect(readFileSync(path.join(root, 'modifications/MP087/modification.md'), 'utf8')).toContain('base: "5.20"\n')
    expect(runCli(['--root', root, 'apply', 'MP087']).stdout).toContain('which forms part of a SMETS2+ Device')
  })

  it('merges a non-overlapping change in the target', () => {
    const root = freshCorpus()
    draft(root, 'MPT', (text) => text.replace('Each User shall, wherever', 'Each User shall, where'))
    expect(runCli(['--root', root, 'release', '--base', '6.17', '--as', '7.0', 'MPT']).status).toBe(0)
    const result = runCli(['--root', root, 'rebase', 'MP087', '--onto', '7.0'])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('**G3.20** Each User shall, where it is practicable to do so, establish with:')
    expect(result.stdout).toContain('Gas Proxy Function{++ which forms part of a SMETS2+ Device++})')
  })

  it('reports a conflict clause by clause with all three wordings, writing nothing without --write', () => {
    const root = freshCorpus()
    draft(root, 'MPT', (text) => text.replace('Gas Proxy Function) for which', 'Gas Proxy Function of a SMETS1 Device) for which'))
    expect(runCli(['--root', root, 'release', '--base', '6.17', '--as', '7.0', 'MPT']).status).toBe(0)
    const before = snapshotTree(root)
    const result = runCli(['--root', root, 'rebase', 'MP087', '--onto', '7.0'])
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/legal-text\.md:8:3: Conflict in G3\.20: MP087 and 7\.0 both change the text of G3\.20\(b\)/)
    expect(result.stderr).toContain('base:')
    expect(result.stderr).toContain('Function[+ which forms part of a SMETS2+ Device+]) for')
    expect(result.stderr).toContain('Function[+ of a SMETS1 Device+]) for')
    expect(snapshotTree(root)).toEqual(before)
  })
})

describe('redline patch', () => {
  it('gives a diff of the base that git apply accepts, and with --as the same files as redline release', () => {
    const root = freshCorpus()
    expect(git(root, 'init', '-q').status).toBe(0)
    expect(git(root, 'add', '-A').status).toBe(0)
    expect(git(root, 'commit', '-qm', 'base').status).toBe(0)
    const inPlace = runCli(['--root', root, 'patch', 'MP087'])
    expect(inPlace.stdout).toContain('+- (b) (where applicable) any Smart Metering System (excluding a Communications Hub Function or Gas Proxy Function which forms part of a SMETS2+ Device)')
    writeFileSync(path.join(root, 'in-place.diff'), inPlace.stdout)
    expect(git(root, 'apply', '--check', 'in-place.diff').stderr).toBe('')
    const release = runCli(['--root', root, 'patch', 'MP087', '--as', '6.21', '--name', 'November 2019 SEC Release', '--date', '2019-11-29'])
    writeFileSync(path.join(root, 'release.diff'), release.stdout)
    const applied = git(root, 'apply', 'release.diff')
    expect(applied.stderr).toBe('')
    expect(applied.status).toBe(0)
    expect(snapshotTree(path.join(root, 'sec-text/6.21'))).toEqual(snapshotTree(path.join(repoRoot, 'sec-text/6.21')))
    expect(existsSync(path.join(root, 'sec-text/6.17/section-g.md'))).toBe(true)
  })
})
