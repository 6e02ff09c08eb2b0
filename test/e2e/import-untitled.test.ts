import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, runCli} from '../helpers/cli.js'
import {sofficeConvert} from '../import/office.js'

/**
 * A Section's document without its title line ("Section G: Security"), as LibreOffice writes it
 * from HTML: its clauses are never read as a cover. Illustrative text, not SEC wording.
 */
const clauses = Array.from({length: 4}, (_, index) => `<p>G3.${index + 1} Each illustrative Party shall keep record ${index + 1}:</p><p style="margin-left:1cm">(a) of the matters; and</p><p style="margin-left:1cm">(b) of the other matters.</p>`).join('\n')
const page = (body: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>G</title></head><body>\n${body}\n</body></html>`

describe('redline import of a document without a Section title (LibreOffice wrote it)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'redline-import-untitled-'))
  writeFileSync(path.join(dir, 'parted.html'), page(`<h2>G3 Illustrative Part</h2>\n<h3>Illustrative cross-heading</h3>\n${clauses}`))
  writeFileSync(path.join(dir, 'headed.html'), page(`<h3>Illustrative cross-heading</h3>\n${clauses}`))
  sofficeConvert([path.join(dir, 'parted.html'), path.join(dir, 'headed.html')], 'docx:MS Word 2007 XML', dir)

  it('refuses the clauses, exit 2, naming the first and asking for the title, where no stored version gives the title', () => {
    const root = copyCorpus()
    const result = runCli(['import', path.join(dir, 'parted.docx'), '--as', '9.80', '--report', 'report.txt'], {cwd: root})
    expect(result.status).toBe(2)
    expect(result.stderr).toContain("parted.docx: paragraph 1: Unexpected Part heading before a Section title, expected a Section title such as 'Section G: Security' before the first clause")
    expect(result.stderr).toMatch(/kept 0, unplaced 14\n/)
    expect(readFileSync(path.join(root, 'report.txt'), 'utf8')).not.toMatch(/^ {2}cover/m)
    expect(existsSync(path.join(root, 'sec-text/9.80'))).toBe(false)
  })

  it('opens the Section at its Part heading where the base gives the title: the Part and cross-heading kept', () => {
    const root = copyCorpus()
    const result = runCli(['import', path.join(dir, 'parted.docx'), '--as', '9.80', '--base', '6.21'], {cwd: root})
    expect(result.stderr, result.stderr).toMatch(/kept 14, unplaced 0\n/)
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/9.80/section-g.md'), 'utf8')).toContain('# Section G: Security\n\n## G3 Illustrative Part\n\n### Illustrative cross-heading\n\n**G3.1** Each illustrative Party shall keep record 1:')
  })

  it('refuses a heading before the first clause (a cross-heading or a cover, it cannot tell), exit 2, where the base gives the title', () => {
    const root = copyCorpus()
    const result = runCli(['import', path.join(dir, 'headed.docx'), '--as', '9.80', '--base', '6.21'], {cwd: root})
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('headed.docx: paragraph 1: Unexpected heading before the first clause of a document without a Section title')
    expect(existsSync(path.join(root, 'sec-text/9.80'))).toBe(false)
  })
})
