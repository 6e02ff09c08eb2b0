import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, repoRoot, runCli} from '../helpers/cli.js'
import {documentXml, readDocx} from '../annex/read-annex-formats.js'
import {expectInputError} from './modify-helpers.js'

const section617 = readFileSync(path.join(repoRoot, 'sec-text/6.17/section-g.md'), 'utf8')
const section621 = readFileSync(path.join(repoRoot, 'sec-text/6.21/section-g.md'), 'utf8')

/** Writes an edited copy of a section file into the corpus copy, as a drafter's working file. */
function edited(root: string, text: string, name = 'section-g.md'): string {
  const file = path.join(root, name)
  writeFileSync(file, text)
  return file
}

describe('mod new: the base of an edited copy', () => {
  it('refuses a copy of 6.17 drafted against 6.21 (exit 2, naming both versions), writing nothing', () => {
    const root = copyCorpus()
    const file = edited(root, section617.replace('wherever it is practicable', 'where it is practicable'))
    const result = runCli(['--root', root, 'mod', 'new', 'MP994', '--base', '6.21', '--from', file])
    expectInputError(result, /section-g\.md:4:1: Unexpected version "6\.17" in the frontmatter of .*section-g\.md, expected "6\.21" as given by --base/)
    expect(existsSync(path.join(root, 'modifications/MP994'))).toBe(false)
  })

  it("takes the base from the file's frontmatter when --base is not given", () => {
    const root = copyCorpus()
    const file = edited(root, section621.replace('wherever it is practicable', 'where it is practicable'))
    const result = runCli(['--root', root, 'mod', 'new', 'MP995', '--from', file, '--date', '2026-01-05'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const meta = readFileSync(path.join(root, 'modifications/MP995/modification.md'), 'utf8')
    expect(meta).toContain('base: "6.21"')
    // The raised date is the drafter's to set, not today's by default.
    expect(meta).not.toContain('raised:')
  })

  it('refuses a date that is not a real calendar date', () => {
    const root = copyCorpus()
    const file = edited(root, section621.replace('wherever it is practicable', 'where it is practicable'))
    expectInputError(runCli(['--root', root, 'mod', 'new', 'MP996', '--from', file, '--date', '2019-02-29']), /Unexpected date '2019-02-29', expected a calendar date YYYY-MM-DD/)
    const meta = path.join(root, 'modifications/MP087/modification.md')
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('decided: "2019-10-11"', 'decided: "2019-10-32"'))
    expectInputError(runCli(['--root', root, 'apply', 'MP087']), /Unexpected date '2019-10-32' for dates\.decided, expected a calendar date/)
  })
})

describe('mod new: whitespace-only changes', () => {
  it('warns, naming the provision and the column, for a double space and a no-break space', () => {
    const root = copyCorpus()
    const text = section621.replace('Each User shall, wherever', 'Each User shall,  wherever').replace('Gas Proxy Function which', 'Gas Proxy\u00a0Function which')
    const file = edited(root, text)
    const result = runCli(['--root', root, 'mod', 'new', 'MP997', '--from', file, '--date', '2026-01-05'])
    expect(result.status).toBe(0)
    const lines = text.split('\n')
    const g320 = lines.findIndex((l) => l.startsWith('**G3.20**')) + 1
    const column = (lines[g320 - 1] ?? '').indexOf('shall,  ') + 'shall,'.length + 1
    expect(result.stderr).toContain(`section-g.md:${g320}:${column}: warning: G3.20 changes only whitespace (space → 2 spaces)`)
    expect(result.stderr).toMatch(/:14:\d+: warning: G3\.17\(b\) changes only whitespace \(space → no-break space\)/)
  })

  it('the annex shows them: symbols in the terminal, shaded runs in HTML and Word, whose Accept and Reject stay exact', () => {
    const root = copyCorpus()
    const text = section621.replace('Each User shall, wherever', 'Each User shall,  wherever').replace('Gas Proxy Function which', 'Gas Proxy\u00a0Function which')
    expect(runCli(['--root', root, 'mod', 'new', 'MP997', '--from', edited(root, text), '--date', '2026-01-05']).status).toBe(0)
    const terminal = runCli(['--root', root, 'annex', 'MP997'])
    expect(terminal.stdout).toContain('Gas Proxy[-·-][+⍽+]Function')
    expect(terminal.stdout).toContain('Each User shall,[-·-][+··+]wherever')
    expect(runCli(['--root', root, 'annex', 'MP997', '--format', 'all', '--out', path.join(root, 'out')]).status).toBe(0)
    const html = readFileSync(path.join(root, 'out/MP997-annex-a.html'), 'utf8')
    expect(html).toContain('<ins class="ws" title="whitespace only: 2 spaces">  </ins>')
    expect(html).toMatch(/ins\.ws, del\.ws \{ background: #ffe08a/)
    const docx = readFileSync(path.join(root, 'out/MP997-annex-a.docx'))
    expect(documentXml(docx)).toMatch(/<w:ins [^>]*><w:r><w:rPr><w:shd w:fill="FFE08A"[^>]*\/><\/w:rPr><w:t xml:space="preserve">\u00a0<\/w:t>/)
    const g320 = (side: 'accept' | 'reject'): string | undefined => readDocx(docx, side).find((p) => p.startsWith('G3.20'))
    expect(g320('accept')).toContain('Each User shall,  wherever')
    expect(g320('reject')).toContain('Each User shall, wherever')
  })
})
