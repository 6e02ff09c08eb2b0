import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, runCli} from '../helpers/cli.js'
import {sofficeConvert} from '../import/office.js'

describe('redline import of a PDF (LibreOffice wrote it)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'redline-import-pdf-'))
  const root = copyCorpus()
  expect(runCli(['annex', 'MP087', '--format', 'docx', '--out', dir], {cwd: root}).status).toBe(0)
  const html = path.join(dir, 'nested.html')
  // Illustrative clauses: nesting and tails told apart only by the PDF's left edges.
  writeFileSync(html, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>
<p>Illustrative document (LibreOffice drops a first heading 1 when it writes HTML straight to PDF)</p>
<h1>Section G: Security</h1><h2>G3 Illustrative Part</h2><h3>Illustrative heading</h3>
<p style="margin-left:1cm">G3.1 Lead-in text:</p>
<p style="margin-left:2cm">(a) first item:</p>
<p style="margin-left:3cm">(i) nested item</p>
<p style="margin-left:2cm">tail of the first item; and</p>
<p style="margin-left:2cm">(b) second item,</p>
<p style="margin-left:1cm">tail of the clause.</p>
</body></html>`)
  const empty = path.join(dir, 'scan.html')
  writeFileSync(empty, '<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body><p></p></body></html>')
  sofficeConvert([path.join(dir, 'MP087-annex-a.docx'), html, empty], 'pdf', path.join(dir, 'pdf'))

  it("imports MP087's annex as PDF to the stored 6.21 text: cover and running header and footer dropped, each listed", () => {
    const result = runCli(['import', path.join(dir, 'pdf/MP087-annex-a.pdf'), '--as', '6.21', '--check', '--report', 'report.txt'], {cwd: root})
    expect(result.stdout).toBe('import equals sec-text/6.21/ (section-g.md)\n')
    expect(result.status).toBe(0)
    const report = readFileSync(path.join(root, 'report.txt'), 'utf8')
    expect(report).toMatch(/furniture {3}.*MP087-annex-a\.pdf \(page 2\): "Page 2 of 2"/)
    expect(report).toMatch(/furniture {3}.*MP087-annex-a\.pdf \(page 1\): "MP087 Annex A – Legal text – version 0\.1"/)
  })

  it('nests sub-paragraphs and places tails by the left edges of the lines', () => {
    const result = runCli(['import', path.join(dir, 'pdf/nested.pdf'), '--as', '9.1'], {cwd: root})
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/9.1/section-g.md'), 'utf8')).toBe(
      '---\nsection: "G"\ntitle: "Security"\nversion: "9.1"\n---\n\n# Section G: Security\n\n## G3 Illustrative Part\n\n### Illustrative heading\n\n**G3.1** Lead-in text:\n\n- (a) first item:\n  - (i) nested item\n\n  tail of the first item; and\n- (b) second item,\n\ntail of the clause.\n'
    )
  })

  it('refuses a PDF without a text layer: exit 2, nothing written', () => {
    const result = runCli(['import', path.join(dir, 'pdf/scan.pdf'), '--as', '9.2'], {cwd: root})
    expect(result.stderr).toMatch(/scan\.pdf: Unexpected PDF without a text layer \(1 page of images, a scan\?\), expected a PDF with text/)
    expect(result.status).toBe(2)
  })

  it('refuses a damaged PDF', () => {
    const broken = path.join(dir, 'broken.pdf')
    writeFileSync(broken, '%PDF-1.4\nnot really a pdf')
    const result = runCli(['import', broken, '--as', '9.3'], {cwd: root})
    expect(result.stderr).toMatch(/broken\.pdf: Unexpected damaged PDF/)
    expect(result.status).toBe(2)
  })
})
