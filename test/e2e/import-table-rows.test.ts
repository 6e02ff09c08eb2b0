import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, runCli} from '../helpers/cli.js'
import {makeDocx, para, run, table} from '../import/make-docx.js'
import {sofficeConvert} from '../import/office.js'

/**
 * A table with rows the model cannot hold (ragged, merged): the report names those rows, each with
 * why, and lists the well-formed rows as left out with the table, never with another row's reason.
 * Illustrative text, not SEC wording.
 */
interface Report {
  sources: Array<{counts: Record<string, number>; paragraphs: Array<{fate: string; text: string; reason?: string; place: {paragraph?: number}}>}>
}

describe('redline import of a table with rows at fault', () => {
  it('a Word document LibreOffice wrote from HTML (a short row it pads, a shorter one it spans): only the spanning row is named, with expected and found cells', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'redline-table-rows-'))
    writeFileSync(
      path.join(dir, 'rows.html'),
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>F</title></head><body>
<h1>Section F: Illustrative Tables</h1>
<p>F2.11 The illustrative values are as follows:</p>
<table border="1"><tr><td>Item</td><td>Value</td><td>Unit</td></tr>
<tr><td>First</td><td>10</td><td>days</td></tr>
<tr><td>Second</td><td>20</td><td>hours</td></tr>
<tr><td>Third</td><td>30</td><td>days</td></tr>
<tr><td>Fourth</td></tr>
</table>
<p>F2.12 A clause after the table.</p>
</body></html>`
    )
    sofficeConvert([path.join(dir, 'rows.html')], 'docx:MS Word 2007 XML', dir)
    const docx = path.join(dir, 'rows.docx')
    const root = copyCorpus()
    const strict = runCli(['import', docx, '--as', '9.0'], {cwd: root})
    expect(strict.status).toBe(2)
    expect(strict.stderr).toMatch(/rows\.docx: paragraph \d+: Unexpected merged cells in the table after F2\.11, row 5 \(a cell spanning 2 columns\), expected one cell per row and column: 3 cells, found 2: "Fourth"/)
    const lenient = runCli(['import', docx, '--as', '9.0', '--lenient', '--report', 'report.json'], {cwd: root})
    expect(lenient.status).toBe(0)
    const report = JSON.parse(readFileSync(path.join(root, 'report.json'), 'utf8')) as Report
    const unplaced = report.sources[0]?.paragraphs.filter((p) => p.fate === 'unplaced') ?? []
    const faulty = unplaced.filter((p) => !p.reason?.startsWith('Left out with the table'))
    expect(faulty.map((p) => p.text)).toEqual(['Fourth', ''])
    for (const p of faulty) expect(p.reason).toContain('row 5')
    const good = unplaced.filter((p) => p.reason?.startsWith('Left out with the table'))
    expect(good.map((p) => p.text)).toEqual(['Item', 'Value', 'Unit', 'First', '10', 'days', 'Second', '20', 'hours', 'Third', '30', 'days'])
    for (const p of good) expect(p.reason).toMatch(/^Left out with the table after F2\.11, refused for its row 5 \(this row [1-4] itself is well formed\)$/)
    // Nothing left out silently: every paragraph of the table is in the report, and the text report says the same.
    runCli(['import', docx, '--as', '9.1', '--lenient', '--report', 'report.txt'], {cwd: root})
    const text = readFileSync(path.join(root, 'report.txt'), 'utf8')
    expect(text).toMatch(/unplaced +\S*rows\.docx paragraph \d+: "Second"\n +Left out with the table after F2\.11, refused for its row 5 \(this row 3 itself is well formed\)\n/)
    expect(text.match(/merged cells/g)).toHaveLength(2)
  })

  it('a Word document with ragged rows (fewer cells than the header, no span): each named with expected and found cells', () => {
    const cell = (text: string): string[] => [para(run(text))]
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'redline-table-rows-')), 'ragged.docx')
    writeFileSync(file, makeDocx([para(run("Section F 'Illustrative Tables'")), para(run('F2.11 The illustrative values are as follows:')), table([[cell('Item'), cell('Value'), cell('Unit')], [cell('First'), cell('10'), cell('days')], [cell('Second'), cell('20')], [cell('Third'), cell('30'), cell('days')], [cell('Fourth')]])]))
    const root = copyCorpus()
    const strict = runCli(['import', file, '--as', '9.0'], {cwd: root})
    expect(strict.status).toBe(2)
    expect(strict.stderr).toContain('ragged.docx: paragraph 9: Unexpected row 3 of the table after F2.11 with 2 cells in a table of 3 columns, expected 3 cells (as many as the header row), found 2: "Second" (and 11 more;')
    const lenient = runCli(['import', file, '--as', '9.0', '--lenient', '--report', 'report.json'], {cwd: root})
    expect(lenient.status).toBe(0)
    const report = JSON.parse(readFileSync(path.join(root, 'report.json'), 'utf8')) as Report
    const reasons = new Map((report.sources[0]?.paragraphs ?? []).filter((p) => p.fate === 'unplaced').map((p) => [p.text, p.reason]))
    expect(reasons.get('Second')).toContain('expected 3 cells (as many as the header row), found 2')
    expect(reasons.get('Fourth')).toContain('row 5 of the table after F2.11 with 1 cell in a table of 3 columns, expected 3 cells (as many as the header row), found 1')
    expect(reasons.get('First')).toBe('Left out with the table after F2.11, refused for its rows 3 and 5 (this row 2 itself is well formed)')
  })
})
