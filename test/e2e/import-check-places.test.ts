import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, repoRoot, runCli} from '../helpers/cli.js'
import {pandoc} from '../import/office.js'

/**
 * `import --check` cites each differing provision where it stands in the source document (a Word
 * paragraph, a line and page of text), never in the canonical file the import builds in memory.
 * The sources are the stored 6.21 text with one word altered (illustrative, not SEC wording).
 */
describe('redline import --check cites the source', () => {
  it("a Word document pandoc wrote: the changed sub-paragraph at its paragraph of the .docx", () => {
    const root = copyCorpus()
    const dir = mkdtempSync(path.join(tmpdir(), 'redline-check-places-'))
    const docx = path.join(dir, 'section-g.docx')
    const stored = readFileSync(path.join(root, 'sec-text/6.21/section-g.md'), 'utf8')
    const altered = stored.replace('which forms part of a SMETS2+ Device) for which it is the Responsible Supplier,\n\narrangements', 'which forms part of a SMETS2+ Device) for which it is the illustrative Supplier,\n\narrangements')
    expect(altered).not.toBe(stored)
    pandoc(['-f', 'commonmark', '-t', 'docx', '-o', docx], altered)
    const result = runCli(['import', docx, '--as', '6.21', '--check'], {cwd: root})
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/changed G3\.20\(b\) {2}\S*section-g\.docx paragraph \d+\n/)
    expect(result.stdout).not.toContain('import:')
    expect(result.stdout).toContain('[-Responsible-][+illustrative+]')
    // The paragraph cited is the one that holds the altered words.
    const paragraph = Number(/section-g\.docx paragraph (\d+)/.exec(result.stdout)?.[1])
    const report = runCli(['import', docx, '--as', '6.21', '--check', '--report', 'report.json'], {cwd: root})
    expect(report.status).toBe(1)
    const entries = (JSON.parse(readFileSync(path.join(root, 'report.json'), 'utf8')) as {sources: Array<{paragraphs: Array<{place: {paragraph?: number}; target?: string; text: string}>}>}).sources[0]?.paragraphs ?? []
    expect(entries.find((entry) => entry.place.paragraph === paragraph)).toMatchObject({target: 'G3.20(b)'})
  })

  it('a text extracted from a PDF: the changed sub-paragraph at its line of the .txt', () => {
    const root = copyCorpus()
    const fixture = readFileSync(path.join(repoRoot, 'test/import/fixtures/mp087-annex-a.txt'), 'utf8')
    const lines = fixture.split('\n')
    const at = lines.findIndex((line, index) => index > 48 && line.startsWith('(b) (where applicable)'))
    expect(at).toBeGreaterThan(48)
    const altered = fixture.replace(/(G3\.20 Each User shall[\s\S]*?)for which it is the Responsible Supplier/, '$1for which it is the illustrative Supplier')
    expect(altered).not.toBe(fixture)
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'redline-check-places-')), 'annex-a.txt')
    writeFileSync(file, altered)
    const result = runCli(['import', file, '--as', '6.21', '--check'], {cwd: root})
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(`changed G3.20(b)  ${file}:${at + 1}\n`)
    expect(result.stdout).not.toContain('import:')
  })
})
