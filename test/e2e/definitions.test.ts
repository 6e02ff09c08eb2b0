import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repoRoot, runCli} from '../helpers/cli.js'

/** The illustrative corpus with definitions (test/fixtures/definitions-corpus: not SEC text). */
const fixture = path.join(repoRoot, 'test/fixtures/definitions-corpus')
const sectionA = 'sec-text/1.0/section-a.md'
const base = readFileSync(path.join(fixture, sectionA), 'utf8')

function copyFixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sec-redline-definitions-'))
  cpSync(fixture, dir, {recursive: true})
  return dir
}

const shared = copyFixture()
const show = (...args: string[]): ReturnType<typeof runCli> => runCli(['--root', shared, 'show', ...args])

/** A copy of the fixture whose section A is `text`, and what `cmd` says of it. */
function withSection(text: string, ...cmd: string[]): ReturnType<typeof runCli> & {root: string} {
  const root = copyFixture()
  writeFileSync(path.join(root, sectionA), text)
  return {...runCli(['--root', root, ...cmd]), root}
}

describe('definitions: show (illustrative fixture)', () => {
  it('shows a definition by its ID, with its sub-paragraphs and tail', () => {
    const result = show('A1.1[Anomaly Detection Threshold]')
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toBe(
      [
        'Anomaly Detection Threshold means, in respect of an illustrative Device:',
        '    (a) the number of Alerts that the Device may raise in a Working Day; and',
        '    (b) the value of any one Alert, being:',
        '        (i) a value set by the Panel; or',
        '        (ii) where the Panel has set no value, the default value,',
        '    as published by the Panel from time to time.',
        ''
      ].join('\n')
    )
  })

  it("shows a definition's paragraph, its term matched whatever its case", () => {
    expect(show('A1.1[anomaly detection THRESHOLD](b)(ii)')).toMatchObject({status: 0, stdout: '(ii) where the Panel has set no value, the default value,\n'})
  })

  it('finds a definition by its term alone, case-insensitively, in every format', () => {
    expect(show('working day')).toMatchObject({status: 0, stdout: 'Working Day means any day other than a Saturday, a Sunday or a bank holiday.\n'})
    expect(show('Panel', '--format', 'md')).toMatchObject({status: 0, stdout: '- **Panel** means the illustrative panel established under Section A1.2.\n'})
    const json = JSON.parse(show('Alert Window', '--format', 'json').stdout) as {provision: {id: string; term: string; label: string}; place: {line: number; column: number}}
    expect(json.provision).toMatchObject({id: 'A1.1[Alert Window]', term: 'Alert Window', label: 'Alert Window'})
    expect(json.place).toEqual({file: sectionA, line: 13, column: 3})
  })

  it('an unknown term is a usage error, exit 2', () => {
    const result = show('A1.1[Nonexistent Term]')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain("Unknown provision 'A1.1[Nonexistent Term]' in version 1.0")
  })
})

describe('definitions: canonical form', () => {
  it('the fixture is canonical', () => {
    expect(runCli(['--root', shared, 'fmt', '--check'])).toMatchObject({status: 0, stdout: ''})
  })

  it('fmt writes a loosely typed definitions list back in canonical form', () => {
    const loose = base.replace('- **Panel** means', '*   **Panel**   means').replace('- **Working Day** means', '* __Working Day__ means')
    const result = withSection(loose, 'fmt')
    expect(result.stderr).toBe('1 of 2 files rewritten\n')
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(result.root, sectionA), 'utf8')).toBe(base)
  })
})

describe('definitions: bad input is exit 2 at file:line:col, nothing written', () => {
  it('a term defined twice names both places', () => {
    const twice = base.replace('- **Working Day** means', '- **panel** means a second illustrative panel.\n- **Working Day** means')
    const result = withSection(twice, 'show', 'A1.2')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(`${sectionA}:22:3`)
    expect(result.stderr).toContain("Duplicate definition of 'panel' in A1.1")
    expect(result.stderr).toContain(`first defined as 'Panel' at ${sectionA}:21:3`)
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('a list mixing definitions and labelled sub-paragraphs', () => {
    const mixed = base.replace('- **Panel** means', '- (c) means')
    const result = withSection(mixed, 'show', 'A1.2')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(`${sectionA}:21:3`)
    expect(result.stderr).toContain('Unexpected labelled sub-paragraph (c) in A1.1, expected a list of definitions only')
  })

  it('a definition with no term', () => {
    const bare = base.replace('- **Panel** means', '- means')
    const result = withSection(bare, 'show', 'A1.2')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(`${sectionA}:21:3`)
    expect(result.stderr).toContain("without a label or a term, expected '- (a) text' or a definition '- **Term** text'")
  })

  it('a term with square brackets', () => {
    const result = withSection(base.replace('- **Panel** means', '- **Panel \\[x\\]** means'), 'show', 'A1.2')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain("Unexpected term 'Panel [x]' in a definition of A1.1")
  })

  it('a definition’s sub-paragraphs restart the schemes at (a)', () => {
    const result = withSection(base.replace('  - (a) the number', '  - (i) the number'), 'show', 'A1.2')
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('Unexpected label (i) in A1.1[Anomaly Detection Threshold], expected (a): depth 1 uses lower-alpha labels')
    expect(result.stderr).toContain(`${sectionA}:15:5`)
  })
})
