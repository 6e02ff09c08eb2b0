import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, runCli} from '../helpers/cli.js'
import {pdfByLibreOffice} from '../import/office.js'

/**
 * A table that runs on over page breaks, as the SEC's applicability tables do: LibreOffice lays it
 * out over several pages (repeating its header row on each, as Writer does for a table heading),
 * and the import reads one table. Illustrative text, not SEC wording.
 */
const ROWS = Array.from({length: 70}, (_, index) => [`Illustrative Party ${index + 1}`, `give the illustrative notice numbered ${index + 1}`, `${(index % 9) + 1} Working Days`])
const cell = (text: string, width: string): string => `<td width="${width}"><p>${text}</p></td>`
const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>F</title></head><body>
<h1>Section F: Illustrative Tables</h1>
<p style="margin-left:1cm">F2.11 The following table sets out each party's illustrative obligation:</p>
<table border="1" width="100%">
<thead><tr>${cell('Party', '30%')}${cell('Obligation', '45%')}${cell('Time', '25%')}</tr></thead>
<tbody>
${ROWS.map(([party, obligation, time]) => `<tr>${cell(party as string, '30%')}${cell(obligation as string, '45%')}${cell(time as string, '25%')}</tr>`).join('\n')}
</tbody>
</table>
<p style="margin-left:1cm">F2.12 A clause after the table.</p>
</body></html>`

const expected = (version: string): string =>
  `---\nsection: "F"\ntitle: "Illustrative Tables"\nversion: "${version}"\n---\n\n# Section F: Illustrative Tables\n\n**F2.11** The following table sets out each party's illustrative obligation:\n\n| Party | Obligation | Time |\n| --- | --- | --- |\n${ROWS.map((row) => `| ${row.join(' | ')} |\n`).join('')}\n**F2.12** A clause after the table.\n`

describe('redline import of a table that runs on over page breaks (LibreOffice wrote the PDF)', () => {
  const {dir, pdf} = pdfByLibreOffice(html, 'long')

  it('reads one table from the PDF: every row in order, the header repeated on each new page reported as furniture', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], {encoding: 'utf8'}).stdout)?.[1])
    expect(pages).toBeGreaterThan(1)
    const root = copyCorpus()
    const result = runCli(['import', pdf, '--as', '9.8', '--report', 'report.json'], {cwd: root})
    expect(result.stderr, result.stderr).toMatch(/unplaced 0\n$/)
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/9.8/section-f.md'), 'utf8')).toBe(expected('9.8'))
    const report = readFileSync(path.join(root, 'report.json'), 'utf8')
    const repeated = (report.match(/a table's header row repeated on a new page/g) ?? []).length
    // Writer repeats the heading row on every page after the first: each repetition is accounted for.
    expect(repeated).toBe(pages - 1)
  })

  it('reads the same table from the text pdftotext -layout extracts (pages split by form feeds)', () => {
    const root = copyCorpus()
    const text = path.join(dir, 'long-layout.txt')
    const extracted = spawnSync('pdftotext', ['-layout', pdf, text], {encoding: 'utf8'})
    expect(extracted.status).toBe(0)
    const result = runCli(['import', text, '--as', '9.7'], {cwd: root})
    // The header row repeated at the top of pages 2 to 4 is furniture; the columns stand at other character positions on each page.
    expect(result.stderr, result.stderr).toMatch(/furniture 3, unplaced 0\n$/)
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/9.7/section-f.md'), 'utf8')).toBe(expected('9.7'))
  })
})
