import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, runCli} from '../helpers/cli.js'
import {pandoc, sofficeConvert} from '../import/office.js'

/**
 * A paragraph after nested sub-paragraphs in a Word document without list indents (HTML whose
 * paragraphs all stand at the margin, turned into Word by LibreOffice and by pandoc): the layout
 * does not say whether it is the text after (a)'s list or after the clause's, so the import reports
 * it (exit 2) rather than guess, and with --lenient places it by the best reading and lists it as a
 * guess. Where the HTML indents the paragraphs, the indent tells and the import is clean.
 * Illustrative text, not SEC wording.
 */
const html = (indent: (depth: number) => string): string => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>G</title></head><body>
<h1>Section G: Illustrative Tails</h1>
<p${indent(0)}>G3.1 Each illustrative Party shall, where it becomes aware of:</p>
<p${indent(1)}>(a) an illustrative matter affecting:</p>
<p${indent(2)}>(i) its own systems; or</p>
<p${indent(2)}>(ii) the systems of another Party,</p>
<p${indent(0)}>notify the Panel of that matter.</p>
<p${indent(0)}>G3.2 A clause after them.</p>
</body></html>`

interface Report {
  sources: Array<{counts: Record<string, number>; paragraphs: Array<{fate: string; text: string; target?: string; reason?: string; place: {paragraph?: number}}>}>
}

function documents(): Array<[string, string]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'redline-tail-owner-'))
  writeFileSync(path.join(dir, 'flat.html'), html(() => ''))
  writeFileSync(path.join(dir, 'indented.html'), html((depth) => ` style="margin-left:${depth + 1}cm"`))
  sofficeConvert([path.join(dir, 'flat.html'), path.join(dir, 'indented.html')], 'docx:MS Word 2007 XML', dir)
  pandoc(['-f', 'html', '-t', 'docx', '-o', path.join(dir, 'flat-pandoc.docx'), path.join(dir, 'flat.html')])
  return [
    ['LibreOffice', path.join(dir, 'flat.docx')],
    ['pandoc', path.join(dir, 'flat-pandoc.docx')],
    ['indented (LibreOffice)', path.join(dir, 'indented.docx')]
  ]
}

describe('redline import of a paragraph after nested sub-paragraphs, in Word without list indents', () => {
  const [libreOffice, pandocs, indented] = documents() as [[string, string], [string, string], [string, string]]

  for (const [writer, file] of [libreOffice, pandocs]) {
    it(`${writer}: exit 2 naming the paragraph and quoting it; nothing written`, () => {
      const root = copyCorpus()
      const result = runCli(['import', file, '--as', '9.0'], {cwd: root})
      expect(result.status).toBe(2)
      expect(result.stderr).toMatch(
        /flat(?:-pandoc)?\.docx: paragraph \d+: Unexpected paragraph after nested sub-paragraphs: the layout does not say whether it follows the list of G3\.1\(a\) or G3\.1 .*: "notify the Panel of that matter\."/
      )
      expect(() => readFileSync(path.join(root, 'sec-text/9.0/section-g.md'))).toThrow()
    })

    it(`${writer}: with --lenient placed by the best reading and listed as a guess in the text and JSON reports`, () => {
      const root = copyCorpus()
      const result = runCli(['import', file, '--as', '9.0', '--lenient', '--report', 'report.json'], {cwd: root})
      expect(result.status).toBe(0)
      expect(result.stderr).toContain('ambiguous 1')
      expect(readFileSync(path.join(root, 'sec-text/9.0/section-g.md'), 'utf8')).toContain('- (a) an illustrative matter affecting:\n  - (i) its own systems; or\n  - (ii) the systems of another Party,\n\n  notify the Panel of that matter.\n')
      const report = JSON.parse(readFileSync(path.join(root, 'report.json'), 'utf8')) as Report
      const guesses = report.sources[0]?.paragraphs.filter((p) => p.fate === 'ambiguous') ?? []
      expect(guesses).toHaveLength(1)
      expect(guesses[0]).toMatchObject({text: 'notify the Panel of that matter.', target: 'G3.1(a) tail'})
      expect(guesses[0]?.reason).toContain('the best reading, a guess: G3.1(a) tail')
      runCli(['import', file, '--as', '9.1', '--lenient', '--report', 'report.txt'], {cwd: root})
      expect(readFileSync(path.join(root, 'report.txt'), 'utf8')).toMatch(/ambiguous +\S+ paragraph \d+ → G3\.1\(a\) tail: "notify the Panel of that matter\."\n +Unexpected paragraph after nested sub-paragraphs/)
    })
  }

  it('where the paragraphs are indented, the indent tells: the clause\'s text after its list, no guess', () => {
    const root = copyCorpus()
    const result = runCli(['import', indented[1], '--as', '9.0', '--report', 'report.json'], {cwd: root})
    expect(result.stderr).toContain('kept 7, unplaced 0\n')
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/9.0/section-g.md'), 'utf8')).toContain('  - (ii) the systems of another Party,\n\nnotify the Panel of that matter.\n')
  })
})
