/**
 * The illustrative corpus with texts of several paragraphs (test/fixtures/paragraphs-corpus: not
 * SEC text) and the drafter's edit the e2e tests of paragraphs share: G3.17 has a lead-in of two
 * paragraphs, a sub-paragraph with a tail, text between two lists and a tail of two paragraphs.
 */
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {expect} from 'vitest'
import {repoRoot, runCli} from '../helpers/cli.js'

export const fixture = path.join(repoRoot, 'test/fixtures/paragraphs-corpus')
export const sectionFile = path.join(fixture, 'sec-text/1.0/section-g.md')
export const base = readFileSync(sectionFile, 'utf8')

/** A fresh copy of the fixture; answers its root. */
export function copyFixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sec-redline-paragraphs-'))
  cpSync(fixture, dir, {recursive: true})
  return dir
}

/**
 * The drafter's edit (illustrative): a word changed in the second paragraph of the lead-in, a
 * paragraph of text between two lists added and one changed, a sub-paragraph's closing words
 * changed, and the last paragraph of the closing words deleted.
 */
export const drafted = base
  .replace('Where a Party becomes aware', 'Where a Party first becomes aware')
  .replace('it shall notify the Panel; and where the matter concerns:', 'it shall notify the Panel.\n\nThis illustrative paragraph is new.\n\nWhere the matter concerns:')
  .replace('in each case as an illustration,', 'in each case as an example,')
  .replace('\n\nThe Panel may publish the notice.', '')

/** A copy of the fixture with MP900 drafted (`mod new --from`) from {@link drafted} and released as 1.1; answers its root. */
export function draftAndRelease(): string {
  const root = copyFixture()
  const file = path.join(root, 'section-g.md')
  writeFileSync(file, drafted)
  const made = runCli(['--root', root, 'mod', 'new', 'MP900', '--base', '1.0', '--from', file, '--date', '2026-01-01'])
  expect(made.stderr).toBe('')
  expect(made.status).toBe(0)
  const released = runCli(['--root', root, 'release', '--base', '1.0', '--as', '1.1', 'MP900'])
  expect(released.stderr).toBe('')
  expect(released.status).toBe(0)
  return root
}
