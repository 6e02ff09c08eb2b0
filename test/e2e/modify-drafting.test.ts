import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repoRoot, runCli} from '../helpers/cli.js'
import {draft, expectInputError, freshCorpus, snapshotTree} from './modify-helpers.js'

describe('redline mod new', () => {
  it("--from a drafter's edited copy writes the CriticMarkup, and it reproduces the committed MP087", () => {
    const root = freshCorpus()
    draft(root, 'MP900', (text) => text.replace('Gas Proxy Function) for which', 'Gas Proxy Function which forms part of a SMETS2+ Device) for which'))
    expect(readFileSync(path.join(root, 'modifications/MP900/legal-text.md'), 'utf8')).toBe(readFileSync(path.join(repoRoot, 'modifications/MP087/legal-text.md'), 'utf8'))
    const meta = readFileSync(path.join(root, 'modifications/MP900/modification.md'), 'utf8')
    expect(meta).toContain('id: "MP900"\n')
    expect(meta).toContain('base: "6.17"\n')
    expect(meta).toContain('status: "draft"\n')
  })

  it('--clauses scaffolds the clauses unchanged; the drafter edits them and the result applies', () => {
    const root = freshCorpus()
    const result = runCli(['--root', root, 'mod', 'new', 'MP901', '--base', '6.17', '--clauses', 'G3.19,G3.21', '--date', '2019-10-04'])
    expect(result.stdout).toBe('wrote modifications/MP901/ (G3.19 unchanged, G3.21 unchanged)\n')
    const file = path.join(root, 'modifications/MP901/legal-text.md')
    const scaffold = readFileSync(file, 'utf8')
    expect(scaffold).toContain('### Manufacturers: Duty to Notify and Be Notified\n\n**G3.19** A User shall not')
    writeFileSync(file, scaffold.replace('already aware of the matter that would otherwise be notified\n', 'already aware of the matter that would otherwise be notified{++.++}\n'))
    expect(runCli(['--root', root, 'apply', 'MP901']).stdout).toContain('otherwise be notified.\n')
  })

  it('refuses an existing ID, an unknown clause and a missing --from file, writing nothing', () => {
    const root = freshCorpus()
    const before = snapshotTree(root)
    expectInputError(runCli(['--root', root, 'mod', 'new', 'MP087', '--base', '6.17', '--clauses', 'G3.20']), /Modification MP087 exists already/)
    expectInputError(runCli(['--root', root, 'mod', 'new', 'MP902', '--base', '6.17', '--clauses', 'G3.99']), /Unknown provision 'G3\.99' in version 6\.17/)
    expectInputError(runCli(['--root', root, 'mod', 'new', 'MP902', '--base', '6.17', '--from', 'nope.md']), /Cannot read nope\.md/)
    expectInputError(runCli(['--root', root, 'mod', 'new', 'MP902', '--base', '6.99', '--clauses', 'G3.20']), /Unknown version '6\.99'/)
    expect(snapshotTree(root)).toEqual(before)
  })
})

describe('conflicts and order', () => {
  it('release does not depend on the order of modifications that touch different text', () => {
    const root = freshCorpus()
    draft(root, 'MPA', (text) => text.replace('the User shall:', 'the User must:'))
    draft(root, 'MPB', (text) => text.replace('Gas Proxy Function) for which', 'Gas Proxy Function which forms part of a SMETS2+ Device) for which'))
    draft(root, 'MPC', (text) => text.replace('Each User shall, wherever', 'Each User shall, where'))
    expect(runCli(['--root', root, 'release', '--base', '6.17', '--as', '7.1', 'MPA', 'MPB', 'MPC']).status).toBe(0)
    expect(runCli(['--root', root, 'release', '--base', '6.17', '--as', '7.2', 'MPC', 'MPB', 'MPA']).status).toBe(0)
    const one = snapshotTree(path.join(root, 'sec-text/7.1'))
    const two = snapshotTree(path.join(root, 'sec-text/7.2'))
    expect(one['section-g.md']?.replace('"7.1"', 'X')).toBe(two['section-g.md']?.replace('"7.2"', 'X'))
    expect(one['section-g.md']).toContain('Each User shall, where it is practicable to do so, establish with:')
    expect(one['section-g.md']).toContain('which forms part of a SMETS2+ Device) for which')
    expect(one['manifest.yaml']).toContain('changes:\n  - "MPA"\n  - "MPB"\n  - "MPC"\n')
  })

  it('two modifications changing the same words: exit 1, both named with the clause and both wordings, nothing written', () => {
    const root = freshCorpus()
    draft(root, 'MPA', (text) => text.replace('Gas Proxy Function) for which', 'Gas Proxy Function which forms part of a SMETS2+ Device) for which'))
    draft(root, 'MPB', (text) => text.replace('Gas Proxy Function) for which', 'Gas Proxy Function of a SMETS1 Device) for which'))
    const before = snapshotTree(root)
    const result = runCli(['--root', root, 'release', '--base', '6.17', '--as', '7.0', 'MPA', 'MPB'])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Conflict in G3.20: MPA and MPB both change the text of G3.20(b), expected changes to different words')
    // Each wording is marked word by word against the base, where the two part.
    expect(result.stderr).toContain('MPA:     "… Proxy Function[+ which forms part of a SMETS2+ Device+]) for …"')
    expect(result.stderr).toContain('MPB:     "… Proxy Function[+ of a SMETS1 Device+]) for …"')
    // At the sub-paragraph's line, and with the next step.
    expect(result.stderr).toMatch(/modifications\/MPB\/legal-text\.md:8:3: Conflict in G3\.20/)
    expect(result.stderr).toContain('next:    release MPA without MPB (redline release --base 6.17 --as <version> MPA), then rebase MPB onto it (redline rebase MPB --onto <version> --write) and resolve the conflict block it writes')
    expect(result.stderr).toContain('base:    "(where applicable) any Smart Metering System (excluding a Communications Hub Function or Gas Proxy Function) for which it is the Responsible Supplier,"')
    expect(snapshotTree(root)).toEqual(before)
  })
})
