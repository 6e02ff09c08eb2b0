import {spawnSync} from 'node:child_process'
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {documentXml} from '../annex/read-annex-formats.js'
import {canReadPdf, pdfText} from '../annex/read-annex-pdf.js'
import {repoRoot, runCli} from '../helpers/cli.js'
import {type OfficeParagraph, readWithLibreOffice, runLibreOfficeTests} from '../helpers/libreoffice.js'

/**
 * A cross-heading inserted above clauses that stay, and one removed from above them, through the
 * real CLI: `mod new --from`, `annex --format all` (Markdown, HTML, Word, PDF, instructions) and the
 * terminal, `apply --instructions`, and `mod import` of the Word annex. The illustrative corpus with
 * parts (test/fixtures/parts-corpus: not SEC text).
 */
const fixture = path.join(repoRoot, 'test/fixtures/parts-corpus')
const base = readFileSync(path.join(fixture, 'sec-text/1.0/section-g.md'), 'utf8')

/** A copy of the fixture with MP900 drafted from the drafter's file, and its annex in every format in out/. */
function drafted(file: string, version = base): {root: string; read: (name: string) => string; legalText: string} {
  const root = mkdtempSync(path.join(tmpdir(), 'sec-redline-headings-'))
  cpSync(fixture, root, {recursive: true})
  writeFileSync(path.join(root, 'sec-text/1.0/section-g.md'), version)
  const edited = path.join(root, 'section-g.md')
  writeFileSync(edited, file)
  const made = runCli(['--root', root, 'mod', 'new', 'MP900', '--base', '1.0', '--from', edited, '--date', '2026-01-01'])
  expect(made.stderr).toBe('')
  expect(made.status).toBe(0)
  const annex = runCli(['--root', root, 'annex', 'MP900', '--format', 'all', '--out', path.join(root, 'out')])
  expect(annex.stderr).toBe('')
  expect(annex.status).toBe(0)
  return {root, read: (name) => readFileSync(path.join(root, 'out', name), 'utf8'), legalText: readFileSync(path.join(root, 'modifications/MP900/legal-text.md'), 'utf8')}
}

/** `apply --instructions` gives what `apply` of the legal text gives, and `mod import` of the Word annex drafts the same legal text. */
function expectRoundTrips(root: string, legalText: string): void {
  const viaLegalText = runCli(['--root', root, 'apply', 'MP900', '--format', 'md'])
  const viaInstructions = runCli(['--root', root, 'apply', 'MP900', '--format', 'md', '--instructions', path.join(root, 'out/MP900-instructions.txt')])
  expect(viaInstructions.stderr).not.toMatch(/Unexpected/)
  expect(viaInstructions.status).toBe(0)
  expect(viaInstructions.stdout).toBe(viaLegalText.stdout)
  const imported = runCli(['--root', root, 'mod', 'import', path.join(root, 'out/MP900-annex-a.docx'), '--id', 'MP901', '--base', '1.0'])
  expect(imported.status, imported.stderr).toBe(0)
  expect(readFileSync(path.join(root, 'modifications/MP901/legal-text.md'), 'utf8')).toBe(legalText)
}

describe('a cross-heading inserted above clauses that stay (illustrative fixture)', () => {
  const file = base.replace('**G2.1** An illustrative clause', '### Illustrative Arrangements\n\n**G2.1** An illustrative clause')

  it('is drafted, shown under its own line in every format, written as an instruction, applied back and imported back', () => {
    const {root, read, legalText} = drafted(file)
    expect(legalText).toBe('# Section G: Security\n\n## G2 Illustrative Part Two\n\n{++### Illustrative Arrangements++}\n\n**G2.1** An illustrative clause that stands under no cross-heading.\n')
    const line = 'Insert the following new cross-heading before Section G2.1:'
    expect(read('MP900-annex-a.md')).toContain(`_${line}_\n\n### <ins>Illustrative Arrangements</ins>\n\n**G2.1** An illustrative clause that stands under no cross-heading.`)
    const html = read('MP900-annex-a.html')
    expect(html).toContain(`<p class="instruction">${line}</p>`)
    expect(html).toMatch(/<h3[^>]*><ins>Illustrative Arrangements<\/ins><\/h3>/)
    const xml = documentXml(readFileSync(path.join(root, 'out/MP900-annex-a.docx')))
    expect(xml).toContain(line)
    // The heading's text and its paragraph mark are tracked insertions: Reject All leaves no empty heading.
    expect(xml).toMatch(/<w:pStyle w:val="Heading3"\/><w:rPr><w:ins [^>]*\/><\/w:rPr><\/w:pPr><w:ins [^>]*><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t xml:space="preserve">Illustrative Arrangements<\/w:t>/)
    if (canReadPdf) {
      const pdf = pdfText(new Uint8Array(readFileSync(path.join(root, 'out/MP900-annex-a.pdf'))))
      expect(pdf).toContain(line)
      expect(pdf).toContain('Illustrative Arrangements')
    }
    expect(runCli(['--root', root, 'annex', 'MP900']).stdout).toContain(`${line}\n\n[+Illustrative Arrangements+]\n\nG2.1 An illustrative clause`)
    expect(read('MP900-instructions.txt')).toContain('1. In Section G, insert the cross-heading "Illustrative Arrangements" before Section G2.1.')
    expectRoundTrips(root, legalText)
  })
})

describe('a part heading and a cross-heading inserted above clauses that stay (illustrative fixture, Part G1 without its heading in the base)', () => {
  const headless = base.replace('## G1 Illustrative Part One\n\n', '')
  const file = base.replace('**G2.1** An illustrative clause', '### Illustrative Arrangements\n\n**G2.1** An illustrative clause')

  it('are drafted, shown under their own lines in every format, written as instructions, released, applied back and imported back', () => {
    const {root, read, legalText} = drafted(file, headless)
    expect(legalText).toBe('# Section G: Security\n\n{++## G1 Illustrative Part One++}\n\n## G2 Illustrative Part Two\n\n{++### Illustrative Arrangements++}\n\n**G2.1** An illustrative clause that stands under no cross-heading.\n')
    const partLine = 'Insert the following new heading of Part G1 before Section G1.1:'
    const line = 'Insert the following new cross-heading before Section G2.1:'
    const md = read('MP900-annex-a.md')
    expect(md).toContain(`_${partLine}_\n\n### <ins>G1 Illustrative Part One</ins>\n\n_${line}_\n\n### <ins>Illustrative Arrangements</ins>\n\n**G2.1**`)
    const html = read('MP900-annex-a.html')
    expect(html).toContain(`<p class="instruction">${partLine}</p>`)
    expect(html).toContain('<ins>G1 Illustrative Part One</ins></h3>')
    const xml = documentXml(readFileSync(path.join(root, 'out/MP900-annex-a.docx')))
    expect(xml).toContain(partLine)
    expect(xml).toMatch(/<w:ins [^>]*><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t xml:space="preserve">G1 Illustrative Part One<\/w:t>/)
    if (canReadPdf) expect(pdfText(new Uint8Array(readFileSync(path.join(root, 'out/MP900-annex-a.pdf'))))).toContain(partLine)
    expect(runCli(['--root', root, 'annex', 'MP900']).stdout).toContain(`${partLine}\n[+G1 Illustrative Part One+]`)
    expect(read('MP900-instructions.txt')).toContain('1. Insert new Part G1 with the heading "Illustrative Part One" in Section G.\n')
    expectRoundTrips(root, legalText)
    // The part takes the clauses that stood under no part heading: release gives the drafter's file.
    expect(runCli(['--root', root, 'release', '--base', '1.0', '--as', '1.1', 'MP900']).status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/1.1/section-g.md'), 'utf8')).toBe(file.replace('version: "1.0"', 'version: "1.1"'))
  })
})

describe('a cross-heading removed from above clauses that stay (illustrative fixture)', () => {
  const file = base.replace('### Scope\n\n', '')

  it('is drafted, shown struck through under its own line in every format, written as an instruction, applied back and imported back', () => {
    const {root, read, legalText} = drafted(file)
    expect(legalText).toBe('# Section G: Security\n\n## G1 Illustrative Part One\n\n{--### Scope--}\n\n**G1.1** This illustrative Part applies to each Party.\n\n**G1.2** Each Party shall keep a record of the illustrative matters:\n\n- (a) listed in Section G1.1; and\n- (b) notified to it,\n\nfor a period of one year.\n')
    const line = 'Delete the cross-heading above Section G1.1.'
    expect(read('MP900-annex-a.md')).toContain(`_${line}_\n\n### <del>Scope</del>\n\n**G1.1** This illustrative Part applies to each Party.`)
    expect(read('MP900-annex-a.html')).toContain(`<p class="instruction">${line}</p>`)
    const xml = documentXml(readFileSync(path.join(root, 'out/MP900-annex-a.docx')))
    expect(xml).toContain(line)
    expect(xml).toMatch(/<w:del [^>]*><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:delText xml:space="preserve">Scope<\/w:delText>/)
    if (canReadPdf) expect(pdfText(new Uint8Array(readFileSync(path.join(root, 'out/MP900-annex-a.pdf'))))).toContain(line)
    expect(runCli(['--root', root, 'annex', 'MP900']).stdout).toContain(`${line}\n\n[-Scope-]\n\nG1.1 This illustrative Part`)
    expect(read('MP900-instructions.txt')).toContain('1. In Section G, omit the cross-heading "Scope" before Section G1.1.')
    expectRoundTrips(root, legalText)
  })
})

describe('a clause inserted at the start of a part, before its first cross-heading, under none (illustrative fixture)', () => {
  const file = base.replace('## G1 Illustrative Part One\n\n### Scope', '## G1 Illustrative Part One\n\n**G1.0A** An illustrative clause that stands before the cross-heading.\n\n### Scope')

  it('is written as an instruction naming the cross-heading it stands before, applied back and imported back, and released as the drafter’s file', () => {
    const {root, read, legalText} = drafted(file)
    expect(read('MP900-instructions.txt')).toContain('1. Insert new Section G1.0A at the start of Section G, before the cross-heading "Scope":\n    G1.0A An illustrative clause that stands before the cross-heading.')
    expectRoundTrips(root, legalText)
    expect(runCli(['--root', root, 'release', '--base', '1.0', '--as', '1.1', 'MP900']).status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/1.1/section-g.md'), 'utf8')).toBe(file.replace('version: "1.0"', 'version: "1.1"'))
  })

  it('is refused by apply --instructions, naming the heading, where the part opens under another cross-heading', () => {
    const {root, read} = drafted(file)
    const instructions = path.join(root, 'out/MP900-instructions.txt')
    writeFileSync(instructions, read('MP900-instructions.txt').replace('before the cross-heading "Scope"', 'before the cross-heading "Illustrative Reviews"'))
    const applied = runCli(['--root', root, 'apply', 'MP900', '--format', 'md', '--instructions', instructions])
    expect(applied.status).toBe(2)
    expect(applied.stderr).toMatch(/MP900-instructions\.txt:\d+:1: Unexpected cross-heading "Scope" at the start of the part Section G1\.0A opens, expected "Illustrative Reviews"/)
  })
})

/** Part G3 of the fixture with a third clause under 'Reviews', and G3.1 amended in the drafter's file (illustrative text). */
const g3 = '### Reviews\n\n**G3.1** Each Party shall review its illustrative records once a year.\n\n**G3.2** Each Party shall report the outcome of each review.\n'
const longer = base.replace(g3, `${g3}\n**G3.3** Each Party shall keep each report for one year.\n`)
const amended = (text: string): string => text.replace('its illustrative records once a year', 'its illustrative records twice a year')

/** The headings and clauses LibreOffice shows after Accept All and after Reject All, in order. */
function acceptReject(file: string): {accept: string[]; reject: string[]} {
  const [reading] = readWithLibreOffice([file])
  const lines = (paragraphs: OfficeParagraph[]): string[] => paragraphs.filter((p) => /^Heading 3$|^Clause$/.test(p.style) && p.text !== '').map((p) => p.text.replace('\t', ' '))
  return {accept: lines(reading?.accept ?? []), reject: lines(reading?.reject ?? [])}
}

describe('a cross-heading inserted in the middle of a group, splitting it (illustrative fixture)', () => {
  const file = amended(longer).replace('**G3.2** ', '### Reporting\n\n**G3.2** ')

  it('is drafted as a heading inserted before G3.2, released as the drafter’s file, shown in every format (Word exact in LibreOffice), applied back by instructions and imported back', () => {
    const {root, read, legalText} = drafted(file, longer)
    expect(legalText).toBe(
      '# Section G: Security\n\n## G3 Illustrative Part Three\n\n### Reviews\n\n**G3.1** Each Party shall review its illustrative records {~~once~>twice~~} a year.\n\n{++### Reporting++}\n\n**G3.2** Each Party shall report the outcome of each review.\n\n**G3.3** Each Party shall keep each report for one year.\n'
    )
    expect(runCli(['--root', root, 'release', '--base', '1.0', '--as', '1.1', 'MP900']).status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/1.1/section-g.md'), 'utf8')).toBe(file.replace('version: "1.0"', 'version: "1.1"'))
    const verified = runCli(['--root', root, 'verify'])
    expect(verified.status, verified.stdout + verified.stderr).toBe(0)
    const line = 'Insert the following new cross-heading before Section G3.2:'
    expect(read('MP900-annex-a.md')).toContain(`### Reviews\n\n**G3.1** Each Party shall review its illustrative records <del>once</del><ins>twice</ins> a year.\n\n_${line}_\n\n### <ins>Reporting</ins>\n\n**G3.2** Each Party shall report the outcome of each review.\n\n**G3.3**`)
    expect(read('MP900-annex-a.html')).toContain(`<p class="instruction">${line}</p>`)
    expect(read('MP900-annex-a.html')).toMatch(/<h3[^>]*><ins>Reporting<\/ins><\/h3>/)
    expect(documentXml(readFileSync(path.join(root, 'out/MP900-annex-a.docx')))).toContain(line)
    if (canReadPdf) expect(pdfText(new Uint8Array(readFileSync(path.join(root, 'out/MP900-annex-a.pdf'))))).toContain(line)
    expect(runCli(['--root', root, 'annex', 'MP900']).stdout).toContain(`${line}\n\n[+Reporting+]\n\nG3.2 Each Party shall report`)
    expect(read('MP900-instructions.txt')).toContain('In Section G, insert the cross-heading "Reporting" before Section G3.2.')
    expect(read('MP900-instructions.txt').match(/insert the cross-heading/g)?.length).toBe(1)
    expectRoundTrips(root, legalText)
    if (runLibreOfficeTests) {
      // Accept All: the group split at G3.2; Reject All: one group under 'Reviews', no heading left over G3.2.
      expect(acceptReject(path.join(root, 'out/MP900-annex-a.docx'))).toEqual({
        accept: ['Reviews', 'G3.1 Each Party shall review its illustrative records twice a year.', 'Reporting', 'G3.2 Each Party shall report the outcome of each review.', 'G3.3 Each Party shall keep each report for one year.'],
        reject: ['Reviews', 'G3.1 Each Party shall review its illustrative records once a year.', 'G3.2 Each Party shall report the outcome of each review.', 'G3.3 Each Party shall keep each report for one year.']
      })
    }
  })
})

describe('a cross-heading removed from the middle of a part, merging two groups (illustrative fixture)', () => {
  const split = longer.replace('**G3.2** ', '### Reporting\n\n**G3.2** ')
  const file = amended(longer)

  it('is drafted as the heading above G3.2 deleted, released as the drafter’s file, shown in every format (Word exact in LibreOffice), applied back by instructions and imported back', () => {
    const {root, read, legalText} = drafted(file, split)
    expect(legalText).toBe(
      '# Section G: Security\n\n## G3 Illustrative Part Three\n\n### Reviews\n\n**G3.1** Each Party shall review its illustrative records {~~once~>twice~~} a year.\n\n{--### Reporting--}\n\n**G3.2** Each Party shall report the outcome of each review.\n\n**G3.3** Each Party shall keep each report for one year.\n'
    )
    expect(runCli(['--root', root, 'release', '--base', '1.0', '--as', '1.1', 'MP900']).status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/1.1/section-g.md'), 'utf8')).toBe(file.replace('version: "1.0"', 'version: "1.1"'))
    const line = 'Delete the cross-heading above Section G3.2.'
    expect(read('MP900-annex-a.md')).toContain(`_${line}_\n\n### <del>Reporting</del>\n\n**G3.2** Each Party shall report the outcome of each review.`)
    expect(read('MP900-annex-a.html')).toContain(`<p class="instruction">${line}</p>`)
    expect(documentXml(readFileSync(path.join(root, 'out/MP900-annex-a.docx')))).toContain(line)
    if (canReadPdf) expect(pdfText(new Uint8Array(readFileSync(path.join(root, 'out/MP900-annex-a.pdf'))))).toContain(line)
    expect(runCli(['--root', root, 'annex', 'MP900']).stdout).toContain(`${line}\n\n[-Reporting-]\n\nG3.2 Each Party shall report`)
    expect(read('MP900-instructions.txt')).toContain('In Section G, omit the cross-heading "Reporting" before Section G3.2.')
    expectRoundTrips(root, legalText)
    if (runLibreOfficeTests) {
      expect(acceptReject(path.join(root, 'out/MP900-annex-a.docx'))).toEqual({
        accept: ['Reviews', 'G3.1 Each Party shall review its illustrative records twice a year.', 'G3.2 Each Party shall report the outcome of each review.', 'G3.3 Each Party shall keep each report for one year.'],
        reject: ['Reviews', 'G3.1 Each Party shall review its illustrative records once a year.', 'Reporting', 'G3.2 Each Party shall report the outcome of each review.', 'G3.3 Each Party shall keep each report for one year.']
      })
    }
  })
})

describe('a split group through release, rebase, history and patch (illustrative fixture)', () => {
  it('two records inserting different headings above G3.2 conflict on release; rebased onto a version that amends G3.1 the split stays; onto one with another heading there, a conflict block; history and patch show the heading inserted', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sec-redline-headings-rebase-'))
    cpSync(fixture, root, {recursive: true})
    writeFileSync(path.join(root, 'sec-text/1.0/section-g.md'), longer)
    const draft = (id: string, text: string): void => {
      writeFileSync(path.join(root, `${id}.md`), text)
      const made = runCli(['--root', root, 'mod', 'new', id, '--base', '1.0', '--from', path.join(root, `${id}.md`), '--date', '2026-01-01'])
      expect(made.status, made.stderr).toBe(0)
    }
    draft('MP900', longer.replace('**G3.2** ', '### Reporting\n\n**G3.2** '))
    draft('MP800', longer.replace('**G3.2** ', '### Outcomes\n\n**G3.2** '))
    draft('MP700', amended(longer))
    const both = runCli(['--root', root, 'release', '--base', '1.0', '--as', '1.1', 'MP800', 'MP900'])
    expect(both.status).toBe(1)
    expect(both.stderr).toContain('Conflict in G3.2: MP800 and MP900 both change the cross-heading above G3.2')
    // Rebased onto 1.1 (G3.1 amended): the split stays a heading inserted before G3.2.
    expect(runCli(['--root', root, 'release', '--base', '1.0', '--as', '1.1', 'MP700']).status).toBe(0)
    expect(runCli(['--root', root, 'rebase', 'MP900', '--onto', '1.1', '--write']).status).toBe(0)
    expect(readFileSync(path.join(root, 'modifications/MP900/legal-text.md'), 'utf8')).toContain('{++### Reporting++}\n\n**G3.2** ')
    // History of G3.3 and the patch of the rebased record: the heading inserted above its run.
    expect(runCli(['--root', root, 'release', '--base', '1.1', '--as', '1.2', 'MP900']).status).toBe(0)
    expect(runCli(['--root', root, 'history', 'G3.3']).stdout).toContain('1.2  retitled from 1.1 by MP900 (modification) "Draft MP900"\ncross-heading: [+Reporting+]')
    const patch = runCli(['--root', root, 'patch', 'MP900'])
    expect(patch.stdout).toContain(' **G3.1** Each Party shall review its illustrative records twice a year.\n \n+### Reporting\n+\n **G3.2** ')
    writeFileSync(path.join(root, 'MP900.patch'), patch.stdout)
    const applied = spawnSync('git', ['apply', '--check', 'MP900.patch'], {cwd: root, encoding: 'utf8'})
    expect(applied.status, applied.stderr).toBe(0)
    // Rebased onto a version with another heading above G3.2: a conflict block there, exit 1.
    expect(runCli(['--root', root, 'rebase', 'MP800', '--onto', '1.2', '--write']).status).toBe(1)
    expect(readFileSync(path.join(root, 'modifications/MP800/legal-text.md'), 'utf8')).toContain("### Reporting\n\n<<<<<<< conflict in the cross-heading above G3.2: MP800 and 1.2 both change this heading. Write MP800's change into the cross-heading line above as marks against 1.2, then delete this block.")
  })
})
