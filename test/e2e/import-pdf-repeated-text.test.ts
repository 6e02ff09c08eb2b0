import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, runCli} from '../helpers/cli.js'
import {pdfByLibreOffice} from '../import/office.js'

/**
 * Legal wording that repeats on every page is not page furniture: sixty clauses whose second
 * line is the same words, so that line stands at the foot of every page (and throughout the
 * body). LibreOffice writes the Word document and the PDF. Illustrative text, not SEC wording.
 */
const CLAUSES = Array.from(
  {length: 60},
  (_, index) =>
    `G3.${index + 1} Each illustrative Party shall keep an illustrative record number ${index + 1} of the matters notified to it under this Section and shall make it available to the Panel on request within five Working Days.`
)
const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>G</title></head><body>
<h1>Section G: Security</h1>
<h2>G3 Illustrative Part</h2>
${CLAUSES.map((clause) => `<p>${clause}</p>`).join('\n')}
</body></html>`

const expected = (version: string): string =>
  `---\nsection: "G"\ntitle: "Security"\nversion: "${version}"\n---\n\n# Section G: Security\n\n## G3 Illustrative Part\n\n${CLAUSES.map((clause) => clause.replace(/^(\S+)/, '**$1**')).join('\n\n')}\n`

describe('redline import keeps legal wording that every page repeats (LibreOffice wrote the PDF)', () => {
  const {dir, pdf} = pdfByLibreOffice(html, 'hf')

  it('reads every clause whole from the PDF, none of its lines taken for furniture', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], {encoding: 'utf8'}).stdout)?.[1])
    expect(pages).toBeGreaterThan(2)
    const root = copyCorpus()
    const result = runCli(['import', pdf, '--as', '9.41', '--report', 'report.txt'], {cwd: root})
    expect(result.stderr, result.stderr).toMatch(/kept 62, unplaced 0\n$/)
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/9.41/section-g.md'), 'utf8')).toBe(expected('9.41'))
    expect(readFileSync(path.join(root, 'report.txt'), 'utf8')).not.toContain('furniture')
  })

  it('reads every clause whole from the text pdftotext -layout extracts', () => {
    const root = copyCorpus()
    const text = path.join(dir, 'hf-layout.txt')
    expect(spawnSync('pdftotext', ['-layout', pdf, text], {encoding: 'utf8'}).status).toBe(0)
    const result = runCli(['import', text, '--as', '9.42'], {cwd: root})
    expect(result.stderr, result.stderr).toMatch(/kept 62, unplaced 0\n$/)
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/9.42/section-g.md'), 'utf8')).toBe(expected('9.42'))
  })
})
