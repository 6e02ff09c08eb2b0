import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, runCli} from '../helpers/cli.js'
import {makeDocx, para, run} from '../import/make-docx.js'

// Illustrative text only: Word documents written by hand with the numbering shapes Word writes.

function scratch(name: string, data: Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'redline-import-numbering-')), name)
  writeFileSync(file, data)
  return file
}

const lvl = (ilvl: number, format: string, text: string, indent?: number): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${indent === undefined ? '' : `<w:pPr><w:ind w:left="${indent}"/></w:pPr>`}</w:lvl>`

describe('redline import of Word numbering that numbering.xml does not define', () => {
  const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'lowerLetter', '(%1)', 720)}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`
  const document = (): string =>
    scratch('missing-list.docx', makeDocx([para(run("Section G 'Security'")), para(run('G3.1 Illustrative lead-in:')), para(run('first item;'), {numId: 1}), para(run('second item.'), {numId: 9})], {numbering}))

  it('is exit 2 naming the paragraph, quoting it and saying the definition is missing (never "malformed XML"); nothing written', () => {
    const root = copyCorpus()
    const result = runCli(['import', document(), '--as', '9.0'], {cwd: root})
    expect(result.stderr).toMatch(/missing-list\.docx: paragraph 4: Unexpected numbering w:numId 9, which word\/numbering\.xml does not define .*: "second item\."/)
    expect(result.stderr).not.toContain('malformed')
    expect(result.status).toBe(2)
    expect(readFileSync(path.join(root, 'sec-text/6.21/manifest.yaml'), 'utf8')).toContain('6.21')
    expect(() => readFileSync(path.join(root, 'sec-text/9.0/manifest.yaml'))).toThrow()
  })

  it('with --lenient is read as Word shows it, without a number, and listed in the text and JSON reports', () => {
    const root = copyCorpus()
    const file = document()
    const result = runCli(['import', file, '--as', '9.0', '--lenient', '--report', 'report.json'], {cwd: root})
    expect(result.status).toBe(0)
    expect(result.stderr).toContain('ambiguous 1')
    expect(readFileSync(path.join(root, 'sec-text/9.0/section-g.md'), 'utf8')).toContain('- (a) first item;\n\nsecond item.\n')
    const report = JSON.parse(readFileSync(path.join(root, 'report.json'), 'utf8')) as {sources: Array<{paragraphs: Array<{fate: string; place: {paragraph?: number}; reason?: string}>}>}
    const problems = report.sources[0]?.paragraphs.filter((p) => p.fate !== 'kept' && p.fate !== 'empty')
    expect(problems).toHaveLength(1)
    expect(problems?.[0]).toMatchObject({fate: 'ambiguous', place: {paragraph: 4}})
    expect(problems?.[0]?.reason).toContain('w:numId 9')
    const text = runCli(['import', file, '--as', '9.1', '--lenient', '--report', 'report.txt'], {cwd: root})
    expect(text.status).toBe(0)
    expect(readFileSync(path.join(root, 'report.txt'), 'utf8')).toMatch(/ambiguous {3}\S*missing-list\.docx paragraph 4 → G3\.1 tail: "second item\."\n {14}Unexpected numbering w:numId 9/)
  })

  it('an unknown level of a defined list is exit 2 naming the paragraph, not "malformed XML"', () => {
    const root = copyCorpus()
    const file = scratch('missing-level.docx', makeDocx([para(run("Section G 'Security'")), para(run('G3.1 Illustrative lead-in:')), para(run('first item;'), {numId: 1, ilvl: 4})], {numbering}))
    const result = runCli(['import', file, '--as', '9.0'], {cwd: root})
    expect(result.stderr).toMatch(/missing-level\.docx: paragraph 3: Unknown level 4 of numbering 1, expected a level defined in word\/numbering\.xml; cannot place the paragraph "first item;"/)
    expect(result.stderr).not.toContain('malformed')
    expect(result.status).toBe(2)
  })
})
