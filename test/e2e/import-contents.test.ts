import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, runCli} from '../helpers/cli.js'
import {sofficeConvert} from '../import/office.js'

/** A text file that opens with a table of contents (leader dots and page numbers). Illustrative text, not SEC wording. */
const text = `Section G: Security

Contents

G1 General ........................................ 3
G3 Illustrative Part .............................. 5

G1 General
G1.1 Each illustrative Party shall keep an illustrative record of the matters notified to it
under this Section.
G3 Illustrative Part
G3.1 Each illustrative Party shall keep another illustrative record of the matters notified
to it under this Section.
Illustrative cross-heading
G3.2 Each illustrative Party shall make the records available to the Panel on request within
five Working Days.
`

describe('redline import of a text with a table of contents', () => {
  it('removes the table of contents as furniture, listed in the report, and reads the Parts and cross-heading after it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'redline-import-contents-'))
    writeFileSync(path.join(dir, 'toc.txt'), text)
    const root = copyCorpus()
    const result = runCli(['import', path.join(dir, 'toc.txt'), '--as', '9.81', '--report', 'report.txt'], {cwd: root})
    expect(result.stderr, result.stderr).toMatch(/kept 7, furniture 3, unplaced 0\n$/)
    expect(result.status).toBe(0)
    const report = readFileSync(path.join(root, 'report.txt'), 'utf8')
    expect(report).toMatch(/furniture {3}\S*toc\.txt:3: "Contents" \(a table of contents\)/)
    expect(report).toMatch(/furniture {3}\S*toc\.txt:6: "G3 Illustrative Part \.{30} 5" \(a table of contents\)/)
    expect(readFileSync(path.join(root, 'sec-text/9.81/section-g.md'), 'utf8')).toContain(
      '## G1 General\n\n**G1.1** Each illustrative Party shall keep an illustrative record of the matters notified to it under this Section.\n\n## G3 Illustrative Part\n\n**G3.1** Each illustrative Party shall keep another illustrative record of the matters notified to it under this Section.\n\n### Illustrative cross-heading\n\n**G3.2**'
    )
  })

  it('removes the same table of contents from a PDF LibreOffice wrote from HTML', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'redline-import-contents-pdf-'))
    const [title = '', , ...rest] = text.split('\n\n')
    const paragraphs = [`<h1>${title}</h1>`, '<p>Contents</p>', ...(rest[0] ?? '').split('\n').map((line) => `<p>${line}</p>`)]
    const body = rest.slice(1).join('\n').split(/\n(?=G\d|Illustrative)/).map((block) => block.replace(/\n/g, ' '))
    for (const block of body) paragraphs.push(/^G\d+ /.test(block) ? `<h2>${block}</h2>` : /^G\d/.test(block) ? `<p>${block}</p>` : `<h3>${block}</h3>`)
    writeFileSync(path.join(dir, 'toc.html'), `<!DOCTYPE html><html><head><meta charset="utf-8"><title>G</title></head><body>\n${paragraphs.join('\n')}\n</body></html>`)
    sofficeConvert([path.join(dir, 'toc.html')], 'docx:MS Word 2007 XML', dir)
    sofficeConvert([path.join(dir, 'toc.docx')], 'pdf', path.join(dir, 'pdf'))
    const root = copyCorpus()
    const result = runCli(['import', path.join(dir, 'pdf/toc.pdf'), '--as', '9.82', '--report', 'report.txt'], {cwd: root})
    expect(result.stderr, result.stderr).toMatch(/kept 7, furniture 3, unplaced 0\n$/)
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(root, 'report.txt'), 'utf8')).toMatch(/furniture {3}\S*toc\.pdf: "G1 General \.+ 3" \(a table of contents\)/)
    expect(readFileSync(path.join(root, 'sec-text/9.82/section-g.md'), 'utf8')).toContain('## G3 Illustrative Part\n\n**G3.1**')
  })
})
