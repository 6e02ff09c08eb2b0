/**
 * The Word annexes of the illustrative Appendices corpus (test/fixtures/appendices-corpus, not SEC
 * text) as LibreOffice reads them: Accept All and Reject All of a record that changes an
 * Appendix's clauses and document version (MPA01) and of one that inserts a whole Appendix (MPA02).
 */
import {cpSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repoRoot, runCli} from '../helpers/cli.js'
import {annexBody, type OfficeParagraph, readWithLibreOffice, runLibreOfficeTests} from '../helpers/libreoffice.js'

describe.runIf(runLibreOfficeTests)('Appendix annexes in LibreOffice (illustrative fixture)', () => {
  it('Accept All reads the new text and Reject All the old, document version and whole new Appendix included', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sec-redline-appendices-lo-'))
    cpSync(path.join(repoRoot, 'test/fixtures/appendices-corpus'), root, {recursive: true})
    const out = path.join(root, 'out')
    // MPA20 deletes Appendix AB whole: drafted from a copy of version 1.1 without it.
    const edited = path.join(root, 'edited')
    cpSync(path.join(root, 'sec-text/1.1'), edited, {recursive: true})
    rmSync(path.join(edited, 'appendix-ab.md'))
    rmSync(path.join(edited, 'manifest.yaml'))
    expect(runCli(['--root', root, 'mod', 'new', 'MPA20', '--from', edited, '--date', '2026-01-01']).status).toBe(0)
    for (const id of ['MPA01', 'MPA02', 'MPA20']) expect(runCli(['--root', root, 'annex', id, '--format', 'docx', '--out', out]).status).toBe(0)
    const [amended, inserted, deleted] = readWithLibreOffice([path.join(out, 'MPA01-annex-a.docx'), path.join(out, 'MPA02-annex-a.docx'), path.join(out, 'MPA20-annex-a.docx')])
    const texts = (paragraphs: readonly OfficeParagraph[]): string[] => paragraphs.map((p) => p.text.replace('\t', ' '))
    const body = (paragraphs: readonly OfficeParagraph[]): string[] => {
      // The annex's closing paragraph checked and left out.
      const all = texts(annexBody(paragraphs))
      return all.slice(all.findIndex((text) => text.startsWith('Appendix ')))
    }
    expect(body(amended?.accept ?? [])).toEqual(expect.arrayContaining(['Document version: V1.1', '2.11 The DCC shall process each illustrative request within three Working Days:']))
    expect(body(amended?.reject ?? [])).toEqual(expect.arrayContaining(['Document version: V1.0', '2.11 The DCC shall process each illustrative request within five Working Days:', '3.2 [Not used]']))
    expect(body(inserted?.accept ?? [])).toEqual([
      'Appendix AM ‘Illustrative Metering Document’',
      'Insert new Appendix AM as set out below:',
      'Document version: V1.0',
      '1 Illustrative Scope',
      '1.1 This illustrative Appendix applies to each Party.',
      '1.2 Each Party shall comply with Section 2.11 of Appendix AB.'
    ])
    // Rejected, the new Appendix leaves only its heading and instruction line: none of its text.
    expect(body(inserted?.reject ?? [])).toEqual(['Appendix AM ‘Illustrative Metering Document’', 'Insert new Appendix AM as set out below:'])
    // Deleted: Reject All gives back the whole old Appendix, every heading in place; Accept All leaves its heading and instruction line only.
    // The stored file's lines, read as paragraphs: headings without their marks, clause numbers and labels before their text.
    const stored = readFileSync(path.join(root, 'sec-text/1.1/appendix-ab.md'), 'utf8')
    const storedLines = stored
      .slice(stored.indexOf('\n# ') + 1)
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('# '))
      .map((line) => line.replace(/^#{2,3} /, '').replace(/^\*\*([^*]+)\*\* /, '$1 ').replace(/^- /, ''))
    expect(body(deleted?.reject ?? [])).toEqual(['Appendix AB ‘Illustrative Request Processing Document’', 'Delete Appendix AB.', 'Document version: V1.1', ...storedLines])
    expect(body(deleted?.accept ?? [])).toEqual(['Appendix AB ‘Illustrative Request Processing Document’', 'Delete Appendix AB.'])
  })
})
