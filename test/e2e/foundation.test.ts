import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, repoRoot, runCli} from '../helpers/cli.js'

const preMp087 = '(b) (where applicable) any Smart Metering System (excluding a Communications Hub Function or Gas Proxy Function) for which it is the Responsible Supplier,\n'
const smets2 = '(b) (where applicable) any Smart Metering System (excluding a Communications Hub Function or Gas Proxy Function which forms part of a SMETS2+ Device) for which it is the Responsible Supplier,\n'

/** A copy of the corpus with section G of 6.17 replaced by `text`. */
function corpusWithSection(text: string, name = 'section-g.md'): string {
  const root = copyCorpus()
  rmSync(path.join(root, 'sec-text/6.17/section-g.md'))
  writeFileSync(path.join(root, 'sec-text/6.17', name), text)
  return root
}

const sample = readFileSync('sec-text/6.17/section-g.md', 'utf8')

function expectInputError(result: {status: number | null; stderr: string}, pattern: RegExp): void {
  expect(result.status).toBe(2)
  expect(result.stderr).toMatch(pattern)
  expect(result.stderr).not.toMatch(/^\s+at /m)
}

describe('redline show', () => {
  it('prints G3.20(b) as it stood before MP087', () => {
    const result = runCli(['show', 'G3.20(b)', '--at', '6.17'])
    expect(result).toMatchObject({status: 0, stdout: preMp087})
  })

  it('prints the SMETS2+ wording of G3.17(b) in 6.17 and the general exclusion in 5.19', () => {
    expect(runCli(['show', 'G3.17(b)', '--at', '6.17']).stdout).toBe(smets2)
    expect(runCli(['show', 'G3.17(b)', '--at', '5.19']).stdout).toBe(preMp087)
  })

  it('prints a whole clause as text with its sub-paragraphs and tail', () => {
    const result = runCli(['show', 'G3.17', '--at', '6.17'])
    expect(result.stdout.split('\n')).toEqual([
      'G3.17 Where a User becomes aware of any material security vulnerability in, or likely cause of a material adverse effect on the security of:',
      '    (a) any hardware, software or firmware which forms part of its User Systems; or',
      `    ${smets2.trimEnd()}`,
      'it shall comply with the requirements of Section G3.18.',
      ''
    ])
  })

  it('gives the structured clause as JSON', () => {
    const result = runCli(['show', 'G3.20', '--at', '6.17', '--format', 'json'])
    const json = JSON.parse(result.stdout) as Record<string, unknown>
    expect(json).toMatchObject({
      schema: 'sec-redline/provision@1',
      version: '6.17',
      section: {letter: 'G', title: 'Security'},
      crossHeading: 'Manufacturers: Duty to Notify and Be Notified',
      provision: {id: 'G3.20', kind: 'clause', text: 'Each User shall, wherever it is practicable to do so, establish with:'},
      place: {file: 'sec-text/6.17/section-g.md', line: 26, column: 1}
    })
    expect((json.provision as {items: Array<{id: string}>}).items.map((i) => i.id)).toEqual(['G3.20(a)', 'G3.20(b)'])
  })

  it('gives the canonical markdown with --format md', () => {
    expect(runCli(['show', 'G3.19', '--at', '6.17', '--format', 'md']).stdout).toMatch(/^\*\*G3\.19\*\* A User shall not/)
  })

  it('suggests near provisions for an unknown one', () => {
    expectInputError(runCli(['show', 'G3.20(c)', '--at', '6.17']), /Unknown provision 'G3\.20\(c\)' in version 6\.17.*did you mean 'G3\.20\(a\)' or 'G3\.20\(b\)'/)
    // An ID of no form the tool knows is told apart from a provision the version does not hold.
    for (const id of ['G3.20/tabel', 'AB:', 'A1.1[]', 'G3..20']) expectInputError(runCli(['show', id]), new RegExp(`Unexpected ID form '${id.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}', expected a provision ID such as G3\\.20`))
  })

  it('suggests versions for an unknown one', () => {
    expectInputError(runCli(['show', 'G3.20', '--at', '6.18']), /Unknown version '6\.18', expected one of .*6\.17.*did you mean '6\.17'/)
  })
})

describe('redline versions', () => {
  it('lists the versions with their manifests', () => {
    const result = runCli(['versions'])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^5\.19 {2}first version/m)
    expect(result.stdout).toMatch(/^5\.20 {2}from 5\.19 \+ SEC520/m)
    expect(result.stdout).toMatch(/excerpt: Excerpt of Section G only/)
  })

  it('gives JSON with --format json', () => {
    const json = JSON.parse(runCli(['versions', '--format', 'json']).stdout) as {versions: Array<{version: string; excerpt?: string}>}
    expect(json.versions.map((v) => v.version).slice(0, 3)).toEqual(['5.19', '5.20', '6.17'])
    expect(json.versions.every((v) => v.excerpt?.includes('Excerpt'))).toBe(true)
  })

  it('colours only when asked and allowed', () => {
    expect(runCli(['versions'], {env: {FORCE_COLOR: '1', NO_COLOR: undefined}}).stdout).toContain('\u001b[')
    expect(runCli(['--no-color', 'versions'], {env: {FORCE_COLOR: '1', NO_COLOR: undefined}}).stdout).not.toContain('\u001b[')
    expect(runCli(['versions'], {env: {FORCE_COLOR: '1', NO_COLOR: '1'}}).stdout).not.toContain('\u001b[')
  })
})

describe('global options', () => {
  it('prints --version and --help on every command', () => {
    expect(runCli(['--version'])).toMatchObject({status: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/)})
    for (const command of ['versions', 'show', 'fmt']) {
      const result = runCli([command, '--help'])
      expect(result.status, command).toBe(0)
      expect(result.stdout).toContain(`Usage: redline ${command}`)
    }
  })

  it('reads the corpus from --root', () => {
    const root = copyCorpus()
    expect(runCli(['--root', root, 'show', 'G3.21', '--at', '5.19'], {cwd: '/'}).status).toBe(0)
  })

  it('exits 2 on an unknown option value or command', () => {
    expect(runCli(['show', 'G3.20', '--format', 'xml']).status).toBe(2)
    expect(runCli(['no-such-command']).status).toBe(2)
  })
})

describe('bad corpus input: file:line:col, exit 2, no stack trace', () => {
  it('malformed frontmatter', () => {
    const root = corpusWithSection(sample.replace('title: "Security"', 'title: [Security'))
    expectInputError(runCli(['--root', root, 'show', 'G3.20', '--at', '6.17']), /sec-text\/6\.17\/section-g\.md:\d+:\d+: Malformed YAML/)
  })

  it('a version written as a YAML number', () => {
    const root = corpusWithSection(sample.replace('version: "6.17"', 'version: 6.17'))
    expectInputError(runCli(['--root', root, 'show', 'G3.20', '--at', '6.17']), /section-g\.md:4:1: Unexpected number 6\.17 for 'version', expected a string/)
  })

  it('a section file whose letter does not match its clause IDs', () => {
    const root = corpusWithSection(sample.replace('**G3.19**', '**H3.19**'))
    expectInputError(runCli(['--root', root, 'show', 'G3.20', '--at', '6.17']), /section-g\.md:24:1: Unexpected clause H3\.19 in .*expected a clause of Section G/)
  })

  it('a file name that does not match its section letter', () => {
    const root = corpusWithSection(sample, 'section-h.md')
    expectInputError(runCli(['--root', root, 'show', 'G3.20', '--at', '6.17']), /section-h\.md:2:1: Unexpected section 'G' .*expected 'H'/)
  })

  it('duplicate clause IDs', () => {
    const root = corpusWithSection(sample.replace('**G3.21**', '**G3.20**'))
    expectInputError(runCli(['--root', root, 'show', 'G3.20', '--at', '6.17']), /section-g\.md:33:1: Duplicate clause ID G3\.20, expected each clause once \(first at .*section-g\.md:26:1\)/)
  })

  it('a sub-paragraph label out of sequence', () => {
    const root = corpusWithSection(sample.replace('- (c) ensure', '- (d) ensure'))
    expectInputError(runCli(['--root', root, 'show', 'G3.20', '--at', '6.17']), /section-g\.md:22:3: Unexpected label \(d\) after \(b\) in G3\.18, expected \(c\)/)
  })

  it('a roman numeral where a letter belongs', () => {
    const root = corpusWithSection(sample.replace('- (b) take reasonable', '  - (i) take reasonable'))
    expectInputError(runCli(['--root', root, 'show', 'G3.20', '--at', '6.17']), /section-g\.md:\d+:\d+: Unexpected label \(c\) after \(a\) in G3\.18, expected \(b\)/)
  })

  it('emphasis in clause text', () => {
    const root = corpusWithSection(sample.replace('material security vulnerability in, or likely', 'material *security* vulnerability in, or likely'))
    expectInputError(runCli(['--root', root, 'show', 'G3.20', '--at', '6.17']), /section-g\.md:11:\d+: Unexpected emphasis in clause text, expected plain text/)
  })

  it('a missing sec-text/ folder', () => {
    const root = copyCorpus()
    rmSync(path.join(root, 'sec-text'), {recursive: true})
    expectInputError(runCli(['--root', root, 'versions']), /No sec-text\/ folder in .*expected the corpus root to hold sec-text\/<version>\/ folders/)
  })

  it('an empty sec-text/ folder', () => {
    const root = copyCorpus()
    rmSync(path.join(root, 'sec-text'), {recursive: true})
    mkdirSync(path.join(root, 'sec-text'))
    expectInputError(runCli(['--root', root, 'versions']), /Empty sec-text\/ folder, expected at least one version folder/)
  })

  it('a version folder without a manifest', () => {
    const root = copyCorpus()
    rmSync(path.join(root, 'sec-text/6.17/manifest.yaml'))
    expectInputError(runCli(['--root', root, 'show', 'G3.20', '--at', '6.17']), /sec-text\/6\.17\/manifest\.yaml:1:1: Missing manifest/)
  })

  it('shows a stack trace only with DEBUG', () => {
    const root = corpusWithSection(sample.replace('**G3.21**', '**G3.20**'))
    const result = runCli(['--root', root, 'show', 'G3.20', '--at', '6.17'], {env: {DEBUG: '1'}})
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^\s+at /m)
  })
})

describe('redline fmt', () => {
  it('finds the sample canonical', () => {
    expect(runCli(['fmt', '--check', 'sec-text'])).toMatchObject({status: 0, stdout: ''})
  })

  it('lists non-canonical files with --check and rewrites them without', () => {
    const messy = sample
      .replace('- (a) any hardware', '*   (a) any hardware')
      .replace('(b) (where applicable) any Smart Metering System (excluding', '(b) (where applicable) any Smart Metering System\n  (excluding')
      .replace('### Manufacturers: Duty to Notify and Be Notified', '### Manufacturers: Duty to Notify and Be Notified ###')
    const root = corpusWithSection(messy)
    const file = path.join(root, 'sec-text/6.17/section-g.md')
    const check = runCli(['--root', root, 'fmt', '--check'])
    expect(check.status).toBe(1)
    expect(check.stdout.trim()).toBe(file)
    expect(check.stderr).toMatch(/1 of \d+ files are not canonical/)
    const fmt = runCli(['--root', root, 'fmt'])
    expect(fmt.status).toBe(0)
    expect(readFileSync(file, 'utf8')).toBe(sample)
    expect(runCli(['--root', root, 'fmt', '--check']).status).toBe(0)
  })

  it('refuses a file it does not know, with exit 2', () => {
    expectInputError(runCli(['fmt', 'package.json'], {cwd: repoRoot}), /Unexpected file 'package\.json', expected a section file/)
  })
})
