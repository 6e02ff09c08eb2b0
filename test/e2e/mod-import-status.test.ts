import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {strFromU8, strToU8, unzipSync, zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {documentXml} from '../annex/read-annex-formats.js'
import {sofficeConvert} from '../import/office.js'
import {statusCorpus, type StatusCorpus} from './status-helpers.js'

/** Writes record `id`'s Word annex (`redline annex --format docx`) and answers its path and its document.xml's text. */
function wordAnnex(corpus: StatusCorpus, id: string): {file: string; text: string} {
  const out = mkdtempSync(path.join(tmpdir(), 'redline-annex-status-'))
  corpus.ok('annex', id, '--format', 'docx', '--out', out)
  const file = path.join(out, `${id}-annex-a.docx`)
  const text = documentXml(readFileSync(file)).replace(/<[^>]+>/g, '')
  return {file, text}
}

/** `redline mod import <file> --id <id>` (exit 0), answering the record's legal text. */
function imported(corpus: StatusCorpus, file: string, id: string): string {
  rmSync(path.join(corpus.root, 'modifications', id), {recursive: true, force: true})
  corpus.ok('mod', 'import', file, '--id', id)
  return corpus.read(`modifications/${id}/legal-text.md`)
}

/** A drafter's copy of 1.1 with part X2 not in force until a direction, X2.4(b)'s sunset moved, X2.6's status removed and a word of X2.4(a) changed (illustrative). */
const statusesAndText = (text: string): string =>
  text
    .replace('status:\n', 'status:\n  "X2": {commences: "direction"}\n')
    .replace('"X2.4(b)": {lapses: "2027-03-31"}', '"X2.4(b)": {lapses: "2028-03-31"}')
    .replace('  "X2.6": {commences: "2026-04-01", lapses: "2028-12-31"}\n', '')
    .replace('keep an illustrative register', 'keep an illustrative ledger')

describe('redline mod import reads the Word annex’s status sentences (illustrative fixture)', () => {
  it('a part’s and provisions’ status changes round-trip: the imported legal text is byte-equal to the original, the notes of unchanged statuses change nothing', () => {
    const corpus = statusCorpus()
    corpus.draftRecord('MP901', statusesAndText)
    const original = corpus.read('modifications/MP901/legal-text.md')
    expect(original).toContain('Status of X2: {++{commences: "direction"}++}\nStatus of X2.4(b): {~~{lapses: "2027-03-31"}~>{lapses: "2028-03-31"}~~}\nStatus of X2.6: {--{commences: "2026-04-01", lapses: "2028-12-31"}--}\n')
    const annex = wordAnnex(corpus, 'MP901')
    expect(annex.text).toContain('Section X2 shall come into force on a date specified in a direction.')
    expect(annex.text).toContain('Section X2.4(b) shall cease to have effect on 31 March 2028.')
    expect(annex.text).toContain('Section X2.6 shall be in force.')
    // X2.5 is shown (under the changed group's heading) with its unchanged status as a note.
    expect(annex.text).toContain('(Status of Section X2.5: not in force: comes into force on a direction.)')
    expect(imported(corpus, annex.file, 'MP902')).toBe(original)
    corpus.ok('release', '--base', '1.1', '--as', '1.2', '--date', '2026-09-01', 'MP902')
    expect(corpus.read('sec-text/1.2/section-x.md')).toBe(statusesAndText(corpus.read('sec-text/1.1/section-x.md')).replace('version: "1.1"', 'version: "1.2"'))
  })

  it('a part’s unchanged status, noted "(Status of Section X2: …)", stays as the base has it; a text-only record imports without status lines', () => {
    const corpus = statusCorpus()
    corpus.edit('sec-text/1.1/section-x.md', (text) => text.replace('status:\n', 'status:\n  "X2": {commences: "2026-10-01"}\n'))
    corpus.draftRecord('MP901', (text) => text.replace('keep an illustrative register', 'keep an illustrative ledger'))
    const original = corpus.read('modifications/MP901/legal-text.md')
    expect(original).not.toContain('Status of')
    const annex = wordAnnex(corpus, 'MP901')
    expect(annex.text).toContain('(Status of Section X2: comes into force on 1 October 2026.)')
    expect(imported(corpus, annex.file, 'MP902')).toBe(original)
  })

  it('a direction’s sentences ("The Secretary of State directs that …") read back as the same status lines', () => {
    const corpus = statusCorpus()
    const file = corpus.drafted(statusesAndText)
    corpus.ok('mod', 'new', 'D001', '--kind', 'direction', '--from', file, '--date', '2026-07-01')
    const original = corpus.read('modifications/D001/legal-text.md')
    const annex = wordAnnex(corpus, 'D001')
    expect(annex.text).toContain('The Secretary of State directs that Section X2 shall come into force on a date specified in a direction.')
    expect(imported(corpus, annex.file, 'D002')).toBe(original)
  })

  it('a record of status changes only (a direction bringing a provision into force) has no tracked change and still imports to the same legal text', () => {
    const corpus = statusCorpus()
    const file = corpus.drafted((text) => text.replace('"X2.5": {commences: "direction"}', '"X2.5": {commences: "2026-10-01"}'))
    corpus.ok('mod', 'new', 'D001', '--kind', 'direction', '--from', file, '--date', '2026-07-01')
    const original = corpus.read('modifications/D001/legal-text.md')
    expect(original).toBe('# Section X: Transition\n\nStatus of X2.5: {~~{commences: "direction"}~>{commences: "2026-10-01"}~~}\n')
    const annex = wordAnnex(corpus, 'D001')
    expect(annex.text).toContain('The Secretary of State directs that Section X2.5 shall come into force on 1 October 2026.')
    expect(imported(corpus, annex.file, 'D002')).toBe(original)
    // The cover names a direction: the record is one, and what was read lists the status set.
    expect(corpus.read('modifications/D002/modification.md')).toContain('kind: "direction"')
    const again = corpus.run('mod', 'import', annex.file, '--id', 'D003')
    expect(again.status).toBe(0)
    expect(again.stderr).toContain('  statuses set: X2.5\n')
    expect(again.stdout).toContain('(D003, a direction, against 1.1)')
  })

  it('reads the annex after LibreOffice opened and re-saved it to the same legal text', () => {
    const corpus = statusCorpus()
    corpus.draftRecord('MP901', statusesAndText)
    const annex = wordAnnex(corpus, 'MP901')
    const out = mkdtempSync(path.join(tmpdir(), 'redline-annex-status-lo-'))
    sofficeConvert([annex.file], 'docx:MS Word 2007 XML', out)
    expect(imported(corpus, path.join(out, 'MP901-annex-a.docx'), 'MP902')).toBe(corpus.read('modifications/MP901/legal-text.md'))
  })

  it('refuses a status sentence naming a part or provision the result does not hold: exit 2 at the Word paragraph, nothing written', () => {
    const corpus = statusCorpus()
    corpus.draftRecord('MP901', statusesAndText)
    const annex = wordAnnex(corpus, 'MP901')
    const files = unzipSync(readFileSync(annex.file))
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array())
    expect(xml).toContain('Section X2.4(b) shall cease')
    files['word/document.xml'] = strToU8(xml.replace('Section X2.4(b) shall cease', 'Section X9.1 shall cease'))
    writeFileSync(annex.file, zipSync(files))
    const result = corpus.refused('Unknown part or provision X9.1 in the status sentence "Section X9.1 shall cease to have effect on 31 March 2028."', 'mod', 'import', annex.file, '--id', 'MP902')
    expect(result.stderr).toMatch(/paragraph \d+: Unknown part/)
    expect(existsSync(path.join(corpus.root, 'modifications/MP902'))).toBe(false)
  })
})
