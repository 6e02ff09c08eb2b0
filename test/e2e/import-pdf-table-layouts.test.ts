import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, runCli} from '../helpers/cli.js'
import {pdfByLibreOffice} from '../import/office.js'

/**
 * Tables laid out as the SEC lays some out, in a PDF LibreOffice wrote and in the text pdftotext
 * -layout extracts from it: a header row centred and right-aligned over its columns, a table whose
 * first column holds sub-paragraph labels (as the applicability tables do), and beside them a list
 * of sub-paragraphs whose labels stand apart from their wrapping text, which stays a list.
 * Illustrative text, not SEC wording.
 */
const cell = (text: string, width: string, align = 'left'): string => `<td width="${width}"><p align="${align}">${text}</p></td>`
const row = (cells: readonly string[], widths: readonly string[]): string => `<tr>${cells.map((text, at) => cell(text, widths[at] as string)).join('')}</tr>`
const OBLIGATIONS = [
  ['DCC', 'notify the User and the Panel of each illustrative matter that arises under this Section within the period set out', '5 Working Days'],
  ['User', 'respond', 'promptly'],
  ['Supplier Party', 'acknowledge the illustrative request', '10 Working Days']
]
const APPLIES = [
  ['(a)', 'Supplier Party', 'Yes'],
  ['(b)', 'Network Party', 'No'],
  ['(c)', 'DCC', 'From the illustrative date']
]
const ITEMS = [
  '(a) give the Panel notice of each illustrative matter that arises under this Section, within the period that the Panel sets out and in the form that it requires; and',
  '(b) keep a record of the notices it gives, and of the illustrative matters they concern, for the period that the Panel sets out.'
]
const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>F</title></head><body>
<h1>Section F: Illustrative Tables</h1>
<p style="margin-left:1cm">F2.11 The following table sets out each party's illustrative obligation:</p>
<table border="1" width="100%">
<tr>${cell('Party', '20%', 'center')}${cell('Obligation', '55%', 'center')}${cell('Time', '25%', 'right')}</tr>
${OBLIGATIONS.map((cells) => row(cells, ['20%', '55%', '25%'])).join('\n')}
</table>
<p style="margin-left:1cm">F2.12 The following table sets out which illustrative obligations apply:</p>
<table border="1" width="100%">
${row(['Paragraph', 'Party', 'Applies'], ['15%', '45%', '40%'])}
${APPLIES.map((cells) => row(cells, ['15%', '45%', '40%'])).join('\n')}
</table>
<p style="margin-left:1cm">F2.13 Each illustrative Party shall:</p>
${ITEMS.map((item) => `<p style="margin-left:2cm; text-indent:-1cm; text-align:justify">${item.replace(' ', '&#9;')}</p>`).join('\n')}
</body></html>`

const table = (rows: readonly (readonly string[])[]): string => `| ${(rows[0] as string[]).join(' | ')} |\n| --- | --- | --- |\n${rows.slice(1).map((cells) => `| ${cells.join(' | ')} |\n`).join('')}`
const expected = (version: string): string =>
  `---\nsection: "F"\ntitle: "Illustrative Tables"\nversion: "${version}"\n---\n\n# Section F: Illustrative Tables\n\n` +
  `**F2.11** The following table sets out each party's illustrative obligation:\n\n${table([['Party', 'Obligation', 'Time'], ...OBLIGATIONS])}\n` +
  `**F2.12** The following table sets out which illustrative obligations apply:\n\n${table([['Paragraph', 'Party', 'Applies'], ...APPLIES])}\n` +
  `**F2.13** Each illustrative Party shall:\n\n${ITEMS.map((item) => `- ${item}\n`).join('')}`

describe('redline import of a centred header row and a first column of labels (LibreOffice wrote the PDF)', () => {
  const {dir, pdf} = pdfByLibreOffice(html, 'layouts')

  it('reads the tables from the PDF: columns from the body under a centred header, labels as first cells; the list stays a list', () => {
    const root = copyCorpus()
    const result = runCli(['import', pdf, '--as', '9.8', '--report', 'report.json'], {cwd: root})
    expect(result.stderr).toBe(`${pdf}: kept 30, unplaced 0\n`)
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/9.8/section-f.md'), 'utf8')).toBe(expected('9.8'))
    const report = JSON.parse(readFileSync(path.join(root, 'report.json'), 'utf8')) as {sources: Array<{paragraphs: Array<{target?: string; text: string}>}>}
    expect(report.sources[0]?.paragraphs.filter((p) => p.target === 'F2.12/table/1').map((p) => p.text)).toEqual(['(a)', 'Supplier Party', 'Yes'])
  })

  it('reads the same from the text pdftotext -layout extracts', () => {
    const root = copyCorpus()
    const text = path.join(dir, 'layouts.txt')
    const extracted = spawnSync('pdftotext', ['-layout', pdf, text], {encoding: 'utf8'})
    expect(extracted.status).toBe(0)
    // The layout text the tests rely on: the header centred and right-aligned, the labels apart from their text.
    expect(readFileSync(text, 'utf8')).toMatch(/^ {3,}Party {3,}Obligation {3,}Time$/m)
    expect(readFileSync(text, 'utf8')).toMatch(/^ +\(a\) {3,}give the Panel/m)
    const result = runCli(['import', text, '--as', '9.7'], {cwd: root})
    expect(result.stderr).toBe(`${text}: kept 30, unplaced 0\n`)
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/9.7/section-f.md'), 'utf8')).toBe(expected('9.7'))
  })
})
