import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, runCli} from '../helpers/cli.js'
import {expectInputError, snapshotTree} from './modify-helpers.js'

const legalText = readFileSync('modifications/MP087/legal-text.md', 'utf8')

/** A corpus copy whose MP087 legal text is `text`; returns the root. */
function withLegalText(text: string): string {
  const root = copyCorpus()
  writeFileSync(path.join(root, 'modifications/MP087/legal-text.md'), text)
  return root
}

/** Runs `apply MP087` and a release on a corpus with the given legal text: both exit 2 and nothing is written. */
function expectRefused(text: string, pattern: RegExp): string {
  const root = withLegalText(text)
  const before = snapshotTree(root)
  const applied = runCli(['--root', root, 'apply', 'MP087'])
  expectInputError(applied, pattern)
  expectInputError(runCli(['--root', root, 'release', '--base', '6.17', '--as', '6.30', 'MP087']), pattern)
  expect(snapshotTree(root)).toEqual(before)
  return applied.stderr
}

describe('bad legal text, through apply and release', () => {
  it('a context mismatch names the file, line and column and shows where the texts part', () => {
    const stderr = expectRefused(legalText.replace('developers of the software', 'developers of all software'), /Context mismatch in G3\.20\(a\)/)
    expect(stderr).toMatch(/^redline: modifications\/MP087\/legal-text\.md:7:\d+: Context mismatch in G3\.20\(a\) with marks rejected: after ".*developers of " the modification has "all software/m)
    expect(stderr).toContain('legal-text.md:7:59:')
    expect(stderr).toContain('expected "the software and …" as in version 6.17')
  })

  it('a clause ID the base lacks', () => {
    expectRefused(legalText.replace('**G3.20**', '**G3.29**').replace(/\(b\)/, '(b)'), /Unknown clause G3\.29 in version 6\.17.*did you mean 'G3\.20'|Unknown clause G3\.29 in version 6\.17/)
  })

  it('an unclosed mark', () => {
    expectRefused(legalText.replace('++})', ')'), /legal-text\.md:8:\d+: Unclosed '\{\+\+', expected '\+\+\}' to close it/)
  })

  it('a stray closer', () => {
    expectRefused(legalText.replace('{++ which', ' which'), /legal-text\.md:8:\d+: Unexpected '\+\+\}' without an opening '\{\+\+'/)
  })

  it('nested marks', () => {
    expectRefused(legalText.replace('{++ which forms', '{++ which {--forms--}'), /Unexpected '\{--' inside the '\{\+\+'.*expected marks not to nest/)
  })

  it('a substitution without ~>', () => {
    expectRefused(legalText.replace('{++ which forms part of a SMETS2+ Device++}', '{~~ which forms part of a SMETS2+ Device~~}'), /Unexpected substitution without '~>'/)
  })

  it('marks outside any clause', () => {
    expectRefused(legalText.replace('### Manufacturers', '{++Note: new text++}\n\n### Manufacturers'), /legal-text\.md:3:1: Unexpected marks outside any clause/)
  })

  it('the same clause twice in one modification', () => {
    const clause = legalText.slice(legalText.indexOf('**G3.20**'))
    expectRefused(`${legalText}\n${clause}`, /Duplicate clause G3\.20 in one modification, expected each clause once \(first at modifications\/MP087\/legal-text\.md:5:1\)/)
  })

  it('an inserted clause the base already has', () => {
    expectRefused(legalText.replace(/\*\*G3\.20\*\*[^]*$/, '{++**G3.21** A new clause.++}\n'), /Unexpected insertion of G3\.21, expected a new clause number: version 6\.17 already has G3\.21/)
  })

  it('an unknown base version in the record', () => {
    const root = copyCorpus()
    const file = path.join(root, 'modifications/MP087/modification.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('base: "6.17"', 'base: "6.99"'))
    expectInputError(runCli(['--root', root, 'apply', 'MP087']), /modifications\/MP087\/modification\.md:5:1: Unknown base version '6\.99' of MP087/)
  })

  it('an unknown modification, with a suggestion', () => {
    expectInputError(runCli(['apply', 'MP87']), /Unknown modification 'MP87', expected one of MP087, SEC520; did you mean 'MP087'/)
  })
})

describe('what a legal text can express', () => {
  function applyText(text: string): ReturnType<typeof runCli> {
    return runCli(['--root', withLegalText(text), 'apply', 'MP087', '--format', 'md'])
  }

  it('a clause replaced by [Not used], its sub-paragraphs deleted as blocks', () => {
    const text = [
      '# Section G: Security',
      '',
      '**G3.18** {~~The requirements of this Section are that the User shall:~>[Not used]~~}',
      '',
      '{--- (a) wherever it is reasonably practicable to do so notify the manufacturer of the hardware or Device or the developer of the software or firmware (as the case may be);--}',
      '{--- (b) take reasonable steps to ensure that the cause of the vulnerability or likely cause of the material adverse effect is rectified, or its potential impact is mitigated, as soon as is reasonably practicable; and--}',
      '{--- (c) ensure that the Security Sub-Committee is promptly notified of the steps being taken to rectify the cause of the vulnerability or likely cause of the material adverse effect, or to mitigate its potential impact (as the case may be), and the time within which those steps are intended to be completed.--}',
      ''
    ].join('\n')
    const result = applyText(text)
    expect(result.stderr).not.toContain('redline:')
    expect(result.stdout).toBe('**G3.18** [Not used]\n')
  })

  it('a whole clause and a sub-paragraph inserted, a cross-heading changed', () => {
    const text = [
      '# Section G: Security',
      '',
      '### Manufacturers: Duty to Notify and Be Notified{++ of Vulnerabilities++}',
      '',
      '**G3.21** Any arrangements established in accordance with Section G3.20 may provide that the manufacturer or developer (as the case may be) need not be required to notify the User where that manufacturer or developer has reason to be satisfied that the User is already aware of the matter that would otherwise be notified under the arrangements.',
      '',
      '{++**G3.22** Each User shall keep a record of the arrangements:',
      '',
      '- (a) it has established; and',
      '- (b) it has ended.++}',
      ''
    ].join('\n')
    const root = withLegalText(text)
    expect(runCli(['--root', root, 'apply', 'MP087']).stdout).toContain('G3.22 Each User shall keep a record of the arrangements:\n    (a) it has established; and')
    expect(runCli(['--root', root, 'release', '--base', '6.17', '--as', '6.30', 'MP087']).status).toBe(0)
    const written = readFileSync(path.join(root, 'sec-text/6.30/section-g.md'), 'utf8')
    expect(written).toContain('### Manufacturers: Duty to Notify and Be Notified of Vulnerabilities\n')
    expect(written.trimEnd().endsWith('- (b) it has ended.')).toBe(true)
    const manifest = readFileSync(path.join(root, 'sec-text/6.30/manifest.yaml'), 'utf8')
    expect(manifest).toContain('Versions 6.18 to 6.29 are not in this corpus.')
  })
})

describe('redline fmt on change records', () => {
  it('finds modification.md canonical, and refuses a bad one with its place', () => {
    expect(runCli(['fmt', '--check', 'modifications']).status).toBe(0)
    const root = copyCorpus()
    const file = path.join(root, 'modifications/MP087/modification.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: "implemented"', 'status: "done"'))
    expectInputError(runCli(['--root', root, 'fmt', '--check']), /modifications\/MP087\/modification\.md:7:1: Unexpected status 'done', expected one of draft, proposed, approved, implemented, withdrawn, rejected/)
  })
})
