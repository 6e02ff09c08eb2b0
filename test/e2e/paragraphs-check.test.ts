import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repoRoot, runCli} from '../helpers/cli.js'

/** The illustrative corpus with texts of several paragraphs (test/fixtures/paragraphs-corpus: not SEC text). */
const fixture = path.join(repoRoot, 'test/fixtures/paragraphs-corpus')
const base = readFileSync(path.join(fixture, 'sec-text/1.0/section-g.md'), 'utf8')

const CONFIG = ['rules:', '  defined-terms:', '    terms: [Party, Panel, Device, Communications Hub]', '  cross-references: {severity: error, outside-corpus: error}', ''].join('\n')

/**
 * The fixture with a finding in each kind of later paragraph (illustrative): an undefined term in
 * the lead-in's second paragraph (line 15) and in a sub-paragraph's second paragraph (line 19), a
 * sub-paragraph's tail without its comma (line 24), a misspelt term in the text between two lists
 * (line 26), a citation of an absent sub-paragraph in the tail's second paragraph (line 33).
 */
const faulty = base
  .replace('illustrative matter affecting:', 'illustrative Matter affecting:')
  .replace('- (a) its own systems; or', '- (a) its own systems\n\n  in an illustrative Way; or')
  .replace('in each case as an illustration,', 'in each case as an illustration')
  .replace('it shall notify the Panel; and', 'it shall notify the Panle; and')
  .replace('The Panel may publish the notice.', 'The Panel may publish the notice under Section G3.17(z).')

function corpusWith(section: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sec-redline-paragraphs-check-'))
  cpSync(fixture, root, {recursive: true})
  writeFileSync(path.join(root, 'redline.config.yaml'), CONFIG)
  writeFileSync(path.join(root, 'sec-text/1.0/section-g.md'), section)
  return root
}

/** The findings of `redline check --format json` (schema sec-redline/check@1): rule, line and column. */
function findings(root: string): Array<[string, number, number]> {
  const result = runCli(['--root', root, 'check', '--format', 'json'])
  expect(result.status).toBe(1)
  const report = JSON.parse(result.stdout) as {messages: Array<{ruleId: string; line: number; column: number; provision: string | null}>}
  // Each message still names its provision.
  expect(report.messages.every((message) => message.provision?.startsWith('G3.17'))).toBe(true)
  return report.messages.map((message): [string, number, number] => [message.ruleId, message.line, message.column])
}

describe('check findings in later paragraphs stand at their paragraph (illustrative fixture)', () => {
  it('a canonical file: each finding at the line and column of the paragraph it is in, not the provision’s first line', () => {
    const root = corpusWith(faulty)
    const lines = faulty.split('\n')
    expect(lines[14]).toBe('Where a Party becomes aware of an illustrative Matter affecting:')
    expect(lines[18]).toBe('  in an illustrative Way; or')
    expect(lines[23]).toBe('  in each case as an illustration')
    expect(lines[25]).toBe('it shall notify the Panle; and where the matter concerns:')
    expect(lines[32]).toBe('The Panel may publish the notice under Section G3.17(z).')
    expect(findings(root)).toEqual([
      ['defined-terms', 15, 1],
      ['defined-terms', 19, 3],
      ['list-punctuation', 24, 3],
      ['defined-terms', 26, 1],
      ['cross-references', 33, 1]
    ])
    const stylish = runCli(['--root', root, 'check'])
    expect(stylish.stdout).toContain("15:1 error Unexpected undefined term 'Matter' in G3.17")
    expect(stylish.stdout).toContain("26:1 error Unexpected undefined term 'Panle' in G3.17(c)")
    expect(stylish.stdout).toContain('33:1 error Unexpected reference to G3.17(z) in G3.17')
  })

  it('a file that is not canonical (read by remark): the same paragraphs, one line further down after a wrapped first line', () => {
    const wrapped = faulty.replace('This illustrative paragraph is the first', 'This illustrative paragraph is\nthe first')
    expect(findings(corpusWith(wrapped))).toEqual([
      ['defined-terms', 16, 1],
      ['defined-terms', 20, 3],
      ['list-punctuation', 25, 3],
      ['defined-terms', 27, 1],
      ['cross-references', 34, 1]
    ])
  })

  it('parallel-wording: a follower that differs in its tail’s second paragraph is a finding at that paragraph', () => {
    const lines = base.split('\n')
    const g317 = lines.slice(12, 31).join('\n')
    // G3.19 reads as G3.17 but for one word in the last paragraph of its tail (illustrative).
    const g319 = g317.replaceAll('G3.17', 'G3.19').replace('The Panel may publish the notice.', 'The Panel may publish a notice.')
    const section = `${base.trimEnd()}\n\n${g319}\n`
    const root = corpusWith(section)
    writeFileSync(path.join(root, 'redline.config.yaml'), `${CONFIG}  parallel-wording:\n    groups:\n      - {reference: G3.17, followers: [G3.19]}\n`)
    const line = section.split('\n').indexOf('The Panel may publish a notice.') + 1
    expect(line).toBeGreaterThan(40)
    const result = runCli(['--root', root, 'check', '--format', 'json'])
    expect(result.status, result.stderr).toBe(1)
    const report = JSON.parse(result.stdout) as {messages: Array<{ruleId: string; line: number; column: number; provision: string | null}>}
    expect(report.messages.filter((message) => message.ruleId === 'parallel-wording').map((m) => [m.provision, m.line, m.column])).toEqual([['G3.19', line, 1]])
  })
})
