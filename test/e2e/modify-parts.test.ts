import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repoRoot, runCli} from '../helpers/cli.js'

/** The illustrative corpus with parts (test/fixtures/parts-corpus: not SEC text). */
const fixture = path.join(repoRoot, 'test/fixtures/parts-corpus')
const base = readFileSync(path.join(fixture, 'sec-text/1.0/section-g.md'), 'utf8')

function copyFixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sec-redline-parts-'))
  cpSync(fixture, dir, {recursive: true})
  return dir
}

/** Drafts `id` from the drafter's file with `mod new --from`, releases it as 1.1, and returns the released section and the legal text. */
function draftAndRelease(drafted: string, id = 'MP900'): {root: string; released: string; legalText: string} {
  const root = copyFixture()
  const file = path.join(root, 'section-g.md')
  writeFileSync(file, drafted)
  const made = runCli(['--root', root, 'mod', 'new', id, '--base', '1.0', '--from', file, '--date', '2026-01-01'])
  expect(made.stderr).toBe('')
  expect(made.status).toBe(0)
  const released = runCli(['--root', root, 'release', '--base', '1.0', '--as', '1.1', id])
  expect(released.stderr).toBe('')
  expect(released.status).toBe(0)
  return {
    root,
    released: readFileSync(path.join(root, 'sec-text/1.1/section-g.md'), 'utf8'),
    legalText: readFileSync(path.join(root, `modifications/${id}/legal-text.md`), 'utf8')
  }
}

const asReleased = (text: string): string => text.replace('version: "1.0"', 'version: "1.1"')

describe('part headings through mod new --from and release (illustrative fixture)', () => {
  it('a retitled part with a changed clause releases exactly the drafter’s file', () => {
    const drafted = base.replace('## G3 Illustrative Part Three', '## G3 Illustrative Part Three Retitled').replace('report the outcome', 'publish the outcome')
    const {released, legalText} = draftAndRelease(drafted)
    expect(legalText).toContain('## G3 Illustrative Part Three{++ Retitled++}\n')
    expect(released).toBe(asReleased(drafted))
  })

  it('a part retitled with no clause changed is a change of its own', () => {
    const drafted = base.replace('## G2 Illustrative Part Two', '## G2 Illustrative Second Part')
    const {released, legalText} = draftAndRelease(drafted)
    expect(legalText).toBe('# Section G: Security\n\n## G2 Illustrative {~~Part Two~>Second Part~~}\n')
    expect(released).toBe(asReleased(drafted))
  })

  it('a whole new part with its cross-heading and clauses', () => {
    const drafted = `${base}\n## G4 Illustrative New Part\n\n### Notices\n\n**G4.1** Each Party shall give notice of each illustrative matter.\n\n**G4.2** A notice shall be in writing.\n`
    const {released, legalText} = draftAndRelease(drafted)
    expect(legalText).toContain('{++## G4 Illustrative New Part++}\n\n{++### Notices++}\n\n{++**G4.1**')
    expect(released).toBe(asReleased(drafted))
  })

  it('a whole part deleted', () => {
    const drafted = base.slice(0, base.indexOf('## G3 '))
    const {released, legalText} = draftAndRelease(drafted.replace(/\n+$/, '\n'))
    expect(legalText).toContain('{--## G3 Illustrative Part Three--}')
    expect(released).toBe(asReleased(drafted.replace(/\n+$/, '\n')))
  })
})
