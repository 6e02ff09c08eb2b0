import {spawnSync} from 'node:child_process'
import {cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, repoRoot, runCli} from '../helpers/cli.js'
import {pdfByLibreOffice} from '../import/office.js'

/**
 * Tables in PDFs that real programs wrote, and in the text pdftotext extracts from them: found by
 * the positions of their text (no Word table markup to go by). Illustrative text, not SEC wording.
 */
const cell = (text: string, width: string): string => `<td width="${width}"><p>${text}</p></td>`
const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>F</title></head><body>
<p>Illustrative document</p>
<h1>Section F: Illustrative Tables</h1>
<p style="margin-left:1cm">F2.11 The following table sets out each party's illustrative obligation:</p>
<table border="1" width="100%">
<tr>${cell('Party', '20%')}${cell('Obligation', '55%')}${cell('Time', '25%')}</tr>
<tr>${cell('DCC', '20%')}${cell('notify the User and the Panel of each illustrative matter that arises under this Section within the period set out', '55%')}${cell('5 Working Days', '25%')}</tr>
<tr>${cell('User', '20%')}${cell('respond', '55%')}${cell('promptly', '25%')}</tr>
</table>
<p style="margin-left:2cm">(a) a sub-paragraph after the table.</p>
<p style="margin-left:1cm">F2.12 The unruled table:</p>
<table width="100%">
<tr>${cell('Threshold', '40%')}${cell('Value', '60%')}</tr>
<tr>${cell('Availability', '40%')}${cell('99.5%', '60%')}</tr>
</table>
<p style="margin-left:1cm">F2.13 A clause after the tables.</p>
</body></html>`

const expected = (version: string): string =>
  `---\nsection: "F"\ntitle: "Illustrative Tables"\nversion: "${version}"\n---\n\n# Section F: Illustrative Tables\n\n**F2.11** The following table sets out each party's illustrative obligation:\n\n| Party | Obligation | Time |\n| --- | --- | --- |\n| DCC | notify the User and the Panel of each illustrative matter that arises under this Section within the period set out | 5 Working Days |\n| User | respond | promptly |\n\n- (a) a sub-paragraph after the table.\n\n**F2.12** The unruled table:\n\n| Threshold | Value |\n| --- | --- |\n| Availability | 99.5% |\n\n**F2.13** A clause after the tables.\n`

function pdftotext(args: readonly string[]): void {
  const result = spawnSync('pdftotext', args, {encoding: 'utf8'})
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`)
}

describe('redline import of tables in PDFs and their text (LibreOffice and our annex wrote the PDFs)', () => {
  // HTML to Word (Writer lays the tables out at their widths), then Word to PDF: one ruled table, one unruled.
  const {dir, pdf} = pdfByLibreOffice(html, 'tables')

  it('reads a ruled and an unruled table from the PDF: header row, rows, a wrapped cell joined, the sub-paragraph after it', () => {
    const root = copyCorpus()
    const result = runCli(['import', pdf, '--as', '9.8', '--report', 'report.json'], {cwd: root})
    expect(result.stderr).toBe(`${pdf}: kept 18, cover 1, unplaced 0\n`)
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/9.8/section-f.md'), 'utf8')).toBe(expected('9.8'))
    const report = JSON.parse(readFileSync(path.join(root, 'report.json'), 'utf8')) as {sources: Array<{paragraphs: Array<{target?: string}>}>}
    expect(report.sources[0]?.paragraphs.map((p) => p.target)).toEqual(expect.arrayContaining(['F2.11/table header', 'F2.11/table/1', 'F2.12/table/1']))
  })

  it('reads the same tables from the text pdftotext -layout extracts (columns of characters)', () => {
    const root = copyCorpus()
    const text = path.join(dir, 'tables-layout.txt')
    pdftotext(['-layout', pdf, text])
    const result = runCli(['import', text, '--as', '9.7'], {cwd: root})
    expect(result.stderr).toBe(`${text}: kept 18, cover 1, unplaced 0\n`)
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/9.7/section-f.md'), 'utf8')).toBe(expected('9.7'))
  })

  it('reports the cells of text extracted without layout as ambiguous (read as running text), never as a clean import', () => {
    const root = copyCorpus()
    const text = path.join(dir, 'tables-plain.txt')
    pdftotext([pdf, text])
    const result = runCli(['import', text, '--as', '9.6', '--report', 'report.txt'], {cwd: root})
    expect(result.stderr).toContain(`redline: ${text}:4:1: page 1: Unexpected lines of a few words each, without closing punctuation, read as one paragraph: they may be the cells of a table that the text does not lay out, expected text laid out as the page is (pdftotext -layout) or the PDF itself (kept in F2.11 as read): "F2.11 The following table sets out`)
    expect(result.status).toBe(2)
    expect(readFileSync(path.join(root, 'report.txt'), 'utf8')).toMatch(/ambiguous {3}.*tables-plain\.txt:\d+ \(page 1\) → cross-heading: "Threshold Value Availability 99\.5%"/)
  })

  it('refuses a laid-out table whose words stand outside its columns, naming the line: exit 2, nothing written', () => {
    const root = copyCorpus()
    const text = path.join(dir, 'ragged.txt')
    writeFileSync(text, ["Section F 'Illustrative Tables'", 'F2.11 The illustrative table:', '', '      Party          Obligation', '', '  X  DCC            notify', ''].join('\n'))
    const result = runCli(['import', text, '--as', '9.5'], {cwd: root})
    expect(result.stderr).toContain(`redline: ${text}:6:1: Unexpected table after F2.11 that its positions do not lay out for sure: the words "X" stand left of the table's first column, expected every cell within a column: "X DCC" (and 3 more; --report lists them, --lenient keeps going)`)
    expect(result.status).toBe(2)
    expect(runCli(['versions'], {cwd: root}).stdout).not.toContain('9.5')
  })

  it("reads the tables of our own annex PDF (rows inserted, a cell that fills its column, a table under a sub-paragraph)", () => {
    const root = mkdtempSync(path.join(tmpdir(), 'redline-pdf-tables-corpus-'))
    cpSync(path.join(repoRoot, 'test/fixtures/tables-corpus/sec-text/1.0'), path.join(root, 'sec-text/1.0'), {recursive: true})
    mkdirSync(path.join(root, 'modifications/TBL900'), {recursive: true})
    writeFileSync(path.join(root, 'modifications/TBL900/modification.md'), '---\nid: "TBL900"\ntitle: "Illustrative row insertion (not SEC text)"\nkind: "modification"\nbase: "1.0"\nstatus: "draft"\nauthor:\n  name: "SECAS"\n  date: "2026-11-30"\n---\n\nIllustrative.\n')
    const section = readFileSync(path.join(root, 'sec-text/1.0/section-f.md'), 'utf8')
    const row = '| Registration Data Provider | publish the illustrative register, which the Panel shall keep up to date and make available to every Party on request | 20 Working Days |'
    // Only insertions: the annex PDF's text (struck words would stay in the text layer) is then the new text.
    writeFileSync(path.join(root, 'modifications/TBL900/legal-text.md'), `${section.replace(/^---\n[\s\S]*?\n---\n\n/, '').replace('| Network Party | notify the illustrative outcome | 15 Working Days |\n', (line) => `${line}{++${row}++}\n`)}`)
    const out = path.join(root, 'out')
    expect(runCli(['annex', 'TBL900', '--format', 'pdf', '--out', out], {cwd: root}).status).toBe(0)
    const result = runCli(['import', path.join(out, 'TBL900-annex-a.pdf'), '--as', '1.1'], {cwd: root})
    expect(result.stderr).toMatch(/unplaced 0\n$/)
    expect(result.status).toBe(0)
    const imported = readFileSync(path.join(root, 'sec-text/1.1/section-f.md'), 'utf8')
    expect(imported).toContain(`| Party | Obligation | Time |\n| --- | --- | --- |\n| DCC | acknowledge an illustrative request | 5 Working Days |\n| Supplier Party | confirm the illustrative details | 10 Working Days |\n| Network Party | notify the illustrative outcome | 15 Working Days |\n${row}\n`)
    expect(imported).toContain('- (b) meet the illustrative thresholds in the following table:\n\n  | Threshold | Value |\n  | --- | --- |\n  | Availability | 99.5% |\n  | Escape \\| test | a \\ b \\<script> |\n')
  })
})
