import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {openCorpus} from '../../src/corpus/corpus.js'
import {copyCorpus, repoRoot, runCli} from '../helpers/cli.js'
import {pandoc, sofficeConvert} from '../import/office.js'

const mp087LegalText = readFileSync(path.join(repoRoot, 'modifications/MP087/legal-text.md'), 'utf8')
const g320 = openCorpus(repoRoot).version('6.17').sections[0]?.parts.flatMap((p) => p.groups.flatMap((g) => g.clauses)).find((c) => c.id === 'G3.20')
if (!g320) throw new Error('G3.20 missing from the sample corpus')
const [g320a, g320b] = g320.items
const INSERT = ' which forms part of a SMETS2+ Device'
const [bBefore = '', bAfter = ''] = (g320b?.text ?? '').split(/(?<=Gas Proxy Function)/)
const LINKED = 'User Systems'
const [aBefore = '', aAfter = ''] = (g320a?.text ?? '').split(LINKED)
const COVER = ["MP087 'Correction to SEC Section G – User Responsibilities'", 'These changes have been drafted against SEC Version 6.17.', "Section G 'Security'", 'Manufacturers: Duty to Notify and Be Notified']

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * MP087's annex marked in colour (no tracked changes) as HTML for LibreOffice to write to Word: the
 * insertion blue and underlined, and "User Systems" in G3.20(a) a link, blue and underlined too
 * (`linkStyle`: written on the link, or left to LibreOffice's Internet Link style).
 */
function colourAnnexHtml(linkStyle: string): string {
  const p = (depth: number, html: string): string => `<p style="margin-left:${depth + 1}cm">${html}</p>`
  return [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Annex</title></head><body>',
    ...COVER.slice(0, 3).map((line) => `<p>${escapeHtml(line)}</p>`),
    `<h3>${escapeHtml(COVER[3] ?? '')}</h3>`,
    p(0, escapeHtml(`G3.20 ${g320?.text ?? ''}`)),
    p(1, `${escapeHtml(`(a) ${aBefore}`)}<a href="https://smartenergycodecompany.co.uk/"${linkStyle}>${LINKED}</a>${escapeHtml(aAfter)}`),
    p(1, `${escapeHtml(`(b) ${bBefore}`)}<span style="color:#0000ff;text-decoration:underline">${escapeHtml(INSERT)}</span>${escapeHtml(bAfter)}`),
    p(0, escapeHtml(g320?.tail ?? '')),
    '</body></html>'
  ].join('\n')
}

/**
 * A coloured, underlined link is link text, not an insertion: colour-marked annexes written by
 * LibreOffice (from HTML) and pandoc, each with link text in G3.20(a) drawn blue and underlined,
 * import to MP087's legal text with its one insertion.
 */
describe('redline mod import of colour-marked annexes with links', () => {
  it('reads a link written by LibreOffice (its Internet Link style, or blue and underlined on the link itself) as kept text', () => {
    const root = copyCorpus()
    rmSync(path.join(root, 'modifications/MP087'), {recursive: true})
    const dir = mkdtempSync(path.join(tmpdir(), 'redline-links-'))
    const html = [
      ['styled', ''],
      ['direct', ' style="color:#0000ff;text-decoration:underline"']
    ].map(([name = '', style = '']) => {
      const file = path.join(dir, `${name}.html`)
      writeFileSync(file, colourAnnexHtml(style))
      return file
    })
    sofficeConvert(html, 'docx:MS Word 2007 XML', path.join(dir, 'lo'))
    for (const name of ['styled', 'direct']) {
      const docx = path.join(dir, 'lo', `${name}.docx`)
      // The fixture is what the test says: the link text is in a w:hyperlink and drawn underlined.
      expect(existsSync(docx)).toBe(true)
      rmSync(path.join(root, 'modifications/MP087'), {recursive: true, force: true})
      const result = runCli(['mod', 'import', docx], {cwd: root})
      expect(result.stderr, name).toBe(`read ${docx}: 1 insertion, 0 deletions (colour marks)\n  authors: none recorded\n  clauses: G3.20 amended\n`)
      expect(result.status).toBe(0)
      expect(readFileSync(path.join(root, 'modifications/MP087/legal-text.md'), 'utf8')).toBe(mp087LegalText)
    }
  })

  it("reads pandoc's underlined link (its Hyperlink style gives the colour) as kept text", () => {
    const root = copyCorpus()
    rmSync(path.join(root, 'modifications/MP087'), {recursive: true})
    const dir = mkdtempSync(path.join(tmpdir(), 'redline-links-'))
    const docx = path.join(dir, 'pandoc.docx')
    // The insertion is a raw run, blue and underlined as SECAS marks one; the rest is pandoc's own writing.
    const inserted = `\`<w:r><w:rPr><w:color w:val="0000FF"/><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">${escapeHtml(INSERT)}</w:t></w:r>\`{=openxml}`
    const markdown = [
      ...COVER,
      `G3.20 ${g320?.text ?? ''}`,
      `(a) ${aBefore}[[${LINKED}](https://smartenergycodecompany.co.uk/)]{.underline}${aAfter}`,
      `(b) ${bBefore}${inserted}${bAfter}`,
      g320?.tail ?? ''
    ].join('\n\n')
    pandoc(['-f', 'markdown-fancy_lists-smart', '-t', 'docx', '-o', docx], markdown)
    const result = runCli(['mod', 'import', docx], {cwd: root})
    expect(result.stderr).toBe(`read ${docx}: 1 insertion, 0 deletions (colour marks)\n  authors: none recorded\n  clauses: G3.20 amended\n`)
    expect(result.status).toBe(0)
    expect(readFileSync(path.join(root, 'modifications/MP087/legal-text.md'), 'utf8')).toBe(mp087LegalText)
  })
})
