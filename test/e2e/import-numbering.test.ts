import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copyCorpus, runCli} from '../helpers/cli.js'
import {makeDocx, para, run} from '../import/make-docx.js'
import {pandoc, sofficeConvert} from '../import/office.js'

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

describe('redline import of Word numbering in every label form: nesting from the numbering level', () => {
  const withIndents = (indents: boolean): string => {
    const at = (n: number): number | undefined => (indents ? n : undefined)
    return (
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'lowerLetter', '%1.', at(720))}${lvl(1, 'lowerRoman', '%2)', at(1440))}${lvl(2, 'upperLetter', '(%3)', at(2160))}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${lvl(0, 'lowerRoman', '%1.', at(1440))}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
      // A list of its own for the second clause, restarted by a start override (as Word writes "Restart numbering").
      '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
      // Roman numerals at level 1 (w:ilvl 0) of lists of their own, the second restarted.
      '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>' +
      '<w:num w:numId="4"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    )
  }

  it('reads "a.", "i." (w:ilvl 0 of a list of its own, indented under (b)), "i)", "(A)", with restarts, as (a), (i), (A)', () => {
    const root = copyCorpus()
    const file = scratch('forms.docx', makeDocx([
      para(run("Section G 'Security'")),
      para(run('G3.1 Illustrative lead-in:')),
      para(run('first;'), {numId: 1}),
      para(run('second, being:'), {numId: 1}),
      para(run('part one;'), {numId: 3}),
      para(run('part two;'), {numId: 3}),
      para(run('third, being:'), {numId: 1}),
      para(run('part one again;'), {numId: 4}),
      para(run('part two again.'), {numId: 4}),
      para(run('G3.2 Another illustrative lead-in:')),
      para(run('restarted, with:'), {numId: 2}),
      para(run('a nested roman, with:'), {numId: 2, ilvl: 1}),
      para(run('a nested capital.'), {numId: 2, ilvl: 2})
    ], {numbering: withIndents(true)}))
    const result = runCli(['import', file, '--as', '9.0'], {cwd: root})
    expect(result.stderr).toBe(`${file}: kept 13, unplaced 0\n`)
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/9.0/section-g.md'), 'utf8')).toBe(
      '---\nsection: "G"\ntitle: "Security"\nversion: "9.0"\n---\n\n# Section G: Security\n\n' +
        '**G3.1** Illustrative lead-in:\n\n- (a) first;\n- (b) second, being:\n  - (i) part one;\n  - (ii) part two;\n- (c) third, being:\n  - (i) part one again;\n  - (ii) part two again.\n\n' +
        '**G3.2** Another illustrative lead-in:\n\n- (a) restarted, with:\n  - (i) a nested roman, with:\n    - (A) a nested capital.\n'
    )
  })

  it('without indents, nests by the numbering level of one list', () => {
    const root = copyCorpus()
    const file = scratch('levels.docx', makeDocx([
      para(run("Section G 'Security'")),
      para(run('G3.2 Another illustrative lead-in:')),
      para(run('first, with:'), {numId: 2}),
      para(run('a nested roman;'), {numId: 2, ilvl: 1}),
      para(run('another nested roman, with:'), {numId: 2, ilvl: 1}),
      para(run('a nested capital.'), {numId: 2, ilvl: 2}),
      para(run('second.'), {numId: 2})
    ], {numbering: withIndents(false)}))
    const result = runCli(['import', file, '--as', '9.0'], {cwd: root})
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/9.0/section-g.md'), 'utf8')).toContain('**G3.2** Another illustrative lead-in:\n\n- (a) first, with:\n  - (i) a nested roman;\n  - (ii) another nested roman, with:\n    - (A) a nested capital.\n- (b) second.\n')
  })

  it('a roman list where the level takes letters is refused, naming the paragraph (never read as text)', () => {
    const root = copyCorpus()
    const file = scratch('roman-first.docx', makeDocx([para(run("Section G 'Security'")), para(run('G3.1 Illustrative lead-in:')), para(run('roman at the first level.'), {numId: 3, indent: 720})], {numbering: withIndents(true)}))
    const result = runCli(['import', file, '--as', '9.0'], {cwd: root})
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('roman-first.docx: paragraph 3: Unexpected label (i) at depth 1 of G3.1, expected (a): "roman at the first level."')
  })
})

describe('redline import of "a." and "i." lists LibreOffice and pandoc write', () => {
  const expected = '**G3.1** Each illustrative Party shall:\n\n- (a) do the first thing;\n- (b) do the second thing, being:\n  - (i) the first part;\n  - (ii) the second part,\n- (c) do the third thing.\n'

  it('LibreOffice from HTML (<ol type="a">, a nested <ol type="i">): Word numbering "%1." in letters and roman numerals', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'redline-import-numbering-'))
    writeFileSync(
      path.join(dir, 'lists.html'),
      `<!DOCTYPE html><html><head><meta charset="utf-8"><title>G</title></head><body>
<h1>Section G: Illustrative Lists</h1>
<p>G3.1 Each illustrative Party shall:</p>
<ol type="a"><li>do the first thing;</li><li>do the second thing, being:<ol type="i"><li>the first part;</li><li>the second part,</li></ol></li><li>do the third thing.</li></ol>
</body></html>`
    )
    sofficeConvert([path.join(dir, 'lists.html')], 'docx:MS Word 2007 XML', dir)
    const root = copyCorpus()
    const result = runCli(['import', path.join(dir, 'lists.docx'), '--as', '9.0'], {cwd: root})
    expect(result.stderr).toContain('kept 7, unplaced 0')
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/9.0/section-g.md'), 'utf8')).toContain(expected)
  })

  it('pandoc from markdown ("a." and "i." lists)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'redline-import-numbering-'))
    const docx = path.join(dir, 'lists.docx')
    pandoc(['-f', 'markdown', '-t', 'docx', '-o', docx], 'Section G: Illustrative Lists\n\nG3.1 Each illustrative Party shall:\n\na. do the first thing;\nb. do the second thing, being:\n\n    i. the first part;\n    ii. the second part,\n\nc. do the third thing.\n')
    const root = copyCorpus()
    const result = runCli(['import', docx, '--as', '9.0'], {cwd: root})
    expect(result.stderr).toContain('kept 7, unplaced 0')
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/9.0/section-g.md'), 'utf8')).toContain(expected)
  })
})
