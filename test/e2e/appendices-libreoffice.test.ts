/**
 * The Word annexes of the illustrative Appendices corpus (test/fixtures/appendices-corpus, not SEC
 * text) as LibreOffice reads them: Accept All and Reject All of a record that changes an
 * Appendix's clauses and document version (MPA01) and of one that inserts a whole Appendix (MPA02).
 */
import {cpSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repoRoot, runCli} from '../helpers/cli.js'
import {readWithLibreOffice, runLibreOfficeTests} from '../helpers/libreoffice.js'

describe.runIf(runLibreOfficeTests)('Appendix annexes in LibreOffice (illustrative fixture)', () => {
  it('Accept All reads the new text and Reject All the old, document version and whole new Appendix included', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sec-redline-appendices-lo-'))
    cpSync(path.join(repoRoot, 'test/fixtures/appendices-corpus'), root, {recursive: true})
    const out = path.join(root, 'out')
    for (const id of ['MPA01', 'MPA02']) expect(runCli(['--root', root, 'annex', id, '--format', 'docx', '--out', out]).status).toBe(0)
    const [amended, inserted] = readWithLibreOffice([path.join(out, 'MPA01-annex-a.docx'), path.join(out, 'MPA02-annex-a.docx')])
    const texts = (paragraphs: Array<{text: string}>): string[] => paragraphs.map((p) => p.text.replace('\t', ' '))
    const body = (paragraphs: Array<{text: string}>): string[] => {
      // The document's empty final paragraph left out.
      const all = texts(paragraphs)
      return all.slice(all.findIndex((text) => text.startsWith('Appendix ')), all[all.length - 1] === '' ? -1 : undefined)
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
  })
})
