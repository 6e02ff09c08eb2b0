import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {strToU8, zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {copyCorpus, repoRoot, runCli} from '../helpers/cli.js'
import {makeDocx, para, run} from '../import/make-docx.js'

const fixtures = path.join(repoRoot, 'test/import/fixtures')
const annexText = path.join(fixtures, 'mp087-annex-a.txt')
const problemStatement = path.join(fixtures, 'problem-statement-g3.17.txt')

function scratch(name: string, data: Uint8Array | string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'redline-import-')), name)
  writeFileSync(file, data)
  return file
}

describe('redline import', () => {
  it("imports the seed's MP087 Annex A text to the stored 6.21 text (--check exits 0)", () => {
    const root = copyCorpus()
    const result = runCli(['import', annexText, '--as', '6.21', '--check'], {cwd: root})
    expect(result.stderr).toContain('kept 16, instruction 1, unplaced 0')
    expect(result.stdout).toBe('import equals sec-text/6.21/ (section-g.md)\n')
    expect(result.status).toBe(0)
  })

  it('writes a new version folder that the corpus reads, with a manifest naming the source and base', () => {
    const root = copyCorpus()
    const result = runCli(['import', annexText, '--as', '6.21-imported', '--base', '6.21', '--report', 'report.json'], {cwd: root})
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('wrote sec-text/6.21-imported/ (manifest.yaml, section-g.md)\n')
    expect(readFileSync(path.join(root, 'sec-text/6.21-imported/section-g.md'), 'utf8')).toBe(readFileSync(path.join(root, 'sec-text/6.21/section-g.md'), 'utf8').replace('version: "6.21"', 'version: "6.21-imported"'))
    expect(readFileSync(path.join(root, 'sec-text/6.21-imported/manifest.yaml'), 'utf8')).toBe('version: "6.21-imported"\nbase: "6.21"\nchanges: []\nsource: "Imported by \'redline import\' from mp087-annex-a.txt."\n')
    const report = JSON.parse(readFileSync(path.join(root, 'report.json'), 'utf8')) as {sources: Array<{counts: Record<string, number>; paragraphs: Array<{fate: string; target?: string}>}>}
    expect(report.sources[0]?.counts).toMatchObject({kept: 16, instruction: 1, unplaced: 0})
    expect(report.sources[0]?.paragraphs.filter((p) => p.fate === 'kept').map((p) => p.target)).toContain('G3.20 tail')
    expect(runCli(['show', 'G3.20(b)', '--at', '6.21-imported'], {cwd: root}).stdout).toContain('which forms part of a SMETS2+ Device')
    // A second import to the same version is refused, and leaves the first as it was.
    const again = runCli(['import', annexText, '--as', '6.21-imported'], {cwd: root})
    expect(again.status).toBe(2)
    expect(again.stderr).toContain('exists already')
  })

  it('removes the footer caught mid-sentence in the problem statement, and reports the tail run on to (b) rather than guess', () => {
    const root = copyCorpus()
    const strict = runCli(['import', problemStatement, '--as', '5.20', '--check', '--report', 'report.txt'], {cwd: root})
    expect(strict.status).toBe(2)
    expect(strict.stderr).toMatch(/problem-statement-g3\.17\.txt:9:1: G3\.17\(b\) may run on into the text that follows the list of G3\.17 \("it shall comply with the requirements of Section G3\.18\."\)/)
    expect(strict.stderr).not.toContain('at Error')
    const report = readFileSync(path.join(root, 'report.txt'), 'utf8')
    expect(report).toContain('furniture   ')
    expect(report).toMatch(/furniture {3}.*problem-statement-g3\.17\.txt:5 \(inside a line\): "SEC – Section G 322"/)
    const lenient = runCli(['import', problemStatement, '--as', '5.20', '--check', '--lenient'], {cwd: root})
    expect(lenient.status).toBe(1)
    expect(lenient.stdout).toContain('(b) (where applicable) any Smart Metering System (excluding a Communications Hub Function or Gas Proxy Function which forms part of a SMETS2+ Device) for which it is the Responsible Supplier,[+ it shall comply with the requirements of Section G3.18.+]')
    expect(lenient.stdout).not.toContain('G3.17(a)')
    expect(lenient.stdout).not.toContain('SEC – Section G 322')
  })

  it('imports a Word document with automatic numbering: labels and nesting from numbering.xml', () => {
    const root = copyCorpus()
    const lvl = (ilvl: number, format: string, text: string): string => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:pPr><w:ind w:left="${720 * (ilvl + 1)}"/></w:pPr></w:lvl>`
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', 'G3.%1')}${lvl(1, 'lowerLetter', '(%2)')}${lvl(2, 'lowerRoman', '(%3)')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`
    const file = scratch('section-g.docx', makeDocx([
      para(run('SECTION G – SECURITY')),
      para(run('Illustrative clause:'), {numId: 1, ilvl: 0}),
      para(run('first item:'), {numId: 1, ilvl: 1}),
      para(run('nested item;'), {numId: 1, ilvl: 2}),
      para(run('second nested item,'), {numId: 1, ilvl: 2}),
      para(run('tail of the first item; and'), {indent: 1440}),
      para(run('second item,'), {numId: 1, ilvl: 1}),
      para(run('tail of the clause.'), {indent: 720}),
      para(run('[Not used]'), {numId: 1, ilvl: 0})
    ], {numbering}))
    const result = runCli(['import', file, '--as', '9.0', '--base', '6.17'], {cwd: root})
    // The illustrative text is not 6.17's: a version of its own (--base gives the titles' spelling).
    expect(result.stderr).toBe(`${file}: kept 9, unplaced 0\nnote: no change record explains the difference, so sec-text/9.0/ is written as a version of its own (base: null; its source names 6.17), whose text verify takes as given; to prove it instead, give its manifest base: "6.17" and the change records as changes, and run redline verify\n`)
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/9.0/section-g.md'), 'utf8')).toBe(
      '---\nsection: "G"\ntitle: "Security"\nversion: "9.0"\n---\n\n# Section G: Security\n\n**G3.1** Illustrative clause:\n\n- (a) first item:\n  - (i) nested item;\n  - (ii) second nested item,\n\n  tail of the first item; and\n- (b) second item,\n\ntail of the clause.\n\n**G3.2** [Not used]\n'
    )
  })

  it('imports one file per Section into one version, and refuses a Section found in two files', () => {
    const root = copyCorpus()
    const g = scratch('g.txt', "Section G 'Security'\nG1.1 Illustrative clause text.\n")
    const h = scratch('h.txt', "SECTION H – DCC SERVICES\nH1.1 Illustrative clause text.\n")
    const result = runCli(['import', g, h, '--as', '9.4'], {cwd: root})
    expect(result.stdout).toBe('wrote sec-text/9.4/ (manifest.yaml, section-g.md, section-h.md)\n')
    expect(readFileSync(path.join(root, 'sec-text/9.4/section-h.md'), 'utf8')).toContain('title: "DCC SERVICES"')
    const twice = runCli(['import', g, g, '--as', '9.5'], {cwd: root})
    expect(twice.stderr).toContain('g.txt: Unexpected second Section G, expected each Section in one source')
    expect(twice.status).toBe(2)
  })

  const bad: Array<[string, string, Uint8Array | string, RegExp]> = [
    ['a file that is not a zip', 'draft.docx', 'just text', /draft\.docx: Unexpected file content: not a zip archive, expected a \.docx/],
    ['a zip that is not a Word document', 'draft.docx', zipSync({'a.txt': strToU8('x'), '[Content_Types].xml': strToU8('<Types/>')}), /draft\.docx: Unexpected zip archive without word\/document\.xml/],
    ['a Compound File too short to tell encrypted from legacy (the real encrypted document: import-encrypted.test.ts)', 'secret.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /secret\.docx: Unexpected encrypted or legacy Word file/],
    ['numbering it cannot place', 'numbered.docx', makeDocx([para(run("Section G 'Security'")), para(run('text'), {numId: 7})]), /numbered\.docx: paragraph 2: Unexpected numbering w:numId 7, which word\/numbering\.xml does not define .*: "text"/],
    ['malformed XML', 'broken.docx', zipSync({'[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document><w:body>')}), /broken\.docx: Unexpected malformed XML in word\/document\.xml/],
    ['invalid UTF-8 text', 'section.txt', new Uint8Array([0x47, 0x33, 0x2e, 0x31, 0x20, 0xc3, 0x28]), /section\.txt:1:6: Invalid UTF-8: bytes C3 at byte offset 5/],
    ['a paragraph it cannot place', 'stray.txt', "Section G 'Security'\nG3.1 Lead:\n(a) first;\n(c) third.\n", /stray\.txt:4:1: Unexpected label \(c\) here, expected \(i\) or \(b\): "\(c\) third\."/]
  ]
  for (const [what, name, data, message] of bad) {
    it(`refuses ${what}: exit 2, the place named, nothing written`, () => {
      const root = copyCorpus()
      const before = readdirSync(path.join(root, 'sec-text')).sort()
      const result = runCli(['import', scratch(name, data), '--as', '9.9'], {cwd: root})
      expect(result.stderr).toMatch(message)
      expect(result.stderr).not.toMatch(/\n\s+at /)
      expect(result.status).toBe(2)
      expect(readdirSync(path.join(root, 'sec-text')).sort()).toEqual(before)
      expect(existsSync(path.join(root, 'sec-text/9.9'))).toBe(false)
    })
  }
})

describe('redline import of the first version of a store', () => {
  const g = (): string => scratch('g.txt', "Section G 'Security'\nG1.1 Illustrative clause text.\n")
  const firstManifest = 'version: "1.0"\nbase: null\nchanges: []\nsource: "Imported by \'redline import\' from g.txt."\n'

  for (const [what, setup] of [
    ['an empty root (no sec-text/)', (): void => undefined],
    ['an empty sec-text/ folder', (root: string): void => mkdirSync(path.join(root, 'sec-text'))]
  ] as const) {
    it(`into ${what}: writes sec-text/1.0/ with its manifest, which the corpus then reads and verifies`, () => {
      const root = mkdtempSync(path.join(tmpdir(), 'redline-import-first-'))
      setup(root)
      const result = runCli(['import', g(), '--as', '1.0'], {cwd: root})
      expect(result.stderr).not.toContain('redline:')
      expect(result.stdout).toBe('wrote sec-text/1.0/ (manifest.yaml, section-g.md)\n')
      expect(result.status).toBe(0)
      expect(readdirSync(root)).toEqual(['sec-text'])
      expect(readdirSync(path.join(root, 'sec-text'))).toEqual(['1.0'])
      expect(readFileSync(path.join(root, 'sec-text/1.0/manifest.yaml'), 'utf8')).toBe(firstManifest)
      expect(readFileSync(path.join(root, 'sec-text/1.0/section-g.md'), 'utf8')).toContain('**G1.1** Illustrative clause text.\n')
      const verified = runCli(['verify'], {cwd: root})
      expect(verified.stderr).toContain('1 first version (1.0)')
      expect(verified.status).toBe(0)
      expect(runCli(['import', g(), '--as', '1.0', '--check'], {cwd: root}).status).toBe(0)
    })
  }

  it('a failed import into an empty root writes nothing, not even sec-text/', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'redline-import-first-'))
    const result = runCli(['import', scratch('stray.txt', "Section G 'Security'\nG3.1 Lead:\n(a) first;\n(c) third.\n"), '--as', '1.0'], {cwd: root})
    expect(result.stderr).toMatch(/stray\.txt:4:1: Unexpected label \(c\) here/)
    expect(result.status).toBe(2)
    expect(readdirSync(root)).toEqual([])
  })

  it('--base and --check still need the store: an empty root is exit 2, named', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'redline-import-first-'))
    for (const extra of [['--base', '0.9'], ['--check']]) {
      const result = runCli(['import', g(), '--as', '1.0', ...extra], {cwd: root})
      expect(result.stderr).toMatch(/redline: sec-text:1:1: No sec-text\/ folder/)
      expect(result.status).toBe(2)
      expect(readdirSync(root)).toEqual([])
    }
  })
})

describe('redline import --base of a text that differs from the base', () => {
  it('prints what differs, and writes a version of its own (base: null, its source naming the base) that verify accepts', () => {
    const root = copyCorpus()
    // The MP087 Annex A text is 6.21: it differs from 6.17 in G3.20(b), the words MP087 inserted.
    const result = runCli(['import', annexText, '--as', '6.22', '--base', '6.17'], {cwd: root})
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('import differs from sec-text/6.17/ (--base):\ndiff 6.17 → import\nchange records: unknown (no manifest chain links the two sides)\n\nSummary\n  G  1 changed, 11 unchanged\n  total  1 changed, 11 unchanged\nwrote sec-text/6.22/ (manifest.yaml, section-g.md)\n')
    expect(result.stderr).toContain('note: no change record explains the difference, so sec-text/6.22/ is written as a version of its own (base: null; its source names 6.17)')
    expect(readFileSync(path.join(root, 'sec-text/6.22/manifest.yaml'), 'utf8')).toBe(
      'version: "6.22"\nbase: null\nchanges: []\nsource: "Imported by \'redline import\' from mp087-annex-a.txt. It follows 6.17 but differs from it, and no change record in this corpus explains the difference: its text is its own source."\n'
    )
    const verified = runCli(['verify'], {cwd: root})
    expect(verified.stdout).not.toContain('Unexplained')
    expect(verified.stderr).toContain('3 versions verified, 2 first versions (5.19, 6.22)')
    expect(verified.status).toBe(0)
    // The difference stays visible to a reader: the diff against the version it follows.
    expect(runCli(['diff', '6.17', '6.22'], {cwd: root}).stdout).toContain('Gas Proxy Function[+ which forms part of a SMETS2+ Device+])')
  })

  it('equal to the base: base kept with no change records, which verify proves', () => {
    const root = copyCorpus()
    const result = runCli(['import', annexText, '--as', '6.22', '--base', '6.21'], {cwd: root})
    expect(result.status).toBe(0)
    expect(result.stderr).not.toContain('note:')
    expect(readFileSync(path.join(root, 'sec-text/6.22/manifest.yaml'), 'utf8')).toContain('base: "6.21"\nchanges: []\n')
    const verified = runCli(['verify'], {cwd: root})
    expect(verified.stderr).toContain('✓ 6.22 = 6.21 (no change records)')
    expect(verified.status).toBe(0)
  })
})
