import {spawnSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, runCli} from '../helpers/cli.js'
import {pdfByLibreOffice} from '../import/office.js'

/**
 * Blank lines in text extracted from a PDF LibreOffice wrote: `pdftotext -layout` puts one between
 * paragraphs, so a paragraph without a number after one is a new paragraph (a further paragraph of
 * a lead-in, a tail), even where its line before ends full and lengths alone would join them.
 * Illustrative text, not SEC wording.
 */
const LEAD_IN = 'Each illustrative Party shall give the Panel notice of each illustrative matter that arises under this Section, within the period that the Panel sets out from time to time, in writing and by email.'
const FURTHER = 'The Panel shall publish each notice it receives under this Section and shall keep a copy of each notice for the period that it sets out.'
const ITEM_B = 'a Device for which it is the Responsible Supplier or the illustrative Network Party, or of which it is the owner or the illustrative operator for the purposes of this Section only,'
const TAIL = 'it shall notify the Panel of the illustrative matter within the period that the Panel sets out for notices.'
const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>F</title></head><body>
<h1>Section F: Illustrative Paragraphs</h1>
<p style="margin-left:1cm">F2.11 ${LEAD_IN}</p>
<p style="margin-left:1cm">${FURTHER}</p>
<p style="margin-left:1cm">F2.12 Where a Party becomes aware of an illustrative matter affecting:</p>
<p style="margin-left:2cm">(a) its own systems; or</p>
<p style="margin-left:2cm">(b) ${ITEM_B}</p>
<p style="margin-left:1cm">${TAIL}</p>
<p style="margin-left:1cm">F2.13 A clause after them.</p>
</body></html>`

describe('redline import of text with blank lines between its paragraphs (pdftotext -layout of a PDF LibreOffice wrote)', () => {
  const {dir, pdf} = pdfByLibreOffice(html, 'paragraphs')
  const text = path.join(dir, 'paragraphs.txt')
  expect(spawnSync('pdftotext', ['-layout', pdf, text], {encoding: 'utf8'}).status).toBe(0)
  const laid = readFileSync(text, 'utf8')

  it('reads a further paragraph of a lead-in and a tail where blank lines set them apart', () => {
    // The premise: the lines before them run (nearly) full, so lengths and punctuation alone would join them.
    expect(laid).toMatch(/in writing and by email\.\n\n +The Panel shall publish/)
    expect(laid).toMatch(/for the purposes of this Section only,\n\n +it shall notify the Panel/)
    const root = copyCorpus()
    const result = runCli(['import', text, '--as', '9.8', '--report', 'report.json'], {cwd: root})
    expect(result.stderr).toBe(`${text}: kept 8, unplaced 0\n`)
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/9.8/section-f.md'), 'utf8')).toBe(
      `---\nsection: "F"\ntitle: "Illustrative Paragraphs"\nversion: "9.8"\n---\n\n# Section F: Illustrative Paragraphs\n\n**F2.11** ${LEAD_IN}\n\n${FURTHER}\n\n**F2.12** Where a Party becomes aware of an illustrative matter affecting:\n\n- (a) its own systems; or\n- (b) ${ITEM_B}\n\n${TAIL}\n\n**F2.13** A clause after them.\n`
    )
    const report = JSON.parse(readFileSync(path.join(root, 'report.json'), 'utf8')) as {sources: Array<{paragraphs: Array<{target?: string; text: string}>}>}
    expect(report.sources[0]?.paragraphs.map((p) => p.target)).toEqual(['Section F title', 'F2.11', 'F2.11 lead-in', 'F2.12', 'F2.12(a)', 'F2.12(b)', 'F2.12 tail', 'F2.13'])
  })

  it('without the blank lines, lengths and punctuation decide as before: the further paragraph joined, the tail reported as run on to (b)', () => {
    const bare = path.join(dir, 'bare.txt')
    writeFileSync(bare, laid.split('\n').filter((line) => line.trim() !== '').join('\n'))
    const root = copyCorpus()
    const result = runCli(['import', bare, '--as', '9.7', '--lenient', '--report', 'report.txt'], {cwd: root})
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(root, 'report.txt'), 'utf8')).toContain('F2.12(b) may run on into the text that follows the list of F2.12')
    expect(readFileSync(path.join(root, 'sec-text/9.7/section-f.md'), 'utf8')).toContain(`**F2.11** ${LEAD_IN} ${FURTHER}\n`)
  })
})
