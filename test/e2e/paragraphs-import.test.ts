import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseSection} from '../../src/parse/parse-section.js'
import {runCli} from '../helpers/cli.js'
import {pandoc, sofficeConvert} from '../import/office.js'
import {sectionHtml} from '../import/section-html.js'
import {base, copyFixture, draftAndRelease} from './paragraphs-fixture.js'

/**
 * `redline import` and `redline mod import` of texts of several paragraphs (the illustrative
 * fixture test/fixtures/paragraphs-corpus: not SEC text): G3.17 has a lead-in of two paragraphs,
 * a sub-paragraph with a tail, text between two lists and a tail of two paragraphs.
 */

/** A corpus with MP900 drafted from `drafted` and released as 1.1, its legal text, and its annex (docx) written by our writer. */
function drafted1(): {root: string; legalText: string; annex: string} {
  const root = draftAndRelease()
  const out = path.join(root, 'out')
  expect(runCli(['--root', root, 'annex', 'MP900', '--format', 'docx', '--out', out]).status).toBe(0)
  return {root, legalText: readFileSync(path.join(root, 'modifications/MP900/legal-text.md'), 'utf8'), annex: path.join(out, 'MP900-annex-a.docx')}
}

/** `mod import` of an annex into a corpus without MP900: the legal text it writes. */
function modImport(root: string, annex: string): string {
  rmSync(path.join(root, 'modifications/MP900'), {recursive: true, force: true})
  const result = runCli(['--root', root, 'mod', 'import', annex])
  expect(result.stderr).toContain('clauses: G3.17 amended')
  expect(result.status).toBe(0)
  return readFileSync(path.join(root, 'modifications/MP900/legal-text.md'), 'utf8')
}

describe('import and mod import of texts of several paragraphs (illustrative fixture)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'redline-paragraphs-import-'))
  const made = drafted1()
  // pandoc's docx from the section file; LibreOffice's docx and PDF from HTML with each paragraph at its provision's indent; LibreOffice's re-save of our annex. Two soffice runs (one per filter).
  pandoc(['-f', 'commonmark', '-t', 'docx', '-o', path.join(dir, 'pandoc.docx')], base)
  const html = path.join(dir, 'section.html')
  writeFileSync(html, sectionHtml(parseSection(base, 'section-g.md')))
  cpSync(made.annex, path.join(dir, 'annex.docx'))
  sofficeConvert([html, path.join(dir, 'annex.docx')], 'docx:MS Word 2007 XML', path.join(dir, 'lo'))
  // LibreOffice drops a first heading 1 when it writes HTML straight to PDF: a cover line first.
  const forPdf = path.join(dir, 'printed.html')
  writeFileSync(forPdf, sectionHtml(parseSection(base, 'section-g.md')).replace('<body>\n', '<body>\n<p>Illustrative document</p>\n'))
  sofficeConvert([forPdf], 'pdf', path.join(dir, 'pdf'))

  for (const [writer, file] of [
    ['pandoc', 'pandoc.docx'],
    ['LibreOffice', 'lo/section.docx'],
    ['LibreOffice (PDF)', 'pdf/printed.pdf']
  ] as const) {
    it(`import of ${writer}'s document gives the section file byte for byte: two lead-in paragraphs, text between two lists, a tail of two`, () => {
      const root = copyFixture()
      const result = runCli(['--root', root, 'import', path.join(dir, file), '--as', '1.0', '--check'])
      expect(result.stdout).toBe('import equals sec-text/1.0/ (section-g.md)\n')
      expect(result.status).toBe(0)
      const written = runCli(['--root', root, 'import', path.join(dir, file), '--as', '1.9', '--report', path.join(root, 'report.txt')])
      expect(written.status).toBe(0)
      expect(readFileSync(path.join(root, 'sec-text/1.9/section-g.md'), 'utf8')).toBe(base.replace('version: "1.0"', 'version: "1.9"'))
      const report = readFileSync(path.join(root, 'report.txt'), 'utf8')
      expect(report).toMatch(/G3\.17 lead-in.*Where a Party becomes aware/)
      expect(report).toMatch(/G3\.17 tail.*The Panel may publish the notice\./)
    })
  }

  it('import of our own annex (the accepted text) gives the released clauses paragraph for paragraph', () => {
    const result = runCli(['--root', made.root, 'import', made.annex, '--as', '1.9'])
    expect(result.status).toBe(0)
    // The annex prints no part heading it does not change, so the clauses are compared.
    for (const id of ['G3.17', 'G3.18']) {
      const imported = runCli(['--root', made.root, 'show', id, '--at', '1.9', '--format', 'md'])
      expect(imported.status).toBe(0)
      expect(imported.stdout).toBe(runCli(['--root', made.root, 'show', id, '--at', '1.1', '--format', 'md']).stdout)
    }
    expect(runCli(['--root', made.root, 'show', 'G3.17', '--at', '1.9']).stdout).toContain('This illustrative paragraph is new.')
  })

  it('mod import of our annex, and of the annex LibreOffice re-saved, gives the same CriticMarkup legal text', () => {
    expect(made.legalText).toContain('{++This illustrative paragraph is new.++}')
    expect(made.legalText).toContain('{--The Panel may publish the notice.--}')
    expect(modImport(made.root, made.annex)).toBe(made.legalText)
    expect(modImport(made.root, path.join(dir, 'lo/annex.docx'))).toBe(made.legalText)
  })

  it('plain text: a clause without sub-paragraphs takes further paragraphs and a list followed by text and more labels has text between two lists; whose text follows nested lists is reported, not guessed', () => {
    const root = copyFixture()
    const text = path.join(dir, 'plain.txt')
    // Illustrative: one paragraph per line, as text extracted from a PDF gives them.
    writeFileSync(text, ['Section G: Security', 'G3 Illustrative Obligations', 'Illustrative Notices', 'G3.17 This illustrative paragraph stands first.', 'Where a Party becomes aware of an illustrative matter affecting:', '(a) its own systems,', 'it shall notify the Panel; and where the matter concerns:', '(b) a Device,', 'it shall also notify the illustrative body.', 'The Panel may publish the notice.', 'G3.18 Each Party shall keep a record.', 'That record is illustrative.', ''].join('\n'))
    const result = runCli(['--root', root, 'import', text, '--as', '1.9'])
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(root, 'sec-text/1.9/section-g.md'), 'utf8')).toContain(
      '**G3.17** This illustrative paragraph stands first.\n\nWhere a Party becomes aware of an illustrative matter affecting:\n\n- (a) its own systems,\n\nit shall notify the Panel; and where the matter concerns:\n\n- (b) a Device,\n\nit shall also notify the illustrative body.\n\nThe Panel may publish the notice.\n\n**G3.18** Each Party shall keep a record.\n\nThat record is illustrative.\n'
    )
    // The fixture's G3.17 as plain text: after (b)(ii), nothing tells (b)'s closing words from the clause's.
    const nested = path.join(dir, 'nested.txt')
    writeFileSync(nested, ['Section G: Security', 'G3.17 Lead-in:', '(a) first,', '(i) nested,', 'in each case as an illustration,', ''].join('\n'))
    const refused = runCli(['--root', root, 'import', nested, '--as', '1.8'])
    expect(refused.stderr).toMatch(/nested\.txt:5:1: Unexpected paragraph after nested sub-paragraphs: the source does not say whether it follows the list of G3\.17 or G3\.17\(a\)/)
    expect(refused.status).toBe(2)
  })
})
